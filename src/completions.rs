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
    .mut_subcommand("passcode", |passcode| {
        passcode.mut_arg("name", |a| a.add(ArgValueCandidates::new(sessions)))
    })
    .mut_subcommand("accounts", |accounts| {
        accounts.mut_arg("name", |a| a.add(ArgValueCandidates::new(sessions)))
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
const FILES: [(&str, &str); 5] = [
    (
        "~/.config/iamtoken/config.toml",
        "the config file and its contexts (the platform's config folder; IAMTOKEN_CONFIG)",
    ),
    (
        "~/.cache/iamtoken/",
        "the token cache, 0700, with 0600 entries (the platform's cache folder; IAMTOKEN_CACHE_DIR)",
    ),
    (
        "~/.local/state/iamtoken/sessions/",
        "login's sessions, 0700, with 0600 records (the platform's state folder); a refresh \
         token is in the OS credential store, or in its record",
    ),
    (
        "$XDG_RUNTIME_DIR/iamtoken/serve/",
        "the records of serve --detach's services (else serve/ in the state folder)",
    ),
    (
        "ibm-credentials.env",
        "the IBM SDKs' credentials file, for --sdk-service (IBM_CREDENTIALS_FILE, ./, ~/)",
    ),
];

/// Writes the page of `cmd` into `out`: clap_mangen's sections, then the command's examples
/// and notes as written (no-fill, so that man does not re-wrap code); each subcommand that is
/// not a grant (`cache list`, `serve stop`) as a section of its own; for the root page
/// ENVIRONMENT, FILES and EXIT STATUS; and SEE ALSO.
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
        subcommands(cmd, root, out)?;
    }
    if !root {
        for sub in nested(cmd).filter(|s| !is_grant(s)) {
            nested_section(cmd, sub, out)?;
        }
    }
    let mut roff = Roff::default();
    notes(cmd, root, &mut roff);
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
    see_also(&mut roff, &related(cmd, root));
    roff.to_writer(out)?;
    man.render_version_section(out)
}

/// The SUBCOMMANDS section: each with the page or section that tells more (a grant's own page;
/// a nested command's section below).
fn subcommands(cmd: &clap::Command, root: bool, out: &mut dyn Write) -> io::Result<()> {
    let mut roff = Roff::default();
    roff.control("SH", ["SUBCOMMANDS"]);
    for sub in nested(cmd) {
        let name = sub.get_name();
        roff.control("TP", []);
        if root || is_grant(sub) {
            roff.text([
                clap_mangen::roff::bold(format!("iamtoken-{name}")),
                roman("(1)"),
            ]);
        } else {
            roff.text([
                clap_mangen::roff::bold(format!("{} {name}", cmd.get_name())),
                roman(" (below)"),
            ]);
        }
        if let Some(about) = sub.get_about() {
            roff.text([roman(about.to_string())]);
        }
    }
    roff.to_writer(out)
}

/// A command's visible subcommands.
fn nested(cmd: &clap::Command) -> impl Iterator<Item = &clap::Command> {
    cmd.get_subcommands().filter(|s| !s.is_hide_set())
}

/// Whether `cmd` is a grant or a cluster credential (under `exec`, `check` or `serve` too): its
/// options are on its own page.
fn is_grant(cmd: &clap::Command) -> bool {
    cli::token_command_names()
        .iter()
        .any(|n| n == cmd.get_name())
}

/// `sub` of `parent`, as a section of the parent's page: its synopsis, description and options
/// as subsections.
fn nested_section(
    parent: &clap::Command,
    sub: &clap::Command,
    out: &mut dyn Write,
) -> io::Result<()> {
    let title = format!("{} {}", parent.get_name(), sub.get_name()).to_uppercase();
    let mut body = Vec::new();
    let man = clap_mangen::Man::new(sub.clone());
    man.render_synopsis_section(&mut body)?;
    man.render_description_section(&mut body)?;
    if sub.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut body)?;
    }
    let mut roff = Roff::default();
    notes(sub, false, &mut roff);
    roff.to_writer(&mut body)?;
    let body = String::from_utf8_lossy(&body).replace("\n.SH ", "\n.SS ");
    let body = body
        .strip_prefix(".SH ")
        .map_or(body.clone(), |rest| format!(".SS {rest}"));
    writeln!(out, ".SH \"{title}\"")?;
    out.write_all(body.as_bytes())
}

