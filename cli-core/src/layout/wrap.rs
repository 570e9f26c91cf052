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

use crate::ansi::term_len;
use crate::compat::pystr::{
    char_len, expandtabs, lstrip, slice_from, split_whitespace, splitlines, strip,
};
use crate::compat::textwrap::TextWrapper;

/// Click's `formatting.wrap_text`: wraps `text` to `width` columns.
///
/// Tabs are expanded first. Without `preserve_paragraphs` the text is one
/// paragraph whose line breaks are ordinary whitespace. With it, blank lines
/// separate paragraphs; the leading whitespace of a paragraph's first line
/// is kept as extra indent for the whole paragraph; and a paragraph whose
/// first line is `\x08` (`\b`) keeps its line breaks and is only indented.
/// Paragraphs are separated by one blank line in the result, which has no
/// trailing newline.
pub fn wrap_text(
    text: &str,
    width: usize,
    initial_indent: &str,
    subsequent_indent: &str,
    preserve_paragraphs: bool,
) -> String {
    // One line of printable ASCII that fits: every path below gives it back
    // as it is, after the first indent.
    let printable = |s: &str| s.bytes().all(|b| (b' '..=b'~').contains(&b));
    let bytes = text.as_bytes();
    if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last())
        && first != b' '
        && last != b' '
        && initial_indent.len() + bytes.len() <= width.max(1)
        && printable(text)
        && printable(initial_indent)
    {
        return format!("{initial_indent}{text}");
    }
    wrap_text_full(
        text,
        width,
        initial_indent,
        subsequent_indent,
        preserve_paragraphs,
    )
}

