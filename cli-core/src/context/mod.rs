//! The context of one command invocation, and the tree they form.
//!
//! A [`Context`] is created for every command that runs: it holds the
//! command, its parsed values and their [`ParameterSource`]s, the leftover
//! arguments, the settings inherited from its parent, typed objects that a
//! group hands to its commands, close callbacks, and the [`Io`] everything
//! reads and writes through. Contexts are cheap handles (`Clone` shares the
//! same context); the innermost one is reachable from anywhere on the thread
//! with [`current`] (Click's `get_current_context`).

mod defaults;
mod objects;
pub(crate) mod settings;
mod values;

use std::any::Any;
use std::borrow::Cow;
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::ffi::OsString;
use std::rc::Rc;
use std::sync::Arc;

pub use objects::Obj;
pub use settings::{ContextSettings, DefaultEntry, DefaultMap, TokenNormalizer};

use crate::error::UsageInfo;
use crate::io::Io;
use crate::{Error, Value};

/// Where a parameter's value came from, from most to least explicit
/// (Click's `ParameterSource`); the order makes `<` meaningful.
///
/// ```
/// use clack_core::ParameterSource;
/// assert!(ParameterSource::CommandLine < ParameterSource::Default);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ParameterSource {
    /// Answered at a prompt.
    Prompt,
    /// Given on the command line.
    CommandLine,
    /// Read from an environment variable.
    Environment,
    /// Taken from the context's `default_map`.
    DefaultMap,
    /// The parameter's own default.
    Default,
}

impl ParameterSource {
    /// The name Click uses (`COMMANDLINE`, `ENVIRONMENT`, ...).
    ///
    /// ```
    /// assert_eq!(clack_core::ParameterSource::Environment.name(), "ENVIRONMENT");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            ParameterSource::Prompt => "PROMPT",
            ParameterSource::CommandLine => "COMMANDLINE",
            ParameterSource::Environment => "ENVIRONMENT",
            ParameterSource::DefaultMap => "DEFAULT_MAP",
            ParameterSource::Default => "DEFAULT",
        }
    }
}

/// What a context needs from the command it runs. Contexts hold their
/// command through this interface, which `Command` implements in the layers
/// above (usage and help in `help`), so that this state layer depends on
/// none of them.
pub(crate) trait CommandView: Any + Send + Sync {
    /// The command itself, for the layers that know its type.
    fn as_any(&self) -> &dyn Any;
    /// The same, shared (completion keeps the command of each context).
    #[cfg(feature = "completion")]
    fn into_any(self: Arc<Self>) -> Arc<dyn Any + Send + Sync>;
    /// The command's name (for `Debug`).
    fn name(&self) -> &str;
    /// The usage line (`Usage: prog [OPTIONS] NAME`).
    fn usage_line(&self, ctx: &Context) -> String;
    /// The usage line and the help hint, for usage errors.
    fn usage_info(&self, ctx: &Context) -> UsageInfo;
    /// The whole help page.
    fn help_page(&self, ctx: &Context) -> String;
    /// The help page for standard output (or error, with `err`): styled
    /// when the context has styles and colour is on for the stream.
    fn help_page_for(&self, ctx: &Context, err: bool) -> String;
    /// What the command's arguments add to a subcommand's path
    /// (`edge.py INST sub`).
    fn usage_pieces(&self, ctx: &Context) -> Vec<String>;
}

type CloseCallback = Box<dyn FnOnce(bool)>;

/// Settings resolved for one context (inherited from the parent, then the
/// command's own, then the caller's).
#[derive(Clone)]
pub(crate) struct Resolved {
    pub(crate) auto_envvar_prefix: Option<String>,
    pub(crate) default_map: Option<DefaultMap>,
    pub(crate) terminal_width: Option<usize>,
    pub(crate) max_content_width: Option<usize>,
    pub(crate) allow_extra_args: bool,
    pub(crate) allow_interspersed_args: bool,
    pub(crate) ignore_unknown_options: bool,
    pub(crate) help_option_names: Arc<[String]>,
    pub(crate) token_normalize: Option<TokenNormalizer>,
    pub(crate) color: Option<bool>,
    pub(crate) show_default: Option<bool>,
    pub(crate) argument_files: Option<settings::ArgFiles>,
}

