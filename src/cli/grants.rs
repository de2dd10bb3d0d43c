//! The grant subcommands' arguments, one struct per grant, and the argument groups they share
//! (the API key, tenant, profile selector, client). Shapes and clap-level rules only.

use clap::builder::NonEmptyStringValueParser;
use clap::{ArgGroup, Args, Subcommand};

use super::parse_http_url;

/// `--metadata-url`: http or https, and never credentials (the service takes none).
fn parse_metadata_url(raw: &str) -> Result<reqwest::Url, String> {
    let url = parse_http_url(raw)?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err("the URL must not contain credentials".into());
    }
    Ok(url)
}
use crate::secret::Source;

/// Where the IBM SDKs look for a compute resource token, in order (docs/iam.md, "Compute
/// resource tokens").
pub const CR_TOKEN_FILES: [&str; 3] = [
    "/var/run/secrets/tokens/vault-token",
    "/var/run/secrets/tokens/sa-token",
    "/var/run/secrets/codeengine.cloud.ibm.com/compute-resource-token/token",
];

/// `--expiry`: a duration of at least a second, sent to IAM in whole seconds.
fn parse_expiry(raw: &str) -> Result<u32, String> {
    let seconds = super::parse_duration(raw)?.as_secs();
    match u32::try_from(seconds) {
        Ok(0) => Err("must be at least 1s".into()),
        Ok(seconds) => Ok(seconds),
        Err(_) => Err("too long".into()),
    }
}

fn cr_token_file_help() -> String {
    let (last, first) = CR_TOKEN_FILES.split_last().unwrap_or((&"", &[]));
    format!(
        "Read the compute resource token from this file (read afresh on every run).\n\n\
         Without this, --cr-token or IBMCLOUD_CR_TOKEN, the first readable of {} and {last} is \
         used, as the IBM SDKs do.",
        first.join(", ")
    )
}

// Each grant's options are defined only when it is parsed (`cli::defined` defines them for
// what reads or changes them).
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Grant {
    Apikey(ApikeyArgs),
    Delegated(DelegatedArgs),
    Assume(AssumeArgs),
    CrToken(CrTokenArgs),
    IamAuthz(IamAuthzArgs),
    Password(PasswordArgs),
    Refresh(RefreshArgs),
    DelegatedRefreshToken(DelegatedRefreshTokenArgs),
    Vpc(VpcArgs),
    Session(SessionArgs),
    Ibmcloud(IbmcloudArgs),
}

impl Grant {
    /// The subcommand name, as `cache list` shows it.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Apikey(_) => "apikey",
            Self::Delegated(_) => "delegated",
            Self::Assume(_) => "assume",
            Self::CrToken(_) => "cr-token",
            Self::IamAuthz(_) => "iam-authz",
            Self::Password(_) => "password",
            Self::Refresh(_) => "refresh",
            Self::DelegatedRefreshToken(_) => "delegated-refresh-token",
            Self::Vpc(_) => "vpc",
            Self::Session(_) => "session",
            Self::Ibmcloud(_) => "ibmcloud",
        }
    }
}

/// Get a token for a user or service ID from an API key.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  iamtoken apikey --apikey @~/Downloads/apikey.json
  IBMCLOUD_API_KEY=... iamtoken apikey -o token
  iamtoken apikey --apikey=-Abc123 --tenant 0123abcd,4567ef01 -o export

The key is read from --apikey, else IBMCLOUD_API_KEY, else IC_API_KEY, else asked for on the
terminal. A JSON key file as downloaded from the IBM Cloud console works as @PATH.")]
pub struct ApikeyArgs {
    #[command(flatten)]
    pub key: ApikeyArg,

    #[command(flatten)]
    pub client: ClientArgs,

    #[command(flatten)]
    pub tenant: TenantArg,

    #[command(flatten)]
    pub global: super::Global,
}

/// Get a delegated refresh token (and optionally an access token) from an API key.
///
/// The delegated refresh token lets the listed receiver clients (e.g. kube, ce) act for you.
/// With -o token this prints the delegated refresh token, unless --with-access-token is given.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  iamtoken delegated --apikey @key.json --receiver-client-ids kube -o token
  iamtoken delegated --receiver-client-ids ce --with-access-token --expiry 3600 -o export")]
