//! Emulator processes and containers started by this run, so that a run
//! stopped at once (a second Ctrl-C, see `stopping`) can stop them first.

use std::sync::Mutex;

static PROCESS_GROUPS: Mutex<Vec<i32>> = Mutex::new(Vec::new());

pub fn register(pid: i32) {
    PROCESS_GROUPS
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(pid);
}

pub fn unregister(pid: i32) {
    PROCESS_GROUPS
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .retain(|p| *p != pid);
}

/// Terminates every registered process group; used on interrupt.
pub fn terminate_all() {
    let groups = std::mem::take(&mut *PROCESS_GROUPS.lock().unwrap_or_else(|p| p.into_inner()));
    for pid in groups {
        terminate_group(pid);
    }
}

/// SIGTERM to the emulator's process group (it leads its own group).
pub fn terminate_group(pid: i32) {
    // SAFETY: kill(2) with a negative pid signals that process group; no memory is touched.
    unsafe {
        libc::kill(-pid, libc::SIGTERM);
    }
}

static CONTAINERS: Mutex<Vec<String>> = Mutex::new(Vec::new());

pub fn register_container(id: &str) {
    CONTAINERS
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(id.to_owned());
}

pub fn unregister_container(id: &str) {
    CONTAINERS
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .retain(|c| c != id);
}

pub fn take_containers() -> Vec<String> {
    std::mem::take(&mut *CONTAINERS.lock().unwrap_or_else(|p| p.into_inner()))
}
