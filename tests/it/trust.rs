//! Trust boundaries, tried as an attacker would: hostile files, directories, proxies and
//! children must never reach a secret or plant a token.

use std::path::Path;
use std::time::Duration;

use base64::Engine as _;
use predicates::prelude::*;

use crate::support::{StandIn, iamtoken};

fn mkfifo(path: &Path) {
    let status = crate::support::quick("mkfifo").arg(path).status().unwrap();
    assert!(status.success());
}

/// Point 10: every file iamtoken reads by itself is bounded and must be a regular file; a FIFO
/// where the config belongs used to block even `--version`.
#[test]
fn files_it_reads_are_regular_and_bounded_and_never_block() {
    let home = tempfile::tempdir().unwrap();
    let fifo = home.path().join("fifo");
    mkfifo(&fifo);
    iamtoken(&home)
        .env("IAMTOKEN_CONFIG", &fifo)
        .arg("--version")
        .timeout(Duration::from_secs(10))
        .assert()
        .success();
    iamtoken(&home)
        .env("IAMTOKEN_CONFIG", &fifo)
        .args(["config", "list"])
        .timeout(Duration::from_secs(10))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a regular file"));
    let iam = StandIn::iam();
    for (name, value) in [
        ("IAMTOKEN_CA_BUNDLE", &fifo),
        ("IBM_CREDENTIALS_FILE", &fifo),
    ] {
        iamtoken(&home)
            .env(name, value)
            .args(["--iam-url", &iam.url, "--sdk-service", "svc", "-o", "token"])
            .env("SVC_APIKEY", "k")
            .timeout(Duration::from_secs(10))
            .assert()
            .code(2)
            .stderr(predicate::str::contains("not a regular file"));
    }

    // Too large a config file is refused; a symlink to a good one is followed; /dev/null is an
    // empty config.
    let big = home.path().join("big.toml");
    std::fs::write(&big, format!("# {}\n", "x".repeat(1024 * 1024))).unwrap();
    iamtoken(&home)
        .env("IAMTOKEN_CONFIG", &big)
        .args(["config", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("larger than 1 MiB"));
    let real = home.path().join("real.toml");
    std::fs::write(&real, "[context.a]\ngrant = \"apikey\"\n").unwrap();
    let link = home.path().join("link.toml");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    iamtoken(&home)
        .env("IAMTOKEN_CONFIG", &link)
        .args(["config", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("a  apikey"));
    iamtoken(&home)
        .env("IAMTOKEN_CONFIG", "/dev/null")
        .args(["config", "list"])
        .assert()
        .success()
        .stdout("");
    // `@PATH` secrets still take a FIFO (`--apikey @<(pass show ibm)`).
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::write(fifo, "fifo-key\n").unwrap())
    };
    iamtoken(&home)
        .args(["--iam-url", &iam.url, "--no-cache", "-o", "token", "apikey"])
        .arg(format!("--apikey=@{}", fifo.display()))
        .timeout(Duration::from_secs(10))
        .assert()
        .success();
    writer.join().unwrap();
    assert!(
        iam.received()
            .iter()
            .any(|r| r.body.contains("apikey=fifo-key"))
    );
}

/// Point 1: an SDK credentials file is data. Its values are taken literally, it is the only
/// source of the service's credentials, and one found by itself in the current directory (a
/// cloned repository's) may send them nowhere but to IAM.
#[test]
fn sdk_credentials_files_are_data_never_instructions() {
    let iam = StandIn::iam();
    let home = tempfile::tempdir().unwrap();
    let private_key = home.path().join("id_ed25519");
    std::fs::write(&private_key, "PRIVATE-KEY-SENTINEL\n").unwrap();
    let named = home.path().join("named.env");
    std::fs::write(
        &named,
        format!(
            "MYAPP_APIKEY=@{}\nMYAPP_CLIENT_ID=app\nMYAPP_CLIENT_SECRET=env:GITHUB_TOKEN\nMYAPP_AUTH_URL={}\n",
            private_key.display(),
            iam.url
        ),
    )
    .unwrap();
    iamtoken(&home)
        .env("IBM_CREDENTIALS_FILE", &named)
        .env("GITHUB_TOKEN", "GITHUB-TOKEN-SENTINEL")
        .args(["--no-cache", "--sdk-service", "myapp", "-o", "token"])
        .assert()
        .success();
    let sent = iam.only_request();
    let form = sent.form();
    let key = form.iter().find(|(k, _)| k == "apikey").unwrap();
    assert_eq!(
        key.1,
        format!("@{}", private_key.display()),
        "taken literally"
    );
    let basic = sent
        .header("Authorization")
        .unwrap()
        .strip_prefix("Basic ")
        .unwrap();
    let pair = base64::engine::general_purpose::STANDARD
        .decode(basic)
        .unwrap();
    assert_eq!(pair, b"app:env:GITHUB_TOKEN");
    assert!(!sent.body.contains("SENTINEL") && !basic.contains("SENTINEL"));

    // A service without a key of its own gets no other: not IBMCLOUD_API_KEY, not a prompt.
    let keyless = home.path().join("keyless.env");
    std::fs::write(
        &keyless,
        format!("MYAPP_AUTH_TYPE=iam\nMYAPP_AUTH_URL={}\n", iam.url),
    )
    .unwrap();
    for var in ["IBMCLOUD_API_KEY", "IC_API_KEY"] {
        iamtoken(&home)
            .env("IBM_CREDENTIALS_FILE", &keyless)
            .env(var, "USER-KEY-SENTINEL")
            .args(["--no-cache", "--sdk-service", "myapp"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("USER-KEY-SENTINEL").not());
    }
    // A credential flag beside --sdk-service is refused.
    iamtoken(&home)
        .env("IBM_CREDENTIALS_FILE", &named)
        .args(["--sdk-service", "myapp", "apikey", "--apikey", "typed"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--apikey cannot be used with --sdk-service",
        ));
    assert_eq!(iam.received().len(), 1, "nothing more was sent");

    // Found by itself in the current directory: AUTH_URL must be IAM's, for every auth type.
    let repo = home.path().join("repo");
    std::fs::create_dir(&repo).unwrap();
    let token_file = home.path().join("pod-token");
    std::fs::write(&token_file, "POD-TOKEN-SENTINEL\n").unwrap();
    for (text, line) in [
        (format!("MYAPP_APIKEY=k\nMYAPP_AUTH_URL={}\n", iam.url), 2),
        (
            format!(
                "MYAPP_AUTH_TYPE=container\nMYAPP_CR_TOKEN_FILENAME={}\nMYAPP_IAM_PROFILE_NAME=p\nMYAPP_AUTH_URL=https://iam.attacker.example\n",
                token_file.display()
            ),
            4,
        ),
    ] {
        let file = repo.join("ibm-credentials.env");
        std::fs::write(&file, text).unwrap();
        iamtoken(&home)
            .current_dir(&repo)
            .args(["--no-cache", "--sdk-service", "myapp"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "ibm-credentials.env:{line}: MYAPP_AUTH_URL is not an IBM Cloud IAM endpoint"
            )));
    }
    // IAM's own endpoints are fine there (refused later only for want of a network here).
    std::fs::write(
        repo.join("ibm-credentials.env"),
        "MYAPP_APIKEY=k\nMYAPP_AUTH_URL=https://IAM.cloud.ibm.com/identity/token\n",
    )
    .unwrap();
    iamtoken(&home)
        .current_dir(&repo)
        .args(["--sdk-service", "myapp", "config", "show"])
        .assert()
        .success()
        .stdout(predicate::str::contains("[literal, hidden]"));
    assert_eq!(iam.received().len(), 1);
}

