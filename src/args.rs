//! The command line as typed, with the selected context (from the config file, or from the IBM
//! SDK's credentials with --sdk-service) applied as clap defaults, so that flags and
//! environment variables still win over it (flag > env > context > default); a context's grant
//! standing in for an omitted subcommand; and the `exec` split. Everything that rewrites clap
//! lives here; what the values mean is resolved once in `settings`.

use std::ffi::OsString;
use std::io::Write;

use anyhow::Result;
use clap::parser::ValueSource;
use clap::{ArgMatches, CommandFactory as _, FromArgMatches as _};

use crate::cli::{Cli, IC_API_KEY, grant_names};
use crate::config::{Config, Context};
use crate::error::usage;
use crate::sdk_config;
use crate::secret::Source;

pub struct Parsed {
    pub cli: Cli,
    pub matches: ArgMatches,
    pub config: Config,
    /// The selected context (`--context`, `IAMTOKEN_CONTEXT`, `default_context`, or
    /// `--sdk-service`).
    pub context: Option<Context>,
    /// Whether the context's settings were applied as defaults (not for `config` and `cache`).
    pub applied: bool,
    /// `iamtoken exec ... -- CMD`: the command; `cli` then holds the grant before the `--`.
    pub exec: Option<ExecCommand>,
    /// `iamtoken check ...`: its settings; `cli` then holds the grant.
    pub check: Option<CheckCommand>,
}

/// What `check` was asked besides the grant.
#[derive(Debug, Clone, Copy)]
pub struct CheckCommand {
    /// A key expiring within this long is unhealthy.
    pub warn_expiry: std::time::Duration,
}

/// What `exec` runs, and the variables it was asked to keep (`--keep-env`).
#[derive(Debug)]
pub struct ExecCommand {
    pub argv: Vec<OsString>,
    pub keep_env: Vec<String>,
}

/// Parses `args` with the selected context applied. clap errors (and --help) end the process
/// as clap does; config errors are returned.
pub fn parse(args: &[OsString], log: &mut dyn Write) -> Result<Parsed> {
    let words: Vec<String> = args
        .iter()
        .skip(1)
        .take_while(|a| *a != "--")
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    if let Some(help) = crate::cli::tool_help(&words) {
        let mut stdout = std::io::stdout().lock();
        let _ = write!(stdout, "{help}");
        std::process::exit(0);
    }
    // A broken config file must not keep the help, or the way to find the file, from showing.
    let config = match Config::load() {
        Ok(config) => config,
        Err(_) if asks_for_help(args) => Config::default(),
        Err(e) => return Err(e),
    };
    if let Some(warning) = config.exposed_secret() {
        let _ = writeln!(log, "iamtoken: warning: {warning}");
    }
    // `config` and `cache` use no context setting, so a context that cannot be applied (or
    // found) must not keep them from working; `config show` reports it itself.
    if let Some(matches) = tool_command(args) {
        let context = match select(args, &config) {
            Ok(context) => context,
            Err(e) if shows_the_selected_context(&matches) => return Err(e),
            Err(_) => None,
        };
        let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| exit(&e));
        return Ok(Parsed {
            cli,
            matches,
            config,
            context,
            applied: false,
            exec: None,
            check: None,
        });
    }
    let context = select(args, &config)?;
    let (args, exec, check) = match exec_split(args, context.as_ref())? {
        Some((grant_args, command)) => (grant_args, Some(command), None),
        None => match check_split(args, context.as_ref())? {
            Some((grant_args, check)) => (grant_args, None, Some(check)),
            None => (args.to_vec(), None, None),
        },
    };
    let args = args.as_slice();
    let mut matches = matches_with(args, context.as_ref(), &[])?;
    // A choice the user made (say --profile-id) replaces the context's (its profile_name).
    if let Some(context) = &context {
        let overridden = overridden_choices(&matches, context);
        if !overridden.is_empty() {
            matches = matches_with(args, Some(context), &overridden)?;
        }
    }
    if context.as_ref().is_some_and(|c| c.from_sdk) {
        refuse_credential_flags(&matches)?;
    }
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| exit(&e));
    if exec.is_some() && !matches!(cli.command, crate::cli::Command::Grant(_)) {
        return Err(
            usage("exec runs a command with a token: name a grant before --")
                .hint("iamtoken exec apikey --apikey @key.json -- CMD")
                .into(),
        );
    }
    Ok(Parsed {
        cli,
        matches,
        config,
        applied: context.is_some(),
        context,
        exec,
        check,
    })
}

