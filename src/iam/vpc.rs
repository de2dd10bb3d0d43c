//! The VPC instance metadata service (docs/iam.md, "VPC instance metadata"): an instance identity token, then
//! an IAM token for the instance's trusted profile, both from the metadata service itself.

use std::io::Write;
use std::time::SystemTime;

use anyhow::Result;
use reqwest::Url;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE};

use super::answer::classify_other;
use super::redact::Redactor;
use super::{Options, Outcome, Route, client_for, exchange, retrying, trace};
use crate::error::{Exit, Failure};
use crate::grant::VpcRequest;
use crate::token::Wanted;
use crate::token::{TokenResponse, unix_now};

/// What the first request's failure most likely means, when no service answers there or it
/// refuses: this is not a VPC virtual server (or its metadata service is off).
const OFF_VPC: &str = "vpc works on an IBM Cloud VPC virtual server whose metadata service is \
                       turned on; elsewhere, use apikey, assume or cr-token";

/// Lifetime asked for the instance identity token (the SDK default).
const IDENTITY_TOKEN_SECONDS: u32 = 300;

/// A token for the trusted profile `profile` (`("id", ID)` or `("crn", CRN)`), or the
/// instance's default linked profile.
pub fn fetch(vpc: &VpcRequest, opts: &Options, log: &mut dyn Write) -> Result<TokenResponse> {
    let (metadata, profile) = (&vpc.metadata, vpc.profile.as_ref());
    // The service is link-local: a proxy from the environment must not see these requests.
    let client = client_for(opts, &Route::Direct)?;
    let server = format!(
        "the metadata service at {}",
        metadata.host_str().unwrap_or_default()
    );
    // The URL's own path is a base (a local service's secret prefix, say), not replaced.
    let url = |path: &str| {
        let mut url = metadata.clone();
        let base = url.path().trim_end_matches('/').to_owned();
        url.set_path(&format!("{base}{path}"));
        url.set_query(Some(&format!("version={}", vpc.version.date())));
        url
    };
    // A base path may be a secret (`iamtoken serve`'s prefix): traces show it redacted.
    let base = metadata.path().trim_end_matches('/');
    let trace = |log: &mut dyn Write, method: &str, url: &Url| {
        if opts.verbose > 0 {
            let mut shown = url.clone();
            if !base.is_empty() {
                let rest = url.path().strip_prefix(base).unwrap_or_default();
                shown.set_path(&format!("/[redacted]{rest}"));
            }
            trace::sent(log, method, &shown);
        }
    };
    let identity_url = url(vpc.version.identity_path());
    let identity = retrying(opts, log, |_, log| {
        trace(log, "PUT", &identity_url);
        let body = serde_json::json!({ "expires_in": IDENTITY_TOKEN_SECONDS }).to_string();
        let sent = client
            .put(identity_url.clone())
            .header("Metadata-Flavor", "ibm")
            .header(ACCEPT, "application/json")
            .header(CONTENT_TYPE, "application/json")
            .body(body);
        let reply = exchange(sent, &server, opts).map_err(|o| o.hinted(OFF_VPC))?;
        if opts.verbose > 0 {
            trace::answered(log, reply.status, reply.elapsed);
        }
        let answer = reply.answer();
        classify_other(&answer, "instance identity token", &Redactor::default()).map_err(|f| {
            let refused = f.exit == Exit::Refused;
            let outcome = Outcome::from_answer(f, &answer);
            if refused {
                outcome.hinted(OFF_VPC)
            } else {
                outcome
            }
        })?;
        identity_token(answer.body).map_err(Outcome::fatal)
    })?;
    let token_url = url(vpc.version.token_path());
    retrying(opts, log, |_, log| {
        trace(log, "POST", &token_url);
        let mut request = client
            .post(token_url.clone())
            .header("Metadata-Flavor", "ibm")
            .header(ACCEPT, "application/json")
            .header(AUTHORIZATION, format!("Bearer {identity}"));
        if let Some((kind, value)) = profile {
            let body = serde_json::json!({ "trusted_profile": { *kind: value } }).to_string();
            request = request.header(CONTENT_TYPE, "application/json").body(body);
        }
        let reply = exchange(request, &server, opts)?;
        if opts.verbose > 0 {
            trace::answered(log, reply.status, reply.elapsed);
        }
        let answer = reply.answer();
        // The instance identity token we sent must not come back in what is shown.
        let redactor = Redactor::new(vec![identity.clone()]);
        classify_other(&answer, "IAM token from the metadata service", &redactor)
            .map_err(|f| Outcome::from_answer(f, &answer))?;
        profile_token(answer.body, unix_now()).map_err(Outcome::fatal)
    })
}

/// The instance identity token in the answer to `PUT …/instance_identity/…/token`.
pub(crate) fn identity_token(body: &[u8]) -> Result<String, Failure> {
    let json: serde_json::Value = serde_json::from_slice(body).unwrap_or_default();
    json.get("access_token")
        .and_then(|t| t.as_str())
        .map(str::to_owned)
        .ok_or_else(|| {
            Failure::new(
                Exit::BadResponse,
                "the metadata service's answer has no instance identity token",
            )
        })
}

/// The IAM token in the answer to `POST …/iam_token(s)`, received at `now`.
pub(crate) fn profile_token(body: &[u8], now: i64) -> Result<TokenResponse, Failure> {
    let mut token = TokenResponse::parse(body, Wanted::AccessToken, now)?;
    // The service states the expiry as RFC 3339 `expires_at` too; the earliest counts.
    let stated = token.fields.get("expires_at").and_then(|v| v.as_str());
    if let Some(Ok(at)) = stated.map(humantime::parse_rfc3339_weak) {
        let secs = at
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let at = i64::try_from(secs).unwrap_or(i64::MAX);
        token.expiration = Some(token.expiration.map_or(at, |known| known.min(at)));
    }
    Ok(token)
}
