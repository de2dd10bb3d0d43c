//! Contexts from the config file, their precedence, the config commands, and --sdk-service.

use predicates::prelude::*;

use crate::support::{
    ACCESS_TOKEN, APIKEY_GRANT, ASSUME_GRANT, CR_GRANT, StandIn, cache_dir, config_file, iamtoken,
    write_config,
};

/// A home with `config.toml` holding `text`, and the stand-in's URL substituted for `{url}`.
fn home_with(text: &str, iam: &StandIn) -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    let path = write_config(&home, &text.replace("{url}", &iam.url));
    // Readable by its owner only, as a config holding literal secrets should be. (On Windows a
    // file in the user's temp folder is private already; .ci/windows runs Wine under umask 077.)
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    #[cfg(not(unix))]
    let _ = path;
    home
}

fn config_path(home: &tempfile::TempDir) -> String {
    config_file(home).display().to_string()
}

const CONFIG: &str = r#"
default_context = "ci"

[context.ci]
grant = "apikey"
apikey = "env:CI_KEY"
iam_url = "{url}"
output = "token"
cache = false

[context.other]
grant = "apikey"
apikey = "other-literal-key"
iam_url = "{url}"
"#;

fn sent_key(iam: &StandIn) -> String {
    let form = iam.received().last().unwrap().form();
    form.into_iter().find(|(k, _)| k == "apikey").unwrap().1
}

#[test]
fn a_context_without_a_subcommand() {
    let iam = StandIn::iam();
    let home = home_with(CONFIG, &iam);
    iamtoken(&home)
        .env("CI_KEY", "ci-key")
        .args(["--context", "ci"])
        .assert()
        .success()
        .stderr("")
        .stdout(format!("{ACCESS_TOKEN}\n"));
    assert_eq!(sent_key(&iam), "ci-key");
    assert_eq!(iam.received()[0].form()[0].1, APIKEY_GRANT);
    // default_context applies with no --context at all; IAMTOKEN_CONTEXT selects another.
    iamtoken(&home).env("CI_KEY", "ci-key-2").assert().success();
    assert_eq!(sent_key(&iam), "ci-key-2");
    iamtoken(&home)
        .env("IAMTOKEN_CONTEXT", "other")
        .args(["-o", "token"])
        .assert()
        .success();
    assert_eq!(sent_key(&iam), "other-literal-key");
}

/// With the grant left out (the context names it), only options every token command takes may
/// be typed: a grant's own option is exit 2, naming the grant to type before it, and nothing is
/// sent. Typed after the grant, the same option is taken.
#[test]
fn a_grants_option_without_the_grant_names_the_grant() {
    let iam = StandIn::iam();
    let home = home_with(CONFIG, &iam);
    for typed in [
        &["--apikey", "typed-key"][..],
        &["--apikey=typed-key"],
        &["-o", "token", "--apikey", "typed-key"],
    ] {
        let out = iamtoken(&home)
            .env("CI_KEY", "ci-key")
            .args(["--context", "ci"])
            .args(typed)
            .assert()
            .code(2)
            .stdout("")
            .get_output()
            .stderr
            .clone();
        let said = String::from_utf8(out).unwrap();
        assert_eq!(
            said,
            "iamtoken: error: --apikey is an option of apikey, the grant that context ci names: \
             type the grant before it\n\
             iamtoken: hint: iamtoken --context ci apikey --apikey ...\n",
            "{typed:?}"
        );
        assert!(!said.contains("typed-key"));
    }
    assert!(iam.received().is_empty(), "nothing is sent");
    // A global option is still taken without the grant; the grant's own after the grant.
    iamtoken(&home)
        .env("CI_KEY", "ci-key")
        .args(["--context", "ci", "-o", "token", "--no-cache"])
        .assert()
        .success();
    assert_eq!(sent_key(&iam), "ci-key");
    iamtoken(&home)
        .env("CI_KEY", "ci-key")
        .args(["--context", "ci", "apikey", "--apikey", "typed-key"])
        .assert()
        .success();
    assert_eq!(sent_key(&iam), "typed-key");
}

/// A context named before the command is applied before the one parse; named after it, it is
/// read from the parsed words first. Both give every setting the same precedence.
#[test]
fn a_context_named_before_or_after_the_command_is_applied_alike() {
    let iam = StandIn::iam();
    let home = home_with(CONFIG, &iam);
    let cases: [(&[&str], Option<&str>, &str); 4] = [
        (&[], None, "other-literal-key"),
        (&[], Some("env-key"), "env-key"),
        (&["--apikey", "typed-key"], None, "typed-key"),
        (&["--apikey", "typed-key"], Some("env-key"), "typed-key"),
    ];
    for (typed, variable, expected) in cases {
        for before in [true, false] {
            let mut cmd = iamtoken(&home);
            if before {
                cmd.args(["--context", "other", "-o", "token", "apikey"]);
                cmd.args(typed);
            } else {
                cmd.args(["apikey", "-o", "token"]);
                cmd.args(typed);
                cmd.args(["--context", "other"]);
            }
            if let Some(value) = variable {
                cmd.env("IBMCLOUD_API_KEY", value);
            }
            cmd.arg("--no-cache")
                .assert()
                .success()
                .stdout(format!("{ACCESS_TOKEN}\n"));
            assert_eq!(
                sent_key(&iam),
                expected,
                "{typed:?} {variable:?} before: {before}"
            );
        }
    }
}