const CACHE_KEY: &str = "SENTINEL-trust-key";

/// A stand-in IAM issuing hour-long tokens, so that a cached one would be reused.
fn fresh_iam() -> StandIn {
    StandIn::scripted(
        (0..20)
            .map(|_| crate::support::Reply::fresh(3600))
            .collect(),
    )
}

/// `iamtoken apikey` with the cache in `cache`; returns stderr.
fn cached_run(home: &tempfile::TempDir, iam: &StandIn, cache: &Path) -> String {
    let out = iamtoken(home)
        .env("IAMTOKEN_CACHE_DIR", cache)
        .args([
            "--iam-url",
            &iam.url,
            "-o",
            "token",
            "apikey",
            "--apikey",
            CACHE_KEY,
        ])
        .assert()
        .success();
    String::from_utf8(out.get_output().stderr.clone()).unwrap()
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn the_entry(dir: &Path) -> std::path::PathBuf {
    let entries: Vec<String> = names(dir)
        .into_iter()
        .filter(|n| n.starts_with("t-") && Path::new(n).extension().is_some_and(|e| e == "json"))
        .collect();
    assert_eq!(entries.len(), 1, "{entries:?}");
    dir.join(&entries[0])
}

fn chown(path: &Path, uid: u32) {
    std::os::unix::fs::lchown(path, Some(uid), Some(uid))
        .expect("chown: the trust tests run as root");
}

fn uid_of(path: &Path) -> u32 {
    use std::os::unix::fs::MetadataExt as _;
    std::fs::symlink_metadata(path).unwrap().uid()
}

/// Point 2: a cache directory that is not the user's alone is not used; a file in it that is
/// not the user's own is a miss, never read and never replaced; no symlink is followed.
#[test]
fn the_cache_trusts_only_what_its_user_owns() {
    use std::os::unix::fs::PermissionsExt as _;
    let home = tempfile::tempdir().unwrap();
    let iam = fresh_iam();

    // Another user's directory (0755), and the user's own but group-writable one.
    let shared = home.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    chown(&shared, 4242);
    let writable = home.path().join("writable");
    std::fs::create_dir(&writable).unwrap();
    std::fs::set_permissions(&writable, std::fs::Permissions::from_mode(0o770)).unwrap();
    for (dir, why) in [
        (&shared, "is owned by another user"),
        (&writable, "is writable by group or others"),
    ] {
        for _ in 0..2 {
            let stderr = cached_run(&home, &iam, dir);
            assert_eq!(
                stderr,
                format!(
                    "iamtoken: warning: not using the cache: {} {why}\n",
                    dir.display()
                )
            );
        }
        assert!(
            names(dir).is_empty(),
            "nothing written to {}",
            dir.display()
        );
    }
    assert_eq!(iam.received().len(), 4, "every run fetched, uncached");

    // The user's own directory: an entry another user owns is a miss, and stays as it was.
    let cache = home.path().join("cache-own");
    cached_run(&home, &iam, &cache);
    cached_run(&home, &iam, &cache);
    assert_eq!(iam.received().len(), 5, "the second run was a hit");
    let entry = the_entry(&cache);
    let planted = std::fs::read(&entry).unwrap();
    chown(&entry, 4242);
    let stderr = cached_run(&home, &iam, &cache);
    assert!(stderr.contains("not the cache's own file"), "{stderr}");
    assert_eq!(iam.received().len(), 6, "a miss");
    assert_eq!(uid_of(&entry), 4242, "never replaced");
    assert_eq!(std::fs::read(&entry).unwrap(), planted);

    // A symlink where the entry belongs is not followed (its target holds a good entry).
    std::fs::remove_file(&entry).unwrap();
    let elsewhere = home.path().join("planted.json");
    std::fs::write(&elsewhere, &planted).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &entry).unwrap();
    let stderr = cached_run(&home, &iam, &cache);
    assert!(stderr.contains("not the cache's own file"), "{stderr}");
    assert_eq!(iam.received().len(), 7);
    assert!(
        std::fs::symlink_metadata(&entry)
            .unwrap()
            .file_type()
            .is_symlink()
    );

    // A lock that is a symlink does not make iamtoken create the file it points to.
    std::fs::remove_file(&entry).unwrap();
    let lock = entry.with_extension("lock");
    std::fs::remove_file(&lock).unwrap();
    let target = home.path().join("created-by-victim");
    std::os::unix::fs::symlink(&target, &lock).unwrap();
    let stderr = cached_run(&home, &iam, &cache);
    assert!(stderr.contains("cannot lock the cache entry"), "{stderr}");
    assert!(!target.exists(), "the symlink's target was created");
    assert_eq!(iam.received().len(), 8);

    // Files the cache makes are 0600 in a 0700 directory.
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&cache), 0o700);
    for name in names(&cache) {
        let path = cache.join(&name);
        if !std::fs::symlink_metadata(&path)
            .unwrap()
            .file_type()
            .is_symlink()
        {
            assert_eq!(mode(&path), 0o600, "{name}");
        }
    }
}

