//! The global options' values (`cli::Global`), resolved after the parse: each from where it was
//! typed (the innermost command holding it: `serve --timeout 3s apikey --timeout 5s` takes 5s),
//! else its environment variable, else the context, else the built-in default; each with where
//! it came from. clap gives these options no default and reads no variable for them, so one
//! definition serves every run whatever its context. A command takes from a variable or a
//! context only the options it holds: `cache path` reads no `IAMTOKEN_OUTPUT`.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;
use clap::ArgMatches;
use clap::parser::ValueSource;

use crate::cli::Format;
use crate::config::Context;
use crate::endpoint::Endpoint;
use crate::error::usage;
use crate::origin::Origin;

/// The built-in defaults of the global options that have one, as typed (the help states
/// them); each is parsed as a typed value is.
const DEFAULTS: [(&str, &str); 4] = [
    ("timeout", "30s"),
    ("retries", "2"),
    ("output", "json"),
    ("secret_command_timeout", "30s"),
];

/// The built-in default of global option `id`, as typed, if it has one.
pub fn default_of(id: &str) -> Option<&'static str> {
    DEFAULTS.iter().find(|(i, _)| *i == id).map(|(_, v)| *v)
}

/// The variables of the global options: each is read as the option's value when the option is
/// not typed.
const VARIABLES: [(&str, &str); 5] = [
    ("iam_url", "IBMCLOUD_IAM_API_ENDPOINT"),
    ("context", "IAMTOKEN_CONTEXT"),
    ("cacert", "IAMTOKEN_CA_BUNDLE"),
    ("output", "IAMTOKEN_OUTPUT"),
    ("no_cache", "IAMTOKEN_NO_CACHE"),
];

/// The variable global option `id` reads, if any.
pub fn variable(id: &str) -> Option<&'static str> {
    VARIABLES.iter().find(|(i, _)| *i == id).map(|(_, v)| *v)
}

/// `IAMTOKEN_CONTEXT`, when set to a name (an empty one is unset).
pub(super) fn context_variable() -> Result<Option<String>> {
    let name = variable("context").unwrap_or_default();
    match std::env::var_os(name) {
        Some(raw) if !raw.is_empty() => raw
            .into_string()
            .map(Some)
            .map_err(|_| usage(format!("the variable {name} is not UTF-8 text")).into()),
        _ => Ok(None),
    }
}

