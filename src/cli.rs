//! The command line, as clap derive definitions: global options, one subcommand per IAM grant,
//! value enums. Only shapes and clap-level rules live here; semantics live in `grant/`.

use clap::builder::NonEmptyStringValueParser;
use clap::{ArgGroup, Args, Parser, Subcommand, ValueEnum};

use crate::iam::Endpoint;
use crate::secret::Source;

const ROOT_HELP: &str = "\
Examples:
  iamtoken apikey --apikey @~/apikey.json -o token
  eval \"$(iamtoken apikey -o export)\"            # key from IBMCLOUD_API_KEY
  curl -H \"$(iamtoken apikey -o header)\" https://resource-controller.cloud.ibm.com/v2/resource_instances
  iamtoken apikey -o token | iamtoken assume --access-token - --profile-id Profile-0123...

Secret values (--apikey, --password, --access-token, --refresh-token, --cookie, --cr-token,
--client-secret) take one of these forms:
  VALUE      the secret itself; it may begin with '-' (--apikey=VALUE reads best)
  @PATH      read from a file, trailing newlines trimmed ('@~/' is your home directory)
  -          read from standard input
Other local users can see command-line values in the process list: prefer @PATH, '-' or an
environment variable.

Tokens are cached (see `iamtoken cache --help`): calling iamtoken in a loop costs IAM nothing.

Exit codes: 0 token printed, 1 internal failure, 2 usage or input error, 3 IAM refused the
request, 4 IAM unreachable or unavailable, 5 IAM's answer was not a token response, 6 IAM's
token has less life than --min-ttl, 7 inspect: token expired, 8 inspect: signature not
verified. exec exits with its command's code.";

/// Fetch IBM Cloud IAM access tokens.
///
/// Each subcommand is one grant type of IAM's token endpoint (POST /identity/token). The result
/// goes to standard output in the format chosen with -o; everything else goes to standard error.
#[derive(Debug, Parser)]
#[command(name = "iamtoken", version, propagate_version = true, after_long_help = ROOT_HELP)]
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
    /// IAM endpoint: the base URL or the full .../identity/token URL [default: https://iam.cloud.ibm.com].
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

    /// With --private: the region's private endpoint (https://private.REGION.iam.cloud.ibm.com).
    #[arg(long, global = true, value_name = "REGION", help_heading = "Endpoint")]
    pub region: Option<String>,

    /// Use IAM's staging endpoint (https://iam.test.cloud.ibm.com).
    #[arg(long, global = true, help_heading = "Endpoint")]
    pub test_env: bool,

    /// Give up on an attempt after this many seconds.
    #[arg(
        long,
        global = true,
        value_name = "SECONDS",
        default_value_t = 30,
        value_parser = clap::value_parser!(u64).range(1..=3600)
    )]
    pub timeout: u64,

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

    /// Attempts after the first when IAM is unreachable, times out, or answers 429 or 5xx.
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

    /// Output format.
    #[arg(
        short,
        long,
        global = true,
        value_name = "FORMAT",
        value_enum,
        default_value_t
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

    /// Reuse a cached token only if it has this much life left (default 5m), e.g. 30s, 15m, 1h.
    ///
    /// When given, it is also a promise: if even a fresh token from IAM has less life left,
    /// nothing is printed and the exit code is 6.
    #[arg(long, global = true, value_name = "DURATION", value_parser = parse_duration)]
    pub min_ttl: Option<std::time::Duration>,
}

fn parse_http_url(raw: &str) -> Result<reqwest::Url, String> {
    let url = reqwest::Url::parse(raw).map_err(|e| format!("not a URL: {e}"))?;
    match url.scheme() {
        "http" | "https" => Ok(url),
        other => Err(format!("unsupported proxy scheme {other}://")),
    }
}

fn parse_duration(raw: &str) -> Result<std::time::Duration, String> {
    humantime::parse_duration(raw).map_err(|e| format!("{e} (examples: 30s, 15m, 1h)"))
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
    Inspect(InspectArgs),
    Cache(CacheArgs),
    Config(ConfigArgs),
}

/// Run a command with a token in its environment: iamtoken exec [GRANT [OPTIONS]] -- CMD [ARGS].
///
/// The token is fetched (or taken from the cache) as the grant subcommand would, and CMD runs
/// with IBMCLOUD_IAM_TOKEN, IBMCLOUD_IAM_TOKEN_EXPIRATION (and IBMCLOUD_IAM_REFRESH_TOKEN,
/// IBMCLOUD_IAM_DELEGATED_REFRESH_TOKEN when IAM gives them) set: the token never passes through
/// a shell or stdout. With a context, the grant may be omitted. iamtoken exits with CMD's exit
/// code (128 + the signal number if a signal ended it) and passes SIGINT/SIGTERM on to it.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  iamtoken exec apikey --apikey @key.json -- terraform plan
  iamtoken --context ci exec -- ibmcloud-tool --flag
  iamtoken exec assume --apikey @key.json --profile-name deployer --account 0123... -- ./deploy.sh")]
