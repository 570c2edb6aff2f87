//! `Given` steps: users, roles, managed and inline policies, created by the
//! admin identity under the run's path. Every request goes through the action
//! gateway ([`crate::actions::call`]), as the admin, so that the retry policy,
//! the error shape and the undo of each action are the ones scenarios get.

use std::time::Duration;

use anyhow::{Context, Result, bail};
use cucumber::gherkin::Step;
use cucumber::given;

use super::{compact_json, doc_string, lost_answers};
use crate::actions::{self, Before, Called, Params};
use crate::cleanup;
use crate::clients::{Keys, Signing};
use crate::consistency::{WallClock, settle};
use crate::mfa::MfaDevice;
use crate::outcome::Answer;
use crate::world::{Entity, Home, IamWorld, Kind};

/// Sends `action` as the admin. What it undoes is scheduled from the action
/// table; a refusal fails the step saying what the target answered (code,
/// status, message), and the answer is kept for the report's root causes.
async fn as_admin(
    world: &mut IamWorld,
    home: Home,
    action: &str,
    params: &[(&str, &str)],
    what: &str,
) -> Result<Called> {
    as_admin_after(world, home, action, params, what, Before::Unknown).await
}

/// [`as_admin`], told what the entity the action adds to held before.
async fn as_admin_after(
    world: &mut IamWorld,
    home: Home,
    action: &str,
    params: &[(&str, &str)],
    what: &str,
    before: Before,
) -> Result<Called> {
    let params = to_params(world, action, params);
    let admin = world.suite.admin_of(home)?.clone();
    let called =
        actions::call_after(&world.suite.connection, &admin, action, &params, before).await;
    let called =
        lost_answers::or_made_by_a_lost_attempt(world, home, action, &params, called).await;
    answered(world, home, action, &params, what, called)
}

/// The run's parameters for a setup call: its path and, where the target
/// wants it (real AWS), the run tag on what it creates.
fn to_params(world: &IamWorld, action: &str, given: &[(&str, &str)]) -> Params {
    let mut params: Params = given
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    world.under_the_run(action, &mut params);
    params
}

/// Turns a setup call's result into the step's: the answer is heard, the
/// undo scheduled, a refusal or silence is the step's failure.
fn answered(
    world: &mut IamWorld,
    home: Home,
    action: &str,
    params: &Params,
    what: &str,
    called: Result<Called>,
) -> Result<Called> {
    // The admin's call is the latest: no actor's call is where a scenario stops now.
    world.foreseen = None;
    let called = match called {
        Ok(called) => called,
        Err(nothing_answered) => {
            world.heard(Answer::silent(action));
            bail!("setting the scene failed: {what}: {nothing_answered:#}");
        }
    };
    world.heard(Answer::of(&called.outcome));
    if !called.outcome.is_success() {
        let detail = called.outcome.to_string();
        let detail = detail.strip_prefix(action).unwrap_or(&detail);
        bail!("setting the scene failed: {what}{detail}");
    }
    if let Some(undo) = called.undo.clone() {
        world.undo_later(home, undo);
    }
    world.succeeded(crate::world::ADMIN, action, params, &called.outcome.fields);
    Ok(called)
}

/// A response field a successful setup call must have.
fn field(called: &Called, name: &str) -> Result<String> {
    called
        .outcome
        .fields
        .get(name)
        .cloned()
        .with_context(|| format!("{} answered no {name}", called.outcome.action))
}

#[given(regex = r#"^a user "([^"]+)"( with access keys)?( in the second account)?$"#)]
async fn a_user(
    world: &mut IamWorld,
    logical: String,
    with_keys: String,
    home: Home,
) -> Result<()> {
    let name = world.physical_name(&logical)?;
    let created = as_admin(
        world,
        home,
        "iam:CreateUser",
        &[("UserName", &name)],
        &format!("CreateUser {name}"),
    )
    .await?;
    let arn = field(&created, "Arn")?;
    world.created(
        Kind::User,
        &logical,
        Entity {
            name: name.clone(),
            arn: arn.clone(),
        },
    );
    if !with_keys.is_empty() {
        let keys = new_access_key(world, home, &name).await?;
        world.add_actor(&logical, keys, arn);
    }
    Ok(())
}

/// A new access key of the user `name`, made in the same step and so
/// holding no key yet; deleted before the user at cleanup.
async fn new_access_key(world: &mut IamWorld, home: Home, name: &str) -> Result<Keys> {
    let created = as_admin_after(
        world,
        home,
        "iam:CreateAccessKey",
        &[("UserName", name)],
        &format!("CreateAccessKey {name}"),
        Before::Nothing,
    )
    .await?;
    created
        .credentials
        .context("CreateAccessKey returned no key")
}

