//! Groups: commands with subcommands, nested or chained.
//!
//! [`Group`] builds a [`Command`] whose context resolves the first remaining
//! argument to a subcommand, runs the group's own callback, then the
//! subcommand in a child context (Click's `Group.invoke`). In a chain, every
//! remaining argument list is parsed into one subcommand after another
//! before any of them runs, and a result callback receives what each
//! returned. Where subcommands come from is a [`CommandSource`]: the
//! registered ones by default, or anything a program provides (aliases,
//! unique prefixes, commands built on demand, plugins).

use std::collections::VecDeque;
use std::ffi::OsString;
use std::sync::Arc;

use crate::command::Command;
use crate::command::plugins::{PluginPrefix, Plugins};
use crate::compat::difflib::close_matches;
use crate::compat::repr::{py_repr, py_repr_os};
use crate::lexer::split_opt;
use crate::parser::format_possibilities;
use crate::{Context, Error, ErrorKind, Output};

/// A group's result callback: receives what the subcommands returned (one
/// item, or one per chained command) and returns the group's result.
pub type ResultCallback = Arc<dyn Fn(&Context, Vec<Output>) -> Result<Output, Error> + Send + Sync>;

/// The subcommands registered on a group, by name.
///
/// ```
/// use clack_core::{Command, group::Commands};
/// let mut c = Commands::default();
/// c.insert("b", Command::new("b"));
/// c.insert("a", Command::new("a"));
/// assert_eq!(c.names(), ["a", "b"]);
/// ```
#[derive(Clone, Default)]
pub struct Commands {
    entries: Vec<(String, Arc<Command>)>,
}

impl Commands {
    /// Register `command` under `name`, replacing one of the same name.
    ///
    /// ```
    /// let mut c = clack_core::group::Commands::default();
    /// c.insert("x", clack_core::Command::new("x"));
    /// assert!(c.get("x").is_some());
    /// ```
    pub fn insert(&mut self, name: &str, command: Command) {
        self.insert_arc(name, Arc::new(command));
    }

    pub(crate) fn insert_arc(&mut self, name: &str, command: Arc<Command>) {
        match self.entries.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = command,
            None => self.entries.push((name.to_string(), command)),
        }
    }

    /// The command registered under `name`.
    ///
    /// ```
    /// assert!(clack_core::group::Commands::default().get("x").is_none());
    /// ```
    pub fn get(&self, name: &str) -> Option<Arc<Command>> {
        self.entries
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, c)| c.clone())
    }

    /// The registered names, sorted (Click lists commands alphabetically).
    ///
    /// ```
    /// assert!(clack_core::group::Commands::default().names().is_empty());
    /// ```
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.entries.iter().map(|(n, _)| n.clone()).collect();
        crate::order::sort(&mut names);
        names
    }

    /// Whether nothing is registered.
    ///
    /// ```
    /// assert!(clack_core::group::Commands::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Where a group's subcommands come from (Click's `list_commands` and
/// `get_command`, overridable without subclassing).
///
/// The default methods use the group's registered commands, passed in as
/// `registered`, so an implementation can add to them or fall back on them.
///
/// ```
/// use std::sync::Arc;
/// use clack_core::{Command, Context, Error, group::{CommandSource, Commands}};
///
/// /// Resolves `ls` to `list`.
/// struct Aliases;
///
/// impl CommandSource for Aliases {
///     fn get_command(&self, ctx: &Context, name: &str, registered: &Commands)
///         -> Result<Option<Arc<Command>>, Error>
///     {
///         let name = if name == "ls" { "list" } else { name };
///         Ok(registered.get(name))
///     }
/// }
/// ```
pub trait CommandSource: Send + Sync + 'static {
    /// The names of the available commands, in the order help lists them.
    fn list_commands(&self, ctx: &Context, registered: &Commands) -> Vec<String> {
        let _ = ctx;
        registered.names()
    }

    /// The command called `name`, or `None` if there is none. An error
    /// (such as `ctx.fail("Too many matches: ...")`) stops the invocation.
    ///
    /// # Errors
    /// Whatever the source reports.
    fn get_command(
        &self,
        ctx: &Context,
        name: &str,
        registered: &Commands,
    ) -> Result<Option<Arc<Command>>, Error> {
        let _ = ctx;
        Ok(registered.get(name))
    }

    /// The name the resolved command runs under (its context's info name,
    /// shown in usage lines). By default, the name that was typed; an alias
    /// source may return the command's own name instead.
    fn resolved_name(&self, typed: &str, command: &Command) -> String {
        let _ = command;
        typed.to_string()
    }
}

/// The registered commands, looked up by exact name.
struct Registered;

impl CommandSource for Registered {}

