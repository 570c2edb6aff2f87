//! Checks on the specification itself, without a target: every scenario has a
//! unique id and an area tag, and every action a scenario calls is in the
//! action table.

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
                        ACTIONS.contains(&&c[1]),
                        "{}:{}: {:?} is not in the action table (src/actions.rs)",
                        file.display(),
                        step.position.line,
                        &c[1]
                    );
                }
            }
        }
    }
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
