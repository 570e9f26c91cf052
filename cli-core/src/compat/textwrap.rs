//! Python's `textwrap.TextWrapper`, in the two variants Click relies on.
//!
//! [`TextWrapper`] splits text into chunks exactly like CPython 3.11's
//! `textwrap` (its `wordsep_re` and `wordsep_simple_re`), then fills lines
//! with the `_wrap_chunks` algorithm. [`Flavor::Click`] measures widths in
//! visible characters and cuts long words like `click._textwrap.TextWrapper`;
//! [`Flavor::Stdlib`] counts every code point and cuts long words like the
//! standard library (which `textwrap.shorten` uses).

use super::pystr::{
    char_len, expandtabs, is_blank, is_letter, is_word, lstrip, rstrip, slice_to, splitlines,
};
use crate::ansi::{ansi_len_at, term_len};

/// Which implementation of `TextWrapper` a [`TextWrapper`] reproduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Flavor {
    /// `click._textwrap.TextWrapper`: widths are counted with
    /// [`term_len`](crate::ansi::term_len), so ANSI escape sequences take no
    /// room, and long words are cut after a number of visible characters.
    #[default]
    Click,
    /// The standard library's `textwrap.TextWrapper`: widths are code point
    /// counts, and with `break_on_hyphens` a long word is preferably cut
    /// after its last hyphen that fits.
    Stdlib,
}

/// Python's `textwrap.TextWrapper`: wraps one paragraph into lines.
///
/// The fields mirror the Python attributes of the same names.
/// [`TextWrapper::new`] configures it the way Click's `wrap_text` does;
/// [`TextWrapper::stdlib`] uses the standard library defaults.
/// `fix_sentence_endings` is not supported (Click never enables it).
///
/// Where Python raises `ValueError` this type degrades instead: a width of 0
/// wraps like a width of 1, and a placeholder too long for the width is
/// still emitted (the line then exceeds the width). Where Python loops
/// forever (an indent at least as wide as the width followed by whitespace),
/// the chunk that cannot be cut further is placed whole.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TextWrapper {
    /// Maximum width of a line, indent included.
    pub width: usize,
    /// Prefix of the first line.
    pub initial_indent: String,
    /// Prefix of every other line.
    pub subsequent_indent: String,
    /// Expand tabs with `str.expandtabs(tabsize)` before splitting.
    pub expand_tabs: bool,
    /// Tab stop distance used by `expand_tabs`.
    pub tabsize: usize,
    /// Turn each of `\t\n\v\f\r` into a space before splitting.
    pub replace_whitespace: bool,
    /// Cut words longer than a line; otherwise they overflow.
    pub break_long_words: bool,
    /// Allow line breaks after hyphens inside compound words.
    pub break_on_hyphens: bool,
    /// Drop whitespace at the start and end of lines (not before the first).
    pub drop_whitespace: bool,
    /// Truncate the output to this many lines, ending with `placeholder`.
    pub max_lines: Option<usize>,
    /// Appended to the last line when `max_lines` truncates.
    pub placeholder: String,
    /// Which Python implementation to reproduce.
    pub flavor: Flavor,
}

/// ASCII whitespace as `textwrap` defines it (`_whitespace`).
fn is_ws(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\x0b' | '\x0c' | '\r' | ' ')
}

/// `word_punct` of `wordsep_re`: `[\w!"'&.,?]`.
fn is_word_punct(c: char) -> bool {
    is_word(c) || matches!(c, '!' | '"' | '\'' | '&' | '.' | ',' | '?')
}

/// Splits like `wordsep_re.split` followed by dropping empty pieces.
///
/// The regex partitions the text into whitespace runs, em-dashes (two or
/// more hyphens between word characters) and words, a word ending after a
/// hyphen of a compound word, before whitespace or the end, or before an
/// em-dash.
fn split_on_words(text: &str) -> Vec<String> {
    let c: Vec<char> = text.chars().collect();
    let n = c.len();
    let at = |i: usize| c.get(i).copied();
    let letter_at = |i: usize| at(i).is_some_and(is_letter);
    // End of `-{2,}` at `i` when followed by `\w`.
    let em_dash_end = |i: usize| {
        let mut j = i;
        while at(j) == Some('-') {
            j += 1;
        }
        (j >= i + 2 && at(j).is_some_and(is_word)).then_some(j)
    };
    // `-(?:(?<=lt{2}-)|(?<=lt-lt-))(?=lt-?lt)` at `p`.
    let hyphen_break = |p: usize| {
        at(p) == Some('-')
            && ((p >= 2 && letter_at(p - 2) && letter_at(p - 1))
                || (p >= 3 && letter_at(p - 3) && at(p - 2) == Some('-') && letter_at(p - 1)))
            && letter_at(p + 1)
            && (letter_at(p + 2) || (at(p + 2) == Some('-') && letter_at(p + 3)))
    };

    let mut chunks = Vec::new();
    let mut pos = 0;
    while pos < n {
        let end = if is_ws(c[pos]) {
            let mut j = pos;
            while j < n && is_ws(c[j]) {
                j += 1;
            }
            j
        } else if let Some(j) = em_dash_end(pos).filter(|_| pos > 0 && is_word_punct(c[pos - 1])) {
            j
        } else {
            // `\S+?` followed by one of the three word endings.
            let mut p = pos + 1;
            loop {
                if hyphen_break(p) {
                    break p + 1;
                }
                if p >= n || is_ws(c[p]) {
                    break p;
                }
                if is_word_punct(c[p - 1]) && em_dash_end(p).is_some() {
                    break p;
                }
                p += 1;
            }
        };
        chunks.push(c[pos..end].iter().collect());
        pos = end;
    }
    chunks
}

