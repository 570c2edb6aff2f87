//! `Then` steps: judge the last call. Core assertions check the error code and
//! the HTTP status; exact message text is for `@strict` scenarios.

use anyhow::{Result, bail, ensure};
use cucumber::then;

use crate::world::IamWorld;

#[then(regex = r"^the call (?:is allowed|succeeds)$")]
async fn allowed(world: &mut IamWorld) -> Result<()> {
    let last = world.last()?;
    ensure!(
        last.is_success(),
        "expected {} to succeed, but it {}",
        last.action,
        describe(last)
    );
    Ok(())
}

/// An authorization refusal: `AccessDenied`, HTTP 403.
#[then(regex = r"^the call is denied$")]
async fn denied(world: &mut IamWorld) -> Result<()> {
    expect_error(world, "AccessDenied", 403)
}

#[then(regex = r#"^the call fails with "([^"]+)" and HTTP status (\d{3})$"#)]
async fn fails_with(world: &mut IamWorld, code: String, status: u16) -> Result<()> {
    expect_error(world, &code, status)
}

#[then(regex = r#"^the response field "([^"]+)" is "([^"]*)"$"#)]
async fn field_is(world: &mut IamWorld, field: String, expected: String) -> Result<()> {
    let expected = world.resolve(&expected)?;
    let last = world.last()?;
    ensure!(
        last.is_success(),
        "expected a response with {field}, but {}",
        describe(last)
    );
    match last.fields.get(&field) {
        Some(actual) if *actual == expected => Ok(()),
        Some(actual) => bail!(
            "{} returned {field} = {actual:?}, expected {expected:?}",
            last.action
        ),
        None => bail!(
            "{} returned no {field} (fields: {:?})",
            last.action,
            last.fields.keys().collect::<Vec<_>>()
        ),
    }
}

fn expect_error(world: &IamWorld, code: &str, status: u16) -> Result<()> {
    let last = world.last()?;
    match last.error_code() {
        None => bail!(
            "expected {} to fail with {code} (HTTP {status}), but it succeeded",
            last.action
        ),
        Some(actual) if actual == code && last.status == status => Ok(()),
        Some(_) => bail!(
            "expected {} to fail with {code} (HTTP {status}), but it {}",
            last.action,
            describe(last)
        ),
    }
}

fn describe(outcome: &crate::outcome::Outcome) -> String {
    match &outcome.error {
        None => "succeeded".to_owned(),
        Some(e) => {
            let envelope = if e.standard_envelope {
                ""
            } else {
                " [error body not in the AWS query envelope]"
            };
            format!(
                "failed with {} (HTTP {}): {}{envelope}",
                e.code, outcome.status, e.message
            )
        }
    }
}
