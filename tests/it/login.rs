//! `login`, `session`, `sessions`, `logout` and `ibmcloud`, against a stand-in IAM that acts as
//! IAM does for passcodes and refresh tokens (docs/iam.md, "Sessions"): it checks the client
//! (`Basic bx:bx`) and `response_type=cloud_iam`, rotates refresh tokens (single-use ones in the
//! strictest mode), honours `account`, serves the discovery document, and can end sessions.

use std::collections::HashMap;
use std::process::Output;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};

use crate::support::{
    IAM_ISSUER, REDEEM_GRANT, Received, StandIn, bin, iam_error, iamtoken, isolated, now, respond,
};

const PASSCODE_GRANT: &str = "urn:ibm:params:oauth:grant-type:passcode";
/// The account a login's token is for, unless one is asked for.
pub(crate) const HOME_ACCOUNT: &str = "a000000000000000000000000000a0e0";
const OTHER_ACCOUNT: &str = "b00000000000000000000000000b2b2b";
const EMAIL: &str = "me@example.com";
const IAM_ID: &str = "IBMid-2700001ABC";
/// Every refresh token the stand-in issues has this in it, and nothing else it sends does
/// (`~` never appears in a JWT or in base64url).
pub(crate) const REFRESH_MARK: &str = "rt~";

/// What the stand-in does with a refresh token once it has been used.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rotation {
    /// A used refresh token is refused (400 BXNIM0407E), the strictest reading.
    SingleUse,
    /// A used refresh token stays good until it expires.
    Reusable,
}

pub(crate) struct State {
    rotation: Rotation,
    /// Every refresh is refused as expired (BXNIM0408E).
    expired: bool,
    issued: u32,
    /// Live refresh tokens: their account, and whether they were used.
    live: HashMap<String, (Option<String>, bool)>,
    /// Passcodes not yet used.
    pub(crate) passcodes: Vec<String>,
    /// The `email` claim of the tokens it issues.
    email: String,
    /// How long it takes over a refresh after using the token, before it answers.
    slow: Duration,
    /// Delegated refresh tokens for kube not yet redeemed.
    delegated: Vec<String>,
    /// Passcodes minted from a refresh token (`/identity/passcode`), in order.
    pub(crate) minted: Vec<String>,
}

pub(crate) struct SessionIam {
    stand_in: StandIn,
    pub(crate) state: Arc<Mutex<State>>,
}

impl SessionIam {
    fn new(rotation: Rotation) -> Self {
        let state = Arc::new(Mutex::new(State {
            rotation,
            expired: false,
            issued: 0,
            live: HashMap::new(),
            passcodes: vec!["PC-1".into(), "PC-2".into(), "PC-3".into()],
            email: EMAIL.into(),
            slow: Duration::ZERO,
            delegated: Vec::new(),
            minted: Vec::new(),
        }));
        let shared = Arc::clone(&state);
        let stand_in = StandIn::serve(move |got, request| {
            let (status, body, slow) = {
                let mut state = shared.lock().unwrap();
                let (status, body) = answer(&mut state, got);
                (status, body, state.slow)
            };
            std::thread::sleep(slow);
            respond(
                request,
                status,
                "application/json",
                body.to_string().into_bytes(),
            );
        });
        Self { stand_in, state }
    }

    pub(crate) fn url(&self) -> &str {
        &self.stand_in.url
    }

    pub(crate) fn received(&self) -> Vec<Received> {
        self.stand_in.received()
    }

    /// The token requests received (`login` reads the discovery document first, with a GET).
    pub(crate) fn posted(&self) -> Vec<Received> {
        self.received()
            .into_iter()
            .filter(|r| r.method == "POST")
            .collect()
    }

    /// The refresh tokens sent, in order.
    fn refreshed_with(&self) -> Vec<String> {
        self.stand_in.sent("refresh_token")
    }
}

/// Fails the test when a refresh token was sent twice.
fn assert_each_once(sent: &[String]) {
    let distinct: std::collections::HashSet<_> = sent.iter().collect();
    assert_eq!(
        distinct.len(),
        sent.len(),
        "a refresh token was sent twice: {sent:?}"
    );
}

/// IAM's answers to the discovery document, the passcode grant and the refresh grant.
fn answer(state: &mut State, got: &Received) -> (u16, Value) {
    use base64::Engine as _;
    let host = got.header("Host").unwrap_or_default().to_owned();
    if got.method == "GET" && got.url == "/identity/.well-known/openid-configuration" {
        return (
            200,
            json!({
                "issuer": format!("http://{host}/identity"),
                "token_endpoint": format!("http://{host}/identity/token"),
                "passcode_endpoint": format!("http://{host}/identity/passcode"),
            }),
        );
    }
    let passcode_endpoint = got.url == "/identity/passcode";
    if got.method != "POST" || (got.url != "/identity/token" && !passcode_endpoint) {
        return (404, iam_error("BXNIM0100E", "Not found"));
    }
    let basic = |client: &str| {
        format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("{client}:{client}"))
        )
    };
    let form: HashMap<String, String> = got.form().into_iter().collect();
    let field = |name: &str| form.get(name).map(String::as_str);
    let only = |names: &[&str]| form.keys().all(|k| names.contains(&k.as_str()));
    // The kube client redeems a delegated refresh token for its id_token.
    if field("grant_type") == Some(REDEEM_GRANT) && !passcode_endpoint {
        if got.header("Authorization") != Some(basic("kube").as_str())
            || !only(&["grant_type", "refresh_token"])
        {
            return (
                400,
                iam_error("BXNIM0403E", "The client is not a receiver of this token."),
            );
        }
        let token = field("refresh_token").unwrap_or_default();
        let Some(at) = state.delegated.iter().position(|d| d == token) else {
            return (
                400,
                iam_error("BXNIM0407E", "Provided refresh token is invalid."),
            );
        };
        state.delegated.remove(at);
        let mut claims = crate::jwt::claims(IAM_ISSUER, 1200);
        claims["aud"] = json!("kube");
        claims["sub"] = json!(EMAIL);
        claims["iat"] = json!(now());
        claims["jti"] = json!(format!("{:016x}", fastrand::u64(..)));
        let id_token = crate::jwt::sign(&crate::jwt::header(), &claims);
        return (
            200,
            json!({"access_token": id_token.clone(), "id_token": id_token, "token_type": "Bearer",
                   "expires_in": 1200, "expiration": now() + 1200, "scope": "ibm openid"}),
        );
    }
    if got.header("Authorization") != Some(basic("bx").as_str())
        || got.header("Content-Type") != Some("application/x-www-form-urlencoded")
    {
        return (400, iam_error("BXNIM0308E", "Client authorization failed"));
    }
    // A refresh token's one-time passcode: the token stays as it is.
    if passcode_endpoint {
        if field("grant_type") != Some("refresh_token")
            || field("response_type") != Some("cloud_iam")
            || !only(&["grant_type", "refresh_token", "response_type"])
        {
            return (400, iam_error("BXNIM0106E", "Invalid request"));
        }
        let token = field("refresh_token").unwrap_or_default();
        let live = state
            .live
            .get(token)
            .is_some_and(|(_, used)| !used || state.rotation == Rotation::Reusable);
        if state.expired || !live {
            return (
                400,
                iam_error("BXNIM0407E", "Provided refresh token is invalid"),
            );
        }
        let passcode = format!("MINT-{}-{:08x}", state.minted.len() + 1, fastrand::u32(..));
        state.minted.push(passcode.clone());
        state.passcodes.push(passcode.clone());
        return (200, json!({"passcode": passcode}));
    }
    match field("grant_type") {
        Some(PASSCODE_GRANT) => {
            if field("response_type") != Some("cloud_iam")
                || !only(&["grant_type", "passcode", "response_type"])
            {
                return (400, iam_error("BXNIM0106E", "Invalid request"));
            }
            let passcode = field("passcode").unwrap_or_default();
            let Some(at) = state.passcodes.iter().position(|p| p == passcode) else {
                return (400, iam_error("BXNIM0421E", "Invalid passcode"));
            };
            state.passcodes.remove(at);
            (200, issue(state, None))
        }
        Some("refresh_token") => {
            // A delegation to kube (IBM's IKS API docs) names its receiver and lifetime.
            let delegation = field("response_type") == Some("delegated_refresh_token");
            let allowed: &[&str] = if delegation {
                &[
                    "grant_type",
                    "refresh_token",
                    "account",
                    "response_type",
                    "receiver_client_ids",
                    "delegated_refresh_token_expiry",
                ]
            } else {
                &["grant_type", "refresh_token", "account"]
            };
            if !only(allowed)
                || (delegation
                    && (field("receiver_client_ids") != Some("kube")
                        || field("delegated_refresh_token_expiry") != Some("600")))
            {
                return (400, iam_error("BXNIM0106E", "Invalid request"));
            }
            if state.expired {
                return (
                    400,
                    iam_error("BXNIM0408E", "Provided refresh token is expired"),
                );
            }
            let token = field("refresh_token").unwrap_or_default();
            let rotation = state.rotation;
            let Some((account, used)) = state.live.get_mut(token) else {
                return (
                    400,
                    iam_error("BXNIM0407E", "Provided refresh token is invalid"),
                );
            };
            if *used && rotation == Rotation::SingleUse {
                return (
                    400,
                    iam_error("BXNIM0407E", "Provided refresh token is invalid"),
                );
            }
            *used = true;
            let account = field("account").map(str::to_owned).or(account.clone());
            let mut answer = issue(state, account.as_deref());
            if delegation {
                let delegated = format!("drt-{}-{:08x}", state.issued, fastrand::u32(..));
                state.delegated.push(delegated.clone());
                answer["delegated_refresh_token"] = json!(delegated);
            }
            (200, answer)
        }
        _ => (400, iam_error("BXNIM0106E", "Unsupported grant type")),
    }
}

