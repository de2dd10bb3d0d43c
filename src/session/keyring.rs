//! A session's refresh token in the OS credential store (Secret Service on Linux and the BSDs,
//! Keychain on macOS, Credential Manager on Windows), through the keyring crate. Each entry is
//! named by the session's random id, so a replaced session never reads its predecessor's.

use crate::secret::Secret;

const SERVICE: &str = "iamtoken";

fn entry(id: &str) -> Result<::keyring::Entry, String> {
    ::keyring::Entry::new(SERVICE, &format!("session {id}")).map_err(|e| describe(&e))
}

pub fn set(id: &str, token: &Secret) -> Result<(), String> {
    entry(id)?
        .set_password(token.expose())
        .map_err(|e| describe(&e))
}

/// The token, `Ok(None)` when the store has no such entry.
pub fn get(id: &str) -> Result<Option<Secret>, String> {
    match entry(id)?.get_password() {
        Ok(token) => Ok(Some(Secret::new(token))),
        Err(::keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(describe(&e)),
    }
}

/// Deletes the entry if there is one; a store that cannot be reached holds none of ours.
pub fn delete(id: &str) {
    if let Ok(entry) = entry(id) {
        let _ = entry.delete_credential();
    }
}

/// What went wrong, in words (the crate's errors never hold the secret).
fn describe(err: &::keyring::Error) -> String {
    match err {
        ::keyring::Error::NoDefaultStore => "no OS credential store is reachable".into(),
        ::keyring::Error::NoStorageAccess(_) => {
            "the OS credential store refused access (is it locked?)".into()
        }
        other => format!("the OS credential store failed: {other}"),
    }
}
