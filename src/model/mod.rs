//! The reference evaluator: IAM's documented decision logic as a pure
//! function, from what a principal carries and a request to a decision, with
//! the reasons — which layer, policy and statement decided — and the kind of
//! AccessDenied message AWS gives for it. No I/O, no SDK types.
//!
//! It follows the AWS documentation, never an emulator; each rule cites the
//! page it implements, and says `inferred` where the documentation is silent
//! and the model had to choose. The rule letters (B3, C1, F2 …) are those of
//! `docs/aws-rules-checklist.md`, which the features' `Rule:` titles use.
//!
//! - [`policy`], [`matching`], [`conditions`], [`context`]: the policy language;
//! - [`evaluation`]: the decision for a principal's request, `sts:AssumeRole` included;
//! - [`scene`]: what a scenario has set up, kept from the calls that succeeded,
//!   and the principal and request the model judges for a call.

pub mod conditions;
pub mod context;
pub mod evaluation;
pub mod matching;
pub mod policy;
pub mod scene;

pub use evaluation::{Caller, Flaw, NamedPolicy, Principal, Request, Role, decide, decide_with};

/// Something the model does not judge (an action whose resource it does not
/// know, a condition key outside its set, a policy element it does not read):
/// it says so rather than guess.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotCovered(pub String);

impl NotCovered {
    pub fn new(what: impl Into<String>) -> Self {
        Self(what.into())
    }
}

impl std::fmt::Display for NotCovered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the model does not cover {}", self.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Allow,
    ImplicitDeny,
    ExplicitDeny,
}

impl Verdict {
    pub fn allows(self) -> bool {
        self == Self::Allow
    }
}

/// Which AccessDenied message AWS gives for a denial ("Troubleshoot access
/// denied error messages"): the policy type it names, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Message {
    NoIdentityBasedPolicyAllows,
    ExplicitDenyInIdentityBasedPolicy,
    NoPermissionsBoundaryAllows,
    ExplicitDenyInPermissionsBoundary,
    NoSessionPolicyAllows,
    ExplicitDenyInSessionPolicy,
    ExplicitDenyInResourceBasedPolicy,
    /// `… is not authorized to perform: sts:AssumeRole on resource: …`, the
    /// trust policy naming nobody the caller is; no policy type is named.
    NotAuthorized,
    /// The MFA code passed with the request is wrong.
    MfaCodeRejected,
    /// A refusal that is not a policy decision (temporary credentials asking
    /// for GetSessionToken, IAM called without MFA from GetSessionToken …).
    CredentialsCannotCall,
}

impl Message {
    /// The words AWS's message uses, as in the troubleshooting page.
    pub fn words(self) -> &'static str {
        match self {
            Self::NoIdentityBasedPolicyAllows => "because no identity-based policy allows",
            Self::ExplicitDenyInIdentityBasedPolicy => {
                "with an explicit deny in an identity-based policy"
            }
            Self::NoPermissionsBoundaryAllows => "because no permissions boundary allows",
            Self::ExplicitDenyInPermissionsBoundary => {
                "with an explicit deny in a permissions boundary"
            }
            Self::NoSessionPolicyAllows => "because no session policy allows",
            Self::ExplicitDenyInSessionPolicy => "with an explicit deny in a session policy",
            Self::ExplicitDenyInResourceBasedPolicy => {
                "with an explicit deny in a resource-based policy"
            }
            Self::NotAuthorized => {
                "is not authorized to perform (the trust policy does not let the caller in)"
            }
            Self::CredentialsCannotCall => "these credentials cannot make this call",
            Self::MfaCodeRejected => "the MFA code is not valid",
        }
    }
}

/// One step of the decision, in words, with the rule letter it applies.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Reason {
    pub rule: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Decision {
    pub verdict: Verdict,
    /// What decided, first the deciding reason.
    pub reasons: Vec<Reason>,
    /// For a denial: the message AWS gives.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub message: Option<Message>,
}

impl Decision {
    /// The rule letters that decided, deciding rule first, without repeats.
    pub fn rules(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for r in &self.reasons {
            if !out.contains(&r.rule) {
                out.push(r.rule.clone());
            }
        }
        out
    }

    /// The decision and its reasons in one sentence.
    pub fn explain(&self) -> String {
        let head = match self.verdict {
            Verdict::Allow => "allowed",
            Verdict::ImplicitDeny => "denied (implicitly)",
            Verdict::ExplicitDeny => "denied (explicitly)",
        };
        let why: Vec<String> = self
            .reasons
            .iter()
            .map(|r| format!("{} ({})", r.text, r.rule))
            .collect();
        format!("{head}: {}", why.join("; "))
    }
}
