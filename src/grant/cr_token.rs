//! `cr-token` grant: a trusted profile's token from a compute resource token
//! (iam-contract.md §2.5).

use anyhow::Result;

use super::{TokenRequest, Wanted, client};
use crate::cli::CrTokenArgs;
use crate::secret::Reader;

pub const GRANT_TYPE: &str = "urn:ibm:params:oauth:grant-type:cr-token";

pub fn request(args: &CrTokenArgs, secrets: &mut Reader) -> Result<TokenRequest> {
    let source = args
        .cr_token
        .as_ref()
        .expect("clap requires --cr-token or IBMCLOUD_CR_TOKEN");
    let mut req = TokenRequest::new(GRANT_TYPE, Wanted::AccessToken)
        .secret("cr_token", secrets.read("--cr-token", source)?)
        .plain_opt("profile_id", args.profile.profile_id.as_ref())
        .plain_opt("profile_crn", args.profile.profile_crn.as_ref())
        .plain_opt("profile_name", args.profile.profile_name.as_ref())
        .tenant(args.tenant.tenant.as_ref());
    // §2.5: the Basic client is for IBM services; customers omit it, so it is opt-in.
    req.client = client(&args.client, secrets)?;
    Ok(req)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grant::test_support::{build, form};

    #[test]
    fn token_profile_client_and_tenant() {
        let req = build(&[
            "cr-token",
            "--cr-token",
            "eyJ.cr",
            "--profile-name",
            "app",
            "--client-id",
            "svc",
            "--client-secret",
            "-s3",
            "--tenant",
            "acc",
        ])
        .unwrap();
        assert_eq!(
            form(&req),
            [
                ("grant_type", GRANT_TYPE),
                ("cr_token", "eyJ.cr"),
                ("profile_name", "app")
            ]
        );
        let (id, secret) = req.client.as_ref().unwrap();
        assert_eq!((id.as_str(), secret.expose()), ("svc", "-s3"));
        assert_eq!(req.tenant.as_deref(), Some("acc"));
    }

    #[test]
    fn profile_is_optional_but_single_and_client_comes_in_pairs() {
        assert_eq!(
            form(&build(&["cr-token", "--cr-token", "t"]).unwrap()).len(),
            2
        );
        let two = [
            "cr-token",
            "--cr-token",
            "t",
            "--profile-id",
            "a",
            "--profile-crn",
            "b",
        ];
        assert!(build(&two).is_err());
        assert!(build(&["cr-token", "--cr-token", "t", "--client-id", "a"]).is_err());
        assert!(build(&["cr-token", "--cr-token", "t", "--client-secret", "a"]).is_err());
    }
}
