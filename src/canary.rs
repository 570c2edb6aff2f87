//! Before any scenario: does the target authenticate and authorize at all?
//! A user with no policy must be denied, and a wrong secret refused. If either
//! fails, every authorization verdict of the run is meaningless, and the
//! report says so in its headline.

use anyhow::{Context, Result};

use crate::actions::{self, Params};
use crate::cleanup;
use crate::clients::{Connection, Identity, Keys};
use crate::report::{CanaryCheck, CanaryReport};

pub async fn check(
    target: &str,
    connection: &Connection,
    admin: &Identity,
    path: &str,
    run_id: &str,
) -> Result<CanaryReport> {
    let iam = connection.iam_setup(admin);
    let name = format!("iam-conformance-canary-{run_id}");
    iam.create_user()
        .user_name(&name)
        .path(path)
        .send()
        .await
        .context("canary: creating a user with no policy")?;
    let result = probe(connection, &iam, &name).await;
    let removed = cleanup::delete_user(&iam, &name).await;
    let checks = result?;
    removed.context("canary: removing its user")?;
    let enforcing = checks.iter().all(|c| c.held);
    let headline = if enforcing {
        format!("{target}: enforcing")
    } else {
        let broken: Vec<&str> = checks
            .iter()
            .filter(|c| !c.held)
            .map(|c| c.check.as_str())
            .collect();
        format!(
            "{target}: NOT enforcing — authorization scenarios cannot pass ({} did not hold)",
            broken.join("; ")
        )
    };
    Ok(CanaryReport {
        headline,
        enforcing,
        checks,
    })
}

async fn probe(
    connection: &Connection,
    iam: &aws_sdk_iam::Client,
    name: &str,
) -> Result<Vec<CanaryCheck>> {
    let key = iam
        .create_access_key()
        .user_name(name)
        .send()
        .await
        .context("canary: creating an access key")?;
    let key = key
        .access_key()
        .context("CreateAccessKey returned no key")?;
    let keys = Keys::long_term(key.access_key_id(), key.secret_access_key());

    let no_policy = actions::call(
        connection,
        &Identity::Keys(keys.clone()),
        "iam:ListUsers",
        &Params::new(),
    )
    .await?;
    let denied = no_policy.outcome.error_code() == Some("AccessDenied");
    let wrong_secret = actions::call(
        connection,
        &Identity::Keys(keys.with_wrong_secret()),
        "sts:GetCallerIdentity",
        &Params::new(),
    )
    .await?;
    let refused = !wrong_secret.outcome.is_success();
    Ok(vec![
        CanaryCheck {
            check: "a user with no policy calls iam:ListUsers".into(),
            expected: "AccessDenied".into(),
            observed: no_policy.outcome.to_string(),
            held: denied,
        },
        CanaryCheck {
            check: "a request signed with a wrong secret".into(),
            expected: "refused (SignatureDoesNotMatch)".into(),
            observed: wrong_secret.outcome.to_string(),
            held: refused,
        },
    ])
}
