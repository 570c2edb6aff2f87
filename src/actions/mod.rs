//! Calling an action: the one gateway through which every IAM/STS request of
//! a scenario goes, whoever makes it (an actor under test, or the admin who
//! sets the scene up), so that one error shape, one retry policy and one
//! undo apply everywhere. What each action is and how it is sent is in the
//! action table, [`table`].
//!
//! Parameters use the API's names (`RoleArn`, `RoleSessionName`, …). Lists are
//! comma-separated (`PolicyArns`, `TransitiveTagKeys`); tags are `key=value`
//! pairs separated by commas. Secrets in responses are never kept as fields.

#[cfg(test)]
mod offline_tests;
mod table;

use std::collections::BTreeMap;

use anyhow::{Context, Result, bail};
use aws_sdk_iam::primitives::DateTime;

use crate::cleanup::{Entity, EntityKind, Undo};
use crate::clients::{Connection, Identity, Keys, Secret};
use crate::lists::split_list;
use crate::outcome::{Outcome, from_result};

pub use table::ACTIONS;

/// What the suite knows about one action; [`ACTIONS`] holds them all.
#[derive(Debug)]
pub struct Action {
    /// As a scenario writes it: "iam:ListUsers".
    pub name: &'static str,
    /// A read or a credential request: an assertion may make it again while
    /// IAM changes propagate, without changing anything.
    pub repeatable: bool,
    /// Its answer describes the whole account, other runs included: a
    /// recording leaves its fields out.
    pub whole_account: bool,
    /// What a successful call creates, removed when the scenario ends.
    pub creates: Option<EntityKind>,
    /// What undoes a successful call before the entities go, from its
    /// parameters and response fields (`None` where that cannot be known).
    pub undo: Option<fn(&Params, &Fields) -> Option<Undo>>,
    /// The response fields an assertion can read.
    pub fields: &'static [&'static str],
    /// What each attempt of it that reaches the target adds one more of.
    pub adds: Option<&'static Additions>,
}

/// Something an action adds under a name the target picks (a policy version,
/// an access key), so that a request sent again after its answer was lost
/// adds a second one where the target had acted on the first: how to list
/// them, which one the answer names, and how to remove the others.
#[derive(Debug)]
pub struct Additions {
    /// The listing (its `Names`) and its parameters, from the call's.
    pub list: (&'static str, fn(&Params) -> Params),
    /// The answer field that names the one the call added.
    pub added: &'static str,
    /// The call that removes one, and its parameters from the call's and the name.
    pub remove: (&'static str, fn(&Params, &str) -> Params),
}

/// What the entity a call adds to held before it: not known (the gateway
/// lists it first), or nothing, as it was made in the same step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Before {
    Unknown,
    Nothing,
}

impl Action {
    /// The properties every entry starts from.
    const PLAIN: Action = Action {
        name: "",
        repeatable: false,
        whole_account: false,
        creates: None,
        undo: None,
        fields: &[],
        adds: None,
    };
}

/// The action called `name`, or an error that lists the known ones.
pub fn find(name: &str) -> Result<&'static Action> {
    ACTIONS
        .binary_search_by(|a| a.name.cmp(name))
        .map(|i| &ACTIONS[i])
        .map_err(|_| {
            let known: Vec<&str> = ACTIONS.iter().map(|a| a.name).collect();
            anyhow::anyhow!(
                "the action table has no {name:?}; known actions: {}",
                known.join(", ")
            )
        })
}

/// Request parameters by their API names.
pub type Params = BTreeMap<String, String>;

/// What a call gave back: the outcome, temporary credentials if it issued any,
/// the entity it created and what undoes it, if anything.
#[derive(Debug)]
pub struct Called {
    pub outcome: Outcome,
    pub credentials: Option<Keys>,
    pub made: Option<Entity>,
    pub undo: Option<Undo>,
    /// The seed a new virtual MFA device computes its codes from (base32).
    pub mfa_seed: Option<Secret>,
    /// The name (or ARN) a creating request reports, before the gateway
    /// turns it into an [`Entity`] of the table's kind.
    made_name: Option<String>,
    /// The HTTP requests the call took: more than one when an answer was
    /// lost and the request sent again, which the target may have acted on.
    pub attempts: u32,
}

impl From<Outcome> for Called {
    fn from(outcome: Outcome) -> Self {
        Self {
            outcome,
            credentials: None,
            made: None,
            undo: None,
            mfa_seed: None,
            made_name: None,
            attempts: 1,
        }
    }
}

pub type Fields = BTreeMap<String, String>;

