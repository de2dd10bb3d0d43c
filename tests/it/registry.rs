//! docker-credential-iamtoken and `iamtoken registry setup`: the credential helper protocol
//! verb by verb, then real clients as judges (the Python `docker` library, skopeo against a
//! stand-in registry that takes only a token the stand-in IAM issued).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};

use crate::support::{ACCESS_TOKEN, Reply, StandIn, iamtoken, isolated};
use crate::tls_and_proxy::TlsFront;

const KEY: &str = "SENTINEL-registry-key";
const NOT_FOUND: &str = "credentials not found in native keychain\n";

fn helper() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_docker-credential-iamtoken"))
}

/// The helper, isolated in `home`, with `IBMCLOUD_API_KEY` and the stand-in's endpoint set
/// unless `env` says otherwise.
fn helper_in(home: &tempfile::TempDir, iam: &StandIn) -> Command {
    let mut cmd = crate::support::bounded(helper(), home);
    cmd.env("IBMCLOUD_API_KEY", KEY)
        .env("IBMCLOUD_IAM_API_ENDPOINT", &iam.url);
    cmd
}

/// Runs `cmd` with `verb`, writing `input` to its stdin.
fn call(mut cmd: Command, verb: &str, input: &str) -> Output {
    let mut child = cmd
        .arg(verb)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn config(home: &tempfile::TempDir, text: &str) {
    crate::support::write_config(home, text);
}

#[test]
fn get_answers_every_spelling_of_an_icr_host_with_one_iam_request() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    for server in [
        "us.icr.io",
        "https://US.icr.io/v2/",
        "us.icr.io:443",
        "private.de.icr.io",
        "fr2.icr.io",
    ] {
        let out = call(helper_in(&home, &iam), "get", server);
        assert!(out.status.success(), "{server}: {}", stdout(&out));
        let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(
            answer,
            json!({"ServerURL": server, "Username": "iambearer", "Secret": ACCESS_TOKEN}),
            "{server}"
        );
        assert!(
            out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(iam.sent("apikey"), [KEY], "one IAM request for all of them");
}

#[test]
fn a_registry_it_does_not_serve_is_not_found_without_asking_iam() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    for server in [
        "quay.io",
        "https://index.docker.io/v1/",
        "icr.io.example.com",
        "us.icr.io:5000",
        // An ICR host further on, after a scheme-like string: the host is evil.com's.
        "evil.com/x://us.icr.io",
        "evil.com?x=http://us.icr.io",
        "https://evil.com/https://us.icr.io",
    ] {
        let out = call(helper_in(&home, &iam), "get", server);
        assert_eq!(out.status.code(), Some(1), "{server}");
        assert_eq!(stdout(&out), NOT_FOUND, "{server}");
    }
    assert!(iam.received().is_empty());
}

#[test]
fn without_an_identity_it_says_so_on_stdout_and_never_prompts() {
    let home = tempfile::tempdir().unwrap();
    // On a terminal (script(1)) too: the helper must not wait for a key to be typed.
    let inner = format!("echo us.icr.io | {} get", helper().display());
    let out = crate::support::bounded("script", &home)
        .args(["-qec", &inner, "/dev/null"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let shown = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{shown}");
    assert!(
        shown.contains("iamtoken: error: no identity to serve us.icr.io with"),
        "{shown}"
    );
    assert!(shown.contains("IBMCLOUD_API_KEY"), "{shown}");
    assert!(
        !shown.to_lowercase().contains("api key:"),
        "prompted: {shown}"
    );
}

#[test]
fn iam_refusing_the_key_is_an_error_on_stdout_without_the_key() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::scripted(vec![Reply::IamError(
        400,
        "BXNIM0415E",
        "Provided API key could not be found.",
    )]);
    let out = call(helper_in(&home, &iam), "get", "us.icr.io");
    assert_eq!(out.status.code(), Some(1));
    let shown = stdout(&out);
    assert!(shown.starts_with("iamtoken: error: "), "{shown}");
    assert!(shown.contains("BXNIM0415E"), "{shown}");
    assert!(!shown.contains(KEY) && !String::from_utf8_lossy(&out.stderr).contains(KEY));
}

#[test]
fn store_is_refused_erase_succeeds_list_names_every_host_and_version() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    config(
        &home,
        "[registry]\nhosts = [\"Registry.Example.Internal\"]\n[registry.host.\"vpe.example:8443\"]\ncontext = \"eu\"\n[context.eu]\ngrant = \"apikey\"\n",
    );
    let stored = call(
        helper_in(&home, &iam),
        "store",
        r#"{"ServerURL":"us.icr.io","Username":"iambearer","Secret":"x"}"#,
    );
    assert_eq!(stored.status.code(), Some(1));
    assert!(
        stdout(&stored).contains("stores none"),
        "{}",
        stdout(&stored)
    );

    let erased = call(helper_in(&home, &iam), "erase", "us.icr.io");
    assert!(erased.status.success());
    assert_eq!(stdout(&erased), "");

    let listed = call(helper_in(&home, &iam), "list", "");
    assert!(listed.status.success());
    let hosts: Value = serde_json::from_slice(&listed.stdout).unwrap();
    let hosts = hosts.as_object().unwrap();
    for host in [
        "icr.io",
        "us.icr.io",
        "private.us.icr.io",
        "jp2.icr.io",
        "ca2.icr.io",
        "fr2.icr.io",
        "registry.example.internal",
        "vpe.example:8443",
    ] {
        assert_eq!(hosts.get(host), Some(&json!("iambearer")), "{host}");
    }
    assert_eq!(hosts.len(), 26);

    for verb in ["version", "--version", "-V"] {
        let version = call(helper_in(&home, &iam), verb, "");
        assert!(version.status.success(), "{verb}");
        assert!(
            stdout(&version).starts_with("docker-credential-iamtoken (iamtoken) "),
            "{verb}"
        );
    }

    let unknown = call(helper_in(&home, &iam), "fetch", "");
    assert_eq!(unknown.status.code(), Some(1));
    assert!(stdout(&unknown).starts_with("usage: docker-credential-iamtoken"));
    assert!(iam.received().is_empty(), "no verb but get asks IAM");
}

#[test]
fn each_host_is_served_with_its_own_context() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let url = &iam.url;
    config(
        &home,
        &format!(
            "default_context = \"other\"\n\
             [registry]\ncontext = \"ci\"\n\
             [registry.host.\"de.icr.io\"]\ncontext = \"eu\"\n\
             [context.ci]\ngrant = \"apikey\"\napikey = \"env:CI_KEY\"\niam_url = \"{url}\"\noutput = \"exec-credential\"\n\
             [context.eu]\ngrant = \"apikey\"\napikey = \"env:EU_KEY\"\niam_url = \"{url}\"\n\
             [context.other]\ngrant = \"apikey\"\napikey = \"env:OTHER_KEY\"\niam_url = \"{url}\"\n"
        ),
    );
    let run = |server: &str| {
        let mut cmd = isolated(helper(), &home);
        cmd.env("CI_KEY", "ci-key")
            .env("EU_KEY", "eu-key")
            .env("OTHER_KEY", "other-key")
            .env("IBMCLOUD_API_KEY", KEY)
            .env("IAMTOKEN_CONTEXT", "other");
        let out = call(cmd, "get", server);
        assert!(out.status.success(), "{server}: {}", stdout(&out));
        // A context's output setting does not apply: the answer is the protocol's JSON.
        let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(answer["Secret"], ACCESS_TOKEN);
    };
    run("de.icr.io");
    run("us.icr.io");
    assert_eq!(iam.sent("apikey"), ["eu-key", "ci-key"]);
}

