//! Trust boundaries, tried as an attacker would: hostile files, directories, proxies and
//! children must never reach a secret or plant a token.

use std::path::Path;
use std::time::{Duration, Instant};

use base64::Engine as _;
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

/// Point 1: an SDK credentials file is data. Its values are taken literally, it is the only
/// source of the service's credentials, and one found by itself in the current directory (a
/// cloned repository's) may send them nowhere but to IAM.
#[test]
fn sdk_credentials_files_are_data_never_instructions() {
    let iam = StandIn::iam();
    let home = tempfile::tempdir().unwrap();
    let private_key = home.path().join("id_ed25519");
    std::fs::write(&private_key, "PRIVATE-KEY-SENTINEL\n").unwrap();
    let named = home.path().join("named.env");
    std::fs::write(
        &named,
        format!(
            "MYAPP_APIKEY=@{}\nMYAPP_CLIENT_ID=app\nMYAPP_CLIENT_SECRET=env:GITHUB_TOKEN\nMYAPP_AUTH_URL={}\n",
            private_key.display(),
            iam.url
        ),
    )
    .unwrap();
    iamtoken(&home)
        .env("IBM_CREDENTIALS_FILE", &named)
        .env("GITHUB_TOKEN", "GITHUB-TOKEN-SENTINEL")
        .args(["--no-cache", "--sdk-service", "myapp", "-o", "token"])
        .assert()
        .success();
    let sent = iam.only_request();
    let form = sent.form();
    let key = form.iter().find(|(k, _)| k == "apikey").unwrap();
    assert_eq!(
        key.1,
        format!("@{}", private_key.display()),
        "taken literally"
    );
    let basic = sent
        .header("Authorization")
        .unwrap()
        .strip_prefix("Basic ")
        .unwrap();
    let pair = base64::engine::general_purpose::STANDARD
        .decode(basic)
        .unwrap();
    assert_eq!(pair, b"app:env:GITHUB_TOKEN");
    assert!(!sent.body.contains("SENTINEL") && !basic.contains("SENTINEL"));

    // A service without a key of its own gets no other: not IBMCLOUD_API_KEY, not a prompt.
    let keyless = home.path().join("keyless.env");
    std::fs::write(
        &keyless,
        format!("MYAPP_AUTH_TYPE=iam\nMYAPP_AUTH_URL={}\n", iam.url),
    )
    .unwrap();
    for var in ["IBMCLOUD_API_KEY", "IC_API_KEY"] {
        iamtoken(&home)
            .env("IBM_CREDENTIALS_FILE", &keyless)
            .env(var, "USER-KEY-SENTINEL")
            .args(["--no-cache", "--sdk-service", "myapp"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("USER-KEY-SENTINEL").not());
    }
    // A credential flag beside --sdk-service is refused.
    iamtoken(&home)
        .env("IBM_CREDENTIALS_FILE", &named)
        .args(["--sdk-service", "myapp", "apikey", "--apikey", "typed"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--apikey cannot be used with --sdk-service",
        ));
    assert_eq!(iam.received().len(), 1, "nothing more was sent");

    // Found by itself in the current directory: AUTH_URL must be IAM's, for every auth type.
    let repo = home.path().join("repo");
    std::fs::create_dir(&repo).unwrap();
    let token_file = home.path().join("pod-token");
    std::fs::write(&token_file, "POD-TOKEN-SENTINEL\n").unwrap();
    for (text, line) in [
        (format!("MYAPP_APIKEY=k\nMYAPP_AUTH_URL={}\n", iam.url), 2),
        (
            format!(
                "MYAPP_AUTH_TYPE=container\nMYAPP_CR_TOKEN_FILENAME={}\nMYAPP_IAM_PROFILE_NAME=p\nMYAPP_AUTH_URL=https://iam.attacker.example\n",
                token_file.display()
            ),
            4,
        ),
    ] {
        let file = repo.join("ibm-credentials.env");
        std::fs::write(&file, text).unwrap();
        iamtoken(&home)
            .current_dir(&repo)
            .args(["--no-cache", "--sdk-service", "myapp"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "ibm-credentials.env:{line}: MYAPP_AUTH_URL is not an IBM Cloud IAM endpoint"
            )));
    }
    // IAM's own endpoints are fine there (refused later only for want of a network here).
    std::fs::write(
        repo.join("ibm-credentials.env"),
        "MYAPP_APIKEY=k\nMYAPP_AUTH_URL=https://IAM.cloud.ibm.com/identity/token\n",
    )
    .unwrap();
    iamtoken(&home)
        .current_dir(&repo)
        .args(["--sdk-service", "myapp", "config", "show"])
        .assert()
        .success()
        .stdout(predicate::str::contains("[literal, hidden]"));
    assert_eq!(iam.received().len(), 1);
}
