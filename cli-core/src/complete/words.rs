//! Reading a completion request: the command line the shell script passed
//! in `COMP_WORDS`/`COMP_CWORD`, split into the complete words and the one
//! being typed.
//!
//! The splitting is Python's `shlex` in POSIX mode with
//! `whitespace_split` (Click's `split_arg_string`), forgiving an unclosed
//! quote or a trailing backslash: the partial word is kept as it is. Each
//! shell passes the line differently (an index for bash, zsh and
//! PowerShell, the partial word itself for fish); [`completion_args`]
//! knows which.

use super::Shell;

/// Split a command line as Python's `shlex.split` does, but keep a partial
/// last word instead of failing on an unclosed quote or a trailing
/// backslash (Click's `split_arg_string`).
///
/// ```
/// use clack_core::complete::split_arg_string;
/// assert_eq!(split_arg_string("example 'my file"), ["example", "my file"]);
/// assert_eq!(split_arg_string("example my\\"), ["example", "my"]);
/// assert_eq!(split_arg_string("a \"b\\\"c\" ''"), ["a", "b\"c", ""]);
/// ```
pub fn split_arg_string(line: &str) -> Vec<String> {
    let mut lexer = Shlex::new(line);
    let mut out = Vec::new();
    loop {
        match lexer.next_token() {
            Ok(Some(token)) => out.push(token),
            Ok(None) => break,
            Err(partial) => {
                out.push(partial);
                break;
            }
        }
    }
    out
}

/// The state machine of CPython's `shlex.read_token`, restricted to the
/// settings Click uses (POSIX, whitespace splitting, no comments).
struct Shlex<'a> {
    chars: std::str::Chars<'a>,
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    Space,
    Word,
    Quote(char),
    Escape(EscapedFrom),
}

#[derive(Clone, Copy, PartialEq)]
enum EscapedFrom {
    Word,
    Quote(char),
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

impl<'a> Shlex<'a> {
    fn new(line: &'a str) -> Self {
        Shlex {
            chars: line.chars(),
        }
    }

