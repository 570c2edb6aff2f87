//! What a scenario has set up, as the model sees it: users, groups, roles,
//! managed policies and their versions, attachments, boundaries, tags, access
//! keys and sessions, kept from the calls that succeeded on the target, in
//! order. From it, [`Scene::judge`] builds the principal and the request the
//! model decides for a call.
//!
//! Pure: it is told each call (action, parameters, response fields) and never
//! calls anything. Actions that change what it tracks and that it does not
//! model leave it *tainted*: later decisions are not covered.

use std::collections::{BTreeMap, BTreeSet};

use super::context::{Context, Value};
use super::evaluation::{Caller, NamedPolicy, Principal, Request, Role as RoleTarget};
use super::policy::Policy;
use super::{Decision, NotCovered};
use crate::lists::split_list;

pub type Params = BTreeMap<String, String>;

#[derive(Debug, Clone, Default)]
struct Policies {
    /// Inline policies by name, their documents.
    inline: BTreeMap<String, String>,
    /// Attached managed policies, by ARN, in attachment order.
    attached: Vec<String>,
}

#[derive(Debug, Clone)]
struct User {
    arn: String,
    policies: Policies,
    groups: BTreeSet<String>,
    boundary: Option<String>,
    tags: BTreeMap<String, String>,
}

#[derive(Debug, Clone)]
struct Role {
    arn: String,
    id: Option<String>,
    /// Increases each time a role of this name is created: a session of an
    /// earlier role of the same name is not the new role's.
    generation: u32,
    trust: String,
    policies: Policies,
    boundary: Option<String>,
    tags: BTreeMap<String, String>,
}

#[derive(Debug, Clone)]
struct Group {
    arn: Option<String>,
    policies: Policies,
}

#[derive(Debug, Clone)]
struct Managed {
    name: String,
    versions: BTreeMap<String, String>,
    default: String,
}

#[derive(Debug, Clone)]
struct Session {
    role: String,
    generation: u32,
    arn: String,
    name: String,
    inline: Option<String>,
    policy_arns: Vec<String>,
    /// Session tags (role tags of the same key give way, whatever the case).
    tags: BTreeMap<String, String>,
    transitive: BTreeSet<String>,
    source_identity: Option<String>,
    /// MFA was passed to the AssumeRole that made it, or to the
    /// GetSessionToken whose credentials made it.
    mfa: bool,
    /// When the scene saw it issued (seconds since the epoch).
    issued: u64,
}

#[derive(Debug, Clone)]
enum Holder {
    User(String),
    Session(Box<Session>),
    SessionToken {
        user: String,
        mfa: bool,
        issued: u64,
    },
    Federated {
        user: String,
        arn: String,
        inline: Option<String>,
        policy_arns: Vec<String>,
    },
}

/// Where the scene stands.
#[derive(Debug, Clone)]
pub struct Scene {
    secure_transport: bool,
    /// The run's suffix of physical names (`-<run id>-<n>`), left out where
    /// reasons name an entity.
    suffix: String,
    users: BTreeMap<String, User>,
    roles: BTreeMap<String, Role>,
    groups: BTreeMap<String, Group>,
    managed: BTreeMap<String, Managed>,
    keys: BTreeMap<String, Holder>,
    role_generations: BTreeMap<String, u32>,
    /// Why decisions are no longer covered, once the scene lost track.
    tainted: Option<String>,
    /// A deliberate flaw of the model (`--model-flaw`), or none.
    pub flaw: Option<super::Flaw>,
}

/// The caller of a call the scene is told of: the suite's admin, or an
/// actor's access key id.
#[derive(Debug, Clone, Copy)]
pub enum By<'a> {
    Admin,
    Key(&'a str),
}

impl Scene {
    pub fn new(secure_transport: bool, suffix: &str) -> Self {
        Self {
            secure_transport,
            suffix: suffix.to_owned(),
            users: BTreeMap::new(),
            roles: BTreeMap::new(),
            groups: BTreeMap::new(),
            managed: BTreeMap::new(),
            keys: BTreeMap::new(),
            role_generations: BTreeMap::new(),
            tainted: None,
            flaw: None,
        }
    }

    fn shown(&self, name: &str) -> String {
        name.strip_suffix(&self.suffix).unwrap_or(name).to_owned()
    }

    /// Takes in a call that succeeded on the target.
    pub fn apply(&mut self, by: By<'_>, action: &str, params: &Params, fields: &Params) {
        if let Err(why) = self.apply_inner(by, action, params, fields) {
            self.tainted.get_or_insert(why.0);
        }
    }

