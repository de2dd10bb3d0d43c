//! An OpenShift cluster's OAuth server (docs/iam.md, "OpenShift"): its discovery document
//! names the authorization endpoint, where the challenging client exchanges an IBM Cloud API
//! key (HTTP Basic `apikey:KEY`) for the cluster's own token, handed back in a redirect's
//! fragment. The redirect is read, never followed.

use std::io::Write;

use anyhow::Result;
use base64::Engine as _;
use reqwest::Url;
use reqwest::header::{AUTHORIZATION, LOCATION};
use serde_json::{Map, Value};

use super::answer::classify_other;
use super::redact::Redactor;
use super::{Options, Outcome, cluster_client, get, retrying};
use crate::error::{Exit, Failure};
use crate::secret::Secret;
use crate::token::{TokenResponse, Wanted, unix_now};

/// The client OpenShift's OAuth server keeps for command-line logins (`oc login`): it answers
/// an unauthenticated request with a Basic challenge and a good one with a token redirect.
const CLIENT_ID: &str = "openshift-challenging-client";

/// How one logs in at a cluster's OAuth server, as `oc login -u USER -p SECRET` does: with an
/// API key (user `apikey`) or a one-time passcode from IAM (user `passcode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Login {
    Apikey,
    Passcode,
}

impl Login {
    /// A passcode is good once: sent, it is never sent again (the hint says why not).
    fn single_use(self) -> Option<&'static str> {
        (self == Self::Passcode).then_some(
            "the cluster's OAuth server may have taken the passcode without its answer arriving; \
             run the command again for a new one",
        )
    }

    fn user(self) -> &'static str {
        match self {
            Self::Apikey => "apikey",
            Self::Passcode => "passcode",
        }
    }
}

/// The cluster's token for `key` (an API key or a passcode, as `login` says), from the OAuth
/// server of the cluster at `server`, whose CA certificates (PEM) `ca` may give.
pub fn fetch(
    server: &Url,
    (login, key): (Login, &Secret),
    ca: Option<&[u8]>,
    opts: &Options,
    log: &mut dyn Write,
) -> Result<TokenResponse> {
    let client = cluster_client(opts, ca)?;
    let host = server.host_str().unwrap_or_default();
    let name = format!("the cluster at {host}");
    let basic = base64::engine::general_purpose::STANDARD.encode(format!(
        "{}:{}",
        login.user(),
        key.expose()
    ));
    let redactor = Redactor::new(vec![key.expose().to_owned(), basic.clone()]);

    let mut discovery = server.clone();
    discovery.set_path("/.well-known/oauth-authorization-server");
    discovery.set_query(None);
    let authorize = retrying(opts, log, |_, log| {
        let reply = get(&client, &discovery, &name, opts, log, |request| request)?;
        let answer = reply.answer();
        classify_other(&answer, "the cluster's OAuth discovery", &redactor)
            .map_err(|f| Outcome::from_answer(f, &answer))?;
        authorization_endpoint(&reply.body.bytes).map_err(Outcome::fatal)
    })?;

    let mut url = authorize;
    url.query_pairs_mut()
        .append_pair("client_id", CLIENT_ID)
        .append_pair("response_type", "token");
    let oauth = format!(
        "the cluster's OAuth server at {}",
        url.host_str().unwrap_or_default()
    );
    retrying(opts, log, |_, log| {
        let reply = get(&client, &url, &oauth, opts, log, |request| {
            request
                .header(AUTHORIZATION, format!("Basic {basic}"))
                // OpenShift refuses a challenging login without it (CSRF protection).
                .header("X-CSRF-Token", "1")
        })
        .map_err(|o| o.spending(login.single_use()))?;
        let status = reply.status.as_u16();
        match status {
            302 | 303 => {
                let location = reply
                    .headers
                    .get(LOCATION)
                    .and_then(|l| l.to_str().ok())
                    .unwrap_or_default();
                from_redirect(&url, location, &redactor).map_err(Outcome::fatal)
            }
            401 => Err(Outcome::fatal(match login {
                Login::Apikey => Failure::new(
                    Exit::Refused,
                    "the cluster's OAuth server refused the API key (401)",
                )
                .hint("check the key, and that its identity has access to this cluster"),
                Login::Passcode => Failure::new(
                    Exit::Refused,
                    "the cluster's OAuth server refused the session's passcode (401)",
                )
                .hint("check that the session's user has access to this cluster"),
            })),
            500 => Err(Outcome::fatal(Failure::new(
                Exit::Unavailable,
                "the cluster's OAuth server failed (500)",
            )
            .hint(
                "on a first login this usually means the identity's IAM roles are not synced to \
                 the cluster yet: wait a few minutes, or run `ibmcloud ks cluster config` once",
            ))),
            200..=299 => Err(Outcome::fatal(Failure::new(
                Exit::BadResponse,
                format!("{oauth} answered {status} instead of redirecting with a token"),
            ))),
            _ => {
                let answer = reply.answer();
                match classify_other(&answer, "the cluster's OAuth server", &redactor) {
                    Err(failure) => Err(Outcome::from_answer(failure, &answer)),
                    Ok(()) => Err(Outcome::fatal(Failure::new(
                        Exit::BadResponse,
                        format!("{oauth} answered {status} instead of redirecting with a token"),
                    ))),
                }
            }
        }
    })
}

