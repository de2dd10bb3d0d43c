//! `iamtoken serve`, `exec --serve` and `--sink`: the VPC instance metadata token API on
//! loopback, judged by iamtoken's own `vpc` grant and by IBM's Python SDK core, and attacked
//! with wrong prefixes, foreign Hosts, preflights and forged identity tokens.

use std::io::{BufReader, Read as _, Write as _};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::{ACCESS_TOKEN, StandIn, bin, finish, iamtoken, isolated, now};
use crate::tls_and_proxy::Proxy;

pub const KEY: &str = "SENTINEL-serve-key";

/// A running `iamtoken serve`, and the variables it printed.
pub struct Served {
    pub child: Child,
    vars: Vec<(String, String)>,
}

impl Served {
    /// Starts `iamtoken --iam-url IAM serve ARGS… apikey --apikey KEY` in `home`, and reads
    /// the variables it prints up to the end of its stdout (which it closes).
    pub fn start(home: &tempfile::TempDir, iam: &StandIn, args: &[&str]) -> Self {
        Self::start_with(home, iam, args, &["apikey", "--apikey", KEY])
    }

    /// `start` with another grant part.
    pub fn start_with(
        home: &tempfile::TempDir,
        iam: &StandIn,
        args: &[&str],
        grant: &[&str],
    ) -> Self {
        Self::start_under(home, iam, &[], args, grant)
    }

    /// `start_with`, run by `wrapper` (a program and its arguments, such as `prlimit …  --`).
    pub fn start_under(
        home: &tempfile::TempDir,
        iam: &StandIn,
        wrapper: &[&str],
        args: &[&str],
        grant: &[&str],
    ) -> Self {
        let mut command = match wrapper.split_first() {
            Some((program, rest)) => {
                let mut command = isolated(program, home);
                command.args(rest).arg(bin());
                command
            }
            None => isolated(bin(), home),
        };
        let mut child = command
            .args(["--iam-url", &iam.url, "serve"])
            .args(args)
            .args(grant)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut printed = String::new();
        child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut printed)
            .unwrap();
        let vars = printed
            .lines()
            .filter_map(|line| line.strip_prefix("export "))
            .filter_map(|line| line.split_once('='))
            .map(|(k, v)| {
                let v = v.trim_end_matches(';').trim_matches('\'');
                (k.to_owned(), v.to_owned())
            })
            .collect();
        Self { child, vars }
    }

    pub fn var(&self, name: &str) -> &str {
        self.vars
            .iter()
            .find(|(k, _)| k == name)
            .map_or_else(|| panic!("{name} not printed: {:?}", self.vars), |(_, v)| v)
    }

    pub fn url(&self) -> &str {
        self.var("IBMCLOUD_CR_VPC_URL")
    }

    /// `host:port` of the service.
    pub fn host(&self) -> String {
        let rest = self.url().trim_start_matches("http://");
        rest.split('/').next().unwrap().to_owned()
    }

    /// The secret prefix, `/…`.
    pub fn prefix(&self) -> String {
        let rest = self.url().trim_start_matches("http://");
        format!("/{}", rest.split_once('/').unwrap().1)
    }

    /// Sends SIGTERM and returns the exit code and what was said on stderr.
    pub fn stop(mut self) -> (Option<i32>, String) {
        let pid = rustix::process::Pid::from_raw(i32::try_from(self.child.id()).unwrap()).unwrap();
        rustix::process::kill_process(pid, rustix::process::Signal::TERM).unwrap();
        let status = finish(&mut self.child, Duration::from_secs(10));
        let mut said = String::new();
        let _ = self.child.stderr.take().unwrap().read_to_string(&mut said);
        (status.code(), said)
    }
}

/// One raw HTTP/1.1 request to `host` (so that any Host header can be sent); the status and
/// the whole answer.
pub fn raw(host: &str, request: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(host).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    let _ = BufReader::new(stream).read_to_string(&mut answer);
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, answer)
}

