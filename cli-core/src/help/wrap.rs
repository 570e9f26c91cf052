//! Text measurement and wrapping for help pages, as Click does it.
//!
//! This module owns the width of a string on screen ([`term_len`], which
//! ignores ANSI escape sequences), Click's paragraph-aware [`wrap_text`],
//! Python's [`shorten`] and [`cleandoc`], and the first-sentence summary
//! Click shows for a command in its parent's listing
//! ([`make_default_short_help`]). The line filling itself is
//! [`TextWrapper`], a port of Python's `textwrap.TextWrapper`. Lengths are
//! counted in `char`s like Python's `len`: combining and wide characters
//! count as one column each.

use std::borrow::Cow;

use super::pystr::{char_len, expandtabs, lstrip, slice_from, split_whitespace, splitlines, strip};
pub use super::textwrap::{Flavor, TextWrapper};

/// The length in bytes of the ANSI escape sequence starting at byte `i` of
/// `text`, following Click's `_ansi_re` (`\x1b\[[0-?]*[ -/]*[@-~]`).
pub(crate) fn ansi_len_at(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    if b.get(i) != Some(&0x1b) || b.get(i + 1) != Some(&b'[') {
        return None;
    }
    let mut j = i + 2;
    while b.get(j).is_some_and(|c| (0x30..=0x3f).contains(c)) {
        j += 1;
    }
    while b.get(j).is_some_and(|c| (0x20..=0x2f).contains(c)) {
        j += 1;
    }
    b.get(j)
        .is_some_and(|c| (0x40..=0x7e).contains(c))
        .then_some(j + 1 - i)
}

