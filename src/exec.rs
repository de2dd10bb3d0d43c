//! `iamtoken exec ... -- CMD`: runs CMD with the token in its environment, so the token never
//! passes through a shell or stdout, and without the keys it came from: the child acts as the
//! identity whose token it was handed. Exits with CMD's exit code (128 + signal number when a
//! signal ended it) and forwards SIGINT, SIGTERM, SIGHUP and SIGQUIT sent to iamtoken.

use std::process::{Command, ExitCode};
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Result;

use crate::args::ExecCommand;
use crate::cli::credential_variables;
use crate::error::{Exit, Failure, usage};
use crate::output;
use crate::token::TokenResponse;

/// Runs `command` with `token`'s variables in its environment and waits for it. Removed from
/// its environment, unless `--keep-env` names them: the credential variables (whether or not
/// this grant read them: tools such as Terraform prefer a key to a token), the `env:NAME`
/// variables the secrets were read from (`read`), and the `IBMCLOUD_IAM_*` variables that this
/// answer does not set (a refresh token of another identity must not sit beside the token).
/// Runs `command` with `token`'s variables (and `extra`, a token service's) in its
/// environment. `failed`, when given, says that the token service the command relies on has
/// failed for good: the command is then stopped (SIGTERM) and that is the error.
pub fn run(
    command: &ExecCommand,
    token: &TokenResponse,
    read: &[String],
    extra: &[(String, String)],
    failed: Option<&(dyn Fn() -> bool + Sync)>,
) -> Result<ExitCode> {
    let mut vars = output::variables(token);
    let mut remove: Vec<String> = credential_variables();
    remove.extend(read.iter().cloned());
    remove.extend(output::unset_variables(&vars).map(str::to_owned));
    let pair = terraform_pair(token);
    if pair.is_empty() {
        remove.extend(TERRAFORM_PAIR.map(str::to_owned));
    }
    vars.extend(pair);
    remove.retain(|name| !command.keep_env.contains(name));
    let Some((program, rest)) = command.argv.split_first() else {
        return Err(usage("exec needs a command after --")
            .hint("iamtoken exec apikey --apikey @key.json -- terraform plan")
            .into());
    };
    let shown = program.to_string_lossy();
    let mut child = Command::new(program);
    for name in &remove {
        child.env_remove(name);
    }
    child
        .args(rest)
        .envs(vars.iter().map(|(k, v)| (*k, v.as_str())))
        .envs(extra.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    // Caught from before the command starts: a signal that came between its start and the
    // forwarding would end iamtoken and leave the command running with the token.
    let caught = catch_signals();
    // With the core limit iamtoken was started with: the command's dumps are its own business.
    let mut child = crate::dumps::spawn(&mut child)
        // The codes shells, `env` and `sudo` use, so that scripts can tell the two apart.
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => {
                Failure::new(Exit::CommandNotFound, format!("command not found: {shown}"))
            }
            _ => Failure::new(Exit::CannotExecute, format!("cannot execute {shown}: {e}")),
        })?;
    let _forwarding = caught.map(|caught| forward_signals(caught, &child));
    let Some(failed) = failed else {
        return Ok(ExitCode::from(exit_code(child.wait()?)));
    };
    let pid = child.id();
    let done = AtomicBool::new(false);
    let stopped = AtomicBool::new(false);
    let status = std::thread::scope(|scope| {
        scope.spawn(|| {
            while !done.load(Ordering::Relaxed) {
                if failed() {
                    stopped.store(true, Ordering::Relaxed);
                    terminate(pid);
                    return;
                }
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
        });
        let status = child.wait();
        done.store(true, Ordering::Relaxed);
        status
    })?;
    if stopped.load(Ordering::Relaxed) {
        return Err(Failure::new(
            Exit::Internal,
            format!("the token service failed, so {shown} was stopped"),
        )
        .into());
    }
    Ok(ExitCode::from(exit_code(status)))
}

