//! The command line as typed, parsed once with the one definition, and the selected context
//! (from the config file, or from the IBM SDK's credentials with --sdk-service) applied after
//! the parse by one layer: the global options' values (`resolve`) and a grant's own
//! (`grant`), each typed, else from its variable, else from the context, else its default;
//! a context's grant standing in for an omitted one (at the top, or after `exec`, `check` or
//! `serve`). clap reads the words (`reading`); the context's values are checked against its
//! grant (`context`); clap's errors are said iamtoken's way (`errors`); what the values mean is
//! resolved once in `settings`.

mod context;
mod errors;
mod grant;
mod reading;
mod resolve;

use std::ffi::OsString;
use std::io::Write;

use anyhow::Result;
use clap::parser::ValueSource;
use clap::{ArgMatches, FromArgMatches as _};

use crate::cli::{Cli, Grant, WRAPPERS};
use crate::config::{Config, Context};
use crate::error::usage;
use crate::origin::Origin;
use crate::sdk_config;

pub use self::context::{NOT_SETTINGS, context_key, no_cache_value, option_id};
pub use self::errors::{Described, describe, say};
use self::errors::{
    grant_hint, grant_left_out, not_a_grant, not_held, refuse_credential_flags, stray_name,
    without_value,
};
pub use self::reading::Reading;
pub use self::resolve::{Globals, default_of, untyped, variable};

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
    /// The global options the command that runs holds; `None`: all of them (it gets a token).
    pub held: Option<Vec<&'static str>>,
    /// Where each of the grant's own options got its value.
    pub origins: Vec<(String, Origin)>,
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
    let mut reading = Reading::of(args);
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
    warn_of_exposed_secrets(&config, log);
    let read = reading
        .take_read()
        .ok_or_else(|| anyhow::anyhow!("the command line was not read"))?;
    // A command that holds no global option itself (`config`, `cache`, `registry`, `logout`,
    // ...) uses no context setting, so a context that cannot be applied (or found) must not
    // keep it from working; `config show` reports it itself.
    if read.as_ref().is_ok_and(uses_no_context)
        && let Ok(matches) = read
    {
        let context = match select(&reading, &config) {
            Ok(context) => context,
            Err(e) if shows_the_selected_context(&matches) => return Err(e),
            Err(_) => None,
        };
        return parsed(matches, true, config, context, false);
    }
    let context = match select(&reading, &config) {
        Ok(context) => context,
        // A usage error is said first.
        Err(e) => return Err(read.err().map_or(e, |(e, _)| said(e, &reading, None))),
    };
    let (matches, checked) = match read {
        Ok(matches) => (matches, true),
        // A required option of the grant that the context may give: the layer resolves it,
        // and clap checks the grant's rules again on the values resolved.
        Err((e, Some(matches)))
            if e.kind() == clap::error::ErrorKind::MissingRequiredArgument
                && context.is_some()
                && reading.token_command().is_some() =>
        {
            grant::check_levels(&matches)?;
            (matches, false)
        }
        Err((e, _)) => return Err(said(e, &reading, context.as_ref())),
    };
    if context.as_ref().is_some_and(|c| c.from_sdk) {
        refuse_credential_flags(&matches)?;
    }
    let applied = context.is_some();
    parsed(matches, checked, config, context, applied)
}

