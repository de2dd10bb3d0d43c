//! The HTTP server side, for `iamtoken serve`'s local token service: requests read whole (head
//! and a capped body) and answered with JSON. What the routes mean is `serve`'s; this is only
//! HTTP, with the bounds that keep another local user from holding the service: a cap on
//! connections, on header size and on the time a head or a body may take, and an accept loop
//! that outlives every accept error, so the port stays ours for as long as iamtoken runs.
//!
//! hyper (already under reqwest) does the HTTP/1.1, pipelining included; one current-thread
//! tokio runtime on the server's thread runs every connection as a task, so an idle connection
//! costs a few hundred bytes, not a thread.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use http_body_util::{BodyExt as _, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper_util::rt::{TokioIo, TokioTimer};

use crate::error::{Exit, Failure, usage};

/// Request bodies are a few bytes of JSON; anything larger is refused.
const MAX_BODY_BYTES: usize = 64 * 1024;
/// A request head larger than this is answered 431.
pub const MAX_HEAD_BYTES: usize = 16 * 1024;
/// Connections served at once; more are closed as soon as they are accepted.
pub const MAX_CONNECTIONS: usize = 64;
/// The time a client has to send a whole request head, the first or the next one on a kept-alive
/// connection (so an idle connection is closed after it too), and then its body.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// How often the accept loop looks at the stop flag.
const TICK: Duration = Duration::from_millis(200);
/// After an accept error: the first pause, doubled up to the last.
const BACKOFF: (Duration, Duration) = (Duration::from_millis(10), Duration::from_secs(1));
/// Accept errors are warned of at most this often.
const WARN_EVERY: Duration = Duration::from_mins(1);

/// A listening socket on a loopback address.
pub struct Server {
    listener: std::net::TcpListener,
    addr: SocketAddr,
}

/// One request, read whole.
pub struct Request {
    pub method: String,
    /// The path and query as sent.
    pub target: String,
    headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The body was longer than the cap.
    pub too_large: bool,
}

/// What a handler answers: a status and a JSON body.
pub type Answer = (u16, serde_json::Value);

impl Server {
    /// Listens on `addr` (port 0: one the kernel picks). A port in use is a usage error.
    pub fn bind(addr: SocketAddr) -> Result<Self> {
        let listener = std::net::TcpListener::bind(addr).map_err(|e| {
            usage(format!("cannot listen on {addr}: {e}"))
                .hint("choose another --port, or 0 for any free one")
        })?;
        let addr = listener.local_addr()?;
        listener.set_nonblocking(true)?;
        Ok(Self { listener, addr })
    }

