//! SDK clients for a target, one per identity: the admin who sets scenes up
//! and the principals under test, each signing with their own credentials.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, Region, SdkConfig};
use aws_sdk_iam::config::Credentials;
use aws_smithy_async::rt::sleep::TokioSleep;
use aws_smithy_http_client::tls::{self, rustls_provider::CryptoMode};
use aws_smithy_runtime_api::client::http::{
    HttpClient, HttpConnectorSettings, SharedHttpClient, SharedHttpConnector,
};
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;

/// A secret value that never shows in Debug or Display output.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret and registers it, so that the end of the run can prove
    /// it was written nowhere.
    pub fn new(value: impl Into<String>) -> Self {
        let value = value.into();
        crate::secrets::register(&value);
        Self(value)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Access keys, long-term (`AKIA…`) or temporary (`ASIA…` with a session token).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keys {
    pub access_key_id: String,
    pub secret_access_key: Secret,
    pub session_token: Option<Secret>,
    pub signing: Signing,
}

/// How requests made with a set of keys are signed: as the SDK does, or wrong
/// on purpose for the scenarios about authentication.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Signing {
    #[default]
    Now,
    /// By a clock this far behind, so every signature carries that old a date.
    ClockBehind(Duration),
    /// Not at all: the request leaves without its Authorization header.
    Unsigned,
}

impl Keys {
    pub fn long_term(access_key_id: impl Into<String>, secret: impl Into<String>) -> Self {
        Self {
            access_key_id: access_key_id.into(),
            secret_access_key: Secret::new(secret),
            session_token: None,
            signing: Signing::Now,
        }
    }

    /// The same key id with another secret: for "wrong secret" checks.
    pub fn with_wrong_secret(&self) -> Self {
        let mut wrong = self.clone();
        wrong.secret_access_key =
            Secret::new(format!("{}X", &self.secret_access_key.expose()[1..]));
        wrong
    }

    fn credentials(&self) -> Credentials {
        Credentials::new(
            &self.access_key_id,
            self.secret_access_key.expose(),
            self.session_token.as_ref().map(|t| t.expose().to_owned()),
            None,
            "iam-conformance",
        )
    }
}

/// Who signs a request.
#[derive(Debug, Clone)]
pub enum Identity {
    Keys(Keys),
    /// Whatever the standard aws-config chain finds (profile, env, SSO, …).
    DefaultChain,
    /// A named profile of the shared AWS config files (`--aws-second-profile`).
    Profile(String),
}

/// Sets the credentials of `who`, and how they sign, on an IAM or STS config
/// builder: the two builders are distinct types with the same methods.
macro_rules! signed_as {
    ($config:ident, $who:expr) => {
        match $who {
            Identity::Keys(keys) => {
                $config = $config.credentials_provider(keys.credentials());
                match keys.signing {
                    Signing::Now => {}
                    Signing::ClockBehind(behind) => {
                        $config = $config
                            .time_source(ClockBehind(behind))
                            .disable_clock_skew_correction(true);
                    }
                    Signing::Unsigned => $config = $config.interceptor(RemoveSignature),
                }
            }
            Identity::Profile(name) => $config = $config.credentials_provider(profile(name)),
            Identity::DefaultChain => {}
        }
    };
}

/// The shared SDK configuration for one target, and the clients made from it.
#[derive(Debug, Clone)]
pub struct Connection {
    base: SdkConfig,
    /// Whether requests travel over TLS: always to AWS, to an emulator as its URL says.
    secure_transport: bool,
    iam_clients: Arc<Mutex<HashMap<Signer, aws_sdk_iam::Client>>>,
    sts_clients: Arc<Mutex<HashMap<Signer, aws_sdk_sts::Client>>>,
}

/// What tells one identity's clients from another's: the credentials they sign with.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Signer {
    Keys {
        access_key_id: String,
        secret: Secret,
        session_token: Option<Secret>,
        signing: Signing,
    },
    DefaultChain,
    Profile(String),
}