    fn apply_inner(
        &mut self,
        by: By<'_>,
        action: &str,
        p: &Params,
        f: &Params,
    ) -> Result<(), NotCovered> {
        let get = |k: &str| {
            p.get(k)
                .cloned()
                .ok_or_else(|| NotCovered::new(format!("{action} without {k}")))
        };
        let (service, verb) = action.split_once(':').unwrap_or(("", action));
        if service == "iam" && (verb.starts_with("Get") || verb.starts_with("List")) {
            return Ok(()); // reads change nothing
        }
        match action {
            "iam:CreateUser" => {
                let name = get("UserName")?;
                let arn = f
                    .get("Arn")
                    .cloned()
                    .ok_or_else(|| NotCovered::new("CreateUser without Arn"))?;
                let tags = p.get("Tags").map(|t| tag_pairs(t)).unwrap_or_default();
                self.users.insert(
                    name,
                    User {
                        arn,
                        policies: Policies::default(),
                        groups: BTreeSet::new(),
                        boundary: p.get("PermissionsBoundary").cloned(),
                        tags,
                    },
                );
            }
            "iam:CreateRole" => {
                let name = get("RoleName")?;
                let arn = f
                    .get("Arn")
                    .cloned()
                    .ok_or_else(|| NotCovered::new("CreateRole without Arn"))?;
                let generation = self.role_generations.entry(name.clone()).or_default();
                *generation += 1;
                let tags = p.get("Tags").map(|t| tag_pairs(t)).unwrap_or_default();
                let role = Role {
                    arn,
                    id: f.get("RoleId").cloned(),
                    generation: *generation,
                    trust: get("AssumeRolePolicyDocument")?,
                    policies: Policies::default(),
                    boundary: p.get("PermissionsBoundary").cloned(),
                    tags,
                };
                self.roles.insert(name, role);
            }
            "iam:CreateGroup" => {
                let group = Group {
                    arn: f.get("Arn").cloned(),
                    policies: Policies::default(),
                };
                self.groups.insert(get("GroupName")?, group);
            }
            "iam:CreatePolicy" => {
                let arn = f
                    .get("Arn")
                    .cloned()
                    .ok_or_else(|| NotCovered::new("CreatePolicy without Arn"))?;
                let version = f
                    .get("DefaultVersionId")
                    .cloned()
                    .unwrap_or_else(|| "v1".to_owned());
                self.managed.insert(
                    arn,
                    Managed {
                        name: get("PolicyName")?,
                        versions: BTreeMap::from([(version.clone(), get("PolicyDocument")?)]),
                        default: version,
                    },
                );
            }
            "iam:CreatePolicyVersion" => {
                let policy = self.managed_mut(&get("PolicyArn")?)?;
                let id = f
                    .get("VersionId")
                    .cloned()
                    .ok_or_else(|| NotCovered::new("CreatePolicyVersion without VersionId"))?;
                policy.versions.insert(id.clone(), get("PolicyDocument")?);
                if p.get("SetAsDefault").is_some_and(|v| v.trim() == "true") {
                    policy.default = id;
                }
            }
            "iam:SetDefaultPolicyVersion" => {
                let id = get("VersionId")?;
                let policy = self.managed_mut(&get("PolicyArn")?)?;
                policy.default = id;
            }
            "iam:DeletePolicyVersion" => {
                let id = get("VersionId")?;
                self.managed_mut(&get("PolicyArn")?)?.versions.remove(&id);
            }
            "iam:DeletePolicy" => {
                self.managed.remove(&get("PolicyArn")?);
            }
            "iam:PutUserPolicy" => {
                let doc = get("PolicyDocument")?;
                self.user_mut(&get("UserName")?)?
                    .policies
                    .inline
                    .insert(get("PolicyName")?, doc);
            }
            "iam:PutRolePolicy" => {
                let doc = get("PolicyDocument")?;
                self.role_mut(&get("RoleName")?)?
                    .policies
                    .inline
                    .insert(get("PolicyName")?, doc);
            }
            "iam:PutGroupPolicy" => {
                let doc = get("PolicyDocument")?;
                self.group_mut(&get("GroupName")?)?
                    .inline
                    .insert(get("PolicyName")?, doc);
            }
            "iam:DeleteUserPolicy" => {
                self.user_mut(&get("UserName")?)?
                    .policies
                    .inline
                    .remove(&get("PolicyName")?);
            }
            "iam:DeleteRolePolicy" => {
                self.role_mut(&get("RoleName")?)?
                    .policies
                    .inline
                    .remove(&get("PolicyName")?);
            }
            "iam:DeleteGroupPolicy" => {
                self.group_mut(&get("GroupName")?)?
                    .inline
                    .remove(&get("PolicyName")?);
            }
            "iam:AttachUserPolicy" => attach(
                &mut self.user_mut(&get("UserName")?)?.policies,
                get("PolicyArn")?,
            ),
            "iam:AttachRolePolicy" => attach(
                &mut self.role_mut(&get("RoleName")?)?.policies,
                get("PolicyArn")?,
            ),
            "iam:AttachGroupPolicy" => {
                attach(self.group_mut(&get("GroupName")?)?, get("PolicyArn")?)
            }
            "iam:DetachUserPolicy" => detach(
                &mut self.user_mut(&get("UserName")?)?.policies,
                &get("PolicyArn")?,
            ),
            "iam:DetachRolePolicy" => detach(
                &mut self.role_mut(&get("RoleName")?)?.policies,
                &get("PolicyArn")?,
            ),
            "iam:DetachGroupPolicy" => {
                detach(self.group_mut(&get("GroupName")?)?, &get("PolicyArn")?)
            }
            "iam:AddUserToGroup" => {
                let group = get("GroupName")?;
                self.user_mut(&get("UserName")?)?.groups.insert(group);
            }
            "iam:RemoveUserFromGroup" => {
                let group = get("GroupName")?;
                self.user_mut(&get("UserName")?)?.groups.remove(&group);
            }
            "iam:PutUserPermissionsBoundary" => {
                let arn = get("PermissionsBoundary")?;
                self.user_mut(&get("UserName")?)?.boundary = Some(arn);
            }
            "iam:PutRolePermissionsBoundary" => {
                let arn = get("PermissionsBoundary")?;
                self.role_mut(&get("RoleName")?)?.boundary = Some(arn);
            }
            "iam:DeleteUserPermissionsBoundary" => {
                self.user_mut(&get("UserName")?)?.boundary = None
            }
            "iam:DeleteRolePermissionsBoundary" => {
                self.role_mut(&get("RoleName")?)?.boundary = None
            }
            "iam:TagUser" => {
                let tags = tag_pairs(&get("Tags")?);
                self.user_mut(&get("UserName")?)?.tags.extend(tags);
            }
            "iam:TagRole" => {
                let tags = tag_pairs(&get("Tags")?);
                self.role_mut(&get("RoleName")?)?.tags.extend(tags);
            }
            "iam:UpdateAssumeRolePolicy" => {
                let doc = get("PolicyDocument")?;
                self.role_mut(&get("RoleName")?)?.trust = doc;
            }
            "iam:DeleteUser" => {
                let name = get("UserName")?;
                if let Some(user) = self.users.remove(&name) {
                    self.forget_principal(&user.arn);
                }
                self.keys
                    .retain(|_, h| !matches!(h, Holder::User(u) if *u == name));
            }
            "iam:DeleteRole" => {
                let name = get("RoleName")?;
                if let Some(role) = self.roles.remove(&name) {
                    self.forget_principal(&role.arn);
                }
            }
            "iam:DeleteGroup" => {
                self.groups.remove(&get("GroupName")?);
            }
            "iam:CreateAccessKey" => {
                let key = f
                    .get("AccessKeyId")
                    .cloned()
                    .ok_or_else(|| NotCovered::new("CreateAccessKey without AccessKeyId"))?;
                let user = match p.get("UserName") {
                    Some(user) => user.clone(),
                    None => self.user_of(by)?,
                };
                self.keys.insert(key, Holder::User(user));
            }
            "iam:DeleteAccessKey" => {
                self.keys.remove(&get("AccessKeyId")?);
            }
            "iam:UpdateAccessKey" => {
                if p.get("Status").is_some_and(|s| s != "Active") {
                    self.keys.remove(&get("AccessKeyId")?);
                }
            }
            "sts:AssumeRole" => self.assumed(by, p, f)?,
            "sts:GetSessionToken" => {
                let user = self.user_of(by)?;
                let key = f
                    .get("AccessKeyId")
                    .cloned()
                    .ok_or_else(|| NotCovered::new("GetSessionToken without AccessKeyId"))?;
                let mfa = p.contains_key("TokenCode");
                self.keys.insert(
                    key,
                    Holder::SessionToken {
                        user,
                        mfa,
                        issued: now(),
                    },
                );
            }
            "sts:GetFederationToken" => {
                let user = self.user_of(by)?;
                let key = f
                    .get("AccessKeyId")
                    .cloned()
                    .ok_or_else(|| NotCovered::new("GetFederationToken without AccessKeyId"))?;
                let arn = f.get("FederatedUserArn").cloned().unwrap_or_default();
                let policy_arns = p
                    .get("PolicyArns")
                    .map(|v| split_list(v))
                    .unwrap_or_default();
                self.keys.insert(
                    key,
                    Holder::Federated {
                        user,
                        arn,
                        inline: p.get("Policy").cloned(),
                        policy_arns,
                    },
                );
            }
            "sts:GetCallerIdentity" | "sts:GetAccessKeyInfo" => {}
            // MFA devices, instance profiles and role settings do not change
            // what a policy decides for the principals the model judges.
            "iam:CreateVirtualMFADevice"
            | "iam:EnableMFADevice"
            | "iam:DeactivateMFADevice"
            | "iam:DeleteVirtualMFADevice"
            | "iam:CreateInstanceProfile"
            | "iam:DeleteInstanceProfile"
            | "iam:AddRoleToInstanceProfile"
            | "iam:RemoveRoleFromInstanceProfile"
            | "iam:UpdateRole" => {}
            other => return Err(NotCovered::new(format!("what {other} changes"))),
        }
        Ok(())
    }

