//! The context, chosen before the one definition is built: clap reads the words before the
//! command with a definition of the global options alone (cheap to build), and the context's
//! values go into the definition before its only build and parse. Where the words after the
//! command could change the choice (they name a context, or another command than the
//! context's grant), or a variable must be set aside, the run takes the general way
//! (`Reading`), which reads the words first.

use std::ffi::OsString;

use clap::{ArgMatches, Args as _};

use super::Reading;
use super::context::{apply, overridden_choices_in};
use super::variables::{commands_in_variables_are_values, unchanged_along};
use crate::config::{Config, Context};

/// The words parsed once, on a definition built once, with the context chosen before: `None`
/// when the general way must read them (no context applies, or the choice is not plain).
pub(super) fn parse(args: &[OsString], config: &Config) -> Option<(ArgMatches, Context)> {
    let chosen = chosen(args)?;
    let context = super::named_or_default(chosen.context.as_deref(), config).ok()??;
    let grant = context.grant.clone()?;
    if context.from_sdk || context.sole_credentials {
        return None;
    }
    // The context's own grant, typed or left out: any other command takes its settings its own
    // way (`apply` with a target), which needs the words read first.
    if let Some(command) = &chosen.command
        && *command != grant
    {
        return None;
    }
    let cmd = crate::cli::definition();
    let cmd = apply(cmd, &context, &[], &Reading::default()).ok()?;
    let mut cmd = commands_in_variables_are_values(cmd);
    // With the command left out, every word was an option every token command takes: the
    // grant follows them.
    let words = match chosen.command {
        None => super::with_grant_word(args, &grant),
        Some(_) => args.to_vec(),
    };
    let matches = cmd.try_get_matches_from_mut(&words).ok();
    let plain = matches.as_ref().is_some_and(|matches| {
        let reading = Reading::from_matches(&cmd, matches);
        let settled = unchanged_along(&cmd, &grant, &reading, Some(&context));
        let chose = cmd.find_subcommand(&grant).is_some_and(|sub| {
            matches
                .subcommand_matches(&grant)
                .is_some_and(|m| overridden_choices_in(sub, m, &context).is_empty())
        });
        settled && chose
    });
    super::discard(cmd);
    plain.then_some((matches?, context))
}

/// What the words before the command say about the context.
struct Chosen {
    /// `--context NAME`, or `IAMTOKEN_CONTEXT`.
    context: Option<String>,
    /// The command named, if any.
    command: Option<String>,
}

/// Reads the words before the command with the global options alone; `None` when the choice is
/// not plain: help or the version asked for, `--no-context` or `--sdk-service`, a word after the
/// command that may choose a context, or words clap cannot read this way.
fn chosen(args: &[OsString]) -> Option<Chosen> {
    let mut cmd = <crate::cli::Global>::augment_args(clap::Command::new("iamtoken"))
        .allow_external_subcommands(true)
        .external_subcommand_value_parser(clap::value_parser!(OsString))
        .args_override_self(true)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true);
    let matches = cmd.try_get_matches_from_mut(args).ok();
    super::discard(cmd);
    let matches = matches?;
    if matches.get_flag("no_context") || matches.contains_id("sdk_service") {
        return None;
    }
    let command = match matches.subcommand() {
        None => None,
        Some((name, rest)) => {
            let chooses = |word: &OsString| {
                word.to_str().is_none_or(|w| {
                    [
                        "--context",
                        "--no-context",
                        "--sdk-service",
                        "-h",
                        "--help",
                        "-V",
                    ]
                    .iter()
                    .any(|o| w.starts_with(o))
                })
            };
            let words = rest.get_many::<OsString>("").into_iter().flatten();
            if words.take_while(|w| *w != "--").any(chooses) {
                return None;
            }
            Some(name.to_owned())
        }
    };
    // A variable that is not text is the general way's to report.
    let context = match matches.get_one::<String>("context") {
        Some(typed) => Some(typed.clone()),
        None => super::resolve::context_variable().ok()?,
    };
    Some(Chosen { context, command })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<OsString> {
        std::iter::once("iamtoken")
            .chain(line.split(' ').filter(|w| !w.is_empty()))
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn a_plain_choice_is_read_before_the_command() {
        let chosen = chosen(&words("--context ci -o token")).unwrap();
        assert_eq!(chosen.context.as_deref(), Some("ci"));
        assert_eq!(chosen.command, None);
        let chosen = chosen_of("-v --context=ci apikey --apikey K").unwrap();
        assert_eq!(chosen.context.as_deref(), Some("ci"));
        assert_eq!(chosen.command.as_deref(), Some("apikey"));
        // `--` ends the words that may choose: what follows is exec's command.
        assert!(chosen_of("--context ci apikey -- env --context x").is_some());
    }

    fn chosen_of(line: &str) -> Option<Chosen> {
        chosen(&words(line))
    }

    #[test]
    fn a_choice_that_is_not_plain_goes_the_general_way() {
        for line in [
            "apikey --context ci",
            "apikey --context=ci",
            "--context ci apikey --no-context",
            "--no-context apikey",
            "--sdk-service cloudant apikey",
            "--context ci apikey --help",
            "--context ci -h",
            "--context ci --version",
            "--context ci --apikey K",
        ] {
            assert!(chosen_of(line).is_none(), "{line}");
        }
    }
}
