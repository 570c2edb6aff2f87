//! Is a Docker engine answering? Decides what `--launch auto` picks.

use std::io::{Read, Write};
use std::time::Duration;

use crate::http;

/// True when the engine named by `DOCKER_HOST` (or the default socket) answers `/_ping`.
pub async fn engine_answers() -> bool {
    match std::env::var("DOCKER_HOST") {
        Ok(host) if host.starts_with("tcp://") || host.starts_with("http://") => {
            let url = format!(
                "http://{}/_ping",
                host.trim_start_matches("tcp://")
                    .trim_start_matches("http://")
            );
            matches!(
                http::get_status(&url, Duration::from_secs(2)).await,
                Ok(200)
            )
        }
        Ok(host) if host.starts_with("unix://") => {
            unix_ping(host.trim_start_matches("unix://")).await
        }
        Ok(_) => false,
        Err(_) => unix_ping("/var/run/docker.sock").await,
    }
}

async fn unix_ping(path: &str) -> bool {
    let path = path.to_owned();
    tokio::task::spawn_blocking(move || {
        let Ok(mut stream) = std::os::unix::net::UnixStream::connect(&path) else {
            return false;
        };
        let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
        if stream
            .write_all(b"GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n")
            .is_err()
        {
            return false;
        }
        let mut reply = [0u8; 16];
        stream
            .read(&mut reply)
            .is_ok_and(|n| reply[..n].starts_with(b"HTTP/1.") && reply[..n].ends_with(b"200"))
            || String::from_utf8_lossy(&reply).contains(" 200")
    })
    .await
    .unwrap_or(false)
}
