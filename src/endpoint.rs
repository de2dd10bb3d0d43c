//! IAM endpoints, as URL logic (no HTTP): normalising what the user gave, refusing what would
//! send a secret in clear text, the named endpoints (public, test, private, private per
//! region), choosing one among --iam-url, --private/--region and --test-env by where each came
//! from, and the production rule for --insecure. A run and `config list`'s preview both get
//! their endpoint from `resolve`, so they cannot disagree.

use std::net::IpAddr;

use reqwest::Url;

use crate::error::{Failure, usage};
use crate::origin::{Origin, Sourced};

const TOKEN_PATH: &str = "/identity/token";

pub const PUBLIC: &str = "https://iam.cloud.ibm.com";
/// docs/iam.md, "Endpoints": staging, paired with *.test.cloud.ibm.com services.
pub const TEST: &str = "https://iam.test.cloud.ibm.com";
/// VPC infrastructure through a VPE gateway.
pub const PRIVATE: &str = "https://private.iam.cloud.ibm.com";
/// The regions with a classic private endpoint `private.<region>.iam.cloud.ibm.com`.
pub const PRIVATE_REGIONS: [&str; 11] = [
    "au-syd", "br-sao", "ca-mon", "ca-tor", "eu-de", "eu-es", "eu-gb", "jp-osa", "jp-tok",
    "us-east", "us-south",
];

