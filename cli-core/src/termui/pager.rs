//! Showing long text through a pager (Click's `click.echo_via_pager`).
//!
//! On a terminal the text is piped to `$PAGER` (split like a shell's), else
//! to `less`; `less` without flags gets `LESS=-R` so that styles show. When
//! standard input or output is not a terminal, when `TERM` is `dumb` or
//! `emacs`, or when no pager can be started, the text is written straight
//! to standard output, without styles.

use std::io::Write;

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
/// written as it comes, without added newlines.
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
    if io.stdin_is_terminal()
        && io.stdout_is_terminal()
        && !matches!(io.env().var("TERM").as_deref(), Some("dumb" | "emacs"))
        && pipe_to_pager(&io, color, &mut chunks)
    {
        return;
    }
    let keep = color.unwrap_or(false);
    for chunk in chunks {
        let chunk = chunk.as_ref();
        let text = if keep {
            chunk.into()
        } else {
            crate::help::wrap::strip_ansi(chunk)
        };
        if io.try_write(false, text.as_bytes()).is_err() {
            break;
        }
    }
}

/// Pipe to the pager; `false` (with nothing consumed) when none starts.
fn pipe_to_pager<S: AsRef<str>>(
    io: &Io,
    color: Option<bool>,
    chunks: &mut dyn Iterator<Item = S>,
) -> bool {
    let command = match io.env().var("PAGER").filter(|p| !p.trim().is_empty()) {
        Some(p) => p,
        None if super::edit::on_path(io, "less") => "less".to_string(),
        None => return false,
    };
    let Ok(words) = shell_words::split(&command) else {
        return false;
    };
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
    if color.is_none() && program.rsplit('/').next() == Some("less") {
        let flags = format!(
            "{}{}",
            io.env().var("LESS").unwrap_or_default(),
            args.join(" ")
        );
        if flags.is_empty() {
            child.env("LESS", "-R");
            color = Some(true);
        } else if flags.contains(['r', 'R']) {
            color = Some(true);
        }
    }
    let Ok(mut child) = child.spawn() else {
        return false;
    };
    if let Some(mut stdin) = child.stdin.take() {
        let keep = color.unwrap_or(false);
        for chunk in chunks {
            let chunk = chunk.as_ref();
            let text = if keep {
                chunk.into()
            } else {
                crate::help::wrap::strip_ansi(chunk)
            };
            // The user quitting the pager early closes the pipe.
            if stdin.write_all(text.as_bytes()).is_err() {
                break;
            }
        }
    }
    let _ = child.wait();
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Runner;
    use crate::{Command, Output};

    #[test]
    fn without_a_terminal_the_text_is_written_plainly() {
        let cmd = Command::new("p").callback(|_| {
            echo_via_pager_chunks(["\x1b[1mbold\x1b[0m ", "and plain\n"]);
            Ok(Output::none())
        });
        let r = Runner::new()
            .env("PAGER", "false")
            .invoke(&cmd, [] as [&str; 0]);
        assert_eq!(r.stdout, "bold and plain\n");
    }
}
