//! localemu (<https://pypi.org/project/localemu/>), a LocalStack fork built on
//! moto, with IAM enforcement (`IAM_ENFORCEMENT=1`).
//!
//! The access keys `AKIAIOSFODNN7EXAMPLE` and `000000000000` (any secret) are
//! the root of its default account 000000000000; a 12-digit access key id
//! selects that account, and is its root once `ROOT_ACCESS_KEYS` lists it. It checks no signatures at all. Under hypercorn a
//! SIGTERM sometimes hangs: the process launcher kills it after a grace period.

use std::collections::BTreeSet;

use anyhow::{Result, bail};
use async_trait::async_trait;

use super::{
    ContainerSpec, EmulatorSpec, Install, Prepared, ProcessCommand, ProcessProgram, Reached, Target,
};
use crate::cli::Enforcement;

pub struct Localemu;

const SPEC: EmulatorSpec = EmulatorSpec {
    name: "localemu",
    version: "1.3.2",
    install: Install::Pip {
        requirements: &["localemu==1.3.2"],
        pip: None,
        // Its metadata says 3.10, but it uses 3.12's generic class syntax
        // (`class RegionBundle[BaseStoreType]` in services/stores.py).
        min_python: (3, 12),
    },
    health_path: "/_localemu/health",
    process: |port| ProcessCommand {
        program: ProcessProgram::PythonModule("localemu.runtime.main"),
        args: vec![],
        env: common_env(&format!("127.0.0.1:{port}")),
    },
    container: ContainerSpec {
        image_env: "IAM_CONFORMANCE_LOCALEMU_IMAGE",
        default_image: "localemu/localemu",
        default_tag: "1.3.2",
        port: 4566,
        env: || common_env("0.0.0.0:4566"),
    },
};

/// The default gateway binds 0.0.0.0 whatever host it is given; hypercorn honours it.
fn common_env(listen: &str) -> Vec<(String, String)> {
    // Its root keys are these two unless ROOT_ACCESS_KEYS says otherwise; the
    // second account's 12-digit key must be one of them too, or every request
    // it signs is refused as an unknown caller (iam_enforcement/identity.py).
    let root_keys = format!(
        "AKIAIOSFODNN7EXAMPLE,000000000000,{}",
        super::SECOND_ACCOUNT
    );
    [
        ("IAM_ENFORCEMENT", "1"),
        ("GATEWAY_SERVER", "hypercorn"),
        ("GATEWAY_LISTEN", listen),
        ("ROOT_ACCESS_KEYS", root_keys.as_str()),
    ]
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .to_vec()
}

#[async_trait]
impl Target for Localemu {
    fn name(&self) -> &'static str {
        "localemu"
    }

    fn description(&self) -> &'static str {
        "localemu with IAM_ENFORCEMENT=1 (policies enforced, signatures not checked); root key AKIAIOSFODNN7EXAMPLE"
    }

    fn emulator(&self) -> Option<&EmulatorSpec> {
        Some(&SPEC)
    }

    /// Eight scenarios at once make localemu 1.3.2 slower, not faster: its
    /// CPU for the same corpus ranged from 54 s to 151 s, and three runs in
    /// five stopped answering part-way (2026-12-03, on 2 cores); with four,
    /// three runs took 44 to 58 s of wall time, every verdict as expected.
    fn concurrent_scenarios(&self) -> usize {
        4
    }

    /// A 12-digit access key id selects that account, as its root.
    fn capabilities(&self) -> BTreeSet<String> {
        super::with_second_account()
    }

    async fn prepare(&self, at: &Reached<'_>, enforcement: Enforcement) -> Result<Prepared> {
        if enforcement == Enforcement::Off {
            bail!(
                "localemu's enforcement is fixed when it starts (IAM_ENFORCEMENT=1); the negative control runs on moto"
            );
        }
        let mut prepared =
            super::root_keys_prepare(at, "AKIAIOSFODNN7EXAMPLE", "any-secret").await?;
        prepared.second = Some(super::numeric_root_second_account(at, &prepared.account).await?);
        Ok(prepared)
    }

    async fn release(&self, _at: &Reached<'_>, _prepared: &Prepared) -> Result<()> {
        Ok(())
    }
}
