//! clap's errors as iamtoken speaks them: one `iamtoken: error:` line, naming the context's
//! file and line or the variable a bad value came from, and never quoting a value that may be a
//! secret.

use anyhow::Result;
use clap::ArgMatches;
use clap::error::{ContextKind, ContextValue};
use clap::parser::ValueSource;

use super::Reading;
use crate::config::Context;
use crate::error::usage;
use crate::output::escape_controls;

/// Says `err` as iamtoken says errors: an `iamtoken: error: …` line and any `iamtoken: hint: …`
/// lines (a clap error in iamtoken's words, without the usage line), escaped, since a message
/// may quote what came over the network or from a file.
pub fn say(err: &anyhow::Error, out: &mut dyn std::io::Write) {
    let (message, hints) = if let Some(clap_error) = err.downcast_ref::<clap::Error>() {
        let said = describe(clap_error, &Reading::default());
        (said.message, said.hints)
    } else {
        let (_, hint) = crate::error::classify(err);
        let hints = hint.map(str::to_owned).into_iter().collect();
        (format!("{err:#}"), hints)
    };
    let _ = writeln!(out, "iamtoken: error: {}", escape_controls(&message));
    for hint in hints {
        let _ = writeln!(out, "iamtoken: hint: {}", escape_controls(&hint));
    }
}

/// A clap error in iamtoken's words: the message, clap's tips as hints, a short usage line.
pub struct Described {
    pub message: String,
    pub hints: Vec<String>,
    pub usage: Option<String>,
}

pub fn describe(err: &clap::Error, typed: &Reading) -> Described {
    // clap's usage, without its title, and without options only a variable set.
    let missing = list(err, ContextKind::InvalidArg);
    let usage = Some(text(err, ContextKind::Usage))
        .filter(|u| !u.is_empty())
        .map(|u| u.trim().trim_start_matches("Usage:").trim().to_owned())
        .map(|u| short_usage(&only_typed(&u, typed, &missing)));
    Described {
        message: message(err),
        hints: hints(err),
        usage,
    }
}

/// clap's usage line without the `--option <VALUE>` it shows because a variable gave the
/// option a value: the line shows what was typed, and what is `missing`.
fn only_typed(usage: &str, typed: &Reading, missing: &[String]) -> String {
    let was_typed = |option: &str| {
        missing.iter().any(|m| m.split(' ').next() == Some(option))
            || option
                .strip_prefix("--")
                .is_some_and(|l| typed.typed_long(l))
    };
    let mut kept: Vec<&str> = Vec::new();
    let mut words = usage.split(' ').peekable();
    while let Some(word) = words.next() {
        if word.starts_with("--") && !was_typed(word) {
            // Its value, `<VALUE>`, goes with it.
            if words.peek().is_some_and(|w| w.starts_with('<')) {
                words.next();
            }
            continue;
        }
        kept.push(word);
    }
    kept.join(" ")
}

/// A string of `err`'s context, or nothing.
fn text(err: &clap::Error, kind: ContextKind) -> String {
    match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        _ => String::new(),
    }
}

/// The strings of `err`'s context, or none.
fn list(err: &clap::Error, kind: ContextKind) -> Vec<String> {
    match err.get(kind) {
        Some(ContextValue::Strings(list)) => list.clone(),
        Some(ContextValue::String(one)) => vec![one.clone()],
        _ => Vec::new(),
    }
}

/// `message [label: a, b]`, or `message` when there are no values.
fn with_values(message: String, label: &str, values: &[String]) -> String {
    if values.is_empty() {
        message
    } else {
        format!("{message} [{label}: {}]", values.join(", "))
    }
}

