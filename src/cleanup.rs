//! Removing what the suite created: one entity with everything that hangs off
//! it (keys, inline and attached policies, memberships), or a whole path
//! prefix. An entity that is already gone counts as removed.

use anyhow::{Context, Result};
use aws_sdk_iam::Client;
use aws_sdk_iam::error::{ProvideErrorMetadata, SdkError};

/// `Ok(())` also when the target says the thing no longer exists.
fn gone<
    T,
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    R: std::fmt::Debug,
>(
    result: Result<T, SdkError<E, R>>,
    what: &str,
) -> Result<()> {
    match result {
        Ok(_) => Ok(()),
        Err(e) if e.code() == Some("NoSuchEntity") => Ok(()),
        // Code and message only: the full context repeats the raw reply.
        Err(e) => Err(match (e.code(), e.message()) {
            (Some(code), message) => {
                anyhow::anyhow!("{what}: {code}: {}", message.unwrap_or_default())
            }
            _ => anyhow::anyhow!("{what}: {}", aws_sdk_iam::error::DisplayErrorContext(&e)),
        }),
    }
}

pub async fn delete_user(iam: &Client, name: &str) -> Result<()> {
    if let Ok(keys) = iam.list_access_keys().user_name(name).send().await {
        for key in keys.access_key_metadata() {
            if let Some(id) = key.access_key_id() {
                let r = iam
                    .delete_access_key()
                    .user_name(name)
                    .access_key_id(id)
                    .send()
                    .await;
                gone(r, &format!("deleting an access key of user {name}"))?;
            }
        }
    }
    if let Ok(policies) = iam.list_user_policies().user_name(name).send().await {
        for policy in policies.policy_names() {
            let r = iam
                .delete_user_policy()
                .user_name(name)
                .policy_name(policy)
                .send()
                .await;
            gone(
                r,
                &format!("deleting inline policy {policy} of user {name}"),
            )?;
        }
    }
    if let Ok(attached) = iam
        .list_attached_user_policies()
        .user_name(name)
        .send()
        .await
    {
        for policy in attached
            .attached_policies()
            .iter()
            .filter_map(|p| p.policy_arn())
        {
            detach(iam, Holder::User(name), policy).await?;
        }
    }
    if let Ok(devices) = iam.list_mfa_devices().user_name(name).send().await {
        for device in devices.mfa_devices() {
            let r = iam
                .deactivate_mfa_device()
                .user_name(name)
                .serial_number(device.serial_number())
                .send()
                .await;
            gone(
                r,
                &format!(
                    "deactivating MFA device {} of user {name}",
                    device.serial_number()
                ),
            )?;
        }
    }
    if let Ok(groups) = iam.list_groups_for_user().user_name(name).send().await {
        for group in groups.groups() {
            let r = iam
                .remove_user_from_group()
                .user_name(name)
                .group_name(group.group_name())
                .send()
                .await;
            gone(
                r,
                &format!("removing user {name} from group {}", group.group_name()),
            )?;
        }
    }
    gone(
        iam.delete_user().user_name(name).send().await,
        &format!("deleting user {name}"),
    )
}

pub async fn delete_role(iam: &Client, name: &str) -> Result<()> {
    if let Ok(policies) = iam.list_role_policies().role_name(name).send().await {
        for policy in policies.policy_names() {
            let r = iam
                .delete_role_policy()
                .role_name(name)
                .policy_name(policy)
                .send()
                .await;
            gone(
                r,
                &format!("deleting inline policy {policy} of role {name}"),
            )?;
        }
    }
    if let Ok(attached) = iam
        .list_attached_role_policies()
        .role_name(name)
        .send()
        .await
    {
        for policy in attached
            .attached_policies()
            .iter()
            .filter_map(|p| p.policy_arn())
        {
            detach(iam, Holder::Role(name), policy).await?;
        }
    }
    if let Ok(profiles) = iam
        .list_instance_profiles_for_role()
        .role_name(name)
        .send()
        .await
    {
        for profile in profiles.instance_profiles() {
            let p = profile.instance_profile_name();
            let r = iam
                .remove_role_from_instance_profile()
                .role_name(name)
                .instance_profile_name(p)
                .send()
                .await;
            gone(
                r,
                &format!("removing role {name} from instance profile {p}"),
            )?;
        }
    }
    gone(
        iam.delete_role().role_name(name).send().await,
        &format!("deleting role {name}"),
    )
}

