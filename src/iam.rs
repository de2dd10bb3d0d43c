//! The only module that speaks HTTP: the IAM endpoint URL, the client (rustls with the ring
//! provider), the POST, the body cap, and the classification of IAM's answer into a token or a
//! typed failure. It never prints a secret, even in `--verbose`.

use std::io::{Read as _, Write};
use std::net::IpAddr;
use std::time::{Duration, Instant};

use anyhow::Result;
use reqwest::blocking::{Client, Response};
use reqwest::header::{ACCEPT, CONTENT_TYPE, LOCATION};
use reqwest::{StatusCode, Url};

use crate::error::{Exit, Failure};
use crate::grant::{TokenRequest, Value, Wanted};
use crate::token::{IamError, TokenResponse, unix_now};

const TOKEN_PATH: &str = "/identity/token";
/// Larger answers are not IAM's; reading stops here so memory stays flat.
const MAX_BODY_BYTES: u64 = 1024 * 1024;

/// The token endpoint URL, normalised and checked to be safe to send secrets to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint(Url);

impl Endpoint {
    /// clap value parser for `--iam-url`: accepts the base URL or one ending in
    /// `/identity/token`, as the SDKs do (iam-contract.md §1, URL canonicalisation).
    pub fn parse(raw: &str) -> Result<Self, String> {
        let mut url = Url::parse(raw.trim()).map_err(|e| format!("not a URL: {e}"))?;
        if !url.username().is_empty() || url.password().is_some() {
            return Err("the URL must not contain credentials".into());
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err("the URL must not have a query or fragment".into());
        }
        let host = url.host_str().unwrap_or_default();
        match url.scheme() {
            "https" => {}
            "http" if is_loopback(host) => {}
            "http" => {
                return Err(format!(
                    "refusing plain http:// to {host}: secrets would cross the network \
                     unencrypted; use https:// (http is allowed only for loopback hosts)"
                ));
            }
            other => return Err(format!("unsupported scheme {other}://; use https://")),
        }
        let base = url.path().trim_end_matches('/');
        let base = base.strip_suffix(TOKEN_PATH).unwrap_or(base).to_owned();
        url.set_path(&format!("{base}{TOKEN_PATH}"));
        Ok(Self(url))
    }

    pub fn url(&self) -> &Url {
        &self.0
    }

    /// `host:port` for messages.
    pub fn host(&self) -> String {
        let host = self.0.host_str().unwrap_or_default();
        match self.0.port() {
            Some(port) => format!("{host}:{port}"),
            None => host.to_owned(),
        }
    }
}

fn is_loopback(host: &str) -> bool {
    let ip = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost") || ip.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// How to talk to IAM.
pub struct Options {
    pub timeout: Duration,
    pub verbose: u8,
}

/// Sends `req` and returns IAM's token response. `log` receives the `--verbose` trace.
pub fn fetch(
    endpoint: &Endpoint,
    req: &TokenRequest,
    opts: &Options,
    log: &mut dyn Write,
) -> Result<TokenResponse> {
    let client = client(opts.timeout)?;
    let form: Vec<(&str, &str)> = req.form.iter().map(|(k, v)| (*k, v.expose())).collect();
    let mut request = client
        .post(endpoint.url().clone())
        .header(ACCEPT, "application/json")
        .form(&form);
    if let Some(tenant) = &req.tenant {
        request = request.header("IBM-Cloud-Tenant", tenant);
    }
    if let Some((id, secret)) = &req.client {
        request = request.basic_auth(id, Some(secret.expose()));
    }
    if opts.verbose > 0 {
        trace_request(log, endpoint, req);
    }

    let started = Instant::now();
    let response = request
        .send()
        .map_err(|e| unreachable(&e, endpoint, opts.timeout))?;
    let status = response.status();
    let content_type = header(&response, CONTENT_TYPE.as_str());
    let location = header(&response, LOCATION.as_str());
    let body = read_capped(response).map_err(|e| unreachable(&e, endpoint, opts.timeout))?;
    if opts.verbose > 0 {
        let _ = writeln!(
            log,
            "iamtoken: < {status} ({} bytes, {} ms)",
            body.bytes.len(),
            started.elapsed().as_millis()
        );
    }
    let answer = Answer {
        status,
        content_type: content_type.as_deref(),
        location: location.as_deref(),
        body: &body.bytes,
        truncated: body.truncated,
    };
    classify(&answer, req.wanted, unix_now()).map_err(|f| scrub(f, req).into())
}

fn client(timeout: Duration) -> Result<Client> {
    // PERFORMANCE.md: ring instead of aws-lc-rs saves ~60 ms of CPU per process. Installing
    // fails only if a provider is already installed, which is fine.
    let _ = rustls::crypto::ring::default_provider().install_default();
    Client::builder()
        .timeout(timeout)
        .user_agent(user_agent())
        // A redirect would resend the form (the secret) to wherever it points.
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| Failure::new(Exit::Internal, format!("cannot set up HTTPS: {e}")).into())
}