/// Ends the process for a clap error as iamtoken's own errors do: `iamtoken: error: ...`, a
/// hint for clap's tip, and a short usage line (exit 2). Help and version print as clap prints
/// them.
pub fn exit(err: &clap::Error) -> ! {
    use std::io::Write as _;
    let shows_help = err.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand;
    if !err.use_stderr() || shows_help {
        err.exit();
    }
    let rendered = err.render().to_string();
    let mut lines = rendered.lines().map(str::trim).filter(|l| !l.is_empty());
    let mut stderr = std::io::stderr().lock();
    let first = lines.next().unwrap_or_default();
    let message = first.strip_prefix("error: ").unwrap_or(first);
    let mut text = format!("iamtoken: error: {message}");
    let mut hints = Vec::new();
    let mut usage_line = None;
    for line in lines {
        if let Some(tip) = line.strip_prefix("tip: ") {
            hints.push(tip.to_owned());
        } else if let Some(usage) = line.strip_prefix("Usage: ") {
            usage_line = Some(short_usage(usage));
        } else if !line.starts_with("For more information") {
            // The rest of the message (a list of missing arguments, say).
            text.push(' ');
            text.push_str(line);
        }
    }
    let _ = writeln!(stderr, "{text}");
    for hint in hints {
        let _ = writeln!(stderr, "iamtoken: hint: {hint}");
    }
    if let Some(usage) = usage_line {
        let _ = writeln!(stderr, "iamtoken: usage: {usage} (see --help)");
    }
    std::process::exit(i32::from(crate::error::Exit::Usage.code()));
}

/// A usage line of at most about a line's width: the groups of alternatives clap spells out
/// in full are cut to their first member.
fn short_usage(usage: &str) -> String {
    const WIDTH: usize = 80;
    if usage.len() <= WIDTH {
        return usage.to_owned();
    }
    let mut out = String::new();
    let mut depth = 0;
    let mut skipping = false;
    for c in usage.chars() {
        match c {
            '<' => depth += 1,
            '>' => depth -= 1,
            '|' if depth == 1 => skipping = true,
            _ => {}
        }
        if skipping && c == '>' && depth == 0 {
            out.push_str("|...>");
            skipping = false;
            continue;
        }
        if !skipping {
            out.push(c);
        }
    }
    out
}

/// The matches of a `config` or `cache` command line, parsed without any context.
fn tool_command(args: &[OsString]) -> Option<ArgMatches> {
    definition(args, None)
        .try_get_matches_from(args)
        .ok()
        .filter(|m| TOOL_COMMANDS.contains(&m.subcommand_name().unwrap_or_default()))
}

/// The subcommands that neither use a context's settings nor fetch a token.
const TOOL_COMMANDS: [&str; 2] = ["config", "cache"];

/// `config show` without a name shows the selected context, so it must be found.
fn shows_the_selected_context(matches: &ArgMatches) -> bool {
    matches
        .subcommand_matches("config")
        .and_then(|m| m.subcommand_matches("show"))
        .is_some_and(|m| m.get_one::<String>("name").is_none())
}

/// `iamtoken [GLOBAL] exec [GRANT OPTIONS] -- CMD ARGS`: the command line of the grant
/// (`exec` taken out) and the command. `None` when this is not `exec` with a `--`.
fn exec_split(
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
    let mut keep_env = Vec::new();
    let mut words = args[at + 1..dash].iter();
    while let Some(word) = words.next() {
        if word == "--keep-env" {
            keep_env.extend(words.next().map(|n| n.to_string_lossy().into_owned()));
        } else if let Some(name) = word.to_str().and_then(|w| w.strip_prefix("--keep-env=")) {
            keep_env.push(name.to_owned());
        } else {
            grant_args.push(word.clone());
        }
    }
    let command = ExecCommand {
        argv: args[dash + 1..].to_vec(),
        keep_env,
    };
    Ok(Some((grant_args, command)))
}

