//! One conformance run, start to finish: read the specification and the
//! expectations, reach or launch the target, ask the canary, run the selected
//! scenarios, clean up, write the reports, and turn the verdict into an exit
//! status (0 exactly when everything is as expected).

use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use anyhow::{Context, Result, bail};

use crate::cli::SuiteOptions;
use crate::clients::Connection;
use crate::launch::{self, Dirs};
use crate::report::{self, CanaryReport, Expectations, Report, Summary, TargetInfo};
use crate::spec::{self, Catalog, ScenarioKey, key};
use crate::target::{self, Prepared, Reached, Target};
use crate::world::Suite;
use crate::{canary, cleanup, http, stopping};

/// Entry point of `tests/conformance.rs`; returns the process exit status.
pub fn main(root: &str) -> i32 {
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("iam-conformance: cannot start the async runtime: {e}");
            return 2;
        }
    };
    match runtime.block_on(run(Path::new(root))) {
        Ok(status) => status,
        Err(e) => {
            eprintln!("\niam-conformance: error: {e:#}");
            2
        }
    }
}

/// The exit status: 0 when everything is as expected, 1 when not, 130/143
/// after a signal, 3 when the target stopped answering (errors are 2).
async fn run(root: &Path) -> Result<i32> {
    let mut opts = crate::cli::parse::<CucumberOpts>();
    let options = opts.custom.clone();
    if options.list_targets {
        for t in target::all() {
            let version = t.emulator().map_or("-", |e| e.version);
            println!("{:<12} {:<10} {}", t.name(), version, t.description());
        }
        return Ok(0);
    }
    if let Some(which) = &options.sweep {
        return sweep(root, &options, which).await.map(exit_status);
    }
    if let Some(out) = &options.site {
        let reports = options
            .reports
            .clone()
            .unwrap_or_else(|| root.join("target/iam-conformance"));
        let written = crate::site::generate(root, &options.features, &reports, out)?;
        println!(
            "site: {} files written to {} from {} report(s) under {}; open {}",
            written.pages.len(),
            out.display(),
            written.reports,
            reports.display(),
            out.join("index.html").display()
        );
        return Ok(0);
    }
    // The suite applies --tags and --name itself, so that @slow, @aws-only and
    // @requires: keep their meaning when the user filters.
    let tags = opts.tags_filter.take();
    let name_filter = opts.re_filter.take();

    let catalog = Catalog::load(root, &options.features)?;
    let target = target::by_name(&options.target)?;
    let expectations_path = options.expectations.clone().unwrap_or_else(|| {
        root.join("expectations")
            .join(format!("{}.toml", target.name()))
    });
    // Running part of the specification (--features) keeps the whole
    // specification's ids valid in the expectations file.
    let whole = (options.features != Path::new("features"))
        .then(|| Catalog::load(root, Path::new("features")).ok())
        .flatten();
    let known: report::expectations::KnownScenarios<'_> = whole
        .iter()
        .flat_map(|w| w.scenarios.iter())
        .chain(&catalog.scenarios)
        .map(|s| (s.id.as_str(), s))
        .collect();
    let expectations =
        Expectations::load(&expectations_path, options.expectations.is_some(), &known)?;
    let selection = spec::select(
        &catalog,
        tags.as_ref(),
        name_filter.as_ref(),
        &target.capabilities_for(&options),
        target.is_aws(),
    );
    if selection.run.is_empty() {
        bail!(
            "no scenario selected to run ({} in features/, {} not applicable to {}); check --tags / --name",
            catalog.scenarios.len(),
            selection.not_applicable.len(),
            target.name()
        );
    }
    let report_dir = options
        .report_dir
        .clone()
        .unwrap_or_else(|| root.join("target/iam-conformance").join(target.name()));
    std::fs::create_dir_all(&report_dir)
        .with_context(|| format!("creating {}", report_dir.display()))?;

    let run_id = new_run_id();
    let path = format!("/iam-conformance/{run_id}/");
    let started_at = humantime::format_rfc3339_seconds(SystemTime::now()).to_string();
    let clock = Instant::now();
    stopping::listen_for_signals();

    let dirs = Dirs::new(root, report_dir.clone());
    let (endpoint, launch_label, version, running) =
        reach(target.as_ref(), &options, &dirs).await?;
    let image = running.as_ref().and_then(|r| r.image.clone());
    if running.is_none() {
        // What it creates outlives the run on a target it did not launch.
        stopping::set_sweep_command(sweep_command(target.name(), endpoint.as_deref(), &run_id));
    }
    let target_label = format!(
        "{} at {}",
        target.name(),
        endpoint.as_deref().unwrap_or("AWS")
    );
    match &endpoint {
        Some(url) => eprintln!(
            "iam-conformance: run {run_id}: {} {version} at {url} ({launch_label})",
            target.name()
        ),
        None => eprintln!(
            "iam-conformance: run {run_id}: real AWS, with credentials and region from the aws-config chain"
        ),
    }
    // The SDK's calls go through the fault proxy; the target's own API
    // (health, moto's switches) is reached directly.
    let proxy = match (options.inject_faults, endpoint.as_deref()) {
        (Some(seed), Some(url)) => {
            let proxy =
                crate::faults::Proxy::start(url, seed, crate::faults::Rates::DEFAULT).await?;
            eprintln!(
                "iam-conformance: faults injected with seed {seed} by a proxy at {}",
                proxy.url()
            );
            Some(proxy)
        }
        (Some(_), None) => bail!("--inject-faults needs an emulator (real AWS brings its own)"),
        (None, _) => None,
    };
    let sdk_endpoint = proxy
        .as_ref()
        .map(crate::faults::Proxy::url)
        .or(endpoint.clone());
    let connection = Connection::new(sdk_endpoint.as_deref()).await;
    let reached = Reached {
        expected_account: options.aws_account.as_deref(),
        second_profile: options.aws_second_profile.as_deref(),
        expected_second_account: options.aws_second_account.as_deref(),
        endpoint: endpoint.as_deref(),
        connection: &connection,
        run_id: &run_id,
        path: &path,
    };
    let prepared = target
        .prepare(&reached, options.enforcement)
        .await
        .with_context(|| format!("preparing {} for the run", target.name()))?;

    let process_group = running.as_ref().and_then(|r| r.process_group);
    let window = crate::resources::Reading::now(process_group);
    if let Some(worlds) = options.hunt {
        let hunted = async {
            let (canary, suite) = start(
                options.model_flaw,
                &connection,
                &prepared,
                (&run_id, &path, &target_label),
                target.as_ref(),
            )
            .await?;
            let bench = crate::hunt::Bench {
                root,
                opts,
                suite: Arc::new(suite),
                concurrency: target.concurrent_scenarios(),
                report_dir: &report_dir,
            };
            let hunt_options = crate::hunt::Options {
                worlds,
                seed: options.seed,
                shrink_budget: Duration::from_secs(options.shrink_budget),
                attempts_per_finding: 400,
            };
            anyhow::Ok((canary, crate::hunt::hunt(&bench, &hunt_options).await?))
        }
        .await;
        let stopped = stopping::requested();
        let teardown = if matches!(stopped, Some(stopping::Reason::TargetGone(_))) {
            Ok(())
        } else {
            tear_down(target.as_ref(), &reached, &prepared, &path).await
        };
        let mut resources = crate::resources::Reading::now(process_group).since(&window);
        drop(running);
        let (canary, hunted) = hunted?;
        resources.worlds_per_second = Some(hunted.counts.worlds_per_second);
        resources.requests_per_world = Some(hunted.counts.requests_per_world);
        teardown?;
        let report = Report {
            schema_version: report::SCHEMA_VERSION,
            run_id: run_id.clone(),
            started_at: started_at.clone(),
            duration_ms: u64::try_from(clock.elapsed().as_millis()).unwrap_or(u64::MAX),
            target: TargetInfo {
                name: target.name().to_owned(),
                version: version.clone(),
                launch: launch_label.to_owned(),
                endpoint: endpoint.clone().unwrap_or_else(|| "AWS".to_owned()),
                account: prepared.account.clone(),
                enforcing: canary.enforcing,
                image: image.clone(),
            },
            canary,
            expectations_file: None,
            canary_mismatch: None,
            complete: stopped.is_none(),
            faults: proxy.as_ref().map(crate::faults::Proxy::counts),
            resources: Some(resources),
            stopped: stopped.as_ref().map(stopping::Reason::describe),
            summary: Summary::default(),
            model: report::model_checks::ModelSummary::default(),
            hunt: Some(hunted),
            root_causes: Vec::new(),
            scenarios: Vec::new(),
        };
        write_reports(&report, &report_dir)?;
        print_hunt(&report, root, &report_dir);
        let leaks = crate::secrets::files_containing_secrets(&report_dir);
        if !leaks.is_empty() {
            let files: Vec<String> = leaks.iter().map(|f| f.display().to_string()).collect();
            bail!(
                "secret material of this hunt was found in: {} (the secrets themselves are not shown)",
                files.join(", ")
            );
        }
        return Ok(stopped.map_or(0, |r| r.exit_status()));
    }
    let executed = execute(
        root,
        opts,
        &connection,
        &prepared,
        (&run_id, &path, &target_label),
        target.as_ref(),
        &selection,
        &report_dir,
    )
    .await;
    let stopped = stopping::requested();
    let teardown = if matches!(stopped, Some(stopping::Reason::TargetGone(_))) {
        Ok(()) // nothing answers: no sweep, no release
    } else {
        tear_down(target.as_ref(), &reached, &prepared, &path).await
    };
    let resources = crate::resources::Reading::now(process_group).since(&window);
    drop(running);
    let (canary, mut results, mut waits) = executed?;

    let judged = report::judging::judge_run(
        &catalog,
        &selection,
        report::judging::Observations {
            results: std::mem::take(&mut results),
            extras: std::mem::take(&mut waits),
            target_gone: matches!(stopped, Some(stopping::Reason::TargetGone(_))),
        },
        &expectations,
        &report::judging::Recorder {
            target: target.name(),
            version: &version,
            started_at: &started_at,
        },
    );
    let (scenarios, recordings) = (judged.scenarios, judged.recordings);
    let canary_mismatch = expectations
        .enforcing
        .filter(|e| *e != canary.enforcing)
        .map(|e| {
            format!(
                "the expectations file says enforcing = {e}, the canary found {}",
                if canary.enforcing {
                    "enforcement"
                } else {
                    "no enforcement"
                }
            )
        });
    let report = Report {
        schema_version: report::SCHEMA_VERSION,
        run_id,
        started_at,
        duration_ms: u64::try_from(clock.elapsed().as_millis()).unwrap_or(u64::MAX),
        target: TargetInfo {
            name: target.name().to_owned(),
            version,
            launch: launch_label.to_owned(),
            endpoint: endpoint.unwrap_or_else(|| "AWS".to_owned()),
            account: prepared.account.clone(),
            enforcing: canary.enforcing,
            image,
        },
        canary,
        expectations_file: expectations.path.as_ref().map(|p| shown(root, p)),
        canary_mismatch,
        complete: stopped.is_none(),
        faults: proxy.as_ref().map(crate::faults::Proxy::counts),
        resources: Some(resources),
        stopped: stopped.as_ref().map(stopping::Reason::describe),
        summary: Summary::of(&scenarios),
        model: report::model_checks::ModelSummary::of(&scenarios),
        hunt: None,
        root_causes: report::root_causes::rank(&scenarios),
        scenarios,
    };
    write_reports(&report, &report_dir)?;
    append_step_summary(&report);
    if let Some(f) = &report.faults {
        println!(
            "faults injected: {} throttled, {} unavailable, {} internal failures, {} connections reset, {} answers delayed; {} requests forwarded",
            f.throttling, f.unavailable, f.internal, f.reset, f.delayed, f.forwarded
        );
    }
    if let Some(r) = &report.resources {
        let emulator = r
            .emulator_cpu_seconds
            .map(|s| format!(", {} {s:.2} s", report.target.name))
            .unwrap_or_default();
        let unanswered = match r.unanswered {
            0 => String::new(),
            n => format!(" ({n} of them unanswered or answered HTTP 5xx)"),
        };
        println!(
            "cost: {} requests{unanswered} in {:.2} s wall; CPU: suite {:.2} s{emulator}",
            r.requests, r.wall_seconds, r.suite_cpu_seconds
        );
    }
    print_verdict(&report, root, &report_dir, &expectations_path);
    if let Some(dir) = &options.record {
        crate::recording::write(dir, &recordings)?;
        println!(
            "recorded {} scenarios into {}",
            recordings.len(),
            dir.display()
        );
    }
    if let Some(dir) = &options.compare {
        report::comparison::write(dir, &recordings, &report_dir)?;
    }
    let mut leaks = crate::secrets::files_containing_secrets(&report_dir);
    if let Some(dir) = &options.record {
        leaks.extend(crate::secrets::files_containing_secrets(dir));
    }
    if !leaks.is_empty() {
        let files: Vec<String> = leaks.iter().map(|f| f.display().to_string()).collect();
        bail!(
            "secret material of this run was found in: {} (the secrets themselves are not shown)",
            files.join(", ")
        );
    }
    println!(
        "secrets: none of the {} secrets this run handled appears in {}",
        crate::secrets::registered(),
        shown(root, &report_dir)
    );
    if let Some(reason) = stopped {
        print_stop(
            &reason,
            &report,
            &report_dir.join(format!("{}.log", target.name())),
        );
        teardown?;
        return Ok(reason.exit_status());
    }
    teardown?;
    Ok(exit_status(report.succeeded()))
}

