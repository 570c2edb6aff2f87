//! IAM on AWS is eventually consistent: a policy attached a moment ago may not
//! apply yet, a new key may not authenticate yet. An assertion therefore
//! retries the call it judges until the expectation holds or the target's
//! deadline passes (zero for emulators, which answer at once), backing off
//! between attempts. How long it took is kept for the report.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// Time as the poller sees it; tests use a scripted clock instead of sleeping.
pub trait Clock {
    fn elapsed(&self) -> Duration;
    fn sleep(&self, duration: Duration) -> impl Future<Output = ()>;
}

/// The real clock, started when the assertion starts.
pub struct WallClock(std::time::Instant);

impl WallClock {
    pub fn start() -> Self {
        Self(std::time::Instant::now())
    }
}

impl Clock for WallClock {
    fn elapsed(&self) -> Duration {
        self.0.elapsed()
    }

    fn sleep(&self, duration: Duration) -> impl Future<Output = ()> {
        tokio::time::sleep(duration)
    }
}

/// First wait between attempts; it doubles up to [`MAX_BACKOFF`].
pub const FIRST_BACKOFF: Duration = Duration::from_millis(500);
pub const MAX_BACKOFF: Duration = Duration::from_secs(5);

/// How an assertion came to hold (or not).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settled<E> {
    /// `Ok` when the expectation held; the last failure otherwise.
    pub result: Result<(), E>,
    /// Time from the first check to the one that held (or to giving up).
    pub waited: Duration,
    pub attempts: u32,
}

/// Runs `attempt` (1, 2, …) until it holds or the next wait would pass the
/// deadline, waiting with backoff in between. `attempt` gets the state
/// mutably, so that from the second attempt on it can repeat the call.
pub async fn settle<S, E, C>(
    clock: &C,
    deadline: Duration,
    state: &mut S,
    attempt: impl for<'a> Fn(&'a mut S, u32) -> Pin<Box<dyn Future<Output = Result<(), E>> + 'a>>,
) -> Settled<E>
where
    C: Clock,
{
    let mut backoff = FIRST_BACKOFF;
    let mut attempts = 1;
    loop {
        let result = attempt(state, attempts).await;
        let waited = clock.elapsed();
        if result.is_ok() || waited + backoff > deadline {
            return Settled {
                result,
                waited,
                attempts,
            };
        }
        clock.sleep(backoff).await;
        backoff = (backoff * 2).min(MAX_BACKOFF);
        attempts += 1;
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    /// A clock that advances only when the poller sleeps.
    #[derive(Default)]
    struct ScriptedClock(Cell<Duration>);

    impl Clock for ScriptedClock {
        fn elapsed(&self) -> Duration {
            self.0.get()
        }

        fn sleep(&self, duration: Duration) -> impl Future<Output = ()> {
            self.0.set(self.0.get() + duration);
            std::future::ready(())
        }
    }

    /// Outcomes the target gives, one per attempt: "denied", "denied", "allowed"…
    fn run(script: &[&'static str], deadline: Duration) -> (Settled<String>, usize) {
        let clock = ScriptedClock::default();
        let mut repeats = 0usize;
        let script = script.to_vec();
        let settled =
            futures::executor::block_on(settle(&clock, deadline, &mut repeats, |repeats, n| {
                if n > 1 {
                    *repeats += 1;
                }
                let outcome = script[(n as usize - 1).min(script.len() - 1)];
                Box::pin(std::future::ready(if outcome == "allowed" {
                    Ok(())
                } else {
                    Err(format!("was {outcome}"))
                }))
            }));
        (settled, repeats)
    }

    #[test]
    fn holds_at_once_without_waiting() {
        let (s, retries) = run(&["allowed"], Duration::from_secs(30));
        assert_eq!(
            (s.result, s.waited, s.attempts, retries),
            (Ok(()), Duration::ZERO, 1, 0)
        );
    }

    #[test]
    fn denied_denied_allowed_holds_after_backoff() {
        let (s, retries) = run(&["denied", "denied", "allowed"], Duration::from_secs(30));
        assert_eq!(s.result, Ok(()));
        assert_eq!(s.attempts, 3);
        assert_eq!(retries, 2);
        // 0.5 s, then 1 s.
        assert_eq!(s.waited, Duration::from_millis(1500));
    }

    #[test]
    fn gives_up_at_the_deadline_with_the_last_failure() {
        let (s, _) = run(&["denied"], Duration::from_secs(10));
        assert_eq!(s.result, Err("was denied".to_owned()));
        // 0.5 + 1 + 2 + 4 = 7.5 s; the next 5 s wait would pass the deadline.
        assert_eq!(s.waited, Duration::from_millis(7500));
        assert_eq!(s.attempts, 5);
    }

    #[test]
    fn a_zero_deadline_checks_exactly_once() {
        let (s, retries) = run(&["denied", "allowed"], Duration::ZERO);
        assert_eq!((s.attempts, retries), (1, 0));
        assert!(s.result.is_err());
    }
}