#[test]
fn precedence_flag_then_environment_then_context_then_default() {
    let iam = StandIn::iam();
    let home = home_with(CONFIG, &iam);
    let run = |env: &[(&str, &str)], args: &[&str]| {
        let mut cmd = iamtoken(&home);
        cmd.env("CI_KEY", "context-key");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        (String::from_utf8(out).unwrap(), sent_key(&iam))
    };
    // apikey: context < IBMCLOUD_API_KEY < IC_API_KEY? no: IBMCLOUD_API_KEY first, then IC_API_KEY.
    assert_eq!(run(&[], &["apikey"]).1, "context-key");
    assert_eq!(run(&[("IC_API_KEY", "ic-key")], &["apikey"]).1, "ic-key");
    assert_eq!(
        run(
            &[("IBMCLOUD_API_KEY", "env-key"), ("IC_API_KEY", "ic")],
            &["apikey"]
        )
        .1,
        "env-key"
    );
    assert_eq!(
        run(
            &[("IBMCLOUD_API_KEY", "env-key")],
            &["apikey", "--apikey", "flag-key"]
        )
        .1,
        "flag-key"
    );
    // output: context (token) < flag (json); no output in the context: the default (json).
    assert_eq!(run(&[], &[]).0, format!("{ACCESS_TOKEN}\n"));
    assert!(run(&[], &["-o", "json"]).0.starts_with('{'));
    assert!(
        run(
            &[("IAMTOKEN_CONTEXT", "other"), ("IBMCLOUD_API_KEY", "k")],
            &[]
        )
        .0
        .starts_with('{')
    );
    // iam_url: context < IBMCLOUD_IAM_API_ENDPOINT < --iam-url.
    let elsewhere = StandIn::iam();
    run(&[("IBMCLOUD_IAM_API_ENDPOINT", &elsewhere.url)], &[]);
    assert_eq!(elsewhere.received().len(), 1);
    let third = StandIn::iam();
    run(
        &[("IBMCLOUD_IAM_API_ENDPOINT", &elsewhere.url)],
        &["--iam-url", &third.url],
    );
    assert_eq!((elsewhere.received().len(), third.received().len()), (1, 1));
}

#[test]
fn cache_false_in_a_context_and_the_flag_over_it() {
    let iam = StandIn::iam();
    let home = home_with(CONFIG, &iam);
    for _ in 0..2 {
        iamtoken(&home).env("CI_KEY", "k").assert().success();
    }
    assert_eq!(iam.received().len(), 2, "cache = false");
    let cache = cache_dir(&home);
    assert!(!cache.exists() || std::fs::read_dir(&cache).unwrap().next().is_none());
}

