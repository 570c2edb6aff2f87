//! Root causes: the scenarios that did not pass, grouped by the step that
//! stopped them (names and numbers left out) and what the target answered
//! there, largest group first. One table tells a maintainer what to fix first.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{ScenarioReport, Status};
use crate::outcome::Answer;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RootCause {
    /// `blocked` (a precondition) or `fail` (the rule).
    pub verdict: Status,
    /// The step, its quoted values and numbers replaced by `…` and `N`.
    pub step: String,
    /// What the target answered there; absent when the step made no call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    pub count: usize,
    /// The first line of one scenario's failure message.
    pub example: String,
    pub scenarios: Vec<String>,
}

/// Groups the not-passing scenarios; the largest group comes first, ties in
/// the order of verdict, step and answer, so the list is the same every run.
pub fn rank(scenarios: &[ScenarioReport]) -> Vec<RootCause> {
    type Key = (Status, String, Option<Answer>);
    let mut groups: BTreeMap<Key, RootCause> = BTreeMap::new();
    for s in scenarios.iter().filter(|s| s.status.is_not_passing()) {
        let (step, answer, message) = match &s.failure {
            Some(f) if s.status == Status::Blocked => {
                (pattern(&f.step), f.answer.clone(), f.message.as_str())
            }
            // An assertion's quoted values (the code it expects) tell causes apart.
            Some(f) => (
                without_keyword(&f.step).to_owned(),
                f.answer.clone(),
                f.message.as_str(),
            ),
            None => (String::new(), None, ""),
        };
        let key = (s.status, step.clone(), answer.clone());
        let cause = groups.entry(key).or_insert_with(|| RootCause {
            verdict: s.status,
            step,
            answer,
            count: 0,
            example: message.lines().next().unwrap_or_default().to_owned(),
            scenarios: Vec::new(),
        });
        cause.count += 1;
        cause.scenarios.push(s.id.clone());
    }
    let mut causes: Vec<RootCause> = groups.into_values().collect();
    causes.sort_by_key(|c| std::cmp::Reverse(c.count));
    causes
}

fn without_keyword(step: &str) -> &str {
    match step.split_once(' ') {
        Some((keyword, rest)) if is_keyword(keyword) => rest,
        _ => step,
    }
}

/// A precondition without the names and numbers that differ between
/// scenarios: `And "Jill" has assumed the role "First" with session name
/// "one"` → `"…" has assumed the role "…" with session name "…"`.
fn pattern(step: &str) -> String {
    let without_keyword = without_keyword(step);
    let mut out = String::new();
    let mut in_quotes = false;
    let mut previous_digit = false;
    for c in without_keyword.chars() {
        match c {
            '"' => {
                if !in_quotes {
                    out.push_str("\"…\"");
                }
                in_quotes = !in_quotes;
            }
            _ if in_quotes => {}
            d if d.is_ascii_digit() => {
                if !previous_digit {
                    out.push('N');
                }
            }
            other => out.push(other),
        }
        previous_digit = !in_quotes && c.is_ascii_digit();
    }
    out.trim().to_owned()
}

fn is_keyword(word: &str) -> bool {
    matches!(word, "Given" | "When" | "Then" | "And" | "But" | "*")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Failure;
    use crate::report::tests::sample_report;

    #[test]
    fn patterns_leave_out_names_numbers_and_keywords() {
        assert_eq!(
            pattern("And \"Jill\" has assumed the role \"First\" with session name \"one\""),
            "\"…\" has assumed the role \"…\" with session name \"…\""
        );
        assert_eq!(
            pattern("Given the role \"R\" has a maximum session duration of 7200 seconds"),
            "the role \"…\" has a maximum session duration of N seconds"
        );
        assert_eq!(
            without_keyword("Then the call fails with \"ValidationError\" and HTTP status 400"),
            "the call fails with \"ValidationError\" and HTTP status 400"
        );
    }

    #[test]
    fn groups_by_step_and_answer_largest_first() {
        let mut report = sample_report();
        let answer = |code: &str| {
            Some(Answer {
                action: "sts:AssumeRole".into(),
                answer: code.into(),
                http_status: Some(403),
            })
        };
        let template = report.scenarios[2].clone();
        let blocked = |id: &str, who: &str, code: &str| {
            let mut s = template.clone();
            s.id = id.into();
            s.status = Status::Blocked;
            s.failure = Some(Failure {
                step: format!("Given \"{who}\" has assumed the role \"R\" with session name \"s\""),
                message: format!("expected sts:AssumeRole to succeed ({who})\nmore"),
                answer: answer(code),
            });
            s
        };
        report
            .scenarios
            .push(blocked("b.1", "Jill", "AccessDenied"));
        report.scenarios.push(blocked("b.2", "Ann", "AccessDenied"));
        report
            .scenarios
            .push(blocked("b.3", "Ann", "InvalidClientTokenId"));
        let causes = rank(&report.scenarios);
        // 2 fails of the sample (same step, no answer) and 3 blocked in two groups.
        assert_eq!(
            causes.iter().map(|c| c.count).collect::<Vec<_>>(),
            [2, 2, 1]
        );
        let first_blocked = causes
            .iter()
            .find(|c| c.verdict == Status::Blocked)
            .unwrap();
        assert_eq!(first_blocked.scenarios, ["b.1", "b.2"]);
        assert_eq!(
            first_blocked.example,
            "expected sts:AssumeRole to succeed (Jill)"
        );
        assert_eq!(first_blocked.answer, answer("AccessDenied"));
        assert_eq!(rank(&report.scenarios), causes, "the same order every time");
    }
}