/// A hunt's closing lines: its counts, its finding groups, where they are.
fn print_hunt(report: &Report, root: &Path, dir: &Path) {
    let Some(h) = &report.hunt else { return };
    let c = &h.counts;
    println!("\n=== {} ===", report.canary.headline);
    println!(
        "hunt, seed {}: {} worlds, {} requests, {:.1} worlds/s; {} agreed with the reference evaluator, {} disagreed, {} blocked, {} stopped otherwise; {} shrink rounds",
        c.seed,
        c.worlds,
        c.requests,
        c.worlds_per_second,
        c.agreed,
        c.disagreed,
        c.blocked,
        c.stopped,
        c.shrink_rounds
    );
    for g in &h.groups {
        println!(
            "  {} distinct finding(s) from {} world(s), {} ({}): e.g. {} in {} — the model: {}; the target: {}",
            g.count,
            g.from_worlds,
            g.direction.words(),
            g.rule,
            g.example,
            g.file,
            g.why,
            g.answer
        );
    }
    println!(
        "findings: {}/hunt/ (rerun with --features {}/hunt); reports: report.md, report.json",
        shown(root, dir),
        shown(root, dir)
    );
}

fn exit_status(as_expected: bool) -> i32 {
    if as_expected { 0 } else { 1 }
}

