//! The state of one scenario: the entities it created (by logical name), the
//! actors who can make calls, named policy documents, and the outcome of the
//! last call.
//!
//! Every entity gets a physical name `<logical>-<run id>-<scenario number>`
//! under the run's IAM path, so scenarios run concurrently on one target
//! without colliding, and the after-hook removes exactly what it created.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Context, Result, bail};

use crate::cleanup;
use crate::clients::{Connection, Identity, Keys};
use crate::model::Decision;
use crate::model::scene::{By, Scene};
use crate::outcome::Outcome;
use crate::placeholders::{self, Reference, Resolver};
pub use crate::report::Wait;
use crate::report::model_checks::{Check, Expected};

/// Tag key carrying the run id on everything a run creates on real AWS.
pub const RUN_TAG: &str = "iam-conformance-run";

/// The actor name that stands for the suite's admin identity.
pub const ADMIN: &str = "admin";

/// What every scenario of a run shares: the target and the admin identity.
#[derive(Debug)]
pub struct Suite {
    pub connection: Connection,
    pub admin: Identity,
    pub account: String,
    pub run_id: String,
    /// `/iam-conformance/<run id>/`
    pub path: String,
    /// How long assertions may wait for IAM changes to propagate.
    pub deadline: std::time::Duration,
    /// Tag what the run creates with its id (real AWS).
    pub tag_entities: bool,
    /// The second account and its admin, on targets that have one.
    pub second: Option<(String, Identity)>,
    /// A deliberate flaw of the reference evaluator (`--model-flaw`).
    pub model_flaw: Option<crate::model::Flaw>,
    scenarios_started: AtomicUsize,
}

/// The account an entity or actor lives in: the run's own, or the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Home {
    First,
    Second,
}

/// As a step writes it: nothing for the run's own account, "in the second
/// account" (with or without a leading space) for the other.
impl std::str::FromStr for Home {
    type Err = anyhow::Error;

    fn from_str(words: &str) -> Result<Self> {
        match words.trim() {
            "" => Ok(Self::First),
            "in the second account" => Ok(Self::Second),
            other => bail!("unknown account {other:?}"),
        }
    }
}

impl Suite {
    pub fn new(
        connection: Connection,
        admin: Identity,
        account: String,
        run_id: String,
        path: String,
    ) -> Self {
        Self {
            connection,
            admin,
            account,
            run_id,
            path,
            deadline: std::time::Duration::ZERO,
            tag_entities: false,
            second: None,
            model_flaw: None,
            scenarios_started: AtomicUsize::new(0),
        }
    }

    /// The run-id tag for what the run creates, where the target wants it (real AWS).
    pub fn run_tags(&self) -> Option<Vec<aws_sdk_iam::types::Tag>> {
        self.tag_entities.then(|| {
            let tag = aws_sdk_iam::types::Tag::builder()
                .key(RUN_TAG)
                .value(&self.run_id)
                .build();
            vec![tag.expect("key and value are set")]
        })
    }

    /// The admin who sets scenes up in `home`.
    pub fn admin_of(&self, home: Home) -> Result<&Identity> {
        match home {
            Home::First => Ok(&self.admin),
            Home::Second => Ok(&self.second_account()?.1),
        }
    }

    pub fn iam_admin(&self, home: Home) -> Result<aws_sdk_iam::Client> {
        Ok(self.connection.iam_setup(self.admin_of(home)?))
    }

    fn second_account(&self) -> Result<&(String, Identity)> {
        self.second.as_ref().context(
            "this target has no second account (the scenario should be tagged @requires:second-account)",
        )
    }

    /// The id of `home`.
    pub fn account_of(&self, home: Home) -> Result<&str> {
        match home {
            Home::First => Ok(&self.account),
            Home::Second => Ok(&self.second_account()?.0),
        }
    }

    /// Where the entity or principal with this ARN lives: the account field
    /// of an IAM or STS ARN (`arn:aws:iam::ACCOUNT:…`). The admin, who has no
    /// ARN here, and anything unknown are the run's own account.
    pub fn home_of(&self, arn: &str) -> Home {
        let account = arn.split(':').nth(4);
        match &self.second {
            Some((second, _)) if account == Some(second.as_str()) => Home::Second,
            _ => Home::First,
        }
    }
}