/// Point 3: entry names are a keyed hash, so two users (two keys) name the same request
/// differently and no name can be checked against a guessed password; the first run after the
/// upgrade removes entries of the old unkeyed naming.
#[test]
fn cache_names_are_keyed_and_old_names_go() {
    let home = tempfile::tempdir().unwrap();
    let iam = fresh_iam();
    let (one, two) = (home.path().join("one"), home.path().join("two"));
    cached_run(&home, &iam, &one);
    cached_run(&home, &iam, &two);
    let (a, b) = (the_entry(&one), the_entry(&two));
    assert_ne!(
        a.file_name(),
        b.file_name(),
        "the same request, two keys, two names"
    );
    assert_eq!(names(&one).iter().filter(|n| *n == "name.key").count(), 1);
    assert_eq!(std::fs::read(one.join("name.key")).unwrap().len(), 32);
    // -v says where a hit came from without any unkeyed hash.
    let out = iamtoken(&home)
        .env("IAMTOKEN_CACHE_DIR", &one)
        .args(["-v", "--iam-url", &iam.url, "apikey", "--apikey", CACHE_KEY])
        .assert()
        .success();
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert_eq!(stderr, format!("iamtoken: cache hit: {}\n", a.display()));

    // A cache from before keyed names: its entries and locks go, anything else stays.
    let old = home.path().join("old");
    std::fs::create_dir(&old).unwrap();
    let legacy = "ab".repeat(32);
    for name in [
        format!("{legacy}.json"),
        format!("{legacy}.lock"),
        "package.json".into(),
    ] {
        std::fs::write(old.join(name), "{}").unwrap();
    }
    cached_run(&home, &iam, &old);
    let left: Vec<String> = names(&old)
        .into_iter()
        .filter(|n| !n.starts_with("t-"))
        .collect();
    assert_eq!(left, ["name.key", "package.json"]);
}

/// Point 4: the cache owns exactly its own files: key sets are not token entries, `cache clear`
/// removes only names the cache makes, two clears at once both succeed, and an entry whose
/// token has expired is deleted when a lookup meets it.
#[test]
fn the_cache_owns_exactly_its_own_files() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::scripted(vec![
        crate::support::Reply::Token {
            expires_in: 2,
            left: 2,
            delay: Duration::ZERO,
        },
        crate::support::Reply::IamError(400, "BXNIM0415E", "Provided API key could not be found."),
    ]);
    let cache = home.path().join("cache");
    cached_run(&home, &iam, &cache);
    let entry = the_entry(&cache);
    std::thread::sleep(Duration::from_millis(2100));
    iamtoken(&home)
        .env("IAMTOKEN_CACHE_DIR", &cache)
        .args(["--iam-url", &iam.url, "apikey", "--apikey", CACHE_KEY])
        .assert()
        .code(3);
    assert!(!entry.exists(), "the expired entry was deleted");

    // A key set (from inspect --verify) is not a token entry.
    let issuer = format!("{}/identity", iam.url);
    let token = crate::jwt::sign(&crate::jwt::header(), &crate::jwt::claims(&issuer, 600));
    iamtoken(&home)
        .env("IAMTOKEN_CACHE_DIR", &cache)
        .args(["inspect", "--iam-url", &iam.url, "--verify", &token])
        .assert()
        .success();
    assert!(names(&cache).iter().any(|n| n.starts_with("keys-")));
    cached_run(&home, &iam, &cache);
    let listed = iamtoken(&home)
        .env("IAMTOKEN_CACHE_DIR", &cache)
        .args(["cache", "list"])
        .assert()
        .success();
    let listed = String::from_utf8(listed.get_output().stdout.clone()).unwrap();
    assert_eq!(
        listed.lines().count(),
        2,
        "a header and one entry: {listed}"
    );
    assert!(!listed.contains("damaged"), "{listed}");

    // Foreign names survive a clear; the cache's own go; a fresh temporary file stays (it may
    // be another process's write in progress), a stale one goes.
    for name in ["package.json", "notes.txt", "t-short.json"] {
        std::fs::write(cache.join(name), "{}").unwrap();
    }
    std::fs::write(cache.join(".tmp-stale"), "x").unwrap();
    let stale = crate::support::quick("touch")
        .args(["-d", "2 hours ago"])
        .arg(cache.join(".tmp-stale"))
        .status()
        .unwrap();
    assert!(stale.success());
    std::fs::write(cache.join(".tmp-fresh"), "x").unwrap();
    let clears: Vec<_> = (0..2)
        .map(|_| {
            crate::support::bounded(crate::support::bin(), &home)
                .env("IAMTOKEN_CACHE_DIR", &cache)
                .args(["cache", "clear"])
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for clear in clears {
        let out = clear.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(
        names(&cache),
        [
            ".tmp-fresh",
            "name.key",
            "notes.txt",
            "package.json",
            "t-short.json"
        ]
    );
}

/// Point 11: a rejected value is never echoed, since it may be a secret: a key typed without
/// its option, `@`/`env:` typos (a password that begins with `@`), credentials in a URL.
#[test]
fn a_rejected_value_is_never_echoed() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["apikey", "SENTINEL-positional-0123456789abcdefABCDEF"],
            "unexpected argument (not shown",
        ),
        (
            vec!["apikey", "--apikey", "@SENTINEL-typo"],
            "--apikey: cannot read the file named after '@' (not shown",
        ),
        // A secret pasted after env: by mistake (not written as a variable name is).
        (
            vec!["apikey", "--apikey", "env:SENTINELx9Typo-k"],
            "--apikey: the environment variable named after 'env:' (not shown",
        ),
        (
            vec!["password", "--username", "u", "--password", "@SENTINEL-pw"],
            "--password: cannot read the file named after '@' (not shown",
        ),
        (
            vec![
                "--iam-url",
                "https://user:SENTINEL-pw@iam.example.com",
                "apikey",
                "--apikey",
                "k",
            ],
            "invalid value for --iam-url <URL>: the URL must not contain credentials",
        ),
        (
            vec![
                "vpc",
                "--metadata-url",
                "http://user:SENTINEL-pw@169.254.169.254",
            ],
            "invalid value for --metadata-url <URL>: the URL must not contain credentials",
        ),
        (
            vec![
                "--proxy",
                "socks9://user:SENTINEL-pw@proxy",
                "apikey",
                "--apikey",
                "k",
            ],
            "invalid value for --proxy <URL>: unsupported scheme socks9://",
        ),
    ];
    for (args, message) in cases {
        iamtoken(&home)
            .env("IBMCLOUD_IAM_API_ENDPOINT", &iam.url)
            .args(&args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(message))
            .stderr(predicate::str::contains("SENTINEL").not());
    }
    // The same from a context: the file and line are named, the value is not.
    let config = home.path().join("config.toml");
    std::fs::write(
        &config,
        "[context.c]\ngrant = \"apikey\"\niam_url = \"https://u:SENTINEL@x\"\n",
    )
    .unwrap();
    iamtoken(&home)
        .env("IAMTOKEN_CONFIG", &config)
        .args(["--context", "c", "apikey", "--apikey", "k"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{}:3: context.c.iam_url",
            config.display()
        )))
        .stderr(predicate::str::contains("SENTINEL").not());
    assert!(iam.received().is_empty());
}

