//! Test support: the `iamtoken` command with an isolated environment, and a stand-in IAM
//! server on 127.0.0.1 that records what it receives, checks it against the token endpoint's
//! contract, and answers like IAM (tokens or IAM-shaped errors), or as a test scripts it.

use std::collections::VecDeque;
use std::io::{Read as _, Write as _};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use std::process::Command as StdCommand;

use assert_cmd::Command;
use serde_json::{Value, json};

pub const APIKEY_GRANT: &str = "urn:ibm:params:oauth:grant-type:apikey";
pub const ASSUME_GRANT: &str = "urn:ibm:params:oauth:grant-type:assume";
pub const CR_GRANT: &str = "urn:ibm:params:oauth:grant-type:cr-token";
pub const AUTHZ_GRANT: &str = "urn:ibm:params:oauth:grant-type:iam-authz";
pub const REDEEM_GRANT: &str = "urn:ibm:params:oauth:grant-type:delegated-refresh-token";

/// The delegated refresh token the stand-in hands out, and the only one it redeems.
pub const DELEGATED_REFRESH_TOKEN: &str = "drt-opaque-1";
/// IAM's issuer, as its id_tokens name it.
pub const IAM_ISSUER: &str = "https://iam.cloud.ibm.com/identity";
/// How long the stand-in's id_tokens live.
pub const ID_TOKEN_SECONDS: i64 = 1200;

/// A JWT-shaped access token the stand-in hands out.
pub const ACCESS_TOKEN: &str =
    "eyJraWQiOiIyMDI1IiwiYWxnIjoiUlMyNTYifQ.eyJpYW1faWQiOiJpYW0tU2VydmljZUlkLTEyMzQifQ.c2ln";
/// The `iam_id` claim inside `ACCESS_TOKEN`.
pub const SUBJECT: &str = "iam-ServiceId-1234";
/// A placeholder for the expiry the stand-in states (now + an hour, as IAM does), in expected
/// output; `expiring` puts the real one in.
pub const EXPIRATION: &str = "{expiration}";

/// A predicate for output equal to `expected`, whose `EXPIRATION` is the stand-in's expiry.
pub fn with_expiry(expected: String) -> impl predicates::Predicate<str> {
    predicates::function::function(move |got: &str| got == expiring(&expected, got))
}

/// `expected` with `EXPIRATION` replaced by what the stand-in's answer in `got` states, after
/// checking that it lies an hour (a few seconds either way) from now.
pub fn expiring(expected: &str, got: &str) -> String {
    let Some(at) = expected.find(EXPIRATION) else {
        return expected.to_owned();
    };
    let digits: String = got[at.min(got.len())..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let stated: i64 = digits
        .parse()
        .unwrap_or_else(|_| panic!("no expiry at {at} in {got}"));
    assert!(
        (now() + 3590..=now() + 3610).contains(&stated),
        "{stated} is not an hour from now"
    );
    expected.replacen(EXPIRATION, &digits, 1)
}

/// The iamtoken binary under test.
pub fn bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("iamtoken")
}

/// The one way tests start a process that runs iamtoken: `program` (iamtoken itself, or a
/// wrapper that runs it, such as script, GNU time or a shell) with the environment cleared but
/// for `PATH` and `LANG` (and what Windows itself needs), the home and the platform's folders
/// inside `home`, and `home` as the working directory, so that nothing of the developer's own
/// environment, config, cache or compute resource token files can leak in. A test adds only
/// what it means to set.
pub fn isolated(program: impl AsRef<std::ffi::OsStr>, home: &tempfile::TempDir) -> StdCommand {
    let mut cmd = StdCommand::new(program);
    cmd.env_clear();
    // Windows' sockets and TLS need SystemRoot; a child shell needs ComSpec and PATHEXT.
    let kept: &[&str] = if cfg!(windows) {
        &[
            "PATH",
            "LANG",
            "SystemRoot",
            "SystemDrive",
            "windir",
            "ComSpec",
            "PATHEXT",
            "TEMP",
            "TMP",
        ]
    } else {
        &["PATH", "LANG"]
    };
    for name in kept {
        if let Some(value) = std::env::var_os(name) {
            cmd.env(name, value);
        }
    }
    cmd.current_dir(home.path())
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_CACHE_HOME", home.path().join("cache"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_STATE_HOME", home.path().join("state"))
        .env("USERPROFILE", home.path())
        .env("APPDATA", home.path().join("AppData").join("Roaming"))
        .env("LOCALAPPDATA", home.path().join("AppData").join("Local"))
        // The machine's own compute resource token files, if any, stay out of the tests.
        .env("IAMTOKEN_CR_TOKEN_PATHS", home.path().join("no-cr-token"))
        .env("NO_COLOR", "1");
    cmd
}

