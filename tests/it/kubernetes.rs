//! kubectl on IBM Cloud clusters: `iks` (an IAM id_token for the `kube` client) and `openshift`
//! (the cluster's own OAuth token for an API key), judged by a real kubectl against a stand-in
//! API server on 127.0.0.1 that authenticates as the real ones do.

use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::{Arc, Mutex};

use base64::Engine as _;
use serde_json::{Value, json};

use crate::support::{
    ACCESS_TOKEN, APIKEY_GRANT, DELEGATED_REFRESH_TOKEN, IAM_ISSUER, ID_TOKEN_SECONDS,
    REDEEM_GRANT, Reply, StandIn, bin, iamtoken, now,
};
use crate::tls_and_proxy::TlsFront;

const KEY: &str = "SENTINEL-cluster-key";

/// Tokens the stand-in OAuth server issued.
type Issued = Arc<Mutex<Vec<String>>>;

/// A Kubernetes API server (HTTPS, behind `TlsFront`) that accepts a Bearer token when it is
/// an IAM id_token for `kube` (RS256 with the test key, IAM's issuer, not expired), or a token
/// `issued` by the OAuth stand-in; else 401, as an API server does. It serves `/version`, and
/// the OAuth discovery document naming `oauth` as an OpenShift API server does.
struct ApiServer {
    tls: TlsFront,
    seen: Arc<Mutex<Vec<Option<String>>>>,
}

impl ApiServer {
    fn new(issued: Issued, oauth: Option<String>) -> Self {
        let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
        let url = format!("http://{}", server.server_addr().to_ip().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&seen);
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                let bearer = request
                    .headers()
                    .iter()
                    .find(|h| h.field.equiv("Authorization"))
                    .and_then(|h| h.value.as_str().strip_prefix("Bearer ").map(str::to_owned));
                let path = request.url().to_owned();
                if path == "/.well-known/oauth-authorization-server" {
                    let oauth = oauth.clone().unwrap_or_default();
                    let doc = json!({
                        "issuer": oauth,
                        "authorization_endpoint": format!("{oauth}/oauth/authorize"),
                        "token_endpoint": format!("{oauth}/oauth/token"),
                    });
                    let _ = request.respond(json_response(200, &doc));
                    continue;
                }
                log.lock().unwrap().push(bearer.clone());
                let accepted = bearer.as_deref().is_some_and(|token| {
                    issued.lock().unwrap().iter().any(|t| t == token) || is_kube_id_token(token)
                });
                let response = if !accepted {
                    json_response(
                        401,
                        &json!({"kind": "Status", "apiVersion": "v1", "metadata": {},
                                "status": "Failure", "message": "Unauthorized",
                                "reason": "Unauthorized", "code": 401}),
                    )
                } else if path == "/version" {
                    json_response(
                        200,
                        &json!({"major": "1", "minor": "31", "gitVersion": "v1.31.4+IKS",
                                "platform": "linux/amd64"}),
                    )
                } else {
                    json_response(404, &json!({"kind": "Status", "code": 404}))
                };
                let _ = request.respond(response);
            }
        });
        Self {
            tls: TlsFront::new(&url),
            seen,
        }
    }

    /// The Bearer tokens sent to the API (not to discovery), in order. (kubectl may first
    /// try without one.)
    fn tokens(&self) -> Vec<String> {
        self.seen
            .lock()
            .unwrap()
            .iter()
            .flatten()
            .cloned()
            .collect()
    }
}

/// What an IKS API server checks of an OIDC token: signature, issuer, audience, expiry.
fn is_kube_id_token(token: &str) -> bool {
    crate::jwt::verified_claims(token).is_some_and(|claims| {
        claims["iss"] == IAM_ISSUER
            && (claims["aud"] == "kube"
                || claims["aud"]
                    .as_array()
                    .is_some_and(|a| a.contains(&json!("kube"))))
            && claims["exp"].as_i64().is_some_and(|exp| exp > now())
    })
}

fn json_response(status: u16, body: &Value) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    tiny_http::Response::from_data(body.to_string().into_bytes())
        .with_status_code(status)
        .with_header(tiny_http::Header::from_bytes("Content-Type", "application/json").unwrap())
}

