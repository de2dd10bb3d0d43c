//! The token cache, with the stand-in counting IAM requests.

use std::path::{Path, PathBuf};
use std::time::Duration;

use predicates::prelude::*;
use serde_json::Value;

use crate::support::{ACCESS_TOKEN, Reply, SUBJECT, StandIn, bin, iamtoken};

const KEY: &str = "SENTINEL-cache-key";

/// `iamtoken [extra] apikey --apikey KEY` against `iam`, sharing `home` (and so the cache).
fn run(home: &tempfile::TempDir, iam: &StandIn, extra: &[&str]) -> assert_cmd::assert::Assert {
    iamtoken(home)
        .args(["--iam-url", &iam.url])
        .args(extra)
        .args(["apikey", "--apikey", KEY])
        .assert()
}

fn cache_dir(home: &tempfile::TempDir) -> PathBuf {
    crate::support::cache_dir(home)
}

fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    files
}

#[test]
fn a_second_call_is_served_from_the_cache() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::scripted(vec![Reply::fresh(3600)]);
    let first = run(&home, &iam, &["-o", "json"])
        .success()
        .stderr("")
        .get_output()
        .stdout
        .clone();
    let second = run(&home, &iam, &["-o", "json"])
        .success()
        .stderr("")
        .get_output()
        .stdout
        .clone();
    assert_eq!(iam.received().len(), 1);
    let (first, second): (Value, Value) = (
        serde_json::from_slice(&first).unwrap(),
        serde_json::from_slice(&second).unwrap(),
    );
    // Printed like a fresh answer, with expires_in counted from now.
    let mut keys = first.as_object().unwrap().keys().collect::<Vec<_>>();
    keys.sort();
    let mut cached_keys = second.as_object().unwrap().keys().collect::<Vec<_>>();
    cached_keys.sort();
    assert_eq!(keys, cached_keys);
    assert_eq!(first["access_token"], second["access_token"]);
    assert_eq!(first["expires_at"], second["expires_at"]);
    let left = second["expires_in"].as_i64().unwrap();
    assert!((3590..=3600).contains(&left), "{left}");
    run(&home, &iam, &["-o", "token", "-v"])
        .success()
        .stdout(format!("{ACCESS_TOKEN}\n"))
        .stderr(predicate::str::starts_with("iamtoken: cache hit: "))
        .stderr(predicate::str::contains("SENTINEL").not());
    assert_eq!(iam.received().len(), 1);
}

#[test]
fn different_credentials_never_share_an_entry() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::scripted(vec![
        Reply::fresh(3600),
        Reply::fresh(3600),
        Reply::fresh(3600),
    ]);
    run(&home, &iam, &[]).success();
    iamtoken(&home)
        .args(["--iam-url", &iam.url, "apikey", "--apikey", "other-key"])
        .assert()
        .success();
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "apikey",
            "--apikey",
            KEY,
            "--tenant",
            "acc",
        ])
        .assert()
        .success();
    assert_eq!(iam.received().len(), 3);
    assert_eq!(entries(&cache_dir(&home)).len(), 3);
}

#[test]
fn an_entry_over_20_percent_is_reused() {
    let home = tempfile::tempdir().unwrap();
    // 25 s of 100 left: over 20%, reused.
    let later = Reply::Token {
        expires_in: 100,
        left: 25,
        delay: Duration::ZERO,
    };
    let iam = StandIn::scripted(vec![later]);
    let ttl = ["--min-ttl", "1s"];
    run(&home, &iam, &ttl).success();
    run(&home, &iam, &ttl).success();
    assert_eq!(iam.received().len(), 1, "25% left should be reused");
}

#[test]
fn an_entry_under_20_percent_is_refetched() {
    let home = tempfile::tempdir().unwrap();
    let sooner = Reply::Token {
        expires_in: 100,
        left: 15,
        delay: Duration::ZERO,
    };
    let iam = StandIn::scripted(vec![sooner, Reply::fresh(3600)]);
    run(&home, &iam, &["--min-ttl", "1s"]).success();
    run(&home, &iam, &["--min-ttl", "1s"]).success();
    run(&home, &iam, &["--min-ttl", "1s"]).success();
    assert_eq!(
        iam.received().len(),
        2,
        "15% left must be refetched, the fresh one reused"
    );
}

