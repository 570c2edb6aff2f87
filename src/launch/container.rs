//! The emulator in a container, started with testcontainers: the target's
//! official image at its pinned tag, or the image named by its environment
//! variable (e.g. `IAM_CONFORMANCE_MOTO_IMAGE=iam-conformance-local/moto:5.2.5`).
//! One container per run, removed when the guard drops or on interrupt.

use std::time::{Duration, Instant};

use anyhow::{Result, bail};
use testcontainers::core::{IntoContainerPort, WaitFor};
use testcontainers::runners::AsyncRunner;
use testcontainers::{ContainerAsync, GenericImage, ImageExt};

use super::{Dirs, Running, children, docker};
use crate::http;
use crate::target::EmulatorSpec;

const HEALTH_TIMEOUT: Duration = Duration::from_secs(90);

/// The image to run: the override from the environment, else the official one.
pub fn image_for(spec: &EmulatorSpec) -> (String, String) {
    match std::env::var(spec.container.image_env) {
        Ok(image) if !image.trim().is_empty() => split_image(image.trim()),
        _ => (
            spec.container.default_image.to_owned(),
            spec.container.default_tag.to_owned(),
        ),
    }
}

/// `name:tag` (a registry port such as `host:5000/name` is not a tag).
fn split_image(image: &str) -> (String, String) {
    match image.rsplit_once(':') {
        Some((name, tag)) if !tag.contains('/') => (name.to_owned(), tag.to_owned()),
        _ => (image.to_owned(), "latest".to_owned()),
    }
}

pub async fn start(spec: &EmulatorSpec, _dirs: &Dirs) -> Result<Running> {
    if !docker::engine_answers().await {
        bail!(
            "--launch container: no Docker engine answers at {}. Start one (scripts/docker-engine.sh start, then \
             export DOCKER_HOST=tcp://127.0.0.1:2375), or use --launch process.",
            std::env::var("DOCKER_HOST")
                .unwrap_or_else(|_| "unix:///var/run/docker.sock".to_owned())
        );
    }
    let (name, tag) = image_for(spec);
    let port = spec.container.port;
    let mut image: testcontainers::ContainerRequest<GenericImage> = GenericImage::new(&name, &tag)
        .with_exposed_port(port.tcp())
        .with_wait_for(WaitFor::Nothing)
        .into();
    for (key, value) in (spec.container.env)() {
        image = image.with_env_var(key, value);
    }
    let container = image.start().await.map_err(|e| {
        anyhow::anyhow!(
            "cannot start a container from {name}:{tag}: {e}. If the image is not on this machine and cannot be \
             pulled, build it (scripts/build-emulator-images.sh {}) or point {} at an image you have.",
            spec.name,
            spec.container.image_env
        )
    })?;
    let id = container.id().to_owned();
    children::register_container(&id);
    let guard = ContainerGuard {
        container: Some(container),
        id: id.clone(),
    };
    let host_port = match guard.container().get_host_port_ipv4(port.tcp()).await {
        Ok(p) => p,
        Err(e) => bail!("container {id} of {name}:{tag} published no port for {port}: {e}"),
    };
    let endpoint = format!("http://{}:{host_port}", docker::published_host());
    wait_healthy(spec, &endpoint, &guard).await?;
    Ok(Running {
        endpoint,
        launch: "container",
        detail: format!(
            "{} in container {} from {name}:{tag}",
            spec.name,
            &id[..12.min(id.len())]
        ),
        image: Some(format!("{name}:{tag}")),
        version: tag,
        process_group: None,
        _guard: Box::new(guard),
    })
}

struct ContainerGuard {
    container: Option<ContainerAsync<GenericImage>>,
    id: String,
}

impl ContainerGuard {
    fn container(&self) -> &ContainerAsync<GenericImage> {
        self.container.as_ref().expect("present until drop")
    }
}

impl Drop for ContainerGuard {
    fn drop(&mut self) {
        // Removed synchronously so that nothing is left when the run returns.
        docker::remove_container(&self.id);
        children::unregister_container(&self.id);
        drop(self.container.take());
    }
}

async fn wait_healthy(spec: &EmulatorSpec, endpoint: &str, guard: &ContainerGuard) -> Result<()> {
    let url = http::join(endpoint, spec.health_path);
    let started = Instant::now();
    loop {
        if let Ok(200) = http::get_status(&url, Duration::from_secs(2)).await {
            return Ok(());
        }
        let running = guard.container().is_running().await.unwrap_or(false);
        if !running || started.elapsed() > HEALTH_TIMEOUT {
            let why = if running {
                format!("did not answer {url} within {} s", HEALTH_TIMEOUT.as_secs())
            } else {
                "exited before it became healthy".to_owned()
            };
            bail!(
                "{} in container {} {why}; last lines of its log:\n{}",
                spec.name,
                guard.id,
                log_tail(guard).await
            );
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn log_tail(guard: &ContainerGuard) -> String {
    let c = guard.container();
    let mut text =
        String::from_utf8_lossy(&c.stdout_to_vec().await.unwrap_or_default()).into_owned();
    text.push_str(&String::from_utf8_lossy(
        &c.stderr_to_vec().await.unwrap_or_default(),
    ));
    super::tail_lines(&text, 30)
}

/// Removes containers this run started; used on interrupt.
pub fn remove_all_blocking() {
    for id in children::take_containers() {
        docker::remove_container(&id);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn splits_name_and_tag() {
        let s = |i: &str| super::split_image(i);
        assert_eq!(
            s("motoserver/moto:5.2.5"),
            ("motoserver/moto".into(), "5.2.5".into())
        );
        assert_eq!(
            s("host:5000/moto"),
            ("host:5000/moto".into(), "latest".into())
        );
        assert_eq!(s("moto"), ("moto".into(), "latest".into()));
    }
}
