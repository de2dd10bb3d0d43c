//! `--sdk-service NAME`: the IBM SDKs' external configuration (docs/iam.md, "SDK external configuration") as a
//! context. Properties `NAME_<PROP>` come from the first source that has any: the credentials
//! file (`$IBM_CREDENTIALS_FILE`, `./ibm-credentials.env`, `~/ibm-credentials.env`), then the
//! environment. Sources are not merged, as in the SDKs.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Result;

use crate::config::{Context, Setting};
use crate::endpoint::{Endpoint, PRIVATE, PRIVATE_REGIONS, PUBLIC, TEST};
use crate::error::usage;
use crate::secret::Source;
use crate::small_file::{self, ReadError};

/// The SDKs' credentials file name, in the current and the home directory.
const FILE_NAME: &str = "ibm-credentials.env";

/// A property's value and the line of the credentials file it came from.
pub(crate) type Properties = BTreeMap<String, (String, Option<usize>)>;

pub fn context(service: &str) -> Result<Context> {
    let prefix = prefix(service);
    let (props, origin, found_here) = match from_files(&prefix)? {
        Some(found) => found,
        None => (from_env(&prefix), "the environment".to_owned(), false),
    };
    from_properties(service, &props, origin, found_here)
}

/// The properties' prefix: the service name upper-cased, `-` made `_`, and a `_`.
pub(crate) fn prefix(service: &str) -> String {
    format!("{}_", service.to_uppercase().replace('-', "_"))
}

/// `service`'s context from its properties, found in `origin` (a file named by nobody in the
/// current directory when `found_here`).
pub(crate) fn from_properties(
    service: &str,
    props: &Properties,
    origin: String,
    found_here: bool,
) -> Result<Context> {
    let prefix = prefix(service);
    if props.is_empty() {
        return Err(
            usage(format!("no IBM SDK settings for service '{service}'"))
                .hint(format!(
                    "looked for {prefix}* in $IBM_CREDENTIALS_FILE, ./ibm-credentials.env, \
                 ~/ibm-credentials.env and the environment"
                ))
                .into(),
        );
    }
    let get = |prop: &str| props.get(prop);
    let secrets = crate::cli::secret_ids();
    let mut settings = Vec::new();
    let mut set = |key: &str, prop: &str| {
        if let Some((value, line)) = get(prop) {
            // The SDKs take every value as it is: no `@PATH`, `env:NAME` or `-`.
            let value = if secrets.iter().any(|s| s == key) {
                Source::literal(value)
            } else {
                value.clone()
            };
            settings.push(Setting {
                key: key.into(),
                value,
                line: *line,
            });
        }
    };
    let auth_type = auth_type(props);
    // The service's key comes from its own settings or not at all (never from
    // IBMCLOUD_API_KEY or a prompt), so its absence is said here, in the SDK's terms.
    if matches!(auth_type.as_str(), "iam" | "iamassume") && get("APIKEY").is_none() {
        return Err(usage(format!(
            "{origin}: AUTH_TYPE {auth_type} needs {prefix}APIKEY, which is not set"
        ))
        .into());
    }
    let grant = match auth_type.as_str() {
        "iam" => {
            set("apikey", "APIKEY");
            set("client_id", "CLIENT_ID");
            set("client_secret", "CLIENT_SECRET");
            "apikey"
        }
        "iamassume" => {
            set("apikey", "APIKEY");
            set("profile_id", "IAM_PROFILE_ID");
            set("profile_crn", "IAM_PROFILE_CRN");
            set("profile_name", "IAM_PROFILE_NAME");
            set("account", "IAM_ACCOUNT_ID");
            "assume"
        }
        "container" => {
            set("profile_id", "IAM_PROFILE_ID");
            set("profile_crn", "IAM_PROFILE_CRN");
            set("profile_name", "IAM_PROFILE_NAME");
            set("client_id", "CLIENT_ID");
            set("client_secret", "CLIENT_SECRET");
            // Without a file name, `cr-token` searches the SDKs' default files itself.
            if let Some((path, line)) = get("CR_TOKEN_FILENAME") {
                settings.push(Setting {
                    key: "cr_token_file".into(),
                    value: path.clone(),
                    line: *line,
                });
            }
            "cr-token"
        }
        other => {
            return Err(usage(format!(
                "{prefix}AUTH_TYPE '{other}' is not a token grant iamtoken handles"
            ))
            .hint("supported: iam, iamAssume, container")
            .into());
        }
    };
    if let Some((url, line)) = get("AUTH_URL") {
        if found_here {
            only_iam(url, &format!("{prefix}AUTH_URL"), &origin, *line)?;
        }
        settings.push(Setting {
            key: "iam_url".into(),
            value: url.clone(),
            line: *line,
        });
    }
    Ok(Context {
        name: format!("sdk-service {service}"),
        origin,
        grant: Some(grant.into()),
        grant_line: None,
        settings,
        from_sdk: true,
        sole_credentials: true,
        by_default: false,
    })
}

