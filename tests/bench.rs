//! The suite's own bench: `cargo test --test bench`. It runs the whole corpus
//! through the default command (`cargo test --test conformance`, the dev
//! profile every user gets) against moto and ministack, each started by the
//! suite as a local process, at concurrency 8, and prints side by side the wall
//! time, the suite's CPU and the emulator's CPU over the same window, as ratios,
//! against the bounds the project holds itself to.
//!
//! It then hunts on ministack (`--hunt 200 --seed 7`) and prints the hunt's
//! worlds per second and requests per world beside the same costs.
//!
//! `-- --targets moto,ministack --concurrency 8 --runs 1` change what it runs.

use std::path::{Path, PathBuf};
use std::process::Command;

use iam_conformance::resources::Resources;

/// A bound the suite must stay within on one target.
struct Bound {
    target: &'static str,
    what: &'static str,
    limit: f64,
    measure: fn(&Costs) -> f64,
}

/// The project's bounds: the suite is never the bottleneck.
const BOUNDS: &[Bound] = &[
    Bound {
        target: "ministack",
        what: "suite CPU / emulator CPU",
        limit: 0.5,
        measure: |c| c.suite / c.emulator,
    },
    Bound {
        target: "ministack",
        what: "wall / emulator CPU",
        limit: 1.5,
        measure: |c| c.wall / c.emulator,
    },
    Bound {
        target: "moto",
        what: "suite CPU / emulator CPU",
        limit: 0.2,
        measure: |c| c.suite / c.emulator,
    },
];

#[derive(Debug, Clone, Copy)]
struct Costs {
    wall: f64,
    suite: f64,
    emulator: f64,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let option = |name: &str, default: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1).cloned())
            .unwrap_or_else(|| default.to_owned())
    };
    let targets = option("--targets", "moto,ministack");
    let concurrency = option("--concurrency", "8");
    let runs: usize = option("--runs", "1")
        .parse()
        .expect("--runs takes a number");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));

    let mut rows = Vec::new();
    for target in targets.split(',') {
        for run in 1..=runs {
            eprintln!("bench: {target}, run {run} of {runs} (concurrency {concurrency})");
            let costs = run_once(&root, target, &concurrency, run);
            rows.push((target.to_owned(), costs));
        }
    }

    println!();
    println!(
        "{:<10} {:>8} {:>10} {:>13} {:>11} {:>11}",
        "target", "wall s", "suite CPU", "emulator CPU", "suite/emu", "wall/emu"
    );
    for (target, c) in &rows {
        println!(
            "{:<10} {:>8.2} {:>10.2} {:>13.2} {:>11.2} {:>11.2}",
            target,
            c.wall,
            c.suite,
            c.emulator,
            c.suite / c.emulator,
            c.wall / c.emulator
        );
    }
    println!();
    let mut all_met = true;
    for bound in BOUNDS {
        let measured: Vec<f64> = rows
            .iter()
            .filter(|(t, _)| t == bound.target)
            .map(|(_, c)| (bound.measure)(c))
            .collect();
        let Some(worst) = measured.iter().copied().reduce(f64::max) else {
            continue;
        };
        let met = worst <= bound.limit;
        all_met &= met;
        println!(
            "{} {}: {} {:.2} (bound {:.2})",
            if met { "met    " } else { "NOT MET" },
            bound.target,
            bound.what,
            worst,
            bound.limit
        );
    }
    let hunt = hunt_once(&root);
    println!(
        "\nhunt on ministack: {} worlds, {:.1} requests per world, {:.1} worlds/s; wall {:.2} s, suite CPU {:.2} s, ministack CPU {:.2} s",
        hunt.worlds,
        hunt.requests_per_world,
        hunt.worlds_per_second,
        hunt.costs.wall,
        hunt.costs.suite,
        hunt.costs.emulator
    );
    let ratio = hunt.costs.suite / hunt.costs.emulator;
    let met = ratio < 1.0;
    all_met &= met;
    println!(
        "{} ministack hunt: suite CPU / emulator CPU {ratio:.2} (bound: below 1.00)",
        if met { "met    " } else { "NOT MET" }
    );
    std::process::exit(if all_met { 0 } else { 1 });
}

struct Hunt {
    worlds: u64,
    requests_per_world: f64,
    worlds_per_second: f64,
    costs: Costs,
}

/// A seeded hunt on ministack; its counts and costs from its report.json.
fn hunt_once(root: &Path) -> Hunt {
    let (report, costs) = conformance(
        root,
        &[
            "--target",
            "ministack",
            "--launch",
            "process",
            "--hunt",
            "200",
            "--seed",
            "7",
        ],
        "ministack-hunt",
    );
    let h = &report["hunt"];
    Hunt {
        worlds: h["worlds"].as_u64().unwrap_or(0),
        requests_per_world: h["requests_per_world"].as_f64().unwrap_or(0.0),
        worlds_per_second: h["worlds_per_second"].as_f64().unwrap_or(0.0),
        costs,
    }
}

/// One run of the default command; the costs come from its report.json.
fn run_once(root: &Path, target: &str, concurrency: &str, run: usize) -> Costs {
    let args = [
        "--target",
        target,
        "--launch",
        "process",
        "--concurrency",
        concurrency,
    ];
    conformance(root, &args, &format!("{target}-{run}")).1
}

/// `cargo test --test conformance -- ARGS` into `target/iam-conformance/bench/NAME`:
/// its report.json and the costs it measured.
fn conformance(root: &Path, args: &[&str], name: &str) -> (serde_json::Value, Costs) {
    let report_dir = root.join("target/iam-conformance/bench").join(name);
    let status = Command::new(env!("CARGO"))
        .current_dir(root)
        .args(["test", "--quiet", "--test", "conformance", "--"])
        .args(args)
        .arg("--report-dir")
        .arg(&report_dir)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("cargo runs");
    assert!(
        status.success(),
        "the {name} run did not end as expected (exit {status}); see {}",
        report_dir.join("report.md").display()
    );
    let text = std::fs::read_to_string(report_dir.join("report.json")).expect("report.json");
    let report: serde_json::Value = serde_json::from_str(&text).expect("report.json parses");
    let r: Resources =
        serde_json::from_value(report["resources"].clone()).expect("the run measured its costs");
    let costs = Costs {
        wall: r.wall_seconds,
        suite: r.suite_cpu_seconds,
        emulator: r
            .emulator_cpu_seconds
            .expect("an emulator started as a process has its CPU measured"),
    };
    (report, costs)
}