#[test]
fn the_identity_falls_back_to_iamtoken_context_then_the_key_variable_then_default_context() {
    let iam = StandIn::iam();
    let url = &iam.url;
    let text = format!(
        "default_context = \"fallback\"\n\
         [context.picked]\ngrant = \"apikey\"\napikey = \"picked-key\"\niam_url = \"{url}\"\n\
         [context.fallback]\ngrant = \"apikey\"\napikey = \"fallback-key\"\niam_url = \"{url}\"\n"
    );
    let run = |env: &[(&str, &str)]| {
        let home = tempfile::tempdir().unwrap();
        config(&home, &text);
        let mut cmd = isolated(helper(), &home);
        cmd.env("IBMCLOUD_IAM_API_ENDPOINT", url);
        cmd.envs(env.iter().copied());
        let out = call(cmd, "get", "icr.io");
        assert!(out.status.success(), "{env:?}: {}", stdout(&out));
    };
    run(&[("IAMTOKEN_CONTEXT", "picked"), ("IBMCLOUD_API_KEY", KEY)]);
    run(&[("IC_API_KEY", KEY)]);
    run(&[]);
    assert_eq!(iam.sent("apikey"), ["picked-key", KEY, "fallback-key"]);
}

#[test]
fn a_cached_token_is_reused_while_min_ttl_or_half_its_life_is_left() {
    let iam = StandIn::scripted(vec![
        // 20 minutes, all left: half its life (10 min) is what it must keep; reused.
        Reply::fresh(1200),
        // An hour's token with 28 minutes left: under [registry] min_ttl (30m); fetched
        // again, and a fresh token as short is still handed over.
        Reply::Token {
            expires_in: 3600,
            left: 1680,
            delay: std::time::Duration::ZERO,
        },
        Reply::Token {
            expires_in: 3600,
            left: 1680,
            delay: std::time::Duration::ZERO,
        },
    ]);
    let home = tempfile::tempdir().unwrap();
    let get = || {
        let out = call(helper_in(&home, &iam), "get", "us.icr.io");
        assert!(out.status.success(), "{}", stdout(&out));
    };
    get();
    get();
    assert_eq!(iam.received().len(), 1, "a 20-minute token is reused");
    iamtoken(&home).args(["cache", "clear"]).assert().success();
    get();
    get();
    assert_eq!(iam.received().len(), 3, "28 minutes left is under min_ttl");
}

