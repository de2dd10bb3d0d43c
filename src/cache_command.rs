//! `iamtoken cache list|clear|path`: shows and empties the token cache. Shows whose tokens
//! are there and until when, never a token. Neither command creates the cache directory.

use std::io::Write;

use anyhow::Result;
use serde_json::{Value, json};

use crate::cache::{Entry, KeyState, Listed, Store};
use crate::cli::CacheAction;
use crate::error::usage;
use crate::output::{self, rfc3339};
use crate::settings::Settings;
use crate::token::{TokenResponse, unix_now};

pub fn run(
    action: &CacheAction,
    settings: &Settings,
    out: &mut dyn Write,
    log: &mut dyn Write,
) -> Result<()> {
    let dir = settings.cache_dir.as_ref().map(|d| d.value.as_path());
    if let CacheAction::Path = action {
        let dir = dir.ok_or_else(|| usage("no cache directory could be determined"))?;
        writeln!(out, "{}", dir.display())?;
        return Ok(());
    }
    let store = crate::cache::Store::open_existing(dir, log);
    let now = unix_now();
    let mut entries: Vec<(Listed, Option<i64>)> = match &store {
        Some(store) => store
            .entries()?
            .into_iter()
            .map(|listed| {
                let expiration = listed.entry.as_ref().and_then(expiration);
                (listed, expiration)
            })
            .collect(),
        None => Vec::new(),
    };
    entries.sort_by_key(|(_, expiration)| *expiration);
    match action {
        CacheAction::List { .. } if settings.json_asked() => {
            let names = session_names(settings);
            let list: Vec<Value> = entries
                .iter()
                .map(|(l, at)| as_json(l, *at, now, &names))
                .collect();
            serde_json::to_writer_pretty(&mut *out, &list)?;
            writeln!(out)?;
        }
        CacheAction::List { .. } => {
            if entries.is_empty() {
                writeln!(out, "no cached tokens")?;
            } else {
                let header = ["ID", "GRANT", "IDENTITY", "IAM HOST", "EXPIRES", "LEFT"];
                let mut rows = vec![header.map(String::from)];
                let names = session_names(settings);
                rows.extend(entries.iter().map(|(l, at)| row(l, *at, now, &names)));
                output::print_table(out, &rows)?;
            }
            say_damage(store.as_ref(), &entries, log)?;
        }
        CacheAction::Clear { expired, ids } => {
            let chosen = choose(&entries, ids)?;
            let mut removed = 0;
            if let Some(store) = &store {
                // A folder iamtoken never used (no key) may hold others' files: only what reads
                // as iamtoken's own entry is removed there.
                let ours =
                    |listed: &Listed| store.key() != KeyState::Missing || listed.entry.is_some();
                for (listed, expiration) in entries.iter().filter(|(l, _)| ours(l)) {
                    let wanted = if ids.is_empty() {
                        !expired || expiration.is_none_or(|at| at <= now)
                    } else {
                        chosen.contains(&listed.name.as_str())
                    };
                    if wanted {
                        store.remove_entry(&listed.name)?;
                        removed += 1;
                    }
                }
                if !expired && ids.is_empty() && store.key() != KeyState::Missing {
                    store.remove_leftovers()?;
                }
            }
            let noun = if removed == 1 { "entry" } else { "entries" };
            let from = dir.map_or_else(String::new, |d| format!(" from {}", d.display()));
            writeln!(log, "iamtoken: removed {removed} cache {noun}{from}")?;
        }
        CacheAction::Path => unreachable!("handled above"),
    }
    Ok(())
}

/// The entries `ids` name, each by a beginning that only one entry's ID has.
/// After `cache list`: how many entries are damaged, and whether the key is, with what removes
/// them.
fn say_damage(
    store: Option<&Store>,
    entries: &[(Listed, Option<i64>)],
    log: &mut dyn Write,
) -> Result<()> {
    let damaged = entries.iter().filter(|(l, _)| l.entry.is_none()).count();
    let key = store.is_some_and(|s| s.key() == KeyState::Damaged);
    let what = match (damaged, key) {
        (0, false) => return Ok(()),
        (0, true) => "the cache's key is damaged".to_owned(),
        (1, false) => "1 cache entry is damaged".to_owned(),
        (n, false) => format!("{n} cache entries are damaged"),
        (n, true) => format!("the cache's key and {n} cache entries are damaged"),
    };
    writeln!(
        log,
        "iamtoken: note: {what}; `iamtoken cache clear` removes them"
    )?;
    Ok(())
}