/// The pages a page points to: from the root, every other; from a grant, the commands that
/// wrap it; from those, the grants; and the registry's helper and its setup, each other.
fn related(cmd: &clap::Command, root: bool) -> Vec<String> {
    let all = man_command();
    let page = |name: &str| format!("iamtoken-{name}");
    if root {
        let mut pages: Vec<String> = nested(&all).map(|s| page(s.get_name())).collect();
        pages.push(HELPER.to_owned());
        return pages;
    }
    let name = cmd.get_name();
    let mut pages = vec!["iamtoken".to_owned()];
    if is_grant(cmd) {
        pages.extend(cli::WRAPPERS.iter().map(|w| page(w)));
    } else if cli::WRAPPERS.contains(&name) {
        pages.extend(
            nested(cmd)
                .filter(|s| is_grant(s))
                .map(|s| page(s.get_name())),
        );
    } else if name == "registry" {
        pages.push(HELPER.to_owned());
    }
    pages
}

/// The registry's credential helper, which has a page of its own.
const HELPER: &str = "docker-credential-iamtoken";

fn see_also(roff: &mut Roff, pages: &[String]) {
    roff.control("SH", ["SEE ALSO"]);
    // Page names are not hyphenated across lines.
    roff.control("nh", []);
    let mut parts = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        parts.push(clap_mangen::roff::bold(page.as_str()));
        let sep = if i + 1 == pages.len() { "(1)" } else { "(1), " };
        parts.push(roman(sep));
    }
    roff.text(parts);
    roff.control("hy", []);
}

/// The command's examples and notes, as written (no-fill).
fn notes(cmd: &clap::Command, root: bool, roff: &mut Roff) {
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
}

/// docker-credential-iamtoken's page: it speaks docker's credential helper protocol, not
/// clap's command line, so its text is the helper's own help.
fn helper_page(out: &mut dyn Write) -> io::Result<()> {
    let mut roff = Roff::default();
    let version = env!("CARGO_PKG_VERSION");
    roff.control("TH", [HELPER, "1", "", &format!("iamtoken {version}")]);
    roff.control("SH", ["NAME"]);
    roff.text([roman(format!(
        "{HELPER} - IBM Cloud Container Registry credentials from iamtoken"
    ))]);
    roff.control("SH", ["SYNOPSIS"]);
    roff.text([
        clap_mangen::roff::bold(HELPER),
        roman(" <get|store|erase|list|version>"),
    ]);
    roff.control("SH", ["DESCRIPTION"]);
    roff.control("nf", []);
    for line in cli::CREDENTIAL_HELPER_HELP
        .lines()
        .skip_while(|l| !l.is_empty())
    {
        roff.text([roman(line)]);
    }
    roff.control("fi", []);
    see_also(
        &mut roff,
        &["iamtoken".to_owned(), "iamtoken-registry".to_owned()],
    );
    roff.to_writer(out)
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

/// `iamtoken help [COMMAND]` at a terminal: the command's man page (`iamtoken-COMMAND`, or
/// `iamtoken`), shown by `man` as `git help` shows its pages, when `man` finds it installed.
/// `None` otherwise (no terminal, no `man`, no such page or command): clap's help then, as
/// before. Asked only when the first word is `help`.
pub fn help_page(args: &[std::ffi::OsString]) -> Option<std::process::ExitCode> {
    use std::io::IsTerminal as _;
    use std::process::{Command, Stdio};
    let words: Vec<&str> = args
        .get(1..)?
        .iter()
        .map(|a| a.to_str())
        .collect::<Option<_>>()?;
    let (first, rest) = words.split_first()?;
    if *first != "help" || !io::stdout().is_terminal() {
        return None;
    }
    let page = match rest.first() {
        None => "iamtoken".to_owned(),
        Some(name)
            if cli::shared()
                .get_subcommands()
                .any(|c| c.get_name() == *name) =>
        {
            format!("iamtoken-{name}")
        }
        Some(_) => return None,
    };
    let installed = Command::new("man")
        .args(["-w", &page])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .ok()?
        .success();
    if !installed {
        return None;
    }
    let shown = Command::new("man").arg(&page).status().ok()?;
    Some(std::process::ExitCode::from(
        u8::try_from(shown.code().unwrap_or(1)).unwrap_or(1),
    ))
}

/// Every page into `dir`: `iamtoken.1`, one per top-level command (`iamtoken-cache.1`, with
/// `cache list` as a section of it; the grants under `exec`, `check` and `serve` are on their
/// own pages), and `docker-credential-iamtoken.1`.
pub fn man_pages(dir: &Path) -> io::Result<()> {
    let write = |name: String, render: &dyn Fn(&mut dyn Write) -> io::Result<()>| {
        let mut file = std::fs::File::create(dir.join(name))?;
        render(&mut file)?;
        file.flush()
    };
    let root = man_command();
    for sub in nested(&root) {
        let name = clap_mangen::Man::new(sub.clone()).get_filename();
        write(name, &|out| page(sub, false, out))?;
    }
    write(format!("{HELPER}.1"), &helper_page)?;
    write("iamtoken.1".to_owned(), &|out| page(&root, true, out))
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
