//! The emulator as a local process: installed once at its pinned version into a
//! virtualenv under target/, started on 127.0.0.1 on a free port, health-checked,
//! and stopped when the guard drops (also on panic; on interrupt via `children`).

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use tokio::process::{Child, Command};

use super::{Dirs, Running, children};
use crate::http;
use crate::target::{EmulatorSpec, Install, ProcessProgram};

const HEALTH_TIMEOUT: Duration = Duration::from_secs(60);
const INSTALLED_MARKER: &str = ".iam-conformance-installed";

pub async fn start(spec: &EmulatorSpec, dirs: &Dirs) -> Result<Running> {
    let venv = match &spec.install {
        Install::Pip {
            requirements,
            pip,
            min_python,
        } => provision(spec, requirements, *pip, *min_python, &dirs.emulators).await?,
        Install::Cargo { krate, usually } => {
            cargo_install(spec, krate, usually, &dirs.cache).await?
        }
    };
    let port = free_port()?;
    let command = (spec.process)(port);
    std::fs::create_dir_all(&dirs.logs)
        .with_context(|| format!("creating {}", dirs.logs.display()))?;
    let log_path = dirs.logs.join(format!("{}.log", spec.name));
    let log = std::fs::File::create(&log_path)
        .with_context(|| format!("creating {}", log_path.display()))?;
    let mut cmd = match &command.program {
        ProcessProgram::VenvScript(script) => Command::new(venv.join("bin").join(script)),
        ProcessProgram::PythonModule(module) => {
            let mut c = Command::new(venv.join("bin").join("python"));
            c.arg("-m").arg(module);
            c
        }
        ProcessProgram::Binary(name) => Command::new(venv.join("bin").join(name)),
    };
    cmd.args(&command.args)
        .envs(command.env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .stdout(log.try_clone()?)
        .stderr(log)
        .kill_on_drop(true);
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            // Own process group, so the whole emulator can be signalled at once,
            // and a SIGTERM if this run dies without cleaning up.
            libc::setpgid(0, 0);
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM);
            Ok(())
        });
    }
    let child = cmd
        .spawn()
        .with_context(|| format!("starting {} from {}", spec.name, venv.display()))?;
    let pid = child.id().context("the emulator exited at once")? as i32;
    children::register(pid);
    let endpoint = format!("http://127.0.0.1:{port}");
    let mut guard = ProcessGuard {
        child: Some(child),
        pid,
    };
    wait_healthy(
        spec,
        &endpoint,
        guard.child.as_mut().expect("just set"),
        &log_path,
    )
    .await?;
    Ok(Running {
        endpoint,
        launch: "process",
        detail: format!(
            "{} {} (pid {pid}, log {})",
            spec.name,
            spec.version,
            log_path.display()
        ),
        image: None,
        version: spec.version.to_owned(),
        process_group: Some(pid),
        _guard: Box::new(guard),
    })
}

struct ProcessGuard {
    child: Option<Child>,
    pid: i32,
}

