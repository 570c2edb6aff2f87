//! The policy language: a JSON document read into statements, and whether a
//! statement's `Action`, `Resource` and `Principal` match a request.
//!
//! AWS IAM User Guide, "IAM JSON policy element reference" (Version,
//! Statement, Effect, Action, NotAction, Resource, NotResource, Principal).

use serde_json::Value;

use super::NotCovered;
use super::context::Context;
use super::matching::{Pattern, Piece};

/// A policy document as the model reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    /// Policy variables are replaced only under `2012-10-17`; under
    /// `2008-10-17` (or no Version) `${…}` is literal text.
    /// ("IAM JSON policy elements: Version")
    pub variables: bool,
    pub statements: Vec<Statement>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    Allow,
    Deny,
}

/// A list of patterns, or every value but those (`NotAction`, `NotResource`).
#[derive(Debug, Clone, PartialEq)]
pub struct Patterns {
    pub negated: bool,
    pub values: Vec<String>,
}

/// Who a resource-based statement names.
#[derive(Debug, Clone, PartialEq)]
pub enum Principals {
    /// `"Principal": "*"`
    Anyone,
    /// `{"AWS": […], "Service": […], "Federated": […]}`: only AWS principals
    /// can be IAM users and role sessions.
    Aws(Vec<String>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// Its position in the policy, from 1, for reasons.
    pub number: usize,
    pub sid: Option<String>,
    pub effect: Effect,
    pub principal: Option<Principals>,
    /// `NotPrincipal` is not judged by the model.
    pub not_principal: bool,
    pub actions: Patterns,
    /// `None` in trust policies, which have no Resource.
    pub resources: Option<Patterns>,
    pub conditions: Vec<super::conditions::Condition>,
}

impl Policy {
    /// Reads a document that the target accepted. What the model does not
    /// read (an element it does not know) is [`NotCovered`], never guessed.
    pub fn parse(text: &str) -> Result<Self, NotCovered> {
        let doc: Value = serde_json::from_str(text)
            .map_err(|e| NotCovered::new(format!("a policy that is not JSON ({e})")))?;
        let object = doc
            .as_object()
            .ok_or_else(|| NotCovered::new("a policy that is not a JSON object"))?;
        let variables = match object.get("Version").and_then(Value::as_str) {
            Some("2012-10-17") => true,
            Some("2008-10-17") | None => false,
            Some(other) => return Err(NotCovered::new(format!("policy Version {other:?}"))),
        };
        let statements = match object.get("Statement") {
            Some(Value::Array(items)) => items.iter().collect(),
            Some(single @ Value::Object(_)) => vec![single],
            _ => return Err(NotCovered::new("a policy without a Statement")),
        };
        let statements = statements
            .into_iter()
            .enumerate()
            .map(|(i, s)| Statement::parse(i + 1, s))
            .collect::<Result<_, _>>()?;
        Ok(Self {
            variables,
            statements,
        })
    }
}

impl Statement {
    fn parse(number: usize, value: &Value) -> Result<Self, NotCovered> {
        let object = value
            .as_object()
            .ok_or_else(|| NotCovered::new("a statement that is not an object"))?;
        let effect = match object.get("Effect").and_then(Value::as_str) {
            Some("Allow") => Effect::Allow,
            Some("Deny") => Effect::Deny,
            other => return Err(NotCovered::new(format!("Effect {other:?}"))),
        };
        let actions = either(object, "Action", "NotAction")?
            .ok_or_else(|| NotCovered::new("a statement without Action"))?;
        let resources = either(object, "Resource", "NotResource")?;
        let principal = object.get("Principal").map(principals).transpose()?;
        let conditions = match object.get("Condition") {
            Some(block) => super::conditions::parse_block(block)?,
            None => Vec::new(),
        };
        Ok(Self {
            number,
            sid: object.get("Sid").and_then(Value::as_str).map(str::to_owned),
            effect,
            principal,
            not_principal: object.contains_key("NotPrincipal"),
            actions,
            resources,
            conditions,
        })
    }

