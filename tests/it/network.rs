//! Retries, proxies, TLS roots, endpoint selection and what -v/-vv show.

use std::time::{Duration, Instant};

use predicates::prelude::*;

use crate::support::{ACCESS_TOKEN, Reply, StandIn, closed_port_url, iamtoken};
use crate::tls_and_proxy::{Proxy, TlsFront};

const KEY: &str = "SENTINEL-net-key";

fn apikey(home: &tempfile::TempDir, url: &str, extra: &[&str]) -> assert_cmd::assert::Assert {
    iamtoken(home)
        .args(["--iam-url", url, "--no-cache", "-o", "token"])
        .args(extra)
        .args(["apikey", "--apikey", KEY])
        .timeout(Duration::from_mins(1))
        .assert()
}

fn stderr(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stderr.clone()).unwrap()
}

#[test]
fn a_503_is_retried() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::scripted(vec![Reply::IamError(
        503,
        "BXNIM0050E",
        "Service unavailable",
    )]);
    let out = apikey(&home, &iam.url, &["-v"])
        .success()
        .stdout(format!("{ACCESS_TOKEN}\n"));
    let log = stderr(&out);
    assert!(
        log.contains("(attempt 1 of 3)") && log.contains("(attempt 2 of 3)"),
        "{log}"
    );
    assert!(log.contains("< 503 Service Unavailable in "), "{log}");
    assert!(log.contains("[request id req-7f3a]"), "{log}");
    assert!(predicate::str::is_match(r"IAM is unavailable \(503 BXNIM0050E\): Service unavailable \[request id req-7f3a\]; retrying in 0\.[2-5] s").unwrap().eval(&log), "{log}");
    assert_eq!(iam.received().len(), 2);
}

#[test]
fn a_429_waits_as_long_as_retry_after_says() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::scripted(vec![Reply::RateLimited("2")]);
    let started = Instant::now();
    let out = apikey(&home, &iam.url, &["-v"]).success();
    assert!(
        started.elapsed() >= Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert!(
        stderr(&out).contains("retrying in 2.0 s"),
        "{}",
        stderr(&out)
    );
    assert_eq!(iam.received().len(), 2);
}

#[test]
fn a_refusal_is_never_retried() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::scripted(vec![
        Reply::IamError(400, "BXNIM0415E", "Provided API key could not be found."),
        Reply::IamError(501, "BXNIM0000E", "Not implemented"),
    ]);
    let out = apikey(&home, &iam.url, &[]).code(3);
    assert!(!stderr(&out).contains("attempts"), "{}", stderr(&out));
    assert_eq!(iam.received().len(), 1);
    apikey(&home, &iam.url, &[]).code(4);
    assert_eq!(iam.received().len(), 2, "501 is not retried");
}

#[test]
fn the_last_error_says_how_many_attempts() {
    let home = tempfile::tempdir().unwrap();
    let down = || Reply::IamError(503, "BXNIM0050E", "down");
    let iam = StandIn::scripted(vec![down(), down(), down()]);
    let out = apikey(&home, &iam.url, &["--retries", "2"]).code(4);
    assert!(stderr(&out).starts_with("iamtoken: error: IAM is unavailable (503 BXNIM0050E): down [request id req-7f3a] (after 3 attempts)\n"), "{}", stderr(&out));
    assert_eq!(iam.received().len(), 3);
}

#[test]
fn a_timeout_is_retried() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::scripted(vec![Reply::Hang(Duration::from_secs(3))]);
    apikey(&home, &iam.url, &["--timeout", "1"])
        .success()
        .stdout(format!("{ACCESS_TOKEN}\n"));
    assert_eq!(iam.received().len(), 2);
}

#[test]
fn a_refused_connection_is_retried_then_reported() {
    let home = tempfile::tempdir().unwrap();
    let out = apikey(&home, &closed_port_url(), &["--retries", "1"]).code(4);
    let log = stderr(&out);
    assert!(
        log.contains("cannot connect to IAM at 127.0.0.1:") && log.contains("(after 2 attempts)"),
        "{log}"
    );
}

/// Trust point 5: plain http (allowed only to this machine) never goes through a proxy, from
/// the flag or from any of the variables; through https, both the flag and the variable work.
#[test]
fn plain_http_never_goes_through_a_proxy() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let proxy = Proxy::new();
    apikey(&home, &iam.url, &["--proxy", &proxy.url])
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "--proxy cannot carry plain http to 127.0.0.1",
        ))
        .stderr(predicate::str::contains(KEY).not());
    for var in ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"] {
        iamtoken(&home)
            .env(var, &proxy.url)
            .args([
                "--iam-url",
                &iam.url,
                "--no-cache",
                "apikey",
                "--apikey",
                KEY,
            ])
            .assert()
            .success();
    }
    assert!(proxy.seen().is_empty(), "{:?}", proxy.seen());
    assert_eq!(
        iam.received().len(),
        4,
        "each went straight to the stand-in"
    );

    let tls = TlsFront::new(&iam.url);
    let ca = tls.ca.to_str().unwrap();
    apikey(&home, &tls.url, &["--cacert", ca, "--proxy", &proxy.url]).success();
    let host = tls.url.trim_start_matches("https://");
    assert_eq!(proxy.seen(), [format!("CONNECT {host} HTTP/1.1")]);
}

