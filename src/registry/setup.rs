//! `iamtoken registry setup`: names `docker-credential-iamtoken` as the credential helper of
//! every served host in docker's `config.json` (read by docker, podman, buildah, skopeo and
//! crane), keeping everything else in the file; `--remove` takes exactly those entries out.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use serde_json::{Map, Value};

use super::{ICR_HOSTS, served};
use crate::cli::RegistryAction;
use crate::config::Config;
use crate::error::usage;
use crate::small_file::{self, ReadError};

/// The helper's name in `credHelpers`: clients run `docker-credential-<name>`.
const HELPER: &str = "iamtoken";

pub fn run(
    action: &RegistryAction,
    config: &Config,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<()> {
    let RegistryAction::Setup {
        docker_config,
        dry_run,
        remove,
        force,
    } = action;
    let path = config_file(docker_config.as_deref())?;
    #[cfg(unix)]
    let mut theirs = super::theirs::whose(&path)?;
    #[cfg(unix)]
    let (mut doc, existed) = match &theirs {
        Some(theirs) => match theirs.read(&path)? {
            Some(bytes) => (parse(&path, &bytes)?, true),
            None => (Map::new(), false),
        },
        None => read(&path)?,
    };
    #[cfg(not(unix))]
    let (mut doc, existed) = read(&path)?;
    let changes = if *remove {
        remove_entries(&mut doc)
    } else {
        add_entries(&mut doc, &served(&config.registry), *force)
            .map_err(|e| usage(format!("{}: {e}", path.display())))?
    };
    let shown = path.display();
    // Clients run the helper from PATH: without it there, every pull of a served registry fails.
    if !*remove && !on_path("docker-credential-iamtoken") {
        writeln!(
            stderr,
            "iamtoken: warning: docker-credential-iamtoken is not on PATH, so clients will fail \
             to get these registries' credentials; install it beside iamtoken (cargo install \
             --path . installs both)"
        )?;
    }
    for (host, other) in &changes.kept {
        writeln!(
            stderr,
            "iamtoken: left {host} alone: it uses docker-credential-{other} (--force replaces it)"
        )?;
    }
    if *dry_run {
        writeln!(stdout, "{}", render(&doc)?)?;
    }
    if changes.changed.is_empty() {
        writeln!(stderr, "iamtoken: {shown} needs no change")?;
        return Ok(());
    }
    let hosts = summary(&changes.changed);
    let done = match (*remove, *dry_run) {
        (true, true) => format!("would remove docker-credential-iamtoken from {shown}"),
        (true, false) => format!("removed docker-credential-iamtoken from {shown}"),
        (false, true) => format!("would set docker-credential-iamtoken in {shown}"),
        (false, false) => format!("set docker-credential-iamtoken in {shown}"),
    };
    if *dry_run {
        writeln!(stderr, "iamtoken: {done} for {hosts}")?;
        return Ok(());
    }
    #[cfg(unix)]
    if let Some(theirs) = &mut theirs {
        theirs.write(&path, format!("{}\n", render(&doc)?).as_bytes())?;
    } else {
        write(&path, &render(&doc)?, existed)?;
    }
    #[cfg(not(unix))]
    write(&path, &render(&doc)?, existed)?;
    writeln!(stderr, "iamtoken: {done} for {hosts}")?;
    if !*remove {
        writeln!(
            stderr,
            "iamtoken: docker, podman, buildah, skopeo and crane now get these registries' \
             credentials from iamtoken: no docker login (or ibmcloud cr login) is needed, and \
             one would go through iamtoken, which stores nothing"
        )?;
    }
    Ok(())
}

/// `hosts` in a line: IBM's registry names counted, any other host named.
fn summary(hosts: &[String]) -> String {
    let is_ibm = |h: &&String| {
        let bare = h.strip_prefix("private.").unwrap_or(h);
        ICR_HOSTS.contains(&bare)
    };
    let ibm = hosts.iter().filter(is_ibm).count();
    let mut parts = Vec::new();
    if ibm > 0 {
        parts.push(format!(
            "{ibm} IBM Cloud Container Registry names (icr.io, us.icr.io, ...)"
        ));
    }
    parts.extend(hosts.iter().filter(|h| !is_ibm(h)).cloned());
    parts.join(", ")
}

/// What a setup or removal changed: the hosts changed, and the hosts left to another helper.
pub(crate) struct Changes {
    changed: Vec<String>,
    kept: Vec<(String, String)>,
}

/// `--docker-config DIR` (or the file itself), else `$DOCKER_CONFIG`, else `~/.docker`; the
/// file is `config.json` in that folder, as docker reads it.
fn config_file(given: Option<&Path>) -> Result<PathBuf> {
    if let Some(path) = given {
        return Ok(
            if path.is_dir() || !path.exists() && path.extension().is_none() {
                path.join("config.json")
            } else {
                path.to_owned()
            },
        );
    }
    if let Some(dir) = std::env::var_os("DOCKER_CONFIG").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir).join("config.json"));
    }
    // As docker finds it: $HOME, or %USERPROFILE% on Windows.
    let home = std::env::home_dir()
        .ok_or_else(|| usage("no home directory to find ~/.docker in; use --docker-config"))?;
    Ok(home.join(".docker").join("config.json"))
}

