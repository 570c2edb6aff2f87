//! What the handbook pages show, built from the specification and the
//! reports: one column per report, a matrix of areas and rules, and each
//! scenario with its verdict per column. Pure data; `templates/` render it.

use std::collections::BTreeMap;

use cucumber::gherkin;
use serde::Serialize;

use super::reports::{Loaded, RunScenario};
use crate::spec::{ScenarioKey, ScenarioSpec, key};

#[derive(Debug, Serialize)]
pub struct Site {
    pub columns: Vec<Column>,
    pub matrix: Vec<MatrixRow>,
    pub areas: Vec<Area>,
}

/// One report: a target as one run saw it.
#[derive(Debug, Clone, Serialize)]
pub struct Column {
    /// File-name-safe and unique: the target's name, plus the run id when a
    /// target has several reports.
    pub key: String,
    pub label: String,
    pub name: String,
    pub version: String,
    pub launch: String,
    pub run_id: String,
    pub date: String,
    pub headline: String,
    pub enforcing: bool,
    pub total: Cell,
    pub blocked: usize,
    pub report_file: String,
}

/// A passed/run ratio with its status in words (never colour alone).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Cell {
    pub passed: usize,
    pub failed: usize,
    pub blocked: usize,
    pub not_applicable: usize,
    pub run: usize,
    /// `all`, `most`, `some`, `none` or `na`: the CSS class and the label's word.
    pub status: &'static str,
    pub label: String,
}

impl Cell {
    fn add(&mut self, status: &str) {
        match status {
            "pass" => self.passed += 1,
            "fail" => self.failed += 1,
            "blocked" => self.blocked += 1,
            _ => self.not_applicable += 1,
        }
    }

    fn finish(mut self) -> Self {
        self.run = self.passed + self.failed + self.blocked;
        self.status = match (self.passed, self.run) {
            (_, 0) => "na",
            (p, r) if p == r => "all",
            (p, r) if p * 2 >= r => "most",
            (0, _) => "none",
            _ => "some",
        };
        self.label = if self.run == 0 {
            "n/a".to_owned()
        } else {
            format!("{}/{} pass ({})", self.passed, self.run, self.status)
        };
        self
    }
}

#[derive(Debug, Serialize)]
pub struct MatrixRow {
    /// `area` or `rule`.
    pub kind: &'static str,
    pub title: String,
    pub link: String,
    pub scenarios: usize,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Serialize)]
pub struct Area {
    pub name: String,
    pub page: String,
    pub features: Vec<Feature>,
    pub scenario_count: usize,
}

#[derive(Debug, Serialize)]
pub struct Feature {
    pub name: String,
    pub path: String,
    pub description: Vec<String>,
    pub background: Vec<Step>,
    pub rules: Vec<Rule>,
}

#[derive(Debug, Serialize)]
pub struct Rule {
    pub anchor: String,
    /// `None` for scenarios outside any `Rule:`.
    pub name: Option<String>,
    pub scenarios: Vec<Scenario>,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Serialize)]