/// An OpenShift OAuth server (HTTPS): the challenging client's implicit flow. `apikey:KEY` in
/// Basic (with an `X-CSRF-Token`) is answered with a redirect whose fragment holds a fresh
/// `sha256~` token; another key gets 401, `roles-not-synced` 500.
struct OauthServer {
    tls: TlsFront,
    issued: Issued,
    requests: Arc<Mutex<Vec<String>>>,
}

/// What the OAuth stand-in accepts, given the Basic pair `user:secret` decoded.
type Accepts = Arc<dyn Fn(&str) -> bool + Send + Sync>;

impl OauthServer {
    /// Accepts the API key `KEY` (`apikey:KEY`), as long as it wishes.
    fn new() -> Self {
        Self::accepting(Arc::new(|pair| pair == format!("apikey:{KEY}")))
    }

    fn accepting(accepts: Accepts) -> Self {
        let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
        let url = format!("http://{}", server.server_addr().to_ip().unwrap());
        let issued: Issued = Arc::new(Mutex::new(Vec::new()));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let (log, tokens) = (Arc::clone(&requests), Arc::clone(&issued));
        let tls = TlsFront::new(&url);
        let public = tls.url.clone();
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                let header = |name: &'static str| {
                    request
                        .headers()
                        .iter()
                        .find(|h| h.field.equiv(name))
                        .map(|h| h.value.to_string())
                };
                let url = request.url().to_owned();
                log.lock().unwrap().push(url.clone());
                let basic = |key: &str| {
                    let pair = format!("apikey:{key}");
                    format!(
                        "Basic {}",
                        base64::engine::general_purpose::STANDARD.encode(pair)
                    )
                };
                let authorization = header("Authorization");
                let expected_query = "client_id=openshift-challenging-client&response_type=token";
                let response = if url != format!("/oauth/authorize?{expected_query}") {
                    tiny_http::Response::from_string("not found").with_status_code(404)
                } else if header("X-CSRF-Token").is_none_or(|v| v.is_empty()) {
                    tiny_http::Response::from_string("missing X-CSRF-Token").with_status_code(400)
                } else if authorization.as_deref() == Some(basic("roles-not-synced").as_str()) {
                    tiny_http::Response::from_string("Internal error occurred")
                        .with_status_code(500)
                } else if authorization
                    .as_deref()
                    .and_then(|a| a.strip_prefix("Basic "))
                    .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
                    .is_some_and(|pair| accepts(&String::from_utf8_lossy(&pair)))
                {
                    let token = format!(
                        "sha256~{:016x}{:016x}",
                        fastrand::u64(..),
                        fastrand::u64(..)
                    );
                    tokens.lock().unwrap().push(token.clone());
                    let location = format!(
                        "{public}/oauth/token/implicit#access_token={token}&expires_in=86400&scope=user%3Afull&token_type=Bearer"
                    );
                    tiny_http::Response::from_string("")
                        .with_status_code(302)
                        .with_header(tiny_http::Header::from_bytes("Location", location).unwrap())
                } else {
                    tiny_http::Response::from_string("")
                        .with_status_code(401)
                        .with_header(
                            tiny_http::Header::from_bytes(
                                "WWW-Authenticate",
                                "Basic realm=\"openshift\"",
                            )
                            .unwrap(),
                        )
                };
                let _ = request.respond(response);
            }
        });
        Self {
            tls,
            issued,
            requests,
        }
    }
}

/// One PEM file holding both test CAs: iamtoken's --cacert for the cluster and its OAuth server.
fn bundle(home: &tempfile::TempDir, cas: &[&Path]) -> PathBuf {
    let mut pem = Vec::new();
    for ca in cas {
        pem.extend(std::fs::read(ca).unwrap());
    }
    let path = home.path().join("cluster-ca.pem");
    std::fs::write(&path, pem).unwrap();
    path
}

