//! `report.json`: the machine-readable contract (see README "Reading the report").

use super::Report;

pub fn render(report: &Report) -> String {
    let mut text = serde_json::to_string_pretty(report).expect("a report always serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::sample_report;

    #[test]
    fn has_the_contract_fields() {
        let value: serde_json::Value = serde_json::from_str(&render(&sample_report())).unwrap();
        for field in [
            "name",
            "version",
            "launch",
            "endpoint",
            "account",
            "enforcing",
        ] {
            assert!(value["target"].get(field).is_some(), "target.{field}");
        }
        for field in [
            "total",
            "passed",
            "failed",
            "blocked",
            "not_applicable",
            "expected_failures",
            "unexpected_failures",
            "unexpected_passes",
        ] {
            assert!(value["summary"][field].is_u64(), "summary.{field}");
        }
        let s = &value["scenarios"][2];
        assert_eq!(s["id"], "s.unexpected-fail");
        assert_eq!(s["status"], "fail");
        assert_eq!(s["expected"], "pass");
        assert_eq!(s["failure"]["step"], "Then the call is denied");
        assert_eq!(s["feature"], "features/seed/walkthrough.feature");
        assert_eq!(s["tags"][0], "@seed");
        assert_eq!(value["scenarios"][4]["status"], "na");
        assert_eq!(value["canary"]["headline"], "moto: enforcing");
        assert_eq!(value["schema_version"], crate::report::SCHEMA_VERSION);
        assert_eq!(s["evidence"], "documented");
        let cause = &value["root_causes"][0];
        assert_eq!(cause["count"], 2);
        assert_eq!(cause["verdict"], "fail");
        assert_eq!(cause["step"], "the call is denied");
        assert_eq!(cause["scenarios"][0], "s.expected-fail");
    }
}
