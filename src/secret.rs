//! The `Secret` type and where secret values come from: a literal, `@PATH`, `-` (stdin) or a
//! prompt on the terminal. It must never format a secret: `Debug` and `Display` redact.

use std::fmt;
use std::fs::File;
use std::io::{self, IsTerminal as _, Read};
use std::path::{Path, PathBuf};

use std::time::Duration;

use anyhow::{Context as _, Result};
use zeroize::Zeroize as _;

use crate::error::{Failure, usage};
use crate::origin::Origin;
use crate::secret_command::{self, CommandSpec};

/// Largest secret file or stdin we read. CR tokens are long JWTs, but nothing legitimate is
/// near this; the cap keeps `--apikey @/dev/zero` from eating memory.
const MAX_SECRET_BYTES: u64 = 1024 * 1024;

/// A secret value. Only `expose` reveals it; formatting prints a placeholder.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Overwrites the value with zeros (`zeroize`, which the optimiser may not remove) and
    /// empties it.
    fn wipe(&mut self) {
        self.0.zeroize();
    }
}

/// The value is overwritten when the secret is dropped, so that it does not linger in freed
/// memory (SECURITY.md says which copies are beyond reach).
impl Drop for Secret {
    fn drop(&mut self) {
        self.wipe();
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// Where a secret-valued flag takes its value from, as the user wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Value(Secret),
    /// `@PATH`. The path is never shown: a mistyped secret that begins with `@` lands here.
    File(PathBuf),
    /// A file named by an option that takes a path (`--cr-token-file`) or by a default, shown
    /// in messages.
    NamedFile(PathBuf),
    /// `env:NAME`: an environment variable, so a config file need not hold the secret.
    Env(String),
    Stdin,
    /// `cmd:LINE` or a config file's `{ cmd = [...] }`: what a command prints. Never from an
    /// environment variable or an SDK credentials file, whose values are taken literally.
    Command(CommandSpec),
}

impl Source {
    /// clap value parser. Only a leading `@` makes a path, a leading `env:` a variable, and only
    /// a lone `-` means stdin, so any other value (one starting with `-` too) is literal. Errors never quote
    /// the value: clap would print it.
    pub fn parse(raw: &str) -> Result<Self, String> {
        match raw {
            "" => Err("the value is empty".into()),
            "-" => Ok(Self::Stdin),
            "@" => Err("expected a file path after '@'".into()),
            "env:" => Err("expected a variable name after 'env:'".into()),
            "cmd:" => Err("expected a command after 'cmd:'".into()),
            _ => Ok(if let Some(value) = raw.strip_prefix(LITERAL) {
                Self::Value(Secret::new(value))
            } else if let Some(json) = raw.strip_prefix(ARGV) {
                let argv: Vec<String> =
                    serde_json::from_str(json).map_err(|_| "a malformed command".to_owned())?;
                Self::Command(CommandSpec::Argv(argv))
            } else if let Some(line) = raw.strip_prefix("cmd:") {
                Self::Command(CommandSpec::Shell(line.to_owned()))
            } else if let Some(path) = raw.strip_prefix('@') {
                Self::File(expand_home(path))
            } else if let Some(name) = raw.strip_prefix("env:") {
                Self::Env(name.to_owned())
            } else {
                Self::Value(Secret::new(raw))
            }),
        }
    }
}

/// Marks a config file's `{ cmd = [...] }`, carried as its JSON argv. Like `LITERAL`, only
/// iamtoken itself writes it.
const ARGV: &str = "\u{1}argv:";

/// Marks the stand-in for a secret whose command has not run yet (and closes it with `\u{2}`,
/// so that no check of a key's first or last character mistakes it for one).
const DEFERRED: &str = "\u{2}cmd:";

/// Marks a value that must be taken literally, whatever it starts with. A NUL cannot come from
/// the command line or the environment, so only iamtoken itself can write this marker.
const LITERAL: char = '\0';

impl Source {
    /// A config file's `{ cmd = [...] }` as a setting's value.
    pub fn argv(argv: &[String]) -> String {
        format!("{ARGV}{}", serde_json::to_string(argv).unwrap_or_default())
    }

