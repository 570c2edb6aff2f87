//! Real AWS. Credentials and region come from the standard aws-config chain
//! (profile, environment, SSO, …); `AWS_ENDPOINT_URL` is honoured, which lets
//! an emulator stand in for AWS when testing the suite itself.
//!
//! The suite creates users and access keys, so it runs only when
//! `--aws-account` names the account the credentials belong to; it checks
//! that before creating anything. With `--aws-second-profile` (and
//! `--aws-second-account`, its guard) the cross-account scenarios run too.

use std::collections::BTreeSet;
use std::time::Duration;

use anyhow::{Result, bail};
use async_trait::async_trait;

use super::{EmulatorSpec, Prepared, Reached, Target};
use crate::cli::Enforcement;
use crate::clients::Identity;

pub struct Aws;

/// Default wait for IAM changes to propagate; `IAM_CONFORMANCE_CONSISTENCY_SECONDS` overrides it.
const DEFAULT_DEADLINE_SECONDS: u64 = 45;

#[async_trait]
impl Target for Aws {
    fn name(&self) -> &'static str {
        "aws"
    }

    fn description(&self) -> &'static str {
        "real AWS via the aws-config chain; needs --aws-account equal to the caller's account"
    }

    fn emulator(&self) -> Option<&EmulatorSpec> {
        None
    }

    fn is_aws(&self) -> bool {
        true
    }

    fn capabilities(&self) -> BTreeSet<String> {
        super::with_second_account()
    }

    /// A second account only with a profile for it.
    fn capabilities_for(&self, options: &crate::cli::SuiteOptions) -> BTreeSet<String> {
        let mut capabilities = self.capabilities();
        if options.aws_second_profile.is_none() {
            capabilities.remove(super::SECOND_ACCOUNT_CAPABILITY);
        }
        capabilities
    }

    fn tags_entities(&self) -> bool {
        true
    }

    fn consistency_deadline(&self) -> Duration {
        let seconds = std::env::var("IAM_CONFORMANCE_CONSISTENCY_SECONDS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(DEFAULT_DEADLINE_SECONDS);
        Duration::from_secs(seconds)
    }

    async fn prepare(&self, at: &Reached<'_>, enforcement: Enforcement) -> Result<Prepared> {
        if enforcement == Enforcement::Off {
            bail!("AWS cannot have its IAM enforcement switched off");
        }
        let Some(expected) = at.expected_account else {
            bail!(
                "refusing to run against AWS without an account guard: the suite creates IAM users and access keys. \
                 Pass --aws-account ID (or IAM_CONFORMANCE_AWS_ACCOUNT) with the account the credentials belong to."
            );
        };
        let account = super::caller_account(at.connection, &Identity::DefaultChain).await?;
        if account != expected {
            bail!(
                "refusing to run: the credentials belong to account {account}, but --aws-account says {expected}. \
                 Nothing was created."
            );
        }
        let second = match (at.second_profile, at.expected_second_account) {
            (None, None) => None,
            (Some(profile), Some(expected)) => {
                let admin = Identity::Profile(profile.to_owned());
                let second = super::caller_account(at.connection, &admin).await?;
                if second != expected {
                    bail!(
                        "refusing to run: the profile {profile:?} belongs to account {second}, but --aws-second-account says {expected}. \
                         Nothing was created."
                    );
                }
                Some(super::AccountAdmin::checked(
                    second,
                    admin,
                    Vec::new(),
                    &account,
                )?)
            }
            (Some(_), None) => bail!(
                "--aws-second-profile needs --aws-second-account with the account that profile belongs to, as the guard for the first. \
                 Nothing was created."
            ),
            (None, Some(_)) => bail!("--aws-second-account needs --aws-second-profile"),
        };
        Ok(Prepared {
            account,
            admin: Identity::DefaultChain,
            own_users: Vec::new(),
            version: None,
            second,
        })
    }

    async fn release(&self, _at: &Reached<'_>, _prepared: &Prepared) -> Result<()> {
        Ok(())
    }
}