    /// The address and port listened on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Answers requests with `answer` until `stop` is set. Returns an error only when serving
    /// has become impossible (the listening socket itself is broken); accept errors such as
    /// running out of file descriptors are waited out, with a warning on `warn`.
    pub fn run(
        self,
        answer: &Arc<dyn Fn(&Request) -> Answer + Send + Sync>,
        stop: &AtomicBool,
        warn: &(dyn Fn(&str) + Sync),
    ) -> Result<()> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .build()
            .context("cannot start the token service")?;
        runtime.block_on(async {
            let listener = tokio::net::TcpListener::from_std(self.listener)?;
            let slots = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
            let mut pause = BACKOFF.0;
            let mut warned: Option<Instant> = None;
            while !stop.load(Ordering::Relaxed) {
                let accepted = match tokio::time::timeout(TICK, listener.accept()).await {
                    Err(_elapsed) => continue,
                    Ok(accepted) => accepted,
                };
                let stream = match accepted {
                    Ok((stream, _peer)) => {
                        pause = BACKOFF.0;
                        stream
                    }
                    Err(e) if is_fatal(&e) => {
                        return Err(Failure::new(
                            Exit::Internal,
                            format!("the token service cannot accept connections: {e}"),
                        )
                        .into());
                    }
                    Err(e) => {
                        if warned.is_none_or(|at| at.elapsed() >= WARN_EVERY) {
                            warn(&format!(
                                "accepting a connection failed ({e}); the service waits and goes on"
                            ));
                            warned = Some(Instant::now());
                        }
                        tokio::time::sleep(pause).await;
                        pause = (pause * 2).min(BACKOFF.1);
                        continue;
                    }
                };
                // Over the cap: closed at once (dropped), with no task and no buffer.
                let Ok(slot) = Arc::clone(&slots).try_acquire_owned() else {
                    continue;
                };
                let answer = Arc::clone(answer);
                tokio::spawn(async move {
                    let _slot = slot;
                    let service = hyper::service::service_fn(move |request| {
                        let answer = Arc::clone(&answer);
                        async move {
                            Ok::<_, std::convert::Infallible>(respond(request, &*answer).await)
                        }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .timer(TokioTimer::new())
                        .header_read_timeout(REQUEST_TIMEOUT)
                        .max_buf_size(2 * MAX_HEAD_BYTES)
                        .max_header_size(MAX_HEAD_BYTES)
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
            Ok(())
        })
    }
}

/// Reads `request` whole (a body over the cap or slower than the timeout is not read on) and
/// answers it.
async fn respond(
    request: hyper::Request<Incoming>,
    answer: &(dyn Fn(&Request) -> Answer + Send + Sync),
) -> hyper::Response<Full<Bytes>> {
    let (head, body) = request.into_parts();
    let declared = head
        .headers
        .get(hyper::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    let mut too_large = declared.is_some_and(|n| n > MAX_BODY_BYTES as u64);
    let mut bytes = Vec::new();
    if !too_large {
        let read = Limited::new(body, MAX_BODY_BYTES).collect();
        match tokio::time::timeout(REQUEST_TIMEOUT, read).await {
            Ok(Ok(collected)) => bytes = collected.to_bytes().to_vec(),
            Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => too_large = true,
            // A body that broke off or stalled: the client is gone or not worth waiting for.
            _ => return plain(400, &serde_json::json!({})),
        }
    }
    let request = Request {
        method: head.method.as_str().to_ascii_uppercase(),
        target: head
            .uri
            .path_and_query()
            .map_or_else(|| head.uri.to_string(), ToString::to_string),
        headers: head
            .headers
            .iter()
            .map(|(name, value)| {
                (
                    name.as_str().to_owned(),
                    String::from_utf8_lossy(value.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: bytes,
        too_large,
    };
    let (status, body) = answer(&request);
    plain(status, &body)
}

/// An answer with `status` and `body` as JSON; no other header but the content type (no CORS
/// header ever: no web page may read these answers).
fn plain(status: u16, body: &serde_json::Value) -> hyper::Response<Full<Bytes>> {
    let mut response = hyper::Response::new(Full::new(Bytes::from(body.to_string())));
    *response.status_mut() =
        hyper::StatusCode::from_u16(status).unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    response.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/json"),
    );
    response
}

/// Whether an accept error means the listening socket itself is broken. Every other one
/// (`EMFILE`, `ENFILE`, `ENOBUFS`, `ENOMEM`, `ECONNABORTED`, …) concerns one connection or a
/// passing shortage, and is waited out: giving the port up would let another user take it.
fn is_fatal(e: &std::io::Error) -> bool {
    #[cfg(unix)]
    if let Some(raw) = e.raw_os_error() {
        use rustix::io::Errno;
        let errno = Errno::from_raw_os_error(raw);
        return [Errno::BADF, Errno::NOTSOCK, Errno::INVAL, Errno::OPNOTSUPP].contains(&errno);
    }
    matches!(
        e.kind(),
        std::io::ErrorKind::InvalidInput | std::io::ErrorKind::Unsupported
    )
}

impl Request {
    /// A request as `serve` reads it: `method` upper case, `target` the path and query.
    pub fn new(
        method: String,
        target: String,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
        too_large: bool,
    ) -> Self {
        Self {
            method,
            target,
            headers,
            body,
            too_large,
        }
    }

    /// The value of header `name` (case-insensitive); the first when repeated.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Whether header `name` was sent more than once.
    pub fn repeated(&self, name: &str) -> bool {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .count()
            > 1
    }
}
