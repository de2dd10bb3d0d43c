//! `apikey` grant: an access token for a user or service ID from an API key.

use anyhow::Result;

use super::{TokenRequest, Wanted, client};
use crate::cli::ApikeyArgs;
use crate::error::usage;
use crate::secret::{Reader, Secret, Source};

pub const GRANT_TYPE: &str = "urn:ibm:params:oauth:grant-type:apikey";

pub fn request(args: &ApikeyArgs, secrets: &mut Reader) -> Result<TokenRequest> {
    let mut req =
        for_key(read_key(args.key.apikey.as_ref(), secrets)?).tenant(args.tenant.tenant.as_ref());
    // Optional; a client makes IAM return a usable refresh token.
    req.client = client(&args.client, secrets)?;
    Ok(req)
}

/// The apikey grant for `key`, as the SDKs send it.
pub fn for_key(key: Secret) -> TokenRequest {
    TokenRequest::new(GRANT_TYPE, Wanted::AccessToken)
        .secret("apikey", key)
        // docs/iam.md, "apikey": the SDKs and the CLI send response_type=cloud_iam.
        .plain("response_type", "cloud_iam")
}

/// Reads the key from `--apikey` (or, through the settings layer, `IBMCLOUD_API_KEY`, then
/// `IC_API_KEY`, then a context), or asks for it on the terminal. Its errors say where the
/// key was given when it was not typed.
pub fn read_key(source: Option<&Source>, secrets: &mut Reader) -> Result<Secret> {
    // `--apikey key.json` where `@key.json` was meant would send the file's name as the key.
    if let Some(Source::Value(value)) = source
        && std::path::Path::new(value.expose()).is_file()
    {
        let refused = usage("--apikey is given a value that names an existing file")
            .hint("a file of that name exists: did you mean @PATH?");
        return Err(secrets.located("--apikey", refused.into()));
    }
    let raw = secrets.read_or_prompt(
        "--apikey",
        source,
        "IBM Cloud API key: ",
        "pass --apikey KEY, --apikey @FILE or --apikey - (stdin), or set IBMCLOUD_API_KEY",
    )?;
    key_from(raw).map_err(|e| secrets.located("--apikey", e))
}

/// Accepts a bare key or the console's JSON key file (`{"apikey": "...", ...}`), and refuses
/// what is neither.
pub(crate) fn key_from(raw: Secret) -> Result<Secret> {
    let text = raw.expose().trim();
    if text.starts_with('{') {
        let key = serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .and_then(|json| json.get("apikey")?.as_str().map(str::to_owned));
        return match key {
            Some(key) if !key.is_empty() => Ok(Secret::new(key)),
            _ => Err(usage("--apikey looks like JSON but has no \"apikey\" string field")
                .hint("pass the API key itself, or the key file downloaded from the IBM Cloud console")
                .into()),
        };
    }
    // docs/iam.md, "apikey": the Go SDK refuses a key that starts or ends with `{`, `}` or `"`,
    // a sign of a botched copy and paste.
    let bad = |c: Option<char>| matches!(c, Some('{' | '}' | '"'));
    if bad(text.chars().next()) || bad(text.chars().last()) {
        return Err(usage("--apikey begins or ends with '{', '}' or '\"'")
            .hint("check the key was copied whole, without quotes")
            .into());
    }
    Ok(raw)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grant::test_support::{build, form};

    #[test]
    fn sends_the_key_and_cloud_iam() {
        let req = build(&["apikey", "--apikey", "k-1", "--tenant", "a1,e2"]).unwrap();
        assert_eq!(
            form(&req),
            [
                ("grant_type", GRANT_TYPE),
                ("apikey", "k-1"),
                ("response_type", "cloud_iam")
            ]
        );
        assert_eq!(req.tenant.as_deref(), Some("a1,e2"));
        assert_eq!(req.client, None);
        assert_eq!(req.wanted, Wanted::AccessToken);
        assert_eq!(req.secrets().collect::<Vec<_>>(), ["k-1"]);
    }

    #[test]
    fn a_key_may_begin_with_a_hyphen() {
        let req = build(&["apikey", "--apikey", "-Abc"]).unwrap();
        assert_eq!(form(&req)[1], ("apikey", "-Abc"));
    }

    #[test]
    fn json_key_files_are_unwrapped() {
        let raw = Secret::new(r#"{"name": "ci", "apikey": "the-key", "id": "ApiKey-1"}"#);
        assert_eq!(key_from(raw).unwrap().expose(), "the-key");
        for bad in [
            r#"{"name": "ci"}"#,
            "{not json",
            r#"{"apikey": 1}"#,
            r#""quoted""#,
        ] {
            let err = key_from(Secret::new(bad)).unwrap_err();
            assert!(!format!("{err:#}").contains(bad), "{err:#}");
            assert_eq!(crate::error::classify(&err).0, crate::error::Exit::Usage);
        }
    }
}
