//! The decision for one request of one principal.
//!
//! AWS IAM User Guide, "Policy evaluation logic":
//! - "How AWS enforcement code logic evaluates requests to allow or deny
//!   access": every request is denied by default; an explicit Deny in any
//!   policy that applies overrides every Allow (B1, B3);
//! - "Policy evaluation for requests within a single account": identity-based
//!   policies must allow (B2); a permissions boundary, if present, must allow
//!   too (F1); session policies, if passed, must allow too (E1, E2); a
//!   resource-based policy — for `sts:AssumeRole`, the role's trust policy —
//!   that names the user ARN or the role session ARN grants on its own, one
//!   that names the role ARN is limited by the boundary and session policies,
//!   one that names the account needs the identity side too (C1, C2, E6, F5);
//! - "Cross-account policy evaluation logic": both the trust policy and the
//!   caller's identity side must allow (C3);
//! - STS API reference, "GetSessionToken", "GetFederationToken" and "Permissions
//!   for GetSessionToken": what temporary credentials cannot call (A5, A7, D6).

use super::context::{Context, Value};
use super::policy::{Effect, Policy, Principals, Statement, action_matches, resource_matches};
use super::{Decision, Message, NotCovered, Reason, Verdict};

/// A policy with the name reasons give it ("AllowsListUsers", "inline policy
/// Reader of the role Worker").
#[derive(Debug, Clone, PartialEq)]
pub struct NamedPolicy {
    pub name: String,
    pub policy: Policy,
}

/// Whose credentials sign the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Caller {
    User {
        arn: String,
    },
    RoleSession {
        role_arn: String,
        session_arn: String,
    },
    /// The credentials an IAM user got from GetSessionToken.
    SessionToken {
        user_arn: String,
        mfa: bool,
    },
    /// The credentials an IAM user got from GetFederationToken.
    Federated {
        user_arn: String,
        federated_arn: String,
    },
}

impl Caller {
    /// The ARN AWS's messages name.
    pub fn arn(&self) -> &str {
        match self {
            Self::User { arn } | Self::SessionToken { user_arn: arn, .. } => arn,
            Self::RoleSession { session_arn, .. } => session_arn,
            Self::Federated { federated_arn, .. } => federated_arn,
        }
    }

    fn temporary(&self) -> bool {
        !matches!(self, Self::User { .. })
    }
}

/// What a principal carries into a request.
#[derive(Debug, Clone, PartialEq)]
pub struct Principal {
    pub account: String,
    pub caller: Caller,
    /// For a user: her inline and attached policies and her groups'; for a
    /// role session: the role's.
    pub identity: Vec<NamedPolicy>,
    pub boundary: Option<NamedPolicy>,
    /// `None` when no session policy was passed; `Some` (perhaps empty, for a
    /// federated user given none) when they must allow as well.
    pub session_policies: Option<Vec<NamedPolicy>>,
    pub context: Context,
}

/// The role an `sts:AssumeRole` request names.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    pub arn: String,
    pub account: String,
    pub trust: NamedPolicy,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub action: String,
    /// The resource's ARN, where the model knows which the action names.
    pub resource: Option<String>,
    /// Keys the request itself carries (`sts:ExternalId`, `aws:RequestTag/…`),
    /// over the principal's.
    pub keys: Vec<(String, Value)>,
    /// For `sts:AssumeRole`: the role, whose trust policy is the resource-based policy.
    pub role: Option<Role>,
    /// Session tags passed to AssumeRole: `sts:TagSession` must be allowed too.
    pub passes_tags: bool,
    /// SourceIdentity passed to AssumeRole: `sts:SetSourceIdentity` must be allowed too.
    pub passes_source_identity: bool,
    /// The keys carry the resource's tags (`aws:ResourceTag/…`): a tag not
    /// among them is absent.
    pub resource_tags_known: bool,
    /// For `sts:AssumeRole`: the ARN of a role that does not exist.
    pub missing_role: Option<String>,
    /// An MFA code passed with the request is not the device's current one.
    pub mfa_code_rejected: bool,
}

