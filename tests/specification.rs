//! Checks on the specification itself, without a target: every scenario has a
//! unique id that names its area, one evidence level and its source; every
//! step matches exactly one step definition; and every action a scenario calls
//! is in the action table.

use std::path::Path;

use iam_conformance::actions::ACTIONS;
use iam_conformance::spec::Catalog;

fn catalog() -> Catalog {
    Catalog::load(Path::new(env!("CARGO_MANIFEST_DIR")), Path::new("features"))
        .expect("features/ parses")
}

#[test]
fn every_scenario_has_a_unique_id_that_names_its_area() {
    let catalog = catalog();
    assert!(!catalog.scenarios.is_empty());
    for s in &catalog.scenarios {
        let area = s.id.split('.').next().unwrap_or_default();
        let folder = s.feature.split('/').nth(1).unwrap_or_default();
        assert_eq!(
            area, folder,
            "{}:{} @id:{} should start with its folder name {folder}",
            s.feature, s.line, s.id
        );
    }
}

#[test]
fn every_called_action_is_in_the_action_table() {
    use cucumber::feature::Ext as _;
    let called = regex::Regex::new(r#"calls "([^"]+)""#).unwrap();
    for file in walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("features")) {
        // Expanded, so that Scenario Outline rows are checked with their values.
        let feature = cucumber::gherkin::Feature::parse_path(&file, Default::default())
            .unwrap()
            .expand_examples()
            .unwrap();
        let scenarios = feature
            .scenarios
            .iter()
            .chain(feature.rules.iter().flat_map(|r| r.scenarios.iter()));
        for scenario in scenarios {
            for step in &scenario.steps {
                for c in called.captures_iter(&step.value) {
                    assert!(
                        ACTIONS.iter().any(|a| a.name == &c[1]),
                        "{}:{}: {:?} is not in the action table (src/actions/table.rs)",
                        file.display(),
                        step.position.line,
                        &c[1]
                    );
                }
            }
        }
    }
}

#[test]
fn every_scenario_names_the_source_of_its_evidence() {
    let unsourced: Vec<String> = catalog()
        .scenarios
        .iter()
        .filter(|s| s.source.is_none())
        .map(|s| format!("{}:{} {}", s.feature, s.line, s.id))
        .collect();
    assert!(
        unsourced.is_empty(),
        "these scenarios need a description line `Source: …` naming where their expectation of AWS comes from:\n  {}",
        unsourced.join("\n  ")
    );
}

#[test]
fn every_step_matches_exactly_one_definition() {
    use cucumber::World as _;
    use cucumber::feature::Ext as _;
    let steps = iam_conformance::world::IamWorld::collection();
    // A scenario that needs a capability no target offers is reported `na`
    // everywhere; its vocabulary arrives with the first target that has it.
    let offered: std::collections::BTreeSet<String> = iam_conformance::target::all()
        .iter()
        .flat_map(|t| t.capabilities())
        .collect();
    let runnable = |tags: &mut dyn Iterator<Item = &String>| {
        tags.filter_map(|t| t.strip_prefix("requires:"))
            .all(|c| offered.contains(c))
    };
    let mut problems = Vec::new();
    for file in walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("features")) {
        let feature = cucumber::gherkin::Feature::parse_path(&file, Default::default())
            .unwrap()
            .expand_examples()
            .unwrap();
        let top = feature.scenarios.iter().map(|s| (None, s));
        let ruled = feature
            .rules
            .iter()
            .flat_map(|r| r.scenarios.iter().map(move |s| (Some(r), s)));
        let mut to_check = Vec::new();
        for (rule, scenario) in top.chain(ruled) {
            let mut tags = feature
                .tags
                .iter()
                .chain(rule.iter().flat_map(|r| r.tags.iter()))
                .chain(&scenario.tags);
            if !runnable(&mut tags) {
                continue;
            }
            to_check.extend(feature.background.iter().flat_map(|b| &b.steps));
            to_check.extend(
                rule.and_then(|r| r.background.as_ref())
                    .into_iter()
                    .flat_map(|b| &b.steps),
            );
            to_check.extend(&scenario.steps);
        }
        // Background steps are checked once, outline rows each with their values.
        to_check.sort_by(|a, b| (a.position.line, &a.value).cmp(&(b.position.line, &b.value)));
        to_check.dedup_by(|a, b| (a.position.line, &a.value) == (b.position.line, &b.value));
        for step in to_check {
            let place = format!(
                "{}:{}: {}{}",
                file.strip_prefix(env!("CARGO_MANIFEST_DIR"))
                    .unwrap_or(&file)
                    .display(),
                step.position.line,
                step.keyword,
                step.value
            );
            match steps.find(step) {
                Ok(Some(_)) => {}
                Ok(None) => problems.push(format!(
                    "{place}\n    matches no {:?} step definition",
                    step.ty
                )),
                Err(e) => problems.push(format!(
                    "{place}\n    matches {} step definitions",
                    e.possible_matches.len()
                )),
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} steps in features/ do not match exactly one definition (docs/writing-scenarios.md lists the vocabulary):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else if path.extension().is_some_and(|e| e == "feature") {
            out.push(path);
        }
    }
    out
}

