//! Click's `HelpFormatter`: builds a help page in memory.
//!
//! [`HelpFormatter`] owns the layout of a help page: the usage line,
//! headings, indented sections, re-wrapped paragraphs and two-column
//! definition lists, byte for byte as `click.formatting.HelpFormatter`
//! writes them. [`resolve_width`] picks the page width the way Click does
//! when none is forced, and [`join_options`] joins an option's names for
//! the left column of a definition list.

use super::spans::{self, Role, Span};
use super::wrap::wrap_text;
use crate::ansi::term_len;
use crate::compat::pystr::{char_len, is_alnum, splitlines};

/// The width Click gives a help page.
///
/// An explicit `terminal_width` (the context's `terminal_width`) wins.
/// Otherwise the result is `max(min(columns, max_content_width or 80) - 2,
/// 50)`, where `columns` is the terminal width as `shutil.get_terminal_size`
/// reports it: the caller reads `COLUMNS` or queries the terminal. `None`
/// or `Some(0)` stands for an unknown size and falls back to 80 columns,
/// like `shutil`.
pub fn resolve_width(
    terminal_width: Option<usize>,
    max_content_width: Option<usize>,
    columns: Option<usize>,
) -> usize {
    if let Some(width) = terminal_width {
        return width;
    }
    let max_width = max_content_width.unwrap_or(80);
    let columns = columns.filter(|&c| c > 0).unwrap_or(80);
    columns.min(max_width).saturating_sub(2).max(50)
}

/// The prefix of an option name as Click's parser splits it: empty when the
/// name starts with an alphanumeric character, the doubled character for
/// `--x` or `//x`, otherwise the first character.
fn option_prefix(opt: &str) -> &str {
    let mut chars = opt.chars();
    let Some(first) = chars.next() else {
        return "";
    };
    if is_alnum(first) {
        ""
    } else if chars.next() == Some(first) {
        &opt[..2 * first.len_utf8()]
    } else {
        &opt[..first.len_utf8()]
    }
}

/// Click's `join_options`: joins option names with `", "`, shortest prefix
/// first (a stable sort, so names with equal prefixes keep their order),
/// and reports whether any name uses `/` as its prefix.
pub fn join_options(opts: &[&str]) -> (String, bool) {
    let mut prefixed: Vec<(usize, &str)> = Vec::with_capacity(opts.len());
    let mut any_prefix_is_slash = false;
    for opt in opts {
        let prefix = option_prefix(opt);
        any_prefix_is_slash |= prefix == "/";
        prefixed.push((char_len(prefix), opt));
    }
    crate::order::sort_by_key(&mut prefixed, |&(len, _)| len);
    let joined: Vec<&str> = prefixed.into_iter().map(|(_, opt)| opt).collect();
    (joined.join(", "), any_prefix_is_slash)
}

/// Click's `HelpFormatter`: writes help text into an in-memory buffer.
///
/// Where Click raises (an empty definition list, an indent below zero, a
/// width of 0 reaching the wrapper), this writes nothing, clamps the indent
/// at 0, or wraps at width 1, respectively.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpFormatter {
    indent_increment: usize,
    width: usize,
    current_indent: isize,
    buffer: String,
    written: bool,
    /// Where each part of the page is, when recording (styled output).
    spans: Option<Vec<Span>>,
    /// The last heading, which tells a definition list's terms apart.
    heading: String,
}

impl HelpFormatter {
    /// A formatter for pages `width` columns wide, indenting by 2 per level.
    /// Use [`resolve_width`] to compute the width Click would pick.
    pub fn new(width: usize) -> Self {
        Self::with_indent_increment(width, 2)
    }

    /// A formatter indenting by `indent_increment` columns per level.
    pub fn with_indent_increment(width: usize, indent_increment: usize) -> Self {
        HelpFormatter {
            indent_increment,
            width,
            current_indent: 0,
            buffer: String::new(),
            written: false,
            spans: None,
            heading: String::new(),
        }
    }

    /// A formatter that also records where each part of the page lands,
    /// for [`take_spans`](Self::take_spans).
    pub(crate) fn recording(width: usize) -> Self {
        let mut f = Self::new(width);
        f.spans = Some(Vec::new());
        f
    }

    /// The parts recorded so far, in order (empty when not recording).
    pub(crate) fn take_spans(&mut self) -> Vec<Span> {
        self.spans.as_mut().map(std::mem::take).unwrap_or_default()
    }