    /// A deleted user or role: trust policies that named its ARN now hold its
    /// unique id, and name nobody once a namesake is created ("AWS JSON policy
    /// elements: Principal", IAM user and role principals).
    fn forget_principal(&mut self, arn: &str) {
        // The ARN as a whole JSON string: not a longer ARN that starts with it.
        let quoted = format!("\"{arn}\"");
        for role in self.roles.values_mut() {
            role.trust = role
                .trust
                .replace(&quoted, "\"AIDA-the-deleted-principal\"");
        }
    }

    fn assumed(&mut self, by: By<'_>, p: &Params, f: &Params) -> Result<(), NotCovered> {
        let key = f
            .get("AccessKeyId")
            .cloned()
            .ok_or_else(|| NotCovered::new("AssumeRole without AccessKeyId"))?;
        let role_arn = p.get("RoleArn").cloned().unwrap_or_default();
        let (role_name, role) = self
            .roles
            .iter()
            .find(|(_, r)| r.arn == role_arn)
            .ok_or_else(|| NotCovered::new("a session of a role the scene does not hold"))?;
        let caller = match by {
            By::Key(k) => self.keys.get(k).cloned(),
            By::Admin => None,
        };
        let mut tags = BTreeMap::new();
        let mut transitive = BTreeSet::new();
        let mut source_identity = p.get("SourceIdentity").cloned();
        let mut mfa = p.contains_key("TokenCode");
        // Role chaining: transitive tags and the source identity carry over
        // ("Passing session tags in AWS STS", "Monitor and control actions
        // taken with assumed roles").
        if let Some(Holder::Session(previous)) = &caller {
            for key in &previous.transitive {
                if let Some(v) = previous.tags.get(key) {
                    tags.insert(key.clone(), v.clone());
                    transitive.insert(key.clone());
                }
            }
            source_identity = source_identity.or(previous.source_identity.clone());
            mfa |= previous.mfa;
        }
        if let Some(Holder::SessionToken { mfa: true, .. }) = &caller {
            mfa = true;
        }
        tags.extend(p.get("Tags").map(|t| tag_pairs(t)).unwrap_or_default());
        transitive.extend(
            p.get("TransitiveTagKeys")
                .map(|v| split_list(v))
                .unwrap_or_default(),
        );
        let session = Session {
            role: role_name.clone(),
            generation: role.generation,
            arn: f.get("AssumedRoleArn").cloned().unwrap_or_default(),
            name: p.get("RoleSessionName").cloned().unwrap_or_default(),
            inline: p.get("Policy").cloned(),
            policy_arns: p
                .get("PolicyArns")
                .map(|v| split_list(v))
                .unwrap_or_default(),
            tags,
            transitive,
            source_identity,
            mfa,
            issued: now(),
        };
        self.keys.insert(key, Holder::Session(Box::new(session)));
        Ok(())
    }