    /// A setting's value as `config show` prints it: a config file's `{ cmd = [...] }` as such.
    pub fn shown(raw: &str) -> String {
        match raw.strip_prefix(ARGV) {
            Some(json) => format!("{{ cmd = {json} }}"),
            None => raw.to_owned(),
        }
    }

    /// Whether `raw`, as a setting's value, runs a command.
    pub fn is_command(raw: &str) -> bool {
        matches!(Self::parse(raw), Ok(Self::Command(_)))
    }

    /// `value` as the secret itself, never a path, variable or stdin: for the values of files
    /// that are data to iamtoken (IBM SDK credentials), where `@~/.ssh/id_ed25519` or
    /// `env:GITHUB_TOKEN` must not be followed.
    pub fn literal(value: &str) -> String {
        format!("{LITERAL}{value}")
    }

    /// Whether `raw`, as a setting's value, is the secret itself rather than where to find it
    /// (a config file should hold `@PATH` or `env:NAME`, never the secret).
    pub fn is_literal(raw: &str) -> bool {
        matches!(Self::parse(raw), Ok(Self::Value(_)))
    }
}

/// The file after `@`, as a message names it: by its path when it reads as one (a separator in
/// it, `/`, or `\` on Windows, or a file name such as `key.json`), else not at all, since a
/// secret that begins with `@` (a password, say) lands here too.
fn file_shown(path: &Path) -> String {
    const EXTENSIONS: [&str; 8] = ["json", "txt", "key", "pem", "env", "jwt", "token", "secret"];
    let text = path.to_string_lossy();
    let named = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
    if text.chars().any(std::path::is_separator) || named {
        text.into_owned()
    } else {
        "the file named after '@' (not shown: it may be a mistyped secret)".into()
    }
}

/// The variable after `env:`, as an error names it: by its name when that is written as
/// variables are (upper case, digits and `_`), else not at all, since a random mix of cases
/// there is more likely a secret pasted after `env:` by mistake.
fn variable_shown(name: &str) -> String {
    let conventional = name
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && name.starts_with(|c: char| c.is_ascii_uppercase() || c == '_');
    if conventional {
        format!("the variable {name} (env:{name})")
    } else {
        "the environment variable named after 'env:' (not shown: not written as a variable \
         name is, so it may be a mistyped secret)"
            .to_owned()
    }
}

/// `@~/key.json` (or `@~\key.json` on Windows): the shell does not expand `~` after `@`, so we
/// do.
fn expand_home(path: &str) -> PathBuf {
    let rest = path
        .strip_prefix('~')
        .and_then(|rest| rest.strip_prefix(std::path::is_separator));
    match (rest, std::env::home_dir()) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(path),
    }
}

/// Reads secrets from their sources. Holds the little state that needs: stdin can be read once.
pub struct Reader {
    interactive: bool,
    stdin_taken_by: Option<&'static str>,
    /// Secret commands are not run now but stood in for, to be run only when a token must
    /// be fetched (`Commands`); a cache hit runs none.
    defer_commands: bool,
    commands: Commands,
    /// The variables read through `env:NAME`, so that `exec` can keep them from its command.
    variables_read: Vec<String>,
    /// Warnings about `@PATH` files that others may read.
    exposed: Vec<String>,
    /// Where an option (`--apikey`) was given, for an error about its source.
    given_at: Option<GivenAt>,
    /// Secrets passed from one process to the next (`serve --detach`).
    handover: Handover,
}

