//! Configuration files and argument files.
//!
//! A [`ConfigOption`] gives a command `--config PATH` (and `--no-config`):
//! an eager option that reads a file into the command's default map and,
//! through nested tables, into its subcommands' (`[serve]` for
//! `prog serve`). When the option is not given, the first existing file of
//! a list of candidates is read (the application's folder, the current
//! folder, a table of `pyproject.toml`). Values keep the command line's
//! rules: each is converted by its parameter's own type as a
//! [`DefaultMap`](crate::context::DefaultMap) value is, with source
//! `DEFAULT_MAP`, so the command line and the environment still win.
//!
//! Formats are chosen by the file's extension: TOML with the `toml`
//! feature, JSON with the `json` feature, any other through
//! [`ConfigFormat`].
//!
//! Precedence, from the strongest: the command line, the environment
//! (`envvar` and automatic variables), the configuration file, the
//! program's default map, the parameter's default, then the prompt.

mod formats;
mod load;
#[cfg(feature = "files")]
mod write;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

// Defined with the context settings, public here with the other
// configuration items.
pub use crate::context::settings::ArgFiles;
#[cfg(feature = "json")]
pub use formats::Json;
#[cfg(feature = "toml")]
pub use formats::Toml;
#[cfg(feature = "files")]
pub use write::write_config;

/// One value of a configuration file, whatever its format.
///
/// ```
/// use clack_core::config::ConfigValue;
/// let v = ConfigValue::List(vec![ConfigValue::Integer(1), ConfigValue::Integer(2)]);
/// assert_eq!(v, ConfigValue::List(vec![1.into(), 2.into()]));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigValue {
    /// Text.
    String(String),
    /// A whole number.
    Integer(i64),
    /// A number with a fraction.
    Float(f64),
    /// `true` or `false`.
    Boolean(bool),
    /// Several values (a repeated option, several arguments).
    List(Vec<ConfigValue>),
    /// Named values: a subcommand's section.
    Table(ConfigTable),
}

/// Named configuration values, in key order.
pub type ConfigTable = BTreeMap<String, ConfigValue>;

impl From<&str> for ConfigValue {
    fn from(s: &str) -> Self {
        ConfigValue::String(s.to_string())
    }
}

impl From<String> for ConfigValue {
    fn from(s: String) -> Self {
        ConfigValue::String(s)
    }
}

impl From<i64> for ConfigValue {
    fn from(n: i64) -> Self {
        ConfigValue::Integer(n)
    }
}

impl From<i32> for ConfigValue {
    fn from(n: i32) -> Self {
        ConfigValue::Integer(n.into())
    }
}

impl From<f64> for ConfigValue {
    fn from(x: f64) -> Self {
        ConfigValue::Float(x)
    }
}

impl From<bool> for ConfigValue {
    fn from(b: bool) -> Self {
        ConfigValue::Boolean(b)
    }
}

impl From<ConfigTable> for ConfigValue {
    fn from(t: ConfigTable) -> Self {
        ConfigValue::Table(t)
    }
}

/// A file format for configuration files: the hook for formats other than
/// TOML and JSON.
///
/// ```
/// use clack_core::config::{ConfigFormat, ConfigTable, ConfigValue};
///
/// /// `key=value` lines.
/// struct Pairs;
/// impl ConfigFormat for Pairs {
///     fn parse(&self, text: &str) -> Result<ConfigTable, String> {
///         let mut table = ConfigTable::new();
///         for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
///             let (k, v) = line.split_once('=').ok_or(format!("line {}: no '='", n + 1))?;
///             table.insert(k.trim().to_string(), ConfigValue::String(v.trim().to_string()));
///         }
///         Ok(table)
///     }
/// }
/// let t = Pairs.parse("port = 8080\n").unwrap();
/// assert_eq!(t["port"], ConfigValue::from("8080"));
/// let opt = clack_core::config::ConfigOption::new().format("conf", Pairs);
/// # let _ = opt;
/// ```
pub trait ConfigFormat: Send + Sync {
    /// Read a whole file.
    ///
    /// # Errors
    /// The text is not valid in this format; the message says where.
    fn parse(&self, text: &str) -> Result<ConfigTable, String>;

    /// Write a table as a whole file (for [`write_config`]).
    ///
    /// # Errors
    /// The format cannot write (the default) or cannot hold the values.
    fn render(&self, table: &ConfigTable) -> Result<String, String> {
        let _ = table;
        Err("this format cannot be written".to_string())
    }
}