#[test]
fn malformed_configs_name_file_line_and_key() {
    let iam = StandIn::iam();
    let cases = [
        ("[context.ci]\ngrant = \"apikey\"\napikey = \n", ":3: "),
        (
            "[context.ci]\ngrant = \"apikey\"\nprofile_id = \"p\"\n",
            ":3: context.ci: unknown setting 'profile_id' for grant apikey",
        ),
        (
            "[context.ci]\ngrant = \"apikey\"\n\ntimeout = \"soon\"\n",
            ":4: context.ci.timeout: invalid value 'soon' for '--timeout <DURATION>': not a duration",
        ),
        (
            "[context.ci]\ngrant = \"token\"\n",
            ":2: context.ci.grant 'token': it is no grant; did you mean cr-token?",
        ),
        // A grant's own option, read by the settings layer as a global option is.
        (
            "[context.ci]\ngrant = \"vpc\"\nmetadata_version = \"1999-01-01\"\n",
            ":3: context.ci.metadata_version: invalid value '1999-01-01' for '--metadata-version <VERSION>'",
        ),
        (
            "[context.ci]\ngrant = \"delegated\"\nreceiver_client_ids = \"kube\"\nwith_access_token = \"yes\"\n",
            ":4: context.ci.with_access_token: 'yes' is not true or false",
        ),
    ];
    for (text, message) in cases {
        let home = home_with(text, &iam);
        iamtoken(&home)
            .args(["--context", "ci", "-o", "token"])
            .env("IBMCLOUD_API_KEY", "k")
            .assert()
            .code(2)
            .stderr(predicate::str::starts_with(format!(
                "iamtoken: error: {}{message}",
                config_path(&home)
            )));
    }
    // A default_context that names no context fails only the runs that rely on it.
    let home = home_with("default_context = \"nope\"\n", &iam);
    iamtoken(&home)
        .args(["-o", "token", "apikey", "--apikey", "k"])
        .assert()
        .code(2)
        .stderr(format!(
            "iamtoken: error: {}: default_context 'nope' has no [context.nope] table\n",
            config_path(&home)
        ));
    // A broken file still lets --help and `config path` through.
    let home = home_with("[context.ci\n", &iam);
    iamtoken(&home).arg("--help").assert().success();
    iamtoken(&home)
        .args(["config", "path"])
        .assert()
        .success()
        .stdout(config_path(&home) + "\n");
    let empty = tempfile::tempdir().unwrap();
    iamtoken(&empty)
        .args(["--context", "ci", "apikey"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("hint: there is no config file ("));
    let home = home_with(CONFIG, &iam);
    iamtoken(&home)
        .args(["--context", "nope", "apikey"])
        .assert()
        .code(2)
        .stderr(
            "iamtoken: error: no context named 'nope'\niamtoken: hint: contexts in ".to_owned()
                + &config_path(&home)
                + ": ci, other\n",
        );
    assert!(iam.received().is_empty());
}

#[cfg(unix)]
#[test]
fn a_readable_file_with_a_literal_secret_is_warned_about() {
    use std::os::unix::fs::PermissionsExt as _;
    let iam = StandIn::iam();
    let home = home_with(CONFIG, &iam);
    let path = config_path(&home);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    iamtoken(&home)
        .env("CI_KEY", "k")
        .assert()
        .success()
        .stderr(format!(
            "iamtoken: warning: {path}:13 (context.other.apikey) holds a literal secret, and the file is readable by group or others; use @PATH or env:NAME, or chmod 600 it\n"
        ));
    // Every such line is named.
    let two = format!(
        "{CONFIG}\n[context.third]\ngrant = \"password\"\nusername = \"u\"\npassword = \"SENTINEL-pw\"\n"
    );
    std::fs::write(&path, &two).unwrap();
    let out = iamtoken(&home).env("CI_KEY", "k").output().unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(&format!("{path}:13 (context.other.apikey), ")),
        "{said}"
    );
    assert!(
        said.contains("(context.third.password) hold literal secrets"),
        "{said}"
    );
    assert!(!said.contains("SENTINEL"), "{said}");
    // A key file given as @PATH that others may read gets the same warning; 0600 gets none.
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    let key = home.path().join("key.txt");
    std::fs::write(&key, "SENTINEL-key-file\n").unwrap();
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = iamtoken(&home)
        .args(["--no-context", "--iam-url", &iam.url, "apikey", "--apikey"])
        .arg(format!("@{}", key.display()))
        .output()
        .unwrap();
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(&format!("warning: {} holds a secret (--apikey) and is readable by group or others; chmod 600 it", key.display())),
        "{said}"
    );
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    iamtoken(&home)
        .args([
            "--no-context",
            "--no-cache",
            "--iam-url",
            &iam.url,
            "apikey",
            "--apikey",
        ])
        .arg(format!("@{}", key.display()))
        .assert()
        .success()
        .stderr("");
}