tokio::task_local! {
    /// The suite of the run in progress, for the worlds made while it runs.
    /// Cucumber makes each world with no arguments, so the run hands its
    /// suite down this way rather than through a process-wide global.
    static SUITE: Arc<Suite>;
}

/// Runs `run` (the cucumber run) with `suite` available to every world it makes.
pub async fn with_suite<F: std::future::Future>(suite: Arc<Suite>, run: F) -> F::Output {
    SUITE.scope(suite, run).await
}

#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    pub arn: String,
}

/// Someone who can make calls: a user with access keys, or a role session.
#[derive(Debug, Clone)]
pub struct Actor {
    pub identity: Identity,
    pub arn: String,
}

impl Actor {
    pub fn keys(&self) -> Result<&Keys> {
        match &self.identity {
            Identity::Keys(keys) => Ok(keys),
            Identity::DefaultChain | Identity::Profile(_) => {
                bail!("this actor signs with credentials from the AWS config, not known keys")
            }
        }
    }
}

/// Kinds of entity a scenario names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    User,
    Role,
    Group,
    Policy,
}

/// As a step writes it ("user", "role", …): step definitions take a `Kind`
/// parameter and cucumber parses the captured word.
impl std::str::FromStr for Kind {
    type Err = anyhow::Error;

    fn from_str(word: &str) -> Result<Self> {
        Ok(match word {
            "user" => Self::User,
            "role" => Self::Role,
            "group" => Self::Group,
            "policy" | "managed policy" => Self::Policy,
            other => bail!("unknown kind of entity {other:?}"),
        })
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.word())
    }
}

impl Kind {
    fn word(self) -> &'static str {
        match self {
            Self::User => "user",
            Self::Role => "role",
            Self::Group => "group",
            Self::Policy => "managed policy",
        }
    }
}

#[derive(cucumber::World)]
#[world(init = Self::new)]
pub struct IamWorld {
    pub suite: Arc<Suite>,
    number: usize,
    entities: BTreeMap<(KindKey, String), Entity>,
    actors: BTreeMap<String, Actor>,
    documents: BTreeMap<String, String>,
    /// Each user's virtual MFA device, by the user's logical name.
    mfa_devices: BTreeMap<String, crate::mfa::MfaDevice>,
    /// Everything created, in order and with its account, so the after-hook
    /// removes it newest first.
    created: Vec<(Home, cleanup::Entity)>,
    /// Dependents the scenario made, undone before the entities are deleted.
    undo: Vec<(Home, cleanup::Undo)>,
    /// The outcome of the most recent call, which `Then` steps judge.
    pub last: Option<Outcome>,
    /// Who made the most recent call, what it was and with which parameters,
    /// so that an assertion can repeat it while IAM changes propagate.
    pub last_call: Option<(String, String, crate::actions::Params)>,
    /// Assertions that held only after waiting: (what, milliseconds, attempts).
    pub waits: Vec<Wait>,
    /// Every call of the scenario with its outcome, for --record and --compare.
    pub transcript: Vec<(String, String, crate::actions::Params, Outcome)>,
    /// The target's most recent answer, setup calls included: where a scenario
    /// stops, this is what stopped it (the report's root causes).
    pub answer: Option<crate::outcome::Answer>,
    /// What the scenario has set up, as the reference evaluator sees it.
    scene: Scene,
    /// The model's decision for the most recent call, if an actor made it
    /// (the admin's calls are not judged): `Jill calls iam:ListUsers`, and
    /// the decision or why the model does not judge it.
    pub foreseen: Option<(String, Result<Decision, String>)>,
    /// The model's word on each call whose outcome a step asserted.
    pub model_checks: Vec<Check>,
}

/// What a failed step shows of the scenario's state: who and what it made
/// and the last answer, not every response (cucumber formats this for each
/// failed step, and whole listings made that the run's main cost).
impl std::fmt::Debug for IamWorld {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IamWorld")
            .field("scenario", &self.number)
            .field("actors", &self.actors.keys().collect::<Vec<_>>())
            .field(
                "entities",
                &self
                    .entities
                    .iter()
                    .map(|((_, logical), e)| format!("{logical} = {}", e.name))
                    .collect::<Vec<_>>(),
            )
            .field("calls", &self.transcript.len())
            .field("answer", &self.answer)
            .finish_non_exhaustive()
    }
}

