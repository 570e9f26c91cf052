//! Commands: parameters, help, a callback, and how they run.
//!
//! [`Command`] is Click's `Command` (and, with subcommands, its `Group`; see
//! [`Group`](crate::Group)). [`Command::make_context`] parses a command line
//! into a [`Context`]; [`Command::invoke`] runs the callback;
//! [`Command::main`] does both for the process's arguments and turns errors
//! into Click's messages and exit codes.

use std::collections::VecDeque;
use std::ffi::OsString;
use std::rc::Rc;
use std::sync::{Arc, OnceLock};

mod argfile;
mod call;
mod check;
mod early;
pub mod group;
mod invoke;
pub(crate) mod plugins;
mod relations;
pub(crate) mod table;

use group::GroupSpec;
use table::ParamTable;

use crate::context::{CommandView, ContextSettings, Entered, settings};
use crate::io::Io;
use crate::param::{Opt, Param};
use crate::parser::{self, OptionIndex, ParserSettings};
use crate::{Context, Error, ErrorKind, Output};

/// A command callback: reads its values from the context and returns what
/// the command produced (for a group's result callback), or an error.
pub type Callback = Arc<dyn Fn(&Context) -> Result<Output, Error> + Send + Sync>;

/// A hook run before a command's arguments are parsed (to load `.env`
/// files, set up logging, ...).
pub type BeforeParse = Arc<dyn Fn(&Context) -> Result<(), Error> + Send + Sync>;

pub use early::ParseArgsHook;

/// A command: its parameters, help and callback (Click's `Command`).
///
/// ```
/// use clack_core::{Command, Opt, Output};
/// let cmd = Command::new("hello")
///     .help("Say hello.")
///     .param(Opt::new("--name").default("World"))
///     .callback(|ctx| {
///         let name: String = ctx.take_required("name")?;
///         clack_core::echo(format!("Hello, {name}!"));
///         Ok(Output::none())
///     });
/// let result = clack_core::testing::Runner::new().invoke(&cmd, ["--name", "Ada"]);
/// assert_eq!(result.stdout, "Hello, Ada!\n");
/// ```
#[derive(Clone)]
pub struct Command {
    pub(crate) name: String,
    /// Shared between clones: cloning a command is cheap.
    pub(crate) params: Arc<Vec<Param>>,
    /// Built on first use and shared by clones; replaced by an empty cell
    /// when the parameters change.
    pub(crate) table: Arc<OnceLock<Arc<ParamTable>>>,
    pub(crate) callback: Option<Callback>,
    pub(crate) help: Option<String>,
    pub(crate) epilog: Option<String>,
    pub(crate) short_help: Option<String>,
    pub(crate) options_metavar: Option<String>,
    pub(crate) add_help_option: bool,
    pub(crate) no_args_is_help: Option<bool>,
    pub(crate) hidden: bool,
    pub(crate) deprecated: Option<Option<String>>,
    pub(crate) context_settings: ContextSettings,
    pub(crate) before_parse: Vec<BeforeParse>,
    pub(crate) parse_args_hooks: Vec<ParseArgsHook>,
    pub(crate) group: Option<Box<GroupSpec>>,
    /// Hand every argument to the callback unparsed (plugin commands).
    pub(crate) raw_args: bool,
    /// Styles of help and errors, inherited by subcommands.
    pub(crate) styles: Option<Arc<crate::layout::styles::Styles>>,
    /// Constraints and option groups, when the command declares any.
    pub(crate) declared: Option<Box<crate::constraint::Declared>>,
}

impl Command {
    /// A command called `name`, with no parameters and no callback.
    ///
    /// ```
    /// assert_eq!(clack_core::Command::new("x").name(), "x");
    /// ```
    pub fn new(name: impl Into<String>) -> Self {
        Command {
            name: name.into(),
            params: Arc::default(),
            table: Arc::default(),
            callback: None,
            help: None,
            epilog: None,
            short_help: None,
            options_metavar: Some("[OPTIONS]".into()),
            add_help_option: true,
            no_args_is_help: None,
            hidden: false,
            deprecated: None,
            context_settings: ContextSettings::default(),
            before_parse: Vec::new(),
            parse_args_hooks: Vec::new(),
            group: None,
            raw_args: false,
            styles: None,
            declared: None,
        }
    }

