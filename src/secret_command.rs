//! Running the command that prints a secret (`cmd:` sources: a password manager, the OS
//! keychain): in its own process group (in iamtoken's when it gets the terminal, so that it may
//! prompt; a Job object on Windows), with its stderr on the user's and the terminal as its stdin
//! when there is one, its stdout (capped at 1 MiB) as the secret, and the whole group killed
//! when it takes longer than the timeout. A failure says the command's exit status,
//! never its output.

use std::io::{IsTerminal as _, Read as _};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

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
    #[cfg(unix)]
    if !terminal {
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
    }
    let mut child = command
        .spawn()
        .map_err(|e| usage(format!("{flag}: cannot run the secret command: {e}")))?;
    let mut group = Group::of(&child, terminal);
    let mut stdout = child.stdout.take().ok_or_else(|| usage("no stdout"))?;
    // Read on another thread, so that a command that prints and hangs still times out.
    let reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let read = (&mut stdout).take(MAX_BYTES + 1).read_to_end(&mut bytes);
        read.map(|_| bytes)
    });
    let status = match wait_within(&mut child, timeout) {
        Ok(Some(status)) => status,
        Ok(None) => {
            group.stop(&mut child);
            let _ = child.wait();
            return Err(usage(format!(
                "{flag}: the secret command did not finish within {} s and was stopped",
                timeout.as_secs()
            ))
            .hint("raise --secret-command-timeout, or check that it does not wait for input"));
        }
        Err(e) => return Err(usage(format!("{flag}: the secret command: {e}"))),
    };
    // A command that exits leaving a child with its stdout open must not hang us either.
    if !terminal || cfg!(windows) {
        group.stop(&mut child);
    }
    let bytes = reader
        .join()
        .ok()
        .and_then(Result::ok)
        .ok_or_else(|| usage(format!("{flag}: cannot read the secret command's output")))?;
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

/// Waits for `child` to exit, at most `timeout` (polling): its status, or `None` when it is
/// still running then.
pub fn wait_within(
    child: &mut std::process::Child,
    timeout: Duration,
) -> std::io::Result<Option<std::process::ExitStatus>> {
    let deadline = Instant::now() + timeout;
    loop {
        match child.try_wait()? {
            Some(status) => return Ok(Some(status)),
            None if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(10)),
            None => return Ok(None),
        }
    }
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

/// The command and what it starts, so that stopping it stops them all: its process group (on
/// Unix, unless it shares iamtoken's to use the terminal: then the command alone), or a Job
/// object that kills its members when closed (on Windows).
struct Group {
    #[cfg(unix)]
    shares_our_group: bool,
    #[cfg(windows)]
    job: Option<win32job::Job>,
}

impl Group {
    #[cfg(unix)]
    fn of(_child: &std::process::Child, shares_our_group: bool) -> Self {
        Self { shares_our_group }
    }

    /// The child in a Job object of its own, which its own children join; `None` where the
    /// system refuses one (the command alone is then stopped).
    #[cfg(windows)]
    fn of(child: &std::process::Child, _terminal: bool) -> Self {
        use std::os::windows::io::AsRawHandle as _;
        let mut limits = win32job::ExtendedLimitInfo::new();
        limits.limit_kill_on_job_close();
        let job = win32job::Job::create_with_limit_info(&limits)
            .ok()
            .filter(|job| job.assign_process(child.as_raw_handle() as isize).is_ok());
        Self { job }
    }

    #[cfg(not(any(unix, windows)))]
    fn of(_child: &std::process::Child, _terminal: bool) -> Self {
        Self {}
    }

    fn stop(&mut self, child: &mut std::process::Child) {
        #[cfg(unix)]
        if !self.shares_our_group {
            let pid = rustix::process::Pid::from_child(child);
            let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
            return;
        }
        // Closing the job kills every process in it.
        #[cfg(windows)]
        drop(self.job.take());
        let _ = child.kill();
    }
}