#[given(regex = r#"^a managed policy "([^"]+)"( in the second account)?:$"#)]
async fn a_managed_policy(
    world: &mut IamWorld,
    logical: String,
    home: Home,
    #[step] step: &Step,
) -> Result<()> {
    let name = world.physical_name(&logical)?;
    let document = compact_json(&world.resolve(doc_string(step)?)?);
    let created = as_admin(
        world,
        home,
        "iam:CreatePolicy",
        &[("PolicyName", &name), ("PolicyDocument", &document)],
        &format!("CreatePolicy {name}"),
    )
    .await?;
    let arn = field(&created, "Arn")?;
    world.created(Kind::Policy, &logical, Entity { name, arn });
    Ok(())
}

#[given(regex = r#"^a role "([^"]+)"( in the second account)? whose trust policy is:$"#)]
async fn a_role(
    world: &mut IamWorld,
    logical: String,
    home: Home,
    #[step] step: &Step,
) -> Result<()> {
    let name = world.physical_name(&logical)?;
    let trust = compact_json(&world.resolve(doc_string(step)?)?);
    let created = until_principals_exist(
        world,
        home,
        "iam:CreateRole",
        &[("RoleName", &name), ("AssumeRolePolicyDocument", &trust)],
        &format!("CreateRole {name}"),
    )
    .await?;
    let arn = field(&created, "Arn")?;
    world.created(Kind::Role, &logical, Entity { name, arn });
    Ok(())
}

#[given(regex = r#"^the managed policy "([^"]+)" is attached to the (user|role) "([^"]+)"$"#)]
async fn policy_attached(
    world: &mut IamWorld,
    policy: String,
    kind: Kind,
    logical: String,
) -> Result<()> {
    let arn = world.entity(Kind::Policy, &policy)?.arn.clone();
    let name = world.entity(kind, &logical)?.name.clone();
    let what = format!("attaching {policy} to {logical}");
    let (action, named) = match kind {
        Kind::User => ("iam:AttachUserPolicy", "UserName"),
        _ => ("iam:AttachRolePolicy", "RoleName"),
    };
    let home = world.home(kind, &logical)?;
    as_admin(
        world,
        home,
        action,
        &[(named, &name), ("PolicyArn", &arn)],
        &what,
    )
    .await?;
    Ok(())
}

#[given(regex = r#"^the (user|role) "([^"]+)" has an inline policy "([^"]+)":$"#)]
async fn inline_policy(
    world: &mut IamWorld,
    kind: Kind,
    logical: String,
    policy: String,
    #[step] step: &Step,
) -> Result<()> {
    let document = compact_json(&world.resolve(doc_string(step)?)?);
    let name = world.entity(kind, &logical)?.name.clone();
    let what = format!("putting the inline policy {policy} on {logical}");
    let (action, named) = match kind {
        Kind::User => ("iam:PutUserPolicy", "UserName"),
        _ => ("iam:PutRolePolicy", "RoleName"),
    };
    let params = [
        (named, name.as_str()),
        ("PolicyName", &policy),
        ("PolicyDocument", &document),
    ];
    let home = world.home(kind, &logical)?;
    as_admin(world, home, action, &params, &what).await?;
    Ok(())
}

#[given(regex = r#"^a group "([^"]+)"( in the second account)?$"#)]
async fn a_group(world: &mut IamWorld, logical: String, home: Home) -> Result<()> {
    let name = world.physical_name(&logical)?;
    let created = as_admin(
        world,
        home,
        "iam:CreateGroup",
        &[("GroupName", &name)],
        &format!("CreateGroup {name}"),
    )
    .await?;
    let arn = field(&created, "Arn")?;
    world.created(Kind::Group, &logical, Entity { name, arn });
    Ok(())
}

/// A virtual MFA device of the user's, enabled with its last two codes; its
/// seed stays a secret of the run, its codes come from `${mfa-code:…}`.
#[given(regex = r#"^the user "([^"]+)" has a virtual MFA device$"#)]
async fn mfa_device(world: &mut IamWorld, logical: String) -> Result<()> {
    let user = world.entity(Kind::User, &logical)?.name.clone();
    let home = world.home(Kind::User, &logical)?;
    let name = world.physical_name(&format!("{logical}Device"))?;
    let created = as_admin(
        world,
        home,
        "iam:CreateVirtualMFADevice",
        &[("VirtualMFADeviceName", &name)],
        &format!("CreateVirtualMFADevice {name}"),
    )
    .await?;
    let serial = field(&created, "SerialNumber")?;
    world.track(home, cleanup::Entity::MfaDevice(serial.clone()));
    let seed = created
        .mfa_seed
        .as_ref()
        .context("CreateVirtualMFADevice answered no Base32StringSeed")?;
    let device = MfaDevice::new(serial.clone(), seed)?;
    let (code1, code2) = device.enabling_codes();
    as_admin(
        world,
        home,
        "iam:EnableMFADevice",
        &[
            ("UserName", &user),
            ("SerialNumber", &serial),
            ("AuthenticationCode1", &code1),
            ("AuthenticationCode2", &code2),
        ],
        &format!("enabling the MFA device of {logical}"),
    )
    .await?;
    world.add_mfa_device(&logical, device);
    Ok(())
}

