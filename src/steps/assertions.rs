//! `Then` steps: judge the last call. Core assertions check the error code and
//! the HTTP status; exact message text is for `@strict` scenarios.

use anyhow::{Context, Result, bail, ensure};
use cucumber::then;

use super::calls;
use crate::consistency::{WallClock, settle};
use crate::outcome::Outcome;
use crate::report::model_checks::Expected;
use crate::world::{IamWorld, Wait};

#[then(regex = r"^the call (?:is allowed|succeeds)$")]
async fn allowed(world: &mut IamWorld) -> Result<()> {
    hold(world, Expect::Success).await
}

/// An authorization refusal: `AccessDenied`, HTTP 403.
#[then(regex = r"^the call is denied$")]
async fn denied(world: &mut IamWorld) -> Result<()> {
    hold(
        world,
        Expect::Error {
            code: "AccessDenied".to_owned(),
            status: 403,
        },
    )
    .await
}

/// A refusal with this HTTP status, whatever its code: for rules AWS documents
/// without naming the error code.
#[then(regex = r"^the call is refused with HTTP status (\d{3})$")]
async fn refused_with_status(world: &mut IamWorld, status: u16) -> Result<()> {
    hold(world, Expect::Refused { status }).await
}

/// A refusal by the target, whatever its code and 4xx status: for rules AWS
/// documents without naming either. A crash (5xx) is no refusal.
#[then(regex = r"^the call is refused$")]
async fn refused(world: &mut IamWorld) -> Result<()> {
    hold(world, Expect::RefusedAtAll).await
}

#[then(regex = r#"^the call fails with "([^"]+)" and HTTP status (\d{3})$"#)]
async fn fails_with(world: &mut IamWorld, code: String, status: u16) -> Result<()> {
    hold(world, Expect::Error { code, status }).await
}

/// The hunt's judge: the last call must come out as the reference evaluator
/// decides it (success, or AccessDenied with HTTP 403).
#[then(regex = r"^the call is as the reference evaluator decides$")]
async fn as_the_model_decides(world: &mut IamWorld) -> Result<()> {
    let (call, decision) = world.foreseen.clone().context(
        "the reference evaluator judges an actor's call, and the last call was the admin's",
    )?;
    let decision = decision.map_err(|why| anyhow::anyhow!("{call}: not judged: {why}"))?;
    let expect = if decision.verdict.allows() {
        Expect::Success
    } else {
        Expect::Error {
            code: "AccessDenied".to_owned(),
            status: 403,
        }
    };
    hold(world, expect)
        .await
        .with_context(|| format!("the reference evaluator: {}", decision.explain()))
}

/// What the last call should have answered.
#[derive(Debug, Clone)]
pub(super) enum Expect {
    Success,
    Error { code: String, status: u16 },
    Refused { status: u16 },
    RefusedAtAll,
}

impl Expect {
    fn check(&self, last: &Outcome) -> Result<()> {
        match self {
            Self::Success => {
                ensure!(
                    last.is_success(),
                    "expected {} to succeed, but it {}",
                    last.action,
                    describe(last)
                );
                Ok(())
            }
            Self::Refused { status } => {
                ensure!(
                    !last.is_success() && last.status == *status,
                    "expected {} to be refused with HTTP {status}, but it {}",
                    last.action,
                    describe(last)
                );
                Ok(())
            }
            Self::RefusedAtAll => {
                ensure!(
                    !last.is_success() && (400..500).contains(&last.status),
                    "expected {} to be refused (HTTP 4xx), but it {}",
                    last.action,
                    describe(last)
                );
                Ok(())
            }
            Self::Error { code, status } => match last.error_code() {
                None => bail!(
                    "expected {} to fail with {code} (HTTP {status}), but it succeeded",
                    last.action
                ),
                Some(actual) if actual == code && last.status == *status => Ok(()),
                Some(_) => {
                    bail!(
                        "expected {} to fail with {code} (HTTP {status}), but it {}",
                        last.action,
                        describe(last)
                    )
                }
            },
        }
    }
}

