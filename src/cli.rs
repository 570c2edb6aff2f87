//! The suite's own command-line options (cucumber's, such as `--tags` and
//! `--concurrency`, are accepted alongside).

use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LaunchMode {
    /// A container if a Docker engine answers, else a local process.
    Auto,
    /// The emulator's image, run with testcontainers.
    Container,
    /// The emulator installed at a pinned version in a virtualenv under target/.
    Process,
}

impl LaunchMode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Container => "container",
            Self::Process => "process",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Enforcement {
    /// Turn IAM enforcement on where the target has a switch for it.
    On,
    /// Leave it off: the negative control that proves the suite can fail.
    Off,
}

#[derive(Debug, Clone, clap::Args)]
pub struct SuiteOptions {
    /// IAM implementation to test: moto (default), or any name listed by --list-targets.
    #[arg(
        long,
        env = "IAM_CONFORMANCE_TARGET",
        default_value = "moto",
        global = true
    )]
    pub target: String,

    /// How to start an emulator when no --endpoint is given.
    #[arg(
        long,
        env = "IAM_CONFORMANCE_LAUNCH",
        value_enum,
        default_value = "auto",
        global = true
    )]
    pub launch: LaunchMode,

    /// Use an instance that is already running at this URL; nothing is launched.
    #[arg(long, env = "IAM_CONFORMANCE_ENDPOINT", global = true)]
    pub endpoint: Option<String>,

    /// Where report.json, report.md and junit.xml go [default: target/iam-conformance/<target>/].
    #[arg(long, env = "IAM_CONFORMANCE_REPORT_DIR", global = true)]
    pub report_dir: Option<PathBuf>,

    /// Known divergences of the target [default: expectations/<target>.toml].
    #[arg(long, env = "IAM_CONFORMANCE_EXPECTATIONS", global = true)]
    pub expectations: Option<PathBuf>,

    /// `off` leaves the target's IAM enforcement off (negative control; moto only).
    #[arg(
        long,
        env = "IAM_CONFORMANCE_ENFORCEMENT",
        value_enum,
        default_value = "on",
        global = true
    )]
    pub enforcement: Enforcement,

    /// The specification to run: a folder of .feature files, relative to the project.
    #[arg(
        long,
        env = "IAM_CONFORMANCE_FEATURES",
        default_value = "features",
        global = true
    )]
    pub features: PathBuf,

    /// The AWS account the run must find itself in (required for --target aws).
    #[arg(long, env = "IAM_CONFORMANCE_AWS_ACCOUNT", global = true)]
    pub aws_account: Option<String>,

    /// Instead of running scenarios, list what a run left on a running target
    /// (`--endpoint`, or `--target aws`): a run id, or `all` for every run.
    #[arg(long, value_name = "RUN_ID|all", global = true)]
    pub sweep: Option<String>,

    /// With --sweep: delete what is listed (without it, nothing is deleted).
    #[arg(long, requires = "sweep", global = true)]
    pub yes: bool,

    /// Record every scenario's normalised answers into DIR (one JSON file per scenario).
    #[arg(
        long,
        value_name = "DIR",
        env = "IAM_CONFORMANCE_RECORD",
        global = true
    )]
    pub record: Option<PathBuf>,

    /// Compare this run's answers with a recording in DIR; writes comparison.md.
    #[arg(
        long,
        value_name = "DIR",
        env = "IAM_CONFORMANCE_COMPARE",
        global = true
    )]
    pub compare: Option<PathBuf>,

    /// Print the known targets and exit.
    #[arg(long, global = true)]
    pub list_targets: bool,
}