/// Where iamtoken, run by `isolated`, keeps its config file: `config.toml` in the platform's
/// config folder inside `home`.
pub fn config_file(home: &tempfile::TempDir) -> std::path::PathBuf {
    per_os(
        home,
        "config/iamtoken/config.toml",
        "Library/Application Support/iamtoken/config.toml",
        r"AppData\Roaming\iamtoken\config\config.toml",
    )
}

/// Where iamtoken, run by `isolated`, keeps its cache.
pub fn cache_dir(home: &tempfile::TempDir) -> std::path::PathBuf {
    per_os(
        home,
        "cache/iamtoken",
        "Library/Caches/iamtoken",
        r"AppData\Local\iamtoken\cache",
    )
}

/// Where iamtoken, run by `isolated`, keeps its sessions (`login`).
pub fn state_dir(home: &tempfile::TempDir) -> std::path::PathBuf {
    per_os(
        home,
        "state/iamtoken",
        "Library/Application Support/iamtoken",
        r"AppData\Local\iamtoken\data",
    )
}

/// `home` joined with the path this OS uses: README's table of the platform's folders.
fn per_os(home: &tempfile::TempDir, linux: &str, macos: &str, windows: &str) -> std::path::PathBuf {
    home.path().join(if cfg!(windows) {
        windows
    } else if cfg!(target_os = "macos") {
        macos
    } else {
        linux
    })
}

/// A `PATH` that holds exactly `tools` (found on the test's own `PATH`, each linked into a
/// folder of `home`), so that nothing else installed on the machine (an iamtoken or a
/// docker-credential-iamtoken from a package, say) can be reached.
#[cfg(unix)]
pub fn path_of(home: &tempfile::TempDir, tools: &[&str]) -> std::ffi::OsString {
    let dir = home.path().join(format!("path-{}", fastrand::u32(..)));
    std::fs::create_dir(&dir).unwrap();
    let search = std::env::var_os("PATH").unwrap_or_default();
    for tool in tools {
        let found = std::env::split_paths(&search)
            .map(|d| d.join(tool))
            .find(|p| p.is_file())
            .unwrap_or_else(|| panic!("{tool} is needed on PATH"));
        std::os::unix::fs::symlink(found, dir.join(tool)).unwrap();
    }
    dir.into_os_string()
}

/// How long any program a test runs may take, even on a busy machine under Wine: past it the
/// program is stopped and the test fails, so that no test waits for ever.
pub const DEADLINE: Duration = Duration::from_mins(2);

/// `program` in `home` as `isolated` makes it, stopped past `DEADLINE` (and killed 10 s later
/// if it ignores that): the test then fails on its exit status (124, or 137).
#[cfg(unix)]
pub fn bounded(program: impl AsRef<std::ffi::OsStr>, home: &tempfile::TempDir) -> StdCommand {
    let mut command = isolated("/usr/bin/timeout", home);
    command.args(timeout_args()).arg(program);
    command
}

/// A short local command (`mkfifo`, `kill`, `ss`), with the environment of the tests, stopped
/// as `bounded` stops a program.
#[cfg(unix)]
pub fn quick(program: &str) -> StdCommand {
    let mut command = StdCommand::new("/usr/bin/timeout");
    command.args(timeout_args()).arg(program);
    command
}

/// timeout(1)'s arguments for `DEADLINE`. (`timeout` is run by its path: a test may give PATH
/// only the tools it means to use.)
#[cfg(unix)]
fn timeout_args() -> [String; 2] {
    ["--kill-after=10".to_owned(), DEADLINE.as_secs().to_string()]
}

/// `bounded` where there is no timeout(1): the programs the tests bound (kubectl, python, a
/// POSIX shell) are driven on Linux only, so this serves only to build.
#[cfg(not(unix))]
pub fn bounded(program: impl AsRef<std::ffi::OsStr>, home: &tempfile::TempDir) -> StdCommand {
    isolated(program, home)
}

