//! Running the command that prints a secret (`cmd:` sources: a password manager, the OS
//! keychain): in its own process group (in iamtoken's when it gets the terminal, so that it may
//! prompt; a Job object on Windows), with its stderr on the user's and the terminal as its stdin
//! when there is one, its stdout (capped at 1 MiB) as the secret, and the whole group killed
//! when it takes longer than the timeout. A failure says the command's exit status,
//! never its output.

use std::io::IsTerminal as _;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::child::{Bounded, Ended};
use crate::error::{Failure, usage};

/// The most a command may print; a secret is far smaller.
const MAX_BYTES: u64 = 1024 * 1024;

/// What to run: an argv (no shell; from a config file's `{ cmd = [...] }`) or a shell line
/// (`cmd:...`, run with `sh -c`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CommandSpec {
    Argv(Vec<String>),
    Shell(String),
}

impl CommandSpec {
    /// The command as it identifies a secret source (in a cache identity, never on screen).
    pub fn describe(&self) -> String {
        match self {
            Self::Argv(argv) => serde_json::to_string(argv).unwrap_or_default(),
            Self::Shell(line) => format!("sh -c {line}"),
        }
    }
}

/// Runs `spec` for `flag` and returns what it printed on stdout.
pub fn run(spec: &CommandSpec, flag: &str, timeout: Duration) -> Result<String, Failure> {
    let mut command = match spec {
        CommandSpec::Argv(argv) => {
            let (program, rest) = argv
                .split_first()
                .ok_or_else(|| usage(format!("{flag}: the secret command is empty")))?;
            let mut command = Command::new(program);
            command.args(rest);
            command
        }
        CommandSpec::Shell(line) => shell(line),
    };
    // A password manager may ask for a fingerprint or a passphrase: the terminal is passed on,
    // nothing else is. With a terminal the command stays in iamtoken's (foreground) process
    // group, since a background group that reads the terminal is stopped (SIGTTIN); without
    // one it gets a group of its own, so that a timeout stops everything it started.
    let terminal = std::io::stdin().is_terminal();
    let stdin = if terminal {
        Stdio::inherit()
    } else {
        Stdio::null()
    };
    command
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    let child = Bounded::start(&mut command, !terminal, MAX_BYTES)
        .map_err(|e| usage(format!("{flag}: cannot run the secret command: {e}")))?;
    let (status, bytes) = match child.finish(timeout) {
        Ok(Ended::Exited(status, mut outputs)) => (status, outputs.pop().unwrap_or_default()),
        Ok(Ended::TimedOut) => {
            return Err(usage(format!(
                "{flag}: the secret command did not finish within {} s and was stopped",
                timeout.as_secs()
            ))
            .hint("raise --secret-command-timeout, or check that it does not wait for input"));
        }
        Ok(Ended::OutputHeld(_)) => {
            return Err(usage(format!(
                "{flag}: the secret command exited, but something it started still held its \
                 output after {} s",
                timeout.as_secs()
            ))
            .hint("send the output of what it leaves running elsewhere (>/dev/null)"));
        }
        Err(e) => return Err(usage(format!("{flag}: the secret command: {e}"))),
    };
    // Checked first: reading stops at the cap, so such a command dies of a broken pipe.
    if bytes.len() as u64 > MAX_BYTES {
        return Err(usage(format!(
            "{flag}: the secret command printed over 1 MiB; that is not a secret"
        )));
    }
    if !status.success() {
        return Err(usage(format!(
            "{flag}: the secret command failed ({status})"
        )));
    }
    String::from_utf8(bytes).map_err(|_| {
        usage(format!(
            "{flag}: the secret command's output is not UTF-8 text"
        ))
    })
}

/// A `cmd:` line: `sh -c LINE`, or on Windows `cmd /C LINE`.
fn shell(line: &str) -> Command {
    let (program, flag) = if cfg!(windows) {
        ("cmd", "/C")
    } else {
        ("sh", "-c")
    };
    let mut command = Command::new(program);
    command.args([flag, line]);
    command
}