impl Signer {
    fn of(who: &Identity) -> Self {
        match who {
            Identity::Keys(k) => Self::Keys {
                access_key_id: k.access_key_id.clone(),
                secret: k.secret_access_key.clone(),
                session_token: k.session_token.clone(),
                signing: k.signing,
            },
            Identity::DefaultChain => Self::DefaultChain,
            Identity::Profile(name) => Self::Profile(name.clone()),
        }
    }
}

pub const DEFAULT_REGION: &str = "us-east-1";

impl Connection {
    /// `endpoint` is the emulator's URL; `None` means real AWS with its usual resolution.
    pub async fn new(endpoint: Option<&str>) -> Self {
        Self::over(endpoint, SharedHttpClient::new(OneConnector::new())).await
    }

    /// A connection whose requests go to `http`: the real one, or a test's canned answers.
    pub async fn over(endpoint: Option<&str>, http: SharedHttpClient) -> Self {
        let mut loader = aws_config::defaults(BehaviorVersion::latest())
            .http_client(http)
            .retry_config(transient_retries(endpoint.is_some()))
            .timeout_config(
                TimeoutConfig::builder()
                    .connect_timeout(CONNECT_TIMEOUT)
                    // An attempt that hangs is given up and retried on a new
                    // connection: an overloaded emulator now and then leaves
                    // one request unanswered while it serves the next. Not
                    // sooner: localemu under load answers some requests only
                    // after 20 to 30 seconds, and abandoning them adds load.
                    .operation_attempt_timeout(ATTEMPT_TIMEOUT)
                    .operation_timeout(OPERATION_TIMEOUT)
                    .build(),
            );
        if let Some(url) = endpoint {
            // Emulators: nothing from the environment's AWS settings may leak in.
            loader = loader
                .endpoint_url(url)
                .region(Region::new(DEFAULT_REGION))
                .credentials_provider(Credentials::new(
                    "unused",
                    "unused",
                    None,
                    None,
                    "placeholder",
                ));
        }
        let mut base = loader.load().await;
        if base.region().is_none() {
            // IAM is global and STS answers in every region: any region will do.
            base = base
                .to_builder()
                .region(Region::new(DEFAULT_REGION))
                .build();
        }
        // The endpoint the SDK resolved: an emulator's URL, or one from the
        // environment (AWS_ENDPOINT_URL) for real AWS; none means AWS's own, over TLS.
        let secure_transport = base
            .endpoint_url()
            .is_none_or(|url| url.starts_with("https://"));
        Self {
            base,
            secure_transport,
            iam_clients: Arc::default(),
            sts_clients: Arc::default(),
        }
    }

    pub fn secure_transport(&self) -> bool {
        self.secure_transport
    }

    /// Building a client costs more than the call it sends (the SDK validates
    /// its whole configuration), so each identity's clients are built once,
    /// and only for the service it calls (most sessions call one).
    pub fn iam(&self, who: &Identity) -> aws_sdk_iam::Client {
        built_once(&self.iam_clients, who, || self.new_iam(who))
    }

    fn new_iam(&self, who: &Identity) -> aws_sdk_iam::Client {
        let mut config = aws_sdk_iam::config::Builder::from(&self.base)
            .retry_partition(retry_partition())
            .interceptor(ListenForSilence);
        signed_as!(config, who);
        aws_sdk_iam::Client::from_conf(config.build())
    }

    /// A client of `who` that adds one header to every request (moto takes
    /// the account of a request from `x-moto-account-id`). Not cached: it is
    /// for a target's own setup, not for scenarios.
    pub fn iam_with_header(
        &self,
        who: &Identity,
        name: &'static str,
        value: &'static str,
    ) -> aws_sdk_iam::Client {
        let iam = self.new_iam(who);
        let config = iam
            .config()
            .to_builder()
            .interceptor(AddHeader { name, value })
            .build();
        aws_sdk_iam::Client::from_conf(config)
    }

    /// For setting scenes up and cleaning up; the same retry policy as actors'.
    pub fn iam_setup(&self, who: &Identity) -> aws_sdk_iam::Client {
        self.iam(who)
    }

