//! A scene built from calls, as the suite tells it, and judged.

use super::*;
use crate::model::{Message, Verdict};

const A: &str = "123456789012";

fn no_devices(_: &str, _: &str) -> Option<bool> {
    None
}

fn params(pairs: &[(&str, &str)]) -> Params {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn scene_with_jill() -> Scene {
    let mut s = Scene::new(true, "-r1-1");
    s.apply(
        By::Admin,
        "iam:CreateUser",
        &params(&[("UserName", "Jill-r1-1"), ("Path", "/p/")]),
        &params(&[("Arn", &format!("arn:aws:iam::{A}:user/p/Jill-r1-1"))]),
    );
    s.apply(
        By::Admin,
        "iam:CreateAccessKey",
        &params(&[("UserName", "Jill-r1-1")]),
        &params(&[("AccessKeyId", "AKIAJILL")]),
    );
    s
}

const ALLOW_LIST_USERS: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*"}]}"#;

#[test]
fn a_user_is_judged_by_her_policies_and_her_groups() {
    let mut s = scene_with_jill();
    let d = s
        .judge("AKIAJILL", "iam:ListUsers", &Params::new(), &no_devices)
        .unwrap();
    assert_eq!(d.message, Some(Message::NoIdentityBasedPolicyAllows));
    s.apply(
        By::Admin,
        "iam:CreateGroup",
        &params(&[("GroupName", "G-r1-1")]),
        &params(&[("Arn", "arn:aws:iam::123456789012:group/G-r1-1")]),
    );
    s.apply(
        By::Admin,
        "iam:PutGroupPolicy",
        &params(&[
            ("GroupName", "G-r1-1"),
            ("PolicyName", "L-r1-1"),
            ("PolicyDocument", ALLOW_LIST_USERS),
        ]),
        &Params::new(),
    );
    s.apply(
        By::Admin,
        "iam:AddUserToGroup",
        &params(&[("GroupName", "G-r1-1"), ("UserName", "Jill-r1-1")]),
        &Params::new(),
    );
    let d = s
        .judge("AKIAJILL", "iam:ListUsers", &Params::new(), &no_devices)
        .unwrap();
    assert!(d.verdict.allows());
    assert!(
        d.explain().contains("the inline policy L of the group G"),
        "{}",
        d.explain()
    );
    s.apply(
        By::Admin,
        "iam:RemoveUserFromGroup",
        &params(&[("GroupName", "G-r1-1"), ("UserName", "Jill-r1-1")]),
        &Params::new(),
    );
    assert!(
        !s.judge("AKIAJILL", "iam:ListUsers", &Params::new(), &no_devices)
            .unwrap()
            .verdict
            .allows()
    );
}

#[test]
fn managed_policy_versions_and_boundaries() {
    let mut s = scene_with_jill();
    let arn = "arn:aws:iam::123456789012:policy/P-r1-1";
    s.apply(
        By::Admin,
        "iam:CreatePolicy",
        &params(&[
            ("PolicyName", "P-r1-1"),
            ("PolicyDocument", ALLOW_LIST_USERS),
        ]),
        &params(&[("Arn", arn), ("DefaultVersionId", "v1")]),
    );
    s.apply(
        By::Admin,
        "iam:AttachUserPolicy",
        &params(&[("UserName", "Jill-r1-1"), ("PolicyArn", arn)]),
        &Params::new(),
    );
    assert!(
        s.judge("AKIAJILL", "iam:ListUsers", &Params::new(), &no_devices)
            .unwrap()
            .verdict
            .allows()
    );
    let silent = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListRoles","Resource":"*"}]}"#;
    s.apply(
        By::Admin,
        "iam:CreatePolicyVersion",
        &params(&[
            ("PolicyArn", arn),
            ("PolicyDocument", silent),
            ("SetAsDefault", "true"),
        ]),
        &params(&[("VersionId", "v2")]),
    );
    assert!(
        !s.judge("AKIAJILL", "iam:ListUsers", &Params::new(), &no_devices)
            .unwrap()
            .verdict
            .allows()
    );
    s.apply(
        By::Admin,
        "iam:SetDefaultPolicyVersion",
        &params(&[("PolicyArn", arn), ("VersionId", "v1")]),
        &Params::new(),
    );
    assert!(
        s.judge("AKIAJILL", "iam:ListUsers", &Params::new(), &no_devices)
            .unwrap()
            .verdict
            .allows()
    );
    // The same policy as her boundary changes nothing; a boundary silent on it denies.
    let b = "arn:aws:iam::123456789012:policy/B-r1-1";
    s.apply(
        By::Admin,
        "iam:CreatePolicy",
        &params(&[("PolicyName", "B-r1-1"), ("PolicyDocument", silent)]),
        &params(&[("Arn", b), ("DefaultVersionId", "v1")]),
    );
    s.apply(
        By::Admin,
        "iam:PutUserPermissionsBoundary",
        &params(&[("UserName", "Jill-r1-1"), ("PermissionsBoundary", b)]),
        &Params::new(),
    );
    let d = s
        .judge("AKIAJILL", "iam:ListUsers", &Params::new(), &no_devices)
        .unwrap();
    assert_eq!(d.message, Some(Message::NoPermissionsBoundaryAllows));
    assert!(
        d.explain()
            .contains("the permissions boundary the permissions boundary B")
            || d.explain().contains("boundary B"),
        "{}",
        d.explain()
    );
}

#[test]
fn sessions_carry_the_role_and_session_policies() {
    let mut s = scene_with_jill();
    let role_arn = format!("arn:aws:iam::{A}:role/p/Worker-r1-1");
    let trust = format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"AWS":"arn:aws:iam::{A}:user/p/Jill-r1-1"}},"Action":"sts:AssumeRole"}}]}}"#
    );
    s.apply(
        By::Admin,
        "iam:CreateRole",
        &params(&[
            ("RoleName", "Worker-r1-1"),
            ("AssumeRolePolicyDocument", &trust),
        ]),
        &params(&[("Arn", &role_arn), ("RoleId", "AROAW")]),
    );
    s.apply(
        By::Admin,
        "iam:PutRolePolicy",
        &params(&[
            ("RoleName", "Worker-r1-1"),
            ("PolicyName", "L"),
            ("PolicyDocument", ALLOW_LIST_USERS),
        ]),
        &Params::new(),
    );
    let assume = params(&[("RoleArn", &role_arn), ("RoleSessionName", "work")]);
    let d = s
        .judge("AKIAJILL", "sts:AssumeRole", &assume, &no_devices)
        .unwrap();
    assert!(d.verdict.allows(), "{}", d.explain());
    s.apply(
        By::Key("AKIAJILL"),
        "sts:AssumeRole",
        &assume,
        &params(&[
            ("AccessKeyId", "ASIAW"),
            (
                "AssumedRoleArn",
                &format!("arn:aws:sts::{A}:assumed-role/Worker-r1-1/work"),
            ),
        ]),
    );
    assert!(
        s.judge("ASIAW", "iam:ListUsers", &Params::new(), &no_devices)
            .unwrap()
            .verdict
            .allows()
    );
    let mut narrowed = assume.clone();
    narrowed.insert("Policy".into(), r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListRoles","Resource":"*"}]}"#.into());
    s.apply(
        By::Key("AKIAJILL"),
        "sts:AssumeRole",
        &narrowed,
        &params(&[("AccessKeyId", "ASIAN"), ("AssumedRoleArn", "x")]),
    );
    let d = s
        .judge("ASIAN", "iam:ListUsers", &Params::new(), &no_devices)
        .unwrap();
    assert_eq!(d.message, Some(Message::NoSessionPolicyAllows));
    // The role deleted and made again: its old sessions are not judged.
    s.apply(
        By::Admin,
        "iam:DeleteRole",
        &params(&[("RoleName", "Worker-r1-1")]),
        &Params::new(),
    );
    assert!(
        s.judge("ASIAW", "iam:ListUsers", &Params::new(), &no_devices)
            .is_err()
    );
    // And the recreated role's trust no longer names the deleted user... the user is still here, so it does.
    assert_eq!(
        s.judge("AKIAJILL", "iam:GetUser", &Params::new(), &no_devices)
            .unwrap()
            .verdict,
        Verdict::ImplicitDeny
    );
}

