//! The streams, environment and working folder a command runs with.
//!
//! Everything clack reads or writes goes through an [`Io`]: standard input
//! for prompts and `-` files, standard output and error for `echo`, help and
//! errors, the environment for `envvar`, `auto_envvar_prefix`, `COLUMNS` and
//! `$EDITOR`, and the folder relative paths are resolved against. A real
//! program uses the process's own ([`Io::process`]); the testing runner uses
//! buffers, a private environment overlay and a temporary folder, so that
//! tests running on many threads never see each other.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ffi::{OsStr, OsString};
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// A reader of standard input.
pub type InputStream = Box<dyn BufRead>;
/// A writer for standard output or error.
pub type OutputStream = Box<dyn Write>;

/// The environment seen by a command: the process environment (or none)
/// with an overlay of variables set or removed by the program or a test.
///
/// ```
/// use clack_core::io::Env;
/// let env = Env::empty();
/// env.set("GREETING", "hi");
/// assert_eq!(env.get("GREETING").as_deref(), Some("hi".as_ref()));
/// env.remove("GREETING");
/// assert_eq!(env.get("GREETING"), None);
/// ```
#[derive(Debug, Default)]
pub struct Env {
    inherit: bool,
    overlay: RefCell<HashMap<OsString, Option<OsString>>>,
}

impl Env {
    /// The process environment, with an empty overlay.
    ///
    /// ```
    /// let env = clack_core::io::Env::process();
    /// env.set("CLACK_DOC_EXAMPLE", "1");
    /// assert!(std::env::var_os("CLACK_DOC_EXAMPLE").is_none()); // the process is untouched
    /// ```
    pub fn process() -> Self {
        Env {
            inherit: true,
            overlay: RefCell::default(),
        }
    }

    /// An environment with no variables at all.
    ///
    /// ```
    /// assert!(clack_core::io::Env::empty().get("PATH").is_none());
    /// ```
    pub fn empty() -> Self {
        Env::default()
    }

    /// Read a variable.
    ///
    /// ```
    /// let env = clack_core::io::Env::empty();
    /// assert!(env.get("HOME").is_none());
    /// ```
    pub fn get(&self, key: impl AsRef<OsStr>) -> Option<OsString> {
        let key = key.as_ref();
        if let Some(v) = self.overlay.borrow().get(key) {
            return v.clone();
        }
        if self.inherit {
            std::env::var_os(key)
        } else {
            None
        }
    }

    /// Read a variable as text; a value that is not UTF-8 reads as absent.
    ///
    /// ```
    /// let env = clack_core::io::Env::empty();
    /// env.set("N", "3");
    /// assert_eq!(env.var("N").as_deref(), Some("3"));
    /// ```
    pub fn var(&self, key: impl AsRef<OsStr>) -> Option<String> {
        self.get(key).and_then(|v| v.into_string().ok())
    }

    /// Set a variable for this command and the programs it starts.
    ///
    /// ```
    /// let env = clack_core::io::Env::empty();
    /// env.set("A", "1");
    /// assert!(env.get("A").is_some());
    /// ```
    pub fn set(&self, key: impl Into<OsString>, value: impl Into<OsString>) {
        self.overlay
            .borrow_mut()
            .insert(key.into(), Some(value.into()));
    }

    /// Set a variable unless it is already set (Python's `os.environ.setdefault`).
    ///
    /// ```
    /// let env = clack_core::io::Env::empty();
    /// env.set_default("A", "1");
    /// env.set_default("A", "2");
    /// assert_eq!(env.var("A").as_deref(), Some("1"));
    /// ```
    pub fn set_default(&self, key: impl Into<OsString>, value: impl Into<OsString>) {
        let key = key.into();
        if self.get(&key).is_none() {
            self.set(key, value);
        }
    }

    /// Remove a variable for this command and the programs it starts.
    ///
    /// ```
    /// let env = clack_core::io::Env::empty();
    /// env.set("A", "1");
    /// env.remove("A");
    /// assert!(env.get("A").is_none());
    /// ```
    pub fn remove(&self, key: impl Into<OsString>) {
        self.overlay.borrow_mut().insert(key.into(), None);
    }

