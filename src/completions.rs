//! Shell completion and man pages, from the one clap definition: `iamtoken completions SHELL`
//! prints a script that asks `iamtoken` (from PATH) what to offer, which clap_complete's engine
//! answers from the definition, with this machine's context names, regions and cache IDs; and
//! `iamtoken man` renders the pages. The copies in completions/ and man/ are committed, and a
//! test fails when they drift (`IAMTOKEN_REGENERATE=1 cargo test --lib generated`).

use std::io::{self, Write};
use std::path::Path;

use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use clap_complete::env::Shells;
use clap_mangen::roff::{Roff, roman};

use crate::cli::{self, Shell};
use crate::config::Config;
use crate::endpoint::PRIVATE_REGIONS;

/// The variable that asks `iamtoken` for completions (set by the scripts, never by users).
pub const VAR: &str = "IAMTOKEN_COMPLETE";

/// The definition completion follows: the command line, with candidates for the values that
/// depend on this machine.
pub fn command() -> clap::Command {
    let cmd = cli::command();
    let cmd = with_candidates(cmd, "context", &contexts);
    let cmd = with_candidates(cmd, "region", &regions);
    // `session --name` (id `session`, under exec, check and serve too) and `logout --name`.
    let cmd = with_candidates(cmd, "session", &sessions);
    cmd.mut_subcommand("logout", |logout| {
        logout.mut_arg("name", |a| a.add(ArgValueCandidates::new(sessions)))
    })
    .mut_subcommand("config", |config| {
        config.mut_subcommand("show", |show| {
            show.mut_arg("name", |a| a.add(ArgValueCandidates::new(contexts)))
        })
    })
    .mut_subcommand("cache", |cache| {
        cache.mut_subcommand("clear", |clear| {
            clear.mut_arg("ids", |a| a.add(ArgValueCandidates::new(cache_ids)))
        })
    })
}

/// `cmd` with `candidates` for option `id`, wherever the option is defined (the root's global
/// option, and the copies the commands that are not grants keep).
fn with_candidates(
    cmd: clap::Command,
    id: &str,
    candidates: &'static (dyn Fn() -> Vec<CompletionCandidate> + Send + Sync),
) -> clap::Command {
    let has = |c: &clap::Command| c.get_arguments().any(|a| a.get_id() == id);
    let mut cmd = if has(&cmd) {
        cmd.mut_arg(id, |a| a.add(ArgValueCandidates::new(candidates)))
    } else {
        cmd
    };
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, |sub| with_candidates(sub, id, candidates));
    }
    cmd
}

/// A candidate's description: it comes from files (a session's claims, a cache entry), so
/// never raw to the terminal.
fn shown(text: &str) -> clap::builder::StyledStr {
    crate::output::escape_controls(text).into()
}

/// The config's contexts, each with its grant.
fn contexts() -> Vec<CompletionCandidate> {
    let Ok(config) = Config::load() else {
        return Vec::new();
    };
    config
        .contexts()
        .map(|c| {
            let grant = c.grant.clone().unwrap_or_else(|| "no grant".into());
            CompletionCandidate::new(&c.name).help(Some(shown(&grant)))
        })
        .collect()
}

/// Completion reads the sessions' records only, never the credential store.
const NEVER_ASKED: std::time::Duration = std::time::Duration::ZERO;

/// The stored sessions, each with who it is.
fn sessions() -> Vec<CompletionCandidate> {
    let folder = crate::folders::state().map(|d| crate::session::folder(&d));
    let Some(Ok(Some(sessions))) =
        folder.map(|f| crate::session::Sessions::open(&f, false, NEVER_ASKED))
    else {
        return Vec::new();
    };
    sessions
        .names()
        .unwrap_or_default()
        .into_iter()
        .map(|name| {
            let who = sessions.load(&name).ok().flatten();
            let who = who.map(|s| shown(s.who()));
            CompletionCandidate::new(name).help(who)
        })
        .collect()
}

fn regions() -> Vec<CompletionCandidate> {
    PRIVATE_REGIONS
        .iter()
        .map(CompletionCandidate::new)
        .collect()
}

/// The cache's entries by ID, each with its grant.
fn cache_ids() -> Vec<CompletionCandidate> {
    let dir = crate::settings::cache_dir().map(|d| d.value);
    let Some(store) = crate::cache::Store::open_existing(dir.as_deref(), &mut io::sink()) else {
        return Vec::new();
    };
    store
        .entries()
        .unwrap_or_default()
        .into_iter()
        .map(|listed| {
            let grant = listed.entry.map_or_else(|| "damaged".into(), |e| e.grant);
            CompletionCandidate::new(listed.id).help(Some(shown(&grant)))
        })
        .collect()
}