/// A kubeconfig for `server`, made with kubectl's own `config set-*` commands (as README shows),
/// whose user runs iamtoken with `args` and `env`.
fn kubeconfig(
    home: &tempfile::TempDir,
    server: &ApiServer,
    args: &[&str],
    env: &[(&str, &str)],
) -> PathBuf {
    let path = home.path().join("kubeconfig");
    let _ = std::fs::remove_file(&path);
    let kubectl = |words: Vec<String>| {
        let out = crate::support::bounded("kubectl", home)
            .env("KUBECONFIG", &path)
            .args(words)
            .output()
            .expect("kubectl must be installed");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    kubectl(vec![
        "config".into(),
        "set-cluster".into(),
        "stand-in".into(),
        format!("--server={}", server.tls.url),
        format!("--certificate-authority={}", server.tls.ca.display()),
    ]);
    let mut words = vec![
        "config".into(),
        "set-credentials".into(),
        "ibm".into(),
        format!("--exec-command={}", bin().display()),
        "--exec-api-version=client.authentication.k8s.io/v1".into(),
        "--exec-interactive-mode=Never".into(),
    ];
    words.extend(args.iter().map(|a| format!("--exec-arg={a}")));
    words.extend(env.iter().map(|(k, v)| format!("--exec-env={k}={v}")));
    kubectl(words);
    kubectl(
        [
            "config",
            "set-context",
            "ibm",
            "--cluster=stand-in",
            "--user=ibm",
        ]
        .map(String::from)
        .to_vec(),
    );
    kubectl(["config", "use-context", "ibm"].map(String::from).to_vec());
    path
}

fn kubectl_version(home: &tempfile::TempDir, config: &Path) -> Output {
    crate::support::bounded("kubectl", home)
        .env("KUBECONFIG", config)
        .args(["get", "--raw", "/version"])
        .output()
        .expect("kubectl must be installed")
}

#[cfg(target_os = "linux")]
#[test]
fn kubectl_reaches_an_iks_cluster_with_the_id_token_and_the_second_call_is_free() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let server = ApiServer::new(Arc::default(), None);
    let config = kubeconfig(
        &home,
        &server,
        &["iks", "-o", "exec-credential"],
        &[
            ("IBMCLOUD_API_KEY", KEY),
            ("IBMCLOUD_IAM_API_ENDPOINT", &iam.url),
        ],
    );
    let out = kubectl_version(&home, &config);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let version: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(version["gitVersion"], "v1.31.4+IKS");
    assert_eq!(iam.sent("grant_type"), [APIKEY_GRANT, REDEEM_GRANT]);
    let sent = iam.received();
    let delegation = sent[0].form();
    assert!(delegation.contains(&("response_type".into(), "delegated_refresh_token".into())));
    assert!(delegation.contains(&("receiver_client_ids".into(), "kube".into())));
    assert!(
        sent[0].header("Authorization").is_none(),
        "no client on the delegation"
    );
    assert_eq!(
        sent[1].form(),
        [
            ("grant_type".to_owned(), REDEEM_GRANT.to_owned()),
            (
                "refresh_token".to_owned(),
                DELEGATED_REFRESH_TOKEN.to_owned()
            )
        ]
    );
    let token = server.tokens()[0].clone();
    assert!(is_kube_id_token(&token), "the id_token reached the cluster");

    let again = kubectl_version(&home, &config);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert_eq!(
        iam.received().len(),
        2,
        "the second kubectl call asks IAM nothing"
    );
    assert_eq!(server.tokens().last(), Some(&token));
}

#[cfg(target_os = "linux")]
#[test]
fn an_iks_cluster_refuses_a_plain_access_token() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let server = ApiServer::new(Arc::default(), None);
    let config = kubeconfig(
        &home,
        &server,
        &["apikey", "-o", "exec-credential"],
        &[
            ("IBMCLOUD_API_KEY", KEY),
            ("IBMCLOUD_IAM_API_ENDPOINT", &iam.url),
        ],
    );
    let out = kubectl_version(&home, &config);
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("Unauthorized"), "{said}");
    assert!(server.tokens().iter().any(|t| t == ACCESS_TOKEN));
}