/// The exact command that removes what this run left on a target it did not launch.
fn sweep_command(target: &str, endpoint: Option<&str>, run_id: &str) -> String {
    match endpoint {
        Some(url) => format!(
            "cargo test --test conformance -- --target {target} --endpoint {url} --sweep {run_id} --yes"
        ),
        None => format!(
            "cargo test --test conformance -- --target {target} --aws-account <ACCOUNT> --sweep {run_id} --yes"
        ),
    }
}

/// Why the run ended early, in one block; for a target that went away, the
/// tail of its log when the suite launched it.
fn print_stop(reason: &stopping::Reason, report: &Report, log: &Path) {
    let s = &report.summary;
    println!(
        "\niam-conformance: the run is incomplete: {}. {} scenarios ran, {} did not (not_run in the reports).",
        reason.describe(),
        s.passed + s.failed + s.blocked,
        s.not_run
    );
    if let stopping::Reason::TargetGone(_) = reason
        && let Ok(text) = std::fs::read_to_string(log)
    {
        let lines: Vec<&str> = text.lines().collect();
        println!("The last lines of its log ({}):", log.display());
        for line in &lines[lines.len().saturating_sub(15)..] {
            println!("  {line}");
        }
    }
}

/// `--sweep`: lists (and with `--yes` removes) what runs left under the
/// suite's IAM path on a running target. Nothing is launched: a killed run's
/// leftovers live on the instance it ran against.
async fn sweep(root: &Path, options: &SuiteOptions, which: &str) -> Result<bool> {
    let target = target::by_name(&options.target)?;
    if options.endpoint.is_none() && target.emulator().is_some() {
        bail!("--sweep works on a running target: pass --endpoint URL (or use --target aws)");
    }
    // One run: its path, and its names elsewhere. `all`: every run's path.
    let (prefix, swept_run) = match which {
        "all" => ("/iam-conformance/".to_owned(), None),
        id if !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric()) => {
            (format!("/iam-conformance/{id}/"), Some(id))
        }
        other => bail!(
            "--sweep takes a run id (letters and digits, as in report.json) or `all`, not {other:?}"
        ),
    };
    let dirs = Dirs::new(root, std::env::temp_dir());
    let (endpoint, _, _, _running) = reach(target.as_ref(), options, &dirs).await?;
    let connection = Connection::new(endpoint.as_deref()).await;
    let run_id = new_run_id();
    let own_path = format!("/iam-conformance/{run_id}/");
    let reached = Reached {
        expected_account: options.aws_account.as_deref(),
        second_profile: options.aws_second_profile.as_deref(),
        expected_second_account: options.aws_second_account.as_deref(),
        endpoint: endpoint.as_deref(),
        connection: &connection,
        run_id: &run_id,
        path: &own_path,
    };
    let prepared = target.prepare(&reached, options.enforcement).await?;
    let selector = cleanup::Selector {
        path_prefix: &prefix,
        run_id: swept_run,
    };
    let mut result = Ok(true);
    for (account, admin, own_users) in prepared.accounts() {
        let iam = connection.iam_setup(admin);
        let listed = match cleanup::inventory(&iam, &selector).await {
            Ok(items) => items,
            Err(e) => {
                result = Err(e.context(format!("listing account {account}")));
                break;
            }
        };
        let items: Vec<_> = listed
            .into_iter()
            .filter(|i| !matches!(i, cleanup::Entity::User(n) if own_users.contains(n)))
            .collect();
        println!(
            "{} entities under {prefix} in account {account}:",
            items.len()
        );
        for item in &items {
            println!("  {item}");
        }
        if options.yes {
            let swept = cleanup::remove(&iam, &items, own_users).await;
            println!("removed {}", swept.removed.len());
            for error in &swept.errors {
                println!("could not remove {error}");
            }
            if !swept.errors.is_empty() {
                result = Ok(false);
            }
        } else if !items.is_empty() {
            println!("dry run: nothing was deleted; add --yes to delete these");
        }
    }
    target.release(&reached, &prepared).await?;
    result
}

