//! `Given` steps: users, roles, managed and inline policies, created by the
//! admin identity under the run's path.

use anyhow::{Context, Result};
use aws_sdk_iam::config::http::HttpResponse;
use aws_sdk_iam::error::{ProvideErrorMetadata, SdkError};
use cucumber::gherkin::Step;
use cucumber::given;

use super::{compact_json, doc_string};
use crate::cleanup::Undo;
use crate::clients::Keys;
use crate::outcome::Answer;
use crate::world::{Entity, IamWorld, Kind};

/// A setup call that failed fails the step, saying what the target answered
/// (code, status, message), not the whole raw reply; the answer is kept for
/// the report's root causes.
fn failed<O>(
    world: &mut IamWorld,
    action: &'static str,
    what: String,
) -> impl FnOnce(SdkError<O, HttpResponse>) -> anyhow::Error
where
    O: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
{
    move |e| match crate::outcome::from_error(action, e) {
        Ok(outcome) => {
            world.heard(Answer::of(&outcome));
            let detail = outcome.to_string();
            let detail = detail.strip_prefix(action).unwrap_or(&detail);
            anyhow::anyhow!("setting the scene failed: {what}{detail}")
        }
        Err(nothing_answered) => {
            world.heard(Answer::silent(action));
            anyhow::anyhow!("setting the scene failed: {what}: {nothing_answered:#}")
        }
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
        .set_tags(world.suite.run_tags())
        .send()
        .await
        .map_err(failed(
            world,
            "iam:CreateUser",
            format!("CreateUser {name}"),
        ))?;
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
            .map_err(failed(
                world,
                "iam:CreateAccessKey",
                format!("CreateAccessKey {name}"),
            ))?;
        let key = key
            .access_key()
            .context("CreateAccessKey returned no key")?;
        world.undo_later(Undo::AccessKey {
            user: name.clone(),
            key_id: key.access_key_id().to_owned(),
        });
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
        .set_tags(world.suite.run_tags())
        .policy_document(document)
        .send()
        .await
        .map_err(failed(
            world,
            "iam:CreatePolicy",
            format!("CreatePolicy {name}"),
        ))?;
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
    let request = world
        .suite
        .iam_admin()
        .create_role()
        .role_name(&name)
        .path(&world.suite.path)
        .set_tags(world.suite.run_tags())
        .assume_role_policy_document(trust);
    let created = until_principals_exist(world.suite.deadline, || request.clone().send())
        .await
        .map_err(failed(
            world,
            "iam:CreateRole",
            format!("CreateRole {name}"),
        ))?;
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
    let kind = Kind::parse(&kind)?;
    let name = world.entity(kind, &logical)?.name.clone();
    let what = format!("attaching {policy} to {logical}");
    if kind == Kind::User {
        iam.attach_user_policy()
            .user_name(&name)
            .policy_arn(&arn)
            .send()
            .await
            .map_err(failed(world, "iam:AttachUserPolicy", what))?;
        world.undo_later(Undo::UserAttachment { user: name, arn });
    } else {
        iam.attach_role_policy()
            .role_name(&name)
            .policy_arn(&arn)
            .send()
            .await
            .map_err(failed(world, "iam:AttachRolePolicy", what))?;
        world.undo_later(Undo::RoleAttachment { role: name, arn });
    }
    Ok(())
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
    let kind = Kind::parse(&kind)?;
    let name = world.entity(kind, &logical)?.name.clone();
    let what = format!("putting the inline policy {policy} on {logical}");
    if kind == Kind::User {
        let request = iam
            .put_user_policy()
            .user_name(&name)
            .policy_name(&policy)
            .policy_document(document);
        request
            .send()
            .await
            .map_err(failed(world, "iam:PutUserPolicy", what))?;
        world.undo_later(Undo::UserInline { user: name, policy });
    } else {
        let request = iam
            .put_role_policy()
            .role_name(&name)
            .policy_name(&policy)
            .policy_document(document);
        request
            .send()
            .await
            .map_err(failed(world, "iam:PutRolePolicy", what))?;
        world.undo_later(Undo::RoleInline { role: name, policy });
    }
    Ok(())
}

#[given(regex = r#"^a group "([^"]+)"$"#)]
async fn a_group(world: &mut IamWorld, logical: String) -> Result<()> {
    let name = world.physical_name(&logical)?;
    let created = world
        .suite
        .iam_admin()
        .create_group()
        .group_name(&name)
        .path(&world.suite.path)
        .send()
        .await
        .map_err(failed(
            world,
            "iam:CreateGroup",
            format!("CreateGroup {name}"),
        ))?;
    let arn = created
        .group()
        .context("CreateGroup returned no group")?
        .arn()
        .to_owned();
    world.created(Kind::Group, &logical, Entity { name, arn });
    Ok(())
}

#[given(regex = r#"^the user "([^"]+)" is a member of the group "([^"]+)"$"#)]
async fn member_of(world: &mut IamWorld, user: String, group: String) -> Result<()> {
    let user_name = world.entity(Kind::User, &user)?.name.clone();
    let group_name = world.entity(Kind::Group, &group)?.name.clone();
    let request = world
        .suite
        .iam_admin()
        .add_user_to_group()
        .user_name(&user_name)
        .group_name(&group_name);
    request.send().await.map_err(failed(
        world,
        "iam:AddUserToGroup",
        format!("adding {user} to the group {group}"),
    ))?;
    world.undo_later(Undo::Membership {
        user: user_name,
        group: group_name,
    });
    Ok(())
}

#[given(regex = r#"^the managed policy "([^"]+)" is attached to the group "([^"]+)"$"#)]
async fn policy_attached_to_group(
    world: &mut IamWorld,
    policy: String,
    group: String,
) -> Result<()> {
    let arn = world.entity(Kind::Policy, &policy)?.arn.clone();
    let name = world.entity(Kind::Group, &group)?.name.clone();
    let request = world
        .suite
        .iam_admin()
        .attach_group_policy()
        .group_name(&name)
        .policy_arn(&arn);
    request.send().await.map_err(failed(
        world,
        "iam:AttachGroupPolicy",
        format!("attaching {policy} to the group {group}"),
    ))?;
    world.undo_later(Undo::GroupAttachment { group: name, arn });
    Ok(())
}

#[given(regex = r#"^the group "([^"]+)" has an inline policy "([^"]+)":$"#)]
async fn group_inline_policy(
    world: &mut IamWorld,
    group: String,
    policy: String,
    #[step] step: &Step,
) -> Result<()> {
    let document = compact_json(&world.resolve(doc_string(step)?)?);
    let name = world.entity(Kind::Group, &group)?.name.clone();
    let request = world
        .suite
        .iam_admin()
        .put_group_policy()
        .group_name(&name)
        .policy_name(&policy)
        .policy_document(document);
    request.send().await.map_err(failed(
        world,
        "iam:PutGroupPolicy",
        format!("putting the inline policy {policy} on the group {group}"),
    ))?;
    world.undo_later(Undo::GroupInline {
        group: name,
        policy,
    });
    Ok(())
}

#[given(regex = r#"^the (user|role) "([^"]+)" has the permissions boundary "([^"]+)"$"#)]
async fn boundary(
    world: &mut IamWorld,
    kind: String,
    logical: String,
    policy: String,
) -> Result<()> {
    let arn = world.entity(Kind::Policy, &policy)?.arn.clone();
    let name = world.entity(Kind::parse(&kind)?, &logical)?.name.clone();
    let iam = world.suite.iam_admin();
    let what = format!("setting {policy} as the permissions boundary of the {kind} {logical}");
    match Kind::parse(&kind)? {
        Kind::User => iam
            .put_user_permissions_boundary()
            .user_name(name)
            .permissions_boundary(arn)
            .send()
            .await
            .map(drop)
            .map_err(failed(world, "iam:PutUserPermissionsBoundary", what)),
        _ => iam
            .put_role_permissions_boundary()
            .role_name(name)
            .permissions_boundary(arn)
            .send()
            .await
            .map(drop)
            .map_err(failed(world, "iam:PutRolePermissionsBoundary", what)),
    }
}

#[given(regex = r#"^the role "([^"]+)" has a maximum session duration of (\d+) seconds$"#)]
async fn max_session_duration(world: &mut IamWorld, role: String, seconds: i32) -> Result<()> {
    let name = world.entity(Kind::Role, &role)?.name.clone();
    world
        .suite
        .iam_admin()
        .update_role()
        .role_name(name)
        .max_session_duration(seconds)
        .send()
        .await
        .map(drop)
        .map_err(failed(
            world,
            "iam:UpdateRole",
            format!("setting the maximum session duration of {role}"),
        ))
}

#[given(regex = r#"^the (user|role) "([^"]+)" has the tag "([^"]+)" with value "([^"]*)"$"#)]
async fn tagged(
    world: &mut IamWorld,
    kind: String,
    logical: String,
    key: String,
    value: String,
) -> Result<()> {
    let name = world.entity(Kind::parse(&kind)?, &logical)?.name.clone();
    let iam = world.suite.iam_admin();
    let what = format!("tagging the {kind} {logical}");
    match Kind::parse(&kind)? {
        Kind::User => {
            let tag = aws_sdk_iam::types::Tag::builder()
                .key(key)
                .value(value)
                .build()?;
            iam.tag_user()
                .user_name(name)
                .tags(tag)
                .send()
                .await
                .map(drop)
                .map_err(failed(world, "iam:TagUser", what))
        }
        _ => {
            let tag = aws_sdk_iam::types::Tag::builder()
                .key(key)
                .value(value)
                .build()?;
            iam.tag_role()
                .role_name(name)
                .tags(tag)
                .send()
                .await
                .map(drop)
                .map_err(failed(world, "iam:TagRole", what))
        }
    }
}

#[given(regex = r#"^the trust policy of the role "([^"]+)" is changed to:$"#)]
async fn trust_changed(world: &mut IamWorld, role: String, #[step] step: &Step) -> Result<()> {
    let trust = compact_json(&world.resolve(doc_string(step)?)?);
    let name = world.entity(Kind::Role, &role)?.name.clone();
    let request = world
        .suite
        .iam_admin()
        .update_assume_role_policy()
        .role_name(name)
        .policy_document(trust);
    until_principals_exist(world.suite.deadline, || request.clone().send())
        .await
        .map(drop)
        .map_err(failed(
            world,
            "iam:UpdateAssumeRolePolicy",
            format!("changing the trust policy of {role}"),
        ))
}

/// On AWS a principal created a moment ago may not be accepted in a trust
/// policy yet ("Invalid principal in policy"); within the consistency deadline
/// the call is repeated with backoff. Emulators have no deadline: one try.
async fn until_principals_exist<T, O, F, Fut>(
    deadline: std::time::Duration,
    mut send: F,
) -> Result<T, SdkError<O, HttpResponse>>
where
    O: ProvideErrorMetadata,
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, SdkError<O, HttpResponse>>>,
{
    let started = std::time::Instant::now();
    let mut backoff = crate::consistency::FIRST_BACKOFF;
    loop {
        let result = send().await;
        let transient = matches!(&result, Err(e) if e.code() == Some("MalformedPolicyDocument")
            && e.message().is_some_and(|m| m.contains("Invalid principal")));
        if !transient || started.elapsed() + backoff > deadline {
            return result;
        }
        tokio::time::sleep(backoff).await;
        backoff = (backoff * 2).min(crate::consistency::MAX_BACKOFF);
    }
}

/// The user is deleted and a new one with the same name and path is created,
/// with new access keys (IAM gives it a new unique id).
#[given(regex = r#"^the user "([^"]+)" is deleted and created again with new access keys$"#)]
async fn user_recreated(world: &mut IamWorld, logical: String) -> Result<()> {
    let name = world.entity(Kind::User, &logical)?.name.clone();
    let iam = world.suite.iam_admin();
    crate::cleanup::delete_user(&iam, &name).await?;
    iam.create_user()
        .user_name(&name)
        .path(&world.suite.path)
        .set_tags(world.suite.run_tags())
        .send()
        .await
        .map_err(failed(
            world,
            "iam:CreateUser",
            format!("CreateUser {name} again"),
        ))?;
    let key = iam
        .create_access_key()
        .user_name(&name)
        .send()
        .await
        .map_err(failed(
            world,
            "iam:CreateAccessKey",
            format!("CreateAccessKey {name}"),
        ))?;
    let key = key
        .access_key()
        .context("CreateAccessKey returned no key")?;
    let arn = world.entity(Kind::User, &logical)?.arn.clone();
    world.add_actor(
        &logical,
        Keys::long_term(key.access_key_id(), key.secret_access_key()),
        arn,
    );
    Ok(())
}

#[given(regex = r#"^the access key of "([^"]+)" is (deactivated|deleted)$"#)]
async fn access_key_changed(world: &mut IamWorld, logical: String, change: String) -> Result<()> {
    let key_id = world.actor(&logical)?.keys()?.access_key_id.clone();
    let name = world.entity(Kind::User, &logical)?.name.clone();
    let iam = world.suite.iam_admin();
    let what = format!("{change} the access key of {logical}");
    if change == "deleted" {
        iam.delete_access_key()
            .user_name(name)
            .access_key_id(key_id)
            .send()
            .await
            .map(drop)
            .map_err(failed(world, "iam:DeleteAccessKey", what))
    } else {
        iam.update_access_key()
            .user_name(name)
            .access_key_id(key_id)
            .status(aws_sdk_iam::types::StatusType::Inactive)
            .send()
            .await
            .map(drop)
            .map_err(failed(world, "iam:UpdateAccessKey", what))
    }
}

/// Credentials that are wrong on purpose, derived from a real actor's.
#[given(
    regex = r#"^"([^"]+)" uses the credentials of "([^"]+)" with (a wrong secret|no session token|a wrong session token)$"#
)]
async fn altered_credentials(
    world: &mut IamWorld,
    name: String,
    of: String,
    change: String,
) -> Result<()> {
    let actor = world.actor(&of)?;
    let mut keys = actor.keys()?.clone();
    match change.as_str() {
        "a wrong secret" => keys = keys.with_wrong_secret(),
        "no session token" => keys.session_token = None,
        _ => {
            let token = keys
                .session_token
                .as_ref()
                .context("only session credentials carry a session token")?;
            keys.session_token = Some(crate::clients::Secret::new(altered_in_the_middle(
                token.expose(),
            )));
        }
    }
    world.add_actor(&name, keys, actor.arn);
    Ok(())
}