#[test]
fn min_ttl_forces_a_refetch() {
    let home = tempfile::tempdir().unwrap();
    let ten_minutes = Reply::Token {
        expires_in: 700,
        left: 600,
        delay: Duration::ZERO,
    };
    let iam = StandIn::scripted(vec![ten_minutes, Reply::fresh(3600)]);
    run(&home, &iam, &[]).success();
    run(&home, &iam, &[]).success();
    assert_eq!(iam.received().len(), 1, "the default 5m is met by 10m");
    run(&home, &iam, &["--min-ttl", "15m"]).success();
    assert_eq!(iam.received().len(), 2);
    run(&home, &iam, &["--min-ttl", "15m"]).success();
    assert_eq!(iam.received().len(), 2, "the fresh token was stored");
}

#[test]
fn a_promise_iam_cannot_keep_is_exit_6() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::scripted(vec![Reply::fresh(3600)]);
    run(&home, &iam, &["--min-ttl", "2h", "-o", "token"])
        .code(6)
        .stdout("")
        .stderr(predicate::str::is_match("^iamtoken: error: IAM granted a token with (59m|1h) left, less than --min-ttl 2h\n$").unwrap());
}

#[test]
fn damaged_entries_are_reported_and_replaced() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::scripted(vec![
        Reply::fresh(3600),
        Reply::fresh(3600),
        Reply::fresh(3600),
    ]);
    run(&home, &iam, &[]).success();
    let entry = entries(&cache_dir(&home)).pop().unwrap();
    let good = std::fs::read_to_string(&entry).unwrap();
    let damaged = [
        good[..good.len() / 2].to_owned(),
        good.replacen("\"version\":1", "\"version\":99", 1),
        good.replace(ACCESS_TOKEN, "not a token"),
    ];
    for (n, bad) in damaged.iter().enumerate() {
        std::fs::write(&entry, bad).unwrap();
        let out = run(&home, &iam, &["-o", "token"])
            .success()
            .stdout(format!("{ACCESS_TOKEN}\n"));
        let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert_eq!(
            stderr,
            format!(
                "iamtoken: warning: ignoring damaged cache entry {}\n",
                entry.display()
            )
        );
        assert_eq!(iam.received().len(), n + 2);
        let replaced: Value =
            serde_json::from_str(&std::fs::read_to_string(&entry).unwrap()).unwrap();
        assert_eq!(replaced["version"], 1);
    }
}

#[cfg(unix)]
#[test]
fn the_cache_is_private() {
    use std::os::unix::fs::PermissionsExt as _;
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::scripted(vec![
        Reply::fresh(3600),
        Reply::fresh(3600),
        Reply::fresh(3600),
    ]);
    run(&home, &iam, &[]).success();
    let dir = cache_dir(&home);
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    for file in std::fs::read_dir(&dir).unwrap() {
        let file = file.unwrap().path();
        assert_eq!(mode(&file), 0o600, "{}", file.display());
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(
            !file.to_string_lossy().contains(KEY) && !text.contains(KEY),
            "{}",
            file.display()
        );
    }
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    run(&home, &iam, &["-o", "token"])
        .success()
        .stdout(format!("{ACCESS_TOKEN}\n"))
        .stderr(format!(
            "iamtoken: warning: not using the cache: {} is writable by group or others\n",
            dir.display()
        ));
    assert_eq!(
        iam.received().len(),
        2,
        "a dir others can write to is not read"
    );
}