/// Splits like `wordsep_simple_re.split`: whitespace runs and the text
/// between them.
fn split_on_whitespace(text: &str) -> Vec<String> {
    let mut chunks = Vec::new();
    let mut start = 0;
    let mut in_ws = None;
    for (i, c) in text.char_indices() {
        let ws = is_ws(c);
        if in_ws.is_some_and(|prev| prev != ws) {
            chunks.push(text[start..i].to_owned());
            start = i;
        }
        in_ws = Some(ws);
    }
    if start < text.len() {
        chunks.push(text[start..].to_owned());
    }
    chunks
}

/// Click's `_truncate_visible`: the longest prefix of `text` holding at most
/// `n` visible characters, never cutting inside an escape sequence.
fn truncate_visible(text: &str, n: usize) -> &str {
    let mut visible = 0;
    let mut cut = 0;
    let mut i = 0;
    while i < text.len() && visible < n {
        if let Some(len) = ansi_len_at(text, i) {
            i += len;
            continue;
        }
        let width = text[i..].chars().next().map_or(1, char::len_utf8);
        i += width;
        visible += 1;
        cut = i;
    }
    &text[..cut]
}

impl TextWrapper {
    /// A wrapper configured like Click's `wrap_text`: visible widths,
    /// `replace_whitespace=False`, everything else at Python's defaults.
    pub fn new(width: usize) -> Self {
        TextWrapper {
            replace_whitespace: false,
            ..Self::stdlib(width)
        }
        .with_flavor(Flavor::Click)
    }

    /// A wrapper with the standard library's defaults
    /// (`textwrap.TextWrapper(width)`), counting code points.
    pub fn stdlib(width: usize) -> Self {
        TextWrapper {
            width,
            initial_indent: String::new(),
            subsequent_indent: String::new(),
            expand_tabs: true,
            tabsize: 8,
            replace_whitespace: true,
            break_long_words: true,
            break_on_hyphens: true,
            drop_whitespace: true,
            max_lines: None,
            placeholder: " [...]".to_owned(),
            flavor: Flavor::Stdlib,
        }
    }

    /// Returns the wrapper with `flavor` set.
    pub fn with_flavor(mut self, flavor: Flavor) -> Self {
        self.flavor = flavor;
        self
    }

    /// Returns the wrapper with both indents set.
    pub fn with_indents(mut self, initial: &str, subsequent: &str) -> Self {
        initial.clone_into(&mut self.initial_indent);
        subsequent.clone_into(&mut self.subsequent_indent);
        self
    }

    /// Returns a copy with `indent` appended to both indents, like Click's
    /// `TextWrapper.extra_indent` context manager.
    pub fn with_extra_indent(&self, indent: &str) -> Self {
        let mut w = self.clone();
        w.initial_indent.push_str(indent);
        w.subsequent_indent.push_str(indent);
        w
    }

    /// The width of `s` as this flavor measures it.
    fn len(&self, s: &str) -> usize {
        match self.flavor {
            Flavor::Click => term_len(s),
            Flavor::Stdlib => char_len(s),
        }
    }

    /// Whether `s` is wider than `room` as this flavor measures it. The
    /// count stops past `room`, so that the rest of a word longer than a
    /// line is not measured again for every line it is cut into.
    fn wider_than(&self, s: &str, room: isize) -> bool {
        let Ok(room) = usize::try_from(room) else {
            return true;
        };
        match self.flavor {
            Flavor::Click => {
                let (mut visible, mut i) = (0, 0);
                while i < s.len() && visible <= room {
                    if let Some(len) = ansi_len_at(s, i) {
                        i += len;
                        continue;
                    }
                    i += s[i..].chars().next().map_or(1, char::len_utf8);
                    visible += 1;
                }
                visible > room
            }
            Flavor::Stdlib => s.chars().nth(room).is_some(),
        }
    }

