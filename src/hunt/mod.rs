//! Hunting: random worlds run on the target, each request judged by the
//! reference evaluator ([`crate::model`]); every disagreement is shrunk on the
//! target into the smallest world that still disagrees the same way, and
//! written as a plain scenario a maintainer can read and rerun.
//!
//! - [`world`]: what a world is, and the seeded generator;
//! - [`symbolic`]: which requests the model judges (the others are not generated);
//! - [`render`]: a world as Gherkin in the project's step vocabulary;
//! - [`shrink`]: smaller candidates of a world;
//! - [`findings`]: grouping, the written findings, and the hunt's report.
//!
//! Worlds run as scenarios of the ordinary run machinery (the run's names,
//! path, tags, cleanup and sweep), each request followed by `Then the call is
//! as the reference evaluator decides`.

pub mod findings;
pub mod render;
pub mod shrink;
pub mod symbolic;
pub mod world;

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::model::Decision;
use crate::outcome::Answer;
use crate::report::Status;
use crate::scenarios::{CucumberOpts, Output};
use crate::spec::{Catalog, key};
use crate::world::Suite;
use world::{Principal, World};

/// What the hunt is told.
#[derive(Debug, Clone)]
pub struct Options {
    pub worlds: usize,
    pub seed: u64,
    /// Time the shrinking may take in all.
    pub shrink_budget: Duration,
    /// Candidates run per finding at most.
    pub attempts_per_finding: usize,
}

/// Where and how the worlds run.
pub struct Bench<'a> {
    pub root: &'a Path,
    pub opts: CucumberOpts,
    pub suite: Arc<Suite>,
    pub concurrency: usize,
    /// `<report-dir>`: findings go to `hunt/`, the rounds' worlds to `hunt-work/`.
    pub report_dir: &'a Path,
}

/// Which way a target's answer differs from the model's decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// The target allowed what AWS denies.
    AllowsWhatAwsDenies,
    /// The target answered AccessDenied (403) where AWS allows.
    DeniesWhatAwsAllows,
    /// The target answered neither success nor AccessDenied 403.
    AnswersOtherwise,
}

impl Direction {
    pub fn words(self) -> &'static str {
        match self {
            Self::AllowsWhatAwsDenies => "the target allows what AWS denies",
            Self::DeniesWhatAwsAllows => "the target denies what AWS allows",
            Self::AnswersOtherwise => "the target answers neither as AWS allows nor as AWS denies",
        }
    }
}

/// One disagreement: the world (shrunk as far as it went), the request where
/// it disagrees, the model's decisions for its requests, and the target's answer.
#[derive(Debug, Clone)]
pub struct Finding {
    pub world: World,
    pub request: usize,
    pub direction: Direction,
    pub decision: Decision,
    /// The model's decision for every request up to the disagreeing one: allowed or not.
    pub allowed: Vec<bool>,
    pub answer: Answer,
    /// Why shrinking stopped before nothing more could go, if it did.
    pub cut_short: Option<String>,
}

/// What one world did when it ran.
#[derive(Debug, Clone)]
enum Ran {
    Agreed,
    Blocked,
    /// It stopped at something else than a judged request (a call the model
    /// did not judge after all, a step error).
    Stopped,
    Disagreed(Box<Finding>),
}

/// The counts of a hunt, for report.json and the bench.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Counts {
    pub seed: u64,
    pub worlds: usize,
    pub requests: usize,
    pub agreed: usize,
    pub disagreed: usize,
    pub blocked: usize,
    pub stopped: usize,
    pub shrink_rounds: usize,
    pub shrink_worlds: usize,
    pub seconds: f64,
    pub worlds_per_second: f64,
    pub requests_per_world: f64,
}

