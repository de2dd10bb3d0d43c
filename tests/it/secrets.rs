//! Where secrets come from (literal, @file, stdin, environment, terminal prompt) and that none
//! of them ever reaches stdout or stderr.

use predicates::prelude::*;

use crate::support::{APIKEY_GRANT, StandIn, bin, iamtoken, isolated};

/// Runs `apikey` with `setup` applied and returns the apikey form field IAM received.
fn sent_key(setup: impl FnOnce(&mut assert_cmd::Command, &std::path::Path)) -> String {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let mut cmd = iamtoken(&home);
    cmd.args(["--iam-url", &iam.url, "-o", "token", "apikey"]);
    setup(&mut cmd, home.path());
    // Key files as they should be kept: others may not read them (else a warning says so).
    #[cfg(unix)]
    for entry in std::fs::read_dir(home.path()).unwrap().flatten() {
        use std::os::unix::fs::PermissionsExt as _;
        if entry.file_type().unwrap().is_file() {
            let private = std::fs::Permissions::from_mode(0o600);
            std::fs::set_permissions(entry.path(), private).unwrap();
        }
    }
    cmd.assert().success().stderr("");
    let form = iam.only_request().form();
    assert_eq!(form[0], ("grant_type".into(), APIKEY_GRANT.into()));
    form.into_iter().find(|(k, _)| k == "apikey").unwrap().1
}

#[test]
fn a_key_beginning_with_a_hyphen() {
    assert_eq!(
        sent_key(|c, _| {
            c.args(["--apikey", "-Abc-def"]);
        }),
        "-Abc-def"
    );
    assert_eq!(
        sent_key(|c, _| {
            c.arg("--apikey=-Xyz");
        }),
        "-Xyz"
    );
}

#[test]
fn from_a_file_with_the_newline_trimmed() {
    let key = sent_key(|c, home| {
        std::fs::write(home.join("key.txt"), "file-key\n").unwrap();
        c.arg(format!("--apikey=@{}", home.join("key.txt").display()));
    });
    assert_eq!(key, "file-key");
}

#[test]
fn from_a_console_json_key_file_under_home() {
    let key = sent_key(|c, home| {
        let json = r#"{"name":"ci","description":"","createdAt":"2025-01-01T00:00+0000","apikey":"json-key"}"#;
        std::fs::write(home.join("apikey.json"), json).unwrap();
        c.args(["--apikey", "@~/apikey.json"]);
    });
    assert_eq!(key, "json-key");
}

#[test]
fn from_stdin() {
    assert_eq!(
        sent_key(|c, _| {
            c.args(["--apikey", "-"]).write_stdin("stdin-key\r\n");
        }),
        "stdin-key"
    );
}

#[test]
fn environment_fallbacks_in_order() {
    let both = |c: &mut assert_cmd::Command| {
        c.env("IBMCLOUD_API_KEY", "ibmcloud-key")
            .env("IC_API_KEY", "ic-key");
    };
    assert_eq!(
        sent_key(|c, _| {
            both(c);
            c.args(["--apikey", "flag-key"]);
        }),
        "flag-key"
    );
    assert_eq!(sent_key(|c, _| both(c)), "ibmcloud-key");
    assert_eq!(
        sent_key(|c, _| {
            c.env("IC_API_KEY", "ic-key");
        }),
        "ic-key"
    );
    let from_file = sent_key(|c, home| {
        std::fs::write(home.join("k"), "env-file-key").unwrap();
        c.env("IBMCLOUD_API_KEY", format!("@{}", home.join("k").display()));
    });
    assert_eq!(from_file, "env-file-key");
}

#[cfg(target_os = "linux")]
#[test]
fn prompts_on_a_terminal_without_echo_to_stdout() {
    typed_on_a_terminal(&[], "IBM Cloud API key: ");
    // `--apikey -` on a terminal is the same prompt without echo, not an echoed line.
    typed_on_a_terminal(&["--apikey", "-"], "--apikey: ");
}