/// `iamtoken [GLOBAL] check [--warn-expiry D] [GRANT OPTIONS]`: the command line of the grant
/// (`check` and its own option taken out) and check's settings. `None` when this is not `check`.
fn check_split(
    args: &[OsString],
    context: Option<&Context>,
) -> Result<Option<(Vec<OsString>, CheckCommand)>> {
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
    let mut rest = args[at + 1..].iter();
    while let Some(word) = rest.next() {
        let value = if word == "--warn-expiry" {
            rest.next().map(|v| v.to_string_lossy().into_owned())
        } else if let Some(v) = word.to_str().and_then(|w| w.strip_prefix("--warn-expiry=")) {
            Some(v.to_owned())
        } else {
            grant_args.push(word.clone());
            continue;
        };
        warn_expiry = crate::cli::parse_duration(&value.unwrap_or_default())
            .map_err(|e| usage(format!("invalid value for --warn-expiry <DURATION>: {e}")))?;
    }
    Ok(Some((grant_args, CheckCommand { warn_expiry })))
}

/// The first word of a command's grant part must name a grant, or a context must supply one.
fn check_grant_word(
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

/// Parses `args` with `context` (less the settings in `skip`) applied.
fn matches_with(
    args: &[OsString],
    context: Option<&Context>,
    skip: &[String],
) -> Result<ArgMatches> {
    let mut cmd = definition(args, context);
    if let Some(context) = context {
        cmd = apply(cmd, context, skip, args)?;
    }
    let cmd = commands_in_variables_are_values(cmd);
    let grant = context.and_then(|c| c.grant.as_deref());
    let parsed = cmd
        .clone()
        .try_get_matches_from(args)
        .or_else(|err| match grant {
            // `iamtoken --context ci -o token`: the context's grant is the subcommand.
            Some(grant) if subcommand_missing(&err) && !names_a_subcommand(args) => {
                let mut with_grant = args.to_vec();
                with_grant.insert(1.min(args.len()), grant.into());
                cmd.try_get_matches_from(with_grant)
            }
            _ => Err(err),
        });
    parsed.map_err(|err| {
        blame_context(&err, context)
            .or_else(|| blame_variable(&err, args))
            .or_else(|| without_value(&err))
            .unwrap_or_else(|| exit(&err))
    })
}

/// The clap definition for this command line: the credential variables an SDK service may not
/// use, or `IC_API_KEY` as a fallback; then variables settled against what was typed.
fn definition(args: &[OsString], context: Option<&Context>) -> clap::Command {
    let cmd = match context {
        Some(context) if context.from_sdk => without_credential_variables(Cli::command()),
        _ => with_env_fallbacks(Cli::command()),
    };
    settle_variables(cmd, args)
}

/// A variable's value may come from a file a repository ships (`.env` loaded by compose or
/// direnv): it may refer to files and variables, but never runs code. A secret option's variable
/// whose value begins with `cmd:` is that value, literally (it still loses to a flag, and
/// beats a context, as a variable does).
fn commands_in_variables_are_values(mut cmd: clap::Command) -> clap::Command {
    let secrets = crate::cli::secret_ids();
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let literal: Vec<(String, String)> = cmd
            .find_subcommand(&name)
            .into_iter()
            .flat_map(clap::Command::get_arguments)
            .filter(|a| secrets.iter().any(|s| s == a.get_id()))
            .filter_map(|a| {
                let value = std::env::var(a.get_env()?).ok()?;
                Source::is_command(&value).then(|| (a.get_id().to_string(), value))
            })
            .collect();
        if literal.is_empty() {
            continue;
        }
        cmd = cmd.mut_subcommand(name, |mut sub| {
            for (id, value) in literal {
                let value = Source::literal(&value);
                sub = sub.mut_arg(id, |a| a.env(None).default_value(value).required(false));
            }
            sub
        });
    }
    cmd
}

