//! A cucumber writer that records, per scenario, whether it passed, how long it
//! took, and the first failing step with its message. A failing `Given` step
//! (Background included) is a precondition that could not be set up: the
//! scenario is blocked, not failed.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use cucumber::event::{self, Cucumber, Feature, Rule, Scenario, Step, StepError};
use cucumber::{Event, World, Writer, cli, gherkin, parser, writer};

use super::{Failure, Observed, Status};
use crate::spec::{ScenarioKey, key};

/// Results shared between the writer (inside the cucumber runner) and the code
/// that writes the reports once the run returns.
#[derive(Debug, Clone, Default)]
pub struct Results(Arc<Mutex<BTreeMap<ScenarioKey, Observed>>>);

impl Results {
    pub fn take(&self) -> BTreeMap<ScenarioKey, Observed> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|p| p.into_inner()))
    }

    fn insert(&self, key: ScenarioKey, observed: Observed) {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(key, observed);
    }
}

#[derive(Debug)]
pub struct Collector {
    root: PathBuf,
    results: Results,
    started: HashMap<ScenarioKey, SystemTime>,
    failures: HashMap<ScenarioKey, (Status, Failure)>,
}

impl Collector {
    pub fn new(root: PathBuf, results: Results) -> Self {
        Self {
            root,
            results,
            started: HashMap::new(),
            failures: HashMap::new(),
        }
    }

    fn key_of(&self, feature: &gherkin::Feature, scenario: &gherkin::Scenario) -> ScenarioKey {
        let path = feature
            .path
            .as_deref()
            .map(|p| p.strip_prefix(&self.root).unwrap_or(p).to_path_buf());
        let shown = path
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        key(&shown, scenario.position.line)
    }

    fn on_scenario<W>(&mut self, key: ScenarioKey, event: Scenario<W>, at: SystemTime) {
        match event {
            Scenario::Started => {
                self.started.insert(key, at);
            }
            Scenario::Step(step, Step::Failed(_, _, _, error))
            | Scenario::Background(step, Step::Failed(_, _, _, error)) => {
                let message = error_text(&error);
                let status = if message.contains(crate::stopping::NOT_RUN) {
                    Status::NotRun
                } else if step.ty == gherkin::StepType::Given {
                    Status::Blocked
                } else {
                    Status::Fail
                };
                let failure = failure(step_text(&step), message);
                self.failures.entry(key).or_insert((status, failure));
            }
            Scenario::Step(step, Step::Skipped) | Scenario::Background(step, Step::Skipped) => {
                // A step no definition matches is a defect of the specification.
                let failure = failure(
                    step_text(&step),
                    "no step definition matches this step".to_owned(),
                );
                self.failures.entry(key).or_insert((Status::Fail, failure));
            }
            Scenario::Hook(kind, event::Hook::Failed(_, info)) => {
                let failure = failure(format!("{kind:?} hook"), panic_text(&info));
                self.failures.entry(key).or_insert((Status::Fail, failure));
            }
            Scenario::Finished => {
                let duration_ms = self
                    .started
                    .remove(&key)
                    .and_then(|start| at.duration_since(start).ok())
                    .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
                let (status, failure) = match self.failures.remove(&key) {
                    Some((Status::NotRun, _)) => (Status::NotRun, None),
                    Some((status, failure)) => (status, Some(failure)),
                    None => (Status::Pass, None),
                };
                self.results.insert(
                    key,
                    Observed {
                        status,
                        duration_ms,
                        failure,
                    },
                );
            }
            _ => {}
        }
    }
}

impl<W: World> Writer<W> for Collector {
    type Cli = cli::Empty;

    async fn handle_event(&mut self, event: parser::Result<Event<Cucumber<W>>>, _: &Self::Cli) {
        let Ok(Event { at, value, .. }) = event else {
            return;
        };
        if let Cucumber::Feature(feature, event) = value {
            let (scenario, retryable) = match event {
                Feature::Scenario(s, r) | Feature::Rule(_, Rule::Scenario(s, r)) => (s, r),
                _ => return,
            };
            let key = self.key_of(&feature, &scenario);
            self.on_scenario(key, retryable.event, at);
        }
    }
}

impl writer::NonTransforming for Collector {}

/// The target's answer is added later, from the scenario's world.
fn failure(step: String, message: String) -> Failure {
    Failure {
        step,
        message,
        answer: None,
    }
}

fn step_text(step: &gherkin::Step) -> String {
    format!("{}{}", step.keyword, step.value)
}

fn error_text(error: &StepError) -> String {
    match error {
        StepError::Panic(info) => panic_text(info),
        other => other.to_string(),
    }
}

fn panic_text(info: &event::Info) -> String {
    if let Some(s) = info.downcast_ref::<String>() {
        s.clone()
    } else if let Some(s) = info.downcast_ref::<&str>() {
        (*s).to_owned()
    } else {
        "the step panicked with a value that is not text".to_owned()
    }
}
