//! Reading the `report.json` files a site is made from: every one under a
//! directory, each checked for the schema version this suite writes. Two
//! reports of one target are both kept, told apart by run id and date.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use crate::report::SCHEMA_VERSION;

/// The parts of report.json the site shows.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct RunReport {
    pub schema_version: u32,
    pub run_id: String,
    pub started_at: String,
    pub target: RunTarget,
    pub canary: RunCanary,
    pub summary: crate::report::Summary,
    #[serde(default)]
    pub root_causes: Vec<RunCause>,
    pub scenarios: Vec<RunScenario>,
    /// A `--hunt` run's findings (such a report has no scenarios: it is no column).
    #[serde(default)]
    pub hunt: Option<crate::hunt::findings::Hunted>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct RunTarget {
    pub name: String,
    pub version: String,
    pub launch: String,
    pub enforcing: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct RunCanary {
    pub headline: String,
    #[serde(default)]
    pub checks: Vec<crate::report::CanaryCheck>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct RunCause {
    pub verdict: String,
    pub step: String,
    pub answer: Option<crate::outcome::Answer>,
    pub count: usize,
    pub example: String,
    pub scenarios: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct RunScenario {
    pub id: String,
    pub status: String,
    pub expected: String,
    pub failure: Option<crate::report::Failure>,
    pub reason: Option<String>,
    /// The reference evaluator on the scenario's asserted calls.
    #[serde(default)]
    pub model: Option<crate::report::model_checks::ScenarioModel>,
}

/// One report and the file it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub file: PathBuf,
    pub report: RunReport,
}

/// Every `report.json` under `dir`, sorted by target name and start time.
pub fn load_all(dir: &Path) -> Result<Vec<Loaded>> {
    if !dir.is_dir() {
        bail!(
            "the reports directory {} does not exist; run the suite first (each run writes a report.json there) or pass --reports DIR",
            dir.display()
        );
    }
    let mut files = Vec::new();
    collect(dir, &mut files)?;
    if files.is_empty() {
        bail!(
            "no report.json under {}; run the suite first (each run writes one) or pass --reports DIR",
            dir.display()
        );
    }
    files.sort();
    let mut loaded = files
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let report = parse(&text).with_context(|| file.display().to_string())?;
            Ok(Loaded { file, report })
        })
        .collect::<Result<Vec<_>>>()?;
    loaded.sort_by(|a, b| {
        (&a.report.target.name, &a.report.started_at)
            .cmp(&(&b.report.target.name, &b.report.started_at))
    });
    Ok(loaded)
}

/// One report.json's text; a report of another schema version is refused
/// before its fields are read.
pub fn parse(text: &str) -> Result<RunReport> {
    let value: serde_json::Value = serde_json::from_str(text)
        .context("not valid JSON (a report.json written by this suite?)")?;
    let version = value
        .get("schema_version")
        .and_then(serde_json::Value::as_u64);
    if version != Some(u64::from(SCHEMA_VERSION)) {
        let found = version.map_or_else(|| "none".to_owned(), |v| v.to_string());
        bail!(
            "report.json schema version {found}, but this suite reads version {SCHEMA_VERSION}; run the suite again to write a current report"
        );
    }
    serde_json::from_value(value).context("a report.json of the current schema, but malformed")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.file_name().is_some_and(|n| n == "report.json") {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_other_schema_versions_and_malformed_reports() {
        let err = format!("{:#}", parse(r#"{"run_id": "x"}"#).unwrap_err());
        assert!(err.contains("schema version none"), "{err}");
        let err = format!("{:#}", parse(r#"{"schema_version": 1}"#).unwrap_err());
        assert!(
            err.contains("schema version 1, but this suite reads version 2"),
            "{err}"
        );
        let err = format!("{:#}", parse("{not json").unwrap_err());
        assert!(err.contains("not valid JSON"), "{err}");
        let err = format!("{:#}", parse(r#"{"schema_version": 2}"#).unwrap_err());
        assert!(
            err.contains("malformed") && err.contains("missing field"),
            "{err}"
        );
    }

    #[test]
    fn reads_what_the_suite_writes() {
        let text = crate::report::json::render(&crate::report::tests::sample_report());
        let report = parse(&text).unwrap();
        assert_eq!(report.target.name, "moto");
        assert_eq!(report.scenarios.len(), 5);
        assert_eq!(report.summary.passed, 2);
    }

    #[test]
    fn an_empty_or_missing_directory_is_named() {
        let dir = std::env::temp_dir().join(format!("iam-site-empty-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let err = load_all(&dir).unwrap_err().to_string();
        assert!(err.contains("no report.json under") && err.contains(&dir.display().to_string()));
        std::fs::remove_dir_all(&dir).unwrap();
        let err = load_all(&dir).unwrap_err().to_string();
        assert!(err.contains("does not exist"), "{err}");
    }
}
