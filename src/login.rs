//! `login`, `sessions` and `logout`: a federated user's way in (docs/iam.md, "Sessions"). A
//! one-time passcode from IAM's passcode page is exchanged for a refresh token, which is
//! stored as a named session; `iamtoken session` then refreshes from it.

use std::io::{IsTerminal as _, Write};

use anyhow::Result;
use serde_json::Value;

use crate::cache::Store;
use crate::cli::{LoginArgs, Storage};
use crate::error::{Exit, Failure, usage};
use crate::grant::session as requests;
use crate::iam;
use crate::output;
use crate::secret::{Reader, Secret};
use crate::session::{self, Session, Sessions};
use crate::settings::Settings;
use crate::token::{TokenResponse, unix_now};

/// `iamtoken login`: one request to IAM (the passcode exchange), or two with `--account`
/// (then a refresh for that account). Prints one line saying who logged in, and where the
/// session is kept.
pub fn login(args: &LoginArgs, settings: &Settings, stderr: &mut dyn Write) -> Result<()> {
    let endpoint = settings.endpoint()?;
    let opts = &settings.network;
    let name = args.name.as_str();
    let interactive = std::io::stdin().is_terminal();
    if args.passcode.is_none() && !interactive {
        return Err(
            usage("login needs a one-time passcode, and there is no terminal to ask on")
                .hint(format!(
                    "get one at {} and pass --passcode @FILE, --passcode env:NAME or \
                     --passcode - (standard input)",
                    endpoint.passcode_url()
                ))
                .into(),
        );
    }
    // A passcode is good once: everything that could fail after it is spent is checked first.
    // Where the session will be kept (the folder's owner and mode; the credential store, when
    // it is the only place allowed) and IAM itself.
    let sessions = settings
        .sessions(true)?
        .ok_or_else(|| usage("the sessions folder cannot be created"))?;
    if args.storage == Some(Storage::Keyring) {
        session::keyring_reachable(opts.timeout).map_err(|why| {
            usage(format!("cannot store session {name}: {why}"))
                .hint("use --storage file, or unlock the OS credential store")
        })?;
    }
    let page = iam::passcode_page(endpoint, opts, stderr)?;
    let mut got = exchange_passcode(args, settings, &page, interactive, stderr)?;
    let (mut account, unmatched) = chosen_account(args, endpoint, &got, opts, stderr);
    if interactive && args.account.is_none() {
        account = selected_account(endpoint, &got, opts, stderr);
    }
    if let Some(account) = &account {
        let refresh = refresh_token_of(&got)?;
        got = iam::fetch(
            endpoint,
            &requests::refresh(refresh, Some(account)),
            opts,
            stderr,
        )?;
    }
    let refresh = refresh_token_of(&got)?;
    let claims = got
        .access_token
        .as_ref()
        .and_then(|t| crate::jwt::claims(t.expose()))
        .unwrap_or_default();
    let claim = |name: &str| claims.get(name).and_then(Value::as_str).map(str::to_owned);
    let account_claim = claims
        .get("account")
        .and_then(|a| a.get("bss"))
        .and_then(Value::as_str)
        .map(str::to_owned);
    let mut session = Session {
        name: args.name.clone(),
        id: session::new_id()?,
        iam_url: endpoint.url().to_string(),
        iam_id: claim("iam_id"),
        email: claim("email"),
        account: account.or(account_claim),
        storage: args.storage.unwrap_or(Storage::Keyring),
        refresh_until: got.refresh_expiration(),
        created_at: unix_now(),
        handed_out: false,
        ended_at: None,
    };
    let _held = sessions.lock(name, opts.timeout)?;
    let replaced = sessions.load(name).ok().flatten();
    let fell_back = sessions.save(&mut session, &refresh, args.storage.is_none())?;
    if let Some(old) = replaced.filter(|old| old.id != session.id) {
        sessions.forget(&old);
        remove_cached(settings, &[old.id]);
    }
    if let Some(why) = fell_back {
        let _ = writeln!(
            stderr,
            "iamtoken: note: {why}, so the refresh token is kept in a file only you can read"
        );
    }
    // Who and which account come from IAM's token: never raw to the terminal.
    let account = session.account.as_deref().unwrap_or("no account");
    let _ = writeln!(
        stderr,
        "iamtoken: logged in as {}, account {}; session {name}, stored in {}",
        output::escape_controls(&who(&session)),
        output::escape_controls(account),
        stored_in(&sessions, &session),
    );
    match unmatched {
        Some(e) => {
            let _ = writeln!(
                stderr,
                "iamtoken: note: the passcode is spent, so session {name} is kept, scoped to the \
                 token's own account; `iamtoken session --account ID` asks for another"
            );
            Err(e)
        }
        None => Ok(()),
    }
}

