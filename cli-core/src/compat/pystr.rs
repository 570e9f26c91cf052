//! Python's `str` semantics that the wrapping code depends on.
//!
//! Click's help text goes through Python string methods (`strip`, `split`,
//! `splitlines`, `expandtabs`) and through regular expressions using `\w`
//! and `\d`. Their definitions of whitespace, word and digit characters are
//! not Rust's, so this module reproduces them. Lengths are counted in
//! `char`s, like Python's `len`.

/// Pairs `[first, last]` of code points that Rust's `char::is_alphanumeric`
/// accepts but Python 3.11's `\w` (and `str.isalnum`) rejects: combining
/// marks and symbols with the `Other_Alphabetic` property. Ranges are merged
/// over gaps that hold no word character. Generated from Python 3.11's
/// Unicode 14.0 data by comparing `re.match(r"\w", c)` with Rust, for every
/// assigned code point.
const NOT_WORD: &[u32] = &[
    0x345, 0x36F, 0x5B0, 0x5C7, 0x610, 0x61A, 0x64B, 0x65F, 0x670, 0x670, 0x6D6, 0x6E4, 0x6E7,
    0x6ED, 0x711, 0x711, 0x730, 0x73F, 0x7A6, 0x7B0, 0x816, 0x817, 0x81B, 0x823, 0x825, 0x827,
    0x829, 0x82C, 0x8D4, 0x903, 0x93A, 0x93B, 0x93E, 0x94F, 0x955, 0x957, 0x962, 0x963, 0x981,
    0x983, 0x9BE, 0x9CC, 0x9D7, 0x9D7, 0x9E2, 0x9E3, 0xA01, 0xA03, 0xA3E, 0xA51, 0xA70, 0xA71,
    0xA75, 0xA83, 0xABE, 0xACC, 0xAE2, 0xAE3, 0xAFA, 0xB03, 0xB3E, 0xB57, 0xB62, 0xB63, 0xB82,
    0xB82, 0xBBE, 0xBCC, 0xBD7, 0xBD7, 0xC00, 0xC04, 0xC3E, 0xC56, 0xC62, 0xC63, 0xC81, 0xC83,
    0xCBE, 0xCD6, 0xCE2, 0xCE3, 0xD00, 0xD03, 0xD3E, 0xD4C, 0xD57, 0xD57, 0xD62, 0xD63, 0xD81,
    0xD83, 0xDCF, 0xDDF, 0xDF2, 0xDF3, 0xE31, 0xE31, 0xE34, 0xE3A, 0xE4D, 0xE4D, 0xEB1, 0xEB1,
    0xEB4, 0xEBC, 0xECD, 0xECD, 0xF71, 0xF83, 0xF8D, 0xFBC, 0x102B, 0x103E, 0x1056, 0x1059, 0x105E,
    0x1060, 0x1062, 0x1064, 0x1067, 0x106D, 0x1071, 0x1074, 0x1082, 0x108D, 0x108F, 0x108F, 0x109A,
    0x109D, 0x1712, 0x1713, 0x1732, 0x1733, 0x1752, 0x1753, 0x1772, 0x1773, 0x17B6, 0x17C8, 0x1885,
    0x1886, 0x18A9, 0x18A9, 0x1920, 0x1938, 0x1A17, 0x1A1B, 0x1A55, 0x1A74, 0x1ABF, 0x1B04, 0x1B35,
    0x1B43, 0x1B80, 0x1B82, 0x1BA1, 0x1BAD, 0x1BE7, 0x1BF1, 0x1C24, 0x1C36, 0x1DD3, 0x1DF4, 0x24B6,
    0x24E9, 0x2DE0, 0x2DFF, 0xA674, 0xA67B, 0xA69E, 0xA69F, 0xA802, 0xA802, 0xA80B, 0xA80B, 0xA823,
    0xA827, 0xA880, 0xA881, 0xA8B4, 0xA8C5, 0xA8FF, 0xA8FF, 0xA926, 0xA92A, 0xA947, 0xA952, 0xA980,
    0xA983, 0xA9B4, 0xA9BF, 0xA9E5, 0xA9E5, 0xAA29, 0xAA36, 0xAA43, 0xAA43, 0xAA4C, 0xAA4D, 0xAA7B,
    0xAA7D, 0xAAB0, 0xAAB0, 0xAAB2, 0xAAB4, 0xAAB7, 0xAAB8, 0xAABE, 0xAABE, 0xAAEB, 0xAAEF, 0xAAF5,
    0xAAF5, 0xABE3, 0xABEA, 0xFB1E, 0xFB1E, 0x10376, 0x1037A, 0x10A01, 0x10A0F, 0x10D24, 0x10D27,
    0x10EAB, 0x10EAC, 0x11000, 0x11002, 0x11038, 0x11045, 0x11073, 0x11074, 0x11080, 0x11082,
    0x110B0, 0x110C2, 0x11100, 0x11102, 0x11127, 0x11132, 0x11145, 0x11146, 0x11180, 0x11182,
    0x111B3, 0x111BF, 0x111CE, 0x111CF, 0x1122C, 0x1123E, 0x112DF, 0x112E8, 0x11300, 0x11303,
    0x1133E, 0x1134C, 0x11357, 0x11357, 0x11362, 0x11363, 0x11435, 0x11445, 0x114B0, 0x114C1,
    0x115AF, 0x115BE, 0x115DC, 0x115DD, 0x11630, 0x11640, 0x116AB, 0x116B5, 0x1171D, 0x1172A,
    0x1182C, 0x11838, 0x11930, 0x1193C, 0x11940, 0x11940, 0x11942, 0x11942, 0x119D1, 0x119DF,
    0x119E4, 0x119E4, 0x11A01, 0x11A0A, 0x11A35, 0x11A39, 0x11A3B, 0x11A3E, 0x11A51, 0x11A5B,
    0x11A8A, 0x11A97, 0x11C2F, 0x11C3E, 0x11C92, 0x11CB6, 0x11D31, 0x11D43, 0x11D47, 0x11D47,
    0x11D8A, 0x11D96, 0x11EF3, 0x11EF6, 0x16F4F, 0x16F4F, 0x16F51, 0x16F92, 0x16FF0, 0x16FF1,
    0x1BC9E, 0x1BC9E, 0x1E000, 0x1E02A, 0x1E947, 0x1E947, 0x1F130, 0x1F189,
];