/// [`wrap_text`] without its one-line shortcut.
fn wrap_text_full(
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
pub fn cleandoc(text: &str) -> String {
    if !text.contains(['\n', '\t']) {
        // One line without tabs: only its leading whitespace goes.
        return lstrip(text).to_string();
    }
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

#[cfg(test)]
mod tests {
    //! Expected strings were produced by Click 8.5.1 on CPython 3.11.

    use super::*;
    use crate::ansi::strip_ansi;

    #[test]
    fn term_len_and_strip_ansi() {
        assert_eq!(term_len("plain"), 5);
        assert_eq!(strip_ansi("plain"), "plain");
        assert_eq!(term_len("\x1b[1mbold\x1b[0m"), 4);
        assert_eq!(strip_ansi("\x1b[1mbold\x1b[0m"), "bold");
        assert_eq!(term_len("\x1b[38;5;208morange\x1b[39m"), 6);
        assert_eq!(strip_ansi("\x1b[38;5;208morange\x1b[39m"), "orange");
        assert_eq!(term_len("\x1b["), 2);
        assert_eq!(strip_ansi("\x1b["), "\x1b[");
        assert_eq!(term_len("\x1b[12"), 4);
        assert_eq!(strip_ansi("\x1b[12"), "\x1b[12");
        assert_eq!(term_len("a\x1bb"), 3);
        assert_eq!(strip_ansi("a\x1bb"), "a\x1bb");
        assert_eq!(term_len("\x1b]8;;http://x\x07link\x1b]8;;\x07"), 24);
        assert_eq!(
            strip_ansi("\x1b]8;;http://x\x07link\x1b]8;;\x07"),
            "\x1b]8;;http://x\x07link\x1b]8;;\x07"
        );
        assert_eq!(term_len("\x1b[?25l\x1b[ q"), 0);
        assert_eq!(strip_ansi("\x1b[?25l\x1b[ q"), "");
        assert_eq!(term_len("\x1b[\x1b[1mx"), 3);
        assert_eq!(strip_ansi("\x1b[\x1b[1mx"), "\x1b[x");
        assert_eq!(term_len("né日本\u{301}"), 5);
        assert_eq!(strip_ansi("né日本\u{301}"), "né日本\u{301}");
        assert_eq!(term_len(""), 0);
        assert_eq!(strip_ansi(""), "");
    }

    #[test]
    fn wrap_text_breaks_after_hyphens() {
        assert_eq!(
            wrap_text("a well-known state-of-the-art approach", 12, "", "", false),
            "a well-known\nstate-of-\nthe-art\napproach"
        );
        assert_eq!(
            wrap_text("a well-known state-of-the-art approach", 9, "", "", false),
            "a well-\nknown\nstate-of-\nthe-art\napproach"
        );
        assert_eq!(
            wrap_text("x-ray a-b-c ab-c-de re-run", 6, "", "", false),
            "x-ray\na-b-c\nab-c-\nde re-\nrun"
        );
        assert_eq!(
            wrap_text("numbers 12-34 and ab-1b stay whole", 8, "", "", false),
            "numbers\n12-34\nand\nab-1b\nstay\nwhole"
        );
    }

    #[test]
    fn wrap_text_long_words() {
        assert_eq!(
            wrap_text("supercalifragilisticexpialidocious word", 10, "", "", false),
            "supercalif\nragilistic\nexpialidoc\nious word"
        );
        assert_eq!(
            wrap_text(
                "see supercalifragilisticexpialidocious",
                10,
                "> ",
                "  ",
                false
            ),
            "> see supe\n  rcalifra\n  gilistic\n  expialid\n  ocious"
        );
        assert_eq!(
            wrap_text("\x1b[1mabcdefghijklmno\x1b[0m next", 5, "", "", false),
            "\x1b[1mabcde\nfghij\nklmno\x1b[0m\nnext"
        );
        assert_eq!(wrap_text("abcd-efgh", 5, "", "", false), "abcd-\nefgh");
        assert_eq!(
            wrap_text("abcd-efghijkl", 5, "", "", false),
            "abcd-e\nfghij\nkl"
        );
        assert_eq!(
            wrap_text("loooooooooong-hyphenated-woooooooooord", 12, "", "", false),
            "loooooooooon\ng-\nhyphenated-w\noooooooooord"
        );
    }

    #[test]
    fn wrap_text_em_dashes() {
        assert_eq!(
            wrap_text("use this--or that--freely", 10, "", "", false),
            "use this--\nor that--\nfreely"
        );
        assert_eq!(
            wrap_text("wait--what? x---y a --b", 6, "", "", false),
            "wait--\nwhat?\nx---y\na --b"
        );
    }

    #[test]
    fn wrap_text_indents() {
        assert_eq!(
            wrap_text("one two three four five six", 12, "* ", "  ", false),
            "* one two\n  three four\n  five six"
        );
        assert_eq!(
            wrap_text(
                "one two three four five six",
                12,
                "\x1b[1m* \x1b[0m",
                "  ",
                false
            ),
            "\x1b[1m* \x1b[0mone two\n  three four\n  five six"
        );
        assert_eq!(
            wrap_text(
                "Usage: is not special here at all",
                20,
                "Usage: ",
                "       ",
                false
            ),
            "Usage: Usage: is not\n       special here\n       at all"
        );
        assert_eq!(
            wrap_text("   leading spaces stay", 10, "", "", false),
            "   leading\nspaces\nstay"
        );
        assert_eq!(wrap_text("trailing   ", 8, "", "", false), "trailing");
    }

    #[test]
    fn wrap_text_paragraphs() {
        assert_eq!(
            wrap_text(
                "First line\nstill first.\n\nSecond paragraph\n  keeps going.",
                20,
                "",
                "",
                true
            ),
            "First line still\nfirst.\n\nSecond paragraph\nkeeps going."
        );
        assert_eq!(
            wrap_text(
                "    Indented paragraph gets extra indent on every line.\n\nNormal.",
                24,
                "  ",
                "  ",
                true
            ),
            "      Indented paragraph\n      gets extra indent\n      on every line.\n\n  Normal."
        );
        assert_eq!(
            wrap_text(
                "Intro.\n\n\x08\nraw line one\n   raw indented\n\nAfter.",
                12,
                "  ",
                "  ",
                true
            ),
            "  Intro.\n\n  raw line one\n     raw indented\n\n  After."
        );
        assert_eq!(
            wrap_text("  \x08\n  a  b\n  c\n\nx", 30, "", "", true),
            "    a  b\n    c\n\nx"
        );
        assert_eq!(wrap_text("\x08", 30, "", "", true), "");
        assert_eq!(wrap_text("a\n   \nb", 30, "", "", true), "a     b");
        assert_eq!(wrap_text("a\n\n\n\nb", 30, "", "", true), "a\n\nb");
        assert_eq!(
            wrap_text("a\r\nb\x0cc\u{2028}d", 30, "", "", true),
            "a b c d"
        );
        assert_eq!(
            wrap_text("tabs\tare\texpanded\n\n\tfirst", 40, "", "", true),
            "tabs    are     expanded\n\n        first"
        );
    }

    #[test]
    fn wrap_text_degenerate_inputs() {
        assert_eq!(wrap_text("", 10, "", "", false), "");
        assert_eq!(wrap_text("", 10, "", "", true), "");
        assert_eq!(wrap_text("   ", 10, "", "", false), "");
        assert_eq!(wrap_text("  \n \n", 10, "  ", "  ", true), "");
        assert_eq!(wrap_text("ab cd", 1, "", "", false), "a\nb\nc\nd");
        assert_eq!(wrap_text("a b", 3, "", "", false), "a b");
        assert_eq!(
            wrap_text("naïve 日本語 e\u{301}te\u{301}", 6, "", "", false),
            "naïve\n日本語\ne\u{301}te\u{301}"
        );
    }

    #[test]
    fn shorten_edge_cases() {
        assert_eq!(shorten("Hello  world!", 12, " [...]", true), "Hello world!");
        assert_eq!(shorten("Hello  world!", 11, " [...]", true), "Hello [...]");
        assert_eq!(
            shorten("  lots \n of\t space  ", 30, "...", true),
            "lots of space"
        );
        assert_eq!(shorten("", 5, "...", true), "");
        assert_eq!(shorten("abcdefghij", 5, "...", true), "...");
        assert_eq!(shorten("well-known fact", 12, "...", true), "well-...");
        assert_eq!(shorten("well-known fact", 12, "...", false), "...");
        assert_eq!(shorten("one two", 3, "...", true), "...");
        assert_eq!(shorten("aaa bbb ccc", 7, "...", true), "aaa...");
        assert_eq!(shorten("aaa bbb ccc", 8, " [...]", true), "[...]");
        assert_eq!(shorten("abc", 3, "", true), "abc");
    }

    #[test]
    fn default_short_help() {
        assert_eq!(
            make_default_short_help("Sync files. Then exit.", 45),
            "Sync files."
        );
        assert_eq!(
            make_default_short_help("Compare a vs. b quickly. More.", 45),
            "Compare a vs. b quickly."
        );
        assert_eq!(
            make_default_short_help("\x08\nRaw first.\nline", 45),
            "Raw first. line"
        );
        assert_eq!(make_default_short_help("", 45), "");
        assert_eq!(make_default_short_help("\x08", 45), "");
        assert_eq!(make_default_short_help("   \n\n  Second para.", 45), "");
        assert_eq!(
            make_default_short_help("No period here\n\nsecond.", 45),
            "No period here"
        );
        assert_eq!(
            make_default_short_help("Version 1. 2 is next.", 45),
            "Version 1."
        );
        assert_eq!(
            make_default_short_help("Ends with e.g. Something else.", 45),
            "Ends with e.g."
        );
        assert_eq!(
            make_default_short_help(
                "A rather long help text that will not fit in the default limit",
                45
            ),
            "A rather long help text that will not fit..."
        );
        assert_eq!(make_default_short_help("A rather long help text", 2), "...");
        assert_eq!(make_default_short_help("A rather long help text", 3), "...");
        assert_eq!(make_default_short_help("A rather", 8), "A rather");
        assert_eq!(
            make_default_short_help("Supercalifragilisticexpialidocious-and-more words", 20),
            "..."
        );
        assert_eq!(
            make_default_short_help("state-of-the-art tooling for all", 20),
            "state-of-the-art..."
        );
    }

    #[test]
    fn cleandoc_matches_inspect() {
        assert_eq!(
            cleandoc("  Summary.\n\n    Details\n      more\n  "),
            "Summary.\n\nDetails\n  more"
        );
        assert_eq!(cleandoc("\n\n   x\n"), "x");
        assert_eq!(cleandoc(""), "");
        assert_eq!(cleandoc("   "), "");
        assert_eq!(cleandoc("a\n\tb\n\t  c"), "a\nb\n  c");
        assert_eq!(
            cleandoc("first\n  \n    second\n  third"),
            "first\n\n  second\nthird"
        );
        assert_eq!(cleandoc("x\n     \n  y\n  \n"), "x\n   \ny");
    }

    #[test]
    fn inputs_python_rejects_still_produce_text() {
        // Python raises ValueError for width 0; it wraps like width 1 here.
        assert_eq!(
            wrap_text("ab cd", 0, "", "", false),
            wrap_text("ab cd", 1, "", "", false)
        );
        // Python loops forever when an indent fills the line and whitespace
        // follows; here each chunk that cannot be cut is placed whole.
        assert_eq!(
            wrap_text(" abc", 3, "xxxxx", "yy", false),
            "xxxxxa\nyyb\nyyc"
        );
        // Python raises ValueError when the placeholder does not fit.
        assert_eq!(shorten("abc def", 2, " [...]", true), "[...]");
        assert_eq!(shorten("ab", 2, " [...]", true), "ab");
    }

    #[test]
    fn a_word_as_long_as_many_lines_is_cut_in_linear_time() {
        // 400,000 characters cut into lines of 2 (and a styled copy, whose
        // escape sequences take no room): measuring and copying the rest
        // of the word for each of its 200,000 lines was 8e10 steps.
        let word: String = (0..400_000u32)
            .map(|i| char::from(b'a' + (i % 26) as u8))
            .collect();
        let pairs: Vec<&str> = (0..word.len())
            .step_by(2)
            .map(|i| &word[i..i + 2])
            .collect();
        assert_eq!(wrap_text(&word, 2, "", "", false), pairs.join("\n"));
        let styled = format!("\x1b[1m{word}\x1b[0m end");
        let wrapped = wrap_text(&styled, 2, "", "", false);
        assert_eq!(wrapped.lines().count(), pairs.len() + 2);
        assert!(wrapped.starts_with("\x1b[1mab\ncd\n"));
        assert!(wrapped.ends_with("\nmn\nop\x1b[0m\nen\nd"));
    }

    #[test]
    fn one_line_shortcut_matches_the_full_algorithm() {
        let texts = [
            "Show this message and exit.",
            "The width.  [default: 10; x>=1]",
            "x",
            " leading",
            "trailing ",
            "\x08",
            "a-very-long-compound-word that wraps",
        ];
        for width in [1, 8, 20, 78] {
            for indent in ["", "  ", "\x1b[1m"] {
                for preserve in [false, true] {
                    for text in texts {
                        assert_eq!(
                            wrap_text(text, width, indent, "    ", preserve),
                            wrap_text_full(text, width, indent, "    ", preserve),
                            "{text:?} at width {width}, indent {indent:?}"
                        );
                    }
                }
            }
        }
    }
}

/// The examples that once stood in the documentation, kept as tests.
#[cfg(test)]
mod doc_examples {
    #[test]
    fn wrap_text_1() {
        use crate::layout::wrap::wrap_text;
        let text = "First paragraph here.\n\n\x08\nkeep\n  these lines";
        assert_eq!(
            wrap_text(text, 14, "  ", "  ", true),
            "  First\n  paragraph\n  here.\n\n  keep\n    these lines"
        );
        assert_eq!(wrap_text("a b c", 3, "", "", false), "a b\nc");
    }

    #[test]
    fn make_default_short_help_1() {
        use crate::layout::wrap::make_default_short_help;
        assert_eq!(
            make_default_short_help("one two three-four five", 16),
            "one two..."
        );
    }
}
