//! The terminal's line discipline: reading a line at a prompt, hidden or
//! visible, and single key presses.
//!
//! While it reads, standard input's echo, canonical mode and signal keys
//! are off, so that Ctrl-C arrives as a byte and is answered with an
//! interruption (`Aborted!`, exit 1) instead of killing the process, with
//! the terminal left as it was. A visible prompt echoes what is typed
//! itself (with backspace and Ctrl-U). The previous settings are restored on
//! every path out: the answer, end of input, Ctrl-C and errors (a guard
//! restores them on drop).

use std::io;

use crate::io::Io;

/// Read one line from the terminal on standard input, echoing it only
/// when `echo` (to standard error when `to_err`, else standard output).
/// `show_prompt` runs once the terminal is set up, so that nothing typed
/// after the prompt appears is echoed by the terminal itself. `Ok(None)` at end of input (Ctrl-D
/// on an empty line); an error of kind `Interrupted` for Ctrl-C.
pub(crate) fn read_terminal_line(
    io: &Io,
    echo: bool,
    to_err: bool,
    show_prompt: &dyn Fn(),
) -> io::Result<Option<String>> {
    // Like getpass, a hidden prompt drops what was typed ahead; a visible
    // one keeps it, as the terminal's own line editing would.
    let Ok(_guard) = NoEcho::enable(None, !echo) else {
        // Not a terminal after all (or one that refuses the settings): read
        // a plain line, as Python's getpass falls back to doing.
        show_prompt();
        return io.read_line();
    };
    show_prompt();
    let mut line: Vec<u8> = Vec::new();
    let mut byte = [0u8; 1];
    // The echo goes where the prompt went when that is the terminal, and
    // straight to the terminal otherwise (`prog | less` still shows what
    // is typed, as the terminal's own echo would, and keeps it out of the pipe).
    let show = |text: &[u8]| match (echo, to_err) {
        (false, _) => {}
        (true, false) if io.stdout_is_terminal() => io.write_out(text),
        (true, true) if io.stderr_is_terminal() => io.write_err(text),
        (true, _) => to_terminal(text),
    };
    loop {
        let n = io.with_stdin(|r| r.read(&mut byte))?;
        if n == 0 {
            return Ok(if line.is_empty() {
                None
            } else {
                Some(lossy(line))
            });
        }
        match byte[0] {
            b'\r' | b'\n' => {
                show(b"\n");
                return Ok(Some(lossy(line)));
            }
            0x03 => {
                show(b"^C");
                return Err(io::Error::from(io::ErrorKind::Interrupted));
            }
            0x04 if line.is_empty() => return Ok(None),
            0x7f | 0x08 => {
                // Remove the last character, whole, if it is multi-byte.
                let mut removed = false;
                while let Some(b) = line.pop() {
                    removed = true;
                    if b & 0xC0 != 0x80 {
                        break;
                    }
                }
                if removed {
                    show(b"\x08 \x08");
                }
            }
            0x15 => {
                let chars = String::from_utf8_lossy(&line).chars().count();
                show("\x08 \x08".repeat(chars).as_bytes());
                line.clear();
            }
            // An escape sequence (an arrow key): skip it whole.
            0x1b => skip_escape(io)?,
            b if b < 0x20 && b != b'\t' => {}
            b => {
                line.push(b);
                show(&[b]);
            }
        }
    }
}

/// Read one key press from the terminal on standard input, raw: no echo,
/// no line editing (Click's `getchar`). A key that sends several bytes (an
/// arrow key) comes back whole. `Ok(None)` for Ctrl-D or the end of input;
/// an error of kind `Interrupted` for Ctrl-C.
#[cfg(feature = "termui")]
pub(crate) fn read_raw_key(io: &Io) -> io::Result<Option<String>> {
    let _guard = NoEcho::enable(None, false)?;
    let mut buf = [0u8; 32];
    let n = io.with_stdin(|r| r.read(&mut buf))?;
    key(&buf[..n])
}

/// Read one key press raw from the process's terminal (`/dev/tty`), for
/// when standard input is not the terminal (as Click's `getchar` does).
#[cfg(all(unix, feature = "termui"))]
pub(crate) fn read_raw_key_from_tty() -> io::Result<Option<String>> {
    let tty = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")?;
    let _guard = NoEcho::enable(Some(tty.try_clone()?), false)?;
    let mut buf = [0u8; 32];
    let n = std::io::Read::read(&mut &tty, &mut buf)?;
    key(&buf[..n])
}

#[cfg(all(not(unix), feature = "termui"))]
pub(crate) fn read_raw_key_from_tty() -> io::Result<Option<String>> {
    Err(io::ErrorKind::Unsupported.into())
}

#[cfg(feature = "termui")]
fn key(bytes: &[u8]) -> io::Result<Option<String>> {
    match bytes {
        [] | [0x04] => Ok(None),
        [0x03] => Err(io::Error::from(io::ErrorKind::Interrupted)),
        bytes => Ok(Some(lossy(bytes.to_vec()))),
    }
}

/// Read past the rest of an escape sequence (`ESC [ ... final` or `ESC x`).
fn skip_escape(io: &Io) -> io::Result<()> {
    let mut byte = [0u8; 1];
    if io.with_stdin(|r| r.read(&mut byte))? == 0 || !matches!(byte[0], b'[' | b'O') {
        return Ok(());
    }
    while io.with_stdin(|r| r.read(&mut byte))? == 1 {
        if (0x40..=0x7e).contains(&byte[0]) {
            break;
        }
    }
    Ok(())
}

/// Write to the terminal that standard input reads from.
#[cfg(unix)]
fn to_terminal(text: &[u8]) {
    crate::sys::write_to_stdin(text);
}

#[cfg(not(unix))]
fn to_terminal(_text: &[u8]) {}

fn lossy(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The terminal's settings before a read, put back when dropped. `None`
/// for standard input, else the terminal opened as a file.
#[cfg(unix)]
struct NoEcho(Option<std::fs::File>, crate::sys::Termios);

#[cfg(unix)]
impl NoEcho {
    fn enable(tty: Option<std::fs::File>, flush: bool) -> io::Result<NoEcho> {
        use crate::sys::{Termios, When};
        let stdin = io::stdin();
        let fd = match &tty {
            Some(file) => std::os::fd::AsFd::as_fd(file),
            None => std::os::fd::AsFd::as_fd(&stdin),
        };
        let saved = Termios::of(fd)?;
        let when = if flush { When::Flush } else { When::Drain };
        saved.raw_keys().apply(fd, when)?;
        Ok(NoEcho(tty, saved))
    }
}

#[cfg(unix)]
impl Drop for NoEcho {
    fn drop(&mut self) {
        use crate::sys::When;
        let stdin = io::stdin();
        let fd = match &self.0 {
            Some(file) => std::os::fd::AsFd::as_fd(file),
            None => std::os::fd::AsFd::as_fd(&stdin),
        };
        let _ = self.1.apply(fd, When::Now);
    }
}

#[cfg(not(unix))]
struct NoEcho;

#[cfg(not(unix))]
impl NoEcho {
    fn enable(_tty: Option<std::fs::File>, _flush: bool) -> io::Result<NoEcho> {
        Ok(NoEcho)
    }
}
