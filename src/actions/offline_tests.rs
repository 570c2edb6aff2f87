//! The action table without a target: each family of actions gets a canned
//! AWS answer (XML as AWS documents it) through an HTTP client that records
//! the request, and the test checks what the gateway makes of it: the request
//! sent, the fields, the entity made, the undo, the credentials, and how a
//! request is signed.

use std::sync::{Arc, Mutex};

use aws_smithy_runtime_api::client::http::{
    HttpClient, HttpConnector, HttpConnectorFuture, HttpConnectorSettings, SharedHttpClient,
    SharedHttpConnector,
};
use aws_smithy_runtime_api::client::orchestrator::{HttpRequest, HttpResponse};
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_runtime_api::http::StatusCode;
use aws_smithy_types::body::SdkBody;

use super::*;
use crate::cleanup::{Entity, Undo};
use crate::clients::{Connection, Identity, Keys, Signing};

/// Answers the requests with canned replies, in order (the last one answers
/// every request after it), and keeps each request as text: its headers, one
/// per line, an empty line, its body.
#[derive(Debug, Clone)]
struct Canned {
    replies: Vec<(u16, &'static str)>,
    sent: Arc<Mutex<Vec<String>>>,
}

impl HttpConnector for Canned {
    fn call(&self, request: HttpRequest) -> HttpConnectorFuture {
        let body = request.body().bytes().unwrap_or_default();
        let headers: String = request
            .headers()
            .iter()
            .map(|(name, value)| format!("{}: {value}\n", name.to_ascii_lowercase()))
            .collect();
        let mut sent = self.sent.lock().unwrap();
        let (status, reply) = self.replies[sent.len().min(self.replies.len() - 1)];
        sent.push(format!("{headers}\n{}", String::from_utf8_lossy(body)));
        let response =
            HttpResponse::new(StatusCode::try_from(status).unwrap(), SdkBody::from(reply));
        HttpConnectorFuture::ready(Ok(response))
    }
}

impl HttpClient for Canned {
    fn http_connector(
        &self,
        _: &HttpConnectorSettings,
        _: &RuntimeComponents,
    ) -> SharedHttpConnector {
        SharedHttpConnector::new(self.clone())
    }
}

/// Calls `action` as a plain user against a canned reply; returns what the
/// gateway made of it and the request that was sent.
fn call_with(
    status: u16,
    body: &'static str,
    action: &str,
    params: &[(&str, &str)],
) -> (Called, String) {
    call_signed(Signing::Now, status, body, action, params)
}

fn call_signed(
    signing: Signing,
    status: u16,
    body: &'static str,
    action: &str,
    params: &[(&str, &str)],
) -> (Called, String) {
    let (called, sent) = call_in_turn(
        signing,
        Before::Unknown,
        vec![(status, body)],
        action,
        params,
    );
    (called, sent.last().cloned().unwrap_or_default())
}

/// Calls `action` against `replies` in order; returns what the gateway made
/// of it and every request that was sent.
fn call_answered(
    before: Before,
    replies: Vec<(u16, &'static str)>,
    action: &str,
    params: &[(&str, &str)],
) -> (Called, Vec<String>) {
    call_in_turn(Signing::Now, before, replies, action, params)
}

fn call_in_turn(
    signing: Signing,
    before: Before,
    replies: Vec<(u16, &'static str)>,
    action: &str,
    params: &[(&str, &str)],
) -> (Called, Vec<String>) {
    let canned = Canned {
        replies,
        sent: Arc::default(),
    };
    let sent = canned.sent.clone();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let called = runtime.block_on(async {
        let connection =
            Connection::over(Some("http://127.0.0.1:9"), SharedHttpClient::new(canned)).await;
        let mut keys = Keys::long_term("AKIAOFFLINETESTKEY01", "offline-test-secret-value");
        keys.signing = signing;
        let who = Identity::Keys(keys);
        let params: Params = params
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        call_after(&connection, &who, action, &params, before)
            .await
            .unwrap()
    });
    let sent = sent.lock().unwrap().clone();
    (called, sent)
}

#[test]
fn users_a_created_user_is_an_entity_to_remove() {
    const BODY: &str = r#"<CreateUserResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><CreateUserResult><User><Path>/t/</Path><UserName>Jill-r-1</UserName><UserId>AIDAEXAMPLEEXAMPLE01</UserId><Arn>arn:aws:iam::123456789012:user/t/Jill-r-1</Arn><CreateDate>2026-12-01T10:00:00Z</CreateDate></User></CreateUserResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></CreateUserResponse>"#;
    let (called, sent) = call_with(
        200,
        BODY,
        "iam:CreateUser",
        &[("UserName", "Jill-r-1"), ("Path", "/t/")],
    );
    assert!(called.outcome.is_success());
    assert!(
        sent.contains("Action=CreateUser") && sent.contains("UserName=Jill-r-1"),
        "{sent}"
    );
    assert_eq!(
        called.outcome.fields["Arn"],
        "arn:aws:iam::123456789012:user/t/Jill-r-1"
    );
    assert_eq!(called.made, Some(Entity::User("Jill-r-1".into())));
}

#[test]
fn users_a_read_gives_its_listed_fields() {
    const BODY: &str = r#"<GetUserResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><GetUserResult><User><Path>/</Path><UserName>Jill</UserName><UserId>AIDAEXAMPLEEXAMPLE01</UserId><Arn>arn:aws:iam::123456789012:user/Jill</Arn><CreateDate>2026-12-01T10:00:00Z</CreateDate></User></GetUserResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetUserResponse>"#;
    let (called, _) = call_with(200, BODY, "iam:GetUser", &[]);
    let fields: Vec<&str> = called.outcome.fields.keys().map(String::as_str).collect();
    assert_eq!(fields, ["Arn", "Path", "UserId", "UserName"]);
    assert!(called.made.is_none() && called.undo.is_none());
}

#[test]
fn roles_a_refusal_is_an_outcome_with_code_and_status() {
    const BODY: &str = r#"<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>MalformedPolicyDocument</Code><Message>Invalid principal in policy: "AWS":"arn:aws:iam::123456789012:user/nobody"</Message></Error><RequestId>r</RequestId></ErrorResponse>"#;
    let (called, sent) = call_with(
        400,
        BODY,
        "iam:CreateRole",
        &[("RoleName", "R"), ("AssumeRolePolicyDocument", "{}")],
    );
    assert!(sent.contains("AssumeRolePolicyDocument="), "{sent}");
    assert_eq!(called.outcome.status, 400);
    let error = called.outcome.error.as_ref().unwrap();
    assert_eq!(error.code, "MalformedPolicyDocument");
    assert!(error.message.starts_with("Invalid principal"));
    assert!(called.made.is_none(), "nothing was created");
}

#[test]
fn policies_a_created_policy_is_named_by_its_arn_and_attachments_are_undone() {
    const BODY: &str = r#"<CreatePolicyResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><CreatePolicyResult><Policy><PolicyName>P</PolicyName><DefaultVersionId>v1</DefaultVersionId><PolicyId>ANPAEXAMPLEEXAMPLE01</PolicyId><Path>/</Path><Arn>arn:aws:iam::123456789012:policy/P</Arn><AttachmentCount>0</AttachmentCount><IsAttachable>true</IsAttachable></Policy></CreatePolicyResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></CreatePolicyResponse>"#;
    let (called, _) = call_with(
        200,
        BODY,
        "iam:CreatePolicy",
        &[("PolicyName", "P"), ("PolicyDocument", "{}")],
    );
    assert_eq!(
        called.made,
        Some(Entity::Policy("arn:aws:iam::123456789012:policy/P".into()))
    );
    assert_eq!(called.outcome.fields["DefaultVersionId"], "v1");

    const ATTACHED: &str = r#"<AttachRolePolicyResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AttachRolePolicyResponse>"#;
    let (called, _) = call_with(
        200,
        ATTACHED,
        "iam:AttachRolePolicy",
        &[("RoleName", "R"), ("PolicyArn", "arn:p")],
    );
    assert_eq!(
        called.undo,
        Some(Undo::RoleAttachment {
            role: "R".into(),
            arn: "arn:p".into()
        })
    );
}

#[test]
fn access_keys_the_secret_becomes_credentials_never_a_field() {
    const BODY: &str = r#"<CreateAccessKeyResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><CreateAccessKeyResult><AccessKey><UserName>Jill</UserName><AccessKeyId>AKIAEXAMPLEEXAMPLE01</AccessKeyId><Status>Active</Status><SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey></AccessKey></CreateAccessKeyResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></CreateAccessKeyResponse>"#;
    let (called, _) = call_with(200, BODY, "iam:CreateAccessKey", &[("UserName", "Jill")]);
    let keys = called.credentials.expect("the new key");
    assert_eq!(keys.access_key_id, "AKIAEXAMPLEEXAMPLE01");
    assert!(!called.outcome.fields.values().any(|v| v.contains("wJalr")));
    assert_eq!(
        called.undo,
        Some(Undo::AccessKey {
            user: "Jill".into(),
            key_id: "AKIAEXAMPLEEXAMPLE01".into()
        })
    );
}

#[test]
fn groups_listings_answer_count_and_names() {
    const BODY: &str = r#"<ListGroupsResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListGroupsResult><Groups><member><Path>/</Path><GroupName>Admins</GroupName><GroupId>AGPAEXAMPLEEXAMPLE01</GroupId><Arn>arn:aws:iam::123456789012:group/Admins</Arn><CreateDate>2026-12-01T10:00:00Z</CreateDate></member><member><Path>/</Path><GroupName>Dev</GroupName><GroupId>AGPAEXAMPLEEXAMPLE02</GroupId><Arn>arn:aws:iam::123456789012:group/Dev</Arn><CreateDate>2026-12-01T10:00:00Z</CreateDate></member></Groups><IsTruncated>false</IsTruncated></ListGroupsResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ListGroupsResponse>"#;
    let (called, _) = call_with(200, BODY, "iam:ListGroups", &[]);
    assert_eq!(called.outcome.fields["Count"], "2");
    assert_eq!(called.outcome.fields["Names"], "Admins,Dev");
}

#[test]
fn sts_assume_role_issues_session_credentials() {
    const BODY: &str = r#"<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials><AccessKeyId>ASIAEXAMPLEEXAMPLE01</AccessKeyId><SecretAccessKey>session-secret-example-value-0123456789</SecretAccessKey><SessionToken>session-token-example-value-0123456789</SessionToken><Expiration>2026-12-01T11:00:00Z</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROAEXAMPLEEXAMPLE01:s1</AssumedRoleId><Arn>arn:aws:sts::123456789012:assumed-role/R/s1</Arn></AssumedRoleUser><PackedPolicySize>6</PackedPolicySize></AssumeRoleResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>"#;
    let (called, sent) = call_with(
        200,
        BODY,
        "sts:AssumeRole",
        &[
            ("RoleArn", "arn:aws:iam::123456789012:role/R"),
            ("RoleSessionName", "s1"),
        ],
    );
    assert!(
        sent.contains("Action=AssumeRole") && sent.contains("RoleSessionName=s1"),
        "{sent}"
    );
    assert_eq!(
        called.outcome.fields["AssumedRoleArn"],
        "arn:aws:sts::123456789012:assumed-role/R/s1"
    );
    assert_eq!(called.outcome.fields["PackedPolicySize"], "6");
    let keys = called.credentials.expect("session credentials");
    assert!(keys.session_token.is_some());
}

#[test]
fn sts_an_access_denied_answer_is_a_403_outcome() {
    const BODY: &str = r#"<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:iam::123456789012:user/Jill is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/R</Message></Error><RequestId>r</RequestId></ErrorResponse>"#;
    let (called, _) = call_with(
        403,
        BODY,
        "sts:AssumeRole",
        &[
            ("RoleArn", "arn:aws:iam::123456789012:role/R"),
            ("RoleSessionName", "s1"),
        ],
    );
    assert_eq!(called.outcome.status, 403);
    assert_eq!(called.outcome.error.as_ref().unwrap().code, "AccessDenied");
    assert!(called.credentials.is_none());
}

const CALLER_IDENTITY: &str = r#"<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/Jill</Arn><UserId>AIDAEXAMPLEEXAMPLE01</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>"#;

/// The value of header `name` in a request recorded by [`Canned`].
fn header<'a>(request: &'a str, name: &str) -> Option<&'a str> {
    request
        .lines()
        .take_while(|line| !line.is_empty())
        .find_map(|line| line.strip_prefix(&format!("{name}: ")))
}

#[test]
fn signing_as_usual_sends_a_signature_dated_now() {
    let (called, sent) = call_with(200, CALLER_IDENTITY, "sts:GetCallerIdentity", &[]);
    assert!(called.outcome.is_success());
    assert!(header(&sent, "authorization").is_some(), "{sent}");
    let age = signature_age(&sent);
    assert!(age < 60, "signed {age} s ago");
}

#[test]
fn signing_without_a_signature_sends_neither_signature_nor_its_date() {
    let (_, sent) = call_signed(
        Signing::Unsigned,
        200,
        CALLER_IDENTITY,
        "sts:GetCallerIdentity",
        &[],
    );
    assert!(sent.contains("Action=GetCallerIdentity"), "{sent}");
    assert_eq!(header(&sent, "authorization"), None, "{sent}");
    assert_eq!(header(&sent, "x-amz-date"), None, "{sent}");
}

#[test]
fn signing_by_a_clock_behind_dates_the_signature_that_long_ago() {
    let behind = std::time::Duration::from_secs(20 * 60);
    let (_, sent) = call_signed(
        Signing::ClockBehind(behind),
        200,
        CALLER_IDENTITY,
        "sts:GetCallerIdentity",
        &[],
    );
    assert!(header(&sent, "authorization").is_some(), "{sent}");
    let age = signature_age(&sent);
    assert!((1170..1260).contains(&age), "signed {age} s ago");
}

/// Seconds since the `x-amz-date` of a request (`YYYYMMDDTHHMMSSZ`).
fn signature_age(request: &str) -> i64 {
    let d = header(request, "x-amz-date").expect("a signed request has a date");
    let rfc3339 = format!(
        "{}-{}-{}T{}:{}:{}Z",
        &d[0..4],
        &d[4..6],
        &d[6..8],
        &d[9..11],
        &d[11..13],
        &d[13..15]
    );
    let signed = aws_smithy_types::DateTime::from_str(
        &rfc3339,
        aws_smithy_types::date_time::Format::DateTime,
    )
    .unwrap();
    aws_smithy_types::DateTime::from(std::time::SystemTime::now()).secs() - signed.secs()
}

const VERSIONS_V1: &str = r#"<ListPolicyVersionsResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListPolicyVersionsResult><Versions><member><VersionId>v1</VersionId><IsDefaultVersion>true</IsDefaultVersion></member></Versions><IsTruncated>false</IsTruncated></ListPolicyVersionsResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ListPolicyVersionsResponse>"#;
const VERSIONS_V1_TO_V3: &str = r#"<ListPolicyVersionsResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListPolicyVersionsResult><Versions><member><VersionId>v3</VersionId><IsDefaultVersion>false</IsDefaultVersion></member><member><VersionId>v2</VersionId><IsDefaultVersion>false</IsDefaultVersion></member><member><VersionId>v1</VersionId><IsDefaultVersion>true</IsDefaultVersion></member></Versions><IsTruncated>false</IsTruncated></ListPolicyVersionsResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ListPolicyVersionsResponse>"#;
const VERSION_V3: &str = r#"<CreatePolicyVersionResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><CreatePolicyVersionResult><PolicyVersion><VersionId>v3</VersionId><IsDefaultVersion>false</IsDefaultVersion></PolicyVersion></CreatePolicyVersionResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></CreatePolicyVersionResponse>"#;
const SERVICE_FAILURE: &str = r#"<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Receiver</Type><Code>ServiceFailure</Code><Message>Request processing has failed due to some unknown error.</Message></Error><RequestId>r</RequestId></ErrorResponse>"#;
const EMPTY_REPLY: &str = r#"<DeletePolicyVersionResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DeletePolicyVersionResponse>"#;

const VERSIONED: &[(&str, &str)] = &[
    ("PolicyArn", "arn:aws:iam::123456789012:policy/t/Versioned"),
    ("PolicyDocument", "{}"),
];

#[test]
fn policy_versions_a_version_added_by_a_lost_attempt_is_removed() {
    // The first CreatePolicyVersion's answer is lost (a 500, retried by the
    // SDK), though the target made v2; the resend makes v3 and answers it.
    let (called, sent) = call_answered(
        Before::Unknown,
        vec![
            (200, VERSIONS_V1),
            (500, SERVICE_FAILURE),
            (200, VERSION_V3),
            (200, VERSIONS_V1_TO_V3),
            (200, EMPTY_REPLY),
        ],
        "iam:CreatePolicyVersion",
        VERSIONED,
    );
    assert!(called.outcome.is_success(), "{:?}", called.outcome);
    assert_eq!(called.outcome.fields["VersionId"], "v3");
    let actions: Vec<&str> = sent
        .iter()
        .map(|r| {
            r.split("Action=")
                .nth(1)
                .unwrap_or("")
                .split('&')
                .next()
                .unwrap_or("")
        })
        .collect();
    assert_eq!(
        actions,
        [
            "ListPolicyVersions",
            "CreatePolicyVersion",
            "CreatePolicyVersion",
            "ListPolicyVersions",
            "DeletePolicyVersion"
        ]
    );
    assert!(sent[4].contains("VersionId=v2"), "{}", sent[4]);
}

#[test]
fn policy_versions_an_answer_to_the_first_attempt_removes_nothing() {
    let (called, sent) = call_answered(
        Before::Unknown,
        vec![(200, VERSIONS_V1), (200, VERSION_V3)],
        "iam:CreatePolicyVersion",
        VERSIONED,
    );
    assert!(called.outcome.is_success());
    assert_eq!(
        sent.len(),
        2,
        "a listing before the call, the call: {sent:?}"
    );
}

const NEW_KEY: &str = r#"<CreateAccessKeyResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><CreateAccessKeyResult><AccessKey><UserName>Jill</UserName><AccessKeyId>AKIAEXAMPLEEXAMPLE02</AccessKeyId><Status>Active</Status><SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey></AccessKey></CreateAccessKeyResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></CreateAccessKeyResponse>"#;
const TWO_KEYS: &str = r#"<ListAccessKeysResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListAccessKeysResult><AccessKeyMetadata><member><UserName>Jill</UserName><AccessKeyId>AKIAEXAMPLEEXAMPLE01</AccessKeyId><Status>Active</Status></member><member><UserName>Jill</UserName><AccessKeyId>AKIAEXAMPLEEXAMPLE02</AccessKeyId><Status>Active</Status></member></AccessKeyMetadata><IsTruncated>false</IsTruncated></ListAccessKeysResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ListAccessKeysResponse>"#;

#[test]
fn access_keys_a_new_users_key_from_a_lost_attempt_is_removed() {
    // The user was made in the same step: no listing before; the first
    // attempt made key 01, its answer lost; the resend made 02.
    let (called, sent) = call_answered(
        Before::Nothing,
        vec![
            (503, SERVICE_FAILURE),
            (200, NEW_KEY),
            (200, TWO_KEYS),
            (200, EMPTY_REPLY),
        ],
        "iam:CreateAccessKey",
        &[("UserName", "Jill")],
    );
    assert_eq!(called.outcome.fields["AccessKeyId"], "AKIAEXAMPLEEXAMPLE02");
    assert_eq!(sent.len(), 4, "{sent:?}");
    assert!(
        sent[3].contains("Action=DeleteAccessKey")
            && sent[3].contains("AccessKeyId=AKIAEXAMPLEEXAMPLE01"),
        "{}",
        sent[3]
    );
}
