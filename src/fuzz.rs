//! One entry point per parser of untrusted input, for the cargo-fuzz targets in `fuzz/` and
//! their regression tests (`tests/it/fuzz.rs`). Each takes arbitrary bytes, runs the parser as
//! the product does, and uses what it returns the way the product would (printing a token,
//! showing an error), so a panic anywhere on that path is found. None does I/O beyond memory.
//!
//! The answers and requests are written as a small HTTP-like text, so that the seeds in
//! `fuzz/seeds/` can be read and written by hand: a first line (a status, or a method and a
//! target), `Name: value` header lines, an empty line, and the body.

use std::path::Path;
use std::sync::Arc;

use clap::ValueEnum as _;
use serde_json::Value;

use crate::check::Key;
use crate::cli::Format;
use crate::config::{Config, Registry};
use crate::iam::answer::{Answer, classify};
use crate::iam::redact::Redactor;
use crate::iam::server::Request;
use crate::iam::{openshift, trace, vpc};
use crate::registry::{self, helper};
use crate::serve::metadata::Api;
use crate::token::{TokenResponse, Wanted, unix_now};
use crate::{args, inspect, jwt, output, sdk_config};

/// A message as `Parsed::split` reads it.
struct Parsed<'a> {
    first: &'a str,
    headers: Vec<(&'a str, &'a str)>,
    body: &'a [u8],
}

impl<'a> Parsed<'a> {
    /// Splits `data` at the first empty line: the head (first line, then `Name: value` lines;
    /// others are skipped) as lossless UTF-8 where it is UTF-8, and the body as bytes.
    fn split(data: &'a [u8]) -> Self {
        let end = data.windows(2).position(|w| w == b"\n\n");
        let (head, body) = match end {
            Some(at) => (&data[..at], &data[at + 2..]),
            None => (data, &b""[..]),
        };
        let head = std::str::from_utf8(head).unwrap_or_default();
        let mut lines = head.lines();
        let first = lines.next().unwrap_or_default();
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim(), v.trim()))
            .collect();
        Self {
            first,
            headers,
            body,
        }
    }

    fn header(&self, name: &str) -> Option<&'a str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| *v)
    }

    /// The first line as an HTTP status (200 when it is none).
    fn status(&self) -> reqwest::StatusCode {
        self.first
            .trim()
            .parse()
            .ok()
            .and_then(|s| reqwest::StatusCode::from_u16(s).ok())
            .unwrap_or(reqwest::StatusCode::OK)
    }

    fn answer(&self) -> Answer<'a> {
        Answer {
            status: self.status(),
            content_type: self.header("content-type"),
            location: self.header("location"),
            retry_after: self.header("retry-after"),
            body: self.body,
            truncated: false,
        }
    }
}

/// What a parsed token becomes: every output format, as `iamtoken` prints it.
fn print(token: &TokenResponse) {
    for format in Format::value_variants() {
        let mut github_env = Vec::new();
        for wanted in [
            Wanted::AccessToken,
            Wanted::DelegatedRefreshToken,
            Wanted::IdToken,
        ] {
            let mut out = Vec::new();
            let _ = output::write(&mut out, *format, token, wanted, Some(&mut github_env));
        }
    }
    let _ = (token.remaining(unix_now()), token.lifetime());
}

/// What an error becomes: the lines `iamtoken` prints.
fn show(err: impl Into<anyhow::Error>) {
    args::say(&err.into(), &mut Vec::new());
}

/// IAM's answer to `POST /identity/token` (a token response or an error body), for every
/// kind of token a grant may want, with `-vv`'s trace of the body.
pub fn iam_answer(data: &[u8]) {
    let parsed = Parsed::split(data);
    let answer = parsed.answer();
    let redactor = Redactor::new(vec!["SECRET+KEY/%\"\\".to_owned()]);
    let now = unix_now();
    for wanted in [
        Wanted::AccessToken,
        Wanted::DelegatedRefreshToken,
        Wanted::IdToken,
        Wanted::ClusterToken,
    ] {
        match classify(&answer, wanted, now, &redactor) {
            Ok(token) => print(&token),
            Err(failure) => show(failure),
        }
    }
    let _ = (
        answer.retryable(),
        answer.retry_after(std::time::SystemTime::now()),
    );
    let _ = answer.request_id(&redactor);
    let _ = trace::redact_body(parsed.body, answer.content_type, &redactor);
}