/// The token with one character in its middle changed. The last character of
/// a base64 text may carry only padding bits, so changing it might change nothing.
fn altered_in_the_middle(token: &str) -> String {
    let mut chars: Vec<char> = token.chars().collect();
    let middle = chars.len() / 2;
    if let Some(c) = chars.get_mut(middle) {
        *c = if *c == 'A' { 'B' } else { 'A' };
    }
    chars.into_iter().collect()
}

#[given(regex = r#"^"([^"]+)" uses an access key that does not exist$"#)]
async fn unknown_key(world: &mut IamWorld, name: String) -> Result<()> {
    // Well-formed (AKIA + 16 characters), unique to this scenario, issued by nobody.
    let seed: String = world
        .physical_name("Q")?
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let id = format!(
        "AKIA{:Q<16}",
        seed.to_uppercase()
            .chars()
            .rev()
            .take(16)
            .collect::<String>()
    );
    world.add_actor(
        &name,
        Keys::long_term(id, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        String::new(),
    );
    Ok(())
}

#[given(regex = r#"^a policy document "([^"]+)":$"#)]
async fn a_document(world: &mut IamWorld, name: String, #[step] step: &Step) -> Result<()> {
    let text = world.resolve(doc_string(step)?)?;
    world.add_document(&name, compact_json(&text));
    Ok(())
}

/// A valid document whose compact size is at least `size` characters: one
/// statement allowing `action` on many distinct user ARNs.
#[given(regex = r#"^a policy document "([^"]+)" of at least (\d+) characters allowing "([^"]+)"$"#)]
async fn a_large_document(
    world: &mut IamWorld,
    name: String,
    size: usize,
    action: String,
) -> Result<()> {
    world.add_document(&name, large_document(&world.suite.account, size, &action));
    Ok(())
}

fn large_document(account: &str, size: usize, action: &str) -> String {
    let mut resources = Vec::new();
    let mut doc = String::new();
    while doc.len() < size {
        resources.push(format!(
            "arn:aws:iam::{account}:user/padding-{:05}",
            resources.len()
        ));
        doc = serde_json::json!({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": action, "Resource": resources}]
        })
        .to_string();
    }
    doc
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_altered_token_differs_in_the_middle_only() {
        let token = "FwoGZXIvYXdzEJr//////////wEaDAbc+def/ghi==";
        let altered = super::altered_in_the_middle(token);
        assert_eq!(altered.len(), token.len());
        let differing: Vec<usize> = (0..token.len())
            .filter(|&i| token.as_bytes()[i] != altered.as_bytes()[i])
            .collect();
        assert_eq!(differing, [token.len() / 2]);
        assert_eq!(super::altered_in_the_middle("AAAA"), "AABA");
    }

    #[test]
    fn large_documents_are_valid_json_of_the_asked_size() {
        let doc = super::large_document("123456789012", 6200, "iam:GetUser");
        assert!(doc.len() >= 6200 && doc.len() < 6300, "{}", doc.len());
        let value: serde_json::Value = serde_json::from_str(&doc).unwrap();
        assert_eq!(value["Statement"][0]["Action"], "iam:GetUser");
    }
}
