//! Showing long text through a pager (Click's `click.echo_via_pager`).
//!
//! On a terminal the text is piped to `$PAGER` (split like a shell's), else
//! to `less` (unless `TERM` is `dumb` or `emacs`). Styles are kept only for
//! `less` asked for raw control characters (`-R` in `$LESS` or its
//! arguments), or given `LESS=-R` when it has no options at all. When
//! standard input or output is not a terminal, or no pager can be started,
//! the text is written straight to standard output, without styles.
//! [`pager`] opens it as a writer.

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
    let color = crate::context::current().and_then(|c| c.color());
    let mut pager = pager(color);
    for chunk in chunks {
        // The user quitting the pager early closes the pipe.
        if pager.write_all(chunk.as_ref().as_bytes()).is_err() {
            return;
        }
    }
    // Click ends the text with a newline of its own.
    let _ = pager.write_all(b"\n");
}

/// A writer to the pager (Click's `get_pager_file`): what is written goes
/// to `$PAGER` (or `less`) when standard input and output are terminals,
/// else, or when no pager starts, to standard output. Styles are kept when
/// [`color`](Pager::color) says so, else stripped from each write.
/// Dropping it closes the pager's input and waits for the user to quit it.
///
/// ```
/// use std::io::Write;
/// use clack_core::{Command, Output, testing::Runner};
/// let cmd = Command::new("log").callback(|_| {
///     let mut pager = clack_core::termui::pager(None);
///     writeln!(pager, "{}", clack_core::termui::style("first").bold(true))?;
///     writeln!(pager, "second")?;
///     Ok(Output::none())
/// });
/// let result = Runner::new().invoke(&cmd, Vec::<String>::new());
/// assert_eq!(result.stdout, "first\nsecond\n");
/// ```
pub struct Pager {
    sink: Sink,
    color: bool,
    /// Bytes kept back from the last write: a UTF-8 character or an escape
    /// sequence that the next write completes.
    held: Vec<u8>,
}

enum Sink {
    /// The pager's input; it runs until the pager is dropped.
    Child {
        stdin: Option<std::process::ChildStdin>,
        child: std::process::Child,
        _watch: crate::sys::Watch,
    },
    /// Standard output, when there is no pager.
    Output(std::rc::Rc<Io>),
}

/// Open the pager. `color` forces styles on or off; `None` keeps them
/// only for a `less` that shows them (see the module's summary).
///
/// ```
/// let pager = clack_core::termui::pager(Some(false));
/// assert!(!pager.color());
/// ```
pub fn pager(color: Option<bool>) -> Pager {
    let io = super::current_io();
    if io.stdin_is_terminal()
        && io.stdout_is_terminal()
        && let Some(pager) = spawn_pager(&io, color)
    {
        return pager;
    }
    Pager {
        sink: Sink::Output(io),
        color: color.unwrap_or(false),
        held: Vec::new(),
    }
}

impl Pager {
    /// Whether styles written reach the pager (else they are stripped).
    ///
    /// ```
    /// assert!(clack_core::termui::pager(Some(true)).color());
    /// ```
    pub fn color(&self) -> bool {
        self.color
    }
}

impl Write for Pager {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.held.extend_from_slice(buf);
        let whole = match std::str::from_utf8(&self.held) {
            Ok(text) => text.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(_) => self.held.len(),
        };
        let pending = self.held.split_off(whole);
        let bytes = std::mem::replace(&mut self.held, pending);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let ready = match crate::ansi::cut_sequence_at(&text) {
            Some(at) if !self.color => {
                let mut rest = text.as_bytes()[at..].to_vec();
                rest.append(&mut self.held);
                self.held = rest;
                &text[..at]
            }
            _ => &text[..],
        };
        self.send(&styled_or_plain(ready, self.color))?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.sink {
            Sink::Child {
                stdin: Some(stdin), ..
            } => stdin.flush(),
            _ => Ok(()),
        }
    }
}

impl Pager {
    /// Hand text to the pager, or to the output when there is none.
    fn send(&mut self, text: &str) -> std::io::Result<()> {
        match &mut self.sink {
            Sink::Child {
                stdin: Some(stdin), ..
            } => stdin.write_all(text.as_bytes()),
            Sink::Child { stdin: None, .. } => Err(std::io::ErrorKind::BrokenPipe.into()),
            Sink::Output(io) => io.try_write(false, text.as_bytes()),
        }
    }
}

impl Drop for Pager {
    fn drop(&mut self) {
        if !self.held.is_empty() {
            let rest = String::from_utf8_lossy(&std::mem::take(&mut self.held)).into_owned();
            let _ = self.send(&rest);
        }
        if let Sink::Child { stdin, child, .. } = &mut self.sink {
            let _ = stdin.as_mut().map(Write::flush);
            drop(stdin.take());
            let _ = child.wait();
            crate::sys::take_interrupt();
        }
    }
}

/// Start the pager; `None` when none is set and `less` is not there, or
/// it does not start.
fn spawn_pager(io: &Io, color: Option<bool>) -> Option<Pager> {
    let pager = io.env().var("PAGER").unwrap_or_default();
    let mut words = shell_words::split(&pager).ok()?;
    if words.is_empty() {
        // Without $PAGER: less, unless the terminal cannot take it.
        let term = io.env().var("TERM");
        if matches!(term.as_deref(), Some("dumb" | "emacs")) || !super::edit::on_path(io, "less") {
            return None;
        }
        words.push("less".to_string());
    }
    let (program, args) = words.split_first()?;
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
    let watch = crate::sys::Watch::new(crate::sys::OnInterrupt::Note);
    let mut child = child.spawn().ok()?;
    Some(Pager {
        sink: Sink::Child {
            stdin: child.stdin.take(),
            child,
            _watch: watch,
        },
        color: color.unwrap_or(false),
        held: Vec::new(),
    })
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

    #[test]
    fn styles_and_characters_split_across_writes_are_stripped_whole() {
        let cmd = Command::new("p").callback(|_| {
            let mut pager = pager(None);
            for piece in [
                &b"\x1b["[..],
                b"1",
                b"mbo",
                b"ld\x1b",
                b"[0m n\xc3",
                b"\xa9\n",
            ] {
                pager.write_all(piece)?;
            }
            Ok(Output::none())
        });
        let r = Runner::new().invoke(&cmd, [] as [&str; 0]);
        assert_eq!(r.stdout, "bold n\u{e9}\n");
    }

    #[test]
    fn an_unfinished_sequence_is_written_when_the_pager_closes() {
        let cmd = Command::new("p").callback(|_| {
            let mut pager = pager(None);
            pager.write_all(b"end\x1b[1")?;
            Ok(Output::none())
        });
        let r = Runner::new().invoke(&cmd, [] as [&str; 0]);
        assert_eq!(r.stdout, "end\x1b[1");
    }
}
