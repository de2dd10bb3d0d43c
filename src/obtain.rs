//! Gets the token a grant asks for: reads its secrets into a plan, reuses a cached token or
//! calls IAM (or the VPC metadata service), and keeps an explicit `--min-ttl`'s promise.

use std::io::{self, Write};

use anyhow::Result;

use crate::cache::{self, Reuse, Store};
use crate::cli::{Credential, Format, Grant, TokenCommand};
use crate::endpoint::Endpoint;
use crate::error::{Exit, Failure, usage};
use crate::grant::{self, Plan, SessionCluster, SessionRequest, TokenRequest};
use crate::iam::{self, Options};
use crate::output;
use crate::secret::{self, Commands};
use crate::session::Sessions;
use crate::settings::Settings;
use crate::token::{TokenResponse, Wanted, unix_now};

pub struct Obtained {
    pub token: TokenResponse,
    pub wanted: Wanted,
}

/// The token `command` asks for, to be printed in `format` (`None`: for exec), and the
/// variables its secrets were read from through `env:NAME`.
pub fn for_command(
    settings: &Settings,
    command: TokenCommand,
    format: Option<Format>,
) -> Result<(Obtained, Vec<String>)> {
    let (mut planned, read) = plan(settings, command, true)?;
    if let Some(format) = format {
        output::check_can_print(format, planned.plan.wanted())?;
    }
    // exec's command gets a session's refresh token too (for tools that refresh by themselves).
    if let (Plan::Session(session), None) = (&mut planned.plan, format) {
        session.hand_over = session.cluster.is_none();
    }
    let got = token(
        settings,
        planned.plan,
        command.name(),
        planned.secrets.commands(),
        &mut io::stderr(),
    )?;
    Ok((got, read))
}

/// A grant's plan, and the reader its secrets came through (with the secret commands it stood
/// in for).
pub struct Planned {
    pub plan: Plan,
    pub secrets: secret::Reader,
}

impl Planned {
    pub fn into_plan(self) -> Plan {
        self.plan
    }
}

/// What `command` asks for, with its secrets read (asked for on the terminal where allowed;
/// secret commands run now, or stood in for when `defer`), and the variables they were read
/// from through `env:NAME`.
pub fn plan(
    settings: &Settings,
    command: TokenCommand,
    defer: bool,
) -> Result<(Planned, Vec<String>)> {
    plan_handing(settings, command, defer, secret::Handover::None)
}

/// `plan`, with its secrets kept to pass on, or taken as passed (`serve --detach`).
pub fn plan_handing(
    settings: &Settings,
    command: TokenCommand,
    defer: bool,
    handover: secret::Handover,
) -> Result<(Planned, Vec<String>)> {
    // A wrong endpoint is reported before any secret is read or asked for (vpc and openshift
    // do not talk to IAM, ibmcloud asks the CLI, and a session is refreshed where it was made
    // unless the run chooses an endpoint).
    let talks_to_iam = !matches!(
        command,
        TokenCommand::Grant(Grant::Vpc(_) | Grant::Session(_) | Grant::Ibmcloud(_))
            | TokenCommand::Credential(Credential::Openshift(_))
    );
    if talks_to_iam {
        settings.endpoint()?;
    }
    let secrets = if settings.may_prompt {
        secret::Reader::for_process()
    } else {
        secret::Reader::new(false)
    }
    .telling_where(settings.given_at())
    .handing(handover);
    // A secret command runs only when a token must be fetched, not for a cache hit.
    let timeout = settings.secret_command_timeout;
    let mut secrets = if defer {
        secrets.deferring_commands(timeout)
    } else {
        secrets.running_commands(timeout)
    };
    let plan = grant::plan(command, &mut secrets)?;
    for warning in secrets.exposed() {
        let _ = writeln!(io::stderr(), "iamtoken: warning: {warning}");
    }
    let read = secrets.variables_read().to_vec();
    Ok((Planned { plan, secrets }, read))
}

