//! [`Run`]: how a command is started from a process (or a test): which
//! arguments, program name, streams and top-level settings it gets.

use std::ffi::OsString;

use std::rc::Rc;
use std::sync::Arc;

use crate::context::ContextSettings;
use crate::io::Io;
use crate::{Command, Error, ErrorKind, Output};

/// How a run ended when it did not fail (see [`Command::try_run`]).
///
/// ```
/// use clack_core::{Command, Outcome, Run, io::Io};
/// let outcome = Command::new("x").try_run(Run::new().args(["--help"]).io(Io::captured("")))?;
/// assert_eq!(outcome.exit_code(), 0);
/// # Ok::<(), clack_core::Error>(())
/// ```
#[derive(Debug)]
pub enum Outcome {
    /// The command ran to its end; what it (or its group's result
    /// callback) returned.
    Done(Output),
    /// The run ended early and on purpose, with this exit code: help or
    /// the version was printed, the program called `ctx.exit(code)` or
    /// returned an `ExitCode`, or a completion request was answered.
    Exited(i32),
}

impl Outcome {
    /// The exit code a process would end with: 0 for [`Outcome::Done`].
    ///
    /// ```
    /// assert_eq!(clack_core::Outcome::Exited(3).exit_code(), 3);
    /// ```
    pub fn exit_code(&self) -> i32 {
        match self {
            Outcome::Done(_) => 0,
            Outcome::Exited(code) => *code,
        }
    }

    /// What the command returned, if it ran to its end.
    ///
    /// ```
    /// use clack_core::{Outcome, Output};
    /// assert!(Outcome::Done(Output::new(1u8)).into_output().is_some());
    /// assert!(Outcome::Exited(0).into_output().is_none());
    /// ```
    pub fn into_output(self) -> Option<Output> {
        match self {
            Outcome::Done(output) => Some(output),
            Outcome::Exited(_) => None,
        }
    }
}

/// How to run a command: arguments, program name, streams, extra settings.
///
/// ```
/// use clack_core::{Run, io::Io};
/// let run = Run::new().prog_name("tool").args(["--help"]).io(Io::captured(""));
/// # let _ = run;
/// ```
#[derive(Default)]
pub struct Run {
    pub(crate) args: Option<Vec<OsString>>,
    pub(crate) prog_name: Option<String>,
    pub(crate) io: Option<Io>,
    pub(crate) settings: ContextSettings,
    pub(crate) complete_var: Option<String>,
}

impl Run {
    /// The process's arguments, name and streams.
    ///
    /// ```
    /// let run = clack_core::Run::new();
    /// # let _ = run;
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Parse these arguments instead of the process's.
    ///
    /// ```
    /// let run = clack_core::Run::new().args(["a", "b"]);
    /// # let _ = run;
    /// ```
    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        self.args = Some(args.into_iter().map(Into::into).collect());
        self
    }

    /// The program name for usage lines (default: the file name the
    /// program was started as).
    ///
    /// ```
    /// let run = clack_core::Run::new().prog_name("greet");
    /// # let _ = run;
    /// ```
    pub fn prog_name(mut self, name: impl Into<String>) -> Self {
        self.prog_name = Some(name.into());
        self
    }

    /// Use these streams, environment and folder.
    ///
    /// ```
    /// let run = clack_core::Run::new().io(clack_core::io::Io::captured(""));
    /// # let _ = run;
    /// ```
    pub fn io(mut self, io: Io) -> Self {
        self.io = Some(io);
        self
    }

    /// The environment variable that asks for shell completion, instead of
    /// `_{PROG}_COMPLETE` (Click's `main(complete_var=...)`).
    ///
    /// ```
    /// let run = clack_core::Run::new().complete_var("_TOOL_TAB");
    /// # let _ = run;
    /// ```
    pub fn complete_var(mut self, name: impl Into<String>) -> Self {
        self.complete_var = Some(name.into());
        self
    }

    /// Extra context settings for the top-level context (Click's
    /// `main(**extra)`), such as `auto_envvar_prefix`.
    ///
    /// ```
    /// let run = clack_core::Run::new().settings(clack_core::ContextSettings::new().auto_envvar_prefix("APP"));
    /// # let _ = run;
    /// ```
    pub fn settings(mut self, settings: ContextSettings) -> Self {
        self.settings = settings;
        self
    }
}

impl Command {
    /// Parse the process's arguments, run, and exit: Click's
    /// `Command.main()` in standalone mode. Help, errors and `Aborted!` are
    /// printed as Click prints them, and the exit code is Click's.
    ///
    /// ```no_run
    /// use clack_core::{Command, Output};
    ///
    /// // The whole of a program's `main`:
    /// Command::new("hello")
    ///     .callback(|_| {
    ///         clack_core::echo("Hello!");
    ///         Ok(Output::none())
    ///     })
    ///     .main()
    /// ```
    pub fn main(self) -> ! {
        let code = self.run(Run::new());
        std::process::exit(code)
    }

    /// Run with the given invocation settings and return the exit code,
    /// having printed what Click prints (help, errors, `Aborted!`).
    ///
    /// ```
    /// use clack_core::{Command, Run, io::Io};
    /// let code = Command::new("x").run(Run::new().args(["--help"]).io(Io::captured("")));
    /// assert_eq!(code, 0);
    /// ```
    pub fn run(self, run: Run) -> i32 {
        let io = Rc::new(run.io.unwrap_or_else(Io::process));
        let look = Look::of(&self, &run.settings);
        let outcome = self.run_with_io(
            run.args,
            run.prog_name,
            run.complete_var,
            io.clone(),
            &run.settings,
        );
        report(&io, outcome, &look)
    }