    pub fn sts(&self, who: &Identity) -> aws_sdk_sts::Client {
        built_once(&self.sts_clients, who, || self.new_sts(who))
    }

    fn new_sts(&self, who: &Identity) -> aws_sdk_sts::Client {
        let mut config = aws_sdk_sts::config::Builder::from(&self.base)
            .retry_partition(retry_partition())
            .interceptor(ListenForSilence);
        signed_as!(config, who);
        aws_sdk_sts::Client::from_conf(config.build())
    }
}

/// `who`'s client in `cache`, built by `build` the first time.
fn built_once<C: Clone>(
    cache: &Mutex<HashMap<Signer, C>>,
    who: &Identity,
    build: impl FnOnce() -> C,
) -> C {
    let mut clients = cache.lock().unwrap_or_else(|p| p.into_inner());
    clients.entry(Signer::of(who)).or_insert_with(build).clone()
}

/// One HTTP connector (and so one connection pool) for every client. The
/// SDK's own HTTP client builds a whole TLS connector, root certificates
/// included, each time a client is made, and every session is a new client.
#[derive(Debug)]
struct OneConnector(SharedHttpConnector);

impl OneConnector {
    fn new() -> Self {
        let connector = aws_smithy_http_client::Connector::builder()
            .connector_settings(
                HttpConnectorSettings::builder()
                    .connect_timeout(CONNECT_TIMEOUT)
                    .build(),
            )
            .sleep_impl(TokioSleep::new())
            .tls_provider(tls::Provider::Rustls(CryptoMode::Ring))
            .build();
        Self(SharedHttpConnector::new(connector))
    }
}

impl HttpClient for OneConnector {
    fn http_connector(
        &self,
        _: &HttpConnectorSettings,
        _: &RuntimeComponents,
    ) -> SharedHttpConnector {
        self.0.clone()
    }
}

const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(45);
const OPERATION_TIMEOUT: Duration = Duration::from_secs(100);

/// Only answers that are transient by AWS's definition are retried — throttling
/// (`Throttling`, …), HTTP 500/502/503/504, connection failures and time-outs,
/// as the SDK's standard retry classifiers define them — never a refusal or a
/// validation error, whose first answer is the verdict. Real AWS throttles
/// IAM; emulators crash now and then; neither may change a verdict.
fn transient_retries(emulator: bool) -> RetryConfig {
    // A short backoff ceiling: a target that has gone away is noticed in
    // seconds (see `stopping`), and throttling clears as fast. An emulator on
    // this machine recovers in milliseconds or not at all (some answer a
    // request they do not implement with a 500, every time), so waiting a
    // second before each retry there only lengthens the run.
    let standard = RetryConfig::standard().with_max_attempts(6);
    if emulator {
        standard
            .with_initial_backoff(Duration::from_millis(100))
            .with_max_backoff(Duration::from_secs(1))
    } else {
        standard.with_max_backoff(Duration::from_secs(3))
    }
}

tokio::task_local! {
    /// The attempts the SDK has made for the call being counted in this task.
    static ATTEMPTS: std::cell::Cell<u32>;
}

/// Runs `call` and says how many attempts its requests took in all: more
/// than one request means an answer was lost (a 5xx, a reset, a time-out)
/// and the request was sent again, which the target may have acted on twice.
pub async fn counting_attempts<F: std::future::Future>(call: F) -> (F::Output, u32) {
    ATTEMPTS
        .scope(std::cell::Cell::new(0), async {
            let output = call.await;
            (output, ATTEMPTS.with(std::cell::Cell::get))
        })
        .await
}

/// Tells `stopping` whether each attempt got an answer at all, whoever made
/// it (a scenario, its setup or cleanup, the sweep): enough silence in a row
/// and the run stops instead of failing scenario after scenario.
#[derive(Debug)]
struct ListenForSilence;

