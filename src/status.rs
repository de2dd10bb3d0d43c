//! `iamtoken status`: who the next command is, from what is set and stored here, with no request
//! to IAM: the context in effect and what chose it, its grant and endpoint, each stored session
//! and whether it is alive, and the cache. Exit 0 when the identity in effect can be used.

use std::io::Write;

use anyhow::Result;
use serde_json::{Value, json};

use crate::config::Context;
use crate::error::{Exit, Failure, usage};
use crate::origin::Origin;
use crate::session::{Session, State};
use crate::settings::{RunEndpoint, Settings};
use crate::token::unix_now;

/// The identity a run would use, and whether it can.
struct InEffect {
    /// What it is, as people read it (`session default`, `apikey (IBMCLOUD_API_KEY)`).
    what: Option<String>,
    /// Why it cannot be used, as the error to end with; `None`: usable.
    unusable: Option<Failure>,
    /// The IAM host a session in effect refreshes at (it is good nowhere else).
    at: Option<String>,
}

pub fn run(settings: &Settings, stdout: &mut dyn Write, stderr: &mut dyn Write) -> Result<()> {
    let now = unix_now();
    let sessions: Vec<Session> = match settings.sessions(false)? {
        Some(store) => store.all(stderr)?,
        None => Vec::new(),
    };
    let context = settings.context.as_ref();
    let chosen_by = context.map(|c| {
        if c.from_sdk {
            "--sdk-service".to_owned()
        } else if c.by_default {
            format!("default_context in {}", c.origin)
        } else {
            match settings.origin("context") {
                crate::origin::Origin::Env(name) => name,
                _ => "--context".to_owned(),
            }
        }
    });
    let grant = context.and_then(|c| c.grant.clone());
    // Where the next command that gets a token would go: status holds no endpoint option.
    let run_endpoint = crate::settings::untyped_endpoint(context);
    let mut effect = in_effect(settings, &run_endpoint, grant.as_deref(), &sessions, now);
    // An identity is of no use where no endpoint can be had: the run would stop there.
    if let (None, Err(refused)) = (&effect.unusable, &run_endpoint) {
        effect.unusable = Some(refused.clone());
    }
    let endpoint = match &effect.at {
        Some(host) => Ok(host.clone()),
        None => run_endpoint.as_ref().map(|(e, _)| e.host()),
    };
    // Looked at, never made: status changes nothing.
    let dir = settings.cache_dir.as_ref().map(|d| d.value.as_path());
    let cache = crate::cache::Store::open_existing(dir, &mut std::io::sink()).map(|store| {
        let tokens = store
            .entries()
            .map_or(0, |e| e.iter().filter(|l| l.entry.is_some()).count());
        (store.dir().display().to_string(), tokens)
    });
    if settings.json_asked() {
        let sessions: Vec<Value> = sessions.iter().map(|s| session_json(s, now)).collect();
        let json = json!({
            "context": context.map(|c| json!({
                "name": c.name,
                "chosen_by": chosen_by,
                "grant": c.grant,
            })),
            "identity": effect.what,
            "usable": effect.unusable.is_none(),
            "endpoint": endpoint.as_ref().ok(),
            "sessions": sessions,
            "cache": cache.as_ref().map(|(path, tokens)| json!({"path": path, "tokens": tokens})),
        });
        writeln!(stdout, "{}", serde_json::to_string_pretty(&json)?)?;
    } else {
        let mut rows: Vec<[String; 2]> = vec![
            [
                "context".into(),
                context.map_or_else(
                    || "none".to_owned(),
                    |c| format!("{} ({})", c.name, chosen_by.clone().unwrap_or_default()),
                ),
            ],
            [
                "identity".into(),
                effect.what.clone().unwrap_or_else(|| "none".into()),
            ],
            [
                "endpoint".into(),
                endpoint.clone().unwrap_or_else(|e| format!("none: {e}")),
            ],
        ];
        if sessions.is_empty() {
            rows.push(["sessions".into(), "none (iamtoken login makes one)".into()]);
        }
        for session in &sessions {
            rows.push([
                format!("session {}", session.name),
                session_line(session, now),
            ]);
        }
        rows.push([
            "cache".into(),
            cache.map_or_else(
                || "none".to_owned(),
                |(path, tokens)| format!("{tokens} tokens in {path}"),
            ),
        ]);
        crate::output::print_table(stdout, &rows)?;
    }
    match effect.unusable {
        Some(failure) => Err(failure.into()),
        None => Ok(()),
    }
}

