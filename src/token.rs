//! IAM's two answer shapes: the token response (kept whole, as received, with the few fields we
//! rely on checked and typed) and the error body. Parsing only; no I/O.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use zeroize::Zeroize as _;

use crate::error::{Exit, Failure};
use crate::jwt;
use crate::secret::Secret;

/// docs/iam.md, "The token response": with the default client IAM returns this literal instead of a usable
/// refresh token.
pub const REFRESH_NOT_SUPPORTED: &str = "not_supported";

/// Which token of the response is "the" token for `-o token` and `-o header`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Wanted {
    #[default]
    AccessToken,
    DelegatedRefreshToken,
    /// The OpenID Connect `id_token` (`iks`: what an IKS cluster authenticates).
    IdToken,
    /// A Kubernetes cluster's own token, in the answer's `access_token` (`openshift`: the
    /// cluster's OAuth server issued it; it is no IAM token).
    ClusterToken,
}

/// How far in the past a fresh answer's expiry may lie (clock skew between IAM and this
/// machine) before the answer is refused.
pub const STALE_SECONDS: i64 = 300;

/// A successful token response.
pub struct TokenResponse {
    /// Every field IAM sent, in IAM's order (for `-o json`).
    pub fields: Map<String, Value>,
    pub access_token: Option<Secret>,
    /// A usable refresh token: absent when IAM sent none or `not_supported`.
    pub refresh_token: Option<Secret>,
    pub delegated_refresh_token: Option<Secret>,
    pub id_token: Option<Secret>,
    /// Unix seconds at which the wanted token expires: the access token (or the cluster
    /// token), or the `id_token` when that is what was asked for.
    pub expiration: Option<i64>,
    /// Unix seconds by which the delegated refresh token must be redeemed, when there is one
    /// (receipt + the requested expiry; IAM does not state it).
    pub delegated_expiration: Option<i64>,
    /// Unix seconds at which IAM's answer was received.
    pub received_at: i64,
    /// The wanted token's whole lifetime in seconds, when known.
    lifetime: Option<i64>,
}

/// Every string of IAM's answer (the tokens among them) is overwritten when it is dropped; the
/// typed token fields are `Secret`s, which wipe themselves.
impl Drop for TokenResponse {
    fn drop(&mut self) {
        fn wipe(value: &mut Value) {
            match value {
                Value::String(s) => s.zeroize(),
                Value::Array(items) => items.iter_mut().for_each(wipe),
                Value::Object(map) => map.values_mut().for_each(wipe),
                _ => {}
            }
        }
        self.fields.values_mut().for_each(wipe);
    }
}

impl fmt::Debug for TokenResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `fields` holds the tokens themselves, so only its keys are shown.
        f.debug_struct("TokenResponse")
            .field("fields", &self.fields.keys().collect::<Vec<_>>())
            .field("expiration", &self.expiration)
            .finish_non_exhaustive()
    }
}

impl TokenResponse {
    /// Takes the refresh token out of the answer (its typed copy and IAM's fields about it),
    /// for a session, whose refresh token is stored and never printed or cached.
    pub fn take_refresh_token(&mut self) -> Option<Secret> {
        for name in ["refresh_token", "refresh_token_expiration"] {
            if let Some(Value::String(mut s)) = self.fields.remove(name) {
                s.zeroize();
            }
        }
        self.refresh_token.take()
    }

    /// Unix seconds until which IAM says the refresh token can be used
    /// (`refresh_token_expiration`), when it says.
    pub fn refresh_expiration(&self) -> Option<i64> {
        self.fields.get("refresh_token_expiration")?.as_i64()
    }

    /// The token that `-o token` prints for this grant.
    pub fn wanted(&self, wanted: Wanted) -> Option<&Secret> {
        match wanted {
            Wanted::AccessToken | Wanted::ClusterToken => self.access_token.as_ref(),
            Wanted::DelegatedRefreshToken => self.delegated_refresh_token.as_ref(),
            Wanted::IdToken => self.id_token.as_ref(),
        }
    }