pub async fn delete_group(iam: &Client, name: &str) -> Result<()> {
    if let Ok(group) = iam.get_group().group_name(name).send().await {
        for user in group.users() {
            let r = iam
                .remove_user_from_group()
                .group_name(name)
                .user_name(user.user_name())
                .send()
                .await;
            gone(
                r,
                &format!("removing {} from group {name}", user.user_name()),
            )?;
        }
    }
    if let Ok(policies) = iam.list_group_policies().group_name(name).send().await {
        for policy in policies.policy_names() {
            let r = iam
                .delete_group_policy()
                .group_name(name)
                .policy_name(policy)
                .send()
                .await;
            gone(
                r,
                &format!("deleting inline policy {policy} of group {name}"),
            )?;
        }
    }
    if let Ok(attached) = iam
        .list_attached_group_policies()
        .group_name(name)
        .send()
        .await
    {
        for policy in attached
            .attached_policies()
            .iter()
            .filter_map(|p| p.policy_arn())
        {
            detach(iam, Holder::Group(name), policy).await?;
        }
    }
    gone(
        iam.delete_group().group_name(name).send().await,
        &format!("deleting group {name}"),
    )
}

pub async fn delete_instance_profile(iam: &Client, name: &str) -> Result<()> {
    if let Ok(profile) = iam
        .get_instance_profile()
        .instance_profile_name(name)
        .send()
        .await
        && let Some(profile) = profile.instance_profile()
    {
        for role in profile.roles() {
            let r = iam
                .remove_role_from_instance_profile()
                .instance_profile_name(name)
                .role_name(role.role_name())
                .send()
                .await;
            gone(
                r,
                &format!(
                    "removing role {} from instance profile {name}",
                    role.role_name()
                ),
            )?;
        }
    }
    let r = iam
        .delete_instance_profile()
        .instance_profile_name(name)
        .send()
        .await;
    gone(r, &format!("deleting instance profile {name}"))
}

/// Detaches a managed policy from everything and removes all its versions.
/// A virtual MFA device, deactivated first if a user still has it.
pub async fn delete_mfa_device(iam: &Client, serial: &str) -> Result<()> {
    let assigned = iam
        .list_virtual_mfa_devices()
        .assignment_status(aws_sdk_iam::types::AssignmentStatusType::Assigned)
        .into_paginator()
        .items()
        .send()
        .collect::<Vec<_>>()
        .await;
    for device in assigned.into_iter().flatten() {
        if let Some(user) = device.user().filter(|_| device.serial_number() == serial) {
            let r = iam
                .deactivate_mfa_device()
                .user_name(user.user_name())
                .serial_number(serial)
                .send()
                .await;
            gone(r, &format!("deactivating MFA device {serial}"))?;
        }
    }
    gone(
        iam.delete_virtual_mfa_device()
            .serial_number(serial)
            .send()
            .await,
        &format!("deleting MFA device {serial}"),
    )
}

/// The path and name in a virtual MFA device's serial number
/// (`arn:aws:iam::ACCOUNT:mfa/PATH/NAME`).
fn mfa_path_and_name(serial: &str) -> Option<(String, &str)> {
    let (_, rest) = serial.split_once(":mfa/")?;
    let (path, name) = rest.rsplit_once('/').unwrap_or(("", rest));
    let path = if path.is_empty() {
        "/".to_owned()
    } else {
        format!("/{path}/")
    };
    Some((path, name))
}

pub async fn delete_policy(iam: &Client, arn: &str) -> Result<()> {
    if let Ok(entities) = iam.list_entities_for_policy().policy_arn(arn).send().await {
        for user in entities.policy_users().iter().filter_map(|u| u.user_name()) {
            gone(
                iam.detach_user_policy()
                    .user_name(user)
                    .policy_arn(arn)
                    .send()
                    .await,
                "detaching from a user",
            )?;
        }
        for role in entities.policy_roles().iter().filter_map(|r| r.role_name()) {
            gone(
                iam.detach_role_policy()
                    .role_name(role)
                    .policy_arn(arn)
                    .send()
                    .await,
                "detaching from a role",
            )?;
        }
        for group in entities
            .policy_groups()
            .iter()
            .filter_map(|g| g.group_name())
        {
            gone(
                iam.detach_group_policy()
                    .group_name(group)
                    .policy_arn(arn)
                    .send()
                    .await,
                "detaching from a group",
            )?;
        }
    }
    if let Ok(versions) = iam.list_policy_versions().policy_arn(arn).send().await {
        for version in versions
            .versions()
            .iter()
            .filter(|v| !v.is_default_version())
        {
            if let Some(id) = version.version_id() {
                let r = iam
                    .delete_policy_version()
                    .policy_arn(arn)
                    .version_id(id)
                    .send()
                    .await;
                gone(r, &format!("deleting version {id} of {arn}"))?;
            }
        }
    }
    gone(
        iam.delete_policy().policy_arn(arn).send().await,
        &format!("deleting policy {arn}"),
    )
}

