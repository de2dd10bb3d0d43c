//! Who owns an open file and who else may write or read it: the one rule behind every trust
//! check (the config's `cmd:`, the cache's and the sessions' files). It looks only at an open
//! descriptor, never at a path, so that what is checked is what is then read or written.

use std::fs::File;
use std::io;

/// Who owns a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    /// The current user (on Windows: or the owner the user's new files get).
    Me,
    /// The superuser (Unix only; system-wide files a user may trust).
    Root,
    /// Anyone else.
    Other,
    /// This platform cannot tell: the file counts as the user's own and private, and whatever
    /// needs more than that (running a command) is refused.
    Unknown,
}

/// What `of` found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Access {
    pub owner: Owner,
    /// Anyone else may write to it: group or others on Unix; on Windows any principal but the
    /// user, SYSTEM, Administrators and TrustedInstaller.
    pub others_write: bool,
    /// Anyone else may read it, by the same measure.
    pub others_read: bool,
}

impl Access {
    /// Whether the file counts as the user's own.
    pub fn mine(&self) -> bool {
        matches!(self.owner, Owner::Me | Owner::Unknown)
    }

    /// Whether the file may decide what iamtoken runs: the user's or root's, and writable by
    /// no one else.
    pub fn trusted(&self) -> bool {
        matches!(self.owner, Owner::Me | Owner::Root) && !self.others_write
    }
}

/// Who owns what `file` is open on, and who else may write or read it.
#[cfg(unix)]
pub fn of(file: &File) -> io::Result<Access> {
    use std::os::unix::fs::MetadataExt as _;
    let meta = file.metadata()?;
    let owner = match meta.uid() {
        uid if uid == rustix::process::geteuid().as_raw() => Owner::Me,
        0 => Owner::Root,
        _ => Owner::Other,
    };
    Ok(Access {
        owner,
        others_write: meta.mode() & 0o022 != 0,
        others_read: meta.mode() & 0o044 != 0,
    })
}

/// Who owns what `file` is open on, and who else may write or read it (its security
/// descriptor, src/acl.rs).
#[cfg(windows)]
pub fn of(file: &File) -> io::Result<Access> {
    crate::acl::access(file).map(|a| Access {
        owner: if a.mine { Owner::Me } else { Owner::Other },
        others_write: a.others_write,
        others_read: a.others_read,
    })
}

/// Elsewhere nothing can be checked.
#[cfg(not(any(unix, windows)))]
pub fn of(_file: &File) -> io::Result<Access> {
    Ok(Access {
        owner: Owner::Unknown,
        others_write: false,
        others_read: false,
    })
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt as _;

    #[test]
    fn the_mode_of_the_open_file_decides() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, "x").unwrap();
        for (mode, write, read) in [
            (0o600, false, false),
            (0o640, false, true),
            (0o620, true, false),
            (0o602, true, false),
        ] {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
            let access = of(&File::open(&path).unwrap()).unwrap();
            assert_eq!(access.owner, Owner::Me);
            assert_eq!(
                (access.others_write, access.others_read),
                (write, read),
                "{mode:o}"
            );
            assert_eq!(access.trusted(), !write, "{mode:o}");
        }
    }
}