/// A token response for `account` (the user's home account when `None`), with a new refresh
/// token.
fn issue(state: &mut State, account: Option<&str>) -> Value {
    state.issued += 1;
    let refresh = format!("{REFRESH_MARK}{}~{:08x}", state.issued, fastrand::u32(..));
    state
        .live
        .insert(refresh.clone(), (account.map(str::to_owned), false));
    let mut claims = crate::jwt::claims(IAM_ISSUER, 3600);
    claims["iam_id"] = json!(IAM_ID);
    claims["id"] = json!(IAM_ID);
    claims["sub"] = json!(EMAIL);
    claims["sub_type"] = json!("user");
    claims["email"] = json!(state.email);
    claims["account"]["bss"] = json!(account.unwrap_or(HOME_ACCOUNT));
    claims["iat"] = json!(now());
    claims["jti"] = json!(format!("{:016x}", fastrand::u64(..)));
    json!({
        "access_token": crate::jwt::sign(&crate::jwt::header(), &claims),
        "refresh_token": refresh,
        "ims_user_id": 12_345,
        "token_type": "Bearer",
        "expires_in": 3600,
        "expiration": now() + 3600,
        "scope": "ibm openid",
        // 30 days, less a few hours: "expires in 29d" whenever the test runs.
        "refresh_token_expiration": now() + 2_592_000 - 18_000,
    })
}

/// A home logged in (passcode PC-1, and `extra`) at a new stand-in IAM.
pub(crate) fn logged_in(rotation: Rotation, extra: &[&str]) -> (tempfile::TempDir, SessionIam) {
    let home = tempfile::tempdir().unwrap();
    let iam = SessionIam::new(rotation);
    let out = login(&home, &iam, "PC-1", extra);
    assert!(out.status.success(), "{}", text(&out.stderr));
    (home, iam)
}

/// `iamtoken login --passcode @FILE` (file storage unless `extra` says otherwise).
fn login(home: &tempfile::TempDir, iam: &SessionIam, passcode: &str, extra: &[&str]) -> Output {
    std::fs::write(home.path().join("passcode"), format!("{passcode}\n")).unwrap();
    iamtoken(home)
        .args(["--iam-url", iam.url(), "login", "--passcode", "@passcode"])
        .args(extra)
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The account a token printed with `-o token` is for.
fn account_of(token: &str) -> String {
    let claims = crate::jwt::verified_claims(token.trim()).expect("a token the stand-in signed");
    claims["account"]["bss"].as_str().unwrap().to_owned()
}

/// Every file under `dir`, with its contents.
fn files_under(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_under(&path));
        } else if let Ok(bytes) = std::fs::read(&path) {
            found.push((path, bytes));
        }
    }
    found
}

