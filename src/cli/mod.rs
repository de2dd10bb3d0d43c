//! The command line, as clap derive definitions: global options, output formats, and the
//! subcommands that are not grants (exec, inspect, cache, config); the grants' arguments are in
//! `grants`. Only shapes and clap-level rules live here; semantics live elsewhere.

mod grants;

pub use self::grants::*;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::endpoint::Endpoint;
use crate::secret::Source;

/// The root `--help`'s examples and reference, with the secret options named from their
/// definitions.
fn root_help() -> String {
    format!(
        "\
Examples:
  iamtoken apikey --apikey @~/apikey.json -o token
  eval \"$(iamtoken apikey -o export)\"            # key from IBMCLOUD_API_KEY
  curl -H \"$(iamtoken apikey -o header)\" \\
    https://resource-controller.cloud.ibm.com/v2/resource_instances
  iamtoken apikey -o token | iamtoken assume --access-token - --profile-id Profile-0123...

Secret values ({}) take one of these forms:
  VALUE      the secret itself; it may begin with '-' (--apikey=VALUE reads best)
  @PATH      read from a file ('@~/' is your home directory; relative to the config file's
             folder when written in a context)
  env:NAME   read from that environment variable
  cmd:LINE   what this command prints (sh -c); run only when a token must be fetched, and
             never from a variable's value
  -          read from standard input
Other local users can see command-line values in the process list: prefer @PATH, '-' or an
environment variable.

Tokens are cached (see `iamtoken cache --help`): calling iamtoken in a loop costs IAM nothing.

Exit codes: 0 token printed, 1 internal failure, 2 usage or input error, 3 IAM refused the
request, 4 IAM unreachable or unavailable, 5 IAM's answer was not a token response, 6 IAM's
token has less life than --min-ttl, 7 inspect: token expired, 8 inspect: signature not
verified, 9 check: API key disabled or expiring, 126 exec: command cannot be executed, 127 exec:
command not found. Otherwise exec
exits with its command's code.",
        secret_options().join(", ")
    )
}

/// Fetch IBM Cloud IAM access tokens.
///
/// Each subcommand is one grant type of IAM's token endpoint (POST /identity/token). The result
/// goes to standard output in the format chosen with -o; everything else goes to standard error.
#[derive(Debug, Parser)]
#[command(
    name = "iamtoken",
    version,
    propagate_version = true,
    // `-o` given twice (an alias, then the command line): the last one wins.
    args_override_self = true,
    after_long_help = root_help()
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,

    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted before or after the subcommand.