    fn user_of(&self, by: By<'_>) -> Result<String, NotCovered> {
        match by {
            By::Key(k) => match self.keys.get(k) {
                Some(Holder::User(u)) => Ok(u.clone()),
                _ => Err(NotCovered::new(
                    "a call the scene expects of an IAM user's own keys",
                )),
            },
            By::Admin => Err(NotCovered::new("a call by the admin that needs a user")),
        }
    }

    fn user_mut(&mut self, name: &str) -> Result<&mut User, NotCovered> {
        self.users
            .get_mut(name)
            .ok_or_else(|| NotCovered::new(format!("the user {name}, made outside the scene")))
    }

    fn role_mut(&mut self, name: &str) -> Result<&mut Role, NotCovered> {
        self.roles
            .get_mut(name)
            .ok_or_else(|| NotCovered::new(format!("the role {name}, made outside the scene")))
    }

    fn group_mut(&mut self, name: &str) -> Result<&mut Policies, NotCovered> {
        self.groups
            .get_mut(name)
            .map(|g| &mut g.policies)
            .ok_or_else(|| NotCovered::new(format!("the group {name}, made outside the scene")))
    }

    fn managed_mut(&mut self, arn: &str) -> Result<&mut Managed, NotCovered> {
        self.managed.get_mut(arn).ok_or_else(|| {
            NotCovered::new(format!("the managed policy {arn}, made outside the scene"))
        })
    }