/// `Kind` as a map key.
type KindKey = u8;

fn kind_key(kind: Kind) -> KindKey {
    kind as u8
}

impl IamWorld {
    /// Refused once the run is stopping, so that no new scenario starts.
    fn new() -> Result<Self> {
        if let Some(reason) = crate::stopping::requested() {
            bail!("{} ({})", crate::stopping::NOT_RUN, reason.describe());
        }
        let suite = SUITE
            .try_with(Arc::clone)
            .context("a scenario's world is made only inside a run (world::with_suite)")?;
        let number = suite.scenarios_started.fetch_add(1, Ordering::Relaxed) + 1;
        let mut scene = Scene::new(
            suite.connection.secure_transport(),
            &format!("-{}-{number}", suite.run_id),
        );
        scene.flaw = suite.model_flaw;
        Ok(Self {
            suite,
            number,
            entities: BTreeMap::new(),
            actors: BTreeMap::new(),
            documents: BTreeMap::new(),
            mfa_devices: BTreeMap::new(),
            created: Vec::new(),
            undo: Vec::new(),
            last: None,
            last_call: None,
            waits: Vec::new(),
            transcript: Vec::new(),
            answer: None,
            scene,
            foreseen: None,
            model_checks: Vec::new(),
        })
    }

    /// Before `actor` calls `action`: what the reference evaluator decides
    /// for it, from the scene as it stands. The admin's calls are not judged.
    pub fn foresee(&mut self, actor: &str, action: &str, params: &crate::actions::Params) {
        self.foreseen = (actor != ADMIN).then(|| {
            let key = self
                .actor(actor)
                .and_then(|a| a.keys().map(|k| k.access_key_id.clone()));
            let decision = match key {
                Ok(key) => {
                    let devices = &self.mfa_devices;
                    let mfa_code = |serial: &str, code: &str| {
                        let device = devices.values().find(|d| d.serial == serial)?;
                        Some(device.accepts(code))
                    };
                    self.scene
                        .judge(&key, action, params, &mfa_code)
                        .map(|d| self.tidy(d))
                        .map_err(|e| e.to_string())
                }
                Err(e) => Err(format!("the model does not cover this actor ({e:#})")),
            };
            (format!("{actor} calls {action}"), decision)
        });
    }

    /// The model's reasons as a reader wants them: names without the run's
    /// path and suffix, the same on every target and every run.
    fn tidy(&self, mut decision: Decision) -> Decision {
        let suffix = format!("-{}-{}", self.suite.run_id, self.number);
        for r in &mut decision.reasons {
            r.text = r.text.replace(&self.suite.path, "/").replace(&suffix, "");
        }
        decision
    }

    /// A call that succeeded on the target, by `actor` or by the admin
    /// setting the scene up, changes the scene.
    pub fn succeeded(
        &mut self,
        actor: &str,
        action: &str,
        params: &crate::actions::Params,
        fields: &crate::actions::Fields,
    ) {
        let key = (actor != ADMIN)
            .then(|| {
                self.actor(actor)
                    .ok()?
                    .keys()
                    .ok()
                    .map(|k| k.access_key_id.clone())
            })
            .flatten();
        let by = key.as_deref().map_or(By::Admin, By::Key);
        self.scene.apply(by, action, params, fields);
    }

    /// A step asserts the last call's outcome: the model's word on it is kept.
    pub fn check_model(&mut self, expected: Expected) {
        if let Some((call, decision)) = &self.foreseen {
            self.model_checks
                .push(Check::new(call.clone(), expected, decision.clone()));
        }
    }

    /// Keeps the target's answer (or its silence) to the latest call.
    pub fn heard(&mut self, answer: crate::outcome::Answer) {
        self.answer = Some(answer);
    }

    /// The physical name for a logical one, unique to this run and scenario.
    pub fn physical_name(&self, logical: &str) -> Result<String> {
        if logical.is_empty()
            || !logical
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+=,.@_-".contains(c))
        {
            bail!("{logical:?} is not usable as an IAM name (letters, digits and +=,.@_- only)");
        }
        Ok(format!("{logical}-{}-{}", self.suite.run_id, self.number))
    }

