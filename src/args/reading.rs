//! The command line as clap reads it, once, with the one definition: the matches, or clap's
//! error and what could be read past it (with clap's errors ignored), which says what was typed
//! (the context chosen, help asked for) and holds a grant's options when the context may give
//! what clap found missing.

use std::ffi::OsString;

use clap::ArgMatches;
use clap::parser::ValueSource;

use crate::cli::WRAPPERS;

/// The words parsed: the matches, or clap's error and the matches read past it.
pub type Read = Result<ArgMatches, (clap::Error, Option<ArgMatches>)>;

/// What the words typed say, as far as clap could read them.
#[derive(Default)]
pub struct Reading {
    /// The commands named, outermost first (`exec`, `apikey`).
    path: Vec<String>,
    /// The options typed on the command line (not set by a variable or a default): their ids,
    /// their long names, and their values where they take one.
    typed: Vec<Typed>,
    /// The words ask for help or the version, which must show whatever else is wrong.
    help: bool,
    /// The help or version the words ask for, from the one definition: a context changes
    /// neither (`config show` shows its values).
    shown: Option<clap::Error>,
    /// The parse's outcome.
    read: Option<Read>,
}

struct Typed {
    id: String,
    long: Option<String>,
    value: Option<String>,
}

impl Reading {
    /// Reads `args` (the program's name first) with the one definition.
    pub fn of(args: &[OsString]) -> Self {
        let mut cmd = crate::cli::definition();
        let failed = match cmd.try_get_matches_from_mut(args) {
            Ok(matches) => {
                let mut reading = Self::from_matches(&cmd, &matches);
                super::discard(cmd);
                reading.help = reading.path == ["config", "path"];
                reading.read = Some(Ok(matches));
                return reading;
            }
            Err(e) if e.kind() == clap::error::ErrorKind::DisplayVersion => {
                super::discard(cmd);
                return Self {
                    help: true,
                    shown: Some(e),
                    ..Self::default()
                };
            }
            Err(e) => e,
        };
        super::discard(cmd);
        let mut cmd = crate::cli::definition().ignore_errors(true);
        // When errors are ignored, only help and the version come back as one; what comes
        // before `--help` is read again without it, to find the context for the note.
        let matches = match cmd.try_get_matches_from_mut(args) {
            Ok(matches) => matches,
            Err(e) if e.kind() == clap::error::ErrorKind::DisplayVersion => {
                return Self {
                    help: true,
                    shown: Some(e),
                    ..Self::default()
                };
            }
            Err(e) => {
                let mut bare = without_help(crate::cli::command()).ignore_errors(true);
                let mut reading = Self {
                    help: true,
                    shown: Some(e),
                    ..Self::default()
                };
                if let Ok(matches) = bare.try_get_matches_from_mut(args) {
                    reading.collect(&bare, &[&bare], &matches);
                }
                super::discard(bare);
                return reading;
            }
        };
        let mut reading = Self::from_matches(&cmd, &matches);
        super::discard(cmd);
        reading.help = reading.path == ["config", "path"];
        reading.read = Some(Err((failed, Some(matches))));
        reading
    }

    /// The parse's outcome, once.
    pub fn take_read(&mut self) -> Option<Read> {
        self.read.take()
    }

    /// What `matches`, parsed with `cmd`, say was typed.
    pub(super) fn from_matches(cmd: &clap::Command, matches: &ArgMatches) -> Self {
        let mut reading = Self::default();
        reading.collect(cmd, &[cmd], matches);
        reading
    }

    /// The help or version the words ask for, as clap shows it.
    pub fn shown(&mut self) -> Option<clap::Error> {
        self.shown.take()
    }

    /// Records what `matches` holds at the level of `cmd` (whose ancestors, outermost first,
    /// are `levels`, which define the global options), then goes down to the subcommand.
    fn collect(&mut self, cmd: &clap::Command, levels: &[&clap::Command], matches: &ArgMatches) {
        for id in matches.ids() {
            let id = id.as_str();
            // A global option is declared above this level; clap also lists a global option of
            // a subcommand (exec's --serve) at the levels above the one that declares it.
            let Some(arg) = levels
                .iter()
                .rev()
                .find_map(|c| c.get_arguments().find(|a| a.get_id() == id))
            else {
                continue;
            };
            if self.typed.iter().any(|t| t.id == id)
                || matches.value_source(id) != Some(ValueSource::CommandLine)
            {
                continue;
            }
            let value = matches
                .try_get_raw(id)
                .ok()
                .flatten()
                .and_then(|mut raw| raw.next_back())
                .map(|v| v.to_string_lossy().into_owned());
            self.typed.push(Typed {
                id: id.to_owned(),
                long: arg.get_long().map(str::to_owned),
                value,
            });
        }
        let Some((name, sub_matches)) = matches.subcommand() else {
            return;
        };
        self.path.push(name.to_owned());
        if let Some(sub) = cmd.find_subcommand(name) {
            let mut levels = levels.to_vec();
            levels.push(sub);
            self.collect(sub, &levels, sub_matches);
        }
    }