/// Connects to `--endpoint`, or launches the target's emulator.
async fn reach(
    target: &dyn Target,
    options: &SuiteOptions,
    dirs: &Dirs,
) -> Result<(
    Option<String>,
    &'static str,
    String,
    Option<launch::Running>,
)> {
    if let Some(url) = &options.endpoint {
        if let Err(e) = http::get_status(url, Duration::from_secs(5)).await {
            bail!(
                "cannot reach {url} ({e:#}). Start the emulator there, or leave out --endpoint so the suite launches {} itself.",
                target.name()
            );
        }
        return Ok((
            Some(url.clone()),
            "endpoint",
            "unknown (not launched by the suite)".to_owned(),
            None,
        ));
    }
    match target.emulator() {
        Some(spec) => {
            let running = launch::start(spec, options.launch, dirs).await?;
            eprintln!("iam-conformance: started {}", running.detail);
            Ok((
                Some(running.endpoint.clone()),
                running.launch,
                spec.version.to_owned(),
                Some(running),
            ))
        }
        None => Ok((None, "none", "AWS".to_owned(), None)),
    }
}

use crate::scenarios::CucumberOpts;

type Executed = (
    CanaryReport,
    BTreeMap<ScenarioKey, report::Observed>,
    BTreeMap<ScenarioKey, Extras>,
);

