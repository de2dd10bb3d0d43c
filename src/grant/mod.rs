//! One module per IAM grant type: each turns its parsed arguments into a `TokenRequest` (form
//! fields, headers, which token the user asked for). No HTTP here; secrets are read through a
//! `secret::Reader`, so every rule is unit-testable with literal values.

mod apikey;
mod assume;
mod cr_token;
mod delegated;
mod iam_authz;
mod password;
mod refresh;

use anyhow::Result;

use crate::cli::{ClientArgs, Grant};
use crate::secret::{Reader, Secret};

/// A form field value; secret ones never format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Plain(String),
    Secret(Secret),
}

impl Value {
    pub fn expose(&self) -> &str {
        match self {
            Self::Plain(s) => s,
            Self::Secret(s) => s.expose(),
        }
    }
}

/// Which token of the response is "the" token for `-o token` and `-o header`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wanted {
    AccessToken,
    DelegatedRefreshToken,
}

/// Everything needed to call `POST /identity/token` for one grant.
#[derive(Debug, PartialEq, Eq)]
pub struct TokenRequest {
    /// Form fields in wire order, `grant_type` first.
    pub form: Vec<(&'static str, Value)>,
    /// `IBM-Cloud-Tenant` header (iam-contract.md §2.2).
    pub tenant: Option<String>,
    /// Client for `Authorization: Basic`.
    pub client: Option<(String, Secret)>,
    pub wanted: Wanted,
    /// A request whose access token this one needs as its `access_token` field, fetched first
    /// (`assume --apikey`, iam-contract.md §7.8).
    pub needs_token_from: Option<Box<TokenRequest>>,
}

impl TokenRequest {
    fn new(grant_type: &str, wanted: Wanted) -> Self {
        Self {
            form: vec![("grant_type", Value::Plain(grant_type.to_owned()))],
            tenant: None,
            client: None,
            wanted,
            needs_token_from: None,
        }
    }

    /// Supplies the access token that `needs_token_from` produced.
    pub fn with_access_token(mut self, token: Secret) -> Self {
        self.needs_token_from = None;
        self.form.insert(1, ("access_token", Value::Secret(token)));
        self
    }

    fn plain(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.form.push((name, Value::Plain(value.into())));
        self
    }

    fn secret(mut self, name: &'static str, value: Secret) -> Self {
        self.form.push((name, Value::Secret(value)));
        self
    }

    fn plain_opt(self, name: &'static str, value: Option<&String>) -> Self {
        match value {
            Some(v) => self.plain(name, v.clone()),
            None => self,
        }
    }

    fn tenant(mut self, tenant: Option<&String>) -> Self {
        self.tenant = tenant.cloned();
        self
    }

    /// Every secret this request carries, so that text derived from IAM's answer can be
    /// scrubbed of them before it is shown.
    pub fn secrets(&self) -> impl Iterator<Item = &str> {
        let form = self.form.iter().filter_map(|(_, v)| match v {
            Value::Secret(s) => Some(s.expose()),
            Value::Plain(_) => None,
        });
        form.chain(self.client.iter().map(|(_, s)| s.expose()))
    }
}

/// How to get the token a grant subcommand asks for.
#[derive(Debug)]
pub enum Plan {
    /// A request to IAM's token endpoint.
    Iam(TokenRequest),
    /// The VPC metadata service's exchange, for a trusted profile (`("id" | "crn", value)`)
    /// or the instance's default one.
    Vpc {
        metadata: reqwest::Url,
        profile: Option<(&'static str, String)>,
    },
}

/// What to do for the chosen grant, reading its secrets through `secrets`.
pub fn plan(grant: &Grant, secrets: &mut Reader) -> Result<Plan> {
    if let Grant::Vpc(args) = grant {
        let profile = match (&args.profile_id, &args.profile_crn) {
            (Some(id), _) => Some(("id", id.clone())),
            (_, Some(crn)) => Some(("crn", crn.clone())),
            _ => None,
        };
        return Ok(Plan::Vpc {
            metadata: args.metadata_url.clone(),
            profile,
        });
    }
    request(grant, secrets).map(Plan::Iam)
}

/// Builds the IAM request for the chosen grant, reading its secrets through `secrets`.
fn request(grant: &Grant, secrets: &mut Reader) -> Result<TokenRequest> {
    match grant {
        Grant::Apikey(args) => apikey::request(args, secrets),
        Grant::Delegated(args) => delegated::request(args, secrets),
        Grant::Assume(args) => assume::request(args, secrets),
        Grant::CrToken(args) => cr_token::request(args, secrets),
        Grant::IamAuthz(args) => iam_authz::request(args, secrets),
        Grant::Password(args) => password::request(args, secrets),
        Grant::Refresh(args) => refresh::request(args, secrets),
        Grant::Vpc(_) => unreachable!("plan() handles vpc"),
    }
}

/// `--client-id`/`--client-secret` (clap makes them come as a pair).
fn client(args: &ClientArgs, secrets: &mut Reader) -> Result<Option<(String, Secret)>> {
    match (&args.client_id, &args.client_secret) {
        (Some(id), Some(source)) => {
            Ok(Some((id.clone(), secrets.read("--client-secret", source)?)))
        }
        _ => Ok(None),
    }
}

/// The IBM Cloud CLI's client (iam-contract.md §7.4), the default where IAM needs one.
fn cli_client() -> (String, Secret) {
    ("bx".into(), Secret::new("bx"))
}

#[cfg(test)]
mod test_support {
    use clap::Parser as _;

    use super::{Reader, TokenRequest, request};
    use crate::cli::{Cli, Command};

    /// Parses `args` as a command line and builds its request with a non-interactive reader.
    pub fn build(args: &[&str]) -> anyhow::Result<TokenRequest> {
        let cli = Cli::try_parse_from(std::iter::once("iamtoken").chain(args.iter().copied()))?;
        let Command::Grant(grant) = &cli.command else {
            anyhow::bail!("not a grant");
        };
        request(grant, &mut Reader::new(false))
    }

    /// The wire form of a request: (name, value) pairs.
    pub fn form(req: &TokenRequest) -> Vec<(&str, &str)> {
        req.form.iter().map(|(k, v)| (*k, v.expose())).collect()
    }
}