/// The group part of a [`Command`].
#[derive(Clone)]
pub(crate) struct GroupSpec {
    pub(crate) commands: Commands,
    pub(crate) source: Arc<dyn CommandSource>,
    pub(crate) chain: bool,
    pub(crate) invoke_without_command: bool,
    pub(crate) subcommand_metavar: Option<String>,
    pub(crate) result_callback: Option<ResultCallback>,
    pub(crate) plugins: Option<Plugins>,
}

impl Default for GroupSpec {
    /// A group with no subcommands, looked up by registered name only.
    fn default() -> Self {
        GroupSpec {
            commands: Commands::default(),
            source: Arc::new(Registered),
            chain: false,
            invoke_without_command: false,
            subcommand_metavar: None,
            result_callback: None,
            plugins: None,
        }
    }
}

impl Drop for GroupSpec {
    /// Drop nested groups one after another rather than by recursion, so
    /// that thousands of levels (built programmatically) cannot overflow
    /// the stack.
    fn drop(&mut self) {
        let mut pending: Vec<Arc<Command>> = std::mem::take(&mut self.commands.entries)
            .into_iter()
            .map(|(_, command)| command)
            .collect();
        while let Some(command) = pending.pop() {
            if let Ok(mut command) = Arc::try_unwrap(command)
                && let Some(group) = command.group.as_mut()
            {
                let entries = std::mem::take(&mut group.commands.entries);
                pending.extend(entries.into_iter().map(|(_, command)| command));
            }
        }
    }
}

impl GroupSpec {
    pub(crate) fn subcommand_metavar(&self) -> String {
        if let Some(m) = &self.subcommand_metavar {
            return m.clone();
        }
        match (self.chain, self.invoke_without_command) {
            (true, true) => "[COMMAND1] [ARGS]... [COMMAND2 [ARGS]...]...".into(),
            (true, false) => "COMMAND1 [ARGS]... [COMMAND2 [ARGS]...]...".into(),
            (false, true) => "[COMMAND] [ARGS]...".into(),
            (false, false) => "COMMAND [ARGS]...".into(),
        }
    }

    /// The names to list, from the source.
    pub(crate) fn list_commands(&self, ctx: &Context) -> Vec<String> {
        self.source.list_commands(ctx, &self.commands)
    }

    /// Look a command up through the source.
    pub(crate) fn get_command(
        &self,
        ctx: &Context,
        name: &str,
    ) -> Result<Option<Arc<Command>>, Error> {
        self.source.get_command(ctx, name, &self.commands)
    }

    /// After the group's own parameters are parsed: the first leftover
    /// argument is the subcommand (all of them, in a chain).
    pub(crate) fn after_parse(&self, ctx: &Context) {
        if self.chain {
            ctx.set_protected_args(ctx.take_args());
        } else {
            // The queue stays in place: a deep nesting of groups hands the
            // words on without copying them at every level.
            let mut rest = ctx.take_args_queue();
            if let Some(first) = rest.pop_front() {
                ctx.set_protected_args(vec![first]);
            }
            ctx.set_args(rest);
        }
    }

    /// Click's `resolve_command`: the subcommand named at the front of a
    /// queue of arguments, which is taken off it.
    pub(crate) fn resolve_front(
        &self,
        cmd: &Command,
        ctx: &Context,
        args: &mut VecDeque<OsString>,
    ) -> Result<(String, Option<Arc<Command>>), Error> {
        let Some(first) = args.pop_front() else {
            return Ok((String::new(), None));
        };
        let mut name = first.to_string_lossy().into_owned();
        let mut found = self.get_command(ctx, &name).map_err(|e| ctx.augment(e))?;
        if found.is_none() && ctx.has_token_normalize() {
            name = ctx.normalize_token(&name);
            found = self.get_command(ctx, &name).map_err(|e| ctx.augment(e))?;
        }
        if found.is_none()
            && !ctx.resilient_parsing()
            && let Some(plugins) = &self.plugins
        {
            found = (plugins.resolve)(ctx, &plugins.prefix, &name);
        }
        match found {
            Some(command) => {
                let resolved = self.source.resolved_name(&name, &command);
                Ok((resolved, Some(command)))
            }
            None if ctx.resilient_parsing() => Ok((name, None)),
            None => {
                // Bytes that are not UTF-8 show as Python's surrogate
                // escapes (`'\udcff'`), unless normalization rewrote the name.
                let shown = if *name == *first.to_string_lossy() {
                    py_repr_os(&first)
                } else {
                    py_repr(&name)
                };
                if !split_opt(&name).0.is_empty() {
                    args.push_front(first);
                    cmd.parse_args(ctx, std::mem::take(args))?;
                }
                let registered = self.commands.names();
                let suggestions =
                    close_matches(&name, registered.iter().map(String::as_str), 3, 0.6);
                let mut message = format!("No such command {shown}.");
                if !suggestions.is_empty() {
                    message.push(' ');
                    message.push_str(&format_possibilities(&suggestions));
                }
                Err(ctx.augment(Error::new(ErrorKind::NoSuchCommand, message)))
            }
        }
    }
}