#[test]
fn no_cache_neither_reads_nor_writes() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::scripted(vec![
        Reply::fresh(3600),
        Reply::fresh(3600),
        Reply::fresh(3600),
    ]);
    run(&home, &iam, &["--no-cache"]).success();
    iamtoken(&home)
        .env("IAMTOKEN_NO_CACHE", "1")
        .args(["--iam-url", &iam.url, "apikey", "--apikey", KEY])
        .assert()
        .success();
    assert_eq!(entries(&cache_dir(&home)).len(), 0);
    run(&home, &iam, &[]).success();
    run(&home, &iam, &["--no-cache"]).success();
    assert_eq!(iam.received().len(), 4);
}

#[test]
fn cache_dir_from_the_environment() {
    let home = tempfile::tempdir().unwrap();
    let elsewhere = home.path().join("my-cache");
    let iam = StandIn::scripted(vec![Reply::fresh(3600)]);
    for _ in 0..2 {
        iamtoken(&home)
            .env("IAMTOKEN_CACHE_DIR", &elsewhere)
            .args(["--iam-url", &iam.url, "apikey", "--apikey", KEY])
            .assert()
            .success();
    }
    assert_eq!(iam.received().len(), 1);
    assert_eq!(entries(&elsewhere).len(), 1);
    iamtoken(&home)
        .env("IAMTOKEN_CACHE_DIR", &elsewhere)
        .args(["cache", "path"])
        .assert()
        .success()
        .stdout(format!("{}\n", elsewhere.display()));
}

#[test]
fn failures_are_not_cached() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::scripted(vec![
        Reply::IamError(500, "BXNIM0050E", "Internal error"),
        Reply::fresh(3600),
    ]);
    run(&home, &iam, &["--retries", "0"]).code(4);
    assert_eq!(entries(&cache_dir(&home)).len(), 0);
    run(&home, &iam, &[]).success();
    assert_eq!(iam.received().len(), 2);
}

#[test]
fn list_shows_whose_tokens_never_the_tokens() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::scripted(vec![Reply::fresh(3600)]);
    run(&home, &iam, &[]).success();
    let out = iamtoken(&home)
        .args(["cache", "list"])
        .assert()
        .success()
        .stderr("")
        .get_output()
        .stdout
        .clone();
    let listing = String::from_utf8(out).unwrap();
    let host = iam.url.trim_start_matches("http://");
    let line = predicate::str::is_match(format!(
        "^ID +GRANT +IDENTITY +IAM HOST +EXPIRES +LEFT\n\
         [0-9a-f]{{12}}  apikey  {SUBJECT}  {host}  20[0-9-]+T[0-9:]+Z  expires in (59m|1h)\n$"
    ))
    .unwrap();
    assert!(line.eval(&listing), "{listing}");
    assert!(!listing.contains("eyJ") && !listing.contains(KEY));
    // A context's token: the context, and the subject beside it.
    let config = home.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[context.ci]\ngrant = \"apikey\"\napikey = \"k2\"\niam_url = \"{}\"\n",
            iam.url
        ),
    )
    .unwrap();
    iamtoken(&home)
        .env("IAMTOKEN_CONFIG", &config)
        .args(["--context", "ci"])
        .assert()
        .success();
    iamtoken(&home)
        .args(["cache", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "  apikey  context ci ({SUBJECT})  {host}  "
        )));
}

#[test]
fn clear_removes_entries() {
    let home = tempfile::tempdir().unwrap();
    let short = Reply::Token {
        expires_in: 3600,
        left: -5,
        delay: Duration::ZERO,
    };
    let iam = StandIn::scripted(vec![Reply::fresh(3600), short]);
    run(&home, &iam, &[]).success();
    iamtoken(&home)
        .args(["--iam-url", &iam.url, "apikey", "--apikey", "k2"])
        .assert()
        .success();
    assert_eq!(entries(&cache_dir(&home)).len(), 2);
    iamtoken(&home)
        .args(["cache", "list"])
        .assert()
        .success()
        // Issued 5 s past expiry, listed a moment later.
        .stdout(predicate::str::is_match(r"expired ([5-9]|[1-5][0-9])s ago\n").unwrap());
    iamtoken(&home)
        .args(["cache", "clear", "--expired"])
        .assert()
        .success()
        .stderr(predicate::str::starts_with(
            "iamtoken: removed 1 cache entry from ",
        ));
    assert_eq!(entries(&cache_dir(&home)).len(), 1);
    iamtoken(&home).args(["cache", "clear"]).assert().success();
    assert_eq!(entries(&cache_dir(&home)).len(), 0);
    iamtoken(&home)
        .args(["cache", "list"])
        .assert()
        .success()
        .stdout("no cached tokens\n");
}

