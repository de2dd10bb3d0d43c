//! The HTTP client: rustls with the ring provider and the trusted roots, the route to the server
//! (through the proxies, direct for the link-local metadata service, or pinned to loopback
//! addresses for plain http), no redirects, and the User-Agent.

use std::net::{SocketAddr, ToSocketAddrs as _};

use anyhow::Result;
use reqwest::blocking::Client;
use reqwest::{NoProxy, Proxy};

use super::{Options, trust};
use crate::endpoint::Endpoint;
use crate::error::{Exit, Failure, usage};

pub(super) fn client(opts: &Options, endpoint: &Endpoint) -> Result<Client> {
    if let Some(client) = opts.built.get() {
        return Ok(client.clone());
    }
    let route = if endpoint.url().scheme() == "http" {
        Route::Loopback {
            host: endpoint.url().host_str().unwrap_or_default().to_owned(),
            addrs: loopback_addresses(endpoint, opts)?,
        }
    } else {
        Route::Proxied
    };
    let client = client_for(opts, &route)?;
    Ok(opts.built.get_or_init(|| client).clone())
}

/// How requests reach the server.
pub(super) enum Route {
    /// Through the proxies of `--proxy` or the environment (`NO_PROXY` applies).
    Proxied,
    /// Never through a proxy: a link-local service that no proxy can reach (the metadata
    /// service, plain http by design).
    Direct,
    /// Plain http to this machine: never through a proxy, and only to these addresses, resolved
    /// once, so that nothing can change between the loopback check and the connection.
    Loopback {
        host: String,
        addrs: Vec<SocketAddr>,
    },
}

/// A plain-http IAM URL is allowed only on this machine: every address its host resolves to
/// must be a loopback address, and no proxy may carry it (the form holds a secret in clear).
pub(super) fn loopback_addresses(endpoint: &Endpoint, opts: &Options) -> Result<Vec<SocketAddr>> {
    if opts.proxy.is_some() {
        return Err(usage(format!(
            "--proxy cannot carry plain http to {}: the secret would cross the network unencrypted",
            endpoint.host()
        ))
        .hint("plain http is for a local IAM stand-in; use an https:// IAM URL through a proxy")
        .into());
    }
    let url = endpoint.url();
    let host = url.host_str().unwrap_or_default();
    let port = url.port_or_known_default().unwrap_or(80);
    let addrs: Vec<SocketAddr> = (host.trim_start_matches('[').trim_end_matches(']'), port)
        .to_socket_addrs()
        .map_err(|e| Failure::new(Exit::Unavailable, format!("cannot resolve {host}: {e}")))?
        .collect();
    if let Some(far) = addrs.iter().find(|a| !a.ip().is_loopback()) {
        return Err(usage(format!(
            "{host} resolves to {}, which is not a loopback address: plain http is allowed only \
             to this machine",
            far.ip()
        ))
        .into());
    }
    if addrs.is_empty() {
        return Err(
            Failure::new(Exit::Unavailable, format!("{host} resolves to no address")).into(),
        );
    }
    Ok(addrs)
}

/// The client for a Kubernetes cluster's own servers: proxied as IAM is, with `--cacert`'s
/// roots and the cluster's own CA (`ca`, PEM, from kubectl), but never `--insecure` (which is
/// for IAM stand-ins; the API key must not go to an unverified cluster).
pub(super) fn cluster_client(opts: &Options, ca: Option<&[u8]>) -> Result<Client> {
    build(opts, &Route::Proxied, false, ca)
}

/// The HTTP client, reaching servers by `route`.
pub(super) fn client_for(opts: &Options, route: &Route) -> Result<Client> {
    build(opts, route, opts.insecure, None)
}

fn build(opts: &Options, route: &Route, insecure: bool, ca: Option<&[u8]>) -> Result<Client> {
    // docs/performance.md: ring instead of aws-lc-rs saves ~60 ms of CPU per process. Installing
    // fails only if a provider is already installed, which is fine.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut builder = Client::builder()
        .timeout(opts.timeout)
        .user_agent(user_agent())
        // A redirect would resend the form (the secret) to wherever it points.
        .redirect(reqwest::redirect::Policy::none());
    if let Route::Loopback { host, addrs } = route {
        // A name (localhost) is pinned to the addresses checked; an IP literal is one already.
        builder = builder.no_proxy().resolve_to_addrs(host, addrs);
    }
    if matches!(route, Route::Direct) {
        builder = builder.no_proxy();
    } else if let (Route::Proxied, Some(proxy)) = (route, &opts.proxy) {
        // Replaces HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies. TLS options below are
        // independent of proxies, so changing them never drops a proxy (docs/iam.md, "Proxies and TLS options").
        let proxy = Proxy::all(proxy.clone())
            .map_err(|e| usage(format!("--proxy: {e}")))?
            .no_proxy(NoProxy::from_env());
        builder = builder.proxy(proxy);
    }
    if insecure {
        builder = builder.tls_danger_accept_invalid_certs(true);
    } else if opts.cacert.is_some() || ca.is_some() {
        let mut pem = match &opts.cacert {
            Some(path) => crate::small_file::read(path)
                .map_err(|e| usage(format!("cannot read --cacert {}: {e}", path.display())))?,
            None => Vec::new(),
        };
        let from = match (&opts.cacert, ca) {
            (Some(path), None) => format!("--cacert {}", path.display()),
            (None, _) => "the cluster's CA from kubectl".to_owned(),
            (Some(path), Some(_)) => format!(
                "--cacert {} or the cluster's CA from kubectl",
                path.display()
            ),
        };
        if let Some(ca) = ca {
            pem.push(b'\n');
            pem.extend_from_slice(ca);
        }
        let config = trust::with_extra_roots(&pem).map_err(|e| usage(format!("{from}: {e}")))?;
        builder = builder.tls_backend_preconfigured(config);
    }
    builder
        .build()
        .map_err(|e| Failure::new(Exit::Internal, format!("cannot set up HTTPS: {e}")).into())
}

/// `iamtoken/<version> (<os>; <arch>)`.
pub fn user_agent() -> String {
    format!(
        "iamtoken/{} ({}; {})",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
        std::env::consts::ARCH
    )
}