    /// The command's name.
    ///
    /// ```
    /// assert_eq!(clack_core::Command::new("init-db").name(), "init-db");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Rename the command.
    ///
    /// ```
    /// assert_eq!(clack_core::Command::new("a").with_name("b").name(), "b");
    /// ```
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = name.into();
        self
    }

    /// Add a parameter (an [`Opt`] or an [`Arg`](crate::Arg)).
    ///
    /// ```
    /// let cmd = clack_core::Command::new("x").param(clack_core::Opt::new("--n"));
    /// assert_eq!(cmd.params_list().len(), 1);
    /// ```
    pub fn param(mut self, param: impl Into<Param>) -> Self {
        Arc::make_mut(&mut self.params).push(param.into());
        self.reset_table();
        self
    }

    /// Add several parameters (from a reusable set, say).
    ///
    /// ```
    /// use clack_core::{Command, Opt, Param};
    /// let common: Vec<Param> = vec![Opt::new("--verbose").flag().into()];
    /// let cmd = Command::new("x").params(common);
    /// assert_eq!(cmd.params_list().len(), 1);
    /// ```
    pub fn params<P: Into<Param>>(mut self, params: impl IntoIterator<Item = P>) -> Self {
        Arc::make_mut(&mut self.params).extend(params.into_iter().map(Into::into));
        self.reset_table();
        self
    }

    /// The declared parameters (without the automatic help option).
    ///
    /// ```
    /// assert!(clack_core::Command::new("x").params_list().is_empty());
    /// ```
    pub fn params_list(&self) -> &[Param] {
        &self.params
    }

    /// The function run when the command is invoked.
    ///
    /// ```
    /// let cmd = clack_core::Command::new("x").callback(|_ctx| Ok(clack_core::Output::none()));
    /// # let _ = cmd;
    /// ```
    pub fn callback(
        mut self,
        f: impl Fn(&Context) -> Result<Output, Error> + Send + Sync + 'static,
    ) -> Self {
        self.callback = Some(Arc::new(f));
        self
    }

    /// The help text; its first sentence is the short help in a group's
    /// command list. Text after a form feed (`\x0c`) is not shown.
    ///
    /// ```
    /// let cmd = clack_core::Command::new("x").help("Do x.\n\nIn detail.");
    /// # let _ = cmd;
    /// ```
    pub fn help(mut self, text: impl Into<String>) -> Self {
        self.help = Some(text.into());
        self
    }

    /// Text shown after the options.
    ///
    /// ```
    /// let cmd = clack_core::Command::new("x").epilog("See the manual.");
    /// # let _ = cmd;
    /// ```
    pub fn epilog(mut self, text: impl Into<String>) -> Self {
        self.epilog = Some(text.into());
        self
    }

    /// The text shown in a group's command list, instead of the first
    /// sentence of the help.
    ///
    /// ```
    /// let cmd = clack_core::Command::new("x").short_help("Make the list empty.");
    /// # let _ = cmd;
    /// ```
    pub fn short_help(mut self, text: impl Into<String>) -> Self {
        self.short_help = Some(text.into());
        self
    }

    /// What the usage line shows for the options (`[OPTIONS]`); `None`
    /// shows nothing.
    ///
    /// ```
    /// let cmd = clack_core::Command::new("x").options_metavar(Some("[OPTS]"));
    /// # let _ = cmd;
    /// ```
    pub fn options_metavar(mut self, text: Option<&str>) -> Self {
        self.options_metavar = text.map(str::to_string);
        self
    }

    /// Whether `--help` is added (default yes).
    ///
    /// ```
    /// let cmd = clack_core::Command::new("x").add_help_option(false);
    /// # let _ = cmd;
    /// ```
    pub fn add_help_option(mut self, yes: bool) -> Self {
        self.add_help_option = yes;
        self.reset_table();
        self
    }

    /// Show the help page (on stderr, exit 2) when run without arguments.
    ///
    /// ```
    /// let cmd = clack_core::Command::new("x").no_args_is_help(true);
    /// # let _ = cmd;
    /// ```
    pub fn no_args_is_help(mut self, yes: bool) -> Self {
        self.no_args_is_help = Some(yes);
        self
    }

    /// Leave the command out of its group's help and completion.
    ///
    /// ```
    /// let cmd = clack_core::Command::new("x").hidden(true);
    /// assert!(cmd.is_hidden());
    /// ```
    pub fn hidden(mut self, yes: bool) -> Self {
        self.hidden = yes;
        self
    }

    /// Whether the command is hidden.
    ///
    /// ```
    /// assert!(!clack_core::Command::new("x").is_hidden());
    /// ```
    pub fn is_hidden(&self) -> bool {
        self.hidden
    }

    /// Mark the command deprecated: `(DEPRECATED)` in help and a warning
    /// when it runs.
    ///
    /// ```
    /// let cmd = clack_core::Command::new("old").deprecated();
    /// # let _ = cmd;
    /// ```
    pub fn deprecated(mut self) -> Self {
        self.deprecated = Some(None);
        self
    }

    /// Mark the command deprecated with a reason.
    ///
    /// ```
    /// let cmd = clack_core::Command::new("old").deprecated_because("use new");
    /// # let _ = cmd;
    /// ```
    pub fn deprecated_because(mut self, reason: impl Into<String>) -> Self {
        self.deprecated = Some(Some(reason.into()));
        self
    }

    /// Settings for the command's context (Click's `context_settings`).
    ///
    /// ```
    /// use clack_core::{Command, ContextSettings};
    /// let cmd = Command::new("x").context_settings(ContextSettings::new().help_option_names(["-h", "--help"]));
    /// # let _ = cmd;
    /// ```
    pub fn context_settings(mut self, settings: ContextSettings) -> Self {
        self.context_settings = settings;
        self
    }

    /// Shorthand for the `help_option_names` context setting.
    ///
    /// ```
    /// let cmd = clack_core::Command::new("x").help_option_names(["-h", "--help"]);
    /// # let _ = cmd;
    /// ```
    pub fn help_option_names<I, S>(mut self, names: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.context_settings = self.context_settings.help_option_names(names);
        self
    }

    /// Run `hook` with the new context before the command's arguments are
    /// parsed (to load an env file, for instance).
    ///
    /// ```
    /// let cmd = clack_core::Command::new("x").before_parse(|ctx| {
    ///     ctx.io().env().set_default("APP_MODE", "dev");
    ///     Ok(())
    /// });
    /// # let _ = cmd;
    /// ```
    pub fn before_parse(
        mut self,
        hook: impl Fn(&Context) -> Result<(), Error> + Send + Sync + 'static,
    ) -> Self {
        self.before_parse.push(Arc::new(hook));
        self
    }

    /// Add `--version` (Click's `version_option`): prints
    /// `prog, version X` and exits.
    ///
    /// ```
    /// let cmd = clack_core::Command::new("x").version("1.0.0");
    /// # let _ = cmd;
    /// ```
    pub fn version(self, version: &str) -> Self {
        self.param(version_option(version, None, None))
    }

    /// A context for this command, its settings resolved from the
    /// caller's, the command's own and the parent's (Click's
    /// `Context.__init__`). Nothing is parsed.
    pub(crate) fn new_context(
        self: &Arc<Self>,
        info_name: Option<String>,
        parent: Option<&Context>,
        io: Rc<Io>,
        extra: &ContextSettings,
    ) -> Context {
        let resolved = settings::resolve(
            &self.context_settings,
            self.group.is_some(),
            info_name.as_deref(),
            parent,
            extra,
        );
        let view: Arc<dyn CommandView> = self.clone();
        let ctx = Context::create(
            view,
            info_name,
            parent,
            io,
            resolved,
            // The caller's setting (completion's) or the command's own.
            extra
                .resilient_parsing
                .or(self.context_settings.resilient_parsing)
                .unwrap_or(false),
        );
        // The caller's objects after the command's: of one type, the
        // caller's wins.
        for seed in self.context_settings.objects.iter().chain(&extra.objects) {
            seed(&ctx);
        }
        ctx
    }

    /// Whether the command has subcommands.
    ///
    /// ```
    /// assert!(!clack_core::Command::new("x").is_group());
    /// ```
    pub fn is_group(&self) -> bool {
        self.group.is_some()
    }

    pub(crate) fn no_args_is_help_value(&self) -> bool {
        match (self.no_args_is_help, &self.group) {
            (Some(v), _) => v,
            (None, Some(g)) => !g.invoke_without_command,
            (None, None) => false,
        }
    }

    /// Parse `args` into a new context for this command (Click's
    /// `make_context`). The callback does not run.
    ///
    /// # Errors
    /// Usage errors, and any error from parameter callbacks (such as
    /// `--help`, which exits with code 0 after printing the help).
    ///
    /// ```
    /// use std::{rc::Rc, sync::Arc};
    /// use clack_core::{Command, ContextSettings, Opt, io::Io};
    ///
    /// let cmd = Arc::new(Command::new("tool").param(Opt::new("--level").value_type::<u8>()));
    /// let io = Rc::new(Io::captured(""));
    /// let ctx = cmd.make_context("tool", vec!["--level".into(), "3".into()], None, io, &ContextSettings::new())?;
    /// assert_eq!(ctx.get::<u8>("level")?, Some(3));
    /// # Ok::<(), clack_core::Error>(())
    /// ```
    pub fn make_context(
        self: &Arc<Self>,
        info_name: &str,
        args: Vec<OsString>,
        parent: Option<&Context>,
        io: Rc<Io>,
        settings: &ContextSettings,
    ) -> Result<Context, Error> {
        self.make_context_from(info_name, args.into(), parent, io, settings)
    }

    /// [`Command::make_context`] for arguments in a queue (a chain's
    /// commands take theirs from the front of one).
    pub(crate) fn make_context_from(
        self: &Arc<Self>,
        info_name: &str,
        args: VecDeque<OsString>,
        parent: Option<&Context>,
        io: Rc<Io>,
        settings: &ContextSettings,
    ) -> Result<Context, Error> {
        let ctx = self.new_context(Some(info_name.to_string()), parent, io, settings);
        let _guard = ctx.enter();
        for hook in &self.before_parse {
            hook(&ctx).map_err(|e| ctx.augment(e))?;
        }
        // `@file` arguments are expanded once, for the whole command line.
        let args = match ctx.settings().argument_files {
            Some(mode) if parent.is_none() => argfile::expand(&ctx, mode, args)?,
            _ => args,
        };
        let args = early::run_hooks(self, &ctx, args)?;
        self.parse_args(&ctx, args)?;
        Ok(ctx)
    }

    /// Parse arguments into `ctx` (Click's `parse_args`).
    pub(crate) fn parse_args(&self, ctx: &Context, args: VecDeque<OsString>) -> Result<(), Error> {
        if self.raw_args {
            ctx.set_args(args);
            return Ok(());
        }
        let params = self.all_params(ctx);
        if let Some(problem) = params.problem() {
            return Err(Error::declaration(&ctx.command_path(), problem));
        }
        if args.is_empty() && self.no_args_is_help_value() && !ctx.resilient_parsing() {
            return Err(Error::new(ErrorKind::NoArgsIsHelp, ctx.help_for(true)));
        }
        let settings = ctx.settings();
        let normalize = settings.token_normalize.clone();
        let normalize_ref = normalize.as_deref().map(|f| f as &dyn Fn(&str) -> String);
        let parser_settings = ParserSettings {
            allow_interspersed_args: settings.allow_interspersed_args,
            ignore_unknown_options: settings.ignore_unknown_options,
            resilient: ctx.resilient_parsing(),
            normalize: normalize_ref,
        };
        // The shared index holds the names as declared; a normalizer needs
        // one of its own.
        let normalized;
        let index = match normalize_ref {
            Some(f) => {
                normalized = OptionIndex::new(&params, Some(f));
                &normalized
            }
            None => params.index(),
        };
        let mut parsed = parser::parse(&params, index, args, &parser_settings).map_err(|e| {
            if e.is_contextualized() {
                e
            } else {
                ctx.augment(e)
            }
        })?;
        ctx.add_opt_prefixes(index.prefixes());
        ctx.open_slots(params.iter().map(|p| p.name.clone()));
        let order = processing_order(&parsed.order, &params);
        for (k, &index) in order.iter().enumerate() {
            let param = &params[index];
            let shared_later = order[k + 1..]
                .iter()
                .any(|&j| params[j].name() == param.name());
            let raw = parsed.take(param.name(), !shared_later);
            param.handle_parse_result(ctx, raw)?;
        }
        let rest = std::mem::take(&mut parsed.rest);
        if !rest.is_empty() && !ctx.settings().allow_extra_args && !ctx.resilient_parsing() {
            let words = rest
                .iter()
                .map(|a| a.to_string_lossy())
                .collect::<Vec<_>>()
                .join(" ");
            let noun = if rest.len() == 1 {
                "argument"
            } else {
                "arguments"
            };
            return Err(ctx.fail(format!("Got unexpected extra {noun} ({words})")));
        }
        crate::constraint::check(params.constraints(), &params, ctx)?;
        ctx.set_args(rest);
        if let Some(group) = &self.group {
            group.after_parse(ctx);
        }
        Ok(())
    }

    /// Run the command in a parsed context: a deprecation warning if it is
    /// deprecated, then its callback (and, for a group, its subcommands).
    ///
    /// # Errors
    /// Whatever the callback (or a subcommand) returns.
    ///
    /// ```
    /// use std::{rc::Rc, sync::Arc};
    /// use clack_core::{Command, ContextSettings, Output, io::Io};
    ///
    /// let cmd = Arc::new(Command::new("answer").callback(|_| Ok(Output::new(42u8))));
    /// let ctx = cmd.make_context("answer", vec![], None, Rc::new(Io::captured("")), &ContextSettings::new())?;
    /// let out = cmd.invoke(&ctx)?;
    /// assert_eq!(out.downcast::<u8>().ok(), Some(42));
    /// # Ok::<(), clack_core::Error>(())
    /// ```
    pub fn invoke(&self, ctx: &Context) -> Result<Output, Error> {
        match &self.group {
            Some(group) => group.invoke(self, ctx),
            None => self.invoke_callback(ctx),
        }
    }

    /// The deprecation warning and the callback, without subcommands.
    pub(crate) fn invoke_callback(&self, ctx: &Context) -> Result<Output, Error> {
        if let Some(reason) = &self.deprecated {
            let extra = reason.as_ref().map(|r| format!(" {r}")).unwrap_or_default();
            crate::termui::secho_err_red(
                ctx,
                &format!(
                    "DeprecationWarning: The command {} is deprecated.{extra}",
                    crate::compat::repr::py_repr(&self.name)
                ),
            );
        }
        self.run_callback(ctx).map_err(|e| ctx.augment(e))
    }

    pub(crate) fn run_callback(&self, ctx: &Context) -> Result<Output, Error> {
        match &self.callback {
            Some(cb) => {
                let _guard: Entered = ctx.enter();
                cb(ctx)
            }
            None => Ok(Output::none()),
        }
    }
}

