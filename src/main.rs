//! iamtoken: parse the command line, build the grant's request, fetch, print. Errors end here
//! as one line on stderr and the documented exit code.

mod cache;
mod cache_command;
mod cli;
mod config;
mod config_command;
mod error;
#[cfg(test)]
mod generate;
mod grant;
mod iam;
mod jwt;
mod output;
mod sdk_config;
mod secret;
mod settings;
mod token;

use std::io::{self, Write as _};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Result;

use crate::cli::{Command, Format, Grant};
use crate::error::{Exit, Failure, usage};
use crate::grant::{TokenRequest, Wanted};
use crate::settings::Parsed;

fn main() -> ExitCode {
    // A panic is a bug: say so in one line and exit 1. Its message is not shown, since it could
    // quote a value (a secret) that was being handled.
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map_or_else(String::new, |l| format!(" at {l}"));
        let _ = writeln!(
            io::stderr(),
            "iamtoken: error: internal error{at}; please report it"
        );
        std::process::exit(i32::from(Exit::Internal.code()));
    }));
    let result = settings::parse(&std::env::args_os().collect::<Vec<_>>(), &mut io::stderr())
        .and_then(|p| run(&p));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let (exit, hint) = error::classify(&err);
            let mut stderr = io::stderr().lock();
            let _ = writeln!(stderr, "iamtoken: error: {err:#}");
            if let Some(hint) = hint {
                let _ = writeln!(stderr, "iamtoken: hint: {hint}");
            }
            ExitCode::from(exit.code())
        }
    }
}

fn run(parsed: &Parsed) -> Result<()> {
    match &parsed.cli.command {
        Command::Grant(grant) => token(parsed, grant),
        Command::Cache(args) => cache_command::run(
            &args.action,
            &mut io::stdout().lock(),
            &mut io::stderr().lock(),
        ),
        Command::Config(args) => {
            config_command::run(&args.action, parsed, &mut io::stdout().lock())
        }
    }
}

/// Reuse without `--min-ttl`: enough life left for a CI step or a few API calls.
const DEFAULT_MIN_TTL: Duration = Duration::from_mins(5);

fn token(parsed: &Parsed, grant: &Grant) -> Result<()> {
    let global = &parsed.cli.global;
    let endpoint = settings::endpoint(parsed)?;
    let mut stderr = io::stderr().lock();
    if global.insecure {
        if endpoint.is_production() {
            return Err(usage(format!(
                "--insecure is refused for the production IAM endpoint {}",
                endpoint.host()
            ))
            .hint("pass the CA that signs IAM's certificate with --cacert instead")
            .into());
        }
        let _ = writeln!(
            stderr,
            "iamtoken: warning: --insecure: IAM's TLS certificate is not verified"
        );
    }
    let mut req = grant::request(grant, &mut secret::Reader::for_process())?;
    if req.wanted == Wanted::DelegatedRefreshToken && global.output == Format::Header {
        return Err(usage("-o header needs an access token")
            .hint("add --with-access-token, or use -o token for the delegated refresh token")
            .into());
    }
    let opts = iam::Options {
        timeout: Duration::from_secs(global.timeout),
        verbose: global.verbose,
        retries: global.retries,
        proxy: global.proxy.clone(),
        cacert: global.cacert.clone(),
        insecure: global.insecure,
    };
    let store = if global.no_cache {
        None
    } else {
        cache::Store::open(&mut stderr)
    };
    let fetcher = Fetcher {
        endpoint: &endpoint,
        opts: &opts,
        store: store.as_ref(),
        min_ttl: global.min_ttl.unwrap_or(DEFAULT_MIN_TTL),
    };
    if let Some(first) = req.needs_token_from.take() {
        let token = fetcher.obtain(&first, "apikey", &mut stderr)?;
        let access = token
            .access_token
            .ok_or_else(|| anyhow::anyhow!("no access token"))?;
        req = req.with_access_token(access);
    }
    let token = fetcher.obtain(&req, grant.name(), &mut stderr)?;
    drop(stderr);

    // An explicit --min-ttl is a promise to the caller, kept even against IAM.
    if let (Some(asked), Some(left)) = (global.min_ttl, token.remaining(token::unix_now()))
        && left < i64::try_from(asked.as_secs()).unwrap_or(i64::MAX)
    {
        let granted = humantime::format_duration(Duration::from_secs(left.max(0).unsigned_abs()));
        let asked = humantime::format_duration(asked);
        return Err(Failure::new(
            Exit::TooShort,
            format!("IAM granted a token with {granted} left, less than --min-ttl {asked}"),
        )
        .into());
    }
    let mut stdout = io::stdout().lock();
    output::write(&mut stdout, global.output, &token, req.wanted)?;
    stdout.flush()?;
    Ok(())
}

/// Gets tokens for one run: from the cache when it has a good one, else from IAM.
struct Fetcher<'a> {
    endpoint: &'a iam::Endpoint,
    opts: &'a iam::Options,
    store: Option<&'a cache::Store>,
    min_ttl: Duration,
}

impl Fetcher<'_> {
    fn obtain(
        &self,
        req: &TokenRequest,
        grant: &str,
        log: &mut dyn io::Write,
    ) -> Result<token::TokenResponse> {
        let lookup = cache::Lookup {
            key: cache::key(self.endpoint, req),
            wanted: req.wanted,
            min_ttl: i64::try_from(self.min_ttl.as_secs()).unwrap_or(i64::MAX),
            timeout: self.opts.timeout,
            grant,
            iam_host: self.endpoint.host(),
            verbose: self.opts.verbose > 0,
        };
        cache::obtain(self.store, &lookup, log, |log| {
            iam::fetch(self.endpoint, req, self.opts, log)
        })
    }
}

/// `iamtoken … | head -c0` is not an error worth reporting.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.downcast_ref::<io::Error>()
        .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_are_the_documented_numbers() {
        let codes = [
            Exit::Internal,
            Exit::Usage,
            Exit::Refused,
            Exit::Unavailable,
            Exit::BadResponse,
            Exit::TooShort,
        ]
        .map(Exit::code);
        assert_eq!(codes, [1, 2, 3, 4, 5, 6]);
    }
}
