//! The command line itself: help, version, and usage errors that never reach IAM.

use predicates::prelude::*;

use crate::support::{ACCESS_TOKEN, StandIn, iamtoken};

#[test]
fn help_lists_every_grant_with_examples() {
    let home = tempfile::tempdir().unwrap();
    let out = iamtoken(&home)
        .arg("--help")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let help = String::from_utf8(out).unwrap();
    let grants = iamtoken::cli::grant_names();
    assert!(grants.len() >= 8, "{grants:?}");
    for grant in &grants {
        assert!(
            help.contains(&format!("  {grant}")),
            "{grant} missing from\n{help}"
        );
    }
    assert!(help.contains("Examples:"));
    assert!(help.contains("Exit codes:"));
    for grant in &grants {
        iamtoken(&home)
            .args([grant, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Example"));
    }
}

#[test]
fn version() {
    let home = tempfile::tempdir().unwrap();
    iamtoken(&home)
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("iamtoken {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn usage_errors_exit_2_and_name_the_flag() {
    let cases: &[(&[&str], &str)] = &[
        (&[], "iamtoken: usage: iamtoken [OPTIONS] <COMMAND>"),
        (&["tokn"], "unrecognized subcommand"),
        (
            &["apikey", "--apikey", "k", "-o", "yaml"],
            "--output <FORMAT>",
        ),
        (
            &["apikey", "--apikey", "k", "--timeout", "0"],
            "--timeout <DURATION>",
        ),
        (
            &["apikey", "--apikey", "k", "--tenant", ""],
            "--tenant <IDS>",
        ),
        (
            &["delegated", "--apikey", "k"],
            "--receiver-client-ids <IDS>",
        ),
        (
            &[
                "delegated",
                "--apikey",
                "k",
                "--receiver-client-ids",
                "x",
                "--expiry",
                "0",
            ],
            "--expiry <DURATION>",
        ),
        (&["assume", "--profile-id", "p"], "--access-token"),
        (&["assume", "--access-token", "a"], "--profile-id"),
        (
            &[
                "assume",
                "--access-token",
                "a",
                "--refresh-token",
                "r",
                "--profile-id",
                "p",
            ],
            "cannot be used with",
        ),
        (
            &[
                "assume",
                "--access-token",
                "a",
                "--profile-id",
                "p",
                "--profile-name",
                "n",
            ],
            "cannot be used with",
        ),
        (
            &["assume", "--access-token", "a", "--profile-name", "n"],
            "--account <ID>",
        ),
        (
            &[
                "assume",
                "--access-token",
                "a",
                "--profile-crn",
                "c",
                "--account",
                "x",
            ],
            "cannot be used with",
        ),
        (&["cr-token"], "no compute resource token found"),
        (
            &[
                "cr-token",
                "--cr-token",
                "t",
                "--profile-id",
                "a",
                "--profile-name",
                "b",
            ],
            "cannot be used with",
        ),
        (
            &["cr-token", "--cr-token", "t", "--client-id", "c"],
            "--client-secret <SECRET>",
        ),
        (
            &["iam-authz", "--access-token", "a"],
            "--desired-iam-id <IAM_ID>",
        ),
        (
            &[
                "iam-authz",
                "--access-token",
                "a",
                "--desired-iam-id",
                "crn:v1:x",
            ],
            "use --desired-iam-id crn-crn:v1:x",
        ),
        (&["password", "--password", "p"], "--username <NAME>"),
        (
            &[
                "password",
                "--username",
                "u",
                "--password",
                "p",
                "--client-secret",
                "s",
            ],
            "--client-id <ID>",
        ),
    ];
    for (args, message) in cases {
        let home = tempfile::tempdir().unwrap();
        let iam = StandIn::iam();
        iamtoken(&home)
            .args(["--iam-url", &iam.url])
            .args(*args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(*message))
            // clap's errors speak as iamtoken's own do.
            .stderr(predicate::str::starts_with("iamtoken: error: "));
        assert!(iam.received().is_empty(), "{args:?} reached IAM");
    }
}

#[test]
fn unsafe_or_invalid_iam_urls_are_refused() {
    let home = tempfile::tempdir().unwrap();
    for (url, message) in [
        (
            "http://iam.example.com",
            "refusing plain http:// to iam.example.com",
        ),
        ("iam.cloud.ibm.com", "not a URL"),
        (
            "https://user:pw@iam.cloud.ibm.com",
            "must not contain credentials",
        ),
    ] {
        iamtoken(&home)
            .args(["--iam-url", url, "apikey", "--apikey", "SENTINEL-key"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message))
            .stderr(predicate::str::contains("SENTINEL").not());
    }
    iamtoken(&home)
        .env("IBMCLOUD_IAM_API_ENDPOINT", "http://10.1.2.3")
        .args(["apikey", "--apikey", "k"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("refusing plain http://"));
}

/// README is the manual: its test command is the one CI runs, and its exit-code table lists
/// every code the binary documents in --help.
#[test]
fn readme_matches_ci_and_help() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let ci = std::fs::read_to_string(root.join(".ci/run")).unwrap();
    let test_section = readme.split("## Test").nth(1).unwrap();
    let command = test_section
        .lines()
        .find(|l| l.starts_with("cargo test"))
        .unwrap();
    assert!(
        ci.lines().any(|l| l.trim() == command),
        "CI does not run `{command}`"
    );

    let table = readme.split("## Exit codes").nth(1).unwrap();
    let codes: Vec<u8> = table
        .lines()
        .take_while(|l| !l.starts_with("## "))
        .filter_map(|l| l.strip_prefix("| ")?.split(' ').next()?.parse().ok())
        .collect();
    let documented: Vec<u8> = std::iter::once(0)
        .chain(iamtoken::error::Exit::ALL.map(iamtoken::error::Exit::code))
        .collect();
    assert_eq!(codes, documented);
    let home = tempfile::tempdir().unwrap();
    let help = iamtoken(&home).arg("--help").output().unwrap().stdout;
    let help = String::from_utf8(help).unwrap();
    let exit_codes = help.split("Exit codes:").nth(1).unwrap().replace('\n', " ");
    let exit_codes = exit_codes.trim_start();
    for code in &codes {
        let listed = exit_codes.starts_with(&format!("{code} "))
            || exit_codes.contains(&format!(", {code} "));
        assert!(
            listed,
            "--help's exit codes do not mention {code}: {exit_codes}"
        );
    }
}

/// A variable whose setting the command line overrides is never read, before or after the
/// subcommand; a bad variable that is used is exit 2, naming it and what is wrong.
#[test]
fn variables_never_break_a_typed_command_line() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let overridden: [(&str, &str, &[&str]); 7] = [
        (
            "IBMCLOUD_IAM_API_ENDPOINT",
            "foo",
            &["apikey", "--iam-url", "{url}"],
        ),
        (
            "IBMCLOUD_IAM_API_ENDPOINT",
            "foo",
            &["--iam-url", "{url}", "apikey"],
        ),
        (
            "IAMTOKEN_OUTPUT",
            "bogus",
            &["apikey", "--output", "json", "--iam-url", "{url}"],
        ),
        (
            "IAMTOKEN_OUTPUT",
            "bogus",
            &["-o", "json", "apikey", "--iam-url", "{url}"],
        ),
        (
            "IAMTOKEN_NO_CACHE",
            "maybe",
            &["apikey", "--no-cache", "--iam-url", "{url}"],
        ),
        (
            "IAMTOKEN_NO_CACHE",
            "maybe",
            &["--no-cache", "apikey", "--iam-url", "{url}"],
        ),
        (
            "IAMTOKEN_NO_CACHE",
            "maybe",
            &["--no-cache", "--iam-url", "{url}", "apikey"],
        ),
    ];
    for (name, value, args) in overridden {
        let args: Vec<String> = args.iter().map(|a| a.replace("{url}", &iam.url)).collect();
        iamtoken(&home)
            .env(name, value)
            .env("IBMCLOUD_API_KEY", "k")
            .args(&args)
            .assert()
            .success();
    }
    // --test-env alone: the variable is not read (the staging endpoint is not reachable here,
    // so the run fails at the network, exit 4, not at the variable).
    iamtoken(&home)
        .env("IBMCLOUD_IAM_API_ENDPOINT", "foo")
        .args([
            "apikey",
            "--apikey",
            "k",
            "--test-env",
            "--retries",
            "0",
            "--timeout",
            "1",
        ])
        .assert()
        .code(4);
    let used: [(&str, &str, &str); 3] = [
        ("IBMCLOUD_IAM_API_ENDPOINT", "foo", "it has no scheme"),
        (
            "IAMTOKEN_OUTPUT",
            "bogus",
            "it is not one of json, token, header",
        ),
        ("IAMTOKEN_NO_CACHE", "maybe", "not a boolean"),
    ];
    for (name, value, why) in used {
        let mut cmd = iamtoken(&home);
        cmd.env(name, value).args(["apikey", "--apikey", "k"]);
        if name != "IBMCLOUD_IAM_API_ENDPOINT" {
            cmd.args(["--iam-url", &iam.url]);
        }
        cmd.assert()
            .code(2)
            .stderr(predicate::str::starts_with(format!(
                "iamtoken: error: {name}: invalid value"
            )))
            .stderr(predicate::str::contains(why));
    }
}

/// A stray word that is a format or a command name is named, with what was meant; any other
/// stray word may be a key typed without its option, and is not shown. A mistyped grant after
/// exec or check gets the suggestion the top level gives.
#[test]
fn stray_names_are_named_and_mistyped_grants_get_a_suggestion() {
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str], said: &str| {
        iamtoken(&home)
            .args(args)
            .assert()
            .code(2)
            .stderr(said.to_owned());
    };
    run(
        &["apikey", "token", "--apikey", "k"],
        "iamtoken: error: unexpected argument 'token': did you mean -o token?\n\
         iamtoken: hint: -o chooses the token's format: iamtoken apikey -o token\n",
    );
    run(
        &["token"],
        "iamtoken: error: unrecognized command 'token': did you mean -o token?\n\
         iamtoken: hint: -o chooses the token's format: iamtoken apikey -o token\n",
    );
    run(
        &["apikey", "exec", "--apikey", "k"],
        "iamtoken: error: unexpected argument 'exec': a command is named once, first (iamtoken [OPTIONS] exec ...)\n",
    );
    // A word that may be a key (an API key's length, or a character no plain word has) is not
    // shown; a short plain word is, with what the command takes instead.
    for word in ["SENTINEL-word-0123456789abcdefABCDEF_xyz", "SENTINEL:word"] {
        run(
            &["apikey", word, "--apikey", "k"],
            "iamtoken: error: unexpected argument (not shown: it may be a secret)\n\
             iamtoken: hint: a value goes after its option, e.g. --apikey @PATH; see --help\n",
        );
    }
    for (args, said) in [
        (&["logout", "work"][..], "did you mean `--name work`?"),
        (&["session", "work"], "did you mean `--name work`?"),
        (
            &["exec", "session", "env"],
            "the command goes after --: iamtoken exec session -- env",
        ),
        (
            &["sessions", "list"],
            "iamtoken sessions takes no words; see iamtoken sessions --help",
        ),
        (
            &["login", "help"],
            "iamtoken login takes no words; see iamtoken login --help",
        ),
    ] {
        let word = args.last().unwrap();
        run(
            args,
            &format!("iamtoken: error: unexpected argument '{word}'\niamtoken: hint: {said}\n"),
        );
    }
    // As at the top: `iamtoken apiky`.
    for args in [
        &["apiky"][..],
        &["exec", "apiky", "--", "true"],
        &["check", "apiky"],
        &["serve", "apiky"],
    ] {
        iamtoken(&home)
            .args(args)
            .assert()
            .code(2)
            .stderr(predicates::str::starts_with(
                "iamtoken: error: unrecognized subcommand 'apiky'\n\
                 iamtoken: hint: a similar subcommand exists: 'apikey'\n",
            ));
    }
    for args in [&["check", "SENTINEL-key"][..], &["serve", "SENTINEL-key"]] {
        iamtoken(&home)
            .args(args)
            .assert()
            .code(2)
            .stderr(predicates::str::contains("SENTINEL").not())
            .stderr(predicates::str::contains(
                "the grants are apikey, delegated",
            ));
    }
    iamtoken(&home)
        .args(["exec", "SENTINEL-key", "--", "true"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("SENTINEL").not())
        .stderr(predicates::str::contains(
            "the grants are apikey, delegated",
        ));
}

/// A command's help lists only the options it honours: the others are refused there (exit 2)
/// and not offered.
#[test]
fn help_per_command_lists_only_what_it_honours() {
    let home = tempfile::tempdir().unwrap();
    let help = |args: &[&str]| stdout_of(&home, &[args, &["--help"]].concat());
    for (args, shown, hidden) in [
        (
            &["cache"][..],
            &[][..],
            &["--iam-url", "--output", "--timeout", "--context"][..],
        ),
        (
            &["cache", "list"],
            &["--output <FORMAT>", "[possible values: json]"],
            &["--iam-url", "token,"],
        ),
        (
            &["cache", "clear"],
            &["--expired"],
            &["--output", "--iam-url"],
        ),
        (
            &["config", "show"],
            &["--context", "--no-context", "--sdk-service"],
            &["--timeout", "--output"],
        ),
        (
            &["config", "list"],
            &["--output", "--context"],
            &["--iam-url", "--retries"],
        ),
        (
            &["registry", "setup"],
            &["--dry-run"],
            &["--iam-url", "--output", "--context"],
        ),
        (
            &["inspect"],
            &["--iam-url", "--cacert", "--output"],
            &["--secret-command-timeout", "--min-ttl"],
        ),
        (&["apikey"], &["--iam-url", "--output", "--min-ttl"], &[]),
        (
            &["exec", "apikey"],
            &["--apikey", "--keep-env", "--iam-url", "[CMD]..."],
            &[],
        ),
    ] {
        let text = help(args);
        for option in shown {
            assert!(
                text.contains(option),
                "{args:?} --help lacks {option}:\n{text}"
            );
        }
        for option in hidden {
            assert!(
                !text.contains(option),
                "{args:?} --help shows {option}:\n{text}"
            );
        }
    }
}

#[test]
fn a_flag_beats_a_variable_that_is_empty_or_conflicts() {
    let home = tempfile::tempdir().unwrap();
    let iam = crate::support::StandIn::iam();
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
        crate::support::iamtoken(&home)
            .env(name, value)
            .args(&args)
            .args(["-o", "token", "apikey", "--apikey", "k"])
            .assert()
            .success()
            .stdout(format!("{ACCESS_TOKEN}\n"));
    }
    // IBMCLOUD_CR_TOKEN is not read when --cr-token-file, which conflicts with it, is typed.
    crate::support::iamtoken(&home)
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
    crate::support::iamtoken(&home)
        .env("IBMCLOUD_API_KEY", "")
        .args(["--iam-url", &iam.url, "apikey"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "iamtoken: error: missing --apikey\n",
        ));
    // A bad value from a variable names the variable, not a flag nobody typed.
    crate::support::iamtoken(&home)
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
    let iam = crate::support::StandIn::iam();
    let run = |env: Option<&str>, args: &[&str]| {
        let mut cmd = crate::support::iamtoken(&home);
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
    crate::support::iamtoken(&home)
        .env("IAMTOKEN_OUTPUT", "json")
        .args(["inspect", &token])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("iam_id "));
}

/// The global options are resolved once, after the parse: one typed after the command beats
/// one typed before it, and a command reads a variable only for an option it holds (`cache
/// path` holds no `-o`, so a bad `IAMTOKEN_OUTPUT` is none of its business; `status` holds one).
#[test]
fn the_innermost_typed_value_wins_and_a_command_reads_only_its_options_variables() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    iamtoken(&home)
        .args(["-o", "json", "--iam-url", &iam.url])
        .args(["apikey", "--apikey", "k", "-o", "token"])
        .assert()
        .success()
        .stdout(format!("{ACCESS_TOKEN}\n"));
    iamtoken(&home)
        .env("IAMTOKEN_OUTPUT", "bogus")
        .env("IAMTOKEN_NO_CACHE", "maybe")
        .args(["cache", "path"])
        .assert()
        .success();
    iamtoken(&home)
        .env("IAMTOKEN_OUTPUT", "bogus")
        .arg("status")
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "iamtoken: error: IAMTOKEN_OUTPUT: invalid value for --output <FORMAT>: it is not one of json",
        ));
}

