//! The command line, as clap derive definitions: global options, output formats, and the
//! subcommands that are not grants (exec, inspect, cache, config); the grants' arguments are in
//! `grants`. Only shapes and clap-level rules live here; semantics live elsewhere.

mod grants;
mod introspect;
mod login;
mod options;
mod tools;
mod values;

pub use self::grants::*;
pub use self::introspect::*;
pub use self::login::*;
pub use self::options::*;
pub use self::tools::*;
pub use self::values::*;

use clap::{Parser, Subcommand, ValueEnum};

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
    /// The global options typed before the command. Their values are read by `args::resolve`,
    /// from every command that holds them, never from here.
    #[command(flatten)]
    pub global: Global,

    /// `None`: the grant was left out, and a context's stands in (`args` says so when there
    /// is none).
    #[command(subcommand)]
    pub command: Option<Command>,
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
    use clap::Args as _;
    // In place: `mut_subcommand` would move each to the end, and the help lists them in order.
    // Each replaces the derive's deferred definition, which is the first half of it.
    base().mut_subcommands(|c| match c.get_name() {
        "exec" => c.defer(|c| with_exec_grants(ExecArgs::augment_args(c))),
        "check" => c.defer(|c| with_grants(CheckArgs::augment_args(c))),
        "serve" => c.defer(|c| with_served(ServeArgs::augment_args(c))),
        _ => c,
    })
}

/// The whole definition, every grant under `exec`, `check` and `serve` in place: for what reads
/// or changes the tree (a context's values, the variables set aside, completion, the man pages,
/// errors).
fn expanded() -> clap::Command {
    base().mut_subcommands(|c| match c.get_name() {
        "exec" => with_exec_grants(defined(c)).mut_subcommands(defined),
        "check" => with_grants(defined(c)).mut_subcommands(defined),
        "serve" => with_served(defined(c)).mut_subcommands(defined),
        _ => defined(c),
    })
}

/// Command `sub` (at the top, or a grant under `exec`, `check` or `serve`) with its options
/// defined. The derive defines them only when the command is parsed (`#[command(defer = true)]`
/// on `Command`, `Grant` and `Credential`), since a run parses one command and defining them
/// all is most of the cost of a run that finds its token in the cache; what reads or changes a
/// command's options first defines them here. Any other command is returned as it is.
pub fn defined(sub: clap::Command) -> clap::Command {
    // The description comes with the options, from the command's struct.
    if sub.get_about().is_some() {
        return sub;
    }
    match options_of(sub.get_name()) {
        // The derive's deferred definition is replaced by nothing, and made here instead.
        Some(define) => define(sub.defer(|c| c)),
        None => sub,
    }
}

/// The definition of the command at `path` (`["cache", "path"]`) alone, unbuilt: what it
/// holds, without defining every other command.
pub fn command_at(path: &[&str]) -> Option<clap::Command> {
    let (top, rest) = path.split_first()?;
    let mut cmd = options_of(top)?(clap::Command::new((*top).to_owned()));
    if *top == "serve" {
        cmd = with_served(cmd);
    } else if WRAPPERS.contains(top) {
        cmd = with_grants(cmd);
    }
    for name in rest {
        cmd = defined(cmd.find_subcommand(name)?.clone());
    }
    Some(cmd)
}

/// What the derive defers for command `name`: its struct's definition.
fn options_of(name: &str) -> Option<fn(clap::Command) -> clap::Command> {
    use clap::Args as _;
    Some(match name {
        "exec" => ExecArgs::augment_args,
        "serve" => ServeArgs::augment_args,
        "check" => CheckArgs::augment_args,
        "inspect" => InspectArgs::augment_args,
        "cache" => CacheArgs::augment_args,
        "config" => ConfigArgs::augment_args,
        "registry" => RegistryArgs::augment_args,
        "login" => LoginArgs::augment_args,
        "sessions" => SessionsArgs::augment_args,
        "logout" => LogoutArgs::augment_args,
        "passcode" => PasscodeArgs::augment_args,
        "status" => StatusArgs::augment_args,
        "accounts" => AccountsArgs::augment_args,
        "completions" => CompletionsArgs::augment_args,
        "man" => ManArgs::augment_args,
        "apikey" => ApikeyArgs::augment_args,
        "delegated" => DelegatedArgs::augment_args,
        "assume" => AssumeArgs::augment_args,
        "cr-token" => CrTokenArgs::augment_args,
        "iam-authz" => IamAuthzArgs::augment_args,
        "password" => PasswordArgs::augment_args,
        "refresh" => RefreshArgs::augment_args,
        "delegated-refresh-token" => DelegatedRefreshTokenArgs::augment_args,
        "vpc" => VpcArgs::augment_args,
        "session" => SessionArgs::augment_args,
        "ibmcloud" => IbmcloudArgs::augment_args,
        "iks" => IksArgs::augment_args,
        "openshift" => OpenshiftArgs::augment_args,
        _ => return None,
    })
}