    /// Python's `_split_chunks`: munges whitespace (tab expansion,
    /// whitespace replacement) and splits `text` into indivisible chunks.
    pub fn split_chunks(&self, text: &str) -> Vec<String> {
        let mut text = if self.expand_tabs {
            expandtabs(text, self.tabsize)
        } else {
            text.to_owned()
        };
        if self.replace_whitespace {
            text = text
                .chars()
                .map(|c| if is_ws(c) { ' ' } else { c })
                .collect();
        }
        if self.break_on_hyphens {
            split_on_words(&text)
        } else {
            split_on_whitespace(&text)
        }
    }

    /// Python's `TextWrapper.wrap`: the wrapped lines of `text`, without
    /// trailing newlines.
    pub fn wrap(&self, text: &str) -> Vec<String> {
        if self.fits_as_is(text) {
            return vec![format!("{}{text}", self.initial_indent)];
        }
        self.wrap_chunks(self.split_chunks(text))
    }

    /// Whether `text` comes out of wrapping unchanged on one line:
    /// printable ASCII (spaces the only whitespace), not ending in a space,
    /// short enough to fit after the first indent. Every chunk then goes on
    /// the first line, where leading and inner whitespace stay, so the
    /// common case of short help texts skips splitting and joining.
    fn fits_as_is(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        let Some(&last) = bytes.last() else {
            return false;
        };
        let room = self
            .width
            .max(1)
            .saturating_sub(self.len(&self.initial_indent));
        last != b' ' && bytes.len() <= room && bytes.iter().all(|&b| (b' '..=b'~').contains(&b))
    }

    /// Python's `TextWrapper.fill`: the wrapped lines joined with `\n`.
    pub fn fill(&self, text: &str) -> String {
        self.wrap(text).join("\n")
    }

    /// Click's `TextWrapper.indent_only`: prefixes each line of `text` with
    /// the indents without rewrapping.
    pub fn indent_only(&self, text: &str) -> String {
        let mut out = String::new();
        for (idx, line) in splitlines(text).into_iter().enumerate() {
            if idx > 0 {
                out.push('\n');
                out.push_str(&self.subsequent_indent);
            } else {
                out.push_str(&self.initial_indent);
            }
            out.push_str(line);
        }
        out
    }

