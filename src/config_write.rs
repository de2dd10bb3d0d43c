//! `config set`, `unset`, `delete` and `use`: the config file edited in place, as `kubectl config
//! set-context` edits a kubeconfig. The file's comments, order and other contexts stay byte for
//! byte (toml_edit); the result is checked by the rules a run applies before it replaces the
//! file, whole (a temporary file, then a rename). A file iamtoken would not read is not written.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use toml_edit::{DocumentMut, Item, Table, value};

use crate::config::Config;
use crate::error::usage;
use crate::secret::Source;
use crate::small_file::{self, ReadError};

/// One change to the config file.
#[derive(Debug)]
pub enum Edit {
    /// Set `key` of context `context` to `value` (the context is made when missing).
    Set {
        context: String,
        key: String,
        value: String,
    },
    /// Remove `key` from context `context`.
    Unset { context: String, key: String },
    /// Remove context `context`.
    Delete { context: String },
    /// Make `context` the default context; `None`: have none.
    Use(Option<String>),
}

/// Applies `edit` to the config file and says what changed on `log`.
pub fn apply(edit: &Edit, log: &mut dyn Write) -> Result<()> {
    let path = Config::location().ok_or_else(|| {
        usage("no config file location could be determined").hint("set IAMTOKEN_CONFIG to a path")
    })?;
    let (text, like, trusted) = read(&path)?;
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e| usage(format!("{}: {e}", path.display())))?;
    let said = change(&mut doc, edit)?;
    let edited = doc.to_string();
    // What a run would refuse is refused now, in a run's words (the lines are the new file's).
    let config = Config::parse(&edited, &path, trusted)?;
    if let Edit::Set { context, .. } = edit {
        crate::args::check_context(config.context(context)?)?;
    }
    if like.is_none()
        && let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
    {
        make_private_dir(dir)?;
    }
    small_file::replace(&path, edited.as_bytes(), like.as_ref())
        .map_err(|e| usage(format!("cannot write {}: {e}", path.display())))?;
    let _ = writeln!(log, "iamtoken: {said} in {}", path.display());
    Ok(())
}

/// The file's text, its metadata (`None`: no file yet) and whether it may name secret commands;
/// refused as a run refuses it: another user's, writable by others, not a regular file, not
/// UTF-8, or not valid.
fn read(path: &Path) -> Result<(String, Option<std::fs::Metadata>, bool)> {
    let shown = path.display();
    let (bytes, file) = match small_file::read_open(path) {
        Ok(read) => read,
        Err(ReadError::NotFound) => return Ok((String::new(), None, true)),
        Err(e) => return Err(usage(format!("cannot read {shown}: {e}")).into()),
    };
    let access =
        crate::ownership::of(&file).map_err(|e| usage(format!("cannot read {shown}: {e}")))?;
    if !access.mine() || access.others_write {
        return Err(usage(format!(
            "iamtoken does not write {shown}: it is not yours alone (another user owns it, or \
             others may write to it)"
        ))
        .into());
    }
    let text = String::from_utf8(bytes).map_err(|_| usage(format!("{shown}: not UTF-8 text")))?;
    Config::parse(&text, path, access.trusted())?;
    let meta = file.metadata()?;
    Ok((text, Some(meta), access.trusted()))
}