pub struct Scenario {
    pub id: String,
    pub keyword: String,
    pub name: String,
    pub tags: Vec<String>,
    pub evidence: &'static str,
    pub source: Option<String>,
    pub description: Vec<String>,
    pub steps: Vec<Step>,
    pub verdicts: Vec<Verdict>,
    /// Why AWS decides what the scenario expects, by the reference evaluator:
    /// one line per asserted call it judged.
    pub why: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Step {
    pub keyword: String,
    pub text: String,
    pub docstring: Option<String>,
    pub table: Vec<Vec<String>>,
}

/// One scenario in one column.
#[derive(Debug, Serialize)]
pub struct Verdict {
    pub column: String,
    /// `pass`, `fail`, `blocked`, `na`, `known` (an expected divergence) or `absent`.
    pub class: &'static str,
    pub label: String,
    pub step: Option<String>,
    pub message: Option<String>,
    pub answer: Option<String>,
    pub reason: Option<String>,
}

/// A parsed feature file (Scenario Outlines expanded) with its path and text.
pub struct Parsed {
    pub path: String,
    pub feature: gherkin::Feature,
    /// The file as written: Gherkin keeps no blank lines in descriptions, so
    /// the Feature's paragraphs are read from here.
    pub text: String,
}

pub fn build(
    parsed: &[Parsed],
    specs: &BTreeMap<ScenarioKey, &ScenarioSpec>,
    reports: &[Loaded],
) -> Site {
    let columns = columns(reports);
    let by_id: Vec<BTreeMap<&str, &RunScenario>> = reports
        .iter()
        .map(|l| {
            l.report
                .scenarios
                .iter()
                .map(|s| (s.id.as_str(), s))
                .collect()
        })
        .collect();
    let mut areas: BTreeMap<String, Area> = BTreeMap::new();
    for p in parsed {
        let area_name = p.path.split('/').nth(1).unwrap_or("features").to_owned();
        let area = areas.entry(area_name.clone()).or_insert_with(|| Area {
            page: format!("{area_name}.html"),
            name: area_name.clone(),
            features: Vec::new(),
            scenario_count: 0,
        });
        let feature = feature(p, specs, &columns, &by_id, area.features.len());
        area.scenario_count += feature
            .rules
            .iter()
            .map(|r| r.scenarios.len())
            .sum::<usize>();
        area.features.push(feature);
    }
    let areas: Vec<Area> = areas.into_values().collect();
    let matrix = matrix(&areas, &columns, &by_id);
    Site {
        columns,
        matrix,
        areas,
    }
}

fn columns(reports: &[Loaded]) -> Vec<Column> {
    let mut per_target: BTreeMap<&str, usize> = BTreeMap::new();
    for l in reports {
        *per_target.entry(l.report.target.name.as_str()).or_default() += 1;
    }
    reports
        .iter()
        .map(|l| {
            let r = &l.report;
            let several = per_target[r.target.name.as_str()] > 1;
            let key = if several {
                format!("{}-{}", r.target.name, r.run_id)
            } else {
                r.target.name.clone()
            };
            let date = r.started_at.get(..10).unwrap_or(&r.started_at).to_owned();
            let label = if several {
                format!("{} (run {}, {date})", r.target.name, r.run_id)
            } else {
                r.target.name.clone()
            };
            let mut total = Cell::default();
            for s in &r.scenarios {
                total.add(&s.status);
            }
            Column {
                key: key
                    .chars()
                    .map(|c| {
                        if c.is_ascii_alphanumeric() || c == '-' {
                            c
                        } else {
                            '-'
                        }
                    })
                    .collect(),
                label,
                name: r.target.name.clone(),
                version: r.target.version.clone(),
                launch: r.target.launch.clone(),
                run_id: r.run_id.clone(),
                date,
                headline: r.canary.headline.clone(),
                enforcing: r.target.enforcing,
                blocked: r.summary.blocked,
                total: total.finish(),
                report_file: l.file.display().to_string(),
            }
        })
        .collect()
}

fn feature(
    p: &Parsed,
    specs: &BTreeMap<ScenarioKey, &ScenarioSpec>,
    columns: &[Column],
    by_id: &[BTreeMap<&str, &RunScenario>],
    index: usize,
) -> Feature {
    let f = &p.feature;
    let stem = p
        .path
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .trim_end_matches(".feature")
        .to_owned();
    let top = (!f.scenarios.is_empty()).then_some((None, &f.scenarios));
    let groups = top
        .into_iter()
        .chain(f.rules.iter().map(|r| (Some(r.name.clone()), &r.scenarios)));
    let rules = groups
        .enumerate()
        .map(|(n, (name, scenarios))| {
            let scenarios: Vec<Scenario> = scenarios
                .iter()
                .filter_map(|s| {
                    let spec = specs.get(&key(&p.path, s.position.line))?;
                    Some(scenario(s, spec, columns, by_id))
                })
                .collect();
            let cells = cells(scenarios.iter().map(|s| s.id.as_str()), columns, by_id);
            Rule {
                anchor: format!("rule-{index}-{stem}-{n}"),
                name,
                scenarios,
                cells,
            }
        })
        .collect();
    Feature {
        name: f.name.clone(),
        path: p.path.clone(),
        description: paragraphs(&p.text, f.position.line),
        background: f
            .background
            .iter()
            .flat_map(|b| b.steps.iter().map(step))
            .collect(),
        rules,
    }
}

fn scenario(
    s: &gherkin::Scenario,
    spec: &ScenarioSpec,
    columns: &[Column],
    by_id: &[BTreeMap<&str, &RunScenario>],
) -> Scenario {
    let description = lines(s.description.as_deref())
        .into_iter()
        .take_while(|l| !l.starts_with("Source:"))
        .collect();
    let verdicts = columns
        .iter()
        .zip(by_id)
        .map(|(c, ids)| verdict(&c.label, ids.get(spec.id.as_str()).copied()))
        .collect();
    Scenario {
        id: spec.id.clone(),
        keyword: s.keyword.clone(),
        name: s.name.clone(),
        tags: s
            .tags
            .iter()
            .filter(|t| !t.starts_with("id:") && !t.starts_with("evidence:"))
            .map(|t| format!("@{t}"))
            .collect(),
        evidence: spec.evidence.as_str(),
        source: spec.source.clone(),
        description,
        steps: s.steps.iter().map(step).collect(),
        verdicts,
        why: why(&spec.id, by_id),
    }
}

/// The model's reasons for a scenario's expected outcomes, from the report
/// that judged most of its calls (a scenario stopped early on one target
/// reached fewer of its assertions there).
fn why(id: &str, by_id: &[BTreeMap<&str, &RunScenario>]) -> Vec<String> {
    by_id
        .iter()
        .filter_map(|ids| ids.get(id)?.model.as_ref())
        .max_by_key(|m| m.explained().len())
        .map(crate::report::model_checks::ScenarioModel::explained)
        .unwrap_or_default()
}

fn verdict(column: &str, run: Option<&RunScenario>) -> Verdict {
    let Some(r) = run else {
        return Verdict {
            column: column.to_owned(),
            class: "absent",
            label: "not in this report".to_owned(),
            step: None,
            message: None,
            answer: None,
            reason: None,
        };
    };
    let known = r.status == r.expected;
    let (class, label) = match (r.status.as_str(), known) {
        ("pass", true) => ("pass", "pass".to_owned()),
        ("pass", false) => ("pass", "pass (listed as a divergence)".to_owned()),
        ("na", _) => ("na", "n/a".to_owned()),
        ("not_run", _) => ("na", "not run (the run stopped early)".to_owned()),
        (status, true) => ("known", format!("{status}: expected divergence")),
        ("blocked", false) => ("blocked", "blocked".to_owned()),
        (_, false) => ("fail", "fail".to_owned()),
    };
    let failure = r.failure.as_ref();
    Verdict {
        column: column.to_owned(),
        class,
        label,
        step: failure.map(|f| f.step.clone()),
        message: failure.map(|f| f.message.clone()),
        answer: failure
            .and_then(|f| f.answer.as_ref())
            .map(ToString::to_string),
        reason: r.reason.clone(),
    }
}

fn step(s: &gherkin::Step) -> Step {
    Step {
        keyword: s.keyword.trim().to_owned(),
        text: s.value.clone(),
        docstring: s.docstring.as_deref().map(pretty_json),
        table: s.table.as_ref().map(|t| t.rows.clone()).unwrap_or_default(),
    }
}

/// Policy documents are shown as pretty-printed JSON; other doc strings as written.
fn pretty_json(text: &str) -> String {
    serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| serde_json::to_string_pretty(&v).ok())
        .unwrap_or_else(|| text.trim().to_owned())
}

