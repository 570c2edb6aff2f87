//! Targets: the IAM implementations the suite can be pointed at. Each target is
//! one file here, listed in [`all`]. A target knows how its emulator is
//! installed and started (if it is one), how to get admin credentials, which
//! account it uses, and which optional capabilities it has.

mod aws;
mod fakecloud;
mod localemu;
mod localstack;
mod ministack;
mod moto;

use std::collections::BTreeSet;

use anyhow::Result;
use async_trait::async_trait;

use crate::cli::Enforcement;
use crate::clients::{Connection, Identity};

/// The capability of a target with an admin identity in a second account.
pub const SECOND_ACCOUNT_CAPABILITY: &str = "second-account";

/// `second-account` alone, for targets that have one.
pub fn with_second_account() -> BTreeSet<String> {
    BTreeSet::from([SECOND_ACCOUNT_CAPABILITY.to_owned()])
}

/// How an emulator is installed and run.
#[derive(Debug, Clone)]
pub struct EmulatorSpec {
    /// Name of the emulator, used for directories and messages.
    pub name: &'static str,
    /// The pinned version the suite installs and expects.
    pub version: &'static str,
    /// How a local process gets installed.
    pub install: Install,
    /// Path answering 200 once the emulator is ready.
    pub health_path: &'static str,
    /// Program (in the virtualenv's bin/) or `python -m` module, arguments and environment.
    pub process: fn(port: u16) -> ProcessCommand,
    pub container: ContainerSpec,
}

/// Where an emulator run as a local process comes from.
#[derive(Debug, Clone)]
pub enum Install {
    /// A Python package, pip-installed into a virtualenv under target/.
    Pip {
        /// `pip install` arguments that give exactly the pinned version.
        requirements: &'static [&'static str],
        /// pip version to install first, where newer pips fail to resolve the requirements.
        pip: Option<&'static str>,
        /// Lowest Python (major, minor) the emulator runs on.
        min_python: (u32, u32),
    },
    /// A Rust crate built with `cargo install --locked` into the per-user
    /// emulator cache, kept across clones because the build is long.
    Cargo {
        /// The crate, installed at the spec's version.
        krate: &'static str,
        /// How long the build usually takes on 2 cores, said up front.
        usually: &'static str,
    },
}

#[derive(Debug, Clone)]
pub struct ProcessCommand {
    pub program: ProcessProgram,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
}

#[derive(Debug, Clone)]
pub enum ProcessProgram {
    /// An executable that pip installed into the virtualenv's bin/.
    VenvScript(&'static str),
    /// `python -m <module>` with the virtualenv's interpreter.
    PythonModule(&'static str),
    /// A binary that `cargo install` put into the install's bin/.
    Binary(&'static str),
}

#[derive(Debug, Clone)]
pub struct ContainerSpec {
    /// Environment variable that overrides the image (`name:tag`).
    pub image_env: &'static str,
    /// Official image and pinned tag, used when the variable is unset.
    pub default_image: &'static str,
    pub default_tag: &'static str,
    /// Port the emulator listens on inside the container.
    pub port: u16,
    /// Environment of the emulator inside the container.
    pub env: fn() -> Vec<(String, String)>,
}

/// Account id and admin identity of an emulator whose root is a fixed access key.
pub async fn root_keys_prepare(at: &Reached<'_>, key: &str, secret: &str) -> Result<Prepared> {
    let admin = Identity::Keys(crate::clients::Keys::long_term(key, secret));
    let account = caller_account(at.connection, &admin).await?;
    Ok(Prepared {
        account,
        admin,
        own_users: Vec::new(),
        version: None,
        second: None,
    })
}

/// The id the emulators give the second account: the example account of
/// AWS's documentation, unlike every emulator's default account.
pub const SECOND_ACCOUNT: &str = "111122223333";

/// A second account on an emulator whose 12-digit access key id is the root
/// of that account (ministack, LocalStack, localemu).
pub async fn numeric_root_second_account(at: &Reached<'_>, first: &str) -> Result<AccountAdmin> {
    let admin = Identity::Keys(crate::clients::Keys::long_term(SECOND_ACCOUNT, "test"));
    let account = caller_account(at.connection, &admin).await?;
    AccountAdmin::checked(account, admin, Vec::new(), first)
}

/// The account `who` belongs to, as GetCallerIdentity reports it.
pub async fn caller_account(connection: &Connection, who: &Identity) -> Result<String> {
    use anyhow::Context as _;
    let reply = connection
        .sts(who)
        .get_caller_identity()
        .send()
        .await
        .map_err(|e| {
            anyhow::anyhow!(
                "cannot learn which account the credentials belong to (GetCallerIdentity): {}",
                aws_sdk_sts::error::DisplayErrorContext(e)
            )
        })?;
    Ok(reply
        .account()
        .context("GetCallerIdentity returned no account")?
        .to_owned())
}

/// What a target hands the run once it is reachable and set up.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub account: String,
    /// Creates and removes each scenario's entities.
    pub admin: Identity,
    /// Entities the target made for itself (e.g. a bootstrap admin user) that
    /// the end-of-run sweep must leave to [`Target::release`].
    pub own_users: Vec<String>,
    /// Version the target reports, when it reports one.
    pub version: Option<String>,
    /// The admin of a second account, where the target has one
    /// (capability `second-account`).
    pub second: Option<AccountAdmin>,
}

/// An account other than the run's own, and who administers it there.
#[derive(Debug, Clone)]
pub struct AccountAdmin {
    pub account: String,
    pub admin: Identity,
    /// Users the target made there for itself, left to [`Target::release`].
    pub own_users: Vec<String>,
}

impl AccountAdmin {
    /// Refuses a "second" account that is the first one again: every
    /// cross-account verdict would be a same-account one.
    pub fn checked(
        account: String,
        admin: Identity,
        own_users: Vec<String>,
        first: &str,
    ) -> Result<Self> {
        if account == first {
            anyhow::bail!(
                "the second account's admin belongs to account {account}, the run's own account; cross-account scenarios need two"
            );
        }
        Ok(Self {
            account,
            admin,
            own_users,
        })
    }
}

impl Prepared {
    /// Each account the run sets scenes up in, with its admin and the users
    /// the target keeps there: the run's own account first.
    pub fn accounts(&self) -> Vec<(&str, &Identity, &[String])> {
        let mut accounts = vec![(
            self.account.as_str(),
            &self.admin,
            self.own_users.as_slice(),
        )];
        if let Some(second) = &self.second {
            accounts.push((
                second.account.as_str(),
                &second.admin,
                second.own_users.as_slice(),
            ));
        }
        accounts
    }
}

/// Where the target can be reached and what the run is called.
#[derive(Debug, Clone)]
pub struct Reached<'a> {
    pub endpoint: Option<&'a str>,
    pub connection: &'a Connection,
    pub run_id: &'a str,
    pub path: &'a str,
    /// `--aws-account`: the account the run must find itself in.
    pub expected_account: Option<&'a str>,
    /// `--aws-second-profile` and `--aws-second-account`: the second account
    /// on real AWS, and the id it must have.
    pub second_profile: Option<&'a str>,
    pub expected_second_account: Option<&'a str>,
}

#[async_trait]
pub trait Target: Send + Sync {
    fn name(&self) -> &'static str;