    /// Records `range` of the buffer as `role`, when recording.
    fn mark(&mut self, range: std::ops::Range<usize>, role: Role) {
        if let Some(spans) = &mut self.spans
            && range.start < range.end
        {
            spans.push(Span { range, role });
        }
    }

    /// Records each word written since `start` as `role`.
    fn mark_words(&mut self, start: usize, role: Role) {
        if self.spans.is_none() {
            return;
        }
        let words: Vec<_> = spans::words(&self.buffer[start..])
            .into_iter()
            .map(|(at, w)| (start + at, w.len()))
            .collect();
        for (at, len) in words {
            self.mark(at..at + len, role);
        }
    }

    /// The page width.
    pub fn width(&self) -> usize {
        self.width
    }

    /// The current indentation in columns (0 after more dedents than indents).
    pub fn current_indent(&self) -> usize {
        self.current_indent.max(0).unsigned_abs()
    }

    /// Appends `s` to the buffer unchanged.
    pub fn write(&mut self, s: &str) {
        self.buffer.push_str(s);
        self.written = true;
    }

    /// Increases the indentation by one level.
    pub fn indent(&mut self) {
        let step = isize::try_from(self.indent_increment).unwrap_or(isize::MAX);
        self.current_indent = self.current_indent.saturating_add(step);
    }

    /// Decreases the indentation by one level.
    pub fn dedent(&mut self) {
        let step = isize::try_from(self.indent_increment).unwrap_or(isize::MAX);
        self.current_indent = self.current_indent.saturating_sub(step);
    }

    /// `n` spaces.
    fn spaces(n: usize) -> String {
        " ".repeat(n)
    }

    /// Appends `n` spaces to the buffer.
    fn push_spaces(&mut self, n: usize) {
        self.buffer.extend(std::iter::repeat_n(' ', n));
    }

    /// Writes the usage line: `prefix` (default `"Usage: "`) right-aligned
    /// to the current indent, `prog`, then `args` wrapped beside the prefix
    /// when at least 20 columns remain, or on the following lines indented
    /// by 4 beyond the prefix otherwise. Without `args` only the prefix and
    /// `prog` are written.
    pub fn write_usage(&mut self, prog: &str, args: &str, prefix: Option<&str>) {
        let prefix = prefix.unwrap_or("Usage: ");
        let indent = self.current_indent();
        let pad = Self::spaces(indent.saturating_sub(char_len(prefix)));
        let usage_prefix = format!("{pad}{prefix}{prog} ");
        let text_width = self.width.saturating_sub(indent);

        let base = self.buffer.len() + pad.len();
        let prefix_end = base + prefix.trim_end().len();
        self.mark(base..prefix_end, Role::Usage);
        let prog_start = base + prefix.len();
        self.mark(prog_start..prog_start + prog.len(), Role::Literal);
        if args.is_empty() {
            self.write(usage_prefix.trim_end_matches(' '));
            self.write("\n");
            return;
        }

        let prefix_len = term_len(&usage_prefix);
        if text_width >= prefix_len.saturating_add(20) {
            let indent = Self::spaces(prefix_len);
            let text = wrap_text(args, text_width, &usage_prefix, &indent, false);
            let args_start = self.buffer.len() + usage_prefix.len();
            self.write(&text);
            self.mark_words(args_start, Role::Placeholder);
        } else {
            self.write(&usage_prefix);
            self.write("\n");
            let indent = Self::spaces(indent.max(term_len(prefix)) + 4);
            let text = wrap_text(args, text_width, &indent, &indent, false);
            let args_start = self.buffer.len();
            self.write(&text);
            self.mark_words(args_start, Role::Placeholder);
        }
        self.write("\n");
    }

    /// Writes `heading:` at the current indent, with a newline.
    pub fn write_heading(&mut self, heading: &str) {
        self.write_heading_noted(heading, None);
    }

    /// Writes `heading:` and, when given, ` [note]` after it (a constraint
    /// beside an option group's title), with a newline.
    pub(crate) fn write_heading_noted(&mut self, heading: &str, note: Option<&str>) {
        let indent = Self::spaces(self.current_indent());
        let start = self.buffer.len() + self.current_indent();
        self.write(&format!("{indent}{heading}:"));
        let heading_end = self.buffer.len();
        if let Some(note) = note {
            self.write(&format!(" [{note}]"));
        }
        let note_end = self.buffer.len();
        self.write("\n");
        if self.spans.is_some() {
            self.mark(start..heading_end, Role::Heading);
            if note.is_some() {
                self.mark(heading_end + 1..note_end, Role::Note);
            }
            heading.clone_into(&mut self.heading);
        }
    }

