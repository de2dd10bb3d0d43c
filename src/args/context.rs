//! A context applied as clap defaults: each setting checked against its grant's options, the
//! identity carried over to another grant, choices the command line overrides dropped.

use anyhow::Result;
use clap::ArgMatches;
use clap::parser::ValueSource;

use super::Reading;
use super::variables::typed;
use crate::cli::{credential_names, grant_names};
use crate::config::Context;
use crate::error::usage;

/// The context's settings that lose to a flag or variable choosing another member of the same
/// one-of group (an identity input, a profile selector), and the `account` that goes with a
/// replaced `profile_name`.
pub(super) fn overridden_choices(matches: &ArgMatches, context: &Context) -> Vec<String> {
    let Some((name, sub)) = super::leaf(matches) else {
        return Vec::new();
    };
    let Some(grant) = crate::cli::token_command(name) else {
        return Vec::new();
    };
    overridden_choices_in(&grant, sub, context)
}

/// `overridden_choices` for the grant defined by `grant`, whose matches are `sub`.
pub(super) fn overridden_choices_in(
    grant: &clap::Command,
    sub: &ArgMatches,
    context: &Context,
) -> Vec<String> {
    let mut skip = Vec::new();
    for group in grant.get_groups().filter(|g| !(*g).clone().is_multiple()) {
        let members: Vec<&str> = group.get_args().map(clap::Id::as_str).collect();
        let chosen = members.iter().any(|id| {
            matches!(
                sub.value_source(id),
                Some(ValueSource::CommandLine | ValueSource::EnvVariable)
            )
        });
        if chosen {
            let from_context = members.iter().filter(|id| {
                sub.value_source(id) == Some(ValueSource::DefaultValue) && context.get(id).is_some()
            });
            skip.extend(from_context.map(|id| (*id).to_owned()));
        }
    }
    if skip.iter().any(|id| id == "profile_name") && context.get("account").is_some() {
        skip.push("account".into());
    }
    skip
}

/// Options that are not settings: a context cannot hold them and `config show` does not list
/// them.
pub const NOT_SETTINGS: [&str; 6] = [
    "help",
    "version",
    "context",
    "no_context",
    "sdk_service",
    "verbose",
];

/// The option a context's key sets: the key itself, except `cache`, which is `--no-cache`
/// inverted.
pub fn option_id(key: &str) -> &str {
    if key == "cache" { "no_cache" } else { key }
}

/// The context key for an option: the inverse of `option_id`.
pub fn context_key(id: &str) -> &str {
    if id == "no_cache" { "cache" } else { id }
}

/// A context's `cache` value as the value of `--no-cache`; `None` when it is not a boolean.
pub fn no_cache_value(cache: &str) -> Option<&'static str> {
    match cache {
        "true" => Some("false"),
        "false" => Some("true"),
        _ => None,
    }
}

/// The keys that say who one is, which serve any grant that takes them: a context's API key
/// serves `delegated` and `assume --apikey` as well as `apikey`.
pub(super) fn identity_keys() -> Vec<String> {
    let mut keys = crate::cli::secret_ids();
    keys.extend(["client_id", "username", "cr_token_file", "session"].map(String::from));
    keys
}

/// Makes each of the context's settings the default of the option it names, after checking
/// that the option exists for the context's grant and that the value is valid for it.
pub(super) fn apply(
    mut cmd: clap::Command,
    context: &Context,
    skip: &[String],
    reading: &Reading,
) -> Result<clap::Command> {
    let grant = context.grant.as_deref();
    // Another grant than the context's: only the identity keys and the global options carry
    // over, and only where that grant takes them.
    let target = reading.token_command().filter(|t| Some(*t) != grant);
    // Their options are read below: defined first.
    for name in grant.into_iter().chain(target) {
        cmd = crate::cli::define_grant(cmd, name);
    }
    if let Some(target) = target {
        credential_command_may_use(context, target, &cmd, reading)?;
    }
    let identity = identity_keys();
    // The default context's key is for its own grant's identity (an assume context's is the
    // way to a profile): a credential command takes it only from an apikey context.
    let lends_identity = !(context.by_default
        && !lends_to_clusters(grant)
        && target.is_some_and(|t| credential_names().iter().any(|c| c == t)));
    let mut identity_held = Vec::new();
    let mut identity_served = false;
    if let Some(grant) = grant
        && !<crate::cli::Grant as clap::Subcommand>::has_subcommand(grant)
    {
        return Err(not_a_grant(context, grant).into());
    }
    // No `cmd.build()` here: mutating a built command scrambles its arguments.
    for setting in context.settings.iter().filter(|s| !skip.contains(&s.key)) {
        let at = context.at(setting);
        let id = option_id(&setting.key);
        let id = if NOT_SETTINGS.contains(&id) { "" } else { id };
        // A global option's value is the settings layer's (`resolve`), which checks it.
        if crate::cli::is_global(id) {
            continue;
        }
        let local = grant
            .and_then(|g| cmd.find_subcommand(g))
            .is_some_and(|sub| sub.get_arguments().any(|a| a.get_id() == id));
        if !local {
            return Err(unknown_setting(&cmd, context, &setting.key, &at).into());
        }
        let value = setting.value.clone();
        let applies_to = match target {
            None => grant.map(str::to_owned),
            Some(target) => {
                let is_identity = identity.iter().any(|k| k == id);
                let takes_it = cmd
                    .find_subcommand(target)
                    .is_some_and(|sub| sub.get_arguments().any(|a| a.get_id() == id));
                if is_identity {
                    identity_held.push(setting.key.clone());
                    identity_served |= takes_it;
                }
                (is_identity && takes_it && lends_identity).then(|| target.to_owned())
            }
        };
        let Some(grant) = applies_to else {
            continue;
        };
        // Help is never built from this definition (it shows the fixed one), so a value,
        // a secret too, may be a default here.
        let from_context = |a: clap::Arg| a.default_value(value.clone());
        // A value from the context satisfies a required option, or a required group.
        cmd = crate::cli::mut_grant(cmd, &grant, &|mut sub| {
            let groups: Vec<clap::Id> = sub
                .get_groups()
                .filter(|g| g.get_args().any(|a| a == id))
                .map(|g| g.get_id().clone())
                .collect();
            for group in groups {
                sub = sub.mut_group(group, |g| g.required(false));
            }
            sub.mut_arg(id, |a| from_context(a).required(false))
        });
    }
    // A context asked for must serve the grant run; the default context lends what serves it
    // (its global settings at least) and stays out of the way otherwise.
    if let Some(target) = target
        && !context.by_default
        && !identity_held.is_empty()
        && !identity_served
        && !identity_given(&cmd, target, reading)
    {
        return Err(usage(format!(
            "context {} is for grant {}: its {} cannot serve {target}",
            context.name,
            grant.unwrap_or("-"),
            identity_held.join(", ")
        ))
        .hint(format!(
            "give {target} its own credentials, or use another context"
        ))
        .into());
    }
    Ok(cmd)
}

