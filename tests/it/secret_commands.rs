//! Secrets from a command (`cmd:`): run only on a cache miss, bounded, and never from a
//! variable's value, an SDK credentials file or a config file others could write.

use std::time::Duration;

use predicates::prelude::*;

use crate::support::{Reply, StandIn, iamtoken};

fn count(path: &std::path::Path) -> usize {
    std::fs::read_to_string(path).map_or(0, |t| t.lines().count())
}

#[test]
fn a_command_runs_once_across_cache_hits_and_again_after_expiry() {
    let home = tempfile::tempdir().unwrap();
    let counter = home.path().join("ran");
    // Four seconds: room for ten calls on a loaded machine, short enough to wait out.
    let iam = StandIn::scripted(vec![Reply::Token {
        expires_in: 4,
        left: 4,
        delay: Duration::ZERO,
    }]);
    let key = format!(
        "cmd:echo ran >> {}; printf 'key-from-cmd\\n'",
        counter.display()
    );
    let run = || {
        iamtoken(&home)
            .args([
                "--iam-url",
                &iam.url,
                "--min-ttl",
                "0",
                "-o",
                "token",
                "apikey",
                "--apikey",
                &key,
            ])
            .assert()
            .success();
    };
    for _ in 0..10 {
        run();
    }
    assert_eq!(count(&counter), 1, "the command ran once for ten calls");
    assert_eq!(iam.received().len(), 1);
    assert!(
        iam.only_request()
            .form()
            .contains(&("apikey".into(), "key-from-cmd".into()))
    );
    std::thread::sleep(Duration::from_millis(4200));
    run();
    assert_eq!(
        count(&counter),
        2,
        "the entry expired: the command ran again"
    );
    assert_eq!(iam.received().len(), 2);
}

#[test]
fn a_command_in_a_context_as_argv() {
    use std::os::unix::fs::PermissionsExt as _;
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let dir = crate::support::config_file(&home)
        .parent()
        .unwrap()
        .to_owned();
    std::fs::create_dir_all(dir.join("bin")).unwrap();
    let script = dir.join("bin/get-key");
    std::fs::write(&script, "#!/bin/sh\nprintf 'argv-key:%s' \"$1\"\n").unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[context.ci]\ngrant = \"apikey\"\napikey = {{ cmd = [\"bin/get-key\", \"a b\"] }}\niam_url = \"{}\"\n",
            iam.url
        ),
    )
    .unwrap();
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
    iamtoken(&home)
        .args(["--context", "ci", "-o", "token"])
        .assert()
        .success();
    assert!(
        iam.only_request()
            .form()
            .contains(&("apikey".into(), "argv-key:a b".into()))
    );
    iamtoken(&home)
        .args(["config", "show", "ci"])
        .assert()
        .success()
        .stdout(predicate::str::contains("{ cmd = ["));
    // A config file others may write, or another user's, may not run commands.
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o664)).unwrap();
    iamtoken(&home)
        .args(["--context", "ci"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{}:3: context.ci.apikey runs a command, but",
            config.display()
        )));
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::os::unix::fs::chown(&config, Some(4242), Some(4242)).expect("run as root");
    iamtoken(&home).args(["--context", "ci"]).assert().code(2);
    assert_eq!(iam.received().len(), 1);
}

#[test]
fn failing_silent_slow_and_huge_commands() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let mark = home.path().join("survivor");
    let run = |command: String, extra: &[&str]| {
        iamtoken(&home)
            .args(["--iam-url", &iam.url, "--no-cache"])
            .args(extra)
            .args(["apikey", "--apikey", &command])
            .assert()
            .code(2)
    };
    run("cmd:printf SENTINEL-output; exit 3".into(), &[])
        .stderr(predicate::str::contains(
            "the secret command failed (exit status: 3)",
        ))
        .stderr(predicate::str::contains("SENTINEL").not());
    run("cmd:true".into(), &[]).stderr(predicate::str::contains("--apikey is empty"));
    run("cmd:head -c 2000000 /dev/zero | tr '\\0' a".into(), &[])
        .stderr(predicate::str::contains("over 1 MiB"));
    // A command that outlives the timeout, with a child of its own that would leave a mark
    // after 2 s: iamtoken stops the whole group at 1 s, so iamtoken is back before the mark
    // (it did not wait for the command), and the child is gone.
    let pid_file = home.path().join("child.pid");
    run(
        format!(
            "cmd:(sleep 2; touch {}) & echo $! > {}; sleep 10",
            mark.display(),
            pid_file.display()
        ),
        &["--secret-command-timeout", "1s"],
    )
    .stderr(predicate::str::contains("did not finish within 1 s"));
    assert!(!mark.exists(), "iamtoken waited for the command");
    let child: i32 = std::fs::read_to_string(&pid_file)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let child = rustix::process::Pid::from_raw(child).unwrap();
    crate::support::wait_until(Duration::from_secs(5), "the child to be stopped", || {
        rustix::process::test_kill_process(child).is_err()
    });
    assert!(
        !mark.exists(),
        "the command's whole process group was stopped"
    );
    assert!(iam.received().is_empty());
}

