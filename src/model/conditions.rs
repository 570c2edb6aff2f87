//! The `Condition` element: operators, keys and values.
//!
//! AWS IAM User Guide, "IAM JSON policy elements: Condition operators" and
//! "Creating a condition with multiple keys or values":
//! - several operators, and several keys under one operator, must all hold (AND);
//! - several values for one key: any one may match (OR);
//! - a key the request lacks makes the condition false, except for the
//!   negated operators (`StringNotEquals`, `ArnNotLike`, …), which are true,
//!   `…IfExists`, which is true, and `Null`, which tests exactly that;
//! - `ForAllValues:` is true when every value of the request's key matches
//!   (and when the key is missing or empty); `ForAnyValue:` when at least one
//!   does (false when the key is missing).

use serde_json::Value as Json;

use super::NotCovered;
use super::context::{Context, Value};
use super::matching::{Pattern, arn_like};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    StringEquals,
    StringEqualsIgnoreCase,
    StringLike,
    Numeric(Compare),
    Date(Compare),
    Bool,
    ArnLike,
    Null,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compare {
    Equals,
    LessThan,
    LessThanEquals,
    GreaterThan,
    GreaterThanEquals,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetOperator {
    ForAllValues,
    ForAnyValue,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    /// As written, for reasons: `StringEquals`.
    pub operator: String,
    pub family: Family,
    /// `…Not…`: true when no value matches.
    pub negated: bool,
    pub if_exists: bool,
    pub set: Option<SetOperator>,
    pub key: String,
    pub values: Vec<String>,
}

pub fn parse_block(block: &Json) -> Result<Vec<Condition>, NotCovered> {
    let operators = block
        .as_object()
        .ok_or_else(|| NotCovered::new("a Condition that is not an object"))?;
    let mut out = Vec::new();
    for (operator, keys) in operators {
        let keys = keys
            .as_object()
            .ok_or_else(|| NotCovered::new(format!("{operator} without keys")))?;
        for (key, values) in keys {
            out.push(parse_one(operator, key, values)?);
        }
    }
    Ok(out)
}

fn parse_one(operator: &str, key: &str, values: &Json) -> Result<Condition, NotCovered> {
    let (set, rest) = if let Some(rest) = operator.strip_prefix("ForAllValues:") {
        (Some(SetOperator::ForAllValues), rest)
    } else if let Some(rest) = operator.strip_prefix("ForAnyValue:") {
        (Some(SetOperator::ForAnyValue), rest)
    } else {
        (None, operator)
    };
    let (if_exists, base) = match rest.strip_suffix("IfExists") {
        Some(base) => (true, base),
        None => (false, rest),
    };
    let (family, negated) = family_of(base)
        .ok_or_else(|| NotCovered::new(format!("the condition operator {operator}")))?;
    let values = match values {
        Json::Array(items) => items.iter().map(scalar).collect::<Result<_, _>>()?,
        single => vec![scalar(single)?],
    };
    Ok(Condition {
        operator: operator.to_owned(),
        family,
        negated,
        if_exists,
        set,
        key: key.to_owned(),
        values,
    })
}

fn scalar(value: &Json) -> Result<String, NotCovered> {
    match value {
        Json::String(s) => Ok(s.clone()),
        Json::Bool(b) => Ok(b.to_string()),
        Json::Number(n) => Ok(n.to_string()),
        other => Err(NotCovered::new(format!("a condition value {other}"))),
    }
}

fn family_of(base: &str) -> Option<(Family, bool)> {
    use Compare::*;
    Some(match base {
        "StringEquals" => (Family::StringEquals, false),
        "StringNotEquals" => (Family::StringEquals, true),
        "StringEqualsIgnoreCase" => (Family::StringEqualsIgnoreCase, false),
        "StringNotEqualsIgnoreCase" => (Family::StringEqualsIgnoreCase, true),
        "StringLike" => (Family::StringLike, false),
        "StringNotLike" => (Family::StringLike, true),
        "NumericEquals" => (Family::Numeric(Equals), false),
        "NumericNotEquals" => (Family::Numeric(Equals), true),
        "NumericLessThan" => (Family::Numeric(LessThan), false),
        "NumericLessThanEquals" => (Family::Numeric(LessThanEquals), false),
        "NumericGreaterThan" => (Family::Numeric(GreaterThan), false),
        "NumericGreaterThanEquals" => (Family::Numeric(GreaterThanEquals), false),
        "DateEquals" => (Family::Date(Equals), false),
        "DateNotEquals" => (Family::Date(Equals), true),
        "DateLessThan" => (Family::Date(LessThan), false),
        "DateLessThanEquals" => (Family::Date(LessThanEquals), false),
        "DateGreaterThan" => (Family::Date(GreaterThan), false),
        "DateGreaterThanEquals" => (Family::Date(GreaterThanEquals), false),
        "Bool" => (Family::Bool, false),
        "ArnEquals" | "ArnLike" => (Family::ArnLike, false),
        "ArnNotEquals" | "ArnNotLike" => (Family::ArnLike, true),
        "Null" => (Family::Null, false),
        _ => return None,
    })
}

impl Condition {
    /// Whether the condition holds for the request. `variables`: the policy
    /// is 2012-10-17, so values may hold policy variables.
    pub fn holds(&self, context: &Context, variables: bool) -> Result<bool, NotCovered> {
        let value = context.get(&self.key)?;
        if self.family == Family::Null {
            let wants_absent = match self.values.as_slice() {
                [v] if v.eq_ignore_ascii_case("true") => true,
                [v] if v.eq_ignore_ascii_case("false") => false,
                _ => return Err(NotCovered::new(format!("Null with {:?}", self.values))),
            };
            let absent = match value {
                None => true,
                Some(Value::Multi(items)) => items.is_empty(),
                Some(_) => false,
            };
            return Ok(absent == wants_absent);
        }
        let request_values: Vec<&str> = match value {
            None => Vec::new(),
            Some(Value::Single(v)) => vec![v.as_str()],
            Some(Value::Multi(items)) => items.iter().map(String::as_str).collect(),
            Some(Value::Unknown) => unreachable!("Context::get refuses unknown values"),
        };
        match self.set {
            Some(SetOperator::ForAllValues) => {
                for v in &request_values {
                    if !self.one_value_holds(v, context, variables)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            Some(SetOperator::ForAnyValue) => {
                for v in &request_values {
                    if self.one_value_holds(v, context, variables)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            None => match (value, request_values.as_slice()) {
                (None, _) => Ok(self.if_exists || self.negated),
                (Some(Value::Multi(_)), _) => Err(NotCovered::new(format!(
                    "{} on the multivalued key {} without ForAllValues or ForAnyValue",
                    self.operator, self.key
                ))),
                (_, [v]) => self.one_value_holds(v, context, variables),
                _ => unreachable!("a single value"),
            },
        }
    }

    /// For one value of the request's key: any policy value matches, or
    /// (negated) none does.
    fn one_value_holds(
        &self,
        request: &str,
        context: &Context,
        variables: bool,
    ) -> Result<bool, NotCovered> {
        let mut any = false;
        for policy_value in &self.values {
            if self.matches(request, policy_value, context, variables)? {
                any = true;
                break;
            }
        }
        Ok(any != self.negated)
    }

    fn matches(
        &self,
        request: &str,
        policy_value: &str,
        context: &Context,
        variables: bool,
    ) -> Result<bool, NotCovered> {
        // Variables are replaced in the String and Arn operators' values.
        let substituted = |wildcards: bool| -> Result<Option<Pattern>, NotCovered> {
            if wildcards {
                super::policy::with_variables(policy_value, variables, context)
            } else {
                Ok(
                    super::policy::with_variables(policy_value, variables, context)?
                        .map(|p| exact(&p)),
                )
            }
        };
        Ok(match self.family {
            Family::StringEquals => substituted(false)?.is_some_and(|p| p.matches(request)),
            Family::StringEqualsIgnoreCase => {
                substituted(false)?.is_some_and(|p| p.matches_ignoring_case(request))
            }
            Family::StringLike => substituted(true)?.is_some_and(|p| p.matches(request)),
            Family::ArnLike => substituted(true)?.is_some_and(|p| arn_like(&p, request)),
            Family::Bool => {
                let r = request
                    .parse::<bool>()
                    .map_err(|_| not_a("Bool", request))?;
                policy_value.eq_ignore_ascii_case(&r.to_string())
            }
            Family::Numeric(compare) => {
                let r: f64 = request.parse().map_err(|_| not_a("number", request))?;
                let p: f64 = policy_value
                    .parse()
                    .map_err(|_| not_a("number", policy_value))?;
                compared(compare, r.partial_cmp(&p))
            }
            Family::Date(compare) => {
                let r = seconds(request)?;
                let p = seconds(policy_value)?;
                compared(compare, r.partial_cmp(&p))
            }
            Family::Null => unreachable!("handled in holds"),
        })
    }
}

/// A pattern whose wildcards are plain characters (the `…Equals` operators).
fn exact(p: &Pattern) -> Pattern {
    use super::matching::Piece;
    Pattern {
        pieces: p
            .pieces
            .iter()
            .map(|piece| match piece {
                Piece::Star => Piece::Char('*'),
                Piece::Question => Piece::Char('?'),
                c => *c,
            })
            .collect(),
    }
}

fn compared(compare: Compare, ordering: Option<std::cmp::Ordering>) -> bool {
    use std::cmp::Ordering::*;
    match (compare, ordering) {
        (_, None) => false,
        (Compare::Equals, Some(o)) => o == Equal,
        (Compare::LessThan, Some(o)) => o == Less,
        (Compare::LessThanEquals, Some(o)) => o != Greater,
        (Compare::GreaterThan, Some(o)) => o == Greater,
        (Compare::GreaterThanEquals, Some(o)) => o != Less,
    }
}

fn not_a(what: &str, value: &str) -> NotCovered {
    NotCovered::new(format!("{value:?} compared as a {what}"))
}

/// A date as AWS writes it in conditions (ISO 8601, or seconds since the epoch).
fn seconds(text: &str) -> Result<f64, NotCovered> {
    if let Ok(epoch) = text.parse::<f64>() {
        return Ok(epoch);
    }
    let full = if text.len() == 10 {
        format!("{text}T00:00:00Z")
    } else {
        text.to_owned()
    };
    humantime::parse_rfc3339_weak(full.trim_end_matches('Z'))
        .map_err(|_| not_a("date", text))?
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .map_err(|_| not_a("date", text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn condition(block: &str) -> Condition {
        parse_block(&serde_json::from_str(block).unwrap())
            .unwrap()
            .remove(0)
    }

    fn context() -> Context {
        let mut c = Context::user_for_tests("Jill");
        c.set_single("aws:PrincipalTag/team", "red");
        c.set(
            "aws:TagKeys",
            Value::Multi(vec!["team".into(), "cost".into()]),
        );
        c.set_single("aws:EpochTime", "1700000000");
        c.set_single("aws:CurrentTime", "2023-11-14T22:13:20Z");
        c
    }

    fn holds(block: &str) -> bool {
        condition(block).holds(&context(), true).unwrap()
    }

    #[test]
    fn strings_and_missing_keys() {
        assert!(holds(
            r#"{"StringEquals": {"aws:username": ["Bob", "Jill"]}}"#
        ));
        assert!(!holds(r#"{"StringEquals": {"aws:username": "jill"}}"#));
        assert!(holds(
            r#"{"StringEqualsIgnoreCase": {"aws:username": "jill"}}"#
        ));
        assert!(holds(
            r#"{"StringLike": {"aws:PrincipalArn": "arn:aws:iam::*:user/J*"}}"#
        ));
        assert!(!holds(r#"{"StringEquals": {"aws:username": "J*"}}"#));
        // A missing key: false, but true for a negated operator and for IfExists.
        assert!(!holds(r#"{"StringEquals": {"aws:SourceIdentity": "x"}}"#));
        assert!(holds(r#"{"StringNotEquals": {"aws:SourceIdentity": "x"}}"#));
        assert!(holds(
            r#"{"StringEqualsIfExists": {"aws:SourceIdentity": "x"}}"#
        ));
        assert!(holds(r#"{"Null": {"aws:SourceIdentity": "true"}}"#));
        assert!(!holds(r#"{"Null": {"aws:username": "true"}}"#));
        assert!(holds(
            r#"{"StringEquals": {"aws:PrincipalTag/team": "${aws:PrincipalTag/team}"}}"#
        ));
    }

    #[test]
    fn set_operators() {
        assert!(holds(
            r#"{"ForAllValues:StringEquals": {"aws:TagKeys": ["team", "cost", "x"]}}"#
        ));
        assert!(!holds(
            r#"{"ForAllValues:StringEquals": {"aws:TagKeys": ["team"]}}"#
        ));
        assert!(holds(
            r#"{"ForAnyValue:StringEquals": {"aws:TagKeys": ["team"]}}"#
        ));
        // A missing key: ForAllValues true, ForAnyValue false.
        assert!(holds(
            r#"{"ForAllValues:StringEquals": {"aws:RequestTag/x": "y"}}"#
        ));
        assert!(!holds(
            r#"{"ForAnyValue:StringEquals": {"aws:RequestTag/x": "y"}}"#
        ));
        let single_on_multi = condition(r#"{"StringEquals": {"aws:TagKeys": "team"}}"#);
        assert!(single_on_multi.holds(&context(), true).is_err());
    }

    #[test]
    fn numbers_dates_booleans_arns() {
        assert!(holds(
            r#"{"NumericGreaterThan": {"aws:EpochTime": 1600000000}}"#
        ));
        assert!(!holds(
            r#"{"NumericLessThan": {"aws:EpochTime": "1600000000"}}"#
        ));
        assert!(holds(
            r#"{"DateGreaterThan": {"aws:CurrentTime": "2020-01-01T00:00:00Z"}}"#
        ));
        assert!(holds(
            r#"{"DateLessThan": {"aws:CurrentTime": "2030-01-01"}}"#
        ));
        assert!(holds(
            r#"{"DateGreaterThan": {"aws:EpochTime": "2020-01-01T00:00:00Z"}}"#
        ));
        assert!(holds(r#"{"Bool": {"aws:SecureTransport": "true"}}"#));
        assert!(!holds(r#"{"Bool": {"aws:SecureTransport": false}}"#));
        assert!(!holds(
            r#"{"Bool": {"aws:MultiFactorAuthPresent": "false"}}"#
        ));
        assert!(holds(
            r#"{"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}"#
        ));
        assert!(holds(
            r#"{"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*:user/*"}}"#
        ));
        assert!(holds(
            r#"{"ArnNotEquals": {"aws:PrincipalArn": "arn:aws:iam::1:user/Jill"}}"#
        ));
        assert!(
            parse_block(&serde_json::json!({"IpAddress": {"aws:SourceIp": "1.2.3.4"}})).is_err()
        );
    }
}
