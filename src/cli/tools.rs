//! The subcommands that are not grants: exec, check, inspect, cache, config, registry. Shapes and
//! clap-level rules only.

use clap::{Args, Subcommand};

use super::values::parse_duration;
use super::{ContextOptions, JsonOutputOption};

/// Run a command with a token in its environment.
///
/// iamtoken exec [OPTIONS] [GRANT [OPTIONS]] -- CMD [ARGS]: the token is fetched (or taken from
/// the cache) as the grant subcommand would, and CMD runs with IBMCLOUD_IAM_TOKEN,
/// IBMCLOUD_IAM_TOKEN_EXPIRATION (and IBMCLOUD_IAM_REFRESH_TOKEN,
/// IBMCLOUD_IAM_DELEGATED_REFRESH_TOKEN when IAM gives them) set: the token never passes through
/// a shell or stdout. With a context, the grant may be omitted. iamtoken exits with CMD's exit
/// code (128 + the signal number if a signal ended it) and passes SIGINT, SIGTERM, SIGHUP and
/// SIGQUIT on to it.
#[derive(Debug, Args)]
#[command(
    override_usage = "iamtoken exec [OPTIONS] [GRANT [OPTIONS]] -- CMD [ARGS]",
    disable_help_subcommand = true,
    subcommand_value_name = "GRANT",
    subcommand_help_heading = "Grants",
    after_long_help = "\
Examples:
  iamtoken exec apikey --apikey @key.json -- terraform plan
  iamtoken --context ci exec -- ibmcloud-tool --flag
  iamtoken exec assume --apikey @key.json --profile-name deployer --account 0123... -- ./deploy.sh"
)]
pub struct ExecArgs {
    /// Keep this variable in the command's environment, which otherwise loses the API key and
    /// compute resource token variables, the env:NAME sources read, and IBMCLOUD_IAM_*
    /// variables the new answer does not set. Repeatable.
    #[arg(long, value_name = "NAME", global = true)]
    pub keep_env: Vec<String>,

    /// Also run `iamtoken serve`'s token service for the command's lifetime, and give it the
    /// service's variables (IBMCLOUD_CR_VPC_URL, each --for-sdk-service's, NO_PROXY), so that an
    /// IBM SDK or the ibmcloud CLI in it never holds a dead token.
    #[arg(long, global = true)]
    pub serve: bool,

    /// With --serve: set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service.
    /// Repeatable.
    #[arg(long, value_name = "NAME", requires = "serve", global = true, value_parser = parse_sdk_service)]
    pub for_sdk_service: Vec<String>,

    #[command(flatten)]
    pub sink: SinkArgs,

    /// The grant: a subcommand defined only when `exec` is parsed (`cli::with_grants`), read by
    /// `args` from the matches.
    #[arg(skip)]
    pub grant: Option<super::Grant>,

    /// The command to run, and its arguments, after --.
    // Read by clap only, for `exec -- CMD` before a context's grant stands in: the command is
    // then the grant's (`EXEC_COMMAND`).
    #[arg(value_name = "CMD", last = true)]
    pub command: Vec<std::ffi::OsString>,

    #[command(flatten)]
    pub global: super::Global,
}

/// `--for-sdk-service NAME`: the IBM SDKs' service names, letters, digits, `_` and `-`.
fn parse_sdk_service(raw: &str) -> Result<String, String> {
    let valid = !raw.is_empty()
        && raw
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if valid {
        Ok(raw.to_owned())
    } else {
        Err("an IBM SDK service name has letters, digits, '_' and '-' only".into())
    }
}

/// `--bind`: a loopback address only, since anyone who can reach the port and learns the URL
/// could get tokens.
fn parse_loopback(raw: &str) -> Result<std::net::IpAddr, String> {
    let ip: std::net::IpAddr = raw
        .parse()
        .map_err(|_| "not an IP address, such as 127.0.0.1".to_owned())?;
    if ip.is_loopback() {
        Ok(ip)
    } else {
        Err("the token service listens only on a loopback address (127.0.0.1, ::1)".into())
    }
}

