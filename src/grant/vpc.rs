//! `vpc` grant: on an IBM Cloud VPC virtual server, a token for a trusted profile from the
//! instance metadata service (docs/iam.md, "VPC instance metadata"). The exchange itself is
//! HTTP and lives in `iam::vpc`; this is what to ask for and what identifies it to the cache.

use reqwest::Url;

use crate::cli::{MetadataVersion, VpcArgs};

/// The metadata service to ask, and for which trusted profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VpcRequest {
    pub metadata: Url,
    pub version: MetadataVersion,
    /// `("id" | "crn", value)`, or `None` for the instance's default linked profile.
    pub profile: Option<(&'static str, String)>,
    /// This machine's id: the same metadata URL names another instance on another machine,
    /// and a home shared over NFS must never serve one instance's token on another.
    pub machine: String,
}

impl VpcRequest {
    /// What identifies this request to the cache.
    pub fn identity(&self) -> Vec<&str> {
        let (kind, value) = self
            .profile
            .as_ref()
            .map_or(("default", ""), |(kind, value)| (*kind, value.as_str()));
        vec![
            "vpc",
            self.metadata.as_str(),
            kind,
            value,
            "machine",
            &self.machine,
        ]
    }

    /// The metadata service's host, as `cache list` shows it.
    pub fn host(&self) -> String {
        self.metadata.host_str().unwrap_or_default().to_owned()
    }
}

pub fn request(args: &VpcArgs) -> VpcRequest {
    let profile = match (&args.profile_id, &args.profile_crn) {
        (Some(id), _) => Some(("id", id.clone())),
        (_, Some(crn)) => Some(("crn", crn.clone())),
        _ => None,
    };
    VpcRequest {
        metadata: args.metadata_url.clone(),
        version: args.metadata_version,
        profile,
        machine: machine_id(),
    }
}

/// systemd's machine id (D-Bus's where that is missing), or nothing.
fn machine_id() -> String {
    ["/etc/machine-id", "/var/lib/dbus/machine-id"]
        .iter()
        .find_map(|path| crate::small_file::read(std::path::Path::new(path)).ok())
        .map(|bytes| String::from_utf8_lossy(&bytes).trim().to_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::args::Mode;
    use crate::cli::Grant;

    fn build(args: &[&str]) -> VpcRequest {
        let Mode::Grant(Grant::Vpc(args)) = crate::args::mode_of_words(args).unwrap() else {
            panic!("not vpc");
        };
        request(&args)
    }

    #[test]
    fn profile_by_id_crn_or_default_and_distinct_identities() {
        let default = build(&["vpc"]);
        assert_eq!(default.profile, None);
        assert_eq!(default.host(), "169.254.169.254");
        let by_id = build(&["vpc", "--profile-id", "Profile-1"]);
        assert_eq!(by_id.profile, Some(("id", "Profile-1".into())));
        let by_crn = build(&["vpc", "--profile-crn", "crn:x"]);
        assert_eq!(by_crn.profile, Some(("crn", "crn:x".into())));
        let other = build(&["vpc", "--metadata-url", "http://127.0.0.1:1"]);
        let elsewhere = VpcRequest {
            machine: "another-machine".into(),
            ..build(&["vpc"])
        };
        let ids = [&default, &by_id, &by_crn, &other, &elsewhere].map(VpcRequest::identity);
        for (i, a) in ids.iter().enumerate() {
            for b in &ids[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
