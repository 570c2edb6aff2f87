//! The specification as data: every scenario under `features/`, with its id,
//! tags and place, read before anything runs so that ids can be checked and
//! scenarios that do not apply to a target can be reported as `na`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use cucumber::feature::Ext as _;
use cucumber::gherkin::{self, GherkinEnv};
use cucumber::tag::Ext as _;

const ID_TAG: &str = "id:";
const REQUIRES_TAG: &str = "requires:";
const EVIDENCE_TAG: &str = "evidence:";
const SOURCE_LINE: &str = "Source:";

/// How solid a scenario's expectation of AWS is (its `@evidence:` tag).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Evidence {
    /// An AWS response was seen (an AWS-validated snapshot, or AWS output quoted in public).
    Recorded,
    /// An AWS documentation page states it.
    Documented,
    /// It follows from documented rules, but no page states it.
    Inferred,
}

impl Evidence {
    pub const ALL: [Self; 3] = [Self::Recorded, Self::Documented, Self::Inferred];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Recorded => "recorded",
            Self::Documented => "documented",
            Self::Inferred => "inferred",
        }
    }

    fn from_tag(tag: &str) -> Option<Self> {
        let level = tag.strip_prefix(EVIDENCE_TAG)?;
        Self::ALL.into_iter().find(|e| e.as_str() == level)
    }
}

/// One runnable scenario (an outline contributes one per example row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioSpec {
    pub id: String,
    /// Path relative to the project root, e.g. `features/seed/walkthrough.feature`.
    pub feature: String,
    pub rule: Option<String>,
    pub name: String,
    /// Feature, rule and scenario tags, without the leading `@`.
    pub tags: Vec<String>,
    pub line: usize,
    pub evidence: Evidence,
    /// The scenario's `Source:` description text (where its expectation comes from).
    pub source: Option<String>,
    /// The text (without keyword) of every `Given` step, Background included:
    /// the steps whose failure blocks the scenario.
    pub preconditions: Vec<String>,
}

impl ScenarioSpec {
    /// Capabilities named by `@requires:<capability>` tags.
    pub fn required_capabilities(&self) -> impl Iterator<Item = &str> {
        self.tags
            .iter()
            .filter_map(|t| t.strip_prefix(REQUIRES_TAG))
    }

    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| t == tag)
    }
}

/// Key that ties a cucumber event back to its [`ScenarioSpec`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ScenarioKey {
    pub feature: String,
    pub line: usize,
}

#[derive(Debug, Default)]
pub struct Catalog {
    pub scenarios: Vec<ScenarioSpec>,
}

impl Catalog {
    /// Reads every `.feature` file under `dir` (sorted, recursively).
    pub fn load(root: &Path, dir: &Path) -> Result<Self> {
        let mut files = Vec::new();
        collect_feature_files(&root.join(dir), &mut files)?;
        if files.is_empty() {
            bail!("no .feature files under {}", root.join(dir).display());
        }
        files.sort();
        let mut scenarios = Vec::new();
        for file in files {
            let feature = gherkin::Feature::parse_path(&file, GherkinEnv::default())
                .with_context(|| format!("cannot parse {}", file.display()))?
                .expand_examples()
                .with_context(|| format!("cannot expand the examples of {}", file.display()))?;
            let relative = file
                .strip_prefix(root)
                .unwrap_or(&file)
                .to_string_lossy()
                .into_owned();
            scenarios.extend(scenarios_of(&feature, &relative)?);
        }
        let catalog = Self { scenarios };
        catalog.check_unique_ids()?;
        Ok(catalog)
    }

    fn check_unique_ids(&self) -> Result<()> {
        let mut seen: BTreeMap<&str, &ScenarioSpec> = BTreeMap::new();
        let mut duplicates = Vec::new();
        for s in &self.scenarios {
            if let Some(first) = seen.insert(&s.id, s) {
                duplicates.push(format!(
                    "  @id:{} is used by {}:{} and {}:{}",
                    s.id, first.feature, first.line, s.feature, s.line
                ));
            }
        }
        if !duplicates.is_empty() {
            bail!("scenario ids must be unique:\n{}", duplicates.join("\n"));
        }
        Ok(())
    }