#[derive(Debug, Args)]
#[allow(clippy::struct_excessive_bools, reason = "each is a command-line flag")]
pub struct Global {
    /// IAM's base, token or issuer URL [default: https://iam.cloud.ibm.com].
    ///
    /// Must be https://, except for a loopback host (127.0.0.1, [::1], localhost).
    #[arg(
        long,
        global = true,
        env = "IBMCLOUD_IAM_API_ENDPOINT",
        hide_env_values = true,
        value_name = "URL",
        value_parser = Endpoint::parse,
        help_heading = "Endpoint"
    )]
    pub iam_url: Option<Endpoint>,

    /// Use IAM's private endpoint (https://private.iam.cloud.ibm.com, or per --region).
    #[arg(
        long,
        global = true,
        conflicts_with = "test_env",
        help_heading = "Endpoint"
    )]
    pub private: bool,

    /// The region's private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private.
    #[arg(long, global = true, value_name = "REGION", help_heading = "Endpoint")]
    pub region: Option<String>,

    /// Use IAM's staging endpoint (https://iam.test.cloud.ibm.com).
    #[arg(long, global = true, help_heading = "Endpoint")]
    pub test_env: bool,

    /// Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h).
    #[arg(
        long,
        global = true,
        value_name = "DURATION",
        default_value = "30s",
        value_parser = parse_timeout
    )]
    pub timeout: std::time::Duration,

    /// Use the settings of this context from the config file (see `iamtoken config --help`).
    #[arg(
        long,
        global = true,
        value_name = "NAME",
        env = "IAMTOKEN_CONTEXT",
        hide_env_values = true,
        help_heading = "Settings"
    )]
    pub context: Option<String>,

    /// Use an IBM SDK service's settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from
    /// ibm-credentials.env or the environment).
    #[arg(
        long,
        global = true,
        value_name = "NAME",
        conflicts_with = "context",
        help_heading = "Settings"
    )]
    pub sdk_service: Option<String>,

    /// Stop a secret command (cmd:) after this long, and its whole process group: seconds, or
    /// 30s, 2m.
    #[arg(
        long,
        global = true,
        value_name = "DURATION",
        default_value = "30s",
        value_parser = parse_duration,
        help_heading = "Settings"
    )]
    pub secret_command_timeout: std::time::Duration,

    /// Attempts after the first when IAM cannot be reached, drops the connection or times out
    /// before answering, or answers 429 or a 5xx other than 501.
    #[arg(
        long,
        global = true,
        value_name = "N",
        default_value_t = 2,
        value_parser = clap::value_parser!(u32).range(0..=10),
        help_heading = "Network"
    )]
    pub retries: u32,

    /// Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies).
    #[arg(long, global = true, value_name = "URL", value_parser = parse_http_url, help_heading = "Network")]
    pub proxy: Option<reqwest::Url>,

    /// Also trust the CA certificates in this PEM file (a corporate or test CA).
    #[arg(
        long,
        global = true,
        value_name = "PATH",
        env = "IAMTOKEN_CA_BUNDLE",
        hide_env_values = true,
        help_heading = "Network"
    )]
    pub cacert: Option<std::path::PathBuf>,

    /// Do not verify IAM's TLS certificate. Refused for production IAM endpoints.
    #[arg(long, global = true, help_heading = "Network")]
    pub insecure: bool,

    /// Output format of a token.
    #[arg(
        short,
        long,
        global = true,
        value_name = "FORMAT",
        value_enum,
        default_value_t,
        env = "IAMTOKEN_OUTPUT",
        hide_env_values = true
    )]
    pub output: Format,

    /// Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Neither read nor write the token cache.
    #[arg(
        long,
        global = true,
        env = "IAMTOKEN_NO_CACHE",
        hide_env_values = true,
        value_parser = clap::builder::BoolishValueParser::new(),
        num_args = 0,
        default_missing_value = "true"
    )]
    pub no_cache: bool,

    /// Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h.
    ///
    /// When given, it is also a promise: if even a fresh token from IAM has less life left,
    /// nothing is printed and the exit code is 6.
    #[arg(long, global = true, value_name = "DURATION", value_parser = parse_duration)]
    pub min_ttl: Option<std::time::Duration>,
}

/// The global options each command that is not a grant honours (`None`: all of them).
pub fn honoured(command: &Command) -> Option<&'static [&'static str]> {
    use crate::cli::{CacheAction, ConfigAction};
    const ENDPOINT_AND_NETWORK: [&str; 14] = [
        "iam_url",
        "private",
        "region",
        "test_env",
        "timeout",
        "retries",
        "proxy",
        "cacert",
        "insecure",
        "verbose",
        "no_cache",
        "output",
        "context",
        "sdk_service",
    ];
    match command {
        Command::Grant(_) | Command::Exec(_) | Command::Check(_) => None,
        Command::Inspect(_) => Some(&ENDPOINT_AND_NETWORK),
        Command::Cache(args) => Some(match args.action {
            CacheAction::List => &["output"],
            CacheAction::Clear { .. } | CacheAction::Path => &[],
        }),
        Command::Config(args) => Some(match args.action {
            ConfigAction::List => &["output", "context", "sdk_service"],
            ConfigAction::Show { .. } => &["context", "sdk_service"],
            ConfigAction::Path => &[],
        }),
    }
}

/// The help of a command that is not a grant (`inspect`, `cache clear`, ...), showing only the
/// global options it honours rather than every one. `words` are the command line's words
/// before any `--`; `None` when they do not ask for such a help.
pub fn tool_help(words: &[String]) -> Option<String> {
    use clap::CommandFactory as _;
    let long = words.iter().any(|w| w == "--help");
    if !long && !words.iter().any(|w| w == "-h") {
        return None;
    }
    let top = Cli::command();
    let mut names = words.iter().filter(|w| !w.starts_with('-'));
    let first = names.next()?;
    let mut sub = top.find_subcommand(first)?.clone();
    let mut path = vec![first.clone()];
    if let Some(action) = names.next()
        && let Some(found) = sub.find_subcommand(action)
    {
        sub = found.clone();
        path.push(action.clone());
    }
    let parsed =
        Cli::try_parse_from(std::iter::once("iamtoken".to_owned()).chain(path.iter().cloned()))
            .ok()?;
    let honoured = honoured(&parsed.command)?;
    for arg in top
        .get_arguments()
        .filter(|a| honoured.contains(&a.get_id().as_str()))
    {
        let mut arg = arg.clone().global(false);
        if arg.get_id() == "output" {
            // These commands print text by default, and JSON when asked; no other format.
            arg = arg
                .help("Print JSON (-o json) instead of text, the default")
                .long_help(None::<&str>)
                .hide_default_value(true)
                .hide_possible_values(true)
                .env(None);
        }
        sub = sub.arg(arg);
    }
    let mut sub = sub
        .name(format!("iamtoken {}", path.join(" ")))
        .bin_name(format!("iamtoken {}", path.join(" ")));
    Some(
        if long {
            sub.render_long_help()
        } else {
            sub.render_help()
        }
        .to_string(),
    )
}

