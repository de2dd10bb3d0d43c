//! The command line as typed, with the selected context (from the config file, or from the IBM
//! SDK's credentials with --sdk-service) applied: the global options' values by one layer after
//! the parse (`resolve`: flag > env > context > default), a grant's own options' as clap
//! defaults, so that flags and environment variables still win over them; a context's grant
//! standing in for an omitted subcommand (at the top, or after `exec`, `check` or `serve`, whose
//! grant is a subcommand of theirs). Everything that rewrites clap lives here: a context chosen
//! plainly before the command, applied before the one parse (`early`); otherwise clap's first
//! reading of the words, which chooses the context (`reading`), the context (`context`), the
//! variables clap reads (`variables`), clap's errors (`errors`); what the values mean is
//! resolved once in `settings`.

mod context;
mod early;
mod errors;
mod reading;
mod resolve;
mod variables;

use std::ffi::OsString;
use std::io::Write;

use anyhow::Result;
use clap::{ArgMatches, FromArgMatches as _};

use crate::cli::{Cli, Grant, WRAPPERS};
use crate::config::{Config, Context};
use crate::error::usage;
use crate::sdk_config;

pub use self::context::{NOT_SETTINGS, context_key, no_cache_value, option_id};
use self::context::{apply, overridden_choices};
pub use self::errors::{Described, describe, say};
use self::errors::{
    blame_context, blame_variable, grant_hint, grant_left_out, not_a_grant, not_held,
    refuse_credential_flags, stray_name, without_value,
};
pub use self::reading::Reading;
pub use self::resolve::{Globals, default_of, variable};
use self::variables::{commands_in_variables_are_values, definition, unchanged};

pub struct Parsed {
    /// What the run does.
    pub mode: Mode,
    /// The global options, resolved: typed, else a variable, else the context, else the
    /// default.
    pub global: Globals,
    pub matches: ArgMatches,
    pub config: Config,
    /// The selected context (`--context`, `IAMTOKEN_CONTEXT`, `default_context`, or
    /// `--sdk-service`).
    pub context: Option<Context>,
    /// Whether the context's settings were applied as defaults (not for `config` and `cache`).
    pub applied: bool,
    /// The global options the command that runs holds; `None`: all of them (it gets a token).
    pub held: Option<Vec<&'static str>>,
}

/// What a run does: one command, with everything it needs.
#[derive(Debug)]
pub enum Mode {
    /// Print a grant's token.
    Grant(Grant),
    /// Print a cluster's credential (`iks`, `openshift`).
    Credential(crate::cli::Credential),
    /// Run a command with a grant's token.
    Exec(Grant, ExecCommand),
    /// Check a grant's identity.
    Check(Grant, CheckCommand),
    /// Serve a grant's tokens.
    Serve(Grant, ServeCommand),
    /// List the detached services.
    ServeList,
    /// Stop these detached services (every one: `None`).
    ServeStop(Option<Vec<u32>>),
    Inspect(crate::cli::InspectArgs),
    Cache(crate::cli::CacheAction),
    Config(crate::cli::ConfigAction),
    Registry(crate::cli::RegistryAction),
    /// Log in with a one-time passcode and store the session.
    Login(crate::cli::LoginArgs),
    /// List the stored sessions.
    Sessions,
    /// Remove stored sessions: this one, or every one (`None`).
    Logout(Option<String>),
    /// Print a one-time passcode from this session.
    Passcode(String),
    /// Show who the next command is.
    Status,
    /// List the accounts of this session's user.
    Accounts(String),
    Completions(crate::cli::Shell),
    /// The man pages: the root page on stdout, or every page into this folder.
    Man(Option<std::path::PathBuf>),
}

impl Mode {
    /// Whether `-o` (or `IAMTOKEN_OUTPUT`, or a context's `output`) chooses what the run
    /// prints: a token's format, or for `serve` the variables' shell format (`check` prints
    /// text, or JSON when asked).
    pub fn prints_a_token(&self) -> bool {
        matches!(
            self,
            Self::Grant(_) | Self::Credential(_) | Self::Serve(..) | Self::Check(..)
        )
    }
}

