//! The command line, as clap derive definitions: global options, output formats, and the
//! subcommands that are not grants (exec, inspect, cache, config); the grants' arguments are in
//! `grants`. Only shapes and clap-level rules live here; semantics live elsewhere.

mod grants;
mod introspect;
mod login;
mod tools;
mod values;

pub use self::grants::*;
pub use self::introspect::*;
pub use self::login::*;
pub use self::tools::*;
pub use self::values::*;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::endpoint::Endpoint;

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
  cmd:LINE   what this command prints (sh -c; cmd /C on Windows); run only when a token
             must be fetched, and never from a variable's value
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
/// The subcommands from apikey to vpc are the grant types of IAM's token endpoint (POST
/// /identity/token); iks and openshift make the credentials IBM Cloud clusters accept; the rest put
/// tokens where they are needed. A token goes to standard output in the format chosen with -o;
/// everything else goes to standard error.
#[derive(Debug, Parser)]
#[command(
    name = "iamtoken",
    // Not argv[0]'s file name, which is `iamtoken.exe` on Windows: messages and usage lines
    // name the command as it is typed.
    bin_name = "iamtoken",
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
    ///
    /// The deadline covers the whole attempt, from connecting to the last byte of the answer,
    /// so a server that answers slowly cannot stretch it. With --retries N, a run takes at most
    /// about (N + 1) × this, plus the waits between attempts.
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

    /// Use no context: neither IAMTOKEN_CONTEXT nor the config's default_context.
    #[arg(
        long,
        global = true,
        conflicts_with_all = ["context", "sdk_service"],
        help_heading = "Settings"
    )]
    pub no_context: bool,

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
    ///
    /// Each attempt has its own --timeout deadline; between attempts the wait doubles from 0.5 s
    /// to 8 s, or is what the server's Retry-After asks (at most 30 s).
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
    /// A Kubernetes client.authentication.k8s.io/v1 ExecCredential, for kubectl's exec plugins.
    /// From a grant it holds an IAM access token, which clusters that authenticate IAM tokens
    /// accept; IBM Cloud Kubernetes Service clusters need `iamtoken iks`, and Red Hat OpenShift on
    /// IBM Cloud clusters `iamtoken openshift`.
    ExecCredential,
}

/// The command line's definition: `Cli`'s, with the `-- CMD [ARGS]` that ends a grant's words
/// under `exec` (an argument of those grants only, which the shared `Grant` cannot declare).
/// Each caller gets its own copy, to change as it needs; it is made once a run, since a run
/// reads its words more than once (before and after a context applies).
pub fn command() -> clap::Command {
    shared().clone()
}

/// The definition, to read (never to parse with: parsing builds a command, which takes `&mut`).
pub fn shared() -> &'static clap::Command {
    static DEFINITION: std::sync::OnceLock<clap::Command> = std::sync::OnceLock::new();
    DEFINITION.get_or_init(expanded)
}

/// The definition, built anew, for the one parse of a run: the grants under `exec`, `check` and
/// `serve` are defined only when that command is parsed (`Command::defer`), since most runs use
/// none of them and they are most of the definition.
pub fn definition() -> clap::Command {
    // In place: `mut_subcommand` would move each to the end, and the help lists them in order.
    base().mut_subcommands(|c| match c.get_name() {
        "exec" => c.defer(with_exec_grants),
        "check" => c.defer(with_grants),
        "serve" => c.defer(with_served),
        _ => c,
    })
}

/// The whole definition, every grant under `exec`, `check` and `serve` in place: for what reads
/// or changes the tree (a context's values, the variables set aside, completion, the man pages,
/// errors).
fn expanded() -> clap::Command {
    base().mut_subcommands(|c| match c.get_name() {
        "exec" => with_exec_grants(c),
        "check" => with_grants(c),
        "serve" => with_served(c),
        _ => c,
    })
}

fn base() -> clap::Command {
    use clap::CommandFactory as _;
    let cmd = Cli::command();
    let cmd = only_honoured(cmd);
    cluster_formats(cmd)
}

/// `check` with its grants.
fn with_grants(cmd: clap::Command) -> clap::Command {
    use clap::Subcommand as _;
    Grant::augment_subcommands(cmd)
}

/// `serve` with its grants, `list` and `stop`. (The enum's own description is not serve's.)
fn with_served(cmd: clap::Command) -> clap::Command {
    use clap::Subcommand as _;
    let about = cmd.get_about().cloned();
    let long_about = cmd.get_long_about().cloned();
    let cmd = Serving::augment_subcommands(cmd);
    let cmd = match about {
        Some(about) => cmd.about(about),
        None => cmd,
    };
    match long_about {
        Some(long_about) => cmd.long_about(long_about),
        None => cmd,
    }
}

