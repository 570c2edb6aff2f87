//! Plain HTTP for the few calls that are not AWS APIs: health checks and
//! emulator control endpoints (e.g. moto's `/moto-api/reset-auth`).

use std::time::Duration;

use anyhow::{Context, Result};

fn agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .build()
        .into()
}

/// The HTTP status of `GET url`; `Err` when nothing answered.
pub async fn get_status(url: &str, timeout: Duration) -> Result<u16> {
    let url = url.to_owned();
    tokio::task::spawn_blocking(move || {
        let response = agent(timeout)
            .get(&url)
            .call()
            .with_context(|| format!("GET {url}"))?;
        Ok(response.status().as_u16())
    })
    .await?
}

/// `POST url` with a `text/plain` body; returns the status and the reply text.
pub async fn post_text(url: &str, body: &str, timeout: Duration) -> Result<(u16, String)> {
    let (url, body) = (url.to_owned(), body.to_owned());
    tokio::task::spawn_blocking(move || {
        let mut response = agent(timeout)
            .post(&url)
            .content_type("text/plain")
            .send(body)
            .with_context(|| format!("POST {url}"))?;
        let status = response.status().as_u16();
        let text = response.body_mut().read_to_string().unwrap_or_default();
        Ok((status, text))
    })
    .await?
}

/// Joins an endpoint and a path without doubling the slash.
pub fn join(endpoint: &str, path: &str) -> String {
    format!(
        "{}/{}",
        endpoint.trim_end_matches('/'),
        path.trim_start_matches('/')
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn join_handles_slashes() {
        assert_eq!(
            super::join("http://h:1/", "/moto-api/"),
            "http://h:1/moto-api/"
        );
        assert_eq!(super::join("http://h:1", "x"), "http://h:1/x");
    }
}
