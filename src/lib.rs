//! iam-conformance: an executable specification of AWS IAM role behaviour.
//!
//! `features/` is the specification; this crate runs it against a target (real
//! AWS or an emulator) and reports, scenario by scenario, whether the target
//! behaves as AWS does. Start at [`run::main`].

pub mod actions;
pub mod canary;
pub mod cleanup;
pub mod cli;
pub mod clients;
pub mod consistency;
pub mod faults;
pub mod http;
pub mod hunt;
pub mod launch;
pub mod lists;
pub mod mfa;
pub mod model;
pub mod outcome;
pub mod placeholders;
pub mod recording;
pub mod report;
pub mod resources;
pub mod run;
pub mod scenarios;
pub mod secrets;
pub mod site;
pub mod spec;
mod steps;
pub mod stopping;
pub mod target;
pub mod world;
