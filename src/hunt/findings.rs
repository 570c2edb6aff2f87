//! What a hunt found: findings grouped by their minimal shape (the rule that
//! decided, by the model, and the direction of the disagreement), largest
//! group first; each finding written as a runnable scenario under
//! `<report-dir>/hunt/`, and the groups for report.json and report.md.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use super::render::{self, Outcomes};
use super::{Counts, Direction, Finding};

/// One group: findings of the same shape, with one example in full.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Group {
    /// The rule letter that decided the disagreeing request, by the model.
    pub rule: String,
    pub direction: Direction,
    /// Distinct minimal worlds in the group.
    pub count: usize,
    /// Hunted worlds that shrank into them.
    pub from_worlds: usize,
    /// The action the example's request calls.
    pub action: String,
    /// The model's reasons for the example's request.
    pub why: String,
    /// What the target answered there.
    pub answer: crate::outcome::Answer,
    /// The file and scenario id of the example, runnable with `--features`.
    pub file: String,
    pub example: String,
    /// Why shrinking stopped early for the example, if it did.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub cut_short: Option<String>,
}

/// report.json `hunt`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Hunted {
    #[serde(flatten)]
    pub counts: Counts,
    pub groups: Vec<Group>,
}

/// The AWS pages behind a rule letter, for a finding's `Source:` line.
pub fn pages(rule: &str) -> &'static str {
    match rule.chars().next() {
        Some('B') => {
            "IAM User Guide, \"Policy evaluation logic\", \"IAM JSON policy element reference\""
        }
        Some('C') => {
            "IAM User Guide, \"Policy evaluation for requests within a single account\", \"AWS JSON policy elements: Principal\""
        }
        Some('E') => "IAM User Guide, \"Policies and permissions in IAM\" (session policies)",
        Some('F') => "IAM User Guide, \"Permissions boundaries for IAM entities\"",
        Some('A' | 'D') => {
            "STS API reference, \"GetCallerIdentity\", \"GetSessionToken\", \"GetFederationToken\""
        }
        _ => "IAM User Guide, \"Policy evaluation logic\"",
    }
}

/// Writes every finding, a feature file per group, and returns the groups.
pub fn write(report_dir: &Path, seed: u64, found: Vec<Finding>, counts: Counts) -> Result<Hunted> {
    let dir = report_dir.join("hunt");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut by_shape: Vec<((String, Direction), Vec<Finding>)> = Vec::new();
    for f in found {
        let rule = f
            .decision
            .rules()
            .first()
            .cloned()
            .unwrap_or_else(|| "?".into());
        let shape = (rule, f.direction);
        match by_shape.iter_mut().find(|(s, _)| *s == shape) {
            Some((_, members)) => members.push(f),
            None => by_shape.push((shape, vec![f])),
        }
    }
    by_shape.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    let mut groups = Vec::new();
    for (n, ((rule, direction), mut members)) in by_shape.into_iter().enumerate() {
        // The smallest finding is the group's example, first in its file.
        // Worlds that shrank into the same one are one finding.
        let from_worlds = members.len();
        members.sort_by_key(|f| super::shrink::size(&f.world));
        let mut seen = std::collections::HashSet::new();
        members.retain(|f| {
            seen.insert(render::steps(
                &only_up_to(&f.world, f.request),
                &Outcomes::Known(&f.allowed),
            ))
        });
        let slug = format!(
            "{:02}-{}-{}",
            n + 1,
            rule.to_lowercase(),
            direction_slug(direction)
        );
        let file = dir.join(format!("{slug}.feature"));
        let mut text = format!(
            "@hunt\nFeature: Hunt findings (seed {seed}): {} where {rule} decides\n\n  Worlds the hunt generated and shrank on the target; in each, the target's answer\n  to the last request differs from the reference evaluator's decision, which follows\n  the AWS documentation. Run them with --features; each fails at its last step.\n",
            direction.words()
        );
        let mut example = String::new();
        for (k, f) in members.iter().enumerate() {
            let id = format!("hunt.{slug}-{}", k + 1);
            if k == 0 {
                example = id.clone();
            }
            let world = only_up_to(&f.world, f.request);
            let why = f.decision.explain().replace('"', "'");
            let _ = write!(
                text,
                "\n  @id:{id} @evidence:inferred\n  Scenario: {} calls {}: {}\n    Source: the reference evaluator (src/model/): {why}; following {}.\n",
                world.actor(),
                world.requests[f.request].action,
                direction.words(),
                pages(&rule)
            );
            text.push_str(&render::steps(&world, &Outcomes::Known(&f.allowed)));
        }
        std::fs::write(&file, text)?;
        let f = &members[0];
        groups.push(Group {
            rule,
            direction,
            count: members.len(),
            from_worlds,
            action: f.world.requests[f.request].action.clone(),
            why: f.decision.explain(),
            answer: f.answer.clone(),
            file: format!("hunt/{slug}.feature"),
            example,
            cut_short: f.cut_short.clone(),
        });
    }
    Ok(Hunted { counts, groups })
}

/// The world's requests up to and including the disagreeing one.
fn only_up_to(world: &super::World, request: usize) -> super::World {
    let mut w = world.clone();
    w.requests.truncate(request + 1);
    w
}

fn direction_slug(d: Direction) -> &'static str {
    match d {
        Direction::AllowsWhatAwsDenies => "allows",
        Direction::DeniesWhatAwsAllows => "denies",
        Direction::AnswersOtherwise => "answers-otherwise",
    }
}

/// The hunt in report.md.
pub fn markdown(h: &Hunted) -> String {
    let c = &h.counts;
    let mut md = String::new();
    let _ = writeln!(md, "## Hunt (seed {})\n", c.seed);
    let _ = writeln!(
        md,
        "{} worlds, {} requests ({:.1} per world), {:.1} worlds per second; {} agreed with the reference evaluator, {} disagreed, {} were blocked at their scene, {} stopped otherwise. Shrinking: {} rounds, {} candidate worlds. {:.0} s in all.\n",
        c.worlds,
        c.requests,
        c.requests_per_world,
        c.worlds_per_second,
        c.agreed,
        c.disagreed,
        c.blocked,
        c.stopped,
        c.shrink_rounds,
        c.shrink_worlds,
        c.seconds
    );
    if h.groups.is_empty() {
        let _ = writeln!(md, "No disagreement found.");
        return md;
    }
    let _ = writeln!(
        md,
        "| distinct findings (from worlds) | rule | direction | example | the model says | the target answered |"
    );
    let _ = writeln!(md, "|---|---|---|---|---|---|");
    for g in &h.groups {
        let cut = g
            .cut_short
            .as_deref()
            .map(|c| format!(" (shrinking cut short: {c})"))
            .unwrap_or_default();
        let _ = writeln!(
            md,
            "| {} ({}) | {} | {} | `{}` in `{}`{cut} | {} | {} |",
            g.count,
            g.from_worlds,
            g.rule,
            g.direction.words(),
            g.example,
            g.file,
            g.why.replace('|', "\\|"),
            g.answer
        );
    }
    md
}
