//! The suite's own command-line options (cucumber's, such as `--tags` and
//! `--concurrency`, are accepted alongside).

use std::path::PathBuf;

use clap::{Args as _, CommandFactory, FromArgMatches};

const ABOUT: &str = "iam-conformance: runs the executable specification of AWS IAM role behaviour in features/ \
against a target (real AWS, or an emulator it launches or finds at --endpoint) and reports, scenario by \
scenario, whether the target behaves as AWS does.";

/// Parses the command line: the suite's about text, and its own options
/// listed before cucumber's (which keep working: --tags, --name, --concurrency…).
pub fn parse<T: CommandFactory + FromArgMatches>() -> T {
    let own: Vec<String> = SuiteOptions::augment_args(clap::Command::new("suite"))
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    let command = T::command()
        .bin_name("cargo test --test conformance --")
        .about(ABOUT)
        .long_about(ABOUT)
        .mut_args(|arg| {
            let order = own.iter().position(|id| id == arg.get_id().as_str());
            arg.display_order(order.unwrap_or(own.len()))
        });
    let matches = command.get_matches();
    T::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

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

/// Flaws the reference evaluator can be given on purpose (`--model-flaw`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ModelFlaw {
    /// An explicit Deny decides nothing.
    IgnoreExplicitDeny,
}

impl ModelFlaw {
    pub fn model(self) -> crate::model::Flaw {
        match self {
            Self::IgnoreExplicitDeny => crate::model::Flaw::IgnoreExplicitDeny,
        }
    }
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

    /// A profile (shared AWS config files) of a second AWS account, for the
    /// cross-account scenarios of --target aws; needs --aws-second-account.
    #[arg(long, env = "IAM_CONFORMANCE_AWS_SECOND_PROFILE", global = true)]
    pub aws_second_profile: Option<String>,

    /// The account --aws-second-profile must belong to.
    #[arg(long, env = "IAM_CONFORMANCE_AWS_SECOND_ACCOUNT", global = true)]
    pub aws_second_account: Option<String>,

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

    /// Put a fault-injecting proxy between the suite and the target: a few
    /// percent of requests get AWS throttling, 503 and 500 answers, reset
    /// connections or slow answers, in an order fixed by SEED. Verdicts must not change.
    #[arg(
        long,
        value_name = "SEED",
        env = "IAM_CONFORMANCE_INJECT_FAULTS",
        global = true
    )]
    pub inject_faults: Option<u64>,

    /// A deliberately wrong reference evaluator, the negative control of the
    /// model's check against the specification: the run must then fail with
    /// the scenarios the flaw touches named in report.md.
    #[arg(long, value_enum, value_name = "FLAW", global = true)]
    pub model_flaw: Option<ModelFlaw>,

    /// Instead of the specification: generate N random worlds, run them on
    /// the target, judge every request with the reference evaluator, and
    /// shrink each disagreement into a scenario under <report-dir>/hunt/.
    #[arg(long, value_name = "N", global = true)]
    pub hunt: Option<usize>,

    /// With --hunt: the seed of the worlds (the same seed gives the same worlds).
    #[arg(
        long,
        value_name = "S",
        default_value_t = 1,
        requires = "hunt",
        global = true
    )]
    pub seed: u64,

    /// With --hunt: how long shrinking may take in all, in seconds.
    #[arg(
        long,
        value_name = "SECONDS",
        default_value_t = 600,
        requires = "hunt",
        global = true
    )]
    pub shrink_budget: u64,

    /// Print the known targets and exit.
    #[arg(long, global = true)]
    pub list_targets: bool,

    /// Instead of running scenarios, write the handbook site (HTML pages and
    /// matrix.json) into DIR from features/ and the reports under --reports.
    #[arg(long, value_name = "DIR", global = true)]
    pub site: Option<PathBuf>,

    /// With --site: where to look for report.json files (every one below it
    /// is a column) [default: target/iam-conformance].
    #[arg(long, value_name = "DIR", requires = "site", global = true)]
    pub reports: Option<PathBuf>,
}