/// An environment variable never makes a typed command line fail: an empty one counts as
/// unset, and one whose option conflicts with an option typed on the command line
/// (`IBMCLOUD_CR_TOKEN` beside `--cr-token-file`) is not read.
fn settle_variables(mut cmd: clap::Command, args: &[OsString]) -> clap::Command {
    let empty = |arg: &clap::Arg| {
        arg.get_env()
            .is_some_and(|name| std::env::var_os(name).is_none_or(|v| v.is_empty()))
    };
    let unread = |cmd: &clap::Command| -> Vec<String> {
        let mut ids: Vec<String> = cmd
            .get_arguments()
            .filter(|a| empty(a))
            .map(|a| a.get_id().to_string())
            .collect();
        for arg in cmd.get_arguments().filter(|a| typed(a, args)) {
            for other in cmd.get_arg_conflicts_with(arg) {
                if other.get_env().is_some() {
                    ids.push(other.get_id().to_string());
                }
            }
        }
        ids
    };
    for id in unread(&cmd) {
        cmd = cmd.mut_arg(id, |a| a.env(None));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let ids = cmd.find_subcommand(&name).map(&unread).unwrap_or_default();
        cmd = cmd.mut_subcommand(name, |mut sub| {
            for id in ids {
                sub = sub.mut_arg(id, |a| a.env(None));
            }
            sub
        });
    }
    cmd
}

/// Whether `arg` was typed on the command line (before any `--`).
fn typed(arg: &clap::Arg, args: &[OsString]) -> bool {
    let (long, short) = (arg.get_long(), arg.get_short());
    args.iter()
        .skip(1)
        .take_while(|a| *a != "--")
        .map(|a| a.to_string_lossy())
        .any(|a| {
            long.is_some_and(|l| a == format!("--{l}") || a.starts_with(&format!("--{l}=")))
                || short.is_some_and(|s| a.starts_with(&format!("-{s}")) && !a.starts_with("--"))
        })
}

/// A rejected value that came from an environment variable, not the command line: the error
/// names the variable, and never quotes its value (it may be a key).
fn blame_variable(err: &clap::Error, args: &[OsString]) -> Option<anyhow::Error> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if !matches!(
        err.kind(),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation
    ) {
        return None;
    }
    let Some(ContextValue::String(shown)) = err.get(ContextKind::InvalidArg) else {
        return None;
    };
    let long = shown.split_whitespace().next()?.strip_prefix("--")?;
    let cmd = Cli::command();
    let arg = cmd
        .get_arguments()
        .chain(cmd.get_subcommands().flat_map(clap::Command::get_arguments))
        .find(|a| a.get_long() == Some(long))?;
    let name = arg.get_env()?.to_string_lossy().into_owned();
    let set = std::env::var_os(&name).is_some_and(|v| !v.is_empty());
    if typed(arg, args) || !set {
        return None;
    }
    let why = std::error::Error::source(err)
        .map_or_else(|| "the value is empty".to_owned(), ToString::to_string);
    Some(usage(format!("{name}: invalid value for {shown}: {why}")).into())
}