/// What to do with a key that names no parameter and no subcommand.
///
/// ```
/// use clack_core::config::{ConfigOption, UnknownKeys};
/// let opt = ConfigOption::new().unknown_keys(UnknownKeys::Warn);
/// # let _ = opt;
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UnknownKeys {
    /// A usage error naming the key and the file (the default).
    #[default]
    Error,
    /// A warning on standard error, and the run goes on.
    Warn,
    /// Nothing.
    Ignore,
}

/// Where to look for a configuration file when none is given.
#[derive(Clone)]
enum Candidate {
    /// A path, relative ones against the current folder.
    File(PathBuf),
    /// A file in the application's folder (as
    /// [`get_app_dir`](crate::termui) finds it).
    AppDir { app: String, file: String },
}

/// A `--config PATH` option (and `--no-config`) that reads defaults from a
/// file: add it with [`Command::config_option`](crate::Command::config_option)
/// or [`Group::config_option`](crate::Group::config_option).
///
/// ```
/// # #[cfg(feature = "toml")] {
/// use clack_core::{Command, Opt, Output, config::ConfigOption, testing::Runner};
///
/// let cmd = Command::new("serve")
///     .param(Opt::new("--port").value_type::<u16>().default(80))
///     .config_option(ConfigOption::new().search("serve.toml"))
///     .callback(|ctx| {
///         clack_core::echo(ctx.get_required::<u16>("port")?.to_string());
///         Ok(Output::none())
///     });
/// let runner = Runner::new().file("serve.toml", "port = 8080\n");
/// assert_eq!(runner.invoke(&cmd, [] as [&str; 0]).stdout, "8080\n");
/// assert_eq!(runner.invoke(&cmd, ["--port", "1"]).stdout, "1\n");
/// assert_eq!(runner.invoke(&cmd, ["--no-config"]).stdout, "80\n");
/// # }
/// ```
#[derive(Clone)]
pub struct ConfigOption {
    names: Vec<String>,
    no_config: Option<String>,
    help: String,
    candidates: Vec<Candidate>,
    tables: Vec<(String, Vec<String>)>,
    unknown: UnknownKeys,
    formats: Vec<(String, Arc<dyn ConfigFormat>)>,
    show_file: bool,
}

impl Default for ConfigOption {
    fn default() -> Self {
        Self::new()
    }
}

impl ConfigOption {
    /// `--config PATH` and `--no-config`, no discovery, unknown keys are
    /// errors, the formats of the enabled features.
    ///
    /// ```
    /// let opt = clack_core::config::ConfigOption::new();
    /// # let _ = opt;
    /// ```
    pub fn new() -> Self {
        let formats: Vec<(String, Arc<dyn ConfigFormat>)> = vec![
            #[cfg(feature = "toml")]
            ("toml".into(), Arc::new(formats::Toml)),
            #[cfg(feature = "json")]
            ("json".into(), Arc::new(formats::Json)),
        ];
        ConfigOption {
            names: vec!["--config".into()],
            no_config: Some("--no-config".into()),
            help: "Read defaults from this configuration file.".into(),
            candidates: Vec::new(),
            tables: Vec::new(),
            unknown: UnknownKeys::Error,
            formats,
            show_file: true,
        }
    }

    /// The option's names instead of `--config` (`-c`, `--settings`).
    ///
    /// ```
    /// let opt = clack_core::config::ConfigOption::new().names(["-c", "--settings"]);
    /// # let _ = opt;
    /// ```
    pub fn names<I, S>(mut self, names: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.names = names.into_iter().map(Into::into).collect();
        self
    }

    /// The name of the flag that turns the file off (`--no-config`), or
    /// `None` for no such flag (an empty `--config ''` still does).
    ///
    /// ```
    /// let opt = clack_core::config::ConfigOption::new().no_config_flag(None);
    /// # let _ = opt;
    /// ```
    pub fn no_config_flag(mut self, name: Option<&str>) -> Self {
        self.no_config = name.map(str::to_string);
        self
    }

    /// The option's help text.
    ///
    /// ```
    /// let opt = clack_core::config::ConfigOption::new().help("Settings file.");
    /// # let _ = opt;
    /// ```
    pub fn help(mut self, text: impl Into<String>) -> Self {
        self.help = text.into();
        self
    }

