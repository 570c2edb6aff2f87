//! `Given` steps: users, roles, managed and inline policies, created by the
//! admin identity under the run's path.

use anyhow::{Context, Result};
use aws_sdk_iam::error::DisplayErrorContext;
use cucumber::gherkin::Step;
use cucumber::given;

use super::{compact_json, doc_string};
use crate::clients::Keys;
use crate::world::{Entity, IamWorld, Kind};

fn failed<E: std::error::Error>(what: String) -> impl FnOnce(E) -> anyhow::Error {
    move |e| {
        anyhow::anyhow!(
            "setting the scene failed: {what}: {}",
            DisplayErrorContext(e)
        )
    }
}

#[given(regex = r#"^a user "([^"]+)"( with access keys)?$"#)]
async fn a_user(world: &mut IamWorld, logical: String, with_keys: String) -> Result<()> {
    let name = world.physical_name(&logical)?;
    let iam = world.suite.iam_admin();
    let created = iam
        .create_user()
        .user_name(&name)
        .path(&world.suite.path)
        .send()
        .await
        .map_err(failed(format!("CreateUser {name}")))?;
    let arn = created
        .user()
        .context("CreateUser returned no user")?
        .arn()
        .to_owned();
    world.created(
        Kind::User,
        &logical,
        Entity {
            name: name.clone(),
            arn: arn.clone(),
        },
    );
    if !with_keys.is_empty() {
        let key = iam
            .create_access_key()
            .user_name(&name)
            .send()
            .await
            .map_err(failed(format!("CreateAccessKey {name}")))?;
        let key = key
            .access_key()
            .context("CreateAccessKey returned no key")?;
        world.add_actor(
            &logical,
            Keys::long_term(key.access_key_id(), key.secret_access_key()),
            arn,
        );
    }
    Ok(())
}

#[given(regex = r#"^a managed policy "([^"]+)":$"#)]
async fn a_managed_policy(
    world: &mut IamWorld,
    logical: String,
    #[step] step: &Step,
) -> Result<()> {
    let name = world.physical_name(&logical)?;
    let document = compact_json(&world.resolve(doc_string(step)?)?);
    let created = world
        .suite
        .iam_admin()
        .create_policy()
        .policy_name(&name)
        .path(&world.suite.path)
        .policy_document(document)
        .send()
        .await
        .map_err(failed(format!("CreatePolicy {name}")))?;
    let arn = created
        .policy()
        .and_then(|p| p.arn())
        .context("CreatePolicy returned no ARN")?
        .to_owned();
    world.created(Kind::Policy, &logical, Entity { name, arn });
    Ok(())
}

#[given(regex = r#"^a role "([^"]+)" whose trust policy is:$"#)]
async fn a_role(world: &mut IamWorld, logical: String, #[step] step: &Step) -> Result<()> {
    let name = world.physical_name(&logical)?;
    let trust = compact_json(&world.resolve(doc_string(step)?)?);
    let created = world
        .suite
        .iam_admin()
        .create_role()
        .role_name(&name)
        .path(&world.suite.path)
        .assume_role_policy_document(trust)
        .send()
        .await
        .map_err(failed(format!("CreateRole {name}")))?;
    let arn = created
        .role()
        .context("CreateRole returned no role")?
        .arn()
        .to_owned();
    world.created(Kind::Role, &logical, Entity { name, arn });
    Ok(())
}

#[given(regex = r#"^the managed policy "([^"]+)" is attached to the (user|role) "([^"]+)"$"#)]
async fn policy_attached(
    world: &mut IamWorld,
    policy: String,
    kind: String,
    logical: String,
) -> Result<()> {
    let arn = world.entity(Kind::Policy, &policy)?.arn.clone();
    let iam = world.suite.iam_admin();
    let name = world.entity(Kind::parse(&kind)?, &logical)?.name.clone();
    let what = format!("attaching {policy} to the {kind} {logical}");
    match Kind::parse(&kind)? {
        Kind::User => iam
            .attach_user_policy()
            .user_name(name)
            .policy_arn(arn)
            .send()
            .await
            .map(drop)
            .map_err(failed(what)),
        _ => iam
            .attach_role_policy()
            .role_name(name)
            .policy_arn(arn)
            .send()
            .await
            .map(drop)
            .map_err(failed(what)),
    }
}

#[given(regex = r#"^the (user|role) "([^"]+)" has an inline policy "([^"]+)":$"#)]
async fn inline_policy(
    world: &mut IamWorld,
    kind: String,
    logical: String,
    policy: String,
    #[step] step: &Step,
) -> Result<()> {
    let document = compact_json(&world.resolve(doc_string(step)?)?);
    let iam = world.suite.iam_admin();
    let name = world.entity(Kind::parse(&kind)?, &logical)?.name.clone();
    let what = format!("putting the inline policy {policy} on the {kind} {logical}");
    match Kind::parse(&kind)? {
        Kind::User => iam
            .put_user_policy()
            .user_name(name)
            .policy_name(policy)
            .policy_document(document)
            .send()
            .await
            .map(drop)
            .map_err(failed(what)),
        _ => iam
            .put_role_policy()
            .role_name(name)
            .policy_name(policy)
            .policy_document(document)
            .send()
            .await
            .map(drop)
            .map_err(failed(what)),
    }
}