pub struct DelegatedArgs {
    #[command(flatten)]
    pub key: ApikeyArg,

    /// Comma-separated client IDs that may redeem the delegated refresh token.
    #[arg(long, value_name = "IDS", required = true, value_parser = NonEmptyStringValueParser::new())]
    pub receiver_client_ids: String,

    /// Also return an access token (response_type=cloud_iam delegated_refresh_token).
    #[arg(long)]
    pub with_access_token: bool,

    /// How long the receivers have to redeem the token: seconds, or 1h, 6d (IAM's default: 6d).
    #[arg(long, value_name = "DURATION", value_parser = parse_expiry)]
    pub expiry: Option<u32>,

    #[command(flatten)]
    pub tenant: TenantArg,

    #[command(flatten)]
    pub global: super::Global,
}

/// Get a token for a trusted profile, from a token or cookie of an identity it trusts.
#[derive(Debug, Args)]
#[command(
    group(ArgGroup::new("identity").required(true).args(["access_token", "refresh_token", "cookie", "apikey"])),
    group(ArgGroup::new("profile").required(true).args(["profile_id", "profile_crn", "profile_name"])),
    // docs/iam.md, "assume": `account` is required if and only if a profile name is used.
    group(ArgGroup::new("by_name").args(["profile_name"]).requires("account")),
    after_long_help = "\
Examples:
  iamtoken assume --access-token @user-token --profile-id Profile-0123...
  iamtoken apikey -o token | iamtoken assume --access-token - --profile-name ci --account 0123abcd..."
)]
pub struct AssumeArgs {
    /// An access token of an identity the profile trusts.
    #[arg(long, value_name = "TOKEN", value_parser = Source::parse, allow_hyphen_values = true)]
    pub access_token: Option<Source>,

    /// A refresh token of an identity the profile trusts.
    #[arg(long, value_name = "TOKEN", value_parser = Source::parse, allow_hyphen_values = true)]
    pub refresh_token: Option<Source>,

    /// An IAM cookie of an identity the profile trusts.
    #[arg(long, value_name = "COOKIE", value_parser = Source::parse, allow_hyphen_values = true)]
    pub cookie: Option<Source>,

    /// An API key of an identity the profile trusts: its token is fetched (and cached) first.
    #[arg(long, value_name = "KEY", value_parser = Source::parse, allow_hyphen_values = true)]
    pub apikey: Option<Source>,

    #[command(flatten)]
    pub profile: ProfileArgs,

    /// The account that holds the profile named by --profile-name.
    // With the required `profile` group, conflicting with the other two selectors means
    // "only with --profile-name" (docs/iam.md, "assume").
    #[arg(long, value_name = "ID", conflicts_with_all = ["profile_id", "profile_crn"], value_parser = NonEmptyStringValueParser::new())]
    pub account: Option<String>,

    #[command(flatten)]
    pub global: super::Global,
}

/// Get a token for a trusted profile from a compute resource token (Kubernetes, Code Engine).
#[derive(Debug, Args)]
#[command(
    group(ArgGroup::new("profile").args(["profile_id", "profile_crn", "profile_name"])),
    after_long_help = "\
Examples:
  iamtoken cr-token --profile-name my-app          # in a pod with a projected token
  iamtoken cr-token --cr-token @/var/run/secrets/tokens/vault-token --profile-name my-app
  IBMCLOUD_CR_TOKEN=@/var/run/secrets/tokens/sa-token iamtoken cr-token --profile-id Profile-0123...")]
pub struct CrTokenArgs {
    /// The compute resource token [env: IBMCLOUD_CR_TOKEN].
    #[arg(long, value_name = "TOKEN", value_parser = Source::parse, allow_hyphen_values = true)]
    pub cr_token: Option<Source>,

    /// Read the compute resource token from this file (read afresh on every run).
    #[arg(long, value_name = "PATH", conflicts_with = "cr_token", long_help = cr_token_file_help())]
    pub cr_token_file: Option<std::path::PathBuf>,

    #[command(flatten)]
    pub profile: ProfileArgs,

    #[command(flatten)]
    pub client: ClientArgs,

    #[command(flatten)]
    pub tenant: TenantArg,

    #[command(flatten)]
    pub global: super::Global,
}

