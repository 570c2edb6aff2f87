//! A deterministic fault-injecting HTTP proxy, run in-process between the SDK
//! and the target.
//!
//! Real AWS answers some requests with throttling, 5xx errors, reset
//! connections or slow replies. The suite must survive these transient
//! failures (the SDK retries) with verdicts unchanged; this proxy produces them
//! on purpose, from a seed, so a failing run can be replayed exactly.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, Result, bail, ensure};
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// How often each fault happens, in per-mille of requests (0..=1000 total).
#[derive(Debug, Clone, Copy)]
pub struct Rates {
    pub throttling: u16,
    pub unavailable: u16,
    pub internal: u16,
    pub reset: u16,
    pub delay: u16,
}

impl Rates {
    pub const DEFAULT: Rates = Rates {
        throttling: 20,
        unavailable: 10,
        internal: 10,
        reset: 10,
        delay: 20,
    };
}

/// How many requests met each fate so far; delayed requests are also forwarded.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub forwarded: u64,
    pub throttling: u64,
    pub unavailable: u64,
    pub internal: u64,
    pub reset: u64,
    pub delayed: u64,
}

/// The proxy; dropping it stops accepting new connections.
pub struct Proxy {
    port: u16,
    shared: Arc<Shared>,
    accept: JoinHandle<()>,
}

impl Proxy {
    /// Listens on 127.0.0.1 on a free port and forwards to `upstream` (e.g. "http://127.0.0.1:4566").
    pub async fn start(upstream: &str, seed: u64, rates: Rates) -> Result<Proxy> {
        let r = rates;
        let total: u32 = [r.throttling, r.unavailable, r.internal, r.reset, r.delay]
            .map(u32::from)
            .iter()
            .sum();
        if total > 1000 {
            bail!("fault rates add up to {total} per mille, more than 1000");
        }
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .context("binding the fault proxy")?;
        let port = listener.local_addr()?.port();
        let shared = Arc::new(Shared {
            upstream: upstream_addr(upstream)?,
            seed,
            rates,
            drawn: AtomicU64::new(0),
            counts: Mutex::new(Counts::default()),
        });
        let accept = tokio::spawn(accept_loop(listener, shared.clone()));
        Ok(Proxy {
            port,
            shared,
            accept,
        })
    }

    /// "http://127.0.0.1:PORT"
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn counts(&self) -> Counts {
        *self.shared.counts.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

struct Shared {
    upstream: String,
    seed: u64,
    rates: Rates,
    /// Requests read so far, across all connections: the index of the next draw.
    drawn: AtomicU64,
    counts: Mutex<Counts>,
}

/// What happens to one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    Forward,
    Delay(Duration),
    Throttling,
    Unavailable,
    Internal,
    Reset,
}

impl Fault {
    /// Status line, error type, code and message, as AWS sends them.
    fn aws_error(self) -> Option<[&'static str; 4]> {
        Some(match self {
            Fault::Throttling => ["400 Bad Request", "Sender", "Throttling", "Rate exceeded"],
            Fault::Unavailable => [
                "503 Service Unavailable",
                "Receiver",
                "ServiceUnavailable",
                "Service is unavailable. Please try again later.",
            ],
            Fault::Internal => [
                "500 Internal Server Error",
                "Receiver",
                "InternalFailure",
                "The request processing has failed because of an unknown error, exception or failure.",
            ],
            _ => return None,
        })
    }
}

/// The SplitMix64 finaliser: a cheap, well-mixed hash, enough for test faults.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The fate of request number `n`: a pure function of the seed, so runs replay.
fn decide(seed: u64, n: u64, rates: Rates) -> Fault {
    // The SplitMix64 stream: the seed's n-th step, mixed.
    let draw = mix(mix(seed).wrapping_add(n.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15)));
    let delay = Fault::Delay(Duration::from_millis(1000 + mix(draw) % 1001));
    let mut roll = (draw % 1000) as u16;
    for (rate, fault) in [
        (rates.throttling, Fault::Throttling),
        (rates.unavailable, Fault::Unavailable),
        (rates.internal, Fault::Internal),
        (rates.reset, Fault::Reset),
        (rates.delay, delay),
    ] {
        if roll < rate {
            return fault;
        }
        roll -= rate;
    }
    Fault::Forward
}