#[cfg(target_os = "linux")]
#[test]
fn kubectl_reaches_an_openshift_cluster_with_its_oauth_token_and_the_second_call_is_free() {
    let home = tempfile::tempdir().unwrap();
    let oauth = OauthServer::new();
    let server = ApiServer::new(Arc::clone(&oauth.issued), Some(oauth.tls.url.clone()));
    let cas = bundle(&home, &[&server.tls.ca, &oauth.tls.ca]);
    let cacert = cas.display().to_string();
    let config = kubeconfig(
        &home,
        &server,
        &[
            "--cacert",
            &cacert,
            "openshift",
            "--server",
            &server.tls.url,
            "-o",
            "exec-credential",
        ],
        &[("IBMCLOUD_API_KEY", KEY)],
    );
    let out = kubectl_version(&home, &config);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(oauth.requests.lock().unwrap().len(), 1);
    let issued = oauth.issued.lock().unwrap()[0].clone();
    assert_eq!(server.tokens(), std::slice::from_ref(&issued));

    let again = kubectl_version(&home, &config);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert_eq!(
        oauth.requests.lock().unwrap().len(),
        1,
        "the second call is cached"
    );
    assert_eq!(server.tokens(), [issued.clone(), issued]);
    // The cluster is listed with its port: one host often serves several clusters.
    let port = server.tls.url.rsplit(':').next().unwrap().to_owned();
    iamtoken(&home)
        .args(["cache", "list"])
        .assert()
        .success()
        .stdout(
            predicates::str::is_match(format!(
                r"\n[0-9a-f]{{12}}  openshift  \S+ +127\.0\.0\.1:{port} "
            ))
            .unwrap(),
        );
}

/// With `provideClusterInfo: true`, kubectl names the cluster (KUBERNETES_EXEC_INFO): the exec
/// entry needs neither --server nor --cacert (the OAuth server's CA stands for a public one
/// here, in SSL_CERT_FILE, as the system's roots).
#[cfg(target_os = "linux")]
#[test]
fn kubectl_with_provide_cluster_info_needs_no_server_or_cacert() {
    let home = tempfile::tempdir().unwrap();
    let oauth = OauthServer::new();
    let server = ApiServer::new(Arc::clone(&oauth.issued), Some(oauth.tls.url.clone()));
    let oauth_ca = oauth.tls.ca.display().to_string();
    let config = kubeconfig(
        &home,
        &server,
        &["openshift", "-o", "exec-credential"],
        &[("IBMCLOUD_API_KEY", KEY), ("SSL_CERT_FILE", &oauth_ca)],
    );
    // Without the cluster's info, openshift cannot know the server.
    let out = kubectl_version(&home, &config);
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("openshift needs the cluster's --server URL"),
        "{said}"
    );
    let set = crate::support::bounded("kubectl", &home)
        .env("KUBECONFIG", &config)
        .args([
            "config",
            "set-credentials",
            "ibm",
            "--exec-provide-cluster-info=true",
        ])
        .output()
        .unwrap();
    assert!(
        set.status.success(),
        "{}",
        String::from_utf8_lossy(&set.stderr)
    );
    let out = kubectl_version(&home, &config);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(oauth.requests.lock().unwrap().len(), 1);
    let issued = oauth.issued.lock().unwrap()[0].clone();
    assert_eq!(server.tokens(), std::slice::from_ref(&issued));
}

