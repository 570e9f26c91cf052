//! The user guide cannot rot: every chapter in `docs/` is compiled as doc
//! tests of the `clack` crate (`src/lib.rs`, module `guide`), and no Rust
//! snippet in it opts out of being compiled.

use std::path::Path;

fn chapters() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("docs/ exists")
        .map(|e| {
            e.expect("a readable entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n.ends_with(".md"))
        .collect();
    names.sort();
    names
}

#[test]
fn every_chapter_is_a_doc_test() {
    let lib =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    let names = chapters();
    assert!(names.len() >= 15, "the guide has its chapters: {names:?}");
    for name in names {
        assert!(
            lib.contains(&format!("= \"{name}\"")),
            "docs/{name} is not listed in src/lib.rs's guide module, so its snippets are not compiled"
        );
    }
    assert!(
        lib.contains("include_str!(\"../README.md\")"),
        "README.md is compiled too"
    );
}

#[test]
fn no_rust_snippet_is_left_uncompiled() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = chapters()
        .into_iter()
        .map(|n| root.join("docs").join(n))
        .collect();
    files.push(root.join("README.md"));
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, line) in text.lines().enumerate() {
            let fence = line.trim_start();
            if let Some(info) = fence.strip_prefix("```")
                && info.starts_with("rust")
            {
                assert!(
                    !info.contains("ignore"),
                    "{}:{}: a Rust snippet marked ignore is never compiled",
                    file.display(),
                    i + 1
                );
            }
        }
    }
}

/// GitHub's anchor for a heading: lower case, punctuation dropped, spaces
/// turned into dashes.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

#[test]
fn links_between_chapters_resolve() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = chapters()
        .into_iter()
        .map(|n| root.join("docs").join(n))
        .collect();
    files.push(root.join("README.md"));
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (start, _) in text.match_indices("](") {
            let rest = &text[start + 2..];
            let Some(end) = rest.find(')') else { continue };
            let target = &rest[..end];
            if target.starts_with("http")
                || target.starts_with("clack::")
                || !target.contains(".md")
            {
                continue;
            }
            let (path, fragment) = target.split_once('#').unwrap_or((target, ""));
            let linked = file.parent().unwrap().join(path);
            let linked_text = std::fs::read_to_string(&linked)
                .unwrap_or_else(|_| panic!("{}: broken link to {target}", file.display()));
            if !fragment.is_empty() {
                let found = linked_text
                    .lines()
                    .filter_map(|l| l.strip_prefix('#'))
                    .map(|l| anchor(l.trim_start_matches('#')))
                    .any(|a| a == fragment);
                assert!(
                    found,
                    "{}: no heading for #{fragment} in {path}",
                    file.display()
                );
            }
        }
    }
}
