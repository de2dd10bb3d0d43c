//! The on-disk token cache: its entries (IAM's whole answer, refresh tokens included) and IAM's
//! key sets, when an entry may be reused, and the cross-process lock that makes concurrent
//! callers share one IAM request. Every file goes through `dir` (a directory only its user
//! may touch) under a name from `names` (keyed, revealing nothing). It never logs a token or a
//! secret.

mod dir;
mod names;

use std::fs::{self, File};
use std::io::Write;
use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub use self::dir::PrivateDir;
pub use self::names::KeyState;
use self::names::{KEY_FILE, Kind, Namer, kind};

use crate::jwt;
use crate::token::{TokenResponse, Wanted, unix_now};

/// Bumped when the entry layout changes; entries of another version are replaced.
const VERSION: u32 = 1;

/// An entry as stored: IAM's answer as received, when, and what `cache list` shows.
#[derive(Serialize, Deserialize)]
pub struct Entry {
    pub version: u32,
    pub grant: String,
    /// The context that fetched it, if any: what `cache list` tells entries apart by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    pub iam_host: String,
    pub subject: Option<String>,
    pub received_at: i64,
    pub response: Map<String, Value>,
    /// Which token of the answer was asked for (an `iks` entry's expiry is its id_token's);
    /// absent in entries written before it was recorded, which were all access tokens.
    #[serde(default, skip_serializing_if = "is_access_token")]
    pub wanted: Wanted,
    /// The id of the `login` session it was refreshed from: `logout` removes it with the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
fn is_access_token(wanted: &Wanted) -> bool {
    *wanted == Wanted::AccessToken
}

/// The cache directory, checked to be private, and the names of its files.
pub struct Store {
    dir: PrivateDir,
    names: Namer,
    key: KeyState,
}

/// A token entry as `cache list` and `cache clear` see it.
pub struct Listed {
    /// The first 12 hex characters of its keyed name: enough to tell entries apart.
    pub id: String,
    /// The file's name in the cache directory.
    pub name: String,
    /// `None`: damaged, of another version, or not the cache's own file.
    pub entry: Option<Entry>,
}

impl Store {
    /// Opens (creating, 0700) the cache dir `dir` (`None`: none could be determined). A dir
    /// that is not the user's alone is refused: others could plant entries or read them.
    /// Problems are warnings; the caller then works without a cache.
    pub fn open(dir: Option<&Path>, log: &mut dyn Write) -> Option<Self> {
        Self::opened(dir, true, log)
    }

    /// The cache directory if it is there, never creating it (`cache list` and `clear`).
    pub fn open_existing(dir: Option<&Path>, log: &mut dyn Write) -> Option<Self> {
        if dir.is_some_and(|d| !d.exists()) {
            return None;
        }
        Self::opened(dir, false, log)
    }

    fn opened(dir: Option<&Path>, create: bool, log: &mut dyn Write) -> Option<Self> {
        let Some(dir) = dir else {
            warn(
                log,
                "no cache directory could be determined; set IAMTOKEN_CACHE_DIR",
            );
            return None;
        };
        let dir = if create {
            PrivateDir::open(dir)
        } else {
            PrivateDir::open_existing(dir)
        };
        let opened = dir.and_then(|dir| {
            let (names, key) = Namer::load_or_create(&dir, create)?;
            Ok(Self { dir, names, key })
        });
        match opened {
            Ok(store) => {
                match store.key {
                    // A cache without a key is one from before keyed names: its entries (which
                    // hold refresh tokens) are named by an unkeyed hash, and go.
                    KeyState::Created => store.remove_kind(&Kind::Legacy),
                    // Entries named under the old key can never be found again.
                    KeyState::Replaced => {
                        warn(
                            log,
                            &format!(
                                "the cache's {KEY_FILE} was damaged; made a new one (cached \
                                 tokens will be fetched again)"
                            ),
                        );
                        store.remove_kind(&Kind::Entry);
                        store.remove_kind(&Kind::Lock);
                        store.remove_kind(&Kind::KeySet);
                    }
                    KeyState::Found | KeyState::Missing | KeyState::Damaged => {}
                }
                Some(store)
            }
            Err(e) => {
                warn(log, &format!("not using the cache: {e}"));
                None
            }
        }
    }