impl Request {
    pub fn new(action: &str, resource: Option<String>) -> Self {
        Self {
            action: action.to_owned(),
            resource,
            keys: Vec::new(),
            role: None,
            passes_tags: false,
            passes_source_identity: false,
            resource_tags_known: false,
            missing_role: None,
            mfa_code_rejected: false,
        }
    }
}

fn is(action: &str, name: &str) -> bool {
    action.eq_ignore_ascii_case(name)
}

fn reason(rule: &str, text: impl Into<String>) -> Reason {
    Reason {
        rule: rule.to_owned(),
        text: text.into(),
    }
}

fn denied(message: Message, reasons: Vec<Reason>) -> Decision {
    let verdict = match message {
        Message::ExplicitDenyInIdentityBasedPolicy
        | Message::ExplicitDenyInPermissionsBoundary
        | Message::ExplicitDenyInSessionPolicy
        | Message::ExplicitDenyInResourceBasedPolicy => Verdict::ExplicitDeny,
        _ => Verdict::ImplicitDeny,
    };
    Decision {
        verdict,
        reasons,
        message: Some(message),
    }
}

/// A deliberate flaw, for the negative control of the model's check against
/// the specification (`--model-flaw`): the check must then fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flaw {
    IgnoreExplicitDeny,
}

/// The decision AWS's documentation gives for `request` made by `principal`.
pub fn decide(principal: &Principal, request: &Request) -> Result<Decision, NotCovered> {
    decide_with(principal, request, None)
}

/// [`decide`], with a deliberate flaw or none.
pub fn decide_with(
    principal: &Principal,
    request: &Request,
    flaw: Option<Flaw>,
) -> Result<Decision, NotCovered> {
    if let Some(decided) = by_credentials(principal, &request.action)
        .filter(|d| !(request.mfa_code_rejected && d.verdict.allows()))
    {
        return Ok(decided);
    }
    if let Some(arn) = &request.missing_role {
        // "Troubleshooting IAM roles": AssumeRole on a role that does not
        // exist is refused as a trust refusal is.
        return Ok(denied(
            Message::NotAuthorized,
            vec![reason("C7", format!("no role {arn} exists"))],
        ));
    }
    if request.mfa_code_rejected {
        // STS API reference, "AssumeRole" and "GetSessionToken" (TokenCode):
        // the code must be the device's current one; AWS's answer to a wrong
        // one is AccessDenied (the features record it; no page names the code).
        let rule = if request.role.is_some() { "C6" } else { "D6" };
        return Ok(denied(
            Message::MfaCodeRejected,
            vec![reason(
                rule,
                "the MFA code passed is not the device's current code",
            )],
        ));
    }
    let mut context = principal.context.clone();
    for (key, value) in &request.keys {
        context.set(key, value.clone());
    }
    if request.resource_tags_known {
        context.know_family("aws:ResourceTag/");
        context.know_family("iam:ResourceTag/");
    }
    let mut actions = vec![request.action.clone()];
    if request.role.is_some() {
        // "Passing session tags using AWS STS", "Monitor and control actions
        // taken with assumed roles": the trust policy must allow these too.
        if request.passes_tags {
            actions.push("sts:TagSession".to_owned());
        }
        if request.passes_source_identity {
            actions.push("sts:SetSourceIdentity".to_owned());
        }
    }
    let mut allowed: Option<Decision> = None;
    for action in &actions {
        let decision = decide_one(principal, request, action, &context, flaw)?;
        if !decision.verdict.allows() {
            return Ok(decision);
        }
        match &mut allowed {
            None => allowed = Some(decision),
            Some(first) => first.reasons.extend(decision.reasons),
        }
    }
    Ok(allowed.expect("at least the request's own action"))
}