/// Removes ANSI escape sequences, like Click's `strip_ansi`.
///
/// Only CSI sequences (`ESC [` parameters, intermediates, final byte) are
/// recognised, exactly like Click's `_ansi_re`; other escapes are kept.
///
/// ```
/// use clack_core::help::wrap::strip_ansi;
/// assert_eq!(strip_ansi("\x1b[1;31mred\x1b[0m"), "red");
/// assert_eq!(strip_ansi("plain"), "plain");
/// ```
pub fn strip_ansi(s: &str) -> Cow<'_, str> {
    if !s.contains('\x1b') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut start = 0;
    let mut i = 0;
    while i < s.len() {
        if let Some(len) = ansi_len_at(s, i) {
            out.push_str(&s[start..i]);
            i += len;
            start = i;
        } else {
            i += s[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    out.push_str(&s[start..]);
    Cow::Owned(out)
}

/// The visible width of `s`: its number of `char`s once ANSI escape
/// sequences are removed (Click's `term_len`).
///
/// ```
/// use clack_core::help::wrap::term_len;
/// assert_eq!(term_len("\x1b[1mbold\x1b[0m"), 4);
/// assert_eq!(term_len("né"), 2);
/// ```
pub fn term_len(s: &str) -> usize {
    char_len(&strip_ansi(s))
}

/// Click's `formatting.wrap_text`: wraps `text` to `width` columns.
///
/// Tabs are expanded first. Without `preserve_paragraphs` the text is one
/// paragraph whose line breaks are ordinary whitespace. With it, blank lines
/// separate paragraphs; the leading whitespace of a paragraph's first line
/// is kept as extra indent for the whole paragraph; and a paragraph whose
/// first line is `\x08` (`\b`) keeps its line breaks and is only indented.
/// Paragraphs are separated by one blank line in the result, which has no
/// trailing newline.
///
/// ```
/// use clack_core::help::wrap::wrap_text;
/// let text = "First paragraph here.\n\n\x08\nkeep\n  these lines";
/// assert_eq!(wrap_text(text, 14, "  ", "  ", true),
///            "  First\n  paragraph\n  here.\n\n  keep\n    these lines");
/// assert_eq!(wrap_text("a b c", 3, "", "", false), "a b\nc");
/// ```
pub fn wrap_text(
    text: &str,
    width: usize,
    initial_indent: &str,
    subsequent_indent: &str,
    preserve_paragraphs: bool,
) -> String {
    let text = expandtabs(text, 8);
    let wrapper = TextWrapper::new(width).with_indents(initial_indent, subsequent_indent);
    if !preserve_paragraphs {
        return wrapper.fill(&text);
    }

    let mut paragraphs: Vec<(usize, bool, String)> = Vec::new();
    let mut buf: Vec<&str> = Vec::new();
    let mut indent: Option<usize> = None;
    let flush = |buf: &mut Vec<&str>, indent: Option<usize>, out: &mut Vec<_>| {
        let Some(first) = buf.first() else {
            return;
        };
        if strip(first) == "\x08" {
            out.push((indent.unwrap_or(0), true, buf[1..].join("\n")));
        } else {
            out.push((indent.unwrap_or(0), false, buf.join(" ")));
        }
        buf.clear();
    };
    for line in splitlines(&text) {
        if line.is_empty() {
            flush(&mut buf, indent, &mut paragraphs);
            indent = None;
        } else if indent.is_none() {
            let stripped = lstrip(line);
            indent = Some(term_len(line).saturating_sub(term_len(stripped)));
            buf.push(stripped);
        } else {
            buf.push(line);
        }
    }
    flush(&mut buf, indent, &mut paragraphs);

    let rendered: Vec<String> = paragraphs
        .iter()
        .map(|(indent, raw, text)| {
            let w = wrapper.with_extra_indent(&" ".repeat(*indent));
            if *raw {
                w.indent_only(text)
            } else {
                w.fill(text)
            }
        })
        .collect();
    rendered.join("\n\n")
}

/// Python's `textwrap.shorten`: collapses whitespace and truncates `text` to
/// one line of at most `width` code points, ending with `placeholder`.
///
/// Widths here are code point counts (the standard library wrapper), not
/// visible widths. Python raises `ValueError` when the placeholder does not
/// fit in `width`; this returns the text if it fits and otherwise the
/// placeholder without its leading whitespace.
///
/// ```
/// use clack_core::help::wrap::shorten;
/// assert_eq!(shorten("Hello  world!", 12, " [...]", true), "Hello world!");
/// assert_eq!(shorten("Hello  world!", 11, " [...]", true), "Hello [...]");
/// ```
pub fn shorten(text: &str, width: usize, placeholder: &str, break_on_hyphens: bool) -> String {
    let collapsed = split_whitespace(strip(text)).collect::<Vec<_>>().join(" ");
    let mut wrapper = TextWrapper::stdlib(width);
    wrapper.max_lines = Some(1);
    placeholder.clone_into(&mut wrapper.placeholder);
    wrapper.break_on_hyphens = break_on_hyphens;
    wrapper.fill(&collapsed)
}

/// Click's `utils._make_default_short_help`: the short help derived from a
/// help text.
///
/// Takes the first paragraph (up to the first `\n\n`), drops a leading
/// `\b` marker, collapses whitespace, stops after the first sentence (a
/// word ending in `.` that ends the text or is followed by a word not
/// starting in lowercase) and shortens the result to `max_length` code
/// points with `...`, without splitting hyphenated words. Click's default
/// `max_length` is 45.
///
/// ```
/// use clack_core::help::wrap::make_default_short_help;
/// assert_eq!(make_default_short_help("Sync files. Then exit.", 45), "Sync files.");
/// assert_eq!(make_default_short_help("Compare a vs. b quickly. More.", 45),
///            "Compare a vs. b quickly.");
/// assert_eq!(make_default_short_help("one two three-four five", 16), "one two...");
/// ```
pub fn make_default_short_help(help: &str, max_length: usize) -> String {
    let first = help.split_once("\n\n").map_or(help, |(first, _)| first);
    let mut words: Vec<&str> = split_whitespace(first).collect();
    if words.first() == Some(&"\x08") {
        words.remove(0);
    }
    if words.is_empty() {
        return String::new();
    }
    let last_index = words.len() - 1;
    let sentence_end = (0..words.len()).find(|&i| {
        words[i].ends_with('.')
            && (i == last_index || !words[i + 1].chars().next().is_some_and(char::is_lowercase))
    });
    if let Some(i) = sentence_end {
        words.truncate(i + 1);
    }
    let text = words.join(" ");
    if char_len(&text) <= max_length {
        return text;
    }
    if max_length < 3 {
        return "...".to_owned();
    }
    shorten(&text, max_length, "...", false)
}

/// Python's `inspect.cleandoc`: removes the indentation common to all lines
/// after the first, leading whitespace of the first line, and leading and
/// trailing blank lines. Tabs are expanded first.
///
/// ```
/// use clack_core::help::wrap::cleandoc;
/// assert_eq!(cleandoc("  Summary.\n\n    Details\n      more\n  "),
///            "Summary.\n\nDetails\n  more");
/// ```
pub fn cleandoc(text: &str) -> String {
    let expanded = expandtabs(text, 8);
    let mut lines: Vec<&str> = expanded.split('\n').collect();
    let margin = lines[1..]
        .iter()
        .filter_map(|line| {
            let content = char_len(lstrip(line));
            (content > 0).then(|| char_len(line) - content)
        })
        .min();
    lines[0] = lstrip(lines[0]);
    if let Some(margin) = margin {
        for line in &mut lines[1..] {
            *line = slice_from(line, margin);
        }
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    let leading = lines.iter().take_while(|l| l.is_empty()).count();
    lines[leading..].join("\n")
}
