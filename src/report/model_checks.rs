//! The reference evaluator ([`crate::model`]) against the specification: for
//! every call whose success or AccessDenied a step asserts, what the model
//! decides for it, and whether that is what the scenario expects of AWS.
//! The expectation being AWS's, a disagreement means the scenario or the
//! model is wrong, whatever the target did: it fails the run.

use serde::{Deserialize, Serialize};

use crate::model::{Decision, Verdict};

/// What a step expects of AWS for the call it judges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Expected {
    Allowed,
    Denied,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Agreement {
    Agrees,
    NotCovered,
    Disagrees,
}

/// One asserted call and the model's word on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    /// `Jill calls iam:ListUsers`
    pub call: String,
    pub expected: Expected,
    pub result: Agreement,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub decision: Option<Decision>,
    /// Why the model does not judge it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub not_covered: Option<String>,
}

impl Check {
    pub fn new(call: String, expected: Expected, model: Result<Decision, String>) -> Self {
        match model {
            Ok(decision) => {
                let agrees = decision.verdict.allows() == (expected == Expected::Allowed);
                Self {
                    call,
                    expected,
                    result: if agrees {
                        Agreement::Agrees
                    } else {
                        Agreement::Disagrees
                    },
                    decision: Some(decision),
                    not_covered: None,
                }
            }
            Err(why) => Self {
                call,
                expected,
                result: Agreement::NotCovered,
                decision: None,
                not_covered: Some(why),
            },
        }
    }
}

/// `report.json` `model`, per scenario: the checks of its asserted calls and
/// their worst result (disagrees, then not covered, then agrees).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioModel {
    pub result: Agreement,
    pub checks: Vec<Check>,
}

impl ScenarioModel {
    /// `None` for a scenario that asserted no decision.
    pub fn of(checks: Vec<Check>) -> Option<Self> {
        let result = checks.iter().map(|c| c.result).max()?;
        Some(Self { result, checks })
    }

    /// The model's reasons for the scenario's expected outcomes, in words.
    pub fn explained(&self) -> Vec<String> {
        self.checks
            .iter()
            .filter_map(|c| Some(format!("{}: {}", c.call, c.decision.as_ref()?.explain())))
            .collect()
    }
}

/// For a scenario that failed or was blocked: the rule that decided the call
/// where it stopped, by the model, and whether that is one of the scenario's
/// own rules (the letters in its `Rule:` title).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecidedBy {
    /// `Jill calls sts:AssumeRole`
    pub call: String,
    pub verdict: Verdict,
    pub rules: Vec<String>,
    pub own_rules: Vec<String>,
    /// None of `rules` is the scenario's own: its verdict says something
    /// about another rule than the one it states.
    pub another_rule: bool,
    pub explanation: String,
}

impl DecidedBy {
    pub fn new(call: String, decision: &Decision, rule_title: Option<&str>) -> Self {
        let rules = decision.rules();
        let own_rules = rule_letters(rule_title.unwrap_or_default());
        let another_rule = !own_rules.is_empty()
            && !rules.is_empty()
            && !rules.iter().any(|r| own_rules.contains(r));
        Self {
            call,
            verdict: decision.verdict,
            rules,
            own_rules,
            another_rule,
            explanation: decision.explain(),
        }
    }
}

/// Whether a step asserts an authorization decision of the last call:
/// allowed (or a precondition call that must succeed) or AccessDenied 403.
/// A step about a validation error, a message or a field is decided by rules
/// the model does not state.
pub fn is_decision_step(step: &str) -> bool {
    let text = step.split_once(' ').map_or(step, |(_, rest)| rest);
    text == "the call is allowed"
        || text == "the call succeeds"
        || text == "the call is denied"
        || text == "the call fails with \"AccessDenied\" and HTTP status 403"
        || text.contains("\" has assumed the role \"")
        || text.contains("\" has called \"")
}

/// The rule letters a `Rule:` title names: `(C6)`, `(B1, B2, B3)`.
pub fn rule_letters(title: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in title.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = word.chars();
        let letter = chars.next();
        let digits: String = chars.collect();
        if letter.is_some_and(|l| ('A'..='I').contains(&l))
            && !digits.is_empty()
            && digits.len() <= 2
            && digits.chars().all(|d| d.is_ascii_digit())
            && !out.contains(&word.to_owned())
        {
            out.push(word.to_owned());
        }
    }
    out
}