/// The IBM Terraform provider's own names for a token and its refresh token, which it reads
/// before `IBMCLOUD_IAM_*` (docs/recipes.md, "Terraform").
use crate::output::TERRAFORM_FIRST as TERRAFORM_PAIR;

/// `IC_IAM_TOKEN` and `IC_IAM_REFRESH_TOKEN`, set only together (the provider refuses one
/// without the other), when the answer has a usable refresh token. The token is `Bearer
/// <token>`, as the IBM Cloud CLI stores it: the provider takes either form, and the older
/// clients inside it send the value as the whole Authorization header.
fn terraform_pair(token: &TokenResponse) -> Vec<(&'static str, String)> {
    let (Some(access), Some(refresh)) = (&token.access_token, &token.refresh_token) else {
        return Vec::new();
    };
    let [access_name, refresh_name] = TERRAFORM_PAIR;
    vec![
        (access_name, format!("Bearer {}", access.expose())),
        (refresh_name, refresh.expose().to_owned()),
    ]
}

/// Asks process `pid` to end (SIGTERM), as a supervisor would.
pub(crate) fn terminate(pid: u32) {
    #[cfg(unix)]
    if let Some(pid) = i32::try_from(pid)
        .ok()
        .and_then(rustix::process::Pid::from_raw)
    {
        let _ = rustix::process::kill_process(pid, rustix::process::Signal::TERM);
    }
    #[cfg(not(unix))]
    let _ = pid;
}

/// The child's exit code, or 128 + the signal that ended it, as shells report it.
fn exit_code(status: std::process::ExitStatus) -> u8 {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt as _;
        if let Some(signal) = status.signal() {
            return u8::try_from(128 + signal).unwrap_or(u8::MAX);
        }
    }
    status
        .code()
        .map_or(1, |code| u8::try_from(code).unwrap_or(1))
}

/// The signals `exec` passes on, caught.
#[cfg(unix)]
type Caught = signal_hook::iterator::SignalsInfo<signal_hook::iterator::exfiltrator::WithOrigin>;

/// SIGINT, SIGTERM, SIGHUP and SIGQUIT, caught (and held until `forward_signals` passes them
/// on) rather than ending iamtoken.
#[cfg(unix)]
fn catch_signals() -> Option<Caught> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    Caught::new([SIGINT, SIGTERM, SIGHUP, SIGQUIT]).ok()
}

/// Passes SIGINT, SIGTERM, SIGHUP and SIGQUIT that another process sent to iamtoken on to the
/// child, so that a hung-up terminal or a supervisor does not orphan a child holding the token.
/// A Ctrl-C at the terminal already reaches the child (same process group), so signals from the
/// kernel are not passed on: a second SIGINT makes some tools (terraform) abort without cleaning
/// up.
#[cfg(unix)]
fn forward_signals(
    mut signals: Caught,
    child: &std::process::Child,
) -> signal_hook::iterator::Handle {
    use signal_hook::low_level::siginfo::Cause;

    let pid = rustix::process::Pid::from_child(child);
    let handle = signals.handle();
    std::thread::spawn(move || {
        for origin in signals.forever() {
            if matches!(origin.cause, Cause::Kernel) {
                continue;
            }
            if let Some(signal) = rustix::process::Signal::from_named_raw(origin.signal) {
                let _ = rustix::process::kill_process(pid, signal);
            }
        }
    });
    handle
}

/// On Windows a Ctrl-C reaches every process on the console, the command included: iamtoken
/// lets it decide, and waits for its exit code instead of dying first. (Under `exec --serve`
/// the service's own handler is already set, and stops the service.)
#[cfg(windows)]
fn catch_signals() -> Option<()> {
    ctrlc::set_handler(|| {}).ok()
}

#[cfg(windows)]
fn forward_signals((): (), _child: &std::process::Child) {}

#[cfg(not(any(unix, windows)))]
fn catch_signals() -> Option<()> {
    None
}

#[cfg(not(any(unix, windows)))]
fn forward_signals((): (), _child: &std::process::Child) {}
