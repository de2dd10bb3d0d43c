//! Each grant's exact wire request, and IAM's answer coming back out.

use predicates::prelude::*;

use crate::support::{
    ACCESS_TOKEN, APIKEY_GRANT, ASSUME_GRANT, AUTHZ_GRANT, CR_GRANT, StandIn, iamtoken,
};

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// Runs `args` against a fresh stand-in, expects success and returns the one request.
fn fetch(args: &[&str]) -> crate::support::Received {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    iamtoken(&home)
        .args(["--iam-url", &iam.url, "-o", "token"])
        .args(args)
        .assert()
        .success()
        .stderr("");
    iam.only_request()
}

#[test]
fn apikey_request_is_exactly_what_the_contract_says() {
    let got = fetch(&["apikey", "--apikey", "key-123"]);
    assert_eq!(got.method, "POST");
    assert_eq!(got.url, "/identity/token");
    assert_eq!(
        got.form(),
        pairs(&[
            ("grant_type", APIKEY_GRANT),
            ("apikey", "key-123"),
            ("response_type", "cloud_iam")
        ])
    );
    assert_eq!(
        got.header("Content-Type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(got.header("Accept"), Some("application/json"));
    let ua = got.header("User-Agent").unwrap();
    let expected = format!(
        "iamtoken/{} ({}; {})",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
        std::env::consts::ARCH
    );
    assert_eq!(ua, expected);
    assert_eq!(got.header("Authorization"), None);
    assert_eq!(got.header("IBM-Cloud-Tenant"), None);
}

#[test]
fn tenant_header() {
    let got = fetch(&["apikey", "--apikey", "k", "--tenant", "acc1,ent2"]);
    assert_eq!(got.header("IBM-Cloud-Tenant"), Some("acc1,ent2"));
}

#[test]
fn global_flags_work_after_the_subcommand_too() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    iamtoken(&home)
        .args(["apikey", "--apikey", "k", "-o", "token", "--iam-url"])
        .arg(format!("{}/identity/token", iam.url))
        .assert()
        .success()
        .stdout(format!("{ACCESS_TOKEN}\n"));
    assert_eq!(iam.only_request().url, "/identity/token");
}

#[test]
fn iam_url_from_the_environment() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    iamtoken(&home)
        .env("IBMCLOUD_IAM_API_ENDPOINT", format!("{}/", iam.url))
        .args(["apikey", "--apikey", "k", "-o", "token"])
        .assert()
        .success();
    assert_eq!(iam.received().len(), 1);
}

#[test]
fn delegated_refresh_token_only() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "delegated",
            "--apikey",
            "k",
            "--receiver-client-ids",
            "kube",
        ])
        .args(["-o", "token"])
        .assert()
        .success()
        .stdout("drt-opaque-1\n");
    assert_eq!(
        iam.only_request().form(),
        pairs(&[
            ("grant_type", APIKEY_GRANT),
            ("apikey", "k"),
            ("response_type", "delegated_refresh_token"),
            ("receiver_client_ids", "kube"),
        ])
    );
}

#[test]
fn delegated_with_access_token_and_expiry() {
    let got = fetch(&[
        "delegated",
        "--apikey",
        "k",
        "--receiver-client-ids",
        "kube,ce",
        "--with-access-token",
        "--expiry",
        "3600",
        "--tenant",
        "acc",
    ]);
    assert_eq!(
        got.form(),
        pairs(&[
            ("grant_type", APIKEY_GRANT),
            ("apikey", "k"),
            ("response_type", "cloud_iam delegated_refresh_token"),
            ("receiver_client_ids", "kube,ce"),
            ("delegated_refresh_token_expiry", "3600"),
        ])
    );
    assert_eq!(got.header("IBM-Cloud-Tenant"), Some("acc"));
}

