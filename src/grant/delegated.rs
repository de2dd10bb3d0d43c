//! `delegated` grant: an API key exchanged for a delegated refresh token that other clients
//! redeem (docs/iam.md, "Delegated refresh tokens").

use anyhow::Result;

use super::apikey::{GRANT_TYPE, read_key};
use super::{TokenRequest, Wanted};
use crate::cli::DelegatedArgs;
use crate::secret::Reader;

pub fn request(args: &DelegatedArgs, secrets: &mut Reader) -> Result<TokenRequest> {
    let (response_type, wanted) = if args.with_access_token {
        ("cloud_iam delegated_refresh_token", Wanted::AccessToken)
    } else {
        ("delegated_refresh_token", Wanted::DelegatedRefreshToken)
    };
    let req = TokenRequest::new(GRANT_TYPE, wanted)
        .secret("apikey", read_key(args.key.apikey.as_ref(), secrets)?)
        .plain("response_type", response_type)
        .plain("receiver_client_ids", &args.receiver_client_ids)
        .plain_opt(
            "delegated_refresh_token_expiry",
            args.expiry.map(|s| s.to_string()).as_ref(),
        );
    Ok(req.tenant(args.tenant.tenant.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grant::test_support::{build, form};

    #[test]
    fn delegated_refresh_token_only_by_default() {
        let req = build(&[
            "delegated",
            "--apikey",
            "k",
            "--receiver-client-ids",
            "kube",
        ])
        .unwrap();
        assert_eq!(
            form(&req),
            [
                ("grant_type", GRANT_TYPE),
                ("apikey", "k"),
                ("response_type", "delegated_refresh_token"),
                ("receiver_client_ids", "kube"),
            ]
        );
        assert_eq!(req.wanted, Wanted::DelegatedRefreshToken);
    }

    #[test]
    fn access_token_expiry_and_tenant() {
        let req = build(&[
            "delegated",
            "--apikey",
            "k",
            "--receiver-client-ids",
            "kube,ce",
            "--with-access-token",
            "--expiry",
            "600",
            "--tenant",
            "acct",
        ])
        .unwrap();
        assert_eq!(
            form(&req)[2],
            ("response_type", "cloud_iam delegated_refresh_token")
        );
        assert_eq!(form(&req)[4], ("delegated_refresh_token_expiry", "600"));
        assert_eq!(req.wanted, Wanted::AccessToken);
        assert_eq!(req.tenant.as_deref(), Some("acct"));
    }

    #[test]
    fn receivers_are_required_and_expiry_positive() {
        assert!(build(&["delegated", "--apikey", "k"]).is_err());
        let zero = [
            "delegated",
            "--apikey",
            "k",
            "--receiver-client-ids",
            "x",
            "--expiry",
            "0",
        ];
        assert!(build(&zero).is_err());
    }
}