/// Pairs `[first, last]` covering Python 3.11's `\d` (Unicode category `Nd`),
/// merged over gaps that hold no word character.
const DECIMAL: &[u32] = &[
    0x30, 0x39, 0x660, 0x669, 0x6F0, 0x6F9, 0x7C0, 0x7C9, 0x966, 0x96F, 0x9E6, 0x9EF, 0xA66, 0xA6F,
    0xAE6, 0xAEF, 0xB66, 0xB6F, 0xBE6, 0xBEF, 0xC66, 0xC6F, 0xCE6, 0xCEF, 0xD66, 0xD6F, 0xDE6,
    0xDEF, 0xE50, 0xE59, 0xED0, 0xED9, 0xF20, 0xF29, 0x1040, 0x1049, 0x1090, 0x1099, 0x17E0,
    0x17E9, 0x1810, 0x1819, 0x1946, 0x194F, 0x19D0, 0x19D9, 0x1A80, 0x1A99, 0x1B50, 0x1B59, 0x1BB0,
    0x1BB9, 0x1C40, 0x1C49, 0x1C50, 0x1C59, 0xA620, 0xA629, 0xA8D0, 0xA8D9, 0xA900, 0xA909, 0xA9D0,
    0xA9D9, 0xA9F0, 0xA9F9, 0xAA50, 0xAA59, 0xABF0, 0xABF9, 0xFF10, 0xFF19, 0x104A0, 0x104A9,
    0x10D30, 0x10D39, 0x11066, 0x1106F, 0x110F0, 0x110F9, 0x11136, 0x1113F, 0x111D0, 0x111D9,
    0x112F0, 0x112F9, 0x11450, 0x11459, 0x114D0, 0x114D9, 0x11650, 0x11659, 0x116C0, 0x116C9,
    0x11730, 0x11739, 0x118E0, 0x118E9, 0x11950, 0x11959, 0x11C50, 0x11C59, 0x11D50, 0x11D59,
    0x11DA0, 0x11DA9, 0x16A60, 0x16A69, 0x16AC0, 0x16AC9, 0x16B50, 0x16B59, 0x1D7CE, 0x1D7FF,
    0x1E140, 0x1E149, 0x1E2F0, 0x1E2F9, 0x1E950, 0x1E959, 0x1FBF0, 0x1FBF9,
];

