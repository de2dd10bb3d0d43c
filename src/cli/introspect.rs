//! Facts read off the clap definition rather than kept in lists that would go stale: the grant
//! names, the secret options and their variables.

use super::{Credential, Grant};

/// Terraform's name for the API key, read when `IBMCLOUD_API_KEY` is not set.
pub const IC_API_KEY: &str = "IC_API_KEY";

/// The variables a grant's own options read (after what is typed, before a context): the
/// option, the commands whose option reads them, and the variables, first found first.
/// `--help` says each as fixed text; a test holds this list to it.
pub const GRANT_VARIABLES: [(&str, &[&str], &[&str]); 3] = [
    (
        "apikey",
        &["apikey", "delegated", "iks", "openshift"],
        &["IBMCLOUD_API_KEY", IC_API_KEY],
    ),
    ("cr_token", &["cr-token"], &["IBMCLOUD_CR_TOKEN"]),
    ("metadata_url", &["vpc"], &["IBMCLOUD_CR_VPC_URL"]),
];

/// The built-in values of a grant's own options, the last the settings layer looks at: the
/// command, the option, the value (`--help` says each as fixed text).
pub const GRANT_DEFAULTS: [(&str, &str, &str); 2] = [
    ("vpc", "metadata_url", "http://169.254.169.254"),
    ("vpc", "metadata_version", "2022-03-01"),
];

/// The variables option `id` of token command `command` reads, first found first (none for
/// an option that reads none).
pub fn grant_variables(command: &str, id: &str) -> &'static [&'static str] {
    GRANT_VARIABLES
        .iter()
        .find(|(i, commands, _)| *i == id && commands.contains(&command))
        .map_or(&[], |(_, _, names)| names)
}

/// The built-in value of option `id` of token command `command`, if it has one.
pub fn grant_default(command: &str, id: &str) -> Option<&'static str> {
    GRANT_DEFAULTS
        .iter()
        .find(|(c, i, _)| *c == command && *i == id)
        .map(|(_, _, value)| *value)
}

/// The variables that hold credentials: those of the secret options.
pub fn credential_variables() -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for (id, _, variables) in GRANT_VARIABLES {
        if SECRET_IDS.contains(&id) {
            names.extend(variables.iter().map(|v| (*v).to_owned()));
        }
    }
    names
}

/// The own options (not the global ones) of the grants and credential commands whose values
/// parse as `T` (`Source`: the
/// secret options; `PathBuf`: the paths), each once, in definition order. From those commands
/// alone: the root command's help is built from these, so the root command cannot be.
pub fn grant_options_of<T: 'static>() -> Vec<clap::Arg> {
    let mut options: Vec<clap::Arg> = Vec::new();
    for arg in token_commands()
        .get_subcommands()
        .flat_map(clap::Command::get_arguments)
        .filter(|a| !super::is_global(a.get_id().as_str()))
        .filter(|a| a.get_value_parser().type_id() == std::any::TypeId::of::<T>())
    {
        if !options.iter().any(|known| known.get_id() == arg.get_id()) {
            options.push(arg.clone());
        }
    }
    options
}

/// The grants and the credential commands, as subcommands of an empty command: built once a
/// run, since every fact below is read off it and a run asks for several.
fn token_commands() -> &'static clap::Command {
    use clap::Subcommand as _;
    static TOKENS: std::sync::OnceLock<clap::Command> = std::sync::OnceLock::new();
    TOKENS.get_or_init(|| {
        Credential::augment_subcommands(Grant::augment_subcommands(clap::Command::new("tokens")))
            .mut_subcommands(super::defined)
    })
}

/// The definition of grant or credential command `name`, on its own (its options, the global
/// ones among them, and its groups), unbuilt; `None` for any other command.
pub fn token_command(name: &str) -> Option<clap::Command> {
    if !is_token_command(name) {
        return None;
    }
    super::command_at(&[name])
}

/// Whether `name` is a grant or a credential command (`iks`, `openshift`): a command that
/// prints a token.
pub fn is_token_command(name: &str) -> bool {
    use clap::Subcommand as _;
    Grant::has_subcommand(name) || Credential::has_subcommand(name)
}

/// The names of the grants and credential commands that `keep` accepts, in definition order:
/// read off their undefined commands, which cost next to nothing to make.
fn names(keep: impl Fn(&clap::Command) -> bool) -> Vec<String> {
    use clap::Subcommand as _;
    Credential::augment_subcommands(Grant::augment_subcommands(clap::Command::new("tokens")))
        .get_subcommands()
        .filter(|c| keep(c))
        .map(|c| c.get_name().to_owned())
        .collect()
}