/// What the kind of credentials decides before any policy is read:
/// - STS API reference, "GetCallerIdentity": no permission is needed, and an
///   explicit deny of sts:GetCallerIdentity does not stop it (A5);
/// - "GetFederationToken": its credentials call no IAM operation and no STS
///   operation but GetCallerIdentity; "GetSessionToken": temporary
///   credentials cannot call it, and its own credentials call IAM only with
///   MFA (A7, D6); IAM User Guide, "Permissions for GetSessionToken": an IAM
///   user needs no permission to call it, and policies do not control it (D6).
fn by_credentials(principal: &Principal, action: &str) -> Option<Decision> {
    let arn = principal.caller.arn();
    if is(action, "sts:GetCallerIdentity") {
        return Some(Decision {
            verdict: Verdict::Allow,
            reasons: vec![reason(
                "A5",
                "GetCallerIdentity needs no permission and no policy can deny it",
            )],
            message: None,
        });
    }
    let service = action
        .split(':')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let token_request = is(action, "sts:GetSessionToken") || is(action, "sts:GetFederationToken");
    let refused = |rule: &str, why: String| {
        Some(denied(
            Message::CredentialsCannotCall,
            vec![reason(rule, why)],
        ))
    };
    match &principal.caller {
        Caller::Federated { .. } if service == "iam" || service == "sts" => refused(
            "A7",
            format!(
                "{arn} holds GetFederationToken credentials, which can call no IAM operation and no STS operation but GetCallerIdentity"
            ),
        ),
        caller if caller.temporary() && token_request => refused(
            "A7",
            format!("{arn} signs with temporary credentials, which cannot call {action}"),
        ),
        Caller::SessionToken { mfa: false, .. } if service == "iam" => refused(
            "D6",
            format!(
                "{arn} signs with GetSessionToken credentials obtained without MFA, which cannot call IAM operations"
            ),
        ),
        Caller::User { .. } if is(action, "sts:GetSessionToken") => Some(Decision {
            verdict: Verdict::Allow,
            reasons: vec![reason(
                "D6",
                "an IAM user needs no permission to call GetSessionToken, and no policy can deny it",
            )],
            message: None,
        }),
        _ => None,
    }
}

/// How a trust statement's principal covers the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Grant {
    /// The account (`arn:aws:iam::A:root`, `A`) or everyone (`*`): the
    /// caller's own policies must allow too.
    Account,
    /// The role ARN, for one of its sessions: limited by the session's
    /// boundary and session policies.
    RoleArn,
    /// The user ARN, the role session ARN or the federated user ARN.
    Specific,
}

/// What one layer of policies says of an action.
#[derive(Debug, Default)]
struct Layer {
    allows: Vec<String>,
    denies: Vec<String>,
    /// For the trust policy: the widest grant among its allowing statements.
    grant: Option<Grant>,
}

