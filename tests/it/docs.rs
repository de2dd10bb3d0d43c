//! README and docs/ stay true: every relative link and `#anchor` (as GitHub makes heading
//! anchors) resolves, every command, option and environment variable the binary offers is
//! documented in README or a page it links, every example command line parses, and the examples
//! that need nothing but an API key run against the stand-in IAM.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// README, SECURITY.md and every page of docs/.
fn pages() -> Vec<PathBuf> {
    let mut pages = vec![root().join("README.md"), root().join("SECURITY.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    pages.extend(docs);
    pages
}

/// The lines of `text` outside code fences.
fn prose(text: &str) -> Vec<&str> {
    let mut fenced = false;
    text.lines()
        .filter(|line| {
            if line.starts_with("```") {
                fenced = !fenced;
                return false;
            }
            !fenced
        })
        .collect()
}

/// GitHub's anchor for a heading: lower case, punctuation but `-` and `_` dropped, spaces as
/// `-`; a repeated one gets `-1`, `-2`, ….
fn anchors(text: &str) -> HashSet<String> {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut all = HashSet::new();
    for line in prose(text) {
        let Some(heading) = line.trim_start_matches('#').strip_prefix(' ') else {
            continue;
        };
        if !line.starts_with('#') {
            continue;
        }
        let slug: String = heading
            .trim()
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ' '))
            .map(|c| if c == ' ' { '-' } else { c })
            .collect();
        let n = seen.entry(slug.clone()).or_insert(0);
        all.insert(if *n == 0 {
            slug.clone()
        } else {
            format!("{slug}-{n}")
        });
        *n += 1;
    }
    all
}

/// The `(target)` of every `[text](target)` in the prose of `text`.
fn links(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in prose(text) {
        let mut rest = line;
        while let Some(at) = rest.find("](") {
            rest = &rest[at + 2..];
            let Some(end) = rest.find(')') else { break };
            found.push(rest[..end].to_owned());
            rest = &rest[end..];
        }
    }
    found
}

#[test]
fn every_relative_link_and_anchor_resolves() {
    let mut broken = Vec::new();
    for page in pages() {
        let text = std::fs::read_to_string(&page).unwrap();
        for target in links(&text) {
            // Web addresses, and GitHub's own pages relative to the repository's (releases).
            if target.contains("://")
                || target.starts_with("mailto:")
                || target.starts_with("../../")
            {
                continue;
            }
            let (path, anchor) = target.split_once('#').unwrap_or((&target, ""));
            let dest = if path.is_empty() {
                page.clone()
            } else {
                page.parent().unwrap().join(path)
            };
            let shown = format!("{}: {target}", page.strip_prefix(root()).unwrap().display());
            if !dest.exists() {
                broken.push(format!("{shown} (no such file)"));
                continue;
            }
            if !anchor.is_empty() {
                let text = std::fs::read_to_string(&dest).unwrap();
                if !anchors(&text).contains(anchor) {
                    broken.push(format!("{shown} (no such heading)"));
                }
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn every_command_option_and_variable_is_documented() {
    let docs: String = pages()
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    let mut missing = Vec::new();
    let mut walk = vec![(String::new(), iamtoken::cli::command())];
    while let Some((path, cmd)) = walk.pop() {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            let name = format!("{path}{}", sub.get_name());
            if !docs.contains(&format!("`{}", sub.get_name()))
                && !docs.contains(&format!(" {} ", sub.get_name()))
            {
                missing.push(format!("command {name}"));
            }
            walk.push((format!("{name} "), sub.clone()));
        }
        for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            if let Some(long) = arg.get_long()
                && !matches!(long, "help" | "version")
                && !docs.contains(&format!("--{long}"))
            {
                missing.push(format!("option --{long} of `{path}`"));
            }
            if let Some(var) = arg.get_env().map(|v| v.to_string_lossy().into_owned())
                && !docs.contains(&var)
            {
                missing.push(format!("variable {var}"));
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "not documented:\n{}",
        missing.join("\n")
    );
}

/// The command lines of the shell examples: each `iamtoken …` in a `sh` or `console` block (also
/// inside `$(…)`), joined across `\` line ends, without a trailing comment; as words.
fn examples(text: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for whole in shell_lines(text) {
        let whole = whole.as_str();
        for (at, _) in whole.match_indices("iamtoken ") {
            // iamtoken as the program a command runs: at the start, after `$(`, a quote, a pipe
            // or `&&`, or after variable assignments; not as an argument (`install iamtoken …`,
            // `--exec-command=iamtoken`).
            let before = whole[..at].trim_end();
            let runs = before.is_empty()
                || before.ends_with(['(', '"', '|', ';', '&', '`'])
                || whole[..at].ends_with(' ')
                    && before.split_whitespace().last().is_some_and(|w| {
                        w.contains('=') && !w.starts_with('-') || w == "time" || w == "exec"
                    });
            if !runs {
                continue;
            }
            found.push(words(&whole[at..]));
        }
    }
    found
}

/// The lines of the shell blocks (`sh`, `console`, `bash`) of `text`, joined across `\` line
/// ends, without a `$ ` prompt or a trailing comment.
fn shell_lines(text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut block = false;
    let mut joined = String::new();
    for line in text.lines() {
        if line.starts_with("```") {
            block = matches!(line.trim(), "```sh" | "```console" | "```bash");
            continue;
        }
        if !block {
            continue;
        }
        let line = line.strip_prefix("$ ").unwrap_or(line);
        if let Some(start) = line.strip_suffix('\\') {
            joined.push_str(start);
            continue;
        }
        joined.push_str(line);
        let whole = std::mem::take(&mut joined);
        lines.push(whole.split(" # ").next().unwrap_or_default().to_owned());
    }
    lines
}

/// `line` as a shell would split it, up to the end of the command (`)`, `|`, `;`, `&&`, `>`).
fn words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote: Option<char> = None;
    let mut started = false;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (None, '\'' | '"') => {
                quote = Some(c);
                started = true;
            }
            (None, ' ') => {
                if started || !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                    started = false;
                }
            }
            (None, ')' | '|' | ';' | '>' | '&') => break,
            (_, c) => word.push(c),
        }
    }
    if started || !word.is_empty() {
        words.push(word);
    }
    words
}

