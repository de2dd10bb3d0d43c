//! clap value parsers shared by several options: URLs and the one duration syntax.

pub(crate) fn parse_http_url(raw: &str) -> Result<reqwest::Url, String> {
    let url = reqwest::Url::parse(raw).map_err(|e| format!("not a URL: {e}"))?;
    match url.scheme() {
        "http" | "https" => Ok(url),
        other => Err(format!(
            "unsupported scheme {other}://; use http:// or https://"
        )),
    }
}

/// The one duration syntax of every duration option: whole seconds, or a whole number with `s`,
/// `m`, `h` or `d` (`300`, `30s`, `15m`, `1h`, `6d`).
pub fn parse_duration(raw: &str) -> Result<std::time::Duration, String> {
    let raw = raw.trim();
    let (number, unit) = match raw.char_indices().last() {
        Some((at, c)) if c.is_ascii_alphabetic() => (&raw[..at], c),
        _ => (raw, 's'),
    };
    let count: u64 = number
        .parse()
        .map_err(|_| "not a duration (examples: 300, 30s, 15m, 1h, 6d)".to_owned())?;
    let seconds_per = match unit {
        's' => 1,
        'm' => 60,
        'h' => 3600,
        'd' => 86_400,
        _ => {
            return Err(format!(
                "unknown unit '{unit}' (use s, m, h or d: 30s, 15m, 1h, 6d)"
            ));
        }
    };
    count
        .checked_mul(seconds_per)
        .map(std::time::Duration::from_secs)
        .ok_or_else(|| "too long".to_owned())
}

/// `--timeout`: a duration from 1 s to 1 h.
pub(crate) fn parse_timeout(raw: &str) -> Result<std::time::Duration, String> {
    let duration = parse_duration(raw)?;
    if (1..=3600).contains(&duration.as_secs()) {
        Ok(duration)
    } else {
        Err("must be from 1s to 1h".into())
    }
}
