//! Shell completion as the shells run it: bash's completion function (after sourcing
//! `iamtoken completions bash`) and fish's `complete -C`, each asking the `iamtoken` on PATH.
//! And the man pages as man renders them.

use std::path::PathBuf;

use crate::support::{bin, bounded};

/// PATH with the built `iamtoken` first, as an installed one would be.
fn path_with_iamtoken() -> std::ffi::OsString {
    let dir = bin().parent().unwrap().to_owned();
    let rest = std::env::var_os("PATH").unwrap_or_default();
    std::env::join_paths(std::iter::once(dir).chain(std::env::split_paths(&rest))).unwrap()
}

/// A home whose config has contexts `ci` and `k8s`, and the config file.
fn home_with_contexts() -> (tempfile::TempDir, PathBuf) {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config.toml");
    std::fs::write(
        &config,
        "[context.ci]\ngrant = \"apikey\"\napikey = \"env:K\"\n\n[context.k8s]\ngrant = \"cr-token\"\n",
    )
    .unwrap();
    (home, config)
}

/// What bash's completion function offers for `words`, the last being the word completed.
fn bash_offers(home: &tempfile::TempDir, config: &PathBuf, words: &[&str]) -> Vec<String> {
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let current = words.len() - 1;
    let script = format!(
        "source <(iamtoken completions bash) || exit 9\n\
         COMP_WORDS=({})\nCOMP_CWORD={current}\nCOMP_TYPE=9\n\
         _clap_complete_iamtoken iamtoken '{}' '{}'\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        quoted.join(" "),
        words[current],
        words[current - 1]
    );
    let out = bounded("bash", home)
        .env("PATH", path_with_iamtoken())
        .env("IAMTOKEN_CONFIG", config)
        .args(["-c", &script])
        .output()
        .expect("bash is needed");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .split(['\n', '\u{b}'])
        .map(|w| w.trim().to_owned())
        .filter(|w| !w.is_empty())
        .collect()
}