use report::judging::Extras;

/// The canary's verdict, and the suite every scenario's world shares.
async fn start(
    model_flaw: Option<crate::cli::ModelFlaw>,
    connection: &Connection,
    prepared: &Prepared,
    (run_id, path, target_label): (&str, &str, &str),
    target: &dyn Target,
) -> Result<(CanaryReport, Suite)> {
    let canary = canary::check(target.name(), connection, &prepared.admin, path, run_id).await?;
    println!("\n=== {} ===\n", canary.headline);
    let mut suite = Suite::new(
        connection.clone(),
        prepared.admin.clone(),
        prepared.account.clone(),
        run_id.to_owned(),
        path.to_owned(),
    );
    suite.deadline = target.consistency_deadline();
    suite.tag_entities = target.tags_entities();
    suite.model_flaw = model_flaw.map(crate::cli::ModelFlaw::model);
    suite.second = prepared
        .second
        .as_ref()
        .map(|s| (s.account.clone(), s.admin.clone()));
    stopping::set_target(target_label.to_owned());
    Ok((canary, suite))
}

#[allow(clippy::too_many_arguments)]
async fn execute(
    root: &Path,
    opts: CucumberOpts,
    connection: &Connection,
    prepared: &Prepared,
    (run_id, path, target_label): (&str, &str, &str),
    target: &dyn Target,
    selection: &spec::Selection<'_>,
    report_dir: &Path,
) -> Result<Executed> {
    let features = &opts.custom.features.clone();
    let (canary, suite) = start(
        opts.custom.model_flaw,
        connection,
        prepared,
        (run_id, path, target_label),
        target,
    )
    .await?;
    let selected: HashSet<ScenarioKey> = selection
        .run
        .iter()
        .map(|s| key(&s.feature, s.line))
        .collect();
    let log = std::fs::File::create(report_dir.join("run.log")).context("creating run.log")?;
    let (results, extras) = crate::scenarios::run(
        root,
        opts,
        Arc::new(suite),
        features,
        &selected,
        crate::scenarios::Output::TerminalAndLog(log),
        target.concurrent_scenarios(),
    )
    .await?;
    Ok((canary, results, extras))
}

