//! Judging a whole run: what each scenario did, against what its expectations
//! say, in the specification's order. A pure function of what the run
//! observed, so every rule of it is tested without a target.

use std::collections::BTreeMap;

use super::{Expectations, Observed, ScenarioReport, Status, Wait, judge};
use crate::outcome::Answer;
use crate::recording::{RecordedCall, Recording};
use crate::spec::{Catalog, ScenarioKey, Selection, key};

/// What a scenario's world hands over when it ends, besides pass or fail.
#[derive(Debug, Default, Clone)]
pub struct Extras {
    pub waits: Vec<Wait>,
    pub calls: Vec<RecordedCall>,
    /// The target's last answer: where the scenario stopped, what stopped it.
    pub answer: Option<Answer>,
    /// The reference evaluator on the calls whose outcome a step asserted.
    pub model_checks: Vec<super::model_checks::Check>,
    /// The model's decision for the latest call, if an actor made it.
    pub last_decision: Option<(String, crate::model::Decision)>,
}

/// Everything a run observed, by scenario.
#[derive(Debug, Default)]
pub struct Observations {
    pub results: BTreeMap<ScenarioKey, Observed>,
    pub extras: BTreeMap<ScenarioKey, Extras>,
    /// The target stopped answering during the run.
    pub target_gone: bool,
}

/// Who made the recordings of a run.
#[derive(Debug, Clone)]
pub struct Recorder<'a> {
    pub target: &'a str,
    pub version: &'a str,
    pub started_at: &'a str,
}

/// The verdicts, in the catalog's order, and the recordings of every scenario that ran.
#[derive(Debug)]
pub struct Judged {
    pub scenarios: Vec<ScenarioReport>,
    pub recordings: Vec<Recording>,
}

pub fn judge_run(
    catalog: &Catalog,
    selection: &Selection<'_>,
    mut observed: Observations,
    expectations: &Expectations,
    recorder: &Recorder<'_>,
) -> Judged {
    let na: BTreeMap<&str, &str> = selection
        .not_applicable
        .iter()
        .map(|(s, why)| (s.id.as_str(), why.as_str()))
        .collect();
    let mut scenarios = Vec::new();
    let mut recordings = Vec::new();
    for s in &catalog.scenarios {
        let k = key(&s.feature, s.line);
        if let Some(why) = na.get(s.id.as_str()) {
            scenarios.push(judge(s, None, Some(why), expectations));
            continue;
        }
        if !selection.run.iter().any(|r| r.id == s.id) {
            continue;
        }
        let mut judged = judge(s, observed.results.remove(&k).as_ref(), None, expectations);
        let extras = observed.extras.remove(&k).unwrap_or_default();
        judged.waits = extras.waits;
        judged.model = super::model_checks::ScenarioModel::of(extras.model_checks);
        if let Some(failure) = &mut judged.failure {
            failure.answer = extras.answer;
            // Only where the stop is an allowed/denied decision is the model's rule what decided it.
            judged.decided_by = extras
                .last_decision
                .filter(|_| super::model_checks::is_decision_step(&failure.step))
                .map(|(call, d)| super::model_checks::DecidedBy::new(call, &d, s.rule.as_deref()));
        }
        // Stopped by silence where the target went away: no verdict on its rule.
        if observed.target_gone
            && judged.failure.as_ref().is_some_and(|f| {
                f.answer
                    .as_ref()
                    .is_some_and(|a| a.answer == Answer::NO_ANSWER)
            })
        {
            judged.status = Status::NotRun;
            judged.failure = None;
        }
        if judged.status != Status::Na {
            recordings.push(Recording {
                id: judged.id.clone(),
                target: recorder.target.to_owned(),
                target_version: recorder.version.to_owned(),
                recorded_at: recorder.started_at.to_owned(),
                calls: extras.calls,
            });
        }
        scenarios.push(judged);
    }
    Judged {
        scenarios,
        recordings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Failure;
    use crate::report::expectations::Divergence;
    use crate::report::tests::spec;

    fn at_line(id: &str, line: usize) -> crate::spec::ScenarioSpec {
        crate::spec::ScenarioSpec { line, ..spec(id) }
    }

    fn failed_with(answer: &str) -> (Observed, Extras) {
        let observed = Observed {
            status: Status::Fail,
            duration_ms: 1,
            failure: Some(Failure {
                step: "Then the call is denied".into(),
                message: "no".into(),
                answer: None,
            }),
        };
        let extras = Extras {
            answer: Some(Answer {
                action: "iam:ListUsers".into(),
                answer: answer.into(),
                http_status: None,
            }),
            ..Extras::default()
        };
        (observed, extras)
    }

    const RECORDER: Recorder<'static> = Recorder {
        target: "moto",
        version: "5",
        started_at: "t",
    };

    #[test]
    fn verdicts_follow_the_catalog_and_carry_the_answer_where_they_stopped() {
        let catalog = Catalog {
            scenarios: vec![
                at_line("a.one", 3),
                at_line("a.two", 9),
                at_line("a.three", 20),
            ],
        };
        let selection = Selection {
            run: vec![&catalog.scenarios[0], &catalog.scenarios[1]],
            not_applicable: vec![(&catalog.scenarios[2], "lacks second-account".into())],
        };
        let mut observations = Observations::default();
        let (failed, extras) = failed_with("AccessDenied");
        observations
            .results
            .insert(key(&catalog.scenarios[1].feature, 9), failed);
        observations
            .extras
            .insert(key(&catalog.scenarios[1].feature, 9), extras);
        let mut expectations = Expectations::default();
        expectations
            .divergences
            .insert("a.two".into(), Divergence::new("known"));
        let judged = judge_run(&catalog, &selection, observations, &expectations, &RECORDER);
        let statuses: Vec<(&str, Status)> = judged
            .scenarios
            .iter()
            .map(|s| (s.id.as_str(), s.status))
            .collect();
        // a.one ran but reported nothing: it did not pass.
        assert_eq!(
            statuses,
            [
                ("a.one", Status::NotRun),
                ("a.two", Status::Fail),
                ("a.three", Status::Na)
            ]
        );
        let answer = judged.scenarios[1]
            .failure
            .as_ref()
            .unwrap()
            .answer
            .as_ref()
            .unwrap();
        assert_eq!(answer.answer, "AccessDenied");
        let recorded: Vec<&str> = judged.recordings.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(recorded, ["a.one", "a.two"]);
    }

    #[test]
    fn silence_after_the_target_went_away_is_no_verdict() {
        let catalog = Catalog {
            scenarios: vec![at_line("a.silent", 3), at_line("a.refused", 9)],
        };
        let selection = Selection {
            run: catalog.scenarios.iter().collect(),
            not_applicable: vec![],
        };
        let mut observations = Observations {
            target_gone: true,
            ..Observations::default()
        };
        for (line, answer) in [(3, Answer::NO_ANSWER), (9, "AccessDenied")] {
            let (failed, extras) = failed_with(answer);
            observations
                .results
                .insert(key(&catalog.scenarios[0].feature, line), failed);
            observations
                .extras
                .insert(key(&catalog.scenarios[0].feature, line), extras);
        }
        let judged = judge_run(
            &catalog,
            &selection,
            observations,
            &Expectations::default(),
            &RECORDER,
        );
        assert_eq!(judged.scenarios[0].status, Status::NotRun);
        assert!(judged.scenarios[0].failure.is_none());
        assert_eq!(judged.scenarios[1].status, Status::Fail);
    }
}