    /// Whether this scenario already made an entity of that physical name.
    pub fn has_made(&self, name: &str) -> bool {
        self.entities.values().any(|e| e.name == name)
    }

    pub fn entity(&self, kind: Kind, logical: &str) -> Result<&Entity> {
        self.entities
            .get(&(kind_key(kind), logical.to_owned()))
            .with_context(|| {
                format!(
                    "this scenario has no {} called {logical:?}; create it in a Given step first",
                    kind.word()
                )
            })
    }

    /// Puts what `action` creates under the run: its path and, where the
    /// target wants it (real AWS), the run tag.
    pub fn under_the_run(&self, action: &str, params: &mut crate::actions::Params) {
        if crate::actions::find(action).is_ok_and(|a| a.creates.is_some()) {
            params.insert("Path".into(), self.suite.path.clone());
        }
        if self.suite.tag_entities
            && matches!(
                action,
                "iam:CreateUser" | "iam:CreateRole" | "iam:CreatePolicy"
            )
        {
            params.insert("Tags".into(), format!("{RUN_TAG}={}", self.suite.run_id));
        }
    }

    /// Remembers a created entity for lookups and for cleanup.
    pub fn created(&mut self, kind: Kind, logical: &str, entity: Entity) {
        let home = self.suite.home_of(&entity.arn);
        self.track(
            home,
            match kind {
                Kind::User => cleanup::Entity::User(entity.name.clone()),
                Kind::Role => cleanup::Entity::Role(entity.name.clone()),
                Kind::Group => cleanup::Entity::Group(entity.name.clone()),
                Kind::Policy => cleanup::Entity::Policy(entity.arn.clone()),
            },
        );
        self.entities
            .insert((kind_key(kind), logical.to_owned()), entity);
    }

    /// Gives the user `logical` the virtual MFA device `device`.
    pub fn add_mfa_device(&mut self, logical: &str, device: crate::mfa::MfaDevice) {
        self.mfa_devices.insert(logical.to_owned(), device);
    }

    pub fn mfa_device(&self, user: &str) -> Result<&crate::mfa::MfaDevice> {
        self.mfa_devices.get(user).with_context(|| {
            format!("the user {user:?} has no MFA device; give her one with `Given the user {user:?} has a virtual MFA device`")
        })
    }

    /// Remembers something a call created in `home`, for cleanup only.
    pub fn track(&mut self, home: Home, made: cleanup::Entity) {
        let made = (home, made);
        if !self.created.contains(&made) {
            self.created.push(made);
        }
    }

    /// Remembers a dependent to undo at cleanup (saves the listing calls).
    pub fn undo_later(&mut self, home: Home, undo: cleanup::Undo) {
        self.undo.push((home, undo));
    }

    /// Takes back, newest first, the dependents scheduled to be undone that
    /// hang off `entity` in `home`, for a step that removes it now.
    pub fn take_undos_of(&mut self, home: Home, entity: &cleanup::Entity) -> Vec<cleanup::Undo> {
        let (taken, kept) = self
            .undo
            .drain(..)
            .partition(|(h, undo)| *h == home && undo.hangs_off(entity));
        self.undo = kept;
        taken.into_iter().rev().map(|(_, undo)| undo).collect()
    }

    /// The account a scenario's entity lives in.
    pub fn home(&self, kind: Kind, logical: &str) -> Result<Home> {
        Ok(self.suite.home_of(&self.entity(kind, logical)?.arn))
    }

    pub fn add_actor(&mut self, name: &str, keys: Keys, arn: String) {
        self.actors.insert(
            name.to_owned(),
            Actor {
                identity: Identity::Keys(keys),
                arn,
            },
        );
    }

    /// An actor by name; `admin` is the suite's admin identity.
    pub fn actor(&self, name: &str) -> Result<Actor> {
        if name == ADMIN {
            return Ok(Actor {
                identity: self.suite.admin.clone(),
                arn: String::new(),
            });
        }
        self.actors.get(name).cloned().with_context(|| {
            let known: Vec<&str> = self.actors.keys().map(String::as_str).collect();
            format!("no actor called {name:?} in this scenario (actors so far: {known:?})")
        })
    }

