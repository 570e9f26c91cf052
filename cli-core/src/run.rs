//! [`Run`]: how a command is started from a process (or a test): which
//! arguments, program name, streams and top-level settings it gets.

use std::ffi::OsString;

use crate::context::ContextSettings;
use crate::io::Io;

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
