//! MiniStack (<https://pypi.org/project/ministack/>), a Python emulator of AWS.
//!
//! With `AUTH=true` it checks SigV4 signatures and evaluates IAM policies. An
//! access key id `test` (any secret) is the root of its default account, which
//! sets scenes up; there is no switch to turn enforcement off at run time.

use std::collections::BTreeSet;

use anyhow::{Result, bail};
use async_trait::async_trait;

use super::{
    ContainerSpec, EmulatorSpec, Install, Prepared, ProcessCommand, ProcessProgram, Reached, Target,
};
use crate::cli::Enforcement;

pub struct Ministack;

const SPEC: EmulatorSpec = EmulatorSpec {
    name: "ministack",
    version: "1.5.33",
    install: Install::Pip {
        requirements: &["ministack==1.5.33"],
        pip: None,
        min_python: (3, 10),
    },
    health_path: "/_ministack/health",
    process: |port| ProcessCommand {
        program: ProcessProgram::VenvScript("ministack"),
        args: vec![],
        env: vec![
            ("AUTH".into(), "true".into()),
            // Without BIND_HOST it listens on every interface.
            ("BIND_HOST".into(), "127.0.0.1".into()),
            ("GATEWAY_PORT".into(), port.to_string()),
        ],
    },
    container: ContainerSpec {
        image_env: "IAM_CONFORMANCE_MINISTACK_IMAGE",
        default_image: "ministackorg/ministack",
        default_tag: "1.5.33",
        port: 4566,
        env: || {
            vec![
                ("AUTH".into(), "true".into()),
                ("BIND_HOST".into(), "0.0.0.0".into()),
            ]
        },
    },
};

#[async_trait]
impl Target for Ministack {
    fn name(&self) -> &'static str {
        "ministack"
    }

    fn description(&self) -> &'static str {
        "MiniStack with AUTH=true (SigV4 and IAM policies enforced); root key `test`"
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
                "ministack's enforcement is fixed when it starts (AUTH=true); the negative control runs on moto"
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