pub(crate) fn record(home: &tempfile::TempDir, name: &str) -> Value {
    let path = home
        .path()
        .join(format!("state/iamtoken/sessions/{name}.json"));
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn login_with_a_passcode_makes_one_request_and_stores_the_session() {
    let home = tempfile::tempdir().unwrap();
    let iam = SessionIam::new(Rotation::SingleUse);
    let out = login(&home, &iam, "PC-1", &[]);
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(out.stdout.is_empty());
    // IAM's discovery document first (IAM is there), then the one token request.
    let received = iam.received();
    assert_eq!(received.len(), 2, "{received:#?}");
    assert_eq!(
        (received[0].method.as_str(), received[0].url.as_str()),
        ("GET", "/identity/.well-known/openid-configuration")
    );
    let request = received[1].clone();
    assert_eq!(
        request.form(),
        [
            ("grant_type".to_owned(), PASSCODE_GRANT.to_owned()),
            ("passcode".to_owned(), "PC-1".to_owned()),
            ("response_type".to_owned(), "cloud_iam".to_owned()),
        ]
    );
    // No desktop here, no D-Bus session: the credential store is out of reach, said once.
    let lines: Vec<&str> = stderr.lines().collect();
    let folder = crate::support::state_dir(&home).join("sessions");
    let file = folder.join("default.json");
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(
        lines[0].starts_with("iamtoken: note: no OS credential store is reachable"),
        "{stderr}"
    );
    assert_eq!(
        lines[1],
        format!(
            "iamtoken: logged in as {EMAIL} ({IAM_ID}), account {HOME_ACCOUNT}; session default, \
             stored in {}",
            file.display()
        )
    );
    let saved = record(&home, "default");
    assert_eq!(saved["account"], HOME_ACCOUNT);
    assert_eq!(saved["storage"], "file");
    assert!(
        saved["refresh_token"]
            .as_str()
            .unwrap()
            .contains(REFRESH_MARK)
    );
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&file), 0o600);
        assert_eq!(mode(&folder), 0o700);
        assert_eq!(mode(&crate::support::state_dir(&home)), 0o700);
    }
    // `sessions` says where it is kept, in the table and in JSON.
    let listed = iamtoken(&home).arg("sessions").output().unwrap();
    let table = text(&listed.stdout);
    assert!(listed.status.success());
    assert!(table.starts_with("NAME"), "{table}");
    let row = table.lines().nth(1).unwrap();
    for part in [
        "default",
        EMAIL,
        HOME_ACCOUNT,
        &file.display().to_string(),
        "expires in 29d",
    ] {
        assert!(row.contains(part), "{part} missing from {row}");
    }
    let json = iamtoken(&home)
        .args(["sessions", "-o", "json"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(json[0]["name"], "default");
    assert_eq!(json[0]["storage"], "file");
    assert_eq!(json[0]["account"], HOME_ACCOUNT);
    assert!(!json.to_string().contains(REFRESH_MARK));
}

#[test]
fn login_replaces_a_session_of_the_same_name() {
    let (home, iam) = logged_in(Rotation::SingleUse, &["--storage", "file"]);
    let first = record(&home, "default");
    iamtoken(&home)
        .args(["session", "-o", "token"])
        .assert()
        .success();
    assert!(
        login(&home, &iam, "PC-2", &["--storage", "file"])
            .status
            .success()
    );
    let second = record(&home, "default");
    assert_ne!(first["id"], second["id"]);
    assert_ne!(first["refresh_token"], second["refresh_token"]);
    // The replaced session's cached token went with it: the next token is a refresh.
    iamtoken(&home)
        .args(["session", "-o", "token"])
        .assert()
        .success();
    let sent = iam.refreshed_with();
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert_eq!(sent[1], second["refresh_token"].as_str().unwrap());
}

#[test]
fn a_session_token_is_refreshed_once_then_cached_and_never_carries_the_refresh_token() {
    let (home, iam) = logged_in(Rotation::SingleUse, &[]);
    let stored = record(&home, "default")["refresh_token"].clone();
    let json = iamtoken(&home)
        .args(["session", "-vv"])
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    assert!(json.status.success(), "{}", text(&json.stderr));
    let answer: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(answer["access_token"].is_string());
    assert!(answer.get("refresh_token").is_none(), "{answer}");
    assert!(answer.get("refresh_token_expiration").is_none(), "{answer}");
    // The refresh sent the stored token and the session's account, and the rotated token is
    // what is stored now.
    let refresh = iam.received().pop().unwrap().form();
    assert!(refresh.contains(&("refresh_token".into(), stored.as_str().unwrap().into())));
    assert!(refresh.contains(&("account".into(), HOME_ACCOUNT.into())));
    assert_ne!(record(&home, "default")["refresh_token"], stored);
    // Cached: a second run asks IAM nothing.
    let before = iam.received().len();
    let export = iamtoken(&home)
        .args(["session", "-o", "export"])
        .output()
        .unwrap();
    assert!(export.status.success());
    assert_eq!(iam.received().len(), before);
    let export = text(&export.stdout);
    assert!(export.contains("export IBMCLOUD_IAM_TOKEN="), "{export}");
    assert!(
        export.contains("unset IBMCLOUD_IAM_REFRESH_TOKEN"),
        "{export}"
    );
    // Neither stdout, nor the -vv trace, nor the cache holds a refresh token.
    for shown in [text(&json.stdout), text(&json.stderr), export] {
        assert!(!shown.contains(REFRESH_MARK), "{shown}");
    }
    let cache = files_under(&home.path().join("cache"));
    assert!(!cache.is_empty());
    for (path, bytes) in cache {
        assert!(!text(&bytes).contains(REFRESH_MARK), "{}", path.display());
    }
}

#[test]
fn single_use_refresh_tokens_survive_successive_and_concurrent_uncached_runs() {
    let (home, iam) = logged_in(Rotation::SingleUse, &[]);
    // The second works only if the first stored the token IAM rotated to.
    for _ in 0..2 {
        iamtoken(&home)
            .args(["--no-cache", "session", "-o", "token"])
            .timeout(Duration::from_secs(30))
            .assert()
            .success();
    }
    let children: Vec<_> = (0..5)
        .map(|_| {
            isolated(bin(), &home)
                .args(["--no-cache", "session", "-o", "token"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        let status = crate::support::finish(&mut child, Duration::from_mins(1));
        let mut stderr = String::new();
        std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut stderr).unwrap();
        assert!(status.success(), "{stderr}");
    }
    // And the stored session still works afterwards.
    iamtoken(&home)
        .args(["--no-cache", "session", "-o", "token"])
        .assert()
        .success();
    let sent = iam.refreshed_with();
    assert_eq!(sent.len(), 8, "{sent:?}");
    assert_each_once(&sent);
}

#[test]
fn accounts_are_sent_on_every_refresh() {
    let home = tempfile::tempdir().unwrap();
    let iam = SessionIam::new(Rotation::SingleUse);
    let out = login(&home, &iam, "PC-1", &["--account", OTHER_ACCOUNT]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains(&format!("account {OTHER_ACCOUNT};")));
    // The exchange, then a refresh for that account right away.
    let got = iam.posted();
    assert_eq!(got.len(), 2);
    assert!(
        got[1]
            .form()
            .contains(&("account".into(), OTHER_ACCOUNT.into()))
    );
    let token = iamtoken(&home)
        .args(["--no-cache", "session", "-o", "token"])
        .output()
        .unwrap();
    assert_eq!(account_of(&text(&token.stdout)), OTHER_ACCOUNT);
    // Another account for one token; the session's own stays the default.
    let token = iamtoken(&home)
        .args(["session", "--account", HOME_ACCOUNT, "-o", "token"])
        .output()
        .unwrap();
    assert!(token.status.success(), "{}", text(&token.stderr));
    assert_eq!(account_of(&text(&token.stdout)), HOME_ACCOUNT);
    assert_eq!(record(&home, "default")["account"], OTHER_ACCOUNT);
    let token = iamtoken(&home)
        .args(["--no-cache", "session", "-o", "token"])
        .output()
        .unwrap();
    assert_eq!(account_of(&text(&token.stdout)), OTHER_ACCOUNT);
    let accounts = iam.stand_in.sent("account");
    assert_eq!(
        accounts,
        [OTHER_ACCOUNT, OTHER_ACCOUNT, HOME_ACCOUNT, OTHER_ACCOUNT],
        "every refresh names its account"
    );
}

#[test]
fn logout_removes_the_session_and_its_cached_tokens() {
    let (home, iam) = logged_in(Rotation::SingleUse, &["--name", "work"]);
    assert!(login(&home, &iam, "PC-2", &[]).status.success());
    for name in ["work", "default"] {
        iamtoken(&home)
            .args(["session", "--name", name, "-o", "token"])
            .assert()
            .success();
    }
    let entries = || {
        files_under(&home.path().join("cache"))
            .into_iter()
            .filter(|(p, _)| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                name.starts_with("t-")
                    && p.extension()
                        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
            })
            .count()
    };
    assert_eq!(entries(), 2);
    let before = iam.received().len();
    iamtoken(&home)
        .args(["logout", "--name", "work"])
        .assert()
        .success()
        .stderr(predicates::str::contains("logged out of work"));
    assert_eq!(entries(), 1, "work's cached token goes, default's stays");
    assert_eq!(iam.received().len(), before, "logout asks IAM nothing");
    let out = iamtoken(&home)
        .args(["session", "--name", "work"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("no session work is stored"), "{stderr}");
    assert!(stderr.contains("iamtoken login --name work"), "{stderr}");
    iamtoken(&home).arg("logout").assert().success();
    assert_eq!(entries(), 0);
    iamtoken(&home)
        .arg("session")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("log in first: iamtoken login\n"));
    // Logging out of a session that is not there is no failure (as `gh auth logout` and
    // `aws sso logout` have it): exit 0, with a note.
    iamtoken(&home)
        .args(["logout", "--name", "work"])
        .assert()
        .success()
        .stdout("")
        .stderr("iamtoken: note: no session work is stored; nothing to log out of\n");
    assert!(
        login(&home, &iam, "PC-3", &["--name", "a"])
            .status
            .success()
    );
    iamtoken(&home)
        .args(["logout", "--all"])
        .assert()
        .success()
        .stderr(predicates::str::contains("logged out of a"));
    assert!(files_under(&crate::support::state_dir(&home).join("sessions")).is_empty());
}

#[test]
fn login_without_a_passcode_or_a_terminal_fails_at_once() {
    let home = tempfile::tempdir().unwrap();
    let iam = SessionIam::new(Rotation::SingleUse);
    let out = iamtoken(&home)
        .args(["--iam-url", iam.url(), "login"])
        .timeout(Duration::from_secs(10))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("no terminal to ask on"), "{stderr}");
    assert!(stderr.contains("--passcode @FILE"), "{stderr}");
    assert!(stderr.contains("/identity/passcode"), "{stderr}");
    assert!(iam.received().is_empty());
    // The passcode from standard input works instead.
    iamtoken(&home)
        .args(["--iam-url", iam.url(), "login", "--passcode", "-"])
        .write_stdin("PC-1\n")
        .assert()
        .success();
}

#[test]
fn an_ended_session_is_exit_3_with_a_hint_to_log_in() {
    let (home, iam) = logged_in(Rotation::SingleUse, &[]);
    iam.state.lock().unwrap().expired = true;
    let out = iamtoken(&home).arg("session").output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("session default has ended"), "{stderr}");
    assert!(stderr.contains("BXNIM0408E"), "{stderr}");
    assert!(
        stderr.contains("hint: log in again: iamtoken login"),
        "{stderr}"
    );
}

/// The command `exec session` runs: it refreshes with the refresh token it was handed, as
/// Terraform's IBM provider does at start-up, then prints its environment.
fn refreshing_child(iam: &SessionIam) -> Vec<String> {
    let script = format!(
        "{} --no-cache --iam-url {} refresh --refresh-token env:IC_IAM_REFRESH_TOKEN -o token \
         >/dev/null && env",
        bin().display(),
        iam.url()
    );
    vec!["sh".into(), "-c".into(), script]
}

fn environment(stdout: &[u8]) -> HashMap<String, String> {
    text(stdout)
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
}

