//! `report.md`: the canary headline, what would move the most scenarios, the
//! counts, every scenario, and what failed or was blocked.

use std::fmt::Write as _;

use super::root_causes::RootCause;
use super::{Report, Status};

pub fn render(report: &Report) -> String {
    let mut md = String::new();
    let t = &report.target;
    let s = &report.summary;
    let _ = writeln!(md, "# IAM conformance: {} {}\n", t.name, t.version);
    let _ = writeln!(md, "**{}**\n", report.canary.headline);
    if !report.complete {
        let _ = writeln!(
            md,
            "> **Incomplete run**: {}. {} selected scenarios did not run (`not_run`).\n",
            report.stopped.as_deref().unwrap_or("stopped early"),
            s.not_run
        );
    }
    if let Some(mismatch) = &report.canary_mismatch {
        let _ = writeln!(
            md,
            "> Canary verdict differs from the expectations file: {mismatch}\n"
        );
    }
    let verdict = if report.succeeded() {
        "as expected"
    } else {
        "NOT as expected"
    };
    let _ = writeln!(
        md,
        "Run `{}` started {} against {} (launch: {}, account {}), {} ms. Result: **{verdict}**.\n",
        report.run_id, report.started_at, t.endpoint, t.launch, t.account, report.duration_ms
    );
    if let Some(hunted) = &report.hunt {
        // A hunt runs no scenario of the specification: its worlds are the report.
        md.push_str(&crate::hunt::findings::markdown(hunted));
        return md;
    }
    causes_table(&mut md, &report.root_causes);
    let _ = writeln!(md, "## Counts\n");
    let _ = writeln!(
        md,
        "| total | passed | failed | blocked | n/a | failed or blocked as expected | unexpected failures | unexpected passes |"
    );
    let _ = writeln!(md, "|---|---|---|---|---|---|---|---|");
    let _ = writeln!(
        md,
        "| {} | {} | {} | {} | {} | {} | {} | {} |\n",
        s.total,
        s.passed,
        s.failed,
        s.blocked,
        s.not_applicable,
        s.expected_failures,
        s.unexpected_failures,
        s.unexpected_passes
    );
    if let Some(file) = &report.expectations_file {
        let _ = writeln!(md, "Expectations: `{file}`.\n");
    }

    model_section(&mut md, report);
    let _ = writeln!(md, "## Canary\n");
    let _ = writeln!(md, "| check | expected | observed | held |");
    let _ = writeln!(md, "|---|---|---|---|");
    for c in &report.canary.checks {
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} |",
            cell(&c.check),
            cell(&c.expected),
            cell(&c.observed),
            c.held
        );
    }

    let _ = writeln!(md, "\n## Scenarios\n");
    let _ = writeln!(md, "| id | scenario | status | expected | ms |");
    let _ = writeln!(md, "|---|---|---|---|---|");
    for r in &report.scenarios {
        let mark = if r.as_expected() { "" } else { " ⚠" };
        let _ = writeln!(
            md,
            "| `{}` | {} | {}{mark} | {} | {} |",
            r.id,
            cell(&r.name),
            r.status.as_str(),
            r.expected.as_str(),
            r.duration_ms
        );
    }

    let unexpected: Vec<_> = report.unexpected().collect();
    if !unexpected.is_empty() {
        let _ = writeln!(md, "\n## Not as expected\n");
        for r in unexpected {
            let _ = writeln!(md, "### `{}` — {}\n", r.id, r.name);
            let _ = writeln!(md, "{}:  ", r.feature);
            match (r.status, &r.failure) {
                (Status::Fail | Status::Blocked, Some(f)) => {
                    if let Some(pinned) = r.expected_step.as_ref().filter(|_| r.failed_elsewhere())
                    {
                        let _ = writeln!(
                            md,
                            "expected to be {} at `{pinned}`, but ",
                            r.expected.as_str()
                        );
                    }
                    let verb = if r.status == Status::Blocked {
                        "blocked at the precondition"
                    } else {
                        "failed at step"
                    };
                    let answered = f
                        .answer
                        .as_ref()
                        .map(|a| format!(" (the target answered {a})"))
                        .unwrap_or_default();
                    let _ = writeln!(
                        md,
                        "{verb} `{}`{answered}\n\n```\n{}\n```\n",
                        f.step, f.message
                    );
                    if let Some(note) = decided_by_note(r) {
                        let _ = writeln!(md, "{note}\n");
                    }
                }
                (Status::Pass, _) => {
                    let reason = r.reason.as_deref().unwrap_or("");
                    let _ = writeln!(
                        md,
                        "passed, but the expectations file says it fails ({reason}). If the target was fixed, remove the entry.\n"
                    );
                }
                _ => {}
            }
        }
    }

    let mut waits: Vec<(&str, &super::Wait)> = report
        .scenarios
        .iter()
        .flat_map(|r| r.waits.iter().map(move |w| (r.id.as_str(), w)))
        .collect();
    if !waits.is_empty() {
        waits.sort_by_key(|(_, w)| std::cmp::Reverse(w.waited_ms));
        let _ = writeln!(md, "\n## Slowest to hold (eventual consistency)\n");
        let _ = writeln!(md, "| scenario | assertion | waited ms | attempts | held |");
        let _ = writeln!(md, "|---|---|---|---|---|");
        for (id, w) in waits.iter().take(10) {
            let _ = writeln!(
                md,
                "| `{id}` | {} | {} | {} | {} |",
                cell(&w.assertion),
                w.waited_ms,
                w.attempts,
                w.held
            );
        }
    }

    let expected_failures: Vec<_> = report
        .scenarios
        .iter()
        .filter(|r| r.status.is_not_passing() && r.as_expected())
        .collect();
    if !expected_failures.is_empty() {
        let _ = writeln!(
            md,
            "\n## Known divergences (failed or blocked as expected)\n"
        );
        for r in expected_failures {
            let reason = r.reason.as_deref().unwrap_or("");
            let verb = if r.status == Status::Blocked {
                "blocked at"
            } else {
                "failed at"
            };
            let at = r
                .failure
                .as_ref()
                .map(|f| format!(" — {verb} `{}`", f.step))
                .unwrap_or_default();
            let _ = writeln!(md, "- `{}`: {}{at}", r.id, cell(reason));
            if let Some(note) = decided_by_note(r) {
                let _ = writeln!(md, "  - {}", cell(&note));
            }
        }
    }
    md
}

