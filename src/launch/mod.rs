//! Getting an emulator running: as a local process or in a container. Whatever
//! is started is stopped when its [`Running`] guard drops, and also when the
//! run is interrupted (see [`children`]).

pub mod children;
pub mod container;
pub mod docker;
pub mod process;

use std::path::PathBuf;

use anyhow::Result;

use crate::cli::LaunchMode;
use crate::target::EmulatorSpec;

/// A started emulator; dropping it stops the emulator.
pub struct Running {
    pub endpoint: String,
    /// `process` or `container`.
    pub launch: &'static str,
    /// What was started, for the log line.
    pub detail: String,
    /// The image, when launched in a container.
    pub image: Option<String>,
    /// The emulator's version (the pinned one, or the image's tag).
    pub version: String,
    /// The process group of an emulator started as a local process.
    pub process_group: Option<i32>,
    _guard: Box<dyn Send>,
}

impl std::fmt::Debug for Running {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Running")
            .field("endpoint", &self.endpoint)
            .field("launch", &self.launch)
            .finish()
    }
}

/// Directories a launcher may use.
#[derive(Debug, Clone)]
pub struct Dirs {
    /// Virtualenvs live here, one per emulator and version.
    pub emulators: PathBuf,
    /// Builds too long to repeat per clone (`cargo install`) live here, per user.
    pub cache: PathBuf,
    /// Emulator logs go here (the run's report directory).
    pub logs: PathBuf,
}

impl Dirs {
    pub fn new(root: &std::path::Path, logs: PathBuf) -> Self {
        Self {
            emulators: root.join("target/iam-conformance/emulators"),
            cache: user_cache(),
            logs,
        }
    }
}

/// `IAM_CONFORMANCE_CACHE`, else `$XDG_CACHE_HOME/iam-conformance/emulators`,
/// else `~/.cache/iam-conformance/emulators`: one place per user that every
/// clone on the machine finds again.
pub fn user_cache() -> PathBuf {
    if let Some(dir) = std::env::var_os("IAM_CONFORMANCE_CACHE") {
        return PathBuf::from(dir);
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cache")
        });
    base.join("iam-conformance").join("emulators")
}

pub async fn start(spec: &EmulatorSpec, mode: LaunchMode, dirs: &Dirs) -> Result<Running> {
    let mode = match mode {
        LaunchMode::Auto if docker::engine_answers().await => LaunchMode::Container,
        LaunchMode::Auto => LaunchMode::Process,
        other => other,
    };
    match mode {
        LaunchMode::Container => container::start(spec, dirs).await,
        _ => process::start(spec, dirs).await,
    }
}

/// The last `n` lines of `text`.
pub fn tail_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}
