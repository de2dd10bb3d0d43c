//! CI output formats: GitHub Actions, GitLab dotenv, Kubernetes ExecCredential.

use predicates::prelude::*;

use crate::support::{ACCESS_TOKEN, EXPIRATION, Reply, StandIn, iamtoken, with_expiry};

/// Reads a `$GITHUB_ENV` file the way the runner does: `NAME=value` or `NAME<<DELIM` ... `DELIM`.
fn github_env(text: &str) -> Vec<(String, String)> {
    let mut vars = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let (name, delimiter) = line.split_once("<<").unwrap();
        let mut value = Vec::new();
        for line in lines.by_ref() {
            if line == delimiter {
                break;
            }
            value.push(line);
        }
        vars.push((name.to_owned(), value.join("\n")));
    }
    vars
}

#[test]
fn github_masks_the_token_and_appends_to_github_env() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let env_file = home.path().join("github_env");
    std::fs::write(&env_file, "EARLIER=1\n".replace("EARLIER=1\n", "")).unwrap();
    iamtoken(&home)
        .env("GITHUB_ENV", &env_file)
        .args([
            "--iam-url",
            &iam.url,
            "-o",
            "github",
            "password",
            "--username",
            "u",
            "--password",
            "p",
        ])
        .assert()
        .success()
        .stdout(format!(
            "::add-mask::{ACCESS_TOKEN}\n::add-mask::rt-usable-1\n"
        ));
    let vars = github_env(&std::fs::read_to_string(&env_file).unwrap());
    let names: Vec<&str> = vars.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "IBMCLOUD_IAM_TOKEN",
            "IBMCLOUD_IAM_TOKEN_EXPIRATION",
            "IBMCLOUD_IAM_REFRESH_TOKEN"
        ]
    );
    assert_eq!(vars[0].1, ACCESS_TOKEN);
    assert_eq!(vars[2].1, "rt-usable-1");
}

#[test]
fn github_without_github_env_fails_before_any_request() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    iamtoken(&home)
        .env_remove("GITHUB_ENV")
        .args([
            "--iam-url",
            &iam.url,
            "-o",
            "github",
            "apikey",
            "--apikey",
            "k",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "iamtoken: error: -o github needs GITHUB_ENV",
        ));
    assert!(iam.received().is_empty());
}

#[test]
fn gitlab_dotenv_lines() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "-o",
            "gitlab",
            "apikey",
            "--apikey",
            "k",
        ])
        .assert()
        .success()
        .stdout(with_expiry(format!(
            "IBMCLOUD_IAM_TOKEN={ACCESS_TOKEN}\nIBMCLOUD_IAM_TOKEN_EXPIRATION={EXPIRATION}\n"
        )));
}

#[test]
fn exec_credential_for_kubernetes_and_repeated_calls_are_free() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::scripted(vec![Reply::fresh(3600)]);
    let mut outputs = Vec::new();
    for _ in 0..3 {
        let out = iamtoken(&home)
            .args([
                "--iam-url",
                &iam.url,
                "-o",
                "exec-credential",
                "apikey",
                "--apikey",
                "k",
            ])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        outputs.push(serde_json::from_slice::<serde_json::Value>(&out).unwrap());
    }
    assert_eq!(iam.received().len(), 1);
    let credential = &outputs[2];
    assert_eq!(credential["kind"], "ExecCredential");
    assert_eq!(credential["apiVersion"], "client.authentication.k8s.io/v1");
    assert_eq!(credential["status"]["token"], ACCESS_TOKEN);
    let at = credential["status"]["expirationTimestamp"]
        .as_str()
        .unwrap();
    assert!(
        predicate::str::is_match(r"^20\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
            .unwrap()
            .eval(at),
        "{at}"
    );
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "-o",
            "exec-credential",
            "delegated",
            "--apikey",
            "k",
        ])
        .args(["--receiver-client-ids", "kube"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "-o exec-credential needs an access token",
        ));
}