    /// The model's decision for `action` with `params` by the holder of `key`.
    /// `mfa_code` says whether a device (by serial number) accepts a code, or
    /// `None` for a device the caller does not know.
    pub fn judge(
        &self,
        key: &str,
        action: &str,
        params: &Params,
        mfa_code: &dyn Fn(&str, &str) -> Option<bool>,
    ) -> Result<Decision, NotCovered> {
        if let Some(why) = &self.tainted {
            return Err(NotCovered::new(format!("this scene any longer ({why})")));
        }
        let holder = self.keys.get(key).ok_or_else(|| {
            NotCovered::new(
                "credentials the scene did not see issued (an unknown, inactive or deleted key)",
            )
        })?;
        let principal = self.principal(holder)?;
        let mut request = self.request(&principal, action, params)?;
        if let Some(code) = params.get("TokenCode") {
            let serial = params.get("SerialNumber").map_or("", String::as_str);
            let accepted = mfa_code(serial, code).ok_or_else(|| {
                NotCovered::new("an MFA code for a device the scenario did not make")
            })?;
            request.mfa_code_rejected = !accepted;
        }
        super::decide_with(&principal, &request, self.flaw)
    }

    fn principal(&self, holder: &Holder) -> Result<Principal, NotCovered> {
        let mut context = Context::default();
        context.set_single("aws:SecureTransport", self.secure_transport.to_string());
        let now = now();
        context.set_single("aws:EpochTime", now.to_string());
        context.set_single("aws:CurrentTime", rfc3339(now));
        Ok(match holder {
            Holder::User(name) | Holder::SessionToken { user: name, .. } => {
                let user = self
                    .users
                    .get(name)
                    .ok_or_else(|| NotCovered::new("a key of a user no longer in the scene"))?;
                context.set_single("aws:username", name.clone());
                context.set("aws:userid", Value::Unknown);
                context.set_single("aws:PrincipalArn", user.arn.clone());
                context.set_single("aws:PrincipalAccount", account_of(&user.arn));
                context.set_single("aws:PrincipalType", "User");
                for (k, v) in &user.tags {
                    context.set_single(&format!("aws:PrincipalTag/{k}"), v.clone());
                }
                let caller = match holder {
                    Holder::SessionToken { mfa, issued, .. } => {
                        // "AWS global condition context keys": present for temporary credentials.
                        context.set_single("aws:MultiFactorAuthPresent", mfa.to_string());
                        context.set_single("aws:TokenIssueTime", rfc3339(*issued));
                        if *mfa {
                            context.set("aws:MultiFactorAuthAge", Value::Unknown);
                        }
                        Caller::SessionToken {
                            user_arn: user.arn.clone(),
                            mfa: *mfa,
                        }
                    }
                    _ => Caller::User {
                        arn: user.arn.clone(),
                    },
                };
                Principal {
                    account: account_of(&user.arn),
                    caller,
                    identity: self.user_policies(name, user)?,
                    boundary: user
                        .boundary
                        .as_deref()
                        .map(|b| self.managed_policy(b, "permissions boundary"))
                        .transpose()?,
                    session_policies: None,
                    context,
                }
            }
            Holder::Session(session) => {
                let role = self
                    .roles
                    .get(&session.role)
                    .filter(|r| r.generation == session.generation);
                let Some(role) = role else {
                    if self.roles.contains_key(&session.role) {
                        return Err(NotCovered::new(
                            "a session of a role deleted and created again",
                        ));
                    }
                    return Err(NotCovered::new("a session whose role was deleted"));
                };
                match &role.id {
                    Some(id) => context.set_single("aws:userid", format!("{id}:{}", session.name)),
                    None => context.set("aws:userid", Value::Unknown),
                }
                context.set_single("aws:PrincipalArn", role.arn.clone());
                context.set_single("aws:PrincipalAccount", account_of(&role.arn));
                context.set_single("aws:PrincipalType", "AssumedRole");
                context.set_single("aws:TokenIssueTime", rfc3339(session.issued));
                // Session tags win over role tags of the same key, whatever its case.
                let mut principal_tags: BTreeMap<String, String> = BTreeMap::new();
                for (k, v) in role.tags.iter().chain(&session.tags) {
                    principal_tags.retain(|existing, _| !existing.eq_ignore_ascii_case(k));
                    principal_tags.insert(k.clone(), v.clone());
                }
                for (k, v) in principal_tags {
                    context.set_single(&format!("aws:PrincipalTag/{k}"), v);
                }
                if let Some(si) = &session.source_identity {
                    context.set_single("aws:SourceIdentity", si.clone());
                }
                if session.mfa {
                    // The documentation disagrees: "AWS global condition context keys"
                    // has temporary credentials carry MFA, "Configuring MFA-protected API
                    // access" says AssumeRole's credentials do not.
                    context.set("aws:MultiFactorAuthPresent", Value::Unknown);
                    context.set("aws:MultiFactorAuthAge", Value::Unknown);
                } else {
                    context.set_single("aws:MultiFactorAuthPresent", "false");
                }
                let mut session_policies = Vec::new();
                if let Some(inline) = &session.inline {
                    session_policies.push(NamedPolicy {
                        name: "the inline session policy".into(),
                        policy: Policy::parse(inline)?,
                    });
                }
                // A managed session policy is read at each request (inferred: no
                // page says whether a session keeps the version it was given).
                for arn in &session.policy_arns {
                    session_policies.push(self.managed_policy(arn, "managed session policy")?);
                }
                Principal {
                    account: account_of(&role.arn),
                    caller: Caller::RoleSession {
                        role_arn: role.arn.clone(),
                        session_arn: session.arn.clone(),
                    },
                    identity: self.policies_of(
                        &role.policies,
                        &format!("role {}", self.shown(&session.role)),
                    )?,
                    boundary: role
                        .boundary
                        .as_deref()
                        .map(|b| self.managed_policy(b, "permissions boundary"))
                        .transpose()?,
                    session_policies: (!session_policies.is_empty()).then_some(session_policies),
                    context,
                }
            }
            Holder::Federated {
                user,
                arn,
                inline,
                policy_arns,
            } => {
                let owner = self
                    .users
                    .get(user)
                    .ok_or_else(|| NotCovered::new("a federated user whose IAM user is gone"))?;
                let mut session_policies = Vec::new();
                if let Some(inline) = inline {
                    session_policies.push(NamedPolicy {
                        name: "the inline session policy".into(),
                        policy: Policy::parse(inline)?,
                    });
                }
                for a in policy_arns {
                    session_policies.push(self.managed_policy(a, "managed session policy")?);
                }
                context.set_single("aws:PrincipalAccount", account_of(&owner.arn));
                Principal {
                    account: account_of(&owner.arn),
                    caller: Caller::Federated {
                        user_arn: owner.arn.clone(),
                        federated_arn: arn.clone(),
                    },
                    identity: self.user_policies(user, owner)?,
                    boundary: None,
                    session_policies: Some(session_policies),
                    context,
                }
            }
        })
    }

