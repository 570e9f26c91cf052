//! Man pages: one roff page per command (`prog.1`, `prog-sub.1`).

use std::fmt::Write as _;

use super::{Page, pages};
use crate::Command;
use crate::layout::spans::{Role, term_spans};

/// The man pages of `cmd` and its visible subcommands: a file name
/// (`repo.1`, `repo-clone.1`) and its roff text each, root first.
///
/// Each page has NAME, SYNOPSIS, DESCRIPTION, the arguments (when one has
/// help), OPTIONS (with the notes help shows: defaults, environment
/// variables, choices, ranges), COMMANDS for a group, the epilog, the
/// version (root page) and SEE ALSO. Click's `\b` paragraphs stay as
/// written (`.nf` ... `.fi`).
///
/// ```
/// use clack_core::{Command, Opt};
/// let cmd = Command::new("tool").help("Does things.").param(Opt::new("--dry-run").flag().help("Change nothing."));
/// let pages = clack_core::docgen::man::render(&cmd);
/// assert_eq!(pages[0].0, "tool.1");
/// assert!(pages[0].1.contains(".SH NAME\ntool \\- Does things."));
/// assert!(pages[0].1.contains("\\fB\\-\\-dry\\-run\\fR\nChange nothing."));
/// ```
pub fn render(cmd: &Command) -> Vec<(String, String)> {
    let pages = pages(cmd);
    let root_version = pages.first().and_then(|p| p.version.clone());
    let root = pages.first().map(Page::slug).unwrap_or_default();
    pages
        .iter()
        .map(|p| {
            (
                format!("{}.1", p.slug()),
                page(p, root_version.as_deref(), &root),
            )
        })
        .collect()
}

fn page(p: &Page, version: Option<&str>, root: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        ".TH \"{}\" \"1\" \"\" \"{}\" \"{} Manual\"",
        escape(&p.slug().to_uppercase()),
        escape(version.unwrap_or("")),
        escape(root)
    );
    out.push_str(".SH NAME\n");
    if p.summary.is_empty() {
        let _ = writeln!(out, "{}", line(&escape(&p.slug())));
    } else {
        let name = format!("{} \\- {}", escape(&p.slug()), escape(&p.summary));
        let _ = writeln!(out, "{}", line(&name));
    }
    out.push_str(".SH SYNOPSIS\n");
    let _ = writeln!(out, ".B {}", line(&escape(&p.path)));
    if !p.usage_args.is_empty() {
        let _ = writeln!(out, "{}", line(&escape(&p.usage_args)));
    }
    if !p.help.is_empty() {
        out.push_str(".SH DESCRIPTION\n");
        paragraphs(&mut out, &p.help);
    }
    if !p.arguments.is_empty() {
        out.push_str(".SH ARGUMENTS\n");
        rows(&mut out, &p.arguments, "Positional arguments");
    }
    if !p.options.is_empty() {
        out.push_str(".SH OPTIONS\n");
        rows(&mut out, &p.options, "Options");
    }
    if !p.commands.is_empty() {
        out.push_str(".SH COMMANDS\n");
        for (name, help) in &p.commands {
            let _ = writeln!(out, ".TP\n\\fB{}\\fR", escape(name));
            let see = format!("{}-{name}", p.slug());
            let text = if help.is_empty() {
                format!("See \\fB{}\\fR(1).", escape(&see))
            } else {
                format!("{} See \\fB{}\\fR(1).", escape(help), escape(&see))
            };
            let _ = writeln!(out, "{}", line(&text));
        }
    }
    if !p.epilog.is_empty() {
        out.push_str(".SH NOTES\n");
        paragraphs(&mut out, &p.epilog);
    }
    if let Some(v) = &p.version {
        out.push_str(".SH VERSION\n");
        let _ = writeln!(out, "{}", line(&escape(v)));
    }
    let mut see: Vec<String> = Vec::new();
    if let Some((parent, _)) = p.path.rsplit_once(' ') {
        see.push(parent.replace(' ', "-"));
    }
    see.extend(p.commands.iter().map(|(n, _)| format!("{}-{n}", p.slug())));
    if !see.is_empty() {
        out.push_str(".SH \"SEE ALSO\"\n");
        let refs: Vec<String> = see
            .iter()
            .map(|s| format!("\\fB{}\\fR(1)", escape(s)))
            .collect();
        let _ = writeln!(out, "{}", refs.join(", "));
    }
    out
}

/// Definition rows as `.TP` items: names bold, metavars italic.
fn rows(out: &mut String, rows: &[(String, String)], heading: &str) {
    for (term, help) in rows {
        let mut spans = Vec::new();
        term_spans(term, 0, heading, &mut spans);
        let mut styled = String::new();
        let mut at = 0;
        for span in &spans {
            styled.push_str(&escape(&term[at..span.range.start]));
            let font = if span.role == Role::Literal { "B" } else { "I" };
            let _ = write!(styled, "\\f{font}{}\\fR", escape(&term[span.range.clone()]));
            at = span.range.end;
        }
        styled.push_str(&escape(&term[at..]));
        let _ = writeln!(out, ".TP\n{}", line(&styled));
        if !help.is_empty() {
            paragraphs(out, help);
        }
    }
}

/// Paragraphs of help text: a blank line between them; a paragraph whose
/// first line is `\b` kept line for line.
fn paragraphs(out: &mut String, text: &str) {
    let mut first = true;
    for para in text.split("\n\n") {
        let lines: Vec<&str> = para.lines().collect();
        if lines.iter().all(|l| l.trim().is_empty()) {
            continue;
        }
        if !first {
            out.push_str(".PP\n");
        }
        first = false;
        if lines.first().is_some_and(|l| l.trim() == "\x08") {
            out.push_str(".nf\n");
            for l in &lines[1..] {
                let _ = writeln!(out, "{}", line(&escape(l)));
            }
            out.push_str(".fi\n");
        } else {
            let joined: Vec<&str> = lines.iter().map(|l| l.trim()).collect();
            let _ = writeln!(out, "{}", line(&escape(&joined.join(" "))));
        }
    }
}

/// Text safe in roff: backslashes and hyphens escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\e"),
            '-' => out.push_str("\\-"),
            '\x08' | '\x0c' => {}
            c => out.push(c),
        }
    }
    out
}

/// A line of roff text that does not start a request (`.` or `'`).
fn line(text: &str) -> String {
    if text.starts_with(['.', '\'']) {
        format!("\\&{text}")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(escape("a-b\\c"), "a\\-b\\ec");
        assert_eq!(line(".x"), "\\&.x");
        assert_eq!(line("'x"), "\\&'x");
        let mut out = String::new();
        paragraphs(&mut out, "One\ntwo.\n\n\x08\n  keep\n  this\n\nEnd.");
        assert_eq!(out, "One two.\n.PP\n.nf\n  keep\n  this\n.fi\n.PP\nEnd.\n");
    }
}
