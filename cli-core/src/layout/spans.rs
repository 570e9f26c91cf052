//! Where the parts of a laid-out page are: a [`Span`] of bytes and its
//! [`Role`], recorded by the formatter when asked, so that styles can be
//! painted over a page laid out plainly.

use std::ops::Range;

/// What a stretch of a help page or error message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Heading,
    Usage,
    Literal,
    Placeholder,
    Note,
    Error,
    Hint,
}

/// A stretch of text (byte offsets) and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Span {
    pub(crate) range: Range<usize>,
    pub(crate) role: Role,
}

/// The spans of a definition list's term: option names are literals and
/// the rest of an option's term placeholders; a term with no option name
/// (a command) is a literal, and under `Positional arguments` a
/// placeholder.
pub(crate) fn term_spans(term: &str, base: usize, heading: &str, spans: &mut Vec<Span>) {
    let whole = |role| Span {
        range: base..base + term.len(),
        role,
    };
    if heading == "Positional arguments" {
        spans.push(whole(Role::Placeholder));
        return;
    }
    let words = words(term);
    if !words.iter().any(|(_, w)| is_option_name(w)) {
        spans.push(whole(Role::Literal));
        return;
    }
    for (at, word) in words {
        let name = word.trim_end_matches([',', ';']);
        if name.is_empty() || name == "/" {
            continue;
        }
        let role = if is_option_name(name) {
            Role::Literal
        } else {
            Role::Placeholder
        };
        spans.push(Span {
            range: base + at..base + at + name.len(),
            role,
        });
    }
}

/// Each word (run without whitespace) of `text` and its byte offset.
pub(crate) fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

fn is_option_name(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(chars.next(), Some('-' | '/' | '+')) && chars.next().is_some()
}

/// Where the note at the end of a definition (`[default: 1]`, Click's
/// `extra`) starts in `def`, if it has one.
pub(crate) fn note_start(def: &str) -> Option<usize> {
    if !def.ends_with(']') {
        return None;
    }
    match def.rfind("  [") {
        Some(i) => Some(i + 2),
        None => def.starts_with('[').then_some(0),
    }
}

/// The offset in `wrapped` where its last `count` non-whitespace
/// characters begin (wrapping changes only whitespace).
pub(crate) fn start_of_last_visible(wrapped: &str, count: usize) -> usize {
    let mut seen = 0;
    for (i, c) in wrapped.char_indices().rev() {
        if !c.is_whitespace() {
            seen += 1;
            if seen == count {
                return i;
            }
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_split_into_names_and_metavars() {
        let mut spans = Vec::new();
        term_spans("-n, --name TEXT", 0, "Options", &mut spans);
        let got: Vec<_> = spans.iter().map(|s| (s.range.clone(), s.role)).collect();
        assert_eq!(
            got,
            [
                (0..2, Role::Literal),
                (4..10, Role::Literal),
                (11..15, Role::Placeholder)
            ]
        );
        spans.clear();
        term_spans("--shout / --no-shout", 0, "Options", &mut spans);
        assert_eq!(spans.len(), 2);
        spans.clear();
        term_spans("clone", 4, "Commands", &mut spans);
        assert_eq!(spans[0].range, 4..9);
        assert_eq!(spans[0].role, Role::Literal);
    }

    #[test]
    fn notes_are_found_after_wrapping() {
        let def = "The count.  [default: 1; required]";
        let start = note_start(def).unwrap();
        assert_eq!(&def[start..], "[default: 1; required]");
        let wrapped = "The count.  [default:\n      1; required]";
        let n = def[start..].chars().filter(|c| !c.is_whitespace()).count();
        assert_eq!(
            &wrapped[start_of_last_visible(wrapped, n)..],
            "[default:\n      1; required]"
        );
        assert_eq!(note_start("[required]"), Some(0));
        assert_eq!(note_start("Plain help."), None);
    }
}
