//! The VPC instance metadata token API, as `iamtoken serve` answers it (docs/iam.md, "VPC
//! instance metadata"; both versions): an instance identity token of our own making for
//! `PUT …/token`, and the served identity's IAM token for `POST …/iam_token(s)` with it. Every
//! request must name the bound address in `Host` and begin with the secret prefix.

use std::collections::{HashMap, VecDeque};
use std::io::Write;
use std::sync::{Arc, Mutex, PoisonError};

use serde_json::{Value, json};

use crate::cli::MetadataVersion;
use crate::error::{Exit, Failure};
use crate::iam::server::{Answer, Request};
use crate::output::{escape_controls, rfc3339};
use crate::token::{TokenResponse, unix_now};

/// The token to hand out now (`Source::current` in `serve`): never waits on IAM.
pub type Current = Box<dyn Fn() -> Result<Arc<TokenResponse>, Failure> + Send + Sync>;

/// Lifetimes an instance identity token may be asked for, in seconds.
const IDENTITY_SECONDS: std::ops::RangeInclusive<i64> = 5..=3600;
/// What a client gets without asking (the SDKs ask for this).
const DEFAULT_IDENTITY_SECONDS: i64 = 300;
/// Live instance identity tokens kept at most; the oldest go first (a client asking for more
/// than this must not grow the service without bound).
const MAX_IDENTITY_TOKENS: usize = 10_000;

