//! The config file (`$IAMTOKEN_CONFIG`, else `config.toml` in the platform config dir): named
//! contexts of settings and the default context. Reads and checks the file; it does not decide
//! precedence (see `settings`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Result;
use serde::Deserialize;
use toml::Spanned;

use crate::error::usage;
use crate::secret::Source;
use crate::small_file::{self, ReadError};

/// One named set of settings.
#[derive(Debug, Clone)]
pub struct Context {
    pub name: String,
    /// Where it was defined, for messages: `FILE` or a description.
    pub origin: String,
    pub grant: Option<String>,
    /// The line of `grant` in the file.
    pub grant_line: Option<usize>,
    /// Settings by their option's long name with `_` (`profile_name`), in file order.
    pub settings: Vec<Setting>,
    /// An IBM SDK service's settings (`--sdk-service`): data the user did not write for
    /// iamtoken, so its secrets are taken literally and it is the only source of credentials.
    pub from_sdk: bool,
    /// Its credentials are the only ones: the credential variables (`IBMCLOUD_API_KEY`, ...)
    /// are not read (an SDK service's, and the context the registry helper chose).
    pub sole_credentials: bool,
    /// Selected by `default_context`, not asked for: it lends a grant only what serves it.
    pub by_default: bool,
}

#[derive(Debug, Clone)]
pub struct Setting {
    pub key: String,
    pub value: String,
    /// 1-based line in the file, when it came from one.
    pub line: Option<usize>,
}

impl Context {
    pub fn get(&self, key: &str) -> Option<&Setting> {
        self.settings.iter().find(|s| s.key == key)
    }

    /// `FILE:LINE` of a setting, for messages.
    pub fn at(&self, setting: &Setting) -> String {
        match setting.line {
            Some(line) => format!("{}:{line}", self.origin),
            None => self.origin.clone(),
        }
    }
}

#[derive(Debug, Default)]
pub struct Config {
    pub path: Option<PathBuf>,
    pub default_context: Option<String>,
    contexts: BTreeMap<String, Context>,
    pub registry: Registry,
    /// Whether others may read the file (group or others; others' read access on Windows), as
    /// found on the open file.
    others_may_read: bool,
}

/// `[registry]`: what the container registry credential helper serves, and as whom.
#[derive(Debug, Default, Clone)]
pub struct Registry {
    /// The context of every served host without one of its own.
    pub context: Option<String>,
    pub min_ttl: Option<std::time::Duration>,
    pub username: Option<String>,
    /// Hosts served besides IBM's registries, as written.
    pub hosts: Vec<String>,
    /// `[registry.host."HOST"]`: a host's own context, by the host as written.
    pub host_contexts: Vec<(String, String)>,
}