#[given(regex = r#"^the user "([^"]+)" is a member of the group "([^"]+)"$"#)]
async fn member_of(world: &mut IamWorld, user: String, group: String) -> Result<()> {
    let user_name = world.entity(Kind::User, &user)?.name.clone();
    let group_name = world.entity(Kind::Group, &group)?.name.clone();
    let what = format!("adding {user} to the group {group}");
    let home = world.home(Kind::User, &user)?;
    as_admin(
        world,
        home,
        "iam:AddUserToGroup",
        &[("UserName", &user_name), ("GroupName", &group_name)],
        &what,
    )
    .await?;
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
    let what = format!("attaching {policy} to the group {group}");
    let home = world.home(Kind::Group, &group)?;
    as_admin(
        world,
        home,
        "iam:AttachGroupPolicy",
        &[("GroupName", &name), ("PolicyArn", &arn)],
        &what,
    )
    .await?;
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
    let what = format!("putting the inline policy {policy} on the group {group}");
    let params = [
        ("GroupName", name.as_str()),
        ("PolicyName", &policy),
        ("PolicyDocument", &document),
    ];
    let home = world.home(Kind::Group, &group)?;
    as_admin(world, home, "iam:PutGroupPolicy", &params, &what).await?;
    Ok(())
}

const AWS_MANAGED_POLICY: &str = "arn:aws:iam::aws:policy/";

#[given(regex = r#"^the (user|role) "([^"]+)" has the permissions boundary "([^"]+)"$"#)]
async fn boundary(world: &mut IamWorld, kind: Kind, logical: String, policy: String) -> Result<()> {
    // An AWS managed policy is named by its ARN; the scenario's own by name.
    let arn = if policy.starts_with(AWS_MANAGED_POLICY) {
        policy.clone()
    } else {
        world.entity(Kind::Policy, &policy)?.arn.clone()
    };
    let name = world.entity(kind, &logical)?.name.clone();
    let what = format!("setting {policy} as the permissions boundary of the {kind} {logical}");
    let (action, named) = match kind {
        Kind::User => ("iam:PutUserPermissionsBoundary", "UserName"),
        _ => ("iam:PutRolePermissionsBoundary", "RoleName"),
    };
    let home = world.home(kind, &logical)?;
    as_admin(
        world,
        home,
        action,
        &[(named, &name), ("PermissionsBoundary", &arn)],
        &what,
    )
    .await?;
    Ok(())
}

#[given(regex = r#"^the role "([^"]+)" has a maximum session duration of (\d+) seconds$"#)]
async fn max_session_duration(world: &mut IamWorld, role: String, seconds: i32) -> Result<()> {
    let name = world.entity(Kind::Role, &role)?.name.clone();
    let what = format!("setting the maximum session duration of {role}");
    let seconds = seconds.to_string();
    let home = world.home(Kind::Role, &role)?;
    as_admin(
        world,
        home,
        "iam:UpdateRole",
        &[("RoleName", &name), ("MaxSessionDuration", &seconds)],
        &what,
    )
    .await?;
    Ok(())
}

#[given(regex = r#"^the (user|role) "([^"]+)" has the tag "([^"]+)" with value "([^"]*)"$"#)]
async fn tagged(
    world: &mut IamWorld,
    kind: Kind,
    logical: String,
    key: String,
    value: String,
) -> Result<()> {
    let name = world.entity(kind, &logical)?.name.clone();
    let what = format!("tagging the {kind} {logical}");
    let (action, named) = match kind {
        Kind::User => ("iam:TagUser", "UserName"),
        _ => ("iam:TagRole", "RoleName"),
    };
    // The Tags parameter is "key=value" pairs split at commas and trimmed: a
    // tag that cannot travel that way exactly is refused, not changed.
    if [&key, &value]
        .iter()
        .any(|t| t.contains(',') || t.trim() != t.as_str())
        || key.contains('=')
    {
        bail!(
            "the tag {key:?} = {value:?} holds a comma, an '=' in its key, or outer spaces, which the Tags parameter cannot carry"
        );
    }
    let tag = format!("{key}={value}");
    let home = world.home(kind, &logical)?;
    as_admin(
        world,
        home,
        action,
        &[(named, &name), ("Tags", &tag)],
        &what,
    )
    .await?;
    Ok(())
}

