//! The only module that speaks HTTP: the POST and the GETs with their retries, and the body cap;
//! the client (rustls with the ring provider, proxies, extra roots) is built in `client`. What the endpoint is lives in
//! `endpoint`, what an answer means in `answer`, what `--verbose` shows in `trace`. It never
//! prints a secret.

pub mod accounts;
pub(crate) mod answer;
mod client;
pub(crate) mod openshift;
mod proxy;
pub(crate) mod redact;
pub mod server;
pub(crate) mod trace;
mod trust;
pub(crate) mod vpc;

use std::io::{Read as _, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime};

use anyhow::Result;
use reqwest::Url;
use reqwest::blocking::{Client, RequestBuilder, Response};
use reqwest::header::{ACCEPT, CONTENT_TYPE, LOCATION, RETRY_AFTER};

use self::answer::{Answer, classify};
pub use self::client::user_agent;
use self::client::{Route, client, client_for, cluster_client};
pub use self::openshift::{Login as ClusterLogin, fetch as fetch_openshift};
use self::redact::Redactor;
pub use self::vpc::fetch as fetch_vpc;
use crate::endpoint::Endpoint;
use crate::error::{Exit, Failure};
use crate::grant::TokenRequest;
use crate::secret::Secret;
use crate::token::{TokenResponse, unix_now};

/// Larger answers are not IAM's; reading stops here so memory stays flat.
const MAX_BODY_BYTES: u64 = 1024 * 1024;
/// Exponential backoff between attempts: from this, doubling, up to `BACKOFF_CAP`.
const BACKOFF_START: Duration = Duration::from_millis(500);
const BACKOFF_CAP: Duration = Duration::from_secs(8);

/// How to talk to IAM.
#[derive(Debug, Default)]
pub struct Options {
    pub timeout: Duration,
    pub verbose: u8,
    /// Attempts after the first.
    pub retries: u32,
    /// Replaces the proxies from the environment (`NO_PROXY` still applies).
    pub proxy: Option<Url>,
    /// Where `proxy` came from, for messages: `--proxy`, or a context's line.
    pub proxy_from: String,
    /// PEM file of roots trusted besides the system's.
    pub cacert: Option<PathBuf>,
    pub insecure: bool,
    /// The client built from these options, kept so that a run that makes several requests
    /// (`assume --apikey`, a retry) sets up TLS and loads the system roots once.
    pub built: std::sync::OnceLock<Client>,
}

/// Why an attempt failed, whether another could succeed, and how long the server asked us to
/// wait first.
struct Outcome {
    failure: Failure,
    retryable: bool,
    retry_after: Option<Duration>,
    /// The request never reached the server: its connection failed.
    unsent: bool,
}

impl Outcome {
    /// A failure read off `answer`, which says whether and when to try again.
    fn from_answer(failure: Failure, answer: &Answer) -> Self {
        Self {
            failure,
            retryable: answer.retryable(),
            retry_after: answer.retry_after(SystemTime::now()),
            unsent: false,
        }
    }

    /// The same outcome, its failure with `hint` instead of any other.
    fn hinted(mut self, hint: &str) -> Self {
        self.failure = self.failure.hint(hint);
        self
    }

    /// A failure that another attempt would only repeat.
    fn fatal(failure: Failure) -> Self {
        Self {
            failure,
            retryable: false,
            retry_after: None,
            unsent: false,
        }
    }

    /// For a request that spends a single-use credential (`single_use`, the hint for a lost
    /// answer): tried again only if it was never sent; lost after sending, it says the hint.
    pub(super) fn spending(self, single_use: Option<&str>) -> Self {
        let Some(hint) = single_use.filter(|_| !self.unsent) else {
            return self;
        };
        let lost = self.failure.exit == Exit::Unavailable && self.failure.iam_code.is_none();
        let outcome = Self {
            retryable: false,
            ..self
        };
        if lost { outcome.hinted(hint) } else { outcome }
    }
}