/// Point 7: a child gets the token, not the keys: the credential variables, every `env:NAME`
/// read and stale `IBMCLOUD_IAM_*` variables are removed from its environment unless
/// `--keep-env` names them; the shell formats unset only iamtoken's own stale variables.
#[test]
fn a_child_gets_the_token_not_the_keys() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let out = iamtoken(&home)
        .env("IBMCLOUD_API_KEY", "SENTINEL-user-key")
        .env("IC_API_KEY", "SENTINEL-ic-key")
        .env("IBMCLOUD_CR_TOKEN", "SENTINEL-cr-token")
        .env("MY_KEY", "SENTINEL-my-key")
        .env("IBMCLOUD_IAM_REFRESH_TOKEN", "SENTINEL-stale-refresh")
        .env("IBMCLOUD_IAM_DELEGATED_REFRESH_TOKEN", "SENTINEL-stale-drt")
        .env("UNRELATED", "stays")
        .args([
            "--iam-url",
            &iam.url,
            "--no-cache",
            "exec",
            "--keep-env",
            "IC_API_KEY",
        ])
        .args(["apikey", "--apikey", "env:MY_KEY", "--", "env"])
        .assert()
        .success();
    let env = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let has = |name: &str| env.lines().any(|l| l.starts_with(&format!("{name}=")));
    assert!(
        has("IBMCLOUD_IAM_TOKEN") && has("IBMCLOUD_IAM_TOKEN_EXPIRATION"),
        "{env}"
    );
    assert!(has("UNRELATED") && has("IC_API_KEY"), "kept: {env}");
    for gone in [
        "IBMCLOUD_API_KEY",
        "IBMCLOUD_CR_TOKEN",
        "MY_KEY",
        "IBMCLOUD_IAM_REFRESH_TOKEN",
        "IBMCLOUD_IAM_DELEGATED_REFRESH_TOKEN",
    ] {
        assert!(!has(gone), "{gone} reached the child: {env}");
    }
    assert_eq!(
        iam.only_request().form()[1],
        ("apikey".into(), "SENTINEL-my-key".into())
    );

    // `eval "$(iamtoken apikey -o export)"` works twice in a row (the key stays), and a
    // refresh token left by an earlier answer is unset.
    let script = format!(
        "export IBMCLOUD_IAM_REFRESH_TOKEN=stale; \
         eval \"$({bin} --iam-url {url} -o export apikey)\" && \
         eval \"$({bin} --iam-url {url} -o export apikey)\" && \
         printf '%s|%s|%s' \"$IBMCLOUD_API_KEY\" \"${{IBMCLOUD_IAM_REFRESH_TOKEN-unset}}\" \"$IBMCLOUD_IAM_TOKEN\"",
        bin = crate::support::bin().display(),
        url = iam.url
    );
    let out = crate::support::bounded("sh", &home)
        .env("IBMCLOUD_API_KEY", "user-key")
        .args(["-c", &script])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("user-key|unset|{}", crate::support::ACCESS_TOKEN),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Point 8: nothing readable survives a crash and no other process of the user reads iamtoken:
/// it is non-dumpable (its /proc/PID/environ is closed even to its own child) with a core limit
/// of zero, while the command of `exec` gets the user's original core limit back. Run as
/// another user, since root may read any process.
#[test]
fn no_core_and_no_reading_of_the_process() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    chown(home.path(), 4242);
    let bin = home.path().join("iamtoken");
    // Copied by another process: a copy written from this one would hold the file open for
    // writing in any child another test thread forks meanwhile, and running it then fails
    // with ETXTBSY (seen once in a busy full run).
    let mut cp = std::process::Command::new("cp");
    cp.arg(crate::support::bin()).arg(&bin);
    assert_cmd::Command::from_std(cp)
        .timeout(std::time::Duration::from_secs(30))
        .assert()
        .success();
    let key = home.path().join("key");
    std::fs::write(&key, "SENTINEL-dump-key\n").unwrap();
    chown(&key, 4242);
    let script = "if cat /proc/$PPID/environ >/dev/null 2>&1; then echo environ=readable; \
                  else echo environ=closed; fi; \
                  grep 'Max core file size' /proc/$PPID/limits; \
                  grep 'Max core file size' /proc/self/limits";
    let mut run = crate::support::isolated("prlimit", &home);
    run.args([
        "--core=4096:unlimited",
        "setpriv",
        "--reuid=4242",
        "--regid=4242",
        "--clear-groups",
    ])
    .arg(&bin)
    .args(["--iam-url", &iam.url, "--no-cache", "exec", "apikey"])
    .arg(format!("--apikey=@{}", key.display()))
    .args(["--", "sh", "-c", script]);
    let out = assert_cmd::Command::from_std(run)
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .expect("prlimit and setpriv (util-linux)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<Vec<&str>> = stdout
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(lines[0], ["environ=closed"], "{stdout}");
    assert_eq!(
        lines[1][4..6],
        ["0", "unlimited"],
        "iamtoken's own limit: {stdout}"
    );
    assert_eq!(
        lines[2][4..6],
        ["4096", "unlimited"],
        "the command's: {stdout}"
    );
    // The control: without iamtoken in between, the same user reads its parent's environment.
    let mut control = crate::support::isolated("setpriv", &home);
    control
        .args(["--reuid=4242", "--regid=4242", "--clear-groups", "sh", "-c"])
        .arg(format!("sh -c '{}'", script.replace('\'', "")));
    let control = assert_cmd::Command::from_std(control)
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&control.stdout).starts_with("environ=readable"));
}

