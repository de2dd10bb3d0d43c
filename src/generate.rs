//! Shell completions (completions/) and man pages (man/) from the clap definition. Both are
//! committed; this test fails when they drift from the code. Regenerate with
//! `IAMTOKEN_REGENERATE=1 cargo test generated`.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use clap_complete::Shell;

fn generate(completions: &Path, man: &Path) {
    let mut cmd = crate::cli::command();
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ] {
        clap_complete::generate_to(shell, &mut cmd, "iamtoken", completions).unwrap();
    }
    let fish = completions.join("iamtoken.fish");
    let text = fs::read_to_string(&fish).unwrap();
    fs::write(&fish, literal_dollars(&text)).unwrap();
    clap_mangen::generate_to(crate::cli::command(), man).unwrap();
}

/// clap_complete puts the values of `-o` and their descriptions in one double-quoted fish
/// string, where fish would expand `$Env` and `$GITHUB_ENV` to nothing: escaped there.
fn literal_dollars(fish: &str) -> String {
    let mut out = String::with_capacity(fish.len());
    let mut in_values = false;
    for line in fish.split_inclusive('\n') {
        if in_values {
            out.push_str(&line.replace('$', "\\$"));
            in_values = !line.trim_end().ends_with('"');
            continue;
        }
        // A value list that goes on past this line: `-a "json\t'…'` with no closing quote.
        match line.split_once(" -a \"") {
            Some((head, values)) if !values.contains('"') => {
                out.push_str(head);
                out.push_str(" -a \"");
                out.push_str(&values.replace('$', "\\$"));
                in_values = true;
            }
            _ => out.push_str(line),
        }
    }
    out
}

#[test]
fn fish_shows_dollar_names_in_descriptions() {
    let dir = tempfile::tempdir().unwrap();
    generate(dir.path(), dir.path());
    let script = format!(
        "source {}; complete -C 'iamtoken apikey -o '",
        dir.path().join("iamtoken.fish").display()
    );
    let Ok(out) = std::process::Command::new("fish")
        .args(["-c", &script])
        .output()
    else {
        panic!("fish is needed (Debian package fish; .ci/run installs it)");
    };
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(shown.contains("$Env:NAME"), "{shown}");
    assert!(shown.contains("$GITHUB_ENV"), "{shown}");
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
            "{} is stale: run `IAMTOKEN_REGENERATE=1 cargo test generated` and commit the result",
            committed.display()
        );
    }
}
