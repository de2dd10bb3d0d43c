//! The folders iamtoken keeps its files in, as each platform names them: `directories`'
//! project folders (the XDG ones on Linux, `~/Library` on macOS, the Known Folders on Windows).
//!
//! On Windows a set `%APPDATA%` or `%LOCALAPPDATA%` comes first, as `XDG_CONFIG_HOME` and
//! `XDG_CACHE_HOME` do on Linux. The Known Folders ignore those variables, but Go's
//! `os.UserConfigDir` and `os.UserCacheDir` read them (and so docker, kubectl and gh do), so a
//! user or a test that moves them moves iamtoken's files too.

use std::path::PathBuf;

use directories::ProjectDirs;

const NAME: &str = "iamtoken";

/// The config folder: `$XDG_CONFIG_HOME/iamtoken`, `~/Library/Application Support/iamtoken`,
/// `%APPDATA%\iamtoken\config`.
pub fn config() -> Option<PathBuf> {
    windows_variable("APPDATA", "config").or_else(|| project().map(|p| p.config_dir().to_owned()))
}

/// The cache folder: `$XDG_CACHE_HOME/iamtoken`, `~/Library/Caches/iamtoken`,
/// `%LOCALAPPDATA%\iamtoken\cache`.
pub fn cache() -> Option<PathBuf> {
    windows_variable("LOCALAPPDATA", "cache")
        .or_else(|| project().map(|p| p.cache_dir().to_owned()))
}

/// Where `login` keeps sessions: `$XDG_STATE_HOME/iamtoken`, else the local data folder (macOS
/// and Windows have no state folder): `~/Library/Application Support/iamtoken`,
/// `%LOCALAPPDATA%\iamtoken\data`.
pub fn state() -> Option<PathBuf> {
    windows_variable("LOCALAPPDATA", "data").or_else(|| {
        project().map(|p| {
            p.state_dir()
                .unwrap_or_else(|| p.data_local_dir())
                .to_owned()
        })
    })
}

/// Where `serve --detach` records its services: `$XDG_RUNTIME_DIR/iamtoken/serve` when the
/// runtime folder is set (it is often not, on servers), else `serve` in the state folder.
pub fn services() -> Option<PathBuf> {
    project()
        .and_then(|p| p.runtime_dir().map(|d| d.join("serve")))
        .or_else(|| state().map(|d| d.join("serve")))
}

fn project() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", NAME)
}

/// `%VARIABLE%\iamtoken\leaf` when the variable holds an absolute path (a relative one is
/// ignored, as the XDG specification says of its variables).
#[cfg(windows)]
fn windows_variable(variable: &str, leaf: &str) -> Option<PathBuf> {
    let base = PathBuf::from(std::env::var_os(variable)?);
    base.is_absolute().then(|| base.join(NAME).join(leaf))
}

#[cfg(not(windows))]
fn windows_variable(_: &str, _: &str) -> Option<PathBuf> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_folder_is_iamtokens_own() {
        for folder in [config(), cache(), state()] {
            let folder = folder.expect("a home folder on the test machine");
            assert!(folder.is_absolute(), "{}", folder.display());
            assert!(
                folder.components().any(|c| c.as_os_str() == NAME),
                "{}",
                folder.display()
            );
        }
    }

    #[cfg(windows)]
    #[test]
    fn a_relative_variable_is_ignored() {
        assert_eq!(windows_variable("NO_SUCH_VARIABLE_IAMTOKEN", "cache"), None);
        // SystemRoot is always set and absolute; PATHEXT never is a path.
        let root = std::env::var_os("SystemRoot").map(PathBuf::from);
        assert_eq!(
            windows_variable("SystemRoot", "cache"),
            root.map(|r| r.join(NAME).join("cache"))
        );
        assert_eq!(windows_variable("PATHEXT", "cache"), None);
    }
}