#[test]
fn exec_session_hands_its_command_a_live_refresh_token() {
    let (home, iam) = logged_in(Rotation::Reusable, &[]);
    // A cached token does not serve exec: it carries no refresh token.
    iamtoken(&home)
        .args(["session", "-o", "token"])
        .assert()
        .success();
    let out = iamtoken(&home)
        .args(["exec", "session", "--"])
        .args(refreshing_child(&iam))
        .env("IC_IAM_TOKEN", "stale")
        .env("IC_IAM_REFRESH_TOKEN", "stale")
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let env = environment(&out.stdout);
    let stored = record(&home, "default")["refresh_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let token = &env["IBMCLOUD_IAM_TOKEN"];
    assert_eq!(env["IC_IAM_TOKEN"], format!("Bearer {token}"));
    assert_eq!(env["IC_IAM_REFRESH_TOKEN"], stored);
    assert_eq!(env["IBMCLOUD_IAM_REFRESH_TOKEN"], stored);
    // The command's refresh used it, and the stored session still works (IAM kept it good).
    let sent = iam.refreshed_with();
    assert_eq!(sent.len(), 3, "{sent:?}");
    assert_eq!(
        sent[2], stored,
        "the command refreshed with the token it was handed"
    );
    iamtoken(&home)
        .args(["--no-cache", "session", "-o", "token"])
        .assert()
        .success();
    assert_eq!(
        iam.refreshed_with()[3],
        stored,
        "which the session still holds"
    );
    // Other grants without a refresh token leave no stale IC_IAM_* behind.
    let plain = crate::support::StandIn::iam();
    let out = iamtoken(&home)
        .args([
            "--iam-url",
            &plain.url,
            "exec",
            "apikey",
            "--apikey",
            "k",
            "--",
            "env",
        ])
        .env("IC_IAM_TOKEN", "stale")
        .env("IC_IAM_REFRESH_TOKEN", "stale")
        .output()
        .unwrap();
    let env = environment(&out.stdout);
    assert!(!env.contains_key("IC_IAM_TOKEN") && !env.contains_key("IC_IAM_REFRESH_TOKEN"));
}

#[test]
fn a_session_whose_token_a_command_used_up_says_so() {
    let (home, iam) = logged_in(Rotation::SingleUse, &[]);
    iamtoken(&home)
        .args(["exec", "session", "--"])
        .args(refreshing_child(&iam))
        .timeout(Duration::from_secs(30))
        .assert()
        .success();
    let out = iamtoken(&home)
        .args(["--no-cache", "session"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("may have used it up"), "{stderr}");
    assert!(stderr.contains("BXNIM0407E"), "{stderr}");
}

/// `login --storage file` and `extra` at a terminal (script(1)) with a display and `browser` as
/// $BROWSER, typing `typed` at the passcode prompt: its status and what it showed.
fn login_at_a_terminal(
    home: &tempfile::TempDir,
    iam: &SessionIam,
    browser: &std::path::Path,
    extra: &str,
    typed: &[u8],
) -> (std::process::ExitStatus, String) {
    // No accounts server: the user's accounts cannot be listed, and the session keeps the
    // token's own.
    let accounts = crate::support::closed_port_url();
    login_at_a_terminal_with(home, iam, (browser, &accounts), extra, typed)
}

/// `login_at_a_terminal`, with `accounts` as the accounts server.
fn login_at_a_terminal_with(
    home: &tempfile::TempDir,
    iam: &SessionIam,
    (browser, accounts): (&std::path::Path, &str),
    extra: &str,
    typed: &[u8],
) -> (std::process::ExitStatus, String) {
    let inner = format!(
        "{} --iam-url {} login --storage file {extra}",
        bin().display(),
        iam.url()
    );
    let mut script = isolated("script", home);
    script
        .args(["-qec", &inner, "/dev/null"])
        .env("DISPLAY", ":0")
        .env("BROWSER", browser)
        .env("IAMTOKEN_ACCOUNTS_URL", accounts);
    crate::support::type_at_prompt(
        script,
        "One-time passcode: ",
        typed,
        Duration::from_secs(20),
    )
}

#[test]
fn login_at_a_terminal_opens_the_passcode_page_and_reads_a_pasted_passcode() {
    let home = tempfile::tempdir().unwrap();
    let iam = SessionIam::new(Rotation::SingleUse);
    let opened = home.path().join("opened");
    let browser = home.path().join("browser");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\nprintf '%s\\n' \"$1\" > {}\n", opened.display()),
    )
    .unwrap();
    std::fs::set_permissions(
        &browser,
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    let (status, shown) =
        login_at_a_terminal(&home, &iam, &browser, "", b"\x1b[200~ PC-1 \x1b[201~\n");
    assert!(status.success(), "{shown}");
    let page = format!("{}/identity/passcode", iam.url());
    assert!(
        shown.contains(&format!(
            "get a one-time passcode at {page} (opened in your browser)"
        )),
        "{shown}"
    );
    assert_eq!(std::fs::read_to_string(&opened).unwrap().trim(), page);
    assert!(!shown.contains("PC-1"), "the passcode was echoed: {shown}");
    let got = iam.received();
    assert_eq!(got[0].url, "/identity/.well-known/openid-configuration");
    assert!(got[1].form().contains(&("passcode".into(), "PC-1".into())));
    // --no-browser only prints the page.
    std::fs::remove_file(&opened).unwrap();
    let (status, shown) = login_at_a_terminal(&home, &iam, &browser, "--no-browser", b"PC-2\n");
    assert!(status.success(), "{shown}");
    assert!(
        shown.contains(&format!("get a one-time passcode at {page}\r\n")),
        "{shown}"
    );
    assert!(!opened.exists());
}

/// Runs `script` (sh) in a D-Bus session of its own with GNOME Keyring's Secret Service
/// unlocked, as a desktop login has it. Fails, never skips, when either is missing.
fn with_secret_service(home: &tempfile::TempDir, script: &str) -> Output {
    in_dbus_session(
        home,
        &format!(
            "printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && \
             {HOLDS_ITS_NAME}"
        ),
        script,
    )
}

/// Waits (at most 10 s) until the Secret Service holds its bus name: GNOME Keyring's daemon
/// answers before it does, and a call meanwhile makes the bus start a second one, which finds
/// the first one's keyring half written.
const HOLDS_ITS_NAME: &str = "timeout 10 sh -c 'until dbus-send --session --print-reply \
    --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
    string:org.freedesktop.secrets | grep -q true; do sleep 0.05; done'";

/// Runs `script` (sh) in a D-Bus session of its own, once `start` has succeeded.
fn in_dbus_session(home: &tempfile::TempDir, start: &str, script: &str) -> Output {
    let mut cmd = crate::support::bounded("dbus-run-session", home);
    cmd.args([
        "--",
        "sh",
        "-c",
        &format!(
            "{start} || exit 99\n\
             {script}"
        ),
    ]);
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("dbus-run-session (Debian's dbus) must be installed");
    crate::support::finish(&mut child, Duration::from_mins(1));
    child.wait_with_output().unwrap()
}

#[test]
fn the_refresh_token_lives_in_a_real_secret_service() {
    let home = tempfile::tempdir().unwrap();
    let iam = SessionIam::new(Rotation::SingleUse);
    std::fs::write(home.path().join("passcode"), "PC-1\n").unwrap();
    let bin = bin().display().to_string();
    let run = format!("{bin} --iam-url {}", iam.url());
    let out = with_secret_service(
        &home,
        &format!(
            "set -e\n\
             {run} login --passcode @passcode --storage keyring\n\
             {bin} sessions\n\
             {bin} --no-cache session -o token > token1\n\
             {bin} --no-cache session -o token > token2\n\
             {bin} logout\n\
             {bin} sessions"
        ),
    );
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(
        stderr.contains("session default, stored in the OS credential store"),
        "{stderr}"
    );
    assert!(!stderr.contains("note:"), "no fallback: {stderr}");
    assert!(stdout.contains("the OS credential store"), "{stdout}");
    assert!(stderr.contains("no sessions are stored"), "{stderr}");
    for file in ["token1", "token2"] {
        let token = std::fs::read_to_string(home.path().join(file)).unwrap();
        assert_eq!(account_of(&token), HOME_ACCOUNT);
    }
    // Two refreshes with single-use tokens: the rotated one was stored in the keyring each time.
    let sent = iam.refreshed_with();
    assert_eq!(sent.len(), 2);
    assert_ne!(sent[0], sent[1]);
    // Nothing iamtoken wrote holds a refresh token: the keyring's own file is encrypted.
    for (path, bytes) in files_under(home.path()) {
        assert!(!text(&bytes).contains(REFRESH_MARK), "{}", path.display());
    }
}

#[test]
fn a_keyring_session_records_no_refresh_token_in_its_file() {
    let home = tempfile::tempdir().unwrap();
    let iam = SessionIam::new(Rotation::SingleUse);
    std::fs::write(home.path().join("passcode"), "PC-1\n").unwrap();
    let run = format!("{} --iam-url {}", bin().display(), iam.url());
    let out = with_secret_service(&home, &format!("{run} login --passcode @passcode"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let saved = record(&home, "default");
    assert_eq!(saved["storage"], "keyring");
    assert!(saved.get("refresh_token").is_none(), "{saved}");
    // Without the Secret Service, the session's token cannot be read: a clear error.
    let out = iamtoken(&home).arg("session").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("refresh token is missing"), "{stderr}");
    assert!(
        stderr.contains("no OS credential store is reachable"),
        "{stderr}"
    );
}

#[test]
fn a_locked_secret_service_is_an_error_when_forced_and_a_file_otherwise() {
    let home = tempfile::tempdir().unwrap();
    let iam = SessionIam::new(Rotation::SingleUse);
    std::fs::write(home.path().join("passcode"), "PC-1\n").unwrap();
    let run = format!("{} --iam-url {}", bin().display(), iam.url());
    // Started, never unlocked: no login keyring to store in.
    let out = in_dbus_session(
        &home,
        &format!(
            "gnome-keyring-daemon --start --components=secrets >/dev/null && {HOLDS_ITS_NAME}"
        ),
        &format!(
            "{run} login --passcode @passcode --storage keyring; echo \"forced=$?\"\n\
             printf 'PC-2\\n' > passcode\n\
             {run} login --passcode @passcode"
        ),
    );
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(out.status.success(), "{stderr}");
    assert!(stdout.contains("forced=2"), "{stdout}\n{stderr}");
    assert!(
        stderr.contains("cannot store session default: the OS credential store"),
        "{stderr}"
    );
    assert!(stderr.contains("hint: use --storage file"), "{stderr}");
    assert!(
        stderr.contains("iamtoken: note: the OS credential store"),
        "the fallback is said: {stderr}"
    );
    assert_eq!(record(&home, "default")["storage"], "file");
    iamtoken(&home)
        .args(["session", "-o", "token"])
        .assert()
        .success();
}

#[test]
fn a_credential_store_that_never_answers_is_given_up_on_after_timeout() {
    let home = tempfile::tempdir().unwrap();
    let iam = SessionIam::new(Rotation::SingleUse);
    std::fs::write(home.path().join("passcode"), "PC-1\n").unwrap();
    // The bus starts this for the Secret Service's name, which it never takes: every call waits
    // on an activation that does not complete (until the program ends, 5 s later).
    let services = home.path().join("data/dbus-1/services");
    std::fs::create_dir_all(&services).unwrap();
    let never = home.path().join("never-answers");
    std::fs::write(
        &never,
        "#!/bin/sh\nexec sleep 5 </dev/null >/dev/null 2>&1\n",
    )
    .unwrap();
    std::fs::set_permissions(&never, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    std::fs::write(
        services.join("org.freedesktop.secrets.service"),
        format!(
            "[D-BUS Service]\nName=org.freedesktop.secrets\nExec={}\n",
            never.display()
        ),
    )
    .unwrap();
    let run = format!("{} --iam-url {} --timeout 2s", bin().display(), iam.url());
    let out = in_dbus_session(&home, "true", &format!("{run} login --passcode @passcode"));
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("note: the OS credential store did not answer within 2 s"),
        "{stderr}"
    );
    assert_eq!(record(&home, "default")["storage"], "file");
}

#[test]
fn ibmcloud_prints_the_cli_s_own_token() {
    let home = tempfile::tempdir().unwrap();
    let bin_dir = home.path().join("bin");
    std::fs::create_dir(&bin_dir).unwrap();
    let fake = bin_dir.join("ibmcloud");
    std::fs::write(
        &fake,
        "#!/bin/sh\n\
         [ \"$*\" = 'iam oauth-tokens --output json' ] || { echo \"unexpected: $*\" >&2; exit 9; }\n\
         [ -f \"$HOME/answer.json\" ] || { echo FAILED; echo 'Not logged in. Use \"ibmcloud login\" to log in.'; exit 1; }\n\
         cat \"$HOME/answer.json\"\n",
    )
    .unwrap();
    std::fs::set_permissions(&fake, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap());
    let jwt = crate::jwt::sign(&crate::jwt::header(), &crate::jwt::claims(IAM_ISSUER, 1200));
    // Not logged in: one clear line and a hint.
    let out = iamtoken(&home)
        .env("PATH", &path)
        .arg("ibmcloud")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
    assert!(stderr.contains("Not logged in"), "{stderr}");
    assert!(
        stderr.contains("hint: log in with `ibmcloud login`"),
        "{stderr}"
    );
    std::fs::write(
        home.path().join("answer.json"),
        json!({"iam_token": format!("Bearer {jwt}"), "uaa_token": "bearer x", "uaa_refresh_token": "y"})
            .to_string(),
    )
    .unwrap();
    iamtoken(&home)
        .env("PATH", &path)
        .args(["ibmcloud", "-o", "token"])
        .assert()
        .success()
        .stdout(format!("{jwt}\n"));
    let json = iamtoken(&home)
        .env("PATH", &path)
        .arg("ibmcloud")
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(json["access_token"], jwt.as_str());
    assert!(
        (1190..=1200).contains(&json["expires_in"].as_i64().unwrap()),
        "{json}"
    );
    // --no-cache is accepted (it never caches), as scripts pass it to every grant; a variable
    // choosing an endpoint is ignored; typed options the CLI cannot honour are refused.
    iamtoken(&home)
        .env("PATH", &path)
        .env(
            "IBMCLOUD_IAM_API_ENDPOINT",
            "https://iam.test.cloud.ibm.com",
        )
        .args(["ibmcloud", "--timeout", "3s", "--no-cache", "-o", "token"])
        .assert()
        .success()
        .stdout(format!("{jwt}\n"));
    for typed in [
        &["--test-env"][..],
        &["--iam-url", "https://iam.example.com"],
        &["--proxy", "http://proxy.example.com:3128"],
    ] {
        let out = iamtoken(&home)
            .env("PATH", &path)
            .args(typed)
            .arg("ibmcloud")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{typed:?}");
        assert!(
            text(&out.stderr).contains(&format!("{} means nothing to ibmcloud", typed[0])),
            "{}",
            text(&out.stderr)
        );
    }
    // A --min-ttl the CLI's token cannot keep blames that token, not IAM.
    let out = iamtoken(&home)
        .env("PATH", &path)
        .args(["--min-ttl", "1h", "ibmcloud"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    let said = text(&out.stderr);
    assert!(
        said.contains("the IBM Cloud CLI's token has") && !said.contains("IAM granted"),
        "{said}"
    );
    // Not on PATH: one clear line.
    let out = iamtoken(&home)
        .env("PATH", "/nonexistent")
        .arg("ibmcloud")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("ibmcloud (the IBM Cloud CLI) is not on PATH"));
}

#[test]
fn a_session_serves_contexts_check_serve_and_the_registry_helper() {
    let home = tempfile::tempdir().unwrap();
    let iam = SessionIam::new(Rotation::SingleUse);
    assert!(
        login(
            &home,
            &iam,
            "PC-1",
            &["--name", "work", "--account", OTHER_ACCOUNT]
        )
        .status
        .success()
    );
    let config = crate::support::write_config(
        &home,
        "[registry]\ncontext = \"me\"\n\
         [context.me]\ngrant = \"session\"\nsession = \"work\"\n\
         [context.gone]\ngrant = \"session\"\nsession = \"nope\"\n\
         [context.elsewhere]\ngrant = \"session\"\nsession = \"work\"\ntest_env = true\n\
         [context.there]\ngrant = \"session\"\nsession = \"work\"\n",
    );
    std::fs::write(
        &config,
        format!(
            "{}iam_url = \"{}\"\n",
            std::fs::read_to_string(&config).unwrap(),
            iam.url()
        ),
    )
    .unwrap();
    // config list: where a run with each context would refresh, or why it would stop.
    let listed = iamtoken(&home)
        .args(["config", "list", "-o", "json"])
        .output()
        .unwrap();
    let listed: Value = serde_json::from_slice(&listed.stdout).unwrap();
    // Listed by name: elsewhere, gone, me, there. A context that chooses another IAM than its
    // session's is refused as a run with it is; one that chooses the session's own is not.
    let elsewhere = iamtoken(&home)
        .args(["--context", "elsewhere", "-o", "token"])
        .output()
        .unwrap();
    assert_eq!(elsewhere.status.code(), Some(2));
    let refused = format!(
        "session work belongs to IAM at {}; this run asks for https://iam.test.cloud.ibm.com \
         (--test-env, context ({}:12)), where its refresh token is no good",
        iam.url(),
        config.display()
    );
    assert!(
        text(&elsewhere.stderr).contains(&refused),
        "{}",
        text(&elsewhere.stderr)
    );
    assert_eq!(listed[0]["name"], "elsewhere");
    assert!(
        listed[0]["error"].as_str().unwrap().starts_with(&refused),
        "{listed}"
    );
    assert_eq!(listed[1]["name"], "gone");
    assert_eq!(listed[1]["error"], "no session nope is stored");
    assert_eq!(listed[2]["name"], "me");
    assert_eq!(listed[2]["endpoint"], iam.url());
    assert_eq!(listed[3]["name"], "there");
    assert_eq!(listed[3]["endpoint"], iam.url());
    // A context that names the grant and the session.
    let token = iamtoken(&home)
        .args(["--context", "me", "-o", "token"])
        .output()
        .unwrap();
    assert!(token.status.success(), "{}", text(&token.stderr));
    assert_eq!(account_of(&text(&token.stdout)), OTHER_ACCOUNT);
    // check: a fresh token, and who it is.
    let check = iamtoken(&home)
        .args(["check", "session", "--name", "work"])
        .output()
        .unwrap();
    assert!(check.status.success(), "{}", text(&check.stderr));
    assert!(
        text(&check.stdout).contains(IAM_ID),
        "{}",
        text(&check.stdout)
    );
    // serve, through exec --serve: iamtoken's own vpc grant reads the service.
    let child = format!("{} --no-cache vpc -o token", bin().display());
    let served = iamtoken(&home)
        .args([
            "exec", "--serve", "session", "--name", "work", "--", "sh", "-c", &child,
        ])
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    assert!(served.status.success(), "{}", text(&served.stderr));
    assert_eq!(account_of(&text(&served.stdout)), OTHER_ACCOUNT);
    assert!(!text(&served.stderr).contains(REFRESH_MARK));
    // The registry helper, with [registry] naming the session's context.
    let mut helper =
        crate::support::bounded(env!("CARGO_BIN_EXE_docker-credential-iamtoken"), &home);
    let mut child = helper
        .arg("get")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), b"us.icr.io").unwrap();
    drop(child.stdin.take());
    crate::support::finish(&mut child, Duration::from_secs(30));
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stdout));
    let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(answer["Username"], "iambearer");
    assert_eq!(
        account_of(answer["Secret"].as_str().unwrap()),
        OTHER_ACCOUNT
    );
    let sent = iam.refreshed_with();
    assert_each_once(&sent);
}

