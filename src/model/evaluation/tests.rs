//! The decision procedure on the documentation's own cases.

use super::*;

const A: &str = "123456789012";
const B: &str = "111122223333";

fn policy(name: &str, json: &str) -> NamedPolicy {
    NamedPolicy {
        name: name.to_owned(),
        policy: Policy::parse(json).expect("a policy the model reads"),
    }
}

fn allow(actions: &str) -> String {
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Action":{actions},"Resource":"*"}}]}}"#
    )
}

fn deny(actions: &str) -> String {
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Deny","Action":{actions},"Resource":"*"}}]}}"#
    )
}

fn user(identity: Vec<NamedPolicy>) -> Principal {
    Principal {
        account: A.into(),
        caller: Caller::User {
            arn: format!("arn:aws:iam::{A}:user/Jill"),
        },
        identity,
        boundary: None,
        session_policies: None,
        context: Context::user_for_tests("Jill"),
    }
}

fn session(identity: Vec<NamedPolicy>) -> Principal {
    Principal {
        account: A.into(),
        caller: Caller::RoleSession {
            role_arn: format!("arn:aws:iam::{A}:role/Worker"),
            session_arn: format!("arn:aws:sts::{A}:assumed-role/Worker/work"),
        },
        identity,
        boundary: None,
        session_policies: None,
        context: Context::default(),
    }
}

fn list_users() -> Request {
    Request::new("iam:ListUsers", None)
}

fn assume(trust_principal: &str, account: &str) -> Request {
    let trust = format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"AWS":"{trust_principal}"}},"Action":"sts:AssumeRole"}}]}}"#
    );
    Request {
        role: Some(Role {
            arn: format!("arn:aws:iam::{account}:role/Reader"),
            account: account.into(),
            trust: policy("the trust policy of Reader", &trust),
        }),
        ..Request::new("sts:AssumeRole", None)
    }
}