/// The global options, resolved (`--context`, `--no-context` and `--sdk-service` choose the
/// context, and are read where it is chosen).
#[derive(Debug, Clone)]
#[allow(clippy::struct_excessive_bools, reason = "each is a command-line flag")]
pub struct Globals {
    pub iam_url: Option<Endpoint>,
    pub private: bool,
    pub region: Option<String>,
    pub test_env: bool,
    pub timeout: Duration,
    pub retries: u32,
    pub proxy: Option<reqwest::Url>,
    pub cacert: Option<PathBuf>,
    pub insecure: bool,
    pub output: Format,
    pub verbose: u8,
    pub no_cache: bool,
    pub secret_command_timeout: Duration,
    pub min_ttl: Option<Duration>,
    /// Where each value that is not a default came from.
    origins: Vec<(&'static str, Origin)>,
}

impl Globals {
    /// Where the value of global option `id` came from.
    pub fn origin(&self, id: &str) -> Origin {
        self.origins
            .iter()
            .find(|(i, _)| *i == id)
            .map_or(Origin::Default, |(_, o)| o.clone())
    }
}

/// Resolves the global options of the words `matches` (root first), for a command holding
/// `held` of them (`None`: all, as a command that gets a token), with `context` applied.
pub(super) fn resolve(
    matches: &ArgMatches,
    held: Option<&[&str]>,
    context: Option<&Context>,
) -> Result<Globals> {
    let mut levels = vec![matches];
    while let Some((_, sub)) = levels.last().and_then(|m| m.subcommand()) {
        levels.push(sub);
    }
    resolve_levels(&levels, held, context)
}

/// `resolve`, from the matches of each command named, outermost first.
fn resolve_levels(
    levels: &[&ArgMatches],
    held: Option<&[&str]>,
    context: Option<&Context>,
) -> Result<Globals> {
    let typed = typed_at(levels);
    let origins = typed.iter().map(|(id, _)| (*id, Origin::Flag)).collect();
    let mut r = Resolver {
        typed,
        held,
        context,
        origins,
    };
    let endpoint_typed = ["iam_url", "private", "region", "test_env"]
        .iter()
        .any(|id| r.typed.iter().any(|(t, _)| t == id));
    let verbose = levels
        .iter()
        .filter_map(|m| m.try_get_one::<u8>("verbose").ok().flatten())
        .sum();
    Ok(Globals {
        iam_url: r.value("iam_url", !endpoint_typed, &|v| Endpoint::parse(v))?,
        private: r.flag("private")?,
        region: r.value("region", false, &|v| Ok(v.to_owned()))?,
        test_env: r.flag("test_env")?,
        timeout: r.defaulted("timeout", &|v| crate::cli::parse_timeout(v))?,
        retries: r.defaulted("retries", &retries)?,
        proxy: r.value("proxy", false, &|v| crate::cli::parse_http_url(v))?,
        cacert: r.value("cacert", true, &path)?,
        insecure: r.flag("insecure")?,
        output: r.defaulted("output", &format)?,
        verbose,
        no_cache: r.value("no_cache", true, &no_cache)?.unwrap_or(false),
        secret_command_timeout: r
            .defaulted("secret_command_timeout", &|v| crate::cli::parse_duration(v))?,
        min_ttl: r.value("min_ttl", false, &|v| crate::cli::parse_duration(v))?,
        origins: r.origins,
    })
}

/// The global options of a command that gets a token, run with `context` and nothing typed:
/// what `status` says the next such command would use.
pub fn untyped(context: Option<&Context>) -> Result<Globals> {
    resolve_levels(&[], None, context)
}

/// The error a run with `context` would stop with for one of its global settings (a value the
/// option refuses), for `config list` and `config show`.
pub fn check_context(context: &Context) -> Result<()> {
    resolve_levels(&[], None, Some(context)).map(|_| ())
}

/// The global options typed, each with the matches of the innermost command where it was.
fn typed_at<'a>(levels: &[&'a ArgMatches]) -> Vec<(&'static str, &'a ArgMatches)> {
    let mut typed: Vec<(&'static str, &ArgMatches)> = Vec::new();
    for level in levels {
        for id in level.ids() {
            let Some(id) = crate::cli::GLOBAL_IDS.iter().find(|g| **g == id.as_str()) else {
                continue;
            };
            if level.value_source(id) == Some(ValueSource::CommandLine) {
                typed.retain(|(t, _)| t != id);
                typed.push((id, level));
            }
        }
    }
    typed
}

struct Resolver<'a> {
    typed: Vec<(&'static str, &'a ArgMatches)>,
    held: Option<&'a [&'a str]>,
    context: Option<&'a Context>,
    origins: Vec<(&'static str, Origin)>,
}

