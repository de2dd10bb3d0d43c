//! Compute resources without flags: cr-token's token files, and the VPC metadata service.

use predicates::prelude::*;

use crate::support::{
    ACCESS_TOKEN, CR_GRANT, INSTANCE_IDENTITY_TOKEN, StandIn, iamtoken, metadata_stand_in,
};

fn cr_token_sent(iam: &StandIn) -> String {
    let form = iam.received().last().unwrap().form();
    assert_eq!(form[0].1, CR_GRANT);
    form.into_iter().find(|(k, _)| k == "cr_token").unwrap().1
}

#[test]
fn cr_token_files_are_searched_in_order_and_read_every_run() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let (first, second) = (
        home.path().join("vault-token"),
        home.path().join("sa-token"),
    );
    std::fs::write(&second, "eyJ.sa.one\n").unwrap();
    let paths = std::env::join_paths([&first, &second]).unwrap();
    let run = || {
        iamtoken(&home)
            .env("IAMTOKEN_CR_TOKEN_PATHS", &paths)
            .args(["--iam-url", &iam.url, "cr-token", "--profile-name", "app"])
            .assert()
    };
    run().success();
    assert_eq!(cr_token_sent(&iam), "eyJ.sa.one");
    // The projected token rotates: the new content is used (and is a new cache key).
    std::fs::write(&second, "eyJ.sa.two").unwrap();
    run().success();
    assert_eq!(cr_token_sent(&iam), "eyJ.sa.two");
    std::fs::write(&first, "eyJ.vault").unwrap();
    run().success();
    assert_eq!(cr_token_sent(&iam), "eyJ.vault");
    std::fs::write(&first, "").unwrap();
    run()
        .code(2)
        .stderr(predicate::str::contains("--cr-token is empty (read from"));
}

#[test]
fn no_token_file_lists_the_paths_tried() {
    let home = tempfile::tempdir().unwrap();
    let missing = home.path().join("missing");
    iamtoken(&home)
        .env("IAMTOKEN_CR_TOKEN_PATHS", &missing)
        .args(["--iam-url", "http://127.0.0.1:9", "cr-token"])
        .assert()
        .code(2)
        .stderr(format!(
            "iamtoken: error: no compute resource token found\niamtoken: hint: pass --cr-token, --cr-token-file or IBMCLOUD_CR_TOKEN; tried {}\n",
            missing.display()
        ));
}

#[test]
fn cr_token_file_flag() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let file = home.path().join("token");
    std::fs::write(&file, "eyJ.from.flag").unwrap();
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "cr-token",
            "--cr-token-file",
            file.to_str().unwrap(),
        ])
        .assert()
        .success();
    assert_eq!(cr_token_sent(&iam), "eyJ.from.flag");
}

#[test]
fn vpc_exchanges_an_instance_identity_token() {
    let home = tempfile::tempdir().unwrap();
    let ims = metadata_stand_in(None);
    let run = |args: &[&str]| {
        iamtoken(&home)
            .args([
                "vpc",
                "--metadata-url",
                &ims.url,
                "--no-cache",
                "-o",
                "token",
            ])
            .args(args)
            .assert()
            .success()
            .stdout(format!("{ACCESS_TOKEN}\n"))
            .stderr("");
    };
    run(&[]);
    let got = ims.received();
    assert_eq!(got.len(), 2);
    assert_eq!(
        (got[0].method.as_str(), got[0].url.as_str()),
        ("PUT", "/instance_identity/v1/token?version=2022-03-01")
    );
    assert_eq!(
        got[1].header("Authorization"),
        Some(format!("Bearer {INSTANCE_IDENTITY_TOKEN}").as_str())
    );
    assert_eq!(got[1].body, "", "no profile: the default linked one");
    run(&["--profile-id", "Profile-1"]);
    let body: serde_json::Value = serde_json::from_str(&ims.received()[3].body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"trusted_profile": {"id": "Profile-1"}})
    );
    run(&["--profile-crn", "crn:v1:x"]);
    let body: serde_json::Value = serde_json::from_str(&ims.received()[5].body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"trusted_profile": {"crn": "crn:v1:x"}})
    );
}

