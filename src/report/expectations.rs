//! `expectations/<target>.toml`: the scenarios a target is known to fail (or
//! to leave blocked at a precondition), each with a reason, and the canary
//! verdict the target is known to give.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use toml::Spanned;

use super::{Status, step_matches};
use crate::spec::ScenarioSpec;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    /// Whether the canary is expected to find the target enforcing IAM.
    enforcing: Option<bool>,
    #[serde(default)]
    divergence: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    id: Spanned<String>,
    reason: Spanned<String>,
    /// The step at which the scenario is known to fail; failing elsewhere is a surprise.
    step: Option<String>,
    /// `fail` (the default) or `blocked` (a precondition fails; `step` names it).
    status: Option<Spanned<String>>,
}

#[derive(Debug, Default, Clone)]
pub struct Expectations {
    pub path: Option<PathBuf>,
    pub enforcing: Option<bool>,
    /// Scenario id -> why the target is expected to fail it.
    pub divergences: BTreeMap<String, Divergence>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Divergence {
    pub reason: String,
    /// Text of the step at which it fails (without the Given/When/Then keyword), if pinned.
    pub step: Option<String>,
    /// The verdict expected: [`Status::Fail`] or [`Status::Blocked`].
    pub status: Status,
}

impl Divergence {
    pub fn new(reason: impl Into<String>) -> Self {
        Self {
            reason: reason.into(),
            step: None,
            status: Status::Fail,
        }
    }
}

/// The scenarios an expectations file may name, by id.
pub type KnownScenarios<'a> = BTreeMap<&'a str, &'a ScenarioSpec>;

impl Expectations {
    /// Reads `path`; a missing file means "no known divergences" only when
    /// `must_exist` is false (the default file of a new target).
    pub fn load(path: &Path, must_exist: bool, known: &KnownScenarios<'_>) -> Result<Self> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !must_exist => {
                return Ok(Self {
                    path: None,
                    ..Self::default()
                });
            }
            Err(e) => {
                return Err(e)
                    .with_context(|| format!("cannot read expectations file {}", path.display()));
            }
        };
        Self::parse(&text, path, known)
    }

    pub fn parse(text: &str, path: &Path, known: &KnownScenarios<'_>) -> Result<Self> {
        let shown = path.display();
        let file: File = toml::from_str(text).map_err(|e| anyhow::anyhow!("{shown}: {e}"))?;
        let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
        let mut divergences = BTreeMap::new();
        for entry in file.divergence {
            let id = entry.id.get_ref();
            let line = line_of(entry.id.span().start);
            let Some(scenario) = known.get(id.as_str()) else {
                bail!(
                    "{shown}:{line}: no scenario has the id {id:?} (ids are the @id: tags in features/)"
                );
            };
            let status = match &entry.status {
                None => Status::Fail,
                Some(s) if s.get_ref() == "fail" => Status::Fail,
                Some(s) if s.get_ref() == "blocked" => Status::Blocked,
                Some(s) => bail!(
                    "{shown}:{}: status must be \"fail\" or \"blocked\", not {:?}",
                    line_of(s.span().start),
                    s.get_ref()
                ),
            };
            if status == Status::Blocked {
                let Some(step) = &entry.step else {
                    bail!(
                        "{shown}:{line}: {id:?} is expected blocked: name the precondition step that blocks it (step = \"…\")"
                    );
                };
                if !scenario
                    .preconditions
                    .iter()
                    .any(|given| step_matches(given, step))
                {
                    bail!(
                        "{shown}:{line}: {id:?} is pinned as blocked at {step:?}, which is not one of its preconditions (its Given steps: {:?})",
                        scenario.preconditions
                    );
                }
            }
            // A suggestion copied without its reason written is not a finding yet.
            let reason = entry.reason.get_ref().trim();
            if reason.is_empty() || reason.starts_with(super::suggested::TO_WRITE) {
                bail!(
                    "{shown}:{}: the divergence {id:?} needs a reason (what the target does differently from AWS)",
                    line_of(entry.reason.span().start)
                );
            }
            let divergence = Divergence {
                reason: entry.reason.into_inner(),
                step: entry.step,
                status,
            };
            if divergences.insert(id.clone(), divergence).is_some() {
                bail!("{shown}:{line}: the id {id:?} is listed twice");
            }
        }
        Ok(Self {
            path: Some(path.to_owned()),
            enforcing: file.enforcing,
            divergences,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn specs() -> Vec<ScenarioSpec> {
        ["seed.a", "seed.b"]
            .map(|id| {
                let mut s = crate::report::tests::spec(id);
                s.preconditions = vec!["a user \"Jill\" with access keys".into()];
                s
            })
            .into()
    }

    fn known(specs: &[ScenarioSpec]) -> KnownScenarios<'_> {
        specs.iter().map(|s| (s.id.as_str(), s)).collect()
    }

    #[test]
    fn reads_divergences_and_canary_expectation() {
        let text = "enforcing = true\n\n[[divergence]]\nid = \"seed.a\"\nreason = \"trust ignored\"\nstep = \"the call is denied\"\n";
        let e =
            Expectations::parse(text, Path::new("expectations/m.toml"), &known(&specs())).unwrap();
        assert_eq!(e.enforcing, Some(true));
        assert_eq!(e.divergences["seed.a"].reason, "trust ignored");
        assert_eq!(
            e.divergences["seed.a"].step.as_deref(),
            Some("the call is denied")
        );
    }

    #[test]
    fn unknown_id_is_refused_with_file_and_line() {
        let text = "[[divergence]]\nid = \"seed.a\"\nreason = \"r\"\n\n[[divergence]]\nid = \"seed.zz\"\nreason = \"r\"\n";
        let err = Expectations::parse(text, Path::new("x.toml"), &known(&specs()))
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("x.toml:6: no scenario has the id \"seed.zz\""),
            "{err}"
        );
    }

    #[test]
    fn malformed_toml_names_file_and_line() {
        let text = "[[divergence]]\nid = \"seed.a\"\nreason = \n";
        let err = Expectations::parse(text, Path::new("x.toml"), &known(&specs()))
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("x.toml: TOML parse error at line 3"),
            "{err}"
        );
    }

    #[test]
    fn duplicates_empty_reasons_and_unknown_keys_are_refused() {
        let dup = "[[divergence]]\nid = \"seed.a\"\nreason = \"r\"\n[[divergence]]\nid = \"seed.a\"\nreason = \"r\"\n";
        assert!(
            Expectations::parse(dup, Path::new("x"), &known(&specs()))
                .unwrap_err()
                .to_string()
                .contains("twice")
        );
        let empty = "[[divergence]]\nid = \"seed.a\"\nreason = \" \"\n";
        assert!(
            Expectations::parse(empty, Path::new("x"), &known(&specs()))
                .unwrap_err()
                .to_string()
                .contains("needs a reason")
        );
        let unwritten = "[[divergence]]\nid = \"seed.a\"\nreason = 'TO WRITE: expected x'\n";
        assert!(
            Expectations::parse(unwritten, Path::new("x"), &known(&specs()))
                .unwrap_err()
                .to_string()
                .contains("needs a reason")
        );
        let unknown = "[[divergence]]\nid = \"seed.a\"\nreason = \"r\"\nissue = 3\n";
        assert!(Expectations::parse(unknown, Path::new("x"), &known(&specs())).is_err());
    }

    #[test]
    fn blocked_entries_are_pinned_to_a_precondition() {
        let specs = specs();
        let blocked = "[[divergence]]\nid = \"seed.a\"\nreason = \"r\"\nstatus = \"blocked\"\nstep = \"a user \\\"Jill\\\" with access keys\"\n";
        let e = Expectations::parse(blocked, Path::new("x"), &known(&specs)).unwrap();
        assert_eq!(e.divergences["seed.a"].status, Status::Blocked);

        let not_given = "\n[[divergence]]\nid = \"seed.a\"\nreason = \"r\"\nstatus = \"blocked\"\nstep = \"the call is denied\"\n";
        let err = Expectations::parse(not_given, Path::new("x.toml"), &known(&specs))
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("x.toml:3: \"seed.a\" is pinned as blocked at \"the call is denied\", which is not one of its preconditions"),
            "{err}"
        );
        let unpinned = "[[divergence]]\nid = \"seed.a\"\nreason = \"r\"\nstatus = \"blocked\"\n";
        assert!(
            Expectations::parse(unpinned, Path::new("x"), &known(&specs))
                .unwrap_err()
                .to_string()
                .contains("name the precondition step")
        );
        let odd = "[[divergence]]\nid = \"seed.a\"\nreason = \"r\"\nstatus = \"broken\"\n";
        assert!(
            Expectations::parse(odd, Path::new("x.toml"), &known(&specs))
                .unwrap_err()
                .to_string()
                .starts_with("x.toml:4: status must be")
        );
    }

    #[test]
    fn missing_default_file_means_no_divergences() {
        let e =
            Expectations::load(Path::new("/nonexistent/x.toml"), false, &known(&specs())).unwrap();
        assert!(e.divergences.is_empty() && e.path.is_none());
        assert!(
            Expectations::load(Path::new("/nonexistent/x.toml"), true, &known(&specs())).is_err()
        );
    }
}
