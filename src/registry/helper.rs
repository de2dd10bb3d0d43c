//! `docker-credential-iamtoken`: the credential helper protocol of docker, podman, buildah,
//! skopeo and crane (docker/docker-credential-helpers; docs/registry.md). `get` answers a
//! registry with a token minted now (or from the cache); nothing is ever stored. Clients read
//! only stdout, so errors go there too, and the helper never prompts.

use std::ffi::OsString;
use std::io::{Read, Write};

use anyhow::Result;
use zeroize::Zeroizing;

use super::{DEFAULT_MIN_TTL, context_for, host_of, served, username};
use crate::args;
use crate::args::Mode;
use crate::cli::TokenCommand;
use crate::config::{Config, Context};
use crate::error::usage;
use crate::obtain;
use crate::settings::Settings;
use crate::token::Wanted;

/// What clients take as "no credentials for this registry" (go anonymous), and nothing else.
pub const NOT_FOUND: &str = "credentials not found in native keychain";

/// The largest request read from stdin: a server URL, or `store`'s small JSON object.
const MAX_INPUT: u64 = 64 * 1024;

const USAGE: &str = "usage: docker-credential-iamtoken <get|store|erase|list|version>";

use crate::cli::CREDENTIAL_HELPER_HELP as HELP;

/// Runs one verb (`args` without the program name) and returns the exit code.
pub fn run(
    args: &[OsString],
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> u8 {
    let [verb] = args else {
        let _ = writeln!(stdout, "{USAGE}");
        return 1;
    };
    let verb = verb.to_string_lossy();
    let result = match verb.as_ref() {
        "get" => read_input(stdin).and_then(|server| get(&server, stdout, stderr)),
        "list" => list(stdout),
        "erase" => read_input(stdin).map(|_| true),
        "store" => {
            let _ = read_input(stdin);
            Err(
                usage("iamtoken mints registry credentials when they are needed and stores none")
                    .hint("no docker login is needed for the registries iamtoken serves")
                    .into(),
            )
        }
        "version" | "--version" | "-V" => {
            let version = env!("CARGO_PKG_VERSION");
            let _ = writeln!(stdout, "docker-credential-iamtoken (iamtoken) {version}");
            Ok(true)
        }
        "--help" | "-h" | "help" => {
            let _ = write!(stdout, "{HELP}");
            Ok(true)
        }
        _ => {
            let _ = writeln!(stdout, "{USAGE}");
            Ok(false)
        }
    };
    match result {
        Ok(true) => 0,
        Ok(false) => 1,
        Err(err) => {
            // As the protocol carries it: on stdout.
            args::say(&err, stdout);
            1
        }
    }
}

/// The request on stdin, trimmed.
pub(crate) fn read_input(stdin: &mut dyn Read) -> Result<String> {
    let mut input = String::new();
    stdin
        .take(MAX_INPUT)
        .read_to_string(&mut input)
        .map_err(|e| usage(format!("cannot read the request on stdin: {e}")))?;
    Ok(input.trim().to_owned())
}

/// `get`: the credentials for `server`, or `NOT_FOUND` for a registry not served.
fn get(server: &str, stdout: &mut dyn Write, stderr: &mut dyn Write) -> Result<bool> {
    let config = Config::load()?;
    let host = host_of(server);
    if !served(&config.registry).contains(&host) {
        writeln!(stdout, "{NOT_FOUND}")?;
        return Ok(false);
    }
    let registry = config.registry.clone();
    let (context, grant) = identity(&config, &host)?;
    let parsed = args::parse_identity(config, context, &grant, stderr)?;
    let settings = Settings::new(parsed).lasting(registry.min_ttl.unwrap_or(DEFAULT_MIN_TTL));
    let Mode::Grant(grant) = &settings.mode else {
        return Err(usage("the registry helper needs a grant").into());
    };
    let username = username(&registry);
    let secret = if username == "iamapikey" {
        let (planned, _) = obtain::plan(&settings, TokenCommand::Grant(grant), false)?;
        let key = planned.plan.api_key().ok_or_else(|| {
            usage(format!(
                "registry.username = \"iamapikey\" needs an API key, and the {} grant has none",
                grant.name()
            ))
        })?;
        Zeroizing::new(key.expose().to_owned())
    } else {
        let (planned, _) = obtain::plan(&settings, TokenCommand::Grant(grant), true)?;
        if planned.plan.wanted() != Wanted::AccessToken {
            return Err(usage(format!(
                "the {} grant as configured gives no access token for the registry",
                grant.name()
            ))
            .into());
        }
        let got = obtain::token(
            &settings,
            planned.plan,
            grant.name(),
            planned.secrets.commands(),
            &mut std::io::stderr(),
        )?;
        let token = got
            .token
            .access_token
            .as_ref()
            .ok_or_else(|| anyhow::anyhow!("IAM's answer holds no access token"))?;
        Zeroizing::new(token.expose().to_owned())
    };
    let answer = Zeroizing::new(
        serde_json::json!({
            "ServerURL": server,
            "Username": username,
            "Secret": secret.as_str(),
        })
        .to_string(),
    );
    writeln!(stdout, "{}", answer.as_str())?;
    stdout.flush()?;
    Ok(true)
}

/// Who gets `host`'s token, first found: the host's or `[registry]`'s context,
/// `IAMTOKEN_CONTEXT`, an API key in `IBMCLOUD_API_KEY`/`IC_API_KEY`, `default_context`; as
/// the context (whose credentials are then its own, whatever variables are set) and the grant.
fn identity(config: &Config, host: &str) -> Result<(Option<Context>, String)> {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    let named = context_for(&config.registry, host)
        .map(str::to_owned)
        .or_else(|| {
            std::env::var("IAMTOKEN_CONTEXT")
                .ok()
                .filter(|v| !v.is_empty())
        });
    let from_key = named.is_none() && (set("IBMCLOUD_API_KEY") || set("IC_API_KEY"));
    let name = if from_key {
        None
    } else {
        named.or_else(|| config.default_context.clone())
    };
    match name {
        Some(name) => {
            // The context chosen is the identity: an API key variable set for other tools
            // does not replace its credentials.
            let mut context = config.context(&name)?.clone();
            context.sole_credentials = true;
            let Some(grant) = context.grant.clone() else {
                return Err(usage(format!(
                    "context '{name}' names no grant, which the registry helper needs"
                ))
                .hint(format!("add grant = \"apikey\" (say) to [context.{name}]"))
                .into());
            };
            Ok((Some(context), grant))
        }
        None if from_key => Ok((None, "apikey".into())),
        None => {
            let file = Config::location()
                .map_or_else(|| "the config file".into(), |p| p.display().to_string());
            Err(usage(format!("no identity to serve {host} with"))
                .hint(format!(
                    "set context in the [registry] table of {file}, or IAMTOKEN_CONTEXT, or \
                     IBMCLOUD_API_KEY"
                ))
                .into())
        }
    }
}

/// `list`: every host served, with its username.
fn list(stdout: &mut dyn Write) -> Result<bool> {
    let config = Config::load()?;
    let username = username(&config.registry);
    let hosts: serde_json::Map<String, serde_json::Value> = served(&config.registry)
        .into_iter()
        .map(|host| (host, username.into()))
        .collect();
    writeln!(stdout, "{}", serde_json::Value::Object(hosts))?;
    Ok(true)
}