/// Parameters in the order Click processes them: eager ones first, then in
/// order of first appearance on the command line, then the rest in
/// declaration order.
fn processing_order(order: &[usize], params: &[Param]) -> Vec<usize> {
    let mut first_seen = vec![usize::MAX; params.len()];
    for (pos, &i) in order.iter().enumerate() {
        if let Some(slot) = first_seen.get_mut(i)
            && *slot == usize::MAX
        {
            *slot = pos;
        }
    }
    let mut indices: Vec<usize> = (0..params.len()).collect();
    crate::order::sort_by_key(&mut indices, |&i| (!params[i].is_eager(), first_seen[i]));
    indices
}

/// A `--version` option (Click's `version_option`): prints `message` with
/// `%(prog)s` and `%(version)s` filled in (default
/// `%(prog)s, version %(version)s`) and exits. `prog_name` defaults to the
/// program name.
///
/// ```
/// use clack_core::{Command, version_option};
/// let cmd = Command::new("webapp").param(version_option("3.1.0", Some("webapp"), Some("%(prog)s %(version)s")));
/// # let _ = cmd;
/// ```
pub fn version_option(version: &str, prog_name: Option<&str>, message: Option<&str>) -> Opt {
    version_option_named(&["--version"], version, prog_name, message)
}

/// [`version_option`] under other names (Click's `param_decls`), such as
/// `-V` and `--version`.
///
/// ```
/// use clack_core::{Command, testing::Runner, version_option_named};
/// let cmd = Command::new("tool")
///     .param(version_option_named(&["-V", "--version"], "2.0", None, Some("%(prog)s %(version)s")));
/// assert_eq!(Runner::new().invoke(&cmd, ["-V"]).stdout, "tool 2.0\n");
/// ```
pub fn version_option_named(
    names: &[&str],
    version: &str,
    prog_name: Option<&str>,
    message: Option<&str>,
) -> Opt {
    let version = version.to_string();
    let prog_name = prog_name.map(str::to_string);
    let message = message
        .unwrap_or("%(prog)s, version %(version)s")
        .to_string();
    Opt::new(names)
        .flag()
        .expose_value(false)
        .is_eager(true)
        .help("Show the version and exit.")
        .callback(move |ctx: &Context, _param: &Param, value: Option<bool>| {
            if value != Some(true) || ctx.resilient_parsing() {
                return Ok(value);
            }
            let prog = prog_name
                .clone()
                .unwrap_or_else(|| ctx.find_root().info_name().unwrap_or("").to_string());
            let text = message
                .replace("%(prog)s", &prog)
                .replace("%(package)s", &prog)
                .replace("%(version)s", &version);
            crate::echo::echo_to(ctx.io(), &text, false, ctx.color());
            Err(ctx.exit(0))
        })
}