/// The clients of one identity, as table entries use them, each built
/// (once per identity, by the connection) when first asked for.
struct Clients<'a> {
    connection: &'a Connection,
    who: &'a Identity,
}

impl Clients<'_> {
    fn iam(&self) -> aws_sdk_iam::Client {
        self.connection.iam(self.who)
    }

    fn sts(&self) -> aws_sdk_sts::Client {
        self.connection.sts(self.who)
    }
}

/// Declares [`ACTIONS`] and the dispatch to each entry's request, from one list.
macro_rules! actions {
    ($( $name:literal { $($property:ident : $value:expr),* $(,)? }
        $client:ident |$c:ident, $p:ident| $request:expr; )*) => {
        /// Every action a scenario can call, in name order.
        pub static ACTIONS: &[Action] = &[
            $( Action { name: $name, $($property: $value,)* ..Action::PLAIN } ),*
        ];

        pub(super) async fn send(
            clients: &Clients<'_>,
            params: &mut Parameters,
        ) -> Result<Called> {
            match params.action {
                $( $name => {
                    let $c = &clients.$client();
                    let $p = &mut *params;
                    Ok(Called::from($request))
                } )*
                other => bail!("{other:?} has no request in the action table"),
            }
        }
    };
}
use actions;

/// A reply that is a server crash (HTTP 5xx without an AWS error) is no IAM
/// answer: the call is repeated, at most this many times, before the crash
/// counts as the outcome. Emulators crash under concurrency now and then.
const CRASH_RETRIES: u32 = 2;

/// Sends `action` as `who`. A successful call's entity and undo come back
/// with it, whoever made it, so the scenario can remove what it made.
pub async fn call(
    connection: &Connection,
    who: &Identity,
    action: &str,
    params: &Params,
) -> Result<Called> {
    call_after(connection, who, action, params, Before::Unknown).await
}

/// [`call`], told what the entity the action adds to held before it.
pub async fn call_after(
    connection: &Connection,
    who: &Identity,
    action: &str,
    params: &Params,
    before: Before,
) -> Result<Called> {
    let action = find(action)?;
    let clients = Clients { connection, who };
    let listed_before = match (action.adds, before) {
        (Some(adds), Before::Unknown) => listed(&clients, adds, params).await,
        (Some(_), Before::Nothing) => Some(Vec::new()),
        (None, _) => None,
    };
    let (called, attempts) =
        crate::clients::counting_attempts(send_through_crashes(&clients, action, params)).await;
    let mut called = called?;
    called.attempts = attempts.max(1);
    debug_assert!(
        called
            .outcome
            .fields
            .keys()
            .all(|f| action.fields.contains(&f.as_str())),
        "{} answered fields the table does not list: {:?}",
        action.name,
        called.outcome.fields.keys()
    );
    if called.outcome.is_success() {
        if let (Some(adds), Some(before)) = (action.adds, listed_before)
            && attempts > 1
        {
            remove_what_lost_attempts_added(&clients, adds, params, &called.outcome, &before).await;
        }
        called.made = called
            .made_name
            .take()
            .zip(action.creates)
            .map(|(name, kind)| Entity::new(kind, name));
        called.undo = action
            .undo
            .and_then(|undo| undo(params, &called.outcome.fields));
    }
    Ok(called)
}