    /// How the cache's key was found: `Missing` says that iamtoken never used this folder (or
    /// not since keyed names), so only files it can read as its own are its own.
    pub fn key(&self) -> KeyState {
        self.key
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The entry `name` as a token response, if it is there and sound. A damaged entry is
    /// reported and treated as absent (it is replaced on the next write); one whose access
    /// token has expired is deleted; a file that is not the cache's own is reported and never
    /// read.
    fn load(&self, name: &str, wanted: Wanted, log: &mut dyn Write) -> Option<TokenResponse> {
        let path = self.dir.path().join(name);
        let Ok(bytes) = self.dir.read(name) else {
            warn(
                log,
                &format!(
                    "ignoring {}: not the cache's own file (another user's, or a link)",
                    path.display()
                ),
            );
            return None;
        };
        let bytes = bytes?;
        let token = read_entry(&bytes).and_then(|entry| {
            TokenResponse::from_fields(entry.response, wanted, entry.received_at).ok()
        });
        let Some(token) = token else {
            warn(
                log,
                &format!("ignoring damaged cache entry {}", path.display()),
            );
            return None;
        };
        if token.remaining(unix_now()).is_some_and(|left| left <= 0) {
            let _ = self.dir.remove(name);
            return None;
        }
        Some(token)
    }

    /// IAM's key set (JWKS) published at `keys_url`, if one was saved less than `max_age`
    /// seconds ago.
    pub fn key_set(&self, keys_url: &str, max_age: i64) -> Option<Value> {
        let bytes = self.dir.read(&self.names.key_set(keys_url)).ok()??;
        let saved: Value = serde_json::from_slice(&bytes).ok()?;
        let age = unix_now() - saved.get("fetched_at")?.as_i64()?;
        (age < max_age)
            .then(|| saved.get("jwks").cloned())
            .flatten()
    }

    /// Saves IAM's key set published at `keys_url`, dated now.
    pub fn save_key_set(&self, keys_url: &str, jwks: &Value) -> std::io::Result<()> {
        let saved = serde_json::json!({ "fetched_at": unix_now(), "jwks": jwks });
        self.dir
            .write(&self.names.key_set(keys_url), saved.to_string().as_bytes())
    }

    /// Waits (polling, up to `timeout`) for the exclusive lock beside `entry`; the lock is
    /// released when the returned file is dropped. `Ok(None)` when it could not be had in time.
    fn lock(&self, entry: &str, timeout: Duration) -> std::io::Result<Option<File>> {
        self.dir.lock(&Namer::lock(entry), timeout)
    }

    /// Every token entry, with what could be read of it.
    pub fn entries(&self) -> std::io::Result<Vec<Listed>> {
        Ok(self
            .dir
            .names()?
            .into_iter()
            .filter(|name| kind(name) == Some(Kind::Entry))
            .map(|name| {
                let entry = self.dir.read(&name).ok().flatten();
                let entry = entry.and_then(|bytes| read_entry(&bytes));
                let id = name.trim_start_matches("t-").chars().take(12).collect();
                Listed { id, name, entry }
            })
            .collect())
    }

    /// Removes the token entry `name` and its lock.
    pub fn remove_entry(&self, name: &str) -> std::io::Result<()> {
        self.dir.remove(name)?;
        self.dir.remove(&Namer::lock(name))
    }

    /// Removes what the cache made besides token entries: key sets, locks whose entry is gone,
    /// temporary files a crash left (older than a minute), entries of the old naming, and a
    /// damaged key. Never a name the cache does not make.
    pub fn remove_leftovers(&self) -> std::io::Result<()> {
        self.remove_kind(&Kind::KeySet);
        self.remove_kind(&Kind::Legacy);
        if self.key == KeyState::Damaged {
            self.dir.remove(KEY_FILE)?;
        }
        let names = self.dir.names()?;
        for name in &names {
            let stale = match kind(name) {
                Some(Kind::Lock) => !names.iter().any(|n| Namer::lock(n) == *name && n != name),
                Some(Kind::Temporary) => fs::symlink_metadata(self.dir.path().join(name))
                    .and_then(|m| m.modified())
                    .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > Duration::from_mins(1))),
                _ => false,
            };
            if stale {
                self.dir.remove(name)?;
            }
        }
        Ok(())
    }

    fn remove_kind(&self, wanted: &Kind) {
        for name in self.dir.names().unwrap_or_default() {
            if kind(&name).as_ref() == Some(wanted) {
                let _ = self.dir.remove(&name);
            }
        }
    }
}

pub(crate) fn read_entry(bytes: &[u8]) -> Option<Entry> {
    serde_json::from_slice::<Entry>(bytes)
        .ok()
        .filter(|e| e.version == VERSION)
}

