//! `iamtoken serve` and `exec --serve`/`--sink`: a token kept fresh in the background
//! (`source`), served on loopback as the VPC instance metadata service serves it (`metadata`),
//! which every IBM SDK and the ibmcloud CLI speak unchanged, and kept in a file (`sink`).

pub mod detach;
mod log;
pub mod metadata;
mod peer;
pub mod services;
pub mod sink;
pub mod source;

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use anyhow::Result;

use self::metadata::Api;
use self::sink::Sink;
use self::source::Source;
use crate::args::ServeOptions;
use crate::cli::Format;
use crate::error::usage;
use crate::grant::{Field, Plan};
use crate::iam::server::{Answer, Request, Server};
use crate::jwt;
use crate::origin::Origin;
use crate::output;
use crate::secret::random_hex;
use crate::settings::{DEFAULT_MIN_TTL, Settings};
use crate::token::{TokenResponse, Wanted};

/// How long a stop waits for the threads: SIGTERM, SIGINT and SIGHUP end `serve` within 3 s.
const STOP_WITHIN: Duration = Duration::from_secs(2);

/// A running service: the refresher, and the server and the sink when asked for.
pub struct Running {
    pub source: Arc<Source>,
    /// `http://127.0.0.1:PORT/PREFIX`, when serving.
    pub url: Option<String>,
    services: Vec<String>,
    stop: Arc<AtomicBool>,
    /// Why the service stopped on its own: serving became impossible.
    failure: Arc<Mutex<Option<anyhow::Error>>>,
    threads: Vec<JoinHandle<()>>,
}

/// Starts keeping `plan`'s token fresh (the first token is fetched before this returns, so a
/// refused identity fails here), serving it when `serve` says so, and in `sink`.
pub fn start(
    settings: Settings,
    plan: Plan,
    grant: &'static str,
    serve: Option<&ServeOptions>,
    sink: Option<Sink>,
) -> Result<Running> {
    if plan.wanted() != Wanted::AccessToken {
        return Err(
            usage("a service hands out access tokens; this grant gives none")
                .hint("drop --receiver-client-ids-only options, or add --with-access-token")
                .into(),
        );
    }
    let min_ttl = settings
        .min_ttl
        .as_ref()
        .map_or(DEFAULT_MIN_TTL, |m| m.value);
    let verbose = settings.network.verbose > 0;
    let profiles_asked = profiles_of(&plan);
    let source = Arc::new(Source::new(settings, plan, grant, min_ttl));
    let first = source.first()?;
    let stop = Arc::new(AtomicBool::new(false));
    let failure = Arc::new(Mutex::new(None));
    let mut threads = vec![source.keep_fresh(Arc::clone(&stop))];
    let mut url = None;
    let mut services = Vec::new();
    if let Some(options) = serve {
        raise_fd_limit();
        let server = Server::bind(SocketAddr::new(options.bind, options.port))?;
        let addr = server.addr();
        let host = match addr.ip() {
            IpAddr::V6(ip) => format!("[{ip}]:{}", addr.port()),
            IpAddr::V4(ip) => format!("{ip}:{}", addr.port()),
        };
        // 128 bits from the OS's CSPRNG: the URL is the credential.
        let prefix = format!("/{}", random_hex(16)?);
        url = Some(format!("http://{host}{prefix}"));
        let mut profiles = profiles_asked;
        profiles.extend(profiles_in(&first));
        let held = Arc::clone(&source);
        let api = Arc::new(Api::new(
            prefix,
            host,
            Box::new(move || held.current()),
            profiles,
            verbose,
        )?);
        let stopping = Arc::clone(&stop);
        let failed = Arc::clone(&failure);
        // Nothing on the server's thread writes to stderr itself: a stderr nobody reads must
        // not stall a request.
        let log = log::Log::start();
        let traced = log.clone();
        let answer: Arc<dyn Fn(&Request) -> Answer + Send + Sync> = Arc::new(move |request| {
            let mut line = Vec::new();
            let answer = api.answer(request, &mut line);
            if !line.is_empty() {
                traced.write(String::from_utf8_lossy(&line).into_owned());
            }
            answer
        });
        // On Linux another user's connection is closed before a byte of it is read; where the
        // peer's owner cannot be told, every peer is admitted (the server's bounds still hold).
        let admit = |local, peers: &[SocketAddr]| {
            peer::same_user(local, peers).unwrap_or_else(|| vec![true; peers.len()])
        };
        threads.push(std::thread::spawn(move || {
            let warn = |message: &str| {
                log.write(format!("iamtoken: warning: serve: {message}\n"));
            };
            if let Err(e) = server.run(&answer, &admit, &stopping, &warn) {
                *failed.lock().unwrap_or_else(PoisonError::into_inner) = Some(e);
                stopping.store(true, Ordering::Relaxed);
            }
        }));
        services.clone_from(&options.for_sdk_services);
    }
    if let Some(sink) = sink {
        sink.write(&first)?;
        threads.push(sink.keep(Arc::clone(&source), Arc::clone(&stop)));
    }
    Ok(Running {
        source,
        url,
        services,
        stop,
        failure,
        threads,
    })
}

