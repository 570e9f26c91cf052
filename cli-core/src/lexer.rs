//! Command-line tokens as `OsString`, without loss.
//!
//! The lexer knows nothing of commands. It answers the questions Click's
//! parser asks of a token (does it start with an option prefix, where is its
//! `=`, what are its characters) while keeping values as the exact bytes the
//! operating system passed: option *names* are decoded (lossily, for
//! messages), values never are.

use std::borrow::Cow;
use std::ffi::{OsStr, OsString};

/// A token's characters with their byte offsets: valid UTF-8 sequences give
/// their character, each byte of an invalid sequence gives U+FFFD (Python's
/// `surrogateescape` also makes one character per such byte).
pub(crate) fn char_units(token: &OsStr) -> Vec<(usize, char)> {
    let bytes = token.as_encoded_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut offset = 0;
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            out.push((offset, c));
            offset += c.len_utf8();
        }
        for _ in chunk.invalid() {
            out.push((offset, char::REPLACEMENT_CHARACTER));
            offset += 1;
        }
    }
    out
}

/// The token from byte offset `at` (which must be a boundary reported by
/// [`char_units`] or an ASCII byte position) to its end, bytes intact.
pub(crate) fn tail(token: &OsStr, at: usize) -> OsString {
    slice(token, at, token.len())
}

/// Bytes `start..end` of a token, where both ends sit on boundaries of
/// [`char_units`] or next to an ASCII byte.
pub(crate) fn slice(token: &OsStr, start: usize, end: usize) -> OsString {
    if let Some(s) = token.to_str() {
        return s.get(start..end).unwrap_or_default().into();
    }
    platform_slice(token, start, end)
}

#[cfg(unix)]
fn platform_slice(token: &OsStr, start: usize, end: usize) -> OsString {
    use std::os::unix::ffi::OsStrExt;
    let bytes = token.as_bytes();
    OsStr::from_bytes(bytes.get(start..end).unwrap_or_default()).to_os_string()
}

#[cfg(not(unix))]
fn platform_slice(token: &OsStr, start: usize, end: usize) -> OsString {
    // Outside Unix an argument that is not valid Unicode is rare (unpaired
    // UTF-16 surrogates on Windows); its pieces are decoded lossily.
    let lossy = token.to_string_lossy();
    let bytes = lossy.as_bytes();
    String::from_utf8_lossy(bytes.get(start..end).unwrap_or_default())
        .into_owned()
        .into()
}

/// The token as text for names and messages (lossy).
pub(crate) fn text(token: &OsStr) -> Cow<'_, str> {
    token.to_string_lossy()
}

/// Byte offset of the first `=` in the token.
pub(crate) fn find_eq(token: &OsStr) -> Option<usize> {
    token.as_encoded_bytes().iter().position(|&b| b == b'=')
}

/// The first character of a token (U+FFFD for an invalid byte), and
/// whether there is more after it. No allocation: this runs for every token.
fn first_char(token: &OsStr) -> Option<(char, bool)> {
    let bytes = token.as_encoded_bytes();
    let first = *bytes.first()?;
    if first.is_ascii() {
        return Some((first as char, bytes.len() > 1));
    }
    let chunk = bytes.utf8_chunks().next()?;
    match chunk.valid().chars().next() {
        Some(c) => Some((c, bytes.len() > c.len_utf8())),
        None => Some((char::REPLACEMENT_CHARACTER, bytes.len() > 1)),
    }
}

/// Whether the token looks like an option for this set of prefixes: its
/// first character is a prefix character and it is longer than one
/// character (a lone `-` is a value).
pub(crate) fn is_option_like(token: &OsStr, prefixes: &[String]) -> bool {
    match first_char(token) {
        Some((first, true)) => prefixes
            .iter()
            .any(|p| p.len() == first.len_utf8() && p.starts_with(first)),
        _ => false,
    }
}

/// The first `n` characters of a token, as text.
pub(crate) fn first_chars(token: &OsStr, n: usize) -> String {
    text(token).chars().take(n).collect()
}

/// Split `value` at bytes matching `is_sep`. With `collapse`, runs of
/// separators count as one and leading/trailing ones are ignored (Python's
/// `str.split()`); without, every separator splits (`str.split(sep)`).
/// Linear in the length of `value`: it is checked for UTF-8 once, not once
/// per piece.
pub(crate) fn split_os(
    value: &OsStr,
    is_sep: impl Fn(u8) -> bool,
    collapse: bool,
) -> Vec<OsString> {
    let text = value.to_str();
    let piece = |start: usize, end: usize| match text {
        Some(s) => s.get(start..end).unwrap_or_default().into(),
        None => platform_slice(value, start, end),
    };
    let bytes = value.as_encoded_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if is_sep(b) {
            if !collapse || i > start {
                out.push(piece(start, i));
            }
            start = i + 1;
        }
    }
    if !collapse || bytes.len() > start {
        out.push(piece(start, bytes.len()));
    }
    out
}

/// Split an option name into its prefix and the rest, like Click's
/// `_split_opt`: `--name` → (`--`, `name`), `-n` → (`-`, `n`), `name` → (``, `name`).
pub(crate) fn split_opt(opt: &str) -> (&str, &str) {
    let mut chars = opt.chars();
    let Some(first) = chars.next() else {
        return ("", opt);
    };
    if first.is_alphanumeric() {
        return ("", opt);
    }
    let n = first.len_utf8();
    if opt[n..].starts_with(first) {
        (&opt[..2 * n], &opt[2 * n..])
    } else {
        (&opt[..n], &opt[n..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_opt_cases() {
        assert_eq!(split_opt("-"), ("-", ""));
        assert_eq!(split_opt("--"), ("--", ""));
        assert_eq!(split_opt("+x"), ("+", "x"));
        assert_eq!(split_opt(""), ("", ""));
    }

    #[cfg(unix)]
    fn bad(bytes: &[u8]) -> OsString {
        use std::os::unix::ffi::OsStrExt;
        OsStr::from_bytes(bytes).to_os_string()
    }

    #[test]
    fn units_and_tails() {
        let t = OsString::from("-nvé5");
        let u = char_units(&t);
        assert_eq!(u.iter().map(|x| x.1).collect::<String>(), "-nvé5");
        assert_eq!(tail(&t, u[3].0), "é5");
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_survives() {
        let t = bad(b"-o\xffvalue");
        let u = char_units(&t);
        assert_eq!(u[2], (2, char::REPLACEMENT_CHARACTER));
        assert_eq!(tail(&t, 2), bad(b"\xffvalue"));
        let t = bad(b"--name=\xfe\xff");
        let eq = find_eq(&t).unwrap();
        assert_eq!(tail(&t, eq + 1), bad(b"\xfe\xff"));
    }

    #[test]
    fn option_like() {
        let p = vec!["-".to_string(), "--".to_string()];
        assert!(is_option_like(OsStr::new("-x"), &p));
        assert!(!is_option_like(OsStr::new("-"), &p));
        assert!(!is_option_like(OsStr::new("x-"), &p));
        assert!(!is_option_like(OsStr::new("+x"), &p));
    }

    #[test]
    fn splitting() {
        assert_eq!(
            split_os(OsStr::new("  a  b "), |b| b == b' ', true),
            ["a", "b"]
        );
        assert_eq!(
            split_os(OsStr::new(":a:"), |b| b == b':', false),
            ["", "a", ""]
        );
        assert_eq!(split_os(OsStr::new(""), |b| b == b':', false), [""]);
        assert!(split_os(OsStr::new(""), |b| b == b' ', true).is_empty());
    }
}