#[test]
fn config_commands_never_show_a_secret() {
    let iam = StandIn::iam();
    let home = home_with(CONFIG, &iam);
    iamtoken(&home)
        .args(["config", "path"])
        .assert()
        .success()
        .stdout(config_path(&home) + "\n");
    iamtoken(&home)
        .args(["config", "list"])
        .assert()
        .success()
        .stdout(format!(
            "* ci     apikey  {url}\n  other  apikey  {url}\n",
            url = iam.url
        ));
    let out = iamtoken(&home)
        .env("IBMCLOUD_API_KEY", "SENTINEL-env")
        .args(["config", "show", "other"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let shown = String::from_utf8(out).unwrap();
    assert!(
        !shown.contains("SENTINEL") && !shown.contains("other-literal-key"),
        "{shown}"
    );
    let row = |re: &str| predicate::str::is_match(re).unwrap().eval(&shown);
    assert!(
        row(r"\napikey +env:IBMCLOUD_API_KEY +environment \(IBMCLOUD_API_KEY\)\n"),
        "{shown}"
    );
    assert!(
        row(&format!(
            r"\niam_url +{} +context \(.*config.toml:14\)\n",
            iam.url
        )),
        "{shown}"
    );
    assert!(
        predicate::str::is_match(r"timeout +30s +default")
            .unwrap()
            .eval(&shown),
        "{shown}"
    );
    let shown = iamtoken(&home)
        .args(["config", "show"])
        .output()
        .unwrap()
        .stdout;
    let shown = String::from_utf8(shown).unwrap();
    assert!(shown.starts_with("context ci ("), "{shown}");
    assert!(
        predicate::str::is_match(r"apikey +env:CI_KEY +context \(.*config.toml:6\)")
            .unwrap()
            .eval(&shown),
        "{shown}"
    );
    assert!(
        predicate::str::is_match(r"cache +false +context")
            .unwrap()
            .eval(&shown),
        "{shown}"
    );
    assert!(iam.received().is_empty());
}

fn credentials(home: &tempfile::TempDir, text: &str) -> std::path::PathBuf {
    let path = home.path().join("creds.env");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn sdk_service_iam_from_a_credentials_file() {
    let iam = StandIn::iam();
    let home = tempfile::tempdir().unwrap();
    let file = credentials(
        &home,
        &format!(
            "# my service\nMY_SERVICE_AUTH_TYPE=iam\nMY_SERVICE_APIKEY=sdk-key\nMY_SERVICE_AUTH_URL={}\nOTHER_APIKEY=no\n",
            iam.url
        ),
    );
    iamtoken(&home)
        .env("IBM_CREDENTIALS_FILE", &file)
        .env("MY_SERVICE_APIKEY", "env-is-not-merged")
        .args(["--sdk-service", "my-service", "-o", "token"])
        .assert()
        .success()
        .stdout(format!("{ACCESS_TOKEN}\n"));
    assert_eq!(sent_key(&iam), "sdk-key");
}

#[test]
fn sdk_service_from_the_environment_container_and_assume() {
    let iam = StandIn::iam();
    let home = tempfile::tempdir().unwrap();
    let token_file = home.path().join("cr-token");
    std::fs::write(&token_file, "eyJ.cr.tok\n").unwrap();
    iamtoken(&home)
        .env("SVC_AUTH_TYPE", "container")
        .env("SVC_CR_TOKEN_FILENAME", &token_file)
        .env("SVC_IAM_PROFILE_NAME", "my-app")
        .env("SVC_AUTH_URL", &iam.url)
        .args(["--sdk-service", "svc"])
        .assert()
        .success();
    let got = iam.received().last().unwrap().form();
    assert_eq!(got[0].1, CR_GRANT);
    assert!(
        got.contains(&("cr_token".into(), "eyJ.cr.tok".into()))
            && got.contains(&("profile_name".into(), "my-app".into()))
    );
    // iamAssume: the key's token first, then the assume grant with it.
    iamtoken(&home)
        .env("SVC_AUTH_TYPE", "iamAssume")
        .env("SVC_APIKEY", "assume-key")
        .env("SVC_IAM_PROFILE_ID", "Profile-1")
        .env("SVC_AUTH_URL", &iam.url)
        .args(["--sdk-service", "svc", "-o", "token"])
        .assert()
        .success()
        .stdout(format!("{ACCESS_TOKEN}\n"));
    let all = iam.received();
    let (first, second) = (all[all.len() - 2].form(), all[all.len() - 1].form());
    assert_eq!(first[0].1, APIKEY_GRANT);
    assert_eq!(
        second,
        [
            ("grant_type".to_owned(), ASSUME_GRANT.to_owned()),
            ("access_token".to_owned(), ACCESS_TOKEN.to_owned()),
            ("profile_id".to_owned(), "Profile-1".to_owned()),
        ]
    );
    iamtoken(&home)
        .env("SVC_AUTH_TYPE", "vpc")
        .args(["--sdk-service", "svc"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "SVC_AUTH_TYPE 'vpc' is not a token grant iamtoken handles",
        ));
    iamtoken(&home)
        .args(["--sdk-service", "nothing-here"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no IBM SDK settings for service 'nothing-here'",
        ));
}

/// A context gives a grant's required options, whether the grant is typed or left out; what
/// is typed, and then the option's variable, win over it; clap's rules hold for the values
/// resolved (a required option that nothing gives is still missing).
#[test]
fn a_context_gives_required_options_and_yields_to_flags_and_variables() {
    let iam = StandIn::iam();
    let config = r#"
[context.del]
grant = "delegated"
apikey = "ctx-key"
receiver_client_ids = "kube"
with_access_token = true
iam_url = "{url}"

[context.half]
grant = "assume"
access_token = "at"
iam_url = "{url}"
"#;
    let home = home_with(config, &iam);
    let field = |name: &str| {
        let form = iam.received().last().unwrap().form();
        form.into_iter().find(|(k, _)| k == name).map(|(_, v)| v)
    };
    for args in [&["-o", "token"][..], &["delegated", "-o", "token"]] {
        iamtoken(&home)
            .args(["--context", "del", "--no-cache"])
            .args(args)
            .assert()
            .success();
        assert_eq!(field("receiver_client_ids").as_deref(), Some("kube"));
        assert_eq!(field("apikey").as_deref(), Some("ctx-key"));
        assert_eq!(
            field("response_type").as_deref(),
            Some("cloud_iam delegated_refresh_token")
        );
    }
    iamtoken(&home)
        .env("IBMCLOUD_API_KEY", "env-key")
        .args(["--context", "del", "--no-cache", "delegated"])
        .args(["--receiver-client-ids", "ce"])
        .assert()
        .success();
    assert_eq!(field("receiver_client_ids").as_deref(), Some("ce"));
    assert_eq!(field("apikey").as_deref(), Some("env-key"));
    let before = iam.received().len();
    for args in [&["-o", "token"][..], &["assume", "-o", "token"]] {
        iamtoken(&home)
            .args(["--context", "half"])
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(
                "the following required arguments were not provided: <--profile-id <ID>|--profile-crn <CRN>|--profile-name <NAME>>",
            ))
            .stderr(predicate::str::contains("iamtoken: usage: iamtoken assume"));
    }
    assert_eq!(
        iam.received().len(),
        before,
        "an incomplete assume reached IAM"
    );
    // Where clap stopped at the grant's missing option, which the context gives, the rules of
    // the levels above it still hold.
    for (args, message) in [
        (
            &["--no-context", "--context", "del", "delegated"][..],
            "cannot be used with",
        ),
        (
            &[
                "--context",
                "del",
                "serve",
                "--log",
                "serve.log",
                "delegated",
            ],
            "the following required arguments were not provided: --detach",
        ),
    ] {
        iamtoken(&home)
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
    }
    assert_eq!(
        iam.received().len(),
        before,
        "a refused command line reached IAM"
    );
}

#[test]
fn a_choice_on_the_command_line_replaces_the_contexts() {
    let iam = StandIn::iam();
    let config = r#"
[context.tp]
grant = "assume"
access_token = "env:USER_TOKEN"
profile_name = "ci"
account = "acc"
iam_url = "{url}"
"#;
    let home = home_with(config, &iam);
    let form = |args: &[&str]| {
        iamtoken(&home)
            .env("USER_TOKEN", "user-at")
            .args(["--context", "tp", "--no-cache"])
            .args(args)
            .assert()
            .success();
        iam.received().last().unwrap().form()
    };
    let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    };
    assert_eq!(
        form(&[]),
        pairs(&[
            ("grant_type", ASSUME_GRANT),
            ("access_token", "user-at"),
            ("profile_name", "ci"),
            ("account", "acc")
        ])
    );
    assert_eq!(
        form(&["assume", "--profile-id", "Profile-9"]),
        pairs(&[
            ("grant_type", ASSUME_GRANT),
            ("access_token", "user-at"),
            ("profile_id", "Profile-9")
        ])
    );
    assert_eq!(
        form(&["assume", "--cookie", "ck"]),
        pairs(&[
            ("grant_type", ASSUME_GRANT),
            ("cookie", "ck"),
            ("profile_name", "ci"),
            ("account", "acc")
        ])
    );
}

#[test]
fn config_list_previews_the_endpoint_a_run_would_use_or_its_error() {
    let iam = StandIn::iam();
    let home = home_with(
        "[context.mars]\ngrant = \"apikey\"\nprivate = true\nregion = \"mars-1\"\n\n\
         [context.prod]\ngrant = \"apikey\"\ninsecure = true\n\n\
         [context.test]\ngrant = \"apikey\"\ntest_env = true\n\n\
         [context.slow]\ngrant = \"apikey\"\ntimeout = \"soon\"\n",
        &iam,
    );
    let path = config_path(&home);
    let listed = iamtoken(&home).args(["config", "list"]).assert().success();
    let out = String::from_utf8(listed.get_output().stdout.clone()).unwrap();
    assert!(
        out.contains("mars  apikey  refused: no private IAM endpoint for region 'mars-1'"),
        "{out}"
    );
    assert!(
        out.contains("prod  apikey  refused: --insecure is refused for the production IAM endpoint iam.cloud.ibm.com"),
        "{out}"
    );
    assert!(
        out.contains("test  apikey  https://iam.test.cloud.ibm.com\n"),
        "{out}"
    );
    // The run refuses the same context with the same words, before any request.
    iamtoken(&home)
        .args(["--context", "mars", "apikey", "--apikey", "k"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no private IAM endpoint for region 'mars-1'",
        ));
    // A context that cannot even be parsed keeps neither the config nor the cache commands
    // from working.
    for args in [&["config", "list"][..], &["cache", "path"]] {
        iamtoken(&home)
            .env("IAMTOKEN_CONTEXT", "slow")
            .args(args)
            .assert()
            .success();
    }
    iamtoken(&home)
        .args(["--context", "slow", "apikey", "--apikey", "k"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{path}:16: context.slow.timeout"
        )));
    assert!(iam.received().is_empty());
}

