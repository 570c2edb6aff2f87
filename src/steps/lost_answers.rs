//! A setup create whose answer was lost on the way.

use anyhow::Result;

use crate::actions::{self, Called, Params};
use crate::world::{Home, IamWorld};

/// A create whose answer was lost on the way (a reset connection, a 5xx, a
/// crash page from an overloaded target) is sent again by the SDK or the
/// gateway, and the target then rightly answers that the name is taken.
/// Names are unique to the run and the scenario, so an entity of that name
/// the scenario has not made yet is this call's own: it is read back, and the
/// step goes on with the fields the create would have answered.
pub async fn or_made_by_a_lost_attempt(
    world: &IamWorld,
    home: Home,
    action: &str,
    params: &Params,
    called: Result<Called>,
) -> Result<Called> {
    let Ok(refused) = &called else {
        return called;
    };
    let name_taken = refused
        .outcome
        .error
        .as_ref()
        .is_some_and(|e| e.code == "EntityAlreadyExists");
    let Some((read, read_params)) = read_back(action, params, world.suite.account_of(home)?) else {
        return called;
    };
    if !name_taken || name_param(action).is_none_or(|key| world.has_made(&params[key])) {
        return called;
    }
    let admin = world.suite.admin_of(home)?.clone();
    let found = actions::call(&world.suite.connection, &admin, read, &read_params).await?;
    if !found.outcome.is_success() {
        return called;
    }
    let answers = actions::find(action)?.fields;
    let mut outcome = found.outcome;
    outcome.action = action.to_owned();
    outcome
        .fields
        .retain(|field, _| answers.contains(&field.as_str()));
    Ok(Called::from(outcome))
}

/// The parameter that names what a create makes.
fn name_param(action: &str) -> Option<&'static str> {
    match action {
        "iam:CreateUser" => Some("UserName"),
        "iam:CreateRole" => Some("RoleName"),
        "iam:CreateGroup" => Some("GroupName"),
        "iam:CreatePolicy" => Some("PolicyName"),
        _ => None,
    }
}

/// The read that finds what a create of these parameters made, in `account`.
fn read_back(action: &str, params: &Params, account: &str) -> Option<(&'static str, Params)> {
    let name = params.get(name_param(action)?)?.clone();
    let (read, key, value) = match action {
        "iam:CreateUser" => ("iam:GetUser", "UserName", name),
        "iam:CreateRole" => ("iam:GetRole", "RoleName", name),
        "iam:CreateGroup" => ("iam:GetGroup", "GroupName", name),
        "iam:CreatePolicy" => {
            let path = params.get("Path").map_or("/", String::as_str);
            let arn = format!("arn:aws:iam::{account}:policy{path}{name}");
            ("iam:GetPolicy", "PolicyArn", arn)
        }
        _ => return None,
    };
    Some((read, Params::from([(key.to_owned(), value)])))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> Params {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn a_lost_create_is_read_back_by_its_name_or_policy_arn() {
        let role = params(&[("RoleName", "R-run-1"), ("Path", "/p/")]);
        assert_eq!(
            read_back("iam:CreateRole", &role, "123456789012"),
            Some(("iam:GetRole", params(&[("RoleName", "R-run-1")])))
        );
        let policy = params(&[("PolicyName", "P-run-1"), ("Path", "/iam-conformance/run/")]);
        assert_eq!(
            read_back("iam:CreatePolicy", &policy, "123456789012"),
            Some((
                "iam:GetPolicy",
                params(&[(
                    "PolicyArn",
                    "arn:aws:iam::123456789012:policy/iam-conformance/run/P-run-1"
                )])
            ))
        );
        let key = params(&[("UserName", "U-run-1")]);
        assert_eq!(read_back("iam:CreateAccessKey", &key, "123456789012"), None);
    }
}
