//! The Docker engine, spoken to directly for the two things testcontainers
//! does not cover: "does an engine answer?" (what `--launch auto` picks) and
//! "remove this container now" (on interrupt, when async code cannot run).

use std::io::{Read, Write};
use std::time::Duration;

/// Where the engine listens, from `DOCKER_HOST` (default: the local socket).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EngineAddress {
    Tcp(String),
    Unix(String),
}

pub fn address() -> Option<EngineAddress> {
    match std::env::var("DOCKER_HOST") {
        Ok(host) => parse_address(&host),
        Err(_) => Some(EngineAddress::Unix("/var/run/docker.sock".to_owned())),
    }
}

fn parse_address(host: &str) -> Option<EngineAddress> {
    if let Some(rest) = host
        .strip_prefix("tcp://")
        .or_else(|| host.strip_prefix("http://"))
    {
        Some(EngineAddress::Tcp(rest.trim_end_matches('/').to_owned()))
    } else {
        host.strip_prefix("unix://")
            .map(|p| EngineAddress::Unix(p.to_owned()))
    }
}

/// The host on which published container ports are reached from here.
pub fn published_host() -> String {
    match address() {
        Some(EngineAddress::Tcp(hostport)) => hostport
            .rsplit_once(':')
            .map_or(hostport.clone(), |(h, _)| h.to_owned()),
        // A local engine publishes on this machine (bound to 127.0.0.1 when started
        // with --ip=127.0.0.1); the bridge gateway testcontainers would pick inside
        // a container is not where the port is.
        _ => "127.0.0.1".to_owned(),
    }
}

/// True when the engine answers `GET /_ping` with 200.
pub async fn engine_answers() -> bool {
    tokio::task::spawn_blocking(|| request("GET", "/_ping") == Some(200))
        .await
        .unwrap_or(false)
}

/// Force-removes a container; blocking, for use on interrupt.
pub fn remove_container(id: &str) -> Option<u16> {
    request("DELETE", &format!("/containers/{id}?force=true&v=true"))
}

/// One HTTP/1.0 request to the engine; the reply's status, or `None` if nothing answered.
fn request(method: &str, path: &str) -> Option<u16> {
    let message = format!("{method} {path} HTTP/1.0\r\nHost: docker\r\n\r\n");
    let timeout = Some(Duration::from_secs(3));
    let mut reply = Vec::new();
    match address()? {
        EngineAddress::Tcp(hostport) => {
            let addr = std::net::ToSocketAddrs::to_socket_addrs(&hostport)
                .ok()?
                .next()?;
            let mut stream =
                std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(2)).ok()?;
            stream.set_read_timeout(timeout).ok()?;
            stream.write_all(message.as_bytes()).ok()?;
            stream.read_to_end(&mut reply).ok()?;
        }
        EngineAddress::Unix(path) => {
            let mut stream = std::os::unix::net::UnixStream::connect(path).ok()?;
            stream.set_read_timeout(timeout).ok()?;
            stream.write_all(message.as_bytes()).ok()?;
            stream.read_to_end(&mut reply).ok()?;
        }
    }
    status_of(&reply)
}

fn status_of(reply: &[u8]) -> Option<u16> {
    let text = String::from_utf8_lossy(&reply[..reply.len().min(64)]).into_owned();
    let mut parts = text.split_whitespace();
    parts.next().filter(|p| p.starts_with("HTTP/"))?;
    parts.next()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_docker_host_forms() {
        assert_eq!(
            parse_address("tcp://127.0.0.1:2375"),
            Some(EngineAddress::Tcp("127.0.0.1:2375".into()))
        );
        assert_eq!(
            parse_address("unix:///run/docker.sock"),
            Some(EngineAddress::Unix("/run/docker.sock".into()))
        );
        assert_eq!(parse_address("ssh://host"), None);
    }

    #[test]
    fn reads_the_status_line() {
        assert_eq!(status_of(b"HTTP/1.0 200 OK\r\n\r\nOK"), Some(200));
        assert_eq!(status_of(b"HTTP/1.1 404 Not Found\r\n"), Some(404));
        assert_eq!(status_of(b"garbage"), None);
    }
}
