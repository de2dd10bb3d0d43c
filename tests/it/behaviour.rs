//! What a new user runs into next: precedence of flags, variables and contexts, errors that
//! name what caused them, and the commands around the grants.

use predicates::prelude::*;

use crate::support::{ACCESS_TOKEN, StandIn, iamtoken};

fn config(home: &tempfile::TempDir, text: &str) -> std::path::PathBuf {
    let dir = home.path().join("config/iamtoken");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("config.toml");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_flag_beats_a_variable_that_is_empty_or_conflicts() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let token_file = home.path().join("cr.jwt");
    std::fs::write(&token_file, "eyJ.cr.file\n").unwrap();
    let cases: Vec<(&str, &str, Vec<String>)> = vec![
        (
            "IBMCLOUD_IAM_API_ENDPOINT",
            "",
            vec!["--iam-url".into(), iam.url.clone()],
        ),
        (
            "IAMTOKEN_NO_CACHE",
            "",
            vec!["--iam-url".into(), iam.url.clone(), "--no-cache".into()],
        ),
        (
            "IAMTOKEN_CA_BUNDLE",
            "",
            vec!["--iam-url".into(), iam.url.clone()],
        ),
    ];
    for (name, value, args) in cases {
        iamtoken(&home)
            .env(name, value)
            .args(&args)
            .args(["-o", "token", "apikey", "--apikey", "k"])
            .assert()
            .success()
            .stdout(format!("{ACCESS_TOKEN}\n"));
    }
    // IBMCLOUD_CR_TOKEN is not read when --cr-token-file, which conflicts with it, is typed.
    iamtoken(&home)
        .env("IBMCLOUD_CR_TOKEN", "eyJ.cr.variable")
        .args([
            "--iam-url",
            &iam.url,
            "--no-cache",
            "cr-token",
            "--cr-token-file",
        ])
        .arg(&token_file)
        .assert()
        .success();
    assert!(
        iam.received()
            .last()
            .unwrap()
            .body
            .contains("cr_token=eyJ.cr.file")
    );
    // An empty key variable is an unset one: the usual hint, not clap's error.
    iamtoken(&home)
        .env("IBMCLOUD_API_KEY", "")
        .args(["--iam-url", &iam.url, "apikey"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "iamtoken: error: missing --apikey\n",
        ));
    // A bad value from a variable names the variable, not a flag nobody typed.
    iamtoken(&home)
        .env("IBMCLOUD_IAM_API_ENDPOINT", "ftp://user:SENTINEL@x")
        .args(["apikey", "--apikey", "k"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "iamtoken: error: IBMCLOUD_IAM_API_ENDPOINT: invalid value for --iam-url <URL>:",
        ))
        .stderr(predicate::str::contains("SENTINEL").not());
}

#[test]
fn the_last_output_wins_and_iamtoken_output_is_the_default() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let run = |env: Option<&str>, args: &[&str]| {
        let mut cmd = iamtoken(&home);
        if let Some(format) = env {
            cmd.env("IAMTOKEN_OUTPUT", format);
        }
        cmd.args(["--iam-url", &iam.url])
            .args(args)
            .args(["apikey", "--apikey", "k"]);
        String::from_utf8(cmd.assert().success().get_output().stdout.clone()).unwrap()
    };
    assert_eq!(
        run(None, &["-o", "json", "-o", "token"]),
        format!("{ACCESS_TOKEN}\n")
    );
    assert_eq!(
        run(Some("header"), &[]),
        format!("Authorization: Bearer {ACCESS_TOKEN}\n")
    );
    assert_eq!(
        run(Some("header"), &["-o", "token"]),
        format!("{ACCESS_TOKEN}\n")
    );
    // Commands that print no token ignore it.
    let token = crate::jwt::sign(
        &crate::jwt::header(),
        &crate::jwt::claims("https://iam.cloud.ibm.com/identity", 600),
    );
    iamtoken(&home)
        .env("IAMTOKEN_OUTPUT", "json")
        .args(["inspect", &token])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("iam_id "));
}

