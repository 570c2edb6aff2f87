//! The action table: an IAM/STS action name as a scenario writes it
//! ("iam:ListUsers") mapped to the SDK call and the response fields worth
//! asserting on. A new action is one arm in [`call`] and one name in [`ACTIONS`].
//!
//! Parameters use the API's names (`RoleArn`, `RoleSessionName`, …). Lists are
//! comma-separated (`PolicyArns`, `TransitiveTagKeys`); tags are `key=value`
//! pairs separated by commas. Secrets in responses are never kept as fields.

use std::collections::BTreeMap;

use anyhow::{Context, Result, bail};
use aws_sdk_iam::primitives::DateTime;

use crate::clients::{Connection, Identity, Keys, Secret};
use crate::outcome::{Outcome, from_result};

/// Every action a scenario can call, sorted.
pub const ACTIONS: &[&str] = &[
    "iam:AddRoleToInstanceProfile",
    "iam:AddUserToGroup",
    "iam:AttachRolePolicy",
    "iam:AttachUserPolicy",
    "iam:CreateAccessKey",
    "iam:CreateGroup",
    "iam:CreateInstanceProfile",
    "iam:CreatePolicy",
    "iam:CreatePolicyVersion",
    "iam:CreateRole",
    "iam:CreateUser",
    "iam:DeleteAccessKey",
    "iam:DeleteGroup",
    "iam:DeleteInstanceProfile",
    "iam:DeletePolicy",
    "iam:DeletePolicyVersion",
    "iam:DeleteRole",
    "iam:DeleteRolePermissionsBoundary",
    "iam:DeleteRolePolicy",
    "iam:DeleteUser",
    "iam:DeleteUserPolicy",
    "iam:DetachRolePolicy",
    "iam:DetachUserPolicy",
    "iam:GetAccountSummary",
    "iam:GetGroup",
    "iam:GetPolicy",
    "iam:GetPolicyVersion",
    "iam:GetRole",
    "iam:GetRolePolicy",
    "iam:GetUser",
    "iam:GetUserPolicy",
    "iam:ListAccessKeys",
    "iam:ListAttachedRolePolicies",
    "iam:ListAttachedUserPolicies",
    "iam:ListGroups",
    "iam:ListPolicies",
    "iam:ListPolicyVersions",
    "iam:ListRolePolicies",
    "iam:ListRoleTags",
    "iam:ListRoles",
    "iam:ListUserPolicies",
    "iam:ListUsers",
    "iam:PutRolePermissionsBoundary",
    "iam:PutRolePolicy",
    "iam:PutUserPermissionsBoundary",
    "iam:PutUserPolicy",
    "iam:RemoveRoleFromInstanceProfile",
    "iam:TagRole",
    "iam:TagUser",
    "iam:UpdateAccessKey",
    "iam:UpdateAssumeRolePolicy",
    "iam:UpdateRole",
    "sts:AssumeRole",
    "sts:GetAccessKeyInfo",
    "sts:GetCallerIdentity",
    "sts:GetSessionToken",
];

/// Request parameters by their API names.
pub type Params = BTreeMap<String, String>;

/// An entity a successful call created, so the scenario can remove it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Made {
    User(String),
    Role(String),
    Group(String),
    Policy(String),
    InstanceProfile(String),
}

/// What a call gave back: the outcome, temporary credentials if it issued any,
/// and the entity it created, if any.
#[derive(Debug)]
pub struct Called {
    pub outcome: Outcome,
    pub credentials: Option<Keys>,
    pub made: Option<Made>,
}

impl From<Outcome> for Called {
    fn from(outcome: Outcome) -> Self {
        Self {
            outcome,
            credentials: None,
            made: None,
        }
    }
}

type Fields = BTreeMap<String, String>;

/// A reply that is a server crash (HTTP 5xx without an AWS error) is no IAM
/// answer: the call is repeated, at most this many times, before the crash
/// counts as the outcome. Emulators crash under concurrency now and then.
const CRASH_RETRIES: u32 = 2;