/// Serve tokens on loopback as a VPC virtual server's metadata service does, for the IBM SDKs
/// and the ibmcloud CLI.
///
/// iamtoken serve [OPTIONS] [GRANT [OPTIONS]]: the grant part is what you would type for the
/// grant subcommand (a context may supply it). Fetches the first token, prints the variables a
/// consumer needs (IBMCLOUD_CR_VPC_URL, NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for each
/// --for-sdk-service NAME, NO_PROXY/no_proxy with 127.0.0.1, and IAMTOKEN_SERVE_PID) in -o's
/// shell format (export by default), closes stdout and serves until SIGINT, SIGTERM or SIGHUP
/// (exit 0). Every IBM SDK's VPC authenticator (auth type vpc) and `ibmcloud login --vpc-cri` then
/// get tokens from it, kept fresh in the background: a token is handed out while --min-ttl
/// (default 5m), or half its lifetime, is left. The URL holds a 128-bit secret: any local process that learns it can get
/// tokens while serve runs.
#[derive(Debug, Args)]
#[command(
    override_usage = "iamtoken serve [OPTIONS] [GRANT [OPTIONS]]",
    disable_help_subcommand = true,
    subcommand_value_name = "GRANT",
    subcommand_help_heading = "Grants",
    after_long_help = "\
Examples:
  eval \"$(iamtoken serve --detach --for-sdk-service cloudant apikey --apikey @key.json)\"
  python app.py; kill \"$IAMTOKEN_SERVE_PID\"
  iamtoken --context ci serve -o dotenv --sink /run/user/1000/iam-token > serve.env &
  iamtoken exec --serve --for-sdk-service cloudant apikey -- python long_job.py
  iamtoken serve list
  iamtoken serve stop --all"
)]
pub struct ServeArgs {
    /// The loopback address to listen on.
    #[arg(long, value_name = "ADDR", default_value_t = SERVE_BIND, global = true, value_parser = parse_loopback)]
    pub bind: std::net::IpAddr,

    /// The port to listen on (0: one the kernel picks).
    #[arg(long, value_name = "PORT", default_value_t = SERVE_PORT, global = true)]
    pub port: u16,

    /// Set NAME_AUTH_TYPE=vpc and NAME_AUTH_URL for this IBM SDK service. Repeatable.
    #[arg(long, value_name = "NAME", global = true, value_parser = parse_sdk_service)]
    pub for_sdk_service: Vec<String>,

    /// Run in the background: once the first token is in, print the environment and exit 0,
    /// leaving the service running (stdin, stdout and stderr detached). A refused identity
    /// exits non-zero and prints nothing.
    #[arg(long, global = true)]
    pub detach: bool,

    /// With --detach: append the service's lines (warnings, and -v's) to FILE (0600).
    #[arg(long, value_name = "FILE", requires = "detach", global = true)]
    pub log: Option<std::path::PathBuf>,

    #[command(flatten)]
    pub sink: SinkArgs,

    /// The grant, or `list` or `stop`: subcommands defined only when `serve` is parsed
    /// (`cli::with_grants`), read by `args` from the matches.
    #[arg(skip)]
    pub grant: Option<Serving>,

    #[command(flatten)]
    pub global: super::Global,
}

/// What follows `serve`: the grant to serve, or a command about the services running detached.
#[derive(Debug, Subcommand)]
#[allow(
    clippy::large_enum_variant,
    reason = "made once per run, by the parse; boxing the grant would only move it"
)]
pub enum Serving {
    #[command(flatten)]
    Grant(super::Grant),
    /// List your detached services (serve --detach): PID, address, what each serves.
    ///
    /// Records of services that are gone are removed. The address is shown without the URL's
    /// secret segment. Exit 0, with nothing on stdout, when none runs.
    #[command(after_long_help = "\
Examples:
  iamtoken serve list
  iamtoken serve list -o json | jq -r '.[].pid'")]
    List(ServeListArgs),
    /// Stop detached services (serve --detach) and wait until they are gone.
    #[command(
        group(clap::ArgGroup::new("which").args(["pids", "all"]).required(true)),
        after_long_help = "\
Examples:
  iamtoken serve stop 4242
  iamtoken serve stop --all"
    )]
    Stop(ServeStopArgs),
}

#[derive(Debug, Args)]
pub struct ServeListArgs {
    #[command(flatten)]
    pub output: super::JsonOutputOption,
}

#[derive(Debug, Args)]
pub struct ServeStopArgs {
    /// The services to stop, by the PID that `serve list` shows (IAMTOKEN_SERVE_PID).
    #[arg(value_name = "PID")]
    pub pids: Vec<u32>,

    /// Stop every detached service of yours.
    #[arg(long)]
    pub all: bool,
}