fn decide_one(
    principal: &Principal,
    request: &Request,
    action: &str,
    context: &Context,
    flaw: Option<Flaw>,
) -> Result<Decision, NotCovered> {
    let arn = principal.caller.arn();
    let resource = request
        .role
        .as_ref()
        .map(|r| r.arn.as_str())
        .or(request.resource.as_deref());
    let identity = layer(&principal.identity, action, resource, context, None)?;
    let boundary = principal
        .boundary
        .as_ref()
        .map(|b| layer(std::slice::from_ref(b), action, resource, context, None))
        .transpose()?;
    let session = principal
        .session_policies
        .as_ref()
        .map(|s| layer(s, action, resource, context, None))
        .transpose()?;
    let trust = request
        .role
        .as_ref()
        .map(|role| {
            layer(
                std::slice::from_ref(&role.trust),
                action,
                None,
                context,
                Some((principal, role)),
            )
        })
        .transpose()?;

    // An explicit Deny anywhere decides (B3, F2, E2, C4). When several policy
    // types deny, AWS names one (troubleshooting page); the order here is inferred.
    let deny_layers = [
        (
            Some(&identity),
            Message::ExplicitDenyInIdentityBasedPolicy,
            "B3",
        ),
        (
            boundary.as_ref(),
            Message::ExplicitDenyInPermissionsBoundary,
            "F2",
        ),
        (session.as_ref(), Message::ExplicitDenyInSessionPolicy, "E2"),
        (
            trust.as_ref(),
            Message::ExplicitDenyInResourceBasedPolicy,
            "C4",
        ),
    ];
    let deny_layers = if flaw == Some(Flaw::IgnoreExplicitDeny) {
        &deny_layers[..0]
    } else {
        &deny_layers[..]
    };
    for &(found, message, rule) in deny_layers {
        if let Some(first) = found.and_then(|l| l.denies.first()) {
            return Ok(denied(
                message,
                vec![reason(rule, format!("{first} denies {action}"))],
            ));
        }
    }

    let mut reasons = Vec::new();
    let same_account = request
        .role
        .as_ref()
        .is_none_or(|r| r.account == principal.account);
    // What the identity side has to allow: all of it, the session's limits
    // only (a trust naming the role ARN), or nothing (a trust naming the caller).
    let mut needs_identity = true;
    let mut needs_limits = true;
    if let (Some(trust), Some(role)) = (&trust, &request.role) {
        let Some(grant) = trust.grant else {
            let rule = if same_account { "C1" } else { "C3" };
            return Ok(denied(
                Message::NotAuthorized,
                vec![reason(
                    rule,
                    format!(
                        "the trust policy of {} has no statement that allows {action} for {arn}",
                        role.arn
                    ),
                )],
            ));
        };
        let first = trust.allows.first().cloned().unwrap_or_default();
        match (same_account, grant) {
            (true, Grant::Specific) if principal.boundary.is_some() => {
                // "Policy evaluation for requests within a single account" has a
                // grant to a user ARN pass her boundary; "Update a role trust
                // policy" has her boundary allow sts:AssumeRole too.
                return Err(NotCovered::new(
                    "a trust policy naming a caller who has a permissions boundary (the documentation disagrees)",
                ));
            }
            (true, Grant::Specific) => {
                needs_identity = false;
                needs_limits = false;
                reasons.push(reason("C1", format!("{first} allows {action} for {arn} by name, which suffices in the same account")));
            }
            (true, Grant::RoleArn) => {
                needs_identity = false;
                reasons.push(reason("F5", format!("{first} allows {action} for the role of {arn}, which the session's boundary and session policies still limit")));
            }
            (true, Grant::Account) => {
                reasons.push(reason("C2", format!("{first} allows {action} for the whole account, so the caller's own policies must allow it too")));
            }
            (false, _) => {
                reasons.push(reason("C3", format!("{first} allows {action} for {arn} from another account, whose own policies must allow it too")));
            }
        }
    }
    if needs_identity {
        match identity.allows.first() {
            Some(first) => reasons.push(reason("B2", format!("{first} allows {action}"))),
            None => {
                let rule = if request.role.is_some() && !same_account {
                    "C3"
                } else {
                    "B1"
                };
                reasons.insert(
                    0,
                    reason(
                        rule,
                        format!("no identity-based policy of {arn} allows {action}"),
                    ),
                );
                return Ok(denied(Message::NoIdentityBasedPolicyAllows, reasons));
            }
        }
    }
    if needs_limits {
        if let (Some(b), Some(boundary)) = (&boundary, &principal.boundary) {
            match b.allows.first() {
                Some(first) => reasons.push(reason(
                    "F1",
                    format!("{first} (the permissions boundary) allows {action}"),
                )),
                None => {
                    reasons.insert(
                        0,
                        reason(
                            "F1",
                            format!("{} has no statement that allows {action}", boundary.name),
                        ),
                    );
                    return Ok(denied(Message::NoPermissionsBoundaryAllows, reasons));
                }
            }
        }
        if let Some(s) = &session {
            match s.allows.first() {
                Some(first) => reasons.push(reason(
                    "E1",
                    format!("{first} (a session policy) allows {action}"),
                )),
                None => {
                    reasons.insert(
                        0,
                        reason("E2", format!("no session policy allows {action}")),
                    );
                    return Ok(denied(Message::NoSessionPolicyAllows, reasons));
                }
            }
        }
    }
    Ok(Decision {
        verdict: Verdict::Allow,
        reasons,
        message: None,
    })
}