#[test]
fn iks_prints_the_id_token_with_its_own_expiry() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let out = iamtoken(&home)
        .args(["--iam-url", &iam.url, "iks", "--apikey", KEY, "-o", "json"])
        .assert()
        .success();
    let answer: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let id_token = answer["id_token"].as_str().unwrap();
    assert!(is_kube_id_token(id_token));
    let exp = crate::jwt::verified_claims(id_token).unwrap()["exp"]
        .as_i64()
        .unwrap();
    assert!((now() + ID_TOKEN_SECONDS - exp).abs() <= 5);

    let out = iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "iks",
            "--apikey",
            KEY,
            "-o",
            "exec-credential",
        ])
        .assert()
        .success();
    let credential: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(credential["apiVersion"], "client.authentication.k8s.io/v1");
    assert_eq!(
        credential["status"]["token"], id_token,
        "the cached id_token"
    );
    let stamp = credential["status"]["expirationTimestamp"]
        .as_str()
        .unwrap();
    let at = humantime::parse_rfc3339(stamp).unwrap();
    let at = i64::try_from(at.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()).unwrap();
    assert_eq!(at, exp, "the id_token's own exp, not the access token's");
    assert_eq!(iam.received().len(), 2);
    // The format from before the command, from IAMTOKEN_OUTPUT and from a context reaches it
    // as a typed one does.
    let config = crate::support::write_config(
        &home,
        &format!(
            "[context.k]\ngrant = \"apikey\"\napikey = \"{KEY}\"\niam_url = \"{}\"\noutput = \"token\"\n",
            iam.url
        ),
    );
    for (env, args) in [
        (
            None,
            &["--iam-url", &iam.url, "-o", "token", "iks", "--apikey", KEY][..],
        ),
        (
            Some("token"),
            &["--iam-url", &iam.url, "iks", "--apikey", KEY],
        ),
        (None, &["--context", "k", "iks"]),
    ] {
        let mut run = iamtoken(&home);
        run.env("IAMTOKEN_CONFIG", &config);
        if let Some(format) = env {
            run.env("IAMTOKEN_OUTPUT", format);
        }
        run.args(args)
            .assert()
            .success()
            .stdout(format!("{id_token}\n"));
    }
    // cache list shows the id_token's expiry too.
    let out = iamtoken(&home)
        .args(["cache", "list", "-o", "json"])
        .assert()
        .success();
    let rows: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["grant"] == "iks")
        .unwrap();
    assert_eq!(row["expires_at"], stamp);

    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "iks",
            "--apikey",
            KEY,
            "-o",
            "export",
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "invalid value 'export' for '--output <FORMAT>' [possible values: json, token, exec-credential]",
        ));
}

#[test]
fn iks_from_a_bx_refresh_token_delegates_with_the_bx_client() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "iks",
            "--refresh-token",
            "rt-of-bx",
            "-o",
            "token",
        ])
        .assert()
        .success();
    let sent = iam.received();
    assert_eq!(iam.sent("grant_type"), ["refresh_token", REDEEM_GRANT]);
    let bx = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode("bx:bx")
    );
    let kube = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode("kube:kube")
    );
    assert_eq!(sent[0].header("Authorization"), Some(bx.as_str()));
    assert_eq!(sent[1].header("Authorization"), Some(kube.as_str()));
}

#[test]
fn iam_refusing_either_step_is_exit_3_and_an_answer_without_id_token_exit_5() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::scripted(vec![Reply::IamError(
        400,
        "BXNIM0415E",
        "Provided API key could not be found.",
    )]);
    iamtoken(&home)
        .args(["--iam-url", &iam.url, "--no-cache", "iks", "--apikey", KEY])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("BXNIM0415E"));
    assert_eq!(iam.received().len(), 1, "no fallback after a refusal");

    let iam = StandIn::scripted(vec![
        Reply::Iam,
        Reply::IamError(400, "BXNIM0407E", "Provided refresh token is invalid."),
    ]);
    iamtoken(&home)
        .args(["--iam-url", &iam.url, "--no-cache", "iks", "--apikey", KEY])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("BXNIM0407E"));

    let iam = StandIn::scripted(vec![
        Reply::Iam,
        Reply::Raw(
            200,
            "application/json",
            json!({"access_token": ACCESS_TOKEN, "expires_in": 3600, "expiration": now() + 3600})
                .to_string()
                .into_bytes(),
        ),
    ]);
    iamtoken(&home)
        .args(["--iam-url", &iam.url, "--no-cache", "iks", "--apikey", KEY])
        .assert()
        .code(5)
        .stderr(predicates::str::contains("has no id_token"));
}

