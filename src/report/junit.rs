//! `junit.xml`: one test case per scenario, judged against the expectations:
//! an expected failure or a scenario that does not apply is `skipped`, an
//! unexpected result is a `failure`.

use quick_xml::Writer;
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};

use super::{Report, Status};

pub fn render(report: &Report) -> String {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    let failures = report.summary.unexpected_failures + report.summary.unexpected_passes;
    let skipped = report.summary.expected_failures + report.summary.not_applicable;
    let suite_name = format!("iam-conformance {}", report.target.name);
    let mut suite = BytesStart::new("testsuite");
    suite.push_attribute(("name", suite_name.as_str()));
    suite.push_attribute(("tests", report.summary.total.to_string().as_str()));
    suite.push_attribute(("failures", failures.to_string().as_str()));
    suite.push_attribute(("skipped", skipped.to_string().as_str()));
    suite.push_attribute(("time", seconds(report.duration_ms).as_str()));
    let mut suites = BytesStart::new("testsuites");
    suites.push_attribute(("name", "iam-conformance"));
    write(&mut w, Event::Start(suites));
    write(&mut w, Event::Start(suite));
    for r in &report.scenarios {
        let name = format!("{} — {}", r.id, r.name);
        let mut case = BytesStart::new("testcase");
        case.push_attribute(("classname", r.feature.as_str()));
        case.push_attribute(("name", name.as_str()));
        case.push_attribute(("time", seconds(r.duration_ms).as_str()));
        write(&mut w, Event::Start(case));
        let reason = r.reason.as_deref().unwrap_or("");
        match (r.status, r.as_expected()) {
            (Status::NotRun, _) => element(
                &mut w,
                "skipped",
                "not run: the run stopped before this scenario",
                None,
            ),
            (Status::Na, _) => element(
                &mut w,
                "skipped",
                &format!("not applicable: {reason}"),
                None,
            ),
            (Status::Fail | Status::Blocked, true) => element(
                &mut w,
                "skipped",
                &format!("expected {}: {reason}", expected_word(r.status)),
                None,
            ),
            (Status::Pass, false) => element(
                &mut w,
                "failure",
                &format!("passed unexpectedly; the expectations file says: {reason}"),
                None,
            ),
            (Status::Fail | Status::Blocked, false) => {
                let (step, message) = r
                    .failure
                    .as_ref()
                    .map(|f| (f.step.as_str(), f.message.as_str()))
                    .unwrap_or_default();
                let pinned = r
                    .expected_step
                    .as_ref()
                    .map(|p| format!(" (expected to stop at: {p})"))
                    .unwrap_or_default();
                element(
                    &mut w,
                    "failure",
                    &format!("{} at: {step}{pinned}", verdict_word(r.status)),
                    Some(message),
                );
            }
            (Status::Pass, true) => {}
        }
        write(&mut w, Event::End(BytesEnd::new("testcase")));
    }
    write(&mut w, Event::End(BytesEnd::new("testsuite")));
    write(&mut w, Event::End(BytesEnd::new("testsuites")));
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.push_str(&String::from_utf8(w.into_inner()).expect("quick-xml writes UTF-8"));
    xml.push('\n');
    xml
}

fn expected_word(status: Status) -> &'static str {
    if status == Status::Blocked {
        "blocked"
    } else {
        "failure"
    }
}

fn verdict_word(status: Status) -> &'static str {
    if status == Status::Blocked {
        "blocked"
    } else {
        "failed"
    }
}

fn element(w: &mut Writer<Vec<u8>>, tag: &str, message: &str, body: Option<&str>) {
    let mut start = BytesStart::new(tag);
    start.push_attribute(("message", message));
    match body {
        None => write(w, Event::Empty(start)),
        Some(text) => {
            write(w, Event::Start(start));
            write(w, Event::Text(BytesText::new(text)));
            write(w, Event::End(BytesEnd::new(tag)));
        }
    }
}

fn write(w: &mut Writer<Vec<u8>>, event: Event<'_>) {
    w.write_event(event)
        .expect("writing XML to memory cannot fail");
}

fn seconds(ms: u64) -> String {
    format!("{:.3}", ms as f64 / 1000.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::sample_report;

    #[test]
    fn judges_against_expectations_and_escapes() {
        let xml = render(&sample_report());
        assert!(
            xml.contains(r#"tests="5" failures="2" skipped="2""#),
            "{xml}"
        );
        assert!(
            xml.contains(
                r#"<skipped message="expected failure: known gap &lt;x&gt; &amp; &quot;y&quot;"/>"#
            ),
            "{xml}"
        );
        assert!(xml.contains(r#"<failure message="failed at: Then the call is denied">expected AccessDenied, got success</failure>"#));
        assert!(xml.contains("passed unexpectedly"));
        assert!(xml.contains("not applicable: the target lacks: second-account"));
        let mut reader = quick_xml::Reader::from_str(&xml);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("junit.xml is not well-formed: {e}"),
            }
        }
    }
}