#[test]
fn a_contexts_identity_serves_every_grant_it_fits() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    config(
        &home,
        &format!(
            "[context.ci]\ngrant = \"apikey\"\napikey = \"env:CI_KEY\"\ntenant = \"t1\"\niam_url = \"{0}\"\n\n\
             [context.pod]\ngrant = \"cr-token\"\ncr_token = \"env:CR\"\nprofile_name = \"p\"\niam_url = \"{0}\"\n",
            iam.url
        ),
    );
    let run = |args: &[&str]| {
        iamtoken(&home)
            .env("CI_KEY", "context-key")
            .env("CR", "eyJ.cr")
            .args(["--no-cache"])
            .args(args)
            .assert()
    };
    run(&[
        "--context",
        "ci",
        "delegated",
        "--receiver-client-ids",
        "kube",
    ])
    .success();
    let sent = iam.only_request();
    assert!(sent.body.contains("apikey=context-key"), "{}", sent.body);
    assert_eq!(
        sent.header("IBM-Cloud-Tenant"),
        None,
        "tenant is apikey's, not carried over"
    );
    run(&["--context", "ci", "assume", "--profile-id", "Profile-1"]).success();
    assert!(iam.received()[1].body.contains("apikey=context-key"));
    // A context that cannot serve the grant says which grant it is for.
    run(&["--context", "pod", "apikey"])
        .code(2)
        .stderr(predicate::str::contains(
            "context pod is for grant cr-token: its cr_token cannot serve apikey",
        ));
    // With the grant's own credentials, the context's global options still apply.
    run(&["--context", "pod", "apikey", "--apikey", "typed"]).success();
    assert!(iam.received().last().unwrap().body.contains("apikey=typed"));
}

#[test]
fn config_commands_survive_a_missing_default_and_check_grants() {
    let home = tempfile::tempdir().unwrap();
    let path = config(
        &home,
        "default_context = \"gone\"\n\n[context.ci]\ngrant = \"apikye\"\n",
    );
    iamtoken(&home)
        .args(["config", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "ci  apikye  refused: {}:4: context.ci.grant 'apikye': it is no grant; did you mean apikey?",
            path.display()
        )))
        .stderr(predicate::str::contains(
            "default_context 'gone' has no [context.gone] table",
        ));
    // config show refuses a context every run refuses, with the run's error.
    iamtoken(&home)
        .args(["config", "show", "ci"])
        .assert()
        .code(2)
        .stderr(format!(
            "iamtoken: error: {}:4: context.ci.grant 'apikye': it is no grant; did you mean apikey?\n",
            path.display()
        ));
    // Only these two commands warn of an IAMTOKEN_CONFIG that names nothing.
    let nothing = home.path().join("nothing.toml");
    iamtoken(&home)
        .env("IAMTOKEN_CONFIG", &nothing)
        .args(["config", "list"])
        .assert()
        .success()
        .stderr(format!(
            "iamtoken: warning: IAMTOKEN_CONFIG names {}, which does not exist\n",
            nothing.display()
        ));
    iamtoken(&home)
        .env("IAMTOKEN_CONFIG", &nothing)
        .args(["cache", "path"])
        .assert()
        .success()
        .stderr("");
}

#[test]
fn one_duration_syntax_for_every_duration_option() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "--no-cache",
            "--timeout",
            "30s",
            "--min-ttl",
            "300",
        ])
        .args([
            "delegated",
            "--apikey",
            "k",
            "--receiver-client-ids",
            "kube",
            "--expiry",
            "6d",
        ])
        .args(["--with-access-token", "-o", "token"])
        .assert()
        .success();
    assert!(
        iam.only_request()
            .body
            .contains("delegated_refresh_token_expiry=518400")
    );
    for (flag, value) in [
        ("--timeout", "1h30m"),
        ("--min-ttl", "15min"),
        ("--timeout", "2h"),
    ] {
        iamtoken(&home)
            .args([flag, value, "apikey", "--apikey", "k"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!("{flag} <DURATION>")));
    }
}

