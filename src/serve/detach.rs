//! `serve --detach`: the service runs on in a process of its own, and the command that started
//! it exits once the first token is in, with the environment printed, or with the service's
//! error and nothing printed. A script's `eval "$(iamtoken serve --detach …)"` then sees
//! failure as failure.
//!
//! The command starts itself again (there is no safe fork once threads may exist), marked by
//! `CHILD_VARIABLE`; the copy leaves the terminal's session, fetches the first token, prints the
//! environment to its parent through a pipe, and only then lets go of stdin, stdout and stderr.
//! Every secret is read by the command the user started (stdin can be read once, a secret
//! command must not run twice) and passed to the copy on its stdin, never in its arguments or
//! environment: the copy starts without the variables secrets were read from.

use std::io::{Read as _, Write as _};
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};

use anyhow::{Context as _, Result};

use zeroize::Zeroize as _;

use crate::cli::credential_variables;
use crate::error::usage;
use crate::secret::Secret;

/// Set (to 1) in the environment of the copy that becomes the service.
pub const CHILD_VARIABLE: &str = "IAMTOKEN_SERVE_DETACHED";

/// Whether this process is the copy that becomes the detached service.
pub fn is_child() -> bool {
    std::env::var_os(CHILD_VARIABLE).is_some_and(|v| v == "1")
}

/// What the copy is given besides its arguments: the secrets read (by option), and the
/// variables they were read from, which it starts without.
pub struct Handed<'a> {
    pub secrets: Vec<(&'static str, &'a str)>,
    pub variables: Vec<String>,
}

/// The most the copy reads of what is passed to it.
const MAX_HANDED_BYTES: u64 = 1024 * 1024;

/// In the copy: the secrets passed on its stdin, by option.
pub fn received() -> Result<Vec<(String, Secret)>> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(MAX_HANDED_BYTES)
        .read_to_end(&mut bytes)
        .context("cannot read the secrets passed to the detached service")?;
    let pairs: Vec<(String, String)> = serde_json::from_slice(&bytes)
        .context("the secrets passed to the detached service cannot be read")?;
    bytes.zeroize();
    Ok(pairs
        .into_iter()
        .map(|(flag, value)| (flag, Secret::new(value)))
        .collect())
}

/// Starts the service as a copy of this command, passes it `handed`, and waits until it is
/// ready: its environment is printed on `out` and the exit code is 0, or it failed (it said
/// why on the shared stderr) and its exit code is returned with nothing printed.
pub fn start(handed: &Handed<'_>, out: &mut dyn std::io::Write) -> Result<ExitCode> {
    let program = std::env::current_exe().context("cannot find iamtoken's own program")?;
    let mut command = Command::new(program);
    command
        .args(std::env::args_os().skip(1))
        .env(CHILD_VARIABLE, "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped());
    for name in credential_variables().iter().chain(&handed.variables) {
        command.env_remove(name);
    }
    let mut child = command
        .spawn()
        .context("cannot start the detached service")?;
    if let Some(mut stdin) = child.stdin.take() {
        let mut passed = serde_json::to_vec(&handed.secrets)?;
        // A copy that failed at once has closed its stdin: it says why itself.
        let _ = stdin.write_all(&passed);
        passed.zeroize();
    }
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

/// In the copy, before the first token: `--log`'s file, opened and checked, so that a refusal
/// is said before the service is ready.
pub fn log_file(log: Option<&Path>) -> Result<Option<std::fs::File>> {
    log.map(open_log).transpose()
}

/// In the copy, once the environment is printed and stdout closed: stderr to `log` or
/// /dev/null.
pub fn let_go(log: Option<&std::fs::File>) -> Result<()> {
    #[cfg(unix)]
    {
        if let Some(file) = log {
            let _ = rustix::stdio::dup2_stderr(file);
        } else {
            let null = std::fs::OpenOptions::new().write(true).open("/dev/null")?;
            let _ = rustix::stdio::dup2_stderr(&null);
        }
    }
    #[cfg(not(unix))]
    let _ = log;
    Ok(())
}

/// Checks `--log`'s file before the service starts, so that a path that cannot be written is
/// said on the user's terminal (exit 2), not lost. The copy opens and checks it again.
pub fn check_log(log: Option<&Path>) -> Result<()> {
    log.map_or(Ok(()), |path| open_log(path).map(drop))
}

/// `--log`'s file: appended to, created 0600, never opened through a symlink (another user
/// could plant one in a shared folder), and refused, before anything is written, when what was
/// opened is not a regular file of the user's own that only they may write (a file another
/// user created beforehand would let them read, or forge, the service's lines).
fn open_log(path: &Path) -> Result<std::fs::File> {
    let refused = |why: &str| -> anyhow::Error {
        usage(format!("refusing --log {}: {why}", path.display()))
            .hint(
                "name a file of your own in a folder only you can write, such as $XDG_RUNTIME_DIR",
            )
            .into()
    };
    let mut options = std::fs::OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        // NONBLOCK: a FIFO planted there must not hold the open.
        let flags = rustix::fs::OFlags::NOFOLLOW | rustix::fs::OFlags::NONBLOCK;
        options.mode(0o600).custom_flags(flags.bits().cast_signed());
    }
    let file = options.open(path).map_err(|e| {
        if is_a_link(&e) {
            refused("it is a symbolic link")
        } else {
            usage(format!("cannot open --log {}: {e}", path.display())).into()
        }
    })?;
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        return Err(refused("it is not a regular file"));
    }
    let access = crate::ownership::of(&file).map_err(|e| refused(&e.to_string()))?;
    if !access.mine() {
        return Err(refused("it belongs to another user"));
    }
    if access.others_write {
        return Err(refused("others may write to it"));
    }
    Ok(file)
}

/// Whether opening failed because the path is a symbolic link (`O_NOFOLLOW`'s `ELOOP`).
fn is_a_link(e: &std::io::Error) -> bool {
    #[cfg(unix)]
    {
        e.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error())
    }
    #[cfg(not(unix))]
    {
        let _ = e;
        false
    }
}