    /// Writes a blank line, unless nothing has been written yet.
    pub fn write_paragraph(&mut self) {
        if self.written {
            self.write("\n");
        }
    }

    /// Writes `text` re-wrapped to the page width at the current indent,
    /// preserving paragraphs (see [`wrap_text`]), followed by a newline.
    pub fn write_text(&mut self, text: &str) {
        let indent = Self::spaces(self.current_indent());
        let text = wrap_text(text, self.width, &indent, &indent, true);
        self.write(&text);
        self.write("\n");
    }

    /// Writes a definition list with Click's defaults: the first column at
    /// most 30 columns wide, 2 columns of spacing.
    /// See [`write_dl_with`](Self::write_dl_with).
    pub fn write_dl(&mut self, rows: &[(String, String)]) {
        self.write_dl_with(rows, 30, 2);
    }

    /// Writes a two-column definition list. The first column is as wide as
    /// the widest term, capped at `col_max`; a longer term is followed by a
    /// line break and its definition starts on the next line. Definitions
    /// are wrapped, with paragraphs preserved, to the rest of the page (at
    /// least 10 columns). An empty definition ends the row after its term.
    /// An empty `rows` writes nothing (Python raises `TypeError`).
    pub fn write_dl_with(&mut self, rows: &[(String, String)], col_max: usize, col_spacing: usize) {
        let Some(widest) = rows.iter().map(|(first, _)| term_len(first)).max() else {
            return;
        };
        let first_col = widest.min(col_max).saturating_add(col_spacing);
        let indent = self.current_indent();

        for (first, second) in rows {
            self.push_spaces(indent);
            if self.spans.is_some() {
                let mut found = Vec::new();
                spans::term_spans(first, self.buffer.len(), &self.heading, &mut found);
                self.spans.get_or_insert_default().extend(found);
            }
            self.write(first);
            if second.is_empty() {
                self.write("\n");
                continue;
            }
            let first_len = term_len(first);
            if first_len <= first_col - col_spacing {
                self.push_spaces(first_col - first_len);
            } else {
                self.write("\n");
                self.push_spaces(first_col.saturating_add(indent));
            }
            let start = self.buffer.len();
            self.write_definition(second, first_col, indent);
            if self.spans.is_some()
                && let Some(at) = spans::note_start(second)
            {
                let visible = second[at..].chars().filter(|c| !c.is_whitespace()).count();
                let end = self.buffer.len() - 1;
                let from = spans::start_of_last_visible(&self.buffer[start..end], visible);
                self.mark(start + from..end, Role::Note);
            }
        }
    }

    /// Writes the definition of a row, wrapped, and a newline.
    fn write_definition(&mut self, second: &str, first_col: usize, indent: usize) {
        let text_width = self
            .width
            .saturating_sub(first_col.saturating_add(2))
            .max(10);
        let wrapped = wrap_text(second, text_width, "", "", true);
        if !wrapped.is_empty() && wrapped.bytes().all(|b| (b' '..=b'~').contains(&b)) {
            // One line: nothing for `splitlines` to find.
            self.write(&wrapped);
            self.write("\n");
            return;
        }
        let lines = splitlines(&wrapped);
        let Some((head, tail)) = lines.split_first() else {
            self.write("\n");
            return;
        };
        self.write(head);
        self.write("\n");
        for line in tail {
            self.push_spaces(first_col.saturating_add(indent));
            self.write(line);
            self.write("\n");
        }
    }

    /// Writes a paragraph break and `name:` as a heading, then runs `body`
    /// one indentation level deeper (Click's `with formatter.section(name)`).
    pub fn section<R>(&mut self, name: &str, body: impl FnOnce(&mut Self) -> R) -> R {
        self.write_paragraph();
        self.write_heading(name);
        self.indented(body)
    }

    /// Runs `body` one indentation level deeper (Click's
    /// `with formatter.indentation()`).
    pub fn indented<R>(&mut self, body: impl FnOnce(&mut Self) -> R) -> R {
        self.indent();
        let result = body(self);
        self.dedent();
        result
    }

