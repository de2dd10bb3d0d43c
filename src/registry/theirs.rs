//! `registry setup` run by root on a docker folder another user owns (sudo, a provisioning
//! script). Everything goes through one descriptor of the folder, opened without following a
//! symlink: the file is read and replaced relative to it, never through a path that the user
//! could point elsewhere in between. The file stays the user's (owner, group, mode; `0600` when
//! new), and a missing folder is created as theirs, `0700`. A symlink there, or a file or
//! folder that is not theirs, is refused with a hint to run as that user. Unix only: elsewhere
//! no one is root.

use std::fs::File;
use std::io::{Read as _, Write as _};
use std::os::fd::OwnedFd;
use std::path::Path;

use anyhow::Result;
use rustix::fs::{AtFlags, Mode, OFlags};
use rustix::io::Errno;

use crate::error::usage;
use crate::small_file::MAX_BYTES;

/// A user's docker folder, as root edits it.
pub struct Theirs {
    uid: u32,
    gid: u32,
    /// The folder, when it exists; opened without following a symlink.
    dir: Option<OwnedFd>,
}

/// When root runs setup on `path` in a folder another user owns (the docker folder, or the one
/// it would be created in): that user's folder. `None` for anyone's own.
pub fn whose(path: &Path) -> Result<Option<Theirs>> {
    if !rustix::process::geteuid().is_root() {
        return Ok(None);
    }
    let dir = folder_of(path);
    let opened = rustix::fs::open(dir, folder_flags(), Mode::empty());
    let (stat, dir_fd) = match opened {
        Ok(fd) => (rustix::fs::fstat(&fd)?, Some(fd)),
        // Created where it would be: in whose folder? (Further up, the folders are root's to
        // make.)
        Err(Errno::NOENT) => match dir.parent().map(rustix::fs::stat) {
            Some(Ok(stat)) => (stat, None),
            _ => return Ok(None),
        },
        Err(Errno::LOOP | Errno::NOTDIR) => {
            let owner = rustix::fs::lstat(dir).map_or(0, |s| s.st_uid);
            if owner == 0 {
                return Ok(None);
            }
            return Err(refused(dir, owner, "is not a folder (a symbolic link?)"));
        }
        Err(e) => return Err(usage(format!("cannot open {}: {e}", dir.display())).into()),
    };
    if stat.st_uid == 0 {
        return Ok(None);
    }
    Ok(Some(Theirs {
        uid: stat.st_uid,
        gid: stat.st_gid,
        dir: dir_fd,
    }))
}

impl Theirs {
    /// The file's bytes, read without following a symlink, if it is there: it must be a
    /// regular file of the folder's user.
    pub fn read(&self, path: &Path) -> Result<Option<Vec<u8>>> {
        let Some(dir) = &self.dir else {
            return Ok(None);
        };
        let name = file_name(path)?;
        let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC;
        let fd = match rustix::fs::openat(dir, name, flags, Mode::empty()) {
            Ok(fd) => fd,
            Err(Errno::NOENT) => return Ok(None),
            Err(Errno::LOOP) => return Err(refused(path, self.uid, "is a symbolic link")),
            Err(e) => return Err(usage(format!("cannot read {}: {e}", path.display())).into()),
        };
        let stat = rustix::fs::fstat(&fd)?;
        if rustix::fs::FileType::from_raw_mode(stat.st_mode) != rustix::fs::FileType::RegularFile {
            return Err(refused(path, self.uid, "is not a regular file"));
        }
        if stat.st_uid != self.uid {
            return Err(refused(
                path,
                self.uid,
                "belongs to another user than its folder",
            ));
        }
        let mut bytes = Vec::new();
        File::from(fd).take(MAX_BYTES + 1).read_to_end(&mut bytes)?;
        if bytes.len() as u64 > MAX_BYTES {
            return Err(usage(format!("cannot read {}: larger than 1 MiB", path.display())).into());
        }
        Ok(Some(bytes))
    }

    /// Replaces the file with `bytes` as the user's: a temporary file in the folder (created
    /// exclusively, given to the user, with the old file's mode or `0600`), renamed over it.
    /// A missing folder is created first, as theirs.
    pub fn write(&mut self, path: &Path, bytes: &[u8]) -> Result<()> {
        let name = file_name(path)?;
        let dir = match self.dir.take() {
            Some(dir) => dir,
            None => self.create_folder(folder_of(path))?,
        };
        let mode = match rustix::fs::statat(&dir, name, AtFlags::SYMLINK_NOFOLLOW) {
            Ok(stat) => Mode::from_raw_mode(stat.st_mode & 0o7777),
            Err(_) => Mode::from_raw_mode(0o600),
        };
        let temporary = format!(".iamtoken-{}", crate::secret::random_hex(8)?);
        let flags =
            OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        let fd = rustix::fs::openat(&dir, temporary.as_str(), flags, Mode::from_raw_mode(0o600))?;
        let written = (|| -> std::io::Result<()> {
            // The owner first: a change of owner may clear mode bits.
            rustix::fs::fchown(&fd, Some(uid(self.uid)), Some(gid(self.gid)))?;
            rustix::fs::fchmod(&fd, mode)?;
            let mut file = File::from(fd);
            file.write_all(bytes)?;
            file.sync_all()?;
            rustix::fs::renameat(&dir, temporary.as_str(), &dir, name)?;
            Ok(())
        })();
        if let Err(e) = written {
            let _ = rustix::fs::unlinkat(&dir, temporary.as_str(), AtFlags::empty());
            return Err(usage(format!("cannot replace {}: {e}", path.display())).into());
        }
        self.dir = Some(dir);
        Ok(())
    }

    /// Creates `dir` (`0700`) and gives it to the user; what appears there meanwhile is refused.
    fn create_folder(&self, dir: &Path) -> Result<OwnedFd> {
        rustix::fs::mkdir(dir, Mode::from_raw_mode(0o700))
            .map_err(|e| usage(format!("cannot create {}: {e}", dir.display())))?;
        let fd = rustix::fs::open(dir, folder_flags(), Mode::empty())
            .map_err(|_| refused(dir, self.uid, "changed while it was being created"))?;
        rustix::fs::fchown(&fd, Some(uid(self.uid)), Some(gid(self.gid)))?;
        Ok(fd)
    }
}

fn folder_flags() -> OFlags {
    OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC
}

fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

fn file_name(path: &Path) -> Result<&std::ffi::OsStr> {
    path.file_name()
        .ok_or_else(|| usage(format!("{} names no file", path.display())).into())
}

fn uid(raw: u32) -> rustix::fs::Uid {
    rustix::fs::Uid::from_raw(raw)
}

fn gid(raw: u32) -> rustix::fs::Gid {
    rustix::fs::Gid::from_raw(raw)
}

/// Refusing to change `path` as root in the folder of user `owner`, and why.
fn refused(path: &Path, owner: u32, why: &str) -> anyhow::Error {
    usage(format!(
        "{} {why}: root does not change it in the folder of user {owner}",
        path.display()
    ))
    .hint("run `iamtoken registry setup` as that user (sudo -u USER iamtoken registry setup)")
    .into()
}