/// Whether `c` falls in one of the `[first, last]` pairs of `table`.
fn in_table(table: &[u32], c: char) -> bool {
    let c = u32::from(c);
    let (mut lo, mut hi) = (0, table.len() / 2);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if table[2 * mid + 1] < c {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo < table.len() / 2 && table[2 * lo] <= c
}

/// Python's `str.isspace` for one character: Unicode `White_Space` plus the
/// information separators `\x1c`..`\x1f`.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Python's `str.isalnum` for one character.
pub(crate) fn is_alnum(c: char) -> bool {
    c.is_alphanumeric() && !in_table(NOT_WORD, c)
}

/// A character matched by Python's `\w`.
pub(crate) fn is_word(c: char) -> bool {
    c == '_' || is_alnum(c)
}

/// A character matched by Python's `\d`.
pub(crate) fn is_decimal(c: char) -> bool {
    c.is_numeric() && in_table(DECIMAL, c)
}

/// A character matched by `[^\d\W]`, `textwrap`'s notion of a letter.
pub(crate) fn is_letter(c: char) -> bool {
    is_word(c) && !is_decimal(c)
}

/// Python's `str.strip()`.
pub(crate) fn strip(s: &str) -> &str {
    s.trim_matches(is_space)
}

/// Python's `str.lstrip()`.
pub(crate) fn lstrip(s: &str) -> &str {
    s.trim_start_matches(is_space)
}

/// Python's `str.rstrip()`.
pub(crate) fn rstrip(s: &str) -> &str {
    s.trim_end_matches(is_space)
}

/// Whether Python's `s.strip()` is empty.
pub(crate) fn is_blank(s: &str) -> bool {
    s.chars().all(is_space)
}

/// Python's `str.split()` without arguments: runs of whitespace separate
/// words, and no empty words are produced.
pub(crate) fn split_whitespace(s: &str) -> impl Iterator<Item = &str> {
    s.split(is_space).filter(|w| !w.is_empty())
}

/// Python's `str.splitlines()`: splits on `\n`, `\r`, `\r\n`, `\v`, `\f`,
/// `\x1c`, `\x1d`, `\x1e`, `\x85`, `\u2028` and `\u2029`; a final line
/// break does not start an empty line.
pub(crate) fn splitlines(s: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        lines.push(&s[start..i]);
        start = i + c.len_utf8();
        if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
            chars.next();
            start += 1;
        }
    }
    if start < s.len() {
        lines.push(&s[start..]);
    }
    lines
}

/// Python's `str.expandtabs(tabsize)`: each tab becomes spaces up to the
/// next multiple of `tabsize` columns; `\n` and `\r` reset the column.
pub(crate) fn expandtabs(s: &str, tabsize: usize) -> String {
    if !s.contains('\t') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut col = 0usize;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(' ', n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

/// Python's `len`: the number of code points.
pub(crate) fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Python's `s[start:]` with a code point index.
pub(crate) fn slice_from(s: &str, start: usize) -> &str {
    match s.char_indices().nth(start) {
        Some((i, _)) => &s[i..],
        None => "",
    }
}

/// Python's `s[:end]` with a code point index.
pub(crate) fn slice_to(s: &str, end: usize) -> &str {
    match s.char_indices().nth(end) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn character_classes_follow_python() {
        // Expected values from Python 3.11: re.match(r"\w", c), c.isspace(), ...
        assert!(is_word('_') && is_word('é') && is_word('٣') && is_word('²'));
        assert!(!is_word('-') && !is_word('\u{93e}') && !is_word('Ⓐ'));
        assert!(is_decimal('7') && is_decimal('٣') && !is_decimal('²'));
        assert!(is_letter('²') && is_letter('_') && !is_letter('7'));
        assert!(is_space('\x1c') && is_space('\u{85}') && is_space('\u{3000}'));
        assert!(!is_space('\x08') && !is_space('\u{200b}'));
        assert!(is_alnum('a') && !is_alnum('_') && !is_alnum('/'));
    }

    #[test]
    fn splitlines_matches_python() {
        // "a\r\nb\rc\x0bd\x1ce\u2028f\n\ng\n".splitlines()
        assert_eq!(
            splitlines("a\r\nb\rc\x0bd\x1ce\u{2028}f\n\ng\n"),
            ["a", "b", "c", "d", "e", "f", "", "g"]
        );
        assert!(splitlines("").is_empty());
        assert_eq!(splitlines("\n"), [""]);
        assert_eq!(splitlines("x\r"), ["x"]);
    }

    #[test]
    fn expandtabs_matches_python() {
        // "a\tbc\td\n\tx\r12345678\ty".expandtabs()
        assert_eq!(
            expandtabs("a\tbc\td\n\tx\r12345678\ty", 8),
            "a       bc      d\n        x\r12345678        y"
        );
        assert_eq!(expandtabs("a\tb", 0), "ab");
    }

    #[test]
    fn strip_and_slices() {
        assert_eq!(strip("\x1f a b\u{a0}"), "a b");
        assert_eq!(lstrip("  x "), "x ");
        assert_eq!(rstrip(" x\n"), " x");
        assert!(is_blank("") && is_blank(" \t") && !is_blank(" x"));
        assert_eq!(
            split_whitespace(" a\x1cb  c ").collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
        assert_eq!(slice_from("héllo", 2), "llo");
        assert_eq!(slice_to("héllo", 2), "hé");
        assert_eq!(slice_to("hé", 5), "hé");
        assert_eq!(slice_from("hé", 5), "");
        assert_eq!(char_len("hé"), 2);
    }
}