/// The Feature's description as paragraphs: the lines after its `Feature:`
/// line (number `line`) up to the first keyword, split at blank lines; each
/// `- ` list item is a paragraph of its own.
fn paragraphs(text: &str, line: usize) -> Vec<String> {
    const ENDS: [&str; 8] = [
        "Background:",
        "Rule:",
        "Scenario",
        "Example",
        "@",
        "#",
        "Given",
        "\"\"\"",
    ];
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let flush = |current: &mut String, out: &mut Vec<String>| {
        if !current.is_empty() {
            out.push(std::mem::take(current));
        }
    };
    for raw in text.lines().skip(line) {
        let l = raw.trim();
        if ENDS.iter().any(|end| l.starts_with(end)) {
            break;
        }
        if l.is_empty() || l.starts_with("- ") {
            flush(&mut current, &mut out);
        }
        if !l.is_empty() {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(l);
        }
    }
    flush(&mut current, &mut out);
    out
}

fn lines(text: Option<&str>) -> Vec<String> {
    text.unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

fn cells<'a>(
    ids: impl Iterator<Item = &'a str> + Clone,
    columns: &[Column],
    by_id: &[BTreeMap<&str, &RunScenario>],
) -> Vec<Cell> {
    columns
        .iter()
        .zip(by_id)
        .map(|(_, report)| {
            let mut cell = Cell::default();
            for id in ids.clone() {
                cell.add(report.get(id).map_or("na", |s| s.status.as_str()));
            }
            cell.finish()
        })
        .collect()
}

