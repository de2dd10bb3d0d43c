//! `iamtoken check` against the stand-in IAM's token endpoint and API key details.

use predicates::prelude::*;
use serde_json::json;

use crate::support::{ACCESS_TOKEN, CR_GRANT, Reply, SUBJECT, StandIn, iamtoken, now};

const KEY: &str = "SENTINEL-check-key";

/// IAM's way of writing a time in key details: `yyyy-MM-ddTHH:mm+0000`.
fn iam_time(unix: i64) -> String {
    let at = std::time::UNIX_EPOCH + std::time::Duration::from_secs(unix.unsigned_abs());
    let rfc = humantime::format_rfc3339_seconds(at).to_string();
    format!("{}+0000", &rfc[..16])
}

fn details(extra: &serde_json::Value) -> Reply {
    let mut body = json!({
        "id": "ApiKey-0123", "name": "ci-deployer", "iam_id": SUBJECT,
        "account_id": "f71446b6474d45bf81196da45de13940",
        "created_at": "2026-01-01T12:00+0000", "locked": false, "disabled": false,
    });
    for (k, v) in extra.as_object().unwrap() {
        body[k] = v.clone();
    }
    Reply::Raw(200, "application/json", body.to_string().into_bytes())
}

fn check(iam: &StandIn, extra: &[&str]) -> assert_cmd::assert::Assert {
    let home = tempfile::tempdir().unwrap();
    iamtoken(&home)
        .args(["--iam-url", &iam.url, "check"])
        .args(extra)
        .args(["apikey", "--apikey", KEY])
        .assert()
}

#[test]
fn a_healthy_key_and_what_is_sent_for_its_details() {
    let iam = StandIn::scripted(vec![Reply::Iam, details(&json!({"locked": true}))]);
    let out = check(&iam, &[]).success().stderr("");
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    for row in [
        format!(r"(?m)^iam_id +{SUBJECT}$"),
        r"(?m)^apikey name +ci-deployer$".into(),
        r"(?m)^apikey id +ApiKey-0123$".into(),
        r"(?m)^created +2026-01-01T12:00:00Z$".into(),
        r"(?m)^expires +never$".into(),
        r"(?m)^locked +yes$".into(),
        r"(?m)^disabled +no$".into(),
    ] {
        assert!(
            predicate::str::is_match(&row).unwrap().eval(&text),
            "{row}\n{text}"
        );
    }
    assert!(!text.contains("SENTINEL"));
    let asked = &iam.received()[1];
    assert_eq!(
        (asked.method.as_str(), asked.url.as_str()),
        ("GET", "/v1/apikeys/details")
    );
    assert_eq!(
        asked.header("Authorization"),
        Some(format!("Bearer {ACCESS_TOKEN}").as_str())
    );
    assert_eq!(asked.header("IAM-ApiKey"), Some(KEY));
}

#[test]
fn check_never_uses_the_cache() {
    let iam = StandIn::scripted(vec![
        Reply::fresh(3600),
        Reply::fresh(3600),
        details(&json!({})),
        Reply::fresh(3600),
        details(&json!({})),
    ]);
    let home = tempfile::tempdir().unwrap();
    iamtoken(&home)
        .args(["--iam-url", &iam.url, "apikey", "--apikey", KEY])
        .assert()
        .success();
    for _ in 0..2 {
        iamtoken(&home)
            .args(["--iam-url", &iam.url, "check", "apikey", "--apikey", KEY])
            .assert()
            .success();
    }
    let posts = iam.received().iter().filter(|r| r.method == "POST").count();
    assert_eq!(posts, 3, "every check fetched a fresh token");
}

#[test]
fn an_expiring_or_disabled_key_is_exit_9_a_locked_one_is_not() {
    // Half an hour short of three days: "2d 23h" however the seconds fall.
    let soon = iam_time(now() + 3 * 86_400 - 1800);
    let iam = StandIn::scripted(vec![
        Reply::Iam,
        details(&json!({"expires_at": soon})),
        Reply::Iam,
        details(&json!({"expires_at": soon})),
        Reply::Iam,
        details(&json!({"disabled": true})),
    ]);
    check(&iam, &[]).code(9).stderr(predicate::str::contains(
        "the API key expires in 2d 23h (within --warn-expiry 14d)",
    ));
    check(&iam, &["--warn-expiry", "1d"]).success();
    check(&iam, &[]).code(9).stderr(predicate::str::starts_with(
        "iamtoken: error: the API key is disabled",
    ));
}

#[test]
fn a_403_on_the_details_is_a_warning_and_a_refused_key_is_exit_3() {
    let iam = StandIn::scripted(vec![
        Reply::Iam,
        Reply::IamError(403, "BXNIM0513E", "You are not authorized"),
        Reply::IamError(400, "BXNIM0415E", "Provided API key could not be found."),
    ]);
    check(&iam, &[])
        .success()
        .stderr(predicate::str::contains(
            "warning: IAM does not show this identity its API key's details (403)",
        ))
        .stdout(predicate::str::contains("apikey name").not());
    check(&iam, &[])
        .code(3)
        .stderr(predicate::str::contains("SENTINEL").not());
}

#[test]
fn json_and_a_grant_without_a_key() {
    let iam = StandIn::scripted(vec![
        Reply::Iam,
        details(&json!({"expires_at": "2030-06-01T00:00+0000"})),
    ]);
    let out = check(&iam, &["-o", "json"]).success();
    let report: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(report["iam_id"], SUBJECT);
    assert_eq!(
        report["apikey"],
        json!({"name": "ci-deployer", "id": "ApiKey-0123", "created_at": "2026-01-01T12:00:00Z",
               "expires_at": "2030-06-01T00:00:00Z", "locked": false, "disabled": false})
    );
    // A compute resource token has no API key: the identity alone, one request.
    let iam = StandIn::iam();
    let home = tempfile::tempdir().unwrap();
    let out = iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "check",
            "cr-token",
            "--cr-token",
            "eyJ.cr",
        ])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.contains(SUBJECT) && !text.contains("apikey"), "{text}");
    assert_eq!(iam.received().len(), 1);
    assert!(
        iam.only_request()
            .form()
            .contains(&("grant_type".into(), CR_GRANT.into()))
    );
    // check needs a grant, and says so.
    iamtoken(&home)
        .args(["check"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "iamtoken: error: check needs a grant",
        ));
}

#[test]
fn check_prints_text_or_json_and_refuses_a_token_format() {
    let iam = StandIn::iam();
    for format in ["token", "export"] {
        check(&iam, &["-o", format]).code(2).stderr(
            "iamtoken: error: iamtoken check prints text, or JSON with -o json; no other format\n",
        );
    }
    assert!(iam.received().is_empty());
}