/// Whether `raw` is safe to show as the host a user meant: `localhost`, or at least two
/// labels of 1 to 63 letters, digits or `-` (an API key is one long label, or holds `_`, `@`,
/// `:` or `/`, and is never shown).
fn looks_like_a_host(raw: &str) -> bool {
    let label = |l: &str| {
        (1..=63).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    raw == "localhost" || raw.contains('.') && raw.split('.').all(label)
}

/// The token endpoint URL, normalised and checked to be safe to send secrets to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint(Url);

impl Endpoint {
    /// clap value parser for `--iam-url`: accepts the base URL or one ending in
    /// `/identity/token`, as the SDKs do (docs/iam.md, "The token endpoint", URL canonicalisation).
    pub fn parse(raw: &str) -> Result<Self, String> {
        let raw = raw.trim();
        // `iam.example.com`: say what was meant, but never echo what may be a pasted key (nor
        // the part of one before a `:`, which a URL parser would take for a scheme).
        if !raw.contains("://") {
            let host = if looks_like_a_host(raw) { raw } else { "HOST" };
            return Err(format!(
                "not a URL: it has no scheme; did you mean https://{host}?"
            ));
        }
        let mut url = Url::parse(raw).map_err(|e| format!("not a URL: {e}"))?;
        if !url.username().is_empty() || url.password().is_some() {
            return Err("the URL must not contain credentials".into());
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err("the URL must not have a query or fragment".into());
        }
        let host = url.host_str().unwrap_or_default();
        match url.scheme() {
            "https" => {}
            "http" if is_loopback(host) => {}
            "http" => {
                return Err(format!(
                    "refusing plain http:// to {host}: secrets would cross the network \
                     unencrypted; use https:// (http is allowed only for loopback hosts)"
                ));
            }
            other => return Err(format!("unsupported scheme {other}://; use https://")),
        }
        // The base, the token URL, or IAM's issuer `{base}/identity` (users paste it from a
        // token's `iss`) all name the same endpoint.
        let base = url.path().trim_end_matches('/');
        let base = base.strip_suffix(TOKEN_PATH).unwrap_or(base);
        let base = base.strip_suffix("/identity").unwrap_or(base).to_owned();
        url.set_path(&format!("{base}{TOKEN_PATH}"));
        Ok(Self(url))
    }

    /// `--private [--region R]`: never a silent fall back to the public endpoint.
    pub fn private(region: Option<&str>) -> Result<Self, String> {
        match region {
            None => Ok(Self::known(PRIVATE)),
            Some(r) if PRIVATE_REGIONS.contains(&r) => Ok(Self::known(&format!(
                "https://private.{r}.iam.cloud.ibm.com"
            ))),
            Some(r) => Err(format!(
                "no private IAM endpoint for region '{r}'; valid regions: {}",
                PRIVATE_REGIONS.join(", ")
            )),
        }
    }

    /// One of the constants above, which parse by construction.
    pub fn known(base: &str) -> Self {
        Self::parse(base).unwrap_or_else(|e| unreachable!("{base}: {e}"))
    }

    pub fn url(&self) -> &Url {
        &self.0
    }

    /// The URL without `/identity/token`, as users give it.
    pub fn base(&self) -> &str {
        self.0.as_str().trim_end_matches(TOKEN_PATH)
    }

    /// `{iam}/identity/keys`: IAM's JWKS.
    pub fn keys_url(&self) -> Url {
        self.identity_url("keys")
    }

    /// `{iam}/identity/{rest}`, beside the token endpoint.
    fn identity_url(&self, rest: &str) -> Url {
        let mut url = self.0.clone();
        let base = url.path().trim_end_matches("/token").to_owned();
        url.set_path(&format!("{base}/{rest}"));
        url
    }

    /// `{iam}/identity/.well-known/openid-configuration`: IAM's discovery document, which
    /// names the passcode page (docs/iam.md, "Sessions").
    pub fn discovery_url(&self) -> Url {
        self.identity_url(".well-known/openid-configuration")
    }

    /// `{iam}/identity/passcode`: the page that issues one-time passcodes, when the discovery
    /// document does not name one.
    pub fn passcode_url(&self) -> Url {
        self.identity_url("passcode")
    }

    /// `{iam}/v1/apikeys/details`: an API key's details, by the key itself (IAM Identity
    /// Services; docs/iam.md, "API key details").
    pub fn apikey_details_url(&self) -> Url {
        let mut url = self.0.clone();
        let base = url.path().trim_end_matches(TOKEN_PATH).to_owned();
        url.set_path(&format!("{base}/v1/apikeys/details"));
        url
    }

    /// The issuer IAM writes into its tokens: `{iam}/identity` (docs/iam.md, "Access tokens").
    pub fn issuer(&self) -> String {
        self.0.as_str().trim_end_matches("/token").to_owned()
    }

    /// `host:port` for messages.
    pub fn host(&self) -> String {
        let host = self.0.host_str().unwrap_or_default();
        match self.0.port() {
            Some(port) => format!("{host}:{port}"),
            None => host.to_owned(),
        }
    }

    /// A production IAM host, where certificate checks may never be turned off. Decided on the
    /// normalised host: the URL parser has already lower-cased and percent-decoded it, and a
    /// trailing dot (a fully qualified name) names the same host.
    pub fn is_production(&self) -> bool {
        let host = self.0.host_str().unwrap_or_default().to_ascii_lowercase();
        let host = host.trim_end_matches('.');
        let ibm = host == "cloud.ibm.com" || host.ends_with(".cloud.ibm.com");
        let test = host == "test.cloud.ibm.com" || host.ends_with(".test.cloud.ibm.com");
        ibm && !test
    }
}

/// What a run's settings say about the endpoint: each of the options that select one, with
/// where its value came from (`None`: not set at all).
#[derive(Debug, Default)]
pub struct Choice {
    pub iam_url: Option<Sourced<Endpoint>>,
    /// `--private` when true.
    pub private: Option<Origin>,
    pub region: Option<Sourced<String>>,
    /// `--test-env` when true.
    pub test_env: Option<Origin>,
    /// `--insecure` when true.
    pub insecure: Option<Origin>,
}

impl Choice {
    /// Whether any option that selects an endpoint is set (`--insecure` selects none).
    pub fn chooses(&self) -> bool {
        self.iam_url.is_some()
            || self.private.is_some()
            || self.region.is_some()
            || self.test_env.is_some()
    }

    /// The option that chose the endpoint, and where its value came from: the one with the
    /// strongest origin (`None` when the default stands).
    pub fn chosen_by(&self) -> Option<(&'static str, &Origin)> {
        [
            ("--iam-url", self.iam_url.as_ref().map(|u| &u.origin)),
            ("--region", self.region.as_ref().map(|r| &r.origin)),
            ("--private", self.private.as_ref()),
            ("--test-env", self.test_env.as_ref()),
        ]
        .into_iter()
        .filter_map(|(name, origin)| Some((name, origin?)))
        .max_by_key(|(_, origin)| origin.rank())
    }
}

/// The endpoint from whichever of --iam-url, --private/--region and --test-env has the
/// strongest origin (two at the same level are a conflict), refused when --insecure is set and
/// it is a production endpoint.
pub fn resolve(choice: &Choice) -> Result<Endpoint, Failure> {
    let rank = |origin: Option<&Origin>| origin.map_or(0, Origin::rank);
    // `--region` alone implies `--private`, at the level it came from.
    let (private_name, private) = match (&choice.private, &choice.region) {
        (Some(private), Some(region)) if region.origin.rank() > private.rank() => {
            ("--region", Some(&region.origin))
        }
        (Some(private), _) => ("--private", Some(private)),
        (None, Some(region)) => ("--region", Some(&region.origin)),
        (None, None) => ("--private", None),
    };
    let candidates = [
        (
            "--iam-url",
            rank(choice.iam_url.as_ref().map(|u| &u.origin)),
        ),
        (private_name, rank(private)),
        ("--test-env", rank(choice.test_env.as_ref())),
    ];
    let best = candidates.iter().map(|c| c.1).max().unwrap_or(0);
    let chosen: Vec<&str> = candidates
        .iter()
        .filter(|c| c.1 == best && best > 0)
        .map(|c| c.0)
        .collect();
    if chosen.len() > 1 {
        return Err(usage(format!(
            "{} select different IAM endpoints; use one",
            chosen.join(" and ")
        )));
    }
    let region = choice.region.as_ref().map(|r| r.value.as_str());
    let endpoint = match (chosen.first(), &choice.iam_url) {
        (Some(&"--iam-url"), Some(url)) => url.value.clone(),
        (Some(&("--private" | "--region")), _) => Endpoint::private(region).map_err(usage)?,
        (Some(&"--test-env"), _) => Endpoint::known(TEST),
        _ => Endpoint::known(PUBLIC),
    };
    if choice.insecure.is_some() && endpoint.is_production() {
        return Err(usage(format!(
            "--insecure is refused for the production IAM endpoint {}",
            endpoint.host()
        ))
        .hint("pass the CA that signs IAM's certificate with --cacert instead"));
    }
    Ok(endpoint)
}

fn is_loopback(host: &str) -> bool {
    let ip = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost") || ip.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_forms() {
        let url = |raw| Endpoint::parse(raw).map(|e| e.url().to_string());
        let token = "https://iam.cloud.ibm.com/identity/token";
        assert_eq!(url("https://iam.cloud.ibm.com").unwrap(), token);
        assert_eq!(url("https://iam.cloud.ibm.com/").unwrap(), token);
        assert_eq!(url(token).unwrap(), token);
        assert_eq!(
            url("https://iam.cloud.ibm.com/identity/token/").unwrap(),
            token
        );
        assert_eq!(
            url("https://h/prefix").unwrap(),
            "https://h/prefix/identity/token"
        );
        assert_eq!(url("https://iam.cloud.ibm.com/identity").unwrap(), token);
        assert_eq!(url("https://iam.cloud.ibm.com/identity/").unwrap(), token);
        assert_eq!(
            url("iam.example.com").unwrap_err(),
            "not a URL: it has no scheme; did you mean https://iam.example.com?"
        );
        // What may be a pasted secret is never echoed: one label (an API key), or `_`, `@`,
        // `:`, `/` anywhere.
        for secret in [
            "u:p@iam.example.com",
            "SENTINELabcdefghijklmnopqrstuvwxyz0123456789ABCDEF",
            "SENTINEL_key-with_underscores",
            "SENTINEL.a_b",
            "SENTINEL.x/y",
            "SENTINEL..x",
            "SENTINEL:x",
        ] {
            assert_eq!(
                url(secret).unwrap_err(),
                "not a URL: it has no scheme; did you mean https://HOST?",
                "{secret}"
            );
        }
        assert_eq!(
            url("localhost").unwrap_err(),
            "not a URL: it has no scheme; did you mean https://localhost?"
        );
        assert_eq!(
            url("http://127.0.0.1:8080").unwrap(),
            "http://127.0.0.1:8080/identity/token"
        );
        assert!(url("http://[::1]:1/").is_ok());
        assert!(url("http://localhost:1/").is_ok());
        for bad in [
            "http://iam.cloud.ibm.com",
            "http://10.0.0.1",
            "ftp://iam.cloud.ibm.com",
            "iam.cloud.ibm.com",
            "https://u:p@iam.cloud.ibm.com",
            "https://iam.cloud.ibm.com?x=1",
        ] {
            assert!(url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn keys_and_issuer() {
        let e = Endpoint::known(PUBLIC);
        assert_eq!(
            e.apikey_details_url().as_str(),
            "https://iam.cloud.ibm.com/v1/apikeys/details"
        );
        assert_eq!(
            e.keys_url().as_str(),
            "https://iam.cloud.ibm.com/identity/keys"
        );
        assert_eq!(e.issuer(), "https://iam.cloud.ibm.com/identity");
    }

    #[test]
    fn private_endpoints() {
        let host = |r| Endpoint::private(r).map(|e| e.host());
        assert_eq!(host(None).unwrap(), "private.iam.cloud.ibm.com");
        assert_eq!(
            host(Some("eu-de")).unwrap(),
            "private.eu-de.iam.cloud.ibm.com"
        );
        let err = host(Some("mars-1")).unwrap_err();
        assert!(
            err.contains("'mars-1'") && err.contains("us-south"),
            "{err}"
        );
    }

    fn choice(iam_url: Option<(&str, Origin)>, private: Option<Origin>) -> Choice {
        Choice {
            iam_url: iam_url.map(|(u, o)| Sourced::new(Endpoint::parse(u).unwrap(), o)),
            private,
            ..Choice::default()
        }
    }

    #[test]
    fn the_strongest_origin_chooses() {
        let file = || Origin::File("c.toml:3".into());
        let url = Some(("https://iam.example.com", Origin::Flag));
        let host = |c: &Choice| resolve(c).map(|e| e.host());
        assert_eq!(
            host(&choice(url.clone(), Some(file()))).unwrap(),
            "iam.example.com"
        );
        let env = Some(("https://iam.example.com", Origin::Env("X".into())));
        assert_eq!(
            host(&choice(env, Some(Origin::Flag))).unwrap(),
            "private.iam.cloud.ibm.com"
        );
        let err = resolve(&choice(url, Some(Origin::Flag))).unwrap_err();
        assert_eq!(
            err.to_string(),
            "--iam-url and --private select different IAM endpoints; use one"
        );
        assert_eq!(host(&Choice::default()).unwrap(), "iam.cloud.ibm.com");
        let region = Choice {
            region: Some(Sourced::new("mars-1".into(), file())),
            private: Some(file()),
            ..Choice::default()
        };
        assert!(
            resolve(&region)
                .unwrap_err()
                .to_string()
                .contains("'mars-1'")
        );
    }

    #[test]
    fn insecure_is_refused_for_production_however_spelt() {
        for url in [
            "https://iam.cloud.ibm.com",
            "https://IAM.Cloud.IBM.com.",
            "https://iam%2Ecloud.ibm.com",
            "https://private.us-south.iam.cloud.ibm.com:443/",
        ] {
            let mut c = choice(Some((url, Origin::Flag)), None);
            c.insecure = Some(Origin::Flag);
            assert!(resolve(&c).is_err(), "{url}");
        }
        let mut c = choice(Some(("https://iam.test.cloud.ibm.com", Origin::Flag)), None);
        c.insecure = Some(Origin::Flag);
        assert!(resolve(&c).is_ok());
        let c = Choice {
            insecure: Some(Origin::File("c.toml:2".into())),
            ..Choice::default()
        };
        assert!(resolve(&c).is_err(), "the default endpoint is production");
    }

    #[test]
    fn production_hosts() {
        assert!(Endpoint::known(PUBLIC).is_production());
        assert!(Endpoint::known(PRIVATE).is_production());
        assert!(Endpoint::private(Some("us-east")).unwrap().is_production());
        assert!(!Endpoint::known(TEST).is_production());
        assert!(
            !Endpoint::parse("http://127.0.0.1:1")
                .unwrap()
                .is_production()
        );
        assert!(
            !Endpoint::parse("https://iam.example.com")
                .unwrap()
                .is_production()
        );
    }
}