#[test]
fn a_deleted_user_named_in_a_trust_policy_is_no_longer_named() {
    let mut s = scene_with_jill();
    let role_arn = format!("arn:aws:iam::{A}:role/R-r1-1");
    let user_arn = format!("arn:aws:iam::{A}:user/p/Jill-r1-1");
    let trust = format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"AWS":"{user_arn}"}},"Action":"sts:AssumeRole"}}]}}"#
    );
    s.apply(
        By::Admin,
        "iam:CreateRole",
        &params(&[("RoleName", "R-r1-1"), ("AssumeRolePolicyDocument", &trust)]),
        &params(&[("Arn", &role_arn)]),
    );
    s.apply(
        By::Admin,
        "iam:DeleteUser",
        &params(&[("UserName", "Jill-r1-1")]),
        &Params::new(),
    );
    s.apply(
        By::Admin,
        "iam:CreateUser",
        &params(&[("UserName", "Jill-r1-1")]),
        &params(&[("Arn", &user_arn)]),
    );
    s.apply(
        By::Admin,
        "iam:CreateAccessKey",
        &params(&[("UserName", "Jill-r1-1")]),
        &params(&[("AccessKeyId", "AKIANEW")]),
    );
    let d = s
        .judge(
            "AKIANEW",
            "sts:AssumeRole",
            &params(&[("RoleArn", &role_arn), ("RoleSessionName", "s")]),
            &no_devices,
        )
        .unwrap();
    assert_eq!(d.message, Some(Message::NotAuthorized));
}

#[test]
fn an_action_the_scene_does_not_model_taints_it() {
    let mut s = scene_with_jill();
    s.apply(By::Admin, "iam:UntagUser", &Params::new(), &Params::new());
    assert!(
        s.judge("AKIAJILL", "iam:ListUsers", &Params::new(), &no_devices)
            .unwrap_err()
            .0
            .contains("UntagUser")
    );
}
