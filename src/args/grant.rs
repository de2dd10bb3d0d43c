//! A grant's own options (and a credential command's), resolved after the one parse as the
//! global options are (`resolve`): what was typed, else the option's variable, else the
//! context's value, else the built-in default; each with where it came from. clap then reads
//! the values resolved with the grant's own definition, so its value parsers and its rules
//! (required options and groups, `requires`, conflicts) hold for all of them, wherever each
//! came from. A value that loses to another member of its one-of group, or to an option it
//! conflicts with, given at a higher level, is not read (`--profile-id` typed replaces a
//! context's `profile_name`, and the `account` that goes with it).

use std::ffi::OsString;

use anyhow::Result;
use clap::parser::ValueSource;
use clap::{ArgMatches, FromArgMatches};

use crate::cli::{EXEC_COMMAND, GRANT_DEFAULTS, GRANT_VARIABLES, SECRET_IDS};
use crate::config::Context;
use crate::error::usage;
use crate::origin::Origin;
use crate::secret::Source;

/// Where each of the grant's own options got its value (those that have one).
pub type Origins = Vec<(String, Origin)>;

/// A value the command line did not give: the option, the value as text, where it came from.
struct Given {
    id: String,
    value: String,
    origin: Origin,
}

/// Grant or credential command `name`, as `T` reads it (`Grant`, `Credential`), from what was
/// typed for it and the values the layer resolves. `parent` holds the matches of the command
/// that holds `name` as its subcommand (`None`: the grant was left out, and is the context's);
/// `checked`: clap checked the grant's rules when it parsed the words (nothing was missing);
/// `prefix` is the command line before `name` (`iamtoken exec`), for clap's usage lines.
pub(super) fn resolve<T: FromArgMatches>(
    name: &str,
    prefix: &str,
    parent: Option<&ArgMatches>,
    checked: bool,
    context: Option<&Context>,
) -> Result<(T, Origins)> {
    if !crate::cli::is_token_command(name) {
        return Err(usage(format!("{name} is no grant")).into());
    }
    // Defined only when a value is to be checked against it: a hit with everything typed
    // needs no definition but the one its words were parsed with.
    let definition = std::cell::OnceCell::new();
    let cmd = || {
        definition.get_or_init(|| {
            crate::cli::token_command(name).unwrap_or_else(|| clap::Command::new(name.to_owned()))
        })
    };
    let typed = parent.and_then(|m| m.subcommand_matches(name));
    let mut origins: Origins = typed_ids(typed)
        .into_iter()
        .map(|id| (id, Origin::Flag))
        .collect();
    let mut given = variables(name, &cmd, context, &mut origins)?;
    if let Some(context) = context {
        given.extend(from_context(context, name, cmd(), &mut origins)?);
    }
    for (grant, id, value) in GRANT_DEFAULTS {
        if grant == name && !origins.iter().any(|(o, _)| o == id) {
            origins.push((id.to_owned(), Origin::Default));
            given.push(Given {
                id: id.to_owned(),
                value: value.to_owned(),
                origin: Origin::Default,
            });
        }
    }
    // Everything was typed, and clap has checked it: the words' own matches stand.
    if given.is_empty()
        && checked
        && let Some(parent) = parent
    {
        return Ok((T::from_arg_matches(parent)?, origins));
    }
    cmd();
    let cmd = definition
        .into_inner()
        .unwrap_or_else(|| clap::Command::new(name.to_owned()));
    let mut words: Vec<OsString> = vec!["iamtoken".into(), name.into()];
    for g in &given {
        words.extend(word(&cmd, g, context)?);
    }
    if let Some(typed) = typed {
        words.extend(typed_words(&cmd, typed));
    }
    let mut parser = clap::Command::new("iamtoken")
        .bin_name(prefix)
        .disable_help_subcommand(true)
        .subcommand(cmd);
    let parsed = parser.try_get_matches_from_mut(&words);
    let matches = parsed.map_err(|e| blame(e, parser.find_subcommand(name), &given, context))?;
    super::discard(parser);
    Ok((T::from_arg_matches(&matches)?, origins))
}

/// The ids of the grant's own options typed on the command line.
fn typed_ids(typed: Option<&ArgMatches>) -> Vec<String> {
    let Some(typed) = typed else {
        return Vec::new();
    };
    typed
        .ids()
        .map(clap::Id::as_str)
        .filter(|id| !crate::cli::is_global(id) && *id != EXEC_COMMAND)
        .filter(|id| typed.value_source(id) == Some(ValueSource::CommandLine))
        .map(str::to_owned)
        .collect()
}