/// `METHOD path` with these headers and body, `Connection: close`.
pub fn request(method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> String {
    let mut lines = vec![format!("{method} {path} HTTP/1.1")];
    lines.extend(
        headers
            .iter()
            .map(|(name, value)| format!("{name}: {value}")),
    );
    lines.push(format!("Content-Length: {}", body.len()));
    lines.push("Connection: close".to_owned());
    format!("{}\r\n\r\n{body}", lines.join("\r\n"))
}

/// The instance identity token the service hands out for a PUT with `body`.
pub fn identity_token(served: &Served, body: &str) -> String {
    let host = served.host();
    let path = format!(
        "{}/instance_identity/v1/token?version=2022-03-01",
        served.prefix()
    );
    let (status, answer) = raw(
        &host,
        &request(
            "PUT",
            &path,
            &[("Host", &host), ("Metadata-Flavor", "ibm")],
            body,
        ),
    );
    assert_eq!(status, 200, "{answer}");
    let json: Value = serde_json::from_str(answer.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    json["access_token"].as_str().unwrap().to_owned()
}

#[test]
fn iamtokens_own_vpc_grant_gets_the_token_from_serve_in_both_versions() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let served = Served::start(&home, &iam, &["--for-sdk-service", "my-cloudant"]);
    assert_eq!(served.var("MY_CLOUDANT_AUTH_TYPE"), "vpc");
    assert_eq!(served.var("MY_CLOUDANT_AUTH_URL"), served.url());
    assert_eq!(served.var("NO_PROXY"), "127.0.0.1");
    assert_eq!(served.var("no_proxy"), "127.0.0.1");
    // 128 bits of secret: 32 hex digits.
    assert_eq!(served.prefix().len(), 33, "{}", served.prefix());
    for version in ["2022-03-01", "2025-08-26"] {
        iamtoken(&home)
            .args([
                "--no-cache",
                "vpc",
                "--metadata-version",
                version,
                "-o",
                "token",
            ])
            .env("IBMCLOUD_CR_VPC_URL", served.url())
            .assert()
            .success()
            .stdout(format!("{ACCESS_TOKEN}\n"));
    }
    assert_eq!(iam.received().len(), 1, "one IAM request for all of them");
    let (code, said) = served.stop();
    assert_eq!(code, Some(0), "{said}");
    assert!(
        !said.contains(KEY) && !said.contains(ACCESS_TOKEN),
        "{said}"
    );
}

#[test]
fn the_service_refuses_what_is_not_its_client() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let served = Served::start(&home, &iam, &["-v"]);
    let host = served.host();
    let prefix = served.prefix();
    let identity = format!("{prefix}/instance_identity/v1/token?version=2022-03-01");
    let token_path = format!("{prefix}/instance_identity/v1/iam_token?version=2022-03-01");
    let flavor = ("Metadata-Flavor", "ibm");

    // A wrong prefix: 404, with no hint of the right one.
    let (status, answer) = raw(
        &host,
        &request(
            "PUT",
            "/0123456789abcdef0123456789abcdef/instance_identity/v1/token",
            &[("Host", &host), flavor],
            "",
        ),
    );
    assert_eq!(status, 404);
    assert!(!answer.contains(&prefix[1..]), "{answer}");
    // DNS rebinding: another name in Host.
    let (status, _) = raw(
        &host,
        &request(
            "PUT",
            &identity,
            &[("Host", "attacker.example:80"), flavor],
            "",
        ),
    );
    assert_eq!(status, 403);
    // A browser's preflight, and a request naming an origin.
    let (status, answer) = raw(
        &host,
        &request(
            "OPTIONS",
            &identity,
            &[
                ("Host", &host),
                ("Origin", "http://attacker.example"),
                ("Access-Control-Request-Method", "PUT"),
            ],
            "",
        ),
    );
    assert_eq!(status, 403);
    assert!(
        !answer.to_ascii_lowercase().contains("access-control-allow"),
        "{answer}"
    );
    let (status, _) = raw(
        &host,
        &request(
            "PUT",
            &identity,
            &[
                ("Host", &host),
                flavor,
                ("Origin", "http://attacker.example"),
            ],
            "",
        ),
    );
    assert_eq!(status, 403);
    // Step 1 needs Metadata-Flavor, and an expires_in from 5 to 3600.
    let (status, _) = raw(&host, &request("PUT", &identity, &[("Host", &host)], ""));
    assert_eq!(status, 400);
    let (status, _) = raw(
        &host,
        &request(
            "PUT",
            &identity,
            &[("Host", &host), flavor],
            r#"{"expires_in": 4}"#,
        ),
    );
    assert_eq!(status, 400);
    // Step 2 needs a token of step 1's making, unexpired.
    let (status, _) = raw(
        &host,
        &request(
            "POST",
            &token_path,
            &[("Host", &host), ("Authorization", "Bearer forged-0123")],
            "",
        ),
    );
    assert_eq!(status, 401);
    let short = identity_token(&served, r#"{"expires_in": 5}"#);
    let good = identity_token(&served, r#"{"expires_in": 300}"#);
    // Without Metadata-Flavor (as the CLI sends step 2), through a doubled slash (as Python
    // and Node join URLs).
    let doubled = format!("{prefix}//instance_identity/v1/iam_token?version=2022-03-01");
    let bearer = format!("Bearer {good}");
    let (status, answer) = raw(
        &host,
        &request(
            "POST",
            &doubled,
            &[("Host", &host), ("Authorization", &bearer)],
            "",
        ),
    );
    assert_eq!(status, 200, "{answer}");
    let json: Value = serde_json::from_str(answer.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    assert_eq!(json["access_token"], ACCESS_TOKEN);
    for field in ["created_at", "expires_at", "expires_in"] {
        assert!(!json[field].is_null(), "{field}: {json}");
    }
    // Another trusted profile than the served identity: 400.
    let (status, _) = raw(
        &host,
        &request(
            "POST",
            &token_path,
            &[("Host", &host), ("Authorization", &bearer), flavor],
            r#"{"trusted_profile": {"id": "Profile-someone-else"}}"#,
        ),
    );
    assert_eq!(status, 400);
    // Waited for, not slept: the short identity token is refused once it has expired.
    let short_bearer = format!("Bearer {short}");
    crate::support::wait_until(
        Duration::from_secs(10),
        "the identity token expired",
        || {
            let (status, _) = raw(
                &host,
                &request(
                    "POST",
                    &token_path,
                    &[("Host", &host), ("Authorization", &short_bearer)],
                    "",
                ),
            );
            assert!(matches!(status, 200 | 401), "{status}");
            status == 401
        },
    );
    let (code, said) = served.stop();
    assert_eq!(code, Some(0));
    // -v traces each request, with the prefix and every token redacted.
    assert!(
        said.contains("iamtoken: serve: PUT /[redacted]/instance_identity/v1/token -> 200"),
        "{said}"
    );
    for secret in [
        &prefix[1..],
        good.as_str(),
        short.as_str(),
        ACCESS_TOKEN,
        KEY,
    ] {
        assert!(!said.contains(secret), "{said}");
    }
}

#[test]
fn serve_listens_only_on_loopback_and_a_busy_port_is_a_usage_error() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "serve",
            "--bind",
            "0.0.0.0",
            "apikey",
            "--apikey",
            KEY,
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("loopback"));
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().port().to_string();
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "serve",
            "--port",
            &port,
            "apikey",
            "--apikey",
            KEY,
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("cannot listen"));
    // A refused identity fails before anything is printed.
    let refusing = StandIn::scripted(vec![crate::support::Reply::IamError(
        400,
        "BXNIM0415E",
        "Provided API key could not be found.",
    )]);
    iamtoken(&home)
        .args([
            "--iam-url",
            &refusing.url,
            "serve",
            "apikey",
            "--apikey",
            KEY,
        ])
        .assert()
        .code(3)
        .stdout("");
    iamtoken(&home).args(["serve"]).assert().code(2);
}