/// A file kept holding the current token.
#[derive(Debug, Args)]
pub struct SinkArgs {
    /// Keep FILE holding the current token (0600, replaced atomically, renewed before the token
    /// ages past 80% of its life, removed once it expires unrenewed and on exit).
    #[arg(long, value_name = "FILE", global = true)]
    pub sink: Option<std::path::PathBuf>,

    /// The format of --sink's file: any token format but github.
    #[arg(
        long,
        value_name = "FORMAT",
        value_enum,
        default_value_t = SINK_FORMAT,
        requires = "sink",
        global = true
    )]
    pub sink_format: super::Format,
}

/// `serve`'s defaults, here for clap's help.
pub const SERVE_BIND: std::net::IpAddr = std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST);
/// Any free port, the kernel's choice.
pub const SERVE_PORT: u16 = 0;
pub const SINK_FORMAT: super::Format = super::Format::Token;

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
#[command(
    override_usage = "iamtoken check [OPTIONS] [GRANT [OPTIONS]]",
    disable_help_subcommand = true,
    subcommand_value_name = "GRANT",
    subcommand_help_heading = "Grants",
    after_long_help = "\
Examples:
  iamtoken check apikey --apikey @key.json
  iamtoken --context ci check --warn-expiry 30d
  iamtoken check -o json apikey | jq .apikey.expires_at"
)]
pub struct CheckArgs {
    /// Exit 9 when the API key expires within this long (seconds, or 7d, 30d).
    #[arg(long, value_name = "DURATION", default_value = "14d", value_parser = parse_duration, global = true)]
    pub warn_expiry: std::time::Duration,

    /// The grant: a subcommand defined only when `check` is parsed (`cli::with_grants`), read
    /// by `args` from the matches.
    #[arg(skip)]
    pub grant: Option<super::Grant>,

    #[command(flatten)]
    pub global: super::Global,
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
    /// The token, @PATH, or - for standard input (the default); a `Bearer ` prefix, or the
    /// whole `Authorization: Bearer …` line of -o header, is fine.
    #[arg(value_name = "TOKEN", allow_hyphen_values = true)]
    pub token: Option<String>,

    /// Verify the signature with IAM's published keys, and the issuer.
    #[arg(long)]
    pub verify: bool,

