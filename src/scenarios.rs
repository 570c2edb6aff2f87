//! Running a set of scenarios with cucumber against a prepared suite: the
//! run's scenarios, or the worlds of a hunt. What each scenario did comes back
//! as its observed verdict and its extras (waits, calls, the model's checks).

use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::sync::{Arc, Mutex};

use anyhow::Result;
use cucumber::{World as _, WriterExt as _, cli, writer};

use crate::cli::SuiteOptions;
use crate::report::Observed;
use crate::report::collector::{Collector, Results};
use crate::report::judging::Extras;
use crate::spec::{ScenarioKey, key};
use crate::stopping;
use crate::world::{self, IamWorld, Suite};

/// Cucumber's options (parser, runner, writer) plus the suite's own.
pub type CucumberOpts = cli::Opts<
    cucumber::parser::basic::Cli,
    cucumber::runner::basic::Cli,
    cli::Compose<writer::basic::Cli, cli::Empty>,
    SuiteOptions,
>;

/// Where cucumber's own output (every step of every scenario) goes.
pub enum Output {
    /// The terminal and a log file (a run's `run.log`).
    TerminalAndLog(std::fs::File),
    /// A log file only.
    Log(std::fs::File),
    /// Nowhere (the rounds of a hunt: thousands of worlds, each kept as a
    /// feature file and judged in report.json, their transcript not kept).
    Nowhere,
}

impl std::io::Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Self::TerminalAndLog(file) => {
                std::io::stdout().write_all(buf)?;
                file.write_all(buf)?;
            }
            Self::Log(file) => file.write_all(buf)?,
            Self::Nowhere => {}
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Self::TerminalAndLog(file) => {
                std::io::stdout().flush()?;
                file.flush()
            }
            Self::Log(file) => file.flush(),
            Self::Nowhere => Ok(()),
        }
    }
}

/// Runs the scenarios of `features` (relative to `root`) whose keys are in
/// `selected`, `concurrency` at once, each with a world of `suite`.
pub async fn run(
    root: &Path,
    opts: CucumberOpts,
    suite: Arc<Suite>,
    features: &Path,
    selected: &HashSet<ScenarioKey>,
    output: Output,
    concurrency: usize,
) -> Result<(
    BTreeMap<ScenarioKey, Observed>,
    BTreeMap<ScenarioKey, Extras>,
)> {
    let waits: Arc<Mutex<BTreeMap<ScenarioKey, Extras>>> = Arc::default();
    let waits_in_hook = waits.clone();
    let root_in_hook = root.to_path_buf();
    let selected = selected.clone();
    let results = Results::default();
    let collector = Collector::new(root.to_path_buf(), results.clone())
        .discard_stats_writes()
        .discard_arbitrary_writes();
    let path = suite.path.clone();
    let writer = writer::Basic::raw(output, writer::Coloring::Auto, writer::Verbosity::Default)
        .normalized()
        // The collector sees events as they happen, not in the terminal's
        // feature order: a run stopped early keeps every scenario that finished.
        .tee::<IamWorld, _>(collector)
        .assert_normalized();
    let root_for_filter = root.to_path_buf();
    let run = IamWorld::cucumber()
        .max_concurrent_scenarios(concurrency)
        .after(move |feature, _, scenario, _, world| {
            let file = relative_feature_path(&root_in_hook, feature);
            let waits = waits_in_hook.clone();
            Box::pin(async move {
                if let Some(world) = world {
                    let extras = Extras {
                        waits: std::mem::take(&mut world.waits),
                        calls: world.recorded_calls(),
                        answer: world.answer.take(),
                        model_checks: std::mem::take(&mut world.model_checks),
                        last_decision: world
                            .foreseen
                            .take()
                            .and_then(|(call, d)| Some((call, d.ok()?))),
                    };
                    let k = key(&file, scenario.position.line);
                    waits
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .insert(k, extras);
                    world.clean_up().await;
                    stopping::SCENARIOS_FINISHED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
            })
        })
        .with_writer(writer)
        .fail_on_skipped()
        .with_cli(opts)
        .filter_run(root.join(features), move |feature, _rule, scenario| {
            let file = relative_feature_path(&root_for_filter, feature);
            selected.contains(&key(&file, scenario.position.line))
        });
    // Once the run is stopping, scenarios in flight get their grace to finish
    // and clean up; after that they are dropped and the sweep removes what they made.
    let grace = async {
        let reason = stopping::stopping().await;
        tokio::time::sleep(reason.grace()).await;
        reason
    };
    let run = world::with_suite(suite, run);
    tokio::select! {
        _ = run => {}
        reason = grace => match reason {
            stopping::Reason::TargetGone(_) => eprintln!(
                "iam-conformance: scenarios in flight when the target went away were stopped; they count as not run"
            ),
            stopping::Reason::Signal(_) => eprintln!(
                "iam-conformance: scenarios in flight did not finish within {} s; the end-of-run sweep removes what they made under {path}",
                stopping::GRACE.as_secs()
            ),
        },
    }
    let waits = std::mem::take(&mut *waits.lock().unwrap_or_else(|p| p.into_inner()));
    Ok((results.take(), waits))
}

/// A feature's path relative to the project, as scenario keys use it.
pub fn relative_feature_path(root: &Path, feature: &cucumber::gherkin::Feature) -> String {
    let path = feature
        .path
        .as_deref()
        .map(|p| p.strip_prefix(root).unwrap_or(p).to_path_buf());
    path.map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}