/// The account `--account` asks for, by ID (as given) or by name (looked up with the passcode's
/// token). The passcode is spent by then: a name that matches none leaves the session scoped to
/// the token's own account (`None`), with the error to report once it is stored.
fn chosen_account(
    args: &LoginArgs,
    endpoint: &crate::endpoint::Endpoint,
    got: &TokenResponse,
    opts: &crate::iam::Options,
    log: &mut dyn Write,
) -> (Option<String>, Option<anyhow::Error>) {
    match &args.account {
        Some(wanted) if !iam::accounts::is_account_id(wanted) => {
            match account_named(endpoint, got, wanted, opts, log) {
                Ok(id) => (Some(id), None),
                Err(e) => (None, Some(e)),
            }
        }
        other => (other.clone(), None),
    }
}

/// At a terminal, for a user with more than one account: the one they select, as `ibmcloud
/// login` asks ("Select an account"). `None`: the token's own account (one account, none
/// chosen, or the list out of reach, which is said).
fn selected_account(
    endpoint: &crate::endpoint::Endpoint,
    got: &TokenResponse,
    opts: &crate::iam::Options,
    log: &mut dyn Write,
) -> Option<String> {
    let token = got.access_token.as_ref()?;
    let listed = iam::accounts::server_for(endpoint)
        .map_err(anyhow::Error::from)
        .and_then(|server| iam::accounts::list(&server, token, opts, log));
    let accounts = match listed {
        Ok(accounts) if accounts.len() > 1 => accounts,
        Ok(_) => return None,
        Err(e) => {
            let _ = writeln!(
                log,
                "iamtoken: note: the accounts could not be listed ({}); the session keeps the \
                 token's own account",
                e.to_string().lines().next().unwrap_or_default()
            );
            return None;
        }
    };
    let _ = writeln!(log, "Select an account:");
    for (n, a) in accounts.iter().enumerate() {
        let _ = writeln!(log, "{}. {}", n + 1, a.line());
    }
    for _ in 0..TRIES {
        let _ = write!(log, "Enter a number (1-{}): ", accounts.len());
        let _ = log.flush();
        let mut line = String::new();
        if std::io::stdin().read_line(&mut line).unwrap_or(0) == 0 {
            break;
        }
        match line.trim().parse::<usize>() {
            Ok(n @ 1..) if n <= accounts.len() => return Some(accounts[n - 1].id.clone()),
            _ => {
                let _ = writeln!(log, "iamtoken: not a number from 1 to {}", accounts.len());
            }
        }
    }
    let _ = writeln!(
        log,
        "iamtoken: no account selected; the session keeps the token's own account"
    );
    None
}

/// The ID of the account `wanted` names, among those of the user `got` is a token of.
fn account_named(
    endpoint: &crate::endpoint::Endpoint,
    got: &TokenResponse,
    wanted: &str,
    opts: &crate::iam::Options,
    log: &mut dyn Write,
) -> Result<String> {
    let token = got
        .access_token
        .as_ref()
        .ok_or_else(|| anyhow::anyhow!("IAM's answer holds no access token"))?;
    let server = iam::accounts::server_for(endpoint)?;
    let accounts = iam::accounts::list(&server, token, opts, log)?;
    Ok(iam::accounts::choose(wanted, &accounts)?.id.clone())
}

/// How many times an interactive `login` asks a question (a passcode, an account) before it
/// gives up.
const TRIES: u32 = 3;