pub struct ExecArgs {
    /// The grant subcommand and its options, then --, then the command.
    #[arg(
        value_name = "GRANT [OPTIONS] -- CMD [ARGS]",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub args: Vec<std::ffi::OsString>,
}

/// Decode an IAM access token (without calling IAM) and say whose it is and until when.
///
/// Prints iam_id, sub, sub_type, account, grant_type, client_id, scope, issued and expiry times,
/// and whether it has expired; -o json prints the JWT header and claims. Exit 0 when valid, 7
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

#[derive(Debug, Subcommand)]
pub enum Grant {
    Apikey(ApikeyArgs),
    Delegated(DelegatedArgs),
    Assume(AssumeArgs),
    CrToken(CrTokenArgs),
    IamAuthz(IamAuthzArgs),
    Password(PasswordArgs),
    Refresh(RefreshArgs),
    Vpc(VpcArgs),
}

impl Grant {
    /// The subcommand name, as `cache list` shows it.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Apikey(_) => "apikey",
            Self::Delegated(_) => "delegated",
            Self::Assume(_) => "assume",
            Self::CrToken(_) => "cr-token",
            Self::IamAuthz(_) => "iam-authz",
            Self::Password(_) => "password",
            Self::Refresh(_) => "refresh",
            Self::Vpc(_) => "vpc",
        }
    }
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
    /// One line per context: name, grant, IAM endpoint (* marks the default).
    List,
    /// The settings a context resolves to and where each comes from (secrets by source only).
    Show {
        /// The context (default: the selected or default context).
        name: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum CacheAction {
    /// One line per cached token: grant, subject, IAM host, expiry, time left. Never a token.
    List,
    /// Delete cached tokens.
    Clear {
        /// Only those that have expired (and damaged entries).
        #[arg(long)]
        expired: bool,
    },
    /// Print the cache directory.
    Path,
}

/// Get a token for a user or service ID from an API key.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  iamtoken apikey --apikey @~/Downloads/apikey.json
  IBMCLOUD_API_KEY=... iamtoken apikey -o token
  iamtoken apikey --apikey=-Abc123 --tenant 0123abcd,4567ef01 -o export

The key is read from --apikey, else IBMCLOUD_API_KEY, else IC_API_KEY, else asked for on the
terminal. A JSON key file as downloaded from the IBM Cloud console works as @PATH.")]
pub struct ApikeyArgs {
    #[command(flatten)]
    pub key: ApikeyArg,

    #[command(flatten)]
    pub client: ClientArgs,

    #[command(flatten)]
    pub tenant: TenantArg,
}

/// Get a delegated refresh token (and optionally an access token) from an API key.
///
/// The delegated refresh token lets the listed receiver clients (e.g. kube, ce) act for you.
/// With -o token this prints the delegated refresh token, unless --with-access-token is given.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  iamtoken delegated --apikey @key.json --receiver-client-ids kube -o token
  iamtoken delegated --receiver-client-ids ce --with-access-token --expiry 3600 -o export")]
pub struct DelegatedArgs {
    #[command(flatten)]
    pub key: ApikeyArg,

    /// Comma-separated client IDs that may redeem the delegated refresh token.
    #[arg(long, value_name = "IDS", required = true, value_parser = NonEmptyStringValueParser::new())]
    pub receiver_client_ids: String,

    /// Also return an access token (response_type=cloud_iam delegated_refresh_token).
    #[arg(long)]
    pub with_access_token: bool,

    /// Seconds within which the receivers must redeem the token (IAM's default: 518400, 6 days).
    #[arg(long, value_name = "SECONDS", value_parser = clap::value_parser!(u32).range(1..))]
    pub expiry: Option<u32>,

    #[command(flatten)]
    pub tenant: TenantArg,
}

/// Get a token for a trusted profile, from a token or cookie of an identity it trusts.
#[derive(Debug, Args)]
#[command(
    group(ArgGroup::new("identity").required(true).args(["access_token", "refresh_token", "cookie", "apikey"])),
    group(ArgGroup::new("profile").required(true).args(["profile_id", "profile_crn", "profile_name"])),
    // iam-contract.md §2.4: `account` is required if and only if a profile name is used.
    group(ArgGroup::new("by_name").args(["profile_name"]).requires("account")),
    after_long_help = "\
Examples:
  iamtoken assume --access-token @user-token --profile-id Profile-0123...
  iamtoken apikey -o token | iamtoken assume --access-token - --profile-name ci --account 0123abcd..."
)]
pub struct AssumeArgs {
    /// An access token of an identity the profile trusts.
    #[arg(long, value_name = "TOKEN", value_parser = Source::parse, allow_hyphen_values = true)]
    pub access_token: Option<Source>,

