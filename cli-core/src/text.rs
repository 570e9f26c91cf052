//! Small text helpers that reproduce Python behaviour Click's messages rely on.
//!
//! Click quotes names with Python's `repr()` (`'--name'`, or `"it's"` when the
//! text holds a single quote) and suggests close matches with
//! `difflib.get_close_matches`. Both are ported here so that messages match
//! Click byte for byte.

/// Quote `s` the way Python's `repr(str)` does.
///
/// ```
/// use clack_core::text::py_repr;
/// assert_eq!(py_repr("--name"), "'--name'");
/// assert_eq!(py_repr("it's"), "\"it's\"");
/// assert_eq!(py_repr("a\nb"), "'a\\nb'");
/// ```
pub fn py_repr(s: &str) -> String {
    py_repr_pieces(s, &[(s, &[][..])])
}

/// Quote an OS string the way Python's `repr()` shows it: bytes that are
/// not UTF-8 appear as the lone surrogates Python decodes them to
/// (`surrogateescape`), so `b"\xff"` is `'\udcff'`, as in Click's messages.
///
/// ```
/// use clack_core::text::py_repr_os;
/// assert_eq!(py_repr_os("it's".as_ref()), "\"it's\"");
/// # #[cfg(unix)] {
/// use std::os::unix::ffi::OsStrExt;
/// assert_eq!(py_repr_os(std::ffi::OsStr::from_bytes(b"a\xffb")), "'a\\udcffb'");
/// # }
/// ```
pub fn py_repr_os(s: &std::ffi::OsStr) -> String {
    let bytes = s.as_encoded_bytes();
    let pieces: Vec<(&str, &[u8])> = bytes
        .utf8_chunks()
        .map(|chunk| (chunk.valid(), chunk.invalid()))
        .collect();
    let valid: String = pieces.iter().map(|(v, _)| *v).collect();
    py_repr_pieces(&valid, &pieces)
}

/// `repr()` of text given as valid pieces, each followed by bytes to show
/// as surrogate escapes; `whole` (the valid text) picks the quote.
fn py_repr_pieces(whole: &str, pieces: &[(&str, &[u8])]) -> String {
    let quote = if whole.contains('\'') && !whole.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(whole.len() + 2);
    out.push(quote);
    for (valid, invalid) in pieces {
        for c in valid.chars() {
            push_escaped(&mut out, c, quote);
        }
        for b in invalid.iter() {
            out.push_str(&format!("\\udc{b:02x}"));
        }
    }
    out.push(quote);
    out
}

/// One character of a `repr()`.
fn push_escaped(out: &mut String, c: char, quote: char) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        c if is_printable(c) => out.push(c),
        c => {
            let n = c as u32;
            if n < 0x100 {
                out.push_str(&format!("\\x{n:02x}"));
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{n:04x}"));
            } else {
                out.push_str(&format!("\\U{n:08x}"));
            }
        }
    }
}

/// An approximation of Python's `str.isprintable()` for one character: the
/// control, format, separator (other than space) and private-use characters
/// are not printable.
fn is_printable(c: char) -> bool {
    let n = c as u32;
    if c == ' ' {
        return true;
    }
    if c.is_control() {
        return false;
    }
    !matches!(n,
        0xA0 | 0xAD | 0x1680 | 0x2000..=0x200F | 0x2028..=0x202F | 0x205F..=0x2064
        | 0x2066..=0x206F | 0x3000 | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF
        | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E
        | 0xF0000..=0x10FFFF)
}

/// Python's `difflib.get_close_matches(word, possibilities, n, cutoff)`:
/// the best `n` possibilities whose similarity ratio is at least `cutoff`,
/// best first (ties broken by the larger string, as `heapq.nlargest` does).
///
/// ```
/// use clack_core::text::close_matches;
/// let names = ["--name", "--count", "--greeting"];
/// assert_eq!(close_matches("--nmae", names.iter().copied(), 3, 0.6), ["--name"]);
/// ```
pub fn close_matches<'a>(
    word: &str,
    possibilities: impl IntoIterator<Item = &'a str>,
    n: usize,
    cutoff: f64,
) -> Vec<String> {
    let b: Vec<char> = word.chars().collect();
    let mut scored: Vec<(f64, &str)> = possibilities
        .into_iter()
        .filter_map(|x| {
            let a: Vec<char> = x.chars().collect();
            let r = ratio(&a, &b);
            (r >= cutoff).then_some((r, x))
        })
        .collect();
    scored.sort_by(|l, r| {
        r.0.partial_cmp(&l.0)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| r.1.cmp(l.1))
    });
    scored
        .into_iter()
        .take(n)
        .map(|(_, x)| x.to_string())
        .collect()
}

