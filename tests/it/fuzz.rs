//! The fuzz targets' inputs as tests: every seed, and every input that once crashed a target
//! (kept in `fuzz/regressions/TARGET/`), goes through the target's entry in `src/fuzz.rs` on
//! each `cargo test`. Also: each target in `fuzz/fuzz_targets/` has its entry, seeds and a
//! `[[bin]]` in `fuzz/Cargo.toml`, so `.ci/run` fuzzes them all.

use std::path::Path;

use iamtoken::fuzz;

/// Each target by name, with its entry.
const TARGETS: [(&str, fn(&[u8])); 17] = [
    ("iam_answer", fuzz::iam_answer),
    ("ibmcloud_output", fuzz::ibmcloud_output),
    ("discovery_document", fuzz::discovery_document),
    ("session_record", fuzz::session_record),
    ("key_file", fuzz::key_file),
    ("exec_info", fuzz::exec_info),
    ("docker_config", fuzz::docker_config),
    ("cache_entry", fuzz::cache_entry),
    ("serve_connection", fuzz::serve_connection),
    ("jwt", fuzz::jwt),
    ("config_file", fuzz::config_file),
    ("credentials_env", fuzz::credentials_env),
    ("helper_stdin", fuzz::helper_stdin),
    ("serve_request", fuzz::serve_request),
    ("openshift_answer", fuzz::openshift_answer),
    ("vpc_answer", fuzz::vpc_answer),
    ("apikey_details", fuzz::apikey_details),
];

fn fuzz_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz"))
}

/// The files in `dir`, if it exists.
fn inputs(dir: &Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
    files.sort();
    files
}

#[test]
fn every_target_has_its_entry_seeds_and_bin() {
    let manifest = std::fs::read_to_string(fuzz_dir().join("Cargo.toml")).unwrap();
    let mut found: Vec<String> = inputs(&fuzz_dir().join("fuzz_targets"))
        .iter()
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    found.sort();
    let mut listed: Vec<String> = TARGETS.iter().map(|(n, _)| (*n).to_owned()).collect();
    listed.sort();
    assert_eq!(
        found, listed,
        "fuzz/fuzz_targets and this test's table differ"
    );
    for name in &found {
        let source =
            std::fs::read_to_string(fuzz_dir().join(format!("fuzz_targets/{name}.rs"))).unwrap();
        assert!(
            source.contains(&format!("iamtoken::fuzz::{name}(data)")),
            "{name}.rs does not call its entry"
        );
        assert!(
            manifest.contains(&format!(
                "name = \"{name}\"\npath = \"fuzz_targets/{name}.rs\""
            )),
            "fuzz/Cargo.toml has no [[bin]] for {name}"
        );
        assert!(
            !inputs(&fuzz_dir().join("seeds").join(name)).is_empty(),
            "fuzz/seeds/{name} is empty"
        );
    }
}

#[test]
fn seeds_and_past_crashes_go_through_every_target() {
    let mut ran = 0;
    for (name, entry) in TARGETS {
        for dir in ["seeds", "regressions"] {
            for file in inputs(&fuzz_dir().join(dir).join(name)) {
                let data = std::fs::read(&file).unwrap();
                let outcome = std::panic::catch_unwind(|| entry(&data));
                assert!(outcome.is_ok(), "{name} panicked on {}", file.display());
                ran += 1;
            }
        }
    }
    assert!(ran >= TARGETS.len(), "only {ran} inputs");
}