    pub fn ids(&self) -> BTreeSet<&str> {
        self.scenarios.iter().map(|s| s.id.as_str()).collect()
    }

    pub fn by_key(&self) -> BTreeMap<ScenarioKey, &ScenarioSpec> {
        self.scenarios
            .iter()
            .map(|s| (key(&s.feature, s.line), s))
            .collect()
    }
}

pub fn key(feature: &str, line: usize) -> ScenarioKey {
    ScenarioKey {
        feature: feature.to_owned(),
        line,
    }
}

fn collect_feature_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            collect_feature_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "feature") {
            out.push(path);
        }
    }
    Ok(())
}

fn scenarios_of(feature: &gherkin::Feature, file: &str) -> Result<Vec<ScenarioSpec>> {
    let mut missing = Vec::new();
    let mut out = Vec::new();
    let top = feature.scenarios.iter().map(|s| (None, s));
    let ruled = feature
        .rules
        .iter()
        .flat_map(|r| r.scenarios.iter().map(move |s| (Some(r), s)));
    // Outline rows share the outline's tags: number them so each row has its own id.
    let mut rows_seen: BTreeMap<String, usize> = BTreeMap::new();
    for (rule, scenario) in top.chain(ruled) {
        let mut tags = feature.tags.clone();
        if let Some(r) = rule {
            tags.extend(r.tags.iter().cloned());
        }
        tags.extend(scenario.tags.iter().cloned());
        let ids: Vec<&str> = scenario
            .tags
            .iter()
            .filter_map(|t| t.strip_prefix(ID_TAG))
            .collect();
        let base = match ids.as_slice() {
            [one] if !one.is_empty() => (*one).to_owned(),
            [] => {
                missing.push(format!(
                    "  {file}:{} \"{}\" has no @id: tag",
                    scenario.position.line, scenario.name
                ));
                continue;
            }
            _ => {
                missing.push(format!(
                    "  {file}:{} \"{}\" has {} @id: tags; give it exactly one",
                    scenario.position.line,
                    scenario.name,
                    ids.len()
                ));
                continue;
            }
        };
        let levels: Vec<Evidence> = scenario
            .tags
            .iter()
            .filter_map(|t| Evidence::from_tag(t))
            .collect();
        let unknown: Vec<&String> = scenario
            .tags
            .iter()
            .filter(|t| t.starts_with(EVIDENCE_TAG) && Evidence::from_tag(t).is_none())
            .collect();
        let evidence = match (levels.as_slice(), unknown.as_slice()) {
            ([one], []) => *one,
            (_, [bad, ..]) => {
                missing.push(format!(
                    "  {file}:{} \"{}\" has the unknown tag @{bad}; use @evidence:recorded, @evidence:documented or @evidence:inferred",
                    scenario.position.line, scenario.name
                ));
                continue;
            }
            _ => {
                missing.push(format!(
                    "  {file}:{} \"{}\" has {} @evidence: tags; give it exactly one of @evidence:recorded, @evidence:documented, @evidence:inferred",
                    scenario.position.line,
                    scenario.name,
                    levels.len()
                ));
                continue;
            }
        };
        let id = if scenario.examples.is_empty() {
            base
        } else {
            let row = rows_seen.entry(base.clone()).or_default();
            *row += 1;
            format!("{base}.{row}")
        };
        out.push(ScenarioSpec {
            id,
            feature: file.to_owned(),
            rule: rule.map(|r| r.name.clone()),
            name: scenario.name.clone(),
            tags,
            line: scenario.position.line,
            evidence,
            source: source_of(scenario),
            preconditions: preconditions_of(feature, rule, scenario),
        });
    }
    out.sort_by_key(|s| s.line);
    if !missing.is_empty() {
        bail!(
            "every scenario needs exactly one stable @id:<area>.<slug> tag and exactly one @evidence: tag:\n{}",
            missing.join("\n")
        );
    }
    Ok(out)
}