struct State {
    /// One slot per parameter, in the order of the command's parameter
    /// table (a command has few parameters: a linear search by name beats
    /// hashing, and generated code reaches a slot by its index).
    slots: values::Slots,
    /// A queue, so that a chain of commands hands the arguments after
    /// each one to the next without copying them.
    args: VecDeque<OsString>,
    protected_args: Vec<OsString>,
    invoked_subcommand: Option<String>,
    objects: Vec<Rc<dyn Any>>,
    close_callbacks: Vec<CloseCallback>,
    /// Every option prefix seen on the way down (`-` and `--` need no
    /// allocation).
    opt_prefixes: Vec<Cow<'static, str>>,
}

struct Inner {
    parent: Option<Context>,
    command: Arc<dyn CommandView>,
    info_name: Option<String>,
    io: Rc<Io>,
    meta: Rc<RefCell<HashMap<String, Value>>>,
    settings: Resolved,
    resilient_parsing: Cell<bool>,
    state: RefCell<State>,
    /// The default map the parameters look values up in: the settings'
    /// (or the parent's nested one) at first, then whatever a callback or
    /// a config option installs while parsing.
    default_map: RefCell<Option<Rc<DefaultMap>>>,
    /// The configuration file a config option loaded defaults from.
    config_path: OnceCell<std::path::PathBuf>,
}

impl Drop for Inner {
    /// Drop a chain of parents one after another rather than by
    /// recursion: contexts thousands of groups deep must not overflow the
    /// stack.
    fn drop(&mut self) {
        let mut parent = self.parent.take();
        while let Some(Context(inner)) = parent {
            parent = Rc::try_unwrap(inner)
                .ok()
                .and_then(|mut inner| inner.parent.take());
        }
    }
}

/// The state of one command invocation (Click's `Context`).
///
/// ```
/// use clack_core::{Command, Context};
/// let cmd = Command::new("hello");
/// let ctx = Context::new(cmd, "hello");
/// assert_eq!(ctx.command_path(), "hello");
/// assert!(ctx.parent().is_none());
/// ```
#[derive(Clone)]
pub struct Context(Rc<Inner>);

thread_local! {
    static STACK: RefCell<Vec<Context>> = const { RefCell::new(Vec::new()) };
}

/// The innermost context on this thread, if a command is running (Click's
/// `get_current_context(silent=True)`).
///
/// ```
/// assert!(clack_core::context::current().is_none());
/// ```
pub fn current() -> Option<Context> {
    STACK.with(|s| s.borrow().last().cloned())
}

/// Pops the context pushed by [`Context::enter`] when dropped.
pub(crate) struct Entered;

impl Drop for Entered {
    fn drop(&mut self) {
        STACK.with(|s| {
            s.borrow_mut().pop();
        });
    }
}

impl Context {
    /// A context for `command`, with settings already resolved (see
    /// [`settings::resolve`]).
    pub(crate) fn create(
        command: Arc<dyn CommandView>,
        info_name: Option<String>,
        parent: Option<&Context>,
        io: Rc<Io>,
        mut settings: Resolved,
        resilient: bool,
    ) -> Context {
        let default_map = settings.default_map.take().map(Rc::new);
        let resilient = resilient || parent.is_some_and(|p| p.resilient_parsing());
        let opt_prefixes = parent
            .map(|p| p.0.state.borrow().opt_prefixes.clone())
            .unwrap_or_default();
        Context(Rc::new(Inner {
            parent: parent.cloned(),
            command,
            info_name,
            meta: parent.map(|p| p.0.meta.clone()).unwrap_or_default(),
            io,
            settings,
            resilient_parsing: Cell::new(resilient),
            default_map: RefCell::new(default_map),
            config_path: OnceCell::new(),
            state: RefCell::new(State {
                slots: values::Slots::default(),
                args: VecDeque::new(),
                protected_args: Vec::new(),
                invoked_subcommand: None,
                objects: Vec::new(),
                close_callbacks: Vec::new(),
                opt_prefixes,
            }),
        }))
    }

