//! `iamtoken inspect`: decodes an IAM access token without calling IAM and says whose it is and
//! until when; with `--verify`, checks its RS256 signature against IAM's published keys
//! (cached for an hour), its issuer and its expiry.

use std::io::Write;

use anyhow::Result;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value};

use crate::cache::Store;
use crate::cli::InspectArgs;
use crate::endpoint::Endpoint;
use crate::error::{Exit, Failure, usage};
use crate::iam::{self, Options};
use crate::jwt::{self, Jwt};
use crate::output::{self, rfc3339};
use crate::secret::{Reader, Source};
use crate::settings::Settings;
use crate::token::unix_now;

/// How long a downloaded key set is reused.
const KEYS_MAX_AGE: i64 = 3600;

/// What `--verify` needs: IAM's endpoint, how to reach it, and where its key set is kept.
struct Verifier<'a> {
    endpoint: &'a Endpoint,
    opts: &'a Options,
    store: Option<Store>,
}

pub fn run(
    args: &InspectArgs,
    settings: &Settings,
    out: &mut dyn Write,
    log: &mut dyn Write,
) -> Result<()> {
    let raw = args.token.as_deref().unwrap_or("-");
    if raw == "-" && std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        return Err(usage("no token given")
            .hint("pass it as an argument or @PATH, or pipe it: iamtoken apikey -o token | iamtoken inspect")
            .into());
    }
    let source = Source::parse(raw).map_err(|e| usage(format!("TOKEN: {e}")))?;
    let secret = Reader::new(false).read("the token", &source)?;
    let text = bare_token(secret.expose());
    let jwt = jwt::decode(text).ok_or_else(|| {
        usage("the token is not a JWT (three base64url parts, the first two JSON)")
    })?;
    let Some(exp) = jwt.claims.get("exp").and_then(Value::as_i64) else {
        return Err(usage("the token has no expiry (exp): it is not an IAM access token").into());
    };
    let verified = if args.verify {
        let verifier = Verifier {
            endpoint: settings.endpoint()?,
            opts: &settings.network,
            store: settings.store(log),
        };
        let signature = verify(&jwt, &verifier, log);
        let issuer = signature
            .is_ok()
            .then(|| check_issuer(&jwt, verifier.endpoint));
        Some((signature, issuer))
    } else {
        None
    };
    // A summary unless JSON is asked for: the global default (json) is for tokens.
    if settings.json_asked() {
        let time = |name: &str| {
            jwt.claims
                .get(name)
                .and_then(Value::as_i64)
                .and_then(rfc3339)
        };
        let mut json = serde_json::json!({
            "header": jwt.header,
            "claims": jwt.claims,
            "issued_at": time("iat"),
            "expires_at": time("exp"),
        });
        if let Some((signature, issuer)) = &verified {
            json["verified"] =
                Value::Bool(signature.is_ok() && issuer.as_ref().is_some_and(Result::is_ok));
        }
        serde_json::to_writer_pretty(&mut *out, &json)?;
        writeln!(out)?;
    } else {
        summary(&jwt, verified.as_ref(), out)?;
    }
    if let Some((signature, issuer)) = verified {
        signature?;
        if let Some(issuer) = issuer {
            issuer?;
        }
    }
    let now = unix_now();
    if let Some((name, at)) = not_yet_valid(&jwt, now) {
        return Err(Failure::new(
            Exit::Expired,
            format!(
                "the token is not yet valid: its {name} is {} ahead",
                output::span(at.saturating_sub(now).unsigned_abs())
            ),
        )
        .into());
    }
    let left = exp.saturating_sub(now);
    if left > 0 {
        Ok(())
    } else {
        Err(Failure::new(
            Exit::Expired,
            format!("the token {}", output::expiry_phrase(left)),
        )
        .into())
    }
}

/// The token in `text`: as `-o token` prints it, after `Bearer `, or in the
/// `Authorization: Bearer …` line of `-o header` (either word in any case).
fn bare_token(text: &str) -> &str {
    fn strip<'a>(text: &'a str, prefix: &str) -> &'a str {
        match text.get(..prefix.len()) {
            Some(head) if head.eq_ignore_ascii_case(prefix) => text[prefix.len()..].trim_start(),
            _ => text,
        }
    }
    let text = strip(text.trim(), "Authorization:");
    strip(text, "Bearer ").trim()
}

/// How far a token's `nbf` or `iat` may lie in the future (clock skew) before it is "not yet
/// valid".
const SKEW_SECONDS: i64 = 300;

/// The first of `nbf` and `iat` that lies more than `SKEW_SECONDS` after `now`.
pub(crate) fn not_yet_valid(jwt: &Jwt, now: i64) -> Option<(&'static str, i64)> {
    ["nbf", "iat"].into_iter().find_map(|name| {
        let at = jwt.claims.get(name)?.as_i64()?;
        (at > now.saturating_add(SKEW_SECONDS)).then_some((name, at))
    })
}

/// A signature check, and (after a good signature) the issuer check.
pub(crate) type Verdict = (Result<String, Failure>, Option<Result<(), Failure>>);