/// Whether option `id` of `cmd` must not be read at a lower level: it has a value already, or
/// a member of its one-of group has, or an option it conflicts with has.
fn overridden(cmd: &clap::Command, id: &str, origins: &Origins) -> bool {
    let has = |other: &str| origins.iter().any(|(o, _)| o == other);
    if has(id) {
        return true;
    }
    let in_group = cmd
        .get_groups()
        .filter(|g| !(*g).clone().is_multiple())
        .filter(|g| g.get_args().any(|a| a == id))
        .any(|g| g.get_args().any(|a| has(a.as_str())));
    let arg = |id: &str| cmd.get_arguments().find(|a| a.get_id() == id);
    let conflicts = |a: &str, b: &str| {
        arg(a).is_some_and(|a| {
            cmd.get_arg_conflicts_with(a)
                .iter()
                .any(|c| c.get_id() == b)
        })
    };
    in_group
        || origins
            .iter()
            .any(|(o, _)| conflicts(o, id) || conflicts(id, o))
}

/// The values of the grant's own variables (`GRANT_VARIABLES`): an empty variable is unset; an
/// IBM SDK service's credentials come from its own settings only; a `cmd:` value is that text,
/// never a command (a variable may come from a file a repository ships).
fn variables<'a>(
    name: &str,
    cmd: &dyn Fn() -> &'a clap::Command,
    context: Option<&Context>,
    origins: &mut Origins,
) -> Result<Vec<Given>> {
    let mut given = Vec::new();
    for (id, grants, names) in GRANT_VARIABLES {
        let sole = context.is_some_and(|c| c.sole_credentials) && SECRET_IDS.contains(&id);
        if !grants.contains(&name) || sole {
            continue;
        }
        let Some((variable, raw)) = names.iter().find_map(|n| {
            std::env::var_os(n)
                .filter(|v| !v.is_empty())
                .map(|v| (*n, v))
        }) else {
            continue;
        };
        if overridden(cmd(), id, origins) {
            continue;
        }
        let value = raw
            .into_string()
            .map_err(|_| usage(format!("the variable {variable} is not UTF-8 text")))?;
        let value = if SECRET_IDS.contains(&id) && Source::is_command(&value) {
            Source::literal(&value)
        } else {
            value
        };
        let origin = Origin::Env(variable.to_owned());
        origins.push((id.to_owned(), origin.clone()));
        given.push(Given {
            id: id.to_owned(),
            value,
            origin,
        });
    }
    Ok(given)
}

/// The context's values for grant `name`, less those a higher level overrides (and the
/// `account` that goes with a `profile_name` overridden).
fn from_context(
    context: &Context,
    name: &str,
    cmd: &clap::Command,
    origins: &mut Origins,
) -> Result<Vec<Given>> {
    let given_above = |id: &str| origins.iter().any(|(o, _)| o == id);
    let values = super::context::values(context, Some((name, cmd)), &given_above)?;
    let mut kept = Vec::new();
    let mut dropped = Vec::new();
    for (id, value, at) in values {
        if overridden(cmd, &id, origins) {
            dropped.push(id);
        } else {
            kept.push((id, value, at));
        }
    }
    if dropped.iter().any(|id| id == "profile_name") {
        kept.retain(|(id, _, _)| id != "account");
    }
    Ok(kept
        .into_iter()
        .map(|(id, value, at)| {
            let origin = Origin::File(at);
            origins.push((id.clone(), origin.clone()));
            Given { id, value, origin }
        })
        .collect())
}

/// The words that give `g`'s value to clap: `--name=VALUE`, or `--name` for a flag that is
/// true (and none for one that is false).
fn word(cmd: &clap::Command, g: &Given, context: Option<&Context>) -> Result<Vec<OsString>> {
    let Some(arg) = cmd.get_arguments().find(|a| a.get_id() == g.id.as_str()) else {
        return Ok(Vec::new());
    };
    let long = arg.get_long().unwrap_or(g.id.as_str());
    if arg.get_action().takes_values() {
        return Ok(vec![format!("--{long}={}", g.value).into()]);
    }
    match g.value.as_str() {
        "true" => Ok(vec![format!("--{long}").into()]),
        "false" => Ok(Vec::new()),
        _ => Err(usage(format!(
            "{}: '{}' is not true or false",
            where_given(&g.origin, &g.id, context),
            g.value
        ))
        .into()),
    }
}