/// Trust point 5: `localhost` mapped to another address (here by a private /etc/hosts in a
/// mount namespace) is refused before any connection; the address is resolved once and the
/// connection goes only to what was checked.
#[cfg(target_os = "linux")]
#[test]
fn localhost_must_resolve_to_loopback_only() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let port = iam.url.rsplit(':').next().unwrap();
    // 0.0.0.0 is not a loopback address, yet a connection to it stays on this machine: a
    // broken check could not send anything elsewhere.
    let hosts = home.path().join("hosts");
    std::fs::write(&hosts, "0.0.0.0 localhost\n").unwrap();
    let script = format!(
        "mount --bind {} /etc/hosts && exec {} --iam-url http://localhost:{port} --no-cache apikey --apikey {KEY}",
        hosts.display(),
        crate::support::bin().display()
    );
    let out = crate::support::bounded("unshare", &home)
        .args(["-m", "sh", "-c", &script])
        .output()
        .expect("unshare (util-linux), run as root");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("localhost resolves to 0.0.0.0, which is not a loopback address"),
        "{stderr}"
    );
    assert!(iam.received().is_empty());
    // The ordinary mapping works.
    iamtoken(&home)
        .args([
            "--iam-url",
            &format!("http://localhost:{port}"),
            "--no-cache",
        ])
        .args(["apikey", "--apikey", KEY])
        .assert()
        .success();
    assert_eq!(iam.received().len(), 1);
}

#[test]
fn tls_with_a_private_ca_and_a_proxy_together() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let tls = TlsFront::new(&iam.url);
    let ca = tls.ca.to_str().unwrap();
    // Unknown CA: refused, with the hint to pass it, and no retry helps with that.
    let out = apikey(&home, &tls.url, &["--retries", "2"]).code(4);
    assert!(
        stderr(&out).contains(
            ": its certificate is signed by a CA that is not trusted here (UnknownIssuer)\n"
        ),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains(
            "hint: if IAM is reached through a TLS-inspecting proxy, pass its CA with --cacert"
        ),
        "{}",
        stderr(&out)
    );
    assert!(
        !stderr(&out).contains("attempts"),
        "a certificate error was retried: {}",
        stderr(&out)
    );
    apikey(&home, &tls.url, &["--cacert", ca])
        .success()
        .stdout(format!("{ACCESS_TOKEN}\n"));
    iamtoken(&home)
        .env("IAMTOKEN_CA_BUNDLE", ca)
        .args([
            "--iam-url",
            &tls.url,
            "--no-cache",
            "apikey",
            "--apikey",
            KEY,
        ])
        .assert()
        .success();
    // Changing TLS roots keeps the proxy: the request tunnels through it.
    let proxy = Proxy::new();
    iamtoken(&home)
        .env("HTTPS_PROXY", &proxy.url)
        .args([
            "--iam-url",
            &tls.url,
            "--cacert",
            ca,
            "--no-cache",
            "apikey",
            "--apikey",
            KEY,
        ])
        .assert()
        .success();
    let host = tls.url.trim_start_matches("https://");
    assert_eq!(proxy.seen(), [format!("CONNECT {host} HTTP/1.1")]);
    assert_eq!(iam.received().len(), 3);
}

#[test]
fn insecure_only_off_production() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let tls = TlsFront::new(&iam.url);
    apikey(&home, &tls.url, &["--insecure"])
        .success()
        .stderr("iamtoken: warning: --insecure: IAM's TLS certificate is not verified\n");
    iamtoken(&home)
        .args(["--insecure", "apikey", "--apikey", KEY])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--insecure is refused for the production IAM endpoint iam.cloud.ibm.com",
        ));
    iamtoken(&home)
        .args(["--insecure", "--private", "apikey", "--apikey", KEY])
        .assert()
        .code(2);
}

/// Runs with a refusing proxy and returns what it was asked to reach: which endpoint was
/// chosen, without a DNS lookup or a byte sent beyond this machine.
fn endpoint_reached(args: &[&str], env: &[(&str, &str)]) -> String {
    let home = tempfile::tempdir().unwrap();
    let proxy = Proxy::new();
    let mut cmd = iamtoken(&home);
    cmd.args(["--proxy", &proxy.url, "--retries", "0", "--no-cache"])
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.args(["apikey", "--apikey", KEY]).assert().code(4);
    proxy.seen().join("\n")
}

