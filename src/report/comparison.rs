//! `--compare`: this run's answers against a recording made on another target
//! (or another version), as comparison.json and comparison.md.

use std::path::Path;

use anyhow::Result;

/// `--compare`: this run's answers against a recording, scenario by scenario;
/// writes comparison.json and comparison.md beside the reports.
pub fn write(dir: &Path, now: &[crate::recording::Recording], report_dir: &Path) -> Result<()> {
    use crate::recording::{Comparison, Difference, compare, read};
    let mut comparisons = Vec::new();
    let mut missing = Vec::new();
    let mut recorded_target = String::new();
    for r in now {
        match read(dir, &r.id)? {
            Some(recorded) => {
                recorded_target = format!(
                    "{} {} ({})",
                    recorded.target, recorded.target_version, recorded.recorded_at
                );
                comparisons.push(compare(&r.id, &recorded.calls, &r.calls));
            }
            None => missing.push(r.id.clone()),
        }
    }
    let count = |d: Difference| {
        comparisons
            .iter()
            .filter(|c: &&Comparison| c.verdict == d)
            .count()
    };
    let json = serde_json::json!({
        "recording": dir.display().to_string(),
        "recorded_on": recorded_target,
        "not_recorded": missing,
        "scenarios": comparisons,
    });
    std::fs::write(
        report_dir.join("comparison.json"),
        serde_json::to_string_pretty(&json)? + "\n",
    )?;
    let mut md = format!(
        "# Comparison with the recording in {}\n\nRecorded on {recorded_target}.\n\n| verdict | scenarios |\n|---|---|\n",
        dir.display()
    );
    let verdicts = [
        (Difference::Same, "same"),
        (
            Difference::DifferentMessage,
            "same codes, different message",
        ),
        (
            Difference::DifferentFields,
            "same outcomes, different response fields",
        ),
        (Difference::DifferentOutcome, "different outcome"),
        (Difference::DifferentCalls, "different calls"),
    ];
    for (d, words) in verdicts {
        md.push_str(&format!("| {words} | {} |\n", count(d)));
    }
    md.push_str(&format!(
        "| not in the recording | {} |\n\n## Differences\n\n",
        missing.len()
    ));
    for c in comparisons.iter().filter(|c| c.verdict != Difference::Same) {
        md.push_str(&format!(
            "- `{}`: {:?} — {}\n",
            c.id,
            c.verdict,
            c.detail.as_deref().unwrap_or("")
        ));
    }
    std::fs::write(report_dir.join("comparison.md"), md)?;
    println!(
        "compared with {}: {} same, {} different message, {} different fields, {} different outcome, {} different calls, {} not recorded (comparison.md)",
        dir.display(),
        count(Difference::Same),
        count(Difference::DifferentMessage),
        count(Difference::DifferentFields),
        count(Difference::DifferentOutcome),
        count(Difference::DifferentCalls),
        missing.len()
    );
    Ok(())
}
