//! `iamtoken config path|list|show`: what the config file holds and what a context resolves
//! to. Secrets are shown by their source (`@PATH`, `env:NAME`, an environment variable), never
//! by value.

use std::io::Write;

use anyhow::Result;

use crate::args::{self, NOT_SETTINGS, context_key, no_cache_value};
use crate::cli::ConfigAction;
use crate::cli::secret_ids;
use crate::config::{Config, Context};
use crate::config_write::{self, Edit};
use crate::endpoint::Endpoint;
use crate::error::usage;
use crate::secret::Source;
use crate::settings::{self, Settings};

pub fn run(
    action: &ConfigAction,
    settings: &Settings,
    out: &mut dyn Write,
    log: &mut dyn Write,
) -> Result<()> {
    let config = &settings.config;
    if let Some(edit) = edit_of(action) {
        return config_write::apply(&edit, log);
    }
    let warned = !matches!(action, ConfigAction::Path) && warn_of_a_missing_file(config, log);
    match action {
        ConfigAction::Path => {
            let path = Config::location()
                .ok_or_else(|| usage("no config directory could be determined"))?;
            writeln!(out, "{}", path.display())?;
        }
        ConfigAction::List { .. } => {
            let is_default = |c: &Context| config.default_context.as_deref() == Some(&c.name);
            // The error a run with the context would stop with, else the endpoint it would use.
            let endpoint = |c: &Context| -> Result<String, String> {
                args::check_context(c).map_err(|e| format!("{e:#}"))?;
                let endpoint = match session_endpoint(settings, c) {
                    Some(made_at) => made_at?,
                    None => settings::preview(c).map_err(|e| e.to_string())?,
                };
                Ok(endpoint.base().to_owned())
            };
            if settings.json_asked() {
                let list: Vec<serde_json::Value> = config
                    .contexts()
                    .map(|c| {
                        let (endpoint, error) = match endpoint(c) {
                            Ok(url) => (Some(url), None),
                            Err(e) => (None, Some(e)),
                        };
                        serde_json::json!({
                            "name": c.name,
                            "default": is_default(c),
                            "grant": c.grant,
                            "endpoint": endpoint,
                            "error": error,
                        })
                    })
                    .collect();
                serde_json::to_writer_pretty(&mut *out, &list)?;
                writeln!(out)?;
            } else {
                let rows: Vec<[String; 3]> = config
                    .contexts()
                    .map(|c| {
                        let mark = if is_default(c) { "*" } else { " " };
                        [
                            format!("{mark} {}", c.name),
                            grant_cell(c),
                            endpoint(c).unwrap_or_else(|e| format!("refused: {e}")),
                        ]
                    })
                    .collect();
                crate::output::print_table(out, &rows)?;
            }
            if let Some(missing) = config.missing_default() {
                writeln!(log, "iamtoken: warning: {missing}")?;
            }
            // Said once: a missing IAMTOKEN_CONFIG file has been warned of already.
            if config.contexts().next().is_none() && !warned {
                writeln!(log, "iamtoken: {}", no_contexts(config))?;
            }
        }
        ConfigAction::Show { name, .. } => {
            let context = match name {
                Some(name) => config.context(name)?,
                None => settings.context.as_ref().ok_or_else(|| {
                    usage("no context is selected").hint("name one: iamtoken config show NAME")
                })?,
            };
            // A context every run refuses is refused here too, with the run's error.
            args::check_context(context)?;
            settings::preview(context)?;
            show(context, out)?;
        }
        // Applied above, before the warnings that concern reading the file.
        ConfigAction::Set { .. }
        | ConfigAction::Unset { .. }
        | ConfigAction::Delete { .. }
        | ConfigAction::Use { .. } => {}
    }
    Ok(())
}

/// `IAMTOKEN_CONFIG` naming a file that is not there is most likely a typo: said, but only
/// by the commands that show the configuration. Returns whether it said so.
/// The change to the file that `action` asks for, if it asks for one.
fn edit_of(action: &ConfigAction) -> Option<Edit> {
    Some(match action {
        ConfigAction::Set { name, key, value } => Edit::Set {
            context: name.clone(),
            key: key.clone(),
            value: value.clone(),
        },
        ConfigAction::Unset { name, key } => Edit::Unset {
            context: name.clone(),
            key: key.clone(),
        },
        ConfigAction::Delete { name } => Edit::Delete {
            context: name.clone(),
        },
        ConfigAction::Use { name, .. } => Edit::Use(name.clone()),
        ConfigAction::Path | ConfigAction::List { .. } | ConfigAction::Show { .. } => return None,
    })
}

fn warn_of_a_missing_file(config: &Config, log: &mut dyn Write) -> bool {
    let named = std::env::var_os("IAMTOKEN_CONFIG").is_some_and(|v| !v.is_empty());
    let Some(path) = config.path.as_deref().filter(|p| named && !p.exists()) else {
        return false;
    };
    let _ = writeln!(
        log,
        "iamtoken: warning: IAMTOKEN_CONFIG names {}, which does not exist",
        path.display()
    );
    true
}

