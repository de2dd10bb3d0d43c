//! What IAM answered, classified: a token, or a failure with its exit code, one clear line, and
//! whether trying again could help. Pure: no I/O, so every rule is a unit test.

use std::time::{Duration, SystemTime};

use reqwest::{StatusCode, Url};

use super::redact::{Redactor, one_line};
use crate::error::{Exit, Failure};
use crate::token::Wanted;
use crate::token::{IamError, TokenResponse};

/// The longest `Retry-After` we honour; a longer one is clamped.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(30);

/// What IAM answered, as far as classification needs.
pub struct Answer<'a> {
    pub status: StatusCode,
    pub content_type: Option<&'a str>,
    pub location: Option<&'a str>,
    pub retry_after: Option<&'a str>,
    pub body: &'a [u8],
    pub truncated: bool,
}

impl Answer<'_> {
    /// docs/iam.md, "Retries" (the SDKs' retry policy): 429 and 5xx other than 501 are worth
    /// another try; any other 4xx (a wrong key) is final.
    pub fn retryable(&self) -> bool {
        let code = self.status.as_u16();
        code == 429 || (500..=599).contains(&code) && code != 501
    }

    /// `Retry-After` as a delay: seconds or an HTTP date, at most 30 s.
    pub fn retry_after(&self, now: SystemTime) -> Option<Duration> {
        let value = self.retry_after?.trim();
        let delay = match value.parse::<u64>() {
            Ok(seconds) => Duration::from_secs(seconds),
            Err(_) => httpdate::parse_http_date(value)
                .ok()?
                .duration_since(now)
                .unwrap_or(Duration::ZERO),
        };
        Some(delay.min(MAX_RETRY_AFTER))
    }

    /// IAM's request id, from an IAM error body, fit to show.
    pub fn request_id(&self, redactor: &Redactor) -> Option<String> {
        IamError::parse(self.body)?
            .request_id()
            .map(|id| redactor.clean(id))
    }
}

/// A token, or the failure `answer` means; what it shows of the answer is cleaned by
/// `redactor`.
pub fn classify(
    answer: &Answer,
    wanted: Wanted,
    now: i64,
    redactor: &Redactor,
) -> Result<TokenResponse, Failure> {
    let status = answer.status;
    if status.is_success() {
        if answer.truncated {
            return Err(Failure::new(
                Exit::BadResponse,
                "IAM's answer is larger than 1 MiB",
            ));
        }
        return TokenResponse::parse(answer.body, wanted, now).map_err(|f| {
            let summary = summarise(answer);
            f.reworded(|m| redactor.clean(&format!("{m} ({summary})")))
        });
    }
    if status.is_redirection() {
        let to = answer
            .location
            .and_then(|l| Url::parse(l).ok())
            .and_then(|u| u.host_str().map(str::to_owned))
            .map_or_else(String::new, |h| format!(" to {h}"));
        return Err(Failure::new(
            Exit::BadResponse,
            format!("IAM answered {status} (a redirect{to}); redirects are not followed"),
        )
        .hint("check --iam-url"));
    }
    let exit = exit_for(status);
    let what = match (exit, status.as_u16()) {
        (_, 429) => "IAM is rate-limiting requests",
        (Exit::Refused, _) => "IAM refused the request",
        (Exit::Unavailable, _) => "IAM is unavailable",
        _ => "IAM gave an unexpected answer",
    };
    let error = IamError::parse(answer.body);
    let message = match &error {
        Some(e) => {
            let id = e.request_id().map(|id| format!(" [request id {id}]"));
            let (code, text) = (&e.error_code, e.text());
            format!(
                "{what} ({} {code}): {text}{}",
                status.as_u16(),
                id.unwrap_or_default()
            )
        }
        None => format!("{what} ({status}; {})", summarise(answer)),
    };
    let mut failure = Failure::new(exit, redactor.clean(&message));
    failure.iam_code = error.map(|e| e.error_code.clone());
    // Only what another attempt could cure gets the hint to make more (501 is not retried).
    Err(match (exit, status.as_u16()) {
        (Exit::Unavailable, 429) => failure.hint("wait a little and retry, or raise --retries"),
        (Exit::Unavailable, _) if answer.retryable() => {
            failure.hint("retry later, or raise --retries")
        }
        _ => failure,
    })
}

/// The exit code for an answer that is neither a success nor a redirect: 429 and 5xx mean the
/// server is unavailable (worth retrying later), other 4xx that it refused the request.
fn exit_for(status: StatusCode) -> Exit {
    match status.as_u16() {
        429 | 500..=599 => Exit::Unavailable,
        400..=499 => Exit::Refused,
        _ => Exit::BadResponse,
    }
}

