//! The groups of options that more than one command takes (the global options), flattened into
//! each command that honours them: what a command holds is what it honours, so its help, its
//! completion, its usage errors and the settings read the same definition. The root holds them
//! all, for options typed before the command.
//!
//! clap gives these options no default and reads no variable for them, so that one definition
//! serves every run whatever the context: `args::resolve` takes each value from where it was
//! typed, else its variable, else the context, else the default. The help says the variable and
//! the default as fixed text.

use clap::Args;

use super::Format;
use super::values::{parse_duration, parse_http_url, parse_timeout};
use crate::endpoint::Endpoint;

/// The options of every command that gets a token: the grants, `iks` and `openshift` (with
/// `ClusterGlobal`), and `exec`, `check` and `serve`; the root holds them for the words before
/// the command. `O` is the command's `-o`.
#[derive(Debug, Args)]
#[group(skip)]
pub struct Global<O: Args + clap::FromArgMatches = OutputOption> {
    #[command(flatten)]
    pub endpoint: EndpointOptions,
    #[command(flatten)]
    pub context: ContextOptions,
    #[command(flatten)]
    pub network: NetworkOptions,
    #[command(flatten)]
    pub output: O,
    #[command(flatten)]
    pub verbose: VerboseOption,
    #[command(flatten)]
    pub cache: CacheOption,
    #[command(flatten)]
    pub fetch: FetchOptions,
}

/// `Global` with the output formats of a cluster's credential (`iks`, `openshift`).
pub type ClusterGlobal = Global<ClusterOutputOption>;

/// Which IAM to ask.
#[derive(Debug, Args)]
#[group(skip)]
pub struct EndpointOptions {
    #[arg(
        long,
        value_name = "URL",
        value_parser = Endpoint::parse,
        help_heading = ENDPOINT_HEADING,
        help = "IAM's base, token or issuer URL [default: https://iam.cloud.ibm.com] \
                [env: IBMCLOUD_IAM_API_ENDPOINT]",
        long_help = "IAM's base, token or issuer URL [default: https://iam.cloud.ibm.com].\n\n\
                     Must be https://, except for a loopback host (127.0.0.1, [::1], \
                     localhost).\n\n[env: IBMCLOUD_IAM_API_ENDPOINT]"
    )]
    pub iam_url: Option<Endpoint>,

    /// Use IAM's private endpoint (https://private.iam.cloud.ibm.com, or per --region).
    #[arg(long, conflicts_with = "test_env", help_heading = ENDPOINT_HEADING)]
    pub private: bool,

    /// The region's private endpoint (https://private.REGION.iam.cloud.ibm.com); implies --private.
    #[arg(long, value_name = "REGION", help_heading = ENDPOINT_HEADING)]
    pub region: Option<String>,

    /// Use IAM's staging endpoint (https://iam.test.cloud.ibm.com).
    #[arg(long, help_heading = ENDPOINT_HEADING)]
    pub test_env: bool,
}

/// The help heading of the options that choose IAM's endpoint: typing any of them overrides
/// the endpoint's variable.
pub const ENDPOINT_HEADING: &str = "Endpoint";

/// Which settings apply: a context, none, or an IBM SDK service's.
#[derive(Debug, Args)]
#[group(skip)]
pub struct ContextOptions {
    #[arg(
        long,
        value_name = "NAME",
        help_heading = "Settings",
        help = "Use the settings of this context from the config file (see `iamtoken config \
                --help`) [env: IAMTOKEN_CONTEXT]"
    )]
    pub context: Option<String>,

    /// Use no context: neither IAMTOKEN_CONTEXT nor the config's default_context.
    #[arg(long, conflicts_with_all = ["context", "sdk_service"], help_heading = "Settings")]
    pub no_context: bool,

    /// Use an IBM SDK service's settings (NAME_APIKEY, NAME_AUTH_TYPE, ... from
    /// ibm-credentials.env or the environment).
    #[arg(
        long,
        value_name = "NAME",
        conflicts_with = "context",
        help_heading = "Settings"
    )]
    pub sdk_service: Option<String>,
}

/// How to talk to IAM.
#[derive(Debug, Args)]
#[group(skip)]
pub struct NetworkOptions {
    #[arg(
        long,
        value_name = "DURATION",
        value_parser = parse_timeout,
        help = "Give up on an attempt after this long: seconds, or 30s, 2m (at most 1h) \
                [default: 30s]",
        long_help = "Give up on an attempt after this long: seconds, or 30s, 2m (at most \
                     1h).\n\n\
                     The deadline covers the whole attempt, from connecting to the last byte of \
                     the answer, so a server that answers slowly cannot stretch it. With \
                     --retries N, a run takes at most about (N + 1) × this, plus the waits \
                     between attempts.\n\n[default: 30s]"
    )]
    pub timeout: Option<std::time::Duration>,

    #[arg(
        long,
        value_name = "N",
        value_parser = clap::value_parser!(u32).range(0..=10),
        help_heading = "Network",
        help = "Attempts after the first when IAM cannot be reached, drops the connection or \
                times out before answering, or answers 429 or a 5xx other than 501 [default: 2]",
        long_help = "Attempts after the first when IAM cannot be reached, drops the connection \
                     or times out before answering, or answers 429 or a 5xx other than 501.\n\n\
                     Each attempt has its own --timeout deadline; between attempts the wait \
                     doubles from 0.5 s to 8 s, or is what the server's Retry-After asks (at \
                     most 30 s).\n\n[default: 2]"
    )]
    pub retries: Option<u32>,

    /// Send requests through this proxy (instead of HTTPS_PROXY/HTTP_PROXY; NO_PROXY applies).
    #[arg(long, value_name = "URL", value_parser = parse_http_url, help_heading = "Network")]
    pub proxy: Option<reqwest::Url>,

    #[arg(
        long,
        value_name = "PATH",
        help_heading = "Network",
        help = "Also trust the CA certificates in this PEM file (a corporate or test CA) \
                [env: IAMTOKEN_CA_BUNDLE]",
        long_help = "Also trust the CA certificates in this PEM file (a corporate or test \
                     CA)\n\n[env: IAMTOKEN_CA_BUNDLE]"
    )]
    pub cacert: Option<std::path::PathBuf>,

    /// Do not verify IAM's TLS certificate. Refused for production IAM endpoints.
    #[arg(long, help_heading = "Network")]
    pub insecure: bool,
}