/// `exec` with its grants, each taking the command after `--`.
fn with_exec_grants(exec: clap::Command) -> clap::Command {
    let exec = with_grants(exec);
    let grants: Vec<String> = exec
        .get_subcommands()
        .map(|g| g.get_name().to_owned())
        .collect();
    grants.into_iter().fold(exec, |exec, grant| {
        exec.mut_subcommand(grant, |g| {
            g.arg(
                clap::Arg::new(EXEC_COMMAND)
                    .help("The command to run, and its arguments, after --")
                    .value_name("CMD")
                    .last(true)
                    .num_args(1..)
                    .action(clap::ArgAction::Append)
                    .value_parser(clap::value_parser!(std::ffi::OsString)),
            )
        })
    })
}

/// The commands that are not grants, each with only the global options it honours in its
/// help, usage line and completion: each of those is its own, and each other one is shadowed by
/// a hidden one of the same name, which still parses, so that `settings` can say it means
/// nothing there. `-o` of a command that prints text or JSON takes `json` alone.
fn only_honoured(cmd: clap::Command) -> clap::Command {
    let globals: Vec<clap::Arg> = cmd
        .get_arguments()
        .filter(|a| a.is_global_set())
        .cloned()
        .collect();
    let paths: Vec<(String, Vec<String>)> = cmd
        .get_subcommands()
        .filter(|sub| honoured(sub.get_name()).is_some())
        .map(|sub| {
            let leaves = sub
                .get_subcommands()
                .map(|leaf| leaf.get_name().to_owned())
                .collect();
            (sub.get_name().to_owned(), leaves)
        })
        .collect();
    paths.into_iter().fold(cmd, |cmd, (name, leaves)| {
        cmd.mut_subcommand(&name, |sub| {
            let sub = shadow(sub, &name, &globals);
            // A leaf's copies are made when it is parsed: nothing reaches it from its parent,
            // whose copies are its own, not global.
            match leaf_shadower(&name) {
                Some(deferred) => sub.mut_subcommands(|leaf| leaf.defer(deferred)),
                None => leaves.into_iter().fold(sub, |sub, leaf| {
                    let path = format!("{name} {leaf}");
                    sub.mut_subcommand(&leaf, |l| shadow(l, &path, &globals))
                }),
            }
        })
    })
}

/// `sub` (`name` as messages say it) with a copy of each global option: its own for those it
/// honours (`-o` taking `json` alone), and a hidden one for the others, which still parses
/// (typed as the global one: clap merges their values by id) so that `settings` can say it
/// means nothing there.
fn shadow(mut sub: clap::Command, name: &str, globals: &[clap::Arg]) -> clap::Command {
    let honoured = honoured(name).unwrap_or_default();
    for arg in globals {
        let id = arg.get_id().as_str();
        if !honoured.contains(&id) {
            sub = sub.arg(hidden_copy(arg));
        } else if id == "output" {
            let json = output_of(arg, &[Format::Json], "Print JSON instead of text");
            sub = sub.arg(json.hide_default_value(true));
        } else {
            // Its own copy: the parent's hidden one would keep the global from reaching it.
            sub = sub.arg(arg.clone().global(false));
        }
    }
    sub
}

/// A hidden copy of global option `arg` that parses what it parses and nothing more: no help, no
/// variable, no default (the global's own default stands). Cheaper to make than a clone, and
/// every command that is not a grant holds a dozen of them.
fn hidden_copy(arg: &clap::Arg) -> clap::Arg {
    let mut copy = clap::Arg::new(arg.get_id().clone())
        .hide(true)
        .action(arg.get_action().clone())
        .value_parser(arg.get_value_parser().clone())
        .allow_hyphen_values(arg.is_allow_hyphen_values_set());
    if let Some(long) = arg.get_long() {
        copy = copy.long(long.to_owned());
    }
    if let Some(short) = arg.get_short() {
        copy = copy.short(short);
    }
    if let Some(range) = arg.get_num_args() {
        copy = copy.num_args(range);
    }
    copy
}

