//! `iamtoken inspect`: decoding, expiry, and --verify against the stand-in's JWKS.

use predicates::prelude::*;
use serde_json::json;

use crate::jwt::{claims, header, sign};
use crate::support::{StandIn, bin, iamtoken};

fn run(home: &tempfile::TempDir, args: &[&str], stdin: &str) -> assert_cmd::assert::Assert {
    iamtoken(home)
        .arg("inspect")
        .args(args)
        .write_stdin(stdin)
        .assert()
}

#[test]
fn a_valid_token_is_summarised() {
    let home = tempfile::tempdir().unwrap();
    // 41.5 minutes: "expires in 41m" for the next 30 seconds.
    let token = sign(
        &header(),
        &claims("https://iam.cloud.ibm.com/identity", 2490),
    );
    // As -o header prints it; `Bearer TOKEN` and the bare token are read alike.
    let out = run(&home, &[], &format!("Authorization: Bearer {token}\n"))
        .success()
        .stderr("");
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    for other in [
        format!("Bearer {token}"),
        format!("bearer {token}\n"),
        token.clone(),
    ] {
        let again = run(&home, &[], &other).success().stderr("");
        assert_eq!(again.get_output().stdout, out.get_output().stdout);
    }
    for row in [
        r"(?m)^iam_id +iam-ServiceId-c1e45eff$",
        r"(?m)^sub +ServiceId-c1e45eff$",
        r"(?m)^sub_type +ServiceId$",
        r"(?m)^account +f71446b6474d45bf81196da45de13940$",
        r"(?m)^grant_type +urn:ibm:params:oauth:grant-type:apikey$",
        r"(?m)^client_id +default$",
        r"(?m)^scope +ibm openid$",
        r"(?m)^issued at +20\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ$",
        r"(?m)^expires at +20\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ \(expires in 41m\)$",
        r"(?m)^expired +no$",
    ] {
        assert!(
            predicate::str::is_match(row).unwrap().eval(&text),
            "{row} in\n{text}"
        );
    }
    assert!(!text.contains("signature"), "{text}");
    // The token as an argument and from a file say the same.
    let file = home.path().join("token.txt");
    std::fs::write(&file, &token).unwrap();
    run(&home, &[&token], "").success().stdout(text.clone());
    run(&home, &[&format!("@{}", file.display())], "")
        .success()
        .stdout(text);
}

#[test]
fn json_shows_header_and_claims() {
    let home = tempfile::tempdir().unwrap();
    let token = sign(
        &header(),
        &claims("https://iam.cloud.ibm.com/identity", 600),
    );
    let out = run(&home, &["-o", "json", &token], "").success();
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(json["header"], header());
    assert_eq!(json["claims"]["iam_id"], "iam-ServiceId-c1e45eff");
}

#[test]
fn expired_tokens_exit_7_and_garbage_exits_2() {
    let home = tempfile::tempdir().unwrap();
    let token = sign(
        &header(),
        &claims("https://iam.cloud.ibm.com/identity", -180),
    );
    run(&home, &[&token], "")
        .code(7)
        .stdout(predicate::str::is_match(r"(?m)^expired +yes$").unwrap())
        .stderr(
            predicate::str::is_match(r"^iamtoken: error: the token expired 3m ago\n$").unwrap(),
        );
    for junk in ["", "not a token", "a.b.c", "Bearer"] {
        run(&home, &[], junk)
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains("is empty").or(predicate::str::contains("not a JWT")));
    }
}

#[test]
fn verify_checks_signature_issuer_and_key() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let issuer = format!("{}/identity", iam.url);
    let verify = |token: &str| run(&home, &["--iam-url", &iam.url, "--verify", token], "");
    let good = sign(&header(), &claims(&issuer, 600));
    verify(&good).success().stdout(
        predicate::str::is_match(r"(?m)^signature +verified \(key iamtoken-test-1\)$").unwrap(),
    );
    // A changed payload keeps the old signature: it must not verify.
    let parts: Vec<&str> = good.split('.').collect();
    let mut forged = claims(&issuer, 600);
    forged["iam_id"] = json!("iam-ServiceId-attacker");
    let forged_payload = sign(&header(), &forged);
    let tampered = format!(
        "{}.{}.{}",
        parts[0],
        forged_payload.split('.').nth(1).unwrap(),
        parts[2]
    );
    verify(&tampered)
        .code(8)
        .stdout(predicate::str::is_match(r"(?m)^signature +NOT verified$").unwrap())
        .stderr("iamtoken: error: the signature does not match IAM's key iamtoken-test-1\n");
    let other_issuer = sign(&header(), &claims("https://iam.example.com/identity", 600));
    // A good signature from another IAM endpoint: the issuer is named, not the signature.
    verify(&other_issuer)
        .code(8)
        .stdout(
            predicate::str::is_match(r"(?m)^signature +verified \(key iamtoken-test-1\)$").unwrap(),
        )
        .stdout(predicate::str::is_match(r"(?m)^issuer +NOT this IAM endpoint's$").unwrap())
        .stderr(predicate::str::starts_with(
            "iamtoken: error: issuer https://iam.example.com/identity is not ",
        ));
    let unknown_key = sign(
        &json!({"kid": "nope", "alg": "RS256"}),
        &claims(&issuer, 600),
    );
    verify(&unknown_key)
        .code(8)
        .stderr("iamtoken: error: IAM publishes no key nope\n");
    let hs256 = sign(
        &json!({"kid": "iamtoken-test-1", "alg": "HS256"}),
        &claims(&issuer, 600),
    );
    verify(&hs256)
        .code(8)
        .stderr(predicate::str::contains("signed with HS256"));
    let expired = sign(&header(), &claims(&issuer, -60));
    verify(&expired).code(7);
    // The key set is fetched once per hour; "nope" asked for it again (keys rotate).
    let gets = iam
        .received()
        .iter()
        .filter(|r| r.url == "/identity/keys")
        .count();
    assert_eq!(gets, 2, "{:#?}", iam.received());
}

#[cfg(target_os = "linux")]
#[test]
fn no_token_on_a_terminal_is_a_usage_error_not_a_wait() {
    let home = tempfile::tempdir().unwrap();
    // script(1) gives iamtoken a terminal as stdin.
    let out = crate::support::bounded("script", &home)
        .args([
            "-qec",
            &format!("{} inspect; echo rc=$?", bin().display()),
            "/dev/null",
        ])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout).replace('\r', "");
    assert!(
        shown.starts_with("iamtoken: error: no token given\n"),
        "{shown}"
    );
    assert!(shown.ends_with("rc=2\n"), "{shown}");
}

#[test]
fn insecure_verify_against_production_is_refused_before_any_request() {
    let home = tempfile::tempdir().unwrap();
    let token = sign(
        &header(),
        &claims("https://iam.cloud.ibm.com/identity", 600),
    );
    for args in [
        &["--insecure", "--verify"][..],
        &[
            "--insecure",
            "--verify",
            "--iam-url",
            "https://IAM.cloud.ibm.com.",
        ],
    ] {
        run(&home, args, &token)
            .code(2)
            .stderr(predicate::str::contains(
                "--insecure is refused for the production IAM endpoint",
            ));
    }
}
