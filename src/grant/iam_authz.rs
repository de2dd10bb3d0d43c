//! `iam-authz` grant: a token for a resource identity that an authorization policy lets the
//! caller act as (docs/iam.md, "iam-authz").

use anyhow::Result;

use super::{TokenRequest, Wanted};
use crate::cli::IamAuthzArgs;
use crate::error::usage;
use crate::secret::Reader;

pub const GRANT_TYPE: &str = "urn:ibm:params:oauth:grant-type:iam-authz";

pub fn request(args: &IamAuthzArgs, secrets: &mut Reader) -> Result<TokenRequest> {
    // The IAM ID is `crn-` followed by the CRN; a bare CRN is the usual slip.
    if args.desired_iam_id.starts_with("crn:") {
        return Err(usage("--desired-iam-id is a CRN, not an IAM ID")
            .hint(format!("use --desired-iam-id crn-{}", args.desired_iam_id))
            .into());
    }
    let source = args
        .access_token
        .as_ref()
        .expect("clap requires --access-token");
    Ok(TokenRequest::new(GRANT_TYPE, Wanted::AccessToken)
        .secret("access_token", secrets.read("--access-token", source)?)
        .plain("desired_iam_id", &args.desired_iam_id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grant::test_support::{build, form};

    #[test]
    fn token_and_iam_id() {
        let req = build(&[
            "iam-authz",
            "--access-token",
            "at",
            "--desired-iam-id",
            "crn-crn:v1:bluemix:x",
        ])
        .unwrap();
        assert_eq!(
            form(&req),
            [
                ("grant_type", GRANT_TYPE),
                ("access_token", "at"),
                ("desired_iam_id", "crn-crn:v1:bluemix:x"),
            ]
        );
    }

    #[test]
    fn a_bare_crn_gets_a_hint() {
        let err = build(&[
            "iam-authz",
            "--access-token",
            "at",
            "--desired-iam-id",
            "crn:v1:x",
        ])
        .unwrap_err();
        assert_eq!(
            crate::error::classify(&err),
            (
                crate::error::Exit::Usage,
                Some("use --desired-iam-id crn-crn:v1:x")
            )
        );
    }
}