/// `report.json` `model`: the checks of the whole run, the scenarios the
/// model disagrees with (each fails the run), the failed or blocked
/// scenarios stopped by another rule than their own, and the coverage of
/// asserted decisions by area.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ModelSummary {
    pub checks: usize,
    pub agrees: usize,
    pub not_covered: usize,
    pub disagrees: usize,
    pub disagreeing: Vec<String>,
    pub decided_by_another_rule: Vec<String>,
    pub by_area: std::collections::BTreeMap<String, AreaCoverage>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaCoverage {
    /// Asserted decisions (allowed or AccessDenied) of an actor's call.
    pub checks: usize,
    /// Of those, the ones the model judges.
    pub covered: usize,
}

impl ModelSummary {
    pub fn of(scenarios: &[super::ScenarioReport]) -> Self {
        let mut s = Self::default();
        for r in scenarios {
            let area = r.id.split('.').next().unwrap_or_default().to_owned();
            if let Some(model) = &r.model {
                let coverage = s.by_area.entry(area).or_default();
                for c in &model.checks {
                    s.checks += 1;
                    coverage.checks += 1;
                    match c.result {
                        Agreement::Agrees => s.agrees += 1,
                        Agreement::NotCovered => s.not_covered += 1,
                        Agreement::Disagrees => s.disagrees += 1,
                    }
                    if c.result != Agreement::NotCovered {
                        coverage.covered += 1;
                    }
                }
                if model.result == Agreement::Disagrees {
                    s.disagreeing.push(r.id.clone());
                }
            }
            if r.decided_by.as_ref().is_some_and(|d| d.another_rule) {
                s.decided_by_another_rule.push(r.id.clone());
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Message, Reason};

    fn decision(verdict: Verdict, rule: &str) -> Decision {
        Decision {
            verdict,
            reasons: vec![Reason {
                rule: rule.into(),
                text: "x".into(),
            }],
            message: (!verdict.allows()).then_some(Message::NoIdentityBasedPolicyAllows),
        }
    }

    #[test]
    fn checks_agree_disagree_or_are_not_covered() {
        let agrees = Check::new(
            "a".into(),
            Expected::Denied,
            Ok(decision(Verdict::ImplicitDeny, "B1")),
        );
        let disagrees = Check::new(
            "b".into(),
            Expected::Allowed,
            Ok(decision(Verdict::ExplicitDeny, "B3")),
        );
        let uncovered = Check::new(
            "c".into(),
            Expected::Allowed,
            Err("the condition key aws:SourceIp".into()),
        );
        assert_eq!(agrees.result, Agreement::Agrees);
        assert_eq!(disagrees.result, Agreement::Disagrees);
        assert_eq!(uncovered.result, Agreement::NotCovered);
        let all = ScenarioModel::of(vec![agrees.clone(), uncovered, disagrees]).unwrap();
        assert_eq!(all.result, Agreement::Disagrees);
        assert_eq!(
            ScenarioModel::of(vec![agrees]).unwrap().result,
            Agreement::Agrees
        );
        assert!(ScenarioModel::of(vec![]).is_none());
    }

    #[test]
    fn rule_titles_name_their_letters() {
        assert_eq!(
            rule_letters("Without a boundary, identity policies decide (B1, B2, B3)"),
            ["B1", "B2", "B3"]
        );
        assert_eq!(rule_letters("The external id must match (C6)"), ["C6"]);
        assert!(rule_letters("A rule with no letters, and a Bx or C123").is_empty());
    }

    #[test]
    fn only_decision_steps_are_decided_by_the_model() {
        assert!(is_decision_step("Then the call is denied"));
        assert!(is_decision_step("And the call is allowed"));
        assert!(is_decision_step(
            "Then the call fails with \"AccessDenied\" and HTTP status 403"
        ));
        assert!(is_decision_step(
            "Given \"Jill\" has assumed the role \"R\" with session name \"s\""
        ));
        assert!(!is_decision_step(
            "Then the call fails with \"ValidationError\" and HTTP status 400"
        ));
        assert!(!is_decision_step(
            "Then the error message contains \"explicit deny\""
        ));
        assert!(!is_decision_step("Given a user \"Jill\" with access keys"));
    }

    #[test]
    fn a_stop_decided_by_another_rule_is_marked() {
        let by_trust = decision(Verdict::ImplicitDeny, "C1");
        let marked = DecidedBy::new(
            "Jill calls sts:AssumeRole".into(),
            &by_trust,
            Some("External id (C6)"),
        );
        assert!(marked.another_rule);
        let own = DecidedBy::new("x".into(), &by_trust, Some("Trust alone (C1)"));
        assert!(!own.another_rule);
        let untitled = DecidedBy::new("x".into(), &by_trust, None);
        assert!(
            !untitled.another_rule,
            "without letters there is nothing to compare"
        );
    }
}