/// The context's settings that lose to a flag or variable choosing another member of the same
/// one-of group (an identity input, a profile selector), and the `account` that goes with a
/// replaced `profile_name`.
fn overridden_choices(matches: &ArgMatches, context: &Context) -> Vec<String> {
    let Some((name, sub)) = matches.subcommand() else {
        return Vec::new();
    };
    let cmd = Cli::command();
    let Some(grant) = cmd.find_subcommand(name) else {
        return Vec::new();
    };
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

fn subcommand_missing(err: &clap::Error) -> bool {
    use clap::error::ErrorKind;
    matches!(
        err.kind(),
        ErrorKind::MissingSubcommand
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            | ErrorKind::UnknownArgument
    )
}

fn asks_for_help(args: &[OsString]) -> bool {
    let words: Vec<_> = args.iter().skip(1).map(|a| a.to_string_lossy()).collect();
    let has = |w: &str| words.iter().any(|a| a == w);
    has("--help")
        || has("-h")
        || has("--version")
        || has("-V")
        || has("help")
        || (has("config") && has("path"))
}

fn names_a_subcommand(args: &[OsString]) -> bool {
    let cmd = Cli::command();
    let names: Vec<&str> = cmd.get_subcommands().map(clap::Command::get_name).collect();
    args.iter()
        .skip(1)
        .any(|a| names.contains(&a.to_string_lossy().as_ref()))
}

/// The context for this run: `--sdk-service`, else `--context`/`IAMTOKEN_CONTEXT`, else the
/// config's `default_context`. Looked for before clap parses, since it changes the parser.
fn select(args: &[OsString], config: &Config) -> Result<Option<Context>> {
    if let Some(service) = flag_value(args, "--sdk-service") {
        return sdk_config::context(&service).map(Some);
    }
    let chosen = flag_value(args, "--context").or_else(|| {
        std::env::var("IAMTOKEN_CONTEXT")
            .ok()
            .filter(|v| !v.is_empty())
    });
    if chosen.is_none()
        && let Some(missing) = config.missing_default()
    {
        return Err(usage(missing).into());
    }
    let name = chosen.or_else(|| config.default_context.clone());
    name.map(|n| config.context(&n).cloned()).transpose()
}

/// The value of `--flag VALUE` or `--flag=VALUE` before any `--`.
fn flag_value(args: &[OsString], flag: &str) -> Option<String> {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == flag {
            return args.next().map(std::borrow::Cow::into_owned);
        }
        if let Some(value) = arg
            .strip_prefix(flag)
            .and_then(|rest| rest.strip_prefix('='))
        {
            return Some(value.to_owned());
        }
    }
    None
}

/// `IC_API_KEY` (Terraform's name) is read when `IBMCLOUD_API_KEY` is not set. Making it the
/// argument's environment variable keeps the one precedence rule for both.
fn with_env_fallbacks(mut cmd: clap::Command) -> clap::Command {
    let set = |name| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    if !set("IBMCLOUD_API_KEY") && set(IC_API_KEY) {
        for grant in ["apikey", "delegated"] {
            cmd = cmd.mut_subcommand(grant, |sub| sub.mut_arg("apikey", |a| a.env(IC_API_KEY)));
        }
    }
    cmd
}

/// Options that are not settings: a context cannot hold them and `config show` does not list
/// them.
pub const NOT_SETTINGS: [&str; 5] = ["help", "version", "context", "sdk_service", "verbose"];

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

/// An IBM SDK service's credentials come wholly from its own settings: never from
/// `IBMCLOUD_API_KEY`, `IC_API_KEY` or `IBMCLOUD_CR_TOKEN`, which would otherwise be sent to the
/// service's `AUTH_URL`.
fn without_credential_variables(mut cmd: clap::Command) -> clap::Command {
    let secrets = crate::cli::secret_ids();
    for grant in grant_names() {
        let ids: Vec<String> = cmd
            .find_subcommand(&grant)
            .into_iter()
            .flat_map(clap::Command::get_arguments)
            .filter(|a| a.get_env().is_some() && secrets.iter().any(|s| s == a.get_id()))
            .map(|a| a.get_id().to_string())
            .collect();
        cmd = cmd.mut_subcommand(grant, |mut sub| {
            for id in ids {
                sub = sub.mut_arg(id, |a| a.env(None));
            }
            sub
        });
    }
    cmd
}

/// With `--sdk-service`, a credential typed on the command line would be mixed with the
/// service's own: refused.
fn refuse_credential_flags(matches: &ArgMatches) -> Result<()> {
    let Some((_, sub)) = matches.subcommand() else {
        return Ok(());
    };
    let mut credentials = crate::cli::secret_ids();
    credentials.extend(["client_id".into(), "cr_token_file".into()]);
    for id in credentials {
        let typed = sub.try_get_raw(&id).is_ok_and(|v| v.is_some())
            && sub.value_source(&id) == Some(ValueSource::CommandLine);
        if typed {
            return Err(usage(format!(
                "--{} cannot be used with --sdk-service: the service's settings hold its \
                 credentials",
                id.replace('_', "-")
            ))
            .into());
        }
    }
    Ok(())
}