#[test]
fn session_files_that_are_not_yours_are_never_read_or_replaced() {
    let (home, iam) = logged_in(Rotation::SingleUse, &[]);
    let folder = crate::support::state_dir(&home).join("sessions");
    let file = folder.join("default.json");
    // A symlink where the record should be: not followed, on reading or on writing.
    let elsewhere = home.path().join("planted.json");
    std::fs::rename(&file, &elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &file).unwrap();
    let out = iamtoken(&home).arg("session").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("not iamtoken's own file"),
        "{}",
        text(&out.stderr)
    );
    let out = login(&home, &iam, "PC-2", &[]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("left alone"),
        "{}",
        text(&out.stderr)
    );
    assert!(
        std::fs::symlink_metadata(&file)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        iam.refreshed_with().is_empty(),
        "no refresh from a planted record"
    );
    // Another user's record.
    std::fs::remove_file(&file).unwrap();
    std::fs::copy(&elsewhere, &file).unwrap();
    std::os::unix::fs::lchown(&file, Some(4242), Some(4242)).expect("the tests run as root");
    let out = iamtoken(&home).arg("session").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("not iamtoken's own file"),
        "{}",
        text(&out.stderr)
    );
    // A folder others may write to is not used at all.
    std::os::unix::fs::lchown(&file, Some(0), Some(0)).unwrap();
    std::fs::set_permissions(&folder, std::os::unix::fs::PermissionsExt::from_mode(0o777)).unwrap();
    let out = iamtoken(&home).arg("session").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("writable by group or others"),
        "{}",
        text(&out.stderr)
    );
    assert!(iam.refreshed_with().is_empty());
}

