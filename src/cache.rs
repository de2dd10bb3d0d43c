//! The on-disk token cache: where it lives, how an entry is keyed, read and written (atomically,
//! 0600 in a 0700 dir), when an entry may be reused, and the cross-process lock that makes
//! concurrent callers share one IAM request. It never logs a token or a secret.

use std::fmt::Write as _;
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sha2::{Digest as _, Sha256};

use crate::jwt;
use crate::token::{TokenResponse, Wanted, unix_now};

/// Bumped when the entry layout changes; entries of another version are replaced.
const VERSION: u32 = 1;

/// An entry as stored: IAM's answer as received, when, and what `cache list` shows.
#[derive(Serialize, Deserialize)]
pub struct Entry {
    pub version: u32,
    pub grant: String,
    pub iam_host: String,
    pub subject: Option<String>,
    pub received_at: i64,
    pub response: Map<String, Value>,
}

/// The cache directory, checked to be private.
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// Opens (creating, 0700) the cache dir `dir` (`None`: none could be determined). A dir
    /// that others can write to is refused: they could plant entries. Problems are warnings;
    /// the caller then works without a cache.
    pub fn open(dir: Option<&Path>, log: &mut dyn Write) -> Option<Self> {
        let Some(dir) = dir else {
            warn(
                log,
                "no cache directory could be determined; set IAMTOKEN_CACHE_DIR",
            );
            return None;
        };
        if let Err(e) = create_private_dir(dir) {
            warn(
                log,
                &format!("not using the cache: cannot create {}: {e}", dir.display()),
            );
            return None;
        }
        if writable_by_others(dir) {
            warn(
                log,
                &format!(
                    "not using the cache: {} is writable by group or others",
                    dir.display()
                ),
            );
            return None;
        }
        Some(Self {
            dir: dir.to_owned(),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn entry_path(&self, key: &str) -> PathBuf {
        self.dir.join(entry_name(key))
    }

    /// The entry for `key` as a token response, if it is there and sound. A damaged entry is
    /// reported and treated as absent (it is replaced on the next write).
    pub fn load(&self, key: &str, wanted: Wanted, log: &mut dyn Write) -> Option<TokenResponse> {
        let path = self.entry_path(key);
        let bytes = self.read(&entry_name(key))?;
        let token = read_entry(&bytes).and_then(|entry| {
            TokenResponse::from_fields(entry.response, wanted, entry.received_at).ok()
        });
        if token.is_none() {
            warn(
                log,
                &format!("ignoring damaged cache entry {}", path.display()),
            );
        }
        token
    }

    /// Stores `entry` under `key`.
    pub fn save(&self, key: &str, entry: &Entry) -> std::io::Result<()> {
        self.write(&entry_name(key), &serde_json::to_vec(entry)?)
    }

    /// IAM's key set (JWKS) published at `keys_url`, if one was saved less than `max_age`
    /// seconds ago.
    pub fn key_set(&self, keys_url: &str, max_age: i64) -> Option<Value> {
        let bytes = self.read(&key_set_name(keys_url))?;
        let saved: Value = serde_json::from_slice(&bytes).ok()?;
        let age = unix_now() - saved.get("fetched_at")?.as_i64()?;
        (age < max_age)
            .then(|| saved.get("jwks").cloned())
            .flatten()
    }

    /// Saves IAM's key set published at `keys_url`, dated now.
    pub fn save_key_set(&self, keys_url: &str, jwks: &Value) -> std::io::Result<()> {
        let saved = serde_json::json!({ "fetched_at": unix_now(), "jwks": jwks });
        self.write(&key_set_name(keys_url), saved.to_string().as_bytes())
    }

    /// Writes `name` in the cache dir atomically: a 0600 temporary file renamed into place.
    fn write(&self, name: &str, bytes: &[u8]) -> std::io::Result<()> {
        let mut file = tempfile::Builder::new()
            .prefix(".tmp-")
            .tempfile_in(&self.dir)?;
        file.write_all(bytes)?;
        file.as_file().sync_all()?;
        file.persist(self.dir.join(name)).map_err(|e| e.error)?;
        Ok(())
    }

    /// The contents of `name` in the cache dir, if it is there.
    fn read(&self, name: &str) -> Option<Vec<u8>> {
        fs::read(self.dir.join(name)).ok()
    }

    /// Waits (polling, up to `timeout`) for the exclusive lock on `key`; the lock is released
    /// when the returned file is dropped. `Ok(None)` when it could not be had in time.
    fn lock(&self, key: &str, timeout: Duration) -> std::io::Result<Option<File>> {
        let path = self.dir.join(format!("{key}.lock"));
        let file = private_file_options().write(true).open(path)?;
        let deadline = Instant::now() + timeout;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Some(file)),
                Err(fs::TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                Err(fs::TryLockError::WouldBlock) => return Ok(None),
                Err(fs::TryLockError::Error(e)) => return Err(e),
            }
        }
    }

    /// Every entry file with what could be read of it (`None`: damaged or foreign).
    pub fn entries(&self) -> std::io::Result<Vec<(PathBuf, Option<Entry>)>> {
        let mut entries = Vec::new();
        for dirent in fs::read_dir(&self.dir)? {
            let path = dirent?.path();
            if is_entry_name(&path) {
                let entry = fs::read(&path).ok().and_then(|b| read_entry(&b));
                entries.push((path, entry));
            }
        }
        Ok(entries)
    }
}