    /// Every variable, sorted by name: the process's (if inherited) with the
    /// overlay applied.
    ///
    /// ```
    /// let env = clack_core::io::Env::empty();
    /// env.set("B", "2");
    /// env.set("A", "1");
    /// let names: Vec<_> = env.vars().into_iter().map(|(k, _)| k).collect();
    /// assert_eq!(names, ["A", "B"]);
    /// ```
    pub fn vars(&self) -> Vec<(OsString, OsString)> {
        let mut map: HashMap<OsString, OsString> = if self.inherit {
            std::env::vars_os().collect()
        } else {
            HashMap::new()
        };
        for (k, v) in self.overlay.borrow().iter() {
            match v {
                Some(v) => {
                    map.insert(k.clone(), v.clone());
                }
                None => {
                    map.remove(k);
                }
            }
        }
        let mut vars: Vec<_> = map.into_iter().collect();
        crate::order::sort(&mut vars);
        vars
    }

    /// Apply this environment to a child process about to be started: the
    /// overlay's variables are set or removed (and, for an environment that
    /// does not inherit the process's, everything else is cleared).
    ///
    /// ```
    /// let env = clack_core::io::Env::empty();
    /// env.set("A", "1");
    /// let mut cmd = std::process::Command::new("true");
    /// env.apply_to(&mut cmd);
    /// ```
    pub fn apply_to(&self, command: &mut std::process::Command) {
        if !self.inherit {
            command.env_clear();
        }
        for (k, v) in self.overlay.borrow().iter() {
            match v {
                Some(v) => {
                    command.env(k, v);
                }
                None => {
                    command.env_remove(k);
                }
            }
        }
    }
}

/// Standard streams, environment and working folder of one invocation.
///
/// ```
/// use clack_core::io::Io;
/// let io = Io::captured("input\n");
/// io.write_out("hello\n");
/// assert_eq!(io.captured_stdout().unwrap(), "hello\n");
/// ```
pub struct Io {
    /// `None` for the process's standard input, locked only while it is
    /// read, so that code reading `std::io::stdin()` itself (on this thread
    /// or another) is not blocked for the whole command.
    stdin: Option<RefCell<InputStream>>,
    stdout: RefCell<OutputStream>,
    stderr: RefCell<OutputStream>,
    stdin_tty: bool,
    stdout_tty: bool,
    stderr_tty: bool,
    env: Env,
    cwd: Option<PathBuf>,
    broken_pipe: Cell<bool>,
    /// The first write that failed other than with a closed pipe (a full
    /// disk, an I/O error), and whether it was to standard error.
    write_failure: RefCell<Option<(bool, io::Error)>>,
    captured: Option<Captured>,
    /// Copy what is read from the captured input to standard output (the
    /// runner's `echo_stdin`).
    echo_stdin: Cell<bool>,
}

/// The buffers of a captured [`Io`], shared by its two writers (one
/// allocation for all three).
#[derive(Clone, Default)]
pub(crate) struct Captured(std::rc::Rc<RefCell<Buffers>>);

#[derive(Default)]
struct Buffers {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// Everything written to either stream, in order, as a terminal shows it.
    output: Vec<u8>,
}

impl Captured {
    pub(crate) fn stdout(&self) -> Vec<u8> {
        self.0.borrow().stdout.clone()
    }

    pub(crate) fn stderr(&self) -> Vec<u8> {
        self.0.borrow().stderr.clone()
    }

    pub(crate) fn output(&self) -> Vec<u8> {
        self.0.borrow().output.clone()
    }
}

/// Writes to its own buffer (standard output or error) and to the
/// combined one.
struct TeeWriter {
    buffers: Captured,
    err: bool,
}

impl Write for TeeWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut b = self.buffers.0.borrow_mut();
        if self.err {
            b.stderr.extend_from_slice(buf);
        } else {
            b.stdout.extend_from_slice(buf);
        }
        b.output.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Input that copies what is consumed to standard output.
struct EchoReader<'a> {
    inner: &'a mut dyn BufRead,
    io: &'a Io,
}

impl io::Read for EchoReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.io.write_out(&buf[..n]);
        Ok(n)
    }
}

impl BufRead for EchoReader<'_> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        if let Ok(buf) = self.inner.fill_buf() {
            let n = amt.min(buf.len());
            self.io.write_out(&buf[..n]);
        }
        self.inner.consume(amt);
    }
}

