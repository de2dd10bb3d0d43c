//! `iamtoken check`: is this identity healthy? A fresh token (never the cache), the identity its
//! claims name, and for an API key its details from IAM: whether the key is disabled or about to
//! expire (since 2026 IAM API keys can expire). A locked key is shown, never a failure: many
//! service IDs' keys are locked on purpose.

use std::io::Write;
use std::time::SystemTime;

use anyhow::Result;
use serde_json::{Value, json};

use crate::args::CheckCommand;
use crate::error::{Exit, Failure, usage};
use crate::grant::Plan;
use crate::iam;
use crate::jwt;
use crate::obtain;
use crate::output::{self, rfc3339};
use crate::secret::Commands;
use crate::settings::Settings;
use crate::token::unix_now;

/// An API key as IAM describes it.
pub(crate) struct Key {
    name: Option<String>,
    id: Option<String>,
    created_at: Option<i64>,
    /// `None`: the key never expires.
    expires_at: Option<i64>,
    locked: bool,
    disabled: bool,
}

impl Key {
    pub(crate) fn from_details(details: &Value) -> Self {
        let text = |name: &str| details.get(name).and_then(Value::as_str).map(str::to_owned);
        let flag = |name: &str| details.get(name).and_then(Value::as_bool).unwrap_or(false);
        let time = |name: &str| {
            details
                .get(name)
                .and_then(Value::as_str)
                .and_then(parse_time)
        };
        Self {
            name: text("name"),
            id: text("id"),
            created_at: time("created_at"),
            expires_at: time("expires_at"),
            locked: flag("locked"),
            disabled: flag("disabled"),
        }
    }

    /// The key as `check -o json` reports it.
    pub(crate) fn json(&self) -> Value {
        json!({
            "name": self.name,
            "id": self.id,
            "created_at": self.created_at.and_then(rfc3339),
            "expires_at": self.expires_at.and_then(rfc3339),
            "locked": self.locked,
            "disabled": self.disabled,
        })
    }

    /// The key's rows of `check`'s table, at `now`.
    pub(crate) fn rows(&self, now: i64) -> [[String; 2]; 6] {
        let dash = |v: Option<String>| v.unwrap_or_else(|| "-".into());
        let yes_no = |b: bool| if b { "yes" } else { "no" }.to_owned();
        let expires = self.expires_at.map_or_else(
            || "never".to_owned(),
            |at| {
                let when = rfc3339(at).unwrap_or_else(|| "-".into());
                format!("{when} ({})", output::expiry_phrase(at.saturating_sub(now)))
            },
        );
        [
            ["apikey name".into(), dash(self.name.clone())],
            ["apikey id".into(), dash(self.id.clone())],
            ["created".into(), dash(self.created_at.and_then(rfc3339))],
            ["expires".into(), expires],
            ["locked".into(), yes_no(self.locked)],
            ["disabled".into(), yes_no(self.disabled)],
        ]
    }
}