impl Running {
    /// The variables a consumer needs: the service's URL for the ibmcloud CLI and for each
    /// named SDK service, and `NO_PROXY`/`no_proxy` with 127.0.0.1, so that clients that honour
    /// proxies never send the secret URL to one.
    pub fn variables(&self) -> Vec<(String, String)> {
        let Some(url) = &self.url else {
            return Vec::new();
        };
        let mut vars = vec![("IBMCLOUD_CR_VPC_URL".to_owned(), url.clone())];
        for service in &self.services {
            let name = sdk_name(service);
            vars.push((format!("{name}_AUTH_TYPE"), "vpc".to_owned()));
            vars.push((format!("{name}_AUTH_URL"), url.clone()));
        }
        for name in ["NO_PROXY", "no_proxy"] {
            let current = std::env::var(name).unwrap_or_default();
            let listed = current.split(',').any(|h| h.trim() == "127.0.0.1");
            let value = match (current.is_empty(), listed) {
                (true, _) => "127.0.0.1".to_owned(),
                (false, true) => current,
                (false, false) => format!("{current},127.0.0.1"),
            };
            vars.push((name.to_owned(), value));
        }
        vars
    }

    /// Where the service listens, without the URL's secret segment: `http://HOST:PORT`.
    pub fn address(&self) -> Option<String> {
        let url = self.url.as_deref()?;
        let rest = url.strip_prefix("http://")?;
        let host = rest.split('/').next()?;
        Some(format!("http://{host}"))
    }

    /// Whether the service has stopped on its own, because serving became impossible.
    pub fn failed(&self) -> bool {
        self.failure
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .is_some()
    }

    /// Stops the threads (the sink's file is removed) and waits for them; the error that
    /// stopped the service, if one did.
    pub fn stop(self) -> Result<()> {
        self.stop.store(true, Ordering::Relaxed);
        // The server and the sink see the flag within a tick; a renewal waiting on IAM may not
        // for up to its --timeout. It is not waited for past `STOP_WITHIN`: the process's exit
        // ends it (and its connection), and nothing it has not finished is in the cache.
        let deadline = Instant::now() + STOP_WITHIN;
        for thread in self.threads {
            while !thread.is_finished() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(20));
            }
            if thread.is_finished() {
                let _ = thread.join();
            }
        }
        let failure = self
            .failure
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        failure.map_or(Ok(()), Err)
    }
}

/// `iamtoken serve`: prints the environment in the run's shell format (`export` unless `-o`
/// names another), closes stdout, and serves until SIGINT, SIGTERM or SIGHUP (a hung-up
/// terminal must not leave a token file behind). With `--detach`, a copy of this command
/// serves in the background and this one returns once it is ready.
pub fn run(
    settings: Settings,
    plan: Plan,
    grant: &'static str,
    options: &ServeOptions,
    sink: Option<Sink>,
    handed: &detach::Handed,
) -> Result<ExitCode> {
    let format = if settings.output.origin == Origin::Flag {
        let format = settings.output.value;
        if !output::is_shell(format) {
            return Err(
                usage("serve prints variables: -o export, fish, powershell or dotenv").into(),
            );
        }
        format
    } else {
        Format::Export
    };
    let detached = options.detach && detach::is_child();
    if options.detach && !detached {
        detach::check_log(options.log.as_deref())?;
        return detach::start(handed, &mut std::io::stdout().lock());
    }
    let log = if detached {
        detach::leave_session();
        detach::log_file(options.log.as_deref())?
    } else {
        None
    };
    let stop = Arc::new(AtomicBool::new(false));
    stop_on_signals(&stop)?;
    let context = settings.context.as_ref().map(|c| c.name.clone());
    let sink_path = sink.as_ref().map(|s| s.path.clone());
    let running = start(settings, plan, grant, Some(options), sink)?;
    // Recorded before the environment is printed, so that `serve list` shows it as soon as the
    // command that started it has returned; removed when it ends.
    let _registered = match (detached, running.address()) {
        (true, Some(address)) if cfg!(unix) => {
            Some(services::register(address, grant, context, sink_path)?)
        }
        _ => None,
    };
    {
        let mut vars = running.variables();
        // So that a script that started it in the background can stop it.
        vars.push((
            "IAMTOKEN_SERVE_PID".to_owned(),
            std::process::id().to_string(),
        ));
        let mut stdout = std::io::stdout().lock();
        output::assignments(&mut stdout, format, &vars)?;
        stdout.flush()?;
    }
    close_stdout();
    if detached {
        detach::let_go(log.as_ref())?;
    }
    let _ = writeln!(
        std::io::stderr(),
        "iamtoken: serving {grant} tokens until SIGINT, SIGTERM or SIGHUP"
    );
    while !stop.load(Ordering::Relaxed) && !running.failed() {
        std::thread::sleep(Duration::from_millis(100));
    }
    running.stop()?;
    Ok(ExitCode::SUCCESS)
}