/// Something a managed policy can be attached to.
#[derive(Debug, Clone, Copy)]
enum Holder<'a> {
    User(&'a str),
    Role(&'a str),
    Group(&'a str),
}

impl Holder<'_> {
    async fn detach(self, iam: &Client, arn: &str) -> Option<String> {
        match self {
            Self::User(n) => code_of(
                iam.detach_user_policy()
                    .user_name(n)
                    .policy_arn(arn)
                    .send()
                    .await,
            ),
            Self::Role(n) => code_of(
                iam.detach_role_policy()
                    .role_name(n)
                    .policy_arn(arn)
                    .send()
                    .await,
            ),
            Self::Group(n) => code_of(
                iam.detach_group_policy()
                    .group_name(n)
                    .policy_arn(arn)
                    .send()
                    .await,
            ),
        }
    }
}

/// Detaches a managed policy. Some emulators let a policy be deleted while it
/// is attached, leaving an attachment that cannot be detached (the policy is
/// gone) and that blocks deleting its holder. Re-creating the policy under the
/// same path and name makes it detachable again; it is deleted right after.
async fn detach(iam: &Client, holder: Holder<'_>, arn: &str) -> Result<()> {
    match holder.detach(iam, arn).await.as_deref() {
        None => Ok(()),
        Some("NoSuchEntity") => {
            let Some((path, name)) = policy_path_and_name(arn) else {
                return Ok(());
            };
            let document = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}"#;
            let revived = iam
                .create_policy()
                .policy_name(name)
                .path(path)
                .policy_document(document)
                .send()
                .await;
            if revived.is_ok() {
                holder.detach(iam, arn).await;
                let _ = iam.delete_policy().policy_arn(arn).send().await;
            }
            Ok(())
        }
        Some(code) => Err(anyhow::anyhow!("detaching {arn} from {holder:?}: {code}")),
    }
}

/// `arn:aws:iam::A:policy/some/path/Name` -> (`/some/path/`, `Name`).
fn policy_path_and_name(arn: &str) -> Option<(String, &str)> {
    let resource = arn.split_once(":policy/")?.1;
    let (path, name) = resource
        .rsplit_once('/')
        .map_or(("", resource), |(p, n)| (p, n));
    let path = if path.is_empty() {
        "/".to_owned()
    } else {
        format!("/{path}/")
    };
    Some((path, name))
}

/// What a sweep removed, and what it could not.
#[derive(Debug, Default)]
pub struct Swept {
    pub removed: Vec<String>,
    pub errors: Vec<String>,
}

/// Removes every user, role, instance profile, group and customer managed
/// policy of `run` (see [`Selector`]), except the users named in `keep`.
pub async fn sweep(iam: &Client, run: &Selector<'_>, keep: &[String]) -> Result<Swept> {
    let items = inventory(iam, run).await?;
    Ok(remove(iam, &items, keep).await)
}

/// What belongs to a run: everything under its IAM path, and, when the run id
/// is known, what it created elsewhere (validation scenarios that test names
/// and paths create entities outside the path; every physical name holds
/// `-<run id>-`).
#[derive(Debug, Clone, Copy)]
pub struct Selector<'a> {
    pub path_prefix: &'a str,
    pub run_id: Option<&'a str>,
}

impl Selector<'_> {
    /// The prefix to list with: the run's path, or everything when names count too.
    fn listing_prefix(&self) -> &str {
        if self.run_id.is_some() {
            "/"
        } else {
            self.path_prefix
        }
    }

    fn holds(&self, path: &str, name: &str) -> bool {
        path.starts_with(self.path_prefix)
            || self
                .run_id
                .is_some_and(|id| name.contains(&format!("-{id}-")))
    }
}

