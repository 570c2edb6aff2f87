//! The emulator in a container, started with testcontainers.

use anyhow::{Result, bail};

use super::{Dirs, Running};
use crate::target::EmulatorSpec;

pub async fn start(spec: &EmulatorSpec, _dirs: &Dirs) -> Result<Running> {
    bail!(
        "--launch container is not available yet for {}; use --launch process, or --endpoint with an instance you started",
        spec.name
    )
}

/// Removes containers this run started; used on interrupt.
pub fn remove_all_blocking() {}