#[test]
fn iamapikey_mode_hands_over_the_key_without_asking_iam() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    config(&home, "[registry]\nusername = \"iamapikey\"\n");
    let out = call(helper_in(&home, &iam), "get", "uk.icr.io");
    assert!(out.status.success(), "{}", stdout(&out));
    let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        answer,
        json!({"ServerURL": "uk.icr.io", "Username": "iamapikey", "Secret": KEY})
    );
    assert!(iam.received().is_empty());
}

#[test]
fn a_bad_registry_table_is_named_with_its_line() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    config(&home, "[registry]\nmin_ttl = \"1h\"\nusername = \"root\"\n");
    let out = call(helper_in(&home, &iam), "get", "us.icr.io");
    assert_eq!(out.status.code(), Some(1));
    let shown = stdout(&out);
    assert!(
        shown.contains("config.toml:3: registry.username must be iambearer or iamapikey"),
        "{shown}"
    );
    config(&home, "[registry]\ncontext = \"nope\"\n");
    let out = call(helper_in(&home, &iam), "get", "us.icr.io");
    assert!(
        stdout(&out).contains("config.toml:2: registry.context 'nope' has no [context.nope] table"),
        "{}",
        stdout(&out)
    );
}

/// `registry setup` into `dir`, with `args`; returns stderr.
fn setup(home: &tempfile::TempDir, dir: &Path, args: &[&str]) -> String {
    let out = iamtoken(home)
        .args(["registry", "setup", "--docker-config"])
        .arg(dir)
        .args(args)
        .assert()
        .success();
    String::from_utf8_lossy(&out.get_output().stderr).into_owned()
}