/// Sweeps what scenarios left under the run's path, then lets the target undo its setup.
async fn tear_down(
    target: &dyn Target,
    at: &Reached<'_>,
    prepared: &Prepared,
    path: &str,
) -> Result<()> {
    let run = cleanup::Selector {
        path_prefix: path,
        run_id: Some(at.run_id),
    };
    for (account, admin, own_users) in prepared.accounts() {
        let iam = at.connection.iam_setup(admin);
        match cleanup::sweep(&iam, &run, own_users).await {
            Ok(swept) => {
                // Every scenario removes what it made: anything found here is a
                // cleanup defect, unless the run was stopped with scenarios in flight.
                if !swept.removed.is_empty() {
                    let kind = if stopping::requested().is_some() {
                        "the end-of-run sweep removed"
                    } else {
                        "warning: scenarios left entities behind; the end-of-run sweep removed"
                    };
                    eprintln!(
                        "iam-conformance: {kind} {} in account {account}: {}",
                        swept.removed.len(),
                        swept.removed.join(", ")
                    );
                }
                for error in &swept.errors {
                    eprintln!("iam-conformance: could not remove {error}");
                }
            }
            Err(e) => eprintln!(
                "iam-conformance: the end-of-run sweep of {path} in account {account} failed: {e:#}"
            ),
        }
    }
    target
        .release(at, prepared)
        .await
        .with_context(|| format!("releasing {}", target.name()))
}

fn write_reports(report: &Report, dir: &Path) -> Result<()> {
    let write = |name: &str, text: String| {
        let file = dir.join(name);
        std::fs::write(&file, text).with_context(|| format!("writing {}", file.display()))
    };
    write("report.json", report::json::render(report))?;
    write("report.md", report::markdown::render(report))?;
    write("junit.xml", report::junit::render(report))?;
    write(
        "expectations.suggested.toml",
        report::suggested::render(report),
    )
}

