//! `When` steps: an actor calls an action; the outcome is kept for `Then`.

use anyhow::{Context, Result, bail};
use cucumber::gherkin::Step;
use cucumber::when;

use crate::actions::{self, Params};
use crate::world::{IamWorld, Kind};

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
    let role_arn = world.entity(Kind::Role, &role)?.arn.clone();
    let params = Params::from([
        ("RoleArn".to_owned(), role_arn),
        ("RoleSessionName".to_owned(), session.clone()),
    ]);
    call(world, &actor, "sts:AssumeRole", params).await?;
    Ok(())
}

async fn call(world: &mut IamWorld, actor: &str, action: &str, params: Params) -> Result<()> {
    let who = world.actor(actor)?.identity.clone();
    let called = actions::call(&world.suite.connection, &who, action, &params).await?;
    if let (Some(keys), Some(arn)) = (
        called.credentials,
        called.outcome.fields.get("AssumedRoleArn"),
    ) {
        // "arn:aws:sts::A:assumed-role/ROLE/SESSION" -> actor "<logical role>/SESSION"
        let session = arn.rsplit('/').next().unwrap_or_default().to_owned();
        let role_name = arn.rsplit('/').nth(1).unwrap_or_default();
        let logical = world
            .logical_role_for(role_name)
            .unwrap_or(role_name)
            .to_owned();
        world.add_actor(&format!("{logical}/{session}"), keys, arn.clone());
    }
    world.last = Some(called.outcome);
    Ok(())
}
