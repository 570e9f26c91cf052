//! Showing long text through a pager (Click's `click.echo_via_pager`).
//!
//! On a terminal the text is piped to `$PAGER` (split like a shell's), else
//! to `less` (unless `TERM` is `dumb` or `emacs`). Styles are kept only for
//! `less` asked for raw control characters (`-R` in `$LESS` or its
//! arguments), or given `LESS=-R` when it has no options at all. When
//! standard input or output is not a terminal, or no pager can be started,
//! the text is written straight to standard output, without styles.

use std::borrow::Cow;
use std::io::Write;
use std::path::Path;

use crate::io::Io;

/// Show `text` through the pager.
///
/// ```
/// clack_core::termui::echo_via_pager("a long text\n");
/// ```
pub fn echo_via_pager(text: &str) {
    echo_via_pager_chunks([text]);
}

/// Show text produced piece by piece through the pager; each piece is
/// written as it comes, and a newline ends the text (as in Click).
///
/// ```
/// clack_core::termui::echo_via_pager_chunks((1..=3).map(|n| format!("line {n}\n")));
/// ```
pub fn echo_via_pager_chunks<I, S>(chunks: I)
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let io = super::current_io();
    let color = crate::context::current().and_then(|c| c.color());
    let mut chunks = chunks.into_iter();
    if io.stdin_is_terminal() && io.stdout_is_terminal() && pipe_to_pager(&io, color, &mut chunks) {
        return;
    }
    let keep = color.unwrap_or(false);
    for chunk in chunks {
        let text = styled_or_plain(chunk.as_ref(), keep);
        if io.try_write(false, text.as_bytes()).is_err() {
            return;
        }
    }
    // Click ends the text with a newline of its own.
    let _ = io.try_write(false, b"\n");
}

/// Pipe to the pager; `false` (with nothing consumed) when none starts.
fn pipe_to_pager<S: AsRef<str>>(
    io: &Io,
    color: Option<bool>,
    chunks: &mut dyn Iterator<Item = S>,
) -> bool {
    let pager = io.env().var("PAGER").unwrap_or_default();
    let Ok(mut words) = shell_words::split(&pager) else {
        return false;
    };
    if words.is_empty() {
        // Without $PAGER: less, unless the terminal cannot take it.
        let term = io.env().var("TERM");
        if matches!(term.as_deref(), Some("dumb" | "emacs")) || !super::edit::on_path(io, "less") {
            return false;
        }
        words.push("less".to_string());
    }
    let Some((program, args)) = words.split_first() else {
        return false;
    };
    let mut child = std::process::Command::new(program);
    child.args(args).stdin(std::process::Stdio::piped());
    io.env().apply_to(&mut child);
    if let Some(dir) = io.cwd() {
        child.current_dir(dir);
    }
    let mut color = color;
    if color.is_none() && Path::new(program).file_stem() == Some("less".as_ref()) {
        let less_env = io.env().var("LESS").unwrap_or_default();
        if less_uses_raw_mode(&less_env, args) {
            color = Some(true);
        } else if less_env.is_empty() && args.is_empty() {
            child.env("LESS", "-R");
            color = Some(true);
        }
    }
    // Ctrl-C is the pager's (less cancels a search with it): it is noted
    // and dropped here while the pager runs, and the pager is waited for,
    // as Click does.
    let _watch = crate::sys::Watch::new(crate::sys::OnInterrupt::Note);
    let Ok(mut child) = child.spawn() else {
        return false;
    };
    if let Some(mut stdin) = child.stdin.take() {
        let keep = color.unwrap_or(false);
        for chunk in chunks {
            let text = styled_or_plain(chunk.as_ref(), keep);
            // The user quitting the pager early closes the pipe.
            if stdin.write_all(text.as_bytes()).is_err() {
                break;
            }
        }
        // Click ends the text with a newline of its own.
        let _ = stdin.write_all(b"\n");
    }
    let _ = child.wait();
    crate::sys::take_interrupt();
    true
}

/// A chunk as it is written: with its styles when `keep`, else without.
fn styled_or_plain(chunk: &str, keep: bool) -> Cow<'_, str> {
    if keep {
        Cow::Borrowed(chunk)
    } else {
        crate::ansi::strip_ansi(chunk)
    }
}

/// Whether `$LESS` or less's own arguments ask for raw control
/// characters: a short option cluster with `r` or `R`, or
/// `--raw-control-chars` (file names and option values do not count).
fn less_uses_raw_mode(less_env: &str, args: &[String]) -> bool {
    let env_tokens = shell_words::split(less_env)
        .unwrap_or_else(|_| less_env.split_whitespace().map(String::from).collect());
    env_tokens.iter().chain(args).any(|token| {
        if let Some(long) = token.strip_prefix("--") {
            long.eq_ignore_ascii_case("raw-control-chars")
        } else if let Some(short) = token.strip_prefix('-') {
            short.contains(['r', 'R'])
        } else {
            false
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Runner;
    use crate::{Command, Output};

    #[test]
    fn raw_mode_requests() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(less_uses_raw_mode("-R", &[]));
        assert!(less_uses_raw_mode("-XrF", &[]));
        assert!(less_uses_raw_mode("", &args(&["--RAW-CONTROL-CHARS"])));
        assert!(!less_uses_raw_mode("--prompt=rest", &[]));
        assert!(!less_uses_raw_mode("-X", &args(&["readme"])));
        assert!(!less_uses_raw_mode("'-X", &[]));
    }

    #[test]
    fn without_a_terminal_the_text_is_written_plainly() {
        let cmd = Command::new("p").callback(|_| {
            echo_via_pager_chunks(["\x1b[1mbold\x1b[0m ", "and plain"]);
            Ok(Output::none())
        });
        let r = Runner::new()
            .env("PAGER", "false")
            .invoke(&cmd, [] as [&str; 0]);
        assert_eq!(r.stdout, "bold and plain\n");
    }
}
