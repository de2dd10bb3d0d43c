//! `openshift`: the token a Red Hat OpenShift on IBM Cloud cluster's own OAuth server issues for
//! an IBM Cloud API key (docs/iam.md, "OpenShift"), as `oc login -u apikey` gets it.

use anyhow::Result;
use reqwest::Url;

use super::apikey;
use crate::cli::OpenshiftArgs;
use crate::secret::{Reader, Secret};

/// A cluster and the API key to exchange at its OAuth server.
#[derive(Clone, Debug)]
pub struct OpenshiftRequest {
    pub server: Url,
    pub apikey: Secret,
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
        let host = self.server.host_str().unwrap_or_default();
        match self.server.port() {
            Some(port) => format!("{host}:{port}"),
            None => host.to_owned(),
        }
    }
}

pub fn request(args: &OpenshiftArgs, secrets: &mut Reader) -> Result<OpenshiftRequest> {
    Ok(OpenshiftRequest {
        server: args.server.clone(),
        apikey: apikey::read_key(args.key.apikey.as_ref(), secrets)?,
    })
}
