//! The action table: an IAM/STS action name as a scenario writes it
//! ("iam:ListUsers") mapped to the SDK call and the response fields worth
//! asserting on. A new action is one row in [`call`] and one name in [`ACTIONS`].

use std::collections::BTreeMap;

use anyhow::{Context, Result, bail};

use crate::clients::{Connection, Identity, Keys, Secret};
use crate::outcome::{Outcome, from_result};

/// Every action a scenario can call.
pub const ACTIONS: &[&str] = &[
    "iam:GetUser",
    "iam:ListRoles",
    "iam:ListUsers",
    "sts:AssumeRole",
    "sts:GetCallerIdentity",
];

/// Request parameters by their API names (`RoleArn`, `RoleSessionName`, …).
pub type Params = BTreeMap<String, String>;

/// What a call gave back: the outcome, and temporary credentials if it issued any.
#[derive(Debug)]
pub struct Called {
    pub outcome: Outcome,
    pub credentials: Option<Keys>,
}

impl From<Outcome> for Called {
    fn from(outcome: Outcome) -> Self {
        Self {
            outcome,
            credentials: None,
        }
    }
}

pub async fn call(
    connection: &Connection,
    who: &Identity,
    action: &str,
    params: &Params,
) -> Result<Called> {
    let mut params = Parameters {
        action,
        given: params.clone(),
    };
    let called = match action {
        "iam:GetUser" => {
            let request = connection
                .iam(who)
                .get_user()
                .set_user_name(params.optional("UserName"));
            from_result(action, request.send().await, |o| {
                let user = o.user();
                fields([
                    ("UserName", user.map(|u| u.user_name())),
                    ("Arn", user.map(|u| u.arn())),
                ])
            })?
            .into()
        }
        "iam:ListRoles" => {
            from_result(action, connection.iam(who).list_roles().send().await, |o| {
                fields([(
                    "RoleNames",
                    Some(
                        o.roles()
                            .iter()
                            .map(|r| r.role_name())
                            .collect::<Vec<_>>()
                            .join(",")
                            .as_str(),
                    ),
                )])
            })?
            .into()
        }
        "iam:ListUsers" => {
            from_result(action, connection.iam(who).list_users().send().await, |o| {
                fields([(
                    "UserNames",
                    Some(
                        o.users()
                            .iter()
                            .map(|u| u.user_name())
                            .collect::<Vec<_>>()
                            .join(",")
                            .as_str(),
                    ),
                )])
            })?
            .into()
        }
        "sts:GetCallerIdentity" => from_result(
            action,
            connection.sts(who).get_caller_identity().send().await,
            |o| {
                fields([
                    ("Account", o.account()),
                    ("Arn", o.arn()),
                    ("UserId", o.user_id()),
                ])
            },
        )?
        .into(),
        "sts:AssumeRole" => {
            let request = connection
                .sts(who)
                .assume_role()
                .role_arn(params.required("RoleArn")?)
                .role_session_name(params.required("RoleSessionName")?)
                .set_duration_seconds(params.optional_int("DurationSeconds")?)
                .set_external_id(params.optional("ExternalId"))
                .set_policy(params.optional("Policy"));
            let result = request.send().await;
            let credentials = result
                .as_ref()
                .ok()
                .and_then(|o| o.credentials())
                .map(|c| Keys {
                    access_key_id: c.access_key_id().to_owned(),
                    secret_access_key: Secret::new(c.secret_access_key()),
                    session_token: Some(Secret::new(c.session_token())),
                });
            let outcome = from_result(action, result, |o| {
                let assumed = o.assumed_role_user();
                let expiration = o.credentials().map(|c| c.expiration().secs().to_string());
                let key_id = o.credentials().map(|c| c.access_key_id());
                fields([
                    ("AssumedRoleArn", assumed.map(|a| a.arn())),
                    ("AssumedRoleId", assumed.map(|a| a.assumed_role_id())),
                    ("AccessKeyId", key_id),
                    ("Expiration", expiration.as_deref()),
                ])
            })?;
            Called {
                outcome,
                credentials,
            }
        }
        other => bail!(
            "the action table has no {other:?}; known actions: {}",
            ACTIONS.join(", ")
        ),
    };
    params.finish()?;
    Ok(called)
}

/// Parameters a step passed, checked off as the action reads them so that a
/// misspelt parameter is an error instead of being silently ignored.
struct Parameters<'a> {
    action: &'a str,
    given: Params,
}

impl Parameters<'_> {
    fn optional(&mut self, name: &str) -> Option<String> {
        self.given.remove(name)
    }

    fn required(&mut self, name: &str) -> Result<String> {
        self.given
            .remove(name)
            .with_context(|| format!("{} needs the parameter {name}", self.action))
    }

    fn optional_int(&mut self, name: &str) -> Result<Option<i32>> {
        self.given
            .remove(name)
            .map(|v| {
                v.parse::<i32>()
                    .with_context(|| format!("{name} must be a whole number, not {v:?}"))
            })
            .transpose()
    }

    fn finish(self) -> Result<()> {
        if let Some(unused) = self.given.keys().next() {
            bail!(
                "{} does not take the parameter {unused} (check its spelling)",
                self.action
            );
        }
        Ok(())
    }
}

fn fields<const N: usize>(pairs: [(&str, Option<&str>); N]) -> BTreeMap<String, String> {
    pairs
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_names_are_sorted_and_unique() {
        let mut sorted = ACTIONS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, ACTIONS);
    }

    #[test]
    fn parameters_must_all_be_used() {
        let mut p = Parameters {
            action: "sts:AssumeRole",
            given: Params::from([
                ("RoleArn".into(), "a".into()),
                ("RoleSesionName".into(), "b".into()),
            ]),
        };
        assert_eq!(p.required("RoleArn").unwrap(), "a");
        assert!(
            p.required("RoleSessionName")
                .unwrap_err()
                .to_string()
                .contains("needs the parameter")
        );
        assert!(
            p.finish()
                .unwrap_err()
                .to_string()
                .contains("RoleSesionName")
        );
    }
}