/// Something a run created: by a scenario, or as found under the run's path.
/// Policies are named by their ARN, the others by their name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entity {
    User(String),
    Role(String),
    InstanceProfile(String),
    Group(String),
    Policy(String),
    /// A virtual MFA device, by its serial number.
    MfaDevice(String),
}

/// The kinds of [`Entity`], as the action table says what an action creates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    User,
    Role,
    InstanceProfile,
    Group,
    Policy,
    MfaDevice,
}

impl Entity {
    pub fn new(kind: EntityKind, name: String) -> Self {
        match kind {
            EntityKind::User => Self::User(name),
            EntityKind::Role => Self::Role(name),
            EntityKind::InstanceProfile => Self::InstanceProfile(name),
            EntityKind::Group => Self::Group(name),
            EntityKind::Policy => Self::Policy(name),
            EntityKind::MfaDevice => Self::MfaDevice(name),
        }
    }

    /// Removal order: instance profiles hold roles; users, roles and groups
    /// use policies (attachments, boundaries); policies go last.
    pub fn removal_rank(&self) -> u8 {
        match self {
            Self::InstanceProfile(_) => 0,
            Self::Policy(_) => 2,
            _ => 1,
        }
    }
}

impl std::fmt::Display for Entity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::User(n) => write!(f, "user {n}"),
            Self::Role(n) => write!(f, "role {n}"),
            Self::InstanceProfile(n) => write!(f, "instance profile {n}"),
            Self::Group(n) => write!(f, "group {n}"),
            Self::Policy(arn) => write!(f, "policy {arn}"),
            Self::MfaDevice(serial) => write!(f, "MFA device {serial}"),
        }
    }
}

/// Everything of the run, in the order it can be removed: instance profiles
/// (they hold roles), users, roles, groups, then policies (which others use
/// as attachments and boundaries).
pub async fn inventory(iam: &Client, run: &Selector<'_>) -> Result<Vec<Entity>> {
    let prefix = run.listing_prefix();
    let mut items = Vec::new();
    let profiles = iam
        .list_instance_profiles()
        .path_prefix(prefix)
        .into_paginator()
        .items()
        .send();
    for profile in profiles.collect::<Vec<_>>().await {
        let p = profile.context("listing instance profiles")?;
        if run.holds(p.path(), p.instance_profile_name()) {
            items.push(Entity::InstanceProfile(
                p.instance_profile_name().to_owned(),
            ));
        }
    }
    let users = iam
        .list_users()
        .path_prefix(prefix)
        .into_paginator()
        .items()
        .send();
    for user in users.collect::<Vec<_>>().await {
        let u = user.context("listing users")?;
        if run.holds(u.path(), u.user_name()) {
            items.push(Entity::User(u.user_name().to_owned()));
        }
    }
    let roles = iam
        .list_roles()
        .path_prefix(prefix)
        .into_paginator()
        .items()
        .send();
    for role in roles.collect::<Vec<_>>().await {
        let r = role.context("listing roles")?;
        if run.holds(r.path(), r.role_name()) {
            items.push(Entity::Role(r.role_name().to_owned()));
        }
    }
    let groups = iam
        .list_groups()
        .path_prefix(prefix)
        .into_paginator()
        .items()
        .send();
    for group in groups.collect::<Vec<_>>().await {
        let g = group.context("listing groups")?;
        if run.holds(g.path(), g.group_name()) {
            items.push(Entity::Group(g.group_name().to_owned()));
        }
    }
    let policies = iam
        .list_policies()
        .scope(aws_sdk_iam::types::PolicyScopeType::Local)
        .path_prefix(prefix)
        .into_paginator()
        .items()
        .send();
    for policy in policies.collect::<Vec<_>>().await {
        let p = policy.context("listing policies")?;
        let (path, name) = (p.path().unwrap_or("/"), p.policy_name().unwrap_or_default());
        if let Some(arn) = p.arn()
            && run.holds(path, name)
        {
            items.push(Entity::Policy(arn.to_owned()));
        }
    }
    let devices = iam
        .list_virtual_mfa_devices()
        .into_paginator()
        .items()
        .send();
    for device in devices.collect::<Vec<_>>().await {
        let d = device.context("listing virtual MFA devices")?;
        if let Some((path, name)) = mfa_path_and_name(d.serial_number())
            && run.holds(&path, name)
        {
            items.push(Entity::MfaDevice(d.serial_number().to_owned()));
        }
    }
    Ok(items)
}