#[test]
fn the_redeem_grant_of_its_own_takes_a_client_and_iam_checks_it() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let out = iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "delegated-refresh-token",
            "--refresh-token",
        ])
        .arg(DELEGATED_REFRESH_TOKEN)
        .args([
            "--client-id",
            "kube",
            "--client-secret",
            "kube",
            "-o",
            "json",
        ])
        .assert()
        .success();
    let answer: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(answer["access_token"], ACCESS_TOKEN);
    assert!(answer["id_token"].is_string());
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "--no-cache",
            "delegated-refresh-token",
            "--refresh-token",
        ])
        .arg(DELEGATED_REFRESH_TOKEN)
        .args([
            "--client-id",
            "kube",
            "--client-secret",
            "kube",
            "-o",
            "token",
        ])
        .assert()
        .success()
        .stdout(format!("{ACCESS_TOKEN}\n"));
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "--no-cache",
            "delegated-refresh-token",
            "--refresh-token",
        ])
        .arg(DELEGATED_REFRESH_TOKEN)
        .args(["--client-id", "ce", "--client-secret", "x"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("BXNIM0403E"));
    iamtoken(&home)
        .args(["delegated-refresh-token", "--refresh-token", "t"])
        .assert()
        .code(2);
}

#[test]
fn credential_commands_are_not_grants() {
    let home = tempfile::tempdir().unwrap();
    for words in [
        &["exec", "iks", "--", "true"][..],
        &["check", "iks"],
        &[
            "exec",
            "openshift",
            "--server",
            "https://c.example",
            "--",
            "true",
        ],
    ] {
        iamtoken(&home).args(words).assert().code(2);
    }
    let config = crate::support::write_config(&home, "[context.k]\ngrant = \"iks\"\n");
    iamtoken(&home)
        .args(["--context", "k"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("grant 'iks': it is not one of"));
    // A context for another grant does not lend its key to iks.
    std::fs::write(
        &config,
        "[context.tp]\ngrant = \"assume\"\napikey = \"k\"\nprofile_id = \"Profile-1\"\n",
    )
    .unwrap();
    iamtoken(&home)
        .args(["--context", "tp", "iks"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("context tp is for grant assume"));
}

#[test]
fn an_apikey_context_lends_its_key_to_iks() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    crate::support::write_config(
        &home,
        &format!(
            "[context.ci]\ngrant = \"apikey\"\napikey = \"env:CI_KEY\"\niam_url = \"{}\"\n",
            iam.url
        ),
    );
    iamtoken(&home)
        .args(["--context", "ci", "iks", "-o", "token"])
        .env("CI_KEY", KEY)
        .assert()
        .success();
    let first = iam.received()[0].form();
    assert!(first.contains(&("apikey".into(), KEY.into())), "{first:?}");
}

#[test]
fn openshift_failures_say_what_the_oauth_server_said() {
    let home = tempfile::tempdir().unwrap();
    let oauth = OauthServer::new();
    let server = ApiServer::new(Arc::clone(&oauth.issued), Some(oauth.tls.url.clone()));
    let cas = bundle(&home, &[&server.tls.ca, &oauth.tls.ca]);
    let run = |key: &str| {
        iamtoken(&home)
            .arg("--cacert")
            .arg(&cas)
            .args([
                "--no-cache",
                "openshift",
                "--server",
                &server.tls.url,
                "--apikey",
                key,
            ])
            .assert()
    };
    let refused = run("wrong-key").code(3);
    let said = String::from_utf8_lossy(&refused.get_output().stderr).into_owned();
    assert!(said.contains("refused the API key (401)"), "{said}");
    assert!(!said.contains("wrong-key"), "{said}");
    run("roles-not-synced")
        .code(4)
        .stderr(predicates::str::contains("not synced"));
    // -vv shows the requests, never the key or the token the redirect carried.
    let traced = iamtoken(&home)
        .arg("--cacert")
        .arg(&cas)
        .args([
            "-vv",
            "--no-cache",
            "openshift",
            "--server",
            &server.tls.url,
            "--apikey",
            KEY,
        ])
        .args(["-o", "token"])
        .assert()
        .success();
    let said = String::from_utf8_lossy(&traced.get_output().stderr).into_owned();
    let token = oauth.issued.lock().unwrap().pop().unwrap();
    assert!(said.contains("/oauth/authorize"), "{said}");
    assert!(!said.contains(KEY) && !said.contains(&token), "{said}");
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("apikey:{KEY}"));
    assert!(!said.contains(&basic), "{said}");
    // --insecure is for IAM stand-ins, never the cluster: without the CA, TLS fails, and the
    // error names the cluster and says why in words.
    let host = server
        .tls
        .url
        .trim_start_matches("https://")
        .split(':')
        .next()
        .unwrap()
        .to_owned();
    iamtoken(&home)
        .args([
            "--insecure",
            "--no-cache",
            "openshift",
            "--server",
            &server.tls.url,
            "--apikey",
            KEY,
        ])
        .assert()
        .code(4)
        .stderr(predicates::str::ends_with(format!(
            "cannot connect to the cluster at {host}: its certificate is signed by a CA that is \
             not trusted here (UnknownIssuer)\n\
             iamtoken: hint: pass the CA that signed its certificate with --cacert\n"
        )));
    assert!(oauth.issued.lock().unwrap().is_empty());
    // A cluster that serves its CA's own certificate: trusting it does not help, and that is
    // said.
    let self_made =
        crate::tls_and_proxy::TlsFront::with_ca_as_its_certificate("http://127.0.0.1:1");
    let ca = self_made.ca.display().to_string();
    iamtoken(&home)
        .args(["--cacert", &ca, "--no-cache", "openshift", "--server", &self_made.url])
        .args(["--apikey", KEY])
        .assert()
        .code(4)
        .stderr(predicates::str::contains(
            ": it presented a CA certificate as its own, which TLS clients refuse (CaUsedAsEndEntity)\n\
             iamtoken: hint: no CA passed with --cacert helps: the server needs a certificate of its own, signed by a CA\n",
        ));
    // Plain http would carry the key in clear.
    iamtoken(&home)
        .args([
            "openshift",
            "--server",
            "http://127.0.0.1:1",
            "--apikey",
            KEY,
        ])
        .assert()
        .code(2);
}