impl Io {
    /// The process's own streams and environment.
    ///
    /// ```
    /// let io = clack_core::io::Io::process();
    /// assert!(io.cwd().is_none());
    /// ```
    pub fn process() -> Self {
        Io {
            stdin: None,
            stdout: RefCell::new(Box::new(io::stdout())),
            stderr: RefCell::new(Box::new(io::stderr())),
            stdin_tty: io::stdin().is_terminal(),
            stdout_tty: io::stdout().is_terminal(),
            stderr_tty: io::stderr().is_terminal(),
            env: Env::process(),
            cwd: None,
            broken_pipe: Cell::new(false),
            write_failure: RefCell::new(None),
            captured: None,
            echo_stdin: Cell::new(false),
        }
    }

    /// Streams that read `input` and capture what is written, with the
    /// process environment inherited (see [`Io::with_env`]). Used by the
    /// testing runner.
    ///
    /// ```
    /// let io = clack_core::io::Io::captured("");
    /// io.write_err("oops\n");
    /// assert_eq!(io.captured_stderr().unwrap(), "oops\n");
    /// ```
    pub fn captured(input: impl Into<Vec<u8>>) -> Self {
        let captured = Captured::default();
        Io {
            stdin: Some(RefCell::new(Box::new(io::Cursor::new(input.into())))),
            stdout: RefCell::new(Box::new(TeeWriter {
                buffers: captured.clone(),
                err: false,
            })),
            stderr: RefCell::new(Box::new(TeeWriter {
                buffers: captured.clone(),
                err: true,
            })),
            stdin_tty: false,
            stdout_tty: false,
            stderr_tty: false,
            env: Env::process(),
            cwd: None,
            broken_pipe: Cell::new(false),
            write_failure: RefCell::new(None),
            captured: Some(captured),
            echo_stdin: Cell::new(false),
        }
    }

    /// Copy what the program reads from the captured input to standard
    /// output, as a terminal shows typed text (Click's
    /// `CliRunner(echo_stdin=True)`). Prompts write their answers either way.
    ///
    /// ```
    /// let io = clack_core::io::Io::captured("typed\n").with_echo_stdin(true);
    /// assert_eq!(io.read_line().unwrap().as_deref(), Some("typed"));
    /// assert_eq!(io.captured_stdout().unwrap(), "typed\n");
    /// ```
    pub fn with_echo_stdin(self, yes: bool) -> Self {
        self.echo_stdin.set(yes && self.captured.is_some());
        self
    }

    /// Run `f` without copying input to output (prompts write the answer
    /// themselves).
    pub(crate) fn without_echo<R>(&self, f: impl FnOnce() -> R) -> R {
        let was = self.echo_stdin.replace(false);
        let result = f();
        self.echo_stdin.set(was);
        result
    }

    /// Replace the environment.
    ///
    /// ```
    /// use clack_core::io::{Env, Io};
    /// let io = Io::captured("").with_env(Env::empty());
    /// assert!(io.env().get("PATH").is_none());
    /// ```
    pub fn with_env(mut self, env: Env) -> Self {
        self.env = env;
        self
    }

    /// Resolve relative paths against `dir` instead of the process's
    /// working folder.
    ///
    /// ```
    /// let io = clack_core::io::Io::captured("").with_cwd("/tmp");
    /// assert_eq!(io.resolve("a.txt"), std::path::Path::new("/tmp/a.txt"));
    /// ```
    pub fn with_cwd(mut self, dir: impl Into<PathBuf>) -> Self {
        self.cwd = Some(dir.into());
        self
    }

    /// Pretend the streams are (or are not) terminals.
    ///
    /// ```
    /// let io = clack_core::io::Io::captured("").with_terminal(true, true, false);
    /// assert!(io.stdout_is_terminal());
    /// ```
    pub fn with_terminal(mut self, stdin: bool, stdout: bool, stderr: bool) -> Self {
        self.stdin_tty = stdin;
        self.stdout_tty = stdout;
        self.stderr_tty = stderr;
        self
    }

    /// The environment.
    ///
    /// ```
    /// let io = clack_core::io::Io::captured("");
    /// io.env().set("X", "1");
    /// ```
    pub fn env(&self) -> &Env {
        &self.env
    }

    /// The folder relative paths are resolved against, when it is not the
    /// process's working folder.
    ///
    /// ```
    /// assert!(clack_core::io::Io::captured("").cwd().is_none());
    /// ```
    pub fn cwd(&self) -> Option<&Path> {
        self.cwd.as_deref()
    }

