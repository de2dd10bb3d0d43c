//! The HTTP server side, for `iamtoken serve`'s local token service: requests read whole (head
//! and a capped body) and answered with JSON. What the routes mean is `serve`'s; this is only
//! HTTP, with the bounds that keep a client from holding the service: a cap on connections
//! (when every slot is taken, the connection idle longest makes room for the new one), on
//! header size, on requests per connection, and on the time a head, a body or a write may take;
//! and an accept loop that outlives every accept error, so the port stays ours for as long as
//! iamtoken runs. Who may connect at all is the caller's to say (`admit`).
//!
//! hyper (already under reqwest) does the HTTP/1.1, pipelining included; one current-thread
//! tokio runtime on the server's thread runs every connection as a task, so an idle connection
//! costs a few hundred bytes, not a thread.

use std::collections::HashMap;
use std::future::Future as _;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
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
/// Connections served at once; past it, the connection idle longest is closed for a new one.
pub const MAX_CONNECTIONS: usize = 64;
/// Requests answered on one connection; the last answer closes it.
pub const MAX_REQUESTS_PER_CONNECTION: usize = 100;
/// The time an answer may wait for a client that does not read it.
pub const WRITE_TIMEOUT: Duration = Duration::from_secs(5);
/// The time a client has to send a whole request head, the first or the next one on a kept-alive
/// connection (so an idle connection is closed after it too), and then its body.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// Connections accepted together at most, for one look by `admit`.
const ACCEPT_BATCH: usize = 256;
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

    /// Answers requests with `answer` until `stop` is set. A connection from a peer that
    /// `admit` refuses is closed before anything is read: it is given our address and the
    /// peers of the connections accepted together (all that were waiting), and says for each
    /// whether it may be served.
    /// Returns an error only when serving has become impossible (the listening socket itself is
    /// broken); accept errors such as running out of file descriptors are waited out, with a
    /// warning on `warn`.
    pub fn run(
        self,
        answer: &Arc<dyn Fn(&Request) -> Answer + Send + Sync>,
        admit: &(dyn Fn(SocketAddr, &[SocketAddr]) -> Vec<bool> + Sync),
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
            let slots = Slots::default();
            let mut pause = BACKOFF.0;
            let mut warned: Option<Instant> = None;
            while !stop.load(Ordering::Relaxed) {
                let accepted = match tokio::time::timeout(TICK, listener.accept()).await {
                    Err(_elapsed) => continue,
                    Ok(accepted) => accepted,
                };
                let mut waiting = match accepted {
                    Ok(first) => {
                        pause = BACKOFF.0;
                        vec![first]
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
                // Every connection already waiting is taken too, so that `admit` looks once for
                // the lot: a client that reconnects as fast as it can must not outrun it.
                while waiting.len() < ACCEPT_BATCH {
                    let more = std::future::poll_fn(|cx| match listener.poll_accept(cx) {
                        Poll::Ready(Ok(accepted)) => Poll::Ready(Some(accepted)),
                        Poll::Ready(Err(_)) | Poll::Pending => Poll::Ready(None),
                    })
                    .await;
                    match more {
                        Some(accepted) => waiting.push(accepted),
                        None => break,
                    }
                }
                let peers: Vec<SocketAddr> = waiting.iter().map(|(_, peer)| *peer).collect();
                let admitted = admit(self.addr, &peers);
                for ((stream, _), admitted) in waiting.into_iter().zip(admitted) {
                    if !admitted {
                        // A reset, not a close: no TIME_WAIT is left on our side, so a client
                        // that reconnects as fast as it can does not grow the kernel's socket
                        // table that `admit` may read.
                        let _ = stream.set_zero_linger();
                        continue;
                    }
                    let (id, activity) = slots.take();
                    let slots = slots.clone();
                    let connection = connection(stream, Arc::clone(&activity), answer);
                    tokio::spawn(async move {
                        // Served to its end, or told to make room for another: then the
                        // connection is dropped, and so closed.
                        let mut connection = std::pin::pin!(connection);
                        let mut evicted = std::pin::pin!(activity.evicted.notified());
                        std::future::poll_fn(|cx| {
                            if connection.as_mut().poll(cx).is_ready()
                                || evicted.as_mut().poll(cx).is_ready()
                            {
                                Poll::Ready(())
                            } else {
                                Poll::Pending
                            }
                        })
                        .await;
                        slots.give_back(id);
                    });
                }
            }
            Ok(())
        })
    }
}

/// Serves one connection (any byte stream: a socket, or the fuzzer's bytes) to its end:
/// hyper's HTTP/1.1 with the service's bounds, each request answered by `answer`.
fn connection<S>(
    stream: S,
    activity: Arc<Activity>,
    answer: &Arc<dyn Fn(&Request) -> Answer + Send + Sync>,
) -> impl std::future::Future<Output = ()> + Send + 'static
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let answer = Arc::clone(answer);
    let answered = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&activity);
    let service = hyper::service::service_fn(move |request| {
        let answer = Arc::clone(&answer);
        let answered = answered.fetch_add(1, Ordering::Relaxed) + 1;
        seen.touch();
        async move {
            let mut response = respond(request, &*answer).await;
            if answered >= MAX_REQUESTS_PER_CONNECTION {
                response.headers_mut().insert(
                    hyper::header::CONNECTION,
                    hyper::header::HeaderValue::from_static("close"),
                );
            }
            Ok::<_, std::convert::Infallible>(response)
        }
    });
    let io = Watched {
        stream,
        activity,
        stalled: None,
    };
    let served = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(REQUEST_TIMEOUT)
        .max_buf_size(2 * MAX_HEAD_BYTES)
        .max_header_size(MAX_HEAD_BYTES)
        .serve_connection(TokioIo::new(io), service);
    async move {
        let _ = served.await;
    }
}