#[test]
fn ibms_python_sdk_gets_fresh_tokens_and_iam_sees_one_request_per_lifetime() {
    let home = tempfile::tempdir().unwrap();
    // Three-second tokens, handed out while a second is left: renewed about every second.
    let iam = StandIn::issuing_jwts(3);
    let started = std::time::Instant::now();
    let served = Served::start(
        &home,
        &iam,
        &["--for-sdk-service", "cloudant", "--min-ttl", "1s"],
    );
    let proxy = Proxy::new();
    // Twenty SDK clients get a token, wait for it to expire, and get one again; a client built
    // from the environment serve printed does the same.
    let script = r#"
import json, sys, time
from ibm_cloud_sdk_core.authenticators import VPCInstanceAuthenticator
from ibm_cloud_sdk_core import get_authenticator_from_environment
url = sys.argv[1]
def token(a):
    return a.token_manager.get_token()
clients = [VPCInstanceAuthenticator(url=url) for _ in range(20)]
from_env = get_authenticator_from_environment("cloudant")
first = [token(c) for c in clients] + [token(from_env)]
time.sleep(4)
second = [token(c) for c in clients] + [token(from_env)]
print(json.dumps({"type": type(from_env).__name__, "first": first, "second": second}))
"#;
    let mut cmd = crate::support::bounded("python3", &home);
    cmd.args(["-c", script, served.url()])
        .env("HTTP_PROXY", &proxy.url)
        .env("http_proxy", &proxy.url);
    for (name, value) in &served.vars {
        cmd.env(name, value);
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "ibm-cloud-sdk-core (pip install ibm-cloud-sdk-core): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(got["type"], "VPCInstanceAuthenticator");
    let tokens = |key: &str| -> Vec<String> {
        got[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap().to_owned())
            .collect()
    };
    let (first, second) = (tokens("first"), tokens("second"));
    let exp = |token: &str| {
        crate::jwt::verified_claims(token).unwrap()["exp"]
            .as_i64()
            .unwrap()
    };
    for token in &second {
        assert!(
            !first.contains(token),
            "a fresh token after the first expired"
        );
        assert!(exp(token) > now(), "an unexpired token");
    }
    // 42 SDK token fetches over ~4 s of 3-second tokens: about one IAM request per renewal
    // (each a second or so apart, ahead of expiry), never one per fetch. On a busy machine the
    // script takes longer, and serve renews for as long as it runs.
    let requests = iam.received().len();
    let seconds = started.elapsed().as_secs();
    assert!(
        requests >= 2 && requests as u64 <= seconds + 3 && requests < 21,
        "{requests} IAM requests in {seconds} s"
    );
    assert!(proxy.seen().is_empty(), "the proxy saw {:?}", proxy.seen());
    let (code, _) = served.stop();
    assert_eq!(code, Some(0));
}

#[test]
fn exec_serve_gives_the_command_the_service_for_its_lifetime() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let script = format!(
        "echo \"$IBMCLOUD_CR_VPC_URL\" > url; echo \"$ETL_AUTH_TYPE $NO_PROXY\"; \
         {} --no-cache vpc -o token; test -n \"$IBMCLOUD_IAM_TOKEN\"",
        bin().display()
    );
    let out = iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "exec",
            "--serve",
            "--for-sdk-service",
            "etl",
        ])
        .args(["apikey", "--apikey", KEY, "--", "sh", "-c", &script])
        .assert()
        .success();
    let said = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert_eq!(said, format!("vpc 127.0.0.1\n{ACCESS_TOKEN}\n"));
    let url = std::fs::read_to_string(home.path().join("url")).unwrap();
    let host = url
        .trim()
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    assert!(
        TcpStream::connect(&host).is_err(),
        "the service ends with the command"
    );
}