/// Where and for whom a token service listens (`serve`, `exec --serve`).
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// A loopback address.
    pub bind: std::net::IpAddr,
    pub port: u16,
    /// IBM SDK service names, as typed.
    pub for_sdk_services: Vec<String>,
    /// `serve --detach`: run on in the background once the environment is printed.
    pub detach: bool,
    /// `serve --detach --log FILE`: where the detached service's lines go.
    pub log: Option<std::path::PathBuf>,
}

/// `--sink FILE` and its format.
#[derive(Debug, Clone)]
pub struct SinkOptions {
    pub path: std::path::PathBuf,
    pub format: crate::cli::Format,
}

/// What `serve` was asked besides the grant.
#[derive(Debug, Clone)]
pub struct ServeCommand {
    pub options: ServeOptions,
    pub sink: Option<SinkOptions>,
}

/// What `check` was asked besides the grant.
#[derive(Debug, Clone, Copy)]
pub struct CheckCommand {
    /// A key expiring within this long is unhealthy.
    pub warn_expiry: std::time::Duration,
}

/// What `exec` runs, the variables it was asked to keep (`--keep-env`), and the token service
/// and sink to run beside it.
#[derive(Debug, Clone)]
pub struct ExecCommand {
    pub argv: Vec<OsString>,
    pub keep_env: Vec<String>,
    pub serve: Option<ServeOptions>,
    pub sink: Option<SinkOptions>,
}

/// Parses `args` with the selected context applied. A clap error (and --help) is returned as a
/// `clap::Error`, for `exit` to show as iamtoken does (or a program that speaks another
/// protocol to say its own way); config errors are returned as usage errors.
pub fn parse(args: &[OsString], log: &mut dyn Write) -> Result<Parsed> {
    let loaded = Config::load();
    let context_likely = std::env::var_os("IAMTOKEN_CONTEXT").is_some_and(|v| !v.is_empty())
        || args.iter().skip(1).take_while(|a| *a != "--").any(|a| {
            a.to_str()
                .is_some_and(|a| a.starts_with("--context") || a.starts_with("--sdk-service"))
        })
        || loaded.as_ref().is_ok_and(|c| c.default_context.is_some());
    // A context chosen plainly before the command: the one definition is built with it, once.
    if context_likely
        && let Ok(config) = &loaded
        && let Some((matches, context)) = early::parse(args, config)
    {
        let config = loaded?;
        warn_of_exposed_secrets(&config, log);
        return parsed(matches, config, Some(context), true);
    }
    // Otherwise a copy of the definition is kept for a context's parse when one may apply.
    let mut reading = Reading::keeping(args, context_likely);
    if let Some(shown) = reading.shown() {
        if shown.kind() == clap::error::ErrorKind::DisplayHelp {
            note_context(&reading, log);
        }
        return Err(shown.into());
    }
    // A broken config file must not keep the way to find the file from showing. Nor
    // `--no-context`, which asks for none of it.
    let config = match loaded {
        Ok(config) => config,
        Err(_) if reading.asks_for_help() || reading.typed("no_context") => Config::default(),
        Err(e) => return Err(e),
    };
    let ready = reading.take_parsed();
    parse_with(args, &reading, log, config, ready)
}

/// Help shows the one definition, whatever context is in effect; it says that one is, and
/// where its values are shown.
fn note_context(reading: &Reading, log: &mut dyn Write) {
    let Ok(config) = Config::load() else {
        return;
    };
    if let Ok(Some(context)) = select(reading, &config)
        && !context.from_sdk
    {
        let _ = writeln!(
            log,
            "iamtoken: note: context {0} is in effect; `iamtoken config show {0}` shows its values",
            context.name
        );
    }
}