#[test]
fn setup_keeps_every_other_key_and_remove_undoes_exactly_its_entries() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("docker");
    std::fs::create_dir(&dir).unwrap();
    let file = dir.join("config.json");
    let before = json!({
        "auths": {"quay.io": {"auth": "dXNlcjpwYXNz"}},
        "credsStore": "desktop",
        "credHelpers": {"us.icr.io": "ecr-login", "gcr.io": "gcloud"},
        "psFormat": "table {{.ID}}",
        "proxies": {"default": {"httpProxy": "http://proxy:3128"}}
    });
    std::fs::write(&file, serde_json::to_string_pretty(&before).unwrap()).unwrap();
    set_mode(&file, 0o640);

    // --dry-run prints the result and writes nothing.
    let out = iamtoken(&home)
        .args(["registry", "setup", "--dry-run", "--docker-config"])
        .arg(&dir)
        .assert()
        .success();
    let printed: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(printed["credHelpers"]["de.icr.io"], "iamtoken");
    let unchanged: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(unchanged, before);

    let said = setup(&home, &dir, &[]);
    assert!(said.contains("left us.icr.io alone"), "{said}");
    assert!(said.contains("docker login"), "{said}");
    let after: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(after, printed, "--dry-run showed what setup wrote");
    assert_eq!(after["credHelpers"]["us.icr.io"], "ecr-login");
    assert_eq!(after["credHelpers"]["gcr.io"], "gcloud");
    assert_eq!(after["credHelpers"]["private.us.icr.io"], "iamtoken");
    for key in ["auths", "credsStore", "psFormat", "proxies"] {
        assert_eq!(after[key], before[key], "{key}");
    }
    assert_eq!(mode(&file), 0o640, "the file's permissions are kept");

    let said = setup(&home, &dir, &["--force"]);
    assert!(said.contains("us.icr.io"), "{said}");
    let forced: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(forced["credHelpers"]["us.icr.io"], "iamtoken");

    let said = setup(&home, &dir, &["--remove"]);
    assert!(
        said.starts_with(&format!(
            "iamtoken: removed docker-credential-iamtoken from {} for ",
            file.display()
        )),
        "{said}"
    );
    let removed: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let mut expected = before.clone();
    expected["credHelpers"] = json!({"gcr.io": "gcloud"});
    assert_eq!(
        removed, expected,
        "only iamtoken's entries left (the forced one too)"
    );
}

/// Clients run the helper from PATH: setup says so when it is not there, even when it has
/// nothing to change or only shows what it would do; with the helper on PATH, it says nothing.
#[test]
fn setup_warns_when_the_helper_is_not_on_path() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("docker");
    let warning = "iamtoken: warning: docker-credential-iamtoken is not on PATH";
    // No folder of the machine's: a helper installed there (from the .deb, say) must not count.
    let nothing = crate::support::path_of(&home, &[]);
    for args in [&["--dry-run"][..], &[], &[]] {
        iamtoken(&home)
            .env("PATH", &nothing)
            .args(["registry", "setup", "--docker-config"])
            .arg(&dir)
            .args(args)
            .assert()
            .success()
            .stderr(predicates::str::starts_with(warning));
    }
    let said = setup(&home, &dir, &[]);
    assert!(said.contains("needs no change"), "{said}");
    let with_helper = iamtoken(&home)
        .env("PATH", path_with_helper())
        .args(["registry", "setup", "--docker-config"])
        .arg(&dir)
        .assert()
        .success();
    let said = String::from_utf8_lossy(&with_helper.get_output().stderr).into_owned();
    assert!(!said.contains("warning"), "{said}");
    let removing = iamtoken(&home)
        .env("PATH", &nothing)
        .args(["registry", "setup", "--remove", "--docker-config"])
        .arg(&dir)
        .assert()
        .success();
    let said = String::from_utf8_lossy(&removing.get_output().stderr).into_owned();
    assert!(
        !said.contains("warning") && said.contains("removed"),
        "{said}"
    );
}

#[test]
fn setup_creates_a_private_config_in_docker_config() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("new/docker");
    iamtoken(&home)
        .args(["registry", "setup"])
        .env("DOCKER_CONFIG", &dir)
        .assert()
        .success();
    let file = dir.join("config.json");
    let written: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(written["credHelpers"]["icr.io"], "iamtoken");
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(&dir), 0o700);
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// `PATH` with the helper's folder first, as `cargo install` would put it.
fn path_with_helper() -> std::ffi::OsString {
    let dir = helper().parent().unwrap().to_owned();
    let rest = std::env::var_os("PATH").unwrap_or_default();
    std::env::join_paths(std::iter::once(dir).chain(std::env::split_paths(&rest))).unwrap()
}

