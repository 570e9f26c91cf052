//! Titled help sections: option groups (with an optional rule among their
//! options) and sections of a group's subcommands.

use super::{Among, Constraint};

/// A titled section of options in a command's help (cloup's option group,
/// clap's `next_help_heading`), optionally with a rule among its options
/// shown next to the title (`Output options: [mutually exclusive]`).
///
/// Options join a group with [`Opt::group`](crate::Opt::group).
///
/// ```
/// use clack_core::{Command, Opt, constraint::{Among, OptionGroup}, testing::Runner};
/// let cmd = Command::new("export")
///     .option_group(OptionGroup::new("output", "Output options").constraint(Among::MutuallyExclusive))
///     .param(Opt::new("--json").flag().group("output").help("Write JSON."))
///     .param(Opt::new("--yaml").flag().group("output").help("Write YAML."));
/// let help = Runner::new().invoke(&cmd, ["--help"]).stdout;
/// assert!(help.contains("Output options: [mutually exclusive]\n  --json  Write JSON.\n"));
/// ```
#[derive(Clone)]
pub struct OptionGroup {
    pub(crate) name: String,
    pub(crate) title: String,
    pub(crate) help: Option<String>,
    pub(crate) among: Option<Among>,
    pub(crate) show_constraint: bool,
    pub(crate) hidden: bool,
}

impl OptionGroup {
    /// A group that options join by `name`, shown under `title`.
    ///
    /// ```
    /// let g = clack_core::constraint::OptionGroup::new("output", "Output options");
    /// # let _ = g;
    /// ```
    pub fn new(name: impl Into<String>, title: impl Into<String>) -> Self {
        OptionGroup {
            name: name.into(),
            title: title.into(),
            help: None,
            among: None,
            show_constraint: true,
            hidden: false,
        }
    }

    /// A description, shown under the title before the options.
    ///
    /// ```
    /// let g = clack_core::constraint::OptionGroup::new("out", "Output").help("Where results go.");
    /// # let _ = g;
    /// ```
    pub fn help(mut self, text: impl Into<String>) -> Self {
        self.help = Some(text.into());
        self
    }

    /// A rule among the group's options, checked like a [`Constraint`]
    /// and shown next to the title.
    ///
    /// ```
    /// use clack_core::constraint::{Among, OptionGroup};
    /// let g = OptionGroup::new("src", "Source").constraint(Among::ExactlyOne);
    /// # let _ = g;
    /// ```
    pub fn constraint(mut self, among: Among) -> Self {
        self.among = Some(among);
        self
    }

    /// Whether the rule is shown next to the title (default yes).
    ///
    /// ```
    /// use clack_core::constraint::{Among, OptionGroup};
    /// let g = OptionGroup::new("src", "Source").constraint(Among::ExactlyOne).show_constraint(false);
    /// # let _ = g;
    /// ```
    pub fn show_constraint(mut self, yes: bool) -> Self {
        self.show_constraint = yes;
        self
    }

    /// Leave the whole section out of the help (its options still work).
    ///
    /// ```
    /// let g = clack_core::constraint::OptionGroup::new("dev", "Developer options").hidden(true);
    /// # let _ = g;
    /// ```
    pub fn hidden(mut self, yes: bool) -> Self {
        self.hidden = yes;
        self
    }

    /// The label shown after the title (`mutually exclusive`), if any.
    pub(crate) fn label(&self) -> Option<&'static str> {
        self.among
            .filter(|_| self.show_constraint)
            .map(Among::label)
    }

    /// The group's rule over its `members`.
    pub(crate) fn rule(&self, members: Vec<String>) -> Option<Constraint> {
        self.among.map(|among| Constraint::among(among, members))
    }
}

/// A titled section of a group's subcommands in its help (`Plugins:`);
/// commands in no section are listed under `Commands:`.
///
/// ```
/// use clack_core::{Command, Group, constraint::CommandSection, testing::Runner};
/// let cli: Command = Group::new("cli")
///     .command(Command::new("init").help("Start."))
///     .command(Command::new("lint").help("Check."))
///     .section(CommandSection::new("Plugins", ["lint"]))
///     .into();
/// let help = Runner::new().invoke(&cli, ["--help"]).stdout;
/// assert!(help.ends_with("Plugins:\n  lint  Check.\n\nCommands:\n  init  Start.\n"));
/// ```
#[derive(Clone)]
pub struct CommandSection {
    pub(crate) title: String,
    pub(crate) commands: Vec<String>,
}

impl CommandSection {
    /// A section titled `title` listing `commands` (by their names in the
    /// group), in this order.
    ///
    /// ```
    /// let s = clack_core::constraint::CommandSection::new("Main commands", ["run", "build"]);
    /// # let _ = s;
    /// ```
    pub fn new<I, S>(title: impl Into<String>, commands: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        CommandSection {
            title: title.into(),
            commands: commands.into_iter().map(Into::into).collect(),
        }
    }
}

/// What a command declares beyond its parameters: constraints and option
/// groups (boxed in the command, absent when there are none).
#[derive(Clone, Default)]
pub(crate) struct Declared {
    pub(crate) constraints: Vec<Constraint>,
    pub(crate) groups: Vec<OptionGroup>,
}