/// `parse` with the words read and the config loaded; `ready` is the words as the plain
/// definition parsed them, which stand when nothing changes the definition.
fn parse_with(
    args: &[OsString],
    reading: &Reading,
    log: &mut dyn Write,
    config: Config,
    mut ready: Option<(clap::Command, ArgMatches)>,
) -> Result<Parsed> {
    warn_of_exposed_secrets(&config, log);
    // `config`, `cache` and `registry` use no context setting, so a context that cannot be
    // applied (or found) must not keep them from working; `config show` reports it itself.
    if let Some(matches) = tool_command(args, reading, &mut ready) {
        let context = match select(reading, &config) {
            Ok(context) => context,
            Err(e) if shows_the_selected_context(&matches) => return Err(e),
            Err(_) => None,
        };
        return parsed(matches, config, context, false);
    }
    let context = select(reading, &config)?;
    let mut matches = matches_with(args, reading, context.as_ref(), &[], ready)?;
    // `exec`, `check` or `serve` without a grant: the context's, as if typed after it.
    let mut args = args.to_vec();
    if let Some(grant) = wrapper_without_grant(&matches, context.as_ref())? {
        args = with_grant_word(&args, &grant);
        matches = matches_with(&args, reading, context.as_ref(), &[], None)?;
    }
    let args = args.as_slice();
    // A choice the user made (say --profile-id) replaces the context's (its profile_name).
    if let Some(context) = &context {
        let overridden = overridden_choices(&matches, context);
        if !overridden.is_empty() {
            matches = matches_with(args, reading, Some(context), &overridden, None)?;
        }
    }
    if context.as_ref().is_some_and(|c| c.from_sdk) {
        refuse_credential_flags(&matches)?;
    }
    let applied = context.is_some();
    parsed(matches, config, context, applied)
}

/// The parse's outcome, from clap's `matches`: the run's mode and the global options.
fn parsed(
    matches: ArgMatches,
    config: Config,
    context: Option<Context>,
    applied: bool,
) -> Result<Parsed> {
    let Cli { command, .. } = Cli::from_arg_matches(&matches)?;
    let command = with_grant(command, &matches)?;
    let held = global_ids_held(&matches);
    let global = resolve::resolve(
        &matches,
        held.as_deref(),
        context.as_ref().filter(|_| applied),
    )?;
    // exec's `-- CMD` belongs to the grant before it, which the shared `Grant` does not read.
    let after_grant: Vec<OsString> = leaf(&matches)
        .and_then(|(_, m)| {
            m.try_get_many::<OsString>(crate::cli::EXEC_COMMAND)
                .ok()
                .flatten()
        })
        .map(|words| words.cloned().collect())
        .unwrap_or_default();
    Ok(Parsed {
        mode: mode_of(command, after_grant)?,
        global,
        matches,
        config,
        context,
        applied,
        held,
    })
}

/// The global options the command that runs holds; `None`: all of them, as a command that gets
/// a token does (a grant, `iks`, `openshift`, or `exec`, `check` or `serve`).
fn global_ids_held(matches: &ArgMatches) -> Option<Vec<&'static str>> {
    use clap::Subcommand as _;
    let path = command_path(matches);
    let gets_a_token = match path.as_slice() {
        [] => true,
        [.., name] => {
            Grant::has_subcommand(name)
                || crate::cli::Credential::has_subcommand(name)
                || (path.len() == 1 && WRAPPERS.contains(name))
        }
    };
    if gets_a_token {
        return None;
    }
    let cmd = crate::cli::command_at(&path)?;
    Some(
        crate::cli::GLOBAL_IDS
            .into_iter()
            .filter(|id| cmd.get_arguments().any(|a| a.get_id() == *id))
            .collect(),
    )
}

/// The commands named, outermost first (`cache`, `clear`), from clap's matches.
pub fn command_path(matches: &ArgMatches) -> Vec<&str> {
    let mut path = Vec::new();
    let mut level = matches;
    while let Some((name, sub)) = level.subcommand() {
        path.push(name);
        level = sub;
    }
    path
}

