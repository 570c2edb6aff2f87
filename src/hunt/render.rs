//! A world as Gherkin in the project's own step vocabulary: the scene as
//! `Given` steps, each request as a `When` step, each outcome as a `Then`
//! step — `Then the call is as the reference evaluator decides` while hunting,
//! the model's concrete answer (`is allowed` / `is denied`) in a finding.

use std::fmt::Write as _;

use super::world::{Layer, Place, Principal, Statement, World};

/// What a world's `Then` steps say.
#[derive(Debug, Clone)]
pub enum Outcomes<'a> {
    /// Each request judged by the reference evaluator as the run goes.
    ByTheModel,
    /// A finding: the model's decision for each request, allowed or not.
    Known(&'a [bool]),
}

/// The policy document of a layer, laid out as the features write them
/// (Version first; Effect, Action, Resource, Condition in that order).
pub fn document(layer: &Layer) -> String {
    let statements: Vec<String> = layer.statements.iter().map(statement).collect();
    format!(
        "{{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n{}\n  ]\n}}",
        statements.join(",\n")
    )
}

fn quoted(text: &str) -> String {
    serde_json::to_string(text).expect("strings serialise")
}

/// One value, or a list of them.
fn one_or_list(values: &[String]) -> String {
    match values {
        [one] => quoted(one),
        many => format!(
            "[{}]",
            many.iter()
                .map(|v| quoted(v))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn statement(s: &Statement) -> String {
    let mut fields = vec![
        format!("\"Effect\": \"{}\"", if s.allow { "Allow" } else { "Deny" }),
        format!(
            "\"{}\": {}",
            if s.not_action { "NotAction" } else { "Action" },
            one_or_list(&s.actions)
        ),
        format!(
            "\"{}\": {}",
            if s.not_resource {
                "NotResource"
            } else {
                "Resource"
            },
            one_or_list(&s.resources)
        ),
    ];
    if !s.conditions.is_empty() {
        // Keys of one operator together, operators in their first appearance's order.
        let mut operators: Vec<(&str, Vec<String>)> = Vec::new();
        for c in &s.conditions {
            let entry = format!("{}: {}", quoted(&c.key), one_or_list(&c.values));
            match operators.iter_mut().find(|(o, _)| *o == c.operator) {
                Some((_, keys)) => keys.push(entry),
                None => operators.push((&c.operator, vec![entry])),
            }
        }
        let block: Vec<String> = operators
            .into_iter()
            .map(|(o, keys)| format!("{}: {{{}}}", quoted(o), keys.join(", ")))
            .collect();
        fields.push(format!("\"Condition\": {{{}}}", block.join(", ")));
    }
    format!("    {{{}}}", fields.join(", "))
}

/// The trust policy of Worker and Jill's own policy that lets her assume it:
/// together they let her in under every reading of the documentation.
pub const WORKER_TRUST: &str = r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "${user:Jill}"}, "Action": "sts:AssumeRole"}]}"#;
pub const MAY_ASSUME_WORKER: &str = r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Worker}"}]}"#;

/// Each layer with the name of its policy: `Own`, `Own2`, `Limit`, …
pub fn named_layers(world: &World) -> impl Iterator<Item = (String, &Layer)> {
    world.layers.iter().enumerate().map(|(i, layer)| {
        let before = world.layers[..i]
            .iter()
            .filter(|l| l.place == layer.place)
            .count();
        (policy_name(layer.place, before), layer)
    })
}

/// The name of the `index`-th policy (from 0) at `place`.
fn policy_name(place: Place, index: usize) -> String {
    let base = match place {
        Place::Identity => "Own",
        Place::Group => "TeamPolicy",
        Place::Boundary => "Limit",
        Place::Session => "SessionPolicy",
    };
    if index == 0 {
        base.to_owned()
    } else {
        format!("{base}{}", index + 1)
    }
}

