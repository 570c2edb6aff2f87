//! Recordings: what a target answered, call by call, kept as plain JSON so
//! that answers recorded once (e.g. against real AWS) can be compared offline
//! with any other target.
//!
//! Values that differ between runs — account ids, access key ids, unique ids,
//! the run id in names and paths, timestamps — are replaced by numbered
//! placeholders (`<account:1>`, `<unique-id:2>`), so that "the same role as
//! before" stays checkable while the recording stays stable.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::LazyLock;

use anyhow::{Context, Result};
use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::outcome::Outcome;

/// One call as recorded: who made it, what, and the normalised answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordedCall {
    pub actor: String,
    pub action: String,
    pub params: BTreeMap<String, String>,
    pub status: u16,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub message: Option<String>,
    pub fields: BTreeMap<String, String>,
}

/// One scenario's calls, with where and when they were recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recording {
    pub id: String,
    pub target: String,
    pub target_version: String,
    pub recorded_at: String,
    pub calls: Vec<RecordedCall>,
}

/// Replaces run-specific values with numbered placeholders, consistently
/// within one scenario.
pub struct Normalizer {
    run_path: String,
    run_infix: String,
    seen: BTreeMap<(&'static str, String), usize>,
}

/// Values that differ from run to run whatever their context.
static PATTERNS: LazyLock<[(&str, Regex); 3]> = LazyLock::new(|| {
    [
        ("access-key", r"\b(?:AKIA|ASIA|LKIA|LSIA)[A-Z0-9]{12,}\b"),
        (
            "unique-id",
            r"\b(?:AIDA|AROA|ANPA|AGPA|AIPA)[A-Z0-9]{12,}\b",
        ),
        ("account", r"\b\d{12}\b"),
    ]
    .map(|(kind, re)| (kind, Regex::new(re).expect("valid pattern")))
});

/// Physical names "<logical>-<run>-<n>" become "<logical>".
fn without_run_suffixes(value: &str, run_infix: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find(run_infix) {
        let after = &rest[at + run_infix.len()..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 {
            // Not a name suffix; look again from the next character.
            out.push_str(&rest[..=at]);
            rest = &rest[at + 1..];
        } else {
            out.push_str(&rest[..at]);
            rest = &after[digits..];
        }
    }
    out.push_str(rest);
    out
}

impl Normalizer {
    pub fn new(run_id: &str) -> Self {
        Self {
            run_path: format!("/{run_id}/"),
            run_infix: format!("-{run_id}-"),
            seen: BTreeMap::new(),
        }
    }

    /// Normalises free text (messages, parameters, field values).
    pub fn text(&mut self, value: &str) -> String {
        let mut text = without_run_suffixes(value, &self.run_infix);
        text = text.replace(&self.run_path, "/<run>/");
        for (kind, re) in PATTERNS.iter() {
            if !re.is_match(&text) {
                continue;
            }
            text = re
                .replace_all(&text, |c: &regex::Captures<'_>| {
                    let next = self.seen.len() + 1;
                    let n = *self.seen.entry((kind, c[0].to_owned())).or_insert(next);
                    format!("<{kind}:{n}>")
                })
                .into_owned();
        }
        text
    }

    /// Normalises a response field, knowing what some fields hold.
    pub fn field(&mut self, name: &str, value: &str) -> String {
        match name {
            "Expiration" => "<time>".to_owned(),
            // Emulators use other id shapes than AWS; the identity is what matters.
            "UserId" | "RoleId" if !value.contains(':') => {
                let normalised = self.text(value);
                if normalised.starts_with('<') {
                    normalised
                } else {
                    let next = self.seen.len() + 1;
                    let n = *self
                        .seen
                        .entry(("unique-id", value.to_owned()))
                        .or_insert(next);
                    format!("<unique-id:{n}>")
                }
            }
            _ => self.text(value),
        }
    }

    pub fn call(
        &mut self,
        actor: &str,
        action: &str,
        params: &BTreeMap<String, String>,
        outcome: &Outcome,
    ) -> RecordedCall {
        RecordedCall {
            actor: actor.to_owned(),
            action: action.to_owned(),
            params: params
                .iter()
                .map(|(k, v)| (k.clone(), self.text(v)))
                .collect(),
            status: outcome.status,
            code: outcome.error.as_ref().map(|e| e.code.clone()),
            message: outcome.error.as_ref().map(|e| self.text(&e.message)),
            fields: if describes_whole_account(action) {
                BTreeMap::new()
            } else {
                outcome
                    .fields
                    .iter()
                    .map(|(k, v)| (k.clone(), self.field(k, v)))
                    .collect()
            },
        }
    }
}

/// Answers that depend on everything else in the account (other scenarios
/// running at the same time, other users of it): their fields are not kept.
fn describes_whole_account(action: &str) -> bool {
    crate::actions::find(action).is_ok_and(|a| a.whole_account)
}

/// How one scenario's answers compare with a recording, most serious first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Difference {
    /// The scenario made other calls (it stopped earlier or later).
    DifferentCalls,
    /// A call succeeded on one side and failed on the other, or failed with another code or status.
    DifferentOutcome,
    /// Same outcomes; some response field differs.
    DifferentFields,
    /// Same codes and statuses; some message text differs.
    DifferentMessage,
    Same,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comparison {
    pub id: String,
    pub verdict: Difference,
    /// The first difference, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

pub fn compare(id: &str, recorded: &[RecordedCall], now: &[RecordedCall]) -> Comparison {
    let mut worst: (Difference, Option<String>) = (Difference::Same, None);
    fn note(worst: &mut (Difference, Option<String>), d: Difference, detail: String) {
        if d < worst.0 {
            *worst = (d, Some(detail));
        }
    }
    for (i, (r, n)) in recorded.iter().zip(now).enumerate() {
        let at = format!("call {} ({} by {})", i + 1, r.action, r.actor);
        if (r.actor.as_str(), r.action.as_str(), &r.params)
            != (n.actor.as_str(), n.action.as_str(), &n.params)
        {
            note(
                &mut worst,
                Difference::DifferentCalls,
                format!(
                    "{at}: now {} by {} with other parameters",
                    n.action, n.actor
                ),
            );
            break;
        }
        if (r.status, &r.code) != (n.status, &n.code) {
            let show = |c: &RecordedCall| {
                format!("{} {}", c.code.as_deref().unwrap_or("success"), c.status)
            };
            note(
                &mut worst,
                Difference::DifferentOutcome,
                format!("{at}: recorded {}, now {}", show(r), show(n)),
            );
        } else if r.fields != n.fields {
            let field = r
                .fields
                .iter()
                .find(|(k, v)| n.fields.get(*k) != Some(v))
                .map(|(k, _)| k.clone());
            let field = field.or_else(|| {
                n.fields
                    .keys()
                    .find(|k| !r.fields.contains_key(*k))
                    .cloned()
            });
            note(
                &mut worst,
                Difference::DifferentFields,
                format!("{at}: field {}", field.unwrap_or_default()),
            );
        } else if r.message != n.message {
            note(
                &mut worst,
                Difference::DifferentMessage,
                format!(
                    "{at}: recorded {:?}, now {:?}",
                    r.message.as_deref().unwrap_or(""),
                    n.message.as_deref().unwrap_or("")
                ),
            );
        }
    }
    if recorded.len() != now.len() && worst.0 > Difference::DifferentCalls {
        note(
            &mut worst,
            Difference::DifferentCalls,
            format!("{} calls recorded, {} now", recorded.len(), now.len()),
        );
    }
    Comparison {
        id: id.to_owned(),
        verdict: worst.0,
        detail: worst.1,
    }
}

/// Writes one file per scenario, `<dir>/<id>.json`.
pub fn write(dir: &Path, recordings: &[Recording]) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    for r in recordings {
        let file = dir.join(format!("{}.json", r.id));
        let mut text = serde_json::to_string_pretty(r)?;
        text.push('\n');
        std::fs::write(&file, text).with_context(|| format!("writing {}", file.display()))?;
    }
    Ok(())
}

pub fn read(dir: &Path, id: &str) -> Result<Option<Recording>> {
    let file = dir.join(format!("{id}.json"));
    match std::fs::read_to_string(&file) {
        Ok(text) => Ok(Some(
            serde_json::from_str(&text).with_context(|| format!("reading {}", file.display()))?,
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("reading {}", file.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcome::ErrorInfo;

    fn outcome(code: Option<&str>, message: &str, fields: &[(&str, &str)]) -> Outcome {
        Outcome {
            action: "x".into(),
            status: if code.is_some() { 403 } else { 200 },
            error: code.map(|c| ErrorInfo {
                code: c.into(),
                message: message.into(),
                standard_envelope: true,
            }),
            fields: fields
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        }
    }

    #[test]
    fn ids_accounts_keys_and_run_names_become_numbered_placeholders() {
        let mut n = Normalizer::new("ab12cd34");
        let arn = "arn:aws:iam::123456789012:user/iam-conformance/ab12cd34/Jill-ab12cd34-7";
        assert_eq!(
            n.text(arn),
            "arn:aws:iam::<account:1>:user/iam-conformance/<run>/Jill"
        );
        assert_eq!(
            n.text("AIDAEXAMPLEEXAMPLE01 then AROAEXAMPLEEXAMPLE02:s"),
            "<unique-id:2> then <unique-id:3>:s"
        );
        // The same value keeps its number: "the same role as before".
        assert_eq!(n.text("AROAEXAMPLEEXAMPLE02"), "<unique-id:3>");
        assert_eq!(n.text("ASIAEXAMPLEEXAMPLE99"), "<access-key:4>");
        assert_eq!(n.field("Expiration", "1780000000"), "<time>");
        assert_eq!(n.field("UserId", "x7f3kq9zz"), "<unique-id:5>");
    }

    #[test]
    fn only_run_infixes_followed_by_digits_are_name_suffixes() {
        assert_eq!(
            without_run_suffixes("Jill-r-7 and x-r-y-r-12z", "-r-"),
            "Jill and x-r-yz"
        );
        assert_eq!(without_run_suffixes("-r-r-1", "-r-"), "-r");
    }

    #[test]
    fn compare_names_the_most_serious_difference() {
        let mut n = Normalizer::new("r");
        let p = BTreeMap::new();
        let denied = n.call(
            "Jill",
            "iam:ListUsers",
            &p,
            &outcome(Some("AccessDenied"), "User: a is not authorized", &[]),
        );
        let worded = n.call(
            "Jill",
            "iam:ListUsers",
            &p,
            &outcome(Some("AccessDenied"), "not authorized", &[]),
        );
        let allowed = n.call(
            "Jill",
            "iam:ListUsers",
            &p,
            &outcome(None, "", &[("Count", "1")]),
        );
        assert_eq!(
            compare(
                "s",
                std::slice::from_ref(&denied),
                std::slice::from_ref(&denied)
            )
            .verdict,
            Difference::Same
        );
        assert_eq!(
            compare(
                "s",
                std::slice::from_ref(&denied),
                std::slice::from_ref(&worded)
            )
            .verdict,
            Difference::DifferentMessage
        );
        let c = compare(
            "s",
            &[denied.clone(), worded.clone()],
            &[allowed.clone(), worded],
        );
        assert_eq!(c.verdict, Difference::DifferentOutcome);
        assert!(
            c.detail
                .unwrap()
                .contains("recorded AccessDenied 403, now success 200")
        );
        assert_eq!(
            compare(
                "s",
                std::slice::from_ref(&denied),
                &[denied.clone(), allowed]
            )
            .verdict,
            Difference::DifferentCalls
        );
    }

    #[test]
    fn recordings_round_trip_as_json_files() {
        let dir = std::env::temp_dir().join(format!("iam-conformance-rec-{}", std::process::id()));
        let r = Recording {
            id: "seed.x".into(),
            target: "moto".into(),
            target_version: "5.2.5".into(),
            recorded_at: "2026-11-28T00:00:00Z".into(),
            calls: vec![],
        };
        write(&dir, std::slice::from_ref(&r)).unwrap();
        assert_eq!(read(&dir, "seed.x").unwrap(), Some(r));
        assert_eq!(read(&dir, "seed.none").unwrap(), None);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
