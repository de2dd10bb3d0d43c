//! iamtoken: parse the command line, build the grant's request, fetch, print. Errors end here
//! as one line on stderr and the documented exit code.

use std::io::{self, Write as _};
use std::process::ExitCode;

use anyhow::Result;

use iamtoken::args;
use iamtoken::args::Mode;
use iamtoken::cli::{Format, TokenCommand};
use iamtoken::error::{self, usage};
use iamtoken::secret::Handover;
use iamtoken::serve::{self, sink::Sink};
use iamtoken::settings::Settings;
use iamtoken::{
    accounts, cache_command, check, completions, config_command, exec, grant, inspect, login,
    obtain, output, registry, status,
};

fn main() -> ExitCode {
    // Before anything holds a secret: no core file, no reading of this process by others.
    iamtoken::dumps::forbid();
    error::report_panics(false);
    // A shell's completion script asking what to offer: answered, and the process ends.
    clap_complete::CompleteEnv::with_factory(completions::command)
        .var(completions::VAR)
        .completer("iamtoken")
        .complete();
    let words: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if words.get(1).is_some_and(|w| w == "help")
        && let Some(code) = completions::help_page(&words)
    {
        return code;
    }
    let result =
        args::parse(&words, &mut io::stderr()).and_then(|parsed| run(Settings::new(parsed)));
    let err = match result {
        Ok(code) => return code,
        // A clap error (or --help) is shown as clap's errors are.
        Err(err) => match err.downcast::<clap::Error>() {
            Ok(clap_error) => return clap_exit(&clap_error),
            Err(err) => err,
        },
    };
    if is_broken_pipe(&err) {
        return ExitCode::SUCCESS;
    }
    args::say(&err, &mut io::stderr().lock());
    ExitCode::from(error::classify(&err).0.code())
}

/// A clap error as iamtoken's own errors are said: `iamtoken: error: ...`, a hint for clap's
/// tip, and a short usage line (exit 2). Help and version print as clap prints them.
fn clap_exit(err: &clap::Error) -> ExitCode {
    let shows_help = err.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand;
    if !err.use_stderr() || shows_help {
        // Help or the version, on stdout: a full disk is said, a closed pipe is not.
        if let Err(e) = err.print()
            && e.kind() != io::ErrorKind::BrokenPipe
            && !shows_help
        {
            let _ = writeln!(io::stderr(), "iamtoken: error: {}", stdout_failed(&e));
            return ExitCode::from(error::Exit::Internal.code());
        }
        return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
    }
    // Read again, on this path alone: the usage line shows only the options typed.
    let typed = args::Reading::of(&std::env::args_os().collect::<Vec<_>>());
    let said = args::describe(err, &typed);
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "iamtoken: error: {}", said.message);
    for hint in said.hints {
        let _ = writeln!(stderr, "iamtoken: hint: {hint}");
    }
    if let Some(usage) = said.usage {
        let _ = writeln!(stderr, "iamtoken: usage: {usage} (see --help)");
    }
    ExitCode::from(error::Exit::Usage.code())
}