    /// Parses a fresh 2xx body received at `received_at` (Unix seconds), which dates
    /// `expires_in`. A token that expired more than `STALE_SECONDS` ago is no answer.
    pub fn parse(body: &[u8], wanted: Wanted, received_at: i64) -> Result<Self, Failure> {
        let token = match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(fields)) => Self::from_fields(fields, wanted, received_at)?,
            _ => return Err(bad("is not a JSON object")),
        };
        if token
            .expiration
            .is_some_and(|at| at < received_at.saturating_sub(STALE_SECONDS))
        {
            return Err(bad("holds a token that has already expired"));
        }
        Ok(token)
    }

    /// Checks and types an answer already parsed as a JSON object (fresh or from the cache).
    pub fn from_fields(
        fields: Map<String, Value>,
        wanted: Wanted,
        received_at: i64,
    ) -> Result<Self, Failure> {
        let token = |name: &str| -> Result<Option<Secret>, Failure> {
            match fields.get(name) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) if is_token_text(s) => Ok(Some(Secret::new(s.clone()))),
                Some(_) => Err(bad(&format!("has a malformed {name}"))),
            }
        };
        let seconds = |name: &str, min: i64| -> Result<Option<i64>, Failure> {
            match fields.get(name) {
                None | Some(Value::Null) => Ok(None),
                Some(v) => match v.as_i64() {
                    Some(n) if n >= min => Ok(Some(n)),
                    _ => Err(bad(&format!(
                        "has an invalid {name} (not a whole number of seconds)"
                    ))),
                },
            }
        };

        let access_token = token("access_token")?;
        let delegated_refresh_token = token("delegated_refresh_token")?;
        let id_token = token("id_token")?;
        let refresh_token = match fields.get("refresh_token") {
            Some(Value::String(s)) if s == REFRESH_NOT_SUPPORTED => None,
            _ => token("refresh_token")?,
        };
        let expires_in = seconds("expires_in", 1)?;
        let expiration = seconds("expiration", 1)?;

        let missing = match wanted {
            Wanted::AccessToken | Wanted::ClusterToken if access_token.is_none() => {
                Some("access_token")
            }
            Wanted::DelegatedRefreshToken if delegated_refresh_token.is_none() => {
                Some("delegated_refresh_token")
            }
            Wanted::IdToken if id_token.is_none() => Some("id_token"),
            _ => None,
        };
        if let Some(name) = missing {
            return Err(bad(&format!("has no {name}")));
        }
        // The earliest of what IAM states and what the token itself says: a token is never
        // kept, or promised, beyond any of them. An id_token's own `exp` is its expiry, which
        // IAM does not state beside it (docs/iam.md, "IKS").
        let (expiration, lifetime) = if wanted == Wanted::IdToken {
            let claims = id_token.as_ref().and_then(|t| jwt::claims(t.expose()));
            let claim = |name: &str| claims.as_ref()?.get(name)?.as_i64();
            let exp = claim("exp").ok_or_else(|| bad("has an id_token without an expiry (exp)"))?;
            let issued = claim("iat").unwrap_or(received_at);
            (Some(exp), Some(exp.saturating_sub(issued)))
        } else {
            let expiration = match &access_token {
                None => None,
                Some(token) => {
                    let stated = [
                        expiration,
                        expires_in.map(|after| received_at.saturating_add(after)),
                        jwt::claims(token.expose()).and_then(|claims| claims.get("exp")?.as_i64()),
                    ];
                    let earliest = stated.into_iter().flatten().min();
                    Some(earliest.ok_or_else(|| bad("says nothing of when the token expires"))?)
                }
            };
            let lifetime = expires_in.or_else(|| Some(expiration?.saturating_sub(received_at)));
            (expiration, lifetime)
        };
        Ok(Self {
            fields,
            access_token,
            refresh_token,
            delegated_refresh_token,
            id_token,
            expiration,
            delegated_expiration: None,
            received_at,
            lifetime,
        })
    }

    /// Seconds the access token has left at `now` (negative once expired).
    pub fn remaining(&self, now: i64) -> Option<i64> {
        self.expiration.map(|at| at.saturating_sub(now))
    }

    /// The wanted token's whole lifetime: IAM's `expires_in`, else what `expiration` implies;
    /// an id_token's from its own `iat` and `exp`.
    pub fn lifetime(&self) -> Option<i64> {
        self.lifetime
    }
}

/// The current time in Unix seconds.
pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::SystemTime::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

fn bad(what: &str) -> Failure {
    Failure::new(Exit::BadResponse, format!("IAM's answer {what}"))
}