#[test]
fn the_sink_is_replaced_before_expiry_never_half_written_and_removed_on_exit() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::issuing_jwts(8);
    let sink = home.path().join("token");
    let sink_arg = sink.display().to_string();
    let served = Served::start(&home, &iam, &["--sink", &sink_arg]);
    let first = std::fs::read_to_string(&sink).unwrap();
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&sink).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let first_exp = crate::jwt::verified_claims(first.trim()).unwrap()["exp"]
        .as_i64()
        .unwrap();
    // Read it as fast as possible until it changes: every read is a whole token.
    let started = Instant::now();
    let mut changed = None;
    while started.elapsed() < Duration::from_secs(15) {
        let text = std::fs::read_to_string(&sink).unwrap();
        assert!(
            text.ends_with('\n') && crate::jwt::verified_claims(text.trim()).is_some(),
            "{text:?}"
        );
        if text != first {
            changed = Some(text);
            break;
        }
    }
    let changed = changed.expect("the sink was renewed");
    assert!(now() < first_exp, "renewed before the old token expired");
    assert!(crate::jwt::verified_claims(changed.trim()).is_some());
    let (code, _) = served.stop();
    assert_eq!(code, Some(0));
    assert!(!sink.exists(), "removed on exit");
}

/// A compute resource token's file is replaced by its platform (Kubernetes, Code Engine) long
/// before the token expires, and a service outlives the token it read at the start: each
/// renewal sends the token the file holds then, named by `--cr-token-file` or `@PATH`.
#[test]
fn serve_cr_token_sends_the_token_the_file_holds_at_each_renewal() {
    for option in ["--cr-token-file", "--cr-token"] {
        let home = tempfile::tempdir().unwrap();
        let iam = StandIn::issuing_jwts(8);
        let file = home.path().join("vault-token");
        let sink = home.path().join("token");
        std::fs::write(&file, "SENTINEL-cr-1\n").unwrap();
        let value = match option {
            "--cr-token" => format!("@{}", file.display()),
            _ => file.display().to_string(),
        };
        let sink_arg = sink.display().to_string();
        let served = Served::start_with(
            &home,
            &iam,
            &["--sink", &sink_arg],
            &["cr-token", option, &value, "--profile-id", "Profile-1"],
        );
        let first = std::fs::read_to_string(&sink).unwrap();
        // Replaced as the kubelet does it: a new file renamed over the old one.
        let next = home.path().join("vault-token.new");
        std::fs::write(&next, "SENTINEL-cr-2\n").unwrap();
        std::fs::rename(&next, &file).unwrap();
        crate::support::wait_until(Duration::from_secs(15), "the sink renewed", || {
            std::fs::read_to_string(&sink).is_ok_and(|now| now != first)
        });
        let tokens: Vec<String> = iam
            .received()
            .iter()
            .filter_map(|r| {
                r.form()
                    .into_iter()
                    .find(|(k, _)| k == "cr_token")
                    .map(|(_, v)| v)
            })
            .collect();
        assert_eq!(tokens.first().map(String::as_str), Some("SENTINEL-cr-1"));
        assert_eq!(
            tokens.last().map(String::as_str),
            Some("SENTINEL-cr-2"),
            "{option}: {tokens:?}"
        );
        let (code, said) = served.stop();
        assert_eq!(code, Some(0), "{said}");
        assert!(!said.contains("SENTINEL-cr"), "{said}");
    }
}