    /// A refresh token of an identity the profile trusts.
    #[arg(long, value_name = "TOKEN", value_parser = Source::parse, allow_hyphen_values = true)]
    pub refresh_token: Option<Source>,

    /// An IAM cookie of an identity the profile trusts.
    #[arg(long, value_name = "COOKIE", value_parser = Source::parse, allow_hyphen_values = true)]
    pub cookie: Option<Source>,

    /// An API key of an identity the profile trusts: its token is fetched (and cached) first.
    #[arg(long, value_name = "KEY", value_parser = Source::parse, allow_hyphen_values = true)]
    pub apikey: Option<Source>,

    #[command(flatten)]
    pub profile: ProfileArgs,

    /// The account that holds the profile named by --profile-name.
    // With the required `profile` group, conflicting with the other two selectors means
    // "only with --profile-name" (iam-contract.md §2.4).
    #[arg(long, value_name = "ID", conflicts_with_all = ["profile_id", "profile_crn"], value_parser = NonEmptyStringValueParser::new())]
    pub account: Option<String>,
}

/// Get a token for a trusted profile from a compute resource token (Kubernetes, Code Engine).
#[derive(Debug, Args)]
#[command(
    group(ArgGroup::new("profile").args(["profile_id", "profile_crn", "profile_name"])),
    after_long_help = "\
Examples:
  iamtoken cr-token --profile-name my-app          # in a pod with a projected token
  iamtoken cr-token --cr-token @/var/run/secrets/tokens/vault-token --profile-name my-app
  IBMCLOUD_CR_TOKEN=@/var/run/secrets/tokens/sa-token iamtoken cr-token --profile-id Profile-0123...")]
pub struct CrTokenArgs {
    /// The compute resource token.
    #[arg(
        long,
        value_name = "TOKEN",
        env = "IBMCLOUD_CR_TOKEN",
        hide_env_values = true,
        value_parser = Source::parse,
        allow_hyphen_values = true
    )]
    pub cr_token: Option<Source>,

    /// Read the compute resource token from this file (read afresh on every run).
    ///
    /// Without this, --cr-token or IBMCLOUD_CR_TOKEN, the first readable of
    /// /var/run/secrets/tokens/vault-token, /var/run/secrets/tokens/sa-token and
    /// /var/run/secrets/codeengine.cloud.ibm.com/compute-resource-token/token is used, as the
    /// IBM SDKs do.
    #[arg(long, value_name = "PATH", conflicts_with = "cr_token")]
    pub cr_token_file: Option<std::path::PathBuf>,

    #[command(flatten)]
    pub profile: ProfileArgs,

    #[command(flatten)]
    pub client: ClientArgs,

    #[command(flatten)]
    pub tenant: TenantArg,
}

/// Get a token for a resource identity that an authorization policy lets the caller act as.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Example:
  iamtoken iam-authz --access-token @service-token \\
    --desired-iam-id crn-crn:v1:bluemix:public:cloud-object-storage:global:a/0123...:4567...::")]
pub struct IamAuthzArgs {
    /// The caller's access token.
    #[arg(long, value_name = "TOKEN", required = true, value_parser = Source::parse, allow_hyphen_values = true)]
    pub access_token: Option<Source>,

    /// The IAM ID to get a token for: crn- followed by the resource's CRN.
    #[arg(long, value_name = "IAM_ID", value_parser = NonEmptyStringValueParser::new())]
    pub desired_iam_id: String,
}

/// Get a token for a (non-federated) IBMid user from a username and password.
///
/// Uses the IBM Cloud CLI's client (bx/bx) unless --client-id and --client-secret are given.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  iamtoken password --username me@example.com --account 0123abcd...    # asks for the password
  iamtoken password --username me@example.com --password @~/.ibm-password -o token")]
pub struct PasswordArgs {
    /// The IBMid user name (usually an e-mail address).
    #[arg(long, value_name = "NAME", value_parser = NonEmptyStringValueParser::new())]
    pub username: String,

