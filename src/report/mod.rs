//! What a run found, and how it is written down: `report.json` (the contract),
//! `report.md` for people, `junit.xml` for CI dashboards.

pub mod collector;
pub mod comparison;
pub mod expectations;
pub mod json;
pub mod judging;
pub mod junit;
pub mod markdown;
pub mod model_checks;
pub mod root_causes;
pub mod suggested;

use serde::{Deserialize, Serialize};

pub use expectations::Expectations;

/// A scenario's verdict. `Blocked`: a precondition (a `Given` step) could not
/// be set up, so the scenario says nothing about its rule; `Fail`: the rule
/// itself (a `When` or `Then` step) did not hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Fail,
    Blocked,
    Na,
    /// Selected, but not started (or not finished) because the run stopped early.
    #[serde(rename = "not_run")]
    NotRun,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pass => "pass",
            Self::Fail => "fail",
            Self::Blocked => "blocked",
            Self::Na => "na",
            Self::NotRun => "not_run",
        }
    }

    /// A verdict that ran and did not pass.
    pub fn is_not_passing(self) -> bool {
        matches!(self, Self::Fail | Self::Blocked)
    }
}

/// An assertion that needed time to hold (eventual consistency).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Wait {
    pub assertion: String,
    pub waited_ms: u64,
    pub attempts: u32,
    pub held: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    pub step: String,
    pub message: String,
    /// What the target answered at that step (the call it judged, or the
    /// setup call that failed); absent when the step made no call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<crate::outcome::Answer>,
}

/// What one scenario did, before it is compared with the expectations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observed {
    pub status: Status,
    pub duration_ms: u64,
    pub failure: Option<Failure>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScenarioReport {
    pub id: String,
    pub feature: String,
    pub rule: Option<String>,
    pub name: String,
    pub tags: Vec<String>,
    /// How solid the AWS expectation is: recorded, documented or inferred.
    pub evidence: crate::spec::Evidence,
    /// Where that expectation comes from (the scenario's `Source:` line).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    pub status: Status,
    pub expected: Status,
    pub duration_ms: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failure: Option<Failure>,
    /// Why the scenario is expected to fail, or why it does not apply.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The step an expected failure is pinned to (see the expectations file).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_step: Option<String>,
    /// Assertions that held only after waiting for IAM changes to propagate.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub waits: Vec<Wait>,
    /// The reference evaluator on the calls whose outcome the scenario asserts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<model_checks::ScenarioModel>,
    /// Where a failed or blocked scenario stopped at an actor's call: the
    /// rule that decided that call, by the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<model_checks::DecidedBy>,
}

impl ScenarioReport {
    /// Same status as expected, and an expected failure failed where it was pinned.
    pub fn as_expected(&self) -> bool {
        self.status == self.expected && !self.failed_elsewhere()
    }

    /// An expected failure (or blocked scenario) that stopped at another step
    /// than the pinned one.
    pub fn failed_elsewhere(&self) -> bool {
        if !self.status.is_not_passing() {
            return false;
        }
        match (&self.expected_step, &self.failure) {
            (Some(pinned), Some(f)) => !step_matches(&f.step, pinned),
            (Some(_), None) => true,
            _ => false,
        }
    }
}

/// `Then the call is denied` matches the pinned `the call is denied`.
pub fn step_matches(step: &str, pinned: &str) -> bool {
    let without_keyword = step.split_once(' ').map_or(step, |(_, rest)| rest);
    step.trim() == pinned.trim() || without_keyword.trim() == pinned.trim()
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub total: usize,
    pub passed: usize,
    pub failed: usize,
    pub blocked: usize,
    pub not_applicable: usize,
    /// Selected but not run because the run stopped early (see `complete`).
    #[serde(default)]
    pub not_run: usize,
    /// Failed or blocked exactly as the expectations file says (same verdict, same step).
    pub expected_failures: usize,
    /// Failed or blocked where the expectations file says otherwise.
    pub unexpected_failures: usize,
    pub unexpected_passes: usize,
}