#[test]
fn exec_sink_writes_the_header_format_for_curl() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let sink = home.path().join("header");
    let out = iamtoken(&home)
        .args(["--iam-url", &iam.url, "exec", "--sink"])
        .arg(&sink)
        .args([
            "--sink-format",
            "header",
            "apikey",
            "--apikey",
            KEY,
            "--",
            "cat",
        ])
        .arg(&sink)
        .assert()
        .success();
    assert_eq!(
        String::from_utf8_lossy(&out.get_output().stdout),
        format!("Authorization: Bearer {ACCESS_TOKEN}\n")
    );
    assert!(!sink.exists(), "removed when the command ends");
}

#[test]
fn eval_of_a_backgrounded_serve_works_and_its_pid_stops_it() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let script = format!(
        "eval \"$({bin} --iam-url {iam} serve apikey --apikey {KEY} 2>/dev/null &)\" && \
         {bin} --no-cache vpc -o token && kill \"$IAMTOKEN_SERVE_PID\" && \
         while kill -0 \"$IAMTOKEN_SERVE_PID\" 2>/dev/null; do sleep 0.1; done && echo stopped",
        bin = bin().display(),
        iam = iam.url
    );
    let out = crate::support::bounded("sh", &home)
        .args(["-c", &script])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("{ACCESS_TOKEN}\nstopped\n")
    );
}

