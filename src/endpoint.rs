//! The IAM token endpoint URL: normalising what the user gave, refusing what would send a
//! secret in clear text, and the named endpoints (public, test, private, private per region).

use std::net::IpAddr;

use reqwest::Url;

const TOKEN_PATH: &str = "/identity/token";

pub const PUBLIC: &str = "https://iam.cloud.ibm.com";
/// iam-contract.md §7.10: staging, paired with *.test.cloud.ibm.com services.
pub const TEST: &str = "https://iam.test.cloud.ibm.com";
/// §7.10: VPC infrastructure through a VPE gateway.
pub const PRIVATE: &str = "https://private.iam.cloud.ibm.com";
/// §7.10: the regions with a classic private endpoint `private.<region>.iam.cloud.ibm.com`.
pub const PRIVATE_REGIONS: [&str; 11] = [
    "au-syd", "br-sao", "ca-mon", "ca-tor", "eu-de", "eu-es", "eu-gb", "jp-osa", "jp-tok",
    "us-east", "us-south",
];

/// The token endpoint URL, normalised and checked to be safe to send secrets to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint(Url);

impl Endpoint {
    /// clap value parser for `--iam-url`: accepts the base URL or one ending in
    /// `/identity/token`, as the SDKs do (iam-contract.md §1, URL canonicalisation).
    pub fn parse(raw: &str) -> Result<Self, String> {
        let mut url = Url::parse(raw.trim()).map_err(|e| format!("not a URL: {e}"))?;
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
        let base = url.path().trim_end_matches('/');
        let base = base.strip_suffix(TOKEN_PATH).unwrap_or(base).to_owned();
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

    /// `{iam}/identity/keys`: IAM's JWKS.
    pub fn keys_url(&self) -> Url {
        let mut url = self.0.clone();
        let base = url.path().trim_end_matches("/token").to_owned();
        url.set_path(&format!("{base}/keys"));
        url
    }

    /// The issuer IAM writes into its tokens: `{iam}/identity` (iam-contract.md §5).
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

    /// A production IAM host, where certificate checks may never be turned off.
    pub fn is_production(&self) -> bool {
        let host = self.0.host_str().unwrap_or_default().to_ascii_lowercase();
        let ibm = host == "cloud.ibm.com" || host.ends_with(".cloud.ibm.com");
        let test = host == "test.cloud.ibm.com" || host.ends_with(".test.cloud.ibm.com");
        ibm && !test
    }
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