/// Makes `edit` on `doc`, and says what it did.
fn change(doc: &mut DocumentMut, edit: &Edit) -> Result<String> {
    match edit {
        Edit::Set {
            context,
            key,
            value: raw,
        } => {
            let key = key.replace('-', "_");
            refuse_literal_secret(&key, raw)?;
            let table = context_table(doc, context, true)
                .ok_or_else(|| usage("the config's `context` is not a table"))?;
            keeping_decor(&mut table[key.as_str()], typed(raw));
            Ok(format!("set context.{context}.{key}"))
        }
        Edit::Unset { context, key } => {
            let key = key.replace('-', "_");
            let table = context_table(doc, context, false)
                .ok_or_else(|| usage(format!("no context {context} is defined")))?;
            if table.remove(&key).is_none() {
                return Err(usage(format!("context {context} has no setting {key}")).into());
            }
            Ok(format!("unset context.{context}.{key}"))
        }
        Edit::Delete { context } => {
            let contexts = doc.get_mut("context").and_then(Item::as_table_like_mut);
            if contexts.and_then(|c| c.remove(context)).is_none() {
                return Err(usage(format!("no context {context} is defined")).into());
            }
            let was_default = doc.get("default_context").and_then(Item::as_str) == Some(context);
            if was_default {
                remove_root_key(doc, "default_context");
                return Ok(format!(
                    "deleted context {context}, which was the default (now none)"
                ));
            }
            Ok(format!("deleted context {context}"))
        }
        Edit::Use(Some(context)) => {
            if context_table(doc, context, false).is_none() {
                return Err(usage(format!("no context {context} is defined"))
                    .hint("`iamtoken config list` lists them")
                    .into());
            }
            keeping_decor(&mut doc["default_context"], value(context.as_str()));
            Ok(format!("default_context is now {context}"))
        }
        Edit::Use(None) => {
            remove_root_key(doc, "default_context");
            Ok("default_context removed".to_owned())
        }
    }
}

/// A literal secret is never written: the config file is read by anyone who gets a copy of it.
/// The value is not echoed.
fn refuse_literal_secret(key: &str, raw: &str) -> Result<()> {
    if crate::cli::SECRET_IDS.contains(&key) && Source::is_literal(raw) {
        return Err(usage(format!(
            "{key} is a secret: iamtoken writes no secret into the config file"
        ))
        .hint(format!(
            "give {key} as @PATH (a file only you can read), env:NAME or cmd:LINE"
        ))
        .into());
    }
    Ok(())
}

/// Context `name`'s table, made (with `[context]`) when `create`.
fn context_table<'a>(doc: &'a mut DocumentMut, name: &str, create: bool) -> Option<&'a mut Table> {
    if create && doc.get("context").is_none() {
        let mut contexts = Table::new();
        // `[context.NAME]` headers only, no bare `[context]`.
        contexts.set_implicit(true);
        doc.insert("context", Item::Table(contexts));
    }
    let contexts = doc.get_mut("context")?.as_table_mut()?;
    if create && contexts.get(name).is_none() {
        contexts.insert(name, Item::Table(Table::new()));
    }
    contexts.get_mut(name)?.as_table_mut()
}

/// Removes the top-level `key`. The comment lines right above it go with it; a block before the
/// last blank line above it (the file's own header) moves to what comes next.
fn remove_root_key(doc: &mut DocumentMut, key: &str) {
    let prefix = doc.key_mut(key).and_then(|k| {
        k.leaf_decor()
            .prefix()
            .and_then(|p| p.as_str())
            .map(str::to_owned)
    });
    if doc.remove(key).is_none() {
        return;
    }
    let Some(prefix) = prefix else {
        return;
    };
    let Some(end) = prefix.rfind("\n\n") else {
        return;
    };
    let header = &prefix[..=end];
    if header.trim().is_empty() {
        return;
    }
    if let Some(mut next) = doc.iter_mut().find(|(_, v)| v.is_value()).map(|(k, _)| k) {
        let rest = next
            .leaf_decor()
            .prefix()
            .and_then(|p| p.as_str())
            .unwrap_or_default();
        let joined = format!("{header}{rest}");
        next.leaf_decor_mut().set_prefix(joined);
        return;
    }
    if let Some(table) = first_table(doc.as_table_mut()) {
        let rest = table
            .decor()
            .prefix()
            .and_then(|p| p.as_str())
            .unwrap_or_default();
        let joined = format!("{header}\n{}", rest.trim_start_matches('\n'));
        table.decor_mut().set_prefix(joined);
    }
}