/// An entry's file name in the cache dir; `cache list` and `clear` find entries by `.json`.
fn entry_name(key: &str) -> String {
    format!("{key}.json")
}

/// Whether `path` names a token entry: 64 hex characters and `.json` (not a key set).
fn is_entry_name(path: &Path) -> bool {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    name.strip_suffix(".json")
        .is_some_and(|stem| stem.len() == 64 && stem.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// A key set's file name: its own prefix, so it is never taken for a token entry.
fn key_set_name(keys_url: &str) -> String {
    format!("keys-{}.json", hash(&[keys_url]))
}

fn read_entry(bytes: &[u8]) -> Option<Entry> {
    serde_json::from_slice::<Entry>(bytes)
        .ok()
        .filter(|e| e.version == VERSION)
}

/// What to look up, and what to record beside a fresh answer.
pub struct Lookup<'a> {
    pub key: String,
    pub wanted: Wanted,
    /// Seconds of life an entry must have left to be reused.
    pub min_ttl: i64,
    /// How long to wait for another process fetching the same token.
    pub timeout: Duration,
    pub grant: &'a str,
    pub iam_host: String,
    /// Say on `log` when a cached token is used.
    pub verbose: bool,
}

/// A reusable cached token, else one from `fetch` (stored for the next caller). While one
/// process fetches, others asking for the same key wait on its lock and then reuse its answer,
/// so concurrent callers make one IAM request. Cache trouble is a warning, never a failure.
pub fn reuse_or_fetch(
    store: Option<&Store>,
    lookup: &Lookup,
    log: &mut dyn Write,
    fetch: impl FnOnce(&mut dyn Write) -> anyhow::Result<TokenResponse>,
) -> anyhow::Result<TokenResponse> {
    let Some(store) = store else {
        return fetch(log);
    };
    let reuse = |log: &mut dyn Write| {
        let now = unix_now();
        store
            .load(&lookup.key, lookup.wanted, log)
            .filter(|token| reusable(token, now, lookup.min_ttl))
            .map(|token| aged(token, now))
    };
    if let Some(token) = reuse(log) {
        if lookup.verbose {
            let entry = store.entry_path(&lookup.key);
            let _ = writeln!(log, "iamtoken: cache hit: {}", entry.display());
        }
        return Ok(token);
    }
    let lock = match store.lock(&lookup.key, lookup.timeout) {
        Ok(Some(lock)) => Some(lock),
        Ok(None) => {
            warn(
                log,
                "the cache entry stayed locked for --timeout; fetching without waiting",
            );
            None
        }
        Err(e) => {
            warn(
                log,
                &format!(
                    "cannot lock the cache entry in {}: {e}",
                    store.dir.display()
                ),
            );
            None
        }
    };
    // Whoever held the lock may have just stored a token; a damaged entry was already reported.
    if let Some(token) = reuse(&mut std::io::sink()) {
        return Ok(token);
    }
    let token = fetch(log)?;
    if token.expiration.is_some() {
        let entry = Entry {
            version: VERSION,
            grant: lookup.grant.to_owned(),
            iam_host: lookup.iam_host.clone(),
            subject: token
                .access_token
                .as_ref()
                .and_then(|t| jwt::subject(t.expose())),
            received_at: token.received_at,
            response: token.fields.clone(),
        };
        if let Err(e) = store.save(&lookup.key, &entry) {
            warn(
                log,
                &format!("cannot write to the cache in {}: {e}", store.dir.display()),
            );
        }
    }
    drop(lock);
    Ok(token)
}

/// A cached answer prints like a fresh one, so its `expires_in` counts from now.
fn aged(mut token: TokenResponse, now: i64) -> TokenResponse {
    if let (Some(left), Some(expires_in)) =
        (token.remaining(now), token.fields.get_mut("expires_in"))
    {
        *expires_in = Value::from(left.max(0));
    }
    token
}

/// Hex SHA-256 over `parts`, each length-prefixed so that no two lists hash the same bytes.
pub fn hash(parts: &[&str]) -> String {
    let mut hash = Sha256::new();
    for part in parts {
        hash.update((part.len() as u64).to_le_bytes());
        hash.update(part.as_bytes());
    }
    hash.finalize()
        .iter()
        .fold(String::with_capacity(64), |mut hex, b| {
            let _ = write!(hex, "{b:02x}");
            hex
        })
}

/// docs/iam.md, "Reuse and refresh timing": the SDKs refresh once 80% of a token's lifetime has passed. An entry
/// is reused while at least 20% of its lifetime, and at least `min_ttl`, remains.
pub fn reusable(token: &TokenResponse, now: i64, min_ttl: i64) -> bool {
    match (token.remaining(now), token.lifetime()) {
        (Some(left), Some(lifetime)) => left > 0 && left >= min_ttl && left * 5 >= lifetime,
        _ => false,
    }
}

fn warn(log: &mut dyn Write, message: &str) {
    let _ = writeln!(log, "iamtoken: warning: {message}");
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt as _;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    fs::create_dir_all(dir)
}

#[cfg(unix)]
fn writable_by_others(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt as _;
    fs::metadata(dir).is_ok_and(|m| m.permissions().mode() & 0o022 != 0)
}

#[cfg(not(unix))]
fn writable_by_others(_dir: &Path) -> bool {
    false
}

fn private_file_options() -> fs::OpenOptions {
    let mut options = fs::OpenOptions::new();
    options.create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(expires_in: i64, expiration: i64) -> TokenResponse {
        let body = format!(
            r#"{{"access_token":"t","expires_in":{expires_in},"expiration":{expiration}}}"#
        );
        TokenResponse::parse(
            body.as_bytes(),
            Wanted::AccessToken,
            expiration - expires_in,
        )
        .unwrap()
    }

    #[test]
    fn reuse_follows_the_80_percent_rule_and_min_ttl() {
        let t = token(3600, 10_000);
        assert!(reusable(&t, 10_000 - 720, 300), "exactly 20% left");
        assert!(!reusable(&t, 10_000 - 719, 0), "under 20% left");
        assert!(reusable(&t, 6_400, 3600), "fresh, min-ttl = lifetime");
        assert!(!reusable(&t, 6_400, 3601), "min-ttl beyond what is left");
        assert!(!reusable(&token(0, 10_000), 10_000, 0), "expired");
    }

    #[test]
    fn keys_differ_with_every_input() {
        use crate::endpoint::Endpoint;
        use crate::grant::{Field, TokenRequest};
        use crate::secret::Secret;
        let endpoint = Endpoint::parse("https://iam.cloud.ibm.com").unwrap();
        let other = Endpoint::parse("https://iam.test.cloud.ibm.com").unwrap();
        let req = |key: &str, tenant: Option<&str>| TokenRequest {
            form: vec![
                ("grant_type", Field::Plain("g".into())),
                ("apikey", Field::Secret(Secret::new(key))),
            ],
            tenant: tenant.map(str::to_owned),
            client: None,
            wanted: Wanted::AccessToken,
            needs_token_from: None,
        };
        let key = |e: &Endpoint, r: &TokenRequest| hash(&r.identity(e));
        let base = key(&endpoint, &req("k1", None));
        assert_eq!(base.len(), 64);
        assert!(!base.contains("k1"));
        assert_eq!(base, key(&endpoint, &req("k1", None)));
        assert_ne!(base, key(&endpoint, &req("k2", None)));
        assert_ne!(base, key(&endpoint, &req("k1", Some("t"))));
        assert_ne!(base, key(&other, &req("k1", None)));
    }
}