#[test]
fn network_errors_point_at_the_right_thing() {
    use crate::support::{Reply, closed_port_url, raw_server};
    let home = tempfile::tempdir().unwrap();
    let dead = closed_port_url();
    let with_password = dead.replace("http://", "http://user:SENTINEL-pw@");
    // A dead proxy is named, with where its address came from, and without its password. The
    // proxy is a closed local port: nothing leaves the machine.
    let run = |env: Option<(&str, &str)>, args: &[&str]| {
        let mut cmd = iamtoken(&home);
        if let Some((name, value)) = env {
            cmd.env(name, value);
        }
        cmd.args([
            "-v",
            "--retries",
            "0",
            "--iam-url",
            "https://iam.test.cloud.ibm.com",
        ])
        .args(args)
        .args(["apikey", "--apikey", "k"]);
        let out = cmd.assert().code(4);
        String::from_utf8_lossy(&out.get_output().stderr).into_owned()
    };
    let shown = dead.trim_end_matches('/');
    let stderr = run(Some(("HTTPS_PROXY", &with_password)), &[]);
    assert!(
        stderr.contains(&format!(
            "iamtoken: via the proxy {shown} (from HTTPS_PROXY)"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "error: cannot connect to the proxy {shown} (from HTTPS_PROXY), on the way to IAM at iam.test.cloud.ibm.com"
        )),
        "{stderr}"
    );
    assert!(!stderr.contains("SENTINEL"), "{stderr}");
    let stderr = run(None, &["--proxy", &with_password]);
    assert!(
        stderr.contains(&format!("the proxy {shown} (from --proxy)")),
        "{stderr}"
    );
    assert!(!stderr.contains("SENTINEL"), "{stderr}");

    // 501 is not retried and gets no hint to retry; 503 is and does.
    let iam = StandIn::scripted(vec![
        Reply::IamError(501, "BXNIM0501E", "Not implemented"),
        Reply::IamError(503, "BXNIM0503E", "Unavailable"),
        Reply::IamError(503, "BXNIM0503E", "Unavailable"),
        Reply::IamError(404, "BXNIM0404E", "Not found"),
    ]);
    let fetch = |args: &[&str]| {
        iamtoken(&home)
            .args(["--no-cache", "--iam-url", &iam.url])
            .args(args)
            .args(["apikey", "--apikey", "k"])
            .assert()
    };
    fetch(&["--retries", "3"])
        .code(4)
        .stderr(predicate::str::contains("raise --retries").not());
    assert_eq!(iam.received().len(), 1, "501 was not retried");
    fetch(&["--retries", "1"])
        .code(4)
        .stderr(predicate::str::contains("(after 2 attempts)"))
        .stderr(predicate::str::contains(
            "hint: retry later, or raise --retries",
        ));
    fetch(&[]).code(3).stderr(predicate::str::contains(format!(
        "(POST {}/identity/token)",
        iam.url
    )));
    // IAM's issuer URL, as pasted from a token, names the same endpoint.
    fetch(&["--iam-url", &format!("{}/identity", iam.url)]).success();
    assert!(
        iam.received()
            .last()
            .unwrap()
            .url
            .starts_with("/identity/token")
    );
    // A URL without a scheme gets the corrected form.
    iamtoken(&home)
        .args(["--iam-url", "iam.example.com", "apikey", "--apikey", "k"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "did you mean https://iam.example.com?",
        ));
    // A connection dropped before any answer is retried like a refused one.
    let dropping = raw_server(b"");
    iamtoken(&home)
        .args([
            "--no-cache",
            "--retries",
            "1",
            "--iam-url",
            &dropping,
            "apikey",
            "--apikey",
            "k",
        ])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("(after 2 attempts)"));
}

#[test]
fn exec_says_what_it_needs_and_exits_as_shells_do() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
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
        iamtoken(&home)
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
        iamtoken(&home)
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

#[test]
fn options_typed_where_they_mean_nothing_are_refused() {
    let home = tempfile::tempdir().unwrap();
    for (args, message) in [
        (
            &["cache", "clear", "--iam-url", "https://x.example"][..],
            "--iam-url means nothing to iamtoken cache clear",
        ),
        (
            &["--timeout", "5s", "cache", "path"],
            "--timeout means nothing to iamtoken cache path",
        ),
        (
            &["config", "path", "-o", "json"],
            "--output means nothing to iamtoken config path",
        ),
        (
            &["cache", "list", "-o", "token"],
            "invalid value 'token' for '--output <FORMAT>' [possible values: json]",
        ),
        (
            &["-o", "token", "cache", "list"],
            "iamtoken cache list prints text, or JSON with -o json; no other format",
        ),
    ] {
        iamtoken(&home)
            .args(args)
            .assert()
            .code(2)
            .stderr(format!("iamtoken: error: {message}\n"));
    }
    // From a variable, the same options are simply not used.
    iamtoken(&home)
        .env("IBMCLOUD_IAM_API_ENDPOINT", "https://x.example")
        .env("IAMTOKEN_OUTPUT", "token")
        .args(["cache", "path"])
        .assert()
        .success();
}

