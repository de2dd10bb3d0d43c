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
    /// A cluster's credential made from the session (`iks --session`, `openshift --session`)
    /// instead of an IAM access token.
    pub cluster: Option<SessionCluster>,
}

/// The cluster credentials a session makes (docs/iam.md, "IKS" and "OpenShift").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionCluster {
    /// The id_token of the client kube: the session's refresh token delegated to kube, then
    /// redeemed as kube.
    Iks,
    /// The token of this OpenShift cluster's OAuth server, for a one-time passcode minted from
    /// the session (its CA certificates as kubectl gave them, if it did).
    Openshift {
        server: reqwest::Url,
        ca: Option<Vec<u8>>,
    },
}

impl SessionRequest {
    /// Session `name` (the default one when `None`), for its own account.
    pub fn named(name: Option<&String>, cluster: Option<SessionCluster>) -> Self {
        Self {
            name: name.cloned().unwrap_or_else(|| DEFAULT_SESSION.to_owned()),
            account: None,
            hand_over: false,
            cluster,
        }
    }
}

pub fn request(args: &SessionArgs) -> SessionRequest {
    SessionRequest {
        account: args.account.clone(),
        ..SessionRequest::named(args.session.as_ref(), None)
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

/// The session's refresh token delegated to the client kube, as IBM's IKS API docs and
/// bluemix-go (`GetKubeTokens`) ask for it: the refresh grant of client bx, for a delegated
/// refresh token that lives 600 s, naming the session's account.
pub fn kube_delegation(token: Secret, account: Option<&String>) -> TokenRequest {
    let mut req = refresh(token, account)
        .plain("response_type", "delegated_refresh_token")
        .plain("receiver_client_ids", super::iks::KUBE)
        .plain("delegated_refresh_token_expiry", "600");
    req.wanted = Wanted::DelegatedRefreshToken;
    req
}

/// A one-time passcode from the session's refresh token (`POST {iam}/identity/passcode`, as
/// bluemix-go's `GetPasscode` asks): the refresh grant of client bx, `response_type=cloud_iam`.
/// IAM answers `{"passcode": …}` and keeps the refresh token as it was.
pub fn passcode_from(token: Secret) -> TokenRequest {
    let mut req = TokenRequest::new(super::refresh::GRANT_TYPE, Wanted::AccessToken)
        .secret("refresh_token", token)
        .plain("response_type", "cloud_iam");
    req.client = Some(cli_client());
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

    #[test]
    fn a_kube_delegation_and_a_passcode_are_refreshes_of_the_cli_client() {
        let account = "acc".to_owned();
        let req = kube_delegation(Secret::new("rt"), Some(&account));
        assert_eq!(
            form(&req),
            [
                ("grant_type", "refresh_token"),
                ("refresh_token", "rt"),
                ("account", "acc"),
                ("response_type", "delegated_refresh_token"),
                ("receiver_client_ids", "kube"),
                ("delegated_refresh_token_expiry", "600"),
            ]
        );
        assert_eq!(req.wanted, Wanted::DelegatedRefreshToken);
        assert!(req.single_use.is_some(), "it may rotate the refresh token");
        let req = passcode_from(Secret::new("rt"));
        assert_eq!(
            form(&req),
            [
                ("grant_type", "refresh_token"),
                ("refresh_token", "rt"),
                ("response_type", "cloud_iam"),
            ]
        );
        assert_eq!(req.client.as_ref().unwrap().0, "bx");
    }
}
