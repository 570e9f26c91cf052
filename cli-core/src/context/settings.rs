//! Context settings: Click's `context_settings`, and how a child context
//! inherits them.

use std::collections::{BTreeMap, HashMap};
use std::ffi::OsString;
use std::sync::{Arc, OnceLock};

use super::{Context, Resolved};
use crate::value::Literal;

/// How the arguments of an `@file` are written, for
/// [`ContextSettings::argument_files`](crate::ContextSettings::argument_files).
///
/// ```
/// use clack_core::{ContextSettings, config::ArgFiles};
/// let s = ContextSettings::new().argument_files(ArgFiles::ShellWords);
/// # let _ = s;
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgFiles {
    /// One argument per line, taken whole (spaces included); blank lines
    /// are skipped.
    Lines,
    /// Words split as a POSIX shell splits them, with quotes and
    /// backslashes (`--name "Ada Lovelace"`); `#` starts a comment.
    ShellWords,
}

/// A function applied to option names, choices and command names before
/// they are compared (Click's `token_normalize_func`).
pub type TokenNormalizer = Arc<dyn Fn(&str) -> String + Send + Sync>;

/// Puts a settings' object on a new context (see [`ContextSettings::obj`]).
pub(crate) type ObjSeed = Arc<dyn Fn(&Context) + Send + Sync>;

/// Defaults for parameters by name, with nested maps for subcommands
/// (Click's `default_map`). Values are written as on the command line.
///
/// ```
/// use clack_core::context::DefaultMap;
/// let map = DefaultMap::new()
///     .value("name", "from-map")
///     .map("sub", DefaultMap::new().value("count", 3));
/// assert!(map.get_map("sub").is_some());
/// ```
#[derive(Clone, Default)]
pub struct DefaultMap {
    values: BTreeMap<String, Literal>,
    maps: BTreeMap<String, DefaultMap>,
    /// Where a value came from, for values read from a configuration file
    /// (`key 'serve.port' in 'app.toml'`), named in conversion errors.
    origins: HashMap<String, Arc<str>>,
}

impl DefaultMap {
    /// An empty map.
    ///
    /// ```
    /// let m = clack_core::context::DefaultMap::new();
    /// # let _ = m;
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// A default for the parameter `name`.
    ///
    /// ```
    /// let m = clack_core::context::DefaultMap::new().value("port", 8080);
    /// # let _ = m;
    /// ```
    pub fn value(mut self, name: &str, value: impl crate::value::IntoDefault) -> Self {
        self.values
            .insert(name.to_string(), Literal::from_default(&value));
        self
    }

    /// Defaults for the subcommand `name`.
    ///
    /// ```
    /// use clack_core::context::DefaultMap;
    /// let m = DefaultMap::new().map("run", DefaultMap::new().value("port", 1));
    /// # let _ = m;
    /// ```
    pub fn map(mut self, name: &str, map: DefaultMap) -> Self {
        self.maps.insert(name.to_string(), map);
        self
    }

    /// The nested map for a subcommand.
    ///
    /// ```
    /// assert!(clack_core::context::DefaultMap::new().get_map("x").is_none());
    /// ```
    pub fn get_map(&self, name: &str) -> Option<&DefaultMap> {
        self.maps.get(name)
    }

    /// The value for the parameter `name`, as the strings it stands for
    /// (converted by the parameter's type when used).
    ///
    /// ```
    /// let m = clack_core::context::DefaultMap::new().value("port", 8080);
    /// assert_eq!(m.get("port").unwrap(), ["8080"]);
    /// assert!(m.get("host").is_none());
    /// ```
    pub fn get(&self, name: &str) -> Option<&[OsString]> {
        self.values.get(name)?.tokens()
    }

    /// Whether the map has a value, or a nested map, named `name`.
    ///
    /// ```
    /// use clack_core::context::DefaultMap;
    /// let m = DefaultMap::new().value("port", 1).map("run", DefaultMap::new());
    /// assert!(m.contains_key("port") && m.contains_key("run"));
    /// assert!(!m.contains_key("host"));
    /// ```
    pub fn contains_key(&self, name: &str) -> bool {
        self.values.contains_key(name) || self.maps.contains_key(name)
    }

    /// How many entries the map has, values and nested maps (not counting
    /// the nested maps' own entries).
    ///
    /// ```
    /// use clack_core::context::DefaultMap;
    /// let m = DefaultMap::new().value("port", 1).map("run", DefaultMap::new().value("x", 2));
    /// assert_eq!(m.len(), 2);
    /// ```
    pub fn len(&self) -> usize {
        self.values.len() + self.maps.len()
    }