/// Get a token for a resource identity that an authorization policy lets the caller act as.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Example:
  iamtoken iam-authz --access-token @service-token \\
    --desired-iam-id crn-crn:v1:bluemix:public:cloud-object-storage:global:a/0123...:4567...::")]
pub struct IamAuthzArgs {
    /// The caller's access token.
    #[arg(long, value_name = "TOKEN", required = true, value_parser = Source::parse, allow_hyphen_values = true)]
    pub access_token: Option<Source>,

    /// The IAM ID to get a token for: crn- followed by the resource's CRN.
    #[arg(long, value_name = "IAM_ID", value_parser = NonEmptyStringValueParser::new())]
    pub desired_iam_id: String,

    #[command(flatten)]
    pub global: super::Global,
}

/// Get a token for a (non-federated) IBMid user from a username and password.
///
/// Uses the IBM Cloud CLI's client (bx/bx) unless --client-id and --client-secret are given.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  iamtoken password --username me@example.com --account 0123abcd...    # asks for the password
  iamtoken password --username me@example.com --password @~/.ibm-password -o token")]
pub struct PasswordArgs {
    /// The IBMid user name (usually an e-mail address).
    #[arg(long, value_name = "NAME", value_parser = NonEmptyStringValueParser::new())]
    pub username: String,

    /// The password; asked for on the terminal when omitted.
    #[arg(long, value_name = "PASSWORD", value_parser = Source::parse, allow_hyphen_values = true)]
    pub password: Option<Source>,

    /// The 32-character account ID, for an account-specific token (IBM Cloud APIs need one).
    #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
    pub account: Option<String>,

    #[command(flatten)]
    pub client: ClientArgs,

    #[command(flatten)]
    pub tenant: TenantArg,

    #[command(flatten)]
    pub global: super::Global,
}

/// Get a new token from a refresh token (grant_type=refresh_token).
///
/// The refresh token must come from the same client as the one given here: IAM refuses a
/// refresh with another client. Without --client-id and --client-secret this is the IBM Cloud
/// CLI's client bx/bx, which `iamtoken password` also uses by default. (An apikey token's
/// refresh_token "not_supported" cannot be refreshed; run the apikey grant again instead.)
#[derive(Debug, Args)]
#[command(after_long_help = "\
Example:
  iamtoken password --username me@example.com > answer.json
  jq -r .refresh_token answer.json | iamtoken refresh --refresh-token - -o token")]
pub struct RefreshArgs {
    /// The refresh token.
    #[arg(long, value_name = "TOKEN", required = true, value_parser = Source::parse, allow_hyphen_values = true)]
    pub refresh_token: Option<Source>,

    /// The 32-character account ID, for an account-specific token.
    #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
    pub account: Option<String>,

    #[command(flatten)]
    pub client: ClientArgs,

    #[command(flatten)]
    pub global: super::Global,
}

/// Redeem a delegated refresh token as the client it was made for.
///
/// Sends grant_type=urn:ibm:params:oauth:grant-type:delegated-refresh-token with the client's
/// Authorization: Basic header. The token must have been made for this client (`iamtoken
/// delegated --receiver-client-ids ID`). -o token prints the access token; -o json shows the
/// whole answer, with the id_token where IAM gives one.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Example:
  iamtoken delegated --apikey @key.json --receiver-client-ids my-client -o token > drt
  iamtoken delegated-refresh-token --refresh-token @drt --client-id my-client --client-secret env:MY_CLIENT_SECRET")]
pub struct DelegatedRefreshTokenArgs {
    /// The delegated refresh token.
    #[arg(long, value_name = "TOKEN", required = true, value_parser = Source::parse, allow_hyphen_values = true)]
    pub refresh_token: Option<Source>,

    /// The receiving client's ID (Authorization: Basic).
    #[arg(long, value_name = "ID", required = true, value_parser = NonEmptyStringValueParser::new())]
    pub client_id: String,

    /// The receiving client's secret.
    #[arg(long, value_name = "SECRET", required = true, value_parser = Source::parse, allow_hyphen_values = true)]
    pub client_secret: Option<Source>,

    #[command(flatten)]
    pub global: super::Global,
}