fn matrix(
    areas: &[Area],
    columns: &[Column],
    by_id: &[BTreeMap<&str, &RunScenario>],
) -> Vec<MatrixRow> {
    let mut rows = Vec::new();
    for area in areas {
        let ids: Vec<&str> = area
            .features
            .iter()
            .flat_map(|f| f.rules.iter())
            .flat_map(|r| r.scenarios.iter().map(|s| s.id.as_str()))
            .collect();
        rows.push(MatrixRow {
            kind: "area",
            title: area.name.clone(),
            link: area.page.clone(),
            scenarios: ids.len(),
            cells: cells(ids.iter().copied(), columns, by_id),
        });
        for rule in area.features.iter().flat_map(|f| f.rules.iter()) {
            rows.push(MatrixRow {
                kind: "rule",
                title: rule
                    .name
                    .clone()
                    .unwrap_or_else(|| "(scenarios outside a Rule)".to_owned()),
                link: format!("{}#{}", area.page, rule.anchor),
                scenarios: rule.scenarios.len(),
                cells: rule.cells.clone(),
            });
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_say_their_status_in_words() {
        let cell = |statuses: &[&str]| {
            let mut c = Cell::default();
            for s in statuses {
                c.add(s);
            }
            c.finish()
        };
        assert_eq!(cell(&["pass", "pass"]).status, "all");
        assert_eq!(cell(&["pass", "fail", "blocked"]).label, "1/3 pass (some)");
        assert_eq!(cell(&["pass", "fail", "blocked"]).status, "some");
        assert_eq!(cell(&["pass", "fail"]).status, "most");
        assert_eq!(cell(&["fail", "blocked"]).status, "none");
        assert_eq!(cell(&["na"]).label, "n/a");
    }

    #[test]
    fn feature_descriptions_keep_their_paragraphs() {
        let text = "@trust\nFeature: F\n\n  One\n  two.\n\n  - a\n    b\n  - c\n\n  Background:\n    Given x\n";
        assert_eq!(paragraphs(text, 2), ["One two.", "- a b", "- c"]);
    }

    #[test]
    fn doc_strings_that_are_json_are_pretty_printed() {
        assert_eq!(pretty_json(r#"{"a":[1]}"#), "{\n  \"a\": [\n    1\n  ]\n}");
        assert_eq!(pretty_json(" not json "), "not json");
    }
}