/// Fetches a fresh token for `plan`, asks IAM about its API key when it has one, prints what it
/// learnt and fails (exit 9) when the key is disabled or expires within `--warn-expiry`.
pub fn run(
    check: &CheckCommand,
    settings: &Settings,
    plan: Plan,
    grant: &str,
    out: &mut dyn Write,
    log: &mut dyn Write,
) -> Result<()> {
    let key = plan.api_key().cloned();
    // check's secrets were read with their commands run: the key is needed for its details.
    let got = obtain::token(settings, plan, grant, &Commands::default(), log)?;
    let access = got.token.access_token.as_ref().ok_or_else(|| {
        usage("check needs an access token").hint("add --with-access-token to delegated")
    })?;
    let claims = jwt::claims(access.expose()).unwrap_or_default();
    let details = match &key {
        Some(key) => {
            let endpoint = settings.endpoint()?;
            let details = iam::apikey_details(endpoint, access, key, &settings.network, log)?;
            if details.is_none() {
                writeln!(
                    log,
                    "iamtoken: warning: IAM does not show this identity its API key's details \
                     (403); the key itself works"
                )?;
            }
            details
        }
        None => None,
    };
    let key = details.as_ref().map(Key::from_details);
    let claim = |name: &str| claims.get(name).and_then(Value::as_str).map(str::to_owned);
    let account = claims
        .get("account")
        .and_then(|a| a.get("bss"))
        .and_then(Value::as_str)
        .map(str::to_owned);
    let now = unix_now();
    if settings.json_asked() {
        let mut report = json!({
            "iam_id": claim("iam_id"),
            "account_id": account,
            "sub": claim("sub"),
            "sub_type": claim("sub_type"),
        });
        if let Some(key) = &key {
            report["apikey"] = key.json();
        }
        serde_json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
    } else {
        let dash = |v: Option<String>| v.unwrap_or_else(|| "-".into());
        let mut rows = vec![
            ["iam_id".to_owned(), dash(claim("iam_id"))],
            ["account".into(), dash(account)],
            ["sub".into(), dash(claim("sub"))],
            ["sub_type".into(), dash(claim("sub_type"))],
        ];
        if let Some(key) = &key {
            rows.extend(key.rows(now));
        }
        output::print_table(out, &rows)?;
    }
    match &key {
        Some(key) if key.disabled => {
            Err(Failure::new(Exit::Unhealthy, "the API key is disabled").into())
        }
        Some(Key {
            expires_at: Some(at),
            ..
        }) if at.saturating_sub(now) < seconds(check.warn_expiry) => {
            let within = output::duration(check.warn_expiry);
            Err(Failure::new(
                Exit::Unhealthy,
                format!(
                    "the API key {} (within --warn-expiry {within})",
                    output::expiry_phrase(at.saturating_sub(now))
                ),
            )
            .hint("create a new key and rotate it in before this one expires")
            .into())
        }
        _ => Ok(()),
    }
}

fn seconds(duration: std::time::Duration) -> i64 {
    i64::try_from(duration.as_secs()).unwrap_or(i64::MAX)
}

/// IAM's times in the key details, `yyyy-MM-ddTHH:mm+0000` (docs/iam.md, "API key details"),
/// read leniently: seconds and fractions may be there, the zone may be `Z`, `+0000` or
/// `+00:00`, or another offset.
fn parse_time(text: &str) -> Option<i64> {
    let text = text.trim();
    let (local, offset) = split_zone(text)?;
    let local = if local.len() == "yyyy-MM-ddTHH:mm".len() {
        format!("{local}:00Z")
    } else {
        format!("{local}Z")
    };
    let at = humantime::parse_rfc3339_weak(&local).ok()?;
    let at = at.duration_since(SystemTime::UNIX_EPOCH).ok()?.as_secs();
    i64::try_from(at).ok()?.checked_sub(offset)
}

/// The local time and its offset from UTC in seconds.
fn split_zone(text: &str) -> Option<(&str, i64)> {
    if let Some(local) = text.strip_suffix('Z') {
        return Some((local, 0));
    }
    let at = text
        .rfind(['+', '-'])
        .filter(|at| *at > "yyyy-MM-dd".len())?;
    let (local, zone) = text.split_at(at);
    let sign = if zone.starts_with('-') { -1 } else { 1 };
    let digits: String = zone[1..].chars().filter(char::is_ascii_digit).collect();
    if digits.len() != 4 {
        return None;
    }
    let hours: i64 = digits[..2].parse().ok()?;
    let minutes: i64 = digits[2..].parse().ok()?;
    Some((local, sign * (hours * 3600 + minutes * 60)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iams_key_times_are_read_leniently() {
        let utc = 1_767_268_800; // 2026-01-01T12:00:00Z
        for text in [
            "2026-01-01T12:00+0000",
            "2026-01-01T12:00:00+0000",
            "2026-01-01T12:00:00.000+00:00",
            "2026-01-01T12:00Z",
            "2026-01-01T13:00+0100",
            "2026-01-01T07:00-0500",
        ] {
            assert_eq!(parse_time(text), Some(utc), "{text}");
        }
        for bad in ["", "soon", "2026-01-01", "2026-01-01T12:00+01"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }
}
