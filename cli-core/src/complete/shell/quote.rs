//! Putting the program's name into a script: quoted for the shell in code,
//! kept to one line in comments, and filled in one pass so that a name
//! holding `{{...}}` is never read as a placeholder.

/// `text` as one word for bash or zsh: as it is when it holds only
/// characters that mean nothing to either, else in single quotes.
pub(super) fn posix(text: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "_./+:@%,-".contains(c);
    if !text.is_empty() && text.chars().all(plain) {
        return text.to_string();
    }
    format!("'{}'", text.replace('\'', "'\\''"))
}

/// `text` as one word for fish, whose single quotes also give meaning to
/// `\'` and `\\`.
pub(super) fn fish(text: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "_./+:@%,-".contains(c);
    if !text.is_empty() && text.chars().all(plain) {
        return text.to_string();
    }
    format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// `text` for the inside of a PowerShell single-quoted string, where every
/// kind of single quote (PowerShell also takes the typographic ones) is
/// written twice.
pub(super) fn powershell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}') {
            out.push(c);
        }
        out.push(c);
    }
    out
}

/// `text` for a comment: control characters (a newline would end the
/// comment and start code) become `?`.
pub(super) fn for_comment(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
}

/// `template` with each `{{key}}` of `values` replaced, in one pass: text
/// that a value brings in is never searched again.
pub(super) fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let found = after.find("}}").and_then(|end| {
            let key = &after[..end];
            let value = values.iter().find(|(k, _)| *k == key)?.1;
            Some((value, &after[end + 2..]))
        });
        match found {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push_str("{{");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_what_needs_it() {
        assert_eq!(posix("my-tool.py"), "my-tool.py");
        assert_eq!(posix("a b"), "'a b'");
        assert_eq!(posix("it's"), "'it'\\''s'");
        assert_eq!(posix("$(x)"), "'$(x)'");
        assert_eq!(posix("{a,b}"), "'{a,b}'");
        assert_eq!(posix(""), "''");
        assert_eq!(fish("a\\'b"), "'a\\\\\\'b'");
        assert_eq!(fish("shipit"), "shipit");
        assert_eq!(powershell("it's \u{2019}"), "it''s \u{2019}\u{2019}");
        assert_eq!(for_comment("a\nb\r"), "a?b?");
    }

    #[test]
    fn fills_in_one_pass() {
        let values = [("a", "{{b}}"), ("b", "B")];
        assert_eq!(
            fill("x {{a}} {{b}} {{c}} {{", &values),
            "x {{b}} B {{c}} {{"
        );
    }
}