#[test]
fn endpoints_by_name() {
    assert_eq!(
        endpoint_reached(&[], &[]),
        "CONNECT iam.cloud.ibm.com:443 HTTP/1.1"
    );
    assert_eq!(
        endpoint_reached(&["--private"], &[]),
        "CONNECT private.iam.cloud.ibm.com:443 HTTP/1.1"
    );
    assert_eq!(
        endpoint_reached(&["--private", "--region", "eu-de"], &[]),
        "CONNECT private.eu-de.iam.cloud.ibm.com:443 HTTP/1.1"
    );
    assert_eq!(
        endpoint_reached(&["--region", "eu-de"], &[]),
        "CONNECT private.eu-de.iam.cloud.ibm.com:443 HTTP/1.1",
        "--region alone implies --private"
    );
    assert_eq!(
        endpoint_reached(&["--test-env"], &[]),
        "CONNECT iam.test.cloud.ibm.com:443 HTTP/1.1"
    );
    // A flag beats the environment.
    let env = [("IBMCLOUD_IAM_API_ENDPOINT", "https://iam.example.com")];
    assert_eq!(
        endpoint_reached(&[], &env),
        "CONNECT iam.example.com:443 HTTP/1.1"
    );
    assert_eq!(
        endpoint_reached(&["--private"], &env),
        "CONNECT private.iam.cloud.ibm.com:443 HTTP/1.1"
    );
}

#[test]
fn endpoint_mistakes_are_usage_errors() {
    let home = tempfile::tempdir().unwrap();
    let cases: &[(&[&str], &str)] = &[
        (
            &["--private", "--region", "mars-1"],
            "no private IAM endpoint for region 'mars-1'; valid regions: au-syd, ",
        ),
        (
            &["--region", "eu-de", "--iam-url", "https://iam.example.com"],
            "--iam-url and --region select different IAM endpoints",
        ),
        (
            &["--region", "eu-de", "--test-env"],
            "--region and --test-env select different",
        ),
        (&["--private", "--test-env"], "cannot be used with"),
        (
            &["--private", "--iam-url", "https://iam.example.com"],
            "--iam-url and --private select different IAM endpoints",
        ),
    ];
    for (args, message) in cases {
        iamtoken(&home)
            .args(*args)
            .args(["apikey", "--apikey", KEY])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(*message));
    }
}

#[test]
fn very_verbose_shows_headers_and_bodies_but_no_secret() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::scripted(vec![
        Reply::IamError(503, "BXNIM0050E", "down"),
        Reply::fresh(3600),
    ]);
    let out = iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "-vv",
            "-o",
            "token",
            "password",
            "--username",
            "u",
        ])
        .args([
            "--password",
            KEY,
            "--client-id",
            "cid",
            "--client-secret",
            "SENTINEL-client-secret",
        ])
        .args(["--tenant", "t1"])
        .assert()
        .success()
        .stdout(format!("{ACCESS_TOKEN}\n"));
    let log = stderr(&out);
    for expected in [
        "> POST ",
        ">   User-Agent: iamtoken/",
        ">   IBM-Cloud-Tenant: t1",
        ">   Authorization: Basic [redacted] (client cid)",
        ">   body: grant_type=password&username=u&password=[redacted]",
        "<   content-type: application/json",
        r#""errorCode":"BXNIM0050E""#,
        r#""access_token":"[redacted]""#,
        r#""token_type":"Bearer""#,
    ] {
        assert!(log.contains(expected), "missing {expected:?} in\n{log}");
    }
    assert!(
        !log.contains("SENTINEL") && !log.contains("eyJ") && !log.contains("Yng6"),
        "{log}"
    );
    assert!(
        !log.contains("rt-usable-1"),
        "refresh token in the trace: {log}"
    );
}

#[test]
fn cacert_problems_are_usage_errors_and_a_wrong_ca_is_not_trusted() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let tls = TlsFront::new(&iam.url);
    let other = TlsFront::new(&iam.url);
    std::fs::write(home.path().join("junk.pem"), "not a certificate\n").unwrap();
    for (file, message) in [
        ("missing.pem", "cannot read --cacert "),
        ("junk.pem", "holds no PEM certificate"),
    ] {
        apikey(&home, &tls.url, &["--cacert", file])
            .code(2)
            .stderr(predicate::str::contains(message));
    }
    // Another CA (of the same name) vouches for nothing here; the system roots are tried
    // next, and fail too; the other CA's reason is the one shown.
    let out = apikey(&home, &tls.url, &["--cacert", other.ca.to_str().unwrap()]).code(4);
    assert!(
        stderr(&out).contains(
            "its certificate's signature does not verify with the CA trusted for it (BadSignature)"
        ),
        "{}",
        stderr(&out)
    );
    assert!(iam.received().is_empty());
}

