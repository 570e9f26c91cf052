//! Click's `HelpFormatter`: builds a help page in memory.
//!
//! [`HelpFormatter`] owns the layout of a help page: the usage line,
//! headings, indented sections, re-wrapped paragraphs and two-column
//! definition lists, byte for byte as `click.formatting.HelpFormatter`
//! writes them. [`resolve_width`] picks the page width the way Click does
//! when none is forced, and [`join_options`] joins an option's names for
//! the left column of a definition list.

use super::pystr::splitlines;
use super::pystr::{char_len, is_alnum};
use super::wrap::{term_len, wrap_text};

/// The width Click gives a help page.
///
/// An explicit `terminal_width` (the context's `terminal_width`) wins.
/// Otherwise the result is `max(min(columns, max_content_width or 80) - 2,
/// 50)`, where `columns` is the terminal width as `shutil.get_terminal_size`
/// reports it: the caller reads `COLUMNS` or queries the terminal. `None`
/// or `Some(0)` stands for an unknown size and falls back to 80 columns,
/// like `shutil`.
///
/// ```
/// use clack_core::help::formatter::resolve_width;
/// assert_eq!(resolve_width(None, None, None), 78);
/// assert_eq!(resolve_width(None, None, Some(200)), 78);
/// assert_eq!(resolve_width(None, Some(120), Some(200)), 118);
/// assert_eq!(resolve_width(None, None, Some(30)), 50);
/// assert_eq!(resolve_width(Some(40), None, Some(200)), 40);
/// ```
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
///
/// ```
/// use clack_core::help::formatter::join_options;
/// assert_eq!(join_options(&["--verbose", "-v"]), ("-v, --verbose".to_owned(), false));
/// assert_eq!(join_options(&["/debug", "--debug"]), ("/debug, --debug".to_owned(), true));
/// ```
pub fn join_options(opts: &[&str]) -> (String, bool) {
    let mut prefixed: Vec<(usize, &str)> = Vec::with_capacity(opts.len());
    let mut any_prefix_is_slash = false;
    for opt in opts {
        let prefix = option_prefix(opt);
        any_prefix_is_slash |= prefix == "/";
        prefixed.push((char_len(prefix), opt));
    }
    prefixed.sort_by_key(|&(len, _)| len);
    let joined: Vec<&str> = prefixed.into_iter().map(|(_, opt)| opt).collect();
    (joined.join(", "), any_prefix_is_slash)
}

/// Click's `HelpFormatter`: writes help text into an in-memory buffer.
///
/// ```
/// use clack_core::help::formatter::HelpFormatter;
///
/// let mut f = HelpFormatter::new(60);
/// f.write_usage("tool", "[OPTIONS] SRC DST", None);
/// f.section("Options", |f| {
///     f.write_dl(&[("-v, --verbose".to_owned(), "Say more.".to_owned())]);
/// });
/// assert_eq!(f.getvalue(),
///     "Usage: tool [OPTIONS] SRC DST\n\nOptions:\n  -v, --verbose  Say more.\n");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpFormatter {
    indent_increment: usize,
    width: usize,
    current_indent: isize,
    buffer: String,
    written: bool,
}

impl HelpFormatter {
    /// A formatter for pages `width` columns wide, indenting by 2 per level.
    /// Use [`resolve_width`] to compute the width Click would pick.
    pub fn new(width: usize) -> Self {
        Self::with_indent_increment(width, 2)
    }

