//! `cr-token` grant: a trusted profile's token from a compute resource token
//! (docs/iam.md, "cr-token").

use anyhow::Result;

use super::{Rotating, TokenRequest, Wanted, client};
use std::path::PathBuf;

use crate::cli::{CR_TOKEN_FILES, CrTokenArgs};
use crate::error::usage;
use crate::secret::{Reader, Source, first_readable};

pub const GRANT_TYPE: &str = "urn:ibm:params:oauth:grant-type:cr-token";

pub fn request(args: &CrTokenArgs, secrets: &mut Reader) -> Result<TokenRequest> {
    // Errors name the option that gave the token, and where it was given.
    let (flag, source) = match (&args.cr_token, &args.cr_token_file) {
        (Some(source), _) => ("--cr-token", source.clone()),
        (None, Some(path)) => ("--cr-token-file", Source::NamedFile(path.clone())),
        (None, None) => ("--cr-token", Source::NamedFile(default_token_file()?)),
    };
    let token = secrets.read(flag, &source)?;
    // Kubernetes and Code Engine replace a projected token's file well before it expires.
    let rotating = matches!(source, Source::File(_) | Source::NamedFile(_)).then(|| Rotating {
        field: "cr_token",
        flag,
        source,
    });
    let mut req = TokenRequest::new(GRANT_TYPE, Wanted::AccessToken)
        .secret("cr_token", token)
        .plain_opt("profile_id", args.profile.profile_id.as_ref())
        .plain_opt("profile_crn", args.profile.profile_crn.as_ref())
        .plain_opt("profile_name", args.profile.profile_name.as_ref())
        .tenant(args.tenant.tenant.as_ref());
    // The Basic client is for IBM services; customers omit it, so it is opt-in.
    req.client = client(&args.client, secrets)?;
    req.rotating = rotating;
    Ok(req)
}

/// The first readable of the SDKs' token files. `IAMTOKEN_CR_TOKEN_PATHS` (separated as `PATH`
/// is) replaces the list, for tests and unusual mounts.
pub fn default_token_file() -> Result<PathBuf> {
    let paths: Vec<PathBuf> = match std::env::var_os("IAMTOKEN_CR_TOKEN_PATHS") {
        Some(list) if !list.is_empty() => std::env::split_paths(&list).collect(),
        _ => CR_TOKEN_FILES.iter().map(PathBuf::from).collect(),
    };
    first_readable(&paths).ok_or_else(|| {
        let tried: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        usage("no compute resource token found")
            .hint(format!(
                "pass --cr-token, --cr-token-file or IBMCLOUD_CR_TOKEN; tried {}",
                tried.join(", ")
            ))
            .into()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grant::test_support::{build, form};

    #[test]
    fn token_profile_client_and_tenant() {
        let req = build(&[
            "cr-token",
            "--cr-token",
            "eyJ.cr",
            "--profile-name",
            "app",
            "--client-id",
            "svc",
            "--client-secret",
            "-s3",
            "--tenant",
            "acc",
        ])
        .unwrap();
        assert_eq!(
            form(&req),
            [
                ("grant_type", GRANT_TYPE),
                ("cr_token", "eyJ.cr"),
                ("profile_name", "app")
            ]
        );
        let (id, secret) = req.client.as_ref().unwrap();
        assert_eq!((id.as_str(), secret.expose()), ("svc", "-s3"));
        assert_eq!(req.tenant.as_deref(), Some("acc"));
    }

    #[test]
    fn profile_is_optional_but_single_and_client_comes_in_pairs() {
        assert_eq!(
            form(&build(&["cr-token", "--cr-token", "t"]).unwrap()).len(),
            2
        );
        let two = [
            "cr-token",
            "--cr-token",
            "t",
            "--profile-id",
            "a",
            "--profile-crn",
            "b",
        ];
        assert!(build(&two).is_err());
        assert!(build(&["cr-token", "--cr-token", "t", "--client-id", "a"]).is_err());
        assert!(build(&["cr-token", "--cr-token", "t", "--client-secret", "a"]).is_err());
    }
}