#[test]
fn the_python_docker_library_gets_the_token_through_the_helper() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let dir = home.path().join(".docker");
    setup(&home, &dir, &[]);
    // A second file whose credsStore is iamtoken: a registry iamtoken does not serve must come
    // back as "no credentials", not as an error.
    let store_dir = home.path().join("store");
    std::fs::create_dir(&store_dir).unwrap();
    std::fs::write(
        store_dir.join("config.json"),
        r#"{"credsStore":"iamtoken"}"#,
    )
    .unwrap();
    let script = r#"
import json, sys
import docker.auth
found = {}
for name, path, registry in [
    ("icr", sys.argv[1], "us.icr.io"),
    ("quay", sys.argv[1], "quay.io"),
    ("store_icr", sys.argv[2], "https://de.icr.io"),
    ("store_quay", sys.argv[2], "quay.io"),
]:
    found[name] = docker.auth.load_config(config_path=path).resolve_authconfig(registry)
print(json.dumps(found))
"#;
    let out = crate::support::bounded("python3", &home)
        .args(["-c", script])
        .arg(dir.join("config.json"))
        .arg(store_dir.join("config.json"))
        .env("PATH", path_with_helper())
        .env("IBMCLOUD_API_KEY", KEY)
        .env("IBMCLOUD_IAM_API_ENDPOINT", &iam.url)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "python docker library (pip install docker): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let found: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(found["icr"]["Username"], "iambearer");
    assert_eq!(found["icr"]["Password"], ACCESS_TOKEN);
    assert_eq!(found["quay"], Value::Null);
    assert_eq!(found["store_icr"]["Password"], ACCESS_TOKEN);
    assert_eq!(found["store_quay"], Value::Null);
    assert_eq!(iam.sent("apikey"), [KEY]);
}

/// A registry's API (the parts `skopeo inspect` reads) on 127.0.0.1: it challenges for Basic
/// auth and accepts only `iambearer` with the token the stand-in IAM issues.
struct Registry {
    url: String,
    accepted: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Registry {
    fn new() -> Self {
        use base64::Engine as _;
        let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
        let url = format!("http://{}", server.server_addr().to_ip().unwrap());
        let accepted = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = std::sync::Arc::clone(&accepted);
        let config = br#"{"architecture":"amd64","os":"linux","created":"2026-11-01T00:00:00Z","config":{"Labels":{"made-by":"stand-in"}},"rootfs":{"type":"layers","diff_ids":[]}}"#.to_vec();
        let config_digest = digest(&config);
        let manifest = json!({
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "config": {
                "mediaType": "application/vnd.oci.image.config.v1+json",
                "digest": config_digest,
                "size": config.len()
            },
            "layers": []
        })
        .to_string()
        .into_bytes();
        let manifest_digest = digest(&manifest);
        let expected = format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("iambearer:{ACCESS_TOKEN}"))
        );
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                let auth = request
                    .headers()
                    .iter()
                    .find(|h| h.field.equiv("Authorization"))
                    .map(|h| h.value.to_string());
                let header =
                    |name: &str, value: &str| tiny_http::Header::from_bytes(name, value).unwrap();
                if auth.as_deref() != Some(expected.as_str()) {
                    let response = tiny_http::Response::from_string(
                        "{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}",
                    )
                    .with_status_code(401)
                    .with_header(header("WWW-Authenticate", "Basic realm=\"stand-in\""))
                    .with_header(header("Docker-Distribution-Api-Version", "registry/2.0"));
                    let _ = request.respond(response);
                    continue;
                }
                let path = request.url().to_owned();
                log.lock().unwrap().push(path.clone());
                let (body, content_type) = match path.as_str() {
                    "/v2/" => (b"{}".to_vec(), "application/json"),
                    "/v2/team/app/tags/list" => (
                        br#"{"name":"team/app","tags":["1.0"]}"#.to_vec(),
                        "application/json",
                    ),
                    "/v2/team/app/manifests/1.0" => (
                        manifest.clone(),
                        "application/vnd.oci.image.manifest.v1+json",
                    ),
                    p if p == format!("/v2/team/app/blobs/{config_digest}") => {
                        (config.clone(), "application/octet-stream")
                    }
                    _ => {
                        let _ = request.respond(tiny_http::Response::empty(404));
                        continue;
                    }
                };
                let response = tiny_http::Response::from_data(body)
                    .with_header(header("Content-Type", content_type))
                    .with_header(header("Docker-Content-Digest", &manifest_digest))
                    .with_header(header("Docker-Distribution-Api-Version", "registry/2.0"));
                let _ = request.respond(response);
            }
        });
        Self { url, accepted }
    }
}