#[test]
fn delegated_header_output_needs_an_access_token() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "-o",
            "header",
            "delegated",
            "--apikey",
            "k",
        ])
        .args(["--receiver-client-ids", "kube"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--with-access-token"));
    assert!(iam.received().is_empty());
}

#[test]
fn assume_with_each_input_and_selector() {
    let cases: [(&[&str], &[(&str, &str)]); 3] = [
        (
            &["--access-token", "at-1", "--profile-id", "Profile-1"],
            &[("access_token", "at-1"), ("profile_id", "Profile-1")],
        ),
        (
            &[
                "--refresh-token",
                "rt-1",
                "--profile-crn",
                "crn:v1:bluemix:public:iam-identity::a/1::profile:Profile-1",
            ],
            &[
                ("refresh_token", "rt-1"),
                (
                    "profile_crn",
                    "crn:v1:bluemix:public:iam-identity::a/1::profile:Profile-1",
                ),
            ],
        ),
        (
            &[
                "--cookie",
                "ck-1",
                "--profile-name",
                "ci",
                "--account",
                "acc",
            ],
            &[
                ("cookie", "ck-1"),
                ("profile_name", "ci"),
                ("account", "acc"),
            ],
        ),
    ];
    for (args, fields) in cases {
        let got = fetch(&[&["assume"], args].concat());
        let mut want = pairs(&[("grant_type", ASSUME_GRANT)]);
        want.extend(pairs(fields));
        assert_eq!(got.form(), want);
        assert_eq!(got.header("Authorization"), None);
    }
}

#[test]
fn cr_token_with_profile_client_and_tenant() {
    let got = fetch(&[
        "cr-token",
        "--cr-token",
        "eyJ.cr.token",
        "--profile-id",
        "Profile-9",
        "--client-id",
        "svc",
        "--client-secret",
        "svc-secret",
        "--tenant",
        "acc",
    ]);
    assert_eq!(
        got.form(),
        pairs(&[
            ("grant_type", CR_GRANT),
            ("cr_token", "eyJ.cr.token"),
            ("profile_id", "Profile-9")
        ])
    );
    // base64("svc:svc-secret")
    assert_eq!(
        got.header("Authorization"),
        Some("Basic c3ZjOnN2Yy1zZWNyZXQ=")
    );
    assert_eq!(got.header("IBM-Cloud-Tenant"), Some("acc"));
}

#[test]
fn cr_token_from_the_environment_as_a_file() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("sa-token");
    std::fs::write(&file, "eyJ.from.file\n").unwrap();
    let iam = StandIn::iam();
    iamtoken(&home)
        .env("IBMCLOUD_CR_TOKEN", format!("@{}", file.display()))
        .args(["--iam-url", &iam.url, "cr-token", "--profile-name", "app"])
        .assert()
        .success();
    assert_eq!(
        iam.only_request().form(),
        pairs(&[
            ("grant_type", CR_GRANT),
            ("cr_token", "eyJ.from.file"),
            ("profile_name", "app")
        ])
    );
}

#[test]
fn iam_authz() {
    let got = fetch(&[
        "iam-authz",
        "--access-token",
        "at-2",
        "--desired-iam-id",
        "crn-crn:v1:x",
    ]);
    assert_eq!(
        got.form(),
        pairs(&[
            ("grant_type", AUTHZ_GRANT),
            ("access_token", "at-2"),
            ("desired_iam_id", "crn-crn:v1:x")
        ])
    );
}

#[test]
fn password_uses_the_cli_client_by_default() {
    let got = fetch(&[
        "password",
        "--username",
        "me@example.com",
        "--password",
        "pw",
        "--account",
        "acc",
    ]);
    assert_eq!(
        got.form(),
        pairs(&[
            ("grant_type", "password"),
            ("username", "me@example.com"),
            ("password", "pw"),
            ("account", "acc")
        ])
    );
    assert_eq!(got.header("Authorization"), Some("Basic Yng6Yng="));
}

#[test]
fn password_with_own_client() {
    let got = fetch(&[
        "password",
        "--username",
        "u",
        "--password",
        "pw",
        "--client-id",
        "kube",
        "--client-secret",
        "kube",
        "--tenant",
        "ent",
    ]);
    assert_eq!(got.header("Authorization"), Some("Basic a3ViZTprdWJl"));
    assert_eq!(got.header("IBM-Cloud-Tenant"), Some("ent"));
}

#[test]
fn refresh_with_the_default_and_an_own_client() {
    let got = fetch(&["refresh", "--refresh-token", "rt-9", "--account", "acc"]);
    assert_eq!(
        got.form(),
        pairs(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", "rt-9"),
            ("account", "acc")
        ])
    );
    assert_eq!(got.header("Authorization"), Some("Basic Yng6Yng="));
    let got = fetch(&[
        "refresh",
        "--refresh-token",
        "-rt",
        "--client-id",
        "kube",
        "--client-secret",
        "kube",
    ]);
    assert_eq!(got.form()[1], ("refresh_token".into(), "-rt".into()));
    assert_eq!(got.header("Authorization"), Some("Basic a3ViZTprdWJl"));
}

#[test]
fn delegated_json_carries_expires_at_like_every_grant() {
    let home = tempfile::tempdir().unwrap();
    let iam = crate::support::StandIn::iam();
    let expires_at = |extra: &[&str]| {
        let out = crate::support::iamtoken(&home)
            .args([
                "--iam-url",
                &iam.url,
                "--no-cache",
                "delegated",
                "--apikey",
                "k",
            ])
            .args(["--receiver-client-ids", "kube"])
            .args(extra)
            .assert()
            .success();
        let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        let at = humantime::parse_rfc3339(json["expires_at"].as_str().unwrap()).unwrap();
        i64::try_from(at.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()).unwrap()
    };
    let now = crate::support::now();
    // The delegated refresh token alone: receipt + IAM's 6-day default, or + --expiry.
    assert!((now + 518_395..=now + 518_405).contains(&expires_at(&[])));
    assert!((now + 3595..=now + 3605).contains(&expires_at(&["--expiry", "1h"])));
    // With an access token: the access token's expiry (an hour).
    assert!((now + 3590..=now + 3610).contains(&expires_at(&[
        "--with-access-token",
        "--expiry",
        "6d"
    ])));
}
