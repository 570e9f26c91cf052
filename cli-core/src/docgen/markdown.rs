//! A Markdown reference: one page for a command tree.

use std::fmt::Write as _;

use super::{Page, pages};
use crate::Command;

/// A Markdown reference for `cmd` and its visible subcommands: a section
/// per command (heading `` `repo clone` `` with the stable anchor
/// `repo-clone`), its help text, the usage line, an options table, the
/// arguments (when one has help) and the subcommands, linked.
///
/// ```
/// use clack_core::{Command, Opt};
/// let cmd = Command::new("tool").help("Does things.").param(Opt::new("--dry-run").flag().help("Change nothing."));
/// let md = clack_core::docgen::markdown::render(&cmd);
/// assert!(md.starts_with("<a id=\"tool\"></a>\n\n# `tool`\n"));
/// assert!(md.contains("| `--dry-run` | Change nothing. |"));
/// ```
pub fn render(cmd: &Command) -> String {
    let mut out = String::new();
    for p in &pages(cmd) {
        page(&mut out, p);
    }
    out
}

fn page(out: &mut String, p: &Page) {
    let depth = p.path.split(' ').count().min(6);
    let _ = writeln!(out, "<a id=\"{}\"></a>\n", p.slug());
    let _ = writeln!(out, "{} `{}`\n", "#".repeat(depth), p.path);
    if !p.help.is_empty() {
        text(out, &p.help);
    }
    let usage = if p.usage_args.is_empty() {
        format!("Usage: {}", p.path)
    } else {
        format!("Usage: {} {}", p.path, p.usage_args)
    };
    let _ = writeln!(out, "```text\n{usage}\n```\n");
    if !p.arguments.is_empty() {
        table(out, "Argument", &p.arguments);
    }
    if !p.options.is_empty() {
        table(out, "Option", &p.options);
    }
    if !p.commands.is_empty() {
        out.push_str("| Command | Description |\n|---|---|\n");
        for (name, help) in &p.commands {
            let _ = writeln!(out, "| [`{name}`](#{}-{name}) | {} |", p.slug(), cell(help));
        }
        out.push('\n');
    }
    if !p.epilog.is_empty() {
        text(out, &p.epilog);
    }
    if let Some(v) = &p.version {
        let _ = writeln!(out, "Version: `{v}`\n");
    }
}

/// A table of definition rows, the term as code.
fn table(out: &mut String, what: &str, rows: &[(String, String)]) {
    let _ = writeln!(out, "| {what} | Description |\n|---|---|");
    for (term, help) in rows {
        let names: Vec<String> = term.split(", ").map(|n| format!("`{n}`")).collect();
        let _ = writeln!(out, "| {} | {} |", names.join(", "), cell(help));
    }
    out.push('\n');
}

/// Help text as paragraphs; a `\b` paragraph as a code block.
fn text(out: &mut String, help: &str) {
    for para in help.split("\n\n") {
        let lines: Vec<&str> = para.lines().collect();
        if lines.iter().all(|l| l.trim().is_empty()) {
            continue;
        }
        if lines.first().is_some_and(|l| l.trim() == "\x08") {
            let _ = writeln!(out, "```text\n{}\n```\n", lines[1..].join("\n"));
        } else {
            let joined: Vec<&str> = lines.iter().map(|l| l.trim()).collect();
            let _ = writeln!(out, "{}\n", joined.join(" "));
        }
    }
}

/// Text for a table cell: one line, `|` escaped.
fn cell(text: &str) -> String {
    text.replace('\x08', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}