/// Removes the items (with everything that hangs off them), except users in `keep`.
pub async fn remove(iam: &Client, items: &[Entity], keep: &[String]) -> Swept {
    let mut swept = Swept::default();
    for item in items {
        let result = match item {
            Entity::User(n) if keep.contains(n) => continue,
            Entity::User(n) => delete_user(iam, n).await,
            Entity::Role(n) => delete_role(iam, n).await,
            Entity::InstanceProfile(n) => delete_instance_profile(iam, n).await,
            Entity::Group(n) => delete_group(iam, n).await,
            Entity::Policy(arn) => delete_policy(iam, arn).await,
            Entity::MfaDevice(serial) => delete_mfa_device(iam, serial).await,
        };
        record(&mut swept, item.to_string(), result);
    }
    swept
}

fn record(swept: &mut Swept, what: String, result: Result<()>) {
    match result {
        Ok(()) => swept.removed.push(what),
        Err(e) => swept.errors.push(format!("{what}: {e:#}")),
    }
}

/// A dependent the scenario knows it made (a key, an inline policy, an
/// attachment, a membership), undone before its entity is deleted so that
/// cleanup needs no listing calls in the common case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Undo {
    AccessKey { user: String, key_id: String },
    UserInline { user: String, policy: String },
    RoleInline { role: String, policy: String },
    GroupInline { group: String, policy: String },
    UserAttachment { user: String, arn: String },
    RoleAttachment { role: String, arn: String },
    GroupAttachment { group: String, arn: String },
    Membership { user: String, group: String },
    MfaAssignment { user: String, serial: String },
}

impl Undo {
    /// The call that undoes it, as the action gateway takes it.
    pub fn call(&self) -> (&'static str, crate::actions::Params) {
        let params = |pairs: [(&str, &String); 2]| {
            pairs
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.clone()))
                .collect()
        };
        match self {
            Self::AccessKey { user, key_id } => (
                "iam:DeleteAccessKey",
                params([("UserName", user), ("AccessKeyId", key_id)]),
            ),
            Self::UserInline { user, policy } => (
                "iam:DeleteUserPolicy",
                params([("UserName", user), ("PolicyName", policy)]),
            ),
            Self::RoleInline { role, policy } => (
                "iam:DeleteRolePolicy",
                params([("RoleName", role), ("PolicyName", policy)]),
            ),
            Self::GroupInline { group, policy } => (
                "iam:DeleteGroupPolicy",
                params([("GroupName", group), ("PolicyName", policy)]),
            ),
            Self::UserAttachment { user, arn } => (
                "iam:DetachUserPolicy",
                params([("UserName", user), ("PolicyArn", arn)]),
            ),
            Self::RoleAttachment { role, arn } => (
                "iam:DetachRolePolicy",
                params([("RoleName", role), ("PolicyArn", arn)]),
            ),
            Self::GroupAttachment { group, arn } => (
                "iam:DetachGroupPolicy",
                params([("GroupName", group), ("PolicyArn", arn)]),
            ),
            Self::Membership { user, group } => (
                "iam:RemoveUserFromGroup",
                params([("UserName", user), ("GroupName", group)]),
            ),
            Self::MfaAssignment { user, serial } => (
                "iam:DeactivateMFADevice",
                params([("UserName", user), ("SerialNumber", serial)]),
            ),
        }
    }

    /// Whether it hangs off the user or the role `entity` (a group's own
    /// dependents hang off no user or role).
    pub fn hangs_off(&self, entity: &Entity) -> bool {
        match (self, entity) {
            (
                Self::AccessKey { user, .. }
                | Self::UserInline { user, .. }
                | Self::UserAttachment { user, .. }
                | Self::Membership { user, .. }
                | Self::MfaAssignment { user, .. },
                Entity::User(name),
            ) => user == name,
            (
                Self::RoleInline { role, .. } | Self::RoleAttachment { role, .. },
                Entity::Role(name),
            ) => role == name,
            _ => false,
        }
    }

    /// Best effort: whatever is already gone, or still blocks a delete, is
    /// dealt with by the listing fallback of [`delete_made`].
    pub async fn run(&self, iam: &Client) {
        let _ = match self {
            Self::AccessKey { user, key_id } => iam
                .delete_access_key()
                .user_name(user)
                .access_key_id(key_id)
                .send()
                .await
                .map(drop)
                .map_err(drop),
            Self::UserInline { user, policy } => iam
                .delete_user_policy()
                .user_name(user)
                .policy_name(policy)
                .send()
                .await
                .map(drop)
                .map_err(drop),
            Self::RoleInline { role, policy } => iam
                .delete_role_policy()
                .role_name(role)
                .policy_name(policy)
                .send()
                .await
                .map(drop)
                .map_err(drop),
            Self::GroupInline { group, policy } => iam
                .delete_group_policy()
                .group_name(group)
                .policy_name(policy)
                .send()
                .await
                .map(drop)
                .map_err(drop),
            Self::UserAttachment { user, arn } => iam
                .detach_user_policy()
                .user_name(user)
                .policy_arn(arn)
                .send()
                .await
                .map(drop)
                .map_err(drop),
            Self::RoleAttachment { role, arn } => iam
                .detach_role_policy()
                .role_name(role)
                .policy_arn(arn)
                .send()
                .await
                .map(drop)
                .map_err(drop),
            Self::GroupAttachment { group, arn } => iam
                .detach_group_policy()
                .group_name(group)
                .policy_arn(arn)
                .send()
                .await
                .map(drop)
                .map_err(drop),
            Self::Membership { user, group } => remove_member(iam, user, group).await,
            Self::MfaAssignment { user, serial } => iam
                .deactivate_mfa_device()
                .user_name(user)
                .serial_number(serial)
                .send()
                .await
                .map(drop)
                .map_err(drop),
        };
    }
}