#[test]
fn every_expectations_file_reads_against_the_specification() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalog = catalog();
    let known: iam_conformance::report::expectations::KnownScenarios<'_> = catalog
        .scenarios
        .iter()
        .map(|s| (s.id.as_str(), s))
        .collect();
    let mut files = Vec::new();
    for dir in ["expectations", "expectations/negative-control"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "toml") {
                files.push(path);
            }
        }
    }
    assert!(files.len() >= 4, "{files:?}");
    for file in files {
        iam_conformance::report::Expectations::load(&file, true, &known)
            .unwrap_or_else(|e| panic!("{e:#}"));
    }
}

/// docs/writing-scenarios.md lists every action of the table, in its order,
/// with the same response fields: a new action needs its doc line.
#[test]
fn the_docs_list_every_action_with_its_fields() {
    let docs = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/writing-scenarios.md"),
    )
    .unwrap();
    let start = docs.find("<!-- actions:").expect("the docs' action list");
    let end = docs
        .find("<!-- end of actions -->")
        .expect("its end marker");
    let rows: Vec<(String, String)> = docs[start..end]
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let name = cells.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
            Some((name.to_owned(), cells.get(2)?.to_string()))
        })
        .collect();
    let names: Vec<&str> = rows.iter().map(|(n, _)| n.as_str()).collect();
    let table: Vec<&str> = ACTIONS.iter().map(|a| a.name).collect();
    assert_eq!(
        names, table,
        "docs/writing-scenarios.md's action list differs from src/actions/table.rs"
    );
    for (action, (name, fields)) in ACTIONS.iter().zip(&rows) {
        let expected = if action.fields.is_empty() {
            "—".to_owned()
        } else if action.fields.len() > 12 {
            // GetAccountSummary: the API's SummaryMap keys, too many to list.
            assert!(fields.contains("SummaryMap"), "{name}: {fields}");
            continue;
        } else {
            action.fields.join(", ")
        };
        assert_eq!(
            fields, &expected,
            "the response fields of {name} in docs/writing-scenarios.md"
        );
    }
}

/// The README names each emulator at the version the suite pins
/// (src/target/*.rs): in prose ("moto 5.2.5"), in image tags ("moto:5.2.5").
#[test]
fn the_readme_names_the_pinned_emulator_versions() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    for target in iam_conformance::target::all() {
        let Some(spec) = target.emulator() else {
            continue;
        };
        let name = regex::escape(target.name());
        let mentions =
            regex::Regex::new(&format!(r"\b{name}(?:-core)?[ :](\d+\.\d+\.\d+)\b")).unwrap();
        let versions: std::collections::BTreeSet<&str> = mentions
            .captures_iter(&readme)
            .map(|c| c.get(1).unwrap().as_str())
            .collect();
        assert!(
            versions.iter().all(|v| *v == spec.version) && !versions.is_empty(),
            "README.md names {} at {versions:?}; the suite pins {}",
            target.name(),
            spec.version
        );
    }
}