    pub fn add_document(&mut self, name: &str, text: String) {
        self.documents.insert(name.to_owned(), text);
    }

    /// Replaces `${…}` placeholders with this scenario's values.
    pub fn resolve(&self, text: &str) -> Result<String> {
        placeholders::substitute(text, self)
    }

    pub fn last(&self) -> Result<&Outcome> {
        self.last
            .as_ref()
            .context("no call has been made yet in this scenario")
    }

    /// The scenario's calls, normalised for recording.
    pub fn recorded_calls(&self) -> Vec<crate::recording::RecordedCall> {
        let mut normalizer = crate::recording::Normalizer::new(&self.suite.run_id);
        let mut calls = Vec::new();
        for (actor, action, params, outcome) in &self.transcript {
            calls.push(normalizer.call(actor, action, params, outcome));
        }
        calls
    }

    /// The logical name of a role this scenario created, from its physical name.
    pub fn logical_role_for(&self, physical: &str) -> Option<&str> {
        self.entities
            .iter()
            .find(|((kind, _), e)| *kind == kind_key(Kind::Role) && e.name == physical)
            .map(|((_, logical), _)| logical.as_str())
    }

    /// Removes everything this scenario created, newest first. Runs after
    /// every scenario, passed or failed; what it cannot remove is left for the
    /// end-of-run sweep and reported there.
    pub async fn clean_up(&mut self) {
        if let Some(crate::stopping::Reason::TargetGone(_)) = crate::stopping::requested() {
            return; // nothing would answer
        }
        for (home, undo) in self.undo.drain(..).rev() {
            if let Some(crate::stopping::Reason::TargetGone(_)) = crate::stopping::requested() {
                return;
            }
            match self.suite.iam_admin(home) {
                Ok(iam) => undo.run(&iam).await,
                Err(e) => eprintln!("iam-conformance: cleanup cannot undo {undo:?}: {e:#}"),
            }
        }
        let mut made: Vec<(Home, cleanup::Entity)> = self.created.drain(..).rev().collect();
        made.sort_by_key(|(_, made)| made.removal_rank());
        for (home, made) in made {
            if let Some(crate::stopping::Reason::TargetGone(_)) = crate::stopping::requested() {
                return;
            }
            let deleted = match self.suite.iam_admin(home) {
                Ok(iam) => cleanup::delete_made(&iam, &made).await,
                Err(e) => Err(e),
            };
            if let Err(e) = deleted {
                eprintln!("iam-conformance: cleanup left {made:?} for the end-of-run sweep: {e:#}");
            }
        }
    }
}

impl Resolver for IamWorld {
    fn resolve(&self, reference: &Reference<'_>) -> Result<String> {
        Ok(match reference {
            Reference::Account => self.suite.account.clone(),
            Reference::SecondAccount => self.suite.account_of(Home::Second)?.to_owned(),
            Reference::User(n) => self.entity(Kind::User, n)?.arn.clone(),
            Reference::Role(n) => self.entity(Kind::Role, n)?.arn.clone(),
            Reference::Policy(n) => self.entity(Kind::Policy, n)?.arn.clone(),
            Reference::Name(n) => self.physical_name(n)?,
            Reference::Document(n) => self.documents.get(*n).cloned().with_context(|| {
                format!("no policy document called {n:?}; give it with `Given a policy document`")
            })?,
            Reference::AccessKeyId(actor) => self.actor(actor)?.keys()?.access_key_id.clone(),
            Reference::Session { role, session } => {
                let account = self.suite.account_of(self.home(Kind::Role, role)?)?;
                let role = &self.entity(Kind::Role, role)?.name;
                format!("arn:aws:sts::{account}:assumed-role/{role}/{session}")
            }
            Reference::Path => self.suite.path.clone(),
            Reference::MfaSerial(user) => self.mfa_device(user)?.serial.clone(),
            Reference::MfaCode(user) => self.mfa_device(user)?.fresh_code()?,
            Reference::MfaWrongCode(user) => self.mfa_device(user)?.wrong_code(),
            Reference::SecureTransport => self.suite.connection.secure_transport().to_string(),
            Reference::InsecureTransport => (!self.suite.connection.secure_transport()).to_string(),
        })
    }
}