pub async fn call(
    connection: &Connection,
    who: &Identity,
    action: &str,
    params: &Params,
) -> Result<Called> {
    let mut attempt = 0;
    loop {
        let called = call_once(connection, who, action, params).await?;
        if attempt == CRASH_RETRIES || !is_crash(&called.outcome) {
            return Ok(called);
        }
        attempt += 1;
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

fn is_crash(outcome: &Outcome) -> bool {
    outcome.status >= 500 && outcome.error.as_ref().is_some_and(|e| !e.standard_envelope)
}

async fn call_once(
    connection: &Connection,
    who: &Identity,
    action: &str,
    params: &Params,
) -> Result<Called> {
    let mut p = Parameters {
        action,
        given: params.clone(),
    };
    let Some((service, _)) = action.split_once(':') else {
        bail!("{action:?} is not an action name like \"iam:ListUsers\"");
    };
    let called = match service {
        "iam" => iam(connection.iam(who), action, &mut p).await?,
        "sts" => sts(connection.sts(who), action, &mut p).await?,
        _ => bail!(
            "the action table has no {action:?}; known actions: {}",
            ACTIONS.join(", ")
        ),
    };
    Ok(called)
}

/// Sends a prepared request once its parameters were all used (a misspelt one is an error).
macro_rules! send {
    ($p:expr, $action:expr, $request:expr, $fields:expr) => {{
        // Build first: building reads the parameters that `finish` checks off.
        let request = $request;
        $p.finish()?;
        from_result($action, request.send().await, $fields)?
    }};
}

async fn iam(c: aws_sdk_iam::Client, action: &str, p: &mut Parameters<'_>) -> Result<Called> {
    let o: Outcome = match action {
        "iam:GetUser" => send!(
            p,
            action,
            c.get_user().set_user_name(p.opt("UserName")),
            |o| {
                let u = o.user();
                fields([
                    ("UserName", u.map(|u| u.user_name().to_owned())),
                    ("Arn", u.map(|u| u.arn().to_owned())),
                    ("UserId", u.map(|u| u.user_id().to_owned())),
                    ("Path", u.map(|u| u.path().to_owned())),
                    (
                        "PermissionsBoundaryArn",
                        u.and_then(|u| {
                            u.permissions_boundary()?
                                .permissions_boundary_arn()
                                .map(str::to_owned)
                        }),
                    ),
                ])
            }
        ),
        "iam:ListUsers" => send!(
            p,
            action,
            c.list_users().set_path_prefix(p.opt("PathPrefix")),
            |o| { names(o.users().iter().map(|u| u.user_name())) }
        ),
        "iam:CreateUser" => {
            let name = p.req("UserName")?;
            let request = c
                .create_user()
                .user_name(&name)
                .set_path(p.opt("Path"))
                .set_permissions_boundary(p.opt("PermissionsBoundary"))
                .set_tags(p.opt("Tags").map(|t| iam_tags(&t)).transpose()?);
            let outcome = send!(p, action, request, |o| fields([(
                "Arn",
                o.user().map(|u| u.arn().to_owned())
            )]));
            return Ok(made(outcome, Made::User(name)));
        }
        "iam:DeleteUser" => send!(
            p,
            action,
            c.delete_user().user_name(p.req("UserName")?),
            none
        ),
        "iam:GetRole" => send!(p, action, c.get_role().role_name(p.req("RoleName")?), |o| {
            let r = o.role();
            fields([
                ("RoleName", r.map(|r| r.role_name().to_owned())),
                ("Arn", r.map(|r| r.arn().to_owned())),
                ("RoleId", r.map(|r| r.role_id().to_owned())),
                ("Path", r.map(|r| r.path().to_owned())),
                (
                    "MaxSessionDuration",
                    r.and_then(|r| r.max_session_duration())
                        .map(|d| d.to_string()),
                ),
                (
                    "AssumeRolePolicyDocument",
                    r.and_then(|r| r.assume_role_policy_document())
                        .map(decode_document),
                ),
                (
                    "PermissionsBoundaryArn",
                    r.and_then(|r| {
                        r.permissions_boundary()?
                            .permissions_boundary_arn()
                            .map(str::to_owned)
                    }),
                ),
            ])
        }),
        "iam:ListRoles" => send!(
            p,
            action,
            c.list_roles().set_path_prefix(p.opt("PathPrefix")),
            |o| { names(o.roles().iter().map(|r| r.role_name())) }
        ),
        "iam:CreateRole" => {
            let name = p.req("RoleName")?;
            let request = c
                .create_role()
                .role_name(&name)
                .assume_role_policy_document(p.req("AssumeRolePolicyDocument")?)
                .set_path(p.opt("Path"))
                .set_description(p.opt("Description"))
                .set_max_session_duration(p.opt_int("MaxSessionDuration")?)
                .set_permissions_boundary(p.opt("PermissionsBoundary"))
                .set_tags(p.opt("Tags").map(|t| iam_tags(&t)).transpose()?);
            let outcome = send!(p, action, request, |o| {
                fields([
                    ("Arn", o.role().map(|r| r.arn().to_owned())),
                    ("RoleId", o.role().map(|r| r.role_id().to_owned())),
                ])
            });
            return Ok(made(outcome, Made::Role(name)));
        }
        "iam:DeleteRole" => send!(
            p,
            action,
            c.delete_role().role_name(p.req("RoleName")?),
            none
        ),
        "iam:UpdateRole" => send!(
            p,
            action,
            c.update_role()
                .role_name(p.req("RoleName")?)
                .set_max_session_duration(p.opt_int("MaxSessionDuration")?)
                .set_description(p.opt("Description")),
            none
        ),
        "iam:UpdateAssumeRolePolicy" => send!(
            p,
            action,
            c.update_assume_role_policy()
                .role_name(p.req("RoleName")?)
                .policy_document(p.req("PolicyDocument")?),
            none
        ),
        "iam:TagRole" => send!(
            p,
            action,
            c.tag_role()
                .role_name(p.req("RoleName")?)
                .set_tags(Some(iam_tags(&p.req("Tags")?)?)),
            none
        ),
        "iam:TagUser" => send!(
            p,
            action,
            c.tag_user()
                .user_name(p.req("UserName")?)
                .set_tags(Some(iam_tags(&p.req("Tags")?)?)),
            none
        ),
        "iam:ListRoleTags" => send!(
            p,
            action,
            c.list_role_tags().role_name(p.req("RoleName")?),
            |o| { names(o.tags().iter().map(|t| t.key())) }
        ),
        "iam:CreatePolicy" => {
            let name = p.req("PolicyName")?;
            let request = c
                .create_policy()
                .policy_name(&name)
                .policy_document(p.req("PolicyDocument")?)
                .set_path(p.opt("Path"))
                .set_description(p.opt("Description"))
                .set_tags(p.opt("Tags").map(|t| iam_tags(&t)).transpose()?);
            let outcome = send!(p, action, request, |o| {
                let policy = o.policy();
                fields([
                    ("Arn", policy.and_then(|x| x.arn()).map(str::to_owned)),
                    (
                        "DefaultVersionId",
                        policy
                            .and_then(|x| x.default_version_id())
                            .map(str::to_owned),
                    ),
                ])
            });
            let arn = outcome.fields.get("Arn").cloned();
            return Ok(match arn {
                Some(arn) => made(outcome, Made::Policy(arn)),
                None => outcome.into(),
            });
        }
        "iam:GetPolicy" => send!(
            p,
            action,
            c.get_policy().policy_arn(p.req("PolicyArn")?),
            |o| {
                let policy = o.policy();
                fields([
                    ("Arn", policy.and_then(|x| x.arn()).map(str::to_owned)),
                    (
                        "DefaultVersionId",
                        policy
                            .and_then(|x| x.default_version_id())
                            .map(str::to_owned),
                    ),
                    (
                        "AttachmentCount",
                        policy
                            .and_then(|x| x.attachment_count())
                            .map(|n| n.to_string()),
                    ),
                ])
            }
        ),
        "iam:DeletePolicy" => send!(
            p,
            action,
            c.delete_policy().policy_arn(p.req("PolicyArn")?),
            none
        ),
        "iam:ListPolicies" => send!(
            p,
            action,
            c.list_policies()
                .set_scope(
                    p.opt("Scope")
                        .map(|s| aws_sdk_iam::types::PolicyScopeType::from(s.as_str()))
                )
                .set_path_prefix(p.opt("PathPrefix")),
            |o| names(o.policies().iter().filter_map(|x| x.policy_name()))
        ),
        "iam:CreatePolicyVersion" => send!(
            p,
            action,
            c.create_policy_version()
                .policy_arn(p.req("PolicyArn")?)
                .policy_document(p.req("PolicyDocument")?)
                .set_set_as_default(p.opt_bool("SetAsDefault")?),
            |o| fields([(
                "VersionId",
                o.policy_version()
                    .and_then(|v| v.version_id())
                    .map(str::to_owned)
            )])
        ),
        "iam:GetPolicyVersion" => send!(
            p,
            action,
            c.get_policy_version()
                .policy_arn(p.req("PolicyArn")?)
                .version_id(p.req("VersionId")?),
            |o| {
                let v = o.policy_version();
                fields([
                    (
                        "VersionId",
                        v.and_then(|v| v.version_id()).map(str::to_owned),
                    ),
                    (
                        "IsDefaultVersion",
                        v.map(|v| v.is_default_version().to_string()),
                    ),
                    (
                        "Document",
                        v.and_then(|v| v.document()).map(decode_document),
                    ),
                ])
            }
        ),
        "iam:ListPolicyVersions" => send!(
            p,
            action,
            c.list_policy_versions().policy_arn(p.req("PolicyArn")?),
            |o| { names(o.versions().iter().filter_map(|v| v.version_id())) }
        ),
        "iam:DeletePolicyVersion" => send!(
            p,
            action,
            c.delete_policy_version()
                .policy_arn(p.req("PolicyArn")?)
                .version_id(p.req("VersionId")?),
            none
        ),
        "iam:AttachRolePolicy" => send!(
            p,
            action,
            c.attach_role_policy()
                .role_name(p.req("RoleName")?)
                .policy_arn(p.req("PolicyArn")?),
            none
        ),
        "iam:DetachRolePolicy" => send!(
            p,
            action,
            c.detach_role_policy()
                .role_name(p.req("RoleName")?)
                .policy_arn(p.req("PolicyArn")?),
            none
        ),
        "iam:AttachUserPolicy" => send!(
            p,
            action,
            c.attach_user_policy()
                .user_name(p.req("UserName")?)
                .policy_arn(p.req("PolicyArn")?),
            none
        ),
        "iam:DetachUserPolicy" => send!(
            p,
            action,
            c.detach_user_policy()
                .user_name(p.req("UserName")?)
                .policy_arn(p.req("PolicyArn")?),
            none
        ),
        "iam:ListAttachedRolePolicies" => send!(
            p,
            action,
            c.list_attached_role_policies()
                .role_name(p.req("RoleName")?),
            |o| { names(o.attached_policies().iter().filter_map(|x| x.policy_name())) }
        ),
        "iam:ListAttachedUserPolicies" => send!(
            p,
            action,
            c.list_attached_user_policies()
                .user_name(p.req("UserName")?),
            |o| { names(o.attached_policies().iter().filter_map(|x| x.policy_name())) }
        ),
        "iam:PutRolePolicy" => send!(
            p,
            action,
            c.put_role_policy()
                .role_name(p.req("RoleName")?)
                .policy_name(p.req("PolicyName")?)
                .policy_document(p.req("PolicyDocument")?),
            none
        ),
        "iam:GetRolePolicy" => send!(
            p,
            action,
            c.get_role_policy()
                .role_name(p.req("RoleName")?)
                .policy_name(p.req("PolicyName")?),
            |o| fields([("PolicyDocument", Some(decode_document(o.policy_document())))])
        ),
        "iam:DeleteRolePolicy" => send!(
            p,
            action,
            c.delete_role_policy()
                .role_name(p.req("RoleName")?)
                .policy_name(p.req("PolicyName")?),
            none
        ),
        "iam:ListRolePolicies" => send!(
            p,
            action,
            c.list_role_policies().role_name(p.req("RoleName")?),
            |o| { names(o.policy_names().iter().map(String::as_str)) }
        ),
        "iam:PutUserPolicy" => send!(
            p,
            action,
            c.put_user_policy()
                .user_name(p.req("UserName")?)
                .policy_name(p.req("PolicyName")?)
                .policy_document(p.req("PolicyDocument")?),
            none
        ),
        "iam:GetUserPolicy" => send!(
            p,
            action,
            c.get_user_policy()
                .user_name(p.req("UserName")?)
                .policy_name(p.req("PolicyName")?),
            |o| fields([("PolicyDocument", Some(decode_document(o.policy_document())))])
        ),
        "iam:DeleteUserPolicy" => send!(
            p,
            action,
            c.delete_user_policy()
                .user_name(p.req("UserName")?)
                .policy_name(p.req("PolicyName")?),
            none
        ),
        "iam:ListUserPolicies" => send!(
            p,
            action,
            c.list_user_policies().user_name(p.req("UserName")?),
            |o| { names(o.policy_names().iter().map(String::as_str)) }
        ),
        "iam:PutRolePermissionsBoundary" => send!(
            p,
            action,
            c.put_role_permissions_boundary()
                .role_name(p.req("RoleName")?)
                .permissions_boundary(p.req("PermissionsBoundary")?),
            none
        ),
        "iam:DeleteRolePermissionsBoundary" => {
            send!(
                p,
                action,
                c.delete_role_permissions_boundary()
                    .role_name(p.req("RoleName")?),
                none
            )
        }
        "iam:PutUserPermissionsBoundary" => send!(
            p,
            action,
            c.put_user_permissions_boundary()
                .user_name(p.req("UserName")?)
                .permissions_boundary(p.req("PermissionsBoundary")?),
            none
        ),
        "iam:CreateAccessKey" => send!(
            p,
            action,
            c.create_access_key().set_user_name(p.opt("UserName")),
            |o| {
                // The secret is deliberately not kept.
                fields([(
                    "AccessKeyId",
                    o.access_key().map(|k| k.access_key_id().to_owned()),
                )])
            }
        ),
        "iam:ListAccessKeys" => send!(
            p,
            action,
            c.list_access_keys().set_user_name(p.opt("UserName")),
            |o| {
                names(
                    o.access_key_metadata()
                        .iter()
                        .filter_map(|k| k.access_key_id()),
                )
            }
        ),
        "iam:UpdateAccessKey" => send!(
            p,
            action,
            c.update_access_key()
                .set_user_name(p.opt("UserName"))
                .access_key_id(p.req("AccessKeyId")?)
                .status(aws_sdk_iam::types::StatusType::from(
                    p.req("Status")?.as_str()
                )),
            none
        ),
        "iam:DeleteAccessKey" => send!(
            p,
            action,
            c.delete_access_key()
                .set_user_name(p.opt("UserName"))
                .access_key_id(p.req("AccessKeyId")?),
            none
        ),
        "iam:CreateGroup" => {
            let name = p.req("GroupName")?;
            let outcome = send!(
                p,
                action,
                c.create_group().group_name(&name).set_path(p.opt("Path")),
                |o| { fields([("Arn", o.group().map(|g| g.arn().to_owned()))]) }
            );
            return Ok(made(outcome, Made::Group(name)));
        }
        "iam:GetGroup" => send!(
            p,
            action,
            c.get_group().group_name(p.req("GroupName")?),
            |o| { names(o.users().iter().map(|u| u.user_name())) }
        ),
        "iam:ListGroups" => send!(
            p,
            action,
            c.list_groups().set_path_prefix(p.opt("PathPrefix")),
            |o| { names(o.groups().iter().map(|g| g.group_name())) }
        ),
        "iam:DeleteGroup" => send!(
            p,
            action,
            c.delete_group().group_name(p.req("GroupName")?),
            none
        ),
        "iam:AddUserToGroup" => send!(
            p,
            action,
            c.add_user_to_group()
                .group_name(p.req("GroupName")?)
                .user_name(p.req("UserName")?),
            none
        ),
        "iam:CreateInstanceProfile" => {
            let name = p.req("InstanceProfileName")?;
            let outcome = send!(
                p,
                action,
                c.create_instance_profile()
                    .instance_profile_name(&name)
                    .set_path(p.opt("Path")),
                none
            );
            return Ok(made(outcome, Made::InstanceProfile(name)));
        }
        "iam:AddRoleToInstanceProfile" => send!(
            p,
            action,
            c.add_role_to_instance_profile()
                .instance_profile_name(p.req("InstanceProfileName")?)
                .role_name(p.req("RoleName")?),
            none
        ),
        "iam:RemoveRoleFromInstanceProfile" => send!(
            p,
            action,
            c.remove_role_from_instance_profile()
                .instance_profile_name(p.req("InstanceProfileName")?)
                .role_name(p.req("RoleName")?),
            none
        ),
        "iam:DeleteInstanceProfile" => {
            send!(
                p,
                action,
                c.delete_instance_profile()
                    .instance_profile_name(p.req("InstanceProfileName")?),
                none
            )
        }
        "iam:GetAccountSummary" => send!(p, action, c.get_account_summary(), |o| {
            o.summary_map()
                .map(|m| {
                    m.iter()
                        .map(|(k, v)| (k.as_str().to_owned(), v.to_string()))
                        .collect()
                })
                .unwrap_or_default()
        }),
        other => bail!(
            "the action table has no {other:?}; known actions: {}",
            ACTIONS.join(", ")
        ),
    };
    Ok(o.into())
}

async fn sts(c: aws_sdk_sts::Client, action: &str, p: &mut Parameters<'_>) -> Result<Called> {
    let o = match action {
        "sts:GetCallerIdentity" => send!(p, action, c.get_caller_identity(), |o| {
            fields([
                ("Account", o.account().map(str::to_owned)),
                ("Arn", o.arn().map(str::to_owned)),
                ("UserId", o.user_id().map(str::to_owned)),
            ])
        }),
        "sts:GetAccessKeyInfo" => send!(
            p,
            action,
            c.get_access_key_info().access_key_id(p.req("AccessKeyId")?),
            |o| { fields([("Account", o.account().map(str::to_owned))]) }
        ),
        "sts:AssumeRole" => {
            let policy_arns = p.opt_list("PolicyArns").map(|arns| {
                arns.into_iter()
                    .map(|arn| {
                        aws_sdk_sts::types::PolicyDescriptorType::builder()
                            .arn(arn)
                            .build()
                    })
                    .collect()
            });
            let request = c
                .assume_role()
                .role_arn(p.req("RoleArn")?)
                .role_session_name(p.req("RoleSessionName")?)
                .set_duration_seconds(p.opt_int("DurationSeconds")?)
                .set_external_id(p.opt("ExternalId"))
                .set_policy(p.opt("Policy"))
                .set_policy_arns(policy_arns)
                .set_tags(p.opt("Tags").map(|t| sts_tags(&t)).transpose()?)
                .set_transitive_tag_keys(p.opt_list("TransitiveTagKeys"))
                .set_source_identity(p.opt("SourceIdentity"));
            p.finish()?;
            let result = request.send().await;
            let credentials = result
                .as_ref()
                .ok()
                .and_then(|o| o.credentials())
                .map(temporary_keys);
            let outcome = from_result(action, result, |o| {
                let assumed = o.assumed_role_user();
                fields([
                    ("AssumedRoleArn", assumed.map(|a| a.arn().to_owned())),
                    (
                        "AssumedRoleId",
                        assumed.map(|a| a.assumed_role_id().to_owned()),
                    ),
                    (
                        "AccessKeyId",
                        o.credentials().map(|c| c.access_key_id().to_owned()),
                    ),
                    (
                        "Expiration",
                        o.credentials().map(|c| c.expiration().secs().to_string()),
                    ),
                    // Deprecated in the SDK model, but it is what the STS reference documents.
                    #[allow(deprecated)]
                    (
                        "PackedPolicySize",
                        o.packed_policy_size().map(|n| n.to_string()),
                    ),
                    ("SourceIdentity", o.source_identity().map(str::to_owned)),
                ])
            })?;
            return Ok(Called {
                outcome,
                credentials,
                made: None,
            });
        }
        "sts:GetSessionToken" => {
            let request = c
                .get_session_token()
                .set_duration_seconds(p.opt_int("DurationSeconds")?);
            p.finish()?;
            let result = request.send().await;
            let credentials = result
                .as_ref()
                .ok()
                .and_then(|o| o.credentials())
                .map(temporary_keys);
            let outcome = from_result(action, result, |o| {
                fields([
                    (
                        "AccessKeyId",
                        o.credentials().map(|c| c.access_key_id().to_owned()),
                    ),
                    (
                        "Expiration",
                        o.credentials().map(|c| c.expiration().secs().to_string()),
                    ),
                ])
            })?;
            return Ok(Called {
                outcome,
                credentials,
                made: None,
            });
        }
        other => bail!(
            "the action table has no {other:?}; known actions: {}",
            ACTIONS.join(", ")
        ),
    };
    Ok(o.into())
}

/// For calls whose reply carries nothing worth asserting on.
fn none<T>(_: &T) -> Fields {
    Fields::new()
}

fn temporary_keys(c: &aws_sdk_sts::types::Credentials) -> Keys {
    Keys {
        access_key_id: c.access_key_id().to_owned(),
        secret_access_key: Secret::new(c.secret_access_key()),
        session_token: Some(Secret::new(c.session_token())),
    }
}

fn made(outcome: Outcome, what: Made) -> Called {
    let made = outcome.is_success().then_some(what);
    Called {
        outcome,
        credentials: None,
        made,
    }
}

/// IAM returns policy documents URL-encoded.
fn decode_document(text: &str) -> String {
    urlencoding::decode(text).map_or_else(|_| text.to_owned(), |d| d.into_owned())
}

/// Parameters a step passed, checked off as the action reads them so that a
/// misspelt parameter is an error instead of being silently ignored.
struct Parameters<'a> {
    action: &'a str,
    given: Params,
}

impl Parameters<'_> {
    fn opt(&mut self, name: &str) -> Option<String> {
        self.given.remove(name)
    }

    fn req(&mut self, name: &str) -> Result<String> {
        self.given
            .remove(name)
            .with_context(|| format!("{} needs the parameter {name}", self.action))
    }

    fn opt_int(&mut self, name: &str) -> Result<Option<i32>> {
        self.given
            .remove(name)
            .map(|v| {
                v.trim()
                    .parse::<i32>()
                    .with_context(|| format!("{name} must be a whole number, not {v:?}"))
            })
            .transpose()
    }

    fn opt_bool(&mut self, name: &str) -> Result<Option<bool>> {
        self.given
            .remove(name)
            .map(|v| {
                v.trim()
                    .parse::<bool>()
                    .with_context(|| format!("{name} must be true or false, not {v:?}"))
            })
            .transpose()
    }

    fn opt_list(&mut self, name: &str) -> Option<Vec<String>> {
        self.given.remove(name).map(|v| split_list(&v))
    }

    fn finish(&self) -> Result<()> {
        if let Some(unused) = self.given.keys().next() {
            bail!(
                "{} does not take the parameter {unused} (check its spelling)",
                self.action
            );
        }
        Ok(())
    }
}