/// Removes `user` from `group`. A target that deleted the user while she was
/// a member (AWS refuses that) may still count her in the group, which then
/// can never be deleted: a user of the same name is made for the moment, so
/// that the membership can be removed, and deleted again.
async fn remove_member(iam: &Client, user: &str, group: &str) -> Result<(), ()> {
    let removed = iam
        .remove_user_from_group()
        .user_name(user)
        .group_name(group)
        .send()
        .await;
    let user_gone = removed
        .as_ref()
        .err()
        .and_then(|e| e.message())
        .is_some_and(|m| m.contains("user with name") && m.contains("cannot be found"));
    if !user_gone {
        return removed.map(drop).map_err(drop);
    }
    iam.create_user()
        .user_name(user)
        .send()
        .await
        .map_err(drop)?;
    let _ = iam
        .remove_user_from_group()
        .user_name(user)
        .group_name(group)
        .send()
        .await;
    iam.delete_user()
        .user_name(user)
        .send()
        .await
        .map(drop)
        .map_err(drop)
}

/// Deletes an entity with one call, falling back to listing and removing
/// everything that hangs off it when the target says something still does.
pub async fn delete_made(iam: &Client, made: &Entity) -> Result<()> {
    let direct = match made {
        Entity::User(name) => code_of(iam.delete_user().user_name(name).send().await),
        Entity::Role(name) => code_of(iam.delete_role().role_name(name).send().await),
        Entity::Group(name) => code_of(iam.delete_group().group_name(name).send().await),
        Entity::Policy(arn) => code_of(iam.delete_policy().policy_arn(arn).send().await),
        Entity::InstanceProfile(name) => code_of(
            iam.delete_instance_profile()
                .instance_profile_name(name)
                .send()
                .await,
        ),
        Entity::MfaDevice(serial) => code_of(
            iam.delete_virtual_mfa_device()
                .serial_number(serial)
                .send()
                .await,
        ),
    };
    match direct.as_deref() {
        None | Some("NoSuchEntity") => Ok(()),
        Some(_) => match made {
            Entity::User(name) => delete_user(iam, name).await,
            Entity::Role(name) => delete_role(iam, name).await,
            Entity::Group(name) => delete_group(iam, name).await,
            Entity::Policy(arn) => delete_policy(iam, arn).await,
            Entity::InstanceProfile(name) => delete_instance_profile(iam, name).await,
            Entity::MfaDevice(serial) => delete_mfa_device(iam, serial).await,
        },
    }
}