    /// A path as the command sees it: relative paths are joined to
    /// [`cwd`](Io::cwd) when one is set, and left alone otherwise.
    ///
    /// ```
    /// let io = clack_core::io::Io::captured("");
    /// assert_eq!(io.resolve("a"), std::path::Path::new("a"));
    /// ```
    pub fn resolve(&self, path: impl AsRef<Path>) -> PathBuf {
        let path = path.as_ref();
        match &self.cwd {
            Some(dir) if path.is_relative() => dir.join(path),
            _ => path.to_path_buf(),
        }
    }

    /// Whether standard input is a terminal.
    ///
    /// ```
    /// assert!(!clack_core::io::Io::captured("").stdin_is_terminal());
    /// ```
    pub fn stdin_is_terminal(&self) -> bool {
        self.stdin_tty
    }

    /// Whether standard output is a terminal.
    ///
    /// ```
    /// assert!(!clack_core::io::Io::captured("").stdout_is_terminal());
    /// ```
    pub fn stdout_is_terminal(&self) -> bool {
        self.stdout_tty
    }

    /// Whether standard error is a terminal.
    ///
    /// ```
    /// assert!(!clack_core::io::Io::captured("").stderr_is_terminal());
    /// ```
    pub fn stderr_is_terminal(&self) -> bool {
        self.stderr_tty
    }

    /// Write text to standard output and flush, as `click.echo` does. A
    /// closed pipe is remembered (see [`Io::broken_pipe`]) and further output
    /// is dropped; any other failure is remembered too (see
    /// [`Io::write_failed`]), so that the run ends with exit code 1 instead
    /// of losing the text silently.
    ///
    /// ```
    /// let io = clack_core::io::Io::captured("");
    /// io.write_out("a");
    /// io.write_out("b");
    /// assert_eq!(io.captured_stdout().unwrap(), "ab");
    /// ```
    pub fn write_out(&self, text: impl AsRef<[u8]>) {
        let _ = self.try_write(false, text.as_ref());
    }

    /// Write text to standard error and flush.
    ///
    /// ```
    /// let io = clack_core::io::Io::captured("");
    /// io.write_err("e");
    /// assert_eq!(io.captured_stderr().unwrap(), "e");
    /// ```
    pub fn write_err(&self, text: impl AsRef<[u8]>) {
        let _ = self.try_write(true, text.as_ref());
    }

    /// Write bytes to standard output (`err = false`) or error, reporting
    /// failures. A broken pipe sets [`Io::broken_pipe`]; the first other
    /// failure is kept for [`Io::write_failed`].
    ///
    /// ```
    /// let io = clack_core::io::Io::captured("");
    /// io.try_write(false, b"x").unwrap();
    /// ```
    pub fn try_write(&self, err: bool, bytes: &[u8]) -> io::Result<()> {
        if self.broken_pipe.get() && !err {
            return Err(io::ErrorKind::BrokenPipe.into());
        }
        let stream = if err { &self.stderr } else { &self.stdout };
        let mut stream = stream.borrow_mut();
        let result = stream.write_all(bytes).and_then(|()| stream.flush());
        if let Err(e) = &result {
            if e.kind() == io::ErrorKind::BrokenPipe {
                self.broken_pipe.set(true);
            } else {
                let mut failure = self.write_failure.borrow_mut();
                if failure.is_none() {
                    let copy = e.raw_os_error().map_or_else(
                        || io::Error::new(e.kind(), e.to_string()),
                        io::Error::from_raw_os_error,
                    );
                    *failure = Some((err, copy));
                }
            }
        }
        result
    }

    /// Whether a write to standard output or error failed for a reason
    /// other than a closed pipe (`prog > /dev/full`). `main` then reports
    /// it and exits 1: the text was lost.
    ///
    /// ```
    /// assert!(!clack_core::io::Io::captured("").write_failed());
    /// ```
    pub fn write_failed(&self) -> bool {
        self.write_failure.borrow().is_some()
    }

    /// The message for a failed write (see [`Io::write_failed`]).
    pub(crate) fn write_failure_message(&self) -> Option<String> {
        self.write_failure.borrow().as_ref().map(|(err, e)| {
            let stream = if *err {
                "standard error"
            } else {
                "standard output"
            };
            format!("Error: could not write to {stream}: {e}\n")
        })
    }

    /// Whether writing to standard output failed because the reader went
    /// away (`prog | head -1`). `main` then exits 1 quietly, as Click does.
    ///
    /// ```
    /// assert!(!clack_core::io::Io::captured("").broken_pipe());
    /// ```
    pub fn broken_pipe(&self) -> bool {
        self.broken_pipe.get()
    }