/// A token as `inspect` reads it (after `Bearer `), with its summary, and its signing key
/// looked up in a key set of the same text.
pub fn jwt(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = (jwt::claims(text), jwt::subject(text));
    if let Some(token) = jwt::decode(text) {
        let _ = inspect::not_yet_valid(&token, unix_now());
        let _ = inspect::summary(&token, None, &mut Vec::new());
        let kid = token.header.get("kid").and_then(Value::as_str);
        if let (Some(kid), Ok(jwks)) = (kid, serde_json::from_str::<Value>(text)) {
            let _ = inspect::key_in(&jwks, kid);
        }
    }
}

/// iamtoken's config file, as `config list` and a run with `--context` use it.
pub fn config_file(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for may_run in [false, true] {
        let config = match Config::parse(text, Path::new("/fuzz/config.toml"), may_run) {
            Ok(config) => config,
            Err(e) => {
                show(e);
                continue;
            }
        };
        let _ = (config.missing_default(), config.exposed_secret());
        for context in config.contexts() {
            for setting in &context.settings {
                let _ = context.at(setting);
            }
        }
        for host in registry::served(&config.registry) {
            let _ = registry::context_for(&config.registry, &host);
        }
    }
}

/// An IBM SDK credentials file (`ibm-credentials.env`), as `--sdk-service fuzz` reads it.
pub fn credentials_env(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let props = sdk_config::parse_file(&text, &sdk_config::prefix("fuzz"));
    if props.is_empty() {
        return;
    }
    for found_here in [false, true] {
        if let Err(e) = sdk_config::from_properties("fuzz", &props, "fuzz.env".into(), found_here) {
            show(e);
        }
    }
}

/// `docker-credential-iamtoken`'s stdin: the registry a client asks about, and whether (and
/// as whom) it is served.
pub fn helper_stdin(data: &[u8]) {
    let Ok(server) = helper::read_input(&mut &data[..]) else {
        return;
    };
    let host = registry::host_of(&server);
    let config = Registry::default();
    if registry::served(&config).contains(&host) {
        let _ = registry::context_for(&config, &host);
    }
}

/// One request to `iamtoken serve` (`METHOD TARGET`, headers, body): the secret prefix, Host,
/// headers and JSON body checked, and a token handed out when it is all right. The prefix and
/// Host are the ones the seeds use.
pub fn serve_request(data: &[u8]) {
    thread_local! {
        static API: Api = served();
    }
    let parsed = Parsed::split(data);
    let (method, target) = parsed.first.split_once(' ').unwrap_or((parsed.first, "/"));
    let headers = parsed
        .headers
        .iter()
        .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
        .collect();
    let request = Request::new(
        method.to_ascii_uppercase(),
        target.to_owned(),
        headers,
        parsed.body.to_vec(),
        false,
    );
    API.with(|api| {
        let (_status, body) = api.answer(&request, &mut Vec::new());
        let _ = body.to_string();
    });
}

/// The prefix and `Host` of the service `serve_request` asks.
pub const SERVE_PREFIX: &str = "/00112233445566778899aabbccddeeff";
pub const SERVE_HOST: &str = "127.0.0.1:8080";

fn served() -> Api {
    let now = unix_now();
    let body = serde_json::json!({
        "access_token": "eyJhbGciOiJSUzI1NiJ9.eyJpYW1faWQiOiJmdXp6In0.c2ln",
        "expires_in": 3600,
        "expiration": now + 3600,
    });
    let token = TokenResponse::parse(body.to_string().as_bytes(), Wanted::AccessToken, now)
        .map(Arc::new)
        .expect("the served token parses");
    let profiles = vec![("id", "Profile-fuzz".to_owned())];
    Api::new(
        SERVE_PREFIX.to_owned(),
        SERVE_HOST.to_owned(),
        Box::new(move || Ok(Arc::clone(&token))),
        profiles,
        true,
    )
    .expect("randomness for the service's key")
}

/// An OpenShift cluster's OAuth answers: the discovery document (the body) and the redirect
/// that carries the token (the `Location` header).
pub fn openshift_answer(data: &[u8]) {
    let parsed = Parsed::split(data);
    let redactor = Redactor::new(vec!["SECRET+KEY".to_owned()]);
    match openshift::authorization_endpoint(parsed.body) {
        Ok(url) => {
            let _ = url.host_str();
        }
        Err(failure) => show(failure),
    }
    let Ok(base) = reqwest::Url::parse("https://oauth.example.com:6443/oauth/authorize") else {
        return;
    };
    let location = parsed.header("location").unwrap_or(parsed.first);
    match openshift::from_redirect(&base, location, &redactor) {
        Ok(token) => print(&token),
        Err(failure) => show(failure),
    }
}