    /// One line for `--list-targets` and the README.
    fn description(&self) -> &'static str;

    /// `None` for targets that are not launched (real AWS).
    fn emulator(&self) -> Option<&EmulatorSpec>;

    /// Optional capabilities the target can offer, matched against
    /// `@requires:<capability>` tags.
    fn capabilities(&self) -> BTreeSet<String> {
        BTreeSet::new()
    }

    /// The capabilities a run with these options has (real AWS has a second
    /// account only when one is configured).
    fn capabilities_for(&self, _options: &crate::cli::SuiteOptions) -> BTreeSet<String> {
        self.capabilities()
    }

    /// How long an assertion may wait for a change to propagate (IAM on AWS
    /// is eventually consistent; emulators answer at once).
    fn consistency_deadline(&self) -> std::time::Duration {
        std::time::Duration::ZERO
    }

    /// How many scenarios run at once unless `--concurrency` says otherwise.
    fn concurrent_scenarios(&self) -> usize {
        8
    }

    /// Whether what the run creates is tagged with the run id.
    fn tags_entities(&self) -> bool {
        false
    }

    /// Whether `@aws-only` scenarios apply.
    fn is_aws(&self) -> bool {
        false
    }

    /// Sets the reached target up for a run: enforcement, admin credentials, account.
    async fn prepare(&self, at: &Reached<'_>, enforcement: Enforcement) -> Result<Prepared>;

    /// Undoes what `prepare` did, after the run's entities were swept.
    async fn release(&self, at: &Reached<'_>, prepared: &Prepared) -> Result<()>;
}

pub fn all() -> Vec<Box<dyn Target>> {
    vec![
        Box::new(moto::Moto),
        Box::new(ministack::Ministack),
        Box::new(localstack::Localstack),
        Box::new(fakecloud::Fakecloud),
        Box::new(localemu::Localemu),
        Box::new(aws::Aws),
    ]
}

pub fn by_name(name: &str) -> Result<Box<dyn Target>> {
    let targets = all();
    let names: Vec<&str> = targets.iter().map(|t| t.name()).collect();
    let known = names.join(", ");
    targets
        .into_iter()
        .find(|t| t.name() == name)
        .ok_or_else(|| {
            anyhow::anyhow!("unknown target {name:?}; known targets: {known} (see --list-targets)")
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn unknown_target_lists_the_known_ones() {
        let err = super::by_name("motto").err().unwrap().to_string();
        assert!(
            err.contains("unknown target \"motto\"") && err.contains("moto"),
            "{err}"
        );
        assert_eq!(super::by_name("moto").unwrap().name(), "moto");
    }
}
