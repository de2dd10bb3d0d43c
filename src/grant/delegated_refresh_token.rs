//! `delegated-refresh-token` grant: a delegated refresh token redeemed by the client it was made
//! for (docs/iam.md, "Delegated refresh tokens").

use anyhow::Result;

use super::{TokenRequest, Wanted};
use crate::cli::DelegatedRefreshTokenArgs;
use crate::secret::Reader;

pub const GRANT_TYPE: &str = "urn:ibm:params:oauth:grant-type:delegated-refresh-token";

pub fn request(args: &DelegatedRefreshTokenArgs, secrets: &mut Reader) -> Result<TokenRequest> {
    let token = args
        .refresh_token
        .as_ref()
        .expect("clap requires --refresh-token");
    let secret = args
        .client_secret
        .as_ref()
        .expect("clap requires --client-secret");
    let mut req = TokenRequest::new(GRANT_TYPE, Wanted::AccessToken)
        .secret("refresh_token", secrets.read("--refresh-token", token)?);
    req.client = Some((
        args.client_id.clone(),
        secrets.read("--client-secret", secret)?,
    ));
    Ok(req)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grant::test_support::{build, form};

    #[test]
    fn the_token_goes_in_the_form_and_the_client_in_basic() {
        let req = build(&[
            "delegated-refresh-token",
            "--refresh-token",
            "drt",
            "--client-id",
            "ce",
            "--client-secret",
            "s",
        ])
        .unwrap();
        assert_eq!(
            form(&req),
            [("grant_type", GRANT_TYPE), ("refresh_token", "drt")]
        );
        let (id, secret) = req.client.as_ref().unwrap();
        assert_eq!((id.as_str(), secret.expose()), ("ce", "s"));
    }

    #[test]
    fn the_client_is_required() {
        assert!(build(&["delegated-refresh-token", "--refresh-token", "drt"]).is_err());
        assert!(
            build(&[
                "delegated-refresh-token",
                "--refresh-token",
                "drt",
                "--client-id",
                "ce"
            ])
            .is_err()
        );
    }
}
