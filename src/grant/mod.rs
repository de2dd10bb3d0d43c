//! One module per IAM grant type, and per credential command (`iks`, `openshift`): each turns
//! its parsed arguments into a plan (form fields, headers, which token the user asked for). No HTTP here; secrets are read through a
//! `secret::Reader`, so every rule is unit-testable with literal values.

pub(crate) mod apikey;
mod assume;
mod cr_token;
mod delegated;
mod delegated_refresh_token;
mod iam_authz;
pub mod iks;
pub(crate) mod openshift;
mod password;
mod refresh;
pub mod session;
mod vpc;

use anyhow::Result;

pub use self::openshift::OpenshiftRequest;
pub use self::session::{SessionCluster, SessionRequest};
pub use self::vpc::VpcRequest;
use crate::cli::{ClientArgs, Credential, Grant, TokenCommand};
use crate::endpoint::Endpoint;
use crate::secret::{Reader, Secret};
pub use crate::token::Wanted;

/// A form field value; secret ones never format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    Plain(String),
    Secret(Secret),
}

impl Field {
    pub fn expose(&self) -> &str {
        match self {
            Self::Plain(s) => s,
            Self::Secret(s) => s.expose(),
        }
    }
}

/// Everything needed to call `POST /identity/token` for one grant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenRequest {
    /// Form fields in wire order, `grant_type` first.
    pub form: Vec<(&'static str, Field)>,
    /// `IBM-Cloud-Tenant` header (docs/iam.md, "apikey").
    pub tenant: Option<String>,
    /// Client for `Authorization: Basic`.
    pub client: Option<(String, Secret)>,
    pub wanted: Wanted,
    /// A request fetched first, whose token this one sends (`assume --apikey` sends the key's
    /// access token, `iks` redeems the key's delegated refresh token).
    pub first: Option<Box<Handoff>>,
    /// The request spends a credential that IAM takes once (a session's refresh token, a
    /// passcode): it is sent again only when it never reached IAM (its connection failed).
    /// The text is the hint when an answer was lost after the request was sent.
    pub single_use: Option<&'static str>,
    /// A secret field its platform rotates in a file (a compute resource token): a service
    /// that outlives it reads the file again for each request (`Plan::reread`).
    pub rotating: Option<Rotating>,
}

/// A secret form field read from a file that is replaced while iamtoken runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rotating {
    pub field: &'static str,
    /// The option that named the file, for messages.
    pub flag: &'static str,
    pub source: crate::secret::Source,
}

/// A request whose wanted token another request sends as its `field`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Handoff {
    pub request: TokenRequest,
    /// The grant's name, for the cache.
    pub grant: &'static str,
    pub field: &'static str,
}

impl TokenRequest {
    fn new(grant_type: &str, wanted: Wanted) -> Self {
        Self {
            form: vec![("grant_type", Field::Plain(grant_type.to_owned()))],
            tenant: None,
            client: None,
            wanted,
            first: None,
            single_use: None,
            rotating: None,
        }
    }

    /// This request, sending the token of `request` (fetched first) as its `field`.
    fn after(mut self, request: Self, grant: &'static str, field: &'static str) -> Self {
        self.first = Some(Box::new(Handoff {
            request,
            grant,
            field,
        }));
        self
    }

    /// Supplies the token that `first` produced, right after `grant_type`.
    pub fn with_first_token(mut self, token: Secret) -> Self {
        if let Some(first) = self.first.take() {
            self.form.insert(1, (first.field, Field::Secret(token)));
        }
        self
    }

    fn plain(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.form.push((name, Field::Plain(value.into())));
        self
    }

    fn secret(mut self, name: &'static str, value: Secret) -> Self {
        self.form.push((name, Field::Secret(value)));
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

    /// How long a delegated refresh token this request asks for stays redeemable: its
    /// `delegated_refresh_token_expiry`, else IAM's default of 6 days (docs/iam.md,
    /// "Delegated refresh tokens"). `None` when it asks for none.
    pub fn delegated_lifetime(&self) -> Option<i64> {
        const IAM_DEFAULT: i64 = 518_400;
        let field = |name: &str| {
            self.form
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.expose())
        };
        field("response_type")?
            .contains("delegated_refresh_token")
            .then(|| {
                field("delegated_refresh_token_expiry")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(IAM_DEFAULT)
            })
    }