/// An SSO user's session reaches an IKS cluster through kubectl: the session's refresh token
/// is delegated to kube at the session's own IAM (sending its account), the delegated token is
/// redeemed as kube, and the refresh token IAM returns is stored, so a session whose refresh
/// tokens are good once still works afterwards. A context whose grant is `session` lends it.
#[cfg(target_os = "linux")]
#[test]
fn kubectl_reaches_an_iks_cluster_from_a_session() {
    use crate::login::{HOME_ACCOUNT, REFRESH_MARK, Rotation, logged_in, record};
    let (home, iam) = logged_in(Rotation::SingleUse, &[]);
    assert_eq!(iam.posted().len(), 1);
    let stored = record(&home, "default")["refresh_token"].clone();
    let server = ApiServer::new(Arc::default(), None);
    let config = kubeconfig(
        &home,
        &server,
        &["iks", "--session", "default", "-o", "exec-credential"],
        &[],
    );
    let out = kubectl_version(&home, &config);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let token = server.tokens()[0].clone();
    assert!(is_kube_id_token(&token), "the id_token reached the cluster");
    // After the login's passcode exchange: the delegation and the redemption.
    let sent = iam.posted()[1..].to_vec();
    assert_eq!(sent.len(), 2, "{sent:#?}");
    let delegation = sent[0].form();
    for pair in [
        ("grant_type", "refresh_token"),
        ("refresh_token", stored.as_str().unwrap()),
        ("response_type", "delegated_refresh_token"),
        ("receiver_client_ids", "kube"),
        ("delegated_refresh_token_expiry", "600"),
        ("account", HOME_ACCOUNT),
    ] {
        assert!(
            delegation.contains(&(pair.0.into(), pair.1.into())),
            "{pair:?} {delegation:?}"
        );
    }
    assert_eq!(
        sent[1].form()[0],
        ("grant_type".to_owned(), REDEEM_GRANT.to_owned())
    );
    // The rotated refresh token is stored: the session lives on, though IAM retired the old one.
    assert_ne!(record(&home, "default")["refresh_token"], stored);
    iamtoken(&home)
        .args(["--no-cache", "session", "-o", "token"])
        .assert()
        .success();
    // kubectl's next call is a cache hit.
    let posted = iam.posted().len();
    let again = kubectl_version(&home, &config);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert_eq!(iam.posted().len(), posted);
    // A session context lends its session to iks, as an apikey context lends its key.
    std::fs::create_dir_all(home.path().join("config/iamtoken")).unwrap();
    std::fs::write(
        home.path().join("config/iamtoken/config.toml"),
        "[context.sso]\ngrant = \"session\"\nsession = \"default\"\n",
    )
    .unwrap();
    let out = iamtoken(&home)
        .args(["--context", "sso", "--no-cache", "iks", "-o", "token"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(is_kube_id_token(
        String::from_utf8_lossy(&out.stdout).trim()
    ));
    for shown in [&out.stdout, &out.stderr, &again.stdout, &again.stderr] {
        assert!(!String::from_utf8_lossy(shown).contains(REFRESH_MARK));
    }
}

/// An SSO user's session reaches an OpenShift cluster through kubectl: a one-time passcode,
/// minted from the session's refresh token at its IAM, logs in at the cluster's OAuth server
/// (`passcode:CODE`), which takes each passcode once; the session is unchanged.
#[cfg(target_os = "linux")]
#[test]
fn kubectl_reaches_an_openshift_cluster_from_a_session() {
    use crate::login::{Rotation, logged_in, record};
    let (home, iam) = logged_in(Rotation::SingleUse, &[]);
    let stored = record(&home, "default")["refresh_token"].clone();
    let state = Arc::clone(&iam.state);
    let oauth = OauthServer::accepting(Arc::new(move |pair: &str| {
        let Some(code) = pair.strip_prefix("passcode:") else {
            return false;
        };
        let mut state = state.lock().unwrap();
        let minted = state.minted.iter().position(|m| m == code);
        // Good once: the IAM stand-in forgets it as a login passcode too.
        state.passcodes.retain(|p| p != code);
        minted.map(|at| state.minted.remove(at)).is_some()
    }));
    let server = ApiServer::new(Arc::clone(&oauth.issued), Some(oauth.tls.url.clone()));
    let cas = bundle(&home, &[&server.tls.ca, &oauth.tls.ca]);
    let cacert = cas.display().to_string();
    let config = kubeconfig(
        &home,
        &server,
        &[
            "--cacert",
            &cacert,
            "openshift",
            "--session",
            "default",
            "--server",
            &server.tls.url,
            "-o",
            "exec-credential",
        ],
        &[],
    );
    let out = kubectl_version(&home, &config);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let issued = oauth.issued.lock().unwrap().clone();
    assert_eq!(issued.len(), 1);
    assert_eq!(server.tokens(), issued);
    let minting: Vec<_> = iam
        .posted()
        .into_iter()
        .filter(|r| r.url == "/identity/passcode")
        .collect();
    assert_eq!(minting.len(), 1);
    assert_eq!(
        minting[0].form(),
        [
            ("grant_type".to_owned(), "refresh_token".to_owned()),
            (
                "refresh_token".to_owned(),
                stored.as_str().unwrap().to_owned()
            ),
            ("response_type".to_owned(), "cloud_iam".to_owned()),
        ]
    );
    assert!(
        iam.state.lock().unwrap().minted.is_empty(),
        "the passcode was spent"
    );
    assert_eq!(record(&home, "default")["refresh_token"], stored);
    // Cached: the next call mints nothing; uncached, a new passcode is minted.
    let again = kubectl_version(&home, &config);
    assert!(again.status.success());
    assert_eq!(oauth.issued.lock().unwrap().len(), 1);
    let out = iamtoken(&home)
        .args([
            "--cacert",
            &cacert,
            "--no-cache",
            "openshift",
            "--session",
            "default",
        ])
        .args(["--server", &server.tls.url, "-o", "token"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(oauth.issued.lock().unwrap().len(), 2);
    // An API key and a session together are a usage error.
    iamtoken(&home)
        .args(["openshift", "--session", "default", "--apikey", "k"])
        .args(["--server", &server.tls.url])
        .assert()
        .code(2);
}