/// Judges the last call; on a target with a consistency deadline, repeats a
/// repeatable call with backoff until the expectation holds or time runs out.
pub(super) async fn hold(world: &mut IamWorld, expect: Expect) -> Result<()> {
    match &expect {
        Expect::Success => world.check_model(Expected::Allowed),
        Expect::Error { code, status: 403 } if code == "AccessDenied" => {
            world.check_model(Expected::Denied);
        }
        _ => {}
    }
    let deadline = world.suite.deadline;
    let repeatable = world
        .last_call
        .as_ref()
        .is_some_and(|(_, action, _)| calls::repeatable(action));
    if deadline.is_zero() || !repeatable {
        return expect.check(world.last()?);
    }
    let what = format!("{} {:?}", world.last()?.action, expect);
    let clock = WallClock::start();
    let settled = settle(&clock, deadline, world, |w, attempt| {
        let expect = expect.clone();
        Box::pin(async move {
            if attempt > 1 {
                calls::repeat_last(w).await?;
            }
            expect.check(w.last()?)
        })
    })
    .await;
    if settled.attempts > 1 {
        world.waits.push(Wait {
            assertion: what,
            waited_ms: u64::try_from(settled.waited.as_millis()).unwrap_or(u64::MAX),
            attempts: settled.attempts,
            held: settled.result.is_ok(),
        });
    }
    settled.result
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

/// A field the action's answer can carry (the action table reads it) and
/// this answer does not: an absence that a wrong answer would break.
#[then(regex = r#"^the response has no field "([^"]+)"$"#)]
async fn field_absent(world: &mut IamWorld, field: String) -> Result<()> {
    let last = world.last()?;
    ensure!(
        last.is_success(),
        "expected a response without {field}, but {}",
        describe(last)
    );
    let readable = crate::actions::find(&last.action)?.fields;
    ensure!(
        readable.contains(&field.as_str()),
        "{} never has a field {field} the suite reads (its fields: {readable:?}), so its absence proves nothing",
        last.action
    );
    match last.fields.get(&field) {
        None => Ok(()),
        Some(actual) => bail!(
            "{} returned {field} = {actual:?}, expected none",
            last.action
        ),
    }
}

fn describe(outcome: &Outcome) -> String {
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

#[then(regex = r#"^the response field "([^"]+)" starts with "([^"]*)"$"#)]
async fn field_starts_with(world: &mut IamWorld, field: String, prefix: String) -> Result<()> {
    let prefix = world.resolve(&prefix)?;
    let actual = field_value(world, &field)?;
    ensure!(
        actual.starts_with(&prefix),
        "{field} = {actual:?} does not start with {prefix:?}"
    );
    Ok(())
}

/// The whole value must match the regular expression (after placeholders).
#[then(regex = r#"^the response field "([^"]+)" matches "(.*)"$"#)]
async fn field_matches(world: &mut IamWorld, field: String, pattern: String) -> Result<()> {
    let pattern = world.resolve(&pattern)?;
    let re = regex::Regex::new(&format!("^(?:{pattern})$"))?;
    let actual = field_value(world, &field)?;
    ensure!(
        re.is_match(&actual),
        "{field} = {actual:?} does not match {pattern:?}"
    );
    Ok(())
}

/// `@strict` scenarios: the exact message text AWS documents.
#[then(regex = r#"^the error message is "(.*)"$"#)]
async fn message_is(world: &mut IamWorld, expected: String) -> Result<()> {
    let expected = world.resolve(&expected)?;
    let last = world.last()?;
    let Some(error) = &last.error else {
        bail!("expected {} to fail, but it succeeded", last.action)
    };
    ensure!(
        error.message == expected,
        "the error message is {:?}, expected {expected:?}",
        error.message
    );
    Ok(())
}

#[then(regex = r#"^the error message contains "(.*)"$"#)]
async fn message_contains(world: &mut IamWorld, expected: String) -> Result<()> {
    let expected = world.resolve(&expected)?;
    let last = world.last()?;
    let Some(error) = &last.error else {
        bail!("expected {} to fail, but it succeeded", last.action)
    };
    ensure!(
        error.message.contains(&expected),
        "the error message {:?} does not contain {expected:?}",
        error.message
    );
    Ok(())
}

/// Temporary credentials expire `seconds` after they were issued (within two minutes).
#[then(regex = r"^the credentials expire in about (\d+) seconds$")]
async fn expire_in(world: &mut IamWorld, seconds: i64) -> Result<()> {
    let expiration = field_value(world, "Expiration")?;
    let left = crate::actions::seconds_until(&expiration).context("Expiration is not a time")?;
    ensure!(
        (left - seconds).abs() <= 120,
        "the credentials expire in {left} s, expected about {seconds} s"
    );
    Ok(())
}

fn field_value(world: &IamWorld, field: &str) -> Result<String> {
    let last = world.last()?;
    ensure!(
        last.is_success(),
        "expected a response with {field}, but {}",
        describe(last)
    );
    last.fields.get(field).cloned().with_context(|| {
        format!(
            "{} returned no {field} (fields: {:?})",
            last.action,
            last.fields.keys().collect::<Vec<_>>()
        )
    })
}
