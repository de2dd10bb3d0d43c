//! A directory only its user may touch, and the files in it: the directory must be owned by
//! the user and not writable by group or others (symlinks in its own path are followed, as homes
//! on NFS often are symlinks); a file in it is read only when it is a regular file the user
//! owns, never through a symlink; new files are created exclusively (0600) and put in place by
//! rename. What another user left there is never read or replaced.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read as _, Write as _};
use std::path::{Path, PathBuf};

/// Nothing the cache writes comes near this; a larger file is not the cache's.
const MAX_FILE_BYTES: u64 = 1024 * 1024;

pub struct PrivateDir {
    path: PathBuf,
}

/// A name in the directory that holds something the cache did not make: another user's file,
/// a symlink, or not a regular file.
#[derive(Debug)]
pub struct Foreign;

impl PrivateDir {
    /// Creates `path` (0700) if needed and checks that only its user can write to it.
    pub fn open(path: &Path) -> Result<Self, String> {
        create(path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        Self::open_existing(path)
    }

    /// Like `open`, for a directory that must already be there.
    pub fn open_existing(path: &Path) -> Result<Self, String> {
        let unreadable = |e: io::Error| format!("cannot read {}: {e}", path.display());
        let meta = fs::metadata(path).map_err(unreadable)?;
        if !meta.is_dir() {
            return Err(format!("{} is not a directory", path.display()));
        }
        let (mine, others_write) = open_dir(path)
            .and_then(|d| access(&d))
            .map_err(unreadable)?;
        if !mine {
            return Err(format!("{} is owned by another user", path.display()));
        }
        if others_write {
            return Err(format!("{} is writable by group or others", path.display()));
        }
        Ok(Self {
            path: path.to_owned(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The contents of `name`: `Ok(None)` when there is no such file, `Err(Foreign)` when what
    /// is there is not a regular file of the user's own (it is not read).
    pub fn read(&self, name: &str) -> Result<Option<Vec<u8>>, Foreign> {
        let file = match open_no_follow(&self.path.join(name), false) {
            Ok(file) => file,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(_) => return Err(Foreign),
        };
        let meta = file.metadata().map_err(|_| Foreign)?;
        if !meta.is_file() || !access(&file).is_ok_and(|(mine, _)| mine) {
            return Err(Foreign);
        }
        let mut bytes = Vec::new();
        file.take(MAX_FILE_BYTES)
            .read_to_end(&mut bytes)
            .map_err(|_| Foreign)?;
        Ok(Some(bytes))
    }

    /// Puts `bytes` in `name` atomically: written to a new 0600 temporary file, then renamed over
    /// `name`, unless `name` holds something foreign, which is left alone.
    pub fn write(&self, name: &str, bytes: &[u8]) -> io::Result<()> {
        let target = self.path.join(name);
        if let Ok(meta) = fs::symlink_metadata(&target)
            && (!meta.is_file() || !is_mine(&target))
        {
            return Err(io::Error::other(format!(
                "{} is not iamtoken's own file; left alone",
                target.display()
            )));
        }
        let mut file = self.temporary()?;
        file.write_all(bytes)?;
        file.as_file().sync_all()?;
        file.persist(target).map_err(|e| e.error)?;
        Ok(())
    }

    /// Creates `name` holding `bytes` only if nothing is there: `Ok(false)` when something is.
    pub fn create_new(&self, name: &str, bytes: &[u8]) -> io::Result<bool> {
        let mut file = self.temporary()?;
        file.write_all(bytes)?;
        file.as_file().sync_all()?;
        match file.persist_noclobber(self.path.join(name)) {
            Ok(_) => Ok(true),
            Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => Ok(false),
            Err(e) => Err(e.error),
        }
    }

    /// `name` opened for locking: created exclusively if absent, else opened without following
    /// a symlink and only if it is the user's own regular file.
    pub fn lock_file(&self, name: &str) -> io::Result<File> {
        let path = self.path.join(name);
        let file = match open_no_follow(&path, true) {
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => open_no_follow(&path, false)?,
            other => other?,
        };
        let meta = file.metadata()?;
        if !meta.is_file() || !access(&file)?.0 {
            return Err(io::Error::other(format!(
                "{} is not iamtoken's own file",
                path.display()
            )));
        }
        Ok(file)
    }

    /// Waits (polling, up to `timeout`) for the exclusive lock on `name` (a `lock_file`); the
    /// lock is released when the returned file is dropped. `Ok(None)` when it could not be had
    /// in time.
    pub fn lock(&self, name: &str, timeout: std::time::Duration) -> io::Result<Option<File>> {
        let file = self.lock_file(name)?;
        let deadline = std::time::Instant::now() + timeout;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Some(file)),
                Err(fs::TryLockError::WouldBlock) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(std::time::Duration::from_millis(10));
                }
                Err(fs::TryLockError::WouldBlock) => return Ok(None),
                Err(fs::TryLockError::Error(e)) => return Err(e),
            }
        }
    }

    /// Removes `name`; one already gone (another process cleared it) is fine.
    pub fn remove(&self, name: &str) -> io::Result<()> {
        match fs::remove_file(self.path.join(name)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// The names in the directory.
    pub fn names(&self) -> io::Result<Vec<String>> {
        let mut names = Vec::new();
        for entry in fs::read_dir(&self.path)? {
            names.push(entry?.file_name().to_string_lossy().into_owned());
        }
        names.sort();
        Ok(names)
    }

    fn temporary(&self) -> io::Result<tempfile::NamedTempFile> {
        // tempfile creates it exclusively (O_EXCL), 0600, with a random name.
        tempfile::Builder::new()
            .prefix(TEMP_PREFIX)
            .tempfile_in(&self.path)
    }
}

/// Temporary files' names begin with this; one left by a crash is the cache's to remove.
pub const TEMP_PREFIX: &str = ".tmp-";

#[cfg(unix)]
fn create(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::DirBuilderExt as _;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(path)
}

#[cfg(not(unix))]
fn create(path: &Path) -> io::Result<()> {
    fs::create_dir_all(path)
}

/// Opens `path` read-write without following a symlink in its last component, and without
/// blocking on a FIFO; `create`: only if it does not exist yet (0600).
#[cfg(unix)]
fn open_no_follow(path: &Path, create: bool) -> io::Result<File> {
    use rustix::fs::OFlags;
    use std::os::unix::fs::OpenOptionsExt as _;
    let flags = (OFlags::NOFOLLOW | OFlags::NONBLOCK).bits();
    let mut options = OpenOptions::new();
    options
        .read(true)
        .write(create)
        .custom_flags(i32::try_from(flags).unwrap_or_default())
        .mode(0o600);
    if create {
        options.create_new(true);
    }
    // A lock needs a file opened for writing on some systems; reading suffices on Linux.
    options.open(path)
}

/// Opens `path` without following a symlink in its last component (a link is opened as itself,
/// then refused); `create`: only if it does not exist yet.
#[cfg(windows)]
fn open_no_follow(path: &Path, create: bool) -> io::Result<File> {
    use std::os::windows::fs::OpenOptionsExt as _;
    use windows_sys::Win32::Storage::FileSystem::FILE_FLAG_OPEN_REPARSE_POINT;
    let mut options = OpenOptions::new();
    options
        .read(true)
        .write(create)
        .create_new(create)
        .custom_flags(FILE_FLAG_OPEN_REPARSE_POINT);
    let file = options.open(path)?;
    if file.metadata()?.file_type().is_symlink() {
        return Err(io::Error::other("a symlink"));
    }
    Ok(file)
}

#[cfg(not(any(unix, windows)))]
fn open_no_follow(path: &Path, create: bool) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(create).create_new(create);
    options.open(path)
}

/// Whether the regular file at `path` (not followed if a link) is the user's own.
fn is_mine(path: &Path) -> bool {
    open_no_follow(path, false).is_ok_and(|f| access(&f).is_ok_and(|(mine, _)| mine))
}

/// A folder, opened to read who owns it and who may write to it (symlinks in its path are
/// followed: homes on NFS often are symlinks).
#[cfg(not(windows))]
fn open_dir(path: &Path) -> io::Result<File> {
    File::open(path)
}

#[cfg(windows)]
fn open_dir(path: &Path) -> io::Result<File> {
    use std::os::windows::fs::OpenOptionsExt as _;
    use windows_sys::Win32::Storage::FileSystem::FILE_FLAG_BACKUP_SEMANTICS;
    OpenOptions::new()
        .read(true)
        .custom_flags(FILE_FLAG_BACKUP_SEMANTICS)
        .open(path)
}

/// Whether what `file` is open on is the user's own, and whether anyone else may write to it
/// (`ownership`'s one rule).
fn access(file: &File) -> io::Result<(bool, bool)> {
    crate::ownership::of(file).map(|a| (a.mine(), a.others_write))
}