/// The description from its `Source:` line on, joined into one line (Gherkin
/// keeps no blank lines in descriptions, so what follows belongs to it).
fn source_of(scenario: &gherkin::Scenario) -> Option<String> {
    let description = scenario.description.as_deref()?;
    let mut lines = description.lines().map(str::trim);
    let first = lines.find_map(|l| l.strip_prefix(SOURCE_LINE))?;
    let mut text = first.trim().to_owned();
    for line in lines.filter(|l| !l.is_empty()) {
        text.push(' ');
        text.push_str(line);
    }
    (!text.is_empty()).then_some(text)
}

fn preconditions_of(
    feature: &gherkin::Feature,
    rule: Option<&gherkin::Rule>,
    scenario: &gherkin::Scenario,
) -> Vec<String> {
    let backgrounds = feature
        .background
        .iter()
        .chain(rule.and_then(|r| r.background.as_ref()));
    backgrounds
        .flat_map(|b| b.steps.iter())
        .chain(&scenario.steps)
        .filter(|step| step.ty == gherkin::StepType::Given)
        .map(|step| step.value.clone())
        .collect()
}

/// Which scenarios a run executes, and which are not applicable to the target.
#[derive(Debug)]
pub struct Selection<'a> {
    pub run: Vec<&'a ScenarioSpec>,
    /// Not applicable to this target, with the reason.
    pub not_applicable: Vec<(&'a ScenarioSpec, String)>,
}

/// Decides per scenario: filtered out by the user, not applicable, or run.
/// `@slow` scenarios run only when the user's tag expression mentions `@slow`.
pub fn select<'a>(
    catalog: &'a Catalog,
    user_tags: Option<&gherkin::tagexpr::TagOperation>,
    name_filter: Option<&regex::Regex>,
    capabilities: &BTreeSet<String>,
    is_aws: bool,
) -> Selection<'a> {
    let asks_for_slow = user_tags.is_some_and(|t| mentions(t, "slow"));
    let mut selection = Selection {
        run: Vec::new(),
        not_applicable: Vec::new(),
    };
    for s in &catalog.scenarios {
        if let Some(expr) = user_tags
            && !expr.eval(s.tags.iter())
        {
            continue;
        }
        if let Some(re) = name_filter
            && !re.is_match(&s.name)
        {
            continue;
        }
        if s.has_tag("slow") && !asks_for_slow {
            continue;
        }
        let lacking: Vec<&str> = s
            .required_capabilities()
            .filter(|c| !capabilities.contains(*c))
            .collect();
        if !lacking.is_empty() {
            selection
                .not_applicable
                .push((s, format!("the target lacks: {}", lacking.join(", "))));
        } else if s.has_tag("aws-only") && !is_aws {
            selection
                .not_applicable
                .push((s, "runs only against real AWS".to_owned()));
        } else {
            selection.run.push(s);
        }
    }
    selection
}