fn choose<'a>(entries: &'a [(Listed, Option<i64>)], ids: &[String]) -> Result<Vec<&'a str>> {
    let mut chosen = Vec::new();
    for id in ids {
        let id = id.to_ascii_lowercase();
        let matching: Vec<&Listed> = entries
            .iter()
            .map(|(l, _)| l)
            .filter(|l| !id.is_empty() && l.id.starts_with(&id))
            .collect();
        match matching.as_slice() {
            [one] => chosen.push(one.name.as_str()),
            [] => {
                return Err(usage(format!("no cached token has an ID beginning {id}"))
                    .hint("iamtoken cache list shows the IDs")
                    .into());
            }
            _ => {
                return Err(usage(format!(
                    "more than one cached token has an ID beginning {id}"
                ))
                .hint("give more of the ID")
                .into());
            }
        }
    }
    Ok(chosen)
}

fn expiration(entry: &Entry) -> Option<i64> {
    TokenResponse::from_fields(entry.response.clone(), entry.wanted, entry.received_at)
        .ok()?
        .expiration
}

/// The stored sessions' names, by their ids (what a cache entry records of its session).
fn session_names(settings: &Settings) -> std::collections::HashMap<String, String> {
    let Ok(Some(sessions)) = settings.sessions(false) else {
        return std::collections::HashMap::new();
    };
    sessions
        .names()
        .unwrap_or_default()
        .into_iter()
        .filter_map(|name| sessions.load(&name).ok().flatten())
        .map(|session| (session.id, session.name))
        .collect()
}

/// The session an entry was refreshed from: its name, or (logged out since) its id's start.
fn session_of(id: &str, names: &std::collections::HashMap<String, String>) -> String {
    names.get(id).map_or_else(
        || format!("{} (logged out)", id.chars().take(8).collect::<String>()),
        Clone::clone,
    )
}

/// Who the token is for: the session or the context that fetched it and the token's subject,
/// either alone, or `-`.
fn identity(entry: &Entry, names: &std::collections::HashMap<String, String>) -> String {
    if let Some(id) = &entry.session {
        let session = session_of(id, names);
        return match &entry.subject {
            Some(subject) => format!("session {session} ({subject})"),
            None => format!("session {session}"),
        };
    }
    match (&entry.context, &entry.subject) {
        (Some(context), Some(subject)) => format!("context {context} ({subject})"),
        (Some(context), None) => format!("context {context}"),
        (None, Some(subject)) => subject.clone(),
        (None, None) => "-".into(),
    }
}

fn row(
    listed: &Listed,
    expiration: Option<i64>,
    now: i64,
    names: &std::collections::HashMap<String, String>,
) -> [String; 6] {
    let id = listed.id.clone();
    match (&listed.entry, expiration) {
        (Some(entry), Some(at)) => [
            id,
            entry.grant.clone(),
            identity(entry, names),
            entry.iam_host.clone(),
            rfc3339(at).unwrap_or_else(|| "-".into()),
            output::expiry_phrase(at.saturating_sub(now)),
        ],
        _ => [
            id,
            "damaged".into(),
            "-".into(),
            "-".into(),
            "-".into(),
            "-".into(),
        ],
    }
}

fn as_json(
    listed: &Listed,
    expiration: Option<i64>,
    now: i64,
    names: &std::collections::HashMap<String, String>,
) -> Value {
    let Some(entry) = &listed.entry else {
        return json!({ "id": listed.id, "damaged": true });
    };
    json!({
        "id": listed.id,
        "grant": entry.grant,
        "context": entry.context,
        "session": entry.session.as_deref().map(|id| session_of(id, names)),
        "subject": entry.subject,
        "iam_host": entry.iam_host,
        "expires_at": expiration.and_then(rfc3339),
        "expires_in": expiration.map(|at| at.saturating_sub(now).max(0)),
        "damaged": false,
    })
}