/// Tokens are printed into headers and shell lines: a token with whitespace or control
/// characters is not something IAM sends, and would break or inject into those.
fn is_token_text(s: &str) -> bool {
    !s.is_empty() && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// IAM's error body (docs/iam.md, "Errors"); only the fields we show.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IamError {
    pub error_code: String,
    pub error_message: Option<String>,
    pub error_details: Option<String>,
    pub context: Option<ErrorContext>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorContext {
    pub request_id: Option<String>,
}

impl IamError {
    /// Parses an error body; `None` when it is not IAM's shape (a proxy's page, say).
    pub fn parse(body: &[u8]) -> Option<Self> {
        serde_json::from_slice::<Self>(body)
            .ok()
            .filter(|e| !e.error_code.is_empty())
    }

    /// Following the CLI (docs/iam.md, "Errors"): the details when present, otherwise the message.
    pub fn text(&self) -> &str {
        [&self.error_details, &self.error_message]
            .into_iter()
            .flatten()
            .map(|s| s.trim())
            .find(|s| !s.is_empty())
            .unwrap_or("")
    }

    pub fn request_id(&self) -> Option<&str> {
        self.context
            .as_ref()?
            .request_id
            .as_deref()
            .filter(|s| !s.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(body: &str, wanted: Wanted) -> Result<TokenResponse, Failure> {
        TokenResponse::parse(body.as_bytes(), wanted, 1_000)
    }

    #[test]
    fn keeps_every_field_and_types_the_known_ones() {
        let t = parse(
            r#"{"access_token":"eyJ.a.b","refresh_token":"not_supported","ims_user_id":7,
                "token_type":"Bearer","expires_in":3600,"expiration":4600,"scope":"ibm openid"}"#,
            Wanted::AccessToken,
        )
        .unwrap();
        assert_eq!(t.access_token.as_ref().unwrap().expose(), "eyJ.a.b");
        assert_eq!(t.refresh_token, None);
        assert_eq!(t.expiration, Some(4_600));
        let keys: Vec<_> = t.fields.keys().map(String::as_str).collect();
        let expected = [
            "access_token",
            "refresh_token",
            "ims_user_id",
            "token_type",
            "expires_in",
            "expiration",
            "scope",
        ];
        assert_eq!(keys, expected);
    }

    #[test]
    fn expiration_falls_back_to_expires_in() {
        let t = parse(
            r#"{"access_token":"t","expires_in":60}"#,
            Wanted::AccessToken,
        )
        .unwrap();
        assert_eq!(t.expiration, Some(1_060));
    }

    #[test]
    fn the_earliest_stated_expiry_counts_and_stale_answers_are_refused() {
        use base64::Engine as _;
        let exp = |exp: i64| {
            let claims = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .encode(format!(r#"{{"exp":{exp}}}"#));
            format!("eyJhbGciOiJSUzI1NiJ9.{claims}.c2ln")
        };
        let body = |token: &str, expires_in: i64, expiration: i64| {
            format!(
                r#"{{"access_token":"{token}","expires_in":{expires_in},"expiration":{expiration}}}"#
            )
        };
        // received at 1_000: expires_in says 4_600, expiration 5_000, the token's exp 2_000.
        let t = parse(&body(&exp(2_000), 3_600, 5_000), Wanted::AccessToken).unwrap();
        assert_eq!(t.expiration, Some(2_000));
        let t = parse(&body(&exp(9_000), 60, 5_000), Wanted::AccessToken).unwrap();
        assert_eq!(t.expiration, Some(1_060));
        let t = parse(&body("opaque", 3_600, 1_200), Wanted::AccessToken).unwrap();
        assert_eq!(t.expiration, Some(1_200));
        // Up to five minutes of skew is tolerated; more is no answer.
        assert!(parse(&body("t", 3_600, 700), Wanted::AccessToken).is_ok());
        for stale in [body("t", 3_600, 699), body(&exp(i64::MIN), 3_600, 5_000)] {
            let err = parse(&stale, Wanted::AccessToken).unwrap_err();
            assert_eq!(err.exit, Exit::BadResponse, "{stale}");
        }
        for never in [0, -5] {
            let err = parse(&body("t", never, 5_000), Wanted::AccessToken).unwrap_err();
            assert_eq!(err.exit, Exit::BadResponse, "expires_in {never}");
        }
    }

    #[test]
    fn delegated_refresh_token_only() {
        let t = parse(
            r#"{"delegated_refresh_token":"drt"}"#,
            Wanted::DelegatedRefreshToken,
        )
        .unwrap();
        assert_eq!(
            t.wanted(Wanted::DelegatedRefreshToken).unwrap().expose(),
            "drt"
        );
        assert_eq!(t.expiration, None);
    }

    #[test]
    fn rejects_what_is_not_a_token_response() {
        let cases = [
            ("<html>hi</html>", Wanted::AccessToken),
            ("[1]", Wanted::AccessToken),
            (r#"{"expires_in":3600,"expiration":5}"#, Wanted::AccessToken),
            (r#"{"access_token":"","expiration":5}"#, Wanted::AccessToken),
            (
                r#"{"access_token":"a\nb","expiration":5}"#,
                Wanted::AccessToken,
            ),
            (r#"{"access_token":7,"expiration":5}"#, Wanted::AccessToken),
            (
                r#"{"access_token":"t","expires_in":"3600"}"#,
                Wanted::AccessToken,
            ),
            (
                r#"{"access_token":"t","expires_in":-1}"#,
                Wanted::AccessToken,
            ),
            (
                r#"{"access_token":"t","expiration":1.5}"#,
                Wanted::AccessToken,
            ),
            (r#"{"access_token":"t"}"#, Wanted::AccessToken),
            (
                r#"{"access_token":"t","expiration":5}"#,
                Wanted::DelegatedRefreshToken,
            ),
        ];
        for (body, wanted) in cases {
            let err = parse(body, wanted).unwrap_err();
            assert_eq!(err.exit, Exit::BadResponse, "{body}");
        }
    }

    #[test]
    fn error_bodies() {
        let e = IamError::parse(
            br#"{"errorCode":"BXNIM0415E","errorMessage":"Provided API key could not be found.",
                "context":{"requestId":"req-1","elapsedTime":"85"}}"#,
        )
        .unwrap();
        assert_eq!(e.error_code, "BXNIM0415E");
        assert_eq!(e.text(), "Provided API key could not be found.");
        assert_eq!(e.request_id(), Some("req-1"));
        let e =
            IamError::parse(br#"{"errorCode":"X","errorMessage":"m","errorDetails":"d"}"#).unwrap();
        assert_eq!(e.text(), "d");
        assert!(IamError::parse(b"<html></html>").is_none());
        assert!(IamError::parse(br#"{"errors":[{"code":"x"}]}"#).is_none());
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_parse_or_fail_cleanly(body in proptest::collection::vec(proptest::num::u8::ANY, 0..512)) {
            let _ = TokenResponse::parse(&body, Wanted::AccessToken, 0);
            let _ = TokenResponse::parse(&body, Wanted::DelegatedRefreshToken, 0);
            let _ = IamError::parse(&body);
        }

        #[test]
        fn any_token_response_shape(
            token in proptest::option::of("[ -~]{0,40}"),
            expires_in in proptest::option::of(proptest::num::i64::ANY),
            expiration in proptest::option::of(proptest::num::i64::ANY),
        ) {
            let mut fields = serde_json::Map::new();
            if let Some(t) = &token { fields.insert("access_token".into(), t.clone().into()); }
            if let Some(e) = expires_in { fields.insert("expires_in".into(), e.into()); }
            if let Some(e) = expiration { fields.insert("expiration".into(), e.into()); }
            if let Ok(parsed) = TokenResponse::from_fields(fields, Wanted::AccessToken, 1_000) {
                let text = parsed.access_token.clone().unwrap();
                proptest::prop_assert!(is_token_text(text.expose()));
                proptest::prop_assert!(parsed.expiration.is_some());
            }
        }

        #[test]
        fn any_error_body_fields(code in ".{0,20}", message in proptest::option::of(".{0,80}"), id in proptest::option::of(".{0,40}")) {
            let body = serde_json::json!({"errorCode": code, "errorMessage": message, "context": {"requestId": id}});
            if let Some(e) = IamError::parse(body.to_string().as_bytes()) {
                proptest::prop_assert_eq!(&e.error_code, &code);
                let _ = (e.text(), e.request_id());
            }
        }
    }
}