    /// The command this context runs, as the layers above see it.
    pub(crate) fn view(&self) -> &Arc<dyn CommandView> {
        &self.0.command
    }

    /// Make this the current context until the guard drops.
    pub(crate) fn enter(&self) -> Entered {
        STACK.with(|s| s.borrow_mut().push(self.clone()));
        Entered
    }

    /// The parent context, for a subcommand.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert!(ctx.parent().is_none());
    /// ```
    pub fn parent(&self) -> Option<&Context> {
        self.0.parent.as_ref()
    }

    /// The outermost context.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert!(ctx.find_root().is_same(&ctx));
    /// ```
    pub fn find_root(&self) -> &Context {
        let mut node = self;
        while let Some(p) = node.parent() {
            node = p;
        }
        node
    }

    /// Whether two handles refer to the same context.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert!(ctx.is_same(&ctx.clone()));
    /// ```
    pub fn is_same(&self, other: &Context) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    /// The name the command was invoked by (the program name at the root).
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "prog");
    /// assert_eq!(ctx.info_name(), Some("prog"));
    /// ```
    pub fn info_name(&self) -> Option<&str> {
        self.0.info_name.as_deref()
    }

    /// The streams, environment and working folder of this invocation.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// let _columns = ctx.io().terminal_columns();
    /// ```
    pub fn io(&self) -> &Io {
        &self.0.io
    }

    pub(crate) fn io_rc(&self) -> Rc<Io> {
        self.0.io.clone()
    }

    /// The command path for usage lines: the parents' paths and their
    /// arguments' metavars, then this command's name (`repo remote add`,
    /// `edge.py INST sub`).
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "tool");
    /// assert_eq!(ctx.command_path(), "tool");
    /// ```
    pub fn command_path(&self) -> String {
        // Built from the root down, in a loop: a path thousands of groups
        // deep costs neither stack nor time beyond its length.
        let mut chain = vec![self];
        while let Some(parent) = chain[chain.len() - 1].parent() {
            chain.push(parent);
        }
        let mut path = String::new();
        let mut levels = chain.iter().rev();
        if let Some(root) = levels.next() {
            path.push_str(root.info_name().unwrap_or("").trim_start());
        }
        let mut parent = chain.last().copied();
        for ctx in levels {
            if let Some(p) = parent {
                for piece in p.0.command.usage_pieces(p) {
                    path.push(' ');
                    path.push_str(&piece);
                }
            }
            path.push(' ');
            path.push_str(ctx.info_name().unwrap_or(""));
            if path.starts_with(char::is_whitespace) {
                path = path.trim_start().to_string();
            }
            parent = Some(ctx);
        }
        path
    }

    /// Whether values are parsed leniently, without prompts or failures
    /// (shell completion does this).
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert!(!ctx.resilient_parsing());
    /// ```
    pub fn resilient_parsing(&self) -> bool {
        self.0.resilient_parsing.get()
    }

    pub(crate) fn settings(&self) -> &Resolved {
        &self.0.settings
    }

    /// The help option names in force (`--help` unless configured).
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert_eq!(ctx.help_option_names(), ["--help"]);
    /// ```
    pub fn help_option_names(&self) -> &[String] {
        &self.0.settings.help_option_names
    }

    /// The prefix for automatic environment variables (`WEBAPP_RUN`), if any.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert_eq!(ctx.auto_envvar_prefix(), None);
    /// ```
    pub fn auto_envvar_prefix(&self) -> Option<&str> {
        self.0.settings.auto_envvar_prefix.as_deref()
    }

    /// Whether styles are wanted (`None`: decide by the stream).
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert_eq!(ctx.color(), None);
    /// ```
    pub fn color(&self) -> Option<bool> {
        self.0.settings.color
    }

    /// Apply the token normalization function, if one is set.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert_eq!(ctx.normalize_token("ABC"), "ABC");
    /// ```
    pub fn normalize_token(&self, token: &str) -> String {
        match &self.0.settings.token_normalize {
            Some(f) => f(token),
            None => token.to_string(),
        }
    }

    pub(crate) fn has_token_normalize(&self) -> bool {
        self.0.settings.token_normalize.is_some()
    }

    /// The help page width: the explicit `terminal_width`, else the
    /// terminal's (or `COLUMNS`) capped at `max_content_width` (80 by
    /// default), minus 2, but never below 50.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert!(ctx.help_width() >= 50);
    /// ```
    pub fn help_width(&self) -> usize {
        let s = &self.0.settings;
        crate::layout::formatter::resolve_width(
            s.terminal_width,
            s.max_content_width,
            Some(self.io().terminal_columns()),
        )
    }

    // ----- arguments (parameter values: see values.rs) --------------

    /// The arguments left over after parsing (for commands that allow extra
    /// arguments).
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert!(ctx.args().is_empty());
    /// ```
    pub fn args(&self) -> Vec<OsString> {
        self.0.state.borrow().args.iter().cloned().collect()
    }

    pub(crate) fn set_args(&self, args: impl Into<VecDeque<OsString>>) {
        self.0.state.borrow_mut().args = args.into();
    }

    pub(crate) fn take_args(&self) -> Vec<OsString> {
        self.take_args_queue().into()
    }

    /// The leftover arguments as they are kept: taking them costs nothing.
    pub(crate) fn take_args_queue(&self) -> VecDeque<OsString> {
        std::mem::take(&mut self.0.state.borrow_mut().args)
    }

    pub(crate) fn protected_args(&self) -> Vec<OsString> {
        self.0.state.borrow().protected_args.clone()
    }

    pub(crate) fn set_protected_args(&self, args: Vec<OsString>) {
        self.0.state.borrow_mut().protected_args = args;
    }

    /// Whether `value` starts with a character that begins options here
    /// (Click's `_start_of_option`).
    #[cfg(feature = "completion")]
    pub(crate) fn starts_with_opt_prefix(&self, value: &str) -> bool {
        let Some(first) = value.chars().next() else {
            return false;
        };
        let mut buf = [0u8; 4];
        let first: &str = first.encode_utf8(&mut buf);
        self.0
            .state
            .borrow()
            .opt_prefixes
            .iter()
            .any(|p| p == first)
    }

    pub(crate) fn add_opt_prefixes(&self, prefixes: &[String]) {
        let mut state = self.0.state.borrow_mut();
        for p in prefixes {
            if !state.opt_prefixes.iter().any(|q| q == p) {
                state.opt_prefixes.push(match p.as_str() {
                    "-" => Cow::Borrowed("-"),
                    "--" => Cow::Borrowed("--"),
                    other => Cow::Owned(other.to_string()),
                });
            }
        }
    }

    /// The subcommand about to run, when a group's callback runs (`*` for
    /// a chain with commands, `None` when the group runs alone).
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert_eq!(ctx.invoked_subcommand(), None);
    /// ```
    pub fn invoked_subcommand(&self) -> Option<String> {
        self.0.state.borrow().invoked_subcommand.clone()
    }

    pub(crate) fn set_invoked_subcommand(&self, name: Option<String>) {
        self.0.state.borrow_mut().invoked_subcommand = name;
    }

    // ----- shared data ---------------------------------------------------

    /// Store a value shared by the whole context tree under `key` (Click's
    /// `ctx.meta`).
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// ctx.set_meta("lang", String::from("en"));
    /// assert_eq!(ctx.meta::<String>("lang").as_deref(), Some("en"));
    /// ```
    pub fn set_meta<T: Any + Clone>(&self, key: &str, value: T) {
        self.0
            .meta
            .borrow_mut()
            .insert(key.to_string(), Value::new(value));
    }

    /// Read a value from the tree's shared `meta` store.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert_eq!(ctx.meta::<u8>("missing"), None);
    /// ```
    pub fn meta<T: Any + Clone>(&self, key: &str) -> Option<T> {
        self.0.meta.borrow().get(key)?.get::<T>().cloned()
    }

    // ----- lifecycle -----------------------------------------------------

    /// Run `f` when the context closes, after the command (and its
    /// subcommands) ran. Callbacks run last-registered first; `f` receives
    /// whether the command failed.
    ///
    /// ```
    /// use std::{cell::Cell, rc::Rc};
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// let closed = Rc::new(Cell::new(false));
    /// let c = closed.clone();
    /// ctx.call_on_close(move |_failed| c.set(true));
    /// ctx.close();
    /// assert!(closed.get());
    /// ```
    pub fn call_on_close(&self, f: impl FnOnce(bool) + 'static) {
        self.0.state.borrow_mut().close_callbacks.push(Box::new(f));
    }

    /// Run the close callbacks now (Click's `ctx.close()`).
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// ctx.close();
    /// ```
    pub fn close(&self) {
        self.close_with(false);
    }

    pub(crate) fn close_with(&self, failed: bool) {
        // As in Click, close callbacks run with this context current, so
        // that what they echo goes to its streams (captured by the runner),
        // not to the process's.
        let _guard = self.enter();
        loop {
            let next = self.0.state.borrow_mut().close_callbacks.pop();
            match next {
                Some(f) => f(failed),
                None => break,
            }
        }
    }

    /// Fail with a usage error for this command (Click's `ctx.fail`).
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// let err = ctx.fail("bad");
    /// assert_eq!(err.render(), "Usage: x [OPTIONS]\nTry 'x --help' for help.\n\nError: bad\n");
    /// ```
    pub fn fail(&self, message: impl Into<String>) -> Error {
        Error::usage(message).attach_usage(|| self.usage_info())
    }

    /// Abort (Click's `ctx.abort`): `Aborted!`, exit 1.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert_eq!(ctx.abort().exit_code(), 1);
    /// ```
    pub fn abort(&self) -> Error {
        Error::abort()
    }

    /// Exit with `code` after closing the context (Click's `ctx.exit`).
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert_eq!(ctx.exit(3).exit_code(), 3);
    /// ```
    pub fn exit(&self, code: i32) -> Error {
        self.close();
        Error::exit(code)
    }

    /// The usage line of this command.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert_eq!(ctx.get_usage(), "Usage: x [OPTIONS]");
    /// ```
    pub fn get_usage(&self) -> String {
        self.0.command.usage_line(self)
    }

    /// The help page of this command.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x").help("Does x."), "x");
    /// assert!(ctx.get_help().contains("Does x."));
    /// ```
    pub fn get_help(&self) -> String {
        self.0.command.help_page(self)
    }

    /// The help page as it reaches standard output (or error, with
    /// `err`): styled when there are styles and colour is on.
    pub(crate) fn help_for(&self, err: bool) -> String {
        self.0.command.help_page_for(self, err)
    }

    pub(crate) fn usage_info(&self) -> UsageInfo {
        self.0.command.usage_info(self)
    }

    /// Attach this context's usage line and help hint to a usage error that
    /// has none yet (Click's `augment_usage_errors`).
    pub(crate) fn augment(&self, err: Error) -> Error {
        err.attach_usage(|| self.usage_info())
    }
}

impl std::fmt::Debug for Context {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Context")
            .field("info_name", &self.info_name())
            .field("command", &self.0.command.name())
            .finish_non_exhaustive()
    }
}