pub(crate) fn summary(
    jwt: &Jwt,
    verified: Option<&Verdict>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let claim = |name: &str| {
        jwt.claims
            .get(name)
            .and_then(Value::as_str)
            .unwrap_or("-")
            .to_owned()
    };
    let time = |name: &str| jwt.claims.get(name).and_then(Value::as_i64);
    let account = jwt
        .claims
        .get("account")
        .and_then(|a| a.get("bss"))
        .and_then(Value::as_str)
        .unwrap_or("-");
    let now = unix_now();
    let at = |t: Option<i64>| t.and_then(rfc3339).unwrap_or_else(|| "-".into());
    let expires = match time("exp") {
        Some(exp) => format!(
            "{} ({})",
            at(Some(exp)),
            output::expiry_phrase(exp.saturating_sub(now))
        ),
        None => "-".into(),
    };
    let is_expired = if not_yet_valid(jwt, now).is_some() {
        "not yet valid"
    } else if time("exp").is_some_and(|exp| exp > now) {
        "no"
    } else {
        "yes"
    };
    let mut rows = vec![
        ["iam_id".to_owned(), claim("iam_id")],
        ["sub".into(), claim("sub")],
        ["sub_type".into(), claim("sub_type")],
        ["account".into(), account.to_owned()],
        ["grant_type".into(), claim("grant_type")],
        ["client_id".into(), claim("client_id")],
        ["scope".into(), claim("scope")],
        ["issued at".into(), at(time("iat"))],
        ["expires at".into(), expires],
        ["expired".into(), is_expired.into()],
    ];
    if let Some((signature, issuer)) = verified {
        let state = match signature {
            Ok(kid) => format!("verified (key {kid})"),
            Err(_) => "NOT verified".into(),
        };
        rows.push(["signature".into(), state]);
        if let Some(Err(_)) = issuer {
            rows.push(["issuer".into(), "NOT this IAM endpoint's".into()]);
        }
    }
    output::print_table(out, &rows)
}

/// Checks the RS256 signature with IAM's key of the token's `kid`. `Ok` holds the key id.
fn verify(jwt: &Jwt, ctx: &Verifier, log: &mut dyn Write) -> Result<String, Failure> {
    let unverified = |why: String| Failure::new(Exit::Unverified, why);
    let alg = jwt
        .header
        .get("alg")
        .and_then(Value::as_str)
        .unwrap_or("none");
    if alg != "RS256" {
        return Err(unverified(format!(
            "the token is signed with {alg}; IAM signs with RS256"
        )));
    }
    // RFC 7515 §4.1.11: a header parameter marked critical that the verifier does not
    // understand makes the token invalid; this verifier understands none.
    if jwt.header.contains_key("crit") {
        return Err(unverified(
            "the token's header marks parameters as critical (crit), which IAM never does".into(),
        ));
    }
    let kid = jwt
        .header
        .get("kid")
        .and_then(Value::as_str)
        .ok_or_else(|| unverified("the token names no signing key (kid)".into()))?;
    let key = find_key(kid, ctx, log)?;
    let n = key
        .get("n")
        .and_then(Value::as_str)
        .and_then(|n| URL_SAFE_NO_PAD.decode(n).ok());
    let e = key
        .get("e")
        .and_then(Value::as_str)
        .and_then(|e| URL_SAFE_NO_PAD.decode(e).ok());
    let (Some(n), Some(e)) = (n, e) else {
        return Err(unverified(format!("IAM's key {kid} is not an RSA key")));
    };
    ring::signature::RsaPublicKeyComponents { n, e }
        .verify(
            &ring::signature::RSA_PKCS1_2048_8192_SHA256,
            jwt.signed.as_bytes(),
            &jwt.signature,
        )
        .map_err(|_| unverified(format!("the signature does not match IAM's key {kid}")))?;
    Ok(kid.to_owned())
}

/// The issuer check that follows a good signature: IAM's keys sign tokens of every IAM
/// endpoint, so a token of another (staging, say) verifies but is not this endpoint's.
fn check_issuer(jwt: &Jwt, endpoint: &Endpoint) -> Result<(), Failure> {
    let issuer = endpoint.issuer();
    let iss = jwt.claims.get("iss").and_then(Value::as_str).unwrap_or("-");
    if iss == issuer {
        Ok(())
    } else {
        Err(Failure::new(
            Exit::Unverified,
            format!("issuer {iss} is not {issuer}, the issuer of the IAM endpoint in use"),
        ))
    }
}

/// IAM's key `kid`: from the cached key set while it is under an hour old, else (or when the
/// key is not in it: keys rotate) from IAM.
fn find_key(kid: &str, ctx: &Verifier, log: &mut dyn Write) -> Result<Map<String, Value>, Failure> {
    let keys_url = ctx.endpoint.keys_url();
    let cached = ctx
        .store
        .as_ref()
        .and_then(|store| store.key_set(keys_url.as_str(), KEYS_MAX_AGE));
    if let Some(key) = cached.as_ref().and_then(|jwks| key_in(jwks, kid)) {
        return Ok(key);
    }
    let bytes = iam::keys(ctx.endpoint, ctx.opts, log).map_err(|e| {
        let (exit, hint) = crate::error::classify(&e);
        let failure = Failure::new(exit, format!("cannot get IAM's keys: {e:#}"));
        match hint {
            Some(hint) => failure.hint(hint),
            None => failure,
        }
    })?;
    let jwks: Value = serde_json::from_slice(&bytes)
        .map_err(|_| Failure::new(Exit::BadResponse, "IAM's key set is not JSON"))?;
    if let Some(store) = &ctx.store {
        let _ = store.save_key_set(keys_url.as_str(), &jwks);
    }
    key_in(&jwks, kid)
        .ok_or_else(|| Failure::new(Exit::Unverified, format!("IAM publishes no key {kid}")))
}

pub(crate) fn key_in(jwks: &Value, kid: &str) -> Option<Map<String, Value>> {
    jwks.get("keys")?
        .as_array()?
        .iter()
        .find(|k| k.get("kid").and_then(Value::as_str) == Some(kid))?
        .as_object()
        .cloned()
}