    /// `_handle_long_word`: puts as much of the next chunk on the line as the
    /// flavor's rules allow. The chunk's rest stays where it was, as a
    /// shorter view of the same text.
    fn handle_long_word<'t>(
        &self,
        chunks: &mut Vec<&'t str>,
        cur_line: &mut Vec<&'t str>,
        cur_len: isize,
        width: isize,
    ) {
        let Some(chunk) = chunks.last_mut() else {
            return;
        };
        if !self.break_long_words {
            if cur_line.is_empty() {
                cur_line.extend(chunks.pop());
            }
            return;
        }
        let cut_len = match self.flavor {
            Flavor::Click => {
                let space_left = (width - cur_len).max(1).unsigned_abs();
                truncate_visible(chunk, space_left).len()
            }
            Flavor::Stdlib => {
                let space_left = if width < 1 {
                    1
                } else {
                    (width - cur_len).max(0).unsigned_abs()
                };
                let mut end = space_left;
                if self.break_on_hyphens && chunk.chars().nth(space_left).is_some() {
                    let head: Vec<char> = slice_to(chunk, space_left).chars().collect();
                    // The last hyphen that fits, if non-hyphens precede it.
                    let hyphen = head
                        .iter()
                        .rposition(|&c| c == '-')
                        .filter(|&h| h > 0 && head[..h].iter().any(|&c| c != '-'));
                    if let Some(hyphen) = hyphen {
                        end = hyphen + 1;
                    }
                }
                slice_to(chunk, end).len()
            }
        };
        if cut_len == 0 && cur_line.is_empty() {
            // Python would loop forever here; place the chunk whole.
            cur_line.extend(chunks.pop());
            return;
        }
        let (head, rest) = chunk.split_at(cut_len);
        *chunk = rest;
        cur_line.push(head);
    }

    /// `_wrap_chunks`: fills lines from `chunks`. The chunks are worked on
    /// as views of the owned text, and a word longer than a line is only
    /// ever measured as far as one line reaches: the work is in step with
    /// the length of the text, however long its words.
    fn wrap_chunks(&self, owned: Vec<String>) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let total_width = isize::try_from(self.width.max(1)).unwrap_or(isize::MAX);
        let ilen = |s: &str| isize::try_from(self.len(s)).unwrap_or(isize::MAX);
        let mut chunks: Vec<&str> = owned.iter().rev().map(String::as_str).collect();

        while !chunks.is_empty() {
            let mut cur_line: Vec<&str> = Vec::new();
            let mut cur_len: isize = 0;
            let indent = if lines.is_empty() {
                &self.initial_indent
            } else {
                &self.subsequent_indent
            };
            let width = total_width - ilen(indent);

            if self.drop_whitespace
                && !lines.is_empty()
                && chunks.last().is_some_and(|c| is_blank(c))
            {
                chunks.pop();
            }

            while let Some(last) = chunks.last() {
                if self.wider_than(last, width - cur_len) {
                    break;
                }
                cur_len += ilen(last);
                cur_line.extend(chunks.pop());
            }

            if chunks.last().is_some_and(|c| self.wider_than(c, width)) {
                self.handle_long_word(&mut chunks, &mut cur_line, cur_len, width);
                cur_len = cur_line.iter().map(|c| ilen(c)).sum();
            }

            if self.drop_whitespace && cur_line.last().is_some_and(|c| is_blank(c)) {
                cur_len -= cur_line.pop().map_or(0, &ilen);
            }

            if cur_line.is_empty() {
                continue;
            }
            let rest_is_blank = chunks.is_empty()
                || (self.drop_whitespace && chunks.len() == 1 && is_blank(chunks[0]));
            let fits = match self.max_lines {
                None => true,
                Some(max) => lines.len() + 1 < max || (rest_is_blank && cur_len <= width),
            };
            if fits {
                lines.push(format!("{indent}{}", cur_line.concat()));
                continue;
            }
            let placeholder_len = ilen(&self.placeholder);
            while let Some(last) = cur_line.last() {
                if !is_blank(last) && cur_len + placeholder_len <= width {
                    cur_line.push(&self.placeholder);
                    lines.push(format!("{indent}{}", cur_line.concat()));
                    return lines;
                }
                cur_len -= ilen(last);
                cur_line.pop();
            }
            if let Some(prev) = lines.last_mut() {
                let prev_line = rstrip(prev);
                if ilen(prev_line) + placeholder_len <= total_width {
                    *prev = format!("{prev_line}{}", self.placeholder);
                    return lines;
                }
            }
            lines.push(format!("{indent}{}", lstrip(&self.placeholder)));
            return lines;
        }
        lines
    }
}

#[cfg(test)]
mod tests;

/// The examples that once stood in the documentation, kept as tests.
#[cfg(test)]
mod doc_examples {
    #[test]
    fn textwrapper_1() {
        use super::TextWrapper;

        let w = TextWrapper::new(12);
        assert_eq!(
            w.wrap("Look, goof-ball -- use the -b option!"),
            ["Look, goof-", "ball -- use", "the -b", "option!"]
        );
    }

    #[test]
    fn new_1() {
        use super::TextWrapper;
        assert_eq!(TextWrapper::new(10).fill("one two three"), "one two\nthree");
    }

    #[test]
    fn stdlib_1() {
        use super::TextWrapper;
        assert_eq!(TextWrapper::stdlib(10).wrap("a\tb"), ["a       b"]);
    }

    #[test]
    fn with_indents_1() {
        use super::TextWrapper;
        let w = TextWrapper::new(8).with_indents("* ", "  ");
        assert_eq!(w.fill("ab cd ef"), "* ab cd\n  ef");
    }

    #[test]
    fn with_extra_indent_1() {
        use super::TextWrapper;
        let w = TextWrapper::new(20)
            .with_indents("> ", "> ")
            .with_extra_indent("  ");
        assert_eq!(w.fill("hi"), ">   hi");
    }

    #[test]
    fn split_chunks_1() {
        use super::TextWrapper;
        assert_eq!(
            TextWrapper::new(70).split_chunks("goof-ball  x"),
            ["goof-", "ball", "  ", "x"]
        );
    }

    #[test]
    fn wrap_1() {
        use super::TextWrapper;
        assert_eq!(TextWrapper::new(5).wrap("abcdefgh"), ["abcde", "fgh"]);
        assert!(TextWrapper::new(5).wrap("   ").is_empty());
    }

    #[test]
    fn fill_1() {
        use super::TextWrapper;
        assert_eq!(TextWrapper::new(6).fill("ab cd ef"), "ab cd\nef");
    }

    #[test]
    fn indent_only_1() {
        use super::TextWrapper;
        let w = TextWrapper::new(5).with_indents("- ", "  ");
        assert_eq!(w.indent_only("a long line\nb"), "- a long line\n  b");
    }
}