/// Which statements of `policies` allow and deny `action` on `resource`.
/// With `trust`, the policies are the role's trust policy: statements must
/// name the caller, and have no Resource.
fn layer(
    policies: &[NamedPolicy],
    action: &str,
    resource: Option<&str>,
    context: &Context,
    trust: Option<(&Principal, &Role)>,
) -> Result<Layer, NotCovered> {
    let mut out = Layer::default();
    for named in policies {
        for statement in &named.policy.statements {
            if !action_matches(&statement.actions, action) {
                continue;
            }
            let grant = match trust {
                Some((principal, role)) => match principal_grant(statement, principal, role)? {
                    Some(grant) => Some(grant),
                    None => continue,
                },
                None => None,
            };
            if trust.is_none() {
                let Some(resources) = &statement.resources else {
                    return Err(NotCovered::new(format!(
                        "a statement without Resource in {}",
                        named.name
                    )));
                };
                if !resource_matches(resources, resource, named.policy.variables, context)? {
                    continue;
                }
            }
            if !conditions_hold(statement, context, named.policy.variables)? {
                continue;
            }
            let label = format!("{} of {}", statement.label(), named.name);
            match statement.effect {
                Effect::Allow => {
                    out.allows.push(label);
                    out.grant = out.grant.max(grant);
                }
                Effect::Deny => out.denies.push(label),
            }
        }
    }
    Ok(out)
}

fn conditions_hold(
    statement: &Statement,
    context: &Context,
    variables: bool,
) -> Result<bool, NotCovered> {
    for condition in &statement.conditions {
        if !condition.holds(context, variables)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Whether a trust statement's `Principal` names the caller, and how.
/// ("AWS JSON policy elements: Principal": AWS account principals, IAM user
/// principals, IAM role principals, role session principals, everyone.)
fn principal_grant(
    statement: &Statement,
    principal: &Principal,
    role: &Role,
) -> Result<Option<Grant>, NotCovered> {
    if statement.not_principal {
        return Err(NotCovered::new("NotPrincipal in a trust policy"));
    }
    let names = match &statement.principal {
        None => return Err(NotCovered::new("a trust statement without Principal")),
        Some(Principals::Anyone) => return Ok(Some(Grant::Account)),
        Some(Principals::Aws(names)) => names,
    };
    let account = &principal.account;
    let mut best = None;
    for name in names {
        let grant =
            if name == "*" || name == account || *name == format!("arn:aws:iam::{account}:root") {
                Some(Grant::Account)
            } else {
                match &principal.caller {
                    Caller::User { arn } | Caller::SessionToken { user_arn: arn, .. } => {
                        (name == arn).then_some(Grant::Specific)
                    }
                    Caller::RoleSession {
                        role_arn,
                        session_arn,
                    } => {
                        if name == session_arn {
                            Some(Grant::Specific)
                        } else if name == role_arn {
                            Some(Grant::RoleArn)
                        } else {
                            None
                        }
                    }
                    Caller::Federated { federated_arn, .. } => {
                        (name == federated_arn).then_some(Grant::Specific)
                    }
                }
            };
        best = best.max(grant);
    }
    let _ = role;
    Ok(best)
}

#[cfg(test)]
mod tests;
