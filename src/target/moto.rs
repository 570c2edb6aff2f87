//! moto (<https://github.com/getmoto/moto>), a Python emulator of AWS.
//!
//! moto evaluates IAM policies only when told to: `POST /moto-api/reset-auth`
//! with a text/plain body `0` turns enforcement on from the next request, `inf`
//! turns it off. Under enforcement no root credentials exist, so an admin user
//! with an `Allow *:*` policy is created while enforcement is still off.

use std::collections::BTreeSet;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use async_trait::async_trait;

use super::{
    ContainerSpec, EmulatorSpec, Install, Prepared, ProcessCommand, ProcessProgram, Reached, Target,
};
use crate::cleanup;
use crate::cli::Enforcement;
use crate::clients::{Connection, Identity, Keys};
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

    /// The `x-moto-account-id` header puts a request in any account; a key
    /// made there then signs in that account without the header.
    fn capabilities(&self) -> BTreeSet<String> {
        super::with_second_account()
    }

    async fn prepare(&self, at: &Reached<'_>, enforcement: Enforcement) -> Result<Prepared> {
        let endpoint = at.endpoint.context("moto needs an endpoint")?;
        set_enforcement(endpoint, Enforcement::Off).await?;
        let admin_name = format!("iam-conformance-admin-{}", at.run_id);
        let first = at.connection.iam_setup(&bootstrap());
        let admin = make_admin(&first, &admin_name, at.path)
            .await
            .with_context(|| format!("making the admin user on moto at {endpoint}"))?;
        let account = super::caller_account(at.connection, &admin).await?;
        let second = in_second_account(at.connection);
        let second_admin = make_admin(&second, &admin_name, at.path)
            .await
            .context("making the admin user of the second account")?;
        let second_account = super::caller_account(at.connection, &second_admin).await?;
        let second = super::AccountAdmin::checked(
            second_account,
            second_admin,
            vec![admin_name.clone()],
            &account,
        )?;
        if enforcement == Enforcement::On {
            set_enforcement(endpoint, Enforcement::On).await?;
        }
        Ok(Prepared {
            account,
            admin,
            own_users: vec![admin_name],
            version: None,
            second: Some(second),
        })
    }

    async fn release(&self, at: &Reached<'_>, prepared: &Prepared) -> Result<()> {
        let endpoint = at.endpoint.context("moto needs an endpoint")?;
        // The admin cannot remove its own grant and go on; with enforcement off anyone can.
        set_enforcement(endpoint, Enforcement::Off).await?;
        let first = at.connection.iam_setup(&bootstrap());
        for user in &prepared.own_users {
            cleanup::delete_user(&first, user).await?;
        }
        if let Some(second) = &prepared.second {
            let iam = in_second_account(at.connection);
            for user in &second.own_users {
                cleanup::delete_user(&iam, user).await?;
            }
        }
        Ok(())
    }
}

fn bootstrap() -> Identity {
    Identity::Keys(Keys::long_term(BOOTSTRAP_KEY.0, BOOTSTRAP_KEY.1))
}

/// An IAM client whose requests moto files under the second account, for
/// the bootstrap while enforcement is off.
fn in_second_account(connection: &Connection) -> aws_sdk_iam::Client {
    connection.iam_with_header(&bootstrap(), "x-moto-account-id", super::SECOND_ACCOUNT)
}

/// A user with `Allow *:*` and an access key, made while enforcement is off.
async fn make_admin(iam: &aws_sdk_iam::Client, name: &str, path: &str) -> Result<Identity> {
    let created = iam.create_user().user_name(name).path(path).send().await;
    // The name holds the run id: if it is taken, an attempt whose answer was
    // lost made it, and the SDK's retry was told so.
    if let Err(e) = created
        && e.as_service_error()
            .is_none_or(|e| !e.is_entity_already_exists_exception())
    {
        return Err(e).context("creating the admin user");
    }
    iam.put_user_policy()
        .user_name(name)
        .policy_name("administrator")
        .policy_document(ALLOW_ALL)
        .send()
        .await
        .context("granting the admin user Allow *:*")?;
    let key = iam
        .create_access_key()
        .user_name(name)
        .send()
        .await
        .context("creating the admin's key")?;
    let key = key
        .access_key()
        .context("CreateAccessKey returned no key")?;
    Ok(Identity::Keys(Keys::long_term(
        key.access_key_id(),
        key.secret_access_key(),
    )))
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