    /// The password; asked for on the terminal when omitted.
    #[arg(long, value_name = "PASSWORD", value_parser = Source::parse, allow_hyphen_values = true)]
    pub password: Option<Source>,

    /// The 32-character account ID, for an account-specific token (IBM Cloud APIs need one).
    #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
    pub account: Option<String>,

    #[command(flatten)]
    pub client: ClientArgs,

    #[command(flatten)]
    pub tenant: TenantArg,
}

/// Get a new token from a refresh token (grant_type=refresh_token).
///
/// The refresh token must come from the same client as the one given here: IAM refuses a
/// refresh with another client. Without --client-id and --client-secret this is the IBM Cloud
/// CLI's client bx/bx, which `iamtoken password` also uses by default. (An apikey token's
/// refresh_token "not_supported" cannot be refreshed; run the apikey grant again instead.)
#[derive(Debug, Args)]
#[command(after_long_help = "\
Example:
  iamtoken password --username me@example.com > answer.json
  jq -r .refresh_token answer.json | iamtoken refresh --refresh-token - -o token")]
pub struct RefreshArgs {
    /// The refresh token.
    #[arg(long, value_name = "TOKEN", required = true, value_parser = Source::parse, allow_hyphen_values = true)]
    pub refresh_token: Option<Source>,

    /// The 32-character account ID, for an account-specific token.
    #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
    pub account: Option<String>,

    #[command(flatten)]
    pub client: ClientArgs,
}

/// On an IBM Cloud VPC virtual server: a token for the server's trusted profile, from the
/// instance metadata service.
///
/// Gets an instance identity token from the metadata service and exchanges it there for an IAM
/// token, for the given trusted profile or the instance's default linked one.
#[derive(Debug, Args)]
#[command(
    group(ArgGroup::new("vpc_profile").args(["profile_id", "profile_crn"])),
    after_long_help = "\
Examples:
  iamtoken vpc -o token
  iamtoken vpc --profile-crn crn:v1:bluemix:public:iam-identity::a/0123...::profile:Profile-4567... -o export"
)]
pub struct VpcArgs {
    /// The trusted profile's ID.
    #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
    pub profile_id: Option<String>,

    /// The trusted profile's CRN.
    #[arg(long, value_name = "CRN", value_parser = NonEmptyStringValueParser::new())]
    pub profile_crn: Option<String>,

    /// The instance metadata service. Plain http is right here: the service is link-local.
    #[arg(
        long,
        value_name = "URL",
        env = "IBMCLOUD_CR_VPC_URL",
        hide_env_values = true,
        default_value = "http://169.254.169.254",
        value_parser = parse_http_url
    )]
    pub metadata_url: reqwest::Url,
}

#[derive(Debug, Args)]
pub struct ApikeyArg {
    /// The API key (env: IBMCLOUD_API_KEY, then IC_API_KEY).
    #[arg(
        long,
        value_name = "KEY",
        env = "IBMCLOUD_API_KEY",
        hide_env_values = true,
        value_parser = Source::parse,
        allow_hyphen_values = true
    )]
    pub apikey: Option<Source>,
}

#[derive(Debug, Args)]
pub struct TenantArg {
    /// Only issue the token for these comma-separated account or enterprise IDs
    /// (IBM-Cloud-Tenant header).
    #[arg(long, value_name = "IDS", value_parser = NonEmptyStringValueParser::new())]
    pub tenant: Option<String>,
}

/// Selects a trusted profile; the subcommand's group says how many are required.
#[derive(Debug, Args)]
#[allow(clippy::struct_field_names, reason = "field names are the flag names")]
pub struct ProfileArgs {
    /// The trusted profile's ID.
    #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
    pub profile_id: Option<String>,

    /// The trusted profile's CRN.
    #[arg(long, value_name = "CRN", value_parser = NonEmptyStringValueParser::new())]
    pub profile_crn: Option<String>,

    /// The trusted profile's name.
    #[arg(long, value_name = "NAME", value_parser = NonEmptyStringValueParser::new())]
    pub profile_name: Option<String>,
}

/// An IAM client, sent as an `Authorization: Basic` header.
#[derive(Debug, Args)]
pub struct ClientArgs {
    /// Client ID for the Authorization: Basic header (with --client-secret).
    #[arg(long, value_name = "ID", requires = "client_secret", value_parser = NonEmptyStringValueParser::new())]
    pub client_id: Option<String>,

    /// Client secret for the Authorization: Basic header (with --client-id).
    #[arg(long, value_name = "SECRET", requires = "client_id", value_parser = Source::parse, allow_hyphen_values = true)]
    pub client_secret: Option<Source>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory as _;

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