/// `iamtoken`, isolated as `isolated` says, with assert_cmd's assertions, and stopped (the
/// test failing) past `DEADLINE`: a test that sets its own deadline replaces this one.
pub fn iamtoken(home: &tempfile::TempDir) -> Command {
    let mut cmd = Command::from_std(isolated(bin(), home));
    cmd.timeout(DEADLINE);
    cmd
}

/// One request as the stand-in received it.
#[derive(Debug, Clone)]
pub struct Received {
    pub method: String,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Received {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The form fields, decoded, in wire order.
    pub fn form(&self) -> Vec<(String, String)> {
        form_urlencoded::parse(self.body.as_bytes())
            .into_owned()
            .collect()
    }
}

/// What the stand-in answers to the next request.
pub enum Reply {
    /// Act as IAM: check the request against the contract, then issue a token response.
    Iam,
    /// This status, content type and body.
    Raw(u16, &'static str, Vec<u8>),
    /// An IAM error body with this status, code and message.
    IamError(u16, &'static str, &'static str),
    /// Accept the connection and say nothing for this long.
    Hang(Duration),
    /// 429 with this `Retry-After` header.
    RateLimited(&'static str),
    /// 200 with a JSON content type and this many bytes of body, streamed.
    Huge(usize),
    /// Act as IAM, after `delay`, issuing a token with this `expires_in` that expires `left`
    /// seconds from now.
    Token {
        expires_in: i64,
        left: i64,
        delay: Duration,
    },
}

impl Reply {
    /// A full-lifetime token, as IAM issues them.
    pub fn fresh(seconds: i64) -> Self {
        Self::Token {
            expires_in: seconds,
            left: seconds,
            delay: Duration::ZERO,
        }
    }
}

pub struct StandIn {
    pub url: String,
    received: Arc<Mutex<Vec<Received>>>,
}

impl StandIn {
    /// A server of another kind at `url` (a raw one, say), for the helpers that take a
    /// `StandIn`; it records nothing.
    pub fn at(url: &str) -> Self {
        Self {
            url: url.to_owned(),
            received: Arc::default(),
        }
    }

    /// A server that acts as IAM for every request.
    pub fn iam() -> Self {
        Self::scripted(Vec::new())
    }

    /// A server that answers with `replies` in order, then as IAM.
    pub fn scripted(replies: Vec<Reply>) -> Self {
        let mut replies = VecDeque::from(replies);
        Self::serve(move |got, request| {
            match replies.pop_front().unwrap_or(Reply::Iam) {
                Reply::Iam => {
                    let (status, body) = act_as_iam(got, None);
                    respond(
                        request,
                        status,
                        "application/json",
                        body.to_string().into_bytes(),
                    );
                }
                Reply::Token {
                    expires_in,
                    left,
                    delay,
                } => {
                    thread::sleep(delay);
                    let (status, body) = act_as_iam(got, Some((expires_in, left)));
                    respond(
                        request,
                        status,
                        "application/json",
                        body.to_string().into_bytes(),
                    );
                }
                Reply::Raw(status, content_type, body) => {
                    respond(request, status, content_type, body);
                }
                Reply::IamError(status, code, message) => {
                    let body = iam_error(code, message).to_string().into_bytes();
                    respond(request, status, "application/json", body);
                }
                Reply::RateLimited(after) => {
                    let body = iam_error("BXNIM0429E", "Too many requests").to_string();
                    let response = tiny_http::Response::from_data(body.into_bytes())
                        .with_status_code(429)
                        .with_header(tiny_http::Header::from_bytes("Retry-After", after).unwrap());
                    let _ = request.respond(response);
                }
                Reply::Huge(size) => {
                    let body = std::io::repeat(b' ').take(size as u64);
                    let header =
                        tiny_http::Header::from_bytes("Content-Type", "application/json").unwrap();
                    let response =
                        tiny_http::Response::new(200.into(), vec![header], body, Some(size), None);
                    let _ = request.respond(response);
                }
                Reply::Hang(pause) => {
                    // Held on another thread, so the next request is answered meanwhile.
                    thread::spawn(move || {
                        thread::sleep(pause);
                        drop(request);
                    });
                }
            }
        })
    }

    /// A server that acts as IAM for every request, issuing signed JWT access tokens (with
    /// `iat`, `exp` and a unique `jti`, as the SDKs read them) that live `seconds`.
    #[cfg(unix)]
    pub fn issuing_jwts(seconds: i64) -> Self {
        Self::serve(move |got, request| {
            let (status, mut body) = act_as_iam(got, Some((seconds, seconds)));
            if status == 200 {
                let mut claims = crate::jwt::claims(IAM_ISSUER, seconds);
                claims["iat"] = json!(now());
                claims["jti"] = json!(format!("{:016x}", fastrand::u64(..)));
                body["access_token"] = json!(crate::jwt::sign(&crate::jwt::header(), &claims));
            }
            respond(
                request,
                status,
                "application/json",
                body.to_string().into_bytes(),
            );
        })
    }

    /// A server on 127.0.0.1 that records each request, then lets `answer` respond to it.
    pub fn serve(mut answer: impl FnMut(&Received, tiny_http::Request) + Send + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let received = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&received);
        let server = tiny_http::Server::from_listener(listener, None).unwrap();
        thread::spawn(move || {
            for mut request in server.incoming_requests() {
                let mut body = String::new();
                let _ = request.as_reader().read_to_string(&mut body);
                let got = Received {
                    method: request.method().to_string(),
                    url: request.url().to_owned(),
                    headers: request
                        .headers()
                        .iter()
                        .map(|h| (h.field.to_string(), h.value.to_string()))
                        .collect(),
                    body,
                };
                log.lock().unwrap().push(got.clone());
                answer(&got, request);
            }
        });
        Self { url, received }
    }

    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    /// The value of form field `name` in each request received that has it, in order.
    pub fn sent(&self, name: &str) -> Vec<String> {
        self.received()
            .iter()
            .filter_map(|r| r.form().into_iter().find(|(k, _)| k == name))
            .map(|(_, v)| v)
            .collect()
    }

    /// The only request received; fails the test if there were none or several.
    pub fn only_request(&self) -> Received {
        let all = self.received();
        assert_eq!(all.len(), 1, "expected exactly one request, got {all:#?}");
        all.into_iter().next().unwrap()
    }
}

pub fn respond(request: tiny_http::Request, status: u16, content_type: &str, body: Vec<u8>) {
    let header = tiny_http::Header::from_bytes("Content-Type", content_type).unwrap();
    let response = tiny_http::Response::from_data(body)
        .with_status_code(status)
        .with_header(header);
    let _ = request.respond(response);
}

pub fn iam_error(code: &str, message: &str) -> Value {
    json!({
        "errorCode": code,
        "errorMessage": message,
        "context": {
            "requestId": "req-7f3a",
            "requestType": "incoming.Identity_Token",
            "elapsedTime": "12",
            "locale": "en_US"
        }
    })
}

/// docs/iam.md, "The token endpoint" to "The token response" as a server: the request must be a form POST to /identity/token with
/// the headers every request carries, a known grant, its required fields, and nothing it does
/// not take. Violations get the error IAM gives; a valid request gets a token response.
fn act_as_iam(req: &Received, lifetime: Option<(i64, i64)>) -> (u16, Value) {
    if req.method == "GET" && req.url == "/identity/keys" {
        return (200, crate::jwt::jwks());
    }
    if req.method != "POST" || req.url != "/identity/token" {
        return (404, iam_error("BXNIM0100E", "Not found"));
    }
    let header_ok = |name: &str, want: &str| req.header(name) == Some(want);
    if !header_ok("Content-Type", "application/x-www-form-urlencoded")
        || !header_ok("Accept", "application/json")
        || !req
            .header("User-Agent")
            .is_some_and(|ua| ua.starts_with("iamtoken/"))
    {
        return (400, iam_error("BXNIM0106E", "Invalid request headers"));
    }
    let form = req.form();
    let field = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let Some(grant) = field("grant_type") else {
        return (
            400,
            iam_error(
                "BXNIM0109E",
                "Property missing or empty. Property: grant_type",
            ),
        );
    };
    let (required, optional): (&[&str], &[&str]) = match grant {
        APIKEY_GRANT => (
            &["apikey"],
            &[
                "response_type",
                "receiver_client_ids",
                "delegated_refresh_token_expiry",
            ],
        ),
        ASSUME_GRANT => (
            &[],
            &[
                "access_token",
                "refresh_token",
                "cookie",
                "profile_id",
                "profile_crn",
                "profile_name",
                "account",
            ],
        ),
        CR_GRANT => (
            &["cr_token"],
            &["profile_id", "profile_crn", "profile_name"],
        ),
        AUTHZ_GRANT => (&["access_token", "desired_iam_id"], &[]),
        "password" => (&["username", "password"], &["account"]),
        "refresh_token" => (
            &["refresh_token"],
            &["account", "response_type", "receiver_client_ids"],
        ),
        REDEEM_GRANT => (&["refresh_token"], &[]),
        _ => return (400, iam_error("BXNIM0106E", "Unsupported grant type")),
    };
    for name in required {
        if field(name).is_none_or(str::is_empty) {
            return (400, iam_error("BXNIM0109E", "Property missing or empty"));
        }
    }
    let known = |k: &str| k == "grant_type" || required.contains(&k) || optional.contains(&k);
    if form.iter().any(|(k, _)| !known(k))
        || form.len()
            != form
                .iter()
                .map(|(k, _)| k)
                .collect::<std::collections::BTreeSet<_>>()
                .len()
    {
        return (400, iam_error("BXNIM0106E", "Unknown or repeated property"));
    }
    if grant == REDEEM_GRANT {
        return redeem(req, field("refresh_token").unwrap_or_default());
    }
    if matches!(grant, "password" | "refresh_token")
        && !req
            .header("Authorization")
            .is_some_and(|a| a.starts_with("Basic "))
    {
        return (
            401,
            iam_error("BXNIM0308E", "No authorization header found"),
        );
    }
    let mut token = json!({
        "access_token": ACCESS_TOKEN,
        "refresh_token": "not_supported",
        "ims_user_id": 1_234_567,
        "token_type": "Bearer",
        "expires_in": 3600,
        "expiration": now() + 3600,
        "scope": "ibm openid"
    });
    if let Some((expires_in, left)) = lifetime {
        token["expires_in"] = json!(expires_in);
        token["expiration"] = json!(now() + left);
    }
    match field("response_type") {
        Some("delegated_refresh_token") => {
            token = json!({"delegated_refresh_token": DELEGATED_REFRESH_TOKEN});
        }
        Some("cloud_iam delegated_refresh_token") => {
            token["delegated_refresh_token"] = json!(DELEGATED_REFRESH_TOKEN);
        }
        _ => {}
    }
    if grant == CR_GRANT {
        // docs/iam.md, "cr-token": cr-token answers carry no refresh token.
        token.as_object_mut().unwrap().remove("refresh_token");
    }
    if req.header("Authorization").is_some() && grant != CR_GRANT {
        token["refresh_token"] = json!("rt-usable-1");
    }
    (200, token)
}

/// docs/iam.md, "IKS": a delegated refresh token made for `kube`, redeemed by the `kube` client
/// (Basic kube:kube) for an id_token with `aud: kube`, signed with the test key. Any other
/// client, or a token the stand-in did not issue, is refused.
fn redeem(req: &Received, token: &str) -> (u16, Value) {
    use base64::Engine as _;
    let kube = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode("kube:kube")
    );
    if req.header("Authorization") != Some(kube.as_str()) {
        return (
            400,
            iam_error("BXNIM0403E", "The client is not a receiver of this token."),
        );
    }
    if token != DELEGATED_REFRESH_TOKEN {
        return (
            400,
            iam_error("BXNIM0407E", "Provided refresh token is invalid."),
        );
    }
    let mut claims = crate::jwt::claims(IAM_ISSUER, ID_TOKEN_SECONDS);
    claims["aud"] = json!("kube");
    claims["iat"] = json!(now());
    let id_token = crate::jwt::sign(&crate::jwt::header(), &claims);
    (
        200,
        json!({
            "access_token": ACCESS_TOKEN,
            "refresh_token": "rt-kube-1",
            "id_token": id_token,
            "token_type": "Bearer",
            "expires_in": 3600,
            "expiration": now() + 3600,
            "scope": "ibm openid"
        }),
    )
}

pub fn now() -> i64 {
    let since = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap();
    i64::try_from(since.as_secs()).unwrap()
}

/// A port on 127.0.0.1 with nothing listening.
pub fn closed_port_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    format!("http://{addr}")
}

