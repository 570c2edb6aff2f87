//! `When` steps: an actor calls an action; the outcome is kept for `Then`.
//! The actor `"admin"` is the suite's admin identity.

use anyhow::{Context, Result, bail};
use cucumber::gherkin::Step;
use cucumber::when;

use super::{compact_json, doc_string, lost_answers};
use crate::actions::{self, Params};
use crate::outcome::Answer;
use crate::world::{ADMIN, Entity, IamWorld, Kind};

#[when(regex = r#"^"([^"]+)" calls "([^"]+)"$"#)]
async fn calls(world: &mut IamWorld, actor: String, action: String) -> Result<()> {
    call(world, &actor, &action, Params::new()).await
}

#[when(regex = r#"^"([^"]+)" calls "([^"]+)" with:$"#)]
async fn calls_with(
    world: &mut IamWorld,
    actor: String,
    action: String,
    #[step] step: &Step,
) -> Result<()> {
    let params = table_params(world, step)?;
    call(world, &actor, &action, params).await
}

/// AssumeRole by the role's logical name; a session that succeeds becomes the
/// actor `"<role>/<session name>"`.
#[when(regex = r#"^"([^"]+)" assumes the role "([^"]+)" with session name "([^"]+)"$"#)]
async fn assumes_role(
    world: &mut IamWorld,
    actor: String,
    role: String,
    session: String,
) -> Result<()> {
    let params = assume_params(world, &role, &session)?;
    call(world, &actor, "sts:AssumeRole", params).await
}

/// AssumeRole with more parameters (DurationSeconds, ExternalId, Tags, …) from a table.
#[when(regex = r#"^"([^"]+)" assumes the role "([^"]+)" with session name "([^"]+)" and:$"#)]
async fn assumes_role_with(
    world: &mut IamWorld,
    actor: String,
    role: String,
    session: String,
    #[step] step: &Step,
) -> Result<()> {
    let params = assume_params_with_table(world, &role, &session, step)?;
    call(world, &actor, "sts:AssumeRole", params).await
}

/// AssumeRole with an inline session policy.
#[when(
    regex = r#"^"([^"]+)" assumes the role "([^"]+)" with session name "([^"]+)" and the session policy:$"#
)]
async fn assumes_role_with_session_policy(
    world: &mut IamWorld,
    actor: String,
    role: String,
    session: String,
    #[step] step: &Step,
) -> Result<()> {
    let params = assume_params_with_session_policy(world, &role, &session, step)?;
    call(world, &actor, "sts:AssumeRole", params).await
}

/// CreateRole by the admin, judged by `Then` (for document validation rules).
#[when(regex = r#"^the admin creates a role "([^"]+)" whose trust policy is:$"#)]
async fn admin_creates_role(
    world: &mut IamWorld,
    logical: String,
    #[step] step: &Step,
) -> Result<()> {
    let names = ("iam:CreateRole", "RoleName", "AssumeRolePolicyDocument");
    admin_creates(world, Kind::Role, names, &logical, step).await
}

/// CreatePolicy by the admin, judged by `Then`.
#[when(regex = r#"^the admin creates a managed policy "([^"]+)":$"#)]
async fn admin_creates_policy(
    world: &mut IamWorld,
    logical: String,
    #[step] step: &Step,
) -> Result<()> {
    let names = ("iam:CreatePolicy", "PolicyName", "PolicyDocument");
    admin_creates(world, Kind::Policy, names, &logical, step).await
}

/// An entity created by the admin under the run's path (and tagged, where the
/// target wants it) from the step's document; on success it joins the scenario.
async fn admin_creates(
    world: &mut IamWorld,
    kind: Kind,
    (action, name_param, document_param): (&str, &str, &str),
    logical: &str,
    step: &Step,
) -> Result<()> {
    let name = world.physical_name(logical)?;
    let mut params = Params::from([
        (name_param.to_owned(), name.clone()),
        (
            document_param.to_owned(),
            compact_json(&world.resolve(doc_string(step)?)?),
        ),
    ]);
    world.under_the_run(action, &mut params);
    call(world, ADMIN, action, params).await?;
    if let Some(arn) = world.last()?.fields.get("Arn").cloned() {
        world.created(kind, logical, Entity { name, arn });
    }
    Ok(())
}

/// PutUserPolicy / PutRolePolicy by the admin, judged by `Then`.
#[when(regex = r#"^the admin puts the inline policy "([^"]+)" on the (user|role) "([^"]+)":$"#)]
async fn admin_puts_inline(
    world: &mut IamWorld,
    policy: String,
    kind: Kind,
    logical: String,
    #[step] step: &Step,
) -> Result<()> {
    let name = world.entity(kind, &logical)?.name.clone();
    let (action, name_param) = if kind == Kind::User {
        ("iam:PutUserPolicy", "UserName")
    } else {
        ("iam:PutRolePolicy", "RoleName")
    };
    let params = Params::from([
        (name_param.to_owned(), name),
        ("PolicyName".to_owned(), policy),
        (
            "PolicyDocument".to_owned(),
            compact_json(&world.resolve(doc_string(step)?)?),
        ),
    ]);
    call(world, ADMIN, action, params).await
}

/// UpdateAssumeRolePolicy by the admin, judged by `Then`.
#[when(regex = r#"^the admin changes the trust policy of the role "([^"]+)" to:$"#)]
async fn admin_changes_trust(
    world: &mut IamWorld,
    role: String,
    #[step] step: &Step,
) -> Result<()> {
    let params = Params::from([
        (
            "RoleName".to_owned(),
            world.entity(Kind::Role, &role)?.name.clone(),
        ),
        (
            "PolicyDocument".to_owned(),
            compact_json(&world.resolve(doc_string(step)?)?),
        ),
    ]);
    call(world, ADMIN, "iam:UpdateAssumeRolePolicy", params).await
}

