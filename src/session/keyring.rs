//! A session's refresh token in the OS credential store (Secret Service on Linux and the BSDs,
//! Keychain on macOS, Credential Manager on Windows), through the keyring crate. Each entry is
//! named by the session's random id, so a replaced session never reads its predecessor's.

use std::time::Duration;

use crate::secret::Secret;

const SERVICE: &str = "iamtoken";

/// Runs `op` on a thread of its own, giving up on it after `within`.
fn bounded<T: Send + 'static>(
    within: Duration,
    op: impl FnOnce() -> Result<T, String> + Send + 'static,
) -> Result<T, String> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(op());
    });
    rx.recv_timeout(within).unwrap_or_else(|_| {
        Err(format!(
            "the OS credential store did not answer within {} s (is it locked, with its \
             unlock prompt on another screen?)",
            within.as_secs()
        ))
    })
}

/// The platform's store, set once as keyring-core's default: the Secret Service (libdbus),
/// Keychain or Credential Manager.
fn store() -> Result<(), String> {
    static SET: std::sync::OnceLock<Result<(), String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        // libdbus finds the session bus by its address, else the socket in the runtime folder
        // (X11 autolaunch is compiled out): with neither, no Secret Service can answer.
        #[cfg(all(unix, not(target_os = "macos")))]
        if !session_bus() {
            return Err("no OS credential store is reachable (no D-Bus session bus)".to_owned());
        }
        #[cfg(all(unix, not(target_os = "macos")))]
        let store = dbus_secret_service_keyring_store::Store::new();
        #[cfg(target_os = "macos")]
        let store = apple_native_keyring_store::keychain::Store::new();
        #[cfg(windows)]
        let store = windows_native_keyring_store::Store::new();
        #[cfg(any(unix, windows))]
        {
            keyring_core::set_default_store(store.map_err(|e| describe(&e))?);
            Ok(())
        }
        #[cfg(not(any(unix, windows)))]
        Err("no OS credential store is known on this platform".to_owned())
    })
    .clone()
}

/// Whether a D-Bus session bus can be found: `DBUS_SESSION_BUS_ADDRESS`, or
/// `$XDG_RUNTIME_DIR/bus`.
#[cfg(all(unix, not(target_os = "macos")))]
fn session_bus() -> bool {
    let set = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    set("DBUS_SESSION_BUS_ADDRESS").is_some()
        || set("XDG_RUNTIME_DIR").is_some_and(|dir| std::path::Path::new(&dir).join("bus").exists())
}

fn entry(id: &str) -> Result<keyring_core::Entry, String> {
    store()?;
    keyring_core::Entry::new(SERVICE, &format!("session {id}")).map_err(|e| describe(&e))
}

pub fn set(id: &str, token: &Secret, within: Duration) -> Result<(), String> {
    let (id, token) = (id.to_owned(), token.clone());
    bounded(within, move || {
        entry(&id)?
            .set_password(token.expose())
            .map_err(|e| describe(&e))
    })
}

/// The token, `Ok(None)` when the store has no such entry.
pub fn get(id: &str, within: Duration) -> Result<Option<Secret>, String> {
    let id = id.to_owned();
    bounded(within, move || match entry(&id)?.get_password() {
        Ok(token) => Ok(Some(Secret::new(token))),
        Err(keyring_core::Error::NoEntry) => Ok(None),
        Err(e) => Err(describe(&e)),
    })
}

/// Deletes the entry if there is one; a store that cannot be reached holds none of ours.
pub fn delete(id: &str, within: Duration) {
    let id = id.to_owned();
    let _ = bounded(within, move || {
        if let Ok(entry) = entry(&id) {
            let _ = entry.delete_credential();
        }
        Ok(())
    });
}

/// What went wrong, in words (the crate's errors never hold the secret).
fn describe(err: &keyring_core::Error) -> String {
    match err {
        keyring_core::Error::NoDefaultStore => "no OS credential store is reachable".into(),
        keyring_core::Error::NoStorageAccess(_) => {
            "the OS credential store refused access (is it locked?)".into()
        }
        other => format!("the OS credential store failed: {other}"),
    }
}
