//! Parameters: options ([`Opt`]) and arguments ([`Arg`]), both [`Param`]s.
//!
//! A [`Param`] holds everything Click's `Parameter` does: names, type,
//! `nargs`, `multiple`, default, environment variables, callback, prompt
//! settings and help. [`Opt`] and [`Arg`] are the builders; a finished
//! builder converts into a [`Param`] when added to a command. The value
//! pipeline (command line → environment → default map → default → prompt,
//! then conversion, the required check and the callback) is in `pipeline`,
//! help rendering of a parameter in `help`.

mod argument;
mod defaults;
mod help;
mod kind;
mod mapped;
mod option;
mod option_prompt;
mod pipeline;
mod presets;
mod prompting;
mod set;

use std::sync::Arc;

pub use argument::Arg;
pub(crate) use kind::OptionKind;
pub use option::{Decls, Opt};
pub(crate) use pipeline::Raw;
pub use presets::{confirmation_option, password_option};
pub use set::ParamSet;

use crate::candidate::CompletionItem;
use crate::types::DynType;
pub(crate) use crate::value::Literal;
use crate::{Context, Error, Value};

/// A parameter callback: receives the converted value (or `None`) and
/// returns the value to keep, or an error (Click's `callback(ctx, param, value)`).
pub type ParamCallback =
    Arc<dyn Fn(&Context, &Param, Option<Value>) -> Result<Option<Value>, Error> + Send + Sync>;

/// A custom completion function for a parameter's values.
pub type CompleteFn = Arc<dyn Fn(&Context, &Param, &str) -> Vec<CompletionItem> + Send + Sync>;

/// Whether and how an option's default is shown in help.
#[derive(Clone)]
pub(crate) enum ShowDefault {
    Yes,
    No,
    Text(String),
    /// Text computed when help is shown (a config option's file), or
    /// nothing shown when it gives none.
    Computed(ShownFn),
}

/// Computes the default help shows, or nothing.
pub(crate) type ShownFn = Arc<dyn Fn(&Context) -> Option<String> + Send + Sync>;

/// Option-only settings.
#[derive(Clone)]
pub(crate) struct OptionSpec {
    pub(crate) opts: Vec<String>,
    pub(crate) secondary_opts: Vec<String>,
    pub(crate) kind: OptionKind,
    pub(crate) show_default: Option<ShowDefault>,
    pub(crate) prompt: Option<String>,
    /// How to ask for the value; set with the prompt text.
    pub(crate) prompter: Option<prompting::Prompter>,
    pub(crate) confirmation_prompt: Option<String>,
    pub(crate) prompt_required: bool,
    pub(crate) hide_input: bool,
    pub(crate) allow_from_autoenv: bool,
    pub(crate) hidden: bool,
    pub(crate) show_choices: bool,
    pub(crate) show_envvar: bool,
    /// Builder calls that contradict each other (`count()` and `flag()`),
    /// reported as a declaration error.
    pub(crate) conflict: Option<&'static str>,
}

impl OptionSpec {
    /// A flag of any type (takes no value).
    pub(crate) fn is_flag(&self) -> bool {
        matches!(
            self.kind,
            OptionKind::Flag { .. } | OptionKind::Switch { .. }
        )
    }

    pub(crate) fn is_count(&self) -> bool {
        matches!(self.kind, OptionKind::Count)
    }

    /// Whether the option may stand alone though it takes a value (Click's
    /// `_flag_needs_value`).
    pub(crate) fn needs_value(&self) -> bool {
        matches!(self.kind, OptionKind::OptionalValue { .. })
    }

    /// No automatic `false` default for a flag.
    pub(crate) fn default_unset(&self) -> bool {
        matches!(
            self.kind,
            OptionKind::Flag {
                default_unset: true,
                ..
            } | OptionKind::Switch {
                default_unset: true,
                ..
            }
        )
    }
}

#[derive(Clone)]
pub(crate) enum Kind {
    Option(Box<OptionSpec>),
    Argument,
}

/// A command parameter: an option or an argument (Click's `Parameter`).
///
/// Build one with [`Opt`] or [`Arg`].
///
/// ```
/// use clack_core::{Arg, Opt, Param};
/// let count: Param = Opt::new(["--count", "-c"]).value_type::<u32>().default(1).into();
/// assert_eq!(count.name(), "count");
/// let src: Param = Arg::new("src").into();
/// assert!(src.is_argument());
/// ```
#[derive(Clone)]
pub struct Param(Arc<ParamData>);

/// The data behind a [`Param`], in a private module: the type is public
/// only so that `Param` can dereference to it; nothing outside the crate
/// can name it or read its fields.
mod data {
    use super::*;