    /// Whether the words ask for help or the version (or `config path`), which a broken config
    /// file must not keep from showing.
    pub fn asks_for_help(&self) -> bool {
        self.help
    }

    /// The commands named, outermost first (`exec`, `session`).
    pub fn path(&self) -> &[String] {
        &self.path
    }

    /// The command named first (`exec`, `cache`, `apikey`).
    pub fn command(&self) -> Option<&str> {
        self.path.first().map(String::as_str)
    }

    /// The grant or credential command named, at the top or under `exec`, `check` or `serve`.
    pub fn token_command(&self) -> Option<&str> {
        let name = match self.path.as_slice() {
            [wrapper, grant, ..] if WRAPPERS.contains(&wrapper.as_str()) => grant,
            [name, ..] => name,
            [] => return None,
        };
        crate::cli::is_token_command(name).then_some(name.as_str())
    }

    /// `exec`, `check` or `serve` when it was named without a grant after it.
    pub fn wrapper_without_grant(&self) -> Option<&str> {
        match self.path.as_slice() {
            [wrapper] if WRAPPERS.contains(&wrapper.as_str()) => Some(wrapper),
            _ => None,
        }
    }

    /// Whether the option `id` was typed.
    pub fn typed(&self, id: &str) -> bool {
        self.typed.iter().any(|t| t.id == id)
    }

    /// Whether the option whose long name is `long` (without its dashes) was typed.
    pub fn typed_long(&self, long: &str) -> bool {
        self.typed.iter().any(|t| t.long.as_deref() == Some(long))
    }

    /// The value typed for option `id`.
    pub fn value(&self, id: &str) -> Option<&str> {
        self.typed
            .iter()
            .find(|t| t.id == id)
            .and_then(|t| t.value.as_deref())
    }
}

/// `cmd` and its subcommands without `--help`, `--version` and `help`, which end a parse.
fn without_help(cmd: clap::Command) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    let cmd = cmd
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true);
    names
        .into_iter()
        .fold(cmd, |cmd, name| cmd.mut_subcommand(name, without_help))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(words: &str) -> Reading {
        let args: Vec<OsString> = std::iter::once("iamtoken")
            .chain(words.split(' ').filter(|w| !w.is_empty()))
            .map(OsString::from)
            .collect();
        Reading::of(&args)
    }

    #[test]
    fn options_typed_anywhere_before_the_separator() {
        let r = read("-o token --context ci apikey");
        assert_eq!(r.value("context"), Some("ci"));
        assert!(r.typed("output") && r.typed_long("output"));
        assert_eq!(r.token_command(), Some("apikey"));
        let r = read("apikey --context=prod");
        assert_eq!(r.value("context"), Some("prod"));
        // Short options run together, which a word-by-word scan misses.
        let r = read("apikey -vo token");
        assert!(r.typed("verbose") && r.typed("output"));
        let r = read("exec apikey -- env --context x");
        assert!(!r.typed("context"));
        assert_eq!(r.token_command(), Some("apikey"));
        assert!(!read("apikey").typed("context"));
    }

    #[test]
    fn commands_named() {
        assert_eq!(read("cache list").command(), Some("cache"));
        assert_eq!(read("config show apikey").token_command(), None);
        assert_eq!(read("exec apiky").wrapper_without_grant(), Some("exec"));
        assert_eq!(read("exec apikey").wrapper_without_grant(), None);
        assert_eq!(read("--context ci -o token").command(), None);
    }

    #[test]
    fn help_and_version_are_seen_past_errors() {
        for words in [
            "--help",
            "apikey -h",
            "--version",
            "help",
            "config path",
            "cache --help",
        ] {
            assert!(read(words).asks_for_help(), "{words}");
        }
        assert!(!read("apikey").asks_for_help());
        // What comes before it is read: the help shows the context's values.
        let r = read("--context ci exec apikey --help");
        assert_eq!(r.value("context"), Some("ci"));
        assert_eq!(r.token_command(), Some("apikey"));
    }

    #[test]
    fn an_unknown_word_ends_the_reading_not_the_commands_before_it() {
        // Errors are the second parse's to report.
        let r = read("exec apikey --bogus --context ci");
        assert_eq!(r.token_command(), Some("apikey"));
    }
}