/// Makes each of the context's settings the default of the option it names, after checking
/// that the option exists for the context's grant and that the value is valid for it.
/// The keys that say who one is, which serve any grant that takes them: a context's API key
/// serves `delegated` and `assume --apikey` as well as `apikey`.
fn identity_keys() -> Vec<String> {
    let mut keys = crate::cli::secret_ids();
    keys.extend(["client_id", "username", "cr_token_file"].map(String::from));
    keys
}

/// The grant typed on the command line, if any (the first word naming one, before `--`).
fn typed_grant(args: &[OsString]) -> Option<String> {
    let grants = grant_names();
    args.iter()
        .skip(1)
        .take_while(|a| *a != "--")
        .map(|a| a.to_string_lossy())
        .find(|a| grants.iter().any(|g| g == a))
        .map(std::borrow::Cow::into_owned)
}

fn apply(
    mut cmd: clap::Command,
    context: &Context,
    skip: &[String],
    args: &[OsString],
) -> Result<clap::Command> {
    let grant = context.grant.as_deref();
    // Another grant than the context's: only the identity keys and the global options carry
    // over, and only where that grant takes them.
    let target = typed_grant(args).filter(|t| Some(t.as_str()) != grant);
    let identity = identity_keys();
    let mut identity_held = Vec::new();
    let mut identity_served = false;
    if let Some(grant) = grant
        && !grant_names().iter().any(|g| g == grant)
    {
        return Err(usage(format!(
            "{}: context.{}.grant '{grant}' is not one of {}",
            context.origin,
            context.name,
            grant_names().join(", ")
        ))
        .into());
    }
    // No `cmd.build()` here: mutating a built command scrambles its arguments.
    for setting in context.settings.iter().filter(|s| !skip.contains(&s.key)) {
        let at = context.at(setting);
        let name = &context.name;
        let id = option_id(&setting.key);
        let value = if id == "no_cache" {
            no_cache_value(&setting.value)
                .ok_or_else(|| usage(format!("{at}: context.{name}.cache must be true or false")))?
        } else {
            setting.value.as_str()
        };
        let id = if NOT_SETTINGS.contains(&id) { "" } else { id };
        let global = cmd
            .get_arguments()
            .any(|a| a.get_id() == id && a.is_global_set());
        let local = grant
            .and_then(|g| cmd.find_subcommand(g))
            .is_some_and(|sub| sub.get_arguments().any(|a| a.get_id() == id));
        if !global && !local {
            let for_grant = grant.map_or_else(String::new, |g| format!(" for grant {g}"));
            return Err(usage(format!(
                "{at}: context.{name}: unknown setting '{}'{for_grant}",
                setting.key
            ))
            .into());
        }
        let value = value.to_owned();
        let applies_to = match &target {
            _ if global => None,
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
                (is_identity && takes_it).then(|| target.clone())
            }
        };
        if !global && applies_to.is_none() {
            continue;
        }
        cmd = if global {
            cmd.mut_arg(id, |a| a.default_value(value))
        } else {
            // A value from the context satisfies a required option, or a required group.
            let grant = applies_to.unwrap_or_default();
            cmd.mut_subcommand(grant, |mut sub| {
                let groups: Vec<clap::Id> = sub
                    .get_groups()
                    .filter(|g| g.get_args().any(|a| a == id))
                    .map(|g| g.get_id().clone())
                    .collect();
                for group in groups {
                    sub = sub.mut_group(group, |g| g.required(false));
                }
                sub.mut_arg(id, |a| a.default_value(value).required(false))
            })
        };
    }
    if let Some(target) = &target
        && !identity_held.is_empty()
        && !identity_served
        && !identity_given(&cmd, target, args)
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