impl Resolver<'_> {
    /// Option `id`'s value: typed, else its variable (when `read_variable` and it is set), else
    /// the context's, parsed by `parse`.
    fn value<T: Clone + Send + Sync + 'static>(
        &mut self,
        id: &'static str,
        read_variable: bool,
        parse: &dyn Fn(&str) -> Result<T, String>,
    ) -> Result<Option<T>> {
        if let Some((_, level)) = self.typed.iter().find(|(t, _)| *t == id) {
            let value = level
                .try_get_one::<T>(id)
                .map_err(|e| anyhow::anyhow!("--{id}: {e}"))?
                .cloned();
            return Ok(value);
        }
        if self.held.is_some_and(|ids| !ids.contains(&id)) {
            return Ok(None);
        }
        if read_variable && let Some(name) = variable(id) {
            match std::env::var_os(name) {
                Some(raw) if !raw.is_empty() => {
                    let raw = raw
                        .to_str()
                        .ok_or_else(|| usage(format!("the variable {name} is not UTF-8 text")))?;
                    let value = parse(raw).map_err(|why| {
                        usage(format!("{name}: invalid value for {}: {why}", shown(id)))
                    })?;
                    self.origins.push((id, Origin::Env(name.to_owned())));
                    return Ok(Some(value));
                }
                _ => {}
            }
        }
        let key = super::context_key(id);
        let Some((context, setting)) = self.context.and_then(|c| c.get(key).map(|s| (c, s))) else {
            return Ok(None);
        };
        let at = context.at(setting);
        let name = &context.name;
        // A context says `cache = false` for `--no-cache`.
        let raw = if id == "no_cache" {
            super::no_cache_value(&setting.value)
                .ok_or_else(|| usage(format!("{at}: context.{name}.cache must be true or false")))?
        } else {
            setting.value.as_str()
        };
        let value = parse(raw).map_err(|why| {
            let value = &setting.value;
            // A URL may hold credentials: never quoted.
            if matches!(id, "iam_url" | "proxy") {
                usage(format!(
                    "{at}: context.{name}.{key}: invalid value for {}: {why}",
                    shown(id)
                ))
            } else {
                usage(format!(
                    "{at}: context.{name}.{key}: invalid value '{value}' for '{}': {why}",
                    shown(id)
                ))
            }
        })?;
        self.origins.push((id, Origin::File(at)));
        Ok(Some(value))
    }

    /// `value`, else the built-in default.
    fn defaulted<T: Clone + Send + Sync + 'static>(
        &mut self,
        id: &'static str,
        parse: &dyn Fn(&str) -> Result<T, String>,
    ) -> Result<T> {
        if let Some(value) = self.value(id, variable(id).is_some(), parse)? {
            return Ok(value);
        }
        let default = default_of(id).unwrap_or_default();
        parse(default).map_err(|e| anyhow::anyhow!("the default of --{id}, {default}: {e}"))
    }

    /// A flag: typed, or `true` or `false` in the context.
    fn flag(&mut self, id: &'static str) -> Result<bool> {
        let on = self.value(id, false, &|v| match v {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err("it is not one of true, false".to_owned()),
        })?;
        Ok(on.unwrap_or(false))
    }
}

/// Option `id` as clap's errors show it: `--timeout <DURATION>`.
fn shown(id: &str) -> String {
    use clap::Args as _;
    let mut cmd = <crate::cli::Global>::augment_args(clap::Command::new("iamtoken"));
    // An argument shows its value's shape once built.
    cmd.build();
    cmd.get_arguments()
        .find(|a| a.get_id() == id)
        .map_or_else(|| format!("--{id}"), ToString::to_string)
}

fn retries(raw: &str) -> Result<u32, String> {
    let n: u32 = raw
        .parse()
        .map_err(|e: std::num::ParseIntError| e.to_string())?;
    if n > 10 {
        return Err(format!("{n} is not in 0..=10"));
    }
    Ok(n)
}

fn path(raw: &str) -> Result<PathBuf, String> {
    if raw.is_empty() {
        return Err("it is empty".into());
    }
    Ok(PathBuf::from(raw))
}

fn format(raw: &str) -> Result<Format, String> {
    use clap::ValueEnum as _;
    Format::from_str(raw, false).map_err(|_| {
        let names: Vec<String> = Format::value_variants()
            .iter()
            .filter_map(Format::to_possible_value)
            .map(|v| v.get_name().to_owned())
            .collect();
        format!("it is not one of {}", names.join(", "))
    })
}

/// `--no-cache`'s value: a variable's boolean (as clap's `BoolishValueParser` reads one), or a
/// context's `cache`, inverted.
fn no_cache(raw: &str) -> Result<bool, String> {
    match raw.to_ascii_lowercase().as_str() {
        "y" | "yes" | "t" | "true" | "on" | "1" => Ok(true),
        "n" | "no" | "f" | "false" | "off" | "0" => Ok(false),
        _ => Err("it is not a boolean (true or false)".into()),
    }
}
