//! `iamtoken ibmcloud`: the token of the IBM Cloud CLI's current login, from `ibmcloud iam
//! oauth-tokens --output json`, whose `iam_token` is `Bearer <JWT>`; its expiry is the JWT's
//! `exp`. The CLI's session is its own: iamtoken never refreshes or changes it.

use crate::child::{Bounded, Ended};
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::{Map, Value};

use crate::error::{Exit, Failure, usage};
use crate::token::{TokenResponse, Wanted, unix_now};

/// The most the CLI's answer may be; its tokens are far smaller.
const MAX_BYTES: u64 = 1024 * 1024;

const ARGS: [&str; 4] = ["iam", "oauth-tokens", "--output", "json"];

/// Runs the CLI (at most `timeout`) and returns its IAM token as a token response.
pub fn token(timeout: Duration) -> Result<TokenResponse, Failure> {
    let (ok, stdout, stderr) = run(timeout)?;
    if !ok {
        let said = said(&stderr).or_else(|| said(&stdout));
        let said = said.map_or_else(String::new, |s| format!(": {s}"));
        return Err(usage(format!("`ibmcloud iam oauth-tokens` failed{said}"))
            .hint("log in with `ibmcloud login` (or `ibmcloud login --sso`) first"));
    }
    parse(&stdout, unix_now())
}

/// The token in the CLI's JSON answer, received at `now`.
pub fn parse(stdout: &[u8], now: i64) -> Result<TokenResponse, Failure> {
    let bad = |what: &str| {
        Failure::new(
            Exit::BadResponse,
            format!("`ibmcloud iam oauth-tokens --output json` {what}"),
        )
    };
    let answer: Value = serde_json::from_slice(stdout).map_err(|_| bad("did not print JSON"))?;
    let iam_token = answer
        .get("iam_token")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| {
            bad("printed no IAM token")
                .hint("log in with `ibmcloud login` (or `ibmcloud login --sso`) first")
        })?;
    let jwt = iam_token
        .strip_prefix("Bearer ")
        .or_else(|| iam_token.strip_prefix("bearer "))
        .unwrap_or(iam_token)
        .trim();
    let exp = crate::jwt::claims(jwt)
        .and_then(|c| c.get("exp")?.as_i64())
        .ok_or_else(|| bad("printed an IAM token that is not a JWT with an expiry"))?;
    if exp <= now {
        return Err(
            Failure::new(Exit::Refused, "the IBM Cloud CLI's IAM token has expired")
                .hint("log in again with `ibmcloud login`"),
        );
    }
    let mut fields = Map::new();
    fields.insert("access_token".into(), Value::from(jwt));
    fields.insert("token_type".into(), Value::from("Bearer"));
    fields.insert("expires_in".into(), Value::from(exp - now));
    fields.insert("expiration".into(), Value::from(exp));
    TokenResponse::from_fields(fields, Wanted::AccessToken, now)
        .map_err(|f| f.reworded(|m| format!("the IBM Cloud CLI's token: {m}")))
}

/// The first line of what the CLI said that says something (not its bare `FAILED`), bounded.
pub(crate) fn said(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(bytes);
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && *l != "FAILED")
        .map(|l| l.chars().take(200).collect())
}

/// Runs `ibmcloud` with `ARGS`, stdin closed, for at most `timeout`: whether it succeeded, and
/// its stdout and stderr.
fn run(timeout: Duration) -> Result<(bool, Vec<u8>, Vec<u8>), Failure> {
    let mut command = Command::new("ibmcloud");
    command
        .args(ARGS)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // A group of its own: a timeout stops the CLI and all it started (its stdin is closed, so
    // it needs no terminal).
    let child = Bounded::start(&mut command, true, MAX_BYTES).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => usage("ibmcloud (the IBM Cloud CLI) is not on PATH")
            .hint("install it (https://cloud.ibm.com/docs/cli), or use `iamtoken login`"),
        _ => usage(format!("cannot run ibmcloud: {e}")),
    })?;
    let stopped = |what: &str| {
        Failure::new(
            Exit::Unavailable,
            format!(
                "`ibmcloud iam oauth-tokens` {what} within {} s and was stopped",
                timeout.as_secs()
            ),
        )
    };
    match child.finish(timeout) {
        Ok(Ended::Exited(status, outputs)) => {
            let mut outputs = outputs.into_iter();
            let stdout = outputs.next().unwrap_or_default();
            let stderr = outputs.next().unwrap_or_default();
            Ok((status.success(), stdout, stderr))
        }
        Ok(Ended::OutputHeld(_)) => Err(stopped("did not close its output")),
        Ok(Ended::TimedOut) | Err(_) => Err(stopped("did not finish")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwt(exp: i64) -> String {
        use base64::Engine as _;
        let b64 = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
        format!(
            "{}.{}.sig",
            b64(r#"{"alg":"RS256"}"#),
            b64(&format!(r#"{{"exp":{exp},"iam_id":"IBMid-1"}}"#))
        )
    }

    #[test]
    fn the_bearer_prefix_goes_and_exp_dates_the_token() {
        let out = format!(
            r#"{{"iam_token":"Bearer {}","uaa_token":"x"}}"#,
            jwt(1_000_600)
        );
        let token = parse(out.as_bytes(), 1_000_000).unwrap();
        assert_eq!(
            token.access_token.as_ref().unwrap().expose(),
            jwt(1_000_600)
        );
        assert_eq!(token.expiration, Some(1_000_600));
        assert_eq!(token.fields["expires_in"], 600);
        assert!(token.refresh_token.is_none());
    }

    #[test]
    fn no_token_or_an_expired_one_is_an_error() {
        assert!(parse(br#"{"iam_token":""}"#, 0).is_err());
        assert!(parse(b"FAILED", 0).is_err());
        let out = format!(r#"{{"iam_token":"Bearer {}"}}"#, jwt(10));
        assert_eq!(parse(out.as_bytes(), 20).unwrap_err().exit, Exit::Refused);
    }
}