/// What went wrong, from clap's error kind and context (never its rendered text).
fn message(err: &clap::Error) -> String {
    use clap::error::ErrorKind as E;
    let number = |kind| match err.get(kind) {
        Some(ContextValue::Number(n)) => *n,
        _ => 0,
    };
    let were = |n: isize| {
        if n == 1 {
            "was provided"
        } else {
            "were provided"
        }
    };
    let arg = text(err, ContextKind::InvalidArg);
    let value = text(err, ContextKind::InvalidValue);
    match err.kind() {
        E::InvalidValue if value.is_empty() => {
            format!("a value is required for '{arg}' but none was supplied")
        }
        E::InvalidValue => with_values(
            format!("invalid value '{value}' for '{arg}'"),
            "possible values",
            &list(err, ContextKind::ValidValue),
        ),
        E::ValueValidation => match std::error::Error::source(err) {
            Some(why) => format!("invalid value '{value}' for '{arg}': {why}"),
            None => format!("invalid value '{value}' for '{arg}'"),
        },
        E::UnknownArgument => format!("unexpected argument '{arg}' found"),
        // Not a word typed (each is UTF-8): a variable the definition reads, named.
        // clap reads no variable (the settings layer does, and names a bad one itself).
        E::InvalidUtf8 => "invalid UTF-8 was detected in one or more arguments".to_owned(),
        E::InvalidSubcommand => format!(
            "unrecognized subcommand '{}'",
            text(err, ContextKind::InvalidSubcommand)
        ),
        E::NoEquals => format!("equal sign is needed when assigning values to '{arg}'"),
        E::ArgumentConflict => {
            let prior = list(err, ContextKind::PriorArg);
            if prior.first() == Some(&arg) {
                format!("the argument '{arg}' cannot be used multiple times")
            } else {
                let quoted: Vec<String> = prior.iter().map(|p| format!("'{p}'")).collect();
                format!(
                    "the argument '{arg}' cannot be used with {}",
                    quoted.join(", ")
                )
            }
        }
        E::MissingRequiredArgument => format!(
            "the following required arguments were not provided: {}",
            list(err, ContextKind::InvalidArg).join(", ")
        ),
        E::MissingSubcommand => with_values(
            format!(
                "'{}' requires a subcommand but one was not provided",
                text(err, ContextKind::InvalidSubcommand)
            ),
            "subcommands",
            &list(err, ContextKind::ValidSubcommand),
        ),
        E::TooManyValues => {
            format!("unexpected value '{value}' for '{arg}' found; no more were expected")
        }
        E::TooFewValues => {
            let actual = number(ContextKind::ActualNumValues);
            let min = number(ContextKind::MinValues);
            format!(
                "{min} values required by '{arg}'; only {actual} {}",
                were(actual)
            )
        }
        E::WrongNumberOfValues => {
            let actual = number(ContextKind::ActualNumValues);
            let expected = number(ContextKind::ExpectedNumValues);
            format!(
                "{expected} values required for '{arg}' but {actual} {}",
                were(actual)
            )
        }
        kind => kind.as_str().unwrap_or("invalid command line").to_owned(),
    }
}

/// clap's suggestions, as hints.
fn hints(err: &clap::Error) -> Vec<String> {
    let mut hints: Vec<String> = Vec::new();
    for (kind, what) in [
        (ContextKind::SuggestedSubcommand, "subcommand"),
        (ContextKind::SuggestedArg, "argument"),
        (ContextKind::SuggestedValue, "value"),
    ] {
        match list(err, kind).as_slice() {
            [] => {}
            [one] => hints.push(format!("a similar {what} exists: '{one}'")),
            many => {
                let quoted: Vec<String> = many.iter().map(|m| format!("'{m}'")).collect();
                hints.push(format!("some similar {what}s exist: {}", quoted.join(", ")));
            }
        }
    }
    if let Some(ContextValue::StyledStrs(tips)) = err.get(ContextKind::Suggested) {
        hints.extend(tips.iter().map(ToString::to_string));
    }
    hints
}

