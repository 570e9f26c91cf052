//! Testing commands in-process (Click's `CliRunner`).
//!
//! [`Runner::invoke`] runs a command with arguments, standard input and
//! environment variables of the test's choosing, and returns what it wrote,
//! its exit code and the error that ended it. Nothing process-wide is
//! touched: output is captured through the command's own streams, the
//! environment is an overlay, and relative paths resolve against a folder of
//! the test's choosing (or a fresh [`TempDir`] per invocation, see
//! [`Runner::isolated_filesystem`]), so tests on many threads never see each
//! other.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::io::{Env, Io};
use crate::{Command, ContextSettings, Error, ErrorKind, Output};

/// The help width under a [`Runner`] (Click's `FORCED_WIDTH` in its
/// `CliRunner`).
const FORCED_HELP_WIDTH: usize = 80;

/// Runs commands in-process and captures what they do.
///
/// As in Click's `CliRunner`, help pages are 80 columns wide (not the 78 a
/// program gets on an 80-column terminal), whatever `COLUMNS` says; a
/// `terminal_width` in the runner's [`settings`](Runner::settings) or the
/// command's own context settings still wins.
///
/// ```
/// use clack_core::{Command, Output, testing::Runner};
/// let cmd = Command::new("hi").callback(|_| { clack_core::echo("hi!"); Ok(Output::none()) });
/// let result = Runner::new().invoke(&cmd, Vec::<String>::new());
/// assert_eq!((result.stdout.as_str(), result.exit_code), ("hi!\n", 0));
/// ```
#[derive(Clone, Default)]
pub struct Runner {
    env: Vec<(OsString, Option<OsString>)>,
    input: Vec<u8>,
    cwd: Option<PathBuf>,
    prog_name: Option<String>,
    settings: Option<ContextSettings>,
    inherit_env: bool,
    isolated: bool,
    files: Vec<(PathBuf, Vec<u8>)>,
    terminal: bool,
    echo_stdin: bool,
}

/// What an invocation did.
///
/// ```
/// use clack_core::{Command, Error, testing::Runner};
///
/// let cmd = Command::new("fail").callback(|_| Err(Error::failure("no luck")));
/// let result = Runner::new().invoke(&cmd, Vec::<String>::new());
/// assert_eq!(result.stderr, "Error: no luck\n");
/// assert_eq!(result.exit_code, 1);
/// assert_eq!(result.error.map(|e| e.message().to_string()).as_deref(), Some("no luck"));
/// ```
#[derive(Debug)]
pub struct RunResult {
    /// Everything written to standard output.
    pub stdout: String,
    /// Everything written to standard error.
    pub stderr: String,
    /// Both streams interleaved as a terminal would show them.
    pub output: String,
    /// The exit code `main` would have exited with.
    pub exit_code: i32,
    /// The error that ended the command, if any (`--help` is an exit with code 0).
    pub error: Option<Error>,
    /// What the callback returned, when it succeeded.
    pub output_value: Option<Output>,
    /// The temporary folder the command ran in, under
    /// [`Runner::isolated_filesystem`]. It is removed when the result is
    /// dropped, so a test can look at the files the command wrote first.
    pub dir: Option<TempDir>,
}

impl RunResult {
    /// Whether the command succeeded (exit code 0 and no error other than a
    /// zero exit such as `--help`).
    ///
    /// ```
    /// use clack_core::{Command, testing::Runner};
    /// assert!(Runner::new().invoke(&Command::new("x"), ["--help"]).success());
    /// assert!(!Runner::new().invoke(&Command::new("x"), ["--nope"]).success());
    /// ```
    pub fn success(&self) -> bool {
        self.exit_code == 0
    }
}