/// One dispatch over the run's mode.
fn run(settings: Settings) -> Result<ExitCode> {
    if let Some(misplaced) = &settings.misplaced {
        return Err(misplaced.clone().into());
    }
    let stderr = &mut io::stderr();
    match &settings.mode {
        Mode::Grant(grant) => print(&settings, TokenCommand::Grant(grant))?,
        Mode::Credential(credential) => print(&settings, TokenCommand::Credential(credential))?,
        Mode::Exec(grant, command) if command.serve.is_some() || command.sink.is_some() => {
            let (planned, read) = obtain::plan(&settings, TokenCommand::Grant(grant), false)?;
            let (name, command) = (grant.name(), command.clone());
            return exec_serving(planned.into_plan(), name, &read, &command, settings);
        }
        Mode::Exec(grant, command) => {
            let (got, read) = obtain::for_command(&settings, TokenCommand::Grant(grant), None)?;
            return exec::run(command, &got.token, &read, &[], None);
        }
        Mode::Check(grant, check) => {
            let (planned, _) = obtain::plan(&settings, TokenCommand::Grant(grant), false)?;
            let plan = planned.into_plan();
            check::run(check, &settings, plan, grant.name(), &mut out(), stderr)?;
        }
        Mode::Serve(grant, serve) => {
            // With --detach, the secrets read here are passed to the copy that serves, which
            // takes them instead of reading again.
            let handover = match (serve.options.detach, serve::detach::is_child()) {
                (false, _) => Handover::None,
                (true, false) => Handover::Keep(Vec::new()),
                (true, true) => Handover::Received(serve::detach::received()?),
            };
            let (planned, read) =
                obtain::plan_handing(&settings, TokenCommand::Grant(grant), false, handover)?;
            let (name, serve) = (grant.name(), serve.clone());
            let sink = serve
                .sink
                .map(|s| Sink::new(s.path, s.format))
                .transpose()?;
            let obtain::Planned { plan, secrets } = planned;
            let handed = serve::detach::Handed {
                secrets: secrets.handover().kept(),
                variables: read,
            };
            return serve::run(settings, plan, name, &serve.options, sink, &handed);
        }
        Mode::ServeList => {
            let json = settings.json_asked();
            serve::services::list(json, &mut out(), &mut stderr.lock())?;
        }
        Mode::ServeStop(pids) => serve::services::stop(pids.as_deref(), &mut stderr.lock())?,
        Mode::Inspect(args) => inspect::run(args, &settings, &mut out(), stderr)?,
        Mode::Cache(action) => {
            cache_command::run(action, &settings, &mut out(), &mut stderr.lock())?;
        }
        Mode::Registry(action) => {
            let config = &settings.config;
            registry::setup::run(action, config, &mut out(), &mut stderr.lock())?;
        }
        Mode::Config(action) => {
            config_command::run(action, &settings, &mut out(), &mut stderr.lock())?;
        }
        Mode::Login(args) => login::login(args, &settings, stderr)?,
        Mode::Sessions => login::list(&settings, &mut out(), stderr)?,
        Mode::Logout(name) => login::logout(name.as_deref(), &settings, stderr)?,
        Mode::Status => status::run(&settings, &mut out(), &mut stderr.lock())?,
        Mode::Accounts(name) => accounts::run(&settings, name, &mut out(), &mut stderr.lock())?,
        Mode::Passcode(name) => {
            let passcode = obtain::passcode(&settings, name, &mut stderr.lock())?;
            writeln!(out(), "{}", passcode.expose())?;
        }
        Mode::Completions(shell) => completions::script(*shell, &mut out())?,
        Mode::Man(None) => completions::man(&mut out())?,
        Mode::Man(Some(dir)) => completions::man_pages(dir).map_err(|e| {
            usage(format!(
                "cannot write the man pages into {}: {e}",
                dir.display()
            ))
        })?,
    }
    Ok(ExitCode::SUCCESS)
}

/// `exec` with `--serve` or `--sink`: the token kept fresh for as long as the command runs.
fn exec_serving(
    plan: grant::Plan,
    grant: &'static str,
    read: &[String],
    command: &args::ExecCommand,
    settings: Settings,
) -> Result<ExitCode> {
    let sink = command
        .sink
        .clone()
        .map(|s| Sink::new(s.path, s.format))
        .transpose()?;
    let running = serve::start(settings, plan, grant, command.serve.as_ref(), sink)?;
    let token = running.source.current()?;
    let failed = || running.failed();
    let code = exec::run(command, &token, read, &running.variables(), Some(&failed));
    // The service's own failure says more than the command's stop.
    running.stop()?;
    code
}

/// Prints the token `command` asks for in the run's format.
fn print(settings: &Settings, command: TokenCommand) -> Result<()> {
    let format = settings.output.value;
    // Checked before any request: a token nobody can receive must not be fetched.
    let mut github_env = match format {
        Format::Github => Some(open_github_env()?),
        _ => None,
    };
    let (got, _) = obtain::for_command(settings, command, Some(format))?;
    let mut stdout = out();
    let env = github_env.as_mut().map(|f| f as &mut dyn io::Write);
    output::write(&mut stdout, format, &got.token, got.wanted, env)?;
    stdout.flush()?;
    Ok(())
}

/// `$GITHUB_ENV`, the file GitHub Actions reads variables for later steps from.
fn open_github_env() -> Result<std::fs::File> {
    let path = std::env::var_os("GITHUB_ENV")
        .filter(|p| !p.is_empty())
        .ok_or_else(|| {
            usage("-o github needs GITHUB_ENV, which GitHub Actions sets in each step")
                .hint("outside GitHub Actions, use -o export or -o dotenv")
        })?;
    std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(&path)
        .map_err(|e| {
            usage(format!(
                "cannot append to GITHUB_ENV ({}): {e}",
                std::path::Path::new(&path).display()
            ))
            .into()
        })
}

/// `iamtoken … | head -c0` is not an error worth reporting.
/// stdout, locked, whose write errors say they are stdout's (a full disk, a terminal gone), but
/// for a closed pipe (`| head`), which ends the run quietly.
fn out() -> Out {
    Out(io::stdout().lock())
}

struct Out(io::StdoutLock<'static>);

impl io::Write for Out {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.write(bytes).map_err(said)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush().map_err(said)
    }
}

fn said(e: io::Error) -> io::Error {
    if e.kind() == io::ErrorKind::BrokenPipe {
        e
    } else {
        io::Error::new(e.kind(), stdout_failed(&e))
    }
}

fn stdout_failed(e: &io::Error) -> String {
    format!("writing stdout failed: {e}")
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.downcast_ref::<io::Error>()
        .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
}