#[test]
fn login_traces_hide_the_passcode_and_the_refresh_token() {
    let home = tempfile::tempdir().unwrap();
    let iam = SessionIam::new(Rotation::SingleUse);
    let out = login(&home, &iam, "PC-1", &["-vv", "--account", OTHER_ACCOUNT]);
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("grant_type"), "traced: {stderr}");
    assert!(!stderr.contains("PC-1"), "{stderr}");
    assert!(!stderr.contains(REFRESH_MARK), "{stderr}");
}

/// An `ibmcloud` that prints its answer and leaves `sleep 40 &` behind: its group is stopped
/// once it exits, so the run is done at once; one whose leftover escaped the group (its own
/// session) still holding the output is given up on at `--timeout`.
#[test]
fn ibmcloud_leaving_a_process_behind_cannot_stretch_the_timeout() {
    let home = tempfile::tempdir().unwrap();
    let bin_dir = home.path().join("bin");
    std::fs::create_dir(&bin_dir).unwrap();
    let fake = bin_dir.join("ibmcloud");
    let jwt = crate::jwt::sign(&crate::jwt::header(), &crate::jwt::claims(IAM_ISSUER, 1200));
    let answer = json!({"iam_token": format!("Bearer {jwt}")}).to_string();
    let pid_file = home.path().join("left.pid");
    let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap());
    // The leftover writes its pid once it is where it stays; the fake waits for that.
    for (leftover, code) in [("sh -c", 0), ("setsid sh -c", 4)] {
        let _ = std::fs::remove_file(&pid_file);
        std::fs::write(
            &fake,
            format!(
                "#!/bin/sh\nprintf '%s' '{answer}'\n\
                 {leftover} 'echo $$ > {pid}; exec sleep 40' &\n\
                 until [ -s {pid} ]; do sleep 0.05; done\n",
                pid = pid_file.display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(&fake, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .unwrap();
        let started = std::time::Instant::now();
        let out = iamtoken(&home)
            .env("PATH", &path)
            .args(["--timeout", "3s", "ibmcloud", "-o", "token"])
            .timeout(Duration::from_secs(30))
            .output()
            .unwrap();
        let took = started.elapsed();
        let left: i32 = std::fs::read_to_string(&pid_file)
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        let left = rustix::process::Pid::from_raw(left).unwrap();
        // Killed, it may stay a zombie until something reaps it: that counts as stopped.
        let alive = || {
            std::fs::read_to_string(format!("/proc/{}/stat", left.as_raw_nonzero())).is_ok_and(
                |stat| {
                    !stat
                        .rsplit(')')
                        .next()
                        .unwrap_or_default()
                        .starts_with(" Z")
                },
            )
        };
        if code == 0 {
            // Killed with its group as the CLI ended; dying may take a moment.
            crate::support::wait_until(Duration::from_secs(5), "the leftover stopped", || !alive());
        }
        let _ = rustix::process::kill_process(left, rustix::process::Signal::KILL);
        assert_eq!(out.status.code(), Some(code), "{}", text(&out.stderr));
        assert!(took < Duration::from_secs(6), "{leftover}: took {took:?}");
        if code == 0 {
            assert_eq!(text(&out.stdout), format!("{jwt}\n"));
        } else {
            assert!(
                text(&out.stderr)
                    .contains("`ibmcloud iam oauth-tokens` did not close its output within 3 s"),
                "{}",
                text(&out.stderr)
            );
        }
    }
}

/// An IAM whose token claims carry terminal controls and line breaks: `login`'s line and the
/// `sessions` table show them escaped, never raw (no screen clearing, no fake rows).
#[test]
fn hostile_claims_reach_the_terminal_escaped() {
    let home = tempfile::tempdir().unwrap();
    let iam = SessionIam::new(Rotation::SingleUse);
    iam.state.lock().unwrap().email = "me@example.com\u{1b}[2J\nfake  row  \u{202e}x".into();
    let out = login(&home, &iam, "PC-1", &[]);
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let said = stderr
        .lines()
        .find(|l| l.starts_with("iamtoken: logged in as "))
        .unwrap_or_else(|| panic!("{stderr}"));
    assert!(
        said.contains("me@example.com\\u{1b}[2J\\u{a}fake"),
        "{said}"
    );
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{202e}'),
        "{stderr}"
    );
    let listed = iamtoken(&home).arg("sessions").output().unwrap();
    let stdout = text(&listed.stdout);
    assert!(listed.status.success(), "{}", text(&listed.stderr));
    assert_eq!(stdout.lines().count(), 2, "a header and one row: {stdout}");
    assert!(
        !stdout.contains('\u{1b}') && !stdout.contains('\u{202e}'),
        "{stdout}"
    );
    assert!(stdout.contains("\\u{1b}[2J"), "{stdout}");
}

/// A refresh whose answer is lost after IAM took the (single-use) refresh token is not sent
/// again: retrying would only have IAM refuse it, ending the session for good. The run says
/// what may have happened.
#[test]
fn a_refresh_that_timed_out_after_sending_is_not_sent_again() {
    let (home, iam) = logged_in(Rotation::SingleUse, &[]);
    iam.state.lock().unwrap().slow = Duration::from_secs(3);
    let out = iamtoken(&home)
        .args(["--iam-url", iam.url(), "--timeout", "1s", "--retries", "2"])
        .args(["session", "-o", "token"])
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    assert!(stderr.contains("did not answer within 1 s"), "{stderr}");
    assert!(
        stderr.contains("hint: IAM may have taken the refresh token without its answer arriving"),
        "{stderr}"
    );
    assert!(!stderr.contains(REFRESH_MARK), "{stderr}");
    let sent = iam.refreshed_with();
    assert_eq!(sent.len(), 1, "{sent:?}");
    // A refused connection never reached IAM: that one is tried again. (A session talks only
    // to its own IAM, so its record is what points it at the closed port.)
    let closed = crate::support::closed_port_url();
    let path = home.path().join("state/iamtoken/sessions/default.json");
    let mut stored = record(&home, "default");
    stored["iam_url"] = json!(closed);
    std::fs::write(&path, stored.to_string()).unwrap();
    let out = iamtoken(&home)
        .args(["--retries", "1", "-v"])
        .args(["session", "-o", "token"])
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    assert!(stderr.contains("(after 2 attempts)"), "{stderr}");
}

/// A passcode is good once, so `login` checks where it will keep the session before it asks
/// for or sends one: an unusable sessions folder, or `--storage keyring` with no credential
/// store, is exit 2 with no passcode reaching IAM, and the same passcode works once fixed.
#[test]
fn login_checks_where_it_will_keep_the_session_before_spending_the_passcode() {
    use std::os::unix::fs::PermissionsExt as _;
    let home = tempfile::tempdir().unwrap();
    let iam = SessionIam::new(Rotation::SingleUse);
    let folder = crate::support::state_dir(&home).join("sessions");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o777)).unwrap();
    let spent = |iam: &SessionIam| iam.received().iter().filter(|r| r.method == "POST").count();
    let out = login(&home, &iam, "PC-1", &[]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("cannot use the sessions folder"),
        "{stderr}"
    );
    assert_eq!(spent(&iam), 0, "the passcode was sent");
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o700)).unwrap();
    // No credential store in this environment: forcing it fails before the passcode goes.
    let out = login(&home, &iam, "PC-1", &["--storage", "keyring"]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("cannot store session default: "),
        "{stderr}"
    );
    assert!(stderr.contains("hint: use --storage file"), "{stderr}");
    assert_eq!(spent(&iam), 0, "the passcode was sent");
    // The same passcode, kept, logs in.
    let out = login(&home, &iam, "PC-1", &["--storage", "file"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(spent(&iam), 1);
}

/// `cache list` labels a session's tokens by the session (not by the context that named it),
/// and tells two sessions apart.
#[test]
fn cache_list_names_the_session_of_each_token() {
    let (home, iam) = logged_in(Rotation::SingleUse, &[]);
    assert!(
        login(&home, &iam, "PC-2", &["--name", "work"])
            .status
            .success()
    );
    crate::support::write_config(
        &home,
        "[context.me]\ngrant = \"session\"\nsession = \"work\"\n",
    );
    for args in [
        &["session", "-o", "token"][..],
        &["--context", "me", "-o", "token"],
    ] {
        iamtoken(&home).args(args).assert().success();
    }
    let listed = iamtoken(&home).args(["cache", "list"]).output().unwrap();
    let table = text(&listed.stdout);
    assert!(table.contains("session default ("), "{table}");
    assert!(table.contains("session work ("), "{table}");
    assert!(!table.contains("context me"), "{table}");
    let json = iamtoken(&home)
        .args(["cache", "list", "-o", "json"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&json.stdout).unwrap();
    let mut sessions: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["session"].as_str().unwrap())
        .collect();
    sessions.sort_unstable();
    assert_eq!(sessions, ["default", "work"]);
}

#[test]
fn a_session_talks_only_to_the_iam_that_issued_it() {
    let (home, iam) = logged_in(Rotation::Reusable, &[]);
    let other = SessionIam::new(Rotation::Reusable);
    let before = iam.received().len();
    std::fs::write(
        home.path().join("config.toml"),
        format!(
            "[context.elsewhere]\ngrant = \"session\"\niam_url = \"{}\"\n",
            other.url()
        ),
    )
    .unwrap();
    let config = home.path().join("config.toml");
    let attempts: [(&str, Vec<&str>, Vec<(&str, &str)>); 4] = [
        (
            "--iam-url",
            vec!["--iam-url", other.url(), "session"],
            vec![],
        ),
        (
            "IBMCLOUD_IAM_API_ENDPOINT",
            vec!["session"],
            vec![("IBMCLOUD_IAM_API_ENDPOINT", other.url())],
        ),
        (
            "context",
            vec!["--context", "elsewhere", "-o", "token"],
            vec![("IAMTOKEN_CONFIG", config.to_str().unwrap())],
        ),
        (
            "--test-env",
            vec!["--test-env", "exec", "session", "--", "true"],
            vec![],
        ),
    ];
    for (how, args, vars) in attempts {
        let out = iamtoken(&home)
            .args(&args)
            .envs(vars)
            .timeout(Duration::from_secs(30))
            .output()
            .unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{how}: {stderr}");
        assert!(
            stderr.contains(&format!("session default belongs to IAM at {}", iam.url())),
            "{how}: {stderr}"
        );
        assert!(stderr.contains("this run asks for"), "{how}: {stderr}");
        assert!(out.stdout.is_empty(), "{how}");
    }
    // Nothing was sent anywhere: not to the other IAM, nor a refresh to the session's own.
    assert!(other.received().is_empty(), "{:#?}", other.received());
    assert_eq!(iam.received().len(), before);
    // The session's own IAM, named in any of its forms, is no other endpoint.
    for form in ["", "/identity", "/identity/token"] {
        let url = format!("{}{form}", iam.url());
        let out = iamtoken(&home)
            .args(["--no-cache", "--iam-url", &url, "session", "-o", "token"])
            .timeout(Duration::from_secs(30))
            .output()
            .unwrap();
        assert!(out.status.success(), "{form}: {}", text(&out.stderr));
    }
    assert_eq!(iam.posted().len(), 1 + 3);
}

/// `iamtoken passcode | iamtoken login --passcode -` logs in another home (another machine)
/// without a browser: the passcode is minted at the session's own IAM from its refresh token,
/// which stays as it was, and is good once.
#[test]
fn a_passcode_from_a_session_logs_in_another_home() {
    let (home, iam) = logged_in(Rotation::SingleUse, &[]);
    let stored = record(&home, "default")["refresh_token"].clone();
    let other = tempfile::tempdir().unwrap();
    let mut minting = crate::support::bounded(bin(), &home)
        .arg("passcode")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let piped = minting.stdout.take().unwrap();
    let login = crate::support::bounded(bin(), &other)
        .args([
            "--iam-url",
            iam.url(),
            "login",
            "--passcode",
            "-",
            "--storage",
            "file",
        ])
        .stdin(piped)
        .output()
        .unwrap();
    let minted = minting.wait_with_output().unwrap();
    assert!(minted.status.success(), "{}", text(&minted.stderr));
    assert!(login.status.success(), "{}", text(&login.stderr));
    let code = {
        let state = iam.state.lock().unwrap();
        assert_eq!(state.minted.len(), 1);
        state.minted[0].clone()
    };
    let form = iam
        .posted()
        .into_iter()
        .find(|r| r.url == "/identity/passcode")
        .unwrap()
        .form();
    assert!(form.contains(&("refresh_token".into(), stored.as_str().unwrap().into())));
    assert_eq!(record(&home, "default")["refresh_token"], stored);
    // The other home has a session of its own, which works.
    iamtoken(&other)
        .args(["session", "-o", "token"])
        .assert()
        .success();
    // Printed alone, with a newline, and good once.
    let out = iamtoken(&home).arg("passcode").output().unwrap();
    let printed = text(&out.stdout);
    assert!(
        printed.starts_with("MINT-2-") && printed.ends_with('\n'),
        "{printed}"
    );
    std::fs::write(other.path().join("used"), format!("{code}\n")).unwrap();
    let again = iamtoken(&other)
        .args([
            "--iam-url",
            iam.url(),
            "login",
            "--passcode",
            "@used",
            "--storage",
            "file",
        ])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(3), "{}", text(&again.stderr));
    // No such session; a stray name; another endpoint: exit 2, nothing sent.
    let before = iam.received().len();
    for (args, said) in [
        (
            &["passcode", "--name", "work"][..],
            "no session work is stored",
        ),
        (&["passcode", "work"][..], "did you mean `--name work`?"),
        (&["--test-env", "passcode"][..], "belongs to IAM at"),
    ] {
        let out = iamtoken(&home).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            text(&out.stderr).contains(said),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(out.stdout.is_empty());
    }
    assert_eq!(iam.received().len(), before);
}