/// What one HTTP exchange returned.
struct Reply {
    status: reqwest::StatusCode,
    headers: reqwest::header::HeaderMap,
    body: Body,
    elapsed: Duration,
}

impl Reply {
    fn answer(&self) -> Answer<'_> {
        let header = |name| self.headers.get(name).and_then(|v| v.to_str().ok());
        Answer {
            status: self.status,
            content_type: header(CONTENT_TYPE),
            location: header(LOCATION),
            retry_after: header(RETRY_AFTER),
            body: &self.body.bytes,
            truncated: self.body.truncated,
        }
    }
}

/// Sends `req` (retrying what may succeed on another try) and returns IAM's token response.
/// `log` receives the `--verbose` trace.
pub fn fetch(
    endpoint: &Endpoint,
    req: &TokenRequest,
    opts: &Options,
    log: &mut dyn Write,
) -> Result<TokenResponse> {
    let client = client(opts, endpoint)?;
    let redactor = Redactor::for_request(req);
    let server = server_name(opts, endpoint, log);
    retrying(opts, log, |attempt, log| {
        if opts.verbose > 0 {
            let of = opts.retries.saturating_add(1);
            trace::request(log, opts.verbose, endpoint.url().as_str(), req, attempt, of);
        }
        let reply = exchange(post(&client, endpoint.url(), req), &server, opts)
            .map_err(|o| o.spending(req.single_use))?;
        let answer = reply.answer();
        if opts.verbose > 0 {
            let id = answer.request_id(&redactor);
            let status = reply.status.to_string();
            let (headers, body) = (&reply.headers, &reply.body.bytes);
            trace::answer(
                log,
                opts.verbose,
                &status,
                reply.elapsed,
                id.as_deref(),
                headers,
                body,
                &redactor,
            );
        }
        classify(&answer, req.wanted, unix_now(), &redactor).map_err(|f| {
            // IAM has no token endpoint there: say where we posted.
            let f = if reply.status == reqwest::StatusCode::NOT_FOUND {
                f.reworded(|m| format!("{m} (POST {})", endpoint.url()))
                    .hint("check --iam-url: give IAM's base URL, such as https://iam.cloud.ibm.com")
            } else {
                f
            };
            Outcome::from_answer(f, &answer).spending(req.single_use)
        })
    })
}

/// A one-time passcode, minted by IAM's passcode endpoint (`POST {iam}/identity/passcode`)
/// for the refresh token `req` sends (docs/iam.md, "OpenShift"). Its answer is
/// `{"passcode": …}`; a refusal is read as IAM's token endpoint's refusals are.
pub fn passcode(
    endpoint: &Endpoint,
    req: &TokenRequest,
    opts: &Options,
    log: &mut dyn Write,
) -> Result<Secret> {
    let client = client(opts, endpoint)?;
    let redactor = Redactor::for_request(req);
    let server = server_name(opts, endpoint, log);
    let url = endpoint.passcode_url();
    retrying(opts, log, |_, log| {
        if opts.verbose > 0 {
            trace::sent(log, "POST", &url);
        }
        let reply = exchange(post(&client, &url, req), &server, opts)?;
        if opts.verbose > 0 {
            trace::answered(log, reply.status, reply.elapsed);
        }
        let answer = reply.answer();
        if !reply.status.is_success() {
            let failure = classify(&answer, req.wanted, unix_now(), &redactor)
                .err()
                .unwrap_or_else(|| {
                    Failure::new(
                        Exit::BadResponse,
                        format!("IAM's passcode endpoint answered {}", reply.status),
                    )
                });
            return Err(Outcome::from_answer(failure, &answer));
        }
        minted(&reply.body.bytes).ok_or_else(|| {
            Outcome::fatal(Failure::new(
                Exit::BadResponse,
                "IAM's passcode endpoint answered without a passcode",
            ))
        })
    })
}

/// The passcode of the passcode endpoint's answer `body`.
pub(crate) fn minted(body: &[u8]) -> Option<Secret> {
    let answer = serde_json::from_slice::<serde_json::Value>(body).ok()?;
    let passcode = answer.get("passcode")?.as_str()?.trim();
    (!passcode.is_empty()).then(|| Secret::new(passcode))
}

