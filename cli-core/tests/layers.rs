//! The core's modules form layers that only look down: each top-level
//! module of `src/` may use (through `crate::` paths) only the modules
//! listed before it in [`LAYERS`]. A new module must be placed in the list,
//! and an import that points up fails here with the file that makes it.
//!
//! Test modules (`#[cfg(test)] mod tests { .. }` and `tests.rs` files) and
//! comments are left out: tests may use anything.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Bottom first. Each line is one layer's modules, in the order they may
/// use each other.
const LAYERS: &[&str] = &[
    // the operating system's calls, over libc
    "sys",
    // running an async command's future (std, or tokio), knowing nothing else
    "block_on",
    // text and bytes, knowing nothing of commands
    "order",
    "ansi",
    "compat",
    "lexer",
    "io",
    "value",
    "candidate",
    "layout",
    "error",
    "from_anyhow",
    "returns",
    // the state of one invocation
    "context",
    // output, terminal and files, through the current context's streams
    "echo",
    "term",
    "fileio",
    // parameter types, then the terminal utilities that prompt with them
    "types",
    "termui",
    // parameters and their value pipeline, then the parser over them
    "param",
    "parser",
    "constraint",
    // commands and groups: declaration, parsing, invocation
    "command",
    // configuration files read into a command tree's default maps
    "config",
    // what is rendered or answered from a command tree
    "help",
    "complete",
    // running a tree from a process or a test
    "run",
    "testing",
    // reference documentation, from the same model as help
    "docgen",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable source folder") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The source without comments and without inline test modules.
fn code_of(text: &str) -> String {
    let mut out = String::new();
    let mut skip_depth: Option<usize> = None;
    let mut depth = 0usize;
    let mut pending_cfg_test = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") {
            continue;
        }
        if skip_depth.is_none() && trimmed.starts_with("#[cfg(test)]") {
            pending_cfg_test = true;
            continue;
        }
        let opens = line.matches('{').count();
        let closes = line.matches('}').count();
        if pending_cfg_test && trimmed.starts_with("mod ") {
            pending_cfg_test = false;
            if opens > closes {
                skip_depth = Some(depth);
                depth += opens - closes;
            }
            continue;
        }
        pending_cfg_test = false;
        depth = (depth + opens).saturating_sub(closes);
        match skip_depth {
            Some(d) if depth <= d => skip_depth = None,
            Some(_) => {}
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// Every `crate::name` and `crate::{a, b::c}` first segment in `code`.
fn crate_names(code: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        let after = &rest[i + "crate::".len()..];
        if let Some(group) = after.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let first = item.trim().split("::").next().unwrap_or("").trim();
                if !first.is_empty() {
                    names.insert(first.to_string());
                }
            }
        } else {
            let ident: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            names.insert(ident);
        }
        rest = after;
    }
    names
}

/// Items re-exported at the crate root (`pub use module::{A, B};`), by the
/// module that defines them.
fn root_exports(lib: &str) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for line in code_of(lib).split(';') {
        let Some(path) = line.trim().strip_prefix("pub use ") else {
            continue;
        };
        let module = path.split("::").next().unwrap_or("").to_string();
        let items = match path.find('{') {
            Some(i) => path[i + 1..].trim_end_matches('}').to_string(),
            None => path.rsplit("::").next().unwrap_or("").to_string(),
        };
        for item in items.split(',') {
            let item = item.trim().rsplit("::").next().unwrap_or("").trim();
            if !item.is_empty() {
                map.insert(item.to_string(), module.clone());
            }
        }
    }
    map
}

#[test]
fn modules_only_look_down() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let rank: BTreeMap<&str, usize> = LAYERS.iter().enumerate().map(|(i, m)| (*m, i)).collect();
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let roots = root_exports(&fs::read_to_string(src.join("lib.rs")).expect("lib.rs"));

    let mut unplaced = BTreeSet::new();
    let mut upward = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).expect("under src");
        let top = rel
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .unwrap_or("")
            .trim_end_matches(".rs")
            .to_string();
        if top == "lib" || rel.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let Some(&own) = rank.get(top.as_str()) else {
            unplaced.insert(top);
            continue;
        };
        let code = code_of(&fs::read_to_string(file).expect("readable source"));
        for name in crate_names(&code) {
            let target = if rank.contains_key(name.as_str()) {
                Some(name.clone())
            } else {
                roots.get(&name).cloned()
            };
            if let Some(target) = target
                && let Some(&theirs) = rank.get(target.as_str())
                && theirs > own
            {
                upward.push(format!(
                    "{} uses `crate::{name}`: `{top}` may not use `{target}`, a layer above it",
                    rel.display()
                ));
            }
        }
    }
    assert!(
        unplaced.is_empty(),
        "modules missing from LAYERS in tests/layers.rs: {unplaced:?}"
    );
    assert!(
        upward.is_empty(),
        "imports that point up:\n{}",
        upward.join("\n")
    );
}

#[test]
fn the_checker_sees_imports() {
    let code = code_of(
        "use crate::context::Context;\n// crate::hidden\nfn f() { crate::echo::echo(\"\") }\n\
         #[cfg(test)]\nmod tests {\n    use crate::testing::Runner;\n}\nuse crate::{io::Io, value};\n",
    );
    let names = crate_names(&code);
    assert_eq!(
        names.into_iter().collect::<Vec<_>>(),
        ["context", "echo", "io", "value"]
    );
    let roots = root_exports("pub use command::{Command, version_option};\npub use run::Run;\n");
    assert_eq!(roots.get("Command").map(String::as_str), Some("command"));
    assert_eq!(roots.get("Run").map(String::as_str), Some("run"));
}

/// The standard library's sorts are generic, and each element type sorted
/// links its own copy of the algorithm (about 6 KiB each); the crate sorts
/// through `order`, which has one. A sort call elsewhere fails here.
#[test]
fn sorting_goes_through_order() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut calls = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).expect("under src");
        if rel == Path::new("order.rs") || rel.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let code = code_of(&fs::read_to_string(file).expect("readable source"));
        for method in [
            ".sort(",
            ".sort_by(",
            ".sort_by_key(",
            ".sort_unstable",
            ".sort_by_cached_key(",
        ] {
            if code.contains(method) {
                calls.push(format!("{} calls `{method}`", rel.display()));
            }
        }
    }
    assert!(
        calls.is_empty(),
        "sort through crate::order instead:\n{}",
        calls.join("\n")
    );
}