impl Context {
    /// A root context for `command`, named `info_name`, with the process's
    /// streams and the command's own settings. Nothing is parsed; see
    /// [`Command::make_context`] for that.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("tool"), "tool");
    /// assert_eq!(ctx.info_name(), Some("tool"));
    /// ```
    pub fn new(command: Command, info_name: &str) -> Context {
        Arc::new(command).new_context(
            Some(info_name.to_string()),
            None,
            Rc::new(Io::process()),
            &ContextSettings::default(),
        )
    }

    /// The command this context runs.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert_eq!(ctx.command().name(), "x");
    /// ```
    pub fn command(&self) -> &Command {
        // Every context is made by `Command::new_context`, so its view is a
        // `Command`; the fallback keeps this total all the same.
        match self.view().as_any().downcast_ref::<Command>() {
            Some(command) => command,
            None => unknown_command(),
        }
    }

    /// The command this context runs, shared.
    #[cfg(feature = "completion")]
    pub(crate) fn command_arc(&self) -> Arc<Command> {
        match self.view().clone().into_any().downcast::<Command>() {
            Ok(command) => command,
            Err(_) => Arc::new(unknown_command().clone()),
        }
    }
}

/// A command with no name, for a context whose command cannot be read
/// back (which `Command::new_context` rules out).
#[cold]
fn unknown_command() -> &'static Command {
    static UNKNOWN: OnceLock<Command> = OnceLock::new();
    UNKNOWN.get_or_init(|| Command::new(""))
}
