//! The normalised result of one API call: what a scenario asserts on.
//!
//! Targets answer errors in different shapes; AWS uses the awsQuery envelope
//! `<ErrorResponse><Error><Code>…`. When the SDK cannot read a code (moto's
//! authorization errors use `<ErrorResponse><Errors><Error>…`), the code is
//! recovered from the raw body and the envelope is marked non-standard, which
//! is itself a finding worth reporting.

use std::collections::BTreeMap;
use std::fmt;

use aws_sdk_iam::config::http::HttpResponse;
use aws_sdk_iam::error::{ProvideErrorMetadata, SdkError};
use quick_xml::events::Event;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    /// The action as the scenario named it, e.g. `iam:ListUsers`.
    pub action: String,
    /// HTTP status of the reply.
    pub status: u16,
    /// `None` when the call succeeded.
    pub error: Option<ErrorInfo>,
    /// Response fields a scenario may assert on (never secrets).
    pub fields: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorInfo {
    pub code: String,
    pub message: String,
    /// False when the code had to be dug out of a body that is not in AWS's shape.
    pub standard_envelope: bool,
}

/// What the target answered to one call, reduced to what identifies a cause:
/// the action, the error code (or "succeeded", or "no answer"), the HTTP status.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
pub struct Answer {
    pub action: String,
    pub answer: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub http_status: Option<u16>,
}

impl Answer {
    pub const SUCCEEDED: &'static str = "succeeded";
    pub const NO_ANSWER: &'static str = "no answer";

    pub fn of(outcome: &Outcome) -> Self {
        Self {
            action: outcome.action.clone(),
            answer: outcome
                .error_code()
                .map_or_else(|| Self::SUCCEEDED.to_owned(), str::to_owned),
            http_status: Some(outcome.status),
        }
    }

    /// The target did not answer at all (refused connection, reset, time-out).
    pub fn silent(action: &str) -> Self {
        Self {
            action: action.to_owned(),
            answer: Self::NO_ANSWER.to_owned(),
            http_status: None,
        }
    }
}

impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.http_status {
            Some(status) => write!(f, "{}: {} (HTTP {status})", self.action, self.answer),
            None => write!(f, "{}: {}", self.action, self.answer),
        }
    }
}

impl Outcome {
    pub fn success(action: &str, fields: BTreeMap<String, String>) -> Self {
        Self {
            action: action.to_owned(),
            status: 200,
            error: None,
            fields,
        }
    }

    pub fn is_success(&self) -> bool {
        self.error.is_none()
    }

    pub fn error_code(&self) -> Option<&str> {
        self.error.as_ref().map(|e| e.code.as_str())
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.error {
            None => write!(f, "{} succeeded (HTTP {})", self.action, self.status),
            Some(e) => {
                write!(
                    f,
                    "{} failed with {} (HTTP {})",
                    self.action, e.code, self.status
                )?;
                if !e.message.is_empty() {
                    write!(f, ": {}", e.message)?;
                }
                if !e.standard_envelope {
                    write!(f, " [error body not in the AWS query envelope]")?;
                }
                Ok(())
            }
        }
    }
}

/// Turns an SDK result into an [`Outcome`]. Transport failures (nothing answered)
/// are not outcomes of the target's IAM semantics and come back as `Err`.
pub fn from_result<T, E>(
    action: &str,
    result: Result<T, SdkError<E, HttpResponse>>,
    fields: impl FnOnce(&T) -> BTreeMap<String, String>,
) -> anyhow::Result<Outcome>
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
{
    match result {
        Ok(output) => Ok(Outcome::success(action, fields(&output))),
        Err(err) => from_error(action, err),
    }
}

/// The outcome of a failed call (`Err` only when nothing answered).
pub fn from_error<E>(action: &str, err: SdkError<E, HttpResponse>) -> anyhow::Result<Outcome>
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
{
    let Some(raw) = err.raw_response() else {
        let detail = aws_sdk_iam::error::DisplayErrorContext(&err);
        anyhow::bail!("{action}: the target did not answer: {detail}");
    };
    let status = raw.status().as_u16();
    let body = raw.body().bytes().unwrap_or_default();
    let header_code = raw.headers().get("x-amzn-errortype").map(str::to_owned);
    let error = normalize_error(
        status,
        err.code(),
        err.message(),
        header_code.as_deref(),
        body,
    );
    Ok(Outcome {
        action: action.to_owned(),
        status,
        error: Some(error),
        fields: BTreeMap::new(),
    })
}

