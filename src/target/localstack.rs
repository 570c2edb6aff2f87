//! LocalStack (<https://github.com/localstack/localstack>), community edition.
//!
//! The community edition does not enforce IAM (`ENFORCE_IAM` is a paid
//! feature): every request is allowed, and the canary says so. With a
//! `LOCALSTACK_AUTH_TOKEN` in the environment the token is passed through and
//! enforcement is asked for. Any access key acts as the root of account
//! 000000000000.

use std::collections::BTreeSet;

use anyhow::{Result, bail};
use async_trait::async_trait;

use super::{
    ContainerSpec, EmulatorSpec, Install, Prepared, ProcessCommand, ProcessProgram, Reached, Target,
};
use crate::cli::Enforcement;

pub struct Localstack;

const TOKEN_ENV: &str = "LOCALSTACK_AUTH_TOKEN";

const SPEC: EmulatorSpec = EmulatorSpec {
    name: "localstack",
    version: "2026.3.0",
    install: Install::Pip {
        // localstack-core does not start without these upper bounds on its dependencies.
        requirements: &[
            "localstack-core[runtime]==2026.3.0",
            "cbor2<6",
            "cryptography<44",
            "pyopenssl<24.3",
            "service_identity<25",
        ],
        // pip 25.1 backtracks for over 20 minutes on these requirements; 24.2 resolves them in about one.
        pip: Some("24.2"),
        // It imports warnings.deprecated, new in Python 3.13.
        min_python: (3, 13),
    },
    health_path: "/_localstack/health",
    process: |port| ProcessCommand {
        program: ProcessProgram::PythonModule("localstack.runtime.main"),
        args: vec![],
        env: common_env(&format!("127.0.0.1:{port}")),
    },
    container: ContainerSpec {
        image_env: "IAM_CONFORMANCE_LOCALSTACK_IMAGE",
        default_image: "localstack/localstack",
        default_tag: "2026.3.0",
        port: 4566,
        env: || common_env("0.0.0.0:4566"),
    },
};

/// The default gateway ignores the listen host; hypercorn honours it.
fn common_env(listen: &str) -> Vec<(String, String)> {
    let mut env: Vec<(String, String)> = [
        ("GATEWAY_SERVER", "hypercorn"),
        ("GATEWAY_LISTEN", listen),
        ("DNS_ADDRESS", "0"),
        ("DISABLE_EVENTS", "1"),
        ("SKIP_SSL_CERT_DOWNLOAD", "1"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    if let Ok(token) = std::env::var(TOKEN_ENV) {
        env.push((TOKEN_ENV.to_owned(), token));
        env.push(("ENFORCE_IAM".to_owned(), "1".to_owned()));
    }
    env
}

#[async_trait]
impl Target for Localstack {
    fn name(&self) -> &'static str {
        "localstack"
    }

    fn description(&self) -> &'static str {
        "LocalStack community: IAM not enforced (ENFORCE_IAM needs LOCALSTACK_AUTH_TOKEN)"
    }

    fn emulator(&self) -> Option<&EmulatorSpec> {
        Some(&SPEC)
    }

    /// A 12-digit access key id is the root of that account.
    fn capabilities(&self) -> BTreeSet<String> {
        super::with_second_account()
    }

    async fn prepare(&self, at: &Reached<'_>, enforcement: Enforcement) -> Result<Prepared> {
        if enforcement == Enforcement::Off {
            bail!(
                "localstack has no run-time enforcement switch; the negative control runs on moto"
            );
        }
        let mut prepared = super::root_keys_prepare(at, "test", "test").await?;
        prepared.second = Some(super::numeric_root_second_account(at, &prepared.account).await?);
        Ok(prepared)
    }

    async fn release(&self, _at: &Reached<'_>, _prepared: &Prepared) -> Result<()> {
        Ok(())
    }
}