    /// What a [`Param`] holds, shared between its clones (a command's table,
    /// clones of the command) and copied only when a builder changes it.
    #[derive(Clone)]
    pub struct ParamData {
        /// Shared with the context slots that store this parameter's value.
        pub(crate) name: Arc<str>,
        pub(crate) kind: Kind,
        pub(crate) ty: Arc<dyn DynType>,
        pub(crate) type_explicit: bool,
        pub(crate) nargs: isize,
        pub(crate) nargs_explicit: bool,
        pub(crate) multiple: bool,
        pub(crate) required: bool,
        pub(crate) default: Option<Literal>,
        /// Whether the program set the default (Click's `_default_explicit`).
        pub(crate) default_explicit: bool,
        pub(crate) callback: Option<ParamCallback>,
        pub(crate) metavar: Option<String>,
        pub(crate) expose_value: bool,
        pub(crate) is_eager: bool,
        pub(crate) envvar: Vec<String>,
        pub(crate) shell_complete: Option<CompleteFn>,
        pub(crate) deprecated: Option<Option<String>>,
        pub(crate) help: Option<String>,
        /// What is wrong with the declaration itself (an option whose
        /// names cannot be read), reported when the command first runs.
        pub(crate) invalid: Option<String>,
        /// Its help section and the relations it declares itself
        /// (`conflicts_with`, `requires`); `None` for most parameters.
        pub(crate) relations: Option<Box<ParamRelations>>,
    }
}

/// What a parameter declares about its place among the others: the option
/// group it is shown in and the parameters it conflicts with or needs.
#[derive(Clone, Default)]
pub(crate) struct ParamRelations {
    pub(crate) group: Option<String>,
    pub(crate) conflicts_with: Vec<String>,
    pub(crate) requires: Vec<String>,
}
pub(crate) use data::ParamData;

impl Param {
    pub(crate) fn from_data(data: ParamData) -> Param {
        Param(Arc::new(data))
    }
}

impl std::ops::Deref for Param {
    type Target = ParamData;

    fn deref(&self) -> &ParamData {
        &self.0
    }
}

impl std::ops::DerefMut for Param {
    /// Builders change a parameter in place, copying it first if a clone
    /// shares it.
    fn deref_mut(&mut self) -> &mut ParamData {
        Arc::make_mut(&mut self.0)
    }
}

impl Param {
    /// The parameter's name: the key its value is stored under.
    ///
    /// ```
    /// let p: clack_core::Param = clack_core::Opt::new("--dry-run").into();
    /// assert_eq!(p.name(), "dry_run");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Whether this is a positional argument.
    ///
    /// ```
    /// let p: clack_core::Param = clack_core::Opt::new("--x").into();
    /// assert!(!p.is_argument());
    /// ```
    pub fn is_argument(&self) -> bool {
        matches!(self.kind, Kind::Argument)
    }

    pub(crate) fn option(&self) -> Option<&OptionSpec> {
        match &self.kind {
            Kind::Option(spec) => Some(spec),
            Kind::Argument => None,
        }
    }

    /// The option's names (`--count`, `-c`), in declaration order; for an
    /// argument, its declared name.
    ///
    /// ```
    /// let p: clack_core::Param = clack_core::Opt::new(["--count", "-c"]).into();
    /// assert_eq!(p.opts(), ["--count", "-c"]);
    /// ```
    pub fn opts(&self) -> Vec<String> {
        match &self.kind {
            Kind::Option(spec) => spec.opts.clone(),
            Kind::Argument => vec![self.name.to_string()],
        }
    }

    /// The secondary (`--no-x`) names of an on/off flag.
    ///
    /// ```
    /// let p: clack_core::Param = clack_core::Opt::new("--shout/--no-shout").into();
    /// assert_eq!(p.secondary_opts(), ["--no-shout"]);
    /// ```
    pub fn secondary_opts(&self) -> &[String] {
        match &self.kind {
            Kind::Option(spec) => &spec.secondary_opts,
            Kind::Argument => &[],
        }
    }

    /// The number of values per occurrence (`-1`: any number, arguments only).
    ///
    /// ```
    /// let p: clack_core::Param = clack_core::Arg::new("files").nargs(-1).into();
    /// assert_eq!(p.nargs(), -1);
    /// ```
    pub fn nargs(&self) -> isize {
        self.nargs
    }

    /// Whether the option may be repeated.
    ///
    /// ```
    /// let p: clack_core::Param = clack_core::Opt::new("--tag").multiple(true).into();
    /// assert!(p.multiple());
    /// ```
    pub fn multiple(&self) -> bool {
        self.multiple
    }