/// Every `iamtoken …` example in README and docs/ is a command line iamtoken's definition
/// takes: no unknown command or option, no option in the wrong place, no bad value.
#[test]
fn every_example_command_line_parses() {
    let mut refused = Vec::new();
    let mut count = 0;
    for page in pages() {
        let text = std::fs::read_to_string(&page).unwrap();
        for example in examples(&text) {
            count += 1;
            let parsed = iamtoken::cli::command().try_get_matches_from(&example);
            if let Err(e) = parsed {
                use clap::error::ErrorKind as K;
                if !matches!(
                    e.kind(),
                    K::DisplayHelp | K::DisplayVersion | K::MissingSubcommand
                ) {
                    let shown = page.strip_prefix(root()).unwrap().display();
                    refused.push(format!("{shown}: {}\n  {}", example.join(" "), e.kind()));
                }
            }
        }
    }
    assert!(count > 50, "only {count} examples found");
    assert!(
        refused.is_empty(),
        "examples refused:\n{}",
        refused.join("\n")
    );
}

/// The examples that need nothing but an API key run, as a shell runs them, against the
/// stand-in IAM: every line of README and docs/ that fetches with `iamtoken apikey` and names
/// no file, placeholder, other server or endpoint (the key and the endpoint come from
/// `IBMCLOUD_API_KEY` and `IBMCLOUD_IAM_API_ENDPOINT`, as the examples say).
#[cfg(unix)]
#[test]
fn the_api_key_examples_run_against_the_stand_in() {
    use crate::support::{StandIn, isolated};
    const KEY: &str = "SENTINEL-docs-key";
    // Tokens that are JWTs with an expiry, signed by a key the stand-in publishes: `inspect`
    // reads and verifies them.
    let iam = StandIn::issuing_jwts(3600);
    let build = crate::support::bin().parent().unwrap().to_owned();
    let unrunnable = [
        "@",
        "...",
        "http",
        "--iam-url",
        "--test-env",
        "--private",
        "--region",
        "--cacert",
        "--proxy",
        "--context",
        "<",
        "curl",
        "terraform",
        "kubectl",
    ];
    let mut ran = Vec::new();
    for page in pages() {
        let text = std::fs::read_to_string(&page).unwrap();
        for line in shell_lines(&text) {
            if !line.contains("iamtoken apikey") || unrunnable.iter().any(|w| line.contains(w)) {
                continue;
            }
            let home = tempfile::tempdir().unwrap();
            let github_env = home.path().join("github-env");
            let path =
                std::env::join_paths([build.as_path(), Path::new("/usr/bin"), Path::new("/bin")])
                    .unwrap();
            let mut sh = isolated("sh", &home);
            sh.args(["-euc", &line])
                .env("PATH", path)
                .env("IBMCLOUD_API_KEY", KEY)
                .env("IBMCLOUD_IAM_API_ENDPOINT", &iam.url)
                .env("GITHUB_ENV", &github_env)
                // A CI secret, as the CI examples name it.
                .env("SECRET", KEY);
            let out = assert_cmd::Command::from_std(sh)
                .timeout(std::time::Duration::from_secs(30))
                .output()
                .unwrap();
            let shown = page.strip_prefix(root()).unwrap().display();
            assert!(
                out.status.success(),
                "{shown}: {line}\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
            ran.push(line);
        }
    }
    assert!(ran.len() >= 5, "only these ran: {ran:#?}");
    assert!(iam.received().len() >= ran.len(), "every example fetched");
}
