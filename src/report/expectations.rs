//! `expectations/<target>.toml`: the scenarios a target is known to fail, each
//! with a reason, and the canary verdict the target is known to give.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use toml::Spanned;

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
}

impl Divergence {
    pub fn new(reason: impl Into<String>) -> Self {
        Self {
            reason: reason.into(),
            step: None,
        }
    }
}

impl Expectations {
    /// Reads `path`; a missing file means "no known divergences" only when
    /// `must_exist` is false (the default file of a new target).
    pub fn load(path: &Path, must_exist: bool, known_ids: &BTreeSet<&str>) -> Result<Self> {
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
        Self::parse(&text, path, known_ids)
    }

    pub fn parse(text: &str, path: &Path, known_ids: &BTreeSet<&str>) -> Result<Self> {
        let shown = path.display();
        let file: File = toml::from_str(text).map_err(|e| anyhow::anyhow!("{shown}: {e}"))?;
        let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
        let mut divergences = BTreeMap::new();
        for entry in file.divergence {
            let id = entry.id.get_ref();
            let line = line_of(entry.id.span().start);
            if !known_ids.contains(id.as_str()) {
                bail!(
                    "{shown}:{line}: no scenario has the id {id:?} (ids are the @id: tags in features/)"
                );
            }
            if entry.reason.get_ref().trim().is_empty() {
                bail!(
                    "{shown}:{}: the divergence {id:?} needs a reason",
                    line_of(entry.reason.span().start)
                );
            }
            let divergence = Divergence {
                reason: entry.reason.into_inner(),
                step: entry.step,
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

    fn ids() -> BTreeSet<&'static str> {
        BTreeSet::from(["seed.a", "seed.b"])
    }

    #[test]
    fn reads_divergences_and_canary_expectation() {
        let text = "enforcing = true\n\n[[divergence]]\nid = \"seed.a\"\nreason = \"trust ignored\"\nstep = \"the call is denied\"\n";
        let e = Expectations::parse(text, Path::new("expectations/m.toml"), &ids()).unwrap();
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
        let err = Expectations::parse(text, Path::new("x.toml"), &ids())
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
        let err = Expectations::parse(text, Path::new("x.toml"), &ids())
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
            Expectations::parse(dup, Path::new("x"), &ids())
                .unwrap_err()
                .to_string()
                .contains("twice")
        );
        let empty = "[[divergence]]\nid = \"seed.a\"\nreason = \" \"\n";
        assert!(
            Expectations::parse(empty, Path::new("x"), &ids())
                .unwrap_err()
                .to_string()
                .contains("needs a reason")
        );
        let unknown = "[[divergence]]\nid = \"seed.a\"\nreason = \"r\"\nissue = 3\n";
        assert!(Expectations::parse(unknown, Path::new("x"), &ids()).is_err());
    }

    #[test]
    fn missing_default_file_means_no_divergences() {
        let e = Expectations::load(Path::new("/nonexistent/x.toml"), false, &ids()).unwrap();
        assert!(e.divergences.is_empty() && e.path.is_none());
        assert!(Expectations::load(Path::new("/nonexistent/x.toml"), true, &ids()).is_err());
    }
}