/// What fish's `complete -C` offers for `line`: each candidate's value.
fn fish_offers(home: &tempfile::TempDir, config: &PathBuf, line: &str) -> Vec<String> {
    let script = format!("iamtoken completions fish | source; complete -C '{line}'");
    let out = bounded("fish", home)
        .env("PATH", path_with_iamtoken())
        .env("IAMTOKEN_CONFIG", config)
        .args(["-c", &script])
        .output()
        .expect("fish is needed (Debian package fish; .ci/run installs it)");
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn bash_offers_grants_after_exec_their_options_and_the_contexts() {
    let (home, config) = home_with_contexts();
    let after_exec = bash_offers(&home, &config, &["iamtoken", "exec", ""]);
    for grant in ["apikey", "assume", "vpc"] {
        assert!(after_exec.iter().any(|w| w == grant), "{after_exec:?}");
    }
    assert!(!after_exec.iter().any(|w| w == "inspect"), "{after_exec:?}");
    let options = bash_offers(&home, &config, &["iamtoken", "exec", "apikey", "--"]);
    assert!(options.iter().any(|w| w == "--apikey"), "{options:?}");
    assert!(options.iter().any(|w| w == "--keep-env"), "{options:?}");
    let contexts = bash_offers(&home, &config, &["iamtoken", "--context", ""]);
    assert_eq!(contexts, ["ci", "k8s"]);
    let shown = bash_offers(&home, &config, &["iamtoken", "config", "show", ""]);
    assert!(
        shown.starts_with(&["ci".to_owned(), "k8s".to_owned()]),
        "{shown:?}"
    );
    let regions = bash_offers(&home, &config, &["iamtoken", "apikey", "--region", "eu-"]);
    assert_eq!(regions, ["eu-de", "eu-es", "eu-gb"]);
    // The stored sessions, after `session --name` (under exec too) and `logout --name`.
    let folder = crate::support::state_dir(&home).join("sessions");
    std::fs::create_dir_all(&folder).unwrap();
    for name in ["work", "default"] {
        let record = serde_json::json!({
            "version": 1, "name": name, "id": "0123", "iam_url": "https://iam.cloud.ibm.com",
            "iam_id": null, "email": "me@example.com", "account": null, "storage": "file",
            "refresh_until": null, "created_at": 0, "refresh_token": "x"
        });
        std::fs::write(folder.join(format!("{name}.json")), record.to_string()).unwrap();
    }
    for words in [
        &["iamtoken", "session", "--name", ""][..],
        &["iamtoken", "exec", "session", "--name", ""],
        &["iamtoken", "logout", "--name", ""],
    ] {
        assert_eq!(
            bash_offers(&home, &config, words),
            ["default", "work"],
            "{words:?}"
        );
    }
}

#[test]
fn fish_offers_the_same() {
    let (home, config) = home_with_contexts();
    let after_exec = fish_offers(&home, &config, "iamtoken exec ");
    assert!(after_exec.iter().any(|w| w == "apikey"), "{after_exec:?}");
    let options = fish_offers(&home, &config, "iamtoken exec apikey --");
    assert!(options.iter().any(|w| w == "--apikey"), "{options:?}");
    let contexts = fish_offers(&home, &config, "iamtoken --context ");
    assert_eq!(contexts, ["ci", "k8s"]);
    // Values with `$` in their descriptions are shown as written.
    let out = bounded("fish", &home)
        .env("PATH", path_with_iamtoken())
        .args([
            "-c",
            "iamtoken completions fish | source; complete -C 'iamtoken apikey -o '",
        ])
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(
        shown.contains("$Env:NAME") && shown.contains("$GITHUB_ENV"),
        "{shown}"
    );
}

/// The root page has the sections a man page is expected to have, and man renders the examples
/// line by line, as written.
#[test]
fn the_man_page_has_examples_environment_files_and_exit_status() {
    let home = tempfile::tempdir().unwrap();
    let out = bounded(bin(), &home).arg("man").output().unwrap();
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    for section in [
        ".SH EXAMPLES",
        ".SH ENVIRONMENT",
        ".SH FILES",
        ".SH \"EXIT STATUS\"",
    ] {
        assert!(page.contains(section), "no {section}:\n{page}");
    }
    let dir = home.path().join("man");
    std::fs::create_dir(&dir).unwrap();
    let written = bounded(bin(), &home)
        .args(["man", "--dir"])
        .arg(&dir)
        .status()
        .unwrap();
    assert!(written.success());
    // One page per top-level command, and the helper's: nested commands are sections of their
    // parent's page, and a grant's options are on its own page only.
    for page in [
        "iamtoken.1",
        "iamtoken-exec.1",
        "iamtoken-apikey.1",
        "iamtoken-cache.1",
        "iamtoken-login.1",
        "docker-credential-iamtoken.1",
    ] {
        assert!(dir.join(page).exists(), "{page}");
    }
    for page in [
        "iamtoken-exec-apikey.1",
        "iamtoken-cache-list.1",
        "iamtoken-serve-stop.1",
    ] {
        assert!(!dir.join(page).exists(), "{page}");
    }
    let pages = std::fs::read_dir(&dir).unwrap().count();
    assert!(pages <= 35, "{pages} pages");
    let read = |page: &str| std::fs::read_to_string(dir.join(page)).unwrap();
    assert!(read("iamtoken-cache.1").contains(".SH \"CACHE LIST\""));
    assert!(read("iamtoken-serve.1").contains(".SH \"SERVE STOP\""));
    let root = read("iamtoken.1");
    for file in [
        "config.toml",
        "~/.cache/iamtoken/",
        "~/.local/state/iamtoken/sessions/",
    ] {
        assert!(root.contains(file), "FILES names {file}");
    }
    // SEE ALSO names only pages that exist.
    for page in std::fs::read_dir(&dir).unwrap() {
        let text = std::fs::read_to_string(page.unwrap().path()).unwrap();
        let also = text
            .split(".SH \"SEE ALSO\"")
            .nth(1)
            .expect("a SEE ALSO section");
        let also = also.split(".SH").next().unwrap();
        for name in also.split("\\fB").skip(1) {
            let name = name.split("\\fR").next().unwrap().replace("\\-", "-");
            assert!(dir.join(format!("{name}.1")).exists(), "SEE ALSO {name}(1)");
        }
    }
    // man renders each example on its own line, as written, even at a narrow width.
    for (page, example) in [
        (
            "iamtoken-exec.1",
            "iamtoken exec apikey --apikey @key.json -- terraform plan",
        ),
        (
            "iamtoken.1",
            "iamtoken apikey --apikey @~/apikey.json -o token",
        ),
    ] {
        let rendered = bounded("man", &home)
            .args(["-l", "-P", "cat"])
            .arg(dir.join(page))
            .env("MANWIDTH", "80")
            .output()
            .expect("man is needed (Debian package man-db; .ci/run installs it)");
        assert!(
            rendered.status.success(),
            "{}",
            String::from_utf8_lossy(&rendered.stderr)
        );
        let text = String::from_utf8_lossy(&rendered.stdout);
        assert!(text.lines().any(|l| l.trim() == example), "{page}:\n{text}");
    }
}

/// A session's description in fish's completion comes from its record (the email claim IAM
/// sent): it is shown escaped, never raw to the terminal.
#[test]
fn completion_descriptions_from_files_are_escaped() {
    let (home, config) = home_with_contexts();
    let folder = crate::support::state_dir(&home).join("sessions");
    std::fs::create_dir_all(&folder).unwrap();
    let record = serde_json::json!({
        "version": 1, "name": "work", "id": "0123", "iam_url": "https://iam.cloud.ibm.com",
        "iam_id": null, "email": "me@example.com\u{1b}[2J\u{202e}", "account": null,
        "storage": "file", "refresh_until": null, "created_at": 0, "refresh_token": "x"
    });
    std::fs::write(folder.join("work.json"), record.to_string()).unwrap();
    let script = "iamtoken completions fish | source; complete -C 'iamtoken session --name '";
    let out = bounded("fish", &home)
        .env("PATH", path_with_iamtoken())
        .env("IAMTOKEN_CONFIG", &config)
        .args(["-c", script])
        .output()
        .expect("fish is needed (Debian package fish; .ci/run installs it)");
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.starts_with("work\t"), "{shown}");
    assert!(
        shown.contains("me@example.com\\u{1b}[2J\\u{202e}"),
        "{shown}"
    );
    assert!(
        !shown.contains('\u{1b}') && !shown.contains('\u{202e}'),
        "{shown}"
    );
}