    /// The text written so far.
    pub fn getvalue(&self) -> String {
        self.buffer.clone()
    }
}

#[cfg(test)]
mod tests {
    //! Expected strings were produced by Click 8.5.1's HelpFormatter.

    use super::*;

    #[test]
    fn usage_fits_beside_prefix() {
        let mut f = HelpFormatter::new(40);
        f.write_usage(
            "prog",
            "[OPTIONS] SRC... DST and some more args that wrap",
            None,
        );
        assert_eq!(
            f.getvalue(),
            "Usage: prog [OPTIONS] SRC... DST and\n            some more args that wrap\n"
        );
    }

    #[test]
    fn usage_moves_args_below_long_prefix() {
        let mut f = HelpFormatter::new(40);
        f.write_usage(
            "a-very-long-program-name sub",
            "[OPTIONS] SRC... DST and more",
            None,
        );
        assert_eq!(
            f.getvalue(),
            "Usage: a-very-long-program-name sub \n           [OPTIONS] SRC... DST and more\n"
        );
    }

    #[test]
    fn usage_branch_boundary() {
        // text_width 40 >= len(prefix) + 20: "Usage: " + 12 + " " = 20 fits, 21 does not
        let mut f = HelpFormatter::new(40);
        f.write_usage("xxxxxxxxxxxx", "[OPTIONS] ARGS", None);
        f.write_usage("xxxxxxxxxxxxx", "[OPTIONS] ARGS", None);
        assert_eq!(
            f.getvalue(),
            "Usage: xxxxxxxxxxxx [OPTIONS] ARGS\nUsage: xxxxxxxxxxxxx \n           [OPTIONS] ARGS\n"
        );
    }

    #[test]
    fn usage_styled_prefix_and_indent() {
        let mut f = HelpFormatter::new(50);
        f.indent();
        f.indent();
        f.write_usage("prog", "[OPTIONS]", Some("\x1b[1mUsage:\x1b[0m "));
        f.write_usage("prog", "", Some("Run: "));
        f.write_usage("prog", "A B", Some("x"));
        f.indent();
        f.indent();
        f.indent();
        f.indent();
        f.write_usage(
            "a-long-program-name",
            "ARGS ARGS ARGS ARGS ARGS ARGS ARGS ARGS ARGS ARGS ARGS ARGS ",
            None,
        );
        assert_eq!(
            f.getvalue(),
            "\x1b[1mUsage:\x1b[0m prog [OPTIONS]\nRun: prog\n   xprog A B\n     Usage: a-long-program-name \n                ARGS ARGS ARGS ARGS\n                ARGS ARGS ARGS ARGS\n                ARGS ARGS ARGS ARGS\n"
        );
    }

    #[test]
    fn dl_term_longer_than_col_max() {
        let mut f = HelpFormatter::new(60);
        f.write_dl(&[
            ("-v, --verbose".to_owned(), "Print more output.".to_owned()),
            (
                "--a-really-long-option-name-here TEXT".to_owned(),
                "Goes on the next line, aligned with the other definitions of the list.".to_owned(),
            ),
            ("--flag".to_owned(), String::new()),
        ]);
        assert_eq!(
            f.getvalue(),
            "-v, --verbose                   Print more output.\n--a-really-long-option-name-here TEXT\n                                Goes on the next line,\n                                aligned with the other\n                                definitions of the list.\n--flag\n"
        );
    }

    #[test]
    fn dl_wraps_definitions_with_paragraphs() {
        let mut f = HelpFormatter::new(50);
        f.indent();
        f.write_dl(&[("cmd".to_owned(), "First paragraph of help that wraps.\n\nSecond paragraph.\n\n\x08\nraw   kept\n  as is".to_owned()), ("other".to_owned(), "   ".to_owned()), ("\x1b[1mstyled\x1b[0m".to_owned(), "Styled terms are measured by visible width.".to_owned())]);
        assert_eq!(
            f.getvalue(),
            "  cmd     First paragraph of help that wraps.\n          \n          Second paragraph.\n          \n          raw   kept\n            as is\n  other   \n  \x1b[1mstyled\x1b[0m  Styled terms are measured by visible\n          width.\n"
        );
    }