/// The VPC instance metadata service's answers: the instance identity token, and the IAM
/// token for the trusted profile.
pub fn vpc_answer(data: &[u8]) {
    let parsed = Parsed::split(data);
    let answer = parsed.answer();
    let redactor = Redactor::default();
    if let Err(failure) = crate::iam::answer::classify_other(&answer, "fuzz", &redactor) {
        show(failure);
    }
    match vpc::identity_token(parsed.body) {
        Ok(token) => {
            let _ = Redactor::new(vec![token]).clean("x");
        }
        Err(failure) => show(failure),
    }
    match vpc::profile_token(parsed.body, unix_now()) {
        Ok(token) => print(&token),
        Err(failure) => show(failure),
    }
}

/// IAM's details of an API key (`GET /v1/apikeys/details`), as `check` reports them.
pub fn apikey_details(data: &[u8]) {
    let Ok(details) = serde_json::from_slice::<Value>(data) else {
        return;
    };
    let key = Key::from_details(&details);
    let _ = (key.json().to_string(), key.rows(unix_now()));
    let _ = output::print_table(&mut Vec::new(), &key.rows(0));
}

/// What `ibmcloud iam oauth-tokens --output json` printed, as `iamtoken ibmcloud` reads it
/// (and the first line of it an error shows).
pub fn ibmcloud_output(data: &[u8]) {
    match crate::ibmcloud::parse(data, unix_now()) {
        Ok(token) => print(&token),
        Err(failure) => show(failure),
    }
    let _ = crate::ibmcloud::said(data);
}

/// IAM's discovery document, for the passcode page `login` shows, at a production IAM and at a
/// loopback stand-in.
pub fn discovery_document(data: &[u8]) {
    for base in ["https://iam.cloud.ibm.com", "http://127.0.0.1:8080"] {
        let Ok(endpoint) = crate::endpoint::Endpoint::parse(base) else {
            continue;
        };
        if let Some(page) = crate::iam::passcode_endpoint(data, &endpoint) {
            let _ = page.to_string();
        }
    }
}

/// A session's record on disk (`sessions/NAME.json`), as `sessions` lists it.
pub fn session_record(data: &[u8]) {
    for name in ["default", "work"] {
        if let Some(session) = crate::session::session_in(data, name) {
            let rows = [[session.name.clone(), session.who().to_owned()]];
            let _ = output::print_table(&mut Vec::new(), &rows);
            let _ = serde_json::to_string(&session);
        }
    }
}

/// An API key as `--apikey` reads it: the key itself, or the console's JSON key file.
pub fn key_file(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    match crate::grant::apikey::key_from(crate::secret::Secret::new(text)) {
        Ok(key) => {
            let _ = key.expose().len();
        }
        Err(e) => show(e),
    }
}

/// kubectl's `KUBERNETES_EXEC_INFO`, as `openshift` reads the cluster from it.
pub fn exec_info(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match crate::grant::openshift::kubectl_cluster(text) {
        Ok(Some((server, ca))) => {
            let _ = (server.host_str(), ca.map(|c| c.len()));
        }
        Ok(None) => {}
        Err(e) => show(e),
    }
}

/// docker's `config.json`, as `registry setup` reads it, adds its entries to it, and takes them
/// out again.
pub fn docker_config(data: &[u8]) {
    use crate::registry::setup;
    let path = Path::new("/fuzz/config.json");
    let mut doc = match setup::parse(path, data) {
        Ok(doc) => doc,
        Err(e) => return show(e),
    };
    let hosts = registry::served(&Registry::default());
    for force in [false, true] {
        match setup::add_entries(&mut doc, &hosts, force) {
            Ok(_) => {
                let _ = setup::render(&doc);
            }
            Err(e) => show(e),
        }
    }
    let _ = setup::remove_entries(&mut doc);
    let _ = setup::render(&doc);
}

/// A cache entry on disk, as a run reuses it and `cache list` shows it.
pub fn cache_entry(data: &[u8]) {
    let Some(entry) = crate::cache::read_entry(data) else {
        return;
    };
    let (grant, context) = (entry.grant.clone(), entry.context.clone());
    if let Ok(token) = TokenResponse::from_fields(entry.response, entry.wanted, entry.received_at) {
        print(&token);
    }
    let rows = [[grant, context.unwrap_or_default(), entry.iam_host]];
    let _ = output::print_table(&mut Vec::new(), &rows);
}

/// Raw bytes from a client into `iamtoken serve`'s connection handling, hyper's HTTP/1.1
/// parsing included, answered by the service as `serve_request`'s.
pub fn serve_connection(data: &[u8]) {
    thread_local! {
        static ANSWER: Arc<dyn Fn(&Request) -> crate::iam::server::Answer + Send + Sync> = {
            let api = Arc::new(served());
            Arc::new(move |request| api.answer(request, &mut Vec::new()))
        };
    }
    ANSWER.with(|answer| crate::iam::server::serve_bytes(data, answer));
}
