//! `assume` grant: a trusted profile's token from a token or cookie of an identity it trusts
//! (docs/iam.md, "assume").

use anyhow::Result;

use super::{TokenRequest, Wanted, apikey};
use crate::cli::AssumeArgs;
use crate::secret::Reader;

pub const GRANT_TYPE: &str = "urn:ibm:params:oauth:grant-type:assume";

pub fn request(args: &AssumeArgs, secrets: &mut Reader) -> Result<TokenRequest> {
    // clap guarantees exactly one identity input and exactly one profile selector, and
    // --account exactly when --profile-name is used.
    let mut req = TokenRequest::new(GRANT_TYPE, Wanted::AccessToken);
    match (
        &args.access_token,
        &args.refresh_token,
        &args.cookie,
        &args.apikey,
    ) {
        (Some(s), ..) => req = req.secret("access_token", secrets.read("--access-token", s)?),
        (_, Some(s), ..) => req = req.secret("refresh_token", secrets.read("--refresh-token", s)?),
        (_, _, Some(s), _) => req = req.secret("cookie", secrets.read("--cookie", s)?),
        // As the SDKs' IamAssumeAuthenticator (docs/iam.md, "assume"): the key's token comes first.
        (.., Some(s)) => {
            let key = apikey::read_key(Some(s), secrets)?;
            req = req.after(apikey::for_key(key), "apikey", "access_token");
        }
        (None, None, None, None) => unreachable!("clap requires one of the identity inputs"),
    }
    let req = req
        .plain_opt("profile_id", args.profile.profile_id.as_ref())
        .plain_opt("profile_crn", args.profile.profile_crn.as_ref())
        .plain_opt("profile_name", args.profile.profile_name.as_ref())
        .plain_opt("account", args.account.as_ref());
    // No response_type, scope, Basic client or tenant header on this grant.
    Ok(req)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grant::test_support::{build, form};

    #[test]
    fn each_identity_input_and_selector() {
        let req = build(&[
            "assume",
            "--access-token",
            "at",
            "--profile-id",
            "Profile-1",
        ])
        .unwrap();
        assert_eq!(
            form(&req),
            [
                ("grant_type", GRANT_TYPE),
                ("access_token", "at"),
                ("profile_id", "Profile-1")
            ]
        );
        let req = build(&[
            "assume",
            "--refresh-token",
            "rt",
            "--profile-crn",
            "crn:v1:x",
        ])
        .unwrap();
        assert_eq!(
            form(&req)[1..],
            [("refresh_token", "rt"), ("profile_crn", "crn:v1:x")]
        );
        let req = build(&[
            "assume",
            "--cookie",
            "c",
            "--profile-name",
            "ci",
            "--account",
            "acc",
        ])
        .unwrap();
        assert_eq!(
            form(&req)[1..],
            [("cookie", "c"), ("profile_name", "ci"), ("account", "acc")]
        );
        assert_eq!(req.tenant, None);
        assert_eq!(req.client, None);
    }

    #[test]
    fn an_apikey_is_exchanged_first() {
        let req = build(&["assume", "--apikey", "k", "--profile-id", "p"]).unwrap();
        assert_eq!(
            form(&req),
            [("grant_type", GRANT_TYPE), ("profile_id", "p")]
        );
        let first = &req.first.as_deref().unwrap().request;
        assert_eq!(form(first)[1], ("apikey", "k"));
        let req = req.with_first_token(crate::secret::Secret::new("at"));
        assert_eq!(form(&req)[1], ("access_token", "at"));
        assert!(req.first.is_none());
    }

    #[test]
    fn exclusivity_is_enforced() {
        let cases: &[&[&str]] = &[
            &["assume", "--profile-id", "p"],
            &["assume", "--access-token", "a"],
            &[
                "assume",
                "--access-token",
                "a",
                "--cookie",
                "c",
                "--profile-id",
                "p",
            ],
            &[
                "assume",
                "--access-token",
                "a",
                "--profile-id",
                "p",
                "--profile-crn",
                "c",
            ],
            &["assume", "--access-token", "a", "--profile-name", "n"],
            &[
                "assume",
                "--access-token",
                "a",
                "--profile-id",
                "p",
                "--account",
                "x",
            ],
        ];
        for args in cases {
            let err = build(args).unwrap_err();
            let clap = err
                .downcast_ref::<clap::Error>()
                .expect("a clap usage error");
            assert_eq!(clap.exit_code(), 2, "{args:?}");
        }
    }
}