    /// The next word, `None` at the end, or the partial word when the line
    /// ends inside a quote or after a backslash.
    fn next_token(&mut self) -> Result<Option<String>, String> {
        let mut state = State::Space;
        let mut token = String::new();
        let mut quoted = false;
        loop {
            let next = self.chars.next();
            match state {
                State::Space => match next {
                    None => break,
                    Some(c) if is_space(c) => {
                        if quoted {
                            break;
                        }
                    }
                    Some('\\') => state = State::Escape(EscapedFrom::Word),
                    Some(q @ ('\'' | '"')) => state = State::Quote(q),
                    Some(c) => {
                        token.push(c);
                        state = State::Word;
                    }
                },
                State::Quote(q) => {
                    quoted = true;
                    match next {
                        None => return Err(token),
                        Some(c) if c == q => state = State::Word,
                        Some('\\') if q == '"' => state = State::Escape(EscapedFrom::Quote(q)),
                        Some(c) => token.push(c),
                    }
                }
                State::Escape(from) => {
                    let Some(c) = next else {
                        return Err(token);
                    };
                    if let EscapedFrom::Quote(q) = from
                        && c != '\\'
                        && c != q
                    {
                        token.push('\\');
                    }
                    token.push(c);
                    state = match from {
                        EscapedFrom::Word => State::Word,
                        EscapedFrom::Quote(q) => State::Quote(q),
                    };
                }
                State::Word => match next {
                    None => break,
                    Some(c) if is_space(c) => break,
                    Some(q @ ('\'' | '"')) => state = State::Quote(q),
                    Some('\\') => state = State::Escape(EscapedFrom::Word),
                    Some(c) => token.push(c),
                },
            }
        }
        if token.is_empty() && !quoted {
            Ok(None)
        } else {
            Ok(Some(token))
        }
    }
}

/// The complete words after the program name, and the word being typed,
/// from the variables a shell script set (Click's `get_completion_args`).
/// `None` when a variable is missing or malformed.
pub(crate) fn completion_args(
    shell: Shell,
    comp_words: Option<&str>,
    comp_cword: Option<&str>,
) -> Option<(Vec<String>, String)> {
    let words = split_arg_string(comp_words?);
    let cword = comp_cword?;
    if shell == Shell::Fish {
        let incomplete = if cword.is_empty() {
            String::new()
        } else {
            split_arg_string(cword).into_iter().next()?
        };
        let mut args: Vec<String> = words.into_iter().skip(1).collect();
        if !incomplete.is_empty() && args.last() == Some(&incomplete) {
            args.pop();
        }
        return Some((args, incomplete));
    }
    let index = parse_py_int(cword)?;
    let len = words.len() as i64;
    // Python's words[1:index] and words[index], negative indices included.
    let end = if index < 0 { len + index } else { index }.clamp(0, len);
    let args = words
        .get(1..(end.max(1) as usize))
        .map(<[String]>::to_vec)
        .unwrap_or_default();
    let at = if index < 0 { len + index } else { index };
    let incomplete = if (0..len).contains(&at) {
        words[at as usize].clone()
    } else {
        String::new()
    };
    Some((args, incomplete))
}

/// Python's `int()` on a string: surrounding whitespace, a sign, and
/// underscores between digits.
fn parse_py_int(text: &str) -> Option<i64> {
    let text = text.trim();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let value: i64 = clean.parse().ok()?;
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<String> {
        split_arg_string(s)
    }

    #[test]
    fn splits_like_python_shlex() {
        assert_eq!(split("a  b\tc\nd"), ["a", "b", "c", "d"]);
        assert_eq!(split("'a b' \"c d\""), ["a b", "c d"]);
        assert_eq!(split("a\\ b"), ["a b"]);
        assert_eq!(split("x'y'z"), ["xyz"]);
        assert_eq!(split("'' \"\""), ["", ""]);
        assert_eq!(split("\"a\\b\\\\c\\\"\""), ["a\\b\\c\""]);
        assert_eq!(split("'a\\b'"), ["a\\b"]);
        assert_eq!(split("  "), Vec::<String>::new());
    }

    #[test]
    fn keeps_partial_words() {
        assert_eq!(split("tool deploy \"e"), ["tool", "deploy", "e"]);
        assert_eq!(split("tool 'a b"), ["tool", "a b"]);
        assert_eq!(split("tool a\\"), ["tool", "a"]);
        assert_eq!(split("tool \""), ["tool", ""]);
    }

    fn args(shell: Shell, words: &str, cword: &str) -> Option<(Vec<String>, String)> {
        completion_args(shell, Some(words), Some(cword))
    }

    #[test]
    fn index_shells() {
        let (a, i) = args(Shell::Bash, "tool greet --c", "2").unwrap();
        assert_eq!((a, i.as_str()), (vec!["greet".to_string()], "--c"));
        let (a, i) = args(Shell::Zsh, "tool ", "1").unwrap();
        assert_eq!((a.len(), i.as_str()), (0, ""));
        let (a, i) = args(Shell::Bash, "tool a b c", "-1").unwrap();
        assert_eq!((a, i.as_str()), (vec!["a".into(), "b".into()], "c"));
        let (a, i) = args(Shell::PowerShell, "tool a", " +7 ").unwrap();
        assert_eq!((a, i.as_str()), (vec!["a".to_string()], ""));
        assert!(args(Shell::Bash, "tool", "x").is_none());
        assert!(completion_args(Shell::Bash, None, Some("1")).is_none());
    }

    #[test]
    fn fish_passes_the_partial_word() {
        let (a, i) = args(Shell::Fish, "tool gr", "gr").unwrap();
        assert_eq!((a.len(), i.as_str()), (0, "gr"));
        let (a, i) = args(Shell::Fish, "tool deploy ", "").unwrap();
        assert_eq!((a, i.as_str()), (vec!["deploy".to_string()], ""));
        let (a, i) = args(Shell::Fish, "tool 'a b", "'a b").unwrap();
        assert_eq!((a.len(), i.as_str()), (0, "a b"));
        assert!(args(Shell::Fish, "tool ", " ").is_none());
    }

    #[test]
    fn python_int() {
        assert_eq!(parse_py_int(" 1_0 "), Some(10));
        assert_eq!(parse_py_int("-3"), Some(-3));
        assert_eq!(parse_py_int("1__0"), None);
        assert_eq!(parse_py_int("0x1"), None);
        assert_eq!(parse_py_int(""), None);
    }
}