/// Under GitHub Actions (`GITHUB_STEP_SUMMARY` names a file), the run's
/// headline, counts and top causes go to the job's summary page too.
fn append_step_summary(report: &Report) {
    let Some(file) = std::env::var_os("GITHUB_STEP_SUMMARY") else {
        return;
    };
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&file)
        .and_then(|mut f| {
            std::io::Write::write_all(&mut f, report::markdown::step_summary(report).as_bytes())
        });
    if let Err(e) = written {
        eprintln!(
            "iam-conformance: could not append to GITHUB_STEP_SUMMARY ({}): {e}",
            std::path::Path::new(&file).display()
        );
    }
}

fn print_verdict(report: &Report, root: &Path, dir: &Path, expectations: &Path) {
    let s = &report.summary;
    println!("\n=== {} ===", report.canary.headline);
    let not_run = if s.not_run > 0 {
        format!(", {} NOT RUN (the run stopped early)", s.not_run)
    } else {
        String::new()
    };
    println!(
        "{} scenarios: {} passed, {} failed, {} blocked at a precondition, {} not applicable{not_run}; as expected: {} of the failed or blocked; {} unexpected failures, {} unexpected passes",
        s.total,
        s.passed,
        s.failed,
        s.blocked,
        s.not_applicable,
        s.expected_failures,
        s.unexpected_failures,
        s.unexpected_passes
    );
    if !report.root_causes.is_empty() {
        println!("what would move the most scenarios:");
        for cause in report.root_causes.iter().take(5) {
            println!("  {}", report::markdown::cause_line(cause));
        }
    }
    let m = &report.model;
    println!(
        "reference evaluator: judged {} of {} asserted decisions, {} disagree with the specification; {} verdicts decided by another rule than the scenario's own",
        m.agrees + m.disagrees,
        m.checks,
        m.disagrees,
        m.decided_by_another_rule.len()
    );
    println!(
        "reports: {}/report.md, report.json, junit.xml",
        shown(root, dir)
    );
    if report.succeeded() {
        println!("result: every scenario as expected");
        return;
    }
    if !report.complete {
        println!(
            "result: INCOMPLETE ({}); the scenarios that ran are in the reports",
            report.stopped.as_deref().unwrap_or("stopped early")
        );
        return;
    }
    println!("\nresult: NOT as expected");
    if let Some(mismatch) = &report.canary_mismatch {
        println!("  canary: {mismatch}");
    }
    for id in &report.model.disagreeing {
        println!(
            "  {id}: the reference evaluator disagrees with what the scenario expects of AWS; one of the two is wrong (report.md says why)"
        );
    }
    for r in report.unexpected() {
        match &r.failure {
            Some(f) if r.status.is_not_passing() => {
                let pinned = r
                    .expected_step
                    .as_ref()
                    .map(|p| format!(" (expected at \"{p}\")"))
                    .unwrap_or_default();
                let first_line = f.message.lines().next().unwrap_or("");
                let verdict = if r.status == report::Status::Blocked {
                    "blocked"
                } else {
                    "failed"
                };
                println!(
                    "  {} {verdict} unexpectedly at \"{}\"{pinned}: {first_line}",
                    r.id, f.step
                )
            }
            _ => println!("  {} passed but is listed as a divergence", r.id),
        }
    }
    println!(
        "\nIf the target diverges from AWS, record each such scenario in {} with a reason; if it was fixed, remove its entry. \
         If the scenario itself is wrong, fix the feature file. report.md has every failing step and message; expectations.suggested.toml beside it lists every failure, pinned, to start from.",
        shown(root, expectations)
    );
}

fn shown(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// Short, lowercase, unique enough across concurrent runs on one target.
fn new_run_id() -> String {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let mut n = nanos ^ (u64::from(std::process::id())).rotate_left(40);
    let mut id = String::new();
    for _ in 0..8 {
        id.push(char::from(
            b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize],
        ));
        n /= 36;
    }
    id
}
