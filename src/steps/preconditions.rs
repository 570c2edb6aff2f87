//! `Given` steps in which an actor makes a call that must succeed: the role
//! sessions and session credentials a scenario's rule is about. When such a
//! call fails the scenario is *blocked* (its rule was never reached), not
//! failed. On success the call is also the last call, as with `When`.

use anyhow::Result;
use cucumber::gherkin::Step;
use cucumber::given;

use super::assertions::{Expect, hold};
use super::calls::{self, call};
use crate::actions::Params;
use crate::world::IamWorld;

#[given(regex = r#"^"([^"]+)" has assumed the role "([^"]+)" with session name "([^"]+)"$"#)]
async fn has_assumed(
    world: &mut IamWorld,
    actor: String,
    role: String,
    session: String,
) -> Result<()> {
    let params = calls::assume_params(world, &role, &session)?;
    must_succeed(world, &actor, "sts:AssumeRole", params).await
}

#[given(regex = r#"^"([^"]+)" has assumed the role "([^"]+)" with session name "([^"]+)" and:$"#)]
async fn has_assumed_with(
    world: &mut IamWorld,
    actor: String,
    role: String,
    session: String,
    #[step] step: &Step,
) -> Result<()> {
    let params = calls::assume_params_with_table(world, &role, &session, step)?;
    must_succeed(world, &actor, "sts:AssumeRole", params).await
}

#[given(
    regex = r#"^"([^"]+)" has assumed the role "([^"]+)" with session name "([^"]+)" and the session policy:$"#
)]
async fn has_assumed_with_session_policy(
    world: &mut IamWorld,
    actor: String,
    role: String,
    session: String,
    #[step] step: &Step,
) -> Result<()> {
    let params = calls::assume_params_with_session_policy(world, &role, &session, step)?;
    must_succeed(world, &actor, "sts:AssumeRole", params).await
}

#[given(regex = r#"^"([^"]+)" has called "([^"]+)"$"#)]
async fn has_called(world: &mut IamWorld, actor: String, action: String) -> Result<()> {
    must_succeed(world, &actor, &action, Params::new()).await
}

#[given(regex = r#"^"([^"]+)" has called "([^"]+)" with:$"#)]
async fn has_called_with(
    world: &mut IamWorld,
    actor: String,
    action: String,
    #[step] step: &Step,
) -> Result<()> {
    let params = calls::table_params(world, step)?;
    must_succeed(world, &actor, &action, params).await
}

/// The call, judged as `Then the call is allowed` would judge it (waiting for
/// IAM changes to propagate on targets that need it).
async fn must_succeed(
    world: &mut IamWorld,
    actor: &str,
    action: &str,
    params: Params,
) -> Result<()> {
    call(world, actor, action, params).await?;
    hold(world, Expect::Success).await
}