/// The token `plan` asks for (`grant` names it in the cache). Secret commands stood in for in
/// the plan run (`commands`) only when a token must be fetched. Warnings and `-v` lines go to
/// `log` one line per write, so that a log that locks (stderr) is never held across an
/// exchange with IAM.
pub fn token(
    settings: &Settings,
    plan: Plan,
    grant: &str,
    commands: &Commands,
    log: &mut dyn Write,
) -> Result<Obtained> {
    token_reusing(settings, settings.reuse, plan, grant, commands, log)
}

/// `token`, reusing a cached token only as `reuse` allows (a service refreshing ahead asks for
/// more life than the run's rule).
pub fn token_reusing(
    settings: &Settings,
    reuse: Reuse,
    plan: Plan,
    grant: &str,
    commands: &Commands,
    stderr: &mut dyn Write,
) -> Result<Obtained> {
    let opts = &settings.network;
    let wanted = plan.wanted();
    let from_the_cli = matches!(plan, Plan::Ibmcloud);
    let store = settings.store(stderr);
    let min_ttl = settings.min_ttl.as_ref().map(|m| m.value);
    let fetcher = Fetcher {
        opts,
        commands,
        context: settings.context.as_ref().map(|c| c.name.as_str()),
        store: store.as_ref(),
        reuse,
    };
    let token = match plan {
        Plan::Iam(req) => {
            let endpoint = settings.endpoint()?;
            if opts.insecure {
                let _ = writeln!(
                    stderr,
                    "iamtoken: warning: --insecure: IAM's TLS certificate is not verified"
                );
            }
            let mut token = fetcher.iam(endpoint, &req, grant, stderr)?;
            if token.delegated_refresh_token.is_some() {
                token.delegated_expiration = req
                    .delegated_lifetime()
                    .map(|lifetime| token.received_at.saturating_add(lifetime));
            }
            token
        }
        Plan::Vpc(vpc) => fetcher.cached(
            (&vpc.identity(), Wanted::AccessToken),
            ("vpc", None),
            vpc.host(),
            stderr,
            |log| iam::fetch_vpc(&vpc, opts, log),
        )?,
        Plan::Openshift(cluster) => {
            if opts.insecure {
                let _ = writeln!(
                    stderr,
                    "iamtoken: warning: --insecure does not apply to the cluster, whose \
                     certificate is always verified (give its CA with --cacert)"
                );
            }
            fetcher.cached(
                (&cluster.identity(), Wanted::ClusterToken),
                ("openshift", None),
                cluster.host(),
                stderr,
                |log| {
                    // Only now, on a miss, does a secret command run.
                    let key = match commands.resolve(&cluster.apikey)? {
                        Some(key) => key,
                        None => cluster.apikey.clone(),
                    };
                    let login = (iam::ClusterLogin::Apikey, &key);
                    iam::fetch_openshift(&cluster.server, login, cluster.ca.as_deref(), opts, log)
                },
            )?
        }
        Plan::Session(request) => fetcher.session(settings, &request, stderr)?,
        // The CLI keeps its own token: nothing to cache, and nothing of ours to refresh.
        Plan::Ibmcloud => crate::ibmcloud::token(settings.network.timeout)?,
    };

    // An explicit --min-ttl is a promise to the caller, kept even against IAM.
    if let (Some(asked), Some(left)) = (min_ttl, token.remaining(unix_now()))
        && left < i64::try_from(asked.as_secs()).unwrap_or(i64::MAX)
    {
        let granted = output::span(left.max(0).unsigned_abs());
        let asked = output::duration(asked);
        // The CLI's token is the CLI's to refresh: IAM was not asked.
        if from_the_cli {
            return Err(Failure::new(
                Exit::TooShort,
                format!(
                    "the IBM Cloud CLI's token has {granted} left, less than --min-ttl {asked}"
                ),
            )
            .hint("the CLI refreshes it when one of its commands runs (ibmcloud iam oauth-tokens); or ask less with --min-ttl")
            .into());
        }
        return Err(Failure::new(
            Exit::TooShort,
            format!("IAM granted a token with {granted} left, less than --min-ttl {asked}"),
        )
        .into());
    }
    Ok(Obtained { token, wanted })
}

/// Gets tokens for one run: from the cache when it has a good one, else from the source.
struct Fetcher<'a> {
    opts: &'a Options,
    commands: &'a Commands,
    /// The context this run's settings came from, recorded beside a fresh answer.
    context: Option<&'a str>,
    store: Option<&'a Store>,
    reuse: Reuse,
}