fn digest(bytes: &[u8]) -> String {
    let sum = ring::digest::digest(&ring::digest::SHA256, bytes);
    sum.as_ref()
        .iter()
        .fold(String::from("sha256:"), |mut out, b| {
            use std::fmt::Write as _;
            let _ = write!(out, "{b:02x}");
            out
        })
}

#[test]
fn skopeo_inspects_an_image_on_a_registry_that_takes_only_the_iam_token() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let registry = Registry::new();
    let tls = TlsFront::new(&registry.url);
    let host = tls.url.trim_start_matches("https://").to_owned();
    config(&home, &format!("[registry]\nhosts = [\"{host}\"]\n"));
    setup(&home, &home.path().join(".docker"), &[]);
    let certs = home.path().join("certs");
    std::fs::create_dir(&certs).unwrap();
    std::fs::copy(&tls.ca, certs.join("ca.crt")).unwrap();

    let inspect = |with_helper: bool| {
        let mut cmd = crate::support::bounded("skopeo", &home);
        cmd.args(["inspect", "--cert-dir"])
            .arg(&certs)
            .arg(format!("docker://{host}/team/app:1.0"))
            .env("IBMCLOUD_API_KEY", KEY)
            .env("IBMCLOUD_IAM_API_ENDPOINT", &iam.url);
        // skopeo alone, and the build's helper when asked: never one installed on the machine.
        let tools = crate::support::path_of(&home, &["skopeo"]);
        let path = if with_helper {
            let dir = helper().parent().unwrap().to_owned();
            std::env::join_paths([dir, tools.into()]).unwrap()
        } else {
            tools
        };
        cmd.env("PATH", path);
        cmd.output()
            .expect("skopeo (Debian package skopeo) must be installed")
    };
    let out = inspect(true);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let image: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(image["Labels"]["made-by"], "stand-in");
    assert_eq!(image["RepoTags"], json!(["1.0"]));
    assert!(
        registry
            .accepted
            .lock()
            .unwrap()
            .iter()
            .any(|p| p.contains("/manifests/1.0"))
    );
    assert_eq!(iam.sent("apikey"), [KEY]);

    // Without the helper on PATH, skopeo has no credentials and the registry refuses it.
    let before = registry.accepted.lock().unwrap().len();
    let out = inspect(false);
    assert!(!out.status.success());
    assert_eq!(registry.accepted.lock().unwrap().len(), before);
}

/// A server that quotes the form back, urlencoded as it was sent or JSON-escaped, never gets
/// the key onto the helper's stdout (which the client may log).
#[test]
fn a_key_echoed_urlencoded_or_json_escaped_stays_off_stdout() {
    let weird = r#"SENTINEL DOCKER"KEY\44"#;
    for echoed in ["SENTINEL+DOCKER%22KEY%5C44", r#"SENTINEL DOCKER\"KEY\\44"#] {
        let home = tempfile::tempdir().unwrap();
        let body = crate::support::iam_error("BXNIM0415E", &format!("bad form: apikey={echoed}"));
        let iam = StandIn::scripted(vec![Reply::Raw(
            400,
            "application/json",
            body.to_string().into_bytes(),
        )]);
        let mut cmd = helper_in(&home, &iam);
        cmd.env("IBMCLOUD_API_KEY", weird);
        let out = call(cmd, "get", "us.icr.io");
        assert_eq!(out.status.code(), Some(1));
        let shown = stdout(&out);
        assert!(shown.contains("BXNIM0415E"), "{shown}");
        assert!(!shown.contains("SENTINEL"), "{shown}");
        assert!(!String::from_utf8_lossy(&out.stderr).contains("SENTINEL"));
    }
}