/// `SequenceMatcher(None, a, b).ratio()`.
fn ratio(a: &[char], b: &[char]) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 1.0;
    }
    let matches = matching_chars(a, b);
    2.0 * matches as f64 / total as f64
}

/// The number of characters in `SequenceMatcher.get_matching_blocks()`, with
/// its recursion and tie-breaking (longest block, then smallest `i`, then
/// smallest `j`). Autojunk only applies to sequences of 200 or more items,
/// which option and command names never are; it is applied for fidelity.
fn matching_chars(a: &[char], b: &[char]) -> usize {
    let popular: Vec<char> = if b.len() >= 200 {
        let limit = b.len() / 100 + 1;
        let mut counts: Vec<(char, usize)> = Vec::new();
        for &c in b {
            match counts.iter_mut().find(|(k, _)| *k == c) {
                Some((_, n)) => *n += 1,
                None => counts.push((c, 1)),
            }
        }
        counts
            .into_iter()
            .filter(|&(_, n)| n > limit)
            .map(|(c, _)| c)
            .collect()
    } else {
        Vec::new()
    };
    let mut total = 0;
    let mut queue = vec![(0, a.len(), 0, b.len())];
    while let Some((alo, ahi, blo, bhi)) = queue.pop() {
        let (i, j, k) = longest_match(a, b, &popular, alo, ahi, blo, bhi);
        if k > 0 {
            total += k;
            if alo < i && blo < j {
                queue.push((alo, i, blo, j));
            }
            if i + k < ahi && j + k < bhi {
                queue.push((i + k, ahi, j + k, bhi));
            }
        }
    }
    total
}

fn longest_match(
    a: &[char],
    b: &[char],
    popular: &[char],
    alo: usize,
    ahi: usize,
    blo: usize,
    bhi: usize,
) -> (usize, usize, usize) {
    let (mut besti, mut bestj, mut bestsize) = (alo, blo, 0);
    // j2len[j + 1] = length of the match ending at a[i - 1], b[j].
    let mut j2len = vec![0usize; b.len() + 1];
    let mut new = vec![0usize; b.len() + 1];
    for (i, &ai) in a.iter().enumerate().take(ahi).skip(alo) {
        for v in new.iter_mut() {
            *v = 0;
        }
        if !popular.contains(&ai) {
            for (j, &bj) in b.iter().enumerate().take(bhi).skip(blo) {
                if bj != ai {
                    continue;
                }
                let k = j2len[j] + 1;
                new[j + 1] = k;
                if k > bestsize {
                    besti = i + 1 - k;
                    bestj = j + 1 - k;
                    bestsize = k;
                }
            }
        }
        std::mem::swap(&mut j2len, &mut new);
    }
    // Extend the match over "popular" elements on both sides, as difflib
    // does for junk; without popular elements these loops do nothing.
    while besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1] {
        besti -= 1;
        bestj -= 1;
        bestsize += 1;
    }
    while besti + bestsize < ahi
        && bestj + bestsize < bhi
        && a[besti + bestsize] == b[bestj + bestsize]
    {
        bestsize += 1;
    }
    (besti, bestj, bestsize)
}

