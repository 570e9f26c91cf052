//! [`Run`]: how a command is started from a process (or a test): which
//! arguments, program name, streams and top-level settings it gets.

use std::ffi::OsString;

use std::rc::Rc;
use std::sync::Arc;

use crate::context::ContextSettings;
use crate::io::Io;
use crate::{Command, Error, ErrorKind, Output};

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
        let outcome = self.run_with_io(
            run.args,
            run.prog_name,
            run.complete_var,
            io.clone(),
            &run.settings,
        );
        report(&io, outcome)
    }

    /// Run and return what happened instead of printing it (Click's
    /// `standalone_mode=False`): the callback's output, or the error.
    ///
    /// # Errors
    /// Every error, including [`ErrorKind::Exit`] for `--help`.
    ///
    /// ```
    /// use clack_core::{Command, ErrorKind, Opt, Output, Run, io::Io};
    ///
    /// let cmd = Command::new("double")
    ///     .param(Opt::new("--n").value_type::<i64>().required(true))
    ///     .callback(|ctx| Ok(Output::new(ctx.take_required::<i64>("n")? * 2)));
    ///
    /// let out = cmd.clone().try_run(Run::new().args(["--n", "21"]).io(Io::captured("")))?;
    /// assert_eq!(out.downcast::<i64>().ok(), Some(42));
    ///
    /// let err = cmd.clone().try_run(Run::new().args(["--help"]).io(Io::captured(""))).unwrap_err();
    /// assert_eq!(err.kind(), &ErrorKind::Exit(0));
    /// let err = cmd.try_run(Run::new().args(Vec::<String>::new()).io(Io::captured(""))).unwrap_err();
    /// assert_eq!(err.exit_code(), 2);
    /// # Ok::<(), clack_core::Error>(())
    /// ```
    pub fn try_run(self, run: Run) -> Result<Output, Error> {
        let io = Rc::new(run.io.unwrap_or_else(Io::process));
        self.run_with_io(run.args, run.prog_name, run.complete_var, io, &run.settings)
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

/// Print what Click prints for an outcome and give the exit code.
pub(crate) fn report(io: &Io, outcome: Result<Output, Error>) -> i32 {
    let code = match outcome {
        Ok(_) => 0,
        Err(e) => {
            if *e.kind() == ErrorKind::BrokenPipe || (io.broken_pipe() && e.exit_code() != 0) {
                return 1;
            }
            let text = e.render();
            if !text.is_empty() {
                io.write_err(text);
            }
            e.exit_code()
        }
    };
    if io.broken_pipe() { 1 } else { code }
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