/// The usernames IBM Cloud Container Registry takes with a credential iamtoken can make.
pub const REGISTRY_USERNAMES: [&str; 2] = ["iambearer", "iamapikey"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    default_context: Option<String>,
    #[serde(default)]
    context: BTreeMap<String, BTreeMap<Spanned<String>, Spanned<toml::Value>>>,
    registry: Option<RegistryFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    context: Option<Spanned<String>>,
    min_ttl: Option<Spanned<toml::Value>>,
    username: Option<Spanned<String>>,
    #[serde(default)]
    hosts: Vec<Spanned<String>>,
    #[serde(default)]
    host: BTreeMap<String, RegistryHost>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryHost {
    context: Spanned<String>,
}

/// `IAMTOKEN_CONFIG=/dev/null` (or `NUL` on Windows): no config at all, as for other tools.
fn is_null_device(path: &Path) -> bool {
    path == Path::new("/dev/null") || cfg!(windows) && path.as_os_str().eq_ignore_ascii_case("NUL")
}

impl Config {
    /// `$IAMTOKEN_CONFIG`, else `config.toml` in the platform config dir.
    pub fn location() -> Option<PathBuf> {
        match std::env::var_os("IAMTOKEN_CONFIG") {
            Some(path) if !path.is_empty() => Some(PathBuf::from(path)),
            _ => crate::folders::config().map(|dir| dir.join("config.toml")),
        }
    }

    /// Reads the config file. A missing file is an empty config; a malformed one is a usage
    /// error naming the file, line and key.
    pub fn load() -> Result<Self> {
        let Some(path) = Self::location() else {
            return Ok(Self::default());
        };
        if is_null_device(&path) {
            return Ok(Self::default());
        }
        // One open: the owner and mode that decide whether the file may run commands are the
        // open file's, so swapping what the path names after the read changes nothing.
        let (text, access) = match small_file::read_open(&path) {
            Ok((bytes, file)) => (
                String::from_utf8(bytes)
                    .map_err(|_| usage(format!("{}: not UTF-8 text", path.display())))?,
                crate::ownership::of(&file)
                    .map_err(|e| usage(format!("cannot read {}: {e}", path.display())))?,
            ),
            Err(ReadError::NotFound) => {
                return Ok(Self {
                    path: Some(path),
                    ..Self::default()
                });
            }
            Err(e) => return Err(usage(format!("cannot read {}: {e}", path.display())).into()),
        };
        let mut config = Self::parse(&text, &path, access.trusted())?;
        config.path = Some(path);
        config.others_may_read = access.others_read;
        Ok(config)
    }

    /// Parses the file at `path` (named in messages). `may_run`: whether the file may name
    /// secret commands (owned by the user or root, and writable by no one else).
    pub(crate) fn parse(text: &str, path: &Path, may_run: bool) -> Result<Self> {
        let shown = path.display().to_string();
        let file: File = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start));
            let at = line.map_or(shown.clone(), |l| format!("{shown}:{l}"));
            usage(format!("{at}: {}", e.message().trim_end()))
        })?;
        let paths = PathKeys::from_definition();
        let mut contexts = BTreeMap::new();
        for (name, table) in file.context {
            let mut context = Context {
                name: name.clone(),
                origin: shown.clone(),
                grant: None,
                grant_line: None,
                settings: Vec::new(),
                from_sdk: false,
                sole_credentials: false,
                by_default: false,
            };
            let mut entries: Vec<_> = table.into_iter().collect();
            entries.sort_by_key(|(key, _)| key.span().start);
            for (key, value) in entries {
                let line = line_of(text, key.span().start);
                let key_name = key.get_ref().replace('-', "_");
                let value = match value.get_ref() {
                    toml::Value::String(s) => s.clone(),
                    toml::Value::Integer(i) => i.to_string(),
                    toml::Value::Boolean(b) => b.to_string(),
                    // `{ cmd = ["op", "read", "op://vault/ibm/key"] }`: a secret command, no shell.
                    toml::Value::Table(table) => match command_argv(table, path.parent()) {
                        Some(argv) => Source::argv(&argv),
                        None => {
                            return Err(usage(format!(
                                "{shown}:{line}: context.{name}.{key_name}: a table must be \
                                 {{ cmd = [\"program\", \"argument\", ...] }}"
                            ))
                            .into());
                        }
                    },
                    _ => {
                        return Err(usage(format!(
                            "{shown}:{line}: context.{name}.{key_name} must be a string, number or boolean"
                        ))
                        .into());
                    }
                };
                if Source::is_command(&value) && !may_run {
                    return Err(refuse_command(&shown, line, &name, &key_name));
                }
                if key_name == "grant" {
                    context.grant = Some(value);
                    context.grant_line = Some(line);
                } else {
                    let value = relative_to(&value, &key_name, path.parent(), &paths);
                    context.settings.push(Setting {
                        key: key_name,
                        value,
                        line: Some(line),
                    });
                }
            }
            contexts.insert(name, context);
        }
        let registry = match file.registry {
            Some(table) => registry(table, &contexts, &|span| {
                format!("{shown}:{}", line_of(text, span.start))
            })?,
            None => Registry::default(),
        };
        Ok(Self {
            path: None,
            default_context: file.default_context,
            contexts,
            registry,
            others_may_read: false,
        })
    }

    /// Why `default_context` cannot be used, when it names no context. Only a run that
    /// relies on it fails; `config list` and `config show` still work.
    pub fn missing_default(&self) -> Option<String> {
        let name = self.default_context.as_ref()?;
        let file = self
            .path
            .as_deref()
            .map_or_else(|| "the config".into(), |p| p.display().to_string());
        (!self.contexts.contains_key(name))
            .then(|| format!("{file}: default_context '{name}' has no [context.{name}] table"))
    }

    pub fn context(&self, name: &str) -> Result<&Context> {
        self.contexts.get(name).ok_or_else(|| {
            let known: Vec<&str> = self.contexts.keys().map(String::as_str).collect();
            let file = self
                .path
                .as_deref()
                .map_or("no config file".into(), |p| p.display().to_string());
            let hint = match (
                known.is_empty(),
                self.path.as_deref().is_some_and(Path::exists),
            ) {
                (false, _) => format!("contexts in {file}: {}", known.join(", ")),
                (true, true) => format!("{file} defines no contexts"),
                (true, false) => {
                    format!("there is no config file ({file}); see iamtoken config --help")
                }
            };
            usage(format!("no context named '{name}'"))
                .hint(hint)
                .into()
        })
    }

    pub fn context_mut(&mut self, name: &str) -> Result<&mut Context> {
        self.context(name)?;
        self.contexts
            .get_mut(name)
            .ok_or_else(|| usage(format!("no context named '{name}'")).into())
    }

    pub fn contexts(&self) -> impl Iterator<Item = &Context> {
        self.contexts.values()
    }

    /// A warning when the file holds a secret in plain text and others may read it.
    pub fn exposed_secret(&self) -> Option<String> {
        if !self.others_may_read {
            return None;
        }
        let secrets = crate::cli::secret_ids();
        // Every line that holds one, so that one look fixes them all.
        let lines: Vec<String> = self
            .contexts()
            .flat_map(|c| {
                c.settings
                    .iter()
                    .filter(|s| secrets.contains(&s.key) && Source::is_literal(&s.value))
                    .map(move |s| format!("{} (context.{}.{})", c.at(s), c.name, s.key))
            })
            .collect();
        if lines.is_empty() {
            return None;
        }
        let what = if lines.len() == 1 {
            "holds a literal secret"
        } else {
            "hold literal secrets"
        };
        Some(format!(
            "{} {what}, and the file is readable by group or others; use @PATH or env:NAME, or \
             chmod 600 it",
            lines.join(", ")
        ))
    }
}

