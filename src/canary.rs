//! Before any scenario: does the target authorize and authenticate at all?
//! A user with no policy must be denied, and a wrong secret refused. If the
//! first fails, every authorization verdict of the run is meaningless; if only
//! the second does, the credentials verdicts are. The headline says which.

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
    let (authorizing, authenticating) = (checks[0].held, checks[1].held);
    let headline = headline(target, authorizing, authenticating, &checks);
    Ok(CanaryReport {
        headline,
        enforcing: authorizing,
        authenticating,
        checks,
    })
}

/// One line a reader can trust: what the target enforces, and which
/// scenarios therefore cannot pass.
fn headline(
    target: &str,
    authorizing: bool,
    authenticating: bool,
    checks: &[CanaryCheck],
) -> String {
    let broken: Vec<&str> = checks
        .iter()
        .filter(|c| !c.held)
        .map(|c| c.check.as_str())
        .collect();
    match (authorizing, authenticating) {
        (true, true) => format!("{target}: enforcing"),
        (true, false) => format!(
            "{target}: enforcing IAM policies, but NOT checking signatures — scenarios about bad credentials (wrong secrets, altered or missing session tokens) cannot pass ({} did not hold)",
            broken.join("; ")
        ),
        (false, _) => format!(
            "{target}: NOT enforcing — authorization scenarios cannot pass ({} did not hold)",
            broken.join("; ")
        ),
    }
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
    // Any refusal counts here: whether its code is AWS's is for the scenarios to judge.
    let denied = !no_policy.outcome.is_success() && no_policy.outcome.status == 403;
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
            expected: "refused with HTTP 403 (AccessDenied)".into(),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn check(held: bool, what: &str) -> CanaryCheck {
        CanaryCheck {
            check: what.into(),
            expected: String::new(),
            observed: String::new(),
            held,
        }
    }

    #[test]
    fn the_headline_says_what_is_enforced() {
        let checks = |a, b| vec![check(a, "no policy"), check(b, "wrong secret")];
        assert_eq!(
            headline("m", true, true, &checks(true, true)),
            "m: enforcing"
        );
        let signatures = headline("m", true, false, &checks(true, false));
        assert!(signatures.starts_with("m: enforcing IAM policies, but NOT checking signatures"));
        assert!(signatures.ends_with("(wrong secret did not hold)"));
        let none = headline("m", false, false, &checks(false, false));
        assert!(none.starts_with("m: NOT enforcing") && none.contains("no policy; wrong secret"));
    }
}
