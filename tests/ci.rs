//! The project's checks of its own runs, for `.ci/run`: `cargo test --test ci -- CHECK ARGS…`.
//!
//! - `flip FEATURES OUT`: copies the specification with the last assertion of
//!   every scenario turned into its opposite (found on parsed Gherkin).
//! - `check-flipped FLIPPED.json… -- UNFLIPPED.json…`: every scenario can fail.
//! - `same-verdicts A.json B.json`: every scenario has the same verdict at the same step.
//! - `compared COMPARISON.json`: a comparison found both agreement and differences.
//! - `incomplete REPORT.json [--some-ran]`: the run says it ended early.
//! - `run-id REPORT.json`: prints the run's id.
//! - `hunt-same A_DIR B_DIR`: two hunts (report dirs) found the same groups and wrote the same findings.
//! - `hunt-rerun REPORT.json`: a run of a hunt's findings (`--features <dir>/hunt`) failed every
//!   one of them at its last step, the assertion the finding is about.
//! - `hunt-finds REPORT.json DIRECTION`: a hunt found a group in that direction
//!   (`allows_what_aws_denies`, `denies_what_aws_allows`, `answers_otherwise`).
//! - `model-flawed REPORT.json REPORT.md`: a run with `--model-flaw ignore-explicit-deny`
//!   found the model disagreeing with the specification where an explicit Deny
//!   decides, and only there, and report.md names those scenarios.
//!
//! Exit status 0 when the check holds, 1 when not, 2 for a usage error.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match refs.as_slice() {
        ["flip", features, out] => flip(Path::new(features), Path::new(out)),
        ["check-flipped", rest @ ..] => check_flipped(rest),
        ["same-verdicts", a, b] => same_verdicts(a, b),
        ["compared", comparison] => compared(comparison),
        ["incomplete", report, rest @ ..] => incomplete(report, rest == ["--some-ran"]),
        ["model-flawed", report, markdown] => model_flawed(report, markdown),
        ["hunt-same", a, b] => hunt_same(Path::new(a), Path::new(b)),
        ["hunt-rerun", report] => hunt_rerun(report),
        ["hunt-finds", report, direction] => hunt_finds(report, direction),
        ["run-id", report] => {
            println!("{}", read(report)["run_id"].as_str().unwrap_or_default());
            Ok(())
        }
        _ => {
            eprintln!(
                "usage: cargo test --test ci -- flip|check-flipped|same-verdicts|compared|incomplete|model-flawed|hunt-same|hunt-rerun|hunt-finds|run-id … (see tests/ci.rs)"
            );
            std::process::exit(2);
        }
    };
    if let Err(why) = result {
        eprintln!("check failed: {why}");
        std::process::exit(1);
    }
}

fn read(path: &str) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path} is not JSON: {e}"))
}

fn scenarios(report: &Value) -> impl Iterator<Item = &Value> {
    report["scenarios"].as_array().into_iter().flatten()
}

fn failing_step(scenario: &Value) -> &str {
    scenario["failure"]["step"].as_str().unwrap_or_default()
}

/// What a flipped assertion says: no target answers this.
const FLIPPED_MARKS: [&str; 3] = ["\"FlippedCode\"", "\"flipped-value\"", "about 5 seconds"];