/// `iamtoken/<version> (<os>; <arch>)`.
pub fn user_agent() -> String {
    format!(
        "iamtoken/{} ({}; {})",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
        std::env::consts::ARCH
    )
}

fn trace_request(log: &mut dyn Write, endpoint: &Endpoint, req: &TokenRequest) {
    let fields: Vec<String> = req
        .form
        .iter()
        .map(|(k, v)| match v {
            Value::Plain(p) => format!("{k}={p}"),
            Value::Secret(_) => format!("{k}=[redacted]"),
        })
        .collect();
    let _ = writeln!(log, "iamtoken: > POST {}", endpoint.url());
    let _ = writeln!(log, "iamtoken: > form: {}", fields.join(" "));
    if let Some(tenant) = &req.tenant {
        let _ = writeln!(log, "iamtoken: > IBM-Cloud-Tenant: {tenant}");
    }
    if let Some((id, _)) = &req.client {
        let _ = writeln!(
            log,
            "iamtoken: > Authorization: Basic [redacted] (client {id})"
        );
    }
}

fn header(response: &Response, name: &str) -> Option<String> {
    response
        .headers()
        .get(name)?
        .to_str()
        .ok()
        .map(str::to_owned)
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

/// A transport failure: exit 4, naming the host and the innermost cause.
fn unreachable(err: &reqwest::Error, endpoint: &Endpoint, timeout: Duration) -> Failure {
    let host = endpoint.host();
    if err.is_timeout() {
        return Failure::new(
            Exit::Unavailable,
            format!(
                "IAM at {host} did not answer within {} s",
                timeout.as_secs()
            ),
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
    Failure::new(
        Exit::Unavailable,
        format!("{what} IAM at {host}: {}", one_line(&cause.to_string())),
    )
}

/// What IAM answered, as far as classification needs.
struct Answer<'a> {
    status: StatusCode,
    content_type: Option<&'a str>,
    location: Option<&'a str>,
    body: &'a [u8],
    truncated: bool,
}

fn classify(answer: &Answer, wanted: Wanted, now: i64) -> Result<TokenResponse, Failure> {
    let status = answer.status;
    if status.is_success() {
        if answer.truncated {
            return Err(Failure::new(
                Exit::BadResponse,
                "IAM's answer is larger than 1 MiB",
            ));
        }
        return TokenResponse::parse(answer.body, wanted, now).map_err(|f| {
            let summary = summarise(answer);
            Failure::new(f.exit, format!("{f} ({summary})"))
        });
    }
    if status.is_redirection() {
        let to = answer
            .location
            .and_then(|l| Url::parse(l).ok())
            .and_then(|u| u.host_str().map(str::to_owned))
            .map_or_else(String::new, |h| format!(" to {h}"));
        return Err(Failure::new(
            Exit::BadResponse,
            format!("IAM answered {status} (a redirect{to}); redirects are not followed"),
        )
        .hint("check --iam-url"));
    }
    let (exit, what) = match status.as_u16() {
        429 => (Exit::Unavailable, "IAM is rate-limiting requests"),
        400..=499 => (Exit::Refused, "IAM refused the request"),
        500..=599 => (Exit::Unavailable, "IAM is unavailable"),
        _ => (Exit::BadResponse, "IAM gave an unexpected answer"),
    };
    let message = match IamError::parse(answer.body) {
        Some(e) => {
            let id = e.request_id().map(|id| format!(" [request id {id}]"));
            let (code, text) = (&e.error_code, e.text());
            format!(
                "{what} ({} {code}): {text}{}",
                status.as_u16(),
                id.unwrap_or_default()
            )
        }
        None => format!("{what} ({status}; {})", summarise(answer)),
    };
    let failure = Failure::new(exit, one_line(&message));
    Err(match (exit, status.as_u16()) {
        (Exit::Unavailable, 429) => failure.hint("wait a little and retry"),
        (Exit::Unavailable, _) => failure.hint("retry later"),
        _ => failure,
    })
}

/// A short description of a body that is not what we expected, never the body itself (it may
/// be a proxy's HTML page, or hold a token).
fn summarise(answer: &Answer) -> String {
    let body = answer.body;
    let kind = answer
        .content_type
        .and_then(|c| c.split(';').next())
        .map_or("no content type", str::trim);
    if body.iter().all(u8::is_ascii_whitespace) {
        return "empty body".into();
    }
    let text = String::from_utf8_lossy(body);
    if let Some(title) = html_title(&text) {
        return format!("an HTML page titled \"{title}\"");
    }
    let size = if answer.truncated {
        "over 1 MiB".to_owned()
    } else {
        format!("{} bytes", body.len())
    };
    format!("{size} of {kind}")
}

fn html_title(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let start = lower.find("<title")?;
    let start = start + lower[start..].find('>')? + 1;
    let end = start + lower[start..].find("</title")?;
    let title: String = one_line(&text[start..end]).chars().take(80).collect();
    (!title.is_empty()).then_some(title)
}

/// Collapses whitespace and drops control characters, so that text from the network stays on
/// one line and cannot drive the terminal.
fn one_line(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Text from IAM's answer must not repeat a secret we sent.
fn scrub(mut failure: Failure, req: &TokenRequest) -> Failure {
    let mut message = failure.to_string();
    for secret in req.secrets().filter(|s| s.len() >= 4) {
        message = message.replace(secret, "[redacted]");
    }
    let hint = failure.hint.take();
    failure = Failure::new(failure.exit, message);
    failure.hint = hint;
    failure
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_forms() {
        let url = |raw| Endpoint::parse(raw).map(|e| e.url().to_string());
        let token = "https://iam.cloud.ibm.com/identity/token";
        assert_eq!(url("https://iam.cloud.ibm.com").unwrap(), token);
        assert_eq!(url("https://iam.cloud.ibm.com/").unwrap(), token);
        assert_eq!(url(token).unwrap(), token);
        assert_eq!(
            url("https://iam.cloud.ibm.com/identity/token/").unwrap(),
            token
        );
        assert_eq!(
            url("https://h/prefix").unwrap(),
            "https://h/prefix/identity/token"
        );
        assert_eq!(
            url("http://127.0.0.1:8080").unwrap(),
            "http://127.0.0.1:8080/identity/token"
        );
        assert!(url("http://[::1]:1/").is_ok());
        assert!(url("http://localhost:1/").is_ok());
        for bad in [
            "http://iam.cloud.ibm.com",
            "http://10.0.0.1",
            "ftp://iam.cloud.ibm.com",
            "iam.cloud.ibm.com",
            "https://u:p@iam.cloud.ibm.com",
            "https://iam.cloud.ibm.com?x=1",
        ] {
            assert!(url(bad).is_err(), "{bad}");
        }
    }

    fn answer(status: u16, content_type: &str, body: &'static str) -> Answer<'static> {
        let content_type: &'static str = Box::leak(content_type.to_owned().into_boxed_str());
        Answer {
            status: StatusCode::from_u16(status).unwrap(),
            content_type: Some(content_type),
            location: Some("https://evil.example/steal"),
            body: body.as_bytes(),
            truncated: false,
        }
    }

    fn failure(a: &Answer) -> Failure {
        classify(a, Wanted::AccessToken, 0).unwrap_err()
    }

    #[test]
    fn iam_errors_name_status_code_message_and_request_id() {
        let f = failure(&answer(
            400,
            "application/json",
            r#"{"errorCode":"BXNIM0415E","errorMessage":"Provided API key could not be found.","context":{"requestId":"r-1"}}"#,
        ));
        assert_eq!(f.exit, Exit::Refused);
        assert_eq!(
            f.to_string(),
            "IAM refused the request (400 BXNIM0415E): Provided API key could not be found. [request id r-1]"
        );
    }

    #[test]
    fn status_decides_the_exit_code() {
        let json = r#"{"errorCode":"X","errorMessage":"m"}"#;
        assert_eq!(
            failure(&answer(401, "application/json", json)).exit,
            Exit::Refused
        );
        assert_eq!(
            failure(&answer(403, "application/json", json)).exit,
            Exit::Refused
        );
        assert_eq!(
            failure(&answer(429, "application/json", json)).exit,
            Exit::Unavailable
        );
        assert_eq!(
            failure(&answer(500, "application/json", json)).exit,
            Exit::Unavailable
        );
        assert_eq!(
            failure(&answer(503, "text/plain", "")).exit,
            Exit::Unavailable
        );
        let redirect = failure(&answer(301, "text/html", ""));
        assert_eq!(redirect.exit, Exit::BadResponse);
        assert!(redirect.to_string().contains("redirect to evil.example"));
        assert_eq!(
            failure(&answer(200, "text/html", "<p>")).exit,
            Exit::BadResponse
        );
    }

    #[test]
    fn html_pages_are_summarised_not_dumped() {
        let page = "<html><head><TITLE>502\n Bad Gateway</TITLE></head><body>secret-ish</body>";
        let f = failure(&answer(502, "text/html; charset=utf-8", page));
        assert_eq!(
            f.to_string(),
            "IAM is unavailable (502 Bad Gateway; an HTML page titled \"502 Bad Gateway\")"
        );
        let f = failure(&answer(401, "", ""));
        assert_eq!(
            f.to_string(),
            "IAM refused the request (401 Unauthorized; empty body)"
        );
        let f = failure(&answer(200, "text/plain", "hello"));
        assert_eq!(
            f.to_string(),
            "IAM's answer is not a JSON object (5 bytes of text/plain)"
        );
    }

    #[test]
    fn messages_stay_on_one_line() {
        assert_eq!(one_line("a\r\n\x1b[31mb\t c"), "a [31mb c");
    }
}