#[test]
fn after_a_failed_refresh_the_sink_keeps_its_token_until_it_expires() {
    use crate::support::Reply;
    let home = tempfile::tempdir().unwrap();
    let mut replies = vec![Reply::Token {
        expires_in: 4,
        left: 4,
        delay: Duration::ZERO,
    }];
    replies.extend((0..40).map(|_| Reply::IamError(500, "BXNIM0500E", "Internal error")));
    let iam = StandIn::scripted(replies);
    let sink = home.path().join("token");
    let sink_arg = sink.display().to_string();
    let served = Served::start(&home, &iam, &["--retries", "0", "--sink", &sink_arg]);
    let expires = now() + 4;
    assert_eq!(
        std::fs::read_to_string(&sink).unwrap(),
        format!("{ACCESS_TOKEN}\n")
    );
    let started = Instant::now();
    while sink.exists() && started.elapsed() < Duration::from_secs(15) {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(!sink.exists(), "removed once its token expired");
    assert!(now() >= expires - 1, "kept until the token expired");
    assert!(iam.received().len() >= 2, "refreshes were tried");
    let (code, said) = served.stop();
    assert_eq!(code, Some(0));
    assert!(said.contains("refreshing the token failed"), "{said}");
}

#[test]
fn a_client_may_name_the_served_profile_and_no_other() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let served = Served::start_with(
        &home,
        &iam,
        &[],
        &["assume", "--apikey", KEY, "--profile-id", "Profile-served"],
    );
    let host = served.host();
    let path = format!(
        "{}/identity/v1/iam_tokens?version=2025-08-26",
        served.prefix()
    );
    let ask = |profile: &str| {
        let bearer = format!("Bearer {}", identity_token(&served, ""));
        raw(
            &host,
            &request(
                "POST",
                &path,
                &[("Host", &host), ("Authorization", &bearer)],
                &format!(r#"{{"trusted_profile": {profile}}}"#),
            ),
        )
        .0
    };
    assert_eq!(ask(r#"{"id": "Profile-served"}"#), 200);
    assert_eq!(ask(r#"{"id": "Profile-other"}"#), 400);
    assert_eq!(
        ask(r#"{"crn": "crn:v1:bluemix:public:iam-identity::a/1::profile:Profile-x"}"#),
        400
    );
    assert_eq!(ask(r#"{"name": "served"}"#), 400);
    let (code, _) = served.stop();
    assert_eq!(code, Some(0));
}

#[test]
fn a_client_that_stalls_mid_request_holds_up_only_itself() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let served = Served::start(&home, &iam, &[]);
    let host = served.host();
    // A body announced and never sent.
    let mut stalled = TcpStream::connect(&host).unwrap();
    let head = format!(
        "PUT {}/instance_identity/v1/token HTTP/1.1\r\nHost: {host}\r\nMetadata-Flavor: ibm\r\nContent-Length: 100\r\n\r\n",
        served.prefix()
    );
    stalled.write_all(head.as_bytes()).unwrap();
    // Another client is answered meanwhile: its answer comes before the stalled body's 5 s
    // limit would free the service (the read gives up, and the test fails, at 2 s).
    let mut other = TcpStream::connect(&host).unwrap();
    other
        .set_read_timeout(Some(Duration::from_secs(2)))
        .unwrap();
    let path = format!("{}/instance_identity/v1/token", served.prefix());
    let headers = [("Host", host.as_str()), ("Metadata-Flavor", "ibm")];
    other
        .write_all(request("PUT", &path, &headers, "").as_bytes())
        .unwrap();
    let mut answer = String::new();
    other
        .read_to_string(&mut answer)
        .unwrap_or_else(|e| panic!("others are not answered: {e}"));
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    drop(stalled);
    let (code, _) = served.stop();
    assert_eq!(code, Some(0));
}

/// A renewal whose IAM drips its answer is cut at the attempt's deadline and retried, while
/// clients keep getting the held token at once.
#[test]
fn a_dripping_renewal_is_cut_at_its_deadline_and_retried_while_clients_get_the_held_token() {
    use crate::support::wait_until;
    use std::sync::atomic::Ordering;
    let home = tempfile::tempdir().unwrap();
    let (iam, accepted) = dripping_iam();
    let served = Served::start(&home, &iam, &["--timeout", "2s", "--retries", "0"]);
    wait_until(Duration::from_secs(15), "a renewal began", || {
        accepted.load(Ordering::SeqCst) >= 2
    });
    // While IAM drips, the held token is handed out without waiting on it.
    for _ in 0..3 {
        let started = Instant::now();
        let token = identity_token(&served, "{}");
        assert!(!token.is_empty());
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
    }
    // The dripping attempt ends at its 2 s deadline, and the renewal is tried again (after a 1 s
    // pause) rather than left hanging.
    wait_until(Duration::from_secs(10), "the renewal was retried", || {
        accepted.load(Ordering::SeqCst) >= 3
    });
    let (code, said) = served.stop();
    assert_eq!(code, Some(0), "{said}");
    assert!(said.contains("did not answer within 2 s"), "{said}");
}

/// SIGTERM ends the service within 3 s while a renewal is waiting on IAM, and removes the sink.
#[test]
fn sigterm_ends_serve_within_3s_whatever_a_renewal_is_doing() {
    use crate::support::wait_until;
    use std::sync::atomic::Ordering;
    let home = tempfile::tempdir().unwrap();
    let (iam, accepted) = dripping_iam();
    let sink = home.path().join("token");
    let sink_arg = sink.display().to_string();
    let mut served = Served::start(&home, &iam, &["--timeout", "60s", "--sink", &sink_arg]);
    wait_until(Duration::from_secs(15), "a renewal began", || {
        accepted.load(Ordering::SeqCst) >= 2
    });
    assert!(sink.exists());
    let pid = rustix::process::Pid::from_raw(i32::try_from(served.child.id()).unwrap()).unwrap();
    let started = Instant::now();
    rustix::process::kill_process(pid, rustix::process::Signal::TERM).unwrap();
    let status = finish(&mut served.child, Duration::from_secs(10));
    let took = started.elapsed();
    assert!(took < Duration::from_secs(3), "SIGTERM took {took:?}");
    assert_eq!(status.code(), Some(0));
    assert!(!sink.exists(), "the sink is removed");
}

/// An IAM that issues one 8-second token, then drips every later answer a byte at a time;
/// and the count of connections it has accepted.
fn dripping_iam() -> (StandIn, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use crate::support::{DRIPPING_HEAD, dripping_server, raw_token_answer};
    let (url, accepted) = dripping_server(
        vec![raw_token_answer(8)],
        DRIPPING_HEAD,
        Duration::from_millis(300),
    );
    (StandIn::at(&url), accepted)
}