    /// Look for this file when the option is not given (relative paths
    /// against the current folder); candidates are tried in the order
    /// they were added, the first that exists is read.
    ///
    /// ```
    /// let opt = clack_core::config::ConfigOption::new().search("tool.toml");
    /// # let _ = opt;
    /// ```
    pub fn search(mut self, path: impl Into<PathBuf>) -> Self {
        self.candidates.push(Candidate::File(path.into()));
        self
    }

    /// Look for `file` in the application's configuration folder
    /// (`~/.config/<app>` on Linux, as Click's `get_app_dir` finds it).
    ///
    /// ```
    /// let opt = clack_core::config::ConfigOption::new().search_app_dir("tool", "config.toml");
    /// # let _ = opt;
    /// ```
    pub fn search_app_dir(mut self, app: &str, file: &str) -> Self {
        self.candidates.push(Candidate::AppDir {
            app: app.to_string(),
            file: file.to_string(),
        });
        self
    }

    /// Look for `file` (such as `pyproject.toml`) and read only its table
    /// `table` (dotted, such as `tool.prog`); a file of that name given
    /// with the option is read the same way. A file without the table
    /// gives no defaults.
    ///
    /// ```
    /// let opt = clack_core::config::ConfigOption::new().search_table("pyproject.toml", "tool.prog");
    /// # let _ = opt;
    /// ```
    pub fn search_table(mut self, file: &str, table: &str) -> Self {
        self.tables.push((
            file.to_string(),
            table.split('.').map(str::to_string).collect(),
        ));
        self.candidates.push(Candidate::File(file.into()));
        self
    }

    /// What to do with keys that name no parameter or subcommand.
    ///
    /// ```
    /// use clack_core::config::{ConfigOption, UnknownKeys};
    /// let opt = ConfigOption::new().unknown_keys(UnknownKeys::Ignore);
    /// # let _ = opt;
    /// ```
    pub fn unknown_keys(mut self, what: UnknownKeys) -> Self {
        self.unknown = what;
        self
    }

    /// Read files ending in `.<extension>` with `format` (replacing a
    /// format for the same extension).
    ///
    /// ```
    /// use clack_core::config::{ConfigFormat, ConfigOption, ConfigTable};
    /// struct Empty;
    /// impl ConfigFormat for Empty {
    ///     fn parse(&self, _: &str) -> Result<ConfigTable, String> { Ok(ConfigTable::new()) }
    /// }
    /// let opt = ConfigOption::new().format("ini", Empty);
    /// # let _ = opt;
    /// ```
    pub fn format(mut self, extension: &str, format: impl ConfigFormat + 'static) -> Self {
        let ext = extension.trim_start_matches('.').to_lowercase();
        self.formats.retain(|(e, _)| *e != ext);
        self.formats.push((ext, Arc::new(format)));
        self
    }

    /// Whether help shows the file that would be read as the option's
    /// default (on by default).
    ///
    /// ```
    /// let opt = clack_core::config::ConfigOption::new().show_file(false);
    /// # let _ = opt;
    /// ```
    pub fn show_file(mut self, yes: bool) -> Self {
        self.show_file = yes;
        self
    }

    /// The parameters this option adds to a command.
    ///
    /// ```
    /// let params = clack_core::config::ConfigOption::new().into_params();
    /// assert_eq!(params.len(), 2);
    /// ```
    pub fn into_params(self) -> Vec<crate::Param> {
        load::params(self)
    }
}

impl crate::Command {
    /// Add a configuration file option (`--config PATH` and `--no-config`
    /// by default): see [`ConfigOption`](ConfigOption).
    ///
    /// ```
    /// use clack_core::{Command, config::ConfigOption};
    /// let cmd = Command::new("tool").config_option(ConfigOption::new().search("tool.toml"));
    /// assert_eq!(cmd.params_list().len(), 2);
    /// ```
    pub fn config_option(self, option: ConfigOption) -> Self {
        self.params(option.into_params())
    }
}

impl crate::Group {
    /// Add a configuration file option whose nested tables are the
    /// subcommands' defaults: see [`ConfigOption`](ConfigOption).
    ///
    /// ```
    /// use clack_core::{Group, config::ConfigOption};
    /// let g = Group::new("cli").config_option(ConfigOption::new().search("cli.toml"));
    /// # let _ = g;
    /// ```
    pub fn config_option(self, option: ConfigOption) -> Self {
        self.with(|c| c.config_option(option))
    }
}