#[test]
fn one_duration_syntax_for_every_duration_option() {
    let home = tempfile::tempdir().unwrap();
    let iam = crate::support::StandIn::iam();
    crate::support::iamtoken(&home)
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
        crate::support::iamtoken(&home)
            .args([flag, value, "apikey", "--apikey", "k"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!("{flag} <DURATION>")));
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
        crate::support::iamtoken(&home)
            .args(args)
            .assert()
            .code(2)
            .stderr(format!("iamtoken: error: {message}\n"));
    }
    // From a variable, the same options are simply not used.
    crate::support::iamtoken(&home)
        .env("IBMCLOUD_IAM_API_ENDPOINT", "https://x.example")
        .env("IAMTOKEN_OUTPUT", "token")
        .args(["cache", "path"])
        .assert()
        .success();
}

#[test]
fn each_commands_help_shows_the_options_it_honours() {
    let home = tempfile::tempdir().unwrap();
    let help = |args: &[&str]| stdout_of(&home, args);
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

#[test]
fn help_reads_cleanly() {
    let home = tempfile::tempdir().unwrap();
    let help = |args: &[&str]| stdout_of(&home, args);
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

/// The usage line of an error shows what was typed and what is missing, not an option that
/// only a variable set.
#[test]
fn the_usage_line_leaves_out_what_only_a_variable_set() {
    let home = tempfile::tempdir().unwrap();
    iamtoken(&home)
        .env("IBMCLOUD_IAM_API_ENDPOINT", "https://iam.test.cloud.ibm.com")
        .args(["delegated", "--apikey", "k"])
        .assert()
        .code(2)
        .stderr(
            "iamtoken: error: the following required arguments were not provided: --receiver-client-ids <IDS>\n\
             iamtoken: usage: iamtoken delegated --receiver-client-ids <IDS> --apikey <KEY> (see --help)\n",
        );
}

/// What `iamtoken ARGS` prints on stdout, after it succeeds.
fn stdout_of(home: &tempfile::TempDir, args: &[&str]) -> String {
    let out = crate::support::iamtoken(home).args(args).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

/// `--apikey` with no value says a value is required (never quoting a value); a variable that is
/// not UTF-8 text is named, not blamed on the arguments.
#[cfg(unix)]
#[test]
fn a_missing_value_and_a_non_utf8_variable_are_said_plainly() {
    use std::os::unix::ffi::OsStrExt as _;
    let home = tempfile::tempdir().unwrap();
    iamtoken(&home)
        .args(["apikey", "--apikey"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "iamtoken: error: a value is required for --apikey <KEY> but none was supplied\n",
        ));
    let bad = std::ffi::OsStr::from_bytes(b"SENTINEL\xff");
    for (name, command) in [
        ("IBMCLOUD_IAM_API_ENDPOINT", "apikey"),
        ("IBMCLOUD_API_KEY", "apikey"),
        ("IC_API_KEY", "apikey"),
        ("IAMTOKEN_CONTEXT", "apikey"),
        ("IAMTOKEN_CA_BUNDLE", "apikey"),
        ("IBMCLOUD_CR_TOKEN", "cr-token"),
        ("IBMCLOUD_CR_VPC_URL", "vpc"),
    ] {
        iamtoken(&home)
            .env(name, bad)
            .args([command, "-o", "token"])
            .assert()
            .code(2)
            .stderr(predicate::str::starts_with(format!(
                "iamtoken: error: the variable {name} is not UTF-8 text\n"
            )))
            .stderr(predicate::str::contains("SENTINEL").not());
    }
}

/// `status` holds no endpoint option, yet says where the next command that gets a token would
/// go: the context's endpoint, which a variable beats, or why there is none; and which API key
/// it would send.
#[test]
fn status_says_the_endpoint_and_key_the_next_token_command_would_use() {
    let home = tempfile::tempdir().unwrap();
    crate::support::write_config(
        &home,
        "[context.ci]\ngrant = \"apikey\"\napikey = \"env:KEY\"\ntest_env = true\n",
    );
    let endpoint = |variable: Option<&str>, words: &[&str]| {
        let mut cmd = iamtoken(&home);
        if let Some(value) = variable {
            cmd.env("IBMCLOUD_IAM_API_ENDPOINT", value);
        }
        let out = cmd
            .args(words)
            .args(["status", "-o", "json"])
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["endpoint"].clone()
    };
    assert_eq!(
        endpoint(None, &["--context", "ci"]),
        "iam.test.cloud.ibm.com"
    );
    assert_eq!(endpoint(None, &[]), "iam.cloud.ibm.com");
    assert_eq!(
        endpoint(
            Some("https://private.iam.cloud.ibm.com"),
            &["--context", "ci"]
        ),
        "private.iam.cloud.ibm.com"
    );
    assert_eq!(
        endpoint(Some("ftp://iam.example.com"), &[]),
        serde_json::Value::Null
    );
    // The identity says where the API key comes from: the variable beats the context's.
    let config = crate::support::config_file(&home);
    let identity = |key: Option<&str>| {
        let mut cmd = iamtoken(&home);
        if let Some(key) = key {
            cmd.env("IBMCLOUD_API_KEY", key);
        }
        let out = cmd
            .args(["--context", "ci", "status", "-o", "json"])
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["identity"].clone()
    };
    assert_eq!(
        identity(None),
        format!("apikey (key in {}:3)", config.display()).as_str()
    );
    assert_eq!(identity(Some("k")), "apikey (key in IBMCLOUD_API_KEY)");
    // An API key is of no use without an endpoint: status ends with the run's error.
    let said = iamtoken(&home)
        .env("IBMCLOUD_IAM_API_ENDPOINT", "ftp://iam.example.com")
        .env("IBMCLOUD_API_KEY", "k")
        .arg("status")
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&said.stdout);
    assert!(
        shown.contains("identity  apikey (IBMCLOUD_API_KEY)"),
        "{shown}"
    );
    assert!(
        shown.contains("endpoint  none: IBMCLOUD_IAM_API_ENDPOINT"),
        "{shown}"
    );
    assert_eq!(said.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&said.stderr).starts_with(
            "iamtoken: error: IBMCLOUD_IAM_API_ENDPOINT: invalid value for --iam-url <URL>: \
             unsupported scheme ftp://"
        ),
        "{}",
        String::from_utf8_lossy(&said.stderr)
    );
}