/// Runs `bytes`, as a client would send them, through the service's connection handling
/// (hyper's parsing included) on a runtime of its own, with `answer` answering; what is
/// written back is dropped. For the fuzz target `serve_connection`.
pub fn serve_bytes(bytes: &[u8], answer: &Arc<dyn Fn(&Request) -> Answer + Send + Sync>) {
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
    else {
        return;
    };
    let activity = Activity::new();
    let stream = Replay {
        bytes: bytes.to_vec(),
        at: 0,
    };
    runtime.block_on(connection(stream, activity, answer));
}

/// A client that sends its bytes, then ends its side, and reads whatever comes back.
struct Replay {
    bytes: Vec<u8>,
    at: usize,
}

impl tokio::io::AsyncRead for Replay {
    fn poll_read(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let this = self.get_mut();
        let rest = &this.bytes[this.at..];
        let n = rest.len().min(buf.remaining());
        buf.put_slice(&rest[..n]);
        this.at += n;
        Poll::Ready(Ok(()))
    }
}

impl tokio::io::AsyncWrite for Replay {
    fn poll_write(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Poll::Ready(Ok(data.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

/// The connections being served, each with when it last did anything. Taking a slot when all
/// are in use closes the one idle longest: a client that holds connections without using them
/// (or stops reading its answers) can delay no one.
#[derive(Clone, Default)]
struct Slots {
    inner: Arc<Mutex<SlotTable>>,
}

#[derive(Default)]
struct SlotTable {
    next: u64,
    open: HashMap<u64, Arc<Activity>>,
}

/// What a connection last did, and the signal that closes it.
struct Activity {
    /// When it last read or wrote a byte or began a request, in ms since `since`.
    last: AtomicU64,
    since: Instant,
    evicted: tokio::sync::Notify,
}

impl Activity {
    /// A connection's, as it is accepted.
    fn new() -> Arc<Self> {
        Arc::new(Self {
            last: AtomicU64::new(0),
            since: Instant::now(),
            evicted: tokio::sync::Notify::new(),
        })
    }

    fn touch(&self) {
        let ms = u64::try_from(self.since.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last.store(ms, Ordering::Relaxed);
    }

    /// When it last did anything.
    fn last(&self) -> Instant {
        self.since + Duration::from_millis(self.last.load(Ordering::Relaxed))
    }
}

impl Slots {
    /// A slot for a new connection; when none is free, the one idle longest is told to close
    /// (and its slot counted free at once, so a burst cannot pick it twice).
    fn take(&self) -> (u64, Arc<Activity>) {
        let mut table = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        if table.open.len() >= MAX_CONNECTIONS {
            let idlest = table
                .open
                .iter()
                .min_by_key(|(_, activity)| activity.last())
                .map(|(id, _)| *id);
            if let Some(activity) = idlest.and_then(|id| table.open.remove(&id)) {
                activity.evicted.notify_one();
            }
        }
        let id = table.next;
        table.next += 1;
        let activity = Activity::new();
        table.open.insert(id, Arc::clone(&activity));
        (id, activity)
    }

    fn give_back(&self, id: u64) {
        let mut table = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        table.open.remove(&id);
    }
}

/// A connection's stream, which records its activity and fails a write that has waited
/// `WRITE_TIMEOUT` for a client that does not read (hyper has no write timeout of its own).
struct Watched<S> {
    stream: S,
    activity: Arc<Activity>,
    stalled: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl<S: tokio::io::AsyncRead + Unpin> tokio::io::AsyncRead for Watched<S> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        let read = Pin::new(&mut this.stream).poll_read(cx, buf);
        if matches!(read, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            this.activity.touch();
        }
        read
    }
}

impl<S: tokio::io::AsyncWrite + Unpin> tokio::io::AsyncWrite for Watched<S> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let this = self.get_mut();
        match Pin::new(&mut this.stream).poll_write(cx, data) {
            Poll::Pending => {
                let stalled = this
                    .stalled
                    .get_or_insert_with(|| Box::pin(tokio::time::sleep(WRITE_TIMEOUT)));
                if stalled.as_mut().poll(cx).is_ready() {
                    return Poll::Ready(Err(std::io::Error::new(
                        std::io::ErrorKind::TimedOut,
                        "the client stopped reading its answers",
                    )));
                }
                Poll::Pending
            }
            Poll::Ready(written) => {
                this.stalled = None;
                if written.as_ref().is_ok_and(|n| *n > 0) {
                    this.activity.touch();
                }
                Poll::Ready(written)
            }
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
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
