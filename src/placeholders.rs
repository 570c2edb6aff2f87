//! `${kind:Name}` placeholders in policy documents and expected values.
//!
//! Feature files speak of logical names ("Jill", "Reader"); the world knows the
//! physical ARNs. IAM's own policy variables (`${aws:username}`, `${*}`, …) are
//! left untouched, so a policy can use both.

use anyhow::{Result, bail};

/// What a placeholder can refer to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reference<'a> {
    /// `${account}`: the target's account id.
    Account,
    /// `${account:second}`: the id of the target's second account.
    SecondAccount,
    /// `${user:Jill}`: the user's ARN.
    User(&'a str),
    /// `${role:Reader}`: the role's ARN.
    Role(&'a str),
    /// `${policy:ListUsers}`: the managed policy's ARN.
    Policy(&'a str),
    /// `${session:Reader/jill}`: the assumed-role session ARN.
    Session { role: &'a str, session: &'a str },
    /// `${name:Jill}`: the physical name behind a logical one.
    Name(&'a str),
    /// `${doc:Trust}`: a policy document given earlier in the scenario.
    Document(&'a str),
    /// `${key:Jill}`: the access key id an actor signs with (never the secret).
    AccessKeyId(&'a str),
    /// `${path}`: the run's IAM path, under which the suite creates everything.
    Path,
    /// `${mfa:Jill}`: the serial number of the user's virtual MFA device.
    MfaSerial(&'a str),
    /// `${mfa-code:Jill}`: a code of that device not used before in the scenario.
    MfaCode(&'a str),
    /// `${mfa-wrong-code:Jill}`: six digits that are no code of that device now.
    MfaWrongCode(&'a str),
    /// `${secure-transport}`: "true" when the run's requests travel over TLS
    /// (HTTPS), "false" over plain HTTP: what aws:SecureTransport must say.
    SecureTransport,
    /// `${secure-transport:opposite}`: the other of the two.
    InsecureTransport,
}

/// Looks up what a placeholder stands for.
pub trait Resolver {
    fn resolve(&self, reference: &Reference<'_>) -> Result<String>;
}

/// Replaces every suite placeholder in `text`; anything else in `${…}` passes through.
pub fn substitute(text: &str, resolver: &dyn Resolver) -> Result<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else {
            bail!("unterminated placeholder in: {text}");
        };
        let inner = &after[..end];
        match parse(inner)? {
            Some(reference) => out.push_str(&resolver.resolve(&reference)?),
            None => {
                out.push_str("${");
                out.push_str(inner);
                out.push('}');
            }
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// `None` for text that is not one of the suite's placeholders (e.g. `aws:username`).
fn parse(inner: &str) -> Result<Option<Reference<'_>>> {
    match inner {
        "account" => return Ok(Some(Reference::Account)),
        "account:second" => return Ok(Some(Reference::SecondAccount)),
        "path" => return Ok(Some(Reference::Path)),
        "secure-transport" => return Ok(Some(Reference::SecureTransport)),
        "secure-transport:opposite" => return Ok(Some(Reference::InsecureTransport)),
        _ => {}
    }
    let Some((kind, name)) = inner.split_once(':') else {
        return Ok(None);
    };
    let reference = match kind {
        "user" => Reference::User(name),
        "role" => Reference::Role(name),
        "policy" => Reference::Policy(name),
        "name" => Reference::Name(name),
        "doc" => Reference::Document(name),
        "key" => Reference::AccessKeyId(name),
        "mfa" => Reference::MfaSerial(name),
        "mfa-code" => Reference::MfaCode(name),
        "mfa-wrong-code" => Reference::MfaWrongCode(name),
        "account" => {
            bail!("placeholder ${{{inner}}}: the one other account is ${{account:second}}")
        }
        "session" => {
            let Some((role, session)) = name.split_once('/') else {
                bail!("placeholder ${{session:{name}}} must be ${{session:Role/session-name}}");
            };
            Reference::Session { role, session }
        }
        _ => return Ok(None),
    };
    if name.is_empty() {
        bail!("placeholder ${{{inner}}} names nothing");
    }
    Ok(Some(reference))
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fixed;
    impl Resolver for Fixed {
        fn resolve(&self, reference: &Reference<'_>) -> Result<String> {
            Ok(match reference {
                Reference::Account => "123456789012".into(),
                Reference::SecondAccount => "111122223333".into(),
                Reference::User(n) => format!("arn:aws:iam::123456789012:user/{n}-x"),
                Reference::Role(n) => format!("arn:aws:iam::123456789012:role/{n}-x"),
                Reference::Policy(n) => format!("arn:aws:iam::123456789012:policy/{n}-x"),
                Reference::Name(n) => format!("{n}-x"),
                Reference::Document(n) => format!("<doc {n}>"),
                Reference::AccessKeyId(n) => format!("AKIA{n}"),
                Reference::Session { role, session } => {
                    format!("arn:aws:sts::123456789012:assumed-role/{role}-x/{session}")
                }
                Reference::Path => "/iam-conformance/x/".into(),
                Reference::MfaSerial(n) => format!("arn:aws:iam::123456789012:mfa/{n}-x"),
                Reference::MfaCode(_) => "123456".into(),
                Reference::MfaWrongCode(_) => "234567".into(),
                Reference::SecureTransport => "true".into(),
                Reference::InsecureTransport => "false".into(),
            })
        }
    }

    #[test]
    fn replaces_suite_placeholders() {
        let text = r#"{"AWS":"${user:Jill}","R":"${role:Reader}","A":"${account}"}"#;
        assert_eq!(
            substitute(text, &Fixed).unwrap(),
            r#"{"AWS":"arn:aws:iam::123456789012:user/Jill-x","R":"arn:aws:iam::123456789012:role/Reader-x","A":"123456789012"}"#
        );
    }

    #[test]
    fn the_second_account_has_a_placeholder_of_its_own() {
        assert_eq!(
            substitute("arn:aws:iam::${account:second}:root ${account}", &Fixed).unwrap(),
            "arn:aws:iam::111122223333:root 123456789012"
        );
        assert!(substitute("${account:third}", &Fixed).is_err());
    }

    #[test]
    fn session_placeholder_names_role_and_session() {
        assert_eq!(
            substitute("${session:Reader/jill}", &Fixed).unwrap(),
            "arn:aws:sts::123456789012:assumed-role/Reader-x/jill"
        );
        assert!(substitute("${session:Reader}", &Fixed).is_err());
    }

    #[test]
    fn the_run_path_and_mfa_devices_have_placeholders() {
        assert_eq!(
            substitute(
                "user${path}* ${mfa:Jill} ${mfa-code:Jill} ${mfa-wrong-code:Jill}",
                &Fixed
            )
            .unwrap(),
            "user/iam-conformance/x/* arn:aws:iam::123456789012:mfa/Jill-x 123456 234567"
        );
        assert!(substitute("${mfa-code:}", &Fixed).is_err());
    }

    #[test]
    fn leaves_iam_policy_variables_alone() {
        let text = "arn:aws:iam::${account}:user/${aws:username} ${*} ${$}";
        assert_eq!(
            substitute(text, &Fixed).unwrap(),
            "arn:aws:iam::123456789012:user/${aws:username} ${*} ${$}"
        );
    }

    #[test]
    fn rejects_broken_placeholders() {
        assert!(substitute("${user:Jill", &Fixed).is_err());
        assert!(substitute("${user:}", &Fixed).is_err());
    }

    #[test]
    fn unknown_names_surface_the_resolver_error() {
        struct Empty;
        impl Resolver for Empty {
            fn resolve(&self, r: &Reference<'_>) -> Result<String> {
                bail!("no such thing: {r:?}")
            }
        }
        let err = substitute("${role:Nope}", &Empty).unwrap_err();
        assert!(err.to_string().contains("Nope"));
    }
}
