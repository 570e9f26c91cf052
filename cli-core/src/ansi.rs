//! ANSI escape sequences in text: recognized as Click's `_ansi_re` does,
//! stripped, and left out when text is measured.

use std::borrow::Cow;

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

/// Where a CSI sequence cut off by the end of `text` starts: an `ESC`, or
/// `ESC [` and parameter or intermediate bytes, with no final byte yet.
/// Text written in pieces (`write!` sends `"\x1b["`, `"1"` and `"m"` apart)
/// keeps such a tail back until the rest arrives.
#[cfg(feature = "termui")]
pub(crate) fn cut_sequence_at(text: &str) -> Option<usize> {
    let start = text.rfind('\x1b')?;
    let b = &text.as_bytes()[start + 1..];
    let open = match b.split_first() {
        None => true,
        Some((b'[', rest)) => rest.iter().all(|c| (0x20..=0x3f).contains(c)),
        Some(_) => false,
    };
    open.then_some(start)
}

/// Removes ANSI escape sequences, like Click's `strip_ansi`.
///
/// Only CSI sequences (`ESC [` parameters, intermediates, final byte) are
/// recognised, exactly like Click's `_ansi_re`; other escapes are kept.
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
pub fn term_len(s: &str) -> usize {
    strip_ansi(s).chars().count()
}

/// The examples that once stood in the documentation, kept as tests.
#[cfg(test)]
mod tests {
    #[test]
    fn strip_ansi_1() {
        use super::strip_ansi;
        assert_eq!(strip_ansi("\x1b[1;31mred\x1b[0m"), "red");
        assert_eq!(strip_ansi("plain"), "plain");
    }

    #[test]
    #[cfg(feature = "termui")]
    fn cut_sequence_at_finds_open_tails_only() {
        use super::cut_sequence_at;
        assert_eq!(cut_sequence_at("ab\x1b"), Some(2));
        assert_eq!(cut_sequence_at("ab\x1b[1;3"), Some(2));
        assert_eq!(cut_sequence_at("ab\x1b[1m"), None);
        assert_eq!(cut_sequence_at("ab\x1bx"), None);
        assert_eq!(cut_sequence_at("plain"), None);
    }

    #[test]
    fn term_len_1() {
        use super::term_len;
        assert_eq!(term_len("\x1b[1mbold\x1b[0m"), 4);
        assert_eq!(term_len("né"), 2);
    }
}