fn typed_on_a_terminal(extra: &[&str], prompt: &str) {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    // script(1) gives iamtoken a pseudo-terminal; what we write to script's stdin is typed there.
    let inner = format!(
        "{} --iam-url {} -o token apikey {}",
        bin().display(),
        iam.url,
        extra.join(" ")
    );
    let mut script = isolated("script", &home);
    script.args(["-qec", &inner, "/dev/null"]);
    let (status, shown) = crate::support::type_at_prompt(
        script,
        prompt,
        b"typed-key\n",
        std::time::Duration::from_secs(10),
    );
    assert!(status.success(), "{shown}");
    assert!(shown.contains(prompt), "{shown}");
    assert!(!shown.contains("typed-key"), "the key was echoed: {shown}");
    let form = iam.only_request().form();
    assert!(
        form.contains(&("apikey".into(), "typed-key".into())),
        "{form:?}"
    );
}

#[test]
fn missing_key_without_a_terminal_fails_at_once() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    iamtoken(&home)
        .args(["--iam-url", &iam.url, "apikey"])
        .timeout(std::time::Duration::from_secs(10))
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "iamtoken: error: missing --apikey\n",
        ))
        .stderr(predicate::str::contains("IBMCLOUD_API_KEY"));
    assert!(iam.received().is_empty());
}

#[test]
fn unusable_secret_sources_are_usage_errors() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path();
    std::fs::write(dir.join("empty"), "\n").unwrap();
    std::fs::write(
        dir.join("nokey.json"),
        r#"{"name":"x","secret":"SENTINEL-json"}"#,
    )
    .unwrap();
    std::fs::write(dir.join("binary"), [0xff, 0xfe, 0x00]).unwrap();
    std::fs::write(dir.join("huge"), vec![b'k'; 2 * 1024 * 1024]).unwrap();
    let at = |name: &str| format!("@{}", dir.join(name).display());
    let cannot_read = format!("--apikey: cannot read {}", dir.join("missing").display());
    let empty = format!(
        "--apikey is empty (read from {}",
        dir.join("empty").display()
    );
    // The last case's first stdin read succeeds, so the second one finds stdin taken.
    let cases: Vec<(Vec<String>, &str)> = vec![
        // A path (with a `/`) is named.
        (
            vec!["apikey".into(), "--apikey".into(), at("missing")],
            &cannot_read,
        ),
        (
            vec!["apikey".into(), "--apikey".into(), at("empty")],
            &empty,
        ),
        (
            vec!["apikey".into(), "--apikey".into(), at("nokey.json")],
            "no \"apikey\" string field",
        ),
        (
            vec!["apikey".into(), "--apikey".into(), at("binary")],
            "is not UTF-8 text",
        ),
        (
            vec!["apikey".into(), "--apikey".into(), at("huge")],
            "larger than 1 MiB",
        ),
        (
            vec!["apikey".into(), "--apikey".into(), "\"SENTINEL-q\"".into()],
            "begins or ends with",
        ),
        (
            vec!["apikey".into(), "--apikey".into(), "@".into()],
            "expected a file path after '@'",
        ),
        (
            vec!["apikey".into(), "--apikey".into(), String::new()],
            "the value is empty",
        ),
        (
            vec![
                "assume".into(),
                "--access-token".into(),
                "-".into(),
                "--profile-id".into(),
                "p".into(),
            ],
            "--access-token is empty (read from standard input)",
        ),
        (
            vec![
                "cr-token".into(),
                "--cr-token".into(),
                "-".into(),
                "--client-id".into(),
                "c".into(),
                "--client-secret".into(),
                "-".into(),
            ],
            "--client-secret and --cr-token both read standard input",
        ),
    ];
    for (args, message) in cases {
        let iam = StandIn::iam();
        iamtoken(&home)
            .args(["--iam-url", &iam.url])
            .args(&args)
            .write_stdin(if message.contains("both read") {
                "cr\n"
            } else {
                ""
            })
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(message))
            .stderr(predicate::str::contains("SENTINEL").not());
        assert!(iam.received().is_empty(), "{args:?} reached IAM");
    }
}