/// IAM as messages name it, with the proxy on the way when there is one (traced at `-v`).
fn server_name(opts: &Options, endpoint: &Endpoint, log: &mut dyn Write) -> String {
    named_server("IAM", opts, endpoint, log)
}

/// `what` (IAM, the accounts server) at `endpoint`'s host as messages name it, with the proxy
/// on the way when there is one (traced at `-v`).
fn named_server(what: &str, opts: &Options, endpoint: &Endpoint, log: &mut dyn Write) -> String {
    let iam = format!("{what} at {}", endpoint.host());
    // Plain http goes only to this machine, never through a proxy.
    let via = (endpoint.url().scheme() == "https")
        .then(|| proxy::for_url(opts, endpoint.url()))
        .flatten();
    match via {
        Some(via) => {
            if opts.verbose > 0 {
                trace::via(log, &via.to_string());
            }
            format!("{via}, on the way to {iam}")
        }
        None => iam,
    }
}

/// IAM's published signing keys (JWKS), `GET {iam}/identity/keys`, as received.
pub fn keys(endpoint: &Endpoint, opts: &Options, log: &mut dyn Write) -> Result<Vec<u8>> {
    let client = client(opts, endpoint)?;
    let url = endpoint.keys_url();
    let server = server_name(opts, endpoint, log);
    retrying(opts, log, |_, log| {
        let reply = get(&client, &url, &server, opts, log, |request| request)?;
        let answer = reply.answer();
        match answer::classify_other(&answer, "IAM's key set", &Redactor::default()) {
            Ok(()) => Ok(reply.body.bytes),
            Err(failure) => Err(Outcome::from_answer(failure, &answer)),
        }
    })
}

/// The page where IAM issues one-time passcodes: the discovery document's `passcode_endpoint`
/// (an https URL, or http on a loopback IAM), else `{iam}/identity/passcode` when the document
/// is not there or names none. IAM out of reach (or refusing TLS) is an error: `login` asks
/// this before it asks for, or spends, a passcode.
pub fn passcode_page(endpoint: &Endpoint, opts: &Options, log: &mut dyn Write) -> Result<Url> {
    let client = client(opts, endpoint)?;
    let server = server_name(opts, endpoint, log);
    let url = endpoint.discovery_url();
    let reply = retrying(opts, log, |_, log| {
        get(&client, &url, &server, opts, log, |request| request)
    })?;
    let page = reply
        .status
        .is_success()
        .then(|| passcode_endpoint(&reply.body.bytes, endpoint))
        .flatten();
    Ok(page.unwrap_or_else(|| endpoint.passcode_url()))
}

/// The `passcode_endpoint` of IAM's discovery document `body`: an https URL, or http when IAM
/// itself is (a loopback stand-in).
pub(crate) fn passcode_endpoint(body: &[u8], endpoint: &Endpoint) -> Option<Url> {
    let document = serde_json::from_slice::<serde_json::Value>(body).ok()?;
    document
        .get("passcode_endpoint")
        .and_then(serde_json::Value::as_str)
        .and_then(|p| Url::parse(p).ok())
        .filter(|p| p.scheme() == "https" || p.scheme() == endpoint.url().scheme())
}