#[given(regex = r#"^the trust policy of the role "([^"]+)" is changed to:$"#)]
async fn trust_changed(world: &mut IamWorld, role: String, #[step] step: &Step) -> Result<()> {
    let trust = compact_json(&world.resolve(doc_string(step)?)?);
    let name = world.entity(Kind::Role, &role)?.name.clone();
    let what = format!("changing the trust policy of {role}");
    let home = world.home(Kind::Role, &role)?;
    until_principals_exist(
        world,
        home,
        "iam:UpdateAssumeRolePolicy",
        &[("RoleName", &name), ("PolicyDocument", &trust)],
        &what,
    )
    .await?;
    Ok(())
}

/// On AWS a principal created a moment ago may not be accepted in a trust
/// policy yet ("Invalid principal in policy"); within the consistency deadline
/// the call is repeated with backoff. Emulators have no deadline: one try.
async fn until_principals_exist(
    world: &mut IamWorld,
    home: Home,
    action: &str,
    params: &[(&str, &str)],
    what: &str,
) -> Result<Called> {
    /// What each attempt needs, owned: the poller lends only its state to an attempt.
    struct Attempt {
        suite: std::sync::Arc<crate::world::Suite>,
        admin: crate::clients::Identity,
        action: String,
        params: Params,
        last: Option<Result<Called>>,
    }
    let mut attempt = Attempt {
        suite: world.suite.clone(),
        admin: world.suite.admin_of(home)?.clone(),
        action: action.to_owned(),
        params: to_params(world, action, params),
        last: None,
    };
    settle(
        &WallClock::start(),
        world.suite.deadline,
        &mut attempt,
        |a, _| {
            Box::pin(async {
                let called =
                    actions::call(&a.suite.connection, &a.admin, &a.action, &a.params).await;
                let transient = called.as_ref().is_ok_and(|c| {
                    c.outcome.error.as_ref().is_some_and(|e| {
                        e.code == "MalformedPolicyDocument"
                            && e.message.contains("Invalid principal")
                    })
                });
                a.last = Some(called);
                if transient { Err(()) } else { Ok(()) }
            })
        },
    )
    .await;
    let called = attempt.last.expect("settle makes at least one attempt");
    let called =
        lost_answers::or_made_by_a_lost_attempt(world, home, action, &attempt.params, called).await;
    answered(world, home, action, &attempt.params, what, called)
}

/// Deletes the scenario's user or role `entity` as the admin, through the
/// gateway: first what the scenario hung off it (keys, policies, attachments,
/// memberships, MFA devices: its scheduled undos), then the entity itself.
/// A dependent the scenario already removed answers NoSuchEntity, which is fine.
async fn delete_now(world: &mut IamWorld, home: Home, entity: cleanup::Entity) -> Result<()> {
    for undo in world.take_undos_of(home, &entity) {
        let (action, params) = undo.call();
        let admin = world.suite.admin_of(home)?.clone();
        let called = actions::call(&world.suite.connection, &admin, action, &params).await;
        let gone = called.as_ref().is_ok_and(|c| {
            c.outcome
                .error
                .as_ref()
                .is_some_and(|e| e.code == "NoSuchEntity")
        });
        if !gone {
            answered(
                world,
                home,
                action,
                &params,
                &format!("{action} before deleting {entity}"),
                called,
            )?;
        }
    }
    let (action, key, name) = match &entity {
        cleanup::Entity::User(name) => ("iam:DeleteUser", "UserName", name),
        cleanup::Entity::Role(name) => ("iam:DeleteRole", "RoleName", name),
        other => bail!("{other} cannot be deleted and created again"),
    };
    as_admin(
        world,
        home,
        action,
        &[(key, name)],
        &format!("deleting {entity}"),
    )
    .await?;
    Ok(())
}

