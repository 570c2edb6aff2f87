//! `expectations.suggested.toml`: the expectations file this run would need
//! to come out as expected — every failing scenario, pinned to its failing
//! step, keeping the reasons already known and marking new ones to be written.
//! A starting point for a maintainer; reasons are never invented.

use std::fmt::Write as _;

use super::{Report, Status};

pub const TO_WRITE: &str = "TO WRITE";

pub fn render(report: &Report) -> String {
    let mut toml = String::new();
    let _ = writeln!(
        toml,
        "# Suggested expectations for {} from run {}.",
        report.target.name, report.run_id
    );
    let _ = writeln!(
        toml,
        "# Entries marked {TO_WRITE:?} need a reason: what the target does differently from AWS.\n"
    );
    let _ = writeln!(toml, "enforcing = {}", report.canary.enforcing);
    for r in report
        .scenarios
        .iter()
        .filter(|r| r.status.is_not_passing())
    {
        let Some(failure) = &r.failure else { continue };
        let step = failure
            .step
            .split_once(' ')
            .map_or(failure.step.as_str(), |(_, rest)| rest);
        let reason = match (&r.reason, r.as_expected()) {
            (Some(reason), true) => reason.clone(),
            _ => format!(
                "{TO_WRITE}: {}",
                failure.message.lines().next().unwrap_or_default()
            ),
        };
        let status = if r.status == Status::Blocked {
            "status = \"blocked\"\n"
        } else {
            ""
        };
        let _ = writeln!(
            toml,
            "\n[[divergence]]\nid = {}\n{status}step = {}\nreason = {}",
            quoted(&r.id),
            quoted(step),
            quoted(&reason)
        );
    }
    toml
}

fn quoted(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::sample_report;

    #[test]
    fn lists_failures_keeping_known_reasons() {
        let text = render(&sample_report());
        let value: toml::Value = toml::from_str(&text).expect("valid TOML");
        let entries = value["divergence"].as_array().unwrap();
        let ids: Vec<&str> = entries.iter().map(|e| e["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["s.expected-fail", "s.unexpected-fail"]);
        assert_eq!(
            entries[0]["reason"].as_str().unwrap(),
            "known gap <x> & \"y\""
        );
        assert!(
            entries[1]["reason"]
                .as_str()
                .unwrap()
                .starts_with("TO WRITE: expected AccessDenied")
        );
        assert_eq!(entries[1]["step"].as_str().unwrap(), "the call is denied");
    }
}