/// `AUTH_TYPE` (or `AUTHTYPE`), lower-cased; without it, an APIKEY means iam, anything else
/// container.
fn auth_type(props: &Properties) -> String {
    match props.get("AUTH_TYPE").or_else(|| props.get("AUTHTYPE")) {
        Some((value, _)) => value.to_ascii_lowercase(),
        None if props.contains_key("APIKEY") => "iam".into(),
        None => "container".into(),
    }
}

/// A credentials file found in the current directory may come with a cloned repository: it
/// must not send the credentials it names (or the pod's token) anywhere but to IAM.
fn only_iam(url: &str, property: &str, origin: &str, line: Option<usize>) -> Result<()> {
    if is_iam(url) {
        return Ok(());
    }
    let at = line.map_or_else(|| origin.to_owned(), |l| format!("{origin}:{l}"));
    Err(usage(format!(
        "{at}: {property} is not an IBM Cloud IAM endpoint, and this credentials file was \
         found in the current directory"
    ))
    .hint("name the file in IBM_CREDENTIALS_FILE if you trust it")
    .into())
}

/// One of IAM's own endpoints (docs/iam.md, "Endpoints"), however the URL is spelt.
fn is_iam(url: &str) -> bool {
    let Ok(endpoint) = Endpoint::parse(url) else {
        return false;
    };
    let private = PRIVATE_REGIONS.iter().map(|r| Endpoint::private(Some(r)));
    [
        Ok(Endpoint::known(PUBLIC)),
        Ok(Endpoint::known(TEST)),
        Ok(Endpoint::known(PRIVATE)),
    ]
    .into_iter()
    .chain(private)
    .any(|known| known.is_ok_and(|k| k.url() == endpoint.url()))
}

/// The first credentials file that has properties for `prefix`: its properties, its path, and
/// whether it was found in the current directory by itself (named by nobody).
fn from_files(prefix: &str) -> Result<Option<(Properties, String, bool)>> {
    let home = std::env::home_dir().map(|h| h.join(FILE_NAME));
    let mut candidates: Vec<(PathBuf, bool)> = Vec::new();
    if let Some(path) = std::env::var_os("IBM_CREDENTIALS_FILE").filter(|p| !p.is_empty()) {
        candidates.push((path.into(), false));
    }
    // The current directory's file is the home one when the current directory is home.
    let here = PathBuf::from(FILE_NAME);
    let is_home = |p: &PathBuf| {
        home.as_ref()
            .and_then(|h| h.canonicalize().ok())
            .is_some_and(|h| p.canonicalize().is_ok_and(|p| p == h))
    };
    let found_here = !is_home(&here);
    candidates.push((here, found_here));
    if let Some(home) = home.clone() {
        candidates.push((home, false));
    }
    for (path, found_here) in candidates {
        let bytes = match small_file::read(&path) {
            Ok(bytes) => bytes,
            Err(ReadError::NotFound) => continue,
            Err(e) => {
                return Err(usage(format!("cannot read {}: {e}", path.display())).into());
            }
        };
        let props = parse_file(&String::from_utf8_lossy(&bytes), prefix);
        if !props.is_empty() {
            return Ok(Some((props, path.display().to_string(), found_here)));
        }
    }
    Ok(None)
}

/// `NAME=value` lines; `#` starts a comment line; the value is split at the first `=`.
pub(crate) fn parse_file(text: &str, prefix: &str) -> Properties {
    text.lines()
        .enumerate()
        .filter_map(|(n, line)| {
            let line = line.trim();
            if line.starts_with('#') {
                return None;
            }
            let (key, value) = line.split_once('=')?;
            let prop = key.trim().strip_prefix(prefix)?;
            Some((prop.to_owned(), (value.trim().to_owned(), Some(n + 1))))
        })
        .filter(|(_, (value, _))| !value.is_empty())
        .collect()
}

fn from_env(prefix: &str) -> Properties {
    std::env::vars()
        .filter_map(|(key, value)| {
            let prop = key.strip_prefix(prefix)?.to_owned();
            (!value.is_empty()).then_some((prop, (value, None)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_file_lines() {
        let text =
            "# comment\nMY_SVC_AUTH_TYPE=iam\nMY_SVC_APIKEY = a=b \nOTHER_APIKEY=x\nMY_SVC_URL=\n";
        let props = parse_file(text, "MY_SVC_");
        assert_eq!(props.get("AUTH_TYPE"), Some(&("iam".into(), Some(2))));
        assert_eq!(props.get("APIKEY"), Some(&("a=b".into(), Some(3))));
        assert_eq!(props.len(), 2);
    }
}