pub struct Api {
    /// The secret first path segment, `/` and 32 hex digits (128 bits).
    prefix: String,
    /// Secrets are compared through HMACs under this random key: `ring::hmac::verify` compares
    /// in constant time, and the identity tokens themselves are not kept.
    key: ring::hmac::Key,
    prefix_tag: Vec<u8>,
    /// The only `Host` accepted: `127.0.0.1:PORT`.
    host: String,
    current: Current,
    /// The trusted profile the served identity is, as a client may name it:
    /// `("id" | "crn", value)`.
    profiles: Vec<(&'static str, String)>,
    /// The instance identity tokens handed out.
    identity_tokens: Mutex<Issued>,
    verbose: bool,
}

impl Api {
    pub fn new(
        prefix: String,
        host: String,
        current: Current,
        profiles: Vec<(&'static str, String)>,
        verbose: bool,
    ) -> Result<Self, Failure> {
        let key =
            ring::hmac::Key::generate(ring::hmac::HMAC_SHA256, &ring::rand::SystemRandom::new())
                .map_err(|_| no_randomness())?;
        let prefix_tag = ring::hmac::sign(&key, prefix.as_bytes()).as_ref().to_vec();
        Ok(Self {
            prefix,
            key,
            prefix_tag,
            host,
            current,
            profiles,
            identity_tokens: Mutex::new(Issued::default()),
            verbose,
        })
    }

    /// The answer to one request (traced on `log` at `-v`, in one write, with the prefix and
    /// every token redacted).
    pub fn answer(&self, request: &Request, log: &mut dyn Write) -> Answer {
        let (path, _query) = request
            .target
            .split_once('?')
            .unwrap_or((request.target.as_str(), ""));
        // The prefix compares in constant time (through HMACs), and a wrong one says nothing
        // of the right one.
        let head = path.as_bytes().get(..self.prefix.len()).unwrap_or_default();
        let rest = ring::hmac::verify(&self.key, head, &self.prefix_tag)
            .ok()
            .and_then(|()| path.get(self.prefix.len()..))
            .filter(|r| r.is_empty() || r.starts_with('/'));
        let shown = match rest {
            Some(rest) => format!("/[redacted]{rest}"),
            None => "(another path)".to_owned(),
        };
        let (status, body) = self.route(request, rest);
        if self.verbose {
            let method = escape_controls(&request.method);
            let _ = writeln!(
                log,
                "iamtoken: serve: {method} {} -> {status}",
                escape_controls(&shown)
            );
        }
        (status, body)
    }

    fn route(&self, request: &Request, rest: Option<&str>) -> (u16, Value) {
        // DNS rebinding: a page whose name now points here still sends its own name.
        if request.header("Host") != Some(self.host.as_str()) || request.repeated("Host") {
            return error(403, "forbidden", "the Host header must name this service");
        }
        // No web page may use this service: a browser's request names its origin, and a
        // preflight is never granted.
        if request.method == "OPTIONS" || request.header("Origin").is_some() {
            return error(403, "forbidden", "cross-origin requests are refused");
        }
        let Some(rest) = rest else {
            return error(404, "not_found", "not found");
        };
        // Python's and Node's clients join URLs without trimming: `PREFIX//instance_identity`.
        let rest = format!("/{}", rest.trim_start_matches('/'));
        if request.too_large {
            return error(413, "too_large", "the request body is too large");
        }
        for version in MetadataVersion::ALL {
            if rest == version.identity_path() {
                return match request.method.as_str() {
                    "PUT" => self.identity_token(request),
                    _ => error(405, "method_not_allowed", "use PUT"),
                };
            }
            if rest == version.token_path() {
                return match request.method.as_str() {
                    "POST" => self.iam_token(request),
                    _ => error(405, "method_not_allowed", "use POST"),
                };
            }
        }
        error(404, "not_found", "not found")
    }

    /// `PUT …/token`: a fresh instance identity token, for `expires_in` seconds.
    fn identity_token(&self, request: &Request) -> (u16, Value) {
        if !request
            .header("Metadata-Flavor")
            .is_some_and(|v| v.eq_ignore_ascii_case("ibm"))
        {
            return error(
                400,
                "missing_metadata_flavor",
                "the Metadata-Flavor: ibm header is required",
            );
        }
        let seconds = match body(request) {
            Ok(Value::Null) => DEFAULT_IDENTITY_SECONDS,
            Ok(json) => match json.get("expires_in").map(Value::as_i64) {
                None => DEFAULT_IDENTITY_SECONDS,
                Some(Some(n)) if IDENTITY_SECONDS.contains(&n) => n,
                Some(_) => {
                    return error(
                        400,
                        "invalid_expires_in",
                        "expires_in must be a whole number from 5 to 3600",
                    );
                }
            },
            Err(answer) => return answer,
        };
        let Ok(token) = crate::secret::random_hex(32) else {
            return error(500, "internal", "no randomness for a token");
        };
        let now = unix_now();
        let tag = self.tag(&token);
        self.identity_tokens
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(tag, now + seconds, now);
        (200, times(&token, now, now + seconds))
    }

    /// `POST …/iam_token(s)`: the served identity's IAM token, for a valid identity token.
    fn iam_token(&self, request: &Request) -> (u16, Value) {
        let bearer = request
            .header("Authorization")
            .and_then(|a| a.strip_prefix("Bearer "))
            .unwrap_or_default();
        let tag = self.tag(bearer);
        let known = self
            .identity_tokens
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .is_live(&tag, unix_now());
        if !known {
            return error(
                401,
                "unauthorized",
                "a valid instance identity token is required (PUT …/token first)",
            );
        }
        let asked = match body(request) {
            Ok(json) => json.get("trusted_profile").cloned(),
            Err(answer) => return answer,
        };
        if let Some(profile) = asked
            && !self.is_served(&profile)
        {
            return error(
                400,
                "invalid_trusted_profile",
                "this service serves one identity, and that is not the profile asked for",
            );
        }
        match (self.current)() {
            Ok(token) => {
                let Some(access) = token.access_token.as_ref() else {
                    return error(502, "no_token", "the served identity has no access token");
                };
                let created = token.received_at;
                let expires = token.expiration.unwrap_or(created);
                (200, times(access.expose(), created, expires))
            }
            Err(e) => error(
                502,
                "token_unavailable",
                &format!("no token: {}", escape_controls(&format!("{e:#}"))),
            ),
        }
    }

    /// What an identity token is known by: its HMAC under the service's random key. A lookup
    /// by tag may take time that depends on the tag, which tells a client nothing: it cannot
    /// make the tag of a token of its choosing.
    fn tag(&self, token: &str) -> Tag {
        let mut tag = [0; 32];
        tag.copy_from_slice(ring::hmac::sign(&self.key, token.as_bytes()).as_ref());
        tag
    }

    /// Whether `profile` (`{"id": …}` or `{"crn": …}`) names the served identity.
    fn is_served(&self, profile: &Value) -> bool {
        let Some(asked) = profile.as_object() else {
            return false;
        };
        asked.len() == 1
            && asked.iter().all(|(kind, value)| {
                self.profiles
                    .iter()
                    .any(|(k, v)| k == kind && value.as_str() == Some(v.as_str()))
            })
    }
}

/// An HMAC-SHA256 tag.
type Tag = [u8; 32];

/// The instance identity tokens handed out, by tag, with their expiry: a lookup is one hash,
/// however many tokens clients hold. At most `MAX_IDENTITY_TOKENS`; the oldest go first.
#[derive(Default)]
struct Issued {
    expiry: HashMap<Tag, i64>,
    /// The tags in the order they were handed out.
    order: VecDeque<Tag>,
}

impl Issued {
    fn insert(&mut self, tag: Tag, expires: i64, now: i64) {
        // Forget the oldest while it has expired, or the store is full.
        while let Some(oldest) = self.order.front() {
            let gone = self.expiry.get(oldest).is_none_or(|at| *at <= now);
            if !gone && self.expiry.len() < MAX_IDENTITY_TOKENS {
                break;
            }
            if let Some(oldest) = self.order.pop_front() {
                self.expiry.remove(&oldest);
            }
        }
        if self.expiry.insert(tag, expires).is_none() {
            self.order.push_back(tag);
        }
    }