/// `[registry]`, checked: its contexts exist, `min_ttl` is a duration, `username` is one ICR
/// takes. `at` names a place in the file.
fn registry(
    table: RegistryFile,
    contexts: &BTreeMap<String, Context>,
    at: &dyn Fn(std::ops::Range<usize>) -> String,
) -> Result<Registry> {
    let known = |name: &Spanned<String>, key: &str| -> Result<String> {
        let value = name.get_ref();
        if contexts.contains_key(value) {
            Ok(value.clone())
        } else {
            Err(usage(format!(
                "{}: {key} '{value}' has no [context.{value}] table",
                at(name.span())
            ))
            .into())
        }
    };
    let min_ttl = match table.min_ttl {
        Some(value) => {
            let raw = match value.get_ref() {
                toml::Value::String(s) => s.clone(),
                toml::Value::Integer(i) => i.to_string(),
                _ => String::new(),
            };
            let ttl = crate::cli::parse_duration(&raw)
                .map_err(|e| usage(format!("{}: registry.min_ttl: {e}", at(value.span()))))?;
            Some(ttl)
        }
        None => None,
    };
    let username = match table.username {
        Some(name) if !REGISTRY_USERNAMES.contains(&name.get_ref().as_str()) => {
            return Err(usage(format!(
                "{}: registry.username must be {}",
                at(name.span()),
                REGISTRY_USERNAMES.join(" or ")
            ))
            .into());
        }
        other => other.map(Spanned::into_inner),
    };
    let mut host_contexts = Vec::new();
    for (host, entry) in table.host {
        let context = known(&entry.context, &format!("registry.host.\"{host}\".context"))?;
        host_contexts.push((host, context));
    }
    Ok(Registry {
        context: table
            .context
            .map(|c| known(&c, "registry.context"))
            .transpose()?,
        min_ttl,
        username,
        hosts: table.hosts.into_iter().map(Spanned::into_inner).collect(),
        host_contexts,
    })
}

/// A config table `{ cmd = [...] }` as an argv: strings only, at least a program. A program
/// given by a relative path (`bin/get-key`) is relative to the config file's folder; a bare
/// name is looked up in `PATH` when it runs.
fn command_argv(table: &toml::Table, dir: Option<&Path>) -> Option<Vec<String>> {
    if table.len() != 1 {
        return None;
    }
    let items = table.get("cmd")?.as_array()?;
    let mut argv: Vec<String> = items
        .iter()
        .map(|v| v.as_str().map(str::to_owned))
        .collect::<Option<_>>()?;
    let program = argv.first_mut()?;
    if program.contains('/')
        && Path::new(program.as_str()).is_relative()
        && let Some(dir) = dir
    {
        *program = dir.join(&program).display().to_string();
    }
    Some(argv)
}

/// Why a secret command at `shown:line` (`context.NAME.KEY`) is refused.
fn refuse_command(shown: &str, line: usize, name: &str, key: &str) -> anyhow::Error {
    let at = format!("{shown}:{line}: context.{name}.{key} runs a command");
    if cfg!(unix) {
        usage(format!(
            "{at}, but {shown} is not owned by you (or root) or is writable by others"
        ))
        .hint(format!(
            "chmod go-w {shown}, or read the secret with @PATH or env:NAME"
        ))
        .into()
    } else if cfg!(windows) {
        usage(format!(
            "{at}, but {shown} is not owned by you or others may write to it"
        ))
        .hint("take ownership of it and remove others' write access (icacls), or read the secret with @PATH or env:NAME")
        .into()
    } else {
        usage(format!(
            "{at}, which a config file cannot do on this system yet: who may write the file is \
             not checked here"
        ))
        .hint("read the secret with @PATH or env:NAME")
        .into()
    }
}