#[test]
fn network_errors_point_at_the_right_thing() {
    use crate::support::{Reply, closed_port_url, raw_server};
    let home = tempfile::tempdir().unwrap();
    let dead = closed_port_url();
    let with_password = dead.replace("http://", "http://user:SENTINEL-pw@");
    // A dead proxy is named, with where its address came from, and without its password. The
    // proxy is a closed local port: nothing leaves the machine.
    let run = |env: Option<(&str, &str)>, args: &[&str]| {
        let mut cmd = crate::support::iamtoken(&home);
        if let Some((name, value)) = env {
            cmd.env(name, value);
        }
        cmd.args([
            "-v",
            "--retries",
            "0",
            "--iam-url",
            "https://iam.test.cloud.ibm.com",
        ])
        .args(args)
        .args(["apikey", "--apikey", "k"]);
        let out = cmd.assert().code(4);
        String::from_utf8_lossy(&out.get_output().stderr).into_owned()
    };
    let shown = dead.trim_end_matches('/');
    let stderr = run(Some(("HTTPS_PROXY", &with_password)), &[]);
    assert!(
        stderr.contains(&format!(
            "iamtoken: via the proxy {shown} (from HTTPS_PROXY)"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "error: cannot connect to the proxy {shown} (from HTTPS_PROXY), on the way to IAM at iam.test.cloud.ibm.com"
        )),
        "{stderr}"
    );
    assert!(!stderr.contains("SENTINEL"), "{stderr}");
    let stderr = run(None, &["--proxy", &with_password]);
    assert!(
        stderr.contains(&format!("the proxy {shown} (from --proxy)")),
        "{stderr}"
    );
    assert!(!stderr.contains("SENTINEL"), "{stderr}");

    // 501 is not retried and gets no hint to retry; 503 is and does.
    let iam = crate::support::StandIn::scripted(vec![
        Reply::IamError(501, "BXNIM0501E", "Not implemented"),
        Reply::IamError(503, "BXNIM0503E", "Unavailable"),
        Reply::IamError(503, "BXNIM0503E", "Unavailable"),
        Reply::IamError(404, "BXNIM0404E", "Not found"),
    ]);
    let fetch = |args: &[&str]| {
        crate::support::iamtoken(&home)
            .args(["--no-cache", "--iam-url", &iam.url])
            .args(args)
            .args(["apikey", "--apikey", "k"])
            .assert()
    };
    fetch(&["--retries", "3"])
        .code(4)
        .stderr(predicate::str::contains("raise --retries").not());
    assert_eq!(iam.received().len(), 1, "501 was not retried");
    fetch(&["--retries", "1"])
        .code(4)
        .stderr(predicate::str::contains("(after 2 attempts)"))
        .stderr(predicate::str::contains(
            "hint: retry later, or raise --retries",
        ));
    fetch(&[]).code(3).stderr(predicate::str::contains(format!(
        "(POST {}/identity/token)",
        iam.url
    )));
    // IAM's issuer URL, as pasted from a token, names the same endpoint.
    fetch(&["--iam-url", &format!("{}/identity", iam.url)]).success();
    assert!(
        iam.received()
            .last()
            .unwrap()
            .url
            .starts_with("/identity/token")
    );
    // A URL without a scheme gets the corrected form.
    crate::support::iamtoken(&home)
        .args(["--iam-url", "iam.example.com", "apikey", "--apikey", "k"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "did you mean https://iam.example.com?",
        ));
    // A connection dropped before any answer is retried like a refused one.
    let dropping = raw_server(b"");
    crate::support::iamtoken(&home)
        .args([
            "--no-cache",
            "--retries",
            "1",
            "--iam-url",
            &dropping,
            "apikey",
            "--apikey",
            "k",
        ])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("(after 2 attempts)"));
}

/// The system's roots come from where OpenSSL would read them: SSL_CERT_FILE, as README says.
#[cfg(target_os = "linux")]
#[test]
fn ssl_cert_file_is_honoured() {
    let home = tempfile::tempdir().unwrap();
    let iam = crate::support::StandIn::iam();
    let tls = crate::tls_and_proxy::TlsFront::new(&iam.url);
    let fetch = |bundle: Option<&std::path::Path>| {
        let mut cmd = crate::support::iamtoken(&home);
        if let Some(bundle) = bundle {
            cmd.env("SSL_CERT_FILE", bundle).env("SSL_CERT_DIR", "");
        }
        cmd.args(["--iam-url", &tls.url, "--no-cache", "--retries", "0"])
            .args(["apikey", "--apikey", "k"])
            .assert()
    };
    fetch(None).code(4);
    fetch(Some(&tls.ca))
        .success()
        .stdout(predicate::str::contains(ACCESS_TOKEN));
}