impl Summary {
    pub fn of(scenarios: &[ScenarioReport]) -> Self {
        let mut s = Self {
            total: scenarios.len(),
            ..Self::default()
        };
        for r in scenarios {
            match r.status {
                Status::Na => s.not_applicable += 1,
                Status::Pass => s.passed += 1,
                Status::Fail => s.failed += 1,
                Status::Blocked => s.blocked += 1,
                Status::NotRun => s.not_run += 1,
            }
            match (r.status, r.as_expected()) {
                (Status::Na | Status::NotRun, _) | (Status::Pass, true) => {}
                (Status::Pass, false) => s.unexpected_passes += 1,
                (_, true) => s.expected_failures += 1,
                (_, false) => s.unexpected_failures += 1,
            }
        }
        s
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct TargetInfo {
    pub name: String,
    pub version: String,
    pub launch: String,
    pub endpoint: String,
    pub account: String,
    pub enforcing: bool,
    /// The container image, when the emulator ran in one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CanaryCheck {
    pub check: String,
    pub expected: String,
    pub observed: String,
    pub held: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct CanaryReport {
    pub headline: String,
    /// A user with no policy is refused: IAM policies are enforced.
    pub enforcing: bool,
    /// A wrong secret is refused: signatures are checked.
    pub authenticating: bool,
    pub checks: Vec<CanaryCheck>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// [`SCHEMA_VERSION`]: tools reading report.json check it first.
    pub schema_version: u32,
    pub run_id: String,
    pub started_at: String,
    pub duration_ms: u64,
    pub target: TargetInfo,
    pub canary: CanaryReport,
    pub expectations_file: Option<String>,
    /// Set when the canary verdict differs from the expectations file's `enforcing`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canary_mismatch: Option<String>,
    /// False when the run stopped before every selected scenario ran
    /// (`stopped` says why; those scenarios are `not_run`).
    pub complete: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stopped: Option<String>,
    /// What `--inject-faults` did to the run's requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub faults: Option<crate::faults::Counts>,
    /// Wall time and CPU from the target answering to the end of cleanup.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<crate::resources::Resources>,
    pub summary: Summary,
    /// The reference evaluator against the scenarios' expectations.
    pub model: model_checks::ModelSummary,
    /// A `--hunt` run's worlds, counts and finding groups (it runs no scenario of the specification).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hunt: Option<crate::hunt::findings::Hunted>,
    /// The not-passing scenarios grouped by where they stopped and what the
    /// target answered there, largest group first: what to fix first.
    pub root_causes: Vec<root_causes::RootCause>,
    pub scenarios: Vec<ScenarioReport>,
}

/// The version of report.json's shape; raised when a field changes meaning.
pub const SCHEMA_VERSION: u32 = 2;

impl Report {
    /// Exit status 0 exactly when every scenario is as expected, the canary
    /// gave the expected verdict, and something actually ran.
    pub fn succeeded(&self) -> bool {
        self.complete
            && self.canary_mismatch.is_none()
            && self.summary.unexpected_failures == 0
            && self.summary.unexpected_passes == 0
            && self.summary.passed + self.summary.failed > 0
            && self.model.disagrees == 0
    }

    /// Scenarios whose verdict differs from their expectation (those that
    /// did not run have no verdict).
    pub fn unexpected(&self) -> impl Iterator<Item = &ScenarioReport> {
        self.scenarios
            .iter()
            .filter(|s| s.status != Status::NotRun && !s.as_expected())
    }
}

/// Compares what a scenario did with what its target is expected to do.
pub fn judge(
    spec: &crate::spec::ScenarioSpec,
    observed: Option<&Observed>,
    not_applicable: Option<&str>,
    expectations: &Expectations,
) -> ScenarioReport {
    let divergence = expectations.divergences.get(&spec.id);
    let expected_step = divergence.and_then(|d| d.step.clone());
    let expected_when_run = divergence.map_or(Status::Pass, |d| d.status);
    let (status, expected, duration_ms, failure, reason) = match (not_applicable, observed) {
        (Some(why), _) => (Status::Na, Status::Na, 0, None, Some(why.to_owned())),
        (None, Some(o)) => (
            o.status,
            expected_when_run,
            o.duration_ms,
            o.failure.clone(),
            divergence.map(|d| d.reason.clone()),
        ),
        (None, None) => (
            Status::NotRun,
            expected_when_run,
            0,
            None,
            divergence.map(|d| d.reason.clone()),
        ),
    };
    ScenarioReport {
        id: spec.id.clone(),
        feature: spec.feature.clone(),
        rule: spec.rule.clone(),
        name: spec.name.clone(),
        tags: spec.tags.iter().map(|t| format!("@{t}")).collect(),
        evidence: spec.evidence,
        source: spec.source.clone(),
        status,
        expected,
        duration_ms,
        failure,
        reason,
        expected_step: if status == Status::Na {
            None
        } else {
            expected_step
        },
        waits: Vec::new(),
        model: None,
        decided_by: None,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::report::expectations::Divergence;
    use crate::spec::ScenarioSpec;

    pub fn spec(id: &str) -> ScenarioSpec {
        ScenarioSpec {
            id: id.into(),
            feature: "features/seed/walkthrough.feature".into(),
            rule: Some("C1".into()),
            name: format!("scenario {id}"),
            tags: vec![
                "seed".into(),
                format!("id:{id}"),
                "evidence:documented".into(),
            ],
            line: 3,
            evidence: crate::spec::Evidence::Documented,
            source: Some("IAM User Guide, \"Policy evaluation logic\"".into()),
            preconditions: vec!["a user \"Jill\" with access keys".into()],
        }
    }

    fn observed(status: Status) -> Observed {
        let failure = (status == Status::Fail).then(|| Failure {
            step: "Then the call is denied".into(),
            message: "expected AccessDenied, got success".into(),
            answer: None,
        });
        Observed {
            status,
            duration_ms: 12,
            failure,
        }
    }

    pub fn sample_report() -> Report {
        let mut expectations = Expectations::default();
        expectations.divergences.insert(
            "s.expected-fail".into(),
            Divergence::new("known gap <x> & \"y\""),
        );
        expectations
            .divergences
            .insert("s.unexpected-pass".into(), Divergence::new("was broken"));
        let scenarios = vec![
            judge(
                &spec("s.pass"),
                Some(&observed(Status::Pass)),
                None,
                &expectations,
            ),
            judge(
                &spec("s.expected-fail"),
                Some(&observed(Status::Fail)),
                None,
                &expectations,
            ),
            judge(
                &spec("s.unexpected-fail"),
                Some(&observed(Status::Fail)),
                None,
                &expectations,
            ),
            judge(
                &spec("s.unexpected-pass"),
                Some(&observed(Status::Pass)),
                None,
                &expectations,
            ),
            judge(
                &spec("s.na"),
                None,
                Some("the target lacks: second-account"),
                &expectations,
            ),
        ];
        Report {
            schema_version: SCHEMA_VERSION,
            run_id: "r1".into(),
            started_at: "2026-01-01T00:00:00Z".into(),
            duration_ms: 100,
            target: TargetInfo {
                name: "moto".into(),
                version: "5.2.5".into(),
                launch: "process".into(),
                endpoint: "http://127.0.0.1:1".into(),
                account: "123456789012".into(),
                enforcing: true,
                image: None,
            },
            canary: CanaryReport {
                headline: "moto: enforcing".into(),
                enforcing: true,
                authenticating: true,
                checks: vec![],
            },
            expectations_file: Some("expectations/moto.toml".into()),
            canary_mismatch: None,
            complete: true,
            stopped: None,
            faults: None,
            resources: None,
            summary: Summary::of(&scenarios),
            model: model_checks::ModelSummary::of(&scenarios),
            hunt: None,
            root_causes: root_causes::rank(&scenarios),
            scenarios,
        }
    }

    #[test]
    fn summary_counts_every_kind_of_verdict() {
        let r = sample_report();
        assert_eq!(
            r.summary,
            Summary {
                total: 5,
                passed: 2,
                failed: 2,
                blocked: 0,
                not_applicable: 1,
                not_run: 0,
                expected_failures: 1,
                unexpected_failures: 1,
                unexpected_passes: 1,
            }
        );
        assert!(!r.succeeded());
        let unexpected: Vec<&str> = r.unexpected().map(|s| s.id.as_str()).collect();
        assert_eq!(unexpected, ["s.unexpected-fail", "s.unexpected-pass"]);
    }

    #[test]
    fn success_needs_everything_as_expected_and_something_run() {
        let mut r = sample_report();
        r.scenarios.retain(|s| s.as_expected());
        r.summary = Summary::of(&r.scenarios);
        assert!(r.succeeded());
        r.canary_mismatch = Some("expected enforcing".into());
        assert!(!r.succeeded());
        r.canary_mismatch = None;
        r.scenarios.retain(|s| s.status == Status::Na);
        r.summary = Summary::of(&r.scenarios);
        assert!(
            !r.succeeded(),
            "a run that executed nothing must not succeed"
        );
    }

    #[test]
    fn an_expected_failure_at_another_step_is_unexpected() {
        let mut expectations = Expectations::default();
        let pinned = Divergence {
            reason: "r".into(),
            step: Some("the call is denied".into()),
            status: Status::Fail,
        };
        expectations.divergences.insert("s.x".into(), pinned);
        let at_pinned = judge(
            &spec("s.x"),
            Some(&observed(Status::Fail)),
            None,
            &expectations,
        );
        assert!(at_pinned.as_expected());
        let elsewhere = Observed {
            status: Status::Fail,
            duration_ms: 1,
            failure: Some(Failure {
                step: "Given a user \"Jill\" with access keys".into(),
                message: "boom".into(),
                answer: None,
            }),
        };
        let r = judge(&spec("s.x"), Some(&elsewhere), None, &expectations);
        assert!(!r.as_expected());
        let summary = Summary::of(&[r]);
        assert_eq!(
            (
                summary.failed,
                summary.expected_failures,
                summary.unexpected_failures
            ),
            (1, 0, 1)
        );
    }

    #[test]
    fn unfinished_scenario_is_not_run() {
        let r = judge(&spec("s.x"), None, None, &Expectations::default());
        assert_eq!((r.status, r.expected), (Status::NotRun, Status::Pass));
        let summary = Summary::of(&[r]);
        assert_eq!((summary.not_run, summary.unexpected_failures), (1, 0));
    }
}