/// The reference evaluator against the scenarios' expectations: the counts,
/// every disagreement (each fails the run), and the verdicts decided by
/// another rule than the scenario's own.
fn model_section(md: &mut String, report: &Report) {
    let m = &report.model;
    let _ = writeln!(md, "## Reference evaluator\n");
    let _ = writeln!(
        md,
        "The model (`src/model/`) judged {} of the {} calls whose outcome a step asserts: it agrees with {}, disagrees with {}; {} it does not cover.\n",
        m.agrees + m.disagrees,
        m.checks,
        m.agrees,
        m.disagrees,
        m.not_covered
    );
    for id in &m.disagreeing {
        let Some(r) = report.scenarios.iter().find(|r| &r.id == id) else {
            continue;
        };
        let _ = writeln!(md, "- **disagrees** `{id}`:");
        for c in r.model.iter().flat_map(|m| &m.checks) {
            if c.result == super::model_checks::Agreement::Disagrees
                && let Some(d) = &c.decision
            {
                let _ = writeln!(
                    md,
                    "  - {}: the scenario expects {:?}, the model says {}",
                    c.call,
                    c.expected,
                    cell(&d.explain())
                );
            }
        }
    }
    let _ = writeln!(
        md,
        "\nVerdicts decided by another rule than the scenario's own (the call where a failed or blocked scenario stopped was decided, by the model, by a rule its `Rule:` title does not name): **{}**{}\n",
        m.decided_by_another_rule.len(),
        if m.decided_by_another_rule.is_empty() {
            String::new()
        } else {
            format!(
                ": {}",
                m.decided_by_another_rule
                    .iter()
                    .map(|id| format!("`{id}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
    );
}

/// What the model says of the call where a scenario stopped.
fn decided_by_note(r: &super::ScenarioReport) -> Option<String> {
    let d = r.decided_by.as_ref()?;
    let other = if d.another_rule {
        format!(
            " — **decided by another rule** ({}); this scenario is about {}",
            d.rules.join(", "),
            d.own_rules.join(", ")
        )
    } else {
        String::new()
    };
    Some(format!(
        "The model, on {}: {}{other}",
        d.call, d.explanation
    ))
}

/// The few lines a CI dashboard shows (GitHub's job summary): the headline,
/// the counts and the top causes.
pub fn step_summary(report: &Report) -> String {
    let mut md = String::new();
    let t = &report.target;
    let s = &report.summary;
    let verdict = if report.succeeded() {
        "every scenario as expected"
    } else {
        "NOT as expected"
    };
    let _ = writeln!(
        md,
        "### IAM conformance: {} {} ({})\n",
        t.name, t.version, t.launch
    );
    let _ = writeln!(md, "**{}** — {verdict}\n", report.canary.headline);
    let _ = writeln!(
        md,
        "| passed | failed | blocked | n/a | as expected | unexpected failures | unexpected passes |\n|---|---|---|---|---|---|---|\n| {} | {} | {} | {} | {} | {} | {} |\n",
        s.passed,
        s.failed,
        s.blocked,
        s.not_applicable,
        s.expected_failures,
        s.unexpected_failures,
        s.unexpected_passes
    );
    if !report.root_causes.is_empty() {
        let _ = writeln!(md, "Top causes:\n");
        for c in report.root_causes.iter().take(5) {
            let _ = writeln!(
                md,
                "- {}",
                cell(&cause_line(c).trim_start().replace('`', ""))
            );
        }
        let _ = writeln!(md);
    }
    md
}

/// "What would move the most scenarios": the ranked root causes, first of all.
fn causes_table(md: &mut String, causes: &[RootCause]) {
    if causes.is_empty() {
        return;
    }
    let _ = writeln!(md, "## What would move the most scenarios\n");
    let _ = writeln!(
        md,
        "Scenarios that did not pass, grouped by the step that stopped them and what the target answered there.\n"
    );
    let _ = writeln!(
        md,
        "| scenarios | verdict | step | the target answered | for example |"
    );
    let _ = writeln!(md, "|---|---|---|---|---|");
    for c in causes.iter().take(TOP_CAUSES) {
        let answered = c
            .answer
            .as_ref()
            .map_or_else(|| "(no call)".to_owned(), ToString::to_string);
        let _ = writeln!(
            md,
            "| {} | {} | `{}` | {} | {} |",
            c.count,
            c.verdict.as_str(),
            cell(&c.step),
            cell(&answered),
            cell(&c.example)
        );
    }
    if causes.len() > TOP_CAUSES {
        let _ = writeln!(
            md,
            "\n{} more causes in report.json (`root_causes`).",
            causes.len() - TOP_CAUSES
        );
    }
    let _ = writeln!(md);
}

const TOP_CAUSES: usize = 15;

/// One cause on one line, for the terminal.
pub fn cause_line(c: &RootCause) -> String {
    let answered = c
        .answer
        .as_ref()
        .map_or_else(|| "no call".to_owned(), ToString::to_string);
    format!(
        "{:>4} {:<7} at `{}` — {answered}",
        c.count,
        c.verdict.as_str(),
        c.step
    )
}

/// Keeps a value inside one Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::sample_report;

    #[test]
    fn shows_headline_counts_table_and_failures() {
        let md = render(&sample_report());
        assert!(md.contains("**moto: enforcing**"));
        assert!(md.contains("| 5 | 2 | 2 | 0 | 1 | 1 | 1 | 1 |"));
        let causes = md.find("## What would move the most scenarios").unwrap();
        assert!(causes < md.find("## Counts").unwrap(), "causes come first");
        assert!(md.contains(
            "| 2 | fail | `the call is denied` | (no call) | expected AccessDenied, got success |"
        ));
        assert!(
            md.contains(
                "| `s.unexpected-fail` | scenario s.unexpected-fail | fail ⚠ | pass | 12 |"
            )
        );
        assert!(md.contains("failed at step `Then the call is denied`"));
        assert!(md.contains("expected AccessDenied, got success"));
        assert!(md.contains("passed, but the expectations file says it fails (was broken)"));
        assert!(md.contains("- `s.expected-fail`: known gap"));
        assert!(md.contains("NOT as expected"));
        assert!(!md.contains("Slowest to hold"), "no waits, no section");
    }

    #[test]
    fn step_summary_has_headline_counts_and_causes() {
        let md = step_summary(&sample_report());
        assert!(md.starts_with("### IAM conformance: moto 5.2.5 (process)"));
        assert!(md.contains("**moto: enforcing** — NOT as expected"));
        assert!(md.contains("| 2 | 2 | 0 | 1 | 1 | 1 | 1 |"));
        assert!(
            md.contains("- 2 fail    at the call is denied — no call"),
            "{md}"
        );
    }

    #[test]
    fn shows_the_slowest_assertions_first() {
        let mut report = sample_report();
        let wait = |ms| crate::report::Wait {
            assertion: "iam:ListUsers Success".into(),
            waited_ms: ms,
            attempts: 3,
            held: true,
        };
        report.scenarios[0].waits = vec![wait(1500)];
        report.scenarios[1].waits = vec![wait(7500)];
        let md = render(&report);
        let slow = md
            .find("| `s.expected-fail` | iam:ListUsers Success | 7500 | 3 | true |")
            .unwrap();
        let fast = md
            .find("| `s.pass` | iam:ListUsers Success | 1500 | 3 | true |")
            .unwrap();
        assert!(md.contains("## Slowest to hold") && slow < fast);
    }
}