/// Point 9: nothing from the network reaches a terminal raw: claims, IAM's error text, request
/// ids and `cache list`'s iam_id have control characters escaped or removed; a claim cannot
/// fake a row of inspect's summary; secrets IAM echoes are scrubbed before whitespace is
/// collapsed and in their Basic base64 form; -vv shows a body that is not JSON only by size.
#[test]
fn nothing_from_the_network_reaches_a_terminal_raw() {
    use crate::support::Reply;
    let home = tempfile::tempdir().unwrap();
    let raw = |out: &[u8]| out.iter().any(|b| *b == 0x1b || *b == 0x07);

    // inspect: a claim with ESC and a newline that would print a fake "verified" row.
    let mut claims = crate::jwt::claims("https://iam.cloud.ibm.com/identity", 600);
    claims["sub"] = serde_json::json!("x\nsignature   verified (key iamtoken-test-1)");
    claims["iam_id"] = serde_json::json!("\u{1b}]0;pwned\u{7}iam-ServiceId-1");
    let token = crate::jwt::sign(&crate::jwt::header(), &claims);
    let out = iamtoken(&home).args(["inspect", &token]).assert().success();
    let stdout = &out.get_output().stdout;
    assert!(!raw(stdout));
    let text = String::from_utf8_lossy(stdout);
    assert!(!text.lines().any(|l| l.starts_with("signature")), "{text}");
    assert!(
        text.contains("\\u{1b}]0;pwned\\u{7}iam-ServiceId-1"),
        "{text}"
    );

    // cache list: an iam_id from the token IAM issued.
    let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(r#"{"iam_id":"evil\u001b[2J\nfake row"}"#);
    let access = format!("eyJhbGciOiJSUzI1NiJ9.{payload}.c2ln");
    let body = serde_json::json!({
        "access_token": access, "expires_in": 3600, "expiration": crate::support::now() + 3600,
    });
    let iam = StandIn::scripted(vec![Reply::Raw(
        200,
        "application/json",
        body.to_string().into_bytes(),
    )]);
    iamtoken(&home)
        .args(["--iam-url", &iam.url, "apikey", "--apikey", "k"])
        .assert()
        .success();
    let listed = iamtoken(&home).args(["cache", "list"]).assert().success();
    let stdout = &listed.get_output().stdout;
    assert!(!raw(stdout));
    let text = String::from_utf8_lossy(stdout);
    assert_eq!(text.lines().count(), 2, "a header and one entry: {text}");
    assert!(text.contains("evil\\u{1b}[2J\\u{a}fake row"), "{text}");

    // IAM's error text, request id and a -vv body: controls gone, secrets scrubbed.
    let password = "pass  word\twith spaces";
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("app:{password}"));
    let error = serde_json::json!({
        "errorCode": "BXNIM0415E",
        "errorMessage": format!("\u{1b}[2Jbad pass word with spaces for Basic {basic}"),
        "context": {"requestId": "r-1\u{1b}[31m"},
    });
    let iam = StandIn::scripted(vec![
        Reply::Raw(400, "application/json", error.to_string().into_bytes()),
        Reply::Raw(
            502,
            "text/html",
            b"<html>\x1b[2J token eyJhbGciOiJSUzI1NiJ9.eyJpYW1faWQiOiJ4In0.c2ln</html>".to_vec(),
        ),
    ]);
    for _ in 0..2 {
        let out = iamtoken(&home)
            .args([
                "-vv",
                "--retries",
                "0",
                "--iam-url",
                &iam.url,
                "password",
                "--username",
                "u",
            ])
            .args([
                "--client-id",
                "app",
                "--client-secret",
                password,
                "--password",
                password,
            ])
            .assert()
            .failure();
        let stderr = &out.get_output().stderr;
        assert!(!raw(stderr));
        let text = String::from_utf8_lossy(stderr);
        assert!(
            !text.contains("pass word") && !text.contains(&basic) && !text.contains("eyJpYW1f"),
            "{text}"
        );
        assert!(
            text.contains("[request id r-1 [31m]")
                || text.contains("bytes of text/html, not shown"),
            "{text}"
        );
    }
}

