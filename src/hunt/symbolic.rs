//! A world judged before it runs, on a scene of stand-in names and ARNs shaped
//! as the run's (its path, its suffix): which requests the reference
//! evaluator covers. Requests it does not cover are not generated. Whether a
//! request is covered depends on the world's shape, not on the account or
//! the run id, so the stand-ins decide it as the run will.

use crate::model::scene::{By, Params, Scene};
use crate::placeholders::{Reference, Resolver, substitute};

use super::render::{self, MAY_ASSUME_WORKER, WORKER_TRUST};
use super::world::{Place, Principal, World};

const ACCOUNT: &str = "123456789012";
const PATH: &str = "/iam-conformance/hunt/";
const SUFFIX: &str = "-hunt-1";

struct StandIns;

impl Resolver for StandIns {
    fn resolve(&self, reference: &Reference<'_>) -> anyhow::Result<String> {
        Ok(match reference {
            Reference::Account => ACCOUNT.into(),
            Reference::User(n) => format!("arn:aws:iam::{ACCOUNT}:user{PATH}{n}{SUFFIX}"),
            Reference::Role(n) => format!("arn:aws:iam::{ACCOUNT}:role{PATH}{n}{SUFFIX}"),
            Reference::Policy(n) => format!("arn:aws:iam::{ACCOUNT}:policy{PATH}{n}{SUFFIX}"),
            Reference::Name(n) => format!("{n}{SUFFIX}"),
            Reference::Path => PATH.into(),
            Reference::SecureTransport => "true".into(),
            Reference::InsecureTransport => "false".into(),
            other => anyhow::bail!("the hunt's worlds do not use {other:?}"),
        })
    }
}

fn resolved(text: &str) -> String {
    substitute(text, &StandIns).expect("the hunt's worlds use only stand-in placeholders")
}

fn params(pairs: &[(&str, &str)]) -> Params {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), resolved(v)))
        .collect()
}

/// For each request of `world`: whether the reference evaluator judges it.
pub fn covered(world: &World) -> Vec<bool> {
    let mut scene = Scene::new(true, SUFFIX);
    let none = Params::new();
    let mut admin =
        |action: &str, p: Params, fields: Params| scene.apply(By::Admin, action, &p, &fields);
    let user_arn = resolved("${user:Jill}");
    let role_arn = resolved("${role:Worker}");
    admin(
        "iam:CreateUser",
        params(&[("UserName", "${name:Jill}")]),
        params(&[("Arn", &user_arn)]),
    );
    admin(
        "iam:CreateAccessKey",
        params(&[("UserName", "${name:Jill}")]),
        params(&[("AccessKeyId", "AKIAJILL")]),
    );
    let session = world.principal == Principal::RoleSession;
    if session {
        admin(
            "iam:CreateRole",
            params(&[
                ("RoleName", "${name:Worker}"),
                ("AssumeRolePolicyDocument", WORKER_TRUST),
            ]),
            params(&[("Arn", &role_arn), ("RoleId", "AROAWORKER")]),
        );
        admin(
            "iam:PutUserPolicy",
            params(&[
                ("UserName", "${name:Jill}"),
                ("PolicyName", "MayAssumeWorker"),
                ("PolicyDocument", MAY_ASSUME_WORKER),
            ]),
            none.clone(),
        );
    }
    let (owner_key, owner_name, tag_action) = if session {
        ("RoleName", "${name:Worker}", "iam:TagRole")
    } else {
        ("UserName", "${name:Jill}", "iam:TagUser")
    };
    if world.tagged {
        admin(
            tag_action,
            params(&[(owner_key, owner_name), ("Tags", "team=red")]),
            none.clone(),
        );
    }
    if world.principal == Principal::UserInGroup {
        admin(
            "iam:CreateGroup",
            params(&[("GroupName", "${name:Team}")]),
            params(&[("Arn", "x")]),
        );
        admin(
            "iam:AddUserToGroup",
            params(&[("GroupName", "${name:Team}"), ("UserName", "${name:Jill}")]),
            none.clone(),
        );
    }
    let mut session_policy = None;
    for (name, layer) in render::named_layers(world) {
        let doc = resolved(&render::document(layer));
        match layer.place {
            Place::Identity => {
                let put = if session {
                    "iam:PutRolePolicy"
                } else {
                    "iam:PutUserPolicy"
                };
                let mut p = params(&[(owner_key, owner_name), ("PolicyName", &name)]);
                p.insert("PolicyDocument".into(), doc);
                admin(put, p, none.clone());
            }
            Place::Group => {
                let mut p = params(&[("GroupName", "${name:Team}"), ("PolicyName", &name)]);
                p.insert("PolicyDocument".into(), doc);
                admin("iam:PutGroupPolicy", p, none.clone());
            }
            Place::Boundary => {
                let arn = resolved(&format!("${{policy:{name}}}"));
                let mut p = params(&[("PolicyName", &format!("{name}{SUFFIX}"))]);
                p.insert("PolicyDocument".into(), doc);
                admin(
                    "iam:CreatePolicy",
                    p,
                    params(&[("Arn", &arn), ("DefaultVersionId", "v1")]),
                );
                let put = if session {
                    "iam:PutRolePermissionsBoundary"
                } else {
                    "iam:PutUserPermissionsBoundary"
                };
                let mut p = params(&[(owner_key, owner_name)]);
                p.insert("PermissionsBoundary".into(), arn);
                admin(put, p, none.clone());
            }
            Place::Session => session_policy = Some(doc),
        }
    }
    let actor_key = if session {
        let mut p = params(&[("RoleArn", &role_arn), ("RoleSessionName", "work")]);
        if let Some(doc) = session_policy {
            p.insert("Policy".into(), doc);
        }
        let session_arn = format!("arn:aws:sts::{ACCOUNT}:assumed-role/Worker{SUFFIX}/work");
        scene.apply(
            By::Key("AKIAJILL"),
            "sts:AssumeRole",
            &p,
            &params(&[
                ("AccessKeyId", "ASIAWORK"),
                ("AssumedRoleArn", &session_arn),
            ]),
        );
        "ASIAWORK"
    } else {
        "AKIAJILL"
    };
    world
        .requests
        .iter()
        .map(|r| {
            let p: Params = r
                .params
                .iter()
                .map(|(k, v)| (k.clone(), resolved(v)))
                .collect();
            scene.judge(actor_key, &r.action, &p, &|_, _| None).is_ok()
        })
        .collect()
}

/// `world` without the requests the reference evaluator does not judge;
/// `None` when none is left.
pub fn judged_only(mut world: World) -> Option<World> {
    let covered = covered(&world);
    let mut keep = covered.into_iter();
    world.requests.retain(|_| keep.next().unwrap_or(false));
    (!world.requests.is_empty()).then_some(world)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hunt::world::generate;

    #[test]
    fn generated_worlds_keep_only_judged_requests() {
        let worlds = generate(3, 100);
        let kept: Vec<World> = worlds.into_iter().filter_map(judged_only).collect();
        assert!(
            kept.len() > 50,
            "most worlds keep a request ({} of 100)",
            kept.len()
        );
        for w in &kept {
            assert!(covered(w).iter().all(|c| *c));
        }
    }
}