/// The opposite of an assertion step's text (after its keyword).
fn flipped(step: &str) -> Result<String, String> {
    if step.starts_with("the call ") {
        return Ok(r#"the call fails with "FlippedCode" and HTTP status 599"#.to_owned());
    }
    if let Some(field) = step.strip_prefix("the response has no field ") {
        return Ok(format!("the response field {field} is \"flipped-value\""));
    }
    if let Some(at) = step.find("expire in about ") {
        return Ok(format!("{}expire in about 5 seconds", &step[..at]));
    }
    for verb in ["is", "matches", "starts with", "contains"] {
        if let Some(at) = step.find(&format!(" {verb} \"")) {
            return Ok(format!("{} {verb} \"flipped-value\"", &step[..at]));
        }
    }
    Err(format!("do not know how to flip: {step}"))
}

fn is_assertion(step: &cucumber::gherkin::Step) -> bool {
    step.ty == cucumber::gherkin::StepType::Then
        && [
            "the call",
            "the response field",
            "the response has no field",
            "the error message",
            "the credentials",
        ]
        .iter()
        .any(|start| step.value.starts_with(start))
}

fn flip(features: &Path, out: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(out);
    let mut count = 0;
    for file in feature_files(features) {
        let feature = cucumber::gherkin::Feature::parse_path(&file, Default::default())
            .map_err(|e| format!("{}: {e}", file.display()))?;
        let text = std::fs::read_to_string(&file).map_err(|e| e.to_string())?;
        let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
        let scenarios = feature
            .scenarios
            .iter()
            .chain(feature.rules.iter().flat_map(|r| r.scenarios.iter()));
        for scenario in scenarios {
            let Some(last) = scenario.steps.iter().rev().find(|s| is_assertion(s)) else {
                continue;
            };
            let line = &mut lines[last.position.line - 1];
            let at = line.find(&last.value).ok_or_else(|| {
                format!(
                    "{}:{}: step text not found",
                    file.display(),
                    last.position.line
                )
            })?;
            *line = format!("{}{}", &line[..at], flipped(&last.value)?);
            count += 1;
        }
        let target = out.join(file.strip_prefix(features).expect("under FEATURES"));
        std::fs::create_dir_all(target.parent().expect("a file has a folder"))
            .map_err(|e| e.to_string())?;
        std::fs::write(&target, lines.join("\n")).map_err(|e| e.to_string())?;
    }
    println!(
        "flipped the last assertion of {count} scenarios into {}",
        out.display()
    );
    Ok(())
}

fn feature_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "feature") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// With its last assertion flipped no scenario may pass, and each must be
/// seen failing: at its flipped assertion on one target, or else (unflipped)
/// on a target that breaks its rule. Only blocked, it has shown nothing.
fn check_flipped(args: &[&str]) -> Result<(), String> {
    let split = args
        .iter()
        .position(|a| *a == "--")
        .filter(|&i| i > 0)
        .ok_or("usage: check-flipped FLIPPED… -- UNFLIPPED…")?;
    let flipped: Vec<Value> = args[..split].iter().map(|p| read(p)).collect();
    let unflipped: Vec<Value> = args[split + 1..].iter().map(|p| read(p)).collect();
    let mut passed: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let (mut proven, mut seen) = (BTreeSet::new(), BTreeSet::new());
    for report in &flipped {
        let target = report["target"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        for s in scenarios(report) {
            let (id, status) = (
                s["id"].as_str().unwrap_or_default(),
                s["status"].as_str().unwrap_or_default(),
            );
            if status == "na" {
                continue;
            }
            seen.insert(id.to_owned());
            if status == "pass" {
                passed
                    .entry(id.to_owned())
                    .or_default()
                    .push(target.clone());
            }
            if status == "fail" && FLIPPED_MARKS.iter().any(|m| failing_step(s).contains(m)) {
                proven.insert(id.to_owned());
            }
        }
    }
    let at_flipped = proven.len();
    for s in unflipped.iter().flat_map(scenarios) {
        let id = s["id"].as_str().unwrap_or_default();
        if s["status"] == "fail" && seen.contains(id) {
            proven.insert(id.to_owned());
        }
    }
    let unproven: Vec<&String> = seen.difference(&proven).collect();
    for (id, targets) in &passed {
        println!(
            "passes with its last assertion flipped ({}): {id}",
            targets.join(", ")
        );
    }
    for id in &unproven {
        println!("never reached its flipped assertion on any target: {id}");
    }
    if !passed.is_empty() || !unproven.is_empty() {
        return Err(format!(
            "{} pass flipped, {} never seen failing",
            passed.len(),
            unproven.len()
        ));
    }
    let names: Vec<&str> = flipped
        .iter()
        .filter_map(|r| r["target"]["name"].as_str())
        .collect();
    println!(
        "all {} scenarios can fail: {at_flipped} at their flipped last assertion on one of {}, the other {} at a When/Then step on a target that breaks their rule",
        seen.len(),
        names.join(", "),
        seen.len() - at_flipped
    );
    Ok(())
}

fn same_verdicts(a: &str, b: &str) -> Result<(), String> {
    let verdicts = |path: &str| -> BTreeMap<String, (String, String)> {
        scenarios(&read(path))
            .map(|s| {
                let id = s["id"].as_str().unwrap_or_default().to_owned();
                (
                    id,
                    (
                        s["status"].as_str().unwrap_or_default().to_owned(),
                        failing_step(s).to_owned(),
                    ),
                )
            })
            .collect()
    };
    let (before, after) = (verdicts(a), verdicts(b));
    let ids: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    let differ: Vec<&&String> = ids
        .iter()
        .filter(|id| before.get(**id) != after.get(**id))
        .collect();
    for id in &differ {
        println!("{id}: {:?} vs {:?}", before.get(**id), after.get(**id));
    }
    if !differ.is_empty() {
        return Err(format!("{} scenarios differ", differ.len()));
    }
    println!(
        "the same verdict, at the same step, for all {} scenarios",
        before.len()
    );
    Ok(())
}

fn compared(path: &str) -> Result<(), String> {
    let comparison = read(path);
    let verdicts: BTreeSet<&str> = scenarios(&comparison)
        .filter_map(|s| s["verdict"].as_str())
        .collect();
    for needed in ["same", "different-outcome", "different-message"] {
        if !verdicts.contains(needed) {
            return Err(format!(
                "{path} has no {needed:?} scenario (verdicts: {verdicts:?})"
            ));
        }
    }
    let differing = scenarios(&comparison)
        .filter(|s| s["verdict"] != "same")
        .count();
    println!("comparison names {differing} differing scenarios");
    Ok(())
}

fn incomplete(path: &str, some_ran: bool) -> Result<(), String> {
    let report = read(path);
    if report["complete"] != false {
        return Err(format!("{path} says the run was complete"));
    }
    let count = |k: &str| report["summary"][k].as_u64().unwrap_or(0);
    let ran = count("passed") + count("failed") + count("blocked");
    if some_ran && (ran == 0 || count("not_run") == 0) {
        return Err(format!(
            "{path}: {ran} scenarios ran, {} not run",
            count("not_run")
        ));
    }
    println!(
        "report.json: complete false ({}), {ran} scenarios ran, {} not run",
        report["stopped"].as_str().unwrap_or("no reason given"),
        count("not_run")
    );
    Ok(())
}

/// The model's negative control: with explicit denies ignored, it must
/// disagree with scenarios whose rule is an explicit Deny (an identity Deny, a
/// boundary Deny), every disagreement must be a Deny the scenario expects and
/// the model no longer gives, and report.md must name each such scenario.
fn model_flawed(path: &str, markdown: &str) -> Result<(), String> {
    let report = read(path);
    let md = std::fs::read_to_string(markdown).map_err(|e| format!("reading {markdown}: {e}"))?;
    let disagreeing: Vec<&str> = report["model"]["disagreeing"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    for must in [
        "boundary.user-identity-deny-wins",
        "boundary.role-boundary-deny-wins",
    ] {
        if !disagreeing.contains(&must) {
            return Err(format!("the flawed model does not disagree with {must}"));
        }
    }
    for s in scenarios(&report) {
        for c in s["model"]["checks"].as_array().into_iter().flatten() {
            if c["result"] == "disagrees"
                && (c["expected"] != "denied" || c["decision"]["verdict"] != "allow")
            {
                return Err(format!(
                    "{}: a disagreement that is not an ignored Deny: {c}",
                    s["id"]
                ));
            }
        }
    }
    for id in &disagreeing {
        if !md.contains(&format!("**disagrees** `{id}`")) {
            return Err(format!("report.md does not name {id}"));
        }
    }
    println!(
        "the flawed model disagrees with {} scenarios, each named in report.md",
        disagreeing.len()
    );
    Ok(())
}

fn hunt_same(a: &Path, b: &Path) -> Result<(), String> {
    let groups = |dir: &Path| {
        let report = read(&dir.join("report.json").to_string_lossy());
        // The reasons name entities without the run's path and suffix: they compare too.
        let h = &report["hunt"];
        (
            h["groups"].clone(),
            h["worlds"].clone(),
            h["disagreed"].clone(),
        )
    };
    if groups(a) != groups(b) {
        return Err(format!(
            "{} and {} found different groups",
            a.display(),
            b.display()
        ));
    }
    let files = |dir: &Path| -> BTreeMap<String, String> {
        feature_files(&dir.join("hunt"))
            .into_iter()
            .map(|f| {
                let name = f.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read_to_string(&f).unwrap_or_default())
            })
            .collect()
    };
    let (fa, fb) = (files(a), files(b));
    if fa != fb {
        return Err("the two hunts wrote different findings".into());
    }
    println!(
        "the same {} groups and {} finding files in both hunts",
        groups(a).0.as_array().map_or(0, Vec::len),
        fa.len()
    );
    Ok(())
}

fn hunt_rerun(path: &str) -> Result<(), String> {
    let report = read(path);
    let mut n = 0;
    for s in scenarios(&report) {
        n += 1;
        let step = failing_step(s);
        if s["status"] != "fail"
            || !(step.starts_with("Then the call is allowed")
                || step.starts_with("Then the call is denied"))
        {
            return Err(format!(
                "{} did not fail at its assertion: {} at {step:?}",
                s["id"], s["status"]
            ));
        }
    }
    if n == 0 {
        return Err("no finding was rerun".into());
    }
    println!("all {n} findings fail at their assertion when rerun");
    Ok(())
}

fn hunt_finds(path: &str, direction: &str) -> Result<(), String> {
    let report = read(path);
    let found = report["hunt"]["groups"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|g| g["direction"] == direction)
        .map(|g| g["count"].as_u64().unwrap_or(0))
        .sum::<u64>();
    if found == 0 {
        return Err(format!(
            "the hunt found nothing in the direction {direction}"
        ));
    }
    println!("the hunt found {found} findings in the direction {direction}");
    Ok(())
}