/// The details of the API key `key` (`GET {iam}/v1/apikeys/details` with `IAM-ApiKey`), asked
/// with `token`, an access token of the key's identity. `Ok(None)`: IAM answered 403, as it does
/// to an identity not allowed to read its own key's details.
pub fn apikey_details(
    endpoint: &Endpoint,
    token: &Secret,
    key: &Secret,
    opts: &Options,
    log: &mut dyn Write,
) -> Result<Option<serde_json::Value>> {
    let client = client(opts, endpoint)?;
    let url = endpoint.apikey_details_url();
    let server = server_name(opts, endpoint, log);
    let redactor = Redactor::new(vec![token.expose().to_owned(), key.expose().to_owned()]);
    retrying(opts, log, |_, log| {
        let reply = get(&client, &url, &server, opts, log, |request| {
            request
                .bearer_auth(token.expose())
                .header("IAM-ApiKey", key.expose())
        })?;
        if reply.status == reqwest::StatusCode::FORBIDDEN {
            return Ok(None);
        }
        let answer = reply.answer();
        answer::classify_other(&answer, "IAM's API key details", &redactor)
            .map_err(|failure| Outcome::from_answer(failure, &answer))?;
        serde_json::from_slice(&reply.body.bytes)
            .map(Some)
            .map_err(|_| {
                Outcome::fatal(Failure::new(
                    Exit::BadResponse,
                    "IAM's API key details are not JSON",
                ))
            })
    })
}

/// One `GET url` of JSON from `server`, with `-v`'s lines; `headers` adds what the call needs.
fn get(
    client: &Client,
    url: &Url,
    server: &str,
    opts: &Options,
    log: &mut dyn Write,
    headers: impl FnOnce(RequestBuilder) -> RequestBuilder,
) -> Result<Reply, Outcome> {
    if opts.verbose > 0 {
        trace::sent(log, "GET", url);
    }
    let request = client.get(url.clone()).header(ACCEPT, "application/json");
    let reply = exchange(headers(request), server, opts)?;
    if opts.verbose > 0 {
        trace::answered(log, reply.status, reply.elapsed);
    }
    Ok(reply)
}

/// Runs `attempt` until it succeeds, fails for good, or `--retries` is used up, waiting between
/// attempts (docs/iam.md, "Retries"). The final error says how many attempts were made.
fn retrying<T>(
    opts: &Options,
    log: &mut dyn Write,
    mut attempt: impl FnMut(u32, &mut dyn Write) -> Result<T, Outcome>,
) -> Result<T> {
    let attempts = opts.retries.saturating_add(1);
    for n in 1..=attempts {
        let outcome = match attempt(n, log) {
            Ok(value) => return Ok(value),
            Err(outcome) => outcome,
        };
        if !outcome.retryable || n == attempts {
            let failure = outcome.failure;
            if n == 1 {
                return Err(failure.into());
            }
            return Err(failure
                .reworded(|m| format!("{m} (after {n} attempts)"))
                .into());
        }
        let delay = outcome.retry_after.unwrap_or_else(|| backoff(n));
        if opts.verbose > 0 {
            trace::retry(log, delay, &outcome.failure.to_string());
        }
        std::thread::sleep(delay);
    }
    unreachable!("the last attempt returns")
}

/// Sends `request` and completes it: status, headers and a capped body, or a transport failure.
/// `--timeout` is the deadline of the whole attempt, from connect to the body's last byte
/// (reqwest's per-request timeout); the client's own timeout bounds each read only, which a
/// server that drips its body a byte at a time never trips. At the deadline the response, and
/// with it the connection, is dropped.
fn exchange(request: RequestBuilder, server: &str, opts: &Options) -> Result<Reply, Outcome> {
    let started = Instant::now();
    let sent = request.timeout(opts.timeout).send();
    let transport = |e: &reqwest::Error, retryable: bool| Outcome {
        failure: transport_failure(e, server, opts.timeout),
        retryable,
        retry_after: None,
        unsent: e.is_connect(),
    };
    // Before any answer, a refused, dropped or silent connection may succeed on another try; a
    // certificate problem will not go away on its own.
    let response =
        sent.map_err(|e| transport(&e, rustls_error(&e).is_none() && !e.is_builder()))?;
    let status = response.status();
    let headers = response.headers().clone();
    // A body cut off after the answer began is retried only when it timed out.
    let body = read_capped(response).map_err(|e| transport(&e, e.is_timeout()))?;
    Ok(Reply {
        status,
        headers,
        body,
        elapsed: started.elapsed(),
    })
}