/// On an IBM Cloud VPC virtual server: a token for the server's trusted profile, from the
/// instance metadata service.
///
/// Gets an instance identity token from the metadata service and exchanges it there for an IAM
/// token, for the given trusted profile or the instance's default linked one.
#[derive(Debug, Args)]
#[command(
    group(ArgGroup::new("vpc_profile").args(["profile_id", "profile_crn"])),
    after_long_help = "\
Examples:
  iamtoken vpc -o token
  iamtoken vpc --profile-crn crn:v1:bluemix:public:iam-identity::a/0123...::profile:Profile-4567... -o export"
)]
pub struct VpcArgs {
    /// The trusted profile's ID.
    #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
    pub profile_id: Option<String>,

    /// The trusted profile's CRN.
    #[arg(long, value_name = "CRN", value_parser = NonEmptyStringValueParser::new())]
    pub profile_crn: Option<String>,

    /// The instance metadata service. Plain http is right here: the service is link-local. A
    /// path in the URL is the base the API's paths are appended to (`iamtoken serve`'s URL has
    /// one) [default: http://169.254.169.254] [env: IBMCLOUD_CR_VPC_URL].
    // Never absent once resolved: the settings layer gives the default (`GRANT_DEFAULTS`).
    #[arg(long, value_name = "URL", required = false, value_parser = parse_metadata_url)]
    pub metadata_url: reqwest::Url,

    /// The metadata service API version to speak: 2022-03-01 (the SDKs') or 2025-08-26 (the
    /// IBM Cloud CLI's) [default: 2022-03-01].
    #[arg(long, value_name = "VERSION", required = false)]
    pub metadata_version: MetadataVersion,

    #[command(flatten)]
    pub global: super::Global,
}

/// The versions of the VPC instance metadata token API (docs/iam.md, "VPC instance metadata"),
/// which name their paths differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum MetadataVersion {
    #[value(name = "2022-03-01")]
    V2022,
    #[value(name = "2025-08-26")]
    V2025,
}

impl MetadataVersion {
    pub const ALL: [Self; 2] = [Self::V2022, Self::V2025];

    /// The `version` query parameter.
    pub fn date(self) -> &'static str {
        match self {
            Self::V2022 => "2022-03-01",
            Self::V2025 => "2025-08-26",
        }
    }

    /// The path of the instance identity token (`PUT`).
    pub fn identity_path(self) -> &'static str {
        match self {
            Self::V2022 => "/instance_identity/v1/token",
            Self::V2025 => "/identity/v1/token",
        }
    }

    /// The path of the IAM token (`POST`).
    pub fn token_path(self) -> &'static str {
        match self {
            Self::V2022 => "/instance_identity/v1/iam_token",
            Self::V2025 => "/identity/v1/iam_tokens",
        }
    }
}

#[derive(Debug, Args)]
pub struct ApikeyArg {
    /// The API key [env: IBMCLOUD_API_KEY, IC_API_KEY].
    #[arg(long, value_name = "KEY", value_parser = Source::parse, allow_hyphen_values = true)]
    pub apikey: Option<Source>,
}

#[derive(Debug, Args)]
pub struct TenantArg {
    /// Only issue the token for these comma-separated account or enterprise IDs
    /// (IBM-Cloud-Tenant header).
    #[arg(long, value_name = "IDS", value_parser = NonEmptyStringValueParser::new())]
    pub tenant: Option<String>,
}

/// Selects a trusted profile; the subcommand's group says how many are required.
#[derive(Debug, Args)]
#[allow(clippy::struct_field_names, reason = "field names are the flag names")]
pub struct ProfileArgs {
    /// The trusted profile's ID.
    #[arg(long, value_name = "ID", value_parser = NonEmptyStringValueParser::new())]
    pub profile_id: Option<String>,

    /// The trusted profile's CRN.
    #[arg(long, value_name = "CRN", value_parser = NonEmptyStringValueParser::new())]
    pub profile_crn: Option<String>,

    /// The trusted profile's name.
    #[arg(long, value_name = "NAME", value_parser = NonEmptyStringValueParser::new())]
    pub profile_name: Option<String>,
}