/// Root running setup on a user's config.json (sudo, a provisioning script) leaves it the
/// user's: owner, group and mode are kept.
#[test]
fn setup_as_root_keeps_the_files_owner_and_group() {
    use std::os::unix::fs::MetadataExt as _;
    assert_eq!(rustix::process::geteuid().as_raw(), 0, "run as root");
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("docker");
    std::fs::create_dir(&dir).unwrap();
    let file = dir.join("config.json");
    std::fs::write(&file, r#"{"auths": {}}"#).unwrap();
    set_mode(&file, 0o644);
    std::os::unix::fs::chown(&file, Some(65534), Some(65534)).unwrap();
    setup(&home, &dir, &[]);
    let after = std::fs::metadata(&file).unwrap();
    assert_eq!((after.uid(), after.gid()), (65534, 65534));
    assert_eq!(mode(&file), 0o644);
    let written: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(written["credHelpers"]["us.icr.io"], "iamtoken");
}

/// Root running setup on a user's docker folder: a missing folder is created as the user's
/// (`0700`, the file `0600`), a regular file of theirs is updated and stays theirs; a symlink
/// there (file or folder), or a file in their folder that is not theirs, is refused with a hint
/// to run as that user, and nothing of root's is read or changed.
#[test]
fn setup_as_root_in_a_users_folder_never_follows_their_links() {
    use std::os::unix::fs::MetadataExt as _;
    assert_eq!(rustix::process::geteuid().as_raw(), 0, "run as root");
    let user = 65534;
    let owner = |p: &Path| {
        let m = std::fs::symlink_metadata(p).unwrap();
        (m.uid(), m.gid())
    };
    let run =
        |home: &tempfile::TempDir| iamtoken(home).args(["registry", "setup"]).output().unwrap();
    // A home of the user's with no ~/.docker yet.
    let home = tempfile::tempdir().unwrap();
    std::os::unix::fs::chown(home.path(), Some(user), Some(user)).unwrap();
    let out = run(&home);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docker = home.path().join(".docker");
    let file = docker.join("config.json");
    assert_eq!((owner(&docker), mode(&docker)), ((user, user), 0o700));
    assert_eq!((owner(&file), mode(&file)), ((user, user), 0o600));
    // Their regular file, 0640: updated, still theirs.
    std::fs::write(&file, r#"{"auths": {}}"#).unwrap();
    std::os::unix::fs::chown(&file, Some(user), Some(user)).unwrap();
    set_mode(&file, 0o640);
    let out = run(&home);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!((owner(&file), mode(&file)), ((user, user), 0o640));
    let written: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(written["credHelpers"]["us.icr.io"], "iamtoken");
    // A root-only file elsewhere, which their links point to.
    let private = tempfile::tempdir().unwrap();
    let roots = private.path().join("config.json");
    std::fs::write(
        &roots,
        r#"{"auths": {"secret.example": {"auth": "cm9vdDpwYXNz"}}}"#,
    )
    .unwrap();
    set_mode(&roots, 0o600);
    let before = std::fs::read(&roots).unwrap();
    let refused = |home: &tempfile::TempDir, why: &str| {
        let out = run(home);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(why), "{stderr}");
        assert!(
            stderr.contains("hint: run `iamtoken registry setup` as that user"),
            "{stderr}"
        );
        assert_eq!(
            std::fs::read(&roots).unwrap(),
            before,
            "root's file changed"
        );
        assert_eq!(owner(&roots), (0, 0));
    };
    // config.json a link of theirs to root's file.
    std::fs::remove_file(&file).unwrap();
    std::os::unix::fs::symlink(&roots, &file).unwrap();
    std::os::unix::fs::lchown(&file, Some(user), Some(user)).unwrap();
    refused(&home, "config.json is a symbolic link");
    // A file in their folder that is not theirs.
    std::fs::remove_file(&file).unwrap();
    std::fs::write(&file, "{}").unwrap();
    refused(&home, "belongs to another user than its folder");
    // ~/.docker itself a link of theirs to root's folder.
    std::fs::remove_file(&file).unwrap();
    std::fs::remove_dir(&docker).unwrap();
    std::os::unix::fs::symlink(private.path(), &docker).unwrap();
    std::os::unix::fs::lchown(&docker, Some(user), Some(user)).unwrap();
    refused(&home, "is not a folder (a symbolic link?)");
}
