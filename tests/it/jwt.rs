//! Signed test tokens: a fixed RSA test key (tests/it/fixtures/jwt-test-key.der, PKCS#1 DER,
//! made with `openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048` and converted with
//! `openssl rsa -traditional -outform DER`; it signs nothing but these tests), the JWKS the
//! stand-in serves for it, and RS256 signing.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::signature::{RSA_PKCS1_SHA256, RsaKeyPair};
use serde_json::{Value, json};

pub const KID: &str = "iamtoken-test-1";

fn key() -> RsaKeyPair {
    RsaKeyPair::from_der(include_bytes!("fixtures/jwt-test-key.der")).unwrap()
}

/// `{"keys": [...]}` with the test key, as IAM publishes its keys.
pub fn jwks() -> Value {
    let public = ring::rsa::PublicKeyComponents::<Vec<u8>>::from(key().public());
    let n = URL_SAFE_NO_PAD.encode(public.n);
    let e = URL_SAFE_NO_PAD.encode(public.e);
    json!({"keys": [{"kty": "RSA", "kid": KID, "alg": "RS256", "use": "sig", "n": n, "e": e}]})
}

/// A JWT with `header` and `claims`, signed RS256 with the test key.
pub fn sign(header: &Value, claims: &Value) -> String {
    let signed = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(claims.to_string())
    );
    let key = key();
    let mut signature = vec![0; key.public().modulus_len()];
    key.sign(
        &RSA_PKCS1_SHA256,
        &ring::rand::SystemRandom::new(),
        signed.as_bytes(),
        &mut signature,
    )
    .unwrap();
    format!("{signed}.{}", URL_SAFE_NO_PAD.encode(signature))
}

/// IAM-like claims for a service ID, issued by `issuer`, expiring `left` seconds from now.
pub fn claims(issuer: &str, left: i64) -> Value {
    let now = crate::support::now();
    json!({
        "iam_id": "iam-ServiceId-c1e45eff",
        "id": "iam-ServiceId-c1e45eff",
        "realmid": "iam",
        "sub": "ServiceId-c1e45eff",
        "sub_type": "ServiceId",
        "account": {"valid": true, "bss": "f71446b6474d45bf81196da45de13940", "frozen": true},
        "iat": now - 60,
        "exp": now + left,
        "iss": issuer,
        "grant_type": "urn:ibm:params:oauth:grant-type:apikey",
        "scope": "ibm openid",
        "client_id": "default",
        "acr": 1,
        "amr": ["pwd"]
    })
}

pub fn header() -> Value {
    json!({"kid": KID, "alg": "RS256"})
}

/// The claims of `token` when its RS256 signature verifies with the test key; else `None`.
pub fn verified_claims(token: &str) -> Option<Value> {
    let (signed, signature) = token.rsplit_once('.')?;
    let (header, claims) = signed.split_once('.')?;
    let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(header).ok()?).ok()?;
    if header["alg"] != "RS256" {
        return None;
    }
    let public = ring::rsa::PublicKeyComponents::<Vec<u8>>::from(key().public());
    public
        .verify(
            &ring::signature::RSA_PKCS1_2048_8192_SHA256,
            signed.as_bytes(),
            &URL_SAFE_NO_PAD.decode(signature).ok()?,
        )
        .ok()?;
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(claims).ok()?).ok()
}
