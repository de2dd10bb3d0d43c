//! `openshift`: the token a Red Hat OpenShift on IBM Cloud cluster's own OAuth server issues for
//! an IBM Cloud API key (docs/iam.md, "OpenShift"), as `oc login -u apikey` gets it.

use anyhow::Result;
use base64::Engine as _;
use reqwest::Url;
use serde_json::Value;

use super::apikey;
use crate::cli::{OpenshiftArgs, parse_server_url};
use crate::error::usage;
use crate::secret::{Reader, Secret};

/// What kubectl passes an exec credential plugin whose entry has `provideClusterInfo: true`:
/// an ExecCredential whose `spec.cluster` names the cluster (client-go's exec plugin protocol).
const EXEC_INFO: &str = "KUBERNETES_EXEC_INFO";

/// A cluster and the API key to exchange at its OAuth server.
#[derive(Clone, Debug)]
pub struct OpenshiftRequest {
    pub server: Url,
    pub apikey: Secret,
    /// The cluster's CA certificates (PEM), as kubectl gave them, trusted beside --cacert's.
    pub ca: Option<Vec<u8>>,
}

impl OpenshiftRequest {
    /// What identifies the exchange to the cache: the cluster and the key.
    pub fn identity(&self) -> [&str; 4] {
        [
            "openshift",
            self.server.as_str(),
            "apikey",
            self.apikey.expose(),
        ]
    }

    /// The cluster's host, with its port unless it is 443, as `cache list` shows it: one host
    /// often serves several clusters' API servers, each on a port of its own.
    pub fn host(&self) -> String {
        host_of(&self.server)
    }
}

/// A cluster's host, with its port unless it is 443, as `cache list` shows it.
pub fn host_of(server: &Url) -> String {
    let host = server.host_str().unwrap_or_default();
    match server.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    }
}

pub fn request(args: &OpenshiftArgs, secrets: &mut Reader) -> Result<OpenshiftRequest> {
    let (server, ca) = cluster(args)?;
    Ok(OpenshiftRequest {
        server,
        apikey: apikey::read_key(args.key.apikey.as_ref(), secrets)?,
        ca,
    })
}

/// The cluster `openshift` logs in to: `--server`, or the one kubectl names, with the CA
/// certificates kubectl gave for it.
pub fn cluster(args: &OpenshiftArgs) -> Result<(Url, Option<Vec<u8>>)> {
    let info = std::env::var(EXEC_INFO).ok().filter(|v| !v.is_empty());
    let cluster = info.as_deref().map(kubectl_cluster).transpose()?.flatten();
    // kubectl's cluster counts when it is the one asked for, or when none is.
    let (server, ca) = match (&args.server, cluster) {
        (Some(server), Some((named, ca))) if *server == named => (server.clone(), ca),
        (Some(server), _) => (server.clone(), None),
        (None, Some((named, ca))) => (named, ca),
        (None, None) => {
            return Err(usage("openshift needs the cluster's --server URL")
                .hint("or run it from kubectl with provideClusterInfo: true in the exec entry (kubectl config set-credentials --exec-provide-cluster-info=true)")
                .into());
        }
    };
    Ok((server, ca))
}

/// The cluster in kubectl's `KUBERNETES_EXEC_INFO` (`info`): its server, and its CA when
/// given (`certificate-authority-data`, base64 PEM). `None` when it names no cluster.
pub(crate) fn kubectl_cluster(info: &str) -> Result<Option<(Url, Option<Vec<u8>>)>> {
    let bad = |what: &str| usage(format!("{EXEC_INFO} from kubectl: {what}"));
    let info: Value = serde_json::from_str(info).map_err(|_| bad("not JSON"))?;
    let Some(cluster) = info.pointer("/spec/cluster").filter(|c| !c.is_null()) else {
        return Ok(None);
    };
    let server = cluster
        .get("server")
        .and_then(Value::as_str)
        .ok_or_else(|| bad("the cluster has no server"))?;
    let server =
        parse_server_url(server).map_err(|e| bad(&format!("the cluster's server: {e}")))?;
    let ca = match cluster
        .get("certificate-authority-data")
        .and_then(Value::as_str)
    {
        Some(data) if !data.is_empty() => Some(
            base64::engine::general_purpose::STANDARD
                .decode(data)
                .map_err(|_| bad("certificate-authority-data is not base64"))?,
        ),
        _ => None,
    };
    Ok(Some((server, ca)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kubectls_cluster_info_is_read() {
        let info = |cluster: &str| {
            format!(
                r#"{{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","spec":{{"interactive":false{cluster}}}}}"#
            )
        };
        let (server, ca) = kubectl_cluster(&info(
            r#","cluster":{"server":"https://c1.example.com:31234","certificate-authority-data":"UEVN"}"#,
        ))
        .unwrap()
        .unwrap();
        assert_eq!(server.as_str(), "https://c1.example.com:31234/");
        assert_eq!(ca.as_deref(), Some(&b"PEM"[..]));
        let (_, ca) = kubectl_cluster(&info(r#","cluster":{"server":"https://c1.example.com"}"#))
            .unwrap()
            .unwrap();
        assert_eq!(ca, None);
        assert!(kubectl_cluster(&info("")).unwrap().is_none());
        for bad in [
            info(r#","cluster":{"server":"http://c1.example.com"}"#),
            info(r#","cluster":{}"#),
            info(r#","cluster":{"server":"https://c1","certificate-authority-data":"%%"}"#),
            "not json".to_owned(),
        ] {
            assert!(kubectl_cluster(&bad).is_err(), "{bad}");
        }
    }
}