/// Terraform's name for the API key, read when `IBMCLOUD_API_KEY` is not set.
pub const IC_API_KEY: &str = "IC_API_KEY";

/// The variables that hold credentials: those of the secret options, and `IC_API_KEY`.
pub fn credential_variables() -> Vec<String> {
    use clap::Subcommand as _;
    let grants = Grant::augment_subcommands(clap::Command::new("grants"));
    let secret =
        |a: &&clap::Arg| a.get_value_parser().type_id() == std::any::TypeId::of::<Source>();
    let mut names: Vec<String> = vec![IC_API_KEY.to_owned()];
    for arg in grants
        .get_subcommands()
        .flat_map(clap::Command::get_arguments)
        .filter(secret)
    {
        if let Some(name) = arg.get_env().map(|n| n.to_string_lossy().into_owned())
            && !names.contains(&name)
        {
            names.push(name);
        }
    }
    names
}

/// The grant subcommands (a context's `grant`), from their clap definition.
pub fn grant_names() -> Vec<String> {
    use clap::Subcommand as _;
    Grant::augment_subcommands(clap::Command::new("grants"))
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect()
}

/// The options that take a secret (`VALUE`, `@PATH`, `env:NAME` or `-`), as `--name`, found by
/// their value parser in the grants' definitions.
pub fn secret_options() -> Vec<String> {
    secret_ids()
        .iter()
        .map(|id| format!("--{}", id.replace('_', "-")))
        .collect()
}

/// The ids of the options that take a secret (`apikey`, `client_secret`, ...): the keys a
/// config file should give as `@PATH` or `env:NAME`.
pub fn secret_ids() -> Vec<String> {
    use clap::Subcommand as _;
    let grants = Grant::augment_subcommands(clap::Command::new("grants"));
    let mut ids: Vec<String> = Vec::new();
    for arg in grants
        .get_subcommands()
        .flat_map(clap::Command::get_arguments)
    {
        let id = arg.get_id().as_str();
        let secret = arg.get_value_parser().type_id() == std::any::TypeId::of::<Source>();
        if secret && !ids.iter().any(|known| known == id) {
            ids.push(id.to_owned());
        }
    }
    ids
}

pub(crate) fn parse_http_url(raw: &str) -> Result<reqwest::Url, String> {
    let url = reqwest::Url::parse(raw).map_err(|e| format!("not a URL: {e}"))?;
    match url.scheme() {
        "http" | "https" => Ok(url),
        other => Err(format!(
            "unsupported scheme {other}://; use http:// or https://"
        )),
    }
}

/// The one duration syntax of every duration option: whole seconds, or a whole number with `s`,
/// `m`, `h` or `d` (`300`, `30s`, `15m`, `1h`, `6d`).
pub fn parse_duration(raw: &str) -> Result<std::time::Duration, String> {
    let raw = raw.trim();
    let (number, unit) = match raw.char_indices().last() {
        Some((at, c)) if c.is_ascii_alphabetic() => (&raw[..at], c),
        _ => (raw, 's'),
    };
    let count: u64 = number
        .parse()
        .map_err(|_| "not a duration (examples: 300, 30s, 15m, 1h, 6d)".to_owned())?;
    let seconds_per = match unit {
        's' => 1,
        'm' => 60,
        'h' => 3600,
        'd' => 86_400,
        _ => {
            return Err(format!(
                "unknown unit '{unit}' (use s, m, h or d: 30s, 15m, 1h, 6d)"
            ));
        }
    };
    count
        .checked_mul(seconds_per)
        .map(std::time::Duration::from_secs)
        .ok_or_else(|| "too long".to_owned())
}

/// `--timeout`: a duration from 1 s to 1 h.
fn parse_timeout(raw: &str) -> Result<std::time::Duration, String> {
    let duration = parse_duration(raw)?;
    if (1..=3600).contains(&duration.as_secs()) {
        Ok(duration)
    } else {
        Err("must be from 1s to 1h".into())
    }
}