#[test]
fn cache_list_and_clear_by_id_with_json() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let cache = home.path().join("cache/iamtoken");
    // Neither list nor clear creates the cache directory.
    iamtoken(&home)
        .args(["cache", "list"])
        .assert()
        .success()
        .stdout("no cached tokens\n");
    iamtoken(&home)
        .args(["cache", "list", "-o", "json"])
        .assert()
        .success()
        .stdout("[]\n");
    iamtoken(&home).args(["cache", "clear"]).assert().success();
    assert!(!cache.exists());
    config(
        &home,
        &format!(
            "[context.ci]\ngrant = \"apikey\"\napikey = \"env:K1\"\niam_url = \"{}\"\n",
            iam.url
        ),
    );
    iamtoken(&home)
        .env("K1", "k1")
        .args(["--context", "ci"])
        .assert()
        .success();
    iamtoken(&home)
        .args(["--iam-url", &iam.url, "apikey", "--apikey", "k2"])
        .assert()
        .success();
    let out = iamtoken(&home)
        .args(["cache", "list", "-o", "json"])
        .assert()
        .success();
    let list: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2);
    let ci = list
        .iter()
        .find(|e| e["context"] == "ci")
        .expect("the context is recorded");
    let other = list.iter().find(|e| e["context"].is_null()).unwrap();
    assert_eq!(other["subject"], crate::support::SUBJECT);
    for entry in list {
        assert_eq!(entry["id"].as_str().unwrap().len(), 12);
        assert!(entry["expires_at"].as_str().unwrap().ends_with('Z'));
        assert!(entry["expires_in"].as_i64().unwrap() > 3500);
        assert_eq!(entry["damaged"], false);
    }
    let listed = iamtoken(&home).args(["cache", "list"]).assert().success();
    assert!(String::from_utf8_lossy(&listed.get_output().stdout).contains("context ci"));
    // Clear one by a unique beginning of its ID.
    let id = ci["id"].as_str().unwrap();
    iamtoken(&home)
        .args(["cache", "clear", &id[..6]])
        .assert()
        .success()
        .stderr(predicate::str::starts_with(
            "iamtoken: removed 1 cache entry",
        ));
    iamtoken(&home)
        .args(["cache", "clear", "ffffffffffff0"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no cached token has an ID beginning",
        ));
    let out = iamtoken(&home)
        .args(["cache", "list", "-o", "json"])
        .assert()
        .success();
    let left: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert!(left[0]["context"].is_null());
    // A failed fetch leaves no lock file behind.
    let refusing = StandIn::scripted(vec![crate::support::Reply::IamError(
        400,
        "BXNIM0415E",
        "no",
    )]);
    iamtoken(&home)
        .args(["--iam-url", &refusing.url, "apikey", "--apikey", "k3"])
        .assert()
        .code(3);
    let locks = std::fs::read_dir(&cache)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".lock")
        })
        .count();
    assert_eq!(locks, 1, "only the surviving entry's lock");
}

