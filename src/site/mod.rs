//! `--site DIR`: the IAM role handbook, a static site made from `features/`
//! and the reports of target runs. An index with the conformance matrix, one
//! page per area (the specification as readable Gherkin, with each target's
//! verdict per scenario) and one per target run; plus `matrix.json`. No server,
//! no script, nothing fetched: it opens from `file://` as it is.

pub mod model;
pub mod reports;
pub mod style;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use cucumber::feature::Ext as _;
use cucumber::gherkin::{self, GherkinEnv};
use minijinja::Environment;
use minijinja::value::Serde;

use crate::spec::Catalog;

/// What a generation wrote, for the terminal.
#[derive(Debug)]
pub struct Written {
    pub pages: Vec<PathBuf>,
    pub reports: usize,
}

pub fn generate(root: &Path, features: &Path, reports_dir: &Path, out: &Path) -> Result<Written> {
    let catalog = Catalog::load(root, features)?;
    // Hunts run no scenario: their findings show on their target's page.
    let (hunts, loaded): (Vec<_>, Vec<_>) = reports::load_all(reports_dir)?
        .into_iter()
        .partition(|l| l.report.hunt.is_some());
    let parsed = parse_features(root, &catalog)?;
    let site = model::build(&parsed, &catalog.by_key(), &loaded);
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let env = environment()?;
    let mut pages = Vec::new();
    let mut write = |name: &str, text: String| -> Result<()> {
        let file = out.join(name);
        std::fs::write(&file, text).with_context(|| format!("writing {}", file.display()))?;
        pages.push(file);
        Ok(())
    };
    let site_value = Serde(&site);
    write(
        "index.html",
        env.get_template("index.html")?
            .render(minijinja::context! { site => site_value })?,
    )?;
    for area in &site.areas {
        write(
            &area.page,
            env.get_template("area.html")?.render(minijinja::context! {
                site => site_value, area => Serde(area)
            })?,
        )?;
    }
    for (column, l) in site.columns.iter().zip(&loaded) {
        // The latest hunt of the same target, if any.
        let hunt = hunts
            .iter()
            .filter(|h| h.report.target.name == l.report.target.name)
            .max_by(|a, b| a.report.started_at.cmp(&b.report.started_at))
            .and_then(|h| h.report.hunt.as_ref());
        write(
            &format!("target-{}.html", column.key),
            env.get_template("target.html")?
                .render(minijinja::context! {
                    site => site_value, column => Serde(column), report => Serde(&l.report),
                    hunt => Serde(hunt)
                })?,
        )?;
    }
    write(
        "style.css",
        format!("{}{}", style::CSS, style::status_css()),
    )?;
    write("matrix.json", matrix_json(&site)?)?;
    Ok(Written {
        pages,
        reports: loaded.len(),
    })
}

fn environment() -> Result<Environment<'static>> {
    let mut env = Environment::new();
    env.add_template("base.html", include_str!("templates/base.html"))?;
    env.add_template("index.html", include_str!("templates/index.html"))?;
    env.add_template("area.html", include_str!("templates/area.html"))?;
    env.add_template("target.html", include_str!("templates/target.html"))?;
    Ok(env)
}

/// Every feature file of the catalog, parsed again with its outlines expanded,
/// so that each scenario shows with its own values and id.
fn parse_features(root: &Path, catalog: &Catalog) -> Result<Vec<model::Parsed>> {
    let mut paths: Vec<&str> = catalog
        .scenarios
        .iter()
        .map(|s| s.feature.as_str())
        .collect();
    paths.dedup();
    paths
        .into_iter()
        .map(|path| {
            let file = root.join(path);
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let feature = gherkin::Feature::parse(&text, GherkinEnv::default())
                .with_context(|| format!("cannot parse {}", file.display()))?
                .expand_examples()
                .with_context(|| format!("cannot expand the examples of {}", file.display()))?;
            Ok(model::Parsed {
                path: path.to_owned(),
                feature,
                text,
            })
        })
        .collect()
}

/// Rule × target → counts and statuses, for tools.
fn matrix_json(site: &model::Site) -> Result<String> {
    let targets: Vec<serde_json::Value> = site
        .columns
        .iter()
        .map(|c| {
            serde_json::json!({
                "key": c.key, "name": c.name, "version": c.version, "launch": c.launch,
                "run_id": c.run_id, "date": c.date, "headline": c.headline, "enforcing": c.enforcing,
                "report": c.report_file,
            })
        })
        .collect();
    let rows: Vec<serde_json::Value> = site
        .matrix
        .iter()
        .map(|row| {
            let cells: serde_json::Map<String, serde_json::Value> = site
                .columns
                .iter()
                .zip(&row.cells)
                .map(|(c, cell)| {
                    (
                        c.key.clone(),
                        serde_json::json!({
                            "passed": cell.passed, "failed": cell.failed, "blocked": cell.blocked,
                            "not_applicable": cell.not_applicable, "run": cell.run, "status": cell.status,
                        }),
                    )
                })
                .collect();
            serde_json::json!({
                "kind": row.kind, "title": row.title, "link": row.link,
                "scenarios": row.scenarios, "cells": cells,
            })
        })
        .collect();
    let json = serde_json::json!({ "schema_version": 1, "targets": targets, "rows": rows });
    Ok(serde_json::to_string_pretty(&json)? + "\n")
}