/// Why `config list` lists nothing: no file, or a file without contexts.
fn no_contexts(config: &Config) -> String {
    let help = "`iamtoken config --help` shows how to write one";
    match config.path.as_deref() {
        None => {
            let named = std::env::var_os("IAMTOKEN_CONFIG").unwrap_or_else(|| "/dev/null".into());
            format!(
                "no config file is in use (IAMTOKEN_CONFIG={}); {help}",
                named.to_string_lossy()
            )
        }
        Some(path) if !path.exists() => {
            format!("no config file at {}; {help}", path.display())
        }
        Some(path) => format!(
            "{} has no contexts ([context.NAME] tables); {help}",
            path.display()
        ),
    }
}

/// A context's grant as `config list` and `config show` show it (whether it is one is part of
/// the run's error that `config list` shows).
fn grant_cell(context: &Context) -> String {
    context.grant.clone().unwrap_or_else(|| "-".into())
}

/// Every setting the context's grant takes, with its value and where it comes from: the
/// environment, the context, or the built-in default (a flag would beat all three).
fn show(context: &Context, out: &mut dyn Write) -> Result<()> {
    writeln!(out, "context {} ({})", context.name, context.origin)?;
    let mut cmd = crate::cli::command();
    cmd.build();
    let grant = context.grant.as_deref();
    let mut rows = vec![[
        "grant".to_owned(),
        grant_cell(context),
        if grant.is_some() {
            "context".into()
        } else {
            "-".into()
        },
    ]];
    let grant_args = grant
        .and_then(|g| cmd.find_subcommand(g))
        .map(|sub| {
            sub.get_arguments()
                .filter(|a| !crate::cli::is_global(a.get_id().as_str()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let secrets = secret_ids();
    for arg in cmd.get_arguments().chain(grant_args) {
        let id = arg.get_id().as_str();
        if NOT_SETTINGS.contains(&id) {
            continue;
        }
        let key = context_key(id);
        let secret = secrets.iter().any(|s| s == key);
        // The variables the settings layer reads for the option: a global's, or the grant's.
        let set = |name: &&str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        let from_env = crate::args::variable(id)
            .filter(set)
            .or_else(|| {
                let grant = grant.unwrap_or_default();
                crate::cli::grant_variables(grant, id)
                    .iter()
                    .copied()
                    .find(set)
            })
            .map(str::to_owned);
        let row = if let Some(name) = from_env {
            let value = if secret {
                format!("env:{name}")
            } else {
                std::env::var(&name).unwrap_or_default()
            };
            [key.to_owned(), value, format!("environment ({name})")]
        } else if let Some(setting) = context.get(key) {
            let shown = if secret && Source::is_literal(&setting.value) {
                "[literal, hidden]".to_owned()
            } else {
                Source::shown(&setting.value)
            };
            [
                key.to_owned(),
                shown,
                format!("context ({})", context.at(setting)),
            ]
        } else if let Some(value) = crate::args::default_of(id)
            .or_else(|| crate::cli::grant_default(grant.unwrap_or_default(), id))
            .map(std::borrow::Cow::from)
        {
            // `cache` is `--no-cache` inverted, and the inversion is its own inverse.
            let value = if key == "cache" {
                no_cache_value(&value).unwrap_or_default().to_owned()
            } else {
                value.into_owned()
            };
            [key.to_owned(), value, "default".into()]
        } else {
            continue;
        };
        rows.push(row);
    }
    crate::output::print_table(out, &rows)?;
    Ok(())
}

/// A context whose grant is `session` refreshes where its session was made: that URL, or the
/// error a run stops with (no such session is stored, or the context chooses another
/// endpoint). `None` for any other context, and for one whose endpoint values are wrong (it
/// is previewed, with its error, as any other).
fn session_endpoint(settings: &Settings, context: &Context) -> Option<Result<Endpoint, String>> {
    if context.grant.as_deref() != Some("session") {
        return None;
    }
    let choice = settings::choice_of(context).ok()?;
    let asked = match choice.chosen_by() {
        Some((option, origin)) => Some((settings::preview(context).ok()?, option, origin)),
        None => None,
    };
    let name = context
        .get("session")
        .map_or(crate::cli::DEFAULT_SESSION, |s| s.value.as_str());
    let session = settings
        .sessions(false)
        .ok()
        .flatten()
        .and_then(|sessions| sessions.load(name).ok().flatten());
    let Some(session) = session else {
        return Some(Err(format!("no session {name} is stored")));
    };
    let asked = asked
        .as_ref()
        .map(|(e, option, origin)| (e, *option, *origin));
    Some(settings::bound_endpoint(name, &session.iam_url, asked).map_err(|e| e.to_string()))
}
