//! The terminal's line discipline: reading a line without echo.
//!
//! Hidden input turns off echo, canonical mode and signal keys on standard
//! input while it reads, so that Ctrl-C arrives as a byte and is answered
//! with an interruption instead of killing the process with the terminal
//! left silent. The previous settings are restored on every path out: the
//! answer, end of input, Ctrl-C and errors (a guard restores them on drop).

use std::io;

use crate::io::Io;

/// Read one line from the terminal on standard input without echoing it.
/// `Ok(None)` at end of input (Ctrl-D on an empty line); an error of kind
/// `Interrupted` for Ctrl-C.
pub(crate) fn read_hidden_line(io: &Io) -> io::Result<Option<String>> {
    let _guard = NoEcho::enable()?;
    let mut line: Vec<u8> = Vec::new();
    let mut byte = [0u8; 1];
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
            b'\r' | b'\n' => return Ok(Some(lossy(line))),
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
            b => line.push(b),
        }
    }
}

/// Read one key press from the terminal on standard input, raw: no echo,
/// no line editing (Click's `getchar`). A key that sends several bytes (an
/// arrow key) comes back whole. `Ok(None)` for Ctrl-D or the end of input;
/// an error of kind `Interrupted` for Ctrl-C.
#[cfg(feature = "termui")]
pub(crate) fn read_raw_key(io: &Io) -> io::Result<Option<String>> {
    let _guard = NoEcho::enable()?;
    let mut buf = [0u8; 32];
    let n = io.with_stdin(|r| r.read(&mut buf))?;
    match &buf[..n] {
        [] | [0x04] => Ok(None),
        [0x03] => Err(io::Error::from(io::ErrorKind::Interrupted)),
        bytes => Ok(Some(lossy(bytes.to_vec()))),
    }
}

fn lossy(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(unix)]
struct NoEcho(rustix::termios::Termios);

#[cfg(unix)]
impl NoEcho {
    fn enable() -> io::Result<NoEcho> {
        use rustix::termios::{
            LocalModes, OptionalActions, SpecialCodeIndex, tcgetattr, tcsetattr,
        };
        let stdin = io::stdin();
        let saved = tcgetattr(&stdin)?;
        let mut raw = saved.clone();
        raw.local_modes
            .remove(LocalModes::ECHO | LocalModes::ICANON | LocalModes::ISIG);
        raw.special_codes[SpecialCodeIndex::VMIN] = 1;
        raw.special_codes[SpecialCodeIndex::VTIME] = 0;
        tcsetattr(&stdin, OptionalActions::Flush, &raw)?;
        Ok(NoEcho(saved))
    }
}

#[cfg(unix)]
impl Drop for NoEcho {
    fn drop(&mut self) {
        use rustix::termios::{OptionalActions, tcsetattr};
        let _ = tcsetattr(io::stdin(), OptionalActions::Now, &self.0);
    }
}

#[cfg(not(unix))]
struct NoEcho;

#[cfg(not(unix))]
impl NoEcho {
    fn enable() -> io::Result<NoEcho> {
        Ok(NoEcho)
    }
}