/// An IAM client, sent as an `Authorization: Basic` header.
#[derive(Debug, Args)]
pub struct ClientArgs {
    /// Client ID for the Authorization: Basic header (with --client-secret).
    #[arg(long, value_name = "ID", requires = "client_secret", value_parser = NonEmptyStringValueParser::new())]
    pub client_id: Option<String>,

    /// Client secret for the Authorization: Basic header (with --client-id).
    #[arg(long, value_name = "SECRET", requires = "client_id", value_parser = Source::parse, allow_hyphen_values = true)]
    pub client_secret: Option<Source>,
}

/// A command that prints a token: a grant, or a credential command.
#[derive(Debug, Clone, Copy)]
pub enum TokenCommand<'a> {
    Grant(&'a Grant),
    Credential(&'a Credential),
}

impl TokenCommand<'_> {
    /// The subcommand name, as `cache list` shows it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Grant(grant) => grant.name(),
            Self::Credential(credential) => credential.name(),
        }
    }
}

/// The credential commands: a cluster's credential, made from an IBM Cloud identity by more than
/// one grant. Not grants: not after exec or check, and not a context's grant.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Credential {
    Iks(IksArgs),
    Openshift(OpenshiftArgs),
}

impl Credential {
    /// The subcommand name, as `cache list` shows it.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Iks(_) => "iks",
            Self::Openshift(_) => "openshift",
        }
    }
}

/// The id_token an IBM Cloud Kubernetes Service cluster accepts, for kubectl.
///
/// IKS API servers accept OpenID Connect id_tokens that IAM issues to the client kube, not IAM
/// access tokens. This gets a delegated refresh token for receiver kube from the API key (or a
/// refresh token of the IBM Cloud CLI's client bx), redeems it as the kube client, and prints
/// the answer's id_token: -o exec-credential for kubectl, -o token, or -o json for the whole
/// answer. Cached, so kubectl's repeated calls cost no request. A 403 from a cluster for a new
/// identity usually means its IAM roles are not synced to the cluster yet: run `ibmcloud ks
/// cluster config` once.
#[derive(Debug, Args)]
#[command(
    group(ArgGroup::new("iks_identity").args(["apikey", "refresh_token", "session"])),
    after_long_help = "\
Examples:
  iamtoken iks --apikey @key.json -o exec-credential
  kubectl config set-credentials iks --exec-command=iamtoken \\
    --exec-api-version=client.authentication.k8s.io/v1 \\
    --exec-arg=iks --exec-arg=-o --exec-arg=exec-credential \\
    --exec-env=IBMCLOUD_API_KEY=...
  iamtoken iks --session default -o exec-credential    # an SSO user, after `iamtoken login`

The key is read as apikey reads it: --apikey, else IBMCLOUD_API_KEY, else IC_API_KEY, else a
context's key, else asked for on the terminal.")]
pub struct IksArgs {
    #[command(flatten)]
    pub key: ApikeyArg,

    /// A refresh token of the IBM Cloud CLI's client (bx), instead of an API key.
    #[arg(long, value_name = "TOKEN", value_parser = Source::parse, allow_hyphen_values = true)]
    pub refresh_token: Option<Source>,

    /// A session stored by `iamtoken login`, instead of an API key: its refresh token is
    /// delegated to kube at the session's own IAM.
    #[arg(long, value_name = "NAME", value_parser = parse_session_name)]
    pub session: Option<String>,

    #[command(flatten)]
    pub global: super::ClusterGlobal,
}

/// The OAuth token a Red Hat OpenShift on IBM Cloud cluster accepts, for kubectl and oc.
///
/// OpenShift API servers accept only tokens of the cluster's own OAuth server (sha256~...),
/// which takes an IBM Cloud API key as `oc login -u apikey -p KEY` does. This finds the OAuth
/// server from --server, exchanges the key there and prints the token: -o exec-credential for
/// kubectl, -o token, or -o json. Cached per cluster and key. The cluster's CA, when it is not
/// a public one, comes from --cacert; --insecure never applies to the cluster. Run by kubectl
/// with `provideClusterInfo: true` (kubectl config set-credentials --exec-provide-cluster-info),
/// it takes the server and its CA from the cluster kubectl names (KUBERNETES_EXEC_INFO), so the
/// exec entry needs neither --server nor --cacert.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  iamtoken openshift --server https://c100-e.eu-de.containers.cloud.ibm.com:31234 -o token
  kubectl config set-credentials roks --exec-command=iamtoken \\
    --exec-api-version=client.authentication.k8s.io/v1 \\
    --exec-arg=openshift --exec-arg=--server --exec-arg=https://c100-e.eu-de.containers.cloud.ibm.com:31234 \\
    --exec-arg=-o --exec-arg=exec-credential --exec-env=IBMCLOUD_API_KEY=...
  kubectl config set-credentials roks --exec-command=iamtoken \
    --exec-api-version=client.authentication.k8s.io/v1 --exec-provide-cluster-info=true \
    --exec-arg=openshift --exec-arg=-o --exec-arg=exec-credential --exec-env=IBMCLOUD_API_KEY=...
  iamtoken openshift --session default --server https://c100-e.eu-de.containers.cloud.ibm.com:31234 -o token")]
