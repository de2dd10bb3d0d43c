//! A context's values for the grant a run gets a token with: each setting checked against its
//! grant's options, the identity carried over to another grant (or to a credential command)
//! where that one takes it.

use std::borrow::Cow;

use anyhow::Result;

use crate::cli::{credential_names, grant_names};
use crate::config::Context;
use crate::error::usage;

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

/// The context's values for token command `target` (defined by `target_cmd`): each as (option
/// id, value, `FILE:LINE`), after checking that every setting is an option of a global or of
/// the context's grant. `given_above(id)`: option `id` was typed or comes from its variable.
/// For another command than the context's grant, only the identity keys carry over, where it
/// takes them. `target` `None`: the context is only checked.
pub(super) fn values(
    context: &Context,
    target: Option<(&str, &clap::Command)>,
    given_above: &dyn Fn(&str) -> bool,
) -> Result<Vec<(String, String, String)>> {
    let grant = context.grant.as_deref();
    if let Some(grant) = grant
        && !<crate::cli::Grant as clap::Subcommand>::has_subcommand(grant)
    {
        return Err(not_a_grant(context, grant).into());
    }
    // The context's grant's definition: the target's own when it is that grant.
    let own = match (grant, target) {
        (Some(grant), Some((name, cmd))) if grant == name => Some(Cow::Borrowed(cmd)),
        (Some(grant), _) => crate::cli::token_command(grant).map(Cow::Owned),
        (None, _) => None,
    };
    // Another grant than the context's: only the identity keys and the global options carry
    // over, and only where that grant takes them.
    let other = target.filter(|(name, _)| Some(*name) != grant);
    let takes = |cmd: &clap::Command, id: &str| cmd.get_arguments().any(|a| a.get_id() == id);
    let identity = identity_keys();
    let identity_given = other.is_some_and(|(_, cmd)| {
        identity
            .iter()
            .any(|k| takes(cmd, k) && given_above(k.as_str()))
    });
    if let Some((name, _)) = other {
        credential_command_may_use(context, name, identity_given)?;
    }
    // The default context's key is for its own grant's identity (an assume context's is the
    // way to a profile): a credential command takes it only from an apikey context.
    let lends_identity = !(context.by_default
        && !lends_to_clusters(grant)
        && other.is_some_and(|(t, _)| credential_names().iter().any(|c| c == t)));
    let mut identity_held = Vec::new();
    let mut identity_served = false;
    let mut values = Vec::new();
    for setting in &context.settings {
        let at = context.at(setting);
        let id = option_id(&setting.key);
        let id = if NOT_SETTINGS.contains(&id) { "" } else { id };
        // A global option's value is the settings layer's (`resolve`), which checks it.
        if crate::cli::is_global(id) {
            continue;
        }
        if !own.as_ref().is_some_and(|cmd| takes(cmd, id)) {
            return Err(unknown_setting(own.as_deref(), context, &setting.key, &at).into());
        }
        let applies = match (target, other) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(_), Some((_, cmd))) => {
                let is_identity = identity.iter().any(|k| k == id);
                let takes_it = takes(cmd, id);
                if is_identity {
                    identity_held.push(setting.key.clone());
                    identity_served |= takes_it;
                }
                is_identity && takes_it && lends_identity
            }
        };
        if applies {
            values.push((id.to_owned(), setting.value.clone(), at));
        }
    }
    // A context asked for must serve the grant run; the default context lends what serves it
    // (its global settings at least) and stays out of the way otherwise.
    if let Some((name, _)) = other
        && !context.by_default
        && !identity_held.is_empty()
        && !identity_served
        && !identity_given
    {
        return Err(usage(format!(
            "context {} is for grant {}: its {} cannot serve {name}",
            context.name,
            grant.unwrap_or("-"),
            identity_held.join(", ")
        ))
        .hint(format!(
            "give {name} its own credentials, or use another context"
        ))
        .into());
    }
    Ok(values)
}

/// A context's grant that is none, with the closest grant.
pub(super) fn not_a_grant(context: &Context, grant: &str) -> crate::error::Failure {
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
    own: Option<&clap::Command>,
    context: &Context,
    key: &str,
    at: &str,
) -> crate::error::Failure {
    let grant = context.grant.as_deref();
    let for_grant = grant.map_or_else(String::new, |g| format!(" for grant {g}"));
    let own = own
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
fn credential_command_may_use(context: &Context, target: &str, identity_given: bool) -> Result<()> {
    let Some(grant) = context.grant.as_deref() else {
        return Ok(());
    };
    if context.by_default
        || lends_to_clusters(Some(grant))
        || !credential_names().iter().any(|c| c == target)
        || identity_given
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