/// The subcommands that print a token: the grants and the credential commands (`iks`,
/// `openshift`), which take a context's identity as a grant does.
pub fn token_command_names() -> Vec<String> {
    names(|_| true)
}

/// The credential commands (`iks`, `openshift`): not grants, so never a context's `grant`, nor
/// after `exec` or `check`.
pub fn credential_names() -> Vec<String> {
    use clap::Subcommand as _;
    names(|c| Credential::has_subcommand(c.get_name()))
}

/// The grant subcommands (a context's `grant`), from their clap definition.
pub fn grant_names() -> Vec<String> {
    use clap::Subcommand as _;
    names(|c| Grant::has_subcommand(c.get_name()))
}

/// The options that take a secret (`VALUE`, `@PATH`, `env:NAME` or `-`), as `--name`, found by
/// their value parser in the grants' definitions.
pub fn secret_options() -> Vec<String> {
    secret_ids()
        .iter()
        .map(|id| format!("--{}", id.replace('_', "-")))
        .collect()
}

/// The ids of the options that take a secret (`apikey`, `client_secret`, ...): the keys a
/// config file should give as `@PATH` or `env:NAME`. Kept as a list, since a run that finds its
/// token in the cache reads it and building the grants' definitions to find them costs more than
/// the rest of that run; a test holds it to the definitions (`grant_options_of::<Source>`).
pub const SECRET_IDS: [&str; 7] = [
    "apikey",
    "client_secret",
    "access_token",
    "refresh_token",
    "cookie",
    "cr_token",
    "password",
];

/// The grants' options that take a path, held to the definitions by the same test.
pub const PATH_IDS: [&str; 1] = ["cr_token_file"];

/// `SECRET_IDS`, owned.
pub fn secret_ids() -> Vec<String> {
    SECRET_IDS.map(String::from).to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::Source;

    #[test]
    fn the_lists_of_secret_and_path_options_are_the_definitions() {
        let ids = |args: Vec<clap::Arg>| -> Vec<String> {
            args.iter().map(|a| a.get_id().to_string()).collect()
        };
        assert_eq!(ids(grant_options_of::<Source>()), SECRET_IDS);
        assert_eq!(ids(grant_options_of::<std::path::PathBuf>()), PATH_IDS);
    }

    /// What `--help` says of each grant option's variable and default is the settings layer's
    /// list: every `[env: …]` and `[default: …]` a grant's own option shows is in it, and every
    /// entry is shown.
    #[test]
    fn the_variables_and_defaults_of_grant_options_are_what_help_says() {
        let mut said = Vec::new();
        for grant in token_commands().get_subcommands() {
            for arg in grant
                .get_arguments()
                .filter(|a| !super::super::is_global(a.get_id().as_str()))
            {
                let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
                let shown = |label: &str| {
                    help.split(&format!("[{label}: "))
                        .nth(1)
                        .and_then(|rest| rest.split(']').next())
                        .map(str::to_owned)
                };
                let id = arg.get_id().as_str();
                let name = grant.get_name();
                if let Some(var) = shown("env") {
                    said.push(("env", name.to_owned(), id.to_owned(), var));
                }
                if let Some(value) = shown("default") {
                    said.push(("default", name.to_owned(), id.to_owned(), value));
                }
                assert!(
                    arg.get_env().is_none(),
                    "{name} --{id}: the layer reads variables"
                );
                assert!(
                    arg.get_default_values().is_empty(),
                    "{name} --{id}: the layer applies defaults"
                );
            }
        }
        let mut listed = Vec::new();
        for (id, grants, variables) in GRANT_VARIABLES {
            for grant in grants {
                listed.push((
                    "env",
                    (*grant).to_owned(),
                    id.to_owned(),
                    variables.join(", "),
                ));
            }
        }
        for (grant, id, value) in GRANT_DEFAULTS {
            listed.push(("default", grant.to_owned(), id.to_owned(), value.to_owned()));
        }
        // Defaults the command applies itself: session's name, openshift's server.
        said.retain(|s| !(s.0 == "default" && ["session", "server"].contains(&s.2.as_str())));
        said.sort();
        listed.sort();
        assert_eq!(said, listed);
    }
}