/// A server that answers every connection with these raw bytes, then closes it.
pub fn raw_server(bytes: &'static [u8]) -> String {
    raw_server_holding(bytes, Duration::ZERO)
}

/// Like `raw_server`, but keeps each connection open for `hold` after writing.
pub fn raw_server_holding(bytes: &'static [u8], hold: Duration) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0u8; 8192];
            let _ = stream.set_read_timeout(Some(Duration::from_millis(500)));
            let _ = stream.read(&mut buf);
            let _ = stream.write_all(bytes);
            thread::spawn(move || {
                thread::sleep(hold);
                drop(stream);
            });
        }
    });
    url
}

/// A server that answers its first connections with `first` (whole raw answers, one per
/// connection), then every other with `head` and one byte of a long body every `every`, for as
/// long as the client reads (at most 120 s): a server that never stalls long enough for a
/// per-read timeout to fire. Returns its URL and the number of connections it has accepted.
pub fn dripping_server(
    first: Vec<Vec<u8>>,
    head: &'static [u8],
    every: Duration,
) -> (String, Arc<std::sync::atomic::AtomicUsize>) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let accepted = Arc::new(AtomicUsize::new(0));
    let count = accepted.clone();
    let mut first = VecDeque::from(first);
    thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            count.fetch_add(1, Ordering::SeqCst);
            let whole = first.pop_front();
            thread::spawn(move || {
                let mut buf = [0u8; 8192];
                let _ = stream.set_read_timeout(Some(Duration::from_millis(500)));
                let _ = stream.read(&mut buf);
                let _ = stream.set_nodelay(true);
                if let Some(whole) = whole {
                    let _ = stream.write_all(&whole);
                    return;
                }
                if stream.write_all(head).is_err() {
                    return;
                }
                let until = std::time::Instant::now() + Duration::from_mins(2);
                while std::time::Instant::now() < until {
                    thread::sleep(every);
                    if stream.write_all(b" ").is_err() {
                        return;
                    }
                }
            });
        }
    });
    (url, accepted)
}

