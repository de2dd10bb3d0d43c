//! The commands that wrap a grant's command line (`exec ... -- CMD`, `check ...`): their own
//! options taken out, the grant's words handed on.

use std::ffi::OsString;

use anyhow::Result;

use super::variables::definition;
use super::{CheckCommand, ExecCommand, matches_with, names_one_of};
use crate::cli::grant_names;
use crate::config::Context;
use crate::error::usage;

/// `iamtoken [GLOBAL] exec [GRANT OPTIONS] -- CMD ARGS`: the command line of the grant
/// (`exec` taken out) and the command. `None` when this is not `exec` with a `--`.
pub(super) fn exec_split(
    args: &[OsString],
    context: Option<&Context>,
) -> Result<Option<(Vec<OsString>, ExecCommand)>> {
    let Some(dash) = args.iter().position(|a| a == "--") else {
        return Ok(None);
    };
    let head = matches_with(&args[..dash], context, &[])?;
    let Some(("exec", exec)) = head.subcommand() else {
        return Ok(None);
    };
    // `exec` captured the grant's words from its first positional on; options before that
    // (`exec -v apikey ...`) were parsed as options. Either way, the `exec` token itself is
    // the last one before what it captured.
    let captured = exec.get_many::<OsString>("args").map_or(0, Iterator::count);
    // The grant part: a grant subcommand first, or nothing when a context supplies one.
    let first = exec.get_many::<OsString>("args").and_then(|mut w| w.next());
    check_grant_word(
        first,
        context,
        "exec",
        "iamtoken exec apikey --apikey @key.json -- CMD",
    )?;
    let before = dash - captured;
    let at = args[..before]
        .iter()
        .rposition(|a| a == "exec")
        .unwrap_or_else(|| unreachable!("clap saw the exec subcommand"));
    let mut grant_args = args[..at].to_vec();
    // `--keep-env NAME` is exec's own, wherever it stands before `--`.
    let (rest, keep_env) = take_option(&args[at + 1..dash], "--keep-env");
    grant_args.extend(rest);
    let keep_env = keep_env.into_iter().flatten().collect();
    let command = ExecCommand {
        argv: args[dash + 1..].to_vec(),
        keep_env,
    };
    Ok(Some((grant_args, command)))
}

/// `iamtoken [GLOBAL] check [--warn-expiry D] [GRANT OPTIONS]`: the command line of the grant
/// (`check` and its own option taken out) and check's settings. `None` when this is not `check`.
pub(super) fn check_split(
    args: &[OsString],
    context: Option<&Context>,
) -> Result<Option<(Vec<OsString>, CheckCommand)>> {
    if !names_one_of(args, &["check"]) {
        return Ok(None);
    }
    let Some(head) = definition(args, context).try_get_matches_from(args).ok() else {
        return Ok(None);
    };
    let Some(("check", check)) = head.subcommand() else {
        return Ok(None);
    };
    let mut warn_expiry = check
        .get_one::<std::time::Duration>("warn_expiry")
        .copied()
        .unwrap_or(std::time::Duration::from_hours(14 * 24));
    let words: Vec<OsString> = check
        .get_many::<OsString>("args")
        .map(|w| w.cloned().collect())
        .unwrap_or_default();
    check_grant_word(
        words.first(),
        context,
        "check",
        "iamtoken check apikey --apikey @key.json",
    )?;
    let at = args[..args.len() - words.len()]
        .iter()
        .rposition(|a| a == "check")
        .unwrap_or(0);
    let mut grant_args = args[..at].to_vec();
    // Options between `check` and the grant (`check -o json apikey`) are the grant's too, and
    // `--warn-expiry`, wherever it stands, is check's.
    let (rest, values) = take_option(&args[at + 1..], "--warn-expiry");
    grant_args.extend(rest);
    for value in values {
        warn_expiry = crate::cli::parse_duration(&value.unwrap_or_default())
            .map_err(|e| usage(format!("invalid value for --warn-expiry <DURATION>: {e}")))?;
    }
    Ok(Some((grant_args, CheckCommand { warn_expiry })))
}

/// `words` without `option`, which belongs to the wrapping command wherever it stands, and its
/// values in order (`--option VALUE` or `--option=VALUE`; `None` when nothing follows it).
fn take_option(words: &[OsString], option: &str) -> (Vec<OsString>, Vec<Option<String>>) {
    let (mut rest, mut values) = (Vec::new(), Vec::new());
    let prefix = format!("{option}=");
    let mut words = words.iter();
    while let Some(word) = words.next() {
        if word == option {
            values.push(words.next().map(|v| v.to_string_lossy().into_owned()));
        } else if let Some(value) = word.to_str().and_then(|w| w.strip_prefix(prefix.as_str())) {
            values.push(Some(value.to_owned()));
        } else {
            rest.push(word.clone());
        }
    }
    (rest, values)
}

/// The first word of a command's grant part must name a grant, or a context must supply one.
pub(super) fn check_grant_word(
    first: Option<&OsString>,
    context: Option<&Context>,
    command: &str,
    example: &str,
) -> Result<()> {
    let grants = grant_names();
    let hint = format!("{example}, or with a context: iamtoken --context NAME {command}");
    match first.map(|w| w.to_string_lossy()) {
        // The word itself is not shown: it may be a key typed without its option.
        Some(word) if !grants.iter().any(|g| *g == word) => Err(usage(format!(
            "{command} takes a token from a grant; the word after {command} is not one ({})",
            grants.join(", ")
        ))
        .hint(hint)
        .into()),
        None if context.and_then(|c| c.grant.as_ref()).is_none() => Err(usage(format!(
            "{command} needs a grant, or a context that has one"
        ))
        .hint(hint)
        .into()),
        _ => Ok(()),
    }
}