/// What goes to standard output.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// IAM's response object, pretty-printed, plus expires_at (RFC 3339, UTC).
    #[default]
    Json,
    /// The bare token and a newline.
    Token,
    /// An HTTP header line: Authorization: Bearer <token>.
    Header,
    /// POSIX shell `export NAME='value'` lines, for eval.
    Export,
    /// NAME=value lines for .env files.
    Dotenv,
    /// fish `set -gx NAME 'value';` lines.
    Fish,
    /// PowerShell `$Env:NAME = 'value'` lines.
    Powershell,
    /// GitHub Actions: `::add-mask::` lines, and the variables appended to $GITHUB_ENV.
    Github,
    /// GitLab CI: NAME=value lines for an `artifacts:reports:dotenv` file.
    Gitlab,
    /// A Kubernetes client.authentication.k8s.io/v1 ExecCredential.
    ExecCredential,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(flatten)]
    Grant(Grant),
    Exec(ExecArgs),
    Check(CheckArgs),
    Inspect(InspectArgs),
    Cache(CacheArgs),
    Config(ConfigArgs),
}

/// Run a command with a token in its environment.
///
/// iamtoken exec [GRANT [OPTIONS]] -- CMD [ARGS]: the token is fetched (or taken from the cache) as the grant subcommand would, and CMD runs
/// with IBMCLOUD_IAM_TOKEN, IBMCLOUD_IAM_TOKEN_EXPIRATION (and IBMCLOUD_IAM_REFRESH_TOKEN,
/// IBMCLOUD_IAM_DELEGATED_REFRESH_TOKEN when IAM gives them) set: the token never passes through
/// a shell or stdout. With a context, the grant may be omitted. iamtoken exits with CMD's exit
/// code (128 + the signal number if a signal ended it) and passes SIGINT, SIGTERM, SIGHUP and
/// SIGQUIT on to it.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  iamtoken exec apikey --apikey @key.json -- terraform plan
  iamtoken --context ci exec -- ibmcloud-tool --flag
  iamtoken exec assume --apikey @key.json --profile-name deployer --account 0123... -- ./deploy.sh")]
pub struct ExecArgs {
    /// Keep this variable in the command's environment, which otherwise loses the API key and
    /// compute resource token variables, the env:NAME sources read, and IBMCLOUD_IAM_*
    /// variables the new answer does not set. Repeatable; before --.
    #[arg(long, value_name = "NAME")]
    pub keep_env: Vec<String>,

    /// The grant subcommand and its options, then --, then the command.
    #[arg(
        value_name = "GRANT [OPTIONS] -- CMD [ARGS]",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub args: Vec<std::ffi::OsString>,
}

/// Check that an identity is healthy: IAM accepts it, and its API key is enabled and not about to
/// expire.
///
/// iamtoken check [--warn-expiry DURATION] [GRANT [OPTIONS]]: the grant part is what you would
/// type for the grant subcommand (a context may supply it). Always fetches a fresh token (the
/// cache is neither read nor written): a key disabled in the last hour must not look healthy.
/// For an API key (apikey, delegated, assume --apikey) also asks IAM for the key's details. Prints
/// the identity (iam_id, account, sub, sub_type) and the key's name, id, creation, expiry, locked
/// and disabled state; -o json prints one object. Exit 0 when healthy; 3 when IAM refuses the
/// credentials; 9 when the key is disabled or expires within --warn-expiry. A locked key (one
/// that cannot be changed or deleted) is shown, never a failure.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  iamtoken check apikey --apikey @key.json
  iamtoken --context ci check --warn-expiry 30d
  iamtoken check -o json apikey | jq .apikey.expires_at")]
pub struct CheckArgs {
    /// Exit 9 when the API key expires within this long (seconds, or 7d, 30d).
    #[arg(long, value_name = "DURATION", default_value = "14d", value_parser = parse_duration)]
    pub warn_expiry: std::time::Duration,

    /// The grant subcommand and its options.
    #[arg(
        value_name = "GRANT [OPTIONS]",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub args: Vec<std::ffi::OsString>,
}

/// Decode an IAM access token (without calling IAM) and say whose it is and until when.
///
/// Prints a summary by default: iam_id, sub, sub_type, account, grant_type, client_id, scope,
/// issued and expiry times, and whether it has expired; -o json prints the JWT header and claims
/// with the times in RFC 3339. Exit 0 when valid, 7
/// when expired, 2 when it is not a JWT. With --verify, also checks the RS256 signature
/// against IAM's keys ({iam}/identity/keys, cached for an hour), the issuer and the expiry, and
/// exits 8 when the signature cannot be verified.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  iamtoken apikey -o token | iamtoken inspect
  iamtoken inspect \"$IBMCLOUD_IAM_TOKEN\" --verify
  iamtoken inspect @token.txt -o json")]
