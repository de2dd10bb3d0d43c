//! `password` grant: a token for a non-federated IBMid user (docs/iam.md, "password").

use anyhow::Result;

use super::{TokenRequest, Wanted, cli_client, client};
use crate::cli::PasswordArgs;
use crate::secret::Reader;

pub const GRANT_TYPE: &str = "password";

pub fn request(args: &PasswordArgs, secrets: &mut Reader) -> Result<TokenRequest> {
    let password = secrets.read_or_prompt(
        "--password",
        args.password.as_ref(),
        &format!("IBMid password for {}: ", args.username),
        "pass --password @FILE or --password - (stdin), or run in a terminal to be asked",
    )?;
    let mut req = TokenRequest::new(GRANT_TYPE, Wanted::AccessToken)
        .plain("username", &args.username)
        .secret("password", password)
        .plain_opt("account", args.account.as_ref())
        .tenant(args.tenant.tenant.as_ref());
    // IAM requires a Basic client here; the IBM Cloud CLI's bx/bx is documented as usable.
    req.client = Some(client(&args.client, secrets)?.unwrap_or_else(cli_client));
    Ok(req)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grant::test_support::{build, form};

    #[test]
    fn default_client_is_bx() {
        let req = build(&["password", "--username", "u@x", "--password", "pw"]).unwrap();
        assert_eq!(
            form(&req),
            [
                ("grant_type", GRANT_TYPE),
                ("username", "u@x"),
                ("password", "pw")
            ]
        );
        let (id, secret) = req.client.as_ref().unwrap();
        assert_eq!((id.as_str(), secret.expose()), ("bx", "bx"));
    }

    #[test]
    fn account_tenant_and_own_client() {
        let req = build(&[
            "password",
            "--username",
            "u",
            "--password",
            "pw",
            "--account",
            "acc",
            "--tenant",
            "ent",
            "--client-id",
            "me",
            "--client-secret",
            "cs",
        ])
        .unwrap();
        assert_eq!(form(&req)[3], ("account", "acc"));
        assert_eq!(req.tenant.as_deref(), Some("ent"));
        let (id, secret) = req.client.as_ref().unwrap();
        assert_eq!((id.as_str(), secret.expose()), ("me", "cs"));
    }

    #[test]
    fn missing_password_without_a_terminal_is_a_usage_error() {
        let err = build(&["password", "--username", "u"]).unwrap_err();
        assert_eq!(crate::error::classify(&err).0, crate::error::Exit::Usage);
        assert!(format!("{err:#}").contains("--password"));
    }
}