/// Point 6: --insecure is refused for production however the host is spelt, on every path.
#[test]
fn insecure_is_refused_for_production_however_spelt() {
    let home = tempfile::tempdir().unwrap();
    for url in [
        "https://IAM.Cloud.IBM.com.",
        "https://iam%2Ecloud.ibm.com",
        "https://private.eu-de.iam.cloud.ibm.com:443",
    ] {
        iamtoken(&home)
            .args(["--insecure", "--iam-url", url, "apikey", "--apikey", "k"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(
                "--insecure is refused for the production IAM endpoint",
            ));
    }
    let token = crate::jwt::sign(
        &crate::jwt::header(),
        &crate::jwt::claims("https://iam.cloud.ibm.com/identity", 600),
    );
    iamtoken(&home)
        .args(["--insecure", "inspect", "--verify", &token])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--insecure is refused"));
}

/// Point 12: odd numbers fail safe. inspect's arithmetic cannot wrap into "valid", a `crit`
/// header is not verified, a token from the future is "not yet valid"; a token answer's expiry
/// is the earliest of what IAM states and the token says, and a stale or lifeless answer is
/// no answer.
#[test]
fn odd_numbers_fail_safe() {
    use crate::support::{Reply, now};
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let issuer = format!("{}/identity", iam.url);
    let signed = |edit: &dyn Fn(&mut serde_json::Value, &mut serde_json::Value)| {
        let (mut header, mut claims) = (crate::jwt::header(), crate::jwt::claims(&issuer, 600));
        edit(&mut header, &mut claims);
        crate::jwt::sign(&header, &claims)
    };
    let inspect = |token: &str, verify: bool| {
        let mut cmd = iamtoken(&home);
        cmd.args(["--iam-url", &iam.url, "inspect", token]);
        if verify {
            cmd.arg("--verify");
        }
        cmd.assert()
    };
    inspect(
        &signed(&|_, c| c["exp"] = serde_json::json!(i64::MIN)),
        false,
    )
    .code(7)
    .stdout(predicate::str::is_match(r"(?m)^expired +yes$").unwrap());
    inspect(
        &signed(&|_, c| c["exp"] = serde_json::json!(i64::MAX)),
        false,
    )
    .success();
    inspect(
        &signed(&|h, _| h["crit"] = serde_json::json!(["exp"])),
        true,
    )
    .code(8)
    .stderr(predicate::str::contains("critical (crit)"));
    for claim in ["nbf", "iat"] {
        inspect(
            &signed(&|_, c| c[claim] = serde_json::json!(now() + 1000)),
            false,
        )
        .code(7)
        .stdout(predicate::str::is_match(r"(?m)^expired +not yet valid$").unwrap())
        .stderr(predicate::str::contains(format!(
            "not yet valid: its {claim} is 16m ahead"
        )));
    }
    inspect(
        &signed(&|_, c| c["iat"] = serde_json::json!(now() + 100)),
        true,
    )
    .success();
    assert!(
        iam.received()
            .iter()
            .all(|r| r.url.ends_with("/identity/keys"))
    );

    // The token's own exp (10 minutes) is earlier than what IAM states (an hour).
    let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!(
        r#"{{"iam_id":"iam-ServiceId-1","exp":{}}}"#,
        now() + 600
    ));
    let access = format!("eyJhbGciOiJSUzI1NiJ9.{payload}.c2ln");
    let answer = |expires_in: i64, expiration: i64| {
        let body = serde_json::json!({
            "access_token": access, "expires_in": expires_in, "expiration": expiration,
        });
        Reply::Raw(200, "application/json", body.to_string().into_bytes())
    };
    let iam = StandIn::scripted(vec![
        answer(3600, now() + 3600),
        answer(3600, now() + 3600),
        answer(0, now() + 3600),
        answer(3600, now() - 400),
    ]);
    let run = |extra: &[&str]| {
        iamtoken(&home)
            .args(["--iam-url", &iam.url, "--no-cache"])
            .args(extra)
            .args(["apikey", "--apikey", "k"])
            .assert()
    };
    let out = run(&["-o", "export"]).success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let line = stdout
        .lines()
        .find(|l| l.contains("TOKEN_EXPIRATION"))
        .unwrap();
    let at: i64 = line
        .trim_end_matches(';')
        .trim_end_matches('\'')
        .rsplit('\'')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!((now() + 595..=now() + 601).contains(&at), "{line}");
    run(&["--min-ttl", "15m"]).code(6);
    run(&[])
        .code(5)
        .stderr(predicate::str::contains("invalid expires_in"));
    run(&[])
        .code(5)
        .stderr(predicate::str::contains("has already expired"));
}

/// Point 13: a vpc token cached on one machine is never served on another sharing the home
/// (another /etc/machine-id, bind-mounted in a private mount namespace, as another instance).
#[test]
fn vpc_entries_are_bound_to_the_machine() {
    let home = tempfile::tempdir().unwrap();
    let ims = crate::support::metadata_stand_in(None);
    let cache = home.path().join("shared-nfs-cache");
    let run_here = || {
        iamtoken(&home)
            .env("IAMTOKEN_CACHE_DIR", &cache)
            .args(["vpc", "--metadata-url", &ims.url, "-o", "token"])
            .assert()
            .success();
    };
    run_here();
    run_here();
    assert_eq!(
        ims.received().len(),
        2,
        "one exchange (two requests), then a hit"
    );
    let other_id = home.path().join("machine-id");
    std::fs::write(&other_id, "0123456789abcdef0123456789abcdef\n").unwrap();
    let script = format!(
        "mount --bind {} /etc/machine-id && exec {} vpc --metadata-url {} -o token",
        other_id.display(),
        crate::support::bin().display(),
        ims.url
    );
    let out = crate::support::bounded("unshare", &home)
        .env("IAMTOKEN_CACHE_DIR", &cache)
        .args(["-m", "sh", "-c", &script])
        .output()
        .expect("unshare (util-linux), run as root");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        ims.received().len(),
        4,
        "the other machine fetched its own token"
    );
    run_here();
    assert_eq!(
        ims.received().len(),
        4,
        "and this machine still has its own"
    );
}

/// Point 13: a relative path in the config file (`@PATH` secrets, `cacert`, `cr_token_file`)
/// is relative to the file's folder, not to wherever iamtoken runs (a cloned repository
/// could otherwise supply `keys/ci.key`).
#[test]
fn relative_paths_in_the_config_are_the_config_folders() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let dir = crate::support::config_file(&home)
        .parent()
        .unwrap()
        .to_owned();
    std::fs::create_dir_all(dir.join("keys")).unwrap();
    std::fs::write(dir.join("keys/ci.key"), "config-folder-key\n").unwrap();
    std::fs::write(dir.join("cr.jwt"), "eyJ.config-folder.cr\n").unwrap();
    std::fs::write(
        dir.join("config.toml"),
        format!(
            "[context.ci]\ngrant = \"apikey\"\napikey = \"@keys/ci.key\"\niam_url = \"{0}\"\n\n\
             [context.pod]\ngrant = \"cr-token\"\ncr_token_file = \"cr.jwt\"\niam_url = \"{0}\"\n",
            iam.url
        ),
    )
    .unwrap();
    // The working directory holds look-alikes that must not be read.
    let repo = home.path().join("repo");
    std::fs::create_dir_all(repo.join("keys")).unwrap();
    std::fs::write(repo.join("keys/ci.key"), "SENTINEL-repo-key\n").unwrap();
    std::fs::write(repo.join("cr.jwt"), "SENTINEL-repo-cr\n").unwrap();
    for context in ["ci", "pod"] {
        iamtoken(&home)
            .current_dir(&repo)
            .args(["--no-cache", "--context", context, "-o", "token"])
            .assert()
            .success();
    }
    let bodies: Vec<String> = iam.received().iter().map(|r| r.body.clone()).collect();
    assert!(bodies[0].contains("apikey=config-folder-key"), "{bodies:?}");
    assert!(
        bodies[1].contains("cr_token=eyJ.config-folder.cr"),
        "{bodies:?}"
    );
    assert!(!bodies.iter().any(|b| b.contains("SENTINEL")));
}