/// A context's grant that is none, with the closest grant.
fn not_a_grant(context: &Context, grant: &str) -> crate::error::Failure {
    let at = context.grant_line.map_or_else(
        || context.origin.clone(),
        |l| format!("{}:{l}", context.origin),
    );
    let names = grant_names();
    let what = closest(grant, names.iter().map(String::as_str)).map_or_else(
        || format!("it is not one of {}", names.join(", ")),
        |g| format!("it is no grant; did you mean {g}?"),
    );
    usage(format!(
        "{at}: context.{}.grant '{grant}': {what}",
        context.name
    ))
}

/// A context's `key` (at `at`) that neither a global option nor its grant takes, with the
/// closest one that is.
fn unknown_setting(
    cmd: &clap::Command,
    context: &Context,
    key: &str,
    at: &str,
) -> crate::error::Failure {
    let grant = context.grant.as_deref();
    let for_grant = grant.map_or_else(String::new, |g| format!(" for grant {g}"));
    let own = grant
        .and_then(|g| cmd.find_subcommand(g))
        .into_iter()
        .flat_map(clap::Command::get_arguments)
        .map(|a| a.get_id().as_str());
    let known: Vec<String> = crate::cli::GLOBAL_IDS
        .into_iter()
        .chain(own)
        .map(|id| context_key(id).to_owned())
        .filter(|k| !NOT_SETTINGS.contains(&k.as_str()))
        .collect();
    let hint = closest(key, known.iter().map(String::as_str))
        .map_or_else(String::new, |k| format!("; did you mean {k}?"));
    usage(format!(
        "{at}: context.{}: unknown setting '{key}'{for_grant}{hint}",
        context.name
    ))
}

/// The name in `names` closest to `typed`, when one is close (as clap suggests commands).
pub(super) fn closest<'a>(typed: &str, names: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    names
        .map(|n| (strsim::jaro_winkler(n, typed), n))
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .filter(|(score, _)| *score > 0.8)
        .map(|(_, n)| n)
}

/// A credential command takes an API key as `apikey` reads it: from an apikey context (or a
/// session from a session context) only, never the key behind another grant's identity (an
/// assume context's profile, say), unless its credentials are given otherwise.
fn credential_command_may_use(
    context: &Context,
    target: &str,
    cmd: &clap::Command,
    reading: &Reading,
) -> Result<()> {
    let Some(grant) = context.grant.as_deref() else {
        return Ok(());
    };
    if context.by_default
        || lends_to_clusters(Some(grant))
        || !credential_names().iter().any(|c| c == target)
        || identity_given(cmd, target, reading)
    {
        return Ok(());
    }
    Err(usage(format!(
        "context {} is for grant {grant}; {target} takes an API key from an apikey context, or \
         a session from a session context",
        context.name
    ))
    .hint(format!(
        "give {target} --apikey or --session, or use a context whose grant is apikey or session"
    ))
    .into())
}

/// The grants whose identity a credential command (`iks`, `openshift`) takes from a context:
/// an API key, or a session stored by `login`.
fn lends_to_clusters(grant: Option<&str>) -> bool {
    matches!(grant, Some("apikey" | "session"))
}

/// Whether an identity option of `grant` was typed or comes from its environment variable.
pub(super) fn identity_given(cmd: &clap::Command, grant: &str, reading: &Reading) -> bool {
    let identity = identity_keys();
    cmd.find_subcommand(grant).is_some_and(|sub| {
        sub.get_arguments()
            .filter(|a| identity.iter().any(|k| k == a.get_id()))
            .any(|a| {
                typed(a, reading)
                    || a.get_env()
                        .and_then(std::env::var_os)
                        .is_some_and(|v| !v.is_empty())
            })
    })
}
