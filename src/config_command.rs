//! `iamtoken config path|list|show`: what the config file holds and what a context resolves
//! to. Secrets are shown by their source (`@PATH`, `env:NAME`, an environment variable), never
//! by value.

use std::io::Write;

use anyhow::Result;
use clap::CommandFactory as _;

use crate::cli::{Cli, ConfigAction};
use crate::config::{Config, Context, SECRET_KEYS};
use crate::error::usage;
use crate::settings::Parsed;

/// Options that are not settings.
const NOT_SETTINGS: [&str; 6] = [
    "help",
    "version",
    "context",
    "sdk_service",
    "verbose",
    "name",
];

pub fn run(action: &ConfigAction, parsed: &Parsed, out: &mut dyn Write) -> Result<()> {
    let config = &parsed.config;
    match action {
        ConfigAction::Path => {
            let path = Config::location()
                .ok_or_else(|| usage("no config directory could be determined"))?;
            writeln!(out, "{}", path.display())?;
        }
        ConfigAction::List => {
            let rows: Vec<[String; 3]> = config
                .contexts()
                .map(|c| {
                    let mark = if config.default_context.as_deref() == Some(&c.name) {
                        "*"
                    } else {
                        " "
                    };
                    [
                        format!("{mark} {}", c.name),
                        c.grant.clone().unwrap_or_else(|| "-".into()),
                        endpoint(c),
                    ]
                })
                .collect();
            crate::output::print_table(out, &rows)?;
        }
        ConfigAction::Show { name } => {
            let context = match name {
                Some(name) => config.context(name)?,
                None => parsed.context.as_ref().ok_or_else(|| {
                    usage("no context is selected").hint("name one: iamtoken config show NAME")
                })?,
            };
            show(context, out)?;
        }
    }
    Ok(())
}

/// A context's IAM endpoint as its settings describe it.
fn endpoint(context: &Context) -> String {
    let get = |key| context.get(key).map(|s| s.value.as_str());
    match (
        get("iam_url"),
        get("private"),
        get("region"),
        get("test_env"),
    ) {
        (Some(url), ..) => url.to_owned(),
        (_, Some("true"), Some(region), _) => format!("https://private.{region}.iam.cloud.ibm.com"),
        (_, Some("true"), None, _) => crate::endpoint::PRIVATE.to_owned(),
        (.., Some("true")) => crate::endpoint::TEST.to_owned(),
        _ => crate::endpoint::PUBLIC.to_owned(),
    }
}

/// Every setting the context's grant takes, with its value and where it comes from: the
/// environment, the context, or the built-in default (a flag would beat all three).
fn show(context: &Context, out: &mut dyn Write) -> Result<()> {
    writeln!(out, "context {} ({})", context.name, context.origin)?;
    let mut cmd = Cli::command();
    cmd.build();
    let grant = context.grant.as_deref();
    let mut rows = vec![[
        "grant".to_owned(),
        grant.unwrap_or("-").to_owned(),
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
                .filter(|a| !a.is_global_set())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    for arg in cmd.get_arguments().chain(grant_args) {
        let id = arg.get_id().as_str();
        if NOT_SETTINGS.contains(&id) {
            continue;
        }
        let key = if id == "no_cache" { "cache" } else { id };
        let secret = SECRET_KEYS.contains(&key);
        let from_env = arg
            .get_env()
            .filter(|name| std::env::var_os(name).is_some_and(|v| !v.is_empty()))
            .map(|name| name.to_string_lossy().into_owned());
        let row = if let Some(name) = from_env {
            let value = if secret {
                format!("env:{name}")
            } else {
                std::env::var(&name).unwrap_or_default()
            };
            [key.to_owned(), value, format!("environment ({name})")]
        } else if let Some(setting) = context.get(key) {
            let shown = if secret
                && !setting.value.starts_with('@')
                && !setting.value.starts_with("env:")
            {
                "[literal, hidden]".to_owned()
            } else {
                setting.value.clone()
            };
            [
                key.to_owned(),
                shown,
                format!("context ({})", context.at(setting)),
            ]
        } else if let Some(default) = arg.get_default_values().first() {
            let value = default.to_string_lossy();
            let value = if key == "cache" {
                if value == "false" {
                    "true".into()
                } else {
                    "false".into()
                }
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
