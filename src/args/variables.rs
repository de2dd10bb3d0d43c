//! The environment variables clap reads: `IC_API_KEY` as a fallback, none of the credential
//! variables for an IBM SDK service, `cmd:` values taken literally, and variables settled
//! against what was typed (an empty one is unset; a flag always wins).

use super::Reading;
use crate::cli::{IC_API_KEY, each_command, token_command_names};
use crate::config::Context;
use crate::secret::Source;

/// The clap definition for this command line: the credential variables an SDK service may not
/// use, or `IC_API_KEY` as a fallback; then variables settled against what was typed.
pub(super) fn definition(reading: &Reading, context: Option<&Context>) -> clap::Command {
    // The grants under `exec`, `check` and `serve` are defined only when a word names one.
    let mut cmd = if reading.wraps() {
        crate::cli::command()
    } else {
        reading.take_spare().unwrap_or_else(crate::cli::definition)
    };
    // The grant parsed (named, or the context's) has its options, and their variables, defined
    // for what follows to settle.
    let grants = reading
        .token_command()
        .into_iter()
        .chain(context.and_then(|c| c.grant.as_deref()));
    for name in grants {
        cmd = crate::cli::define_grant(cmd, name);
    }
    let cmd = match context {
        Some(context) if context.sole_credentials => without_credential_variables(cmd),
        _ => with_env_fallbacks(cmd),
    };
    settle_variables(cmd, reading)
}

/// Whether `definition(reading, context)` would be the plain definition `cmd` (built or not):
/// no context that sets variables aside, no fallback variable, no variable to settle against
/// what was typed, no `cmd:` value in a variable. The common case, which then needs no second
/// definition.
pub(super) fn unchanged(cmd: &clap::Command, reading: &Reading, context: Option<&Context>) -> bool {
    plain_variables(context) && settled(cmd, reading)
}

/// `unchanged`, for a run of subcommand `name` alone: only its variables are looked at.
pub(super) fn unchanged_along(
    cmd: &clap::Command,
    name: &str,
    reading: &Reading,
    context: Option<&Context>,
) -> bool {
    plain_variables(context)
        && cmd
            .find_subcommand(name)
            .is_some_and(|sub| unread(sub, reading).is_empty())
}

/// No context that sets the credential variables aside, no fallback variable, no `cmd:` value
/// in a variable.
fn plain_variables(context: Option<&Context>) -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    !(context.is_some_and(|c| c.sole_credentials)
        || (!set("IBMCLOUD_API_KEY") && set(IC_API_KEY))
        || a_variable_holds_a_command())
}

/// Whether no variable of `cmd` or its subcommands must be set aside (`unread`).
fn settled(cmd: &clap::Command, reading: &Reading) -> bool {
    unread(cmd, reading).is_empty() && cmd.get_subcommands().all(|sub| settled(sub, reading))
}

/// Whether some variable's value begins with `cmd:`: looked at once a run, since reading the
/// environment copies every variable.
fn a_variable_holds_a_command() -> bool {
    static HOLDS: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *HOLDS
        .get_or_init(|| std::env::vars_os().any(|(_, v)| v.as_encoded_bytes().starts_with(b"cmd:")))
}

/// A variable's value may come from a file a repository ships (`.env` loaded by compose or
/// direnv): it may refer to files and variables, but never runs code. A secret option's variable
/// whose value begins with `cmd:` is that value, literally (it still loses to a flag, and
/// beats a context, as a variable does).
pub(super) fn commands_in_variables_are_values(cmd: clap::Command) -> clap::Command {
    // Reading the grants' definitions costs more than a look at the environment.
    if !a_variable_holds_a_command() {
        return cmd;
    }
    let secrets = crate::cli::secret_ids();
    each_command(cmd, &|mut sub| {
        let literal: Vec<(String, String)> = sub
            .get_arguments()
            .filter(|a| secrets.iter().any(|s| s == a.get_id()))
            .filter_map(|a| {
                let value = std::env::var(a.get_env()?).ok()?;
                Source::is_command(&value).then(|| (a.get_id().to_string(), value))
            })
            .collect();
        for (id, value) in literal {
            let value = Source::literal(&value);
            sub = sub.mut_arg(id, |a| a.env(None).default_value(value).required(false));
        }
        sub
    })
}

/// A grant's variable never makes a typed command line fail: an empty one counts as unset, and
/// one whose setting the command line overrides is never read: its own option typed, or an
/// option that conflicts with it (`IBMCLOUD_CR_TOKEN` beside `--cr-token-file`). (The global
/// options' variables are `resolve`'s, which settles them the same way.)
pub(super) fn settle_variables(cmd: clap::Command, reading: &Reading) -> clap::Command {
    if settled(&cmd, reading) {
        return cmd;
    }
    each_command(cmd, &|mut sub| {
        for id in unread(&sub, reading) {
            sub = sub.mut_arg(id, |a| a.env(None));
        }
        sub
    })
}

/// The options of `cmd` whose variable, set in the environment, must not be read: an empty
/// one, and one whose option (or an option that conflicts with it) was typed.
fn unread(cmd: &clap::Command, reading: &Reading) -> Vec<String> {
    let present = |arg: &clap::Arg| arg.get_env().and_then(std::env::var_os);
    let mut ids: Vec<String> = cmd
        .get_arguments()
        .filter(|a| present(a).is_some_and(|v| v.is_empty() || typed(a, reading)))
        .map(|a| a.get_id().to_string())
        .collect();
    for arg in cmd.get_arguments().filter(|a| typed(a, reading)) {
        for other in cmd.get_arg_conflicts_with(arg) {
            if present(other).is_some() {
                ids.push(other.get_id().to_string());
            }
        }
    }
    ids
}

/// Whether `arg` was typed on the command line.
pub(super) fn typed(arg: &clap::Arg, reading: &Reading) -> bool {
    reading.typed(arg.get_id().as_str())
}

/// `IC_API_KEY` (Terraform's name) is read when `IBMCLOUD_API_KEY` is not set. Making it the
/// argument's environment variable keeps the one precedence rule for both.
pub(super) fn with_env_fallbacks(cmd: clap::Command) -> clap::Command {
    let set = |name| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    if set("IBMCLOUD_API_KEY") || !set(IC_API_KEY) {
        return cmd;
    }
    each_command(cmd, &|sub| {
        let reads = sub
            .get_arguments()
            .any(|a| a.get_id() == "apikey" && a.get_env().is_some());
        if reads {
            sub.mut_arg("apikey", |a| a.env(IC_API_KEY))
        } else {
            sub
        }
    })
}

/// An IBM SDK service's credentials come wholly from its own settings: never from
/// `IBMCLOUD_API_KEY`, `IC_API_KEY` or `IBMCLOUD_CR_TOKEN`, which would otherwise be sent to the
/// service's `AUTH_URL`.
pub(super) fn without_credential_variables(cmd: clap::Command) -> clap::Command {
    let secrets = crate::cli::secret_ids();
    let grants = token_command_names();
    each_command(cmd, &|mut sub| {
        if !grants.iter().any(|g| g == sub.get_name()) {
            return sub;
        }
        let ids: Vec<String> = sub
            .get_arguments()
            .filter(|a| a.get_env().is_some() && secrets.iter().any(|s| s == a.get_id()))
            .map(|a| a.get_id().to_string())
            .collect();
        for id in ids {
            sub = sub.mut_arg(id, |a| a.env(None));
        }
        sub
    })
}