impl Fetcher<'_> {
    fn iam(
        &self,
        endpoint: &Endpoint,
        req: &TokenRequest,
        grant: &str,
        log: &mut dyn Write,
    ) -> Result<TokenResponse> {
        self.cached(
            (&req.identity(endpoint), req.wanted),
            (grant, None),
            endpoint.host(),
            log,
            |log| {
                // On a miss, the token this request sends comes first (from the cache, when
                // it holds it: an API key's access token).
                let req = match &req.first {
                    Some(first) => {
                        let got = self.iam(endpoint, &first.request, first.grant, log)?;
                        let token = got
                            .wanted(first.request.wanted)
                            .cloned()
                            .ok_or_else(|| anyhow::anyhow!("IAM's first answer has no token"))?;
                        req.clone().with_first_token(token)
                    }
                    None => req.clone(),
                };
                // Only now, on a miss, do secret commands run.
                let req = req.resolved(&|secret| self.commands.resolve(secret))?;
                iam::fetch(endpoint, &req, self.opts, log)
            },
        )
    }

    /// A token of the `login` session `request` names: cached as any other (without its
    /// refresh token), else refreshed from the stored session.
    fn session(
        &self,
        settings: &Settings,
        request: &SessionRequest,
        log: &mut dyn Write,
    ) -> Result<TokenResponse> {
        let name = &request.name;
        let (sessions, session) = stored(settings, name)?;
        let endpoint = settings.session_endpoint(name, &session.iam_url)?;
        // An account named, not given by ID: looked up among the user's accounts.
        let named = match &request.account {
            Some(wanted) if !iam::accounts::is_account_id(wanted) => {
                let accounts = accounts_of(settings, (name, &endpoint), log)?;
                Some(iam::accounts::choose(wanted, &accounts)?.id.clone())
            }
            _ => None,
        };
        let account = named
            .as_ref()
            .or(request.account.as_ref())
            .or(session.account.as_ref());
        match &request.cluster {
            None => {}
            Some(SessionCluster::Iks) => {
                return self.session_iks(settings, (&sessions, &session), &endpoint, log);
            }
            Some(SessionCluster::Openshift { server, ca }) => {
                let identity = ["openshift", server.as_str(), "session", &session.id];
                let host = crate::grant::openshift::host_of(server);
                return self.cached(
                    (&identity, Wanted::ClusterToken),
                    ("openshift", Some(&session.id)),
                    host,
                    log,
                    |log| {
                        let passcode = mint_passcode(settings, &sessions, name, &endpoint, log)?;
                        let login = (iam::ClusterLogin::Passcode, &passcode);
                        iam::fetch_openshift(server, login, ca.as_deref(), self.opts, log)
                    },
                );
            }
        }
        let refresh = |log: &mut dyn Write| {
            let how = Refresh {
                account,
                hand_over: request.hand_over,
                kube: false,
            };
            refresh_session(settings, &sessions, name, &endpoint, &how, log)
        };
        if request.hand_over {
            return refresh(log);
        }
        let identity = session_identity(None, &session, account, &endpoint);
        self.cached(
            (&identity, Wanted::AccessToken),
            ("session", Some(&session.id)),
            endpoint.host(),
            log,
            refresh,
        )
    }

    /// `iks --session`: the session's refresh token delegated to kube (a refresh, under the
    /// session's lock, that stores the refresh token IAM may return), then redeemed as kube.
    /// Cached per session, account and IAM, as the id_token kubectl is given.
    fn session_iks(
        &self,
        settings: &Settings,
        (sessions, session): (&Sessions, &crate::session::Session),
        endpoint: &Endpoint,
        log: &mut dyn Write,
    ) -> Result<TokenResponse> {
        let account = session.account.as_ref();
        let identity = session_identity(Some("iks"), session, account, endpoint);
        self.cached(
            (&identity, Wanted::IdToken),
            ("iks", Some(&session.id)),
            endpoint.host(),
            log,
            |log| {
                let how = Refresh {
                    account,
                    hand_over: false,
                    kube: true,
                };
                let delegated =
                    refresh_session(settings, sessions, &session.name, endpoint, &how, log)?;
                let token = delegated
                    .wanted(Wanted::DelegatedRefreshToken)
                    .cloned()
                    .ok_or_else(|| anyhow::anyhow!("IAM's delegation has no delegated token"))?;
                let redeem = grant::iks::redeem(token);
                iam::fetch(endpoint, &redeem, self.opts, log)
            },
        )
    }

    fn cached(
        &self,
        (identity, wanted): (&[&str], Wanted),
        (grant, session): (&str, Option<&str>),
        host: String,
        log: &mut dyn Write,
        fetch: impl FnOnce(&mut dyn Write) -> Result<TokenResponse>,
    ) -> Result<TokenResponse> {
        let lookup = cache::Lookup {
            identity,
            wanted,
            reuse: self.reuse,
            timeout: self.opts.timeout,
            grant,
            context: self.context,
            session,
            iam_host: host,
            verbose: self.opts.verbose > 0,
        };
        cache::reuse_or_fetch(self.store, &lookup, log, fetch)
    }
}