    /// Read one line from standard input, without its line ending. `None`
    /// at end of input.
    ///
    /// ```
    /// let io = clack_core::io::Io::captured("one\ntwo");
    /// assert_eq!(io.read_line().unwrap().as_deref(), Some("one"));
    /// assert_eq!(io.read_line().unwrap().as_deref(), Some("two"));
    /// assert_eq!(io.read_line().unwrap(), None);
    /// ```
    pub fn read_line(&self) -> io::Result<Option<String>> {
        let mut buf = Vec::new();
        let n = self.with_stdin(|r| r.read_until(b'\n', &mut buf))?;
        if n == 0 {
            return Ok(None);
        }
        if buf.last() == Some(&b'\n') {
            buf.pop();
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
        }
        Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
    }

    /// Run `f` with the standard input reader (for `-` files).
    ///
    /// ```
    /// use std::io::Read;
    /// let io = clack_core::io::Io::captured("abc");
    /// let mut s = String::new();
    /// io.with_stdin(|r| r.read_to_string(&mut s)).unwrap();
    /// assert_eq!(s, "abc");
    /// ```
    pub fn with_stdin<R>(&self, f: impl FnOnce(&mut dyn BufRead) -> R) -> R {
        match &self.stdin {
            Some(stdin) if self.echo_stdin.get() => f(&mut EchoReader {
                inner: &mut **stdin.borrow_mut(),
                io: self,
            }),
            Some(stdin) => f(&mut **stdin.borrow_mut()),
            None => f(&mut io::stdin().lock()),
        }
    }

    /// Run `f` with the standard output writer (for `-` files).
    ///
    /// ```
    /// use std::io::Write;
    /// let io = clack_core::io::Io::captured("");
    /// io.with_stdout(|w| w.write_all(b"x")).unwrap();
    /// assert_eq!(io.captured_stdout().unwrap(), "x");
    /// ```
    pub fn with_stdout<R>(&self, f: impl FnOnce(&mut dyn Write) -> R) -> R {
        f(&mut **self.stdout.borrow_mut())
    }

    /// What was written to standard output, for a captured `Io`.
    ///
    /// ```
    /// assert!(clack_core::io::Io::process().captured_stdout().is_none());
    /// ```
    pub fn captured_stdout(&self) -> Option<String> {
        self.captured
            .as_ref()
            .map(|c| String::from_utf8_lossy(&c.stdout()).into_owned())
    }

    /// What was written to standard error, for a captured `Io`.
    ///
    /// ```
    /// assert_eq!(clack_core::io::Io::captured("").captured_stderr().as_deref(), Some(""));
    /// ```
    pub fn captured_stderr(&self) -> Option<String> {
        self.captured
            .as_ref()
            .map(|c| String::from_utf8_lossy(&c.stderr()).into_owned())
    }

    pub(crate) fn captured_buffers(&self) -> Option<&Captured> {
        self.captured.as_ref()
    }

    /// The terminal width for help pages: `COLUMNS` if set to a positive
    /// number, else the width of the terminal on standard output, else 80
    /// (Python's `shutil.get_terminal_size`).
    ///
    /// ```
    /// let io = clack_core::io::Io::captured("").with_env(clack_core::io::Env::empty());
    /// io.env().set("COLUMNS", "60");
    /// assert_eq!(io.terminal_columns(), 60);
    /// ```
    pub fn terminal_columns(&self) -> usize {
        if let Some(cols) = self
            .env
            .var("COLUMNS")
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|&c| c > 0)
        {
            return cols;
        }
        if self.captured.is_none()
            && let Some(w) = crate::sys::stdout_columns()
        {
            return usize::from(w);
        }
        80
    }
}

impl std::fmt::Debug for Io {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Io")
            .field("stdin_tty", &self.stdin_tty)
            .field("stdout_tty", &self.stdout_tty)
            .field("stderr_tty", &self.stderr_tty)
            .field("cwd", &self.cwd)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_process_stdin_is_locked_only_while_read() {
        let io = Io::process();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            drop(io::stdin().lock());
            let _ = tx.send(());
        });
        let locked_elsewhere = rx.recv_timeout(std::time::Duration::from_secs(10));
        assert!(
            locked_elsewhere.is_ok(),
            "an Io holds standard input's lock"
        );
        drop(io);
    }
}