/// What to look up, and what to record beside a fresh answer.
pub struct Lookup<'a> {
    /// What identifies the request (the cache keeps only a keyed hash of it).
    pub identity: &'a [&'a str],
    pub wanted: Wanted,
    /// How much life an entry must have left to be reused.
    pub reuse: Reuse,
    /// How long to wait for another process fetching the same token.
    pub timeout: Duration,
    pub grant: &'a str,
    pub context: Option<&'a str>,
    /// The `login` session the token comes from, if any.
    pub session: Option<&'a str>,
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
    let name = store.names.entry(lookup.identity);
    let reuse = |log: &mut dyn Write| {
        let now = unix_now();
        store
            .load(&name, lookup.wanted, log)
            .filter(|token| reusable(token, now, lookup.reuse))
            .map(|token| aged(token, now))
    };
    if let Some(token) = reuse(log) {
        if lookup.verbose {
            let entry = store.dir().join(&name);
            let _ = writeln!(log, "iamtoken: cache hit: {}", entry.display());
        }
        return Ok(token);
    }
    let lock = match store.lock(&name, lookup.timeout) {
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
                    store.dir().display()
                ),
            );
            None
        }
    };
    // Whoever held the lock may have just stored a token; a damaged entry was already reported.
    if let Some(token) = reuse(&mut std::io::sink()) {
        return Ok(token);
    }
    let token = match fetch(log) {
        Ok(token) => token,
        Err(e) => {
            // Nothing was stored: the lock file of a failed fetch goes with it.
            if lock.is_some() {
                let _ = store.dir.remove(&Namer::lock(&name));
            }
            return Err(e);
        }
    };
    if token.expiration.is_some() {
        let entry = Entry {
            version: VERSION,
            grant: lookup.grant.to_owned(),
            context: lookup.context.map(str::to_owned),
            iam_host: lookup.iam_host.clone(),
            subject: token
                .access_token
                .as_ref()
                .and_then(|t| jwt::subject(t.expose())),
            received_at: token.received_at,
            response: token.fields.clone(),
            wanted: lookup.wanted,
            session: lookup.session.map(str::to_owned),
        };
        let written = serde_json::to_vec(&entry)
            .map_err(std::io::Error::other)
            .and_then(|bytes| store.dir.write(&name, &bytes));
        if let Err(e) = written {
            warn(
                log,
                &format!(
                    "cannot write to the cache in {}: {e}",
                    store.dir().display()
                ),
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

/// How much life a cached token must have left to be reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reuse {
    /// At least this long (`--min-ttl`, else 5 minutes).
    AtLeast(Duration),
    /// For a consumer that holds one token for a long time (a registry client's push, an SDK
    /// served by `serve`): at least this long, or half the token's lifetime when that is less,
    /// since an account may make tokens live as little as 15 minutes.
    Lasting(Duration),
}

impl Reuse {
    /// Seconds a token of `lifetime` seconds must have left.
    fn needed(self, lifetime: i64) -> i64 {
        match self {
            Self::AtLeast(min) => secs(min),
            Self::Lasting(min) => secs(min).min(lifetime / 2),
        }
    }
}

/// The Unix second until which `token` stays reusable under `reuse` (and the 20% rule).
pub fn reusable_until(token: &TokenResponse, reuse: Reuse) -> Option<i64> {
    let lifetime = token.lifetime()?;
    let keep = reuse.needed(lifetime).max(lifetime.saturating_add(4) / 5);
    Some(token.expiration?.saturating_sub(keep))
}

fn secs(d: Duration) -> i64 {
    i64::try_from(d.as_secs()).unwrap_or(i64::MAX)
}

/// docs/iam.md, "Reuse and refresh timing": the SDKs refresh once 80% of a token's lifetime
/// has passed. An entry is reused while at least 20% of its lifetime, and what `reuse` asks,
/// remains.
pub fn reusable(token: &TokenResponse, now: i64, reuse: Reuse) -> bool {
    match (token.remaining(now), token.lifetime()) {
        (Some(left), Some(lifetime)) => {
            left > 0 && left >= reuse.needed(lifetime) && left * 5 >= lifetime
        }
        _ => false,
    }
}

fn warn(log: &mut dyn Write, message: &str) {
    let _ = writeln!(log, "iamtoken: warning: {message}");
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
        let at_least = |s| Reuse::AtLeast(Duration::from_secs(s));
        assert!(
            reusable(&t, 10_000 - 720, at_least(300)),
            "exactly 20% left"
        );
        assert!(!reusable(&t, 10_000 - 719, at_least(0)), "under 20% left");
        assert!(
            reusable(&t, 6_400, at_least(3600)),
            "fresh, min-ttl = lifetime"
        );
        assert!(
            !reusable(&t, 6_400, at_least(3601)),
            "min-ttl beyond what is left"
        );
        assert!(!reusable(&token(1, 10_000), 10_000, at_least(0)), "expired");
    }

    #[test]
    fn a_lasting_consumer_needs_min_ttl_or_half_the_lifetime() {
        let lasting = |s| Reuse::Lasting(Duration::from_secs(s));
        let hour = token(3600, 10_000);
        assert!(
            reusable(&hour, 10_000 - 1800, lasting(1800)),
            "30 minutes left"
        );
        assert!(
            !reusable(&hour, 10_000 - 1799, lasting(1800)),
            "under 30 minutes"
        );
        // A 15-minute token: half its life (450 s) is all that can be asked.
        let short = token(900, 10_000);
        assert!(
            reusable(&short, 10_000 - 450, lasting(1800)),
            "half its life left"
        );
        assert!(!reusable(&short, 10_000 - 449, lasting(1800)), "under half");
    }
}