#[test]
fn vpc_goes_through_the_cache_and_the_formats() {
    let home = tempfile::tempdir().unwrap();
    let ims = metadata_stand_in(None);
    for _ in 0..2 {
        let out = iamtoken(&home)
            .env("IBMCLOUD_CR_VPC_URL", &ims.url)
            .args(["vpc", "-o", "export"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let lines = String::from_utf8(out).unwrap();
        assert!(
            lines.starts_with(&format!(
                "export IBMCLOUD_IAM_TOKEN='{ACCESS_TOKEN}';\nexport IBMCLOUD_IAM_TOKEN_EXPIRATION='"
            )),
            "{lines}"
        );
    }
    assert_eq!(ims.received().len(), 2, "the second run was a cache hit");
    iamtoken(&home)
        .args(["cache", "list"])
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"\n[0-9a-f]{12}  vpc  ").unwrap());
}

#[test]
fn vpc_errors() {
    let home = tempfile::tempdir().unwrap();
    let down = metadata_stand_in(Some(503));
    iamtoken(&home)
        .args(["vpc", "--metadata-url", &down.url, "--retries", "1", "--no-cache"])
        .assert()
        .code(4)
        .stderr(predicate::str::starts_with(
            "iamtoken: error: instance identity token: 503 Service Unavailable; internal_error: metadata service unavailable (after 2 attempts)",
        ));
    iamtoken(&home)
        .args([
            "vpc",
            "--metadata-url",
            "http://127.0.0.1:9",
            "--retries",
            "0",
        ])
        .assert()
        .code(4)
        .stderr(predicate::str::contains(
            "cannot connect to the metadata service at 127.0.0.1: ",
        ))
        .stderr(predicate::str::ends_with(
            "\niamtoken: hint: vpc works on an IBM Cloud VPC virtual server whose metadata service is turned on; elsewhere, use apikey, assume or cr-token\n",
        ));
    // A service there that refuses: the same hint; one that is unavailable: none of it.
    let refusing = metadata_stand_in(Some(404));
    iamtoken(&home)
        .args(["vpc", "--metadata-url", &refusing.url, "--no-cache"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "hint: vpc works on an IBM Cloud VPC virtual server",
        ));
    iamtoken(&home)
        .args([
            "vpc",
            "--metadata-url",
            &down.url,
            "--retries",
            "0",
            "--no-cache",
        ])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("VPC virtual server").not());
    iamtoken(&home)
        .args(["vpc", "--profile-id", "a", "--profile-crn", "b"])
        .assert()
        .code(2);
}

/// `vpc -v` traces each exchange with the metadata service as the IAM grants trace theirs:
/// the request, then the answer's status and time; never a token.
#[test]
fn vpc_verbose_traces_the_answers_too() {
    let home = tempfile::tempdir().unwrap();
    let ims = metadata_stand_in(None);
    let out = iamtoken(&home)
        .args([
            "-v",
            "vpc",
            "--metadata-url",
            &ims.url,
            "--no-cache",
            "-o",
            "token",
        ])
        .assert()
        .success()
        .get_output()
        .stderr
        .clone();
    let said = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = said.lines().collect();
    let sent = lines
        .iter()
        .filter(|l| l.starts_with("iamtoken: > "))
        .count();
    let answered: Vec<&&str> = lines
        .iter()
        .filter(|l| l.starts_with("iamtoken: < 200 OK in "))
        .collect();
    assert_eq!((sent, answered.len()), (2, 2), "{said}");
    assert!(
        !said.contains(INSTANCE_IDENTITY_TOKEN) && !said.contains(ACCESS_TOKEN),
        "{said}"
    );
}
