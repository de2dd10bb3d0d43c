//! `login` and `session`: a federated user's way in (docs/iam.md, "Sessions"). A one-time
//! passcode is exchanged for a refresh token, which the session then refreshes with, as the IBM
//! Cloud CLI does, with its client `bx`.

use super::{TokenRequest, Wanted, cli_client};
use crate::cli::{DEFAULT_SESSION, SessionArgs};
use crate::secret::Secret;

pub const PASSCODE_GRANT: &str = "urn:ibm:params:oauth:grant-type:passcode";

/// What `session` asks for: the stored session `name`'s token, for `account` when given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionRequest {
    pub name: String,
    /// Another account than the session's own (the stored session is unchanged).
    pub account: Option<String>,
    /// For `exec session`: always refresh, and keep the refresh token in the answer for the
    /// command, which may refresh by itself (Terraform's IBM provider).
    pub hand_over: bool,
}

pub fn request(args: &SessionArgs) -> SessionRequest {
    SessionRequest {
        name: args
            .session
            .clone()
            .unwrap_or_else(|| DEFAULT_SESSION.to_owned()),
        account: args.account.clone(),
        hand_over: false,
    }
}

/// The passcode exchange: `grant_type` passcode with `response_type=cloud_iam`, as client bx.
pub fn passcode(passcode: Secret) -> TokenRequest {
    let mut req = TokenRequest::new(PASSCODE_GRANT, Wanted::AccessToken)
        .secret("passcode", passcode)
        .plain("response_type", "cloud_iam");
    req.client = Some(cli_client());
    req.single_use = Some("IAM may have taken the passcode: get a new one to try again");
    req
}

/// A session's refresh, naming its account explicitly, so a rotated token never switches it.
pub fn refresh(token: Secret, account: Option<&String>) -> TokenRequest {
    let mut req = TokenRequest::new(super::refresh::GRANT_TYPE, Wanted::AccessToken)
        .secret("refresh_token", token)
        .plain_opt("account", account);
    req.client = Some(cli_client());
    // docs/iam.md, "Sessions": IAM may retire a refresh token once it is used.
    req.single_use = Some(
        "IAM may have taken the refresh token without its answer arriving; if the next run says \
         the session has ended, log in again",
    );
    req
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grant::test_support::form;

    #[test]
    fn passcode_and_refresh_are_the_cli_clients() {
        let req = passcode(Secret::new("pc"));
        assert_eq!(
            form(&req),
            [
                ("grant_type", PASSCODE_GRANT),
                ("passcode", "pc"),
                ("response_type", "cloud_iam")
            ]
        );
        assert_eq!(req.client.as_ref().unwrap().0, "bx");
        let account = "acc".to_owned();
        let req = refresh(Secret::new("rt"), Some(&account));
        assert_eq!(
            form(&req),
            [
                ("grant_type", "refresh_token"),
                ("refresh_token", "rt"),
                ("account", "acc")
            ]
        );
        assert_eq!(req.secrets().collect::<Vec<_>>(), ["rt", "bx"]);
    }
}