pub struct InspectArgs {
    /// The token, @PATH, or - for standard input (the default); a `Bearer ` prefix is fine.
    #[arg(value_name = "TOKEN", allow_hyphen_values = true)]
    pub token: Option<String>,

    /// Verify the signature with IAM's published keys, and the issuer.
    #[arg(long)]
    pub verify: bool,
}

/// Look at or empty the token cache.
///
/// Tokens are cached in $IAMTOKEN_CACHE_DIR, else ~/.cache/iamtoken (the platform cache dir),
/// and reused while at least 20% of their lifetime and --min-ttl remain.
#[derive(Debug, Args)]
pub struct CacheArgs {
    #[command(subcommand)]
    pub action: CacheAction,
}

/// Look at the config file and its contexts.
///
/// The file is $IAMTOKEN_CONFIG, else config.toml in the platform config dir
/// (~/.config/iamtoken/config.toml on Linux). Each [context.NAME] table holds a grant and any
/// option of that grant or a global option, by its long name with '_' (profile_name, iam_url,
/// timeout, retries, cacert, output, ...), and `cache = false`. Secrets take the forms @PATH and
/// env:NAME, so none need be written into the file. Select one with --context NAME or
/// IAMTOKEN_CONTEXT, or name it in default_context; with a context the grant subcommand may be
/// omitted. Precedence: flag > environment variable > context > built-in default.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Example config.toml:
  default_context = \"ci\"

  [context.ci]
  grant = \"apikey\"
  apikey = \"env:CI_IBM_API_KEY\"
  output = \"token\"

  [context.k8s]
  grant = \"cr-token\"
  cr_token = \"@/var/run/secrets/tokens/vault-token\"
  profile_name = \"my-app\"
  private = true
  region = \"eu-de\"

Then: iamtoken --context k8s -o header")]
pub struct ConfigArgs {
    #[command(subcommand)]
    pub action: ConfigAction,
}

#[derive(Debug, Subcommand)]
pub enum ConfigAction {
    /// Print the config file's path.
    Path,
    /// One line per context: name, grant, IAM endpoint (* marks the default); -o json: an
    /// array.
    List,
    /// The settings a context resolves to and where each comes from (secrets by source only).
    Show {
        /// The context (default: the selected or default context).
        name: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum CacheAction {
    /// One line per cached token: ID, grant, context or subject, IAM host, expiry, time left
    /// (-o json: an array). Never a token.
    List,
    /// Delete cached tokens: all of them, those whose ID begins with each ID given, or the
    /// expired ones.
    Clear {
        /// Only those that have expired (and damaged entries).
        #[arg(long, conflicts_with = "ids")]
        expired: bool,
        /// Entries to delete, by a unique beginning of the ID that `cache list` shows.
        #[arg(value_name = "ID")]
        ids: Vec<String>,
    },
    /// Print the cache directory.
    Path,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory as _;

    #[test]
    fn one_duration_syntax() {
        let secs = |raw| parse_duration(raw).map(|d| d.as_secs());
        assert_eq!(secs("300"), Ok(300));
        assert_eq!(secs("30s"), Ok(30));
        assert_eq!(secs("15m"), Ok(900));
        assert_eq!(secs("1h"), Ok(3600));
        assert_eq!(secs("6d"), Ok(518_400));
        for bad in ["", "m", "1.5h", "-1", "1w", "1h30m", "15min"] {
            assert!(secs(bad).is_err(), "{bad}");
        }
        assert!(parse_timeout("0").is_err() && parse_timeout("2h").is_err());
        assert_eq!(parse_timeout("1h").map(|d| d.as_secs()), Ok(3600));
    }

    #[test]
    fn definition_is_consistent() {
        Cli::command().debug_assert();
    }

    /// `--help` and the man pages must never show a variable's value: it may be a secret, and
    /// the committed man pages would depend on the environment they were made in.
    #[test]
    fn every_environment_value_is_hidden() {
        fn check(cmd: &clap::Command) {
            for arg in cmd.get_arguments().filter(|a| a.get_env().is_some()) {
                assert!(
                    arg.is_hide_env_values_set(),
                    "{} --{}",
                    cmd.get_name(),
                    arg.get_id()
                );
            }
            cmd.get_subcommands().for_each(check);
        }
        check(&Cli::command());
    }
}
