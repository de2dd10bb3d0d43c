//! Trust boundaries, tried as an attacker would: hostile files, directories, proxies and
//! children must never reach a secret or plant a token.

use std::path::Path;
use std::time::{Duration, Instant};

use predicates::prelude::*;

use crate::support::{StandIn, iamtoken};

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

/// Point 10: every file iamtoken reads by itself is bounded and must be a regular file; a FIFO
/// where the config belongs used to block even `--version`.
#[test]
fn files_it_reads_are_regular_and_bounded_and_never_block() {
    let home = tempfile::tempdir().unwrap();
    let fifo = home.path().join("fifo");
    mkfifo(&fifo);
    let started = Instant::now();
    iamtoken(&home)
        .env("IAMTOKEN_CONFIG", &fifo)
        .arg("--version")
        .timeout(Duration::from_secs(10))
        .assert()
        .success();
    iamtoken(&home)
        .env("IAMTOKEN_CONFIG", &fifo)
        .args(["config", "list"])
        .timeout(Duration::from_secs(10))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a regular file"));
    let iam = StandIn::iam();
    for (name, value) in [
        ("IAMTOKEN_CA_BUNDLE", &fifo),
        ("IBM_CREDENTIALS_FILE", &fifo),
    ] {
        iamtoken(&home)
            .env(name, value)
            .args(["--iam-url", &iam.url, "--sdk-service", "svc", "-o", "token"])
            .env("SVC_APIKEY", "k")
            .timeout(Duration::from_secs(10))
            .assert()
            .code(2)
            .stderr(predicate::str::contains("not a regular file"));
    }
    assert!(started.elapsed() < Duration::from_secs(10));

    // Too large a config file is refused; a symlink to a good one is followed; /dev/null is an
    // empty config.
    let big = home.path().join("big.toml");
    std::fs::write(&big, format!("# {}\n", "x".repeat(1024 * 1024))).unwrap();
    iamtoken(&home)
        .env("IAMTOKEN_CONFIG", &big)
        .args(["config", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("larger than 1 MiB"));
    let real = home.path().join("real.toml");
    std::fs::write(&real, "[context.a]\ngrant = \"apikey\"\n").unwrap();
    let link = home.path().join("link.toml");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    iamtoken(&home)
        .env("IAMTOKEN_CONFIG", &link)
        .args(["config", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("a  apikey"));
    iamtoken(&home)
        .env("IAMTOKEN_CONFIG", "/dev/null")
        .args(["config", "list"])
        .assert()
        .success()
        .stdout("");
    // `@PATH` secrets still take a FIFO (`--apikey @<(pass show ibm)`).
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::write(fifo, "fifo-key\n").unwrap())
    };
    iamtoken(&home)
        .args(["--iam-url", &iam.url, "--no-cache", "-o", "token", "apikey"])
        .arg(format!("--apikey=@{}", fifo.display()))
        .timeout(Duration::from_secs(10))
        .assert()
        .success();
    writer.join().unwrap();
    assert!(
        iam.received()
            .iter()
            .any(|r| r.body.contains("apikey=fifo-key"))
    );
}