    /// Run and return how it ended instead of printing errors (Click's
    /// `standalone_mode=False`): [`Outcome::Done`] with what the callback
    /// returned, or [`Outcome::Exited`] when the run ended early and on
    /// purpose (`--help` or `--version` printed, `ctx.exit(code)`, a shell
    /// completion request answered); a failure is the `Err`.
    ///
    /// # Errors
    /// Usage errors, aborts and failures, never an exit request.
    ///
    /// ```
    /// use clack_core::{Command, Opt, Outcome, Output, Run, io::Io};
    ///
    /// let cmd = Command::new("double")
    ///     .param(Opt::new("--n").value_type::<i64>().required(true))
    ///     .callback(|ctx| Ok(Output::new(ctx.take_required::<i64>("n")? * 2)));
    /// let captured = || Run::new().io(Io::captured(""));
    ///
    /// let done = cmd.clone().try_run(captured().args(["--n", "21"]))?;
    /// assert_eq!(done.into_output().and_then(|o| o.downcast::<i64>().ok()), Some(42));
    ///
    /// let help = cmd.clone().try_run(captured().args(["--help"]))?;
    /// assert!(matches!(help, Outcome::Exited(0)));
    ///
    /// let err = cmd.try_run(captured().args(Vec::<String>::new())).unwrap_err();
    /// assert_eq!(err.exit_code(), 2);
    /// # Ok::<(), clack_core::Error>(())
    /// ```
    pub fn try_run(self, run: Run) -> Result<Outcome, Error> {
        let io = Rc::new(run.io.unwrap_or_else(Io::process));
        let result = self.run_with_io(run.args, run.prog_name, run.complete_var, io, &run.settings);
        match result {
            Ok(output) => Ok(Outcome::Done(output)),
            Err(e) => match e.kind() {
                ErrorKind::Exit(code) => Ok(Outcome::Exited(*code)),
                _ => Err(e),
            },
        }
    }

    pub(crate) fn run_with_io(
        self,
        args: Option<Vec<OsString>>,
        prog_name: Option<String>,
        complete_var: Option<String>,
        io: Rc<Io>,
        settings: &ContextSettings,
    ) -> Result<Output, Error> {
        // The process's arguments only when the caller gave none.
        let (args, prog_name) = match (args, prog_name) {
            (Some(args), Some(name)) => (args, name),
            (args, name) => {
                let mut argv = std::env::args_os();
                let argv0 = argv.next();
                let args = args.unwrap_or_else(|| argv.collect());
                (args, name.unwrap_or_else(|| detect_program_name(argv0)))
            }
        };
        let cmd = Arc::new(self);
        if let Some(code) = crate::complete::handle_request(
            &cmd,
            &prog_name,
            complete_var.as_deref(),
            &io,
            settings,
        ) {
            return Err(Error::exit(code));
        }
        let ctx = cmd.make_context(&prog_name, args, None, io, settings)?;
        let result = {
            let _guard = ctx.enter();
            cmd.invoke(&ctx)
        };
        ctx.close_with(result.is_err());
        result
    }
}

/// How errors look at the end of a run: the root command's styles and the
/// `color` setting (a run's settings first, then the command's).
pub(crate) struct Look {
    color: Option<bool>,
    styles: Option<std::sync::Arc<crate::layout::styles::Styles>>,
}

impl Look {
    pub(crate) fn of(cmd: &Command, settings: &ContextSettings) -> Look {
        Look {
            color: settings.color.or(cmd.context_settings.color),
            styles: cmd.styles.clone(),
        }
    }

    /// The text of `error` for standard error, through the colour rule.
    pub(crate) fn error_text(&self, io: &Io, error: &Error) -> String {
        crate::help::styles::render_error(error, io, self.color, self.styles.as_deref())
    }
}

/// Print what Click prints for an outcome and give the exit code.
pub(crate) fn report(io: &Io, outcome: Result<Output, Error>, look: &Look) -> i32 {
    let code = match outcome {
        Ok(_) => 0,
        Err(e) => {
            if *e.kind() == ErrorKind::BrokenPipe || (io.broken_pipe() && e.exit_code() != 0) {
                return 1;
            }
            let text = look.error_text(io, &e);
            let said = !text.is_empty();
            if said {
                io.write_err(text);
            }
            if let Some(code) = write_failure(io, !said) {
                return code;
            }
            e.exit_code()
        }
    };
    if let Some(code) = write_failure(io, true) {
        return code;
    }
    if io.broken_pipe() { 1 } else { code }
}

/// A write that failed other than with a closed pipe (a full disk): the
/// text was lost, so the run fails with exit code 1, as Click's does when
/// the `OSError` escapes. With `say`, and when no error message was shown
/// already (a program that met the failure usually reports it itself), it
/// is said on standard error, if that still works.
pub(crate) fn write_failure(io: &Io, say: bool) -> Option<i32> {
    let message = io.write_failure_message()?;
    if say {
        io.write_err(message);
    }
    Some(1)
}

/// The program name Click shows: the file name of `argv[0]`.
fn detect_program_name(argv0: Option<OsString>) -> String {
    let Some(arg0) = argv0 else {
        return String::new();
    };
    std::path::Path::new(&arg0)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| arg0.to_string_lossy().into_owned())
}