/// clap's error in iamtoken's words, where it has better ones.
fn said(err: clap::Error, reading: &Reading, context: Option<&Context>) -> anyhow::Error {
    // `iamtoken --context ci --apikey K`: an option of the context's grant, which was left out.
    let left_out = context
        .and_then(|c| c.grant.as_deref())
        .filter(|_| reading.command().is_none());
    left_out
        .and_then(|grant| grant_left_out(&err, grant, context))
        .or_else(|| not_a_grant(&err, reading))
        .or_else(|| not_held(&err, reading))
        .or_else(|| stray_name(&err))
        .or_else(|| without_value(&err, reading))
        .unwrap_or_else(|| err.into())
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

/// The parse's outcome, from clap's `matches` (`checked`: clap found nothing missing): the
/// run's mode, the global options and the grant's options resolved.
fn parsed(
    matches: ArgMatches,
    checked: bool,
    config: Config,
    context: Option<Context>,
    applied: bool,
) -> Result<Parsed> {
    let held = global_ids_held(&matches);
    let applied_context = context.as_ref().filter(|_| applied);
    let global = resolve::resolve(&matches, held.as_deref(), applied_context)?;
    let (mode, origins) = mode(&matches, checked, applied_context)?;
    Ok(Parsed {
        mode,
        global,
        matches,
        config,
        context,
        held,
        origins,
    })
}

/// The run's mode from the matches, the grant's options resolved by the layer.
fn mode(
    matches: &ArgMatches,
    checked: bool,
    context: Option<&Context>,
) -> Result<(Mode, Vec<(String, Origin)>)> {
    use crate::cli::{Command, Credential};
    use clap::Subcommand as _;
    let top = matches.subcommand_name();
    // A grant or credential command at the top: named, or the context's.
    let token = match top {
        None => {
            let nothing_typed = matches
                .ids()
                .all(|id| matches.value_source(id.as_str()) != Some(ValueSource::CommandLine));
            Some(left_out("iamtoken", nothing_typed, context)?)
        }
        Some(name) if crate::cli::is_token_command(name) => Some(name.to_owned()),
        Some(_) => None,
    };
    if let Some(name) = token {
        let parent = top.is_some().then_some(matches);
        if Credential::has_subcommand(&name) {
            let (credential, origins) =
                grant::resolve(&name, "iamtoken", parent, checked, context)?;
            return Ok((Mode::Credential(credential), origins));
        }
        let (grant, origins) = grant::resolve(&name, "iamtoken", parent, checked, context)?;
        return Ok((Mode::Grant(grant), origins));
    }
    let Cli { command, .. } = Cli::from_arg_matches(matches)?;
    let command = command.ok_or_else(|| anyhow::anyhow!("no command was parsed"))?;
    let Some((wrapper, sub)) = matches
        .subcommand()
        .filter(|(name, _)| WRAPPERS.contains(name))
    else {
        // A command that gets no token still stops on a context that cannot be applied.
        if let Some(context) = context {
            context::values(context, None, &|_| false)?;
        }
        return Ok((mode_of(command, Vec::new())?, Vec::new()));
    };
    let prefix = format!("iamtoken {wrapper}");
    // The grant typed after the wrapper, else the context's.
    let named = match sub.subcommand_name() {
        Some("list" | "stop") if wrapper == "serve" => None,
        Some(name) => Some((name.to_owned(), Some(sub))),
        None => Some((left_out(wrapper, false, context)?, None)),
    };
    let (grant, origins) = match named {
        Some((name, parent)) => {
            let (grant, origins) =
                grant::resolve::<Grant>(&name, &prefix, parent, checked, context)?;
            (Some(grant), origins)
        }
        None => (None, Vec::new()),
    };
    // exec's `-- CMD` belongs to the grant before it, or to exec when the grant was left out.
    let after_grant: Vec<OsString> = leaf(matches)
        .and_then(|(_, m)| {
            m.try_get_many::<OsString>(crate::cli::EXEC_COMMAND)
                .ok()
                .flatten()
        })
        .map(|words| words.cloned().collect())
        .unwrap_or_default();
    let command = match (command, grant) {
        (Command::Exec(mut exec), grant) => {
            exec.grant = grant;
            Command::Exec(exec)
        }
        (Command::Check(mut check), grant) => {
            check.grant = grant;
            Command::Check(check)
        }
        (Command::Serve(mut serve), Some(grant)) => {
            serve.grant = Some(crate::cli::Serving::Grant(grant));
            Command::Serve(serve)
        }
        (Command::Serve(mut serve), None) => {
            serve.grant = Some(crate::cli::Serving::from_arg_matches(sub)?);
            Command::Serve(serve)
        }
        (other, _) => other,
    };
    Ok((mode_of(command, after_grant)?, origins))
}

/// The context's grant, standing in for the one left out after `command` (`iamtoken` at the
/// top, or `exec`, `check`, `serve`); an error when there is none.
fn left_out(command: &str, nothing_typed: bool, context: Option<&Context>) -> Result<String> {
    if let Some(context) = context
        && let Some(grant) = &context.grant
    {
        if !<Grant as clap::Subcommand>::has_subcommand(grant) {
            return Err(context::not_a_grant(context, grant).into());
        }
        return Ok(grant.clone());
    }
    if command == "iamtoken" && nothing_typed {
        // No word at all: clap's help, as clap shows it then (on standard error, exit 2),
        // from the whole definition, which describes every command.
        let mut cmd = crate::cli::shared().clone().arg_required_else_help(true);
        if let Err(err) = cmd.try_get_matches_from_mut(["iamtoken"]) {
            return Err(err.into());
        }
    }
    if command == "iamtoken" {
        // clap's own error, as it says a missing command.
        use clap::error::{ContextKind, ContextValue, ErrorKind};
        let mut cmd = crate::cli::shared().clone();
        let names = cmd
            .get_subcommands()
            .map(|c| c.get_name().to_owned())
            .chain(["help".to_owned()])
            .collect();
        // The command is optional to clap only because a context may name it.
        let usage = cmd
            .render_usage()
            .to_string()
            .replace("[COMMAND]", "<COMMAND>");
        let mut err = clap::Error::new(ErrorKind::MissingSubcommand).with_cmd(&cmd);
        err.insert(
            ContextKind::InvalidSubcommand,
            ContextValue::String("iamtoken".into()),
        );
        err.insert(ContextKind::ValidSubcommand, ContextValue::Strings(names));
        err.insert(ContextKind::Usage, ContextValue::StyledStr(usage.into()));
        return Err(err.into());
    }
    Err(usage(format!(
        "{command} needs a grant, or a context that has one"
    ))
    .hint(grant_hint(command))
    .into())
}

/// The global options the command that runs holds; `None`: all of them, as a command that gets
/// a token does (a grant, `iks`, `openshift`, or `exec`, `check` or `serve`).
fn global_ids_held(matches: &ArgMatches) -> Option<Vec<&'static str>> {
    held_at(&command_path(matches))
}

