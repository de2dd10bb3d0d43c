//! `refresh` grant: a new token from a refresh token, with the client that obtained it
//! (docs/iam.md, "refresh").

use anyhow::Result;

use super::{TokenRequest, Wanted, cli_client, client};
use crate::cli::RefreshArgs;
use crate::error::usage;
use crate::secret::Reader;
use crate::token::REFRESH_NOT_SUPPORTED;

pub const GRANT_TYPE: &str = "refresh_token";

pub fn request(args: &RefreshArgs, secrets: &mut Reader) -> Result<TokenRequest> {
    let source = args
        .refresh_token
        .as_ref()
        .expect("clap requires --refresh-token");
    let token = secrets.read("--refresh-token", source)?;
    if token.expose() == REFRESH_NOT_SUPPORTED {
        return Err(usage(format!(
            "--refresh-token is \"{REFRESH_NOT_SUPPORTED}\", which IAM sends in place of a refresh \
             token when none is usable (an apikey token without a client)"
        ))
        .hint("run the apikey grant again for a new token instead of refreshing")
        .into());
    }
    let mut req = TokenRequest::new(GRANT_TYPE, Wanted::AccessToken)
        .secret("refresh_token", token)
        .plain_opt("account", args.account.as_ref());
    // docs/iam.md, "refresh": IAM refreshes only with the client the refresh token was issued to.
    req.client = Some(client(&args.client, secrets)?.unwrap_or_else(cli_client));
    Ok(req)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grant::test_support::{build, form};

    #[test]
    fn not_supported_is_not_a_refresh_token() {
        let err = build(&["refresh", "--refresh-token", "not_supported"]).unwrap_err();
        assert!(format!("{err:#}").contains("which IAM sends in place of a refresh token"));
    }

    #[test]
    fn refresh_with_the_cli_client_by_default() {
        let req = build(&["refresh", "--refresh-token", "-rt", "--account", "acc"]).unwrap();
        assert_eq!(
            form(&req),
            [
                ("grant_type", GRANT_TYPE),
                ("refresh_token", "-rt"),
                ("account", "acc")
            ]
        );
        let (id, secret) = req.client.as_ref().unwrap();
        assert_eq!((id.as_str(), secret.expose()), ("bx", "bx"));
        let req = build(&[
            "refresh",
            "--refresh-token",
            "rt",
            "--client-id",
            "kube",
            "--client-secret",
            "kube",
        ])
        .unwrap();
        assert_eq!(req.client.as_ref().unwrap().0, "kube");
        assert!(build(&["refresh"]).is_err());
    }
}