/// The head of a 200 answer whose JSON body never ends.
pub const DRIPPING_HEAD: &[u8] =
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{";

/// A whole raw HTTP answer: IAM's token response for a token that lives `seconds`, closing the
/// connection.
pub fn raw_token_answer(seconds: i64) -> Vec<u8> {
    let body = json!({
        "access_token": ACCESS_TOKEN,
        "refresh_token": "not_supported",
        "token_type": "Bearer",
        "expires_in": seconds,
        "expiration": now() + seconds,
        "scope": "ibm openid",
    })
    .to_string();
    format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// The identity token the metadata stand-in hands out.
pub const INSTANCE_IDENTITY_TOKEN: &str = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJpbnN0YW5jZSJ9.aWQ";

/// A stand-in for the VPC instance metadata service (docs/iam.md, "VPC instance metadata"): PUT
/// /instance_identity/v1/token gives an identity token; POST /instance_identity/v1/iam_token,
/// with it as Bearer, gives an IAM token. Anything else, or a missing `Metadata-Flavor: ibm`,
/// gets the VPC API's error shape. `fail_with` answers every request with that status instead.
pub fn metadata_stand_in(fail_with: Option<u16>) -> StandIn {
    StandIn::serve(move |got, request| {
        let (status, answer) = act_as_metadata(got, fail_with);
        respond(
            request,
            status,
            "application/json",
            answer.to_string().into_bytes(),
        );
    })
}

fn act_as_metadata(req: &Received, fail_with: Option<u16>) -> (u16, Value) {
    let error = |status: u16, code: &str, message: &str| {
        (
            status,
            json!({"errors": [{"code": code, "message": message}], "trace": "trace-1"}),
        )
    };
    if let Some(status) = fail_with {
        return error(status, "internal_error", "metadata service unavailable");
    }
    if req.header("Metadata-Flavor") != Some("ibm") {
        return error(
            400,
            "missing_metadata_flavor",
            "Metadata-Flavor: ibm is required",
        );
    }
    let stamp = |left: i64| {
        let at = std::time::UNIX_EPOCH + Duration::from_secs(u64::try_from(now() + left).unwrap());
        humantime::format_rfc3339_seconds(at).to_string()
    };
    match (req.method.as_str(), req.url.as_str()) {
        ("PUT", "/instance_identity/v1/token?version=2022-03-01") => {
            let asked: Value = serde_json::from_str(&req.body).unwrap_or_default();
            if asked != json!({"expires_in": 300}) {
                return error(400, "bad_request", "expected {\"expires_in\": 300}");
            }
            (
                200,
                json!({
                    "access_token": INSTANCE_IDENTITY_TOKEN,
                    "created_at": stamp(0),
                    "expires_at": stamp(300),
                    "expires_in": 300
                }),
            )
        }
        ("POST", "/instance_identity/v1/iam_token?version=2022-03-01") => {
            if req.header("Authorization") != Some(&format!("Bearer {INSTANCE_IDENTITY_TOKEN}")) {
                return error(
                    401,
                    "invalid_token",
                    "the identity token is missing or invalid",
                );
            }
            (
                200,
                json!({
                    "access_token": ACCESS_TOKEN,
                    "created_at": stamp(0),
                    "expires_at": stamp(3600),
                    "expires_in": 3600
                }),
            )
        }
        _ => error(404, "not_found", "no such path"),
    }
}

/// Waits for `child` to exit, at most `limit`; past it the child is killed and the test fails,
/// so that no test waits forever on a process that missed its cue.
pub fn finish(child: &mut std::process::Child, limit: Duration) -> std::process::ExitStatus {
    let deadline = std::time::Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if std::time::Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the process did not exit within {limit:?}");
        }
        thread::sleep(Duration::from_millis(20));
    }
}