    /// Whether a value is required.
    ///
    /// ```
    /// let p: clack_core::Param = clack_core::Arg::new("src").into();
    /// assert!(p.required());
    /// ```
    pub fn required(&self) -> bool {
        self.required
    }

    /// Whether the value is passed to the callback and stored in the context.
    ///
    /// ```
    /// let p: clack_core::Param = clack_core::Opt::new("--x").expose_value(false).into();
    /// assert!(!p.expose_value());
    /// ```
    pub fn expose_value(&self) -> bool {
        self.expose_value
    }

    /// Whether the parameter is processed before the others.
    ///
    /// ```
    /// let p: clack_core::Param = clack_core::Opt::new("--x").is_eager(true).into();
    /// assert!(p.is_eager());
    /// ```
    pub fn is_eager(&self) -> bool {
        self.is_eager
    }

    /// Whether the option is left out of help and completion.
    ///
    /// ```
    /// let p: clack_core::Param = clack_core::Opt::new("--x").hidden(true).into();
    /// assert!(p.hidden());
    /// ```
    pub fn hidden(&self) -> bool {
        self.option().is_some_and(|o| o.hidden)
    }

    /// The help text.
    ///
    /// ```
    /// let p: clack_core::Param = clack_core::Opt::new("--x").help("Does x.").into();
    /// assert_eq!(p.help_text(), Some("Does x."));
    /// ```
    pub fn help_text(&self) -> Option<&str> {
        self.help.as_deref()
    }

    /// Whether the option is a flag (takes no value).
    ///
    /// ```
    /// let p: clack_core::Param = clack_core::Opt::new("--force").flag().into();
    /// assert!(p.is_flag());
    /// ```
    pub fn is_flag(&self) -> bool {
        self.option().is_some_and(OptionSpec::is_flag)
    }

    /// Whether the option counts its occurrences (`-vvv`).
    ///
    /// ```
    /// let p: clack_core::Param = clack_core::Opt::new("-v").count().into();
    /// assert!(p.is_count());
    /// ```
    pub fn is_count(&self) -> bool {
        self.option().is_some_and(OptionSpec::is_count)
    }

    /// A boolean flag (or on/off pair), as opposed to a feature switch.
    pub(crate) fn is_bool_flag(&self) -> bool {
        self.option()
            .is_some_and(|o| matches!(o.kind, OptionKind::Flag { .. }))
    }

    /// The parameter type's name (`integer`, `choice`, ...).
    ///
    /// ```
    /// let p: clack_core::Param = clack_core::Opt::new("--n").value_type::<u8>().into();
    /// assert_eq!(p.type_name(), "integer");
    /// ```
    pub fn type_name(&self) -> String {
        self.ty.name()
    }

    /// Completions for a partly typed value: the custom completion function
    /// if one is set, else the type's.
    pub fn shell_complete(&self, ctx: &Context, incomplete: &str) -> Vec<CompletionItem> {
        match &self.shell_complete {
            Some(f) => f(ctx, self, incomplete),
            None => self.ty.shell_complete(ctx, incomplete),
        }
    }

    /// The name used in messages: the name for options, the metavar (or
    /// upper-cased name) for arguments (Click's `human_readable_name`).
    ///
    /// ```
    /// let p: clack_core::Param = clack_core::Arg::new("src").into();
    /// assert_eq!(p.human_readable_name(), "SRC");
    /// ```
    pub fn human_readable_name(&self) -> String {
        match &self.kind {
            Kind::Option(_) => self.name.to_string(),
            Kind::Argument => self
                .metavar
                .clone()
                .unwrap_or_else(|| self.name.to_uppercase()),
        }
    }

    /// Whether the value takes a list shape (`multiple`, or `nargs` other than 1).
    pub(crate) fn is_multi(&self) -> bool {
        self.multiple || self.nargs != 1
    }

    /// The environment variables to read, explicit ones first, then the
    /// automatic `PREFIX_NAME` one for options.
    pub(crate) fn envvar_names(&self, ctx: &Context) -> Vec<String> {
        let mut names = self.envvar.clone();
        if let Some(spec) = self.option()
            && spec.allow_from_autoenv
            && !self.name.is_empty()
            && let Some(prefix) = ctx.auto_envvar_prefix()
        {
            names.push(format!("{prefix}_{}", self.name.to_uppercase()));
        }
        names
    }
}

/// Whether `s` is a Python identifier (used to tell an option's explicit
/// name from its flags).
pub(crate) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_alphabetic() || c == '_' => {}
        _ => return false,
    }
    chars.all(|c| c.is_alphanumeric() || c == '_')
}