fn base() -> clap::Command {
    use clap::CommandFactory as _;
    Cli::command()
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

/// The commands that run a grant named after theirs: `exec`, `check` and `serve` (held to the
/// definition by a test: a cache hit reads it, and building the definition costs more).
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
            let sub = f(defined(sub));
            if wraps { each_command(sub, f) } else { sub }
        })
    })
}

/// `cmd` with grant or credential command `name` defined (`defined`) wherever it is, when it
/// is one.
pub fn define_grant(cmd: clap::Command, name: &str) -> clap::Command {
    if cmd.find_subcommand(name).is_none() {
        return cmd;
    }
    mut_grant(cmd, name, &|sub| sub)
}

/// `cmd` with `f` applied to grant `name`, at the top and under `exec`, `check` and `serve`.
pub fn mut_grant(
    cmd: clap::Command,
    name: &str,
    f: &dyn Fn(clap::Command) -> clap::Command,
) -> clap::Command {
    let cmd = cmd.mut_subcommand(name, |sub| f(defined(sub)));
    WRAPPERS.iter().fold(cmd, |cmd, wrapper| {
        // A wrapper whose grants are not defined yet (`definition`) has none to change; moving
        // it costs more than a run that finds its token in the cache saves elsewhere.
        let holds = cmd
            .find_subcommand(wrapper)
            .is_some_and(|w| w.find_subcommand(name).is_some());
        if holds {
            cmd.mut_subcommand(*wrapper, |w| w.mut_subcommand(name, |sub| f(defined(sub))))
        } else {
            cmd
        }
    })
}

/// The id of exec's `-- CMD [ARGS]`, on `exec` itself and on each grant under it.
pub const EXEC_COMMAND: &str = "command";

// Each command's options are defined only when it is parsed (`defined` defines them for what
// reads or changes them).
#[derive(Debug, Subcommand)]
#[command(defer = true)]
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

    /// `defined` defines each command as the derive's deferred definition does, and knows every
    /// one of them.
    #[test]
    fn each_grant_is_defined_as_the_derive_defines_it() {
        use clap::Subcommand as _;
        let stubs = || super::Command::augment_subcommands(clap::Command::new("t"));
        for sub in stubs().get_subcommands() {
            assert!(
                sub.get_about().is_none(),
                "{} is not deferred",
                sub.get_name()
            );
        }
        let mut ours = stubs().mut_subcommands(defined);
        for sub in ours.get_subcommands() {
            assert!(
                sub.get_about().is_some(),
                "{} is not defined by `defined`",
                sub.get_name()
            );
        }
        let mut derived = stubs();
        ours.build();
        derived.build();
        let shape = |cmd: &clap::Command| -> Vec<(String, Vec<String>, String)> {
            cmd.get_subcommands()
                .map(|sub| {
                    let ids = sub
                        .get_arguments()
                        .map(|a| a.get_id().to_string())
                        .collect();
                    let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
                    (sub.get_name().to_owned(), ids, about)
                })
                .collect()
        };
        assert_eq!(shape(&ours), shape(&derived));
        assert!(shape(&ours).len() >= 28);
    }

    #[test]
    fn a_command_alone_holds_what_it_holds_in_the_whole_definition() {
        let whole = command();
        for path in [
            &["cache", "path"][..],
            &["cache", "list"],
            &["inspect"],
            &["serve", "list"],
            &["config", "show"],
            &["status"],
        ] {
            let ids = |cmd: &clap::Command| -> Vec<String> {
                cmd.get_arguments()
                    .map(|a| a.get_id().to_string())
                    .collect()
            };
            let mut in_whole = &whole;
            for name in path {
                in_whole = in_whole.find_subcommand(name).unwrap();
            }
            assert_eq!(ids(&command_at(path).unwrap()), ids(in_whole), "{path:?}");
        }
    }

    /// `WRAPPERS`, a list a cache hit reads without building anything, is the definition's: the
    /// commands whose subcommand is a grant.
    #[test]
    fn the_wrappers_are_the_commands_whose_subcommand_is_a_grant() {
        let whole = command();
        let mut wrappers: Vec<&str> = whole
            .get_subcommands()
            .filter(|c| c.get_subcommand_value_name() == Some("GRANT"))
            .map(clap::Command::get_name)
            .collect();
        wrappers.sort_unstable();
        let mut listed = WRAPPERS;
        listed.sort_unstable();
        assert_eq!(wrappers, listed);
    }

    #[test]
    fn definition_is_consistent() {
        command().debug_assert();
    }

    /// clap reads no variable: the settings layer does (`args`), so `--help` and the man pages
    /// can never show a variable's value, which may be a secret (and would make the committed
    /// man pages depend on the environment they were made in).
    #[test]
    fn clap_reads_no_variable() {
        fn check(cmd: &clap::Command) {
            for arg in cmd.get_arguments() {
                assert!(
                    arg.get_env().is_none(),
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