    /// What identifies this request to the cache: the URL and every form field and header
    /// sent, secrets included, so that two credentials never share an entry; for a request
    /// that sends another's token, that request's identity instead of the token (which changes
    /// with every fetch). The cache keeps only a hash of these.
    pub fn identity<'a>(&'a self, endpoint: &'a Endpoint) -> Vec<&'a str> {
        let mut parts = vec!["url", endpoint.url().as_str()];
        if let Some(first) = &self.first {
            parts.extend(["after", first.field]);
            parts.extend(first.request.identity(endpoint));
            parts.push("then");
        }
        for (name, value) in &self.form {
            parts.extend([*name, value.expose()]);
        }
        if let Some(tenant) = &self.tenant {
            parts.extend(["header:IBM-Cloud-Tenant", tenant]);
        }
        if let Some((id, secret)) = &self.client {
            parts.extend(["client-id", id, "client-secret", secret.expose()]);
        }
        parts
    }

    /// This request with each secret `resolve` knows (a secret command's stand-in) replaced.
    pub fn resolved(&self, resolve: &dyn Fn(&Secret) -> Result<Option<Secret>>) -> Result<Self> {
        let mut req = self.clone();
        for (_, value) in &mut req.form {
            if let Field::Secret(secret) = value
                && let Some(real) = resolve(secret)?
            {
                *secret = real;
            }
        }
        if let Some((_, secret)) = &mut req.client
            && let Some(real) = resolve(secret)?
        {
            *secret = real;
        }
        Ok(req)
    }

    /// Every secret this request carries, so that text derived from IAM's answer can be
    /// scrubbed of them before it is shown.
    pub fn secrets(&self) -> impl Iterator<Item = &str> {
        let form = self.form.iter().filter_map(|(_, v)| match v {
            Field::Secret(s) => Some(s.expose()),
            Field::Plain(_) => None,
        });
        form.chain(self.client.iter().map(|(_, s)| s.expose()))
    }
}

/// How to get the token a grant subcommand asks for.
#[derive(Clone, Debug)]
pub enum Plan {
    /// A request to IAM's token endpoint.
    Iam(TokenRequest),
    /// The VPC metadata service's exchange.
    Vpc(VpcRequest),
    /// An OpenShift cluster's OAuth server's exchange.
    Openshift(OpenshiftRequest),
    /// A refresh from a session stored by `login`.
    Session(SessionRequest),
    /// The IBM Cloud CLI's current token (`ibmcloud iam oauth-tokens`).
    Ibmcloud,
}

impl Plan {
    /// This plan with its rotating secret read again from its file (`None`: it has none), for
    /// a service that keeps a token fresh for longer than the secret lives.
    pub fn reread(&self, secrets: &mut Reader) -> Result<Option<Self>> {
        let Self::Iam(req) = self else {
            return Ok(None);
        };
        let Some(rotating) = &req.rotating else {
            return Ok(None);
        };
        let fresh = secrets.read(rotating.flag, &rotating.source)?;
        let mut req = req.clone();
        for (name, value) in &mut req.form {
            if *name == rotating.field {
                *value = Field::Secret(fresh.clone());
            }
        }
        Ok(Some(Self::Iam(req)))
    }

    /// The API key this plan sends, if any (`apikey`, `delegated`, `assume --apikey`).
    pub fn api_key(&self) -> Option<&Secret> {
        fn key(req: &TokenRequest) -> Option<&Secret> {
            req.form.iter().find_map(|(name, value)| match value {
                Field::Secret(secret) if *name == "apikey" => Some(secret),
                _ => None,
            })
        }
        match self {
            Self::Iam(req) => {
                key(req).or_else(|| req.first.as_deref().and_then(|h| key(&h.request)))
            }
            Self::Openshift(req) => Some(&req.apikey),
            Self::Vpc(_) | Self::Session(_) | Self::Ibmcloud => None,
        }
    }

