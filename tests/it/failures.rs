//! Every way a fetch can fail: the documented exit code, one clear line (plus an optional
//! hint), nothing on stdout, and never a secret on stderr — also with --verbose.

use std::time::Duration;

use crate::support::{
    Reply, StandIn, bin, closed_port_url, iamtoken, raw_server, raw_server_holding,
};

const KEY: &str = "SENTINEL-apikey-5b1e";

/// Runs `apikey` with the sentinel key against `url`; checks exit code, empty stdout and that
/// the key is nowhere in stderr, and returns stderr.
fn fail(url: &str, code: i32, extra: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap();
    let out = iamtoken(&home)
        .args([
            "--iam-url",
            url,
            "--retries",
            "0",
            "-o",
            "token",
            "apikey",
            "--apikey",
            KEY,
        ])
        .args(extra)
        .timeout(Duration::from_secs(30))
        .assert()
        .code(code)
        .stdout("")
        .get_output()
        .stderr
        .clone();
    let stderr = String::from_utf8(out).unwrap();
    assert!(!stderr.contains("SENTINEL"), "secret leaked: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let errors = stderr
        .lines()
        .filter(|l| l.starts_with("iamtoken: error: "));
    assert_eq!(errors.count(), 1, "{stderr}");
    stderr
}

/// The error line (with --verbose, trace lines come before it).
fn first_line(stderr: &str) -> &str {
    stderr
        .lines()
        .find(|l| l.starts_with("iamtoken: error: "))
        .unwrap()
}

#[test]
fn iam_refusal_is_exit_3_with_code_message_and_request_id() {
    let iam = StandIn::scripted(vec![Reply::IamError(
        400,
        "BXNIM0415E",
        "Provided API key could not be found.",
    )]);
    let stderr = fail(&iam.url, 3, &[]);
    assert_eq!(
        stderr,
        "iamtoken: error: IAM refused the request (400 BXNIM0415E): Provided API key could not be found. [request id req-7f3a]\n"
    );
}

#[test]
fn other_refusals_are_exit_3() {
    let iam = StandIn::scripted(vec![
        Reply::IamError(403, "BXNIM0513E", "You are not authorized to use this API."),
        Reply::Raw(401, "text/plain", Vec::new()),
        Reply::Raw(
            404,
            "text/html",
            b"<html><title>Not Found</title></html>".to_vec(),
        ),
    ]);
    assert!(fail(&iam.url, 3, &[]).contains("(403 BXNIM0513E): You are not authorized"));
    assert_eq!(
        first_line(&fail(&iam.url, 3, &[])),
        "iamtoken: error: IAM refused the request (401 Unauthorized; empty body)"
    );
    assert!(fail(&iam.url, 3, &[]).contains("an HTML page titled \"Not Found\""));
}

#[test]
fn secrets_echoed_by_iam_are_redacted() {
    let iam = StandIn::scripted(vec![Reply::IamError(
        400,
        "BXNIM0415E",
        "Key SENTINEL-apikey-5b1e not found",
    )]);
    assert!(fail(&iam.url, 3, &[]).contains("Key [redacted] not found"));
}

#[test]
fn rate_limits_and_server_errors_are_exit_4() {
    let page = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    let iam = StandIn::scripted(vec![
        Reply::IamError(429, "BXNIM0429E", "Too many requests"),
        Reply::IamError(500, "BXNIM0050E", "Internal error"),
        Reply::Raw(502, "text/html", page.to_vec()),
        Reply::Raw(503, "text/plain", b"upstream connect error".to_vec()),
    ]);
    let stderr = fail(&iam.url, 4, &[]);
    assert_eq!(
        first_line(&stderr),
        "iamtoken: error: IAM is rate-limiting requests (429 BXNIM0429E): Too many requests [request id req-7f3a]"
    );
    assert!(stderr.contains("iamtoken: hint: "));
    assert!(fail(&iam.url, 4, &[]).contains("IAM is unavailable (500 BXNIM0050E)"));
    assert_eq!(
        first_line(&fail(&iam.url, 4, &[])),
        "iamtoken: error: IAM is unavailable (502 Bad Gateway; an HTML page titled \"502 Bad Gateway\")"
    );
    assert_eq!(
        first_line(&fail(&iam.url, 4, &[])),
        "iamtoken: error: IAM is unavailable (503 Service Unavailable; 22 bytes of text/plain)"
    );
}

#[test]
fn answers_that_are_not_tokens_are_exit_5() {
    let huge = vec![b' '; 2 * 1024 * 1024];
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (
            b"<html><title>Sign in</title></html>".to_vec(),
            "is not a JSON object (an HTML page titled \"Sign in\")",
        ),
        (
            br#"{"token_type":"Bearer","expires_in":3600}"#.to_vec(),
            "has no access_token",
        ),
        (
            br#"{"access_token":"t","expires_in":"3600"}"#.to_vec(),
            "invalid expires_in",
        ),
        (
            br#"{"access_token":"t","expires_in":-5}"#.to_vec(),
            "invalid expires_in",
        ),
        (
            b"\xff\xfe{\"access_token\":1}".to_vec(),
            "is not a JSON object",
        ),
        (huge, "larger than 1 MiB"),
    ];
    for (body, message) in cases {
        let iam = StandIn::scripted(vec![Reply::Raw(200, "application/json", body)]);
        let stderr = fail(&iam.url, 5, &[]);
        assert!(stderr.contains(message), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
}

#[test]
fn redirects_are_not_followed() {
    let elsewhere = StandIn::iam();
    let moved = format!(
        "HTTP/1.1 301 Moved Permanently\r\nLocation: {}/identity/token\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        elsewhere.url
    );
    let url = raw_server(Box::leak(moved.into_bytes().into_boxed_slice()));
    let stderr = fail(&url, 5, &[]);
    assert!(
        stderr.contains("IAM answered 301 Moved Permanently (a redirect to 127.0.0.1)"),
        "{stderr}"
    );
    assert!(elsewhere.received().is_empty(), "the redirect was followed");
}

#[test]
fn a_connection_reset_mid_body_is_exit_4() {
    let url = raw_server(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"access_token\":\"eyJ");
    let stderr = fail(&url, 4, &[]);
    assert!(stderr.contains("IAM at 127.0.0.1:"), "{stderr}");
}

#[test]
fn a_server_that_hangs_times_out_as_exit_4() {
    let iam = StandIn::scripted(vec![Reply::Hang(Duration::from_secs(5))]);
    let stderr = fail(&iam.url, 4, &["--timeout", "1"]);
    let host = iam.url.trim_start_matches("http://");
    assert_eq!(
        first_line(&stderr),
        format!("iamtoken: error: IAM at {host} did not answer within 1 s")
    );
    assert!(stderr.contains("--timeout"));
}

#[test]
fn a_refused_connection_names_the_host() {
    let url = closed_port_url();
    let host = url.trim_start_matches("http://");
    let stderr = fail(&url, 4, &[]);
    assert!(
        stderr.starts_with(&format!(
            "iamtoken: error: cannot connect to IAM at {host}: "
        )),
        "{stderr}"
    );
    assert!(stderr.to_lowercase().contains("refused"), "{stderr}");
}

#[test]
fn verbose_failures_leak_nothing_either() {
    let iam = StandIn::scripted(vec![Reply::IamError(
        400,
        "BXNIM0415E",
        "Provided API key could not be found.",
    )]);
    let stderr = fail(&iam.url, 3, &["-vv"]);
    assert!(stderr.contains("apikey=[redacted]"), "{stderr}");
}

#[test]
fn a_tls_handshake_failure_is_exit_4() {
    // An https:// URL whose server speaks plain HTTP: the handshake fails on the first reply.
    let url = raw_server(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
    let url = url.replace("http://", "https://");
    let stderr = fail(&url, 4, &[]);
    let host = url.trim_start_matches("https://");
    assert!(
        stderr.starts_with(&format!(
            "iamtoken: error: cannot connect to IAM at {host}: "
        )),
        "{stderr}"
    );
}

#[test]
fn a_body_that_stops_after_the_headers_times_out_as_exit_4() {
    let head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{";
    let url = raw_server_holding(head, Duration::from_secs(5));
    let host = url.trim_start_matches("http://").to_owned();
    let stderr = fail(&url, 4, &["--timeout", "1"]);
    assert_eq!(
        first_line(&stderr),
        format!("iamtoken: error: IAM at {host} did not answer within 1 s")
    );
}

/// A server that drips its body a byte at a time never lets a per-read timeout fire: the
/// deadline bounds the whole attempt, so two attempts of 2 s end well within 10 s.
#[test]
fn a_dripping_body_is_cut_at_the_attempt_deadline() {
    let (url, accepted) = crate::support::dripping_server(
        Vec::new(),
        crate::support::DRIPPING_HEAD,
        Duration::from_millis(300),
    );
    let host = url.trim_start_matches("http://").to_owned();
    let home = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let out = iamtoken(&home)
        .args([
            "--iam-url",
            &url,
            "--timeout",
            "2s",
            "--retries",
            "1",
            "-o",
            "token",
        ])
        .args(["apikey", "--apikey", KEY])
        .timeout(Duration::from_secs(30))
        .assert()
        .code(4)
        .stdout("")
        .get_output()
        .stderr
        .clone();
    let took = started.elapsed();
    let stderr = String::from_utf8(out).unwrap();
    assert!(took < Duration::from_secs(10), "took {took:?}: {stderr}");
    assert!(
        took >= Duration::from_secs(4),
        "two attempts of 2 s took {took:?}"
    );
    assert_eq!(
        first_line(&stderr),
        format!("iamtoken: error: IAM at {host} did not answer within 2 s (after 2 attempts)")
    );
    assert_eq!(accepted.load(std::sync::atomic::Ordering::SeqCst), 2);
    assert!(!stderr.contains("SENTINEL"), "{stderr}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_64_mib_answer_is_cut_at_1_mib_and_memory_stays_flat() {
    let iam = StandIn::scripted(vec![Reply::Huge(64 * 1024 * 1024)]);
    let home = tempfile::tempdir().unwrap();
    // GNU time reports the peak resident set size in KiB.
    let out = crate::support::bounded("/usr/bin/time", &home)
        .args(["-f", "peak-rss-kib=%M"])
        .arg(bin())
        .args([
            "--iam-url",
            &iam.url,
            "--retries",
            "0",
            "--no-cache",
            "apikey",
            "--apikey",
            KEY,
        ])
        .output()
        .expect("GNU time at /usr/bin/time (Debian package `time`)");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(5), "{stderr}");
    assert!(
        stderr.starts_with("iamtoken: error: IAM's answer is larger than 1 MiB\n"),
        "{stderr}"
    );
    let peak: u64 = stderr
        .lines()
        .find_map(|l| l.strip_prefix("peak-rss-kib="))
        .and_then(|kib| kib.trim().parse().ok())
        .unwrap();
    assert!(
        peak < 24 * 1024,
        "peak RSS {peak} KiB: the body was not capped"
    );
}