/// For answers that are not token responses (the key set, the metadata service): `Ok` for
/// 2xx, else the failure, named after `what` and with the server's message when it has one.
pub fn classify_other(answer: &Answer, what: &str, redactor: &Redactor) -> Result<(), Failure> {
    let status = answer.status;
    if status.is_success() {
        return if answer.truncated {
            Err(Failure::new(
                Exit::BadResponse,
                format!("{what} is larger than 1 MiB"),
            ))
        } else {
            Ok(())
        };
    }
    let exit = exit_for(status);
    // IAM's error shape, or the VPC API's `{"errors": [{"code", "message"}]}`.
    let detail = IamError::parse(answer.body)
        .map(|e| format!("{}: {}", e.error_code, e.text()))
        .or_else(|| {
            let json: serde_json::Value = serde_json::from_slice(answer.body).ok()?;
            let first = json.get("errors")?.get(0)?;
            let code = first
                .get("code")
                .and_then(|c| c.as_str())
                .unwrap_or("error");
            Some(format!("{code}: {}", first.get("message")?.as_str()?))
        })
        .unwrap_or_else(|| summarise(answer));
    Err(Failure::new(
        exit,
        redactor.clean(&format!("{what}: {status}; {detail}")),
    ))
}

/// A short description of a body that is not what we expected, never the body itself (it may
/// be a proxy's HTML page, or hold a token).
fn summarise(answer: &Answer) -> String {
    let body = answer.body;
    let kind = answer
        .content_type
        .and_then(|c| c.split(';').next())
        .map_or("no content type", str::trim);
    if body.iter().all(u8::is_ascii_whitespace) {
        return "empty body".into();
    }
    let text = String::from_utf8_lossy(body);
    if let Some(title) = html_title(&text) {
        return format!("an HTML page titled \"{title}\"");
    }
    let size = if answer.truncated {
        "over 1 MiB".to_owned()
    } else {
        format!("{} bytes", body.len())
    };
    format!("{size} of {kind}")
}

fn html_title(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let start = lower.find("<title")?;
    let start = start + lower[start..].find('>')? + 1;
    let end = start + lower[start..].find("</title")?;
    let title: String = one_line(&text[start..end]).chars().take(80).collect();
    (!title.is_empty()).then_some(title)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, content_type: &'static str, body: &'static str) -> Answer<'static> {
        Answer {
            status: StatusCode::from_u16(status).unwrap(),
            content_type: Some(content_type),
            location: Some("https://evil.example/steal"),
            retry_after: None,
            body: body.as_bytes(),
            truncated: false,
        }
    }

    fn failure(a: &Answer) -> Failure {
        classify(a, Wanted::AccessToken, 0, &Redactor::default()).unwrap_err()
    }

    #[test]
    fn iam_errors_name_status_code_message_and_request_id() {
        let f = failure(&answer(
            400,
            "application/json",
            r#"{"errorCode":"BXNIM0415E","errorMessage":"Provided API key could not be found.","context":{"requestId":"r-1"}}"#,
        ));
        assert_eq!(f.exit, Exit::Refused);
        assert_eq!(
            f.to_string(),
            "IAM refused the request (400 BXNIM0415E): Provided API key could not be found. [request id r-1]"
        );
    }

    #[test]
    fn status_decides_the_exit_code_and_retries() {
        let json = r#"{"errorCode":"X","errorMessage":"m"}"#;
        let cases = [
            (400, Exit::Refused, false),
            (401, Exit::Refused, false),
            (403, Exit::Refused, false),
            (429, Exit::Unavailable, true),
            (500, Exit::Unavailable, true),
            (501, Exit::Unavailable, false),
            (503, Exit::Unavailable, true),
        ];
        for (status, exit, retry) in cases {
            let a = answer(status, "application/json", json);
            assert_eq!((failure(&a).exit, a.retryable()), (exit, retry), "{status}");
        }
        let redirect = failure(&answer(301, "text/html", ""));
        assert_eq!(redirect.exit, Exit::BadResponse);
        assert!(redirect.to_string().contains("redirect to evil.example"));
        assert_eq!(
            failure(&answer(200, "text/html", "<p>")).exit,
            Exit::BadResponse
        );
    }

    #[test]
    fn retry_after_in_seconds_or_as_a_date_capped_at_30s() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let after = |value| {
            Answer {
                retry_after: Some(value),
                ..answer(429, "", "")
            }
            .retry_after(now)
        };
        assert_eq!(after("3"), Some(Duration::from_secs(3)));
        assert_eq!(after("600"), Some(Duration::from_secs(30)));
        let in_five = httpdate::fmt_http_date(now + Duration::from_secs(5));
        assert_eq!(
            after(Box::leak(in_five.into_boxed_str())),
            Some(Duration::from_secs(5))
        );
        assert_eq!(after("Thu, 01 Jan 1970 00:00:00 GMT"), Some(Duration::ZERO));
        assert_eq!(after("soon"), None);
    }

    #[test]
    fn html_pages_are_summarised_not_dumped() {
        let page = "<html><head><TITLE>502\n Bad Gateway</TITLE></head><body>secret-ish</body>";
        let f = failure(&answer(502, "text/html; charset=utf-8", page));
        assert_eq!(
            f.to_string(),
            "IAM is unavailable (502 Bad Gateway; an HTML page titled \"502 Bad Gateway\")"
        );
        let f = failure(&answer(401, "", ""));
        assert_eq!(
            f.to_string(),
            "IAM refused the request (401 Unauthorized; empty body)"
        );
        let f = failure(&answer(200, "text/plain", "hello"));
        assert_eq!(
            f.to_string(),
            "IAM's answer is not a JSON object (5 bytes of text/plain)"
        );
    }

    #[test]
    fn messages_stay_on_one_line() {
        assert_eq!(one_line("a\r\n\x1b[31mb\t c"), "a [31mb c");
    }
}