/// `--help` is the one definition's, whatever context is in effect: the same lines as without
/// it, in the same order, so no context's value (a literal secret least of all: help gets pasted
/// into issues and shown on shared screens) ever shows; a note on stderr says a context is in
/// effect and where its values are shown.
#[test]
fn help_is_the_same_with_a_context_and_never_shows_its_values() {
    let iam = StandIn::iam();
    let home = home_with(
        r#"
default_context = "key"

[context.key]
grant = "apikey"
apikey = "SENTINEL-help-key"
timeout = "7s"

[context.pw]
grant = "password"
username = "someone@example.com"
password = "SENTINEL-help-password"

[context.drt]
grant = "delegated-refresh-token"
refresh_token = "SENTINEL-help-drt"
client_id = "kube"
client_secret = "SENTINEL-help-client-secret"
"#,
        &iam,
    );
    let cases: [(&str, &[&str]); 8] = [
        ("key", &["apikey"]),
        ("key", &["delegated"]),
        ("key", &["iks"]),
        ("key", &["openshift"]),
        ("key", &["assume"]),
        ("key", &["exec", "apikey"]),
        ("pw", &["password"]),
        ("drt", &["delegated-refresh-token"]),
    ];
    for (context, command) in cases {
        for help in ["--help", "-h"] {
            let plain = iamtoken(&home)
                .arg("--no-context")
                .args(command)
                .arg(help)
                .assert()
                .success();
            let plain = String::from_utf8_lossy(&plain.get_output().stdout).into_owned();
            let out = iamtoken(&home)
                .args(["--context", context])
                .args(command)
                .arg(help)
                .assert()
                .success()
                .stdout(plain)
                .stderr(predicate::str::contains("SENTINEL").not());
            let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
            assert_eq!(
                stderr,
                format!(
                    "iamtoken: note: context {context} is in effect; `iamtoken config show \
                     {context}` shows its values\n"
                ),
                "{command:?} {help}"
            );
        }
    }
    // The default context is in effect too, and neither its key nor its timeout shows.
    let out = iamtoken(&home)
        .args(["apikey", "--help"])
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        !stdout.contains("SENTINEL") && !stdout.contains("7s"),
        "{stdout}"
    );
    assert!(String::from_utf8_lossy(&out.get_output().stderr).contains("context key is in effect"));
    assert!(iam.received().is_empty());
}