    fn user_policies(&self, name: &str, user: &User) -> Result<Vec<NamedPolicy>, NotCovered> {
        let mut all = self.policies_of(&user.policies, &format!("user {}", self.shown(name)))?;
        for group in &user.groups {
            let g = self
                .groups
                .get(group)
                .ok_or_else(|| NotCovered::new("a group no longer in the scene"))?;
            all.extend(self.policies_of(&g.policies, &format!("group {}", self.shown(group)))?);
        }
        Ok(all)
    }

    fn policies_of(
        &self,
        policies: &Policies,
        owner: &str,
    ) -> Result<Vec<NamedPolicy>, NotCovered> {
        let mut out = Vec::new();
        for (name, doc) in &policies.inline {
            out.push(NamedPolicy {
                name: format!("the inline policy {} of the {owner}", self.shown(name)),
                policy: Policy::parse(doc)?,
            });
        }
        for arn in &policies.attached {
            out.push(self.managed_policy(arn, "managed policy")?);
        }
        Ok(out)
    }

    /// A managed policy's default version.
    fn managed_policy(&self, arn: &str, kind: &str) -> Result<NamedPolicy, NotCovered> {
        let managed = self.managed.get(arn).ok_or_else(|| {
            NotCovered::new(format!("the {kind} {arn}, whose document the scene does not hold (an AWS managed policy, or one made outside the scene)"))
        })?;
        let doc = managed
            .versions
            .get(&managed.default)
            .ok_or_else(|| NotCovered::new("a default version the scene does not hold"))?;
        Ok(NamedPolicy {
            name: format!("the {kind} {}", self.shown(&managed.name)),
            policy: Policy::parse(doc)?,
        })
    }