#[test]
fn secret_values_stay_hidden_in_help() {
    let home = tempfile::tempdir().unwrap();
    iamtoken(&home)
        .env("IBMCLOUD_API_KEY", "SENTINEL-env-key")
        .env("IBMCLOUD_CR_TOKEN", "SENTINEL-env-cr")
        .args(["apikey", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("IBMCLOUD_API_KEY"))
        .stdout(predicate::str::contains("SENTINEL").not());
    iamtoken(&home)
        .env("IBMCLOUD_CR_TOKEN", "SENTINEL-env-cr")
        .args(["cr-token", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("SENTINEL").not());
}

/// One trimming rule: a trailing newline always goes; keys and tokens lose surrounding
/// whitespace, passwords keep it.
#[test]
fn keys_are_trimmed_and_passwords_kept_whole() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let file = home.path().join("secret");
    std::fs::write(&file, "  spaced value \r\n").unwrap();
    let at = format!("@{}", file.display());
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "--no-cache",
            "apikey",
            "--apikey",
            &at,
        ])
        .assert()
        .success();
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "--no-cache",
            "password",
            "--username",
            "u",
        ])
        .args(["--password", &at])
        .assert()
        .success();
    let sent: Vec<Vec<(String, String)>> = iam
        .received()
        .iter()
        .map(crate::support::Received::form)
        .collect();
    assert!(
        sent[0].contains(&("apikey".into(), "spaced value".into())),
        "{sent:?}"
    );
    assert!(
        sent[1].contains(&("password".into(), "  spaced value ".into())),
        "{sent:?}"
    );
}

/// `--apikey key.json` meant `@key.json`; `not_supported` is not a refresh token. Both are
/// refused before any request, without echoing the value.
#[test]
fn likely_slips_are_caught_before_any_request() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    std::fs::write(home.path().join("SENTINEL-key.json"), "{}").unwrap();
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "apikey",
            "--apikey",
            "SENTINEL-key.json",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "hint: a file of that name exists: did you mean @PATH?",
        ))
        .stderr(predicate::str::contains("SENTINEL").not());
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "refresh",
            "--refresh-token",
            "not_supported",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("run the apikey grant again"));
    assert!(iam.received().is_empty());
}

/// A server that quotes the form back, urlencoded as it was sent or JSON-escaped, never gets
/// the key onto stderr, at any verbosity.
#[test]
fn a_key_echoed_urlencoded_or_json_escaped_is_scrubbed() {
    let weird = r#"SENTINEL DOCKER"KEY\44"#;
    for echoed in [
        "SENTINEL+DOCKER%22KEY%5C44",
        "SENTINEL%20DOCKER%22KEY%5c44",
        r#"SENTINEL DOCKER\"KEY\\44"#,
    ] {
        for verbose in ["-q", "-v", "-vv"] {
            let home = tempfile::tempdir().unwrap();
            let body =
                crate::support::iam_error("BXNIM0415E", &format!("bad form: apikey={echoed}"));
            let iam = StandIn::scripted(vec![crate::support::Reply::Raw(
                400,
                "application/json",
                body.to_string().into_bytes(),
            )]);
            let mut cmd = iamtoken(&home);
            cmd.args(["--iam-url", &iam.url, "--no-cache", "apikey"]);
            if verbose != "-q" {
                cmd.arg(verbose);
            }
            cmd.env("IBMCLOUD_API_KEY", weird)
                .assert()
                .code(3)
                .stderr(predicate::str::contains("BXNIM0415E"))
                .stderr(predicate::str::contains("SENTINEL").not());
        }
    }
}

/// A rejected URL is never echoed with its userinfo.
#[test]
fn a_rejected_url_never_shows_its_password() {
    let home = tempfile::tempdir().unwrap();
    for server in [
        "https://user:SENTINEL-url-pw@cluster.example:6443",
        "http://user:SENTINEL-url-pw@cluster.example:6443",
        "https://user:SENTINEL-url-pw@cluster.example:badport",
    ] {
        iamtoken(&home)
            .args(["openshift", "--apikey", "k", "--server", server])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("--server"))
            .stderr(predicate::str::contains("SENTINEL").not());
    }
}

/// A file named after `@` is named in errors when it reads as a path (`@~/nokey.json`); a word
/// that may be a mistyped secret (`@Pa55word`) is not.
#[test]
fn a_missing_key_file_is_named_a_mistyped_secret_is_not() {
    let home = tempfile::tempdir().unwrap();
    iamtoken(&home)
        .args(["apikey", "--apikey", "@~/nokey.json"])
        .assert()
        .code(2)
        .stderr(format!(
            "iamtoken: error: --apikey: cannot read {}: {}\n",
            home.path().join("nokey.json").display(),
            // ENOENT, and Windows' ERROR_FILE_NOT_FOUND, are both 2.
            std::io::Error::from_raw_os_error(2),
        ));
    iamtoken(&home)
        .args(["apikey", "--apikey", "@SENTINEL-Pa55word"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("SENTINEL").not());
}