/// Secrets passed from the process that reads them to the copy of it that runs on
/// (`serve --detach`), through a pipe: stdin may be read once, a command must not run twice,
/// and nothing secret may be in the copy's arguments or environment.
#[derive(Default)]
pub enum Handover {
    /// Nothing is passed.
    #[default]
    None,
    /// Every secret read is kept, by option, to be passed on.
    Keep(Vec<(&'static str, Secret)>),
    /// The secrets passed to this process, by option: each stands for whatever source its
    /// option names (a missing one included), which is not read again.
    Received(Vec<(String, Secret)>),
}

impl Handover {
    /// The secrets kept, as `(option, value)` pairs, to pass on.
    pub fn kept(&self) -> Vec<(&'static str, &str)> {
        match self {
            Self::Keep(kept) => kept.iter().map(|(flag, s)| (*flag, s.expose())).collect(),
            _ => Vec::new(),
        }
    }

    fn received(&self, flag: &str) -> Option<Secret> {
        match self {
            Self::Received(got) => got.iter().find(|(f, _)| f == flag).map(|(_, s)| s.clone()),
            _ => None,
        }
    }

    fn keep(&mut self, flag: &'static str, secret: &Secret) {
        if let Self::Keep(kept) = self {
            kept.push((flag, secret.clone()));
        }
    }
}

/// Where an option (`--apikey`) got its value.
type GivenAt = Box<dyn Fn(&str) -> Origin + Send + Sync>;

impl Reader {
    /// A reader for this process: it may prompt only when stdin is a terminal.
    pub fn for_process() -> Self {
        Self::new(io::stdin().is_terminal())
    }

    pub fn new(interactive: bool) -> Self {
        Self {
            interactive,
            stdin_taken_by: None,
            variables_read: Vec::new(),
            exposed: Vec::new(),
            defer_commands: false,
            commands: Commands::default(),
            given_at: None,
            handover: Handover::None,
        }
    }

    /// Secrets kept to pass on, or taken as passed (`Handover`).
    pub fn handing(mut self, handover: Handover) -> Self {
        self.handover = handover;
        self
    }

    /// The secrets passed on or kept to pass on.
    pub fn handover(&self) -> &Handover {
        &self.handover
    }

    /// Errors about a source then say where its option was given (`given_at`).
    pub fn telling_where(
        mut self,
        given_at: impl Fn(&str) -> Origin + Send + Sync + 'static,
    ) -> Self {
        self.given_at = Some(Box::new(given_at));
        self
    }

    /// Secret commands stood in for until a token must be fetched; `timeout` bounds each.
    pub fn deferring_commands(mut self, timeout: Duration) -> Self {
        self.defer_commands = true;
        self.commands.timeout = timeout;
        self
    }

    /// Runs secret commands at once, each bounded by `timeout`.
    pub fn running_commands(mut self, timeout: Duration) -> Self {
        self.defer_commands = false;
        self.commands.timeout = timeout;
        self
    }

    /// The commands stood in for, to run when a token must be fetched.
    pub fn commands(&self) -> &Commands {
        &self.commands
    }

    /// Warnings about the `@PATH` files read so far: those that others may read.
    pub fn exposed(&self) -> &[String] {
        &self.exposed
    }

    /// The variables read through `env:NAME` so far.
    pub fn variables_read(&self) -> &[String] {
        &self.variables_read
    }

    /// Resolves `source` for `flag` (e.g. `--apikey`): trailing newlines trimmed, never empty.
    pub fn read(&mut self, flag: &'static str, source: &Source) -> Result<Secret> {
        if let Some(passed) = self.handover.received(flag) {
            return Ok(passed);
        }
        let secret = self
            .read_source(flag, source)
            .map_err(|e| self.said_where(flag, source, e))?;
        self.handover.keep(flag, &secret);
        Ok(secret)
    }

    /// `err`, about `flag`'s source, naming where the option was given when it was not typed
    /// (a context's file and line, a variable): `--apikey: cannot read keys/ci.json` alone
    /// sends the user looking for a flag. An `env:NAME` error says so itself.
    fn said_where(&self, flag: &str, source: &Source, err: anyhow::Error) -> anyhow::Error {
        match source {
            Source::Env(_) => err,
            _ => self.located(flag, err),
        }
    }

    /// `err`, about the value of `flag`, naming where the option was given when it was not
    /// typed: for the checks a grant makes of a secret it read (an API key file that is not
    /// one).
    pub fn located(&self, flag: &str, err: anyhow::Error) -> anyhow::Error {
        let Some(at) = self.given(flag, false) else {
            return err;
        };
        match err.downcast::<Failure>() {
            Ok(failure) => failure
                .reworded(|said| format!("{said} ({flag} given {at})"))
                .into(),
            Err(err) => err,
        }
    }

    /// Where option `flag` was given, as errors say it (`in IBMCLOUD_API_KEY`, `in FILE:LINE`,
    /// and `on the command line` when `typed_too`); `None` for a default, or when unknown.
    fn given(&self, flag: &str, typed_too: bool) -> Option<String> {
        match self.given_at.as_ref()?(flag) {
            Origin::Flag if typed_too => Some("on the command line".to_owned()),
            Origin::Env(name) => Some(format!("in {name}")),
            Origin::File(at) => Some(format!("in {at}")),
            Origin::Flag | Origin::Default => None,
        }
    }

    fn read_source(&mut self, flag: &'static str, source: &Source) -> Result<Secret> {
        let (value, origin) = match source {
            Source::Value(secret) => (secret.expose().to_owned(), String::new()),
            // What follows `@` may be a mistyped secret: shown only when it reads as a path.
            Source::File(path) => {
                let shown = file_shown(path);
                let file = File::open(path);
                // As a config file holding a literal secret: a key file others may read is
                // said. (A FIFO, `<(pass show ibm)`, is nobody else's to read.)
                if let Ok(open) = &file
                    && open.metadata().is_ok_and(|m| m.is_file())
                    && crate::ownership::of(open).is_ok_and(|a| a.others_read)
                {
                    self.exposed.push(format!(
                        "{shown} holds a secret ({flag}) and is readable by group or others; \
                         chmod 600 it"
                    ));
                }
                (
                    read_capped(file, &shown, flag)?,
                    format!(" (read from {shown})"),
                )
            }
            Source::NamedFile(path) => {
                let shown = path.display().to_string();
                (
                    read_capped(File::open(path), &shown, flag)?,
                    format!(" (read from {shown})"),
                )
            }
            Source::Env(name) => (
                std::env::var(name).map_err(|_| {
                    let given = self
                        .given(flag, true)
                        .map_or_else(String::new, |at| format!(" ({flag} given {at})"));
                    usage(format!(
                        "{flag}: {} is not set (or not UTF-8){given}",
                        variable_shown(name)
                    ))
                })?,
                {
                    self.variables_read.push(name.clone());
                    " (from the environment variable named after 'env:')".into()
                },
            ),
            Source::Command(spec) if self.defer_commands => {
                let stand_in = format!("{DEFERRED}{flag}\u{1}{}\u{2}", spec.describe());
                self.commands
                    .deferred
                    .push((stand_in.clone(), flag, spec.clone()));
                return Ok(Secret::new(stand_in));
            }
            Source::Command(spec) => (
                secret_command::run(spec, flag, self.commands.timeout)?,
                " (printed by the secret command)".into(),
            ),
            // `-` on a terminal: asked for without echo, not read as an echoed line.
            Source::Stdin if self.interactive => {
                let typed = rpassword::prompt_password(format!("{flag}: "))
                    .with_context(|| format!("cannot read {flag} from the terminal"))?;
                (typed, String::new())
            }
            Source::Stdin => {
                if let Some(first) = self.stdin_taken_by {
                    return Err(usage(format!(
                        "{flag} and {first} both read standard input ('-'); only one can"
                    ))
                    .into());
                }
                self.stdin_taken_by = Some(flag);
                (
                    read_capped(Ok(io::stdin().lock()), "standard input", flag)?,
                    " (read from standard input)".into(),
                )
            }
        };
        let value = trimmed(flag, &value);
        if value.is_empty() {
            return Err(usage(format!("{flag} is empty{origin}")).into());
        }
        Ok(Secret::new(value))
    }

    /// Like `read`, but a missing value is asked for on the terminal (without echo) when there
    /// is one, and is a usage error naming `how` to supply it when there is not.
    pub fn read_or_prompt(
        &mut self,
        flag: &'static str,
        source: Option<&Source>,
        prompt: &str,
        how: &str,
    ) -> Result<Secret> {
        if let Some(source) = source {
            return self.read(flag, source);
        }
        if let Some(passed) = self.handover.received(flag) {
            return Ok(passed);
        }
        if !self.interactive {
            return Err(usage(format!("missing {flag}")).hint(how.to_owned()).into());
        }
        // rpassword writes the prompt to and reads from the terminal itself, never stdout.
        let typed = rpassword::prompt_password(prompt)
            .with_context(|| format!("cannot read {flag} from the terminal"))
            .map_err(|e| usage(format!("{e:#}")))?;
        self.read(flag, &Source::Value(Secret::new(typed)))
    }
}

/// The first of `paths` that can be opened for reading.
pub fn first_readable(paths: &[PathBuf]) -> Option<PathBuf> {
    paths.iter().find(|p| File::open(p).is_ok()).cloned()
}

/// Secret commands whose run waits until a token must be fetched, each standing in as a
/// placeholder secret (which names the command, so a cache identity tells them apart).
#[derive(Debug, Default)]
pub struct Commands {
    deferred: Vec<(String, &'static str, CommandSpec)>,
    timeout: Duration,
}

impl Commands {
    /// The secret `stand_in` stands for, running its command; `None` for any other secret.
    pub fn resolve(&self, stand_in: &Secret) -> Result<Option<Secret>> {
        let Some((_, flag, spec)) = self.deferred.iter().find(|(s, ..)| s == stand_in.expose())
        else {
            return Ok(None);
        };
        let printed = secret_command::run(spec, flag, self.timeout)?;
        let value = trimmed(flag, &printed);
        if value.is_empty() {
            return Err(usage(format!("{flag} is empty (printed by the secret command)")).into());
        }
        Ok(Some(Secret::new(value)))
    }
}

/// Options whose secrets are passwords: every character may matter, whitespace included.
const PASSWORDS: [&str; 2] = ["--password", "--client-secret"];

/// The one trimming rule of every secret source (file, stdin, variable, prompt, value): a
/// trailing `\r?\n` always goes (an editor's or `echo`'s); API keys, tokens and cookies also
/// lose surrounding whitespace, which they never contain; passwords keep theirs.
fn trimmed<'a>(flag: &str, value: &'a str) -> &'a str {
    let line = value
        .strip_suffix('\n')
        .map_or(value, |v| v.strip_suffix('\r').unwrap_or(v));
    if PASSWORDS.contains(&flag) {
        line
    } else {
        line.trim()
    }
}

/// Reads a secret from `reader`, which `what` names in messages.
fn read_capped(reader: io::Result<impl Read>, what: &str, flag: &str) -> Result<String> {
    let unreadable = |e: io::Error| usage(format!("{flag}: cannot read {what}: {e}"));
    let mut bytes = Vec::new();
    reader
        .map_err(unreadable)?
        .take(MAX_SECRET_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_SECRET_BYTES {
        return Err(usage(format!(
            "{flag}: {what} is larger than 1 MiB; it is not a secret"
        ))
        .into());
    }
    String::from_utf8(bytes).map_err(|_| usage(format!("{flag}: {what} is not UTF-8 text")).into())
}

/// `bytes` random bytes from the OS's CSPRNG, as hex.
pub fn random_hex(bytes: usize) -> Result<String, crate::error::Failure> {
    use ring::rand::SecureRandom as _;
    let mut buf = vec![0u8; bytes];
    ring::rand::SystemRandom::new()
        .fill(&mut buf)
        .map_err(|_| {
            crate::error::Failure::new(
                crate::error::Exit::Internal,
                "the OS's random number generator failed",
            )
        })?;
    Ok(buf
        .iter()
        .fold(String::with_capacity(bytes * 2), |mut out, b| {
            use std::fmt::Write as _;
            let _ = write!(out, "{b:02x}");
            out
        }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_trimming_rule() {
        assert_eq!(trimmed("--apikey", "  key \r\n"), "key");
        assert_eq!(trimmed("--cr-token", "eyJ.a\n\n"), "eyJ.a");
        assert_eq!(trimmed("--password", " pass word \r\n"), " pass word ");
        assert_eq!(trimmed("--client-secret", "s \n\n"), "s \n");
        assert_eq!(trimmed("--password", "p\r"), "p\r");
    }

    #[test]
    fn a_file_is_named_when_it_reads_as_a_path() {
        let hidden = |p: &str| file_shown(Path::new(p)).contains("not shown");
        assert!(!hidden("~/nokey.json") && !hidden("/run/key") && !hidden("key.TXT"));
        assert!(hidden("pa55word") && hidden("x.y"));
        // `\` separates folders on Windows only; elsewhere it may be part of a secret.
        assert_eq!(hidden(r"C:\Users\me\nokey"), cfg!(not(windows)));
    }

    #[test]
    fn a_tilde_and_a_separator_is_the_home_folder() {
        let home = std::env::home_dir().expect("a home folder on the test machine");
        assert_eq!(expand_home("~/k.json"), home.join("k.json"));
        assert_eq!(expand_home("~user/k.json"), Path::new("~user/k.json"));
        assert_eq!(expand_home("~"), Path::new("~"));
        // `\` separates folders on Windows only.
        let backslash = expand_home(r"~\k.json");
        assert_eq!(
            backslash == home.join("k.json"),
            cfg!(windows),
            "{}",
            backslash.display()
        );
    }

    #[test]
    fn wiping_overwrites_and_empties_the_value() {
        let mut secret = Secret::new("SENTINEL-wipe");
        secret.wipe();
        assert_eq!(secret.expose(), "");
    }

    #[test]
    fn formatting_never_reveals_the_value() {
        let secret = Secret::new("s3cr3t");
        assert!(!format!("{secret:?}").contains("s3cr3t"));
        assert!(!format!("{secret}").contains("s3cr3t"));
        let source = Source::Value(secret);
        assert!(!format!("{source:?}").contains("s3cr3t"));
    }

    #[test]
    fn only_a_leading_at_makes_a_path() {
        assert_eq!(Source::parse("-"), Ok(Source::Stdin));
        assert_eq!(
            Source::parse("@key.json"),
            Ok(Source::File("key.json".into()))
        );
        assert_eq!(
            Source::parse("-Abc@x"),
            Ok(Source::Value(Secret::new("-Abc@x")))
        );
        assert_eq!(Source::parse("a@b"), Ok(Source::Value(Secret::new("a@b"))));
        assert_eq!(Source::parse("env:KEY"), Ok(Source::Env("KEY".into())));
        assert!(Source::parse("env:").is_err());
        assert!(Source::parse("@").is_err());
        assert!(Source::parse("").is_err());
    }

    #[test]
    fn files_follow_the_trimming_rule() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secret");
        std::fs::write(&path, " k e y \r\n").unwrap();
        let mut reader = Reader::new(false);
        let key = reader
            .read("--apikey", &Source::File(path.clone()))
            .unwrap();
        assert_eq!(key.expose(), "k e y");
        let password = reader.read("--password", &Source::File(path)).unwrap();
        assert_eq!(password.expose(), " k e y ");
    }

    #[test]
    fn empty_and_missing_values_are_usage_errors() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("empty");
        std::fs::write(&path, "\n").unwrap();
        let mut reader = Reader::new(false);
        let err = reader.read("--apikey", &Source::File(path)).unwrap_err();
        assert!(format!("{err:#}").starts_with("--apikey is empty (read from "));
        let err = reader
            .read_or_prompt("--password", None, "Password: ", "pass --password")
            .unwrap_err();
        assert_eq!(
            crate::error::classify(&err),
            (crate::error::Exit::Usage, Some("pass --password"))
        );
    }

    proptest::proptest! {
        #[test]
        fn a_literal_value_is_never_a_path_variable_or_stdin(value in ".{1,80}") {
            let parsed = Source::parse(&Source::literal(&value));
            proptest::prop_assert_eq!(parsed, Ok(Source::Value(Secret::new(value))));
        }

        #[test]
        fn only_the_documented_prefixes_change_meaning(raw in ".{0,80}") {
            match Source::parse(&raw) {
                Ok(Source::Value(secret)) if raw.starts_with(LITERAL) => {
                    proptest::prop_assert_eq!(secret.expose(), &raw[1..]);
                }
                Ok(Source::Value(secret)) => {
                    proptest::prop_assert!(!raw.starts_with('@') && !raw.starts_with("env:") && !raw.starts_with("cmd:") && raw != "-");
                    proptest::prop_assert_eq!(secret.expose(), raw.as_str());
                }
                Ok(Source::File(_)) => proptest::prop_assert!(raw.starts_with('@')),
                Ok(Source::Command(_)) => proptest::prop_assert!(raw.starts_with("cmd:") || raw.starts_with(ARGV)),
                Ok(Source::NamedFile(_)) => proptest::prop_assert!(false, "only options that take a path make these"),
                Ok(Source::Env(name)) => proptest::prop_assert_eq!(format!("env:{name}"), raw),
                Ok(Source::Stdin) => proptest::prop_assert_eq!(raw.as_str(), "-"),
                Err(_) => proptest::prop_assert!(["", "@", "env:"].contains(&raw.as_str())),
            }
        }
    }
}