/// `authorization_endpoint` of an OAuth discovery document: an https URL.
pub(crate) fn authorization_endpoint(body: &[u8]) -> Result<Url, Failure> {
    let bad = |what: &str| {
        Failure::new(
            Exit::BadResponse,
            format!("the cluster's OAuth discovery {what}"),
        )
    };
    let doc: Value = serde_json::from_slice(body).map_err(|_| bad("is not JSON"))?;
    let endpoint = doc
        .get("authorization_endpoint")
        .and_then(Value::as_str)
        .ok_or_else(|| bad("names no authorization_endpoint"))?;
    let url = Url::parse(endpoint).map_err(|_| bad("has an invalid authorization_endpoint"))?;
    if url.scheme() != "https" {
        return Err(bad(
            "names an authorization_endpoint that is not https (the API key would go in clear)",
        ));
    }
    Ok(url)
}

/// The token in a redirect's fragment (`#access_token=sha256~...&expires_in=86400&...`), as a
/// token response; or what the OAuth server said instead.
pub(crate) fn from_redirect(
    base: &Url,
    location: &str,
    redactor: &Redactor,
) -> Result<TokenResponse, Failure> {
    let bad = |what: String| Failure::new(Exit::BadResponse, redactor.clean(&what));
    let target = base
        .join(location)
        .map_err(|_| bad("the cluster's OAuth server redirected to an invalid URL".into()))?;
    let fields: Vec<(String, String)> = target
        .fragment()
        .map(|f| form_urlencoded::parse(f.as_bytes()).into_owned().collect())
        .unwrap_or_default();
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    if let Some(error) = field("error") {
        let detail = field("error_description").map_or_else(String::new, |d| format!(": {d}"));
        return Err(bad(format!(
            "the cluster's OAuth server answered with an error, {error}{detail}"
        )));
    }
    let token = field("access_token")
        .ok_or_else(|| bad("the cluster's OAuth server redirected without a token".into()))?;
    let expires_in: i64 = field("expires_in")
        .and_then(|s| s.parse().ok())
        .filter(|s| *s > 0)
        .ok_or_else(|| bad("the cluster's OAuth server gave a token without expires_in".into()))?;
    let mut answer = Map::new();
    answer.insert("access_token".into(), token.into());
    answer.insert(
        "token_type".into(),
        field("token_type").unwrap_or("Bearer").into(),
    );
    answer.insert("expires_in".into(), expires_in.into());
    TokenResponse::from_fields(answer, Wanted::ClusterToken, unix_now())
        .map_err(|f| f.reworded(|m| m.replace("IAM's answer", "the cluster's OAuth token")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Url {
        Url::parse("https://oauth.example:443/oauth/authorize?client_id=x").unwrap()
    }

    #[test]
    fn the_token_comes_from_the_fragment() {
        let token = from_redirect(
            &base(),
            "https://oauth.example/oauth/token/implicit#access_token=sha256~abc&expires_in=86400&scope=user%3Afull&token_type=Bearer",
            &Redactor::default(),
        )
        .unwrap();
        assert_eq!(
            token.wanted(Wanted::ClusterToken).unwrap().expose(),
            "sha256~abc"
        );
        assert_eq!(token.lifetime(), Some(86_400));
    }

    #[test]
    fn an_error_or_a_missing_token_is_named() {
        let err = from_redirect(
            &base(),
            "/oauth/token/implicit#error=server_error&error_description=no+roles",
            &Redactor::default(),
        )
        .unwrap_err();
        assert_eq!(err.exit, Exit::BadResponse);
        assert!(err.to_string().contains("server_error: no roles"), "{err}");
        let err =
            from_redirect(&base(), "/oauth/token/implicit", &Redactor::default()).unwrap_err();
        assert!(err.to_string().contains("without a token"), "{err}");
    }

    #[test]
    fn the_discovery_must_name_an_https_endpoint() {
        let ok = authorization_endpoint(
            br#"{"authorization_endpoint":"https://o.example/oauth/authorize"}"#,
        );
        assert!(ok.is_ok());
        assert!(
            authorization_endpoint(br#"{"authorization_endpoint":"http://o.example/a"}"#).is_err()
        );
        assert!(authorization_endpoint(b"{}").is_err());
    }
}
