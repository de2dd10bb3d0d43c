//! `serve --detach`: the service runs on in a process of its own, and the command that started
//! it exits once the first token is in, with the environment printed, or with the service's
//! error and nothing printed. A script's `eval "$(iamtoken serve --detach …)"` then sees
//! failure as failure.
//!
//! The command starts itself again (there is no safe fork once threads may exist), marked by
//! `CHILD_VARIABLE`; the copy leaves the terminal's session, fetches the first token, prints the
//! environment to its parent through a pipe, and only then lets go of stdin, stdout and stderr.

use std::io::Read as _;
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};

use anyhow::{Context as _, Result};

use crate::error::usage;

/// Set (to 1) in the environment of the copy that becomes the service.
pub const CHILD_VARIABLE: &str = "IAMTOKEN_SERVE_DETACHED";

/// Whether this process is the copy that becomes the detached service.
pub fn is_child() -> bool {
    std::env::var_os(CHILD_VARIABLE).is_some_and(|v| v == "1")
}

/// Starts the service as a copy of this command and waits until it is ready: its environment
/// is printed on `out` and the exit code is 0, or it failed (it said why on the shared stderr)
/// and its exit code is returned with nothing printed.
pub fn start(out: &mut dyn std::io::Write) -> Result<ExitCode> {
    let program = std::env::current_exe().context("cannot find iamtoken's own program")?;
    let mut child = Command::new(program)
        .args(std::env::args_os().skip(1))
        .env(CHILD_VARIABLE, "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .context("cannot start the detached service")?;
    // The copy closes its end once it has printed everything, or when it exits.
    let mut printed = Vec::new();
    if let Some(mut stdout) = child.stdout.take() {
        stdout.read_to_end(&mut printed)?;
    }
    if printed.is_empty() {
        // It stopped before it was ready, having said why.
        let code = child.wait()?.code().unwrap_or(1);
        return Ok(ExitCode::from(u8::try_from(code).unwrap_or(1).max(1)));
    }
    out.write_all(&printed)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// In the copy, before anything else: out of the terminal's session, so that its hangup and
/// its Ctrl-C reach the script, not the service; stdin from /dev/null.
pub fn leave_session() {
    #[cfg(unix)]
    {
        let _ = rustix::process::setsid();
        if let Ok(null) = std::fs::File::open("/dev/null") {
            let _ = rustix::stdio::dup2_stdin(&null);
        }
    }
}

/// In the copy, once the environment is printed and stdout closed: stderr to `log` or
/// /dev/null.
pub fn let_go(log: Option<&Path>) -> Result<()> {
    #[cfg(unix)]
    {
        let target = match log {
            Some(path) => open_log(path)?,
            None => std::fs::OpenOptions::new().write(true).open("/dev/null")?,
        };
        let _ = rustix::stdio::dup2_stderr(&target);
    }
    #[cfg(not(unix))]
    let _ = log;
    Ok(())
}

/// Checks `--log`'s file before the service starts, so that a path that cannot be written is
/// said on the user's terminal, not lost.
pub fn check_log(log: Option<&Path>) -> Result<()> {
    log.map_or(Ok(()), |path| open_log(path).map(drop))
}

/// `--log`'s file: appended to, created 0600, never opened through a symlink (another user
/// could plant one in a shared folder).
fn open_log(path: &Path) -> Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options
            .mode(0o600)
            .custom_flags(rustix::fs::OFlags::NOFOLLOW.bits().cast_signed());
    }
    options
        .open(path)
        .map_err(|e| usage(format!("cannot open --log {}: {e}", path.display())).into())
}
