//! Reading a file iamtoken is told to read (the config file, `--cacert`, an SDK credentials
//! file, the machine id): a regular file once symlinks are followed (Kubernetes mounts are
//! symlinks), at most 1 MiB. A FIFO or a device is refused without blocking on it; `@PATH`
//! secrets, which may legitimately be FIFOs (`<(pass show ibm)`), are read by `secret`. And
//! replacing a small file whole (docker's `config.json`, a `--sink` file).

use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{self, Read as _};
use std::path::Path;

/// Replaces the file at `path` with `bytes`, whole: written to a temporary file in the same
/// folder (created exclusively, 0600), flushed to disk, then renamed over `path`, so that no
/// reader ever sees it half-written and a symlink planted at `path` is replaced, not followed.
/// `like`: the file it replaces, whose mode, owner and group the new file keeps (so that root
/// editing a user's file leaves it the user's); else 0600 and the caller's.
pub fn replace(path: &Path, bytes: &[u8], like: Option<&std::fs::Metadata>) -> io::Result<()> {
    use std::io::Write as _;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut file = tempfile::Builder::new()
        .prefix(".iamtoken-")
        .tempfile_in(dir)?;
    if let Some(like) = like {
        // The owner first: a change of owner may clear mode bits.
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt as _;
            std::os::unix::fs::fchown(file.as_file(), Some(like.uid()), Some(like.gid()))?;
        }
        file.as_file().set_permissions(like.permissions())?;
    }
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map(drop).map_err(|e| e.error)
}

/// The most any such file may hold.
pub const MAX_BYTES: u64 = 1024 * 1024;

#[derive(Debug)]
pub enum ReadError {
    NotFound,
    NotRegular,
    TooLarge,
    Io(io::Error),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotFound => f.write_str("no such file"),
            Self::NotRegular => f.write_str("not a regular file"),
            Self::TooLarge => f.write_str("larger than 1 MiB"),
            Self::Io(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for ReadError {}

/// The contents of the regular file at `path`.
pub fn read(path: &Path) -> Result<Vec<u8>, ReadError> {
    read_open(path).map(|(bytes, _)| bytes)
}

/// The contents of the regular file at `path`, and the file itself, still open: what is then
/// checked of it (its owner, its mode) is what was read, whatever the path names by then.
pub fn read_open(path: &Path) -> Result<(Vec<u8>, File), ReadError> {
    let mut file = open_without_blocking(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => ReadError::NotFound,
        _ => ReadError::Io(e),
    })?;
    if !file.metadata().map_err(ReadError::Io)?.is_file() {
        return Err(ReadError::NotRegular);
    }
    let mut bytes = Vec::new();
    (&mut file)
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(ReadError::TooLarge);
    }
    Ok((bytes, file))
}

/// Opening a FIFO for reading blocks until a writer comes; O_NONBLOCK makes it return at once
/// (and changes nothing for a regular file), so the type check after opening cannot hang.
#[cfg(unix)]
fn open_without_blocking(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    let nonblock = rustix::fs::OFlags::NONBLOCK.bits();
    OpenOptions::new()
        .read(true)
        .custom_flags(i32::try_from(nonblock).unwrap_or_default())
        .open(path)
}

#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> io::Result<File> {
    OpenOptions::new().read(true).open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_files_symlinks_and_refusals() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f");
        std::fs::write(&file, "x").unwrap();
        assert_eq!(read(&file).unwrap(), b"x");
        #[cfg(unix)]
        {
            let link = dir.path().join("link");
            std::os::unix::fs::symlink(&file, &link).unwrap();
            assert_eq!(read(&link).unwrap(), b"x");
            let fifo = dir.path().join("fifo");
            rustix::fs::mknodat(
                rustix::fs::CWD,
                &fifo,
                rustix::fs::FileType::Fifo,
                rustix::fs::Mode::RUSR | rustix::fs::Mode::WUSR,
                0,
            )
            .unwrap();
            assert!(matches!(read(&fifo), Err(ReadError::NotRegular)));
            assert!(matches!(
                read(Path::new("/dev/zero")),
                Err(ReadError::NotRegular)
            ));
        }
        assert!(matches!(
            read(dir.path()),
            Err(ReadError::NotRegular | ReadError::Io(_))
        ));
        assert!(matches!(
            read(&dir.path().join("none")),
            Err(ReadError::NotFound)
        ));
        std::fs::write(&file, vec![b' '; 1024 * 1024 + 1]).unwrap();
        assert!(matches!(read(&file), Err(ReadError::TooLarge)));
    }
}