    /// Which token of the answer is the one the user asked for.
    pub fn wanted(&self) -> Wanted {
        match self {
            Self::Iam(req) => req.wanted,
            Self::Session(SessionRequest {
                cluster: Some(SessionCluster::Iks),
                ..
            }) => Wanted::IdToken,
            Self::Session(SessionRequest {
                cluster: Some(SessionCluster::Openshift { .. }),
                ..
            })
            | Self::Openshift(_) => Wanted::ClusterToken,
            Self::Vpc(_) | Self::Session(_) | Self::Ibmcloud => Wanted::AccessToken,
        }
    }
}

/// What to do for the chosen grant or credential command, reading its secrets through
/// `secrets`.
pub fn plan(command: TokenCommand, secrets: &mut Reader) -> Result<Plan> {
    let grant = match command {
        TokenCommand::Grant(grant) => grant,
        TokenCommand::Credential(Credential::Iks(args)) => {
            return Ok(match &args.session {
                Some(name) => {
                    Plan::Session(SessionRequest::named(Some(name), Some(SessionCluster::Iks)))
                }
                None => Plan::Iam(iks::request(args, secrets)?),
            });
        }
        TokenCommand::Credential(Credential::Openshift(args)) => {
            return Ok(match &args.session {
                Some(name) => {
                    let (server, ca) = openshift::cluster(args)?;
                    let cluster = SessionCluster::Openshift { server, ca };
                    Plan::Session(SessionRequest::named(Some(name), Some(cluster)))
                }
                None => Plan::Openshift(openshift::request(args, secrets)?),
            });
        }
    };
    Ok(match grant {
        Grant::Apikey(args) => Plan::Iam(apikey::request(args, secrets)?),
        Grant::Delegated(args) => Plan::Iam(delegated::request(args, secrets)?),
        Grant::Assume(args) => Plan::Iam(assume::request(args, secrets)?),
        Grant::CrToken(args) => Plan::Iam(cr_token::request(args, secrets)?),
        Grant::IamAuthz(args) => Plan::Iam(iam_authz::request(args, secrets)?),
        Grant::Password(args) => Plan::Iam(password::request(args, secrets)?),
        Grant::Refresh(args) => Plan::Iam(refresh::request(args, secrets)?),
        Grant::DelegatedRefreshToken(args) => {
            Plan::Iam(delegated_refresh_token::request(args, secrets)?)
        }
        Grant::Vpc(args) => Plan::Vpc(vpc::request(args)),
        Grant::Session(args) => Plan::Session(session::request(args)),
        Grant::Ibmcloud(_) => Plan::Ibmcloud,
    })
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

/// The IBM Cloud CLI's client (docs/iam.md, "Clients"), the default where IAM needs one.
fn cli_client() -> (String, Secret) {
    ("bx".into(), Secret::new("bx"))
}

#[cfg(test)]
mod test_support {
    use super::{Plan, Reader, TokenRequest, plan};
    use crate::cli::TokenCommand;

    /// Parses `args` as a command line and builds its request with a non-interactive reader.
    pub fn build(args: &[&str]) -> anyhow::Result<TokenRequest> {
        let mode = crate::args::mode_of_words(args)?;
        let command = match &mode {
            crate::args::Mode::Grant(grant) => TokenCommand::Grant(grant),
            crate::args::Mode::Credential(credential) => TokenCommand::Credential(credential),
            _ => anyhow::bail!("not a grant"),
        };
        match plan(command, &mut Reader::new(false))? {
            Plan::Iam(req) => Ok(req),
            _ => anyhow::bail!("not an IAM request"),
        }
    }

    /// The wire form of a request: (name, value) pairs.
    pub fn form(req: &TokenRequest) -> Vec<(&str, &str)> {
        req.form.iter().map(|(k, v)| (*k, v.expose())).collect()
    }
}
