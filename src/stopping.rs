//! Why a run ends before every scenario ran: Ctrl-C or SIGTERM, or a target
//! that stopped answering. Either way no new scenario starts (a scenario's
//! world refuses to be made); after a signal the ones in flight finish and
//! clean up within [`GRACE`], after the target went away they stop at once.
//! The run then sweeps, restores the target and writes its reports, marked
//! incomplete. A second signal stops at once.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::sync::watch;

/// How long scenarios in flight may take to finish once the run is stopping.
pub const GRACE: Duration = Duration::from_secs(30);

/// Attempts in a row that got no answer at all before the target counts as gone.
pub const SILENT_CALLS_TO_GIVE_UP: usize = 5;

/// Part of the error a scenario that was not started fails with; the report
/// shows such scenarios as `not_run`.
pub const NOT_RUN: &str = "not run: the run was stopping";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// SIGINT (2) or SIGTERM (15).
    Signal(i32),
    /// The one message that says which target stopped answering, where, and when.
    TargetGone(String),
}

impl Reason {
    /// 130 after Ctrl-C, 143 after SIGTERM (the shell's convention), 3 when the target went away.
    pub fn exit_status(&self) -> i32 {
        match self {
            Self::Signal(signal) => 128 + signal,
            Self::TargetGone(_) => 3,
        }
    }

    /// How long scenarios in flight may go on once the run is stopping: after
    /// a signal, long enough to finish and clean up; after the target went
    /// away, not at all, since nothing would answer their calls or cleanup.
    pub fn grace(&self) -> Duration {
        match self {
            Self::Signal(_) => GRACE,
            Self::TargetGone(_) => Duration::ZERO,
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Self::Signal(libc::SIGTERM) => "stopped by SIGTERM".to_owned(),
            Self::Signal(_) => "interrupted (Ctrl-C)".to_owned(),
            Self::TargetGone(message) => message.clone(),
        }
    }
}

static STATE: Mutex<Option<watch::Sender<Option<Reason>>>> = Mutex::new(None);
static SILENT_IN_A_ROW: AtomicUsize = AtomicUsize::new(0);

fn sender() -> watch::Sender<Option<Reason>> {
    STATE
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get_or_insert_with(|| watch::channel(None).0)
        .clone()
}

/// The first reason given wins; later ones are ignored.
pub fn request(reason: Reason) {
    sender().send_if_modified(|current| {
        if current.is_some() {
            return false;
        }
        *current = Some(reason);
        true
    });
}

pub fn requested() -> Option<Reason> {
    sender().borrow().clone()
}

/// Resolves once the run is stopping.
pub async fn stopping() -> Reason {
    let mut rx = sender().subscribe();
    loop {
        if let Some(reason) = rx.borrow_and_update().clone() {
            return reason;
        }
        if rx.changed().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}

/// How the target is named in the message when it goes away.
static TARGET: Mutex<String> = Mutex::new(String::new());
/// Scenarios that ended (passed, failed or blocked), for that message.
pub static SCENARIOS_FINISHED: AtomicUsize = AtomicUsize::new(0);

/// "moto at http://127.0.0.1:40123".
pub fn set_target(label: String) {
    *TARGET.lock().unwrap_or_else(|p| p.into_inner()) = label;
}

/// Every attempt to reach the target, answered or not (any call: scenarios,
/// setup, cleanup, sweep): enough silence in a row and the run stops.
pub fn heard(answered: bool) {
    if answered {
        SILENT_IN_A_ROW.store(0, Ordering::Relaxed);
    } else if SILENT_IN_A_ROW.fetch_add(1, Ordering::Relaxed) + 1 == SILENT_CALLS_TO_GIVE_UP {
        let target = TARGET.lock().unwrap_or_else(|p| p.into_inner()).clone();
        request(Reason::TargetGone(format!(
            "the target stopped answering: {target} did not answer {SILENT_CALLS_TO_GIVE_UP} attempts in a row, after {} scenarios had finished",
            SCENARIOS_FINISHED.load(Ordering::Relaxed)
        )));
    }
}

/// The exact `--sweep` command for what a run leaves on a target it did not
/// launch, printed if a second signal stops the run before it cleaned up.
static SWEEP_COMMAND: Mutex<Option<String>> = Mutex::new(None);

pub fn set_sweep_command(command: String) {
    *SWEEP_COMMAND.lock().unwrap_or_else(|p| p.into_inner()) = Some(command);
}

/// The first SIGINT/SIGTERM asks the run to stop; the second stops the
/// process at once (stopping what it launched) and prints what is left.
pub fn listen_for_signals() {
    tokio::spawn(async move {
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut int), Ok(mut term)) = (
            signal(SignalKind::interrupt()),
            signal(SignalKind::terminate()),
        ) else {
            return;
        };
        let first = next_signal(&mut int, &mut term).await;
        eprintln!(
            "\niam-conformance: {}: no new scenarios start; those in flight finish and clean up (at most {} s), then the run sweeps and writes its reports. Press Ctrl-C again to stop at once.",
            Reason::Signal(first).describe(),
            GRACE.as_secs()
        );
        request(Reason::Signal(first));
        let second = next_signal(&mut int, &mut term).await;
        eprintln!("\niam-conformance: stopped at once; nothing was cleaned up.");
        let command = SWEEP_COMMAND
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        match &command {
            Some(command) => eprintln!("Remove what this run left with:\n  {command}"),
            None => eprintln!(
                "The emulator this run launched is stopped with it, and what it held with it."
            ),
        }
        crate::launch::children::terminate_all();
        crate::launch::container::remove_all_blocking();
        std::process::exit(128 + second);
    });
}

async fn next_signal(
    int: &mut tokio::signal::unix::Signal,
    term: &mut tokio::signal::unix::Signal,
) -> i32 {
    tokio::select! {
        _ = int.recv() => libc::SIGINT,
        _ = term.recv() => libc::SIGTERM,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_statuses_follow_the_shell_convention() {
        assert_eq!(Reason::Signal(libc::SIGINT).exit_status(), 130);
        assert_eq!(Reason::Signal(libc::SIGTERM).exit_status(), 143);
        assert_eq!(Reason::TargetGone("x".into()).exit_status(), 3);
    }

    #[test]
    fn scenarios_in_flight_wait_for_nothing_once_the_target_is_gone() {
        assert_eq!(Reason::Signal(libc::SIGINT).grace(), GRACE);
        assert_eq!(Reason::TargetGone("x".into()).grace(), Duration::ZERO);
    }
}