/// Format a float as Python's `repr(float)` does: the shortest digits that
/// read back the same value, in fixed notation when the exponent is between
/// -4 and 15, else as `1e+16`; `inf`, `-inf` and `nan` by name.
///
/// ```
/// use clack_core::text::py_float_repr;
/// assert_eq!(py_float_repr(0.0), "0.0");
/// assert_eq!(py_float_repr(2.5), "2.5");
/// assert_eq!(py_float_repr(1e16), "1e+16");
/// assert_eq!(py_float_repr(1e-5), "1e-05");
/// assert_eq!(py_float_repr(123456.0), "123456.0");
/// ```
pub fn py_float_repr(value: f64) -> String {
    if value.is_nan() {
        return "nan".into();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf" } else { "-inf" }.into();
    }
    // `{:e}` gives the shortest round-trip digits: "-1.2345e3".
    let sci = format!("{value:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    if (-4..16).contains(&exp) {
        let point = exp + 1; // digits before the decimal point
        let body = if point <= 0 {
            format!("0.{}{}", "0".repeat((-point) as usize), digits)
        } else if (point as usize) >= digits.len() {
            format!("{}{}.0", digits, "0".repeat(point as usize - digits.len()))
        } else {
            let (a, b) = digits.split_at(point as usize);
            format!("{a}.{b}")
        };
        format!("{sign}{body}")
    } else {
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{first}{frac}e{esign}{:02}", exp.abs())
    }
}

/// Split an option name into its prefix and the rest, like Click's
/// `_split_opt`: `--name` → (`--`, `name`), `-n` → (`-`, `n`), `name` → (``, `name`).
///
/// ```
/// use clack_core::text::split_opt;
/// assert_eq!(split_opt("--dry-run"), ("--", "dry-run"));
/// assert_eq!(split_opt("/debug"), ("/", "debug"));
/// assert_eq!(split_opt("name"), ("", "name"));
/// ```
pub fn split_opt(opt: &str) -> (&str, &str) {
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
    fn repr_quotes() {
        assert_eq!(py_repr(""), "''");
        assert_eq!(py_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(py_repr("back\\slash"), "'back\\\\slash'");
        assert_eq!(py_repr("\u{7}"), "'\\x07'");
        assert_eq!(py_repr("\u{a0}"), "'\\xa0'");
        assert_eq!(py_repr("é ü"), "'é ü'");
        assert_eq!(py_repr("\u{200b}"), "'\\u200b'");
    }

    // Expected values from CPython 3.11 difflib.
    #[test]
    fn ratios_match_difflib() {
        let r = |a: &str, b: &str| {
            let a: Vec<char> = a.chars().collect();
            let b: Vec<char> = b.chars().collect();
            ratio(&a, &b)
        };
        assert!((r("--name", "--nmae") - 0.8333333333333334).abs() < 1e-12);
        assert!((r("abcd", "bcde") - 0.75).abs() < 1e-12);
        assert!((r("clone", "clon") - 0.8888888888888888).abs() < 1e-12);
        assert_eq!(r("", ""), 1.0);
        assert_eq!(r("abc", "xyz"), 0.0);
    }

    #[test]
    fn close_matches_order_and_cutoff() {
        let words = ["ape", "apple", "peach", "puppy"];
        assert_eq!(
            close_matches("appel", words.iter().copied(), 3, 0.6),
            ["apple", "ape"]
        );
        let cmds = ["clone", "commit", "copy", "delete", "remote", "setuser"];
        assert_eq!(
            close_matches("clon", cmds.iter().copied(), 3, 0.6),
            ["clone"]
        );
        assert!(close_matches("zzz", cmds.iter().copied(), 3, 0.6).is_empty());
    }

    #[test]
    fn float_reprs() {
        assert_eq!(py_float_repr(-0.25), "-0.25");
        assert_eq!(py_float_repr(1e22), "1e+22");
        assert_eq!(py_float_repr(1.5e-7), "1.5e-07");
        assert_eq!(py_float_repr(0.0001), "0.0001");
        assert_eq!(py_float_repr(1e15), "1000000000000000.0");
        assert_eq!(py_float_repr(f64::NAN), "nan");
        assert_eq!(py_float_repr(-0.0), "-0.0");
    }

    #[test]
    fn split_opt_cases() {
        assert_eq!(split_opt("-"), ("-", ""));
        assert_eq!(split_opt("--"), ("--", ""));
        assert_eq!(split_opt("+x"), ("+", "x"));
        assert_eq!(split_opt(""), ("", ""));
    }
}