    #[test]
    fn dl_custom_columns_and_narrow_width() {
        let mut f = HelpFormatter::new(20);
        f.write_dl_with(
            &[
                ("abc".to_owned(), "some definition text here".to_owned()),
                ("abcdefgh".to_owned(), "x".to_owned()),
            ],
            5,
            4,
        );
        f.write_dl(&[("-o".to_owned(), "narrow page keeps ten columns".to_owned())]);
        assert_eq!(
            f.getvalue(),
            "abc      some\n         definition\n         text here\nabcdefgh\n         x\n-o  narrow page\n    keeps ten\n    columns\n"
        );
    }

    #[test]
    fn sections_and_paragraphs() {
        let mut f = HelpFormatter::new(60);
        f.write_paragraph();
        f.write("");
        f.write_paragraph();
        f.write_heading("Options");
        f.indent();
        f.write_text("Some text that is long enough to wrap around the sixty column limit of this page.\n\n    Indented paragraph.");
        f.dedent();
        f.write_paragraph();
        f.write_heading("Commands");
        f.indent();
        f.indent();
        f.write_text("\x08\nline one\nline two");
        f.dedent();
        f.dedent();
        assert_eq!(
            f.getvalue(),
            "\nOptions:\n  Some text that is long enough to wrap around the sixty\n  column limit of this page.\n\n      Indented paragraph.\n\nCommands:\n    line one\n    line two\n"
        );
    }

    #[test]
    fn join_options_sorts_by_prefix_length() {
        assert_eq!(
            join_options(&["--verbose", "-v"]),
            ("-v, --verbose".to_owned(), false)
        );
        assert_eq!(
            join_options(&["-v", "--verbose", "x"]),
            ("x, -v, --verbose".to_owned(), false)
        );
        assert_eq!(
            join_options(&["/debug", "--debug"]),
            ("/debug, --debug".to_owned(), true)
        );
        assert_eq!(
            join_options(&["//x", "+w", "-"]),
            ("+w, -, //x".to_owned(), false)
        );
        assert_eq!(join_options(&[]), (String::new(), false));
        assert_eq!(join_options(&["é", "--é"]), ("é, --é".to_owned(), false));
        assert_eq!(
            join_options(&["--a", "--b", "-c", "-d"]),
            ("-c, -d, --a, --b".to_owned(), false)
        );
        assert_eq!(join_options(&["-"]), ("-".to_owned(), false));
        assert_eq!(join_options(&[""]), (String::new(), false));
    }

    #[test]
    fn extreme_sizes_do_not_overflow() {
        let mut f = HelpFormatter::with_indent_increment(usize::MAX, usize::MAX);
        f.write_usage("p", "a b", None);
        f.dedent();
        f.dedent();
        f.write_dl_with(&[("t".to_owned(), "d".to_owned())], usize::MAX, 1);
        assert_eq!(f.getvalue(), "Usage: p a b\nt d\n");
        assert_eq!(f.current_indent(), 0);
    }

    #[test]
    fn resolve_width_follows_click() {
        assert_eq!(resolve_width(None, None, None), 78);
        assert_eq!(resolve_width(None, None, Some(0)), 78);
        assert_eq!(resolve_width(None, None, Some(100)), 78);
        assert_eq!(resolve_width(None, None, Some(60)), 58);
        assert_eq!(resolve_width(None, None, Some(1)), 50);
        assert_eq!(resolve_width(None, Some(0), Some(100)), 50);
        assert_eq!(resolve_width(None, Some(200), Some(150)), 148);
        assert_eq!(resolve_width(Some(0), Some(200), Some(150)), 0);
        assert_eq!(resolve_width(Some(30), None, None), 30);
    }

    #[test]
    fn closure_forms_restore_indentation() {
        let mut f = HelpFormatter::new(40);
        let n = f.section("Outer", |f| {
            f.indented(|f| f.write_text("deep"));
            f.section("Inner", |f| f.current_indent())
        });
        assert_eq!(n, 4);
        assert_eq!(f.current_indent(), 0);
        // Same calls through click.formatting.HelpFormatter(width=40).
        assert_eq!(f.getvalue(), "Outer:\n    deep\n\n  Inner:\n");
    }

