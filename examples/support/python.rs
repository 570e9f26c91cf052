//! How Python prints a few values, for examples whose Click twins print
//! them with `repr()` or `print(float)`: the conformance suite compares the
//! two byte for byte. Ordinary programs have no use for this; clack's own
//! copy of these rules stays private to its messages.

/// Python's `repr(str)`: single quotes unless the text holds one and no
/// double quote; backslash escapes for quotes, `\\`, `\n`, `\r`, `\t`, and
/// `\xNN`/`\uNNNN`/`\UNNNNNNNN` for characters Python does not print.
#[allow(dead_code)]
pub fn repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if printable(c) => out.push(c),
            c => {
                let n = c as u32;
                out.push_str(&match n {
                    0..=0xff => format!("\\x{n:02x}"),
                    0x100..=0xffff => format!("\\u{n:04x}"),
                    _ => format!("\\U{n:08x}"),
                });
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable()` for one character, closely enough for
/// command-line text: controls, format and private-use characters and
/// separators other than the space are not printable.
fn printable(c: char) -> bool {
    c == ' '
        || !(c.is_control()
            || matches!(c as u32,
                0xA0 | 0xAD | 0x1680 | 0x2000..=0x200F | 0x2028..=0x202F | 0x205F..=0x2064
                | 0x2066..=0x206F | 0x3000 | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF
                | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0xF0000..=0x10FFFF))
}

/// Python's `repr(float)`: the shortest digits that read back the same
/// value, fixed notation for exponents from -4 to 15 (`1e-05`, `1e+16`
/// outside), `inf`, `-inf` and `nan` by name.
#[allow(dead_code)]
pub fn float(value: f64) -> String {
    if value.is_nan() {
        return "nan".into();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sci = format!("{value:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    if (-4..16).contains(&exp) {
        let point = exp + 1;
        let body = if point <= 0 {
            format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
        } else if point as usize >= digits.len() {
            format!("{digits}{}.0", "0".repeat(point as usize - digits.len()))
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