/// Waits until `ready()` holds, checking every 20 ms, at most `limit`; then fails the test with
/// `what`.
pub fn wait_until(limit: Duration, what: &str, mut ready: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + limit;
    while !ready() {
        assert!(
            std::time::Instant::now() < deadline,
            "{what}: not within {limit:?}"
        );
        thread::sleep(Duration::from_millis(20));
    }
}

/// `program` run with SIGHUP, SIGINT and SIGTERM set back to their default action, so that a
/// test of signals behaves the same under `nohup cargo test` (which leaves SIGHUP ignored, and
/// a shell cannot trap a signal it was started ignoring).
#[cfg(unix)]
pub fn with_default_signals(
    program: impl AsRef<std::ffi::OsStr>,
    home: &tempfile::TempDir,
) -> StdCommand {
    let mut cmd = isolated("python3", home);
    cmd.args([
        "-c",
        "import os, signal, sys\n\
         for s in (signal.SIGHUP, signal.SIGINT, signal.SIGTERM):\n    signal.signal(s, signal.SIG_DFL)\n\
         os.execv(sys.argv[1], sys.argv[1:])",
    ])
    .arg(program.as_ref());
    cmd
}

/// Runs `command` (a `script(1)` giving the program a pseudo-terminal), waits until its output
/// shows `prompt`, types `typed` there, and returns everything it printed once it has exited
/// (each wait at most `limit`).
pub fn type_at_prompt(
    mut command: StdCommand,
    prompt: &str,
    typed: &[u8],
    limit: Duration,
) -> (std::process::ExitStatus, String) {
    use std::io::{Read as _, Write as _};
    let mut child = command
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let shown = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut stdout = child.stdout.take().unwrap();
    let reader = {
        let shown = std::sync::Arc::clone(&shown);
        thread::spawn(move || {
            let mut buf = [0; 4096];
            while let Ok(n @ 1..) = stdout.read(&mut buf) {
                shown.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        })
    };
    let text = |shown: &std::sync::Mutex<Vec<u8>>| {
        String::from_utf8_lossy(&shown.lock().unwrap()).into_owned()
    };
    wait_until(limit, &format!("the prompt {prompt:?}"), || {
        text(&shown).contains(prompt)
    });
    child.stdin.take().unwrap().write_all(typed).unwrap();
    let status = finish(&mut child, limit);
    reader.join().unwrap();
    (status, text(&shown))
}

/// Writes `text` as the config file in `home` (`config_file`), and its path.
pub fn write_config(home: &tempfile::TempDir, text: &str) -> std::path::PathBuf {
    let path = config_file(home);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}
