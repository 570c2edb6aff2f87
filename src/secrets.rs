//! Every secret the run handles (secret access keys, session tokens) is
//! registered here when it is wrapped, and at the end of the run every file
//! the run wrote is scanned for them. A hit fails the run, naming the file but
//! never the secret.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use aho_corasick::AhoCorasick;

static SEEN: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Shorter values could match by chance; real secrets are 40+ characters.
const MIN_LEN: usize = 16;

pub fn register(value: &str) {
    if value.len() >= MIN_LEN {
        let mut seen = SEEN.lock().unwrap_or_else(|p| p.into_inner());
        if !seen.iter().any(|s| s == value) {
            seen.push(value.to_owned());
        }
    }
}

pub fn registered() -> usize {
    SEEN.lock().unwrap_or_else(|p| p.into_inner()).len()
}

/// Files under `dir` (recursively) that contain any registered secret.
pub fn files_containing_secrets(dir: &Path) -> Vec<PathBuf> {
    let seen = SEEN.lock().unwrap_or_else(|p| p.into_inner()).clone();
    let mut hits = Vec::new();
    if seen.is_empty() {
        return hits;
    }
    // One pass over each file for all secrets at once: a run handles hundreds.
    let secrets = AhoCorasick::new(&seen).expect("secrets are plain strings");
    scan(dir, &secrets, &mut hits);
    hits
}

fn scan(dir: &Path, secrets: &AhoCorasick, hits: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            scan(&path, secrets, hits);
        } else if let Ok(bytes) = std::fs::read(&path)
            && secrets.is_match(&bytes)
        {
            hits.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_planted_secret_and_nothing_else() {
        let dir =
            std::env::temp_dir().join(format!("iam-conformance-secrets-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        register("wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY-test-only");
        register("short");
        std::fs::write(dir.join("clean.json"), "{\"AccessKeyId\":\"AKIAEXAMPLE\"}").unwrap();
        std::fs::write(
            dir.join("sub/leak.log"),
            "x wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY-test-only y",
        )
        .unwrap();
        std::fs::write(dir.join("short.txt"), "short").unwrap();
        let hits = files_containing_secrets(&dir);
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(hits, vec![dir.join("sub/leak.log")]);
    }
}