#[test]
fn a_variable_or_an_sdk_file_holding_cmd_is_a_value_not_a_command() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let pwned = home.path().join("pwned");
    let value = format!("cmd:touch {}", pwned.display());
    iamtoken(&home)
        .env("IBMCLOUD_API_KEY", &value)
        .args(["--iam-url", &iam.url, "--no-cache", "apikey"])
        .assert()
        .success();
    assert!(
        iam.only_request()
            .form()
            .contains(&("apikey".into(), value.clone()))
    );
    let creds = home.path().join("creds.env");
    std::fs::write(
        &creds,
        format!("SVC_APIKEY={value}\nSVC_AUTH_URL={}\n", iam.url),
    )
    .unwrap();
    iamtoken(&home)
        .env("IBM_CREDENTIALS_FILE", &creds)
        .args(["--no-cache", "--sdk-service", "svc"])
        .assert()
        .success();
    assert!(!pwned.exists(), "no command ran");
    assert_eq!(iam.received().len(), 2);
}

#[test]
fn what_a_command_printed_is_scrubbed_like_any_secret() {
    let home = tempfile::tempdir().unwrap();
    let echo = serde_json::json!({
        "errorCode": "BXNIM0415E",
        "errorMessage": "Provided API key SENTINEL-cmd-key could not be found.",
    });
    let iam = StandIn::scripted(vec![Reply::Raw(
        400,
        "application/json",
        echo.to_string().into_bytes(),
    )]);
    let out = iamtoken(&home)
        .args([
            "-vv",
            "--iam-url",
            &iam.url,
            "apikey",
            "--apikey",
            "cmd:printf SENTINEL-cmd-key",
        ])
        .assert()
        .code(3);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(!stderr.contains("SENTINEL"), "{stderr}");
    assert!(stderr.contains("apikey=[redacted]"), "{stderr}");
}

/// On a terminal the command may prompt: it gets the terminal as its stdin and is not stopped
/// for reading it (a background process group would be).
#[test]
fn a_command_may_prompt_on_the_terminal() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    // The command asks on the terminal itself, then reads the answer.
    let inner = format!(
        "{} --iam-url {} --no-cache -o token apikey --apikey 'cmd:printf \"Key? \" >/dev/tty; read k; printf %s \"$k\"'",
        crate::support::bin().display(),
        iam.url
    );
    let mut script = crate::support::isolated("script", &home);
    script.args(["-qec", &inner, "/dev/null"]);
    let (status, shown) = crate::support::type_at_prompt(
        script,
        "Key? ",
        b"typed-for-cmd\n",
        Duration::from_secs(10),
    );
    assert!(status.success(), "{shown}");
    assert!(
        iam.only_request()
            .form()
            .contains(&("apikey".into(), "typed-for-cmd".into()))
    );
}

/// A command that prints the key and leaves behind a process that escaped its group (its own
/// session) holding the output: iamtoken's deadline wins, it stops reading there. (Its stderr
/// goes elsewhere, or this test would wait for the end of iamtoken's stderr.)
#[test]
fn a_process_left_holding_the_output_cannot_stretch_the_deadline() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let pid_file = home.path().join("escaped.pid");
    // The leftover writes its pid once it has left the group; the command waits for that.
    let command = format!(
        "cmd:printf SENTINEL-key; setsid sh -c 'echo $$ > {pid}; exec sleep 40' 2>/dev/null & \
         until [ -s {pid} ]; do sleep 0.05; done",
        pid = pid_file.display()
    );
    let started = std::time::Instant::now();
    iamtoken(&home)
        .args(["--iam-url", &iam.url, "--no-cache"])
        .args([
            "--secret-command-timeout",
            "2s",
            "apikey",
            "--apikey",
            &command,
        ])
        .timeout(Duration::from_secs(30))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "the secret command exited, but something it started still held its output after 2 s",
        ))
        .stderr(predicate::str::contains("SENTINEL").not());
    let took = started.elapsed();
    let escaped: i32 = std::fs::read_to_string(&pid_file)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let _ = rustix::process::kill_process(
        rustix::process::Pid::from_raw(escaped).unwrap(),
        rustix::process::Signal::KILL,
    );
    assert!(took < Duration::from_secs(6), "took {took:?}");
    assert!(iam.received().is_empty());
}
