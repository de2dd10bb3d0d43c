//! `iamtoken cache list|clear|path`: shows and empties the token cache. Shows whose tokens
//! are there and until when, never a token.

use std::io::Write;

use anyhow::Result;

use crate::cache::Entry;
use crate::cli::CacheAction;
use crate::error::usage;
use crate::output::{self, rfc3339};
use crate::settings::Settings;
use crate::token::Wanted;
use crate::token::{TokenResponse, unix_now};

pub fn run(
    action: &CacheAction,
    settings: &Settings,
    out: &mut dyn Write,
    log: &mut dyn Write,
) -> Result<()> {
    if let CacheAction::Path = action {
        let dir = settings
            .cache_dir
            .as_ref()
            .ok_or_else(|| usage("no cache directory could be determined"))?;
        writeln!(out, "{}", dir.value.display())?;
        return Ok(());
    }
    let store = settings
        .open_store(log)
        .ok_or_else(|| usage("the token cache is not usable (see above)"))?;
    let now = unix_now();
    let mut entries: Vec<_> = store
        .entries()?
        .into_iter()
        .map(|listed| {
            let expiration = listed.entry.as_ref().and_then(expiration);
            (listed.name, listed.entry, expiration)
        })
        .collect();
    entries.sort_by_key(|(_, _, expiration)| *expiration);
    match action {
        CacheAction::List => {
            let rows: Vec<[String; 5]> = entries
                .iter()
                .map(|(name, entry, expiration)| {
                    if let (Some(entry), Some(at)) = (entry, expiration) {
                        row(entry, *at, now)
                    } else {
                        [
                            "damaged".into(),
                            name.clone(),
                            "-".into(),
                            "-".into(),
                            "-".into(),
                        ]
                    }
                })
                .collect();
            output::print_table(out, &rows)?;
        }
        CacheAction::Clear { expired } => {
            let mut removed = 0;
            for (name, _, expiration) in &entries {
                if !expired || expiration.is_none_or(|at| at <= now) {
                    store.remove_entry(name)?;
                    removed += 1;
                }
            }
            if !expired {
                store.remove_leftovers()?;
            }
            let noun = if removed == 1 { "entry" } else { "entries" };
            writeln!(
                log,
                "iamtoken: removed {removed} cache {noun} from {}",
                store.dir().display()
            )?;
        }
        CacheAction::Path => unreachable!("handled above"),
    }
    Ok(())
}

fn expiration(entry: &Entry) -> Option<i64> {
    TokenResponse::from_fields(
        entry.response.clone(),
        Wanted::AccessToken,
        entry.received_at,
    )
    .ok()?
    .expiration
}

fn row(entry: &Entry, expiration: i64, now: i64) -> [String; 5] {
    let remaining = output::expiry_phrase(expiration - now);
    [
        entry.grant.clone(),
        entry.subject.clone().unwrap_or_else(|| "-".into()),
        entry.iam_host.clone(),
        rfc3339(expiration).unwrap_or_else(|| "-".into()),
        remaining,
    ]
}