/// `-o` of a command that prints a token: every format.
#[derive(Debug, Args)]
#[group(skip)]
pub struct OutputOption {
    #[arg(
        short,
        long,
        value_name = "FORMAT",
        value_enum,
        help = "Output format of a token [env: IAMTOKEN_OUTPUT] [default: json]"
    )]
    pub output: Option<Format>,
}

/// `-o` of a command that prints text, or JSON when asked.
#[derive(Debug, Args)]
#[group(skip)]
pub struct JsonOutputOption {
    /// Print JSON instead of text.
    #[arg(short, long, value_name = "FORMAT", value_parser = formats(&[Format::Json]))]
    pub output: Option<Format>,
}

/// The formats a cluster's credential (`iks`, `openshift`) prints in: it is for kubectl, not
/// an IAM token for variables or headers.
pub const CLUSTER_FORMATS: [Format; 3] = [Format::Json, Format::Token, Format::ExecCredential];

/// `-o` of `iks` and `openshift`: `CLUSTER_FORMATS` (a value from before the command or a
/// variable is checked when the run starts).
#[derive(Debug, Args)]
#[group(skip)]
pub struct ClusterOutputOption {
    /// Output format of the credential [default: json].
    #[arg(short, long, value_name = "FORMAT", value_parser = formats(&CLUSTER_FORMATS))]
    pub output: Option<Format>,
}

/// A parser that offers and takes only `formats`.
fn formats(formats: &[Format]) -> impl clap::builder::TypedValueParser<Value = Format> {
    use clap::ValueEnum as _;
    use clap::builder::TypedValueParser as _;
    let names: Vec<String> = formats
        .iter()
        .filter_map(Format::to_possible_value)
        .map(|v| v.get_name().to_owned())
        .collect();
    clap::builder::PossibleValuesParser::new(names)
        .map(|name| Format::from_str(&name, false).unwrap_or_default())
}

/// `-v`.
#[derive(Debug, Args)]
#[group(skip)]
pub struct VerboseOption {
    /// Trace each attempt to standard error; -vv adds headers and bodies (secrets redacted).
    #[arg(short, long, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

/// `--no-cache`.
#[derive(Debug, Args)]
#[group(skip)]
pub struct CacheOption {
    #[arg(
        long,
        help = "Neither read nor write the token cache [env: IAMTOKEN_NO_CACHE]",
        long_help = "Neither read nor write the token cache\n\n[env: IAMTOKEN_NO_CACHE]"
    )]
    pub no_cache: bool,
}

/// What a fetch may take and must give.
#[derive(Debug, Args)]
#[group(skip)]
pub struct FetchOptions {
    #[arg(
        long,
        value_name = "DURATION",
        value_parser = parse_duration,
        help_heading = "Settings",
        help = "Stop a secret command (cmd:) after this long, and its whole process group: \
                seconds, or 30s, 2m [default: 30s]",
        long_help = "Stop a secret command (cmd:) after this long, and its whole process \
                     group: seconds, or 30s, 2m\n\n[default: 30s]"
    )]
    pub secret_command_timeout: Option<std::time::Duration>,

    /// Reuse a cached token only if it has this much life left (default 5m): seconds, or 30s, 15m, 1h.
    ///
    /// When given, it is also a promise: if even a fresh token from IAM has less life left,
    /// nothing is printed and the exit code is 6.
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub min_ttl: Option<std::time::Duration>,
}

/// The ids of the global options, held to `Global`'s definition by a test: a run that finds
/// its token in the cache asks whether an option is one, and building the definition to find
/// out costs more than the rest of that run.
pub const GLOBAL_IDS: [&str; 17] = [
    "iam_url",
    "private",
    "region",
    "test_env",
    "context",
    "no_context",
    "sdk_service",
    "timeout",
    "retries",
    "proxy",
    "cacert",
    "insecure",
    "output",
    "verbose",
    "no_cache",
    "secret_command_timeout",
    "min_ttl",
];

/// The global options that take a path (a context's relative path is relative to its file),
/// held to the definition by the same test.
pub const GLOBAL_PATH_IDS: [&str; 1] = ["cacert"];

/// Whether `id` is a global option's.
pub fn is_global(id: &str) -> bool {
    GLOBAL_IDS.contains(&id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_of_global_ids_are_the_definition() {
        let cmd = <Global>::augment_args(clap::Command::new("g"));
        let ids: Vec<&str> = cmd.get_arguments().map(|a| a.get_id().as_str()).collect();
        assert_eq!(ids, GLOBAL_IDS);
        let paths: Vec<&str> = cmd
            .get_arguments()
            .filter(|a| {
                a.get_value_parser().type_id() == std::any::TypeId::of::<std::path::PathBuf>()
            })
            .map(|a| a.get_id().as_str())
            .collect();
        assert_eq!(paths, GLOBAL_PATH_IDS);
    }
}
