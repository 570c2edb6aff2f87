//! fakecloud (<https://github.com/faiscadev/fakecloud>), an AWS emulator written
//! in Rust. It is AGPL-3.0-or-later: it runs only as a separate process or
//! container, built by `cargo install`; no fakecloud crate is a dependency of
//! this project.
//!
//! `--iam strict` evaluates IAM policies and `--verify-sigv4` checks signatures
//! (without it secrets are never checked). Any access key id starting with
//! `test` is the root of its account and skips both checks, so the suite signs
//! setup calls with `test` and never gives such a key to a principal under test.

use anyhow::{Result, bail};
use async_trait::async_trait;

use super::{
    ContainerSpec, EmulatorSpec, Install, Prepared, ProcessCommand, ProcessProgram, Reached, Target,
};
use crate::cli::Enforcement;

pub struct Fakecloud;

const SPEC: EmulatorSpec = EmulatorSpec {
    name: "fakecloud",
    version: "0.51.0",
    install: Install::Cargo {
        krate: "fakecloud",
        usually: "about 26 minutes and 4 GB of memory on 2 cores (661 crates)",
    },
    health_path: "/_fakecloud/health",
    process: |port| ProcessCommand {
        program: ProcessProgram::Binary("fakecloud"),
        args: [
            "--addr",
            &format!("127.0.0.1:{port}"),
            "--iam",
            "strict",
            "--verify-sigv4",
        ]
        .map(str::to_owned)
        .to_vec(),
        env: vec![],
    },
    container: ContainerSpec {
        image_env: "IAM_CONFORMANCE_FAKECLOUD_IMAGE",
        default_image: "ghcr.io/faiscadev/fakecloud",
        default_tag: "0.51.0",
        port: 4566,
        env: || {
            [
                ("FAKECLOUD_ADDR", "0.0.0.0:4566"),
                ("FAKECLOUD_IAM", "strict"),
                ("FAKECLOUD_VERIFY_SIGV4", "true"),
            ]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .to_vec()
        },
    },
};

#[async_trait]
impl Target for Fakecloud {
    fn name(&self) -> &'static str {
        "fakecloud"
    }

    fn description(&self) -> &'static str {
        "fakecloud with --iam strict --verify-sigv4; root keys `test…` (AGPL: run as a separate process)"
    }

    fn emulator(&self) -> Option<&EmulatorSpec> {
        Some(&SPEC)
    }

    async fn prepare(&self, at: &Reached<'_>, enforcement: Enforcement) -> Result<Prepared> {
        if enforcement == Enforcement::Off {
            bail!(
                "fakecloud's enforcement is fixed when it starts (--iam strict); the negative control runs on moto"
            );
        }
        super::root_keys_prepare(at, "test", "test").await
    }

    async fn release(&self, _at: &Reached<'_>, _prepared: &Prepared) -> Result<()> {
        Ok(())
    }
}