#[test]
fn default_deny_allow_and_explicit_deny() {
    let none = decide(&user(vec![]), &list_users()).unwrap();
    assert_eq!(none.verdict, Verdict::ImplicitDeny);
    assert_eq!(none.message, Some(Message::NoIdentityBasedPolicyAllows));
    assert_eq!(none.rules(), ["B1"]);
    let allowed = decide(
        &user(vec![policy("P", &allow(r#""iam:List*""#))]),
        &list_users(),
    )
    .unwrap();
    assert!(allowed.verdict.allows());
    let both = user(vec![
        policy("Allows", &allow(r#""*""#)),
        policy("Denies", &deny(r#""iam:listusers""#)),
    ]);
    let d = decide(&both, &list_users()).unwrap();
    assert_eq!(d.verdict, Verdict::ExplicitDeny);
    assert_eq!(d.message, Some(Message::ExplicitDenyInIdentityBasedPolicy));
    assert!(
        d.explain().contains("statement 1 of Denies"),
        "{}",
        d.explain()
    );
}

#[test]
fn boundaries_and_session_policies_only_narrow() {
    let mut p = user(vec![policy("Allows", &allow(r#""iam:ListUsers""#))]);
    p.boundary = Some(policy("OnlyListRoles", &allow(r#""iam:ListRoles""#)));
    let d = decide(&p, &list_users()).unwrap();
    assert_eq!(d.message, Some(Message::NoPermissionsBoundaryAllows));
    assert_eq!(d.rules()[0], "F1");
    // The boundary alone grants nothing.
    let mut q = user(vec![]);
    q.boundary = Some(policy("AllowsAll", &allow(r#""*""#)));
    assert_eq!(
        decide(&q, &list_users()).unwrap().message,
        Some(Message::NoIdentityBasedPolicyAllows)
    );

    let mut s = session(vec![policy("Allows", &allow(r#""iam:ListUsers""#))]);
    s.session_policies = Some(vec![policy(
        "the inline session policy",
        &allow(r#""iam:ListRoles""#),
    )]);
    assert_eq!(
        decide(&s, &list_users()).unwrap().message,
        Some(Message::NoSessionPolicyAllows)
    );
    s.session_policies = Some(vec![policy(
        "the inline session policy",
        &deny(r#""iam:ListUsers""#),
    )]);
    assert_eq!(
        decide(&s, &list_users()).unwrap().message,
        Some(Message::ExplicitDenyInSessionPolicy)
    );
}

#[test]
fn same_account_trust_naming_the_user_suffices() {
    let jill = user(vec![]);
    let by_name = decide(&jill, &assume(&format!("arn:aws:iam::{A}:user/Jill"), A)).unwrap();
    assert!(by_name.verdict.allows(), "{}", by_name.explain());
    assert_eq!(by_name.rules(), ["C1"]);
    // Naming the account: Jill's own policy must allow it (C2).
    let by_account = decide(&jill, &assume(&format!("arn:aws:iam::{A}:root"), A)).unwrap();
    assert_eq!(
        by_account.message,
        Some(Message::NoIdentityBasedPolicyAllows)
    );
    let allowed = user(vec![policy("MayAssume", &allow(r#""sts:AssumeRole""#))]);
    assert!(decide(&allowed, &assume(A, A)).unwrap().verdict.allows());
    // Naming someone else.
    let other = decide(&allowed, &assume(&format!("arn:aws:iam::{A}:user/Bob"), A)).unwrap();
    assert_eq!(other.message, Some(Message::NotAuthorized));
    // An identity Deny wins over a trust that names her (C4).
    let denied = user(vec![policy("NoAssume", &deny(r#""sts:AssumeRole""#))]);
    let d = decide(&denied, &assume(&format!("arn:aws:iam::{A}:user/Jill"), A)).unwrap();
    assert_eq!(d.verdict, Verdict::ExplicitDeny);
}

#[test]
fn cross_account_needs_both_sides() {
    let jill = user(vec![]);
    let d = decide(&jill, &assume(&format!("arn:aws:iam::{A}:user/Jill"), B)).unwrap();
    assert_eq!(d.message, Some(Message::NoIdentityBasedPolicyAllows));
    assert_eq!(d.rules()[0], "C3");
    let allowed = user(vec![policy("MayAssume", &allow(r#""sts:AssumeRole""#))]);
    assert!(
        decide(&allowed, &assume(&format!("arn:aws:iam::{A}:user/Jill"), B))
            .unwrap()
            .verdict
            .allows()
    );
}

#[test]
fn a_trust_naming_the_role_is_limited_by_the_session_policy() {
    let mut s = session(vec![]);
    s.session_policies = Some(vec![policy(
        "the inline session policy",
        &allow(r#""iam:ListRoles""#),
    )]);
    let by_role = decide(&s, &assume(&format!("arn:aws:iam::{A}:role/Worker"), A)).unwrap();
    assert_eq!(by_role.message, Some(Message::NoSessionPolicyAllows));
    let by_session = decide(
        &s,
        &assume(&format!("arn:aws:sts::{A}:assumed-role/Worker/work"), A),
    )
    .unwrap();
    assert!(by_session.verdict.allows(), "{}", by_session.explain());
}

#[test]
fn what_credentials_cannot_call() {
    let everything = vec![policy("All", &allow(r#""*""#))];
    let d = decide(
        &session(everything.clone()),
        &Request::new("sts:GetSessionToken", None),
    )
    .unwrap();
    assert_eq!(d.message, Some(Message::CredentialsCannotCall));
    let mut token = user(everything.clone());
    token.caller = Caller::SessionToken {
        user_arn: format!("arn:aws:iam::{A}:user/Jill"),
        mfa: false,
    };
    assert!(!decide(&token, &list_users()).unwrap().verdict.allows());
    token.caller = Caller::SessionToken {
        user_arn: format!("arn:aws:iam::{A}:user/Jill"),
        mfa: true,
    };
    assert!(decide(&token, &list_users()).unwrap().verdict.allows());
    let mut nobody = user(vec![policy("Denies", &deny(r#""*""#))]);
    assert!(
        decide(&nobody, &Request::new("sts:GetCallerIdentity", None))
            .unwrap()
            .verdict
            .allows()
    );
    assert!(
        decide(&nobody, &Request::new("sts:GetSessionToken", None))
            .unwrap()
            .verdict
            .allows()
    );
    nobody.caller = Caller::Federated {
        user_arn: String::new(),
        federated_arn: format!("arn:aws:sts::{A}:federated-user/f"),
    };
    assert!(!decide(&nobody, &list_users()).unwrap().verdict.allows());
}

#[test]
fn trust_conditions_and_tag_session() {
    let trust = format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"AWS":"arn:aws:iam::{A}:user/Jill"}},"Action":"sts:AssumeRole","Condition":{{"StringEquals":{{"sts:ExternalId":"x1"}}}}}}]}}"#
    );
    let mut request = assume(A, A);
    request.role.as_mut().unwrap().trust = policy("T", &trust);
    let jill = user(vec![]);
    assert_eq!(
        decide(&jill, &request).unwrap().message,
        Some(Message::NotAuthorized)
    );
    request
        .keys
        .push(("sts:ExternalId".into(), Value::Single("x1".into())));
    assert!(decide(&jill, &request).unwrap().verdict.allows());
    // Tags need sts:TagSession in the trust policy.
    request.passes_tags = true;
    assert_eq!(
        decide(&jill, &request).unwrap().message,
        Some(Message::NotAuthorized)
    );
}

#[test]
fn resources_the_model_does_not_know_are_not_covered_unless_star() {
    let narrow = user(vec![policy(
        "P",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetUser","Resource":"arn:aws:iam::1:user/x"}]}"#,
    )]);
    assert!(decide(&narrow, &Request::new("iam:GetUser", None)).is_err());
    // A statement about another action does not matter.
    assert!(decide(&narrow, &list_users()).is_ok());
}