/// `None` on success, else the error code (or a description when there is none).
fn code_of<
    T,
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    R: std::fmt::Debug,
>(
    result: Result<T, SdkError<E, R>>,
) -> Option<String> {
    match result {
        Ok(_) => None,
        Err(e) => Some(e.code().map_or_else(|| format!("{e}"), str::to_owned)),
    }
}

#[cfg(test)]
mod tests {
    use super::{Entity, Selector, Undo};

    fn every_undo() -> Vec<Undo> {
        let u = || "Jill".to_owned();
        let x = || "x".to_owned();
        vec![
            Undo::AccessKey {
                user: u(),
                key_id: x(),
            },
            Undo::UserInline {
                user: u(),
                policy: x(),
            },
            Undo::RoleInline {
                role: u(),
                policy: x(),
            },
            Undo::GroupInline {
                group: u(),
                policy: x(),
            },
            Undo::UserAttachment {
                user: u(),
                arn: x(),
            },
            Undo::RoleAttachment {
                role: u(),
                arn: x(),
            },
            Undo::GroupAttachment {
                group: u(),
                arn: x(),
            },
            Undo::Membership {
                user: u(),
                group: x(),
            },
            Undo::MfaAssignment {
                user: u(),
                serial: x(),
            },
        ]
    }

    #[test]
    fn every_undo_is_a_call_the_action_table_sends_with_its_parameters() {
        for undo in every_undo() {
            let (action, params) = undo.call();
            let known = crate::actions::find(action);
            assert!(
                known.is_ok(),
                "{undo:?}: {action} is not in the action table"
            );
            assert_eq!(params.len(), 2, "{undo:?}: {params:?}");
        }
    }

    #[test]
    fn an_undo_hangs_off_the_user_or_role_it_names() {
        let user = Entity::User("Jill".to_owned());
        let role = Entity::Role("Jill".to_owned());
        let hang: Vec<(bool, bool)> = every_undo()
            .iter()
            .map(|u| (u.hangs_off(&user), u.hangs_off(&role)))
            .collect();
        let (yes, no) = (true, false);
        assert_eq!(
            hang,
            [
                (yes, no),
                (yes, no),
                (no, yes),
                (no, no),
                (yes, no),
                (no, yes),
                (no, no),
                (yes, no),
                (yes, no)
            ]
        );
        assert!(!every_undo()[0].hangs_off(&Entity::User("Ann".to_owned())));
    }

    #[test]
    fn a_run_holds_its_path_and_the_names_that_carry_its_id() {
        let run = Selector {
            path_prefix: "/iam-conformance/abc12345/",
            run_id: Some("abc12345"),
        };
        assert!(run.holds("/iam-conformance/abc12345/", "anything"));
        assert!(run.holds("/", "Long-abc12345-7-0123456789"));
        assert!(!run.holds("/", "Long-abc123456-7"));
        assert!(!run.holds("/iam-conformance/other/", "Jill-other-1"));
        assert_eq!(run.listing_prefix(), "/");
        let all = Selector {
            path_prefix: "/iam-conformance/",
            run_id: None,
        };
        assert_eq!(all.listing_prefix(), "/iam-conformance/");
    }

    #[test]
    fn mfa_serials_split_into_path_and_name() {
        assert_eq!(
            super::mfa_path_and_name("arn:aws:iam::123456789012:mfa/iam-conformance/r1/Jill-r1-3"),
            Some(("/iam-conformance/r1/".to_owned(), "Jill-r1-3"))
        );
        assert_eq!(
            super::mfa_path_and_name("arn:aws:iam::123456789012:mfa/Jill"),
            Some(("/".to_owned(), "Jill"))
        );
        assert_eq!(
            super::mfa_path_and_name("arn:aws:iam::123456789012:user/Jill"),
            None
        );
    }

    #[test]
    fn policy_arns_split_into_path_and_name() {
        let split = super::policy_path_and_name;
        assert_eq!(
            split("arn:aws:iam::1:policy/iam-conformance/r1/P-r1-2"),
            Some(("/iam-conformance/r1/".into(), "P-r1-2"))
        );
        assert_eq!(split("arn:aws:iam::1:policy/P"), Some(("/".into(), "P")));
        assert_eq!(split("arn:aws:iam::1:role/P"), None);
    }
}
