//! A hunt's world: a principal, one to three layers of policy drawn from the
//! language the reference evaluator implements, and a few read requests on
//! what exists in the world. Worlds are generated from a seed (the same seed
//! gives the same worlds) and made smaller by [`super::shrink`].

use rand::RngExt as _;
use rand::SeedableRng as _;

/// Who makes the requests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Principal {
    /// Jill, with her own access keys.
    User,
    /// Jill, member of the group Team.
    UserInGroup,
    /// Jill's session of the role Worker (trust and Jill's own policy let
    /// her in under every reading of the documentation).
    RoleSession,
}

/// Where a policy sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// An inline policy of the principal's own identity (Jill, or Worker).
    Identity,
    /// An inline policy of the group Team.
    Group,
    /// A managed policy set as the permissions boundary of Jill or Worker.
    Boundary,
    /// The inline session policy passed to AssumeRole.
    Session,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layer {
    pub place: Place,
    pub statements: Vec<Statement>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub allow: bool,
    pub not_action: bool,
    pub actions: Vec<String>,
    pub not_resource: bool,
    pub resources: Vec<String>,
    pub conditions: Vec<Condition>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    pub operator: String,
    pub key: String,
    pub values: Vec<String>,
}

/// One request: an action and its parameters (placeholders resolved in the run).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub action: String,
    pub params: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct World {
    pub principal: Principal,
    /// Tags of Jill (or of Worker, for a session): `team=red`.
    pub tagged: bool,
    pub layers: Vec<Layer>,
    pub requests: Vec<Request>,
}

impl World {
    /// The actor who makes the requests, as the steps name it.
    pub fn actor(&self) -> &'static str {
        match self.principal {
            Principal::RoleSession => "Worker/work",
            Principal::User | Principal::UserInGroup => "Jill",
        }
    }
}

/// The generator's pools: what a statement, a condition and a request may be.
/// Every entry is something the reference evaluator judges for the world's
/// principal (no key it does not know, no resource it cannot name).
const ACTIONS: &[&str] = &[
    "*",
    "iam:*",
    "iam:Get*",
    "iam:List*",
    "iam:GetUser",
    "iam:getuser",
    "IAM:GETUSER",
    "iam:?etUser",
    "iam:ListUsers",
    "iam:ListRoles",
    "iam:GetRole",
    "iam:ListAccessKeys",
    "iam:ListGroups",
    "iam:GetPolicy",
    "iam:List?sers",
    "sts:*",
];

fn resources(principal: &Principal) -> Vec<&'static str> {
    let mut r = vec![
        "*",
        "${user:Jill}",
        "arn:aws:iam::${account}:user${path}*",
        "arn:aws:iam::${account}:user${path}Jill-*",
        "arn:aws:iam::${account}:user${path}jill-*",
        "arn:aws:iam::${account}:user${path}${aws:username}",
        "arn:aws:iam::*:user/*",
        "arn:aws:iam::${account}:*",
        "arn:aws:iam::${account}:policy${path}*",
        "arn:aws:iam::${account}:role/*",
    ];
    if *principal == Principal::RoleSession {
        r.extend([
            "${role:Worker}",
            "arn:aws:iam::${account}:role${path}Work?r-*",
        ]);
    }
    r
}

fn conditions(principal: &Principal, tagged: bool) -> Vec<Condition> {
    let c = |operator: &str, key: &str, values: &[&str]| Condition {
        operator: operator.into(),
        key: key.into(),
        values: values.iter().map(|v| (*v).to_owned()).collect(),
    };
    let mut all = vec![
        c("StringEquals", "aws:username", &["${name:Jill}"]),
        c("StringLike", "aws:username", &["Jill-*"]),
        c("StringLike", "aws:username", &["jill-*"]),
        c(
            "StringEqualsIgnoreCase",
            "aws:username",
            &["jill-*", "${name:Jill}"],
        ),
        c("StringNotEquals", "aws:username", &["${name:Jill}"]),
        c("StringEqualsIfExists", "aws:username", &["Bob"]),
        c("Null", "aws:username", &["true"]),
        c("ArnLike", "aws:PrincipalArn", &["arn:aws:iam::*:user/*"]),
        c("ArnLike", "aws:PrincipalArn", &["arn:aws:iam::*:role/*"]),
        c("ArnNotEquals", "aws:PrincipalArn", &["${user:Jill}"]),
        c("Bool", "aws:SecureTransport", &["${secure-transport}"]),
        c(
            "Bool",
            "aws:SecureTransport",
            &["${secure-transport:opposite}"],
        ),
        c(
            "DateGreaterThan",
            "aws:CurrentTime",
            &["2020-01-01T00:00:00Z"],
        ),
        c("DateLessThan", "aws:CurrentTime", &["2020-01-01T00:00:00Z"]),
        c("NumericGreaterThan", "aws:EpochTime", &["1600000000"]),
        c("NumericLessThanEquals", "aws:EpochTime", &["1600000000"]),
        c("BoolIfExists", "aws:MultiFactorAuthPresent", &["false"]),
        c("Bool", "aws:MultiFactorAuthPresent", &["true"]),
        c("Null", "aws:MultiFactorAuthPresent", &["false"]),
        c("StringEquals", "aws:RequestedRegion", &["us-east-1"]),
        c("StringEquals", "aws:RequestedRegion", &["eu-west-1"]),
        c("ForAllValues:StringEquals", "aws:TagKeys", &["team"]),
        c("ForAnyValue:StringEquals", "aws:TagKeys", &["team"]),
        c("StringEquals", "aws:PrincipalType", &["User"]),
        c("StringEquals", "aws:PrincipalType", &["AssumedRole"]),
        c("StringEquals", "aws:PrincipalAccount", &["${account}"]),
        c("StringEquals", "aws:PrincipalTag/team", &["red"]),
        c("StringEquals", "aws:PrincipalTag/team", &["blue", "red"]),
        c("StringNotEqualsIfExists", "aws:PrincipalTag/team", &["red"]),
        c("Null", "aws:PrincipalTag/team", &["true"]),
    ];
    if !tagged {
        // Without tags these say nothing the missing-key rows do not.
        all.retain(|c| !c.key.starts_with("aws:PrincipalTag/") || c.operator == "Null");
    }
    if *principal == Principal::RoleSession {
        // A session's aws:userid is the role id and the session name.
        all.push(c("StringLike", "aws:userid", &["*:work"]));
    }
    all
}