/// The token request, ready to send.
fn post(client: &Client, url: &Url, req: &TokenRequest) -> RequestBuilder {
    let form: Vec<(&str, &str)> = req.form.iter().map(|(k, v)| (*k, v.expose())).collect();
    let mut request = client
        .post(url.clone())
        .header(ACCEPT, "application/json")
        .form(&form);
    if let Some(tenant) = &req.tenant {
        request = request.header("IBM-Cloud-Tenant", tenant);
    }
    if let Some((id, secret)) = &req.client {
        request = request.basic_auth(id, Some(secret.expose()));
    }
    request
}

/// Equal jitter: half the exponential step, plus a random part of the other half, so that
/// parallel callers who failed together do not retry together.
fn backoff(attempt: u32) -> Duration {
    let step = BACKOFF_START
        .saturating_mul(1 << attempt.saturating_sub(1).min(16))
        .min(BACKOFF_CAP);
    step / 2 + step.mul_f64(fastrand::f64() / 2.0)
}

struct Body {
    bytes: Vec<u8>,
    truncated: bool,
}

fn read_capped(response: Response) -> Result<Body, reqwest::Error> {
    let mut bytes = Vec::new();
    let mut limited = response.take(MAX_BODY_BYTES + 1);
    if let Err(e) = limited.read_to_end(&mut bytes) {
        // reqwest's blocking body reports its own errors (timeouts included) inside io::Error.
        return match e
            .into_inner()
            .map(<dyn std::error::Error + Send + Sync>::downcast::<reqwest::Error>)
        {
            Some(Ok(e)) => Err(*e),
            _ => Ok(Body {
                bytes,
                truncated: true,
            }),
        };
    }
    let truncated = bytes.len() as u64 > MAX_BODY_BYTES;
    bytes.truncate(usize::try_from(MAX_BODY_BYTES).unwrap_or(usize::MAX));
    Ok(Body { bytes, truncated })
}

