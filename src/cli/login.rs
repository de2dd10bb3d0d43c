//! `login`, `sessions` and `logout`: the commands that keep the sessions `iamtoken session`
//! gets tokens from. Shapes and clap-level rules only.

use clap::builder::NonEmptyStringValueParser;
use clap::{ArgGroup, Args, ValueEnum};

use super::grants::parse_session_name;
use crate::secret::Source;

/// Log in with a one-time passcode (SSO, federated users) and store the session.
///
/// Prints the page where the passcode is issued (and opens it in the browser when a desktop
/// session is present), reads the passcode without echo, exchanges it with IAM, and stores the
/// session's refresh token in the OS credential store (a 0600 file where there is none). Then
/// `iamtoken session` prints tokens from it, refreshing as needed.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  iamtoken login                                   # prints the passcode page, asks for it
  iamtoken login --name work --account 0123abcd... # a second session, for one account
  iamtoken login --passcode @passcode.txt --no-browser
  ssh host iamtoken login --passcode -             # the passcode on standard input

Without --passcode and without a terminal to ask on, login fails at once (exit 2).")]
pub struct LoginArgs {
    /// The one-time passcode from IAM's passcode page.
    #[arg(long, value_name = "SECRET", value_parser = Source::parse, allow_hyphen_values = true)]
    pub passcode: Option<Source>,

    /// Scope the session to this account (its ID, or its name as `iamtoken accounts` lists
    /// it); every later refresh asks for it.
    #[arg(long, value_name = "ID|NAME", value_parser = NonEmptyStringValueParser::new())]
    pub account: Option<String>,

    /// The session's name; a login to an existing name replaces that session.
    #[arg(long, value_name = "NAME", default_value = DEFAULT_SESSION, value_parser = parse_session_name)]
    pub name: String,

    /// Do not open the passcode page in a browser; only print its address.
    #[arg(long)]
    pub no_browser: bool,

    /// Where the refresh token is kept [default: the OS credential store, else a file].
    #[arg(long, value_name = "WHERE", value_enum)]
    pub storage: Option<Storage>,

    #[command(flatten)]
    pub endpoint: super::EndpointOptions,
    #[command(flatten)]
    pub network: super::NetworkOptions,
    #[command(flatten)]
    pub verbose: super::VerboseOption,
}

/// Print a fresh one-time passcode from a stored session.
///
/// Asks the session's own IAM for a passcode (`/identity/passcode`) with the session's refresh
/// token, which stays as it was, and prints it on standard output. A passcode is good once and
/// for a few minutes: pipe it to another machine's `iamtoken login` to log in there without a
/// browser, or to `oc login -u passcode`.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  iamtoken passcode | ssh host iamtoken login --passcode -
  oc login --server https://c100-e.eu-de.containers.cloud.ibm.com:31234 -u passcode \\
    -p \"$(iamtoken passcode)\"")]
pub struct PasscodeArgs {
    /// The stored session to use [default: default].
    #[arg(long, value_name = "NAME", value_parser = parse_session_name)]
    pub name: Option<String>,

    #[command(flatten)]
    pub endpoint: super::EndpointOptions,
    #[command(flatten)]
    pub network: super::NetworkOptions,
    #[command(flatten)]
    pub verbose: super::VerboseOption,
}

/// List the accounts a session's user can use.
///
/// Shows each account's ID, name and state, and marks (`*`) the one the session is scoped to.
/// Asks the accounts server (`/coe/v2/accounts`) with a token of the session. `login --account`
/// and `session --account` take an ID or a name from this list.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  iamtoken accounts
  iamtoken accounts --name work -o json | jq -r '.[] | select(.state == \"ACTIVE\") | .id'
  iamtoken session --account 'My Team' -o token

IAMTOKEN_ACCOUNTS_URL names another accounts server (https, or http on a loopback host).")]
pub struct AccountsArgs {
    /// The stored session to use [default: default].
    #[arg(long, value_name = "NAME", value_parser = parse_session_name)]
    pub name: Option<String>,

    #[command(flatten)]
    pub endpoint: super::EndpointOptions,
    #[command(flatten)]
    pub network: super::NetworkOptions,
    #[command(flatten)]
    pub output: super::JsonOutputOption,
    #[command(flatten)]
    pub verbose: super::VerboseOption,
    #[command(flatten)]
    pub cache: super::CacheOption,
}

/// Show who the next command is: the context in effect, its identity, the sessions, the cache.
///
/// Reads only what is set and stored here (the config, the variables, the sessions, the
/// cache), and asks IAM nothing. The endpoint is the one the next command that gets a token
/// would use (a session's own IAM for a session). Exit 0 when the identity in effect can be
/// used; otherwise the error says why (exit 2: none is in effect, its session is not stored or
/// belongs to another IAM than the one chosen, or no endpoint can be had; exit 3: its session
/// has ended), with what to do.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  iamtoken status
  iamtoken --context prod status
  iamtoken status -o json | jq -r '.sessions[] | select(.state == \"ended\") | .name'")]
pub struct StatusArgs {
    #[command(flatten)]
    pub output: super::JsonOutputOption,
    #[command(flatten)]
    pub context: super::ContextOptions,
}

/// The session a command uses when none is named.
pub const DEFAULT_SESSION: &str = "default";

/// Where a session's refresh token is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Storage {
    /// The OS credential store: Secret Service, macOS Keychain, Windows Credential Manager.
    Keyring,
    /// A 0600 file in iamtoken's state directory.
    File,
}

/// List the sessions stored by `iamtoken login`.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  iamtoken sessions
  iamtoken sessions -o json | jq -r '.[].name'")]
pub struct SessionsArgs {
    #[command(flatten)]
    pub output: super::JsonOutputOption,
}

/// Remove a stored session and its cached tokens (local: no request to IAM).
#[derive(Debug, Args)]
#[command(
    group(ArgGroup::new("which").args(["name", "all"])),
    after_long_help = "\
Examples:
  iamtoken logout                 # the default session
  iamtoken logout --name work
  iamtoken logout --all"
)]
pub struct LogoutArgs {
    /// The session to remove [default: default].
    #[arg(long, value_name = "NAME", value_parser = parse_session_name)]
    pub name: Option<String>,

    /// Remove every stored session.
    #[arg(long)]
    pub all: bool,
}