/// Closes stdout (it becomes /dev/null), so that `eval "$(iamtoken serve … &)"` and a reader
/// of a pipe see the end of the output while the service runs on.
fn close_stdout() {
    #[cfg(unix)]
    if let Ok(null) = std::fs::OpenOptions::new().write(true).open("/dev/null") {
        let _ = rustix::stdio::dup2_stdout(&null);
    }
}

/// Raises the soft limit on open files to the hard one, so that the server's connection cap,
/// not a small default fd table (often 1024), bounds what clients can hold. Where the OS
/// refuses (a hard limit of "unlimited" that the kernel caps lower), the limit stays.
fn raise_fd_limit() {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, getrlimit, setrlimit};
        let mut limit = getrlimit(Resource::Nofile);
        if limit.current < limit.maximum {
            limit.current = limit.maximum;
            let _ = setrlimit(Resource::Nofile, limit);
        }
    }
}

/// A service name as the SDKs look its variables up: upper case, `-` as `_`.
fn sdk_name(service: &str) -> String {
    service.to_ascii_uppercase().replace('-', "_")
}

/// The trusted profile a plan names (`--profile-id`, `--profile-crn`).
fn profiles_of(plan: &Plan) -> Vec<(&'static str, String)> {
    match plan {
        Plan::Iam(req) => req
            .form
            .iter()
            .filter_map(|(name, value)| match (*name, value) {
                ("profile_id", Field::Plain(v)) => Some(("id", v.clone())),
                ("profile_crn", Field::Plain(v)) => Some(("crn", v.clone())),
                _ => None,
            })
            .collect(),
        Plan::Vpc(vpc) => vpc.profile.iter().cloned().collect(),
        Plan::Openshift(_) | Plan::Session(_) | Plan::Ibmcloud => Vec::new(),
    }
}

/// The trusted profile a token is for, by its id (`iam_id` `iam-Profile-…`), if it is one.
fn profiles_in(token: &TokenResponse) -> Vec<(&'static str, String)> {
    let claims = token
        .access_token
        .as_ref()
        .and_then(|t| jwt::claims(t.expose()));
    let iam_id = claims
        .as_ref()
        .and_then(|c| c.get("iam_id")?.as_str().map(str::to_owned));
    iam_id
        .and_then(|id| id.strip_prefix("iam-").map(str::to_owned))
        .filter(|id| id.starts_with("Profile-"))
        .map(|id| vec![("id", id)])
        .unwrap_or_default()
}

/// Sets `stop` when the service is asked to end: SIGINT, SIGTERM or SIGHUP (a terminal that
/// hangs up must not leave the sink behind).
#[cfg(unix)]
fn stop_on_signals(stop: &Arc<AtomicBool>) -> Result<()> {
    for signal in [
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
    ] {
        signal_hook::flag::register(signal, Arc::clone(stop))?;
    }
    Ok(())
}

/// Sets `stop` on Ctrl-C or Ctrl-Break, or when the console closes.
#[cfg(windows)]
fn stop_on_signals(stop: &Arc<AtomicBool>) -> Result<()> {
    let stop = Arc::clone(stop);
    ctrlc::set_handler(move || stop.store(true, Ordering::Relaxed))
        .map_err(|e| anyhow::anyhow!("cannot handle Ctrl-C: {e}"))
}
