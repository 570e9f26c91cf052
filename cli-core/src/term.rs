//! The terminal's line discipline: reading a line at a prompt, hidden or
//! visible, and single key presses.
//!
//! A visible prompt leaves the terminal as it is, as Python's `input()`
//! does: the terminal echoes and edits the line, and Ctrl-C is a signal,
//! noted while the line is read and answered with an interruption. A hidden
//! prompt and a key press turn the terminal's echo, canonical mode and
//! signal keys off, so that Ctrl-C arrives as a byte; the previous settings
//! are restored on every path out: the answer, end of input, Ctrl-C,
//! errors (a guard restores them on drop) and termination signals (the
//! guard registers them with `sys::Watch`).

use std::io;

use crate::io::Io;
use crate::sys::{OnInterrupt, Watch};

/// Read one line from the terminal on standard input, echoing it only
/// when `echo`. `show_prompt` runs once the terminal is set up, so that
/// nothing typed after the prompt appears is echoed by the terminal itself.
/// The line comes back as the bytes typed, without its end. `Ok(None)` at
/// end of input (Ctrl-D on an empty line); an error of kind `Interrupted`
/// for Ctrl-C.
pub(crate) fn read_terminal_line(
    io: &Io,
    echo: bool,
    show_prompt: &dyn Fn(),
) -> io::Result<Option<Vec<u8>>> {
    if echo {
        show_prompt();
        return read_cooked_line(io);
    }
    // Like getpass, a hidden prompt drops what was typed ahead.
    let Ok(_guard) = NoEcho::enable(None, true) else {
        // Not a terminal after all (or one that refuses the settings): read
        // a plain line, as Python's getpass falls back to doing.
        show_prompt();
        let mut buf = Vec::new();
        if io.with_stdin(|r| r.read_until(b'\n', &mut buf))? == 0 {
            return Ok(None);
        }
        if buf.last() == Some(&b'\n') {
            buf.pop();
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
        }
        return Ok(Some(buf));
    };
    show_prompt();
    let mut line: Vec<u8> = Vec::new();
    let mut byte = [0u8; 1];
    loop {
        let n = read_some(io, &mut byte)?;
        if n == 0 {
            return Ok(if line.is_empty() { None } else { Some(line) });
        }
        match byte[0] {
            b'\r' | b'\n' => return Ok(Some(line)),
            0x03 => return Err(io::Error::from(io::ErrorKind::Interrupted)),
            0x04 if line.is_empty() => return Ok(None),
            0x7f | 0x08 => {
                // Remove the last character, whole, if it is multi-byte.
                while let Some(b) = line.pop() {
                    if b & 0xC0 != 0x80 {
                        break;
                    }
                }
            }
            0x15 => line.clear(),
            // An escape sequence (an arrow key): skip it whole.
            0x1b => skip_escape(io)?,
            b if b < 0x20 && b != b'\t' => {}
            b => line.push(b),
        }
    }
}

/// Read a line as the terminal's own line discipline delivers it (echoed
/// and edited by the terminal), as Python's `input()` does; Ctrl-C, a
/// signal here, interrupts the read.
fn read_cooked_line(io: &Io) -> io::Result<Option<Vec<u8>>> {
    let _watch = Watch::new(OnInterrupt::Note);
    let mut line: Vec<u8> = Vec::new();
    let mut byte = [0u8; 1];
    loop {
        if read_some(io, &mut byte)? == 0 {
            return Ok(if line.is_empty() { None } else { Some(line) });
        }
        if byte[0] == b'\n' {
            return Ok(Some(line));
        }
        line.push(byte[0]);
    }
}

/// One read from standard input into `buf`. A read cut short by a signal
/// is tried again, unless the signal was Ctrl-C, which comes back as an
/// error of kind `Interrupted`.
fn read_some(io: &Io, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        if crate::sys::take_interrupt() {
            return Err(io::Error::from(io::ErrorKind::Interrupted));
        }
        match io.with_stdin(|r| r.read(buf)) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            other => return other,
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
    let n = read_some(io, &mut buf)?;
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
    let n = loop {
        if crate::sys::take_interrupt() {
            return Err(io::Error::from(io::ErrorKind::Interrupted));
        }
        match std::io::Read::read(&mut &tty, &mut buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            other => break other?,
        }
    };
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
    if read_some(io, &mut byte)? == 0 || !matches!(byte[0], b'[' | b'O') {
        return Ok(());
    }
    while read_some(io, &mut byte)? == 1 {
        if (0x40..=0x7e).contains(&byte[0]) {
            break;
        }
    }
    Ok(())
}

#[cfg(feature = "termui")]
fn lossy(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The terminal's settings before a read, put back when dropped (and by
/// the watch if a signal ends the program first). `None` for standard
/// input, else the terminal opened as a file.
#[cfg(unix)]
struct NoEcho {
    tty: Option<std::fs::File>,
    saved: crate::sys::Termios,
    _watch: Watch,
}

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
        let mut watch = Watch::new(OnInterrupt::Note);
        watch.restore_terminal(fd, &saved);
        let when = if flush { When::Flush } else { When::Drain };
        saved.raw_keys().apply(fd, when)?;
        Ok(NoEcho {
            tty,
            saved,
            _watch: watch,
        })
    }
}

#[cfg(unix)]
impl Drop for NoEcho {
    fn drop(&mut self) {
        use crate::sys::When;
        let stdin = io::stdin();
        let fd = match &self.tty {
            Some(file) => std::os::fd::AsFd::as_fd(file),
            None => std::os::fd::AsFd::as_fd(&stdin),
        };
        let _ = self.saved.apply(fd, When::Now);
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