pub struct OpenshiftArgs {
    /// The cluster's API server (its public or private service endpoint URL) [default: the
    /// server in KUBERNETES_EXEC_INFO, which kubectl sets with provideClusterInfo].
    #[arg(long, value_name = "URL", value_parser = parse_server_url)]
    pub server: Option<reqwest::Url>,

    #[command(flatten)]
    pub key: ApikeyArg,

    /// A session stored by `iamtoken login`, instead of an API key: a one-time passcode
    /// minted from it logs in at the cluster's OAuth server (as `oc login -u passcode`).
    #[arg(long, value_name = "NAME", value_parser = parse_session_name, conflicts_with = "apikey")]
    pub session: Option<String>,

    #[command(flatten)]
    pub global: super::ClusterGlobal,
}

/// `--server`: https only (the API key goes to the cluster's OAuth server), and no credentials.
pub(crate) fn parse_server_url(raw: &str) -> Result<reqwest::Url, String> {
    let url = parse_http_url(raw)?;
    if url.scheme() != "https" {
        return Err("the cluster's URL must be https:// (the API key is sent to it)".into());
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("the URL must not contain credentials".into());
    }
    Ok(url)
}

/// Get a token from a session stored by `iamtoken login` (an SSO user's way in).
///
/// The session's refresh token is used, and the new one IAM returns is stored in its place,
/// under a lock that other iamtoken processes respect. Outputs never include the refresh token,
/// except that `exec session` hands its command one (for tools that refresh by themselves, such
/// as the IBM Terraform provider).
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  iamtoken login                                   # once: SSO with a one-time passcode
  iamtoken session -o token
  eval \"$(iamtoken session -o export)\"
  iamtoken session --account 0123abcd... -o header # another account of the same user
  iamtoken exec session -- terraform apply")]
pub struct SessionArgs {
    /// The stored session to use [default: default].
    #[arg(long = "name", value_name = "NAME", value_parser = parse_session_name)]
    pub session: Option<String>,

    /// A token for this account instead of the session's own (the stored session is
    /// unchanged): its ID, or its name as `iamtoken accounts` lists it.
    #[arg(long, value_name = "ID|NAME", value_parser = NonEmptyStringValueParser::new())]
    pub account: Option<String>,

    #[command(flatten)]
    pub global: super::Global,
}

/// Get the token of the IBM Cloud CLI's current login (`ibmcloud iam oauth-tokens`).
///
/// Runs `ibmcloud iam oauth-tokens --output json` and prints its IAM token. The CLI's own
/// session is never refreshed or changed by iamtoken; log in with `ibmcloud login` first.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  ibmcloud login --sso && iamtoken ibmcloud -o token
  iamtoken exec ibmcloud -- ./deploy.sh")]
pub struct IbmcloudArgs {
    #[command(flatten)]
    pub global: super::Global,
}

/// The session names `login`, `session` and `logout` take: what is safe as a file name
/// everywhere (letters, digits, `.`, `_` and `-`, not starting with `.`), up to 64 characters.
pub fn parse_session_name(raw: &str) -> Result<String, String> {
    let ok = !raw.is_empty()
        && raw.len() <= 64
        && !raw.starts_with('.')
        && raw
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok {
        Ok(raw.to_owned())
    } else {
        Err("use letters, digits, '.', '_' and '-' (up to 64, not starting with '.')".into())
    }
}