/// Runs the hunt; what it found, grouped, and its counts.
pub async fn hunt(bench: &Bench<'_>, options: &Options) -> Result<findings::Hunted> {
    let started = Instant::now();
    let worlds: Vec<World> = world::worlds(options.seed)
        .filter_map(symbolic::judged_only)
        .take(options.worlds)
        .collect();
    let requests: usize = worlds.iter().map(|w| w.requests.len()).sum();
    eprintln!(
        "iam-conformance: hunting with seed {}: {} worlds, {requests} requests",
        options.seed,
        worlds.len()
    );
    let ran = run_worlds(bench, "round-0", &worlds).await?;
    let mut counts = Counts {
        seed: options.seed,
        worlds: worlds.len(),
        requests,
        ..Counts::default()
    };
    let mut found = Vec::new();
    for r in ran {
        match r {
            Ran::Agreed => counts.agreed += 1,
            Ran::Blocked => counts.blocked += 1,
            Ran::Stopped => counts.stopped += 1,
            Ran::Disagreed(f) => {
                counts.disagreed += 1;
                found.push(*f);
            }
        }
    }
    let hunted_for = started.elapsed();
    eprintln!(
        "iam-conformance: {} worlds agreed, {} disagreed, {} blocked at their scene, {} stopped otherwise ({:.1} s); shrinking the disagreements",
        counts.agreed,
        counts.disagreed,
        counts.blocked,
        counts.stopped,
        hunted_for.as_secs_f64()
    );
    shrink_all(bench, options, &mut found, &mut counts).await?;
    counts.seconds = started.elapsed().as_secs_f64();
    counts.worlds_per_second = counts.worlds as f64 / hunted_for.as_secs_f64().max(0.001);
    counts.requests_per_world = requests as f64 / counts.worlds.max(1) as f64;
    findings::write(bench.report_dir, options.seed, found, counts)
}

/// Shrinks every finding, a round at a time: all findings' candidates run
/// together; each finding takes its first candidate that still disagrees the
/// same way; a finding with none is done.
async fn shrink_all(
    bench: &Bench<'_>,
    options: &Options,
    found: &mut [Finding],
    counts: &mut Counts,
) -> Result<()> {
    let started = Instant::now();
    let mut attempts = vec![0usize; found.len()];
    let mut active: Vec<usize> = (0..found.len()).collect();
    while !active.is_empty() {
        if started.elapsed() > options.shrink_budget {
            for &i in &active {
                found[i].cut_short = Some(format!(
                    "the shrinking time budget ({} s) ran out",
                    options.shrink_budget.as_secs()
                ));
            }
            break;
        }
        let mut batch: Vec<World> = Vec::new();
        let mut owners: Vec<(usize, usize)> = Vec::new(); // (finding, first index in batch)
        for &i in &active {
            let room = options.attempts_per_finding.saturating_sub(attempts[i]);
            if room == 0 {
                found[i].cut_short = Some(format!(
                    "the bound of {} candidates per finding was reached",
                    options.attempts_per_finding
                ));
                continue;
            }
            let candidates: Vec<World> = shrink::candidates(&found[i].world, found[i].request)
                .into_iter()
                .filter_map(symbolic::judged_only)
                .take(room)
                .collect();
            attempts[i] += candidates.len();
            if candidates.is_empty() {
                continue;
            }
            owners.push((i, batch.len()));
            batch.extend(candidates);
        }
        if batch.is_empty() {
            break;
        }
        counts.shrink_rounds += 1;
        counts.shrink_worlds += batch.len();
        let ran = run_worlds(bench, &format!("shrink-{}", counts.shrink_rounds), &batch).await?;
        active.clear();
        for (n, &(i, first)) in owners.iter().enumerate() {
            let end = owners.get(n + 1).map_or(batch.len(), |o| o.1);
            let same = (first..end).find_map(|j| match &ran[j] {
                Ran::Disagreed(f) if same_way(f, &found[i]) => Some(f.clone()),
                _ => None,
            });
            if let Some(smaller) = same {
                found[i] = *smaller;
                active.push(i);
            }
        }
        eprintln!(
            "iam-conformance: shrink round {}: {} candidates, {} findings still shrinking",
            counts.shrink_rounds,
            batch.len(),
            active.len()
        );
    }
    Ok(())
}

/// The same disagreement: same direction, at a request of the same action.
fn same_way(candidate: &Finding, finding: &Finding) -> bool {
    candidate.direction == finding.direction
        && candidate.world.requests[candidate.request].action
            == finding.world.requests[finding.request].action
}