#[test]
fn config_list_says_why_it_lists_nothing() {
    let help = "; `iamtoken config --help` shows how to write one\n";
    let home = tempfile::tempdir().unwrap();
    iamtoken(&home)
        .args(["config", "list"])
        .assert()
        .success()
        .stdout("")
        .stderr(format!(
            "iamtoken: no config file at {}{help}",
            config_path(&home)
        ));
    iamtoken(&home)
        .args(["config", "list", "-o", "json"])
        .assert()
        .success()
        .stdout("[]\n");
    let iam = StandIn::iam();
    let home = home_with("# nothing yet\n", &iam);
    iamtoken(&home)
        .args(["config", "list"])
        .assert()
        .success()
        .stderr(format!(
            "iamtoken: {} has no contexts ([context.NAME] tables){help}",
            config_path(&home)
        ));
    // Windows' null device, NUL, means none there too.
    let nulls: &[&str] = if cfg!(windows) {
        &["/dev/null", "NUL", "nul"]
    } else {
        &["/dev/null"]
    };
    for null in nulls {
        iamtoken(&home)
            .env("IAMTOKEN_CONFIG", null)
            .args(["config", "list"])
            .assert()
            .success()
            .stderr(format!(
                "iamtoken: no config file is in use (IAMTOKEN_CONFIG={null}){help}"
            ));
    }
}

/// config list (text and JSON) and config show report exactly the error a run with the
/// context stops with, with file and line, and the closest valid key or grant.
#[test]
fn config_list_and_show_report_the_runs_error() {
    let iam = StandIn::iam();
    let home = home_with(
        "[context.slow]\ngrant = \"apikey\"\napikey = \"k\"\ntimeout = \"5 minutes\"\n\n\
         [context.typo]\ngrant = \"assume\"\napikey = \"k\"\nprofile_nme = \"p\"\n\n\
         [context.mistyped]\ngrant = \"asume\"\napikey = \"k\"\n\n\
         [context.fine]\ngrant = \"apikey\"\napikey = \"k\"\niam_url = \"{url}\"\n",
        &iam,
    );
    let path = config_path(&home);
    let errors = [
        (
            "slow",
            format!(
                "{path}:4: context.slow.timeout: invalid value '5 minutes' for '--timeout <DURATION>': not a duration (examples: 300, 30s, 15m, 1h, 6d)"
            ),
        ),
        (
            "typo",
            format!(
                "{path}:9: context.typo: unknown setting 'profile_nme' for grant assume; did you mean profile_name?"
            ),
        ),
        (
            "mistyped",
            format!(
                "{path}:12: context.mistyped.grant 'asume': it is no grant; did you mean assume?"
            ),
        ),
    ];
    let listed = iamtoken(&home)
        .args(["config", "list", "-o", "json"])
        .assert()
        .success();
    let list: serde_json::Value = serde_json::from_slice(&listed.get_output().stdout).unwrap();
    let error_of = |name: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .map(|c| c["error"].clone())
            .unwrap()
    };
    assert_eq!(error_of("fine"), serde_json::Value::Null);
    for (name, error) in &errors {
        assert_eq!(error_of(name), serde_json::json!(error), "{name}");
        let run = iamtoken(&home)
            .args(["--context", name, "-o", "token"])
            .assert()
            .code(2);
        let said = String::from_utf8_lossy(&run.get_output().stderr).into_owned();
        assert_eq!(
            said,
            format!("iamtoken: error: {error}\n"),
            "the run stops with it"
        );
        iamtoken(&home)
            .args(["config", "show", name])
            .assert()
            .code(2)
            .stdout("")
            .stderr(said);
        iamtoken(&home)
            .args(["config", "list"])
            .assert()
            .success()
            .stdout(predicate::str::contains(format!("refused: {error}\n")));
    }
    iamtoken(&home)
        .args(["config", "show", "fine"])
        .assert()
        .success();
    assert!(iam.received().is_empty());
}

