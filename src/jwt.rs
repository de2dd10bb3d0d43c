//! Reads the claims of an IAM access token (a JWT) without verifying it: enough to say whose
//! token it is. Never use these claims to make a trust decision.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value};

/// A JWT taken apart: its header and claims, and what its signature covers.
pub struct Jwt<'a> {
    pub header: Map<String, Value>,
    pub claims: Map<String, Value>,
    /// `header.payload`, the signed bytes.
    pub signed: &'a str,
    pub signature: Vec<u8>,
}

/// Takes `token` apart, or `None` when it is not a JWT (three base64url parts, the first two
/// JSON objects).
pub fn decode(token: &str) -> Option<Jwt<'_>> {
    let mut parts = token.split('.');
    let (header, payload, signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let object = |part: &str| match serde_json::from_slice(&segment(part)?).ok()? {
        Value::Object(map) => Some(map),
        _ => None,
    };
    Some(Jwt {
        header: object(header)?,
        claims: object(payload)?,
        signed: &token[..header.len() + 1 + payload.len()],
        signature: segment(signature)?,
    })
}

fn segment(part: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(part.trim_end_matches('=')).ok()
}

/// The payload claims of `token`, or `None` when it is not a JWT.
pub fn claims(token: &str) -> Option<Map<String, Value>> {
    decode(token).map(|jwt| jwt.claims)
}

/// The token's subject as IAM names it (`iam_id`, docs/iam.md, "Access tokens").
pub fn subject(token: &str) -> Option<String> {
    claims(token)?.get("iam_id")?.as_str().map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_iam_id() {
        let payload = URL_SAFE_NO_PAD.encode(br#"{"iam_id":"iam-ServiceId-1","exp":5}"#);
        assert_eq!(
            subject(&format!("eyJhbGciOiJSUzI1NiJ9.{payload}.sig")).as_deref(),
            Some("iam-ServiceId-1")
        );
    }

    #[test]
    fn anything_else_is_not_a_jwt() {
        for token in [
            "",
            "abc",
            "a.b",
            "a.!!!.c",
            "a.b.c.d",
            "e30.bnVsbA.c",
            "e30.e30.!",
        ] {
            assert_eq!(claims(token), None, "{token}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_decoded_or_refused(token in ".{0,200}") {
            let _ = claims(&token);
        }

        #[test]
        fn encoded_claims_come_back(id in ".{0,60}", header in "[A-Za-z0-9_-]{0,20}", sig in proptest::collection::vec(proptest::num::u8::ANY, 0..40)) {
            let payload = URL_SAFE_NO_PAD.encode(serde_json::json!({"iam_id": id}).to_string());
            let header = if header.is_empty() { "e30".to_owned() } else { URL_SAFE_NO_PAD.encode(format!("{{\"h\":\"{header}\"}}")) };
            let sig = URL_SAFE_NO_PAD.encode(sig);
            let token = format!("{header}.{payload}.{sig}");
            proptest::prop_assert_eq!(subject(&token), Some(id));
        }
    }
}