/// The words of the options typed at one level (`typed`, defined by `cmd`), as typed: each
/// value of an option that collects them, the last of one that takes one, a flag once. Its own
/// options and the global ones it holds (clap checks their rules too), never exec's command.
fn typed_words(cmd: &clap::Command, typed: &ArgMatches) -> Vec<OsString> {
    let mut words = Vec::new();
    for arg in cmd.get_arguments() {
        let id = arg.get_id().as_str();
        if id == EXEC_COMMAND || typed.value_source(id) != Some(ValueSource::CommandLine) {
            continue;
        }
        let long = arg.get_long().unwrap_or(id);
        if !arg.get_action().takes_values() {
            words.push(format!("--{long}").into());
            continue;
        }
        let occurrences: Vec<Vec<&std::ffi::OsStr>> = typed
            .get_raw_occurrences(id)
            .into_iter()
            .flatten()
            .map(Iterator::collect)
            .collect();
        let kept = match arg.get_action() {
            clap::ArgAction::Append => occurrences.as_slice(),
            _ => occurrences.last().map_or(&[][..], std::slice::from_ref),
        };
        for value in kept.iter().flatten() {
            let mut word = OsString::from(format!("--{long}="));
            word.push(value);
            words.push(word);
        }
    }
    words
}

/// clap's rules for the levels above the grant (the root, and `exec`, `check` or `serve`),
/// checked as clap checks them on the words typed at each: for a parse whose errors were
/// ignored past a required option of the grant that a context gives, where clap stopped
/// before checking them.
pub(super) fn check_levels(matches: &ArgMatches) -> Result<()> {
    use clap::Args as _;
    let root = <crate::cli::Global>::augment_args(clap::Command::new("iamtoken"))
        .disable_help_flag(true)
        .disable_version_flag(true);
    let mut words: Vec<OsString> = vec!["iamtoken".into()];
    words.extend(typed_words(&root, matches));
    check_words(root, &words)?;
    if let Some((wrapper, sub)) = matches.subcommand()
        && crate::cli::WRAPPERS.contains(&wrapper)
        && let Some(cmd) = crate::cli::command_at(&[wrapper])
    {
        let mut words: Vec<OsString> = vec!["iamtoken".into(), wrapper.into()];
        words.extend(typed_words(&cmd, sub));
        let cmd = clap::Command::new("iamtoken")
            .disable_help_subcommand(true)
            .subcommand(cmd);
        check_words(cmd, &words)?;
    }
    Ok(())
}

/// `words` parsed by `cmd`, for clap's checks alone.
fn check_words(mut cmd: clap::Command, words: &[OsString]) -> Result<()> {
    let checked = cmd.try_get_matches_from_mut(words).map(|_| ());
    super::discard(cmd);
    checked.map_err(Into::into)
}

/// Where a value came from, as an error says it: `FILE:LINE: context.NAME.KEY`, or the
/// variable's name.
fn where_given(origin: &Origin, id: &str, context: Option<&Context>) -> String {
    match (origin, context) {
        (Origin::File(at), Some(context)) => {
            format!("{at}: context.{}.{}", context.name, super::context_key(id))
        }
        (Origin::Env(name), _) => name.clone(),
        _ => format!("the default of --{}", id.replace('_', "-")),
    }
}

/// A value clap refused that came from a variable or the context: said against where it came
/// from, never quoting it (it may be a key). `cmd` is the grant's definition, which names the
/// option clap shows.
fn blame(
    err: clap::Error,
    cmd: Option<&clap::Command>,
    given: &[Given],
    context: Option<&Context>,
) -> anyhow::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if !matches!(
        err.kind(),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation
    ) {
        return err.into();
    }
    let Some(ContextValue::String(shown)) = err.get(ContextKind::InvalidArg) else {
        return err.into();
    };
    let long = shown
        .split_whitespace()
        .next()
        .and_then(|word| word.strip_prefix("--"));
    let from = cmd
        .into_iter()
        .flat_map(clap::Command::get_arguments)
        .find(|a| long.is_some() && a.get_long() == long)
        .and_then(|arg| given.iter().find(|g| arg.get_id() == g.id.as_str()));
    let Some(from) = from else {
        return err.into();
    };
    if let Origin::Env(name) = &from.origin {
        let why = super::errors::reason(&err);
        return usage(format!("{name}: invalid value for {shown}: {why}")).into();
    }
    let why = super::errors::hidden_reason(&err).unwrap_or_else(|| {
        let said = err.to_string();
        let first = said.lines().next().unwrap_or_default();
        first.trim_start_matches("error: ").to_owned()
    });
    usage(format!(
        "{}: {why}",
        where_given(&from.origin, &from.id, context)
    ))
    .into()
}