#[test]
fn fifty_concurrent_callers_make_one_request() {
    let home = tempfile::tempdir().unwrap();
    let slow = Reply::Token {
        expires_in: 3600,
        left: 3600,
        delay: Duration::from_millis(500),
    };
    let iam = StandIn::scripted(vec![slow]);
    let children: Vec<_> = (0..50)
        .map(|_| {
            let mut cmd = crate::support::bounded(bin(), &home);
            cmd.args([
                "--iam-url",
                &iam.url,
                "-o",
                "token",
                "apikey",
                "--apikey",
                KEY,
            ])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
            cmd.spawn().unwrap()
        })
        .collect();
    // Under Wine there is no timeout(1) for `bounded`: the deadline is kept here.
    let started = std::time::Instant::now();
    for mut child in children {
        let left = crate::support::DEADLINE.saturating_sub(started.elapsed());
        crate::support::finish(&mut child, left);
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            String::from_utf8(out.stdout).unwrap(),
            format!("{ACCESS_TOKEN}\n")
        );
    }
    assert_eq!(iam.received().len(), 1);
}

/// A damaged `name.key` no longer turns the cache off for good: the run that finds it replaces
/// it (one warning) and caches again; `cache list` counts damage and says what removes it;
/// `cache clear` removes damaged entries and a damaged key.
#[test]
fn a_damaged_key_heals_and_clear_removes_damage() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    run(&home, &iam, &[]).success();
    let dir = cache_dir(&home);
    let key = dir.join("name.key");
    // Two damaged entries beside a damaged key: `cache list` says so, and creates nothing.
    let entry = entries(&dir).pop().unwrap();
    std::fs::write(&entry, "{not json").unwrap();
    std::fs::write(
        dir.join(format!("t-{}.json", "a".repeat(64))),
        "{\"version\": 99}",
    )
    .unwrap();
    std::fs::write(&key, b"short").unwrap();
    iamtoken(&home)
        .args(["cache", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("damaged"))
        .stderr("iamtoken: note: the cache's key and 2 cache entries are damaged; `iamtoken cache clear` removes them\n");
    assert_eq!(
        std::fs::read(&key).unwrap(),
        b"short",
        "list changes nothing"
    );
    iamtoken(&home)
        .args(["cache", "clear"])
        .assert()
        .success()
        .stderr(predicate::str::contains("removed 2 cache entries"));
    assert!(!key.exists(), "the damaged key is gone");
    assert!(entries(&dir).is_empty());

    // A damaged key met by a run: replaced with one warning, and the cache works in that run.
    run(&home, &iam, &[]).success();
    std::fs::write(&key, b"short").unwrap();
    let requests = iam.received().len();
    run(&home, &iam, &["-o", "token"])
        .success()
        .stdout(format!("{ACCESS_TOKEN}\n"))
        .stderr("iamtoken: warning: the cache's name.key was damaged; made a new one (cached tokens will be fetched again)\n");
    assert_eq!(std::fs::read(&key).unwrap().len(), 32);
    assert_eq!(
        entries(&dir).len(),
        1,
        "the old entry went, the new one is stored"
    );
    run(&home, &iam, &["-o", "token"]).success().stderr("");
    assert_eq!(
        iam.received().len(),
        requests + 1,
        "the second run is a cache hit"
    );
}

