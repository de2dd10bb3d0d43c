//! The import structure of `src/`: no cycle, and no import from a lower layer back up, with
//! the layers as docs/architecture.md lists them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Module name -> layer number, from docs/architecture.md's numbered list.
fn layers() -> BTreeMap<String, usize> {
    let doc = std::fs::read_to_string(root().join("docs/architecture.md")).unwrap();
    let section = doc.split("## Layers").nth(1).expect("a Layers section");
    let mut layers = BTreeMap::new();
    for line in section.lines() {
        let Some((number, rest)) = line.split_once(". ") else {
            continue;
        };
        let Ok(number) = number.trim().parse::<usize>() else {
            continue;
        };
        for name in rest.split('`').skip(1).step_by(2) {
            assert!(
                layers.insert(name.to_owned(), number).is_none(),
                "{name} is listed twice"
            );
        }
    }
    assert!(layers.len() > 10, "{layers:?}");
    layers
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Top-level module -> the top-level modules it imports (outside its tests).
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = root().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap();
        let first = relative.components().next().unwrap().as_os_str();
        let module = first.to_string_lossy().trim_end_matches(".rs").to_owned();
        let text = std::fs::read_to_string(&file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let used = graph.entry(module.clone()).or_default();
        // `crate::x` (in a `use` or a path) and, in the binaries, `iamtoken::x`.
        for prefix in ["crate::", "iamtoken::"] {
            for piece in code.split(prefix).skip(1) {
                let name: String = piece
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() && name != module {
                    used.insert(name);
                }
            }
        }
        // `use iamtoken::{a, b}` in a binary.
        for group in code.split("iamtoken::{").skip(1) {
            let inner = group.split('}').next().unwrap_or_default();
            for name in inner.split(',') {
                let name = name.trim().split("::").next().unwrap_or_default().trim();
                if !name.is_empty() && name != "self" {
                    used.insert(name.to_owned());
                }
            }
        }
    }
    graph
}

#[test]
fn every_import_runs_down_the_documented_layers() {
    let layers = layers();
    let graph = imports();
    let mut broken = Vec::new();
    for (module, used) in &graph {
        let Some(own) = layers.get(module) else {
            broken.push(format!("{module} is not in docs/architecture.md's layers"));
            continue;
        };
        for dep in used {
            match layers.get(dep) {
                Some(layer) if layer > own => {}
                Some(layer) => broken.push(format!(
                    "{module} (layer {own}) imports {dep} (layer {layer})"
                )),
                None => broken.push(format!("{module} imports {dep}, which is not listed")),
            }
        }
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

#[test]
fn the_import_graph_has_no_cycle() {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) {
        if let Some(at) = path.iter().position(|n| n == node) {
            panic!("import cycle: {} -> {node}", path[at..].join(" -> "));
        }
        if !done.insert(node.to_owned()) {
            return;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            visit(next, graph, path, done);
        }
        path.pop();
    }
    let graph = imports();
    assert!(graph.contains_key("settings") && graph["settings"].contains("args"));
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        visit(node, &graph, &mut Vec::new(), &mut done);
    }
}