/// What a run would use: the context's grant (its session, when it is `session`), else
/// `IBMCLOUD_API_KEY` for `apikey`, else a stored session for `session`. A session is usable
/// while it is alive and the run chooses no other IAM than its own.
fn in_effect(
    settings: &Settings,
    run_endpoint: &RunEndpoint,
    grant: Option<&str>,
    sessions: &[Session],
    now: i64,
) -> InEffect {
    let usable = |what: String| InEffect {
        what: Some(what),
        unusable: None,
        at: None,
    };
    let session = |s: &Session, what: String| {
        let bound = run_endpoint.clone().and_then(|(asked, chosen)| {
            let asked = chosen
                .as_ref()
                .map(|(option, origin)| (&asked, *option, origin));
            crate::settings::bound_endpoint(&s.name, &s.iam_url, asked)
        });
        let (at, unusable) = match bound {
            Ok(endpoint) => (Some(endpoint.host()), None),
            Err(refused) => (None, Some(refused)),
        };
        InEffect {
            what: Some(what),
            unusable,
            at,
        }
    };
    match grant {
        Some("session") => {
            let name = settings
                .context
                .as_ref()
                .and_then(|c| c.get("session"))
                .map_or(crate::cli::DEFAULT_SESSION, |s| s.value.as_str());
            let what = format!("session {name}");
            let login = crate::session::login_command(name);
            let unusable = match sessions.iter().find(|s| s.name == name) {
                None => usage(format!("no session {name} is stored"))
                    .hint(format!("log in first: {login}")),
                Some(s) if s.state(now) == State::Ended => {
                    Failure::new(Exit::Refused, format!("session {name} has ended"))
                        .hint(format!("log in again: {login}"))
                }
                Some(s) => return session(s, what),
            };
            InEffect {
                what: Some(what),
                unusable: Some(unusable),
                at: None,
            }
        }
        Some(grant) => usable(grant_identity(grant, settings.context.as_ref())),
        None => {
            let key = ["IBMCLOUD_API_KEY", crate::cli::IC_API_KEY]
                .into_iter()
                .find(|name| std::env::var_os(name).is_some_and(|v| !v.is_empty()));
            if let Some(name) = key {
                return usable(format!("apikey ({name})"));
            }
            if let Some(s) = sessions.iter().find(|s| s.state(now) == State::Alive) {
                return session(s, format!("session {} ({})", s.name, s.who()));
            }
            InEffect {
                what: None,
                unusable: Some(
                    usage("no identity is in effect: no context, no API key, no live session")
                        .hint("log in with `iamtoken login`, set IBMCLOUD_API_KEY, or choose a context with --context"),
                ),
                at: None,
            }
        }
    }
}

/// A context's grant, with where its API key comes from when it takes one, as the settings
/// layer finds it for a run that types nothing (`apikey (key in IBMCLOUD_API_KEY)`: the
/// variable beats the context's own value).
fn grant_identity(grant: &str, context: Option<&Context>) -> String {
    let key = context
        .and_then(|c| crate::args::untyped_origins(c).ok())
        .and_then(|origins| origins.into_iter().find(|(id, _)| id == "apikey"))
        .and_then(|(_, origin)| match origin {
            Origin::Env(at) | Origin::File(at) => Some(at),
            Origin::Flag | Origin::Default => None,
        });
    match key {
        Some(at) => format!("{grant} (key in {at})"),
        None => grant.to_owned(),
    }
}

/// A session as `status` shows it: who, account, IAM, and alive until when or ended.
fn session_line(s: &Session, now: i64) -> String {
    let state = match (s.state(now), s.ended_at, s.refresh_until) {
        (State::Ended, Some(_), _) => "ended (refused by IAM)".to_owned(),
        (State::Ended, None, _) => "ended (its refresh token expired)".to_owned(),
        (State::Alive, _, Some(until)) => {
            format!(
                "alive, refresh token {}",
                crate::output::expiry_phrase(until - now)
            )
        }
        (State::Alive, _, None) => "alive".to_owned(),
    };
    let account = s.account.as_deref().unwrap_or("-");
    format!(
        "{}, account {account}, IAM {}: {state}",
        s.who(),
        s.iam_host()
    )
}

fn session_json(s: &Session, now: i64) -> Value {
    json!({
        "name": s.name,
        "who": s.who(),
        "account": s.account,
        "endpoint": s.iam_host(),
        "iam_url": s.iam_url,
        "refresh_until": s.refresh_until,
        "state": s.state(now).word(),
    })
}
