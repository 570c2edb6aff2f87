//! moto (<https://github.com/getmoto/moto>), a Python emulator of AWS.
//!
//! moto evaluates IAM policies only when told to: `POST /moto-api/reset-auth`
//! with a text/plain body `0` turns enforcement on from the next request, `inf`
//! turns it off. Under enforcement no root credentials exist, so an admin user
//! with an `Allow *:*` policy is created while enforcement is still off.

use std::time::Duration;

use anyhow::{Context, Result, bail};
use async_trait::async_trait;

use super::{
    ContainerSpec, EmulatorSpec, Install, Prepared, ProcessCommand, ProcessProgram, Reached, Target,
};
use crate::cleanup;
use crate::cli::Enforcement;
use crate::clients::{Identity, Keys};
use crate::http;

pub struct Moto;

const SPEC: EmulatorSpec = EmulatorSpec {
    name: "moto",
    version: "5.2.5",
    install: Install::Pip {
        requirements: &["moto[server]==5.2.5"],
        pip: None,
        min_python: (3, 9),
    },
    health_path: "/moto-api/",
    process: |port| ProcessCommand {
        program: ProcessProgram::VenvScript("moto_server"),
        args: vec![
            "-H".into(),
            "127.0.0.1".into(),
            "-p".into(),
            port.to_string(),
        ],
        env: vec![],
    },
    container: ContainerSpec {
        image_env: "IAM_CONFORMANCE_MOTO_IMAGE",
        default_image: "motoserver/moto",
        default_tag: "5.2.5",
        port: 5000,
        env: Vec::new,
    },
};

/// Any key works while enforcement is off; moto maps unknown keys to its default account.
const BOOTSTRAP_KEY: (&str, &str) = ("AKIAIOSFODNN7EXAMPLE", "bootstrap-secret-unused-by-moto");

const ALLOW_ALL: &str =
    r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#;

#[async_trait]
impl Target for Moto {
    fn name(&self) -> &'static str {
        "moto"
    }

    fn description(&self) -> &'static str {
        "moto server; enforcement switched on through /moto-api/reset-auth"
    }

    fn emulator(&self) -> Option<&EmulatorSpec> {
        Some(&SPEC)
    }

    async fn prepare(&self, at: &Reached<'_>, enforcement: Enforcement) -> Result<Prepared> {
        let endpoint = at.endpoint.context("moto needs an endpoint")?;
        set_enforcement(endpoint, Enforcement::Off).await?;
        let bootstrap = Identity::Keys(Keys::long_term(BOOTSTRAP_KEY.0, BOOTSTRAP_KEY.1));
        let iam = at.connection.iam_setup(&bootstrap);
        let admin_name = format!("iam-conformance-admin-{}", at.run_id);
        iam.create_user()
            .user_name(&admin_name)
            .path(at.path)
            .send()
            .await
            .with_context(|| format!("creating the admin user on moto at {endpoint}"))?;
        iam.put_user_policy()
            .user_name(&admin_name)
            .policy_name("administrator")
            .policy_document(ALLOW_ALL)
            .send()
            .await
            .context("granting the admin user Allow *:*")?;
        let key = iam
            .create_access_key()
            .user_name(&admin_name)
            .send()
            .await
            .context("creating the admin's key")?;
        let key = key
            .access_key()
            .context("CreateAccessKey returned no key")?;
        let admin = Identity::Keys(Keys::long_term(
            key.access_key_id(),
            key.secret_access_key(),
        ));
        let account = super::caller_account(at.connection, &admin).await?;
        if enforcement == Enforcement::On {
            set_enforcement(endpoint, Enforcement::On).await?;
        }
        Ok(Prepared {
            account,
            admin,
            own_users: vec![admin_name],
            version: None,
        })
    }

    async fn release(&self, at: &Reached<'_>, prepared: &Prepared) -> Result<()> {
        let endpoint = at.endpoint.context("moto needs an endpoint")?;
        // The admin cannot remove its own grant and go on; with enforcement off anyone can.
        set_enforcement(endpoint, Enforcement::Off).await?;
        let bootstrap = Identity::Keys(Keys::long_term(BOOTSTRAP_KEY.0, BOOTSTRAP_KEY.1));
        let iam = at.connection.iam_setup(&bootstrap);
        for user in &prepared.own_users {
            cleanup::delete_user(&iam, user).await?;
        }
        Ok(())
    }
}

async fn set_enforcement(endpoint: &str, enforcement: Enforcement) -> Result<()> {
    let body = match enforcement {
        Enforcement::On => "0",
        Enforcement::Off => "inf",
    };
    let url = http::join(endpoint, "/moto-api/reset-auth");
    let (status, reply) = http::post_text(&url, body, Duration::from_secs(10)).await?;
    if status != 200 {
        bail!("moto refused to switch enforcement ({url} answered HTTP {status}: {reply})");
    }
    Ok(())
}