/// The `Given` and `When`/`Then` steps of a world, indented for a Scenario.
pub fn steps(world: &World, outcomes: &Outcomes<'_>) -> String {
    let mut g = String::new();
    let doc = |g: &mut String, text: &str| {
        let _ = writeln!(g, "      \"\"\"");
        for line in text.lines() {
            let _ = writeln!(g, "      {line}");
        }
        let _ = writeln!(g, "      \"\"\"");
    };
    let session = world.principal == Principal::RoleSession;
    let owner = if session {
        ("role", "Worker")
    } else {
        ("user", "Jill")
    };
    let _ = writeln!(g, "    Given a user \"Jill\" with access keys");
    if session {
        let _ = writeln!(g, "    And a role \"Worker\" whose trust policy is:");
        doc(&mut g, WORKER_TRUST);
        let _ = writeln!(
            g,
            "    And the user \"Jill\" has an inline policy \"MayAssumeWorker\":"
        );
        doc(&mut g, MAY_ASSUME_WORKER);
    }
    if world.tagged {
        let _ = writeln!(
            g,
            "    And the {} \"{}\" has the tag \"team\" with value \"red\"",
            owner.0, owner.1
        );
    }
    if world.principal == Principal::UserInGroup {
        let _ = writeln!(g, "    And a group \"Team\"");
        let _ = writeln!(
            g,
            "    And the user \"Jill\" is a member of the group \"Team\""
        );
    }
    let mut session_policy = None;
    for (name, layer) in named_layers(world) {
        let text = document(layer);
        match layer.place {
            Place::Identity => {
                let _ = writeln!(
                    g,
                    "    And the {} \"{}\" has an inline policy \"{name}\":",
                    owner.0, owner.1
                );
                doc(&mut g, &text);
            }
            Place::Group => {
                let _ = writeln!(
                    g,
                    "    And the group \"Team\" has an inline policy \"{name}\":"
                );
                doc(&mut g, &text);
            }
            Place::Boundary => {
                let _ = writeln!(g, "    And a managed policy \"{name}\":");
                doc(&mut g, &text);
                let _ = writeln!(
                    g,
                    "    And the {} \"{}\" has the permissions boundary \"{name}\"",
                    owner.0, owner.1
                );
            }
            Place::Session => session_policy = Some(text),
        }
    }
    if session {
        match &session_policy {
            Some(text) => {
                let _ = writeln!(
                    g,
                    "    And \"Jill\" has assumed the role \"Worker\" with session name \"work\" and the session policy:"
                );
                doc(&mut g, text);
            }
            None => {
                let _ = writeln!(
                    g,
                    "    And \"Jill\" has assumed the role \"Worker\" with session name \"work\""
                );
            }
        }
    }
    for (i, request) in world.requests.iter().enumerate() {
        if request.params.is_empty() {
            let _ = writeln!(
                g,
                "    When \"{}\" calls \"{}\"",
                world.actor(),
                request.action
            );
        } else {
            let _ = writeln!(
                g,
                "    When \"{}\" calls \"{}\" with:",
                world.actor(),
                request.action
            );
            for (k, v) in &request.params {
                let _ = writeln!(g, "      | {k} | {v} |");
            }
        }
        let then = match outcomes {
            Outcomes::ByTheModel => "the call is as the reference evaluator decides",
            Outcomes::Known(allowed) if allowed.get(i).copied().unwrap_or(false) => {
                "the call is allowed"
            }
            Outcomes::Known(_) => "the call is denied",
        };
        let _ = writeln!(g, "    Then {then}");
    }
    g
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hunt::world::{Condition, Request};

    #[test]
    fn a_world_reads_as_the_features_do() {
        let world = World {
            principal: Principal::RoleSession,
            tagged: true,
            layers: vec![
                Layer {
                    place: Place::Identity,
                    statements: vec![Statement {
                        allow: true,
                        not_action: false,
                        actions: vec!["iam:List*".into()],
                        not_resource: false,
                        resources: vec!["*".into()],
                        conditions: vec![Condition {
                            operator: "Bool".into(),
                            key: "aws:SecureTransport".into(),
                            values: vec!["${secure-transport}".into()],
                        }],
                    }],
                },
                Layer {
                    place: Place::Session,
                    statements: vec![Statement {
                        allow: false,
                        not_action: true,
                        actions: vec!["iam:GetRole".into(), "iam:ListRoles".into()],
                        not_resource: false,
                        resources: vec!["*".into()],
                        conditions: vec![],
                    }],
                },
            ],
            requests: vec![Request {
                action: "iam:ListUsers".into(),
                params: vec![],
            }],
        };
        let text = steps(&world, &Outcomes::Known(&[false]));
        assert!(
            text.contains("And the role \"Worker\" has the tag \"team\" with value \"red\""),
            "{text}"
        );
        assert!(
            text.contains("And the role \"Worker\" has an inline policy \"Own\":"),
            "{text}"
        );
        assert!(
            text.contains("\"NotAction\": [\"iam:GetRole\", \"iam:ListRoles\"]"),
            "{text}"
        );
        assert!(
            text.contains(
                "\"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"${secure-transport}\"}}"
            ),
            "{text}"
        );
        assert!(
            text.contains("with session name \"work\" and the session policy:"),
            "{text}"
        );
        assert!(
            text.contains(
                "When \"Worker/work\" calls \"iam:ListUsers\"\n    Then the call is denied"
            ),
            "{text}"
        );
        let judged = steps(&world, &Outcomes::ByTheModel);
        assert!(judged.contains("Then the call is as the reference evaluator decides"));
    }
}