/// Sends the request, again after a server crash page, up to [`CRASH_RETRIES`] times.
async fn send_through_crashes(
    clients: &Clients<'_>,
    action: &'static Action,
    params: &Params,
) -> Result<Called> {
    let mut attempt = 0;
    loop {
        let mut p = Parameters {
            action: action.name,
            given: params.clone(),
        };
        let called = sent(clients, &mut p).await?;
        if attempt == CRASH_RETRIES || !is_crash(&called.outcome) {
            return Ok(called);
        }
        attempt += 1;
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

/// The table's request for `p`, on the heap: the dispatch's future is as
/// large as its largest entry's, and would otherwise be copied into every
/// future that awaits it.
fn sent<'a>(
    clients: &'a Clients<'a>,
    p: &'a mut Parameters,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Called>> + Send + 'a>> {
    Box::pin(table::send(clients, p))
}

/// The names `adds` lists for a call of `params`, or `None` if the listing failed.
async fn listed(clients: &Clients<'_>, adds: &Additions, params: &Params) -> Option<Vec<String>> {
    let (list, list_params) = adds.list;
    let mut p = Parameters {
        action: find(list).ok()?.name,
        given: list_params(params),
    };
    let called = sent(clients, &mut p).await.ok()?;
    let names = called.outcome.fields.get("Names")?;
    called.outcome.is_success().then(|| split_list(names))
}

/// After a request that took more than one attempt: whatever the listing
/// now holds that it did not hold before, other than what the answer names,
/// was added by an attempt whose answer was lost, and is removed, so that the
/// scenario sees what one call does. Best effort: a failure leaves it.
async fn remove_what_lost_attempts_added(
    clients: &Clients<'_>,
    adds: &Additions,
    params: &Params,
    answered: &Outcome,
    before: &[String],
) {
    let Some(after) = listed(clients, adds, params).await else {
        return;
    };
    let kept = answered.fields.get(adds.added);
    let (remove, remove_params) = adds.remove;
    let Ok(remove) = find(remove) else { return };
    for extra in after
        .iter()
        .filter(|name| !before.contains(name) && Some(*name) != kept)
    {
        let mut p = Parameters {
            action: remove.name,
            given: remove_params(params, extra),
        };
        let _ = sent(clients, &mut p).await;
    }
}

/// The parameters of `params` named in `keys`, for a listing or a removal.
fn only(params: &Params, keys: &[&str]) -> Params {
    params
        .iter()
        .filter(|(k, _)| keys.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// `params` with `key` set to `value`.
fn with(mut params: Params, key: &str, value: &str) -> Params {
    params.insert(key.to_owned(), value.to_owned());
    params
}

fn is_crash(outcome: &Outcome) -> bool {
    outcome.status >= 500 && outcome.error.as_ref().is_some_and(|e| !e.standard_envelope)
}

/// Sends a prepared request once its parameters were all used (a misspelt one is an error).
macro_rules! send {
    ($p:expr, $request:expr, $fields:expr) => {{
        // Build first: building reads the parameters that `finish` checks off.
        let request = $request;
        $p.finish()?;
        from_result($p.action, request.send().await, $fields)?
    }};
}
use send;

/// For calls whose reply carries nothing worth asserting on.
fn none<T>(_: &T) -> Fields {
    Fields::new()
}

/// The fields every credential-issuing STS answer has: the key id (never the
/// secret) and when the credentials expire, in seconds since the epoch.
fn key_fields(c: Option<&aws_sdk_sts::types::Credentials>) -> [(&'static str, Option<String>); 2] {
    [
        ("AccessKeyId", c.map(|c| c.access_key_id().to_owned())),
        ("Expiration", c.map(|c| c.expiration().secs().to_string())),
    ]
}

/// Managed session policies, from the comma-separated `PolicyArns` parameter.
fn session_policy_arns(
    p: &mut Parameters,
) -> Option<Vec<aws_sdk_sts::types::PolicyDescriptorType>> {
    p.opt_list("PolicyArns").map(|arns| {
        arns.into_iter()
            .map(|arn| {
                aws_sdk_sts::types::PolicyDescriptorType::builder()
                    .arn(arn)
                    .build()
            })
            .collect()
    })
}

fn temporary_keys(c: &aws_sdk_sts::types::Credentials) -> Keys {
    Keys {
        access_key_id: c.access_key_id().to_owned(),
        secret_access_key: Secret::new(c.secret_access_key()),
        session_token: Some(Secret::new(c.session_token())),
        signing: crate::clients::Signing::Now,
    }
}

/// A creating call's answer with the name (an ARN for policies) of what it made.
fn made(outcome: Outcome, name: String) -> Called {
    let made = outcome.is_success().then_some(name);
    Called {
        made_name: made,
        ..Called::from(outcome)
    }
}

/// IAM returns policy documents URL-encoded.
fn decode_document(text: &str) -> String {
    urlencoding::decode(text).map_or_else(|_| text.to_owned(), |d| d.into_owned())
}

/// Parameters a step passed, checked off as the action reads them so that a
/// misspelt parameter is an error instead of being silently ignored.
pub struct Parameters {
    action: &'static str,
    given: Params,
}

impl Parameters {
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
        let names: Vec<&str> = ACTIONS.iter().map(|a| a.name).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, names);
        assert!(find("iam:GetUser").is_ok());
        assert!(
            find("iam:GetUsers")
                .unwrap_err()
                .to_string()
                .contains("iam:GetUser,")
        );
    }

    #[test]
    fn creating_actions_say_what_they_create_and_reads_are_repeatable() {
        for action in ACTIONS {
            let verb = action.name.split_once(':').map_or("", |(_, n)| n);
            assert_eq!(
                action.creates.is_some(),
                verb.starts_with("Create")
                    && !verb.ends_with("AccessKey")
                    && !verb.ends_with("Version"),
                "{}",
                action.name
            );
            if verb.starts_with("Get") || verb.starts_with("List") {
                assert!(action.repeatable, "{}", action.name);
            }
        }
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
