//! Python's `repr()` of strings, byte strings and floats, as Click's
//! messages show them (CPython 3.12).

/// Quote `s` the way Python's `repr(str)` does.
pub(crate) fn py_repr(s: &str) -> String {
    py_repr_pieces(s, &[(s, &[][..])])
}

/// Quote an OS string the way Python's `repr()` shows it: bytes that are
/// not UTF-8 appear as the lone surrogates Python decodes them to
/// (`surrogateescape`), so `b"\xff"` is `'\udcff'`, as in Click's messages.
pub(crate) fn py_repr_os(s: &std::ffi::OsStr) -> String {
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

/// Format a float as Python's `repr(float)` does: the shortest digits that
/// read back the same value, in fixed notation when the exponent is between
/// -4 and 15, else as `1e+16`; `inf`, `-inf` and `nan` by name.
pub(crate) fn py_float_repr(value: f64) -> String {
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
}
