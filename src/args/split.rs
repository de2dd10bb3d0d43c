//! The commands that wrap a grant's command line (`exec ... -- CMD`, `check ...`, `serve ...`):
//! their own options taken out, the grant's words handed on.

use std::ffi::OsString;

use anyhow::Result;

use super::variables::definition;
use super::{
    CheckCommand, ExecCommand, ServeCommand, ServeOptions, SinkOptions, matches_with, names_one_of,
};
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
    // `--keep-env NAME` and the service's options are exec's own, wherever they stand before
    // `--`.
    let (rest, keep_env) = take_option(&args[at + 1..dash], "--keep-env");
    let (rest, serve) = take_flag(&rest, "--serve");
    let (rest, service) = service_options(&rest, serve, false)?;
    grant_args.extend(rest);
    let keep_env = keep_env.into_iter().flatten().collect();
    if !serve && !service.options.for_sdk_services.is_empty() {
        return Err(usage("--for-sdk-service needs --serve").into());
    }
    let command = ExecCommand {
        argv: args[dash + 1..].to_vec(),
        keep_env,
        serve: serve.then_some(service.options),
        sink: service.sink,
    };
    Ok(Some((grant_args, command)))
}

/// `iamtoken [GLOBAL] serve [SERVE OPTIONS] [GRANT OPTIONS]`: the command line of the grant
/// (`serve` and its own options taken out) and serve's settings. `None` when this is not
/// `serve`.
pub(super) fn serve_split(
    args: &[OsString],
    context: Option<&Context>,
) -> Result<Option<(Vec<OsString>, ServeCommand)>> {
    let example = "iamtoken serve apikey --apikey @key.json";
    let Some(Wrapped {
        before: mut grant_args,
        after,
        ..
    }) = wrapping(args, context, "serve", example)?
    else {
        return Ok(None);
    };
    let (rest, command) = service_options(after, true, true)?;
    grant_args.extend(rest);
    Ok(Some((grant_args, command)))
}

/// A command line `iamtoken [GLOBAL] NAME [OWN OPTIONS] [GRANT OPTIONS]`, taken apart.
struct Wrapped<'a> {
    /// The words before NAME: the start of the grant's command line.
    before: Vec<OsString>,
    /// The words after NAME: its own options, wherever they stand, for the caller to take
    /// out; the rest (options between NAME and the grant too) are the grant's.
    after: &'a [OsString],
    /// NAME's matches.
    own: clap::ArgMatches,
}

/// `args` taken apart for a command that wraps a grant without a `--` (`check`, `serve`);
/// `None` when this is not NAME.
fn wrapping<'a>(
    args: &'a [OsString],
    context: Option<&Context>,
    name: &str,
    example: &str,
) -> Result<Option<Wrapped<'a>>> {
    if !names_one_of(args, &[name]) {
        return Ok(None);
    }
    let Some(head) = definition(args, context).try_get_matches_from(args).ok() else {
        return Ok(None);
    };
    let Some(own) = head.subcommand_matches(name) else {
        return Ok(None);
    };
    let words: Vec<OsString> = own
        .get_many::<OsString>("args")
        .map(|w| w.cloned().collect())
        .unwrap_or_default();
    check_grant_word(words.first(), context, name, example)?;
    let at = args[..args.len() - words.len()]
        .iter()
        .rposition(|a| a == name)
        .unwrap_or(0);
    Ok(Some(Wrapped {
        before: args[..at].to_vec(),
        after: &args[at + 1..],
        own: own.clone(),
    }))
}