/// Runs `worlds` as scenarios and says what each did, in order.
async fn run_worlds(bench: &Bench<'_>, round: &str, worlds: &[World]) -> Result<Vec<Ran>> {
    let dir_rel = PathBuf::from("hunt-work").join(round);
    let dir = bench.report_dir.join(&dir_rel);
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut text = format!(
        "@hunt\nFeature: Hunt worlds, {round}\n\n  Each request is judged by the reference evaluator.\n"
    );
    for (j, w) in worlds.iter().enumerate() {
        text.push_str(&format!(
            "\n  @id:hunt.{round}-{j} @evidence:inferred\n  Scenario: world {j}\n    Source: generated by the hunt; the reference evaluator decides each request.\n"
        ));
        text.push_str(&render::steps(w, &render::Outcomes::ByTheModel));
    }
    std::fs::write(dir.join("worlds.feature"), text)?;
    // The features directory relative to the project, as cucumber and the catalog take it.
    let features = dir
        .strip_prefix(bench.root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| dir.clone());
    let catalog = Catalog::load(bench.root, &features)?;
    let keys: HashSet<_> = catalog
        .scenarios
        .iter()
        .map(|s| key(&s.feature, s.line))
        .collect();
    let (mut results, mut extras) = crate::scenarios::run(
        bench.root,
        bench.opts.clone(),
        bench.suite.clone(),
        &features,
        &keys,
        Output::Nowhere,
        bench.concurrency,
    )
    .await?;
    let by_id: BTreeMap<&str, _> = catalog
        .scenarios
        .iter()
        .map(|s| (s.id.as_str(), key(&s.feature, s.line)))
        .collect();
    let mut out = Vec::new();
    for (j, w) in worlds.iter().enumerate() {
        let id = format!("hunt.{round}-{j}");
        let Some(k) = by_id.get(id.as_str()) else {
            out.push(Ran::Stopped);
            continue;
        };
        let observed = results.remove(k);
        let extra = extras.remove(k).unwrap_or_default();
        out.push(classify(w, observed.as_ref(), extra));
    }
    Ok(out)
}

/// What a world's scenario says about the target against the model.
fn classify(
    world: &World,
    observed: Option<&crate::report::Observed>,
    extras: crate::report::judging::Extras,
) -> Ran {
    let Some(observed) = observed else {
        return Ran::Stopped;
    };
    match observed.status {
        Status::Pass => return Ran::Agreed,
        Status::Blocked => return Ran::Blocked,
        Status::Fail => {}
        _ => return Ran::Stopped,
    }
    let at_judged_step = observed
        .failure
        .as_ref()
        .is_some_and(|f| f.step.contains("as the reference evaluator decides"));
    let (Some((_, decision)), Some(answer), true) =
        (extras.last_decision, extras.answer, at_judged_step)
    else {
        return Ran::Stopped;
    };
    // The session's AssumeRole is a checked precondition, not a request.
    let skip = usize::from(world.principal == Principal::RoleSession);
    let decisions: Vec<bool> = extras
        .model_checks
        .iter()
        .skip(skip)
        .map(|c| c.decision.as_ref().is_some_and(|d| d.verdict.allows()))
        .collect();
    let Some(request) = decisions.len().checked_sub(1) else {
        return Ran::Stopped;
    };
    if request >= world.requests.len() {
        return Ran::Stopped;
    }
    let denied_403 = answer.answer == "AccessDenied" && answer.http_status == Some(403);
    let direction = match (
        decision.verdict.allows(),
        answer.answer == Answer::SUCCEEDED,
    ) {
        (false, true) => Direction::AllowsWhatAwsDenies,
        (true, false) if denied_403 => Direction::DeniesWhatAwsAllows,
        _ => Direction::AnswersOtherwise,
    };
    Ran::Disagreed(Box::new(Finding {
        world: world.clone(),
        request,
        direction,
        decision,
        allowed: decisions,
        answer,
        cut_short: None,
    }))
}
