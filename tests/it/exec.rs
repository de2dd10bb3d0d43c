//! `iamtoken exec`: the token reaches the command's environment, never stdout.

use std::time::Duration;

use predicates::prelude::*;

use crate::support::{
    ACCESS_TOKEN, EXPIRATION, StandIn, bin, finish, iamtoken, wait_until, with_default_signals,
    with_expiry,
};

const PRINT: &str = r#"printf '%s|%s|%s' "$IBMCLOUD_IAM_TOKEN" "$IBMCLOUD_IAM_TOKEN_EXPIRATION" "${IBMCLOUD_IAM_REFRESH_TOKEN-unset}""#;

#[test]
fn the_command_gets_the_token_in_its_environment() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "exec",
            "apikey",
            "--apikey",
            "SENTINEL-exec",
            "--",
            "sh",
            "-c",
            PRINT,
        ])
        .assert()
        .success()
        .stdout(with_expiry(format!("{ACCESS_TOKEN}|{EXPIRATION}|unset")))
        .stderr("");
    // Options between exec and the grant.
    iamtoken(&home)
        .args([
            "exec",
            "--no-cache",
            "-v",
            "apikey",
            "--apikey",
            "k",
            "--iam-url",
            &iam.url,
        ])
        .args(["--", "sh", "-c", PRINT])
        .assert()
        .success()
        .stdout(with_expiry(format!("{ACCESS_TOKEN}|{EXPIRATION}|unset")))
        .stderr(predicate::str::contains("iamtoken: > POST "));
    // Global options after the grant, and a grant with a usable refresh token.
    iamtoken(&home)
        .args([
            "exec",
            "password",
            "--username",
            "u",
            "--password",
            "p",
            "--iam-url",
            &iam.url,
            "--no-cache",
        ])
        .args(["--", "sh", "-c", PRINT])
        .assert()
        .success()
        .stdout(with_expiry(format!(
            "{ACCESS_TOKEN}|{EXPIRATION}|rt-usable-1"
        )));
}

#[test]
fn exit_codes_pass_through() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let exec = |script: &str| {
        iamtoken(&home)
            .args([
                "--iam-url",
                &iam.url,
                "exec",
                "apikey",
                "--apikey",
                "k",
                "--",
                "sh",
                "-c",
                script,
            ])
            .timeout(Duration::from_secs(20))
            .assert()
    };
    exec("exit 42").code(42);
    exec("kill -TERM $$").code(128 + 15);
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "exec",
            "apikey",
            "--apikey",
            "k",
            "--",
            "no-such-command-xyz",
        ])
        .assert()
        .code(127)
        .stderr("iamtoken: error: command not found: no-such-command-xyz\n");
    iamtoken(&home)
        .args(["--iam-url", &iam.url, "exec", "apikey", "--apikey", "k"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("exec needs the command after --"));
    iamtoken(&home)
        .args(["--iam-url", &iam.url, "exec", "cache", "list", "--", "true"])
        .assert()
        .code(2);
}

#[test]
fn a_failed_fetch_runs_nothing() {
    let home = tempfile::tempdir().unwrap();
    let marker = home.path().join("ran");
    iamtoken(&home)
        .args([
            "--iam-url",
            "http://127.0.0.1:9",
            "--retries",
            "0",
            "exec",
            "apikey",
            "--apikey",
            "k",
        ])
        .args(["--", "touch", marker.to_str().unwrap()])
        .assert()
        .code(4);
    assert!(!marker.exists());
}

#[test]
fn a_context_supplies_the_grant() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let config = format!(
        "[context.ci]\ngrant = \"apikey\"\napikey = \"env:CI_KEY\"\niam_url = \"{}\"\n",
        iam.url
    );
    crate::support::write_config(&home, &config);
    iamtoken(&home)
        .env("CI_KEY", "ci-key")
        .args(["--context", "ci", "exec", "--", "sh", "-c", PRINT])
        .assert()
        .success()
        .stdout(with_expiry(format!("{ACCESS_TOKEN}|{EXPIRATION}|unset")));
}