/// The default context lends a grant only what serves it: an apikey default context does not
/// block `vpc` or `cr-token` (README's pod recipe), whose runs still take its global settings;
/// a context asked for by name still says that it cannot serve them. `--no-context` ignores
/// default_context and IAMTOKEN_CONTEXT, and conflicts with --context.
#[test]
fn default_context_never_blocks_a_grant_it_cannot_serve() {
    let iam = StandIn::iam();
    let home = home_with(
        "default_context = \"ci\"\n\n[context.ci]\ngrant = \"apikey\"\napikey = \"k\"\n\
         iam_url = \"{url}\"\noutput = \"token\"\n",
        &iam,
    );
    let metadata = crate::support::metadata_stand_in(None);
    iamtoken(&home)
        .args(["vpc", "--metadata-url", &metadata.url])
        .assert()
        .success()
        .stdout(format!("{ACCESS_TOKEN}\n"));
    let token_file = home.path().join("sa-token");
    std::fs::write(&token_file, "eyJ.sa.one\n").unwrap();
    iamtoken(&home)
        .env("IAMTOKEN_CR_TOKEN_PATHS", &token_file)
        .args(["cr-token", "--profile-name", "app"])
        .assert()
        .success()
        .stdout(format!("{ACCESS_TOKEN}\n"));
    let sent = iam.received();
    assert_eq!(sent.len(), 1, "cr-token went to the default context's IAM");
    assert!(
        sent[0].body.contains("cr_token=eyJ.sa.one"),
        "{}",
        sent[0].body
    );
    iamtoken(&home)
        .args(["--context", "ci", "vpc", "--metadata-url", &metadata.url])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "context ci is for grant apikey: its apikey cannot serve vpc",
        ));
    // --no-context: the built-in defaults (JSON), and the typed IAM URL.
    let out = iamtoken(&home)
        .env("IAMTOKEN_CONTEXT", "ci")
        .args([
            "--no-context",
            "--iam-url",
            &iam.url,
            "apikey",
            "--apikey",
            "typed",
        ])
        .assert()
        .success();
    let printed: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(printed["access_token"], ACCESS_TOKEN);
    iamtoken(&home)
        .args(["--no-context", "--context", "ci"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "'--no-context' cannot be used with '--context <NAME>'",
        ));
}

#[test]
fn a_contexts_identity_serves_every_grant_it_fits() {
    let home = tempfile::tempdir().unwrap();
    let iam = crate::support::StandIn::iam();
    crate::support::write_config(
        &home,
        &format!(
            "[context.ci]\ngrant = \"apikey\"\napikey = \"env:CI_KEY\"\ntenant = \"t1\"\niam_url = \"{0}\"\n\n\
             [context.pod]\ngrant = \"cr-token\"\ncr_token = \"env:CR\"\nprofile_name = \"p\"\niam_url = \"{0}\"\n",
            iam.url
        ),
    );
    let run = |args: &[&str]| {
        crate::support::iamtoken(&home)
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
    let path = crate::support::write_config(
        &home,
        "default_context = \"gone\"\n\n[context.ci]\ngrant = \"apikye\"\n",
    );
    crate::support::iamtoken(&home)
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
    // So does every command that holds no global option, and so uses no context.
    crate::support::iamtoken(&home)
        .args(["logout", "--all"])
        .assert()
        .success()
        .stderr("iamtoken: no sessions were stored\n");
    // config show refuses a context every run refuses, with the run's error.
    crate::support::iamtoken(&home)
        .args(["config", "show", "ci"])
        .assert()
        .code(2)
        .stderr(format!(
            "iamtoken: error: {}:4: context.ci.grant 'apikye': it is no grant; did you mean apikey?\n",
            path.display()
        ));
    // Only these two commands warn of an IAMTOKEN_CONFIG that names nothing.
    let nothing = home.path().join("nothing.toml");
    crate::support::iamtoken(&home)
        .env("IAMTOKEN_CONFIG", &nothing)
        .args(["config", "list"])
        .assert()
        .success()
        .stderr(format!(
            "iamtoken: warning: IAMTOKEN_CONFIG names {}, which does not exist\n",
            nothing.display()
        ));
    crate::support::iamtoken(&home)
        .env("IAMTOKEN_CONFIG", &nothing)
        .args(["cache", "path"])
        .assert()
        .success()
        .stderr("");
}

#[test]
fn config_list_and_inspect_speak_json() {
    let home = tempfile::tempdir().unwrap();
    crate::support::write_config(
        &home,
        "default_context = \"ci\"\n[context.ci]\ngrant = \"apikey\"\n[context.mars]\ngrant = \"apikey\"\nregion = \"mars-1\"\n",
    );
    let out = crate::support::iamtoken(&home)
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
    let out = crate::support::iamtoken(&home)
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
    crate::support::iamtoken(&home)
        .args(["inspect", &no_exp])
        .assert()
        .code(2)
        .stderr("iamtoken: error: the token has no expiry (exp): it is not an IAM access token\n");
    // An oversized input is said to be one.
    crate::support::iamtoken(&home)
        .args(["inspect"])
        .write_stdin(vec![b'a'; 2 * 1024 * 1024])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("larger than 1 MiB"));
}