/// AssumeRole parameters plus those of the step's `| parameter | value |` table.
pub(super) fn assume_params_with_table(
    world: &IamWorld,
    role: &str,
    session: &str,
    step: &Step,
) -> Result<Params> {
    let mut params = assume_params(world, role, session)?;
    params.extend(table_params(world, step)?);
    Ok(params)
}

/// AssumeRole parameters with the step's doc string as the inline session policy.
pub(super) fn assume_params_with_session_policy(
    world: &IamWorld,
    role: &str,
    session: &str,
    step: &Step,
) -> Result<Params> {
    let mut params = assume_params(world, role, session)?;
    params.insert(
        "Policy".to_owned(),
        compact_json(&world.resolve(doc_string(step)?)?),
    );
    Ok(params)
}

pub(super) fn assume_params(world: &IamWorld, role: &str, session: &str) -> Result<Params> {
    let role_arn = world.entity(Kind::Role, role)?.arn.clone();
    Ok(Params::from([
        ("RoleArn".to_owned(), role_arn),
        ("RoleSessionName".to_owned(), session.to_owned()),
    ]))
}

/// `| Parameter | value |` rows, placeholders resolved.
pub(super) fn table_params(world: &IamWorld, step: &Step) -> Result<Params> {
    let table = step
        .table
        .as_ref()
        .context("this step needs a table of | parameter | value | rows")?;
    let mut params = Params::new();
    for row in &table.rows {
        let [name, value] = row.as_slice() else {
            bail!("each row of the table must be | parameter | value |, got {row:?}");
        };
        params.insert(name.clone(), world.resolve(value)?);
    }
    Ok(params)
}

pub(super) async fn call(
    world: &mut IamWorld,
    actor: &str,
    action: &str,
    params: Params,
) -> Result<()> {
    world.last_call = Some((actor.to_owned(), action.to_owned(), params.clone()));
    let who = world.actor(actor)?;
    // What the actor makes lives in the actor's account.
    let home = world.suite.home_of(&who.arn);
    let who = who.identity;
    world.foresee(actor, action, &params);
    let mut called = actions::call(&world.suite.connection, &who, action, &params).await;
    if called.as_ref().is_ok_and(|c| c.attempts > 1) {
        called =
            lost_answers::or_made_by_a_lost_attempt(world, home, action, &params, called).await;
    }
    let called = match called {
        Ok(called) => called,
        Err(e) => {
            world.heard(Answer::silent(action));
            return Err(e);
        }
    };
    world.heard(Answer::of(&called.outcome));
    if called.outcome.is_success() {
        world.succeeded(actor, action, &params, &called.outcome.fields);
    }
    if let Some(made) = called.made {
        world.track(home, made);
    }
    if let Some(undo) = called.undo {
        world.undo_later(home, undo);
    }
    // An actor's new access key is not an actor: only sessions are.
    let session = matches!(
        action,
        "sts:AssumeRole" | "sts:GetSessionToken" | "sts:GetFederationToken"
    );
    if let Some(keys) = called.credentials.filter(|_| session) {
        if let Some(arn) = called.outcome.fields.get("FederatedUserArn") {
            world.add_actor(&format!("{actor}/federation-token"), keys, arn.clone());
        } else if let Some(arn) = called.outcome.fields.get("AssumedRoleArn") {
            // "arn:aws:sts::A:assumed-role/ROLE/SESSION" -> actor "<logical role>/SESSION"
            let session = arn.rsplit('/').next().unwrap_or_default().to_owned();
            let role_name = arn.rsplit('/').nth(1).unwrap_or_default();
            let logical = world
                .logical_role_for(role_name)
                .unwrap_or(role_name)
                .to_owned();
            world.add_actor(&format!("{logical}/{session}"), keys, arn.clone());
        } else {
            // GetSessionToken: the caller's own temporary credentials.
            let arn = world.actor(actor)?.arn;
            world.add_actor(&format!("{actor}/session-token"), keys, arn);
        }
    }
    world.transcript.push((
        actor.to_owned(),
        action.to_owned(),
        params,
        called.outcome.clone(),
    ));
    world.last = Some(called.outcome);
    Ok(())
}

/// Whether repeating a call changes nothing but its answer: reads, and the STS
/// calls that only hand out credentials. Only those are repeated while an
/// assertion waits for IAM changes to propagate.
pub(super) fn repeatable(action: &str) -> bool {
    crate::actions::find(action).is_ok_and(|a| a.repeatable)
}

/// Makes the last call again (same actor, action and parameters).
pub(super) async fn repeat_last(world: &mut IamWorld) -> Result<()> {
    let (actor, action, params) = world.last_call.clone().context("no call to repeat")?;
    // The repeat replaces the answer that did not hold yet: recordings keep one per call.
    world.transcript.pop();
    call(world, &actor, &action, params).await
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_reads_and_credential_calls_are_repeated() {
        for action in [
            "iam:ListUsers",
            "iam:GetRole",
            "sts:GetCallerIdentity",
            "sts:AssumeRole",
            "sts:GetSessionToken",
        ] {
            assert!(super::repeatable(action), "{action}");
        }
        for action in [
            "iam:CreateRole",
            "iam:DeletePolicy",
            "iam:PutRolePolicy",
            "iam:AttachUserPolicy",
        ] {
            assert!(!super::repeatable(action), "{action}");
        }
    }
}

/// Lets time pass, e.g. for credentials to expire. Scenarios that wait long are `@slow`.
#[when(regex = r"^(\d+) seconds pass$")]
async fn seconds_pass(_world: &mut IamWorld, seconds: u64) {
    tokio::time::sleep(std::time::Duration::from_secs(seconds)).await;
}