/// TERM, HUP (a hung-up terminal) and QUIT sent to iamtoken reach the command, whose trap
/// decides the exit code: no child is orphaned holding the token.
#[cfg(unix)]
#[test]
fn term_hup_and_quit_are_passed_on() {
    for (signal, code) in [("TERM", 7), ("HUP", 8), ("QUIT", 9)] {
        passed_on(signal, code);
    }
}

#[cfg(unix)]
fn passed_on(signal: &str, code: i32) {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let ready = home.path().join("ready");
    let script = format!(
        "trap 'exit {code}' {signal}; touch {}; while :; do sleep 0.05; done",
        ready.display()
    );
    let mut child = with_default_signals(bin(), &home)
        .args([
            "--iam-url",
            &iam.url,
            "exec",
            "apikey",
            "--apikey",
            "k",
            "--",
            "sh",
            "-c",
            &script,
        ])
        .spawn()
        .unwrap();
    wait_until(Duration::from_secs(10), "the command started", || {
        ready.exists()
    });
    let killed = crate::support::quick("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = finish(&mut child, Duration::from_secs(10));
    assert_eq!(
        status.code(),
        Some(code),
        "the command's {signal} trap decides the exit code"
    );
}

#[test]
fn help_for_the_grant_inside_exec() {
    let home = tempfile::tempdir().unwrap();
    iamtoken(&home)
        .args(["exec", "apikey", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Get a token for a user or service ID from an API key",
        ));
}

/// exec prints no token, so a typed -o is a mistake (exit 2, before anything runs); a
/// variable's or a context's format is a default for other commands and is ignored.
#[test]
fn a_typed_output_format_is_refused() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let marker = home.path().join("ran");
    let script = format!("touch {}", marker.display());
    for typed in [
        &["-o", "token", "exec"][..],
        &["exec", "-o", "json"],
        &["exec", "--output=export"],
    ] {
        iamtoken(&home)
            .args(["--iam-url", &iam.url])
            .args(typed)
            .args(["apikey", "--apikey", "k", "--", "sh", "-c", &script])
            .assert()
            .code(2)
            .stderr(predicate::str::starts_with(
                "iamtoken: error: -o means nothing to iamtoken exec: it prints no token\n",
            ));
    }
    assert!(!marker.exists() && iam.received().is_empty());
    iamtoken(&home)
        .env("IAMTOKEN_OUTPUT", "token")
        .args(["--iam-url", &iam.url, "exec", "apikey", "--apikey", "k"])
        .args(["--", "sh", "-c", &script])
        .assert()
        .success();
    assert!(marker.exists());
}

#[test]
fn exec_says_what_it_needs_and_exits_as_shells_do() {
    let home = tempfile::tempdir().unwrap();
    let iam = crate::support::StandIn::iam();
    for (args, message) in [
        (
            &["exec", "--", "true"][..],
            "exec needs a grant, or a context that has one",
        ),
        (
            &["exec", "inspect", "--", "true"],
            "exec takes a token from a grant; the word after exec is not one: the grants are apikey, ",
        ),
        (
            &["exec", "SENTINEL-key", "--", "true"],
            "exec takes a token from a grant;",
        ),
    ] {
        crate::support::iamtoken(&home)
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::starts_with(format!(
                "iamtoken: error: {message}"
            )))
            .stderr(predicate::str::contains("SENTINEL").not())
            .stderr(predicate::function(|e: &str| e.lines().count() == 2));
    }
    let not_executable = home.path().join("script.sh");
    std::fs::write(&not_executable, "#!/bin/sh\nexit 0\n").unwrap();
    for (command, code) in [
        ("no-such-command-anywhere", 127),
        (not_executable.to_str().unwrap(), 126),
    ] {
        crate::support::iamtoken(&home)
            .args([
                "--iam-url",
                &iam.url,
                "exec",
                "apikey",
                "--apikey",
                "k",
                "--",
                command,
            ])
            .assert()
            .code(code);
    }
}