fn requests(principal: &Principal) -> Vec<Request> {
    let r = |action: &str, params: &[(&str, &str)]| Request {
        action: action.into(),
        params: params
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect(),
    };
    let mut all = vec![
        r("iam:ListUsers", &[]),
        r("iam:GetUser", &[("UserName", "${name:Jill}")]),
        r("iam:ListAccessKeys", &[("UserName", "${name:Jill}")]),
        r("iam:ListRoles", &[]),
        r("iam:ListGroups", &[]),
        r("sts:GetCallerIdentity", &[]),
    ];
    match principal {
        Principal::RoleSession => all.push(r("iam:GetRole", &[("RoleName", "${name:Worker}")])),
        // A user's own GetUser names no user.
        Principal::User | Principal::UserInGroup => all.push(r("iam:GetUser", &[])),
    }
    all
}

/// `count` worlds from `seed`: the same seed gives the same worlds.
pub fn generate(seed: u64, count: usize) -> Vec<World> {
    worlds(seed).take(count).collect()
}

/// The endless sequence of worlds of `seed`.
pub fn worlds(seed: u64) -> impl Iterator<Item = World> {
    let mut rng = rand_pcg::Pcg64::seed_from_u64(seed);
    std::iter::repeat_with(move || one(&mut rng))
}

fn pick<'a, T>(rng: &mut rand_pcg::Pcg64, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

fn one(rng: &mut rand_pcg::Pcg64) -> World {
    let principal = pick(
        rng,
        &[
            Principal::User,
            Principal::UserInGroup,
            Principal::RoleSession,
        ],
    )
    .clone();
    let tagged = rng.random_bool(0.5);
    let mut places = vec![Place::Identity];
    if principal == Principal::UserInGroup {
        places.push(Place::Group);
    }
    if rng.random_bool(0.4) {
        places.push(Place::Boundary);
    }
    if principal == Principal::RoleSession && rng.random_bool(0.4) {
        places.push(Place::Session);
    }
    let resources = resources(&principal);
    let conditions = conditions(&principal, tagged);
    let layers = places
        .into_iter()
        .map(|place| Layer {
            place,
            statements: (0..rng.random_range(1..=3))
                .map(|_| statement(rng, &resources, &conditions))
                .collect(),
        })
        .collect();
    let pool = requests(&principal);
    let mut chosen: Vec<Request> = Vec::new();
    for _ in 0..rng.random_range(3..=5) {
        let request = pick(rng, &pool).clone();
        if !chosen.contains(&request) {
            chosen.push(request);
        }
    }
    World {
        principal,
        tagged,
        layers,
        requests: chosen,
    }
}

fn statement(rng: &mut rand_pcg::Pcg64, resources: &[&str], conditions: &[Condition]) -> Statement {
    let several = |rng: &mut rand_pcg::Pcg64, pool: &[&str]| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for _ in 0..rng.random_range(1..=2) {
            let v = (*pick(rng, pool)).to_owned();
            if !out.contains(&v) {
                out.push(v);
            }
        }
        out
    };
    let mut chosen: Vec<Condition> = Vec::new();
    for _ in 0..rng.random_range(0..=2) {
        let c = pick(rng, conditions).clone();
        // One operator and key once per statement (a JSON object's keys).
        if !chosen
            .iter()
            .any(|x| x.operator == c.operator && x.key == c.key)
        {
            chosen.push(c);
        }
    }
    Statement {
        allow: rng.random_bool(0.7),
        not_action: rng.random_bool(0.15),
        actions: several(rng, ACTIONS),
        not_resource: rng.random_bool(0.15),
        resources: several(rng, resources),
        conditions: chosen,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_worlds() {
        assert_eq!(generate(7, 20), generate(7, 20));
        assert_ne!(generate(7, 20), generate(8, 20));
        let worlds = generate(1, 200);
        assert!(
            worlds
                .iter()
                .all(|w| !w.requests.is_empty() && !w.layers.is_empty())
        );
        for kind in [
            Principal::User,
            Principal::UserInGroup,
            Principal::RoleSession,
        ] {
            assert!(worlds.iter().any(|w| w.principal == kind), "{kind:?}");
        }
        assert!(
            worlds
                .iter()
                .any(|w| w.layers.iter().any(|l| l.place == Place::Session))
        );
        assert!(
            worlds
                .iter()
                .any(|w| w.layers.iter().any(|l| l.place == Place::Boundary))
        );
    }
}