/// Whether a tag expression names `tag` anywhere (even negated).
fn mentions(expr: &gherkin::tagexpr::TagOperation, tag: &str) -> bool {
    use gherkin::tagexpr::TagOperation as Op;
    match expr {
        Op::And(l, r) | Op::Or(l, r) => mentions(l, tag) || mentions(r, tag),
        Op::Not(e) => mentions(e, tag),
        Op::Tag(t) => t == tag,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Vec<ScenarioSpec>> {
        let feature = gherkin::Feature::parse(text, GherkinEnv::default())?.expand_examples()?;
        scenarios_of(&feature, "features/x.feature")
    }

    const FEATURE: &str = r#"
@seed
Feature: F
  Rule: R
    @id:seed.a @trust @evidence:documented
    Scenario: A
      Source: IAM User Guide,
      "Roles terms and concepts".
      Given x
    @id:seed.b @requires:second-account @evidence:recorded
    Scenario: B
      Given x
  @id:seed.c @slow @evidence:inferred
  Scenario: C
    Given x
  @id:seed.o @evidence:documented
  Scenario Outline: O <n>
    Given <n>
    When y
    And <n> more
    Examples:
      | n |
      | 1 |
      | 2 |
"#;

    #[test]
    fn reads_ids_tags_rules_and_numbers_outline_rows() {
        let specs = parse(FEATURE).unwrap();
        let ids: Vec<&str> = specs.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["seed.a", "seed.b", "seed.c", "seed.o.1", "seed.o.2"]);
        let a = specs.iter().find(|s| s.id == "seed.a").unwrap();
        assert_eq!(a.rule.as_deref(), Some("R"));
        assert!(a.has_tag("seed") && a.has_tag("trust"));
        assert_eq!(a.evidence, Evidence::Documented);
        assert_eq!(
            a.source.as_deref(),
            Some("IAM User Guide, \"Roles terms and concepts\".")
        );
        let row = specs.iter().find(|s| s.id == "seed.o.2").unwrap();
        assert_eq!(
            row.preconditions,
            ["2"],
            "And after When is not a precondition"
        );
    }

    #[test]
    fn evidence_tag_is_required_once() {
        for (tags, complaint) in [
            ("@id:a.b", "has 0 @evidence: tags"),
            (
                "@id:a.b @evidence:documented @evidence:inferred",
                "has 2 @evidence: tags",
            ),
            ("@id:a.b @evidence:guessed", "unknown tag @evidence:guessed"),
        ] {
            let text = format!("Feature: F\n  {tags}\n  Scenario: s\n    Given x\n");
            let err = parse(&text).unwrap_err().to_string();
            assert!(
                err.contains("features/x.feature:3") && err.contains(complaint),
                "{err}"
            );
        }
    }

    #[test]
    fn missing_id_is_refused_with_place() {
        let err = parse("Feature: F\n  @evidence:inferred\n  Scenario: nameless\n    Given x\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("features/x.feature:3") && err.contains("has no @id: tag"),
            "{err}"
        );
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let text = "Feature: F\n  @id:a.b @evidence:inferred\n  Scenario: one\n    Given x\n  @id:a.b @evidence:inferred\n  Scenario: two\n    Given x\n";
        let catalog = Catalog {
            scenarios: parse(text).unwrap(),
        };
        let err = catalog.check_unique_ids().unwrap_err().to_string();
        assert!(
            err.contains("@id:a.b is used by features/x.feature:3 and features/x.feature:6"),
            "{err}"
        );
    }

    #[test]
    fn selection_marks_missing_capabilities_na_and_skips_slow() {
        let catalog = Catalog {
            scenarios: parse(FEATURE).unwrap(),
        };
        let none = BTreeSet::new();
        let sel = select(&catalog, None, None, &none, false);
        let run: Vec<&str> = sel.run.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(run, ["seed.a", "seed.o.1", "seed.o.2"]);
        assert_eq!(sel.not_applicable.len(), 1);
        assert_eq!(sel.not_applicable[0].0.id, "seed.b");

        let expr: gherkin::tagexpr::TagOperation = "@slow".parse().unwrap();
        let sel = select(&catalog, Some(&expr), None, &none, false);
        assert_eq!(
            sel.run.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
            ["seed.c"]
        );

        let documented: gherkin::tagexpr::TagOperation = "@evidence:documented".parse().unwrap();
        let sel = select(&catalog, Some(&documented), None, &none, false);
        assert_eq!(
            sel.run.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
            ["seed.a", "seed.o.1", "seed.o.2"]
        );
        let other: gherkin::tagexpr::TagOperation = "not @evidence:documented".parse().unwrap();
        let sel = select(&catalog, Some(&other), None, &none, false);
        assert!(sel.run.is_empty() && sel.not_applicable.len() == 1);

        let with = BTreeSet::from(["second-account".to_owned()]);
        let sel = select(&catalog, None, None, &with, false);
        assert!(sel.not_applicable.is_empty());
    }
}
