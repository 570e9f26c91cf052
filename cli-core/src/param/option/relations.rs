//! The option builder's shorthands for relations between parameters: the
//! help section an option is shown in, and the options it conflicts with
//! or needs. The command turns them into constraints when it builds its
//! parameter table.

use super::Opt;
use crate::param::ParamRelations;

impl Opt {
    fn relations(&mut self) -> &mut ParamRelations {
        self.param.relations.get_or_insert_with(Box::default)
    }

    /// Show the option in the help section of the option group `name`
    /// (declared on the command with
    /// [`Command::option_group`](crate::Command::option_group); a name no
    /// group declares makes a section titled `name`).
    ///
    /// ```
    /// use clack_core::{Command, Opt, testing::Runner};
    /// let cmd = Command::new("x").param(Opt::new("--json").flag().group("Output"));
    /// let help = Runner::new().invoke(&cmd, ["--help"]).stdout;
    /// assert!(help.contains("Output:\n  --json"));
    /// ```
    pub fn group(mut self, name: impl Into<String>) -> Self {
        self.relations().group = Some(name.into());
        self
    }

    /// The option cannot be given together with the parameter `name` (its
    /// name as the callback reads it, `"yaml"`, or one of its option
    /// names, `"--yaml"`). Given means on the command line, from the
    /// environment or at a prompt; a default is not given.
    ///
    /// ```
    /// use clack_core::{Command, Opt, testing::Runner};
    /// let cmd = Command::new("x")
    ///     .param(Opt::new("--json").flag().conflicts_with("yaml"))
    ///     .param(Opt::new("--yaml").flag());
    /// let result = Runner::new().invoke(&cmd, ["--json", "--yaml"]);
    /// assert_eq!(result.exit_code, 2);
    /// assert!(result.stderr.ends_with(
    ///     "Error: Option '--json' cannot be used together with option '--yaml'.\n"
    /// ));
    /// ```
    pub fn conflicts_with(mut self, name: impl Into<String>) -> Self {
        self.relations().conflicts_with.push(name.into());
        self
    }

    /// When the option is given, the parameter `name` must be given too.
    ///
    /// ```
    /// use clack_core::{Command, Opt, testing::Runner};
    /// let cmd = Command::new("x")
    ///     .param(Opt::new("--user").requires("password"))
    ///     .param(Opt::new("--password"));
    /// let result = Runner::new().invoke(&cmd, ["--user", "ada"]);
    /// assert!(result.stderr.ends_with(
    ///     "Error: Missing option '--password': it is required when option '--user' is given.\n"
    /// ));
    /// ```
    pub fn requires(mut self, name: impl Into<String>) -> Self {
        self.relations().requires.push(name.into());
        self
    }
}