fn split_list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `key=value, key2=value2`
fn tag_pairs(value: &str) -> Result<Vec<(String, String)>> {
    split_list(value)
        .into_iter()
        .map(|pair| {
            let (k, v) = pair
                .split_once('=')
                .with_context(|| format!("tag {pair:?} must be key=value"))?;
            Ok((k.to_owned(), v.to_owned()))
        })
        .collect()
}

fn iam_tags(value: &str) -> Result<Vec<aws_sdk_iam::types::Tag>> {
    tag_pairs(value)?
        .into_iter()
        .map(|(k, v)| {
            aws_sdk_iam::types::Tag::builder()
                .key(k)
                .value(v)
                .build()
                .map_err(Into::into)
        })
        .collect()
}

fn sts_tags(value: &str) -> Result<Vec<aws_sdk_sts::types::Tag>> {
    tag_pairs(value)?
        .into_iter()
        .map(|(k, v)| {
            aws_sdk_sts::types::Tag::builder()
                .key(k)
                .value(v)
                .build()
                .map_err(Into::into)
        })
        .collect()
}

fn fields<const N: usize>(pairs: [(&str, Option<String>); N]) -> Fields {
    pairs
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v)))
        .collect()
}

/// A listing as `Count` and comma-separated `Names`.
fn names<'a>(items: impl Iterator<Item = &'a str>) -> Fields {
    let all: Vec<&str> = items.collect();
    Fields::from([
        ("Count".to_owned(), all.len().to_string()),
        ("Names".to_owned(), all.join(",")),
    ])
}

