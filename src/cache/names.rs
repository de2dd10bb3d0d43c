//! The names of the cache's files. A token entry's name is a keyed hash (HMAC-SHA-256 with a
//! random key of the user's, kept 0600 in the cache directory) of everything that identifies
//! the request, secrets included: two credentials never share an entry, and a name reveals
//! nothing, not even to someone who can guess a weak password and hash it.

use std::fmt::Write as _;

use ring::hmac;
use ring::rand::{SecureRandom as _, SystemRandom};

use super::dir::{PrivateDir, TEMP_PREFIX};

/// The HMAC key's file.
pub const KEY_FILE: &str = "name.key";
const KEY_BYTES: usize = 32;
const ENTRY_PREFIX: &str = "t-";
const KEY_SET_PREFIX: &str = "keys-";

pub struct Namer {
    key: hmac::Key,
}

impl Namer {
    /// The user's key from `dir`. When `create`: made on first use, and made anew when the one
    /// there is damaged or not the cache's own. Otherwise (`cache list` and `clear`, which may
    /// look at a folder iamtoken did not make) nothing is written: a key held only in memory
    /// stands in, and the state says why.
    pub fn load_or_create(dir: &PrivateDir, create: bool) -> Result<(Self, KeyState), String> {
        let mut state = KeyState::Found;
        for _ in 0..3 {
            let problem = match dir.read(KEY_FILE) {
                Ok(Some(bytes)) if bytes.len() == KEY_BYTES => {
                    let key = hmac::Key::new(hmac::HMAC_SHA256, &bytes);
                    return Ok((Self { key }, state));
                }
                Ok(Some(_)) | Err(_) => KeyState::Damaged,
                Ok(None) => KeyState::Missing,
            };
            if !create {
                return Ok((Self::in_memory()?, problem));
            }
            if problem == KeyState::Damaged {
                dir.remove(KEY_FILE)
                    .map_err(|e| format!("cannot replace the cache's damaged {KEY_FILE}: {e}"))?;
                state = KeyState::Replaced;
                continue;
            }
            // Another process may make it at the same moment: then its key is read.
            let made = dir
                .create_new(KEY_FILE, &random_key()?)
                .map_err(|e| format!("cannot create the cache's key: {e}"))?;
            if made && state == KeyState::Found {
                state = KeyState::Created;
            }
        }
        Err("cannot read the cache's key".into())
    }

    /// A key that is never written: names made with it match no file.
    fn in_memory() -> Result<Self, String> {
        Ok(Self {
            key: hmac::Key::new(hmac::HMAC_SHA256, &random_key()?),
        })
    }

    /// A token entry's name for a request identified by `parts`.
    pub fn entry(&self, parts: &[&str]) -> String {
        format!("{ENTRY_PREFIX}{}.json", self.hex(parts))
    }

    /// The lock file beside an entry.
    pub fn lock(entry: &str) -> String {
        format!("{}.lock", entry.trim_end_matches(".json"))
    }

    /// A key set's name, for the keys published at `keys_url`.
    pub fn key_set(&self, keys_url: &str) -> String {
        format!("{KEY_SET_PREFIX}{}.json", self.hex(&[keys_url]))
    }

    fn hex(&self, parts: &[&str]) -> String {
        let mut context = hmac::Context::with_key(&self.key);
        // Each part length-prefixed, so that no two lists sign the same bytes.
        for part in parts {
            context.update(&(part.len() as u64).to_le_bytes());
            context.update(part.as_bytes());
        }
        let mut hex = String::with_capacity(64);
        for b in context.sign().as_ref() {
            let _ = write!(hex, "{b:02x}");
        }
        hex
    }
}

/// How the cache's key was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyState {
    Found,
    /// Made now: the folder had none.
    Created,
    /// The one there was damaged (or not the cache's own file), and a new one was made.
    Replaced,
    /// There is none, and none was made.
    Missing,
    /// The one there is damaged, and was left as it is.
    Damaged,
}

fn random_key() -> Result<[u8; KEY_BYTES], String> {
    let mut bytes = [0u8; KEY_BYTES];
    SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| "no randomness for the cache's key".to_owned())?;
    Ok(bytes)
}

/// What a name in the cache directory is, when the cache made it.
#[derive(Debug, PartialEq, Eq)]
pub enum Kind {
    Entry,
    KeySet,
    Lock,
    Temporary,
    /// An entry or lock of the old, unkeyed naming (64 hex characters).
    Legacy,
}

/// The kind of `name`, or `None` when the cache did not make it (it is never touched).
pub fn kind(name: &str) -> Option<Kind> {
    let hex = |s: &str| s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit());
    if name.starts_with(TEMP_PREFIX) {
        return Some(Kind::Temporary);
    }
    if let Some(stem) = name.strip_suffix(".json") {
        if stem.strip_prefix(ENTRY_PREFIX).is_some_and(hex) {
            return Some(Kind::Entry);
        }
        if stem.strip_prefix(KEY_SET_PREFIX).is_some_and(hex) {
            return Some(Kind::KeySet);
        }
        return hex(stem).then_some(Kind::Legacy);
    }
    let stem = name.strip_suffix(".lock")?;
    if stem.strip_prefix(ENTRY_PREFIX).is_some_and(hex) {
        return Some(Kind::Lock);
    }
    hex(stem).then_some(Kind::Legacy)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_keyed_and_distinct_and_kinds_are_exact() {
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        let open = |dir: &tempfile::TempDir| {
            Namer::load_or_create(&PrivateDir::open(dir.path()).unwrap(), true).unwrap()
        };
        let (one, state) = open(&a);
        assert_eq!(state, KeyState::Created);
        let (again, state) = open(&a);
        assert_eq!(state, KeyState::Found);
        let (other, _) = open(&b);
        let name = one.entry(&["apikey", "Summer2024!"]);
        assert_eq!(name, again.entry(&["apikey", "Summer2024!"]));
        assert_ne!(
            name,
            other.entry(&["apikey", "Summer2024!"]),
            "a key of each user's"
        );
        assert_ne!(name, one.entry(&["apikey", "Summer2024?"]));
        assert_ne!(one.entry(&["ab", "c"]), one.entry(&["a", "bc"]));
        assert_eq!(kind(&name), Some(Kind::Entry));
        assert_eq!(kind(&Namer::lock(&name)), Some(Kind::Lock));
        assert_eq!(
            kind(&one.key_set("https://iam/identity/keys")),
            Some(Kind::KeySet)
        );
        assert_eq!(
            kind(&format!("{}.json", "a".repeat(64))),
            Some(Kind::Legacy)
        );
        assert_eq!(
            kind(&format!("{}.lock", "0".repeat(64))),
            Some(Kind::Legacy)
        );
        assert_eq!(kind(".tmp-abc"), Some(Kind::Temporary));
        for foreign in [
            "package.json",
            "name.key",
            "t-xyz.json",
            "keys-.json",
            "notes.lock",
        ] {
            assert_eq!(kind(foreign), None, "{foreign}");
        }
    }
}
