//! The HTTP server side, for `iamtoken serve`'s local token service: requests read whole (head
//! and a capped body) and answered with JSON. What the routes mean is `serve`'s; this is only
//! HTTP.

use std::io::Read as _;
use std::net::SocketAddr;
use std::time::Duration;

use anyhow::Result;

use crate::error::{Exit, Failure, usage};

/// Request bodies are a few bytes of JSON; anything larger is refused unread.
const MAX_BODY_BYTES: u64 = 64 * 1024;

/// A listening socket on a loopback address.
pub struct Server {
    inner: tiny_http::Server,
    addr: SocketAddr,
}

/// A request whose body is not read yet: reading waits on the client, so it is done on the
/// thread that answers it (`read`), never on the one that accepts requests.
pub struct Incoming {
    inner: tiny_http::Request,
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
    inner: tiny_http::Request,
}

impl Server {
    /// Listens on `addr` (port 0: one the kernel picks). A port in use is a usage error.
    pub fn bind(addr: SocketAddr) -> Result<Self> {
        let inner = tiny_http::Server::http(addr).map_err(|e| {
            usage(format!("cannot listen on {addr}: {e}"))
                .hint("choose another --port, or 0 for any free one")
        })?;
        let addr = inner
            .server_addr()
            .to_ip()
            .ok_or_else(|| Failure::new(Exit::Internal, "the server has no IP address"))?;
        Ok(Self { inner, addr })
    }

    /// The address and port listened on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The next request, or `None` when none came within `wait`.
    pub fn next(&self, wait: Duration) -> Option<Incoming> {
        let inner = self.inner.recv_timeout(wait).ok()??;
        Some(Incoming { inner })
    }
}

impl Incoming {
    /// Reads the request's body (up to the cap).
    pub fn read(self) -> Request {
        let mut inner = self.inner;
        let mut body = Vec::new();
        let declared = inner.body_length().unwrap_or(0);
        let too_large = u64::try_from(declared).unwrap_or(u64::MAX) > MAX_BODY_BYTES;
        if !too_large {
            let _ = inner
                .as_reader()
                .take(MAX_BODY_BYTES)
                .read_to_end(&mut body);
        }
        Request {
            method: inner.method().as_str().to_ascii_uppercase(),
            target: inner.url().to_owned(),
            headers: inner
                .headers()
                .iter()
                .map(|h| {
                    (
                        h.field.as_str().as_str().to_owned(),
                        h.value.as_str().to_owned(),
                    )
                })
                .collect(),
            body,
            too_large,
            inner,
        }
    }
}

impl Request {
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

    /// Answers with `status` and `body` as JSON; no other header but the content type (no
    /// CORS header ever: no web page may read these answers).
    pub fn respond(self, status: u16, body: &serde_json::Value) {
        let header = tiny_http::Header::from_bytes("Content-Type", "application/json")
            .unwrap_or_else(|()| unreachable!("a valid header"));
        let response = tiny_http::Response::from_data(body.to_string().into_bytes())
            .with_status_code(status)
            .with_header(header);
        let _ = self.inner.respond(response);
    }
}