/// `--no-context` asks for nothing from the config file, so a malformed one does not stop the
/// run (without the flag, it does, naming the file and line).
#[test]
fn no_context_runs_past_a_malformed_config() {
    let iam = StandIn::iam();
    let home = home_with("[context.ci\ngrant = \"apikey\"\n", &iam);
    let run = |extra: &[&str]| {
        iamtoken(&home)
            .args(extra)
            .args([
                "--iam-url",
                &iam.url,
                "-o",
                "token",
                "apikey",
                "--apikey",
                "k",
            ])
            .assert()
    };
    run(&[]).code(2).stderr(predicate::str::starts_with(format!(
        "iamtoken: error: {}:1: ",
        config_path(&home)
    )));
    run(&["--no-context"])
        .success()
        .stdout(format!("{ACCESS_TOKEN}\n"));
}

/// `config set`, `unset`, `delete` and `use` edit the file in place: comments, order and the
/// other contexts stay byte for byte, the mode stays, and what a run would refuse (an unknown
/// key, a bad value, a literal secret) is refused with nothing written.
#[cfg(unix)]
#[test]
fn config_edits_keep_the_file_and_refuse_what_a_run_refuses() {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    let iam = StandIn::iam();
    let text = "# my contexts\n\ndefault_context = \"ci\" # the usual one\n\n[context.ci] # CI\ngrant = \"apikey\"\napikey = \"env:CI_KEY\"\n\n# for SSO\n[context.sso]\ngrant = \"session\"\n";
    let home = home_with(text, &iam);
    let path = config_file(&home);
    let file = || std::fs::read_to_string(&path).unwrap();
    let config = |args: &[&str]| iamtoken(&home).arg("config").args(args).output().unwrap();
    let out = config(&["set", "ci", "iam-url", &iam.url]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let with_url = text.replace(
        "apikey = \"env:CI_KEY\"\n",
        &format!("apikey = \"env:CI_KEY\"\niam_url = \"{}\"\n", iam.url),
    );
    assert_eq!(file(), with_url);
    assert_eq!(std::fs::metadata(&path).unwrap().mode() & 0o777, 0o600);
    // The run uses it.
    iamtoken(&home)
        .env("CI_KEY", "k")
        .args(["--context", "ci", "-o", "token"])
        .assert()
        .success();
    // Refused, and nothing written: an unknown key (with the closest), a value a run refuses,
    // a literal secret (never echoed), a grant that is none.
    for (args, said) in [
        (
            &["set", "ci", "iam_urll", "x"][..],
            "unknown setting 'iam_urll' for grant apikey; did you mean iam_url?",
        ),
        (&["set", "ci", "timeout", "soon"][..], "context.ci.timeout"),
        (
            &["set", "ci", "apikey", "SENTINEL-config-key"][..],
            "apikey is a secret",
        ),
        (
            &["set", "sso", "grant", "sesion"][..],
            "did you mean session?",
        ),
        (
            &["unset", "ci", "region"][..],
            "context ci has no setting region",
        ),
        (&["delete", "nope"][..], "no context nope is defined"),
        (&["use", "nope"][..], "no context nope is defined"),
    ] {
        let out = config(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(said), "{args:?}: {stderr}");
        assert!(!stderr.contains("SENTINEL"), "{stderr}");
        assert_eq!(file(), with_url, "{args:?} changed the file");
    }
    // use, unset, use --none, delete.
    assert!(config(&["use", "sso"]).status.success());
    assert_eq!(
        file(),
        with_url.replace("\"ci\" # the usual", "\"sso\" # the usual")
    );
    assert!(config(&["unset", "ci", "iam_url"]).status.success());
    assert!(config(&["use", "--none"]).status.success());
    // The file's header comment stays; the removed line's own went with it.
    assert_eq!(
        file(),
        text.replace("default_context = \"ci\" # the usual one\n\n", "")
    );
    assert!(config(&["delete", "sso"]).status.success());
    assert!(!file().contains("sso") && file().contains("# my contexts\n"));
    // Another user's file is not written, nor one others may write.
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o620)).unwrap();
    let out = config(&["set", "ci", "retries", "3"]);
    assert_eq!(out.status.code(), Some(2));
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    std::os::unix::fs::lchown(&path, Some(4242), Some(4242)).expect("the tests run as root");
    let before = file();
    let out = config(&["set", "ci", "retries", "3"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not yours alone"));
    assert_eq!(file(), before);
    assert_eq!(std::fs::metadata(&path).unwrap().uid(), 4242);
    assert!(iam.received().len() <= 1);
}

/// `config set` makes a missing file 0600, in a 0700 folder it makes.
#[cfg(unix)]
#[test]
fn config_set_makes_a_private_file() {
    use std::os::unix::fs::MetadataExt as _;
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("new/folder/config.toml");
    let out = iamtoken(&home)
        .env("IAMTOKEN_CONFIG", &path)
        .args(["config", "set", "dev", "grant", "apikey"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "[context.dev]\ngrant = \"apikey\"\n"
    );
    assert_eq!(std::fs::metadata(&path).unwrap().mode() & 0o777, 0o600);
    for dir in [
        path.parent().unwrap(),
        path.parent().unwrap().parent().unwrap(),
    ] {
        assert_eq!(
            std::fs::metadata(dir).unwrap().mode() & 0o777,
            0o700,
            "{}",
            dir.display()
        );
    }
}