/// The first table with a header, in file order, under `table`.
fn first_table(table: &mut Table) -> Option<&mut Table> {
    let mut children: Vec<(Option<isize>, String)> = table
        .iter()
        .filter_map(|(k, v)| v.as_table().map(|t| (t.position(), k.to_owned())))
        .collect();
    children.sort();
    let (_, first) = children.into_iter().next()?;
    let child = table.get_mut(&first)?.as_table_mut()?;
    if child.is_implicit() {
        first_table(child)
    } else {
        Some(child)
    }
}

/// `slot` set to `new`, keeping the spaces and comment around the value it replaces.
fn keeping_decor(slot: &mut Item, new: Item) {
    let decor = slot.as_value().map(|old| old.decor().clone());
    *slot = match (new, decor) {
        (Item::Value(mut v), Some(decor)) => {
            *v.decor_mut() = decor;
            Item::Value(v)
        }
        (new, _) => new,
    };
}

/// A value as a run reads it: `true`/`false` and whole numbers as TOML's own, the rest strings.
fn typed(raw: &str) -> Item {
    match raw {
        "true" => value(true),
        "false" => value(false),
        _ => match raw.parse::<i64>() {
            Ok(n) if !raw.starts_with('+') && !raw.starts_with('0') || raw == "0" => value(n),
            _ => value(raw),
        },
    }
}

/// The config's folder, made private (0700) when iamtoken creates it.
fn make_private_dir(dir: &Path) -> Result<()> {
    if dir.exists() {
        return Ok(());
    }
    let mut missing: Vec<PathBuf> = Vec::new();
    let mut at = Some(dir);
    while let Some(d) = at.filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
        missing.push(d.to_path_buf());
        at = d.parent();
    }
    std::fs::create_dir_all(dir)
        .map_err(|e| usage(format!("cannot create {}: {e}", dir.display())))?;
    #[cfg(unix)]
    for made in &missing {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(made, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edited(text: &str, edit: &Edit) -> String {
        let mut doc: DocumentMut = text.parse().unwrap();
        change(&mut doc, edit).unwrap();
        doc.to_string()
    }

    #[test]
    fn edits_keep_everything_else_byte_for_byte() {
        let text = "# mine\ndefault_context = \"a\" # the usual\n\n[context.a] # first\ngrant = \"apikey\"\n\n# b next\n[context.b]\ngrant = \"session\"\n";
        let set = Edit::Set {
            context: "a".into(),
            key: "iam-url".into(),
            value: "https://iam.test.cloud.ibm.com".into(),
        };
        assert_eq!(
            edited(text, &set),
            text.replace(
                "grant = \"apikey\"\n",
                "grant = \"apikey\"\niam_url = \"https://iam.test.cloud.ibm.com\"\n"
            )
        );
        let unset = Edit::Unset {
            context: "b".into(),
            key: "grant".into(),
        };
        assert_eq!(
            edited(text, &unset),
            text.replace("grant = \"session\"\n", "")
        );
        let new = Edit::Set {
            context: "c".into(),
            key: "retries".into(),
            value: "3".into(),
        };
        assert!(edited(text, &new).ends_with("grant = \"session\"\n\n[context.c]\nretries = 3\n"));
        let used = edited(text, &Edit::Use(Some("b".into())));
        assert_eq!(used, text.replace("\"a\" # the usual", "\"b\" # the usual"));
        assert_eq!(
            edited("", &new),
            "[context.c]\nretries = 3\n",
            "no bare [context] table"
        );
    }

    #[test]
    fn values_keep_their_type() {
        assert_eq!(typed("true").to_string(), "true");
        assert_eq!(typed("30").to_string(), "30");
        assert_eq!(typed("007").to_string(), "\"007\"");
        assert_eq!(typed("30s").to_string(), "\"30s\"");
    }
}