impl aws_sdk_iam::config::Intercept for ListenForSilence {
    fn name(&self) -> &'static str {
        "ListenForSilence"
    }

    fn read_after_attempt(
        &self,
        context: &aws_sdk_iam::config::interceptors::FinalizerInterceptorContextRef<'_>,
        _: &aws_sdk_iam::config::RuntimeComponents,
        _: &mut aws_sdk_iam::config::ConfigBag,
    ) -> Result<(), aws_sdk_iam::error::BoxError> {
        let status = context.response().map(|r| r.status().as_u16());
        crate::resources::request_sent(status.is_none_or(|s| s >= 500));
        crate::stopping::heard(status.is_some());
        let _ = ATTEMPTS.try_with(|attempts| attempts.set(attempts.get() + 1));
        Ok(())
    }
}

/// The credentials of a named profile in the shared AWS config files.
fn profile(name: &str) -> aws_config::profile::ProfileFileCredentialsProvider {
    aws_config::profile::ProfileFileCredentialsProvider::builder()
        .profile_name(name)
        .build()
}

#[derive(Debug)]
struct AddHeader {
    name: &'static str,
    value: &'static str,
}

impl aws_sdk_iam::config::Intercept for AddHeader {
    fn name(&self) -> &'static str {
        "AddHeader"
    }

    fn modify_before_signing(
        &self,
        context: &mut aws_sdk_iam::config::interceptors::BeforeTransmitInterceptorContextMut<'_>,
        _: &aws_sdk_iam::config::RuntimeComponents,
        _: &mut aws_sdk_iam::config::ConfigBag,
    ) -> Result<(), aws_sdk_iam::error::BoxError> {
        context
            .request_mut()
            .headers_mut()
            .insert(self.name, self.value);
        Ok(())
    }
}

/// The time a clock that is `.0` behind shows.
#[derive(Debug)]
struct ClockBehind(Duration);

impl aws_smithy_async::time::TimeSource for ClockBehind {
    fn now(&self) -> std::time::SystemTime {
        std::time::SystemTime::now() - self.0
    }
}

/// Takes the signature off a signed request, so it leaves as an unsigned one.
#[derive(Debug)]
struct RemoveSignature;

impl aws_sdk_iam::config::Intercept for RemoveSignature {
    fn name(&self) -> &'static str {
        "RemoveSignature"
    }

    fn modify_before_transmit(
        &self,
        context: &mut aws_sdk_iam::config::interceptors::BeforeTransmitInterceptorContextMut<'_>,
        _: &aws_sdk_iam::config::RuntimeComponents,
        _: &mut aws_sdk_iam::config::ConfigBag,
    ) -> Result<(), aws_sdk_iam::error::BoxError> {
        let headers = context.request_mut().headers_mut();
        for signed in ["authorization", "x-amz-date", "x-amz-security-token"] {
            headers.remove(signed);
        }
        Ok(())
    }
}

/// Retries without a quota: the SDK's default token bucket stops retrying
/// after a burst of failures, which would let transient faults decide verdicts.
fn retry_partition() -> aws_sdk_iam::config::retry::RetryPartition {
    aws_sdk_iam::config::retry::RetryPartition::custom("iam-conformance")
        .token_bucket(aws_sdk_iam::config::retry::TokenBucket::unlimited())
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_show_in_debug_output() {
        let mut keys = Keys::long_term("AKIAEXAMPLE", "s3cr3t-value");
        keys.session_token = Some(Secret::new("t0ken-value"));
        let shown = format!("{keys:?} {:?}", Identity::Keys(keys.clone()));
        assert!(shown.contains("AKIAEXAMPLE"));
        assert!(
            !shown.contains("s3cr3t") && !shown.contains("t0ken"),
            "{shown}"
        );
    }

    #[test]
    fn wrong_secret_differs_but_keeps_the_key_id() {
        let keys = Keys::long_term("AKIAEXAMPLE", "abcdef");
        let wrong = keys.with_wrong_secret();
        assert_eq!(wrong.access_key_id, keys.access_key_id);
        assert_ne!(wrong.secret_access_key, keys.secret_access_key);
        assert_eq!(wrong.secret_access_key.expose().len(), 6);
    }
}