/// A temporary folder, removed with everything in it when dropped (Click's
/// `isolated_filesystem`). Each one has a name of its own, so tests on
/// several threads (or processes) never share one.
///
/// ```
/// use clack_core::{Arg, Command, Output, testing::{Runner, TempDir}, types::Path};
///
/// let cat = Command::new("cat")
///     .param(Arg::new("file").ty(Path::new().exists(true)))
///     .callback(|ctx| {
///         let path: std::path::PathBuf = ctx.take_required("file")?;
///         let path = ctx.io().resolve(path);
///         clack_core::echo(std::fs::read_to_string(path)?);
///         Ok(Output::none())
///     });
///
/// let dir = TempDir::new().unwrap();
/// std::fs::write(dir.path().join("hello.txt"), "Hello World!").unwrap();
/// let result = Runner::new().cwd(dir.path()).invoke(&cat, ["hello.txt"]);
/// assert_eq!(result.stdout, "Hello World!\n");
/// let gone = dir.path().to_path_buf();
/// drop(dir);
/// assert!(!gone.exists());
/// ```
#[derive(Debug)]
pub struct TempDir {
    path: PathBuf,
}

impl TempDir {
    /// Create an empty folder under the system's temporary folder.
    ///
    /// # Errors
    /// The folder could not be created.
    ///
    /// ```
    /// let dir = clack_core::testing::TempDir::new().unwrap();
    /// assert!(dir.path().is_dir());
    /// ```
    pub fn new() -> std::io::Result<TempDir> {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let base = std::env::temp_dir();
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        loop {
            let n = NEXT.fetch_add(1, Ordering::Relaxed);
            let path = base.join(format!("clack-test-{}-{nanos}-{n}", std::process::id()));
            match std::fs::create_dir(&path) {
                Ok(()) => return Ok(TempDir { path }),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// The folder's path.
    ///
    /// ```
    /// let dir = clack_core::testing::TempDir::new().unwrap();
    /// assert!(dir.path().is_absolute());
    /// ```
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl AsRef<Path> for TempDir {
    fn as_ref(&self) -> &Path {
        &self.path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

impl Runner {
    /// A runner with an empty environment overlay on top of the process
    /// environment, no input and the process's working folder.
    ///
    /// ```
    /// let runner = clack_core::testing::Runner::new();
    /// # let _ = runner;
    /// ```
    pub fn new() -> Self {
        Runner {
            inherit_env: true,
            ..Default::default()
        }
    }

    /// Set an environment variable for the invocation.
    ///
    /// ```
    /// let runner = clack_core::testing::Runner::new().env("APP_DEBUG", "1");
    /// # let _ = runner;
    /// ```
    pub fn env(mut self, key: impl Into<OsString>, value: impl Into<OsString>) -> Self {
        self.env.push((key.into(), Some(value.into())));
        self
    }

    /// Remove an environment variable for the invocation.
    ///
    /// ```
    /// let runner = clack_core::testing::Runner::new().env_remove("HOME");
    /// # let _ = runner;
    /// ```
    pub fn env_remove(mut self, key: impl Into<OsString>) -> Self {
        self.env.push((key.into(), None));
        self
    }

    /// Start from an empty environment instead of the process's.
    ///
    /// ```
    /// let runner = clack_core::testing::Runner::new().clear_env();
    /// # let _ = runner;
    /// ```
    pub fn clear_env(mut self) -> Self {
        self.inherit_env = false;
        self
    }

    /// Standard input for the invocation.
    ///
    /// ```
    /// let runner = clack_core::testing::Runner::new().input("yes\n");
    /// # let _ = runner;
    /// ```
    pub fn input(mut self, input: impl Into<Vec<u8>>) -> Self {
        self.input = input.into();
        self
    }

    /// Resolve relative paths against `dir`.
    ///
    /// ```
    /// let runner = clack_core::testing::Runner::new().cwd(std::env::temp_dir());
    /// # let _ = runner;
    /// ```
    pub fn cwd(mut self, dir: impl Into<PathBuf>) -> Self {
        self.cwd = Some(dir.into());
        self.isolated = false;
        self
    }

    /// Run each invocation in a fresh, empty temporary folder (Click's
    /// `isolated_filesystem`): relative paths resolve there, the files given
    /// with [`Runner::file`] are written there first, and the folder is kept
    /// in [`RunResult::dir`] until the result is dropped.
    ///
    /// ```
    /// use clack_core::{Command, Output, testing::Runner};
    ///
    /// let touch = Command::new("touch").callback(|ctx| {
    ///     std::fs::write(ctx.io().resolve("out.txt"), "done")?;
    ///     Ok(Output::none())
    /// });
    /// let result = Runner::new().isolated_filesystem().invoke(&touch, Vec::<String>::new());
    /// let dir = result.dir.as_ref().unwrap();
    /// assert_eq!(std::fs::read_to_string(dir.path().join("out.txt")).unwrap(), "done");
    /// ```
    pub fn isolated_filesystem(mut self) -> Self {
        self.isolated = true;
        self.cwd = None;
        self
    }

    /// A file to write into the isolated folder before each invocation
    /// (`path` is relative to it). Turns on
    /// [`isolated_filesystem`](Runner::isolated_filesystem).
    ///
    /// ```
    /// use clack_core::{Arg, Command, Output, testing::Runner, types::Path};
    ///
    /// let size = Command::new("size")
    ///     .param(Arg::new("file").ty(Path::new().exists(true)))
    ///     .callback(|ctx| {
    ///         let path: std::path::PathBuf = ctx.take_required("file")?;
    ///         let bytes = std::fs::metadata(ctx.io().resolve(path))?.len();
    ///         clack_core::echo(bytes.to_string());
    ///         Ok(Output::none())
    ///     });
    /// let runner = Runner::new().file("data.txt", "12345");
    /// assert_eq!(runner.invoke(&size, ["data.txt"]).stdout, "5\n");
    /// assert_eq!(runner.invoke(&size, ["nope.txt"]).exit_code, 2);
    /// ```
    pub fn file(mut self, path: impl Into<PathBuf>, contents: impl Into<Vec<u8>>) -> Self {
        self.files.push((path.into(), contents.into()));
        self.isolated_filesystem()
    }

    /// The program name (default: the command's name).
    ///
    /// ```
    /// let runner = clack_core::testing::Runner::new().prog_name("tool");
    /// # let _ = runner;
    /// ```
    pub fn prog_name(mut self, name: impl Into<String>) -> Self {
        self.prog_name = Some(name.into());
        self
    }

    /// Copy what the command reads from the input to its output, as a
    /// terminal shows typed text (Click's `CliRunner(echo_stdin=True)`).
    /// Prompts show their answers either way.
    ///
    /// ```
    /// use clack_core::{Command, Output, testing::Runner};
    /// let cat = Command::new("cat").callback(|ctx| {
    ///     let line = ctx.io().read_line()?.unwrap_or_default();
    ///     clack_core::echo(line.to_uppercase());
    ///     Ok(Output::none())
    /// });
    /// let result = Runner::new().echo_stdin(true).input("hi\n").invoke(&cat, Vec::<String>::new());
    /// assert_eq!(result.stdout, "hi\nHI\n");
    /// ```
    pub fn echo_stdin(mut self, yes: bool) -> Self {
        self.echo_stdin = yes;
        self
    }

    /// Pretend standard output and error are terminals, so that styles,
    /// progress bars and `clear` behave as on a terminal. Standard input
    /// stays the given input.
    ///
    /// ```
    /// let runner = clack_core::testing::Runner::new().terminal(true);
    /// # let _ = runner;
    /// ```
    pub fn terminal(mut self, yes: bool) -> Self {
        self.terminal = yes;
        self
    }

    /// Extra settings for the top-level context (Click's extra keyword
    /// arguments to `invoke`), such as the help width.
    ///
    /// ```
    /// use clack_core::{Command, ContextSettings, testing::Runner};
    /// let cmd = Command::new("tool").help("Sort the lines of every file given, merging them into one sorted stream.");
    /// let wide = Runner::new().invoke(&cmd, ["--help"]).stdout;
    /// assert!(wide.contains("  Sort the lines of every file given, merging them into one sorted stream.\n"));
    /// let narrow = Runner::new()
    ///     .settings(ContextSettings::new().terminal_width(50))
    ///     .invoke(&cmd, ["--help"])
    ///     .stdout;
    /// assert!(narrow.contains("  Sort the lines of every file given, merging them\n  into one sorted stream.\n"));
    /// ```
    pub fn settings(mut self, settings: ContextSettings) -> Self {
        self.settings = Some(settings);
        self
    }

    /// Run `command` with `args` and capture what it does. Never panics
    /// on its own: every failure of the command is in the result.
    ///
    /// ```
    /// use clack_core::{Arg, Command, Output, testing::Runner};
    ///
    /// let shout = Command::new("shout")
    ///     .param(Arg::new("word"))
    ///     .callback(|ctx| {
    ///         let word: String = ctx.take_required("word")?;
    ///         clack_core::echo(word.to_uppercase());
    ///         Ok(Output::none())
    ///     });
    /// let result = Runner::new().invoke(&shout, ["hey"]);
    /// assert_eq!((result.stdout.as_str(), result.exit_code), ("HEY\n", 0));
    ///
    /// let result = Runner::new().invoke(&shout, Vec::<String>::new());
    /// assert_eq!(result.exit_code, 2);
    /// assert!(result.stderr.ends_with("Error: Missing argument 'WORD'.\n"));
    /// ```
    pub fn invoke<I, S>(&self, command: &Command, args: I) -> RunResult
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        let env = if self.inherit_env {
            Env::process()
        } else {
            Env::empty()
        };
        for (k, v) in &self.env {
            match v {
                Some(v) => env.set(k.clone(), v.clone()),
                None => env.remove(k.clone()),
            }
        }
        let mut io = Io::captured(self.input.clone())
            .with_env(env)
            .with_echo_stdin(self.echo_stdin);
        if let Some(dir) = &self.cwd {
            io = io.with_cwd(dir.clone());
        }
        let mut temp = None;
        if self.isolated {
            match self.make_isolated() {
                Ok(dir) => {
                    io = io.with_cwd(dir.path());
                    temp = Some(dir);
                }
                Err(e) => {
                    let error = Error::failure(format!("Could not create a temporary folder: {e}"));
                    return RunResult {
                        stdout: String::new(),
                        stderr: error.render(),
                        output: error.render(),
                        exit_code: error.exit_code(),
                        error: Some(error),
                        output_value: None,
                        dir: None,
                    };
                }
            }
        }
        if self.terminal {
            io = io.with_terminal(false, true, true);
        }
        let io = Rc::new(io);
        let prog = self
            .prog_name
            .clone()
            .unwrap_or_else(|| command.name().to_string());
        let mut settings = self.settings.clone().unwrap_or_default();
        // Click's `CliRunner` sets `formatting.FORCED_WIDTH = 80` while a
        // command runs: help pages are 80 wide whatever the terminal,
        // `COLUMNS` or `max_content_width` say, unless a context sets its
        // own `terminal_width` (the runner's or the command's settings).
        if settings.terminal_width.is_none() && command.context_settings.terminal_width.is_none() {
            settings.terminal_width = Some(FORCED_HELP_WIDTH);
        }
        let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
        let look = crate::run::Look::of(command, &settings);
        let outcome =
            command
                .clone()
                .run_with_io(Some(args), Some(prog), None, io.clone(), &settings);
        let (error, value) = match outcome {
            Ok(v) => (None, Some(v)),
            Err(e) => (Some(e), None),
        };
        let code = match &error {
            None => crate::run::report(&io, Ok(Output::none()), &look),
            Some(e) => {
                if *e.kind() == ErrorKind::BrokenPipe || (io.broken_pipe() && e.exit_code() != 0) {
                    1
                } else {
                    let text = look.error_text(&io, e);
                    let said = !text.is_empty();
                    if said {
                        io.write_err(text);
                    }
                    crate::run::write_failure(&io, !said).unwrap_or(e.exit_code())
                }
            }
        };
        let captured = io.captured_buffers().cloned().unwrap_or_default();
        let text = |b: Vec<u8>| String::from_utf8_lossy(&b).into_owned();
        RunResult {
            stdout: text(captured.stdout()),
            stderr: text(captured.stderr()),
            output: text(captured.output()),
            exit_code: code,
            error,
            output_value: value,
            dir: temp,
        }
    }

    /// A fresh temporary folder holding the files given with [`Runner::file`].
    fn make_isolated(&self) -> std::io::Result<TempDir> {
        let dir = TempDir::new()?;
        for (path, contents) in &self.files {
            let path = dir.path().join(path);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(path, contents)?;
        }
        Ok(dir)
    }
}