/// The settings whose values are paths: the options that take one, and the secret options,
/// whose `@PATH` form names a file.
struct PathKeys {
    paths: Vec<String>,
    secrets: Vec<String>,
}

impl PathKeys {
    fn from_definition() -> Self {
        // Lists the tests hold to the definitions: building them costs more than a run that
        // finds its token in the cache.
        let paths = crate::cli::PATH_IDS
            .iter()
            .chain(&crate::cli::GLOBAL_PATH_IDS)
            .map(|id| (*id).to_owned())
            .collect();
        Self {
            paths,
            secrets: crate::cli::secret_ids(),
        }
    }
}

/// A relative path in the file is relative to the file's folder, not to wherever iamtoken
/// happens to run (`@keys/ci.json` beside `config.toml`).
fn relative_to(value: &str, key: &str, dir: Option<&Path>, keys: &PathKeys) -> String {
    let Some(dir) = dir.filter(|d| !d.as_os_str().is_empty()) else {
        return value.to_owned();
    };
    let resolve = |path: &str| {
        let relative = !path.is_empty() && Path::new(path).is_relative() && !path.starts_with("~/");
        relative.then(|| dir.join(path).display().to_string())
    };
    if keys.paths.iter().any(|k| k == key) {
        return resolve(value).unwrap_or_else(|| value.to_owned());
    }
    if keys.secrets.iter().any(|k| k == key)
        && let Some(path) = value.strip_prefix('@')
        && let Some(resolved) = resolve(path)
    {
        return format!("@{resolved}");
    }
    value.to_owned()
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config> {
        Config::parse(text, Path::new("c.toml"), true)
    }

    #[test]
    fn contexts_with_their_lines() {
        let config = parse(
            "default_context = \"ci\"\n\n[context.ci]\ngrant = \"apikey\"\napikey = \"@~/k.json\"\ntimeout = 10\nprofile-name = \"p\"\ncache = false\n",
        )
        .unwrap();
        assert_eq!(config.default_context.as_deref(), Some("ci"));
        let ci = config.context("ci").unwrap();
        assert_eq!(ci.grant.as_deref(), Some("apikey"));
        let keys: Vec<_> = ci
            .settings
            .iter()
            .map(|s| (s.key.as_str(), s.value.as_str(), s.line))
            .collect();
        assert_eq!(
            keys,
            [
                ("apikey", "@~/k.json", Some(5)),
                ("timeout", "10", Some(6)),
                ("profile_name", "p", Some(7)),
                ("cache", "false", Some(8)),
            ]
        );
    }

    #[test]
    fn malformed_files_name_file_and_line() {
        let err = |text| format!("{:#}", parse(text).unwrap_err());
        assert!(
            err("[context.ci]\ngrant = \n").starts_with("c.toml:2: "),
            "{}",
            err("[context.ci]\ngrant = \n")
        );
        assert!(err("contxt = 1\n").starts_with("c.toml:1: "));
        assert_eq!(
            err("[context.ci]\n\nheaders = [1]\n"),
            "c.toml:3: context.ci.headers must be a string, number or boolean"
        );
        let config = parse("default_context = \"x\"\n").unwrap();
        assert_eq!(
            config.missing_default().as_deref(),
            Some("the config: default_context 'x' has no [context.x] table")
        );
    }

    #[test]
    fn unknown_contexts_list_the_known_ones() {
        let config = parse("[context.a]\n[context.b]\n").unwrap();
        let err = config.context("c").unwrap_err();
        assert_eq!(
            crate::error::classify(&err),
            (
                crate::error::Exit::Usage,
                Some("contexts in no config file: a, b")
            )
        );
    }

    proptest::proptest! {
        #[test]
        fn any_text_parses_or_fails_with_the_file_named(text in "(.|\n){0,300}") {
            if let Err(e) = parse(&text) {
                let message = format!("{e:#}");
                proptest::prop_assert!(message.starts_with("c.toml"), "{}", message);
            }
        }

        #[test]
        fn any_setting_value_comes_back(name in "[a-z][a-z0-9_]{0,10}", value in ".{0,60}") {
            let text = format!("[context.{name}]\ntimeout = {}\n", toml::Value::String(value.clone()));
            let config = parse(&text).unwrap();
            let context = config.context(&name).unwrap();
            proptest::prop_assert_eq!(&context.get("timeout").unwrap().value, &value);
        }
    }
}