/// What tells a session's tokens apart in the cache: what they are for (`iks`; `None`: access
/// tokens), the session (its random id, new at each login), the account and the IAM.
fn session_identity<'a>(
    purpose: Option<&'a str>,
    session: &'a crate::session::Session,
    account: Option<&'a String>,
    endpoint: &'a Endpoint,
) -> Vec<&'a str> {
    let mut identity: Vec<&str> = purpose.into_iter().collect();
    identity.extend([
        "session",
        session.id.as_str(),
        "account",
        account.map_or("", String::as_str),
        "url",
        endpoint.url().as_str(),
    ]);
    identity
}

/// How a session is refreshed.
struct Refresh<'a> {
    /// The account asked for: the session's own, or another one of the same user.
    account: Option<&'a String>,
    /// Keep the refresh token in the answer (`exec session`) and note that it was handed out.
    hand_over: bool,
    /// Ask for a delegated refresh token for kube (`iks --session`) instead of access.
    kube: bool,
}

/// One refresh of session `name`, under its lock, so that no two processes ever send the same
/// refresh token: read the latest refresh token, refresh, store the one IAM returns (whether or
/// not IAM retires the old one). The answer loses its refresh token unless `how.hand_over`.
fn refresh_session(
    settings: &Settings,
    sessions: &Sessions,
    name: &str,
    endpoint: &crate::endpoint::Endpoint,
    how: &Refresh,
    log: &mut dyn Write,
) -> Result<TokenResponse> {
    let _held = sessions.lock(name, settings.network.timeout)?;
    // Read again under the lock: another process may have just rotated it.
    let mut session = sessions.load(name)?.ok_or_else(|| not_logged_in(name))?;
    let token = sessions.refresh_token(&session)?;
    let req = if how.kube {
        grant::session::kube_delegation(token.clone(), how.account)
    } else {
        grant::session::refresh(token.clone(), how.account)
    };
    let mut got = iam::fetch(endpoint, &req, &settings.network, log)
        .map_err(|e| ended(e, sessions, &mut session, &token))?;
    if let Some(rotated) = got.refresh_token.clone() {
        session.refresh_until = got.refresh_expiration().or(session.refresh_until);
        session.handed_out |= how.hand_over;
        session.ended_at = None;
        if let Some(why) = sessions.save(&mut session, &rotated, true)? {
            let _ = writeln!(
                log,
                "iamtoken: warning: {why}; session {name}'s refresh token is now kept in {}",
                sessions.record_path(name).display()
            );
        }
    }
    if !how.hand_over {
        got.take_refresh_token();
    }
    Ok(got)
}

/// `iamtoken passcode`: a one-time passcode from stored session `name`, at its own IAM.
pub fn passcode(
    settings: &Settings,
    name: &str,
    log: &mut dyn Write,
) -> Result<crate::secret::Secret> {
    let (sessions, session) = stored(settings, name)?;
    let endpoint = settings.session_endpoint(name, &session.iam_url)?;
    mint_passcode(settings, &sessions, name, &endpoint, log)
}