/// The secret sweep, for the sources this issue added or changed: a key from an SDK
/// credentials file, through `env:NAME`, from `@PATH`, and proxy credentials. IAM answers in
/// ways that echo the key; stderr (with -vv) never holds it.
#[test]
fn the_secret_sweep_covers_every_source() {
    use crate::support::Reply;
    const KEY: &str = "SENTINEL-sweep-key";
    let home = tempfile::tempdir().unwrap();
    let key_file = home.path().join("key");
    std::fs::write(&key_file, format!("{KEY}\n")).unwrap();
    let creds = home.path().join("creds.env");
    std::fs::write(&creds, format!("SWEEP_APIKEY={KEY}\n")).unwrap();
    let echo = serde_json::json!({
        "errorCode": "BXNIM0415E",
        "errorMessage": format!("Provided API key {KEY} could not be found."),
        "errorDetails": format!("apikey={KEY}"),
        "context": {"requestId": KEY},
    });
    let replies = || {
        vec![
            Reply::Raw(400, "application/json", echo.to_string().into_bytes()),
            Reply::Raw(
                502,
                "text/html",
                format!("<title>{KEY}</title>").into_bytes(),
            ),
            Reply::Raw(
                200,
                "application/json",
                format!(r#"{{"key":"{KEY}"}}"#).into_bytes(),
            ),
        ]
    };
    let sources: Vec<(Vec<String>, Vec<(&str, String)>)> = vec![
        (
            vec!["apikey".into(), "--apikey".into(), "env:SWEEP_VAR".into()],
            vec![("SWEEP_VAR", KEY.into())],
        ),
        (
            vec!["apikey".into(), format!("--apikey=@{}", key_file.display())],
            vec![],
        ),
        (
            vec!["--sdk-service".into(), "sweep".into()],
            vec![("IBM_CREDENTIALS_FILE", creds.display().to_string())],
        ),
        (
            vec!["apikey".into()],
            vec![("IBMCLOUD_API_KEY", KEY.into())],
        ),
    ];
    for (args, env) in sources {
        let iam = StandIn::scripted(replies());
        for code in [3, 4, 5] {
            let mut cmd = iamtoken(&home);
            cmd.args(["-vv", "--no-cache", "--retries", "0", "--iam-url", &iam.url]);
            for (name, value) in &env {
                cmd.env(name, value);
            }
            let out = cmd.args(&args).assert().code(code);
            let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
            assert!(!stderr.contains("SENTINEL"), "{args:?}: {stderr}");
        }
        assert!(
            iam.received().iter().all(|r| r.body.contains(KEY)),
            "the key was sent"
        );
    }
    // A proxy URL's password is never shown, whatever goes wrong with the proxy.
    let proxy = "http://user:SENTINEL-proxy-pw@127.0.0.1:9";
    let out = iamtoken(&home)
        .args([
            "-vv",
            "--retries",
            "0",
            "--proxy",
            proxy,
            "--iam-url",
            "https://iam.test.cloud.ibm.com",
        ])
        .args(["apikey", "--apikey", "k"])
        .assert()
        .code(4);
    assert!(!String::from_utf8_lossy(&out.get_output().stderr).contains("SENTINEL"));
}

/// Point 13: `-o dotenv` as python-dotenv (the reader IBM's Python SDKs use) reads it: a token
/// with `${...}`, quotes and a final backslash comes back unchanged.
#[test]
fn dotenv_output_reads_back_through_python_dotenv() {
    use crate::support::Reply;
    let home = tempfile::tempdir().unwrap();
    let token = r#"a${HOME}b'c"d\"#;
    let body = serde_json::json!({
        "access_token": token, "expires_in": 3600, "expiration": crate::support::now() + 3600,
    });
    let iam = StandIn::scripted(vec![Reply::Raw(
        200,
        "application/json",
        body.to_string().into_bytes(),
    )]);
    let out = iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "-o",
            "dotenv",
            "apikey",
            "--apikey",
            "k",
        ])
        .assert()
        .success();
    let env_file = home.path().join("iam.env");
    std::fs::write(&env_file, &out.get_output().stdout).unwrap();
    let read = crate::support::bounded("python3", &home)
        .args([
            "-c",
            "import dotenv, json, sys; print(json.dumps(dotenv.dotenv_values(sys.argv[1])))",
        ])
        .arg(&env_file)
        .output()
        .expect("python3");
    assert!(
        read.status.success(),
        "python-dotenv (PyPI): {}",
        String::from_utf8_lossy(&read.stderr)
    );
    let values: serde_json::Value = serde_json::from_slice(&read.stdout).unwrap();
    assert_eq!(values["IBMCLOUD_IAM_TOKEN"], token);
}