/// With IAMTOKEN_CACHE_DIR naming a folder iamtoken did not make, `cache list` writes no key
/// there, and `cache clear` removes only files it can read as its own entries.
#[test]
fn cache_commands_in_a_folder_iamtoken_did_not_make_touch_only_its_own() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let dir = home.path().join("theirs");
    std::fs::create_dir(&dir).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    }
    let theirs = [
        format!("t-{}.json", "b".repeat(64)),
        format!("{}.json", "c".repeat(64)),
        "notes.txt".to_owned(),
    ];
    for name in &theirs {
        std::fs::write(dir.join(name), "their own data").unwrap();
    }
    iamtoken(&home)
        .env("IAMTOKEN_CACHE_DIR", &dir)
        .args(["cache", "list"])
        .assert()
        .success();
    assert!(!dir.join("name.key").exists(), "list made a key");
    iamtoken(&home)
        .env("IAMTOKEN_CACHE_DIR", &dir)
        .args(["cache", "clear"])
        .assert()
        .success()
        .stderr(predicate::str::contains("removed 0 cache entries"));
    for name in &theirs {
        assert!(dir.join(name).exists(), "{name} was removed");
    }
    // Once iamtoken caches there (and so keeps its key there), its entries go; a name it never
    // makes still stays.
    iamtoken(&home)
        .env("IAMTOKEN_CACHE_DIR", &dir)
        .args(["--iam-url", &iam.url, "apikey", "--apikey", KEY])
        .assert()
        .success();
    iamtoken(&home)
        .env("IAMTOKEN_CACHE_DIR", &dir)
        .args(["cache", "clear"])
        .assert()
        .success()
        .stderr(predicate::str::contains("removed"));
    assert!(dir.join("notes.txt").exists());
    assert!(
        std::fs::read_dir(&dir).unwrap().all(|e| !e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with("t-")),
        "an entry was left"
    );
}

#[test]
fn cache_list_and_clear_by_id_with_json() {
    let home = tempfile::tempdir().unwrap();
    let iam = crate::support::StandIn::iam();
    let cache = cache_dir(&home);
    // Neither list nor clear creates the cache directory.
    crate::support::iamtoken(&home)
        .args(["cache", "list"])
        .assert()
        .success()
        .stdout("no cached tokens\n");
    crate::support::iamtoken(&home)
        .args(["cache", "list", "-o", "json"])
        .assert()
        .success()
        .stdout("[]\n");
    crate::support::iamtoken(&home)
        .args(["cache", "clear"])
        .assert()
        .success();
    assert!(!cache.exists());
    crate::support::write_config(
        &home,
        &format!(
            "[context.ci]\ngrant = \"apikey\"\napikey = \"env:K1\"\niam_url = \"{}\"\n",
            iam.url
        ),
    );
    crate::support::iamtoken(&home)
        .env("K1", "k1")
        .args(["--context", "ci"])
        .assert()
        .success();
    crate::support::iamtoken(&home)
        .args(["--iam-url", &iam.url, "apikey", "--apikey", "k2"])
        .assert()
        .success();
    let out = crate::support::iamtoken(&home)
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
    let listed = crate::support::iamtoken(&home)
        .args(["cache", "list"])
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&listed.get_output().stdout).contains("context ci"));
    // Clear one by a unique beginning of its ID.
    let id = ci["id"].as_str().unwrap();
    crate::support::iamtoken(&home)
        .args(["cache", "clear", &id[..6]])
        .assert()
        .success()
        .stderr(predicate::str::starts_with(
            "iamtoken: removed 1 cache entry",
        ));
    crate::support::iamtoken(&home)
        .args(["cache", "clear", "ffffffffffff0"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no cached token has an ID beginning",
        ));
    let out = crate::support::iamtoken(&home)
        .args(["cache", "list", "-o", "json"])
        .assert()
        .success();
    let left: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert!(left[0]["context"].is_null());
    // A failed fetch leaves no lock file behind.
    let refusing = crate::support::StandIn::scripted(vec![crate::support::Reply::IamError(
        400,
        "BXNIM0415E",
        "no",
    )]);
    crate::support::iamtoken(&home)
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