/// Takes a token service's options (`--bind`, `--port`, `--for-sdk-service`, `--sink`,
/// `--sink-format`) out of `words`, and checks them: the service listens on loopback only.
fn service_options(
    words: &[OsString],
    serving: bool,
    serving_alone: bool,
) -> Result<(Vec<OsString>, ServeCommand)> {
    let (rest, bind) = take_option(words, "--bind");
    let (rest, port) = take_option(&rest, "--port");
    let (rest, services) = take_option(&rest, "--for-sdk-service");
    let (rest, sink) = take_option(&rest, "--sink");
    let (rest, sink_format) = take_option(&rest, "--sink-format");
    // Only serve itself detaches: exec's service lives as long as its command.
    let (rest, detach) = if serving_alone {
        take_flag(&rest, "--detach")
    } else {
        (rest, false)
    };
    let (rest, log) = if serving_alone {
        take_option(&rest, "--log")
    } else {
        (rest, Vec::new())
    };
    let last = |values: Vec<Option<String>>, option: &str| -> Result<Option<String>> {
        match values.into_iter().next_back() {
            Some(Some(value)) => Ok(Some(value)),
            Some(None) => Err(usage(format!("{option} needs a value")).into()),
            None => Ok(None),
        }
    };
    let bind: std::net::IpAddr = match last(bind, "--bind")? {
        Some(raw) => raw
            .parse()
            .map_err(|_| usage("--bind needs an IP address, such as 127.0.0.1"))?,
        None => crate::cli::SERVE_BIND,
    };
    if serving && !bind.is_loopback() {
        return Err(usage(format!(
            "--bind {bind}: the token service listens only on a loopback address (127.0.0.1, ::1)"
        ))
        .hint("anyone who can reach the port and learns the URL could get tokens")
        .into());
    }
    let port = match last(port, "--port")? {
        Some(raw) => raw
            .parse()
            .map_err(|_| usage("--port needs a port number (0 to 65535)"))?,
        None => crate::cli::SERVE_PORT,
    };
    let mut for_sdk_services = Vec::new();
    for name in services {
        let name = name.ok_or_else(|| usage("--for-sdk-service needs a service name"))?;
        let valid = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if !valid {
            return Err(usage(
                "--for-sdk-service takes an IBM SDK service name: letters, digits, '_' and '-'",
            )
            .into());
        }
        for_sdk_services.push(name);
    }
    let format = match last(sink_format, "--sink-format")? {
        Some(raw) => Some(
            <crate::cli::Format as clap::ValueEnum>::from_str(&raw, false)
                .map_err(|_| usage(format!("--sink-format: '{raw}' is not an output format")))?,
        ),
        None => None,
    };
    let sink = match last(sink, "--sink")? {
        Some(path) => Some(SinkOptions {
            path: path.into(),
            format: format.unwrap_or(crate::cli::SINK_FORMAT),
        }),
        None if format.is_some() => return Err(usage("--sink-format needs --sink").into()),
        None => None,
    };
    let log = last(log, "--log")?.map(std::path::PathBuf::from);
    if log.is_some() && !detach {
        return Err(usage("--log needs --detach (without it, the lines go to stderr)").into());
    }
    let command = ServeCommand {
        options: ServeOptions {
            bind,
            port,
            for_sdk_services,
            detach,
            log,
        },
        sink,
    };
    Ok((rest, command))
}

/// `words` without `flag`, and whether it was there.
fn take_flag(words: &[OsString], flag: &str) -> (Vec<OsString>, bool) {
    let rest: Vec<OsString> = words.iter().filter(|w| *w != flag).cloned().collect();
    let found = rest.len() != words.len();
    (rest, found)
}

/// `iamtoken [GLOBAL] check [--warn-expiry D] [GRANT OPTIONS]`: the command line of the grant
/// (`check` and its own option taken out) and check's settings. `None` when this is not `check`.
pub(super) fn check_split(
    args: &[OsString],
    context: Option<&Context>,
) -> Result<Option<(Vec<OsString>, CheckCommand)>> {
    let example = "iamtoken check apikey --apikey @key.json";
    let Some(Wrapped {
        before: mut grant_args,
        after,
        own: check,
    }) = wrapping(args, context, "check", example)?
    else {
        return Ok(None);
    };
    let mut warn_expiry = check
        .get_one::<std::time::Duration>("warn_expiry")
        .copied()
        .unwrap_or(std::time::Duration::from_hours(14 * 24));
    // `--warn-expiry`, wherever it stands, is check's.
    let (rest, values) = take_option(after, "--warn-expiry");
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
        // The word itself is not shown: it may be a key typed without its option. The grant
        // it is closest to may be, as clap does for a mistyped command.
        Some(word) if !grants.iter().any(|g| *g == word) => {
            let closest = grants
                .iter()
                .map(|g| (strsim::jaro_winkler(g, &word), g))
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .filter(|(score, _)| *score > 0.8)
                .map(|(_, g)| g);
            let what = match closest {
                Some(grant) => format!("did you mean {grant}?"),
                None => format!("the grants are {}", grants.join(", ")),
            };
            Err(usage(format!(
                "{command} takes a token from a grant; the word after {command} is not one: {what}"
            ))
            .hint(hint)
            .into())
        }
        None if context.and_then(|c| c.grant.as_ref()).is_none() => Err(usage(format!(
            "{command} needs a grant, or a context that has one"
        ))
        .hint(hint)
        .into()),
        _ => Ok(()),
    }
}