    #[command(flatten)]
    pub endpoint: super::EndpointOptions,
    #[command(flatten)]
    pub context: super::ContextOptions,
    #[command(flatten)]
    pub network: super::NetworkOptions,
    #[command(flatten)]
    pub output: super::JsonOutputOption,
    #[command(flatten)]
    pub verbose: super::VerboseOption,
    #[command(flatten)]
    pub cache: super::CacheOption,
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
    List {
        #[command(flatten)]
        output: JsonOutputOption,
        #[command(flatten)]
        context: ContextOptions,
    },
    /// The settings a context resolves to and where each comes from (secrets by source only).
    Show {
        /// The context (default: the selected or default context).
        name: Option<String>,
        #[command(flatten)]
        context: ContextOptions,
    },
    /// Set a context's setting, making the context (and the file, 0600) when missing. Checked
    /// as a run checks it; a literal secret is refused (give @PATH, env:NAME or cmd:LINE).
    Set {
        /// The context.
        #[arg(value_name = "CONTEXT")]
        name: String,
        /// The setting: an option's long name (`iam_url` or `iam-url`), or `grant`.
        key: String,
        /// Its value.
        value: String,
    },
    /// Remove a setting from a context.
    Unset {
        /// The context.
        #[arg(value_name = "CONTEXT")]
        name: String,
        /// The setting.
        key: String,
    },
    /// Remove a context (and `default_context`, when it named it).
    Delete {
        /// The context.
        #[arg(value_name = "CONTEXT")]
        name: String,
    },
    /// Make a context the default (`default_context`), or have none with --none.
    Use {
        /// The context.
        #[arg(value_name = "CONTEXT", required_unless_present = "none")]
        name: Option<String>,
        /// Remove `default_context`: no context unless one is asked for.
        #[arg(long, conflicts_with = "name")]
        none: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum CacheAction {
    /// One line per cached token: ID, grant, context and subject, IAM host (a cluster's
    /// host:port), expiry, time left (-o json: an array). Never a token.
    List {
        #[command(flatten)]
        output: JsonOutputOption,
    },
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

/// Set container clients up to get IBM Cloud Container Registry credentials from iamtoken.
///
/// docker, podman, buildah, skopeo and crane ask a credential helper for a registry's
/// credentials when docker's config.json names one for it. `docker-credential-iamtoken`
/// (installed beside iamtoken) answers with username iambearer and an IAM access token,
/// minted when needed and cached, for IBM Cloud Container Registry (icr.io, every regional
/// and private.* name) and the hosts in the config's [registry] table.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  iamtoken registry setup
  iamtoken registry setup --dry-run
  iamtoken registry setup --docker-config ~/.config/ci-docker
  iamtoken registry setup --remove

In the config file:
  [registry]
  context = \"ci\"              # the identity (else IAMTOKEN_CONTEXT, IBMCLOUD_API_KEY,
                               # default_context)
  min_ttl = \"30m\"             # reuse a token while this, or half its life, is left
  username = \"iambearer\"      # or \"iamapikey\": hand clients the API key itself
  hosts = [\"registry.example.internal\"]
  [registry.host.\"de.icr.io\"]
  context = \"eu-team\"")]
pub struct RegistryArgs {
    #[command(subcommand)]
    pub action: RegistryAction,
}

#[derive(Debug, Subcommand)]
pub enum RegistryAction {
    /// Name docker-credential-iamtoken as the credential helper of every served registry in
    /// docker's config.json ($DOCKER_CONFIG/config.json, else ~/.docker/config.json), keeping
    /// everything else in the file. A registry that already has another helper is left alone
    /// unless --force.
    Setup {
        /// The folder of config.json (as DOCKER_CONFIG), or the file itself.
        #[arg(long, value_name = "PATH")]
        docker_config: Option<std::path::PathBuf>,
        /// Print the resulting config.json on stdout and write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Take out exactly the entries setup made.
        #[arg(long)]
        remove: bool,
        /// Replace another helper's entry for a served registry.
        #[arg(long, conflicts_with = "remove")]
        force: bool,
    },
}

/// Print a shell's completion script.
///
/// The script completes iamtoken's commands and options as you type them, and asks iamtoken
/// (from PATH, by name) for what depends on this machine: the config's context names, the cache
/// IDs, and a grant's options after exec, check or serve. Load it from your shell's startup
/// file.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  echo 'source <(iamtoken completions bash)' >> ~/.bashrc
  iamtoken completions zsh > \"${fpath[1]}/_iamtoken\"
  iamtoken completions fish > ~/.config/fish/completions/iamtoken.fish
  iamtoken completions powershell >> $PROFILE")]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// The shells `completions` writes for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

impl Shell {
    /// The shell's name, as clap_complete knows it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Bash => "bash",
            Self::Zsh => "zsh",
            Self::Fish => "fish",
            Self::Powershell => "powershell",
            Self::Elvish => "elvish",
        }
    }
}

/// Print iamtoken's man page, or write every page into a folder.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  iamtoken man | man -l -
  iamtoken man --dir /usr/local/share/man/man1")]
pub struct ManArgs {
    /// Write iamtoken.1 and one page per command (iamtoken-apikey.1, ...) into DIR instead.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<std::path::PathBuf>,
}

/// `docker-credential-iamtoken --help`, and its man page: the helper speaks docker's credential
/// helper protocol, not clap's command line.
pub const CREDENTIAL_HELPER_HELP: &str = "\
docker-credential-iamtoken: IBM Cloud Container Registry credentials from iamtoken, for docker,
podman, buildah, skopeo and crane. Container clients run it; you seldom do.

usage: docker-credential-iamtoken <get|store|erase|list|version>

  get      read a registry from stdin; print {\"ServerURL\",\"Username\",\"Secret\"} with an IAM
           access token as the secret (username iambearer)
  store    refused: iamtoken mints credentials, it stores none
  erase    does nothing (so that docker logout succeeds)
  list     print the registries served, with their username
  version  print the version (also --version)

Served: IBM Cloud Container Registry (icr.io and every regional and private.* name) and the
hosts in [registry] of iamtoken's config file. The identity is the host's context, else
[registry] context, else IAMTOKEN_CONTEXT, else IBMCLOUD_API_KEY/IC_API_KEY, else
default_context. Exit 0 on success, 1 otherwise (the message is on stdout).

Set docker up with:  iamtoken registry setup
Examples:
  echo us.icr.io | docker-credential-iamtoken get
  docker-credential-iamtoken list
";
