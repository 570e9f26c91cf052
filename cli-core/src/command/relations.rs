//! The command's side of constraints and option groups: the builder
//! methods, and the constraints a parameter table checks (the command's
//! own, its groups' rules, and the options' `conflicts_with`/`requires`).

use crate::command::Command;
use crate::command::group::Group;
use crate::constraint::{self, CommandSection, Constraint, Declared, OptionGroup};
use crate::param::Param;

impl Command {
    fn declared(&mut self) -> &mut Declared {
        self.declared.get_or_insert_with(Box::default)
    }

    /// Check `constraint` after the values are known, before the callback
    /// runs.
    ///
    /// ```
    /// use clack_core::{Command, Opt, constraint::Constraint, testing::Runner};
    /// let cmd = Command::new("fetch")
    ///     .param(Opt::new("--file"))
    ///     .param(Opt::new("--url"))
    ///     .constraint(Constraint::exactly_one(["file", "url"]));
    /// let result = Runner::new().invoke(&cmd, Vec::<String>::new());
    /// assert!(result.stderr.ends_with("Error: Missing option '--file' or option '--url'.\n"));
    /// ```
    pub fn constraint(mut self, constraint: Constraint) -> Self {
        self.declared().constraints.push(constraint);
        self.reset_table();
        self
    }

    /// Declare an option group: its options (those with
    /// [`Opt::group`](crate::Opt::group) set to its name) are shown in a
    /// section of their own, and its rule, if any, is checked.
    ///
    /// ```
    /// use clack_core::{Command, Opt, constraint::OptionGroup, testing::Runner};
    /// let cmd = Command::new("x")
    ///     .option_group(OptionGroup::new("net", "Network options").help("How to connect."))
    ///     .param(Opt::new("--host").group("net"));
    /// let help = Runner::new().invoke(&cmd, ["--help"]).stdout;
    /// assert!(help.contains("Network options:\n  How to connect.\n\n  --host TEXT\n"));
    /// ```
    pub fn option_group(mut self, group: OptionGroup) -> Self {
        self.declared().groups.push(group);
        self.reset_table();
        self
    }

    /// The declared option groups, and those named only by options (titled
    /// by their name), in order of declaration, then of first use.
    pub(crate) fn option_groups(&self, params: &[Param]) -> Vec<OptionGroup> {
        let mut groups: Vec<OptionGroup> = self
            .declared
            .as_ref()
            .map(|d| d.groups.clone())
            .unwrap_or_default();
        for name in params
            .iter()
            .filter_map(|p| p.relations.as_ref()?.group.as_ref())
        {
            if !groups.iter().any(|g| g.name == *name) {
                groups.push(OptionGroup::new(name.clone(), name.clone()));
            }
        }
        groups
    }
}

impl Group {
    /// Check `constraint` on the group's own parameters (see
    /// [`Command::constraint`]).
    ///
    /// ```
    /// use clack_core::{Group, Opt, constraint::Constraint};
    /// let g = Group::new("cli")
    ///     .param(Opt::new("--quiet").flag())
    ///     .param(Opt::new("--verbose").flag())
    ///     .constraint(Constraint::mutually_exclusive(["quiet", "verbose"]));
    /// # let _ = g;
    /// ```
    pub fn constraint(self, constraint: Constraint) -> Self {
        self.with(|c| c.constraint(constraint))
    }

    /// Declare an option group of the group's own options (see
    /// [`Command::option_group`]).
    ///
    /// ```
    /// use clack_core::{Group, constraint::OptionGroup};
    /// let g = Group::new("cli").option_group(OptionGroup::new("log", "Logging"));
    /// # let _ = g;
    /// ```
    pub fn option_group(self, group: OptionGroup) -> Self {
        self.with(|c| c.option_group(group))
    }

    /// List these subcommands under a titled section of their own in the
    /// help (the others stay under `Commands:`).
    ///
    /// ```
    /// use clack_core::{Command, Group, constraint::CommandSection};
    /// let g = Group::new("cli")
    ///     .command(Command::new("run"))
    ///     .section(CommandSection::new("Main commands", ["run"]));
    /// # let _ = g;
    /// ```
    pub fn section(mut self, section: CommandSection) -> Self {
        self.spec().sections.push(section);
        self
    }
}

/// The constraints a command's table checks, and the first declaration
/// problem among them (a name that is not a parameter).
pub(crate) fn table_constraints(
    command: &Command,
    params: &[Param],
) -> (Vec<Constraint>, Option<String>) {
    let mut all: Vec<Constraint> = Vec::new();
    if let Some(declared) = &command.declared {
        all.extend(declared.constraints.iter().cloned());
    }
    let has_group = params
        .iter()
        .any(|p| p.relations.as_ref().is_some_and(|r| r.group.is_some()));
    if has_group || command.declared.is_some() {
        for group in command.option_groups(params) {
            let members: Vec<String> = params
                .iter()
                .filter(|p| {
                    p.relations
                        .as_ref()
                        .is_some_and(|r| r.group.as_deref() == Some(&*group.name))
                })
                .map(|p| p.name().to_string())
                .collect();
            all.extend(group.rule(members));
        }
    }
    for param in params {
        let Some(relations) = &param.relations else {
            continue;
        };
        for other in &relations.conflicts_with {
            all.push(Constraint::mutually_exclusive([
                param.name().to_string(),
                other.clone(),
            ]));
        }
        if !relations.requires.is_empty() {
            all.push(Constraint::requires(
                param.name(),
                relations.requires.iter().cloned(),
            ));
        }
    }
    let problem = all.iter().find_map(|c| constraint::unknown_name(c, params));
    (all, problem)
}