/// Whether an identity option of `grant` was typed or comes from its environment variable.
fn identity_given(cmd: &clap::Command, grant: &str, args: &[OsString]) -> bool {
    let identity = identity_keys();
    cmd.find_subcommand(grant).is_some_and(|sub| {
        sub.get_arguments()
            .filter(|a| identity.iter().any(|k| k == a.get_id()))
            .any(|a| {
                typed(a, args)
                    || a.get_env()
                        .and_then(std::env::var_os)
                        .is_some_and(|v| !v.is_empty())
            })
    })
}

/// Options whose value may be a secret: the secret options, and URLs, which may carry
/// `user:password@`. clap would quote a rejected value in its error; these are never quoted.
fn may_hold_a_secret(id: &str) -> bool {
    ["iam_url", "proxy", "metadata_url"].contains(&id)
        || crate::cli::secret_ids().iter().any(|s| s == id)
}

/// For a rejected value of an option that may hold a secret: the option and the problem,
/// without the value.
fn hidden_reason(err: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if !matches!(
        err.kind(),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation
    ) {
        return None;
    }
    let Some(ContextValue::String(arg)) = err.get(ContextKind::InvalidArg) else {
        return None;
    };
    let long = arg.split_whitespace().next().unwrap_or_default();
    if !may_hold_a_secret(&long.trim_start_matches('-').replace('-', "_")) {
        return None;
    }
    let why = std::error::Error::source(err)
        .map_or_else(|| "the value is empty".to_owned(), ToString::to_string);
    Some(format!("invalid value for {arg}: {why}"))
}

/// clap's errors that would quote what may be a secret, said without it: a rejected value of
/// such an option, or a stray word (a key typed without its option, say).
fn without_value(err: &clap::Error) -> Option<anyhow::Error> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if let Some(reason) = hidden_reason(err) {
        return Some(usage(reason).into());
    }
    if err.kind() != ErrorKind::UnknownArgument {
        return None;
    }
    let Some(ContextValue::String(word)) = err.get(ContextKind::InvalidArg) else {
        return None;
    };
    if word.starts_with('-') {
        return None;
    }
    Some(
        usage("unexpected argument (not shown: it may be a secret)")
            .hint("a value goes after its option, e.g. --apikey @PATH; see --help")
            .into(),
    )
}

/// clap checks a context's values when it parses; a bad one is reported against the file.
fn blame_context(err: &clap::Error, context: Option<&Context>) -> Option<anyhow::Error> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if !matches!(
        err.kind(),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation
    ) {
        return None;
    }
    let context = context?;
    let Some(ContextValue::String(arg)) = err.get(ContextKind::InvalidArg) else {
        return None;
    };
    let Some(ContextValue::String(value)) = err.get(ContextKind::InvalidValue) else {
        return None;
    };
    let setting = context.settings.iter().find(|s| {
        let long = format!("--{} ", s.key.replace('_', "-"));
        (arg.starts_with(&long) || *arg == long.trim_end()) && s.value == *value
    })?;
    let first = err.to_string();
    let why = hidden_reason(err).unwrap_or_else(|| {
        first
            .lines()
            .next()
            .unwrap_or_default()
            .trim_start_matches("error: ")
            .to_owned()
    });
    Some(
        usage(format!(
            "{}: context.{}.{}: {why}",
            context.at(setting),
            context.name,
            setting.key
        ))
        .into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn flag_values_before_the_separator() {
        let a = args(&["iamtoken", "-o", "token", "--context", "ci", "apikey"]);
        assert_eq!(flag_value(&a, "--context").as_deref(), Some("ci"));
        let a = args(&["iamtoken", "--context=prod"]);
        assert_eq!(flag_value(&a, "--context").as_deref(), Some("prod"));
        let a = args(&["iamtoken", "--", "--context", "x"]);
        assert_eq!(flag_value(&a, "--context"), None);
        let a = args(&["iamtoken", "--contexts", "x"]);
        assert_eq!(flag_value(&a, "--context"), None);
    }
}
