//! Every way of typing a command that README and `--help` show keeps working: each of these
//! command lines is read without a usage error (exit 2). IAM is a closed port here, so a run
//! that gets as far as asking it ends with exit 4, which is what a parsed command line does.

use crate::support::{closed_port_url, isolated};

/// The command lines, as README and the commands' help show them (`CMD` runs `true`).
const INVOCATIONS: &[&str] = &[
    // The issue's list: options before the subcommand, and the wrappers' options anywhere.
    "--iam-url {iam} apikey --apikey @key.json -o token",
    "--context ci exec -- true",
    "exec apikey --apikey @key.json -- true",
    "check --warn-expiry 14d apikey --apikey @key.json",
    "serve --for-sdk-service cloudant apikey --apikey @key.json",
    // README and --help.
    "apikey --apikey @~/apikey.json -o token",
    "apikey -o export",
    "apikey -o header",
    "apikey --apikey=-Abc123 --tenant 0123abcd,4567ef01 -o export",
    "-o token apikey",
    "--context ci -o header",
    "--context ci delegated --receiver-client-ids kube",
    "exec --no-cache -v apikey --apikey k -- true",
    "exec assume --apikey @key.json --profile-name deployer --account 0123 -- true",
    "exec --keep-env HOME apikey -- true",
    "exec apikey --keep-env HOME -- true",
    "exec --serve --for-sdk-service cloudant apikey -- true",
    "exec --sink {home}/sink --sink-format header apikey -- true",
    "--context ci check --warn-expiry 30d",
    "check -o json apikey",
    "serve --detach --for-sdk-service cloudant apikey --apikey @key.json",
    "--context ci serve -o dotenv --sink {home}/sink",
    "serve apikey --port 0 --bind 127.0.0.1",
    "assume --access-token - --profile-id Profile-0123",
    "iks --apikey @key.json -o exec-credential",
    "cache list",
    "cache list -o json",
    "config list -o json",
    "config show ci",
    "registry setup --dry-run --docker-config {home}/docker",
    "completions bash",
    "man",
    // What scripts and kubeconfigs type today (issue 30's list).
    "serve --timeout 3s apikey --apikey @key.json",
    "serve -v apikey --apikey @key.json",
    "-v serve --detach --log {home}/serve.log apikey --apikey @key.json",
    "--no-cache iks --context ci -o exec-credential",
    // The commands this round added.
    "status",
    "config set ci retries 3",
];

/// Command lines that run the IBM Cloud CLI, a shell script here (so not under Wine).
#[cfg(unix)]
const CLI_INVOCATIONS: &[&str] = &["ibmcloud --timeout 3s --no-cache -o token"];
#[cfg(not(unix))]
const CLI_INVOCATIONS: &[&str] = &[];

#[test]
fn every_documented_invocation_is_read_without_a_usage_error() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().display().to_string();
    let iam = closed_port_url();
    for key in ["key.json", "apikey.json"] {
        std::fs::write(home.path().join(key), "key-from-file\n").unwrap();
    }
    let config = home.path().join("config.toml");
    std::fs::write(
        &config,
        format!("[context.ci]\ngrant = \"apikey\"\napikey = \"env:CI_KEY\"\niam_url = \"{iam}\"\n"),
    )
    .unwrap();
    // A stand-in for the IBM Cloud CLI, first on PATH.
    let tools = home.path().join("tools");
    std::fs::create_dir(&tools).unwrap();
    #[cfg(unix)]
    {
        let cli = tools.join("ibmcloud");
        let jwt = crate::jwt::sign(
            &crate::jwt::header(),
            &crate::jwt::claims(crate::support::IAM_ISSUER, 1200),
        );
        std::fs::write(
            &cli,
            format!("#!/bin/sh\nprintf '%s' '{{\"iam_token\": \"Bearer {jwt}\"}}'\n"),
        )
        .unwrap();
        std::fs::set_permissions(&cli, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .unwrap();
    }
    let path = std::env::join_paths(std::iter::once(tools.clone()).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .unwrap();
    for line in INVOCATIONS.iter().chain(CLI_INVOCATIONS) {
        let line = line.replace("{iam}", &iam).replace("{home}", &dir);
        let mut out = isolated(crate::support::bin(), &home);
        out.env("IAMTOKEN_CONFIG", &config)
            .env("PATH", &path)
            .env("CI_KEY", "key-from-env")
            .env("IBMCLOUD_API_KEY", "key-from-env")
            .env("IBMCLOUD_IAM_API_ENDPOINT", &iam)
            // No second attempt at the closed port, for the commands that ask IAM.
            .args(if tool(&line) {
                &[][..]
            } else {
                &["--retries", "0"][..]
            })
            .args(line.split(' '))
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        let mut out = spawned(&mut out);
        {
            use std::io::Write as _;
            // What `-` reads (a token piped in, as README shows). A command that reads no
            // stdin may have exited already (a broken pipe on Linux, os error 1359 under
            // Wine): that is no failure of the test, whose verdict is the exit code below.
            let _ = out.stdin.take().unwrap().write_all(b"a-token\n");
        }
        let status = crate::support::finish(&mut out, std::time::Duration::from_secs(30));
        let mut said = String::new();
        std::io::Read::read_to_string(&mut out.stderr.take().unwrap(), &mut said).unwrap();
        assert_ne!(status.code(), Some(2), "iamtoken {line}: {said}");
        assert!(
            !said.contains("error: unexpected") && !said.contains("usage:"),
            "iamtoken {line}: {said}"
        );
    }
}

/// Whether `line` runs a command that never asks IAM (and so takes no --retries).
fn tool(line: &str) -> bool {
    [
        "cache ",
        "config ",
        "registry ",
        "completions ",
        "man",
        "status",
    ]
    .iter()
    .any(|t| line.starts_with(t))
}

/// `command`, started. Under load, Wine 8 now and then fails to create a process with
/// ERROR_INTERNAL_ERROR (os error 1359), which says nothing of iamtoken: that is tried again, a
/// few times; any other error fails the test at once.
fn spawned(command: &mut std::process::Command) -> std::process::Child {
    let mut tries = 0;
    loop {
        match command.spawn() {
            Ok(child) => return child,
            Err(e) if cfg!(windows) && e.raw_os_error() == Some(1359) && tries < 3 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(200));
            }
            Err(e) => panic!("cannot start iamtoken: {e}"),
        }
    }
}
