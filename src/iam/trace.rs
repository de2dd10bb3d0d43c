//! `--verbose` output: one line per attempt and answer at -v; headers and bodies at -vv, with
//! every secret and token replaced by `[redacted]` (docs/iam.md, "Redaction").

use std::io::Write;
use std::time::Duration;

use reqwest::header::HeaderMap;
use serde_json::Value;

use super::redact::{REDACTED, Redactor};
use crate::grant::{Field, TokenRequest};

/// Request lines for one attempt.
pub fn request(
    log: &mut dyn Write,
    level: u8,
    url: &str,
    req: &TokenRequest,
    attempt: u32,
    of: u32,
) {
    let _ = writeln!(log, "iamtoken: > POST {url} (attempt {attempt} of {of})");
    if level < 2 {
        return;
    }
    let _ = writeln!(
        log,
        "iamtoken: >   Content-Type: application/x-www-form-urlencoded"
    );
    let _ = writeln!(log, "iamtoken: >   Accept: application/json");
    let _ = writeln!(log, "iamtoken: >   User-Agent: {}", super::user_agent());
    if let Some(tenant) = &req.tenant {
        let _ = writeln!(log, "iamtoken: >   IBM-Cloud-Tenant: {tenant}");
    }
    if let Some((id, _)) = &req.client {
        let _ = writeln!(
            log,
            "iamtoken: >   Authorization: Basic {REDACTED} (client {id})"
        );
    }
    let form: Vec<String> = req
        .form
        .iter()
        .map(|(k, v)| match v {
            Field::Plain(p) => format!("{k}={p}"),
            Field::Secret(_) => format!("{k}={REDACTED}"),
        })
        .collect();
    let _ = writeln!(log, "iamtoken: >   body: {}", form.join("&"));
}

/// The answer to one attempt.
#[allow(clippy::too_many_arguments, reason = "one trace line's fields")]
pub fn answer(
    log: &mut dyn Write,
    level: u8,
    status: &str,
    elapsed: Duration,
    request_id: Option<&str>,
    headers: &HeaderMap,
    body: &[u8],
    redactor: &Redactor,
) {
    let id = request_id
        .map(|id| format!(" [request id {id}]"))
        .unwrap_or_default();
    let _ = writeln!(
        log,
        "iamtoken: < {status} in {} ms{id}",
        elapsed.as_millis()
    );
    if level < 2 {
        return;
    }
    for (name, value) in headers {
        let value = if name == "set-cookie" {
            REDACTED.to_owned()
        } else {
            redactor.clean(&String::from_utf8_lossy(value.as_bytes()))
        };
        let _ = writeln!(log, "iamtoken: <   {name}: {value}");
    }
    let content_type = headers
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    let shown = redact_body(body, content_type, redactor);
    let _ = writeln!(log, "iamtoken: <   body: {shown}");
}

/// The proxy requests go through.
pub fn via(log: &mut dyn Write, via: &str) {
    let _ = writeln!(log, "iamtoken: via {via}");
}

/// A request line for the other exchanges (the key set, the metadata service).
pub fn sent(log: &mut dyn Write, method: &str, url: &reqwest::Url) {
    let _ = writeln!(log, "iamtoken: > {method} {url}");
}

/// The status line of an answer to one of those.
pub fn answered(log: &mut dyn Write, status: reqwest::StatusCode, elapsed: Duration) {
    let _ = writeln!(log, "iamtoken: < {status} in {} ms", elapsed.as_millis());
}

pub fn retry(log: &mut dyn Write, delay: Duration, why: &str) {
    let _ = writeln!(
        log,
        "iamtoken: {why}; retrying in {:.1} s",
        delay.as_secs_f64()
    );
}

/// A body fit for a log: JSON with token-like fields and JWT-shaped strings replaced, never a
/// secret we sent, one line, at most 2000 characters. Anything that is not JSON is shown only
/// as its length and content type: it cannot be redacted field by field.
pub fn redact_body(body: &[u8], content_type: Option<&str>, redactor: &Redactor) -> String {
    let Ok(mut json) = serde_json::from_slice::<Value>(body) else {
        let kind = content_type.map_or_else(|| "no content type".into(), |c| redactor.clean(c));
        return format!("({} bytes of {kind}, not shown)", body.len());
    };
    redact_json(&mut json, redactor);
    // Scrubbed value by value too: a secret quoted inside a string is escaped once more when
    // the JSON is written out.
    let text = redactor.clean(&json.to_string());
    match text.char_indices().nth(2000) {
        Some((cut, _)) => format!("{}... ({} bytes)", &text[..cut], body.len()),
        None => text,
    }
}

fn redact_json(json: &mut Value, redactor: &Redactor) {
    match json {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                if is_secret_name(key) && !value.is_null() {
                    *value = Value::from(REDACTED);
                } else {
                    redact_json(value, redactor);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| redact_json(v, redactor)),
        Value::String(s) if looks_like_jwt(s) => REDACTED.clone_into(s),
        Value::String(s) => *s = redactor.scrub(s),
        _ => {}
    }
}

/// Field names that hold credentials in IAM's answers (docs/iam.md, "The token response") or anywhere.
fn is_secret_name(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    ["token", "cookie", "secret", "password", "apikey"]
        .iter()
        .any(|word| key.contains(word))
        && key != "token_type"
}

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '='
}

/// Three dot-separated base64url segments, the first two of some length: a JWT.
fn looks_like_jwt(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 3
        && parts[0].len() >= 8
        && parts[1].len() >= 8
        && parts.iter().all(|p| p.chars().all(is_token_char))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::Secret;
    use crate::token::Wanted;

    fn req() -> Redactor {
        Redactor::for_request(&TokenRequest {
            form: vec![("apikey", Field::Secret(Secret::new("my-api-key")))],
            tenant: None,
            client: None,
            wanted: Wanted::AccessToken,
            first: None,
            single_use: None,
            rotating: None,
        })
    }

    const JWT: &str = "eyJhbGciOiJSUzI1NiJ9.eyJpYW1faWQiOiJ4In0.c2lnbmF0dXJl";

    #[test]
    fn json_bodies_lose_tokens_and_jwts() {
        let body = format!(
            r#"{{"access_token":"{JWT}","refresh_token":"opaque","token_type":"Bearer","expires_in":3600,"note":"{JWT}","echo":"my-api-key","nested":{{"id_token":"x"}}}}"#
        );
        let shown = redact_body(body.as_bytes(), Some("application/json"), &req());
        assert!(
            !shown.contains("eyJ") && !shown.contains("opaque") && !shown.contains("my-api-key")
        );
        assert!(
            shown.contains(r#""token_type":"Bearer""#) && shown.contains(r#""expires_in":3600"#)
        );
        assert!(shown.contains(r#""id_token":"[redacted]""#), "{shown}");
    }

    #[test]
    fn other_bodies_are_shown_by_length_and_type_only() {
        let body = format!("<p>token {JWT}. and my-api-key</p>");
        assert_eq!(
            redact_body(body.as_bytes(), Some("text/html"), &req()),
            format!("({} bytes of text/html, not shown)", body.len())
        );
        assert_eq!(
            redact_body(b"x", None, &req()),
            "(1 bytes of no content type, not shown)"
        );
    }
}