/// `iamtoken help login` at a terminal shows `man iamtoken-login`, as `git help` does, when
/// `man` finds the page; without a terminal, or without the page, it is clap's help as before.
#[cfg(target_os = "linux")]
#[test]
fn help_at_a_terminal_shows_the_man_page() {
    let home = tempfile::tempdir().unwrap();
    let tools = home.path().join("tools");
    std::fs::create_dir(&tools).unwrap();
    // A `man` that knows only iamtoken-login and says what it was asked to show.
    let man = tools.join("man");
    std::fs::write(
        &man,
        "#!/bin/sh\nif [ \"$1\" = -w ]; then [ \"$2\" = iamtoken-login ]; exit $?; fi\necho \"MAN PAGE $*\"\n",
    )
    .unwrap();
    std::fs::set_permissions(&man, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", tools.display(), std::env::var("PATH").unwrap());
    let at_a_terminal = |words: &str| {
        let out = bounded("script", &home)
            .env("PATH", &path)
            .args(["-qec", &format!("{} {words}", bin().display()), "/dev/null"])
            .stdin(std::process::Stdio::null())
            .output()
            .expect("script (util-linux) must be installed");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let shown = at_a_terminal("help login");
    assert!(shown.contains("MAN PAGE iamtoken-login"), "{shown}");
    // No page for it: clap's help.
    let shown = at_a_terminal("help logout");
    assert!(
        !shown.contains("MAN PAGE") && shown.contains("Usage: iamtoken logout"),
        "{shown}"
    );
    // Not a terminal: clap's help.
    let out = bounded(bin(), &home)
        .env("PATH", &path)
        .args(["help", "login"])
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && shown.contains("Usage: iamtoken login"),
        "{shown}"
    );
}