    #[test]
    fn degenerate_calls_do_not_panic() {
        // Python raises for an empty definition list, for negative
        // indents and for width 0; clack writes nothing, clamps the indent
        // at 0 and wraps at width 1.
        let mut f = HelpFormatter::new(0);
        f.write_dl(&[]);
        assert_eq!(f.getvalue(), "");
        f.dedent();
        f.write_heading("H");
        f.write_usage("p", "a b", None);
        f.write_text("word");
        f.write_dl_with(&[("t".to_owned(), "d".to_owned())], 0, 0);
        assert_eq!(
            f.getvalue(),
            "H:\nUsage: p \n           a\n           b\nw\no\nr\nd\nt\nd\n"
        );
    }
}

/// The examples that once stood in the documentation, kept as tests.
#[cfg(test)]
mod doc_examples {
    #[test]
    fn resolve_width_1() {
        use crate::layout::formatter::resolve_width;
        assert_eq!(resolve_width(None, None, Some(200)), 78);
        assert_eq!(resolve_width(None, Some(120), Some(200)), 118);
        assert_eq!(resolve_width(None, None, Some(30)), 50);
        assert_eq!(resolve_width(Some(40), None, Some(200)), 40);
    }

    #[test]
    fn helpformatter_1() {
        use crate::layout::formatter::HelpFormatter;

        let mut f = HelpFormatter::new(60);
        f.write_usage("tool", "[OPTIONS] SRC DST", None);
        f.section("Options", |f| {
            f.write_dl(&[("-v, --verbose".to_owned(), "Say more.".to_owned())]);
        });
        assert_eq!(
            f.getvalue(),
            "Usage: tool [OPTIONS] SRC DST\n\nOptions:\n  -v, --verbose  Say more.\n"
        );
    }

    #[test]
    fn with_indent_increment_1() {
        use crate::layout::formatter::HelpFormatter;
        let mut f = HelpFormatter::with_indent_increment(60, 4);
        f.indented(|f| f.write_heading("Notes"));
        assert_eq!(f.getvalue(), "    Notes:\n");
    }

    #[test]
    fn write_1() {
        use crate::layout::formatter::HelpFormatter;
        let mut f = HelpFormatter::new(60);
        f.write("raw\n");
        assert_eq!(f.getvalue(), "raw\n");
    }

    #[test]
    fn write_usage_1() {
        use crate::layout::formatter::HelpFormatter;
        let mut f = HelpFormatter::new(50);
        f.write_usage("prog", "[OPTIONS]", None);
        f.write_usage("prog", "", Some("Run: "));
        assert_eq!(f.getvalue(), "Usage: prog [OPTIONS]\nRun: prog\n");
    }

    #[test]
    fn write_heading_1() {
        use crate::layout::formatter::HelpFormatter;
        let mut f = HelpFormatter::new(60);
        f.write_heading("Commands");
        assert_eq!(f.getvalue(), "Commands:\n");
    }

    #[test]
    fn write_paragraph_1() {
        use crate::layout::formatter::HelpFormatter;
        let mut f = HelpFormatter::new(60);
        f.write_paragraph();
        f.write("a\n");
        f.write_paragraph();
        assert_eq!(f.getvalue(), "a\n\n");
    }

    #[test]
    fn write_text_1() {
        use crate::layout::formatter::HelpFormatter;
        let mut f = HelpFormatter::new(50);
        f.indented(|f| f.write_text("Some\ntext.\n\nMore."));
        assert_eq!(f.getvalue(), "  Some text.\n\n  More.\n");
    }

    #[test]
    fn write_dl_with_1() {
        use crate::layout::formatter::HelpFormatter;
        let mut f = HelpFormatter::new(50);
        let rows = [
            ("--a".to_owned(), "First.".to_owned()),
            ("--a-much-longer-option".to_owned(), "Second.".to_owned()),
        ];
        f.write_dl_with(&rows, 10, 2);
        assert_eq!(
            f.getvalue(),
            "--a         First.\n--a-much-longer-option\n            Second.\n"
        );
    }

    #[test]
    fn section_1() {
        use crate::layout::formatter::HelpFormatter;
        let mut f = HelpFormatter::new(50);
        f.write_text("Intro.");
        f.section("Notes", |f| f.write_text("Indented."));
        assert_eq!(f.getvalue(), "Intro.\n\nNotes:\n  Indented.\n");
    }

    #[test]
    fn indented_1() {
        use crate::layout::formatter::HelpFormatter;
        let mut f = HelpFormatter::new(50);
        f.indented(|f| f.write_heading("Inner"));
        f.write_heading("Outer");
        assert_eq!(f.getvalue(), "  Inner:\nOuter:\n");
    }
}