    /// How reasons name it: its Sid, or its position.
    pub fn label(&self) -> String {
        match &self.sid {
            Some(sid) if !sid.is_empty() => format!("statement {sid:?}"),
            _ => format!("statement {}", self.number),
        }
    }
}

/// `Action`/`NotAction` or `Resource`/`NotResource`, as a string or a list.
fn either(
    object: &serde_json::Map<String, Value>,
    plain: &str,
    negated: &str,
) -> Result<Option<Patterns>, NotCovered> {
    match (object.get(plain), object.get(negated)) {
        (Some(v), None) => Ok(Some(Patterns {
            negated: false,
            values: strings(v)?,
        })),
        (None, Some(v)) => Ok(Some(Patterns {
            negated: true,
            values: strings(v)?,
        })),
        (None, None) => Ok(None),
        (Some(_), Some(_)) => Err(NotCovered::new(format!(
            "a statement with both {plain} and {negated}"
        ))),
    }
}

pub(super) fn strings(value: &Value) -> Result<Vec<String>, NotCovered> {
    match value {
        Value::String(s) => Ok(vec![s.clone()]),
        Value::Array(items) => items
            .iter()
            .map(|i| {
                i.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| NotCovered::new(format!("a list item {i} that is not a string")))
            })
            .collect(),
        other => Err(NotCovered::new(format!(
            "{other} where a string is expected"
        ))),
    }
}

fn principals(value: &Value) -> Result<Principals, NotCovered> {
    match value {
        Value::String(s) if s == "*" => Ok(Principals::Anyone),
        Value::Object(map) => {
            let mut aws = Vec::new();
            for (kind, names) in map {
                if kind == "AWS" {
                    aws.extend(strings(names)?);
                }
                // Service and Federated principals are never an IAM user or
                // a role session: they name nobody the model judges.
            }
            Ok(Principals::Aws(aws))
        }
        other => Err(NotCovered::new(format!("Principal {other}"))),
    }
}

/// Action names are not case-sensitive; `*` and `?` are wildcards.
/// ("IAM JSON policy elements: Action")
pub fn action_matches(patterns: &Patterns, action: &str) -> bool {
    let any = patterns
        .values
        .iter()
        .any(|p| Pattern::literal_wildcards(p).matches_ignoring_case(action));
    any != patterns.negated
}

/// ARNs are case-sensitive; `*` and `?` are wildcards; policy variables are
/// replaced (2012-10-17 only). A variable whose key the request does not
/// carry, without a default, leaves the pattern unmatched.
/// ("IAM JSON policy elements: Resource", "IAM policy elements: Variables and tags")
pub fn resource_matches(
    patterns: &Patterns,
    resource: Option<&str>,
    variables: bool,
    context: &Context,
) -> Result<bool, NotCovered> {
    let all = patterns.values.iter().any(|p| p == "*");
    if all {
        return Ok(!patterns.negated);
    }
    let resource = resource.ok_or_else(|| {
        NotCovered::new(
            "a Resource narrower than \"*\" on an action whose resource the model does not know",
        )
    })?;
    let mut any = false;
    for value in &patterns.values {
        if let Some(pattern) = with_variables(value, variables, context)?
            && pattern.matches(resource)
        {
            any = true;
        }
    }
    Ok(any != patterns.negated)
}

/// The pattern with its variables replaced; `None` if a variable has no value.
pub fn with_variables(
    text: &str,
    variables: bool,
    context: &Context,
) -> Result<Option<Pattern>, NotCovered> {
    if !variables {
        return Ok(Some(Pattern::literal_wildcards(text)));
    }
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        pieces.extend(Pattern::literal_wildcards(&rest[..start]).pieces);
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else {
            pieces.extend(Pattern::literal_wildcards(&rest[start..]).pieces);
            rest = "";
            break;
        };
        let inside = &after[..end];
        match variable_value(inside, context)? {
            Some(value) => pieces.extend(value.chars().map(Piece::Char)),
            None => return Ok(None),
        }
        rest = &after[end + 1..];
    }
    pieces.extend(Pattern::literal_wildcards(rest).pieces);
    Ok(Some(Pattern { pieces }))
}