/// `command` with the grant typed after `exec`, `check` or `serve`, which their definitions
/// leave to the matches (`cli::definition` defines those grants only when they are parsed).
fn with_grant(command: crate::cli::Command, matches: &ArgMatches) -> Result<crate::cli::Command> {
    use crate::cli::Command;
    let Some((_, sub)) = matches
        .subcommand()
        .filter(|(_, sub)| sub.subcommand().is_some())
    else {
        return Ok(command);
    };
    Ok(match command {
        Command::Exec(mut exec) => {
            exec.grant = Some(Grant::from_arg_matches(sub)?);
            Command::Exec(exec)
        }
        Command::Check(mut check) => {
            check.grant = Some(Grant::from_arg_matches(sub)?);
            Command::Check(check)
        }
        Command::Serve(mut serve) => {
            serve.grant = Some(crate::cli::Serving::from_arg_matches(sub)?);
            Command::Serve(serve)
        }
        other => other,
    })
}

/// The matches of the grant (or other command) that runs: under `exec`, `check` or `serve`
/// when one of them wraps it.
pub fn leaf(matches: &ArgMatches) -> Option<(&str, &ArgMatches)> {
    let (name, sub) = matches.subcommand()?;
    match sub.subcommand() {
        Some(inner) if WRAPPERS.contains(&name) => Some(inner),
        _ => Some((name, sub)),
    }
}

/// For `exec`, `check` or `serve` typed without a grant: the context's grant, which stands in
/// for it; an error when there is none.
fn wrapper_without_grant(
    matches: &ArgMatches,
    context: Option<&Context>,
) -> Result<Option<String>> {
    let Some((name, sub)) = matches.subcommand() else {
        return Ok(None);
    };
    if !WRAPPERS.contains(&name) || sub.subcommand().is_some() {
        return Ok(None);
    }
    if let Some(grant) = context.and_then(|c| c.grant.clone()) {
        return Ok(Some(grant));
    }
    Err(
        usage(format!("{name} needs a grant, or a context that has one"))
            .hint(grant_hint(name))
            .into(),
    )
}

/// What a run of `grant` with `context` reads when nothing is typed: the context's settings
/// (and the variables) applied as a run applies them. For a caller that chose the identity
/// itself, as the registry helper does for each registry, with no command line to read.
pub fn parse_identity(
    config: Config,
    context: Option<Context>,
    grant: &str,
    log: &mut dyn Write,
) -> Result<Parsed> {
    warn_of_exposed_secrets(&config, log);
    // The grant's subcommand alone: clap applies the context's values as its defaults.
    let args = ["iamtoken", grant].map(OsString::from);
    let matches = matches_with(&args, &Reading::of(&args), context.as_ref(), &[], None)?;
    let applied = context.is_some();
    parsed(matches, config, context, applied)
}