/// Stored session `name` and the endpoint it talks to (its own IAM; a run that chose another is
/// exit 2).
pub fn session_at(settings: &Settings, name: &str) -> Result<(crate::session::Session, Endpoint)> {
    let (_, session) = stored(settings, name)?;
    let endpoint = settings.session_endpoint(name, &session.iam_url)?;
    Ok((session, endpoint))
}

/// The accounts the user of session `name` (of the IAM at `endpoint`) can use, listed with a
/// token of the session's own account.
pub fn accounts_of(
    settings: &Settings,
    (name, endpoint): (&str, &Endpoint),
    log: &mut dyn Write,
) -> Result<Vec<iam::accounts::Account>> {
    let server = iam::accounts::server_for(endpoint)?;
    let own = Plan::Session(SessionRequest::named(Some(&name.to_owned()), None));
    let got = token(settings, own, "session", &Commands::default(), log)?;
    let token = got
        .token
        .access_token
        .clone()
        .ok_or_else(|| anyhow::anyhow!("the session's answer has no access token"))?;
    iam::accounts::list(&server, &token, &settings.network, log)
}

/// The sessions folder and stored session `name`; exit 2 with a hint to log in when it is not
/// there.
fn stored(settings: &Settings, name: &str) -> Result<(Sessions, crate::session::Session)> {
    let sessions = settings.sessions(false)?;
    let session = match &sessions {
        Some(sessions) => sessions.load(name)?,
        None => None,
    };
    match (sessions, session) {
        (Some(sessions), Some(session)) => Ok((sessions, session)),
        _ => Err(not_logged_in(name).into()),
    }
}

/// A one-time passcode from session `name`'s refresh token, read under the session's lock so
/// that no rotation by another process is missed. IAM keeps the refresh token as it is; its
/// passcode endpoint limits the rate, which `--retries` waits out.
fn mint_passcode(
    settings: &Settings,
    sessions: &Sessions,
    name: &str,
    endpoint: &Endpoint,
    log: &mut dyn Write,
) -> Result<crate::secret::Secret> {
    let _held = sessions.lock(name, settings.network.timeout)?;
    let mut session = sessions.load(name)?.ok_or_else(|| not_logged_in(name))?;
    let token = sessions.refresh_token(&session)?;
    let req = grant::session::passcode_from(token.clone());
    iam::passcode(endpoint, &req, &settings.network, log)
        .map_err(|e| ended(e, sessions, &mut session, &token))
}

/// IAM's codes for a refresh token it will not take: expired (BXNIM0408E), no longer active
/// (BXNIM0439E), invalid (BXNIM0407E, also what a used single-use token gets). docs/iam.md,
/// "Sessions".
const SESSION_ENDED: [&str; 3] = ["BXNIM0408E", "BXNIM0439E", "BXNIM0407E"];

/// A refusal of the session's refresh token (`token`) says that the session has ended, and how
/// to start another, and is remembered in its record (under the session's lock, which the
/// caller holds) for `sessions` and `status`; anything else is as IAM's answer says.
fn ended(
    err: anyhow::Error,
    sessions: &Sessions,
    session: &mut crate::session::Session,
    token: &crate::secret::Secret,
) -> anyhow::Error {
    let Some(failure) = err.downcast_ref::<Failure>() else {
        return err;
    };
    if !failure
        .iam_code
        .as_deref()
        .is_some_and(|code| SESSION_ENDED.contains(&code))
    {
        return err;
    }
    session.ended_at = Some(unix_now());
    // Where the token is kept does not change for this (no fall back to the file); a record
    // that cannot be written stays as it was, and the refusal is reported either way.
    let _ = sessions.save(session, token, false);
    let name = &session.name;
    let why = if session.handed_out {
        " (a command that `exec session` gave its refresh token may have used it up)"
    } else {
        ""
    };
    failure
        .clone()
        .reworded(|m| format!("session {name} has ended{why}: {m}"))
        .hint(format!(
            "log in again: {}",
            crate::session::login_command(name)
        ))
        .into()
}

/// No session `name` is stored.
fn not_logged_in(name: &str) -> Failure {
    usage(format!("no session {name} is stored")).hint(format!(
        "log in first: {}",
        crate::session::login_command(name)
    ))
}