/// The script that makes `shell` complete `iamtoken` by asking `iamtoken`, found on PATH (so
/// the same script works wherever iamtoken is installed).
pub fn script(shell: Shell, out: &mut dyn Write) -> io::Result<()> {
    let shells = Shells::builtins();
    let completer = shells
        .completer(shell.name())
        .ok_or_else(|| io::Error::other(format!("no completion for {}", shell.name())))?;
    completer.write_registration(VAR, "iamtoken", "iamtoken", "iamtoken", out)
}

/// The exit codes, as the root page's EXIT STATUS lists them (README.md, "Exit codes").
const EXIT_STATUS: [(&str, &str); 13] = [
    ("0", "the token was printed, or the command succeeded"),
    ("1", "internal failure"),
    ("2", "usage or input error"),
    ("3", "IAM refused the request"),
    ("4", "IAM unreachable or unavailable"),
    ("5", "IAM's answer was not a token response"),
    ("6", "IAM's token has less life than --min-ttl"),
    ("7", "inspect: the token has expired"),
    ("8", "inspect: the signature is not verified"),
    ("9", "check: the API key is disabled or expiring"),
    ("126", "exec: the command cannot be executed"),
    ("127", "exec: the command was not found"),
    (
        "other",
        "exec: the command's own exit code (128 + N when signal N ended it)",
    ),
];

/// The variables iamtoken reads, as the root page's ENVIRONMENT lists them.
const ENVIRONMENT: [(&str, &str); 14] = [
    ("IBMCLOUD_API_KEY, IC_API_KEY", "--apikey"),
    ("IBMCLOUD_CR_TOKEN", "--cr-token"),
    ("IBMCLOUD_IAM_API_ENDPOINT", "--iam-url"),
    ("IAMTOKEN_CONTEXT", "--context"),
    ("IAMTOKEN_OUTPUT", "the default -o of the grants"),
    ("IAMTOKEN_NO_CACHE", "--no-cache"),
    ("IAMTOKEN_CACHE_DIR", "the token cache folder"),
    (
        "IAMTOKEN_CONFIG",
        "the config file (/dev/null, or NUL on Windows: none)",
    ),
    ("IAMTOKEN_CA_BUNDLE", "--cacert"),
    (
        "IAMTOKEN_CR_TOKEN_PATHS",
        "the token files cr-token searches (separated as in PATH)",
    ),
    ("IBMCLOUD_CR_VPC_URL", "vpc --metadata-url"),
    ("IBM_CREDENTIALS_FILE", "--sdk-service's credentials file"),
    ("HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY", "proxies"),
    (
        "SSL_CERT_FILE, SSL_CERT_DIR",
        "the system's CA roots on Linux (macOS and Windows use the OS's certificate store)",
    ),
];

/// The files iamtoken reads and writes, as the root page's FILES lists them.
const FILES: [(&str, &str); 3] = [
    (
        "~/.config/iamtoken/config.toml",
        "the config file and its contexts (the platform's config folder; IAMTOKEN_CONFIG)",
    ),
    (
        "~/.cache/iamtoken/",
        "the token cache, 0700, with 0600 entries (the platform's cache folder; IAMTOKEN_CACHE_DIR)",
    ),
    (
        "ibm-credentials.env",
        "the IBM SDKs' credentials file, for --sdk-service (IBM_CREDENTIALS_FILE, ./, ~/)",
    ),
];