    /// A formatter indenting by `indent_increment` columns per level.
    ///
    /// ```
    /// use clack_core::help::formatter::HelpFormatter;
    /// let mut f = HelpFormatter::with_indent_increment(60, 4);
    /// f.indented(|f| f.write_heading("Notes"));
    /// assert_eq!(f.getvalue(), "    Notes:\n");
    /// ```
    pub fn with_indent_increment(width: usize, indent_increment: usize) -> Self {
        HelpFormatter {
            indent_increment,
            width,
            current_indent: 0,
            buffer: String::new(),
            written: false,
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
    ///
    /// ```
    /// use clack_core::help::formatter::HelpFormatter;
    /// let mut f = HelpFormatter::new(60);
    /// f.write("raw\n");
    /// assert_eq!(f.getvalue(), "raw\n");
    /// ```
    pub fn write(&mut self, s: &str) {
        self.buffer.push_str(s);
        self.written = true;
    }

    /// Increases the indentation by one level.
    pub fn indent(&mut self) {
        self.current_indent += isize::try_from(self.indent_increment).unwrap_or(0);
    }

    /// Decreases the indentation by one level.
    pub fn dedent(&mut self) {
        self.current_indent -= isize::try_from(self.indent_increment).unwrap_or(0);
    }

    /// `n` spaces.
    fn spaces(n: usize) -> String {
        " ".repeat(n)
    }

    /// Writes the usage line: `prefix` (default `"Usage: "`) right-aligned
    /// to the current indent, `prog`, then `args` wrapped beside the prefix
    /// when at least 20 columns remain, or on the following lines indented
    /// by 4 beyond the prefix otherwise. Without `args` only the prefix and
    /// `prog` are written.
    ///
    /// ```
    /// use clack_core::help::formatter::HelpFormatter;
    /// let mut f = HelpFormatter::new(50);
    /// f.write_usage("prog", "[OPTIONS]", None);
    /// f.write_usage("prog", "", Some("Run: "));
    /// assert_eq!(f.getvalue(), "Usage: prog [OPTIONS]\nRun: prog\n");
    /// ```
    pub fn write_usage(&mut self, prog: &str, args: &str, prefix: Option<&str>) {
        let prefix = prefix.unwrap_or("Usage: ");
        let indent = self.current_indent();
        let pad = Self::spaces(indent.saturating_sub(char_len(prefix)));
        let usage_prefix = format!("{pad}{prefix}{prog} ");
        let text_width = isize::try_from(self.width)
            .map_or(0, |w| usize::try_from(w - self.current_indent).unwrap_or(0));

        if args.is_empty() {
            self.write(usage_prefix.trim_end_matches(' '));
            self.write("\n");
            return;
        }

        let prefix_len = term_len(&usage_prefix);
        if text_width >= prefix_len + 20 {
            let indent = Self::spaces(prefix_len);
            let text = wrap_text(args, text_width, &usage_prefix, &indent, false);
            self.write(&text);
        } else {
            self.write(&usage_prefix);
            self.write("\n");
            let indent = Self::spaces(indent.max(term_len(prefix)) + 4);
            let text = wrap_text(args, text_width, &indent, &indent, false);
            self.write(&text);
        }
        self.write("\n");
    }

    /// Writes `heading:` at the current indent, with a newline.
    ///
    /// ```
    /// use clack_core::help::formatter::HelpFormatter;
    /// let mut f = HelpFormatter::new(60);
    /// f.write_heading("Commands");
    /// assert_eq!(f.getvalue(), "Commands:\n");
    /// ```
    pub fn write_heading(&mut self, heading: &str) {
        let line = format!("{}{heading}:\n", Self::spaces(self.current_indent()));
        self.write(&line);
    }

    /// Writes a blank line, unless nothing has been written yet.
    ///
    /// ```
    /// use clack_core::help::formatter::HelpFormatter;
    /// let mut f = HelpFormatter::new(60);
    /// f.write_paragraph();
    /// f.write("a\n");
    /// f.write_paragraph();
    /// assert_eq!(f.getvalue(), "a\n\n");
    /// ```
    pub fn write_paragraph(&mut self) {
        if self.written {
            self.write("\n");
        }
    }

    /// Writes `text` re-wrapped to the page width at the current indent,
    /// preserving paragraphs (see [`wrap_text`]), followed by a newline.
    ///
    /// ```
    /// use clack_core::help::formatter::HelpFormatter;
    /// let mut f = HelpFormatter::new(50);
    /// f.indented(|f| f.write_text("Some\ntext.\n\nMore."));
    /// assert_eq!(f.getvalue(), "  Some text.\n\n  More.\n");
    /// ```
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
    ///
    /// ```
    /// use clack_core::help::formatter::HelpFormatter;
    /// let mut f = HelpFormatter::new(50);
    /// let rows = [("--a".to_owned(), "First.".to_owned()),
    ///             ("--a-much-longer-option".to_owned(), "Second.".to_owned())];
    /// f.write_dl_with(&rows, 10, 2);
    /// assert_eq!(f.getvalue(),
    ///            "--a         First.\n--a-much-longer-option\n            Second.\n");
    /// ```
    pub fn write_dl_with(&mut self, rows: &[(String, String)], col_max: usize, col_spacing: usize) {
        let Some(widest) = rows.iter().map(|(first, _)| term_len(first)).max() else {
            return;
        };
        let first_col = widest.min(col_max) + col_spacing;
        let indent = self.current_indent();

        for (first, second) in rows {
            let line = format!("{}{first}", Self::spaces(indent));
            self.write(&line);
            if second.is_empty() {
                self.write("\n");
                continue;
            }
            let first_len = term_len(first);
            if first_len <= first_col - col_spacing {
                self.write(&Self::spaces(first_col - first_len));
            } else {
                self.write("\n");
                self.write(&Self::spaces(first_col + indent));
            }

            let text_width = self.width.saturating_sub(first_col + 2).max(10);
            let wrapped = wrap_text(second, text_width, "", "", true);
            let lines = splitlines(&wrapped);
            let Some((head, tail)) = lines.split_first() else {
                self.write("\n");
                continue;
            };
            let mut out = format!("{head}\n");
            for line in tail {
                out.push_str(&Self::spaces(first_col + indent));
                out.push_str(line);
                out.push('\n');
            }
            self.write(&out);
        }
    }

    /// Writes a paragraph break and `name:` as a heading, then runs `body`
    /// one indentation level deeper (Click's `with formatter.section(name)`).
    ///
    /// ```
    /// use clack_core::help::formatter::HelpFormatter;
    /// let mut f = HelpFormatter::new(50);
    /// f.write_text("Intro.");
    /// f.section("Notes", |f| f.write_text("Indented."));
    /// assert_eq!(f.getvalue(), "Intro.\n\nNotes:\n  Indented.\n");
    /// ```
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

    /// The text written so far, borrowed.
    pub fn as_str(&self) -> &str {
        &self.buffer
    }

    /// Consumes the formatter, returning its text.
    pub fn into_string(self) -> String {
        self.buffer
    }
}