/// Whether the command named first holds no global option, as the tools around the tokens
/// (`config`, `cache`, `completions`, ...) do: then it uses no context.
fn uses_no_context(matches: &ArgMatches) -> bool {
    matches
        .subcommand_name()
        .and_then(|top| held_at(&[top]))
        .is_some_and(|held| held.is_empty())
}

/// The global options the command at `path` holds; `None`: all of them (it gets a token).
fn held_at(path: &[&str]) -> Option<Vec<&'static str>> {
    let gets_a_token = match path {
        [] => true,
        [.., name] => {
            crate::cli::is_token_command(name) || (path.len() == 1 && WRAPPERS.contains(name))
        }
    };
    if gets_a_token {
        return None;
    }
    let cmd = crate::cli::command_at(path)?;
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

/// The matches of the grant (or other command) that runs: under `exec`, `check` or `serve`
/// when one of them wraps it.
pub fn leaf(matches: &ArgMatches) -> Option<(&str, &ArgMatches)> {
    let (name, sub) = matches.subcommand()?;
    match sub.subcommand() {
        Some(inner) if WRAPPERS.contains(&name) => Some(inner),
        _ => Some((name, sub)),
    }
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
    let args = ["iamtoken", grant].map(OsString::from);
    let (matches, checked) = match Reading::of(&args).take_read() {
        Some(Ok(matches)) => (matches, true),
        Some(Err((_, Some(matches)))) => (matches, false),
        Some(Err((e, None))) => return Err(e.into()),
        None => return Err(anyhow::anyhow!("{grant} is no grant")),
    };
    let applied = context.is_some();
    parsed(matches, checked, config, context, applied)
}

/// The mode of `words` (the program's name left out), as a run without a config reads them:
/// for tests of what a command line asks for.
#[cfg(test)]
pub fn mode_of_words(words: &[&str]) -> Result<Mode> {
    let args: Vec<OsString> = std::iter::once("iamtoken")
        .chain(words.iter().copied())
        .map(OsString::from)
        .collect();
    let (matches, checked) = match Reading::of(&args).take_read() {
        Some(Ok(matches)) => (matches, true),
        Some(Err((e, _))) => return Err(e.into()),
        None => anyhow::bail!("help or the version"),
    };
    Ok(parsed(matches, checked, Config::default(), None, false)?.mode)
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
    // `mode` has put a context's grant in for an omitted one.
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
    match context.grant.as_deref() {
        Some(name) if <Grant as clap::Subcommand>::has_subcommand(name) => {
            grant::resolve::<Grant>(name, "iamtoken", None, false, Some(context))?;
        }
        _ => {
            context::values(context, None, &|_| false)?;
        }
    }
    resolve::check_context(context)
}

/// Where each of the own options of `context`'s grant gets its value in a run that types
/// nothing (a variable, the context, a default), as the layer resolves them: for `status`,
/// which names the key the next command sends. Empty for a context without a token command.
pub fn untyped_origins(context: &Context) -> Result<Vec<(String, Origin)>> {
    use crate::cli::Credential;
    use clap::Subcommand as _;
    let resolve = |name: &str| -> Result<Vec<(String, Origin)>> {
        if Credential::has_subcommand(name) {
            let (_, origins) =
                grant::resolve::<Credential>(name, "iamtoken", None, false, Some(context))?;
            return Ok(origins);
        }
        let (_, origins) = grant::resolve::<Grant>(name, "iamtoken", None, false, Some(context))?;
        Ok(origins)
    };
    match context.grant.as_deref() {
        Some(name) if crate::cli::is_token_command(name) => resolve(name),
        _ => Ok(Vec::new()),
    }
}

/// `config show` without a name shows the selected context, so it must be found.
fn shows_the_selected_context(matches: &ArgMatches) -> bool {
    matches
        .subcommand_matches("config")
        .and_then(|m| m.subcommand_matches("show"))
        .is_some_and(|m| m.get_one::<String>("name").is_none())
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