/// A command with subcommands (Click's `Group`).
///
/// ```
/// use clack_core::{Command, Group, Output, testing::Runner};
/// let cli = Group::new("tool")
///     .help("A tool.")
///     .command(Command::new("hello").callback(|_| { clack_core::echo("hi"); Ok(Output::none()) }));
/// let result = Runner::new().invoke(&cli.into_command(), ["hello"]);
/// assert_eq!(result.stdout, "hi\n");
/// ```
#[derive(Clone)]
pub struct Group {
    cmd: Command,
}

impl Group {
    /// A group called `name`.
    ///
    /// ```
    /// let g = clack_core::Group::new("cli");
    /// # let _ = g;
    /// ```
    pub fn new(name: impl Into<String>) -> Self {
        let mut cmd = Command::new(name);
        cmd.group = Some(Box::default());
        Group { cmd }
    }

    fn spec(&mut self) -> &mut GroupSpec {
        self.cmd.group.get_or_insert_with(Box::default)
    }

    /// Add a subcommand under its own name.
    ///
    /// ```
    /// let g = clack_core::Group::new("cli").command(clack_core::Command::new("run"));
    /// # let _ = g;
    /// ```
    pub fn command(self, command: impl Into<Command>) -> Self {
        let command = command.into();
        let name = command.name().to_string();
        self.command_as(&name, command)
    }

    /// Add a subcommand under another name.
    ///
    /// ```
    /// let g = clack_core::Group::new("cli").command_as("ls", clack_core::Command::new("list"));
    /// # let _ = g;
    /// ```
    pub fn command_as(mut self, name: &str, command: impl Into<Command>) -> Self {
        self.add_command(name, command);
        self
    }

    /// Add a subcommand to an existing group (Click's `add_command`).
    ///
    /// ```
    /// let mut g = clack_core::Group::new("cli");
    /// g.add_command("run", clack_core::Command::new("run"));
    /// ```
    pub fn add_command(&mut self, name: &str, command: impl Into<Command>) {
        let command = command.into();
        self.spec().commands.insert(name, command);
    }

    /// Run several subcommands in one invocation (`tool a x b y`).
    ///
    /// ```
    /// let g = clack_core::Group::new("pipe").chain(true);
    /// # let _ = g;
    /// ```
    pub fn chain(mut self, yes: bool) -> Self {
        self.spec().chain = yes;
        self
    }

    /// Run the group's callback when no subcommand is given.
    ///
    /// ```
    /// let g = clack_core::Group::new("cli").invoke_without_command(true);
    /// # let _ = g;
    /// ```
    pub fn invoke_without_command(mut self, yes: bool) -> Self {
        self.spec().invoke_without_command = yes;
        self
    }

    /// What the usage line shows for the subcommand (`COMMAND [ARGS]...`).
    ///
    /// ```
    /// let g = clack_core::Group::new("cli").subcommand_metavar("TASK");
    /// # let _ = g;
    /// ```
    pub fn subcommand_metavar(mut self, metavar: impl Into<String>) -> Self {
        self.spec().subcommand_metavar = Some(metavar.into());
        self
    }

    /// Receive what the subcommands returned, after they ran.
    ///
    /// ```
    /// let g = clack_core::Group::new("cli").result_callback(|_ctx, results| {
    ///     Ok(clack_core::Output::new(results.len()))
    /// });
    /// # let _ = g;
    /// ```
    pub fn result_callback(
        mut self,
        f: impl Fn(&Context, Vec<Output>) -> Result<Output, Error> + Send + Sync + 'static,
    ) -> Self {
        self.spec().result_callback = Some(Arc::new(f));
        self
    }

    /// Look subcommands up through `source` (aliases, prefixes, lazily
    /// built commands, plugins).
    ///
    /// ```
    /// struct Everything;
    /// impl clack_core::group::CommandSource for Everything {}
    /// let g = clack_core::Group::new("cli").source(Everything);
    /// # let _ = g;
    /// ```
    pub fn source(mut self, source: impl CommandSource) -> Self {
        self.spec().source = Arc::new(source);
        self
    }