    fn is_live(&self, tag: &Tag, now: i64) -> bool {
        self.expiry.get(tag).is_some_and(|at| *at > now)
    }
}

/// The request's JSON body (`Null` when empty), or the 400 to answer.
fn body(request: &Request) -> Result<Value, (u16, Value)> {
    if request.body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Value::Null);
    }
    match serde_json::from_slice::<Value>(&request.body) {
        Ok(json @ Value::Object(_)) => Ok(json),
        _ => Err(error(400, "invalid_body", "the body must be a JSON object")),
    }
}

/// The answer shape both operations share; every field is required by Go's SDK.
fn times(token: &str, created: i64, expires: i64) -> Value {
    json!({
        "access_token": token,
        "created_at": rfc3339(created),
        "expires_at": rfc3339(expires),
        "expires_in": (expires - unix_now()).max(0),
    })
}

/// The VPC API's error shape.
fn error(status: u16, code: &str, message: &str) -> (u16, Value) {
    (
        status,
        json!({"errors": [{"code": code, "message": message}]}),
    )
}

fn no_randomness() -> Failure {
    Failure::new(Exit::Internal, "the OS's random number generator failed")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(n: usize) -> Tag {
        let mut tag = [0; 32];
        tag[..8].copy_from_slice(&n.to_le_bytes());
        tag
    }

    #[test]
    fn issued_tokens_live_until_they_expire_and_the_oldest_go_at_the_cap() {
        let mut issued = Issued::default();
        issued.insert(tag(0), 100, 0);
        assert!(issued.is_live(&tag(0), 99));
        assert!(!issued.is_live(&tag(0), 100), "expired");
        assert!(!issued.is_live(&tag(1), 0), "never handed out");
        // An expired oldest token is forgotten by the next insert.
        issued.insert(tag(1), 300, 200);
        assert_eq!(issued.expiry.len(), 1);
        for n in 2..MAX_IDENTITY_TOKENS + 5 {
            issued.insert(tag(n), 1000, 200);
        }
        assert_eq!(issued.expiry.len(), MAX_IDENTITY_TOKENS);
        assert_eq!(issued.order.len(), MAX_IDENTITY_TOKENS);
        assert!(!issued.is_live(&tag(1), 200), "the oldest went first");
        assert!(issued.is_live(&tag(MAX_IDENTITY_TOKENS + 4), 200));
    }
}