impl Drop for ProcessGuard {
    fn drop(&mut self) {
        children::terminate_group(self.pid);
        if let Some(mut child) = self.child.take() {
            let deadline = Instant::now() + Duration::from_secs(5);
            while Instant::now() < deadline {
                if matches!(child.try_wait(), Ok(Some(_))) {
                    break;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            // kill_on_drop sends SIGKILL if it is still running.
        }
        children::unregister(self.pid);
    }
}

async fn wait_healthy(
    spec: &EmulatorSpec,
    endpoint: &str,
    child: &mut Child,
    log: &Path,
) -> Result<()> {
    let url = http::join(endpoint, spec.health_path);
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            bail!(
                "{} exited ({status}) before it became healthy; last lines of {}:\n{}",
                spec.name,
                log.display(),
                tail(log)
            );
        }
        if let Ok(200) = http::get_status(&url, Duration::from_secs(2)).await {
            return Ok(());
        }
        if started.elapsed() > HEALTH_TIMEOUT {
            bail!(
                "{} did not answer {url} within {} s; last lines of {}:\n{}",
                spec.name,
                HEALTH_TIMEOUT.as_secs(),
                log.display(),
                tail(log)
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// What an install is doing, from its log: cargo's count of compiled crates
/// and its latest line (pip's too).
fn progress(log: &Path) -> String {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let compiled = text
        .lines()
        .filter(|l| l.trim_start().starts_with("Compiling "))
        .count();
    let latest = text
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let latest: String = latest.chars().take(80).collect();
    match (compiled, latest.is_empty()) {
        (0, true) => String::new(),
        (0, false) => format!("; now: {latest}"),
        (n, _) => format!("; {n} crates compiled, now: {latest}"),
    }
}

/// The last lines of a log file, for error messages.
pub fn tail(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    super::tail_lines(&text, 30)
}

fn free_port() -> Result<u16> {
    let listener =
        std::net::TcpListener::bind("127.0.0.1:0").context("finding a free port on 127.0.0.1")?;
    Ok(listener.local_addr()?.port())
}

/// Builds the emulator's pinned version with `cargo install --locked` into
/// the per-user cache, once; what a failed build logged is shown.
async fn cargo_install(
    spec: &EmulatorSpec,
    krate: &str,
    usually: &str,
    cache: &Path,
) -> Result<PathBuf> {
    let root = cache.join(format!("{}-{}", spec.name, spec.version));
    let marker = root.join(INSTALLED_MARKER);
    let wanted = format!("cargo install {krate} {} --locked", spec.version);
    if std::fs::read_to_string(&marker).is_ok_and(|have| have == wanted) {
        return Ok(root);
    }
    std::fs::create_dir_all(cache).with_context(|| format!("creating {}", cache.display()))?;
    let log_path = cache.join(format!("{}-{}.install.log", spec.name, spec.version));
    let _ = std::fs::remove_file(&log_path);
    eprintln!(
        "iam-conformance: building {} {} with cargo install (first use on this machine only; it usually takes {usually}); \
         it is kept in {} for every later run and clone (IAM_CONFORMANCE_CACHE moves it); log: {}",
        spec.name,
        spec.version,
        root.display(),
        log_path.display()
    );
    let started = Instant::now();
    let mut cargo = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cargo
        .args([
            "install",
            krate,
            "--version",
            spec.version,
            "--locked",
            "--root",
        ])
        .arg(&root)
        // Its own build directory: the suite's target/ stays as it is.
        .env(
            "CARGO_TARGET_DIR",
            cache.join(format!("{}-{}.build", spec.name, spec.version)),
        );
    run_logged(
        &mut cargo,
        &log_path,
        &format!("cargo install {krate} {}", spec.version),
    )
    .await?;
    let _ = std::fs::remove_dir_all(cache.join(format!("{}-{}.build", spec.name, spec.version)));
    std::fs::write(&marker, wanted)?;
    eprintln!(
        "iam-conformance: built {} {} in {} s",
        spec.name,
        spec.version,
        started.elapsed().as_secs()
    );
    Ok(root)
}

/// Installs the emulator's pinned version into its own virtualenv, once.
async fn provision(
    spec: &EmulatorSpec,
    requirements: &[&str],
    pip_version: Option<&str>,
    min_python: (u32, u32),
    root: &Path,
) -> Result<PathBuf> {
    let venv = root.join(format!("{}-{}", spec.name, spec.version));
    let marker = venv.join(INSTALLED_MARKER);
    let wanted = requirements.join("\n");
    if std::fs::read_to_string(&marker).is_ok_and(|have| have == wanted) {
        return Ok(venv);
    }
    let python = find_python(min_python).await?;
    eprintln!(
        "iam-conformance: installing {} {} into {} with {} (first use only)",
        spec.name,
        spec.version,
        venv.display(),
        python.display()
    );
    if venv.exists() {
        std::fs::remove_dir_all(&venv)
            .with_context(|| format!("removing the incomplete {}", venv.display()))?;
    }
    std::fs::create_dir_all(root)?;
    let log_path = root.join(format!("{}-{}.install.log", spec.name, spec.version));
    // A fresh log per install, so that a failure shows this attempt's lines.
    let _ = std::fs::remove_file(&log_path);
    let started = Instant::now();
    run_logged(
        Command::new(&python).arg("-m").arg("venv").arg(&venv),
        &log_path,
        "creating the virtualenv",
    )
    .await?;
    if let Some(version) = pip_version {
        let mut pin = Command::new(venv.join("bin").join("pip"));
        pin.args([
            "install",
            "--disable-pip-version-check",
            "--no-input",
            &format!("pip=={version}"),
        ]);
        run_logged(&mut pin, &log_path, &format!("pip install pip=={version}")).await?;
    }
    let mut pip = Command::new(venv.join("bin").join("pip"));
    pip.args([
        "install",
        "--disable-pip-version-check",
        "--no-input",
        "--progress-bar",
        "off",
    ])
    .args(requirements);
    run_logged(
        &mut pip,
        &log_path,
        &format!("pip install {}", requirements.join(" ")),
    )
    .await?;
    std::fs::write(&marker, wanted)?;
    eprintln!(
        "iam-conformance: installed {} {} in {} s",
        spec.name,
        spec.version,
        started.elapsed().as_secs()
    );
    Ok(venv)
}

/// Runs an install step with its output in `log`, printing progress while it runs.
async fn run_logged(cmd: &mut Command, log: &Path, what: &str) -> Result<()> {
    let file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)?;
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(file.try_clone()?)
        .stderr(file)
        .kill_on_drop(true)
        .spawn()
        .with_context(|| format!("{what}: cannot start"))?;
    let started = Instant::now();
    let status = loop {
        tokio::select! {
            status = child.wait() => break status?,
            () = tokio::time::sleep(Duration::from_secs(10)) => {
                eprintln!("iam-conformance:   … {what} ({} s so far{}; log: {})", started.elapsed().as_secs(), progress(log), log.display());
            }
        }
    };
    if !status.success() {
        bail!(
            "{what} failed ({status}); last lines of {}:\n{}",
            log.display(),
            tail(log)
        );
    }
    Ok(())
}

/// A Python interpreter of at least `min` (major, minor): `IAM_CONFORMANCE_PYTHON`,
/// then `python3`, versioned names on PATH, then pyenv's versions.
pub async fn find_python(min: (u32, u32)) -> Result<PathBuf> {
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Ok(p) = std::env::var("IAM_CONFORMANCE_PYTHON") {
        candidates.push(p.into());
    }
    candidates.extend(["python3", "python3.13", "python3.12"].map(PathBuf::from));
    let pyenv_root = std::env::var("PYENV_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".pyenv")
        });
    if let Ok(entries) = std::fs::read_dir(pyenv_root.join("versions")) {
        let mut found: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path().join("bin").join("python3"))
            .collect();
        found.sort();
        found.reverse();
        candidates.extend(found);
    }
    let mut tried = Vec::new();
    for candidate in candidates {
        let out = Command::new(&candidate)
            .args([
                "-c",
                "import sys; print(sys.version_info[0], sys.version_info[1])",
            ])
            .output()
            .await;
        let version = out.ok().filter(|o| o.status.success()).and_then(|o| {
            let text = String::from_utf8_lossy(&o.stdout).into_owned();
            let mut parts = text.split_whitespace().map(|p| p.parse::<u32>().ok());
            Some((parts.next()??, parts.next()??))
        });
        match version {
            Some(v) if v >= min => return Ok(candidate),
            Some((major, minor)) => {
                tried.push(format!("{} ({major}.{minor})", candidate.display()))
            }
            None => tried.push(format!("{} (not found)", candidate.display())),
        }
    }
    bail!(
        "no Python >= {}.{} found; tried: {}. Install one, or set IAM_CONFORMANCE_PYTHON to its path.",
        min.0,
        min.1,
        tried.join(", ")
    )
}