    /// Run `prog NAME args...` as the executable `prog-NAME` from `PATH`
    /// when `NAME` is no command of the group (git- and cargo-style plugins,
    /// beyond Click). `prog` is the name the group was invoked as; the
    /// plugins are listed in help under "External commands".
    ///
    /// ```
    /// let g = clack_core::Group::new("tool").external_plugins(true);
    /// # let _ = g;
    /// ```
    pub fn external_plugins(mut self, yes: bool) -> Self {
        self.spec().plugins = yes.then(|| Plugins::new(PluginPrefix::FromName));
        self
    }

    /// Like [`external_plugins`](Group::external_plugins), with a fixed
    /// executable-name prefix (`"git-"` finds `git-foo` for `foo`).
    ///
    /// ```
    /// let g = clack_core::Group::new("tool").external_plugins_prefix("tool-");
    /// # let _ = g;
    /// ```
    pub fn external_plugins_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.spec().plugins = Some(Plugins::new(PluginPrefix::Fixed(prefix.into())));
        self
    }

    /// Apply a [`Command`] builder method to the group's own command (help,
    /// parameters, callback, settings).
    ///
    /// ```
    /// let g = clack_core::Group::new("cli").with(|c| c.help("A tool.").version("1.0"));
    /// # let _ = g;
    /// ```
    pub fn with(mut self, f: impl FnOnce(Command) -> Command) -> Self {
        self.cmd = f(self.cmd);
        self
    }

    /// Set the help text.
    ///
    /// ```
    /// let g = clack_core::Group::new("cli").help("A tool.");
    /// # let _ = g;
    /// ```
    pub fn help(self, text: impl Into<String>) -> Self {
        self.with(|c| c.help(text))
    }

    /// Add a parameter to the group itself.
    ///
    /// ```
    /// let g = clack_core::Group::new("cli").param(clack_core::Opt::new("--verbose").flag());
    /// # let _ = g;
    /// ```
    pub fn param(self, param: impl Into<crate::Param>) -> Self {
        self.with(|c| c.param(param))
    }

    /// The group's callback, run before its subcommand.
    ///
    /// ```
    /// let g = clack_core::Group::new("cli").callback(|_ctx| Ok(clack_core::Output::none()));
    /// # let _ = g;
    /// ```
    pub fn callback(
        self,
        f: impl Fn(&Context) -> Result<Output, Error> + Send + Sync + 'static,
    ) -> Self {
        self.with(|c| c.callback(f))
    }

    /// The finished command.
    ///
    /// ```
    /// let cmd = clack_core::Group::new("cli").into_command();
    /// assert!(cmd.is_group());
    /// ```
    pub fn into_command(self) -> Command {
        self.cmd
    }

    /// Run as the program (see [`Command::main`]).
    ///
    /// ```no_run
    /// use clack_core::{Command, Group};
    ///
    /// // The whole of a program's `main`:
    /// Group::new("tool").command(Command::new("sync")).main()
    /// ```
    pub fn main(self) -> ! {
        self.cmd.main()
    }
}

impl From<Group> for Command {
    fn from(g: Group) -> Command {
        g.cmd
    }
}

impl Command {
    /// The subcommand called `name`, for a group.
    ///
    /// # Errors
    /// Whatever the group's [`CommandSource`] reports.
    ///
    /// ```
    /// use clack_core::{Command, Context, Group};
    ///
    /// let cli = Group::new("tool").command(Command::new("sync")).into_command();
    /// let ctx = Context::new(cli.clone(), "tool");
    /// assert_eq!(cli.get_command(&ctx, "sync")?.map(|c| c.name().to_string()).as_deref(), Some("sync"));
    /// assert!(cli.get_command(&ctx, "nope")?.is_none());
    /// # Ok::<(), clack_core::Error>(())
    /// ```
    pub fn get_command(&self, ctx: &Context, name: &str) -> Result<Option<Arc<Command>>, Error> {
        match &self.group {
            Some(g) => g.get_command(ctx, name),
            None => Ok(None),
        }
    }

    /// The names of a group's subcommands, in listing order (empty for a
    /// plain command).
    ///
    /// ```
    /// use clack_core::{Command, Context, Group};
    ///
    /// let cli = Group::new("tool").command(Command::new("sync")).command(Command::new("add")).into_command();
    /// let ctx = Context::new(cli.clone(), "tool");
    /// assert_eq!(cli.list_commands(&ctx), ["add", "sync"]);
    /// ```
    pub fn list_commands(&self, ctx: &Context) -> Vec<String> {
        match &self.group {
            Some(g) => g.list_commands(ctx),
            None => Vec::new(),
        }
    }

    /// Whether this is a chained group.
    ///
    /// ```
    /// assert!(clack_core::Group::new("x").chain(true).into_command().is_chain());
    /// ```
    pub fn is_chain(&self) -> bool {
        self.group.as_ref().is_some_and(|g| g.chain)
    }
}