    /// Whether the map has no entries.
    ///
    /// ```
    /// assert!(clack_core::context::DefaultMap::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.values.is_empty() && self.maps.is_empty()
    }

    /// The entries: the values in name order, then the nested maps in
    /// name order (Click's iteration over `ctx.default_map`).
    ///
    /// ```
    /// use clack_core::context::{DefaultEntry, DefaultMap};
    /// let m = DefaultMap::new()
    ///     .value("port", 8080)
    ///     .map("run", DefaultMap::new().value("debug", true));
    /// for (name, entry) in &m {
    ///     match entry {
    ///         DefaultEntry::Value(tokens) => println!("{name} = {tokens:?}"),
    ///         DefaultEntry::Map(sub) => println!("[{name}]: {} entries", sub.len()),
    ///     }
    /// }
    /// let names: Vec<&str> = m.iter().map(|(name, _)| name).collect();
    /// assert_eq!(names, ["port", "run"]);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (&str, DefaultEntry<'_>)> {
        let values = self
            .values
            .iter()
            .filter_map(|(k, v)| v.tokens().map(|t| (k.as_str(), DefaultEntry::Value(t))));
        let maps = self
            .maps
            .iter()
            .map(|(k, m)| (k.as_str(), DefaultEntry::Map(m)));
        values.chain(maps)
    }

    pub(crate) fn literal(&self, name: &str) -> Option<&Literal> {
        self.values.get(name)
    }

    /// Where the value for `name` was read from, if from a file.
    pub(crate) fn origin(&self, name: &str) -> Option<&str> {
        self.origins.get(name).map(|o| &**o)
    }

    /// A value given as strings, with where it was read from.
    pub(crate) fn insert_tokens(
        &mut self,
        name: &str,
        tokens: Vec<std::ffi::OsString>,
        origin: Arc<str>,
    ) {
        self.values
            .insert(name.to_string(), Literal::Tokens(tokens));
        self.origins.insert(name.to_string(), origin);
    }

    /// A nested map, replacing one of the same name.
    pub(crate) fn insert_map(&mut self, name: &str, map: DefaultMap) {
        self.maps.insert(name.to_string(), map);
    }

    /// This map's entries over `base`'s: values of `self` win, nested maps
    /// are merged the same way.
    pub(crate) fn over(mut self, base: &DefaultMap) -> DefaultMap {
        for (k, v) in &base.values {
            if !self.values.contains_key(k) {
                self.values.insert(k.clone(), v.clone());
                if let Some(o) = base.origins.get(k) {
                    self.origins.insert(k.clone(), o.clone());
                }
            }
        }
        for (k, m) in &base.maps {
            let merged = match self.maps.remove(k) {
                Some(own) => own.over(m),
                None => m.clone(),
            };
            self.maps.insert(k.clone(), merged);
        }
        self
    }
}