/// The run's mode, from clap's `command`; `after_grant` is the `-- CMD` typed after exec's grant
/// (a grant is always named by now, so exec's own `-- CMD` is empty).
fn mode_of(command: crate::cli::Command, after_grant: Vec<OsString>) -> Result<Mode> {
    use crate::cli::Command;
    let sink = |s: crate::cli::SinkArgs| {
        s.sink.map(|path| SinkOptions {
            path,
            format: s.sink_format,
        })
    };
    // `parse_with` has put a context's grant in for an omitted one.
    let grant = |g: Option<Grant>| g.ok_or_else(|| anyhow::Error::from(usage("name a grant")));
    Ok(match command {
        Command::Grant(grant) => Mode::Grant(grant),
        Command::Credential(credential) => Mode::Credential(credential),
        Command::Exec(exec) => {
            let argv = after_grant;
            let grant = grant(exec.grant)?;
            if argv.is_empty() {
                return Err(usage("exec needs the command after --")
                    .hint("iamtoken exec apikey --apikey @key.json -- terraform plan")
                    .into());
            }
            let serve = exec.serve.then_some(ServeOptions {
                bind: crate::cli::SERVE_BIND,
                port: crate::cli::SERVE_PORT,
                for_sdk_services: exec.for_sdk_service,
                detach: false,
                log: None,
            });
            let command = ExecCommand {
                argv,
                keep_env: exec.keep_env,
                serve,
                sink: sink(exec.sink),
            };
            Mode::Exec(grant, command)
        }
        Command::Check(check) => {
            let warn_expiry = check.warn_expiry;
            Mode::Check(grant(check.grant)?, CheckCommand { warn_expiry })
        }
        Command::Serve(crate::cli::ServeArgs {
            grant: Some(crate::cli::Serving::List(_)),
            ..
        }) => Mode::ServeList,
        Command::Serve(crate::cli::ServeArgs {
            grant: Some(crate::cli::Serving::Stop(stop)),
            ..
        }) => Mode::ServeStop((!stop.all).then_some(stop.pids)),
        Command::Serve(serve) => {
            let options = ServeOptions {
                bind: serve.bind,
                port: serve.port,
                for_sdk_services: serve.for_sdk_service,
                detach: serve.detach,
                log: serve.log,
            };
            let command = ServeCommand {
                options,
                sink: sink(serve.sink),
            };
            let served = match serve.grant {
                Some(crate::cli::Serving::Grant(served)) => Some(served),
                _ => None,
            };
            Mode::Serve(grant(served)?, command)
        }
        Command::Inspect(args) => Mode::Inspect(args),
        Command::Cache(args) => Mode::Cache(args.action),
        Command::Config(args) => Mode::Config(args.action),
        Command::Registry(args) => Mode::Registry(args.action),
        Command::Login(args) => Mode::Login(args),
        Command::Sessions(_) => Mode::Sessions,
        Command::Logout(args) if args.all => Mode::Logout(None),
        Command::Logout(args) => Mode::Logout(Some(
            args.name
                .unwrap_or_else(|| crate::cli::DEFAULT_SESSION.to_owned()),
        )),
        Command::Passcode(args) => Mode::Passcode(
            args.name
                .unwrap_or_else(|| crate::cli::DEFAULT_SESSION.to_owned()),
        ),
        Command::Status(_) => Mode::Status,
        Command::Accounts(args) => Mode::Accounts(
            args.name
                .unwrap_or_else(|| crate::cli::DEFAULT_SESSION.to_owned()),
        ),
        Command::Completions(args) => Mode::Completions(args.shell),
        Command::Man(args) => Mode::Man(args.dir),
    })
}

/// The error a run with `context` would stop with while its command line is read (an unknown
/// or invalid setting, a grant that is none), for `config list` and `config show`; `Ok` when
/// there is none. A context without a grant is read as global settings alone.
pub fn check_context(context: &Context) -> Result<()> {
    let probe = context.grant.as_deref().unwrap_or("inspect");
    let args: Vec<OsString> = ["iamtoken", "--context", &context.name, probe]
        .map(OsString::from)
        .to_vec();
    matches_with(&args, &Reading::of(&args), Some(context), &[], None)?;
    resolve::check_context(context)
}

/// The matches of a `config` or `cache` command line, parsed without any context.
fn tool_command(
    args: &[OsString],
    reading: &Reading,
    ready: &mut Option<(clap::Command, ArgMatches)>,
) -> Option<ArgMatches> {
    if !TOOL_COMMANDS.contains(&reading.command()?) {
        return None;
    }
    if let Some(matches) = plain(ready.take(), reading, None) {
        return Some(matches);
    }
    let mut cmd = definition(reading, None);
    let matches = cmd.try_get_matches_from_mut(args).ok();
    discard(cmd);
    matches
}

/// The matches of the words as the plain definition read them, when nothing (a context, a
/// variable to set aside) would change that definition.
fn plain(
    ready: Option<(clap::Command, ArgMatches)>,
    reading: &Reading,
    context: Option<&Context>,
) -> Option<ArgMatches> {
    let (cmd, matches) = ready?;
    let stands = context.is_none() && unchanged(&cmd, reading, None);
    discard(cmd);
    stands.then_some(matches)
}

/// The subcommands that neither use a context's settings nor fetch a token.
const TOOL_COMMANDS: [&str; 5] = ["config", "cache", "registry", "completions", "man"];

/// `config show` without a name shows the selected context, so it must be found.
fn shows_the_selected_context(matches: &ArgMatches) -> bool {
    matches
        .subcommand_matches("config")
        .and_then(|m| m.subcommand_matches("show"))
        .is_some_and(|m| m.get_one::<String>("name").is_none())
}

