//! Step definitions: the vocabulary of the feature files.
//!
//! - `setup.rs`: `Given` steps that build a scene with the admin identity
//!   (`lost_answers.rs`: a create whose answer was lost and was sent again);
//! - `preconditions.rs`: `Given` steps in which an actor makes a call that
//!   must succeed (a session to act as): when one fails, the scenario is blocked;
//! - `calls.rs`: `When` steps in which an actor calls an action;
//! - `assertions.rs`: `Then` steps that judge the last call.

mod assertions;
mod calls;
mod lost_answers;
mod preconditions;
mod setup;

use anyhow::{Context, Result};
use cucumber::gherkin::Step;

/// The step's doc string, which policy steps require.
fn doc_string(step: &Step) -> Result<&str> {
    step.docstring
        .as_deref()
        .context("this step needs a doc string (the policy JSON between \"\"\" lines)")
}

/// Policies travel compact: AWS accepts any JSON whitespace, and some
/// emulators mis-sign request values that contain spaces.
fn compact_json(text: &str) -> String {
    serde_json::from_str::<serde_json::Value>(text)
        .map_or_else(|_| text.trim().to_owned(), |v| v.to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn compacts_valid_json_and_keeps_invalid_text() {
        assert_eq!(
            super::compact_json("{ \"a\" : [ 1, 2 ] }\n"),
            r#"{"a":[1,2]}"#
        );
        assert_eq!(super::compact_json(" {not json "), "{not json");
    }
}
