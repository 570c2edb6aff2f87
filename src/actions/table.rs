//! The action table: every IAM/STS action a scenario or a scene can call, as
//! a scenario writes it ("iam:ListUsers"), with what the suite knows about it
//! and how it is sent. A new action is one entry here, in name order, plus its
//! line in docs/writing-scenarios.md (a test compares the two).
//!
//! An entry is `"service:Name" { properties } client |c, p| request`, where
//! the properties are [`Action`]'s fields, `client` is `iam` or `sts`, `c` that
//! client and `p` the call's [`Parameters`]; the request evaluates to an
//! [`Outcome`] or, when it issues credentials or creates an entity, a [`Called`].

use super::*;
use crate::cleanup::{EntityKind, Undo};

actions! {
    "iam:AddRoleToInstanceProfile" { fields: &[] }
    iam |c, p| send!(p, c.add_role_to_instance_profile()
                .instance_profile_name(p.req("InstanceProfileName")?)
                .role_name(p.req("RoleName")?),
            none
        );
    "iam:AddUserToGroup" { undo: Some(|p, _| Some(Undo::Membership { user: p.get("UserName")?.clone(), group: p.get("GroupName")?.clone() })), fields: &[] }
    iam |c, p| send!(p, c.add_user_to_group()
                .group_name(p.req("GroupName")?)
                .user_name(p.req("UserName")?),
            none
        );
    "iam:AttachGroupPolicy" { undo: Some(|p, _| Some(Undo::GroupAttachment { group: p.get("GroupName")?.clone(), arn: p.get("PolicyArn")?.clone() })), fields: &[] }
    iam |c, p| send!(p, c.attach_group_policy()
                .group_name(p.req("GroupName")?)
                .policy_arn(p.req("PolicyArn")?),
            none
        );
    "iam:AttachRolePolicy" { undo: Some(|p, _| Some(Undo::RoleAttachment { role: p.get("RoleName")?.clone(), arn: p.get("PolicyArn")?.clone() })), fields: &[] }
    iam |c, p| send!(p, c.attach_role_policy()
                .role_name(p.req("RoleName")?)
                .policy_arn(p.req("PolicyArn")?),
            none
        );
    "iam:AttachUserPolicy" { undo: Some(|p, _| Some(Undo::UserAttachment { user: p.get("UserName")?.clone(), arn: p.get("PolicyArn")?.clone() })), fields: &[] }
    iam |c, p| send!(p, c.attach_user_policy()
                .user_name(p.req("UserName")?)
                .policy_arn(p.req("PolicyArn")?),
            none
        );
    "iam:CreateAccessKey" { undo: Some(|p, f| Some(Undo::AccessKey { user: p.get("UserName")?.clone(), key_id: f.get("AccessKeyId")?.clone() })), fields: &["AccessKeyId"],
        adds: Some(&Additions {
            list: ("iam:ListAccessKeys", |p| only(p, &["UserName"])),
            added: "AccessKeyId",
            remove: ("iam:DeleteAccessKey", |p, key| with(only(p, &["UserName"]), "AccessKeyId", key)),
        }) }
    iam |c, p| {
        let request = c.create_access_key().set_user_name(p.opt("UserName"));
        p.finish()?;
        let result = request.send().await;
        // The secret becomes the new key's credentials, never a field.
        let credentials = result.as_ref().ok().and_then(|o| o.access_key()).map(|k| {
            Keys::long_term(k.access_key_id(), k.secret_access_key())
        });
        let outcome = from_result(p.action, result, |o| {
            fields([(
                "AccessKeyId",
                o.access_key().map(|k| k.access_key_id().to_owned()),
            )])
        })?;
        Called {
            credentials,
            ..Called::from(outcome)
        }
    };
    "iam:CreateGroup" { creates: Some(EntityKind::Group), fields: &["Arn"] }
    iam |c, p| {
            let name = p.req("GroupName")?;
            let outcome = send!(p, c.create_group().group_name(&name).set_path(p.opt("Path")),
                |o| { fields([("Arn", o.group().map(|g| g.arn().to_owned()))]) }
            );
            made(outcome, name)
        };
    "iam:CreateInstanceProfile" { creates: Some(EntityKind::InstanceProfile), fields: &[] }
    iam |c, p| {
            let name = p.req("InstanceProfileName")?;
            let outcome = send!(p, c.create_instance_profile()
                    .instance_profile_name(&name)
                    .set_path(p.opt("Path")),
                none
            );
            made(outcome, name)
        };
    "iam:CreatePolicy" { creates: Some(EntityKind::Policy), fields: &["Arn", "DefaultVersionId"] }
    iam |c, p| {
            let name = p.req("PolicyName")?;
            let request = c
                .create_policy()
                .policy_name(&name)
                .policy_document(p.req("PolicyDocument")?)
                .set_path(p.opt("Path"))
                .set_description(p.opt("Description"))
                .set_tags(p.opt("Tags").map(|t| iam_tags(&t)).transpose()?);
            let outcome = send!(p, request, |o| {
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
            match arn {
                Some(arn) => made(outcome, arn),
                None => outcome.into(),
            }
        };
    "iam:CreatePolicyVersion" { fields: &["VersionId"],
        adds: Some(&Additions {
            list: ("iam:ListPolicyVersions", |p| only(p, &["PolicyArn"])),
            added: "VersionId",
            remove: ("iam:DeletePolicyVersion", |p, version| with(only(p, &["PolicyArn"]), "VersionId", version)),
        }) }
    iam |c, p| send!(p, c.create_policy_version()
                .policy_arn(p.req("PolicyArn")?)
                .policy_document(p.req("PolicyDocument")?)
                .set_set_as_default(p.opt_bool("SetAsDefault")?),
            |o| fields([(
                "VersionId",
                o.policy_version()
                    .and_then(|v| v.version_id())
                    .map(str::to_owned)
            )])
        );
    "iam:CreateRole" { creates: Some(EntityKind::Role), fields: &["Arn", "RoleId"] }
    iam |c, p| {
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
            let outcome = send!(p, request, |o| {
                fields([
                    ("Arn", o.role().map(|r| r.arn().to_owned())),
                    ("RoleId", o.role().map(|r| r.role_id().to_owned())),
                ])
            });
            made(outcome, name)
        };
    "iam:CreateUser" { creates: Some(EntityKind::User), fields: &["Arn"] }
    iam |c, p| {
            let name = p.req("UserName")?;
            let request = c
                .create_user()
                .user_name(&name)
                .set_path(p.opt("Path"))
                .set_permissions_boundary(p.opt("PermissionsBoundary"))
                .set_tags(p.opt("Tags").map(|t| iam_tags(&t)).transpose()?);
            let outcome = send!(p, request, |o| fields([(
                "Arn",
                o.user().map(|u| u.arn().to_owned())
            )]));
            made(outcome, name)
        };
    "iam:CreateVirtualMFADevice" { creates: Some(EntityKind::MfaDevice), fields: &["SerialNumber"] }
    iam |c, p| {
            let request = c
                .create_virtual_mfa_device()
                .virtual_mfa_device_name(p.req("VirtualMFADeviceName")?)
                .set_path(p.opt("Path"));
            p.finish()?;
            let result = request.send().await;
            let device = result.as_ref().ok().and_then(|o| o.virtual_mfa_device());
            // The seed becomes the device's secret, never a field.
            let seed = device
                .and_then(|d| d.base32_string_seed())
                .map(|s| Secret::new(String::from_utf8_lossy(s.as_ref()).into_owned()));
            let serial = device.map(|d| d.serial_number().to_owned());
            let outcome = from_result(p.action, result, |_| fields([("SerialNumber", serial.clone())]))?;
            Called {
                mfa_seed: seed,
                ..made(outcome, serial.unwrap_or_default())
            }
        };
    "iam:DeactivateMFADevice" { fields: &[] }
    iam |c, p| send!(p, c.deactivate_mfa_device()
                .user_name(p.req("UserName")?)
                .serial_number(p.req("SerialNumber")?),
            none
        );
    "iam:DeleteAccessKey" { fields: &[] }
    iam |c, p| send!(p, c.delete_access_key()
                .set_user_name(p.opt("UserName"))
                .access_key_id(p.req("AccessKeyId")?),
            none
        );
    "iam:DeleteGroup" { fields: &[] }
    iam |c, p| send!(p, c.delete_group().group_name(p.req("GroupName")?),
            none
        );
    "iam:DeleteGroupPolicy" { fields: &[] }
    iam |c, p| send!(p, c.delete_group_policy()
                .group_name(p.req("GroupName")?)
                .policy_name(p.req("PolicyName")?),
            none
        );
    "iam:DeleteInstanceProfile" { fields: &[] }
    iam |c, p| {
            send!(p, c.delete_instance_profile()
                    .instance_profile_name(p.req("InstanceProfileName")?),
                none
            )
        };
    "iam:DeletePolicy" { fields: &[] }
    iam |c, p| send!(p, c.delete_policy().policy_arn(p.req("PolicyArn")?),
            none
        );
    "iam:DeletePolicyVersion" { fields: &[] }
    iam |c, p| send!(p, c.delete_policy_version()
                .policy_arn(p.req("PolicyArn")?)
                .version_id(p.req("VersionId")?),
            none
        );
    "iam:DeleteRole" { fields: &[] }
    iam |c, p| send!(p, c.delete_role().role_name(p.req("RoleName")?),
            none
        );
    "iam:DeleteRolePermissionsBoundary" { fields: &[] }
    iam |c, p| {
            send!(p, c.delete_role_permissions_boundary()
                    .role_name(p.req("RoleName")?),
                none
            )
        };
    "iam:DeleteRolePolicy" { fields: &[] }
    iam |c, p| send!(p, c.delete_role_policy()
                .role_name(p.req("RoleName")?)
                .policy_name(p.req("PolicyName")?),
            none
        );
    "iam:DeleteUser" { fields: &[] }
    iam |c, p| send!(p, c.delete_user().user_name(p.req("UserName")?),
            none
        );
    "iam:DeleteUserPermissionsBoundary" { fields: &[] }
    iam |c, p| {
            send!(p, c.delete_user_permissions_boundary()
                    .user_name(p.req("UserName")?),
                none
            )
        };
    "iam:DeleteUserPolicy" { fields: &[] }
    iam |c, p| send!(p, c.delete_user_policy()
                .user_name(p.req("UserName")?)
                .policy_name(p.req("PolicyName")?),
            none
        );
    "iam:DeleteVirtualMFADevice" { fields: &[] }
    iam |c, p| send!(p, c.delete_virtual_mfa_device().serial_number(p.req("SerialNumber")?),
            none
        );
    "iam:DetachGroupPolicy" { fields: &[] }
    iam |c, p| send!(p, c.detach_group_policy()
                .group_name(p.req("GroupName")?)
                .policy_arn(p.req("PolicyArn")?),
            none
        );
    "iam:DetachRolePolicy" { fields: &[] }
    iam |c, p| send!(p, c.detach_role_policy()
                .role_name(p.req("RoleName")?)
                .policy_arn(p.req("PolicyArn")?),
            none
        );
    "iam:DetachUserPolicy" { fields: &[] }
    iam |c, p| send!(p, c.detach_user_policy()
                .user_name(p.req("UserName")?)
                .policy_arn(p.req("PolicyArn")?),
            none
        );
    "iam:EnableMFADevice" { undo: Some(|p, _| Some(Undo::MfaAssignment { user: p.get("UserName")?.clone(), serial: p.get("SerialNumber")?.clone() })), fields: &[] }
    iam |c, p| send!(p, c.enable_mfa_device()
                .user_name(p.req("UserName")?)
                .serial_number(p.req("SerialNumber")?)
                .authentication_code1(p.req("AuthenticationCode1")?)
                .authentication_code2(p.req("AuthenticationCode2")?),
            none
        );
    "iam:GetAccountSummary" {
        repeatable: true,
        whole_account: true,
        fields: aws_sdk_iam::types::SummaryKeyType::values(),
    }
    iam |c, p| send!(p, c.get_account_summary(), |o| {
            o.summary_map()
                .map(|m| {
                    m.iter()
                        // Keys the API reference does not list are no field.
                        .filter(|(k, _)| aws_sdk_iam::types::SummaryKeyType::values().contains(&k.as_str()))
                        .map(|(k, v)| (k.as_str().to_owned(), v.to_string()))
                        .collect()
                })
                .unwrap_or_default()
        });
    "iam:GetGroup" { repeatable: true, fields: &["Arn", "Count", "Names"] }
    iam |c, p| send!(p, c.get_group().group_name(p.req("GroupName")?),
            |o| {
                let mut members = names(o.users().iter().map(|u| u.user_name()));
                members.extend(fields([("Arn", o.group().map(|g| g.arn().to_owned()))]));
                members
            }
        );
    "iam:GetPolicy" { repeatable: true, fields: &["Arn", "DefaultVersionId", "AttachmentCount"] }
    iam |c, p| send!(p, c.get_policy().policy_arn(p.req("PolicyArn")?),
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
        );
    "iam:GetPolicyVersion" { repeatable: true, fields: &["VersionId", "IsDefaultVersion", "Document"] }
    iam |c, p| send!(p, c.get_policy_version()
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
        );
    "iam:GetRole" { repeatable: true, fields: &["RoleName", "Arn", "RoleId", "Path", "MaxSessionDuration", "AssumeRolePolicyDocument", "PermissionsBoundaryArn"] }
    iam |c, p| send!(p, c.get_role().role_name(p.req("RoleName")?), |o| {
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
        });
    "iam:GetRolePolicy" { repeatable: true, fields: &["PolicyDocument"] }
    iam |c, p| send!(p, c.get_role_policy()
                .role_name(p.req("RoleName")?)
                .policy_name(p.req("PolicyName")?),
            |o| fields([("PolicyDocument", Some(decode_document(o.policy_document())))])
        );
    "iam:GetUser" { repeatable: true, fields: &["UserName", "Arn", "UserId", "Path", "PermissionsBoundaryArn"] }
    iam |c, p| send!(p, c.get_user().set_user_name(p.opt("UserName")),
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
        );
    "iam:GetUserPolicy" { repeatable: true, fields: &["PolicyDocument"] }
    iam |c, p| send!(p, c.get_user_policy()
                .user_name(p.req("UserName")?)
                .policy_name(p.req("PolicyName")?),
            |o| fields([("PolicyDocument", Some(decode_document(o.policy_document())))])
        );
    "iam:ListAccessKeys" { repeatable: true, fields: &["Count", "Names"] }
    iam |c, p| send!(p, c.list_access_keys().set_user_name(p.opt("UserName")),
            |o| {
                names(
                    o.access_key_metadata()
                        .iter()
                        .filter_map(|k| k.access_key_id()),
                )
            }
        );
    "iam:ListAttachedRolePolicies" { repeatable: true, fields: &["Count", "Names"] }
    iam |c, p| send!(p, c.list_attached_role_policies()
                .role_name(p.req("RoleName")?),
            |o| { names(o.attached_policies().iter().filter_map(|x| x.policy_name())) }
        );
    "iam:ListAttachedUserPolicies" { repeatable: true, fields: &["Count", "Names"] }
    iam |c, p| send!(p, c.list_attached_user_policies()
                .user_name(p.req("UserName")?),
            |o| { names(o.attached_policies().iter().filter_map(|x| x.policy_name())) }
        );
    "iam:ListGroups" { repeatable: true, whole_account: true, fields: &["Count", "Names"] }
    iam |c, p| send!(p, c.list_groups().set_path_prefix(p.opt("PathPrefix")),
            |o| { names(o.groups().iter().map(|g| g.group_name())) }
        );
    "iam:ListMFADevices" { repeatable: true, fields: &["Count", "Names"] }
    iam |c, p| send!(p, c.list_mfa_devices().set_user_name(p.opt("UserName")),
            |o| { names(o.mfa_devices().iter().map(|d| d.serial_number())) }
        );
    "iam:ListPolicies" { repeatable: true, whole_account: true, fields: &["Count", "Names"] }
    iam |c, p| send!(p, c.list_policies()
                .set_scope(
                    p.opt("Scope")
                        .map(|s| aws_sdk_iam::types::PolicyScopeType::from(s.as_str()))
                )
                .set_path_prefix(p.opt("PathPrefix")),
            |o| names(o.policies().iter().filter_map(|x| x.policy_name()))
        );
    "iam:ListPolicyVersions" { repeatable: true, fields: &["Count", "Names"] }
    iam |c, p| send!(p, c.list_policy_versions().policy_arn(p.req("PolicyArn")?),
            |o| { names(o.versions().iter().filter_map(|v| v.version_id())) }
        );
    "iam:ListRolePolicies" { repeatable: true, fields: &["Count", "Names"] }
    iam |c, p| send!(p, c.list_role_policies().role_name(p.req("RoleName")?),
            |o| { names(o.policy_names().iter().map(String::as_str)) }
        );
    "iam:ListRoleTags" { repeatable: true, fields: &["Count", "Names"] }
    iam |c, p| send!(p, c.list_role_tags().role_name(p.req("RoleName")?),
            |o| { names(o.tags().iter().map(|t| t.key())) }
        );
    "iam:ListRoles" { repeatable: true, whole_account: true, fields: &["Count", "Names"] }
    iam |c, p| send!(p, c.list_roles().set_path_prefix(p.opt("PathPrefix")),
            |o| { names(o.roles().iter().map(|r| r.role_name())) }
        );
    "iam:ListUserPolicies" { repeatable: true, fields: &["Count", "Names"] }
    iam |c, p| send!(p, c.list_user_policies().user_name(p.req("UserName")?),
            |o| { names(o.policy_names().iter().map(String::as_str)) }
        );
    "iam:ListUsers" { repeatable: true, whole_account: true, fields: &["Count", "Names"] }
    iam |c, p| send!(p, c.list_users().set_path_prefix(p.opt("PathPrefix")),
            |o| { names(o.users().iter().map(|u| u.user_name())) }
        );
    "iam:PutGroupPolicy" { undo: Some(|p, _| Some(Undo::GroupInline { group: p.get("GroupName")?.clone(), policy: p.get("PolicyName")?.clone() })), fields: &[] }
    iam |c, p| send!(p, c.put_group_policy()
                .group_name(p.req("GroupName")?)
                .policy_name(p.req("PolicyName")?)
                .policy_document(p.req("PolicyDocument")?),
            none
        );
    "iam:PutRolePermissionsBoundary" { fields: &[] }
    iam |c, p| send!(p, c.put_role_permissions_boundary()
                .role_name(p.req("RoleName")?)
                .permissions_boundary(p.req("PermissionsBoundary")?),
            none
        );
    "iam:PutRolePolicy" { undo: Some(|p, _| Some(Undo::RoleInline { role: p.get("RoleName")?.clone(), policy: p.get("PolicyName")?.clone() })), fields: &[] }
    iam |c, p| send!(p, c.put_role_policy()
                .role_name(p.req("RoleName")?)
                .policy_name(p.req("PolicyName")?)
                .policy_document(p.req("PolicyDocument")?),
            none
        );
    "iam:PutUserPermissionsBoundary" { fields: &[] }
    iam |c, p| send!(p, c.put_user_permissions_boundary()
                .user_name(p.req("UserName")?)
                .permissions_boundary(p.req("PermissionsBoundary")?),
            none
        );
    "iam:PutUserPolicy" { undo: Some(|p, _| Some(Undo::UserInline { user: p.get("UserName")?.clone(), policy: p.get("PolicyName")?.clone() })), fields: &[] }
    iam |c, p| send!(p, c.put_user_policy()
                .user_name(p.req("UserName")?)
                .policy_name(p.req("PolicyName")?)
                .policy_document(p.req("PolicyDocument")?),
            none
        );
    "iam:RemoveRoleFromInstanceProfile" { fields: &[] }
    iam |c, p| send!(p, c.remove_role_from_instance_profile()
                .instance_profile_name(p.req("InstanceProfileName")?)
                .role_name(p.req("RoleName")?),
            none
        );
    "iam:RemoveUserFromGroup" { fields: &[] }
    iam |c, p| send!(p, c.remove_user_from_group()
                .group_name(p.req("GroupName")?)
                .user_name(p.req("UserName")?),
            none
        );
    "iam:SetDefaultPolicyVersion" { fields: &[] }
    iam |c, p| send!(p, c.set_default_policy_version()
                .policy_arn(p.req("PolicyArn")?)
                .version_id(p.req("VersionId")?),
            none
        );
    "iam:TagRole" { fields: &[] }
    iam |c, p| send!(p, c.tag_role()
                .role_name(p.req("RoleName")?)
                .set_tags(Some(iam_tags(&p.req("Tags")?)?)),
            none
        );
    "iam:TagUser" { fields: &[] }
    iam |c, p| send!(p, c.tag_user()
                .user_name(p.req("UserName")?)
                .set_tags(Some(iam_tags(&p.req("Tags")?)?)),
            none
        );
    "iam:UpdateAccessKey" { fields: &[] }
    iam |c, p| send!(p, c.update_access_key()
                .set_user_name(p.opt("UserName"))
                .access_key_id(p.req("AccessKeyId")?)
                .status(aws_sdk_iam::types::StatusType::from(
                    p.req("Status")?.as_str()
                )),
            none
        );
    "iam:UpdateAssumeRolePolicy" { fields: &[] }
    iam |c, p| send!(p, c.update_assume_role_policy()
                .role_name(p.req("RoleName")?)
                .policy_document(p.req("PolicyDocument")?),
            none
        );
    "iam:UpdateRole" { fields: &[] }
    iam |c, p| send!(p, c.update_role()
                .role_name(p.req("RoleName")?)
                .set_max_session_duration(p.opt_int("MaxSessionDuration")?)
                .set_description(p.opt("Description")),
            none
        );
    "sts:AssumeRole" { repeatable: true, fields: &["AssumedRoleArn", "AssumedRoleId", "AccessKeyId", "Expiration", "PackedPolicySize", "SourceIdentity"] }
    sts |c, p| {
            let request = c
                .assume_role()
                .role_arn(p.req("RoleArn")?)
                .role_session_name(p.req("RoleSessionName")?)
                .set_duration_seconds(p.opt_int("DurationSeconds")?)
                .set_external_id(p.opt("ExternalId"))
                .set_policy(p.opt("Policy"))
                .set_policy_arns(session_policy_arns(p))
                .set_tags(p.opt("Tags").map(|t| sts_tags(&t)).transpose()?)
                .set_transitive_tag_keys(p.opt_list("TransitiveTagKeys"))
                .set_source_identity(p.opt("SourceIdentity"))
                .set_serial_number(p.opt("SerialNumber"))
                .set_token_code(p.opt("TokenCode"));
            p.finish()?;
            let result = request.send().await;
            let credentials = result.as_ref().ok().and_then(|o| o.credentials()).map(temporary_keys);
            let outcome = from_result(p.action, result, |o| {
                let [key, expiration] = key_fields(o.credentials());
                let assumed = o.assumed_role_user();
                fields([
                    ("AssumedRoleArn", assumed.map(|a| a.arn().to_owned())),
                    (
                        "AssumedRoleId",
                        assumed.map(|a| a.assumed_role_id().to_owned()),
                    ),
                    key,
                    expiration,
                    // Deprecated in the SDK model, but it is what the STS reference documents.
                    #[allow(deprecated)]
                    (
                        "PackedPolicySize",
                        o.packed_policy_size().map(|n| n.to_string()),
                    ),
                    ("SourceIdentity", o.source_identity().map(str::to_owned)),
                ])
            })?;
            Called {
                credentials,
                ..Called::from(outcome)
            }
        };
    "sts:GetAccessKeyInfo" { repeatable: true, fields: &["Account"] }
    sts |c, p| send!(p, c.get_access_key_info().access_key_id(p.req("AccessKeyId")?),
            |o| { fields([("Account", o.account().map(str::to_owned))]) }
        );
    "sts:GetCallerIdentity" { repeatable: true, fields: &["Account", "Arn", "UserId"] }
    sts |c, p| send!(p, c.get_caller_identity(), |o| {
            fields([
                ("Account", o.account().map(str::to_owned)),
                ("Arn", o.arn().map(str::to_owned)),
                ("UserId", o.user_id().map(str::to_owned)),
            ])
        });
    "sts:GetFederationToken" { repeatable: true, fields: &["FederatedUserArn", "FederatedUserId", "AccessKeyId", "Expiration"] }
    sts |c, p| {
            let request = c
                .get_federation_token()
                .name(p.req("Name")?)
                .set_policy(p.opt("Policy"))
                .set_policy_arns(session_policy_arns(p))
                .set_duration_seconds(p.opt_int("DurationSeconds")?);
            p.finish()?;
            let result = request.send().await;
            let credentials = result.as_ref().ok().and_then(|o| o.credentials()).map(temporary_keys);
            let outcome = from_result(p.action, result, |o| {
                let [key, expiration] = key_fields(o.credentials());
                let user = o.federated_user();
                fields([
                    ("FederatedUserArn", user.map(|u| u.arn().to_owned())),
                    ("FederatedUserId", user.map(|u| u.federated_user_id().to_owned())),
                    key,
                    expiration,
                ])
            })?;
            Called {
                credentials,
                ..Called::from(outcome)
            }
        };
    "sts:GetSessionToken" { repeatable: true, fields: &["AccessKeyId", "Expiration"] }
    sts |c, p| {
            let request = c
                .get_session_token()
                .set_duration_seconds(p.opt_int("DurationSeconds")?)
                .set_serial_number(p.opt("SerialNumber"))
                .set_token_code(p.opt("TokenCode"));
            p.finish()?;
            let result = request.send().await;
            let credentials = result.as_ref().ok().and_then(|o| o.credentials()).map(temporary_keys);
            let outcome = from_result(p.action, result, |o| fields(key_fields(o.credentials())))?;
            Called {
                credentials,
                ..Called::from(outcome)
            }
        };

}