/// An unset variable named after `env:` is named, with where the option was given: on the
/// command line, in a variable, or in a context's file and line. Any other source that cannot
/// be read says where its option was given when it was not typed.
#[test]
fn a_source_that_cannot_be_read_is_named_with_where_it_was_written() {
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    iamtoken(&home)
        .args([
            "--iam-url",
            &iam.url,
            "apikey",
            "--apikey",
            "env:CI_IBM_API_KEY",
        ])
        .assert()
        .code(2)
        .stderr(
            "iamtoken: error: --apikey: the variable CI_IBM_API_KEY (env:CI_IBM_API_KEY) is not \
             set (or not UTF-8) (--apikey given on the command line)\n",
        );
    iamtoken(&home)
        .env("IBMCLOUD_API_KEY", "env:CI_IBM_API_KEY")
        .args(["--iam-url", &iam.url, "apikey"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "the variable CI_IBM_API_KEY (env:CI_IBM_API_KEY) is not set (or not UTF-8) (--apikey given in IBMCLOUD_API_KEY)",
        ));
    let config = home.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[context.ci]\ngrant = \"apikey\"\niam_url = \"{}\"\napikey = \"env:CI_IBM_API_KEY\"\n",
            iam.url
        ),
    )
    .unwrap();
    iamtoken(&home)
        .env("IAMTOKEN_CONFIG", &config)
        .args(["--context", "ci"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(format!(
            "(--apikey given in {}:4)",
            config.display()
        )));
    let missing = home.path().join("missing");
    let cannot_read = |flag: &str| {
        format!(
            "iamtoken: error: {flag}: cannot read {}: No such file or directory (os error 2)",
            missing.display()
        )
    };
    iamtoken(&home)
        .args(["--iam-url", &iam.url, "apikey", "--apikey"])
        .arg(format!("@{}", missing.display()))
        .assert()
        .code(2)
        .stderr(format!("{}\n", cannot_read("--apikey")));
    iamtoken(&home)
        .env("IBMCLOUD_API_KEY", format!("@{}", missing.display()))
        .args(["--iam-url", &iam.url, "apikey"])
        .assert()
        .code(2)
        .stderr(format!(
            "{} (--apikey given in IBMCLOUD_API_KEY)\n",
            cannot_read("--apikey")
        ));
    // So do the checks of what was read: a key that names a file, a key file with no key.
    let not_a_key = home.path().join("not-a-key.json");
    std::fs::write(&not_a_key, "{\"name\": \"x\"}").unwrap();
    for (value, said) in [
        (
            not_a_key.display().to_string(),
            "iamtoken: error: --apikey is given a value that names an existing file \
             (--apikey given in IBMCLOUD_API_KEY)\n\
             iamtoken: hint: a file of that name exists: did you mean @PATH?\n",
        ),
        (
            format!("@{}", not_a_key.display()),
            "iamtoken: error: --apikey looks like JSON but has no \"apikey\" string field \
             (--apikey given in IBMCLOUD_API_KEY)\n\
             iamtoken: hint: pass the API key itself, or the key file downloaded from the IBM \
             Cloud console\n",
        ),
    ] {
        iamtoken(&home)
            .env("IBMCLOUD_API_KEY", value)
            .args(["--iam-url", &iam.url, "apikey"])
            .assert()
            .code(2)
            .stderr(said);
    }
    // A context's path is relative to its file's folder.
    std::fs::write(
        &config,
        format!(
            "[context.cr]\ngrant = \"cr-token\"\niam_url = \"{}\"\ncr_token_file = \"missing\"\n\
             profile_id = \"Profile-1\"\n",
            iam.url
        ),
    )
    .unwrap();
    iamtoken(&home)
        .env("IAMTOKEN_CONFIG", &config)
        .args(["--context", "cr"])
        .assert()
        .code(2)
        .stderr(format!(
            "{} (--cr-token-file given in {}:4)\n",
            cannot_read("--cr-token-file"),
            config.display()
        ));
    assert!(iam.received().is_empty());
}

/// The config's trust check is made on the file that was read: someone who can write the
/// config's folder swaps a symlink there between their own file (which runs their command) and
/// a root-owned one, as fast as they can, while the victim (root here) runs iamtoken 200 times.
/// Checking the path again after reading it let their command run within a few tries.
#[test]
fn a_symlink_swapped_under_the_config_never_runs_anothers_command() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    let home = tempfile::tempdir().unwrap();
    let iam = StandIn::iam();
    let dir = home.path().join("shared");
    std::fs::create_dir(&dir).unwrap();
    let mark = home.path().join("ran");
    let theirs = dir.join("theirs.toml");
    std::fs::write(
        &theirs,
        format!(
            "[context.ci]\ngrant = \"apikey\"\napikey = \"cmd:touch {}; echo key\"\n",
            mark.display()
        ),
    )
    .unwrap();
    chown(&theirs, 4242);
    let roots = dir.join("roots.toml");
    std::fs::write(
        &roots,
        "[context.ci]\ngrant = \"apikey\"\napikey = \"cmd:echo key\"\n",
    )
    .unwrap();
    let config = dir.join("config.toml");
    std::os::unix::fs::symlink(&roots, &config).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let swapper = {
        let (stop, dir, config) = (Arc::clone(&stop), dir.clone(), config.clone());
        std::thread::spawn(move || {
            let staged = dir.join("staged");
            let mut flip = false;
            // Bounded: at most 2 minutes, whatever the runs below do.
            let until = std::time::Instant::now() + Duration::from_mins(2);
            while !stop.load(Ordering::Relaxed) && std::time::Instant::now() < until {
                flip = !flip;
                let target = if flip { &theirs } else { &roots };
                let _ = std::fs::remove_file(&staged);
                std::os::unix::fs::symlink(target, &staged).unwrap();
                std::fs::rename(&staged, &config).unwrap();
            }
        })
    };
    let mut refused = 0;
    for _ in 0..200 {
        let out = iamtoken(&home)
            .env("IAMTOKEN_CONFIG", &config)
            .args([
                "--iam-url",
                &iam.url,
                "--no-cache",
                "--context",
                "ci",
                "-o",
                "token",
            ])
            .timeout(Duration::from_secs(30))
            .output()
            .unwrap();
        if out.status.code() == Some(2) {
            refused += 1;
        }
        assert!(!mark.exists(), "the other user's command ran");
    }
    stop.store(true, Ordering::Relaxed);
    swapper.join().unwrap();
    // Both files were seen: some runs read theirs (and refused it), others read root's.
    assert!(refused > 0 && refused < 200, "refused {refused} of 200");
}

/// An API key pasted where the IAM URL belongs is never echoed back, by flag or variable; a
/// host name is, to say what was meant.
#[test]
fn a_key_pasted_as_the_iam_url_is_not_echoed() {
    let home = tempfile::tempdir().unwrap();
    let key = "SENTINELpastedKey0123456789abcdefABCDEF_-xyz";
    for (flag, variable) in [(Some(key), None), (None, Some(key))] {
        let mut run = iamtoken(&home);
        if let Some(value) = flag {
            run.args(["--iam-url", value]);
        }
        if let Some(value) = variable {
            run.env("IBMCLOUD_IAM_API_ENDPOINT", value);
        }
        run.args(["apikey", "--apikey", "k"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("did you mean https://HOST?"))
            .stderr(predicate::str::contains("SENTINEL").not());
    }
    iamtoken(&home)
        .args(["--iam-url", "iam.example.com", "apikey", "--apikey", "k"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "did you mean https://iam.example.com?",
        ));
}