/// `status` and `sessions` say who the next command is, with no request: a session is alive
/// until IAM refuses it, which is remembered, and then ended (exit 3 through a context that
/// names it, exit 2 with no identity left in effect).
#[test]
fn status_shows_a_session_alive_then_ended_without_asking_iam() {
    let (home, iam) = logged_in(Rotation::SingleUse, &[]);
    let host = iam.url().trim_start_matches("http://").to_owned();
    let status = |args: &[&str]| iamtoken(&home).arg("status").args(args).output().unwrap();
    // The table's columns are padded: compare words.
    let words = |bytes: &[u8]| text(bytes).split_whitespace().collect::<Vec<_>>().join(" ");
    let before = iam.received().len();
    let out = status(&[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let shown = words(&out.stdout);
    assert!(
        shown.contains("identity session default (me@example.com)"),
        "{shown}"
    );
    assert!(
        shown.contains(&format!("IAM {host}: alive, refresh token expires in")),
        "{shown}"
    );
    // The endpoint is the session's, where a run refreshes it.
    assert!(shown.contains(&format!("endpoint {host} ")), "{shown}");
    // Another IAM chosen: the session is no good there, and status says so as a run does.
    let test_iam = "https://iam.test.cloud.ibm.com";
    for (variable, words) in [
        (true, &["status"][..]),
        (true, &["--no-cache", "session"]),
        (false, &["--test-env", "--no-cache", "session"]),
    ] {
        let mut cmd = iamtoken(&home);
        if variable {
            cmd.env("IBMCLOUD_IAM_API_ENDPOINT", test_iam);
        }
        let out = cmd.args(words).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
        assert!(
            text(&out.stderr).contains(&format!(
                "session default belongs to IAM at {}; this run asks for {test_iam}",
                iam.url()
            )),
            "{words:?}: {}",
            text(&out.stderr)
        );
    }
    let json: Value = serde_json::from_slice(&status(&["-o", "json"]).stdout).unwrap();
    assert_eq!(json["endpoint"], host.as_str());
    assert_eq!(json["sessions"][0]["name"], "default");
    assert_eq!(json["sessions"][0]["endpoint"], host.as_str());
    assert_eq!(json["sessions"][0]["state"], "alive");
    assert_eq!(json["usable"], true);
    assert_eq!(iam.received().len(), before, "status asks IAM nothing");
    // IAM ends the session; the refusal is remembered.
    iam.state.lock().unwrap().expired = true;
    let refused = iamtoken(&home)
        .args(["--no-cache", "session"])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(3));
    let before = iam.received().len();
    let out = status(&["-o", "json"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["sessions"][0]["state"], "ended");
    assert_eq!(json["usable"], false);
    assert!(text(&out.stderr).contains("hint: log in with `iamtoken login`"));
    // Through a context whose grant is session: exit 3, and how to log in again.
    std::fs::create_dir_all(home.path().join("config/iamtoken")).unwrap();
    std::fs::write(
        home.path().join("config/iamtoken/config.toml"),
        "[context.sso]\ngrant = \"session\"\n",
    )
    .unwrap();
    let out = status(&["--context", "sso"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let shown = words(&out.stdout);
    assert!(shown.contains("context sso (--context)"), "{shown}");
    assert!(shown.contains("ended (refused by IAM)"), "{shown}");
    assert!(
        text(&out.stderr).contains("hint: log in again: iamtoken login"),
        "{}",
        text(&out.stderr)
    );
    // `sessions` says the same word, and keeps the IAM URL in JSON.
    let listed = text(&iamtoken(&home).arg("sessions").output().unwrap().stdout);
    assert!(
        listed.contains("ended") && listed.contains("refused by IAM"),
        "{listed}"
    );
    assert!(listed.contains(&host), "{listed}");
    let json: Value = serde_json::from_slice(
        &iamtoken(&home)
            .args(["sessions", "-o", "json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(json[0]["state"], "ended");
    assert_eq!(json[0]["iam_url"], format!("{}/identity/token", iam.url()));
    assert_eq!(
        iam.received().len(),
        before,
        "status and sessions ask IAM nothing"
    );
    // A new login makes the session alive again.
    let out = login(&home, &iam, "PC-2", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(status(&["--context", "sso"]).status.success());
}

/// A stand-in accounts server: `/coe/v2/accounts` in two pages, for a Bearer token the
/// session stand-in signed; anything else is 401.
fn accounts_server() -> StandIn {
    StandIn::serve(move |got, request| {
        let bearer = got
            .header("Authorization")
            .and_then(|a| a.strip_prefix("Bearer "));
        let signed = bearer
            .is_some_and(|t| crate::jwt::verified_claims(t).is_some_and(|c| c["iam_id"] == IAM_ID));
        let resource = |id: &str, name: &str, state: &str| json!({"metadata": {"guid": id}, "entity": {"name": name, "state": state}});
        let (status, body) = if !signed {
            (
                401,
                json!({"errors": [{"code": "not_authorized", "message": "Unauthorized"}]}),
            )
        } else if got.url == "/coe/v2/accounts" {
            (
                200,
                json!({"next_url": "/coe/v2/accounts?next_docid=2", "resources": [
                    resource(HOME_ACCOUNT, "Home", "ACTIVE"),
                    resource(OTHER_ACCOUNT, "Team B2B", "ACTIVE"),
                ]}),
            )
        } else if got.url == "/coe/v2/accounts?next_docid=2" {
            (
                200,
                json!({"next_url": null, "resources": [
                    resource("c000000000000000000000000000d0f1", "Dup", "SUSPENDED"),
                    resource("d000000000000000000000000000d0f2", "Dup", "ACTIVE"),
                ]}),
            )
        } else {
            (
                404,
                json!({"errors": [{"code": "not_found", "message": "Not found"}]}),
            )
        };
        respond(
            request,
            status,
            "application/json",
            body.to_string().into_bytes(),
        );
    })
}

/// `accounts` lists every page, marking the session's; `session --account` and `login
/// --account` take a name, which must name exactly one account.
#[test]
fn accounts_are_listed_and_chosen_by_name() {
    let (home, iam) = logged_in(Rotation::Reusable, &[]);
    let accounts = accounts_server();
    let run = |args: &[&str]| {
        iamtoken(&home)
            .env("IAMTOKEN_ACCOUNTS_URL", &accounts.url)
            .args(args)
            .timeout(Duration::from_secs(30))
            .output()
            .unwrap()
    };
    let out = run(&["accounts"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    let words: Vec<String> = shown
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    assert!(
        words.contains(&format!("* {HOME_ACCOUNT} Home ACTIVE")),
        "{shown}"
    );
    assert!(
        words.contains(&format!("{OTHER_ACCOUNT} Team B2B ACTIVE")),
        "{shown}"
    );
    assert_eq!(words.len(), 5, "a header and both pages: {shown}");
    let json: Value = serde_json::from_slice(&run(&["accounts", "-o", "json"]).stdout).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 4);
    assert_eq!(json[0]["current"], true);
    assert_eq!(json[1]["current"], false);
    assert_eq!(json[2]["state"], "SUSPENDED");
    // By name: one token for that account; the stored session is unchanged.
    let out = run(&[
        "--no-cache",
        "session",
        "--account",
        "Team B2B",
        "-o",
        "token",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(account_of(&text(&out.stdout)), OTHER_ACCOUNT);
    assert_eq!(record(&home, "default")["account"], HOME_ACCOUNT);
    // A name that matches none lists them all; one that several share lists those.
    let out = run(&["session", "--account", "Stage"]);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    assert!(said.contains("no account is named 'Stage'"), "{said}");
    assert!(
        said.contains(&format!("{OTHER_ACCOUNT}  Team B2B  (ACTIVE)")),
        "{said}"
    );
    assert!(
        said.contains("c000000000000000000000000000d0f1  Dup  (SUSPENDED)"),
        "{said}"
    );
    let out = run(&["session", "--account", "Dup"]);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    assert!(
        said.contains("2 accounts are named 'Dup'") && !said.contains("Home"),
        "{said}"
    );
    // login --account NAME scopes the new session to that account.
    std::fs::write(home.path().join("passcode"), "PC-2\n").unwrap();
    let out = iamtoken(&home)
        .env("IAMTOKEN_ACCOUNTS_URL", &accounts.url)
        .args(["--iam-url", iam.url(), "login", "--passcode", "@passcode"])
        .args([
            "--name",
            "b2b",
            "--account",
            "Team B2B",
            "--storage",
            "file",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(record(&home, "b2b")["account"], OTHER_ACCOUNT);
    // The accounts server gets a bearer token, so it is https, or http on a loopback host.
    let out = iamtoken(&home)
        .env("IAMTOKEN_ACCOUNTS_URL", "http://accounts.example.com")
        .arg("accounts")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("IAMTOKEN_ACCOUNTS_URL: refusing plain http://"));
}

/// At a terminal, an empty or refused passcode is asked for again (three tries in all), with
/// where to get a new one; none is ever echoed.
#[test]
fn login_at_a_terminal_asks_again_after_an_empty_or_refused_passcode() {
    let home = tempfile::tempdir().unwrap();
    let iam = SessionIam::new(Rotation::SingleUse);
    let browser = home.path().join("no-browser");
    let (status, shown) = login_at_a_terminal(
        &home,
        &iam,
        &browser,
        "--no-browser",
        b"\nSENTINEL-wrong\nPC-1\n",
    );
    assert!(status.success(), "{shown}");
    let page = format!("{}/identity/passcode", iam.url());
    assert!(
        shown.contains(&format!(
            "--passcode is empty; get a new passcode at {page} and try again"
        )),
        "{shown}"
    );
    assert!(shown.contains("BXNIM0421E"), "{shown}");
    assert!(shown.contains("logged in as me@example.com"), "{shown}");
    assert!(
        !shown.contains("SENTINEL") && !shown.contains("PC-1"),
        "{shown}"
    );
    assert_eq!(iam.posted().len(), 2, "the empty one never reached IAM");
    // Three wrong ones end the run, as IAM's refusal.
    let (status, shown) = login_at_a_terminal(
        &home,
        &iam,
        &browser,
        "--no-browser --name other",
        b"BAD-1\nBAD-2\nBAD-3\n",
    );
    assert_eq!(status.code(), Some(3), "{shown}");
    assert_eq!(shown.matches("try again").count(), 2, "{shown}");
}

/// At a terminal, a user with several accounts selects one, as `ibmcloud login` asks; without
/// a terminal the session keeps the token's own account.
#[test]
fn login_at_a_terminal_asks_which_account() {
    let home = tempfile::tempdir().unwrap();
    let iam = SessionIam::new(Rotation::SingleUse);
    let accounts = accounts_server();
    let browser = home.path().join("no-browser");
    let (status, shown) = login_at_a_terminal_with(
        &home,
        &iam,
        (&browser, &accounts.url),
        "--no-browser",
        b"PC-1\n9\n2\n",
    );
    assert!(status.success(), "{shown}");
    assert!(shown.contains("Select an account:"), "{shown}");
    assert!(
        shown.contains(&format!("2. {OTHER_ACCOUNT}  Team B2B  (ACTIVE)")),
        "{shown}"
    );
    assert!(shown.contains("not a number from 1 to 4"), "{shown}");
    assert_eq!(record(&home, "default")["account"], OTHER_ACCOUNT);
    // Without a terminal: no question, the token's own account.
    let other = tempfile::tempdir().unwrap();
    let out = iamtoken(&other)
        .env("IAMTOKEN_ACCOUNTS_URL", &accounts.url)
        .args([
            "--iam-url",
            iam.url(),
            "login",
            "--passcode",
            "-",
            "--storage",
            "file",
        ])
        .write_stdin("PC-2\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(!text(&out.stderr).contains("Select an account"));
    assert_eq!(record(&other, "default")["account"], HOME_ACCOUNT);
}