/// `${*}`, `${?}` and `${$}` stand for the characters themselves; `${key}` for
/// the request's value of `key`, or the default after a comma (`${key, 'x'}`).
fn variable_value(inside: &str, context: &Context) -> Result<Option<String>, NotCovered> {
    match inside {
        "*" | "?" | "$" => return Ok(Some(inside.to_owned())),
        _ => {}
    }
    let (key, default) = match inside.split_once(',') {
        Some((key, default)) => {
            let default = default.trim();
            let default = default
                .strip_prefix('\'')
                .and_then(|d| d.strip_suffix('\''))
                .ok_or_else(|| NotCovered::new(format!("a variable default {default:?}")))?;
            (key.trim(), Some(default.to_owned()))
        }
        None => (inside.trim(), None),
    };
    match context.single(key)? {
        Some(value) => Ok(Some(value)),
        None => Ok(default),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::context::Context;

    fn patterns(values: &[&str]) -> Patterns {
        Patterns {
            negated: false,
            values: values.iter().map(|v| (*v).to_owned()).collect(),
        }
    }

    #[test]
    fn actions_ignore_case_and_take_wildcards() {
        // "IAM JSON policy elements: Action": "iam:listaccesskeys" is the same action.
        assert!(action_matches(
            &patterns(&["IAM:listaccesskeys"]),
            "iam:ListAccessKeys"
        ));
        assert!(action_matches(&patterns(&["iam:List*"]), "iam:ListUsers"));
        assert!(action_matches(&patterns(&["iam:?etUser"]), "iam:GetUser"));
        assert!(!action_matches(&patterns(&["iam:Get?"]), "iam:GetUser"));
        assert!(action_matches(&patterns(&["*"]), "sts:AssumeRole"));
        let not = Patterns {
            negated: true,
            values: vec!["iam:*".into()],
        };
        assert!(!action_matches(&not, "iam:ListUsers"));
        assert!(action_matches(&not, "sts:GetCallerIdentity"));
    }

    #[test]
    fn resources_are_case_sensitive_and_take_variables() {
        let ctx = Context::user_for_tests("Jill");
        let arn = "arn:aws:iam::123456789012:user/Jill";
        let p = patterns(&["arn:aws:iam::123456789012:user/${aws:username}"]);
        assert!(resource_matches(&p, Some(arn), true, &ctx).unwrap());
        assert!(
            !resource_matches(&p, Some(arn), false, &ctx).unwrap(),
            "2008-10-17: literal"
        );
        let lower = patterns(&["arn:aws:iam::123456789012:user/jill"]);
        assert!(!resource_matches(&lower, Some(arn), true, &ctx).unwrap());
        let missing = patterns(&["arn:aws:iam::123456789012:user/${aws:SourceIdentity}"]);
        assert!(!resource_matches(&missing, Some(arn), true, &ctx).unwrap());
        let defaulted = patterns(&["arn:aws:iam::123456789012:user/${aws:SourceIdentity, 'Jill'}"]);
        assert!(resource_matches(&defaulted, Some(arn), true, &ctx).unwrap());
        let star = patterns(&["arn:aws:iam::123456789012:user/J${*}"]);
        assert!(
            !resource_matches(&star, Some(arn), true, &ctx).unwrap(),
            "${{*}} is a literal *"
        );
        assert!(resource_matches(&patterns(&["*"]), None, true, &ctx).unwrap());
        assert!(
            resource_matches(
                &patterns(&["arn:aws:iam::*:user/J?ll"]),
                Some(arn),
                true,
                &ctx
            )
            .unwrap()
        );
        assert!(resource_matches(&patterns(&["arn:aws:iam::1"]), None, true, &ctx).is_err());
    }

    #[test]
    fn documents_are_read() {
        let p = Policy::parse(
            r#"{"Version":"2012-10-17","Statement":{"Sid":"A","Effect":"Allow","NotAction":"iam:*","Resource":"*"}}"#,
        )
        .unwrap();
        assert!(p.variables);
        assert!(p.statements[0].actions.negated);
        assert_eq!(p.statements[0].label(), "statement \"A\"");
        assert!(Policy::parse(r#"{"Statement":[{"Effect":"Maybe","Action":"*"}]}"#).is_err());
        let trust = Policy::parse(
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":["1","2"],"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#,
        )
        .unwrap();
        assert_eq!(
            trust.statements[0].principal,
            Some(Principals::Aws(vec!["1".into(), "2".into()]))
        );
    }
}