/// The rustls error behind `err`, if any. An `io::Error` hides the error it wraps from
/// `source()`, so those are opened with `get_ref()`.
fn rustls_error<'a>(err: &'a (dyn std::error::Error + 'static)) -> Option<&'a rustls::Error> {
    if let Some(tls) = err.downcast_ref::<rustls::Error>() {
        return Some(tls);
    }
    if let Some(inner) = err
        .downcast_ref::<std::io::Error>()
        .and_then(std::io::Error::get_ref)
        && let Some(tls) = rustls_error(inner)
    {
        return Some(tls);
    }
    err.source().and_then(rustls_error)
}

/// A TLS failure in words, about the server just named ("its certificate …"), with rustls' or
/// webpki's own name for it in parentheses, to search for.
fn tls_reason(tls: &rustls::Error) -> String {
    use rustls::CertificateError as C;
    let (words, name) = match tls {
        rustls::Error::InvalidCertificate(cert) => {
            let words = match cert {
                C::Expired | C::ExpiredContext { .. } => "its certificate has expired",
                C::NotValidYet | C::NotValidYetContext { .. } => {
                    "its certificate is not valid yet (is this machine's clock right?)"
                }
                C::NotValidForName | C::NotValidForNameContext { .. } => {
                    "its certificate is not for this host name"
                }
                C::UnknownIssuer => "its certificate is signed by a CA that is not trusted here",
                C::BadSignature => {
                    "its certificate's signature does not verify with the CA trusted for it"
                }
                C::Revoked => "its certificate has been revoked",
                C::InvalidPurpose | C::InvalidPurposeContext { .. } => {
                    "its certificate is not one for a TLS server"
                }
                C::BadEncoding => "its certificate cannot be read",
                C::Other(other) => match other.to_string().as_str() {
                    "CaUsedAsEndEntity" => {
                        "it presented a CA certificate as its own, which TLS clients refuse"
                    }
                    "EndEntityUsedAsCa" => {
                        "its certificate chain uses a server's certificate as a CA"
                    }
                    _ => "its certificate is refused",
                },
                _ => "its certificate is refused",
            };
            let name = match cert {
                C::Other(other) => other.to_string(),
                _ => format!("{cert:?}")
                    .split([' ', '{', '('])
                    .next()
                    .unwrap_or_default()
                    .to_owned(),
            };
            (words.to_owned(), name)
        }
        rustls::Error::NoCertificatesPresented => {
            ("it presented no certificate".to_owned(), String::new())
        }
        rustls::Error::AlertReceived(alert) => (
            "it ended the TLS handshake".to_owned(),
            format!("{alert:?}"),
        ),
        rustls::Error::PeerIncompatible(why) => (
            "it shares no TLS version or cipher suite with iamtoken (TLS 1.2 and 1.3)".to_owned(),
            format!("{why:?}"),
        ),
        rustls::Error::InvalidMessage(why) => (
            "it does not answer in TLS (is that port plain http?)".to_owned(),
            format!("{why:?}"),
        ),
        other => return redact::one_line(&other.to_string()),
    };
    if name.is_empty() {
        words
    } else {
        format!("{words} ({})", redact::one_line(&name))
    }
}

/// A transport failure: exit 4, naming the server (`IAM at HOST`) and the innermost cause.
fn transport_failure(err: &reqwest::Error, server: &str, timeout: Duration) -> Failure {
    if err.is_timeout() {
        return Failure::new(
            Exit::Unavailable,
            format!("{server} did not answer within {} s", timeout.as_secs()),
        )
        .hint("retry later, or raise --timeout");
    }
    let mut cause: &dyn std::error::Error = err;
    while let Some(next) = cause.source() {
        cause = next;
    }
    let what = if err.is_connect() {
        "cannot connect to"
    } else {
        "lost the connection to"
    };
    let Some(tls) = rustls_error(err) else {
        return Failure::new(
            Exit::Unavailable,
            format!("{what} {server}: {}", redact::one_line(&cause.to_string())),
        );
    };
    let failure = Failure::new(
        Exit::Unavailable,
        format!("{what} {server}: {}", tls_reason(tls)),
    );
    let ca_as_server = matches!(
        tls,
        rustls::Error::InvalidCertificate(rustls::CertificateError::Other(other))
            if other.to_string() == "CaUsedAsEndEntity"
    );
    if ca_as_server {
        failure.hint("no CA passed with --cacert helps: the server needs a certificate of its own, signed by a CA")
    } else if server.contains("IAM at ") {
        failure.hint("if IAM is reached through a TLS-inspecting proxy, pass its CA with --cacert")
    } else {
        failure.hint("pass the CA that signed its certificate with --cacert")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_failures_are_said_in_words_with_their_names() {
        use rustls::CertificateError as C;
        #[derive(Debug)]
        struct Webpki(&'static str);
        impl std::fmt::Display for Webpki {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.0)
            }
        }
        impl std::error::Error for Webpki {}
        let other = |name| {
            rustls::Error::InvalidCertificate(C::Other(rustls::OtherError(std::sync::Arc::new(
                Webpki(name),
            ))))
        };
        for (tls, said) in [
            (
                rustls::Error::InvalidCertificate(C::UnknownIssuer),
                "its certificate is signed by a CA that is not trusted here (UnknownIssuer)",
            ),
            (
                rustls::Error::InvalidCertificate(C::Expired),
                "its certificate has expired (Expired)",
            ),
            (
                other("CaUsedAsEndEntity"),
                "it presented a CA certificate as its own, which TLS clients refuse (CaUsedAsEndEntity)",
            ),
            (
                other("SomethingNew"),
                "its certificate is refused (SomethingNew)",
            ),
            (
                rustls::Error::NoCertificatesPresented,
                "it presented no certificate",
            ),
        ] {
            assert_eq!(tls_reason(&tls), said);
        }
    }

    #[test]
    fn backoff_doubles_from_half_a_second_to_8s_with_jitter() {
        for (attempt, step) in [(1, 500), (2, 1000), (3, 2000), (5, 8000), (40, 8000)] {
            let d = backoff(attempt).as_millis();
            assert!((step / 2..=step).contains(&d), "attempt {attempt}: {d} ms");
        }
    }
}