/// A usage line of at most about a line's width: the groups of alternatives clap spells out
/// in full are cut to their first member.
pub(super) fn short_usage(usage: &str) -> String {
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

/// Why clap refused a value, from its context and without the value: the validator's own
/// words, else the values it accepts.
pub(super) fn reason(err: &clap::Error) -> String {
    use clap::error::{ContextKind, ContextValue};
    if let Some(source) = std::error::Error::source(err) {
        return source.to_string();
    }
    match err.get(ContextKind::ValidValue) {
        Some(ContextValue::Strings(valid)) if !valid.is_empty() => {
            format!("it is not one of {}", valid.join(", "))
        }
        _ => "it is not a valid value".to_owned(),
    }
}

/// With the grant left out (a context names it), only the options every token command takes
/// may be typed: one of the grant's own is refused, naming the grant to type before it.
pub(super) fn grant_left_out(
    err: &clap::Error,
    grant: &str,
    context: Option<&Context>,
) -> Option<anyhow::Error> {
    let (kind, word) = stray_word(err)?;
    let name = word.split('=').next().unwrap_or(word);
    let long = name.strip_prefix("--");
    let short = name
        .strip_prefix('-')
        .filter(|s| long.is_none() && s.chars().count() == 1)
        .and_then(|s| s.chars().next());
    if kind != ContextKind::InvalidArg || (long.is_none() && short.is_none()) {
        return None;
    }
    let takes_it = crate::cli::token_command(grant)?
        .get_arguments()
        .filter(|a| !a.is_hide_set() && !crate::cli::is_global(a.get_id().as_str()))
        .any(|a| {
            (long.is_some() && a.get_long() == long) || (short.is_some() && a.get_short() == short)
        });
    if !takes_it {
        return None;
    }
    let context = context.map_or("the context", |c| c.name.as_str());
    Some(
        usage(format!(
            "{name} is an option of {grant}, the grant that context {context} names: type the \
             grant before it"
        ))
        .hint(format!("iamtoken --context {context} {grant} {name} ..."))
        .into(),
    )
}

/// Options whose value may be a secret: the secret options, and every option that takes a URL
/// (its value name is `URL`), which may carry `user:password@`. clap would quote a rejected
/// value in its error; these are never quoted.
pub(super) fn may_hold_a_secret(id: &str) -> bool {
    crate::cli::secret_ids().iter().any(|s| s == id) || takes_a_url(crate::cli::shared(), id)
}

/// Whether option `id` of `cmd`, or of any of its subcommands, takes a URL.
fn takes_a_url(cmd: &clap::Command, id: &str) -> bool {
    cmd.get_arguments().any(|a| {
        a.get_id() == id
            && a.get_value_names()
                .is_some_and(|names| names.iter().any(|n| n == "URL"))
    }) || cmd.get_subcommands().any(|sub| takes_a_url(sub, id))
}

/// For a rejected value of an option that may hold a secret: the option and the problem,
/// without the value.
pub(super) fn hidden_reason(err: &clap::Error) -> Option<String> {
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
    let none =
        matches!(err.get(ContextKind::InvalidValue), Some(ContextValue::String(v)) if v.is_empty());
    if err.kind() == ErrorKind::InvalidValue && none {
        return Some(format!(
            "a value is required for {arg} but none was supplied"
        ));
    }
    Some(format!("invalid value for {arg}: {}", reason(err)))
}

/// clap's errors that would quote what may be a secret, said without it: a rejected value of
/// such an option, or a stray word (a key typed without its option, say).
pub(super) fn without_value(err: &clap::Error, reading: &Reading) -> Option<anyhow::Error> {
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
    if !plainly_a_word(word) {
        return Some(
            usage("unexpected argument (not shown: it may be a secret)")
                .hint("a value goes after its option, e.g. --apikey @PATH; see --help")
                .into(),
        );
    }
    let path = reading.path();
    let named = format!("iamtoken {}", path.join(" "));
    let leaf = path.iter().try_fold(crate::cli::command(), |cmd, name| {
        cmd.find_subcommand(name).cloned()
    });
    let has_name =
        leaf.is_some_and(|cmd| cmd.get_arguments().any(|a| a.get_long() == Some("name")));
    let grant = path
        .last()
        .is_some_and(|l| crate::cli::token_command_names().iter().any(|n| n == l));
    let hint = if path.first().is_some_and(|c| c == "exec") {
        format!("the command goes after --: {named} -- {word}")
    } else if has_name && word != "help" {
        format!("did you mean `--name {word}`?")
    } else if grant {
        "a value goes after its option, e.g. --apikey @PATH; see --help".to_owned()
    } else {
        format!("{named} takes no words; see {named} --help")
    };
    Some(
        usage(format!("unexpected argument '{word}'"))
            .hint(hint)
            .into(),
    )
}

/// Whether a stray word is plainly no secret, so that it may be shown: 1 to 24 letters, digits,
/// `.`, `_` and `-` (an API key is longer; a password or token holds other characters).
fn plainly_a_word(word: &str) -> bool {
    (1..=24).contains(&word.len())
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// The word clap could not place, for an unknown argument or subcommand, with the context
/// kind it came under.
fn stray_word(err: &clap::Error) -> Option<(ContextKind, &str)> {
    use clap::error::ErrorKind;
    let kind = match err.kind() {
        ErrorKind::UnknownArgument => ContextKind::InvalidArg,
        ErrorKind::InvalidSubcommand => ContextKind::InvalidSubcommand,
        _ => return None,
    };
    match err.get(kind) {
        Some(ContextValue::String(word)) => Some((kind, word.as_str())),
        _ => None,
    }
}

/// A global option typed after a command that does not hold it (`cache clear --iam-url`):
/// said as `settings` says it of one typed before the command.
pub(super) fn not_held(err: &clap::Error, reading: &Reading) -> Option<anyhow::Error> {
    let (kind, word) = stray_word(err)?;
    if kind != ContextKind::InvalidArg || reading.path().is_empty() {
        return None;
    }
    let name = word.split('=').next().unwrap_or(word);
    let id = match name {
        "-o" => "output".to_owned(),
        "-v" => "verbose".to_owned(),
        _ => name.strip_prefix("--")?.replace('-', "_"),
    };
    if !crate::cli::is_global(&id) {
        return None;
    }
    Some(
        usage(format!(
            "--{} means nothing to iamtoken {}",
            id.replace('_', "-"),
            reading.path().join(" ")
        ))
        .into(),
    )
}

/// A word after `exec`, `check` or `serve` where a grant should be, that names none: the
/// closest grant, or the list (the word is not shown: it may be a key typed without its
/// option).
pub(super) fn not_a_grant(err: &clap::Error, reading: &Reading) -> Option<anyhow::Error> {
    let (_, word) = stray_word(err)?;
    if word.starts_with('-') {
        return None;
    }
    let wrapper = reading.wrapper_without_grant()?;
    let grants = crate::cli::grant_names();
    // As clap says it of a mistyped command at the top.
    if let Some(grant) = super::context::closest(word, grants.iter().map(String::as_str)) {
        return Some(
            usage(format!("unrecognized subcommand '{word}'"))
                .hint(format!("a similar subcommand exists: '{grant}'"))
                .into(),
        );
    }
    let what = format!("the grants are {}", grants.join(", "));
    Some(
        usage(format!(
            "{wrapper} takes a token from a grant; the word after {wrapper} is not one: {what}"
        ))
        .hint(grant_hint(wrapper))
        .into(),
    )
}

/// How `wrapper` (`exec`, `check`, `serve`) is given its grant, as a hint.
pub(super) fn grant_hint(wrapper: &str) -> String {
    let example = match wrapper {
        "exec" => "iamtoken exec apikey --apikey @key.json -- CMD",
        "check" => "iamtoken check apikey --apikey @key.json",
        _ => "iamtoken serve apikey --apikey @key.json",
    };
    format!("{example}, or with a context: iamtoken --context NAME {wrapper}")
}

/// A stray word that is itself the name of an output format, a grant or a command: named,
/// since it is no secret, with what was most likely meant (`iamtoken apikey token`: `-o
/// token`). Any other stray word stays unshown (`without_value`).
pub(super) fn stray_name(err: &clap::Error) -> Option<anyhow::Error> {
    use clap::ValueEnum as _;
    let (kind, word) = stray_word(err)?;
    let is_format = crate::cli::Format::value_variants()
        .iter()
        .filter_map(clap::ValueEnum::to_possible_value)
        .any(|v| v.get_name() == word);
    if is_format {
        let what = if kind == ContextKind::InvalidArg {
            "unexpected argument"
        } else {
            "unrecognized command"
        };
        return Some(
            usage(format!("{what} '{word}': did you mean -o {word}?"))
                .hint(format!(
                    "-o chooses the token's format: iamtoken apikey -o {word}"
                ))
                .into(),
        );
    }
    let is_command = crate::cli::command()
        .get_subcommands()
        .any(|c| c.get_name() == word);
    (kind == ContextKind::InvalidArg && is_command).then(|| {
        usage(format!(
            "unexpected argument '{word}': a command is named once, first (iamtoken [OPTIONS] {word} ...)"
        ))
        .into()
    })
}

/// With `--sdk-service`, a credential typed on the command line would be mixed with the
/// service's own: refused.
pub(super) fn refuse_credential_flags(matches: &ArgMatches) -> Result<()> {
    let Some((_, sub)) = super::leaf(matches) else {
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