    /// The request the model judges: the resource the action names and, for
    /// AssumeRole, the role and the keys the request carries.
    fn request(
        &self,
        principal: &Principal,
        action: &str,
        p: &Params,
    ) -> Result<Request, NotCovered> {
        if action == "sts:AssumeRole" {
            return self.assume_request(p);
        }
        let own_user = match &principal.caller {
            Caller::User { arn } => Some(arn.clone()),
            _ => None,
        };
        let own_name = own_user
            .as_ref()
            .and_then(|arn| self.users.iter().find(|(_, u)| &u.arn == arn))
            .map(|(n, _)| n.clone());
        // The user or role the action names, with its tags, where the scene holds it.
        let tags = match resource_kind(action) {
            Some(Kind::User) => p
                .get("UserName")
                .or(own_name.as_ref())
                .and_then(|n| self.users.get(n))
                .map(|u| &u.tags),
            Some(Kind::Role) => p
                .get("RoleName")
                .and_then(|n| self.roles.get(n))
                .map(|r| &r.tags),
            _ => None,
        };
        let mut keys = Vec::new();
        if let Some(tags) = tags {
            // "IAM and AWS STS condition context keys" (iam:ResourceTag), "AWS
            // global condition context keys" (aws:ResourceTag).
            for (k, v) in tags {
                for family in ["iam:ResourceTag/", "aws:ResourceTag/"] {
                    keys.push((format!("{family}{k}"), Value::Single(v.clone())));
                }
            }
        }
        if action.starts_with("iam:") {
            // "AWS global condition context keys": requests to IAM, a global
            // service, are made in us-east-1.
            keys.push((
                "aws:RequestedRegion".into(),
                Value::Single("us-east-1".into()),
            ));
            if let Some(arn) = p.get("PolicyArn").filter(|_| action.contains("tach")) {
                keys.push(("iam:PolicyARN".into(), Value::Single(arn.clone())));
            }
            if let Some(arn) = p.get("PermissionsBoundary") {
                keys.push(("iam:PermissionsBoundary".into(), Value::Single(arn.clone())));
            }
        } else {
            keys.push(("aws:RequestedRegion".into(), Value::Unknown));
        }
        let resource = match resource_kind(action) {
            Some(Kind::User) => match p.get("UserName") {
                Some(name) => self.users.get(name).map(|u| u.arn.clone()),
                None => own_user,
            },
            Some(Kind::Role) => p
                .get("RoleName")
                .and_then(|n| self.roles.get(n))
                .map(|r| r.arn.clone()),
            Some(Kind::Group) => p
                .get("GroupName")
                .and_then(|n| self.groups.get(n))
                .and_then(|g| g.arn.clone()),
            Some(Kind::Policy) => p.get("PolicyArn").cloned(),
            None => None,
        };
        let mut request = Request::new(action, resource);
        request.resource_tags_known = tags.is_some();
        request.keys = keys;
        Ok(request)
    }

    fn assume_request(&self, p: &Params) -> Result<Request, NotCovered> {
        let arn = p.get("RoleArn").cloned().unwrap_or_default();
        let Some((_, role)) = self.roles.iter().find(|(_, r)| r.arn == arn) else {
            // A name made for this scenario alone that the scene never saw
            // created: no such role exists (C7).
            if !self.suffix.is_empty() && arn.ends_with(&self.suffix) {
                let mut request = Request::new("sts:AssumeRole", None);
                request.missing_role = Some(arn);
                return Ok(request);
            }
            return Err(NotCovered::new(
                "AssumeRole on a role the scene does not hold",
            ));
        };
        let mut request = Request::new("sts:AssumeRole", None);
        request.role = Some(RoleTarget {
            arn: role.arn.clone(),
            account: account_of(&role.arn),
            trust: NamedPolicy {
                name: format!(
                    "the trust policy of the role {}",
                    self.shown(arn.rsplit('/').next().unwrap_or_default())
                ),
                policy: Policy::parse(&role.trust)?,
            },
        });
        if let Some(id) = p.get("ExternalId") {
            request
                .keys
                .push(("sts:ExternalId".into(), Value::Single(id.clone())));
        }
        if let Some(name) = p.get("RoleSessionName") {
            request
                .keys
                .push(("sts:RoleSessionName".into(), Value::Single(name.clone())));
        }
        if let Some(si) = p.get("SourceIdentity") {
            request
                .keys
                .push(("sts:SourceIdentity".into(), Value::Single(si.clone())));
            request.passes_source_identity = true;
        }
        if let Some(tags) = p.get("Tags") {
            let pairs = tag_pairs(tags);
            request.passes_tags = !pairs.is_empty();
            request.keys.push((
                "aws:TagKeys".into(),
                Value::Multi(pairs.keys().cloned().collect()),
            ));
            for (k, v) in pairs {
                request
                    .keys
                    .push((format!("aws:RequestTag/{k}"), Value::Single(v)));
            }
        }
        if let Some(keys) = p.get("TransitiveTagKeys") {
            request.keys.push((
                "sts:TransitiveTagKeys".into(),
                Value::Multi(split_list(keys)),
            ));
        }
        if p.contains_key("TokenCode") {
            // MFA passed with the request: the trust policy sees it
            // ("Configuring MFA-protected API access").
            request.keys.push((
                "aws:MultiFactorAuthPresent".into(),
                Value::Single("true".into()),
            ));
            request
                .keys
                .push(("aws:MultiFactorAuthAge".into(), Value::Single("0".into())));
        }
        Ok(request)
    }
}

