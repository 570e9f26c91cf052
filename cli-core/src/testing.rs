//! Testing commands in-process (Click's `CliRunner`).
//!
//! [`Runner::invoke`] runs a command with arguments, standard input and
//! environment variables of the test's choosing, and returns what it wrote
//! and its exit code. Nothing process-wide is touched: output is captured
//! through the command's own streams, the environment is an overlay, and
//! relative paths resolve against a folder of the test's choosing, so tests
//! on many threads never see each other.

use std::ffi::OsString;
use std::path::PathBuf;
use std::rc::Rc;

use crate::io::{Env, Io};
use crate::{Command, ContextSettings, Error, Output};

/// Runs commands in-process and captures what they do.
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
    terminal: bool,
}

/// What an invocation did.
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
        self
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

    /// Extra settings for the top-level context.
    ///
    /// ```
    /// let runner = clack_core::testing::Runner::new()
    ///     .settings(clack_core::ContextSettings::new().auto_envvar_prefix("APP"));
    /// # let _ = runner;
    /// ```
    pub fn settings(mut self, settings: ContextSettings) -> Self {
        self.settings = Some(settings);
        self
    }

    /// Run `command` with `args` and capture what it does.
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
        let mut io = Io::captured(self.input.clone()).with_env(env);
        if let Some(dir) = &self.cwd {
            io = io.with_cwd(dir.clone());
        }
        if self.terminal {
            io = io.with_terminal(false, true, true);
        }
        let io = Rc::new(io);
        let prog = self
            .prog_name
            .clone()
            .unwrap_or_else(|| command.name().to_string());
        let settings = self.settings.clone().unwrap_or_default();
        let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
        let outcome =
            command
                .clone()
                .run_with_io(Some(args), Some(prog), None, io.clone(), &settings);
        let (error, value) = match outcome {
            Ok(v) => (None, Some(v)),
            Err(e) => (Some(e), None),
        };
        let code = match &error {
            None => crate::command::report(&io, Ok(Output::none())),
            Some(e) => {
                let text = e.render();
                if !text.is_empty() {
                    io.write_err(text);
                }
                if io.broken_pipe() { 1 } else { e.exit_code() }
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
        }
    }
}
