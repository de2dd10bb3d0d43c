//! Gets the token a grant subcommand asks for: checks the request, reuses a cached token or
//! calls IAM (or the VPC metadata service), and keeps an explicit `--min-ttl`'s promise.

use std::io::{self, Write};
use std::time::Duration;

use anyhow::Result;

use crate::cache::{self, Store};
use crate::cli::{Global, Grant};
use crate::endpoint::Endpoint;
use crate::error::{Exit, Failure, usage};
use crate::grant::{self, Plan, TokenRequest, Wanted};
use crate::iam::{self, Options};
use crate::secret;
use crate::settings::{self, Parsed};
use crate::token::{TokenResponse, unix_now};

/// Reuse without `--min-ttl`: enough life left for a CI step or a few API calls.
const DEFAULT_MIN_TTL: Duration = Duration::from_mins(5);

pub struct Obtained {
    pub token: TokenResponse,
    pub wanted: Wanted,
}

/// The token for `grant`. `needs_access_token`: the output prints an access token, which a
/// delegated-refresh-token-only request does not return; refused before any request.
pub fn token(parsed: &Parsed, grant: &Grant, needs_access_token: bool) -> Result<Obtained> {
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
    let plan = grant::plan(grant, &mut secret::Reader::for_process())?;
    let wanted = match &plan {
        Plan::Iam(req) => req.wanted,
        Plan::Vpc { .. } => Wanted::AccessToken,
    };
    if needs_access_token && wanted == Wanted::DelegatedRefreshToken {
        return Err(
            usage(format!("-o {} needs an access token", format_name(global)))
                .hint("add --with-access-token, or use -o token for the delegated refresh token")
                .into(),
        );
    }
    let opts = options(global);
    let store = store(global, &mut stderr);
    let fetcher = Fetcher {
        endpoint: &endpoint,
        opts: &opts,
        store: store.as_ref(),
        min_ttl: global.min_ttl.unwrap_or(DEFAULT_MIN_TTL),
    };
    let token = match plan {
        Plan::Iam(mut req) => {
            if let Some(first) = req.needs_token_from.take() {
                let token = fetcher.iam(&first, "apikey", &mut stderr)?;
                let access = token
                    .access_token
                    .ok_or_else(|| anyhow::anyhow!("no access token"))?;
                req = req.with_access_token(access);
            }
            fetcher.iam(&req, grant.name(), &mut stderr)?
        }
        Plan::Vpc { metadata, profile } => {
            let profile = profile
                .as_ref()
                .map(|(kind, value)| (*kind, value.as_str()));
            let (kind, value) = profile.unwrap_or(("default", ""));
            let key = cache::hash(&["vpc", metadata.as_str(), kind, value]);
            let host = metadata.host_str().unwrap_or_default().to_owned();
            fetcher.cached(
                (key, Wanted::AccessToken),
                "vpc",
                host,
                &mut stderr,
                |log| iam::fetch_vpc(&metadata, profile, &opts, log),
            )?
        }
    };
    drop(stderr);

    // An explicit --min-ttl is a promise to the caller, kept even against IAM.
    if let (Some(asked), Some(left)) = (global.min_ttl, token.remaining(unix_now()))
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
    Ok(Obtained { token, wanted })
}

fn format_name(global: &Global) -> String {
    use clap::ValueEnum as _;
    global
        .output
        .to_possible_value()
        .map_or_else(String::new, |v| v.get_name().to_owned())
}

/// How to talk to IAM, from the global options.
pub fn options(global: &Global) -> Options {
    Options {
        timeout: Duration::from_secs(global.timeout),
        verbose: global.verbose,
        retries: global.retries,
        proxy: global.proxy.clone(),
        cacert: global.cacert.clone(),
        insecure: global.insecure,
        built: std::sync::OnceLock::new(),
    }
}

/// The token cache, unless it is turned off or unusable (then with a warning on `log`).
pub fn store(global: &Global, log: &mut dyn Write) -> Option<Store> {
    if global.no_cache {
        None
    } else {
        Store::open(log)
    }
}

/// Gets tokens for one run: from the cache when it has a good one, else from the source.
struct Fetcher<'a> {
    endpoint: &'a Endpoint,
    opts: &'a Options,
    store: Option<&'a Store>,
    min_ttl: Duration,
}

impl Fetcher<'_> {
    fn iam(&self, req: &TokenRequest, grant: &str, log: &mut dyn Write) -> Result<TokenResponse> {
        let key = cache::key(self.endpoint, req);
        self.cached((key, req.wanted), grant, self.endpoint.host(), log, |log| {
            iam::fetch(self.endpoint, req, self.opts, log)
        })
    }

    fn cached(
        &self,
        (key, wanted): (String, Wanted),
        grant: &str,
        host: String,
        log: &mut dyn Write,
        fetch: impl FnOnce(&mut dyn Write) -> Result<TokenResponse>,
    ) -> Result<TokenResponse> {
        let lookup = cache::Lookup {
            key,
            wanted,
            min_ttl: i64::try_from(self.min_ttl.as_secs()).unwrap_or(i64::MAX),
            timeout: self.opts.timeout,
            grant,
            iam_host: host,
            verbose: self.opts.verbose > 0,
        };
        cache::obtain(self.store, &lookup, log, fetch)
    }
}