impl<'a> IntoIterator for &'a DefaultMap {
    type Item = (&'a str, DefaultEntry<'a>);
    type IntoIter = Box<dyn Iterator<Item = (&'a str, DefaultEntry<'a>)> + 'a>;

    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

/// One entry of a [`DefaultMap`], as [`DefaultMap::iter`] gives it.
///
/// ```
/// use clack_core::context::{DefaultEntry, DefaultMap};
/// let m = DefaultMap::new().value("name", "Ada");
/// let (_, entry) = m.iter().next().unwrap();
/// assert!(matches!(entry, DefaultEntry::Value(t) if t == ["Ada"]));
/// ```
#[derive(Clone, Copy)]
pub enum DefaultEntry<'a> {
    /// A parameter's value, as the strings it stands for.
    Value(&'a [OsString]),
    /// The defaults for a subcommand.
    Map(&'a DefaultMap),
}

/// Settings for the context a command runs in (Click's
/// `context_settings`); unset ones are inherited from the parent context.
///
/// ```
/// use clack_core::ContextSettings;
/// let s = ContextSettings::new().help_option_names(["-h", "--help"]).max_content_width(120);
/// # let _ = s;
/// ```
#[derive(Clone, Default)]
pub struct ContextSettings {
    pub(crate) auto_envvar_prefix: Option<String>,
    pub(crate) default_map: Option<DefaultMap>,
    pub(crate) terminal_width: Option<usize>,
    pub(crate) max_content_width: Option<usize>,
    pub(crate) resilient_parsing: Option<bool>,
    pub(crate) allow_extra_args: Option<bool>,
    pub(crate) allow_interspersed_args: Option<bool>,
    pub(crate) ignore_unknown_options: Option<bool>,
    pub(crate) help_option_names: Option<Vec<String>>,
    pub(crate) token_normalize: Option<TokenNormalizer>,
    pub(crate) color: Option<bool>,
    pub(crate) show_default: Option<bool>,
    pub(crate) objects: Vec<ObjSeed>,
    pub(crate) argument_files: Option<ArgFiles>,
}

impl ContextSettings {
    /// No settings: everything inherited or Click's defaults.
    ///
    /// ```
    /// let s = clack_core::ContextSettings::new();
    /// # let _ = s;
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// An object the context starts with, found by [`Context::obj`] here
    /// and in every context below (Click's `obj=` argument to `main` and to
    /// `CliRunner.invoke`, or `context_settings={"obj": ...}`). Each context
    /// made with these settings gets its own clone. May be called once per
    /// type.
    ///
    /// ```
    /// use clack_core::{Command, ContextSettings, Output, testing::Runner};
    /// let cmd = Command::new("greet").callback(|ctx| {
    ///     let name = ctx.obj::<String>()?.borrow()?.clone();
    ///     clack_core::echo(format!("Hello {name}!"));
    ///     Ok(Output::none())
    /// });
    /// let result = Runner::new()
    ///     .settings(ContextSettings::new().obj("Ada".to_string()))
    ///     .invoke(&cmd, Vec::<String>::new());
    /// assert_eq!(result.stdout, "Hello Ada!\n");
    /// ```
    pub fn obj<T: Clone + Send + Sync + 'static>(mut self, value: T) -> Self {
        self.objects.push(Arc::new(move |ctx: &Context| {
            ctx.set_obj(value.clone());
        }));
        self
    }

    /// Read options from `PREFIX_NAME` environment variables; subcommands
    /// extend the prefix with their names (`PREFIX_SUB_NAME`).
    ///
    /// ```
    /// let s = clack_core::ContextSettings::new().auto_envvar_prefix("WEBAPP");
    /// # let _ = s;
    /// ```
    pub fn auto_envvar_prefix(mut self, prefix: &str) -> Self {
        self.auto_envvar_prefix = Some(prefix.to_string());
        self
    }

    /// Defaults for parameters, looked up before their own defaults.
    ///
    /// ```
    /// use clack_core::{ContextSettings, context::DefaultMap};
    /// let s = ContextSettings::new().default_map(DefaultMap::new().value("n", 1));
    /// # let _ = s;
    /// ```
    pub fn default_map(mut self, map: DefaultMap) -> Self {
        self.default_map = Some(map);
        self
    }

    /// Render help exactly this wide.
    ///
    /// ```
    /// let s = clack_core::ContextSettings::new().terminal_width(100);
    /// # let _ = s;
    /// ```
    pub fn terminal_width(mut self, width: usize) -> Self {
        self.terminal_width = Some(width);
        self
    }

    /// Let help grow up to this width on wide terminals (80 by default).
    ///
    /// ```
    /// let s = clack_core::ContextSettings::new().max_content_width(120);
    /// # let _ = s;
    /// ```
    pub fn max_content_width(mut self, width: usize) -> Self {
        self.max_content_width = Some(width);
        self
    }

    /// Parse without failing, prompting or running help (for completion).
    ///
    /// ```
    /// let s = clack_core::ContextSettings::new().resilient_parsing(true);
    /// # let _ = s;
    /// ```
    pub fn resilient_parsing(mut self, yes: bool) -> Self {
        self.resilient_parsing = Some(yes);
        self
    }

    /// Keep leftover arguments in `ctx.args()` instead of failing.
    ///
    /// ```
    /// let s = clack_core::ContextSettings::new().allow_extra_args(true);
    /// # let _ = s;
    /// ```
    pub fn allow_extra_args(mut self, yes: bool) -> Self {
        self.allow_extra_args = Some(yes);
        self
    }

    /// Allow options after arguments (on for commands, off for groups).
    ///
    /// ```
    /// let s = clack_core::ContextSettings::new().allow_interspersed_args(false);
    /// # let _ = s;
    /// ```
    pub fn allow_interspersed_args(mut self, yes: bool) -> Self {
        self.allow_interspersed_args = Some(yes);
        self
    }

    /// Treat unknown options as arguments instead of failing.
    ///
    /// ```
    /// let s = clack_core::ContextSettings::new().ignore_unknown_options(true);
    /// # let _ = s;
    /// ```
    pub fn ignore_unknown_options(mut self, yes: bool) -> Self {
        self.ignore_unknown_options = Some(yes);
        self
    }

    /// The names of the help option (`--help` by default).
    ///
    /// ```
    /// let s = clack_core::ContextSettings::new().help_option_names(["-h", "--help"]);
    /// # let _ = s;
    /// ```
    pub fn help_option_names<I, S>(mut self, names: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.help_option_names = Some(names.into_iter().map(Into::into).collect());
        self
    }

    /// Normalize option names, choices and command names before matching.
    ///
    /// ```
    /// let s = clack_core::ContextSettings::new().token_normalize(|t| t.to_lowercase());
    /// # let _ = s;
    /// ```
    pub fn token_normalize(mut self, f: impl Fn(&str) -> String + Send + Sync + 'static) -> Self {
        self.token_normalize = Some(Arc::new(f));
        self
    }

    /// Force styles on or off.
    ///
    /// ```
    /// let s = clack_core::ContextSettings::new().color(false);
    /// # let _ = s;
    /// ```
    pub fn color(mut self, yes: bool) -> Self {
        self.color = Some(yes);
        self
    }

    /// Show every option's default in help unless the option says otherwise.
    ///
    /// ```
    /// let s = clack_core::ContextSettings::new().show_default(true);
    /// # let _ = s;
    /// ```
    pub fn show_default(mut self, yes: bool) -> Self {
        self.show_default = Some(yes);
        self
    }

    /// Expand `@file` arguments into the arguments the file holds (one per
    /// line, or shell words), before the command line is parsed; `@@x`
    /// stands for `@x`, and nothing after `--` is expanded. Off by default.
    ///
    /// ```
    /// use clack_core::{ContextSettings, config::ArgFiles};
    /// let s = ContextSettings::new().argument_files(ArgFiles::Lines);
    /// # let _ = s;
    /// ```
    pub fn argument_files(mut self, mode: ArgFiles) -> Self {
        self.argument_files = Some(mode);
        self
    }

    /// Settings from `self`, with unset ones taken from `other`.
    pub(crate) fn or(&self, other: &ContextSettings) -> ContextSettings {
        ContextSettings {
            auto_envvar_prefix: self
                .auto_envvar_prefix
                .clone()
                .or_else(|| other.auto_envvar_prefix.clone()),
            default_map: self
                .default_map
                .clone()
                .or_else(|| other.default_map.clone()),
            terminal_width: self.terminal_width.or(other.terminal_width),
            max_content_width: self.max_content_width.or(other.max_content_width),
            resilient_parsing: self.resilient_parsing.or(other.resilient_parsing),
            allow_extra_args: self.allow_extra_args.or(other.allow_extra_args),
            allow_interspersed_args: self
                .allow_interspersed_args
                .or(other.allow_interspersed_args),
            ignore_unknown_options: self.ignore_unknown_options.or(other.ignore_unknown_options),
            help_option_names: self
                .help_option_names
                .clone()
                .or_else(|| other.help_option_names.clone()),
            token_normalize: self
                .token_normalize
                .clone()
                .or_else(|| other.token_normalize.clone()),
            color: self.color.or(other.color),
            show_default: self.show_default.or(other.show_default),
            objects: other.objects.iter().chain(&self.objects).cloned().collect(),
            argument_files: self.argument_files.or(other.argument_files),
        }
    }
}

/// Resolve a new context's settings the way Click's `Context.__init__` does:
/// the caller's (`extra`), then the command's `context_settings`, then the
/// parent's, then the defaults.
/// `["--help"]`, made once and shared.
fn default_help_option_names() -> Arc<[String]> {
    static NAMES: OnceLock<Arc<[String]>> = OnceLock::new();
    NAMES
        .get_or_init(|| Arc::from(vec!["--help".to_string()]))
        .clone()
}

pub(crate) fn resolve(
    own: &ContextSettings,
    is_group: bool,
    info_name: Option<&str>,
    parent: Option<&Context>,
    extra: &ContextSettings,
) -> Resolved {
    let s = extra.or(own);
    let p = parent.map(|p| p.settings());
    let default_map = s.default_map.clone().or_else(|| {
        let name = info_name?;
        parent?.default_map()?.get_map(name).cloned()
    });
    let auto_envvar_prefix = match &s.auto_envvar_prefix {
        Some(prefix) => Some(prefix.to_uppercase()),
        None => match (p.and_then(|p| p.auto_envvar_prefix.as_ref()), info_name) {
            (Some(pp), Some(name)) => Some(format!("{pp}_{}", name.to_uppercase())),
            _ => None,
        },
    }
    .map(|prefix| prefix.replace('-', "_"));
    Resolved {
        auto_envvar_prefix,
        default_map,
        terminal_width: s.terminal_width.or(p.and_then(|p| p.terminal_width)),
        max_content_width: s.max_content_width.or(p.and_then(|p| p.max_content_width)),
        allow_extra_args: s.allow_extra_args.unwrap_or(is_group),
        allow_interspersed_args: s.allow_interspersed_args.unwrap_or(!is_group),
        ignore_unknown_options: s.ignore_unknown_options.unwrap_or(false),
        help_option_names: match &s.help_option_names {
            Some(names) => names.iter().cloned().collect(),
            None => match p {
                Some(p) => p.help_option_names.clone(),
                None => default_help_option_names(),
            },
        },
        token_normalize: s
            .token_normalize
            .clone()
            .or_else(|| p.and_then(|p| p.token_normalize.clone())),
        color: s.color.or(p.and_then(|p| p.color)),
        show_default: s.show_default.or(p.and_then(|p| p.show_default)),
        argument_files: s.argument_files,
    }
}