/// IAM's answer to a passcode: from `--passcode`, else asked for at the terminal after showing
/// (and, on a desktop, opening) the passcode page, and asked for again, up to three times, when
/// it is empty or IAM refuses it (a mistyped or expired code).
fn exchange_passcode(
    args: &LoginArgs,
    settings: &Settings,
    page: &reqwest::Url,
    interactive: bool,
    stderr: &mut dyn Write,
) -> Result<TokenResponse> {
    let (endpoint, opts) = (settings.endpoint()?, &settings.network);
    let mut reader = Reader::new(interactive).telling_where(settings.given_at());
    if let Some(source) = &args.passcode {
        let passcode = unpasted(&reader.read("--passcode", source)?);
        return iam::fetch(endpoint, &requests::passcode(passcode), opts, stderr);
    }
    let opened = !args.no_browser && desktop() && webbrowser::open(page.as_str()).is_ok();
    let how = if opened {
        " (opened in your browser)"
    } else {
        ""
    };
    let _ = writeln!(stderr, "iamtoken: get a one-time passcode at {page}{how}");
    let mut tries = 0;
    loop {
        tries += 1;
        let got = reader
            .read_or_prompt("--passcode", None, "One-time passcode: ", "")
            .and_then(|typed| {
                let passcode = unpasted(&typed);
                iam::fetch(endpoint, &requests::passcode(passcode), opts, stderr)
            });
        let again =
            |e: &anyhow::Error| matches!(crate::error::classify(e).0, Exit::Usage | Exit::Refused);
        match got {
            Err(e) if tries < TRIES && again(&e) => {
                let _ = writeln!(
                    stderr,
                    "iamtoken: {}; get a new passcode at {page} and try again",
                    e.to_string().lines().next().unwrap_or_default()
                );
            }
            got => return got,
        }
    }
}

/// The refresh token of IAM's answer, which a passcode exchange or a refresh always carries.
fn refresh_token_of(got: &TokenResponse) -> Result<Secret> {
    got.refresh_token.clone().ok_or_else(|| {
        Failure::new(
            Exit::BadResponse,
            "IAM's answer holds no refresh token, so no session can be kept",
        )
        .into()
    })
}

/// A pasted passcode without the terminal's bracketed-paste marks (ESC [200~ … ESC [201~)
/// and surrounding whitespace.
fn unpasted(passcode: &Secret) -> Secret {
    let text = passcode.expose();
    let text = text.replace("\u{1b}[200~", "").replace("\u{1b}[201~", "");
    Secret::new(text.trim())
}

/// Whether a browser can be shown: a graphical session on Linux and the BSDs (X11 or
/// Wayland), and always on macOS and Windows unless the session came in over ssh.
fn desktop() -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    if set("SSH_CONNECTION") && !set("DISPLAY") {
        return false;
    }
    if cfg!(any(target_os = "macos", windows)) {
        return true;
    }
    set("DISPLAY") || set("WAYLAND_DISPLAY")
}

/// "me@example.com (IBMid-…)", or the IAM ID alone.
fn who(session: &Session) -> String {
    match (&session.email, &session.iam_id) {
        (Some(email), Some(id)) => format!("{email} ({id})"),
        _ => session.who().to_owned(),
    }
}

/// Where a session's refresh token is, as `login` and `sessions` say it.
fn stored_in(sessions: &Sessions, session: &Session) -> String {
    match session.storage {
        Storage::Keyring => "the OS credential store".into(),
        Storage::File => sessions.record_path(&session.name).display().to_string(),
    }
}