/// The file's JSON object (an empty one when there is no file), and whether the file exists.
fn read(path: &Path) -> Result<(Map<String, Value>, bool)> {
    let bytes = match small_file::read(path) {
        Ok(bytes) => bytes,
        Err(ReadError::NotFound) => return Ok((Map::new(), false)),
        Err(e) => return Err(usage(format!("cannot read {}: {e}", path.display())).into()),
    };
    parse(path, &bytes).map(|doc| (doc, true))
}

/// The JSON object in `bytes`, read from `path` (an empty one when there is nothing).
pub(crate) fn parse(path: &Path, bytes: &[u8]) -> Result<Map<String, Value>> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    match serde_json::from_slice(bytes) {
        Ok(Value::Object(doc)) => Ok(doc),
        Ok(_) => Err(usage(format!("{} is not a JSON object", path.display())).into()),
        Err(e) => Err(usage(format!("{} is not valid JSON: {e}", path.display())).into()),
    }
}

/// Sets `credHelpers` of each of `hosts` to iamtoken, unless another helper has it (and not
/// `force`).
pub(crate) fn add_entries(
    doc: &mut Map<String, Value>,
    hosts: &[String],
    force: bool,
) -> Result<Changes> {
    let helpers = doc
        .entry("credHelpers")
        .or_insert_with(|| Value::Object(Map::new()));
    let Value::Object(helpers) = helpers else {
        return Err(usage("its credHelpers is not a JSON object; fix it by hand first").into());
    };
    let mut changes = Changes {
        changed: Vec::new(),
        kept: Vec::new(),
    };
    for host in hosts {
        match helpers.get(host).and_then(Value::as_str) {
            Some(HELPER) => {}
            Some(other) if !force => changes.kept.push((host.clone(), other.to_owned())),
            _ => {
                helpers.insert(host.clone(), HELPER.into());
                changes.changed.push(host.clone());
            }
        }
    }
    Ok(changes)
}

/// Takes out every `credHelpers` entry that names iamtoken, and `credHelpers` itself if that
/// leaves it empty.
pub(crate) fn remove_entries(doc: &mut Map<String, Value>) -> Changes {
    let mut changed = Vec::new();
    if let Some(Value::Object(helpers)) = doc.get_mut("credHelpers") {
        helpers.retain(|host, helper| {
            let ours = helper.as_str() == Some(HELPER);
            if ours {
                changed.push(host.clone());
            }
            !ours
        });
        if helpers.is_empty() && !changed.is_empty() {
            doc.remove("credHelpers");
        }
    }
    Changes {
        changed,
        kept: Vec::new(),
    }
}

/// The file as docker writes it: tab-indented JSON.
pub(crate) fn render(doc: &Map<String, Value>) -> Result<String> {
    let mut out = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"\t");
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
    serde::Serialize::serialize(doc, &mut serializer)?;
    Ok(String::from_utf8(out)?)
}

/// Replaces the file at `path` (or the file a symlink there points to) atomically, keeping its
/// mode, owner and group; a new file (and a new folder) is private to the user, as docker makes them.
fn write(path: &Path, text: &str, existed: bool) -> Result<()> {
    let target = if existed {
        std::fs::canonicalize(path)?
    } else {
        path.to_owned()
    };
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        create_private_dir(dir)?;
    }
    let like = if existed {
        Some(std::fs::metadata(&target)?)
    } else {
        None
    };
    small_file::replace(&target, format!("{text}\n").as_bytes(), like.as_ref())
        .map_err(|e| usage(format!("cannot replace {}: {e}", target.display())))?;
    Ok(())
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt as _;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

/// Whether an executable named `name` is in a folder of `PATH`.
fn on_path(name: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(name).is_file()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Map<String, Value> {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn setup_adds_entries_leaves_other_helpers_and_removes_only_its_own() {
        let mut d =
            doc(r#"{"auths":{},"credHelpers":{"us.icr.io":"ecr-login","gcr.io":"gcloud"}}"#);
        let hosts = vec!["us.icr.io".to_owned(), "de.icr.io".to_owned()];
        let changes = add_entries(&mut d, &hosts, false).unwrap();
        assert_eq!(changes.changed, ["de.icr.io"]);
        assert_eq!(changes.kept, [("us.icr.io".into(), "ecr-login".into())]);
        let forced = add_entries(&mut d, &hosts, true).unwrap();
        assert_eq!(forced.changed, ["us.icr.io"]);
        assert_eq!(add_entries(&mut d, &hosts, true).unwrap().changed.len(), 0);
        let removed = remove_entries(&mut d);
        assert_eq!(removed.changed.len(), 2);
        assert_eq!(d, doc(r#"{"auths":{},"credHelpers":{"gcr.io":"gcloud"}}"#));
    }

    #[test]
    fn removing_the_last_entry_removes_cred_helpers() {
        let mut d = doc(r#"{"credsStore":"desktop"}"#);
        add_entries(&mut d, &["icr.io".to_owned()], false).unwrap();
        remove_entries(&mut d);
        assert_eq!(d, doc(r#"{"credsStore":"desktop"}"#));
    }
}