impl Shared {
    /// Draws the next request's fate and counts it.
    fn next_fault(&self) -> (u64, Fault) {
        let n = self.drawn.fetch_add(1, Ordering::Relaxed);
        let fault = decide(self.seed, n, self.rates);
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        let counter = match fault {
            Fault::Forward => &mut counts.forwarded,
            Fault::Delay(_) => {
                counts.forwarded += 1;
                &mut counts.delayed
            }
            Fault::Throttling => &mut counts.throttling,
            Fault::Unavailable => &mut counts.unavailable,
            Fault::Internal => &mut counts.internal,
            Fault::Reset => &mut counts.reset,
        };
        *counter += 1;
        (n, fault)
    }
}

/// "http://host:port/..." to "host:port", the form `TcpStream::connect` takes.
fn upstream_addr(url: &str) -> Result<String> {
    let rest = url.strip_prefix("http://").unwrap_or_default();
    let authority = rest.split('/').next().unwrap_or_default();
    ensure!(
        authority.contains(':'),
        "fault proxy upstream {url} is not http://host:port"
    );
    Ok(authority.to_owned())
}

async fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    loop {
        match listener.accept().await {
            Ok((stream, _)) => {
                tokio::spawn(serve(stream, shared.clone()));
            }
            // Out of file descriptors and the like: wait rather than spin.
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
}

/// Serves one client connection, request after request (the SDK keeps
/// connections alive). Any I/O error means the client went away: just stop.
async fn serve(stream: TcpStream, shared: Arc<Shared>) {
    let mut conn = BufReader::new(stream);
    while let Ok(true) = serve_one(&mut conn, &shared).await {}
}

const NOT_IMPLEMENTED: &[u8] =
    b"HTTP/1.1 501 Not Implemented\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
const BAD_GATEWAY: &[u8] =
    b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

/// Serves one request; returns whether the connection stays open.
async fn serve_one(conn: &mut BufReader<TcpStream>, shared: &Shared) -> Result<bool> {
    let Some(head) = read_head(conn).await? else {
        return Ok(false);
    };
    if head.chunked {
        conn.write_all(NOT_IMPLEMENTED).await?;
        return Ok(false);
    }
    let mut request = head.raw;
    let body_start = request.len();
    request.resize(body_start + head.content_length.unwrap_or(0), 0);
    conn.read_exact(&mut request[body_start..]).await?;

    let (n, fault) = shared.next_fault();
    if let Some(error) = fault.aws_error() {
        conn.write_all(&error_answer(error, n)).await?;
        return Ok(!head.close);
    }
    if fault == Fault::Reset {
        // SO_LINGER 0 makes the close an abortive one, so the client sees a
        // reset; with a zero timeout the close does not block the thread,
        // which is what the deprecation warns of.
        #[allow(deprecated)]
        conn.get_ref().set_linger(Some(Duration::ZERO))?;
        return Ok(false);
    }
    let Ok(upstream) = forward(&shared.upstream, &request).await else {
        // Not an injected fault: the target is gone, and the client should know.
        conn.write_all(BAD_GATEWAY).await?;
        return Ok(false);
    };
    if let Fault::Delay(delay) = fault {
        tokio::time::sleep(delay).await;
    }
    conn.write_all(&upstream.bytes).await?;
    Ok(!head.close && !upstream.close)
}

/// An awsQuery error answer for request number `n`.
fn error_answer([status, kind, code, message]: [&str; 4], n: u64) -> Vec<u8> {
    let id = format!("00000000-0000-4000-8000-{n:012x}");
    let body = format!(
        "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error>\
         <Type>{kind}</Type><Code>{code}</Code><Message>{message}</Message></Error>\
         <RequestId>{id}</RequestId></ErrorResponse>"
    );
    let length = body.len();
    format!(
        "HTTP/1.1 {status}\r\nx-amzn-RequestId: {id}\r\nContent-Type: text/xml\r\n\
         Content-Length: {length}\r\n\r\n{body}"
    )
    .into_bytes()
}

/// The head of a request or response, kept byte for byte, with what framing needs.
#[derive(Default)]
struct Head {
    raw: Vec<u8>,
    content_length: Option<usize>,
    chunked: bool,
    close: bool,
}

const MAX_HEAD: usize = 64 * 1024;

/// Reads a start line and headers up to the blank line; `None` on a clean close
/// before the first byte (a keep-alive connection the peer has finished with).
async fn read_head<R: AsyncBufRead + Unpin>(r: &mut R) -> Result<Option<Head>> {
    let mut head = Head::default();
    loop {
        let start = head.raw.len();
        if r.read_until(b'\n', &mut head.raw).await? == 0 {
            if start == 0 {
                return Ok(None);
            }
            bail!("connection closed inside a message head");
        }
        if head.raw.len() > MAX_HEAD {
            bail!("message head longer than {MAX_HEAD} bytes");
        }
        let line = String::from_utf8_lossy(&head.raw[start..])
            .trim()
            .to_ascii_lowercase();
        if line.is_empty() {
            return Ok(Some(head));
        }
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match name.trim() {
            "content-length" => {
                head.content_length = Some(value.parse().context("bad Content-Length")?)
            }
            "transfer-encoding" => head.chunked = value.contains("chunked"),
            "connection" => head.close = value.contains("close"),
            _ => {}
        }
    }
}

/// The upstream's answer, ready to send on, and whether to close after it.
struct Upstream {
    bytes: Vec<u8>,
    close: bool,
}

/// Sends the request as received, Host included: the SDK signed the proxy's
/// host, and the target checks signatures against the Host header it gets.
async fn forward(upstream: &str, request: &[u8]) -> Result<Upstream> {
    let mut up = BufReader::new(TcpStream::connect(upstream).await?);
    up.write_all(request).await?;
    let head = read_head(&mut up)
        .await?
        .context("upstream closed without answering")?;
    // "HTTP/1.1 204 ...": these two statuses never have a body.
    let bodiless = matches!(head.raw.get(9..12), Some(b"204" | b"304"));
    let length = if bodiless {
        Some(0)
    } else {
        head.content_length
    };
    let mut bytes = head.raw;
    let mut close = head.close;
    if head.chunked && !bodiless {
        read_chunked(&mut up, &mut bytes).await?;
    } else if let Some(length) = length {
        let start = bytes.len();
        bytes.resize(start + length, 0);
        up.read_exact(&mut bytes[start..]).await?;
    } else {
        // Framed by close: the client too can only find the end by the close.
        up.read_to_end(&mut bytes).await?;
        close = true;
    }
    Ok(Upstream { bytes, close })
}

/// Appends a chunked body, raw, up to and including the last chunk's trailers.
async fn read_chunked<R: AsyncBufRead + Unpin>(r: &mut R, out: &mut Vec<u8>) -> Result<()> {
    loop {
        let start = out.len();
        if r.read_until(b'\n', out).await? == 0 {
            bail!("upstream closed inside a chunked body");
        }
        let line = String::from_utf8_lossy(&out[start..]).into_owned();
        let size_hex = line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_hex, 16).context("bad chunk size")?;
        if size == 0 {
            // Trailers, if any, then the blank line that ends the body.
            loop {
                let start = out.len();
                if r.read_until(b'\n', out).await? == 0 || out[start..].trim_ascii().is_empty() {
                    return Ok(());
                }
            }
        }
        let start = out.len();
        out.resize(start + size + 2, 0); // the data and its CRLF
        r.read_exact(&mut out[start..]).await?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    fn rates(throttling: u16, reset: u16, delay: u16) -> Rates {
        let (unavailable, internal) = (0, 0);
        Rates {
            throttling,
            unavailable,
            internal,
            reset,
            delay,
        }
    }

    #[test]
    fn decisions_are_deterministic_per_seed() {
        let run = |seed| (0..1000).map(move |n| decide(seed, n, Rates::DEFAULT));
        assert!(run(7).eq(run(7)));
        assert!(!run(7).eq(run(8)));
    }

    #[test]
    fn decisions_follow_the_rates() {
        let mut seen = [0u32; 5];
        for n in 0..10_000 {
            let slot = match decide(42, n, Rates::DEFAULT) {
                Fault::Throttling => 0,
                Fault::Unavailable => 1,
                Fault::Internal => 2,
                Fault::Reset => 3,
                Fault::Delay(d) if (1000..=2000).contains(&d.as_millis()) => 4,
                Fault::Delay(d) => panic!("delay {d:?} out of range"),
                Fault::Forward => continue,
            };
            seen[slot] += 1;
        }
        for (seen, expected) in seen.into_iter().zip([200.0, 100.0, 100.0, 100.0, 200.0]) {
            assert!(
                (f64::from(seen) - expected).abs() <= expected * 0.3,
                "{seen} vs {expected}"
            );
        }
    }

    /// An upstream that answers every request, keep-alive, with "hello".
    async fn upstream() -> String {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(async move {
                    let mut conn = BufReader::new(stream);
                    while let Ok(Some(head)) = read_head(&mut conn).await {
                        let mut body = vec![0; head.content_length.unwrap_or(0)];
                        let reply = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
                        if conn.read_exact(&mut body).await.is_err()
                            || conn.write_all(reply).await.is_err()
                        {
                            return;
                        }
                    }
                });
            }
        });
        url
    }

    async fn connect(proxy: &Proxy) -> BufReader<TcpStream> {
        let addr = proxy.url().replace("http://", "");
        BufReader::new(TcpStream::connect(addr).await.expect("connect"))
    }

    /// Sends one request on `conn`; returns the status line and the body.
    async fn call(conn: &mut BufReader<TcpStream>) -> Result<(String, String)> {
        let request = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\n\r\nabc";
        conn.write_all(request.as_bytes()).await?;
        let head = read_head(conn).await?.context("closed without answering")?;
        let mut body = vec![0; head.content_length.unwrap_or(0)];
        conn.read_exact(&mut body).await?;
        let head = String::from_utf8_lossy(&head.raw).into_owned();
        let status = head.lines().next().unwrap_or("").to_owned();
        Ok((status, String::from_utf8_lossy(&body).into_owned()))
    }

    #[tokio::test]
    async fn forwards_and_keeps_alive() {
        let proxy = Proxy::start(&upstream().await, 1, rates(0, 0, 0))
            .await
            .expect("start");
        let mut conn = connect(&proxy).await;
        for _ in 0..2 {
            let (status, body) = call(&mut conn).await.expect("answer");
            assert_eq!(
                (status.as_str(), body.as_str()),
                ("HTTP/1.1 200 OK", "hello")
            );
        }
        assert_eq!(proxy.counts().forwarded, 2);
    }

    #[tokio::test]
    async fn throttles() {
        let proxy = Proxy::start(&upstream().await, 1, rates(1000, 0, 0))
            .await
            .expect("start");
        let (status, body) = call(&mut connect(&proxy).await).await.expect("answer");
        assert!(status.starts_with("HTTP/1.1 400"), "{status}");
        assert!(body.contains("<Code>Throttling</Code>"), "{body}");
        assert_eq!(proxy.counts().throttling, 1);
    }

    #[tokio::test]
    async fn resets() {
        let proxy = Proxy::start(&upstream().await, 1, rates(0, 1000, 0))
            .await
            .expect("start");
        assert!(call(&mut connect(&proxy).await).await.is_err());
        assert_eq!(proxy.counts().reset, 1);
    }

    #[tokio::test]
    async fn delays() {
        let proxy = Proxy::start(&upstream().await, 1, rates(0, 0, 1000))
            .await
            .expect("start");
        let started = Instant::now();
        let (_, body) = call(&mut connect(&proxy).await).await.expect("answer");
        assert!(started.elapsed() >= Duration::from_secs(1));
        assert_eq!(body, "hello");
        let counts = proxy.counts();
        assert_eq!((counts.forwarded, counts.delayed), (1, 1));
    }

    #[tokio::test]
    async fn answers_502_when_the_target_is_gone() {
        let gone = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", gone.local_addr().expect("addr"));
        drop(gone);
        let proxy = Proxy::start(&url, 1, rates(0, 0, 0)).await.expect("start");
        let (status, _) = call(&mut connect(&proxy).await).await.expect("answer");
        assert!(status.starts_with("HTTP/1.1 502"), "{status}");
    }

    #[tokio::test]
    async fn relays_chunked_answers_as_they_are() {
        let chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;x=y\r\nhello\r\n0\r\nT: 1\r\n\r\n";
        let mut reader = &[chunked.as_slice(), b"next"].concat()[..];
        let mut bytes = read_head(&mut reader)
            .await
            .expect("head")
            .expect("some")
            .raw;
        read_chunked(&mut reader, &mut bytes).await.expect("chunks");
        assert_eq!(
            (bytes.as_slice(), reader),
            (chunked.as_slice(), b"next".as_slice())
        );
    }
}