/// Picks the error code and message from what the SDK parsed, falling back to the raw body.
pub fn normalize_error(
    status: u16,
    sdk_code: Option<&str>,
    sdk_message: Option<&str>,
    header_code: Option<&str>,
    body: &[u8],
) -> ErrorInfo {
    if let Some(code) = sdk_code.filter(|c| !c.is_empty()) {
        return ErrorInfo {
            code: code.to_owned(),
            message: sdk_message.unwrap_or_default().to_owned(),
            standard_envelope: true,
        };
    }
    let (body_code, body_message) = code_and_message_from_xml(body);
    let code = body_code
        .or_else(|| header_code.map(|h| h.split(':').next().unwrap_or(h).to_owned()))
        .unwrap_or_else(|| format!("HTTP{status}"));
    let message = body_message
        .or(sdk_message.map(str::to_owned))
        .unwrap_or_default();
    ErrorInfo {
        code,
        message,
        standard_envelope: false,
    }
}

/// The first `<Code>` and `<Message>` in an XML body, wherever they are nested.
fn code_and_message_from_xml(body: &[u8]) -> (Option<String>, Option<String>) {
    let mut reader = quick_xml::Reader::from_reader(body);
    let (mut code, mut message) = (None, None);
    let mut current: Option<&'static str> = None;
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(tag)) => {
                current = match tag.local_name().as_ref() {
                    b"Code" => Some("Code"),
                    b"Message" => Some("Message"),
                    _ => None,
                }
            }
            Ok(Event::Text(text)) => {
                let value = text
                    .decode()
                    .map(|t| t.trim().to_owned())
                    .unwrap_or_default();
                match current {
                    Some("Code") if code.is_none() => code = Some(value),
                    Some("Message") if message.is_none() => message = Some(unescape(&value)),
                    _ => {}
                }
            }
            Ok(Event::End(_)) => current = None,
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    (code, message)
}

fn unescape(text: &str) -> String {
    quick_xml::escape::unescape(text)
        .map(|t| t.into_owned())
        .unwrap_or_else(|_| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sdk_code_wins_and_envelope_is_standard() {
        let e = normalize_error(
            403,
            Some("AccessDenied"),
            Some("User: x is not authorized"),
            None,
            b"",
        );
        assert_eq!(e.code, "AccessDenied");
        assert_eq!(e.message, "User: x is not authorized");
        assert!(e.standard_envelope);
    }

    #[test]
    fn code_recovered_from_non_standard_envelope() {
        let body = br#"<?xml version="1.0" encoding="UTF-8"?>
<ErrorResponse><Errors><Error><Code>AccessDenied</Code><Message>User: arn:aws:iam::123456789012:user/Jill is not authorized to perform: iam:ListUsers on resource: *</Message></Error></Errors></ErrorResponse>"#;
        let e = normalize_error(403, None, None, None, body);
        assert_eq!(e.code, "AccessDenied");
        assert!(
            e.message
                .starts_with("User: arn:aws:iam::123456789012:user/Jill")
        );
        assert!(!e.standard_envelope);
    }

    #[test]
    fn namespaced_aws_envelope_is_read_too() {
        let body = br#"<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>The role with name X cannot be found.</Message></Error><RequestId>1</RequestId></ErrorResponse>"#;
        let e = normalize_error(404, Some(""), None, None, body);
        assert_eq!(e.code, "NoSuchEntity");
        assert_eq!(e.message, "The role with name X cannot be found.");
    }

    #[test]
    fn header_then_status_are_last_resorts() {
        let e = normalize_error(
            403,
            None,
            None,
            Some("AccessDeniedException:http://x"),
            b"not xml",
        );
        assert_eq!(e.code, "AccessDeniedException");
        let e = normalize_error(502, None, None, None, b"");
        assert_eq!(e.code, "HTTP502");
    }

    #[test]
    fn display_names_code_status_and_envelope() {
        let o = Outcome {
            action: "iam:ListUsers".into(),
            status: 403,
            error: Some(ErrorInfo {
                code: "AccessDenied".into(),
                message: "no".into(),
                standard_envelope: false,
            }),
            fields: BTreeMap::new(),
        };
        let text = o.to_string();
        assert!(text.contains("AccessDenied (HTTP 403): no"));
        assert!(text.contains("not in the AWS query envelope"));
    }
}