/// The user is deleted and a new one with the same name and path is created,
/// with new access keys (IAM gives it a new unique id).
#[given(regex = r#"^the user "([^"]+)" is deleted and created again with new access keys$"#)]
async fn user_recreated(world: &mut IamWorld, logical: String) -> Result<()> {
    let name = world.entity(Kind::User, &logical)?.name.clone();
    let home = world.home(Kind::User, &logical)?;
    delete_now(world, home, cleanup::Entity::User(name.clone())).await?;
    as_admin(
        world,
        home,
        "iam:CreateUser",
        &[("UserName", &name)],
        &format!("CreateUser {name} again"),
    )
    .await?;
    let keys = new_access_key(world, home, &name).await?;
    let arn = world.entity(Kind::User, &logical)?.arn.clone();
    world.add_actor(&logical, keys, arn);
    Ok(())
}

/// The role is deleted and a new one with the same name, path and trust
/// policy is created (IAM gives it a new unique id); its policies are gone.
#[given(regex = r#"^the role "([^"]+)" is deleted and created again$"#)]
async fn role_recreated(world: &mut IamWorld, logical: String) -> Result<()> {
    let name = world.entity(Kind::Role, &logical)?.name.clone();
    let home = world.home(Kind::Role, &logical)?;
    let what = format!("reading the trust policy of {logical}");
    let read = as_admin(world, home, "iam:GetRole", &[("RoleName", &name)], &what).await?;
    let trust = field(&read, "AssumeRolePolicyDocument")?;
    delete_now(world, home, cleanup::Entity::Role(name.clone())).await?;
    as_admin(
        world,
        home,
        "iam:CreateRole",
        &[("RoleName", &name), ("AssumeRolePolicyDocument", &trust)],
        &format!("CreateRole {name} again"),
    )
    .await?;
    Ok(())
}

#[given(regex = r#"^the access key of "([^"]+)" is (deactivated|deleted)$"#)]
async fn access_key_changed(world: &mut IamWorld, logical: String, change: String) -> Result<()> {
    let key_id = world.actor(&logical)?.keys()?.access_key_id.clone();
    let name = world.entity(Kind::User, &logical)?.name.clone();
    let what = format!("{change} the access key of {logical}");
    let key = [("UserName", name.as_str()), ("AccessKeyId", &key_id)];
    let home = world.home(Kind::User, &logical)?;
    if change == "deleted" {
        as_admin(world, home, "iam:DeleteAccessKey", &key, &what).await?;
    } else {
        let params = [key[0], key[1], ("Status", "Inactive")];
        as_admin(world, home, "iam:UpdateAccessKey", &params, &what).await?;
    }
    Ok(())
}

/// Credentials that are wrong on purpose, derived from a real actor's.
#[given(
    regex = r#"^"([^"]+)" uses the credentials of "([^"]+)" (with a wrong secret|with no session token|with a wrong session token|with a clock 20 minutes behind|without signing its requests)$"#
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
        "with a wrong secret" => keys = keys.with_wrong_secret(),
        "with no session token" => keys.session_token = None,
        "with a clock 20 minutes behind" => {
            keys.signing = Signing::ClockBehind(Duration::from_secs(20 * 60));
        }
        "without signing its requests" => keys.signing = Signing::Unsigned,
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

/// The same document with white space between its elements, sent as written
/// (through a table cell: doc strings are sent compactly).
#[given(
    regex = r#"^a policy document "([^"]+)" of at least (\d+) characters allowing "([^"]+)", padded with (\d+) characters of white space$"#
)]
async fn a_padded_document(
    world: &mut IamWorld,
    name: String,
    size: usize,
    action: String,
    padding: usize,
) -> Result<()> {
    let compact = large_document(&world.suite.account, size, &action);
    world.add_document(&name, padded(&compact, padding));
    Ok(())
}

/// `doc` with at least `padding` spaces and newlines after its commas,
/// spread evenly (JSON allows white space between any two tokens).
fn padded(doc: &str, padding: usize) -> String {
    let commas = doc.matches(',').count().max(1);
    let each = padding.div_ceil(commas);
    doc.replace(',', &format!(",\n{}", " ".repeat(each.saturating_sub(1))))
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
    fn padded_documents_are_the_same_json_with_the_asked_white_space() {
        let compact = super::large_document("123456789012", 6000, "iam:GetUser");
        let roomy = super::padded(&compact, 2000);
        assert!(roomy.len() >= compact.len() + 2000, "{}", roomy.len());
        let a: serde_json::Value = serde_json::from_str(&compact).unwrap();
        let b: serde_json::Value = serde_json::from_str(&roomy).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn large_documents_are_valid_json_of_the_asked_size() {
        let doc = super::large_document("123456789012", 6200, "iam:GetUser");
        assert!(doc.len() >= 6200 && doc.len() < 6300, "{}", doc.len());
        let value: serde_json::Value = serde_json::from_str(&doc).unwrap();
        assert_eq!(value["Statement"][0]["Action"], "iam:GetUser");
    }
}