/// Seconds from now until an `Expiration` field's instant (negative if past).
pub fn seconds_until(expiration: &str) -> Option<i64> {
    let at: i64 = expiration.parse().ok()?;
    Some(at - DateTime::from(std::time::SystemTime::now()).secs())
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
        assert_eq!(p.req("RoleArn").unwrap(), "a");
        assert!(
            p.req("RoleSessionName")
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

    #[test]
    fn lists_and_tags_are_parsed() {
        assert_eq!(split_list(" a, b ,,c"), ["a", "b", "c"]);
        assert_eq!(
            tag_pairs("team=red, env = x").unwrap(),
            [("team".into(), "red".into()), ("env ".into(), " x".into())]
        );
        assert!(tag_pairs("novalue").is_err());
    }

    #[test]
    fn only_server_crashes_without_an_aws_error_are_retried() {
        use crate::outcome::ErrorInfo;
        let with = |status, standard_envelope| Outcome {
            action: "iam:ListUsers".into(),
            status,
            error: Some(ErrorInfo {
                code: "X".into(),
                message: String::new(),
                standard_envelope,
            }),
            fields: Fields::new(),
        };
        assert!(is_crash(&with(500, false)));
        assert!(
            !is_crash(&with(500, true)),
            "an AWS-shaped ServiceFailure is an answer"
        );
        assert!(!is_crash(&with(403, false)));
    }

    #[test]
    fn documents_are_url_decoded() {
        assert_eq!(decode_document("%7B%22a%22%3A1%7D"), r#"{"a":1}"#);
    }
}