/// Writes the page of `cmd` (named `name`, as `iamtoken exec`) into `out`: clap_mangen's
/// sections, then the command's examples and notes as written (no-fill, so that man does not
/// re-wrap code), and for the root page ENVIRONMENT, FILES and EXIT STATUS.
fn page(cmd: &clap::Command, root: bool, out: &mut dyn Write) -> io::Result<()> {
    let man = clap_mangen::Man::new(cmd.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(out)?;
    }
    if cmd.has_subcommands() {
        man.render_subcommands_section(out)?;
    }
    let mut roff = Roff::default();
    if let Some(notes) = cmd.get_after_long_help() {
        for paragraph in notes.to_string().split("\n\n") {
            let (title, body) = match paragraph.split_once('\n') {
                Some((first, rest)) if first.ends_with(':') => {
                    let title = first.trim_end_matches(':').to_uppercase();
                    (title, rest)
                }
                _ => ("NOTES".to_owned(), paragraph),
            };
            // The root's exit codes have their own section below.
            if root && title == "NOTES" && body.starts_with("Exit codes") {
                continue;
            }
            roff.control("SH", [title.as_str()]);
            roff.control("nf", []);
            for line in body.lines() {
                roff.text([roman(line)]);
            }
            roff.control("fi", []);
        }
    }
    if root {
        for (title, rows) in [
            ("ENVIRONMENT", &ENVIRONMENT[..]),
            ("FILES", &FILES[..]),
            ("EXIT STATUS", &EXIT_STATUS[..]),
        ] {
            roff.control("SH", [title]);
            for (name, meaning) in rows {
                roff.control("TP", []);
                roff.text([roman(*name)]);
                roff.text([roman(*meaning)]);
            }
        }
    }
    roff.to_writer(out)?;
    man.render_version_section(out)
}

/// The man pages' definition: the command line without the help subcommand, built.
fn man_command() -> clap::Command {
    let mut cmd = cli::command().disable_help_subcommand(true);
    cmd.build();
    cmd
}

/// iamtoken's own page.
pub fn man(out: &mut dyn Write) -> io::Result<()> {
    page(&man_command(), true, out)
}

/// Every page, `iamtoken.1` and one per command (`iamtoken-cache-list.1`), into `dir`.
pub fn man_pages(dir: &Path) -> io::Result<()> {
    fn write(cmd: &clap::Command, root: bool, dir: &Path) -> io::Result<()> {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            write(sub, false, dir)?;
        }
        let name = clap_mangen::Man::new(cmd.clone()).get_filename();
        let mut file = std::fs::File::create(dir.join(name))?;
        page(cmd, root, &mut file)?;
        file.flush()
    }
    write(&man_command(), true, dir)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::fs;

    use super::*;

    fn generate(completions: &Path, man: &Path) {
        // Every shell `completions` takes, from its definition.
        for &shell in <Shell as clap::ValueEnum>::value_variants() {
            let name = match shell {
                Shell::Bash => "iamtoken.bash",
                Shell::Zsh => "_iamtoken",
                Shell::Fish => "iamtoken.fish",
                Shell::Powershell => "_iamtoken.ps1",
                Shell::Elvish => "iamtoken.elv",
            };
            let mut file = fs::File::create(completions.join(name)).unwrap();
            script(shell, &mut file).unwrap();
        }
        man_pages(man).unwrap();
    }

    fn contents(dir: &Path) -> BTreeMap<String, String> {
        fs::read_dir(dir)
            .map(|entries| {
                entries
                    .map(|e| {
                        let e = e.unwrap();
                        let name = e.file_name().to_string_lossy().into_owned();
                        (name, fs::read_to_string(e.path()).unwrap())
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn generated_files_are_up_to_date() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (completions, man) = (root.join("completions"), root.join("man"));
        if std::env::var_os("IAMTOKEN_REGENERATE").is_some() {
            for dir in [&completions, &man] {
                let _ = fs::remove_dir_all(dir);
                fs::create_dir_all(dir).unwrap();
            }
            generate(&completions, &man);
            return;
        }
        let fresh = tempfile::tempdir().unwrap();
        let (new_completions, new_man) = (fresh.path().join("c"), fresh.path().join("m"));
        fs::create_dir_all(&new_completions).unwrap();
        fs::create_dir_all(&new_man).unwrap();
        generate(&new_completions, &new_man);
        for (committed, new) in [(&completions, &new_completions), (&man, &new_man)] {
            assert!(
                contents(committed) == contents(new),
                "{} is stale: run `IAMTOKEN_REGENERATE=1 cargo test --lib generated` and commit the result",
                committed.display()
            );
        }
    }

    #[test]
    fn the_scripts_call_iamtoken_from_path_by_name() {
        // Every shell `completions` takes, from its definition.
        for &shell in <Shell as clap::ValueEnum>::value_variants() {
            let mut out = Vec::new();
            script(shell, &mut out).unwrap();
            let text = String::from_utf8(out).unwrap();
            assert!(text.contains(VAR), "{shell:?}: {text}");
            assert!(
                !text.contains("target/"),
                "{shell:?} names a build path: {text}"
            );
        }
    }
}
