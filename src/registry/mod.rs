//! IBM Cloud Container Registry for container clients: the hosts iamtoken serves registry
//! credentials for, how a client's server URL names one, and the context each is served with.
//! The credential helper protocol is `helper`; `iamtoken registry setup` is `setup`.

pub mod helper;
pub mod setup;
#[cfg(unix)]
mod theirs;

use std::time::Duration;

use crate::config::Registry;

/// IBM Cloud Container Registry's domains (docs/registry.md): the global registry and one per
/// region. Each also has a `private.` name, for access over IBM's private network.
pub const ICR_HOSTS: [&str; 12] = [
    "icr.io",
    "au.icr.io",
    "br.icr.io",
    "ca.icr.io",
    "ca2.icr.io",
    "de.icr.io",
    "es.icr.io",
    "fr2.icr.io",
    "jp.icr.io",
    "jp2.icr.io",
    "uk.icr.io",
    "us.icr.io",
];

/// The username ICR pairs with an IAM access token of any identity.
pub const DEFAULT_USERNAME: &str = "iambearer";

/// What a served token must have left without `[registry] min_ttl`: a push or a build can run
/// for many minutes with one token.
pub const DEFAULT_MIN_TTL: Duration = Duration::from_mins(30);

/// The host a client's server URL names, as hosts are matched: lower case, without a leading
/// `https://` or `http://`, a path or the default port (`https://US.icr.io:443/v2/` is
/// `us.icr.io`). Only a leading scheme goes: `evil.com/x://us.icr.io` names evil.com.
pub fn host_of(server: &str) -> String {
    let lower = server.trim().to_ascii_lowercase();
    let rest = ["https://", "http://"]
        .iter()
        .find_map(|scheme| lower.strip_prefix(scheme))
        .unwrap_or(lower.as_str());
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.strip_suffix(":443").unwrap_or(host);
    host.trim_end_matches('.').to_owned()
}

/// Every host served, each once: IBM's registries and their private names, then the
/// config's `hosts` and the hosts it gives a context of their own.
pub fn served(config: &Registry) -> Vec<String> {
    let ibm = ICR_HOSTS
        .iter()
        .flat_map(|h| [(*h).to_owned(), format!("private.{h}")]);
    let configured = config
        .hosts
        .iter()
        .chain(config.host_contexts.iter().map(|(host, _)| host))
        .map(|h| host_of(h));
    let mut hosts: Vec<String> = Vec::new();
    for host in ibm.chain(configured) {
        if !host.is_empty() && !hosts.contains(&host) {
            hosts.push(host);
        }
    }
    hosts
}

/// The context the config names for `host` (already `host_of`): its own, else `[registry]`'s.
pub fn context_for<'a>(config: &'a Registry, host: &str) -> Option<&'a str> {
    config
        .host_contexts
        .iter()
        .find(|(h, _)| host_of(h) == host)
        .map(|(_, context)| context.as_str())
        .or(config.context.as_deref())
}

/// The username served with each host.
pub fn username(config: &Registry) -> &str {
    config.username.as_deref().unwrap_or(DEFAULT_USERNAME)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_urls_name_hosts_as_clients_send_them() {
        for server in [
            "us.icr.io",
            "US.ICR.IO",
            "https://us.icr.io",
            "https://us.icr.io/",
            "https://us.icr.io/v2/",
            "us.icr.io:443",
            "http://us.icr.io:443/v1/",
            " us.icr.io\n",
        ] {
            assert_eq!(host_of(server), "us.icr.io", "{server:?}");
        }
        assert_eq!(host_of("localhost:5000"), "localhost:5000");
        for trick in [
            "evil.com/x://us.icr.io",
            "evil.com?x=http://us.icr.io",
            "evil.com#https://us.icr.io",
            "ftp://us.icr.io",
        ] {
            assert_ne!(host_of(trick), "us.icr.io", "{trick:?}");
        }
        assert_eq!(
            host_of("https://registry.example:8443/x"),
            "registry.example:8443"
        );
    }

    #[test]
    fn served_hosts_are_ibms_and_the_configs_each_once() {
        let config = Registry {
            hosts: vec!["Registry.Example.Internal".into(), "us.icr.io".into()],
            host_contexts: vec![("vpe.example:8443".into(), "eu".into())],
            context: Some("ci".into()),
            ..Registry::default()
        };
        let hosts = served(&config);
        assert!(hosts.contains(&"private.jp2.icr.io".to_owned()));
        assert!(hosts.contains(&"registry.example.internal".to_owned()));
        assert_eq!(hosts.iter().filter(|h| *h == "us.icr.io").count(), 1);
        assert_eq!(hosts.len(), 2 * ICR_HOSTS.len() + 2);
        assert_eq!(context_for(&config, "vpe.example:8443"), Some("eu"));
        assert_eq!(context_for(&config, "us.icr.io"), Some("ci"));
    }
}