#[test]
fn config_list_and_inspect_speak_json() {
    let home = tempfile::tempdir().unwrap();
    config(
        &home,
        "default_context = \"ci\"\n[context.ci]\ngrant = \"apikey\"\n[context.mars]\ngrant = \"apikey\"\nregion = \"mars-1\"\n",
    );
    let out = iamtoken(&home)
        .args(["config", "list", "-o", "json"])
        .assert()
        .success();
    let list: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(
        list[0],
        serde_json::json!({"name": "ci", "default": true, "grant": "apikey",
                           "endpoint": "https://iam.cloud.ibm.com", "error": null})
    );
    assert!(list[1]["error"].as_str().unwrap().contains("'mars-1'"));
    let token = crate::jwt::sign(
        &crate::jwt::header(),
        &crate::jwt::claims("https://iam.cloud.ibm.com/identity", 600),
    );
    let out = iamtoken(&home)
        .args(["inspect", "-o", "json", &token])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert!(json["expires_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(json["claims"]["iam_id"], "iam-ServiceId-c1e45eff");
    // A JWT without exp is not an IAM token: exit 2, not "expired".
    let mut claims = crate::jwt::claims("https://iam.cloud.ibm.com/identity", 600);
    claims.as_object_mut().unwrap().remove("exp");
    let no_exp = crate::jwt::sign(&crate::jwt::header(), &claims);
    iamtoken(&home)
        .args(["inspect", &no_exp])
        .assert()
        .code(2)
        .stderr("iamtoken: error: the token has no expiry (exp): it is not an IAM access token\n");
    // An oversized input is said to be one.
    iamtoken(&home)
        .args(["inspect"])
        .write_stdin(vec![b'a'; 2 * 1024 * 1024])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("larger than 1 MiB"));
}

#[test]
fn delegated_json_carries_expires_at_like_every_grant() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let expires_at = |extra: &[&str]| {
        let out = iamtoken(&home)
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

#[test]
fn each_commands_help_shows_the_options_it_honours() {
    let home = tempfile::tempdir().unwrap();
    let help = |args: &[&str]| {
        let out = iamtoken(&home).args(args).assert().success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    let clear = help(&["cache", "clear", "--help"]);
    assert!(
        clear.contains("--expired") && clear.contains("[ID]..."),
        "{clear}"
    );
    for absent in ["--iam-url", "--timeout", "--proxy", "--output", "--min-ttl"] {
        assert!(!clear.contains(absent), "{absent} in\n{clear}");
    }
    assert!(clear.lines().count() < 20, "{clear}");
    let inspect = help(&["inspect", "--help"]);
    assert!(inspect.contains("Prints a summary by default"), "{inspect}");
    assert!(
        inspect.contains("--iam-url") && inspect.contains("--cacert"),
        "{inspect}"
    );
    assert!(
        !inspect.contains("--min-ttl") && !inspect.contains("exec-credential"),
        "{inspect}"
    );
    let list = help(&["cache", "list", "-h"]);
    assert!(
        list.contains("-o, --output") && !list.contains("--iam-url"),
        "{list}"
    );
    // A grant's help still shows every option it takes.
    assert!(help(&["apikey", "--help"]).contains("--min-ttl"));
}

/// The system's roots come from where OpenSSL would read them: SSL_CERT_FILE, as README says.
#[test]
fn ssl_cert_file_is_honoured() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let tls = crate::tls_and_proxy::TlsFront::new(&iam.url);
    let fetch = |bundle: Option<&std::path::Path>| {
        let mut cmd = iamtoken(&home);
        if let Some(bundle) = bundle {
            cmd.env("SSL_CERT_FILE", bundle).env("SSL_CERT_DIR", "");
        }
        cmd.args(["--iam-url", &tls.url, "--no-cache", "--retries", "0"])
            .args(["apikey", "--apikey", "k"])
            .assert()
    };
    fetch(None).code(4);
    fetch(Some(&tls.ca))
        .success()
        .stdout(predicate::str::contains(ACCESS_TOKEN));
}

#[test]
fn help_reads_cleanly() {
    let home = tempfile::tempdir().unwrap();
    let help = |args: &[&str]| {
        let out = iamtoken(&home).args(args).assert().success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    let root = help(&["--help"]);
    let lines: Vec<&str> = root.lines().collect();
    for pair in lines.windows(2) {
        if pair[1].trim_start().starts_with("https://") {
            assert!(
                pair[0].ends_with('\\'),
                "a URL wrapped onto its own line:\n{}\n{}",
                pair[0],
                pair[1]
            );
        }
    }
    let apikey = help(&["apikey", "--help"]);
    let option = apikey
        .lines()
        .skip_while(|l| !l.contains("--apikey <KEY>"))
        .nth(1)
        .unwrap_or_default();
    assert_eq!(option.matches("IBMCLOUD_API_KEY").count(), 1, "{option}");
}
