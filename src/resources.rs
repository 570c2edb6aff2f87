//! What a run costs: wall time, the suite's CPU and, when the suite started the
//! emulator as a local process, the emulator's CPU, over the same window (from
//! the target answering to the end of cleanup). The bench reads these from
//! report.json to show whether the suite or the emulator is the bottleneck.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use serde::{Deserialize, Serialize};

/// CPU seconds used so far, read at the window's start and end.
#[derive(Debug, Clone, Copy)]
pub struct Reading {
    at: Instant,
    requests: u64,
    unanswered: u64,
    suite: f64,
    emulator: Option<f64>,
}

/// The window's costs, as report.json's `resources`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resources {
    /// HTTP requests the suite sent (attempts, retries included).
    pub requests: u64,
    /// Of those, the attempts that got no answer (a time-out, a reset) or a
    /// server error (HTTP 5xx), and so were sent again: how often the target
    /// may have acted on a request whose answer the suite never saw.
    #[serde(default)]
    pub unanswered: u64,
    pub wall_seconds: f64,
    pub suite_cpu_seconds: f64,
    /// `null` unless the emulator is a local process this run started.
    pub emulator_cpu_seconds: Option<f64>,
    /// A hunt's pace: worlds run per second, before shrinking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worlds_per_second: Option<f64>,
    /// A hunt's requests per world.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requests_per_world: Option<f64>,
}

impl Reading {
    /// `emulator` is the process group of an emulator the suite started.
    pub fn now(emulator: Option<i32>) -> Self {
        Self {
            at: Instant::now(),
            requests: REQUESTS.load(Ordering::Relaxed),
            unanswered: UNANSWERED.load(Ordering::Relaxed),
            suite: own_cpu_seconds(),
            emulator: emulator.and_then(group_cpu_seconds),
        }
    }

    pub fn since(&self, start: &Reading) -> Resources {
        Resources {
            requests: self.requests - start.requests,
            unanswered: self.unanswered - start.unanswered,
            wall_seconds: round(self.at.duration_since(start.at).as_secs_f64()),
            suite_cpu_seconds: round(self.suite - start.suite),
            emulator_cpu_seconds: self
                .emulator
                .zip(start.emulator)
                .map(|(end, begin)| round(end - begin)),
            worlds_per_second: None,
            requests_per_world: None,
        }
    }
}

static REQUESTS: AtomicU64 = AtomicU64::new(0);
static UNANSWERED: AtomicU64 = AtomicU64::new(0);

/// Counts one attempt of an SDK request, and whether it went unanswered
/// (no reply, or HTTP 5xx).
pub fn request_sent(unanswered: bool) {
    REQUESTS.fetch_add(1, Ordering::Relaxed);
    if unanswered {
        UNANSWERED.fetch_add(1, Ordering::Relaxed);
    }
}

fn round(seconds: f64) -> f64 {
    (seconds * 100.0).round() / 100.0
}

/// User and system CPU of this process, all threads.
fn own_cpu_seconds() -> f64 {
    // SAFETY: getrusage writes into the struct it is given and reads nothing else.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        if libc::getrusage(libc::RUSAGE_SELF, &mut usage) != 0 {
            return 0.0;
        }
        usage
    };
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// User and system CPU of every live process in the group `pgid` (an
/// emulator may run workers beside its main process), from /proc.
fn group_cpu_seconds(pgid: i32) -> Option<f64> {
    // SAFETY: sysconf only reads a system constant.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    if ticks <= 0 {
        return None;
    }
    let mut total = 0u64;
    let mut found = false;
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        if let Some((group, cpu)) = parse_stat(&stat)
            && group == pgid
        {
            total += cpu;
            found = true;
        }
    }
    found.then(|| total as f64 / ticks as f64)
}

/// The process group and utime+stime (in clock ticks) from a /proc/PID/stat line.
fn parse_stat(stat: &str) -> Option<(i32, u64)> {
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // After the name: state(0) ppid(1) pgrp(2) … utime(11) stime(12).
    let group = fields.get(2)?.parse().ok()?;
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some((group, utime + stime))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_group_and_cpu_from_a_stat_line() {
        let line = "4242 (python3 (moto)) S 1 4242 4242 0 -1 4194560 100 0 0 0 731 95 0 0 20 0 3 0";
        assert_eq!(parse_stat(line), Some((4242, 826)));
    }

    #[test]
    fn the_suite_sees_its_own_cpu_grow() {
        let start = Reading::now(None);
        let mut x = 0u64;
        for i in 0..20_000_000u64 {
            x = x.wrapping_mul(31).wrapping_add(i);
        }
        std::hint::black_box(x);
        let used = Reading::now(None).since(&start);
        assert!(used.suite_cpu_seconds >= 0.0 && used.emulator_cpu_seconds.is_none());
    }

    #[test]
    fn a_process_group_of_this_test_has_cpu() {
        // SAFETY: getpgrp has no preconditions.
        let own_group = unsafe { libc::getpgrp() };
        assert!(group_cpu_seconds(own_group).is_some());
    }
}