/// Parses `args` with `context` (less the settings in `skip`) applied. `ready`, the words as
/// the plain definition read them, stand when nothing would change that definition.
pub(super) fn matches_with(
    args: &[OsString],
    reading: &Reading,
    context: Option<&Context>,
    skip: &[String],
    ready: Option<(clap::Command, ArgMatches)>,
) -> Result<ArgMatches> {
    if let Some(matches) = plain(ready, reading, context) {
        return Ok(matches);
    }
    let mut cmd = definition(reading, context);
    if let Some(context) = context {
        cmd = apply(cmd, context, skip, reading)?;
    }
    let mut cmd = commands_in_variables_are_values(cmd);
    // `iamtoken --context ci -o token`: the context's grant is the command, and what was typed
    // are options every token command takes, read before it.
    let filled = context
        .and_then(|c| c.grant.as_deref())
        .filter(|_| reading.command().is_none());
    let parsed = match filled {
        Some(grant) => cmd.try_get_matches_from_mut(with_grant_word(args, grant)),
        None => cmd.try_get_matches_from_mut(args),
    };
    discard(cmd);
    parsed.map_err(|err| {
        blame_context(&err, context)
            .or_else(|| filled.and_then(|grant| grant_left_out(&err, grant, context)))
            .or_else(|| blame_variable(&err, reading))
            .or_else(|| not_a_grant(&err, reading))
            .or_else(|| not_held(&err, reading))
            .or_else(|| stray_name(&err))
            .or_else(|| without_value(&err, reading))
            .unwrap_or_else(|| err.into())
    })
}

/// A definition a run is done with: left for the process's end to reclaim, since freeing its
/// tree of commands and options one allocation at a time costs more than the rest of a run
/// that finds its token in the cache.
fn discard(cmd: clap::Command) {
    std::mem::forget(cmd);
}

/// The context for this run: `--sdk-service`, else `--context`/`IAMTOKEN_CONTEXT`, else the
/// config's `default_context`. Read before the parse proper, since it changes the parser.
fn select(reading: &Reading, config: &Config) -> Result<Option<Context>> {
    if let Some(service) = reading.value("sdk_service") {
        return sdk_config::context(service).map(Some);
    }
    let no_context = reading.typed("no_context");
    let chosen = match reading.value("context") {
        Some(typed) => Some(typed.to_owned()),
        None if no_context => None,
        None => resolve::context_variable()?,
    };
    // `--no-context`: no context at all, whatever a variable or default_context says.
    if chosen.is_none() && no_context {
        return Ok(None);
    }
    named_or_default(chosen.as_deref(), config)
}

/// The context named `chosen` (by `--context` or `IAMTOKEN_CONTEXT`), else the config's
/// `default_context`, marked as such.
fn named_or_default(chosen: Option<&str>, config: &Config) -> Result<Option<Context>> {
    if let Some(name) = chosen {
        return config.context(name).cloned().map(Some);
    }
    if let Some(missing) = config.missing_default() {
        return Err(usage(missing).into());
    }
    let Some(name) = &config.default_context else {
        return Ok(None);
    };
    let mut context = config.context(name)?.clone();
    context.by_default = true;
    Ok(Some(context))
}

/// The warning a config file that others may read and that holds a literal secret gets, said
/// once a run whichever way its words are read.
fn warn_of_exposed_secrets(config: &Config, log: &mut dyn Write) {
    if let Some(warning) = config.exposed_secret() {
        let _ = writeln!(log, "iamtoken: warning: {warning}");
    }
}

/// `args` with the context's `grant` standing in for the command left out: after the options
/// typed, before a `--` and the command that follows it (`exec`).
fn with_grant_word(args: &[OsString], grant: &str) -> Vec<OsString> {
    let at = args.iter().position(|a| a == "--").unwrap_or(args.len());
    let mut words = args.to_vec();
    words.insert(at.max(1), grant.into());
    words
}