#[derive(Debug, Clone, Copy)]
enum Kind {
    User,
    Role,
    Group,
    Policy,
}

/// The resource type an IAM action authorizes against, from the Service
/// Authorization Reference ("Actions, resources, and condition keys for AWS
/// Identity and Access Management"). The listing actions (ListUsers,
/// ListRoles, …) have none there, yet User Guide examples grant ListUsers on
/// user ARNs: the model leaves their resource unknown, so only a `"*"`
/// Resource is judged for them.
fn resource_kind(action: &str) -> Option<Kind> {
    let verb = action.strip_prefix("iam:")?;
    const USER: &[&str] = &[
        "GetUser",
        "ListAccessKeys",
        "CreateAccessKey",
        "DeleteAccessKey",
        "UpdateAccessKey",
        "DeleteUser",
        "PutUserPolicy",
        "DeleteUserPolicy",
        "GetUserPolicy",
        "ListUserPolicies",
        "AttachUserPolicy",
        "DetachUserPolicy",
        "ListAttachedUserPolicies",
        "TagUser",
        "PutUserPermissionsBoundary",
        "DeleteUserPermissionsBoundary",
        "ListMFADevices",
        "EnableMFADevice",
        "DeactivateMFADevice",
    ];
    const ROLE: &[&str] = &[
        "GetRole",
        "DeleteRole",
        "UpdateRole",
        "PutRolePolicy",
        "DeleteRolePolicy",
        "GetRolePolicy",
        "ListRolePolicies",
        "AttachRolePolicy",
        "DetachRolePolicy",
        "ListAttachedRolePolicies",
        "TagRole",
        "ListRoleTags",
        "PutRolePermissionsBoundary",
        "DeleteRolePermissionsBoundary",
        "UpdateAssumeRolePolicy",
    ];
    const GROUP: &[&str] = &[
        "GetGroup",
        "DeleteGroup",
        "PutGroupPolicy",
        "DeleteGroupPolicy",
        "AttachGroupPolicy",
        "DetachGroupPolicy",
        "AddUserToGroup",
        "RemoveUserFromGroup",
    ];
    const POLICY: &[&str] = &[
        "GetPolicy",
        "GetPolicyVersion",
        "ListPolicyVersions",
        "CreatePolicyVersion",
        "DeletePolicyVersion",
        "SetDefaultPolicyVersion",
        "DeletePolicy",
    ];
    if USER.contains(&verb) {
        Some(Kind::User)
    } else if ROLE.contains(&verb) {
        Some(Kind::Role)
    } else if GROUP.contains(&verb) {
        Some(Kind::Group)
    } else if POLICY.contains(&verb) {
        Some(Kind::Policy)
    } else {
        None
    }
}

fn attach(policies: &mut Policies, arn: String) {
    if !policies.attached.contains(&arn) {
        policies.attached.push(arn);
    }
}

fn detach(policies: &mut Policies, arn: &str) {
    policies.attached.retain(|a| a != arn);
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn rfc3339(seconds: u64) -> String {
    let at = std::time::UNIX_EPOCH + std::time::Duration::from_secs(seconds);
    humantime::format_rfc3339_seconds(at).to_string()
}

fn account_of(arn: &str) -> String {
    arn.split(':').nth(4).unwrap_or_default().to_owned()
}

/// `key=value, key2=value2`, as the action table takes tags.
fn tag_pairs(value: &str) -> BTreeMap<String, String> {
    split_list(value)
        .into_iter()
        .filter_map(|pair| {
            pair.split_once('=')
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
        })
        .collect()
}

#[cfg(test)]
mod tests;