/// `iamtoken sessions`: a table, or JSON with `-o json`.
pub fn list(settings: &Settings, stdout: &mut dyn Write, stderr: &mut dyn Write) -> Result<()> {
    let sessions = settings.sessions(false)?;
    let mut rows = Vec::new();
    if let Some(sessions) = &sessions {
        for session in sessions.all(stderr)? {
            let stored = stored_in(sessions, &session);
            rows.push((session, stored));
        }
    }
    if settings.json_asked() {
        let json: Vec<Value> = rows
            .iter()
            .map(|(s, stored)| {
                serde_json::json!({
                    "name": s.name,
                    "who": s.who(),
                    "iam_id": s.iam_id,
                    "email": s.email,
                    "account": s.account,
                    "storage": s.storage,
                    "stored_in": stored,
                    "iam_url": s.iam_url,
                    "endpoint": s.iam_host(),
                    "refresh_until": s.refresh_until,
                    "state": s.state(unix_now()).word(),
                })
            })
            .collect();
        writeln!(stdout, "{}", serde_json::to_string_pretty(&json)?)?;
        return Ok(());
    }
    if rows.is_empty() {
        let _ = writeln!(
            stderr,
            "iamtoken: no sessions are stored; log in with `iamtoken login`"
        );
        return Ok(());
    }
    let now = unix_now();
    let table: Vec<[String; 7]> = rows
        .iter()
        .map(|(s, stored)| {
            let state = s.state(now);
            // A session IAM refused has no expiry worth showing.
            let until = match (s.ended_at, s.refresh_until) {
                (Some(_), _) => "refused by IAM".to_owned(),
                (None, Some(until)) => output::expiry_phrase(until - now),
                (None, None) => "unknown".to_owned(),
            };
            [
                s.name.clone(),
                s.who().to_owned(),
                s.account.clone().unwrap_or_else(|| "-".into()),
                s.iam_host(),
                state.word().to_owned(),
                stored.clone(),
                until,
            ]
        })
        .collect();
    let header = [
        "NAME",
        "WHO",
        "ACCOUNT",
        "IAM",
        "STATE",
        "STORED IN",
        "REFRESH TOKEN",
    ]
    .map(str::to_owned);
    // The email, IAM ID and account come from IAM's token: print_table escapes them.
    let rows: Vec<[String; 7]> = std::iter::once(header).chain(table).collect();
    output::print_table(stdout, &rows)?;
    Ok(())
}

/// `iamtoken logout`: session `name` (every session: `None`) and its cached tokens go. Local
/// only: IAM documents no revocation of these refresh tokens.
pub fn logout(name: Option<&str>, settings: &Settings, stderr: &mut dyn Write) -> Result<()> {
    let sessions = settings.sessions(false)?;
    let names = match (&sessions, name) {
        (Some(sessions), None) => sessions.names()?,
        (_, Some(name)) => vec![name.to_owned()],
        (None, None) => Vec::new(),
    };
    let mut removed = Vec::new();
    let mut ids = Vec::new();
    if let Some(sessions) = &sessions {
        for name in &names {
            let (existed, session) = sessions.remove(name)?;
            if existed {
                removed.push(name.clone());
            }
            ids.extend(session.map(|s| s.id));
        }
    }
    remove_cached(settings, &ids);
    match (name, removed.as_slice()) {
        // Already logged out is what was asked for (`gh auth logout`, `aws sso logout`).
        (Some(name), []) => {
            let _ = writeln!(
                stderr,
                "iamtoken: note: no session {name} is stored; nothing to log out of"
            );
            Ok(())
        }
        (None, []) => {
            let _ = writeln!(stderr, "iamtoken: no sessions were stored");
            Ok(())
        }
        (_, removed) => {
            let _ = writeln!(
                stderr,
                "iamtoken: logged out of {} (and removed its cached tokens)",
                removed.join(", ")
            );
            Ok(())
        }
    }
}

/// Removes the cached tokens refreshed from the sessions `ids`.
fn remove_cached(settings: &Settings, ids: &[String]) {
    if ids.is_empty() {
        return;
    }
    let dir = settings.cache_dir.as_ref().map(|d| d.value.as_path());
    let Some(store) = Store::open_existing(dir, &mut std::io::sink()) else {
        return;
    };
    for listed in store.entries().unwrap_or_default() {
        let ours = listed
            .entry
            .as_ref()
            .and_then(|e| e.session.as_ref())
            .is_some_and(|id| ids.contains(id));
        if ours {
            let _ = store.remove_entry(&listed.name);
        }
    }
}