/// The deferred shadowing of the leaves of `parent` (`cache list`): a plain function, as
/// `Command::defer` takes, for each parent that has leaves.
fn leaf_shadower(parent: &str) -> Option<fn(clap::Command) -> clap::Command> {
    fn leaf_of(leaf: clap::Command, parent: &str) -> clap::Command {
        use clap::Args as _;
        let globals: Vec<clap::Arg> = Global::augment_args(clap::Command::new("globals"))
            .get_arguments()
            .cloned()
            .collect();
        let path = format!("{parent} {}", leaf.get_name());
        shadow(leaf, &path, &globals)
    }
    Some(match parent {
        "cache" => |leaf| leaf_of(leaf, "cache"),
        "config" => |leaf| leaf_of(leaf, "config"),
        "registry" => |leaf| leaf_of(leaf, "registry"),
        _ => return None,
    })
}

/// The formats a cluster's credential (`iks`, `openshift`) prints in: it is for kubectl, not
/// an IAM token for variables or headers.
pub const CLUSTER_FORMATS: [Format; 3] = [Format::Json, Format::Token, Format::ExecCredential];

/// `iks` and `openshift` with an `-o` of their own, which offers and takes only
/// `CLUSTER_FORMATS` (a value from before the command or a variable is checked when the run
/// starts).
fn cluster_formats(cmd: clap::Command) -> clap::Command {
    let Some(output) = cmd
        .get_arguments()
        .find(|a| a.get_id() == "output")
        .cloned()
    else {
        return cmd;
    };
    let local = output_of(&output, &CLUSTER_FORMATS, "Output format of the credential");
    ["iks", "openshift"].into_iter().fold(cmd, |cmd, name| {
        cmd.mut_subcommand(name, |sub| sub.arg(local.clone()))
    })
}

/// A command's own copy of the global `-o` (`output`), which offers and takes only `formats`.
/// A value from before the command or a variable still reaches the global one, and is checked
/// when the run starts.
fn output_of(output: &clap::Arg, formats: &[Format], help: &'static str) -> clap::Arg {
    use clap::builder::TypedValueParser as _;
    let names: Vec<String> = formats
        .iter()
        .filter_map(ValueEnum::to_possible_value)
        .map(|v| v.get_name().to_owned())
        .collect();
    output
        .clone()
        .global(false)
        .env(None)
        .help(help)
        .long_help(None::<&str>)
        .value_parser(
            clap::builder::PossibleValuesParser::new(names)
                .map(|name| Format::from_str(&name, false).unwrap_or_default()),
        )
}

/// The commands that run a grant named after theirs: `exec`, `check` and `serve`.
pub const WRAPPERS: [&str; 3] = ["exec", "check", "serve"];

/// `cmd` with `f` applied to each of its subcommands, and to each grant under `exec`, `check`
/// and `serve`: every command whose options a rule may change.
pub fn each_command(
    cmd: clap::Command,
    f: &dyn Fn(clap::Command) -> clap::Command,
) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    names.into_iter().fold(cmd, |cmd, name| {
        let wraps = WRAPPERS.contains(&name.as_str());
        cmd.mut_subcommand(name, |sub| {
            let sub = f(sub);
            if wraps { each_command(sub, f) } else { sub }
        })
    })
}

/// `cmd` with `f` applied to grant `name`, at the top and under `exec`, `check` and `serve`.
pub fn mut_grant(
    cmd: clap::Command,
    name: &str,
    f: &dyn Fn(clap::Command) -> clap::Command,
) -> clap::Command {
    let cmd = cmd.mut_subcommand(name, f);
    WRAPPERS.iter().fold(cmd, |cmd, wrapper| {
        cmd.mut_subcommand(*wrapper, |w| {
            if w.find_subcommand(name).is_some() {
                w.mut_subcommand(name, f)
            } else {
                w
            }
        })
    })
}

/// The id of exec's `-- CMD [ARGS]`, on `exec` itself and on each grant under it.
pub const EXEC_COMMAND: &str = "command";

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(flatten)]
    Grant(Grant),
    #[command(flatten)]
    Credential(Credential),
    Exec(ExecArgs),
    Serve(ServeArgs),
    Check(CheckArgs),
    Inspect(InspectArgs),
    Cache(CacheArgs),
    Config(ConfigArgs),
    Registry(RegistryArgs),
    Login(LoginArgs),
    Sessions(SessionsArgs),
    Logout(LogoutArgs),
    Passcode(PasscodeArgs),
    Status(StatusArgs),
    Accounts(AccountsArgs),
    Completions(CompletionsArgs),
    Man(ManArgs),
}

impl Command {
    /// The grant or credential command, when this command prints a token.
    pub fn token_command(&self) -> Option<TokenCommand<'_>> {
        match self {
            Self::Grant(grant) => Some(TokenCommand::Grant(grant)),
            Self::Credential(credential) => Some(TokenCommand::Credential(credential)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        command().debug_assert();
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
        check(&command());
    }
}
