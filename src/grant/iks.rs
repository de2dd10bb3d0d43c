//! `iks`: the id_token an IBM Cloud Kubernetes Service cluster accepts (docs/iam.md, "IKS"): a
//! delegated refresh token for receiver `kube`, from an API key or a `bx` refresh token, then
//! redeemed as the `kube` client. Two requests; the second sends the first's token.

use anyhow::Result;

use super::{TokenRequest, Wanted, apikey, cli_client, delegated_refresh_token, refresh};
use crate::cli::IksArgs;
use crate::secret::{Reader, Secret};

/// The client IKS clusters trust (its id and secret are both `kube`).
pub const KUBE: &str = "kube";

pub fn request(args: &IksArgs, secrets: &mut Reader) -> Result<TokenRequest> {
    let (first, grant) = if let Some(source) = &args.refresh_token {
        // As IBM's IKS API docs do: the refresh token of the CLI's client, bx.
        let mut req = TokenRequest::new(refresh::GRANT_TYPE, Wanted::DelegatedRefreshToken)
            .secret("refresh_token", secrets.read("--refresh-token", source)?);
        req.client = Some(cli_client());
        (req, "refresh")
    } else {
        // Exactly what `delegated --receiver-client-ids kube` sends.
        let key = apikey::read_key(args.key.apikey.as_ref(), secrets)?;
        let req = TokenRequest::new(apikey::GRANT_TYPE, Wanted::DelegatedRefreshToken)
            .secret("apikey", key);
        (req, "delegated")
    };
    let first = first
        .plain("response_type", "delegated_refresh_token")
        .plain("receiver_client_ids", KUBE);
    Ok(redemption().after(first, grant, "refresh_token"))
}

/// The redemption of a delegated refresh token as the client kube, for its id_token; the token
/// goes in as `refresh_token`.
fn redemption() -> TokenRequest {
    let mut redeem = TokenRequest::new(delegated_refresh_token::GRANT_TYPE, Wanted::IdToken);
    redeem.client = Some((KUBE.into(), Secret::new(KUBE)));
    redeem
}

/// The redemption of `delegated`, a delegated refresh token for kube (made from a session).
pub fn redeem(delegated: Secret) -> TokenRequest {
    redemption().secret("refresh_token", delegated)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grant::test_support::{build, form};

    #[test]
    fn an_api_key_is_delegated_to_kube_then_redeemed_as_kube() {
        let req = build(&["iks", "--apikey", "k"]).unwrap();
        assert_eq!(
            form(&req),
            [("grant_type", delegated_refresh_token::GRANT_TYPE)]
        );
        assert_eq!(req.wanted, Wanted::IdToken);
        let (id, secret) = req.client.as_ref().unwrap();
        assert_eq!((id.as_str(), secret.expose()), ("kube", "kube"));
        let first = req.first.as_deref().unwrap();
        assert_eq!(
            form(&first.request),
            [
                ("grant_type", apikey::GRANT_TYPE),
                ("apikey", "k"),
                ("response_type", "delegated_refresh_token"),
                ("receiver_client_ids", "kube"),
            ]
        );
        assert!(
            first.request.client.is_none(),
            "no client on the delegation"
        );
        let redeemed = req.clone().with_first_token(Secret::new("drt"));
        assert_eq!(form(&redeemed)[1], ("refresh_token", "drt"));
    }

    #[test]
    fn a_bx_refresh_token_is_delegated_with_the_bx_client() {
        let req = build(&["iks", "--refresh-token", "rt"]).unwrap();
        let first = &req.first.as_deref().unwrap().request;
        assert_eq!(
            form(first),
            [
                ("grant_type", "refresh_token"),
                ("refresh_token", "rt"),
                ("response_type", "delegated_refresh_token"),
                ("receiver_client_ids", "kube"),
            ]
        );
        assert_eq!(first.client.as_ref().unwrap().0, "bx");
        assert!(build(&["iks", "--refresh-token", "rt", "--apikey", "k"]).is_err());
    }
}
