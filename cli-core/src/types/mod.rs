//! Parameter types: how a command-line string becomes a typed value.
//!
//! [`ParamType`] is Click's `ParamType`: a name for messages, a metavar for
//! help, a `convert` that validates and converts, and hooks for environment
//! variables, completion and help. The built-in types mirror Click's
//! (`STRING`, `INT`, `FLOAT`, `BOOL`, `UUID`, `Choice`, `IntRange`,
//! `FloatRange`, `DateTime`, `Tuple`, `Path`, `File`).
//!
//! [`ParamValue`] maps a Rust type to its natural parameter type (`u32` →
//! [`Int<u32>`], `PathBuf` → [`Path`], a derived choice enum → [`Choice`]),
//! which is how `#[command]` picks types from a function's signature. A
//! type without one that implements `FromStr` converts through
//! [`FromStrType`].

use std::ffi::{OsStr, OsString};

use crate::candidate::CompletionItem;
use crate::{Context, Error};

mod base;
mod boolean;
mod choice;
#[cfg(feature = "datetime")]
mod datetime;
mod defaults;
mod erased;
#[cfg(feature = "files")]
mod file;
mod fromstr;
mod inferred;
mod number;
mod path;
mod text;
mod tuple;
mod uuid;
#[cfg(feature = "chrono")]
mod with_chrono;
#[cfg(feature = "jiff")]
mod with_jiff;
#[cfg(feature = "url")]
mod with_url;
#[cfg(feature = "uuid")]
mod with_uuid;

pub use crate::value::IntoDefault;
#[doc(hidden)]
pub use crate::value::TypedDefault;
pub use base::Base;
pub use boolean::Bool;
#[doc(hidden)]
pub use choice::typed_choice;
pub use choice::{Choice, ChoiceEnum};
#[cfg(feature = "datetime")]
pub use datetime::{DateTime, DateTimeValue, NaiveDateTime};
#[doc(hidden)]
pub use defaults::{DefaultFor, NotOption, check_default};
pub(crate) use erased::{DynType, bool_type, erase, text_type};
#[cfg(feature = "files")]
pub use file::{File, LazyFile};
pub use fromstr::FromStrType;
pub use number::{Float, FloatValue, Int, IntValue};
pub use path::Path;
pub use text::{OsText, Text};
pub use tuple::Tuple;
pub use uuid::{Uuid, UuidType};
#[cfg(feature = "url")]
pub use with_url::UrlType;
#[cfg(feature = "uuid")]
pub use with_uuid::UuidCrateType;

/// Facts about the parameter a metavar is rendered for.
///
/// ```
/// use clack_core::types::MetavarInfo;
/// let info = MetavarInfo { is_argument: true, required: true, show_choices: true };
/// assert!(info.is_argument);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MetavarInfo {
    /// The parameter is a positional argument (not an option).
    pub is_argument: bool,
    /// The parameter is required.
    pub required: bool,
    /// Choices are listed in the metavar (`show_choices`).
    pub show_choices: bool,
}

/// A parameter type: converts and validates command-line strings.
///
/// Implement it for your own types (Click's custom `ParamType`). Only
/// [`name`](ParamType::name) and [`convert`](ParamType::convert) are needed;
/// the rest have Click's defaults.
///
/// ```
/// use std::ffi::OsString;
/// use clack_core::{Context, Error, ParamType};
///
/// /// A colour written as #rrggbb.
/// struct HexColor;
///
/// impl ParamType for HexColor {
///     type Value = String;
///     fn name(&self) -> String { "color".into() }
///     fn convert(&self, value: OsString, _ctx: Option<&Context>) -> Result<String, Error> {
///         let text = value.to_string_lossy().to_lowercase();
///         if text.len() == 7 && text.starts_with('#') {
///             Ok(text)
///         } else {
///             Err(Error::bad_parameter(format!("{text:?} is not a colour.")))
///         }
///     }
/// }
///
/// assert_eq!(HexColor.convert("#ABCDEF".into(), None).unwrap(), "#abcdef");
/// ```
pub trait ParamType: Send + Sync + 'static {
    /// The converted value.
    type Value: Clone + 'static;

    /// The type's name, used in messages (`'x' is not a valid integer.`) and,
    /// upper-cased, as the default metavar.
    fn name(&self) -> String;

    /// The metavar shown in help (`INTEGER`, `[a|b]`); `None` uses the name
    /// in upper case.
    fn metavar(&self, info: &MetavarInfo) -> Option<String> {
        self.base().and_then(|b| b.metavar(info))
    }

    /// Convert one command-line string. Fail with
    /// [`Error::bad_parameter`]; the parameter's name is added by the caller.
    fn convert(&self, value: OsString, ctx: Option<&Context>) -> Result<Self::Value, Error>;

    /// How many strings one value takes. More than one makes the type
    /// *composite* (Click's `Tuple`), and [`convert_many`](ParamType::convert_many)
    /// is called instead of [`convert`](ParamType::convert).
    fn arity(&self) -> usize {
        1
    }

    /// Convert the strings of one composite value.
    fn convert_many(
        &self,
        values: Vec<OsString>,
        ctx: Option<&Context>,
    ) -> Result<Self::Value, Error> {
        let given = values.len();
        match <[OsString; 1]>::try_from(values) {
            Ok([one]) => self.convert(one, ctx),
            Err(_) => Err(Error::bad_parameter(format!(
                "1 value is required, but {given} were given."
            ))),
        }
    }

    /// Whether the type is composite (Click's `is_composite`); composite types
    /// decide `nargs` themselves.
    fn is_composite(&self) -> bool {
        self.arity() != 1
    }

    /// Split an environment variable's value into several values, for
    /// parameters that take more than one. Whitespace by default; paths and
    /// files split on the platform's path separator.
    fn split_envvar_value(&self, value: &OsStr) -> Vec<OsString> {
        match self.base() {
            Some(b) => b.split_envvar_value(value),
            None => split_whitespace(value),
        }
    }

    /// Completions for a partly typed value.
    fn shell_complete(&self, ctx: &Context, incomplete: &str) -> Vec<CompletionItem> {
        self.base()
            .map(|b| b.shell_complete(ctx, incomplete))
            .unwrap_or_default()
    }

    /// Extra text for the "Missing ..." error (Choice lists its choices).
    fn missing_message(&self, ctx: Option<&Context>) -> Option<String> {
        self.base().and_then(|b| b.missing_message(ctx))
    }

    /// The range shown in an option's help, like `1<=x<=10`.
    fn describe_range(&self) -> Option<String> {
        self.base().and_then(|b| b.describe_range())
    }

    /// The choices a prompt lists as `(a, b)`, if the type is a choice.
    fn choices(&self, ctx: Option<&Context>) -> Option<Vec<String>> {
        self.base().and_then(|b| b.choices(ctx))
    }

    /// How the shell should complete values of this type when there is no
    /// list of candidates: `file`, `dir` or nothing.
    fn completion_kind(&self) -> Option<crate::candidate::CompletionKind> {
        self.base().and_then(|b| b.completion_kind())
    }

    /// The type this one is built on (Click's subclass of `click.Path` and
    /// the like): the default methods above (metavar, environment variable
    /// splitting, completion and its kind, the "Missing" message, range and
    /// choices) are then the base's. `None` by default. Keep the base in
    /// the type and convert through it in [`convert`](ParamType::convert).
    ///
    /// ```
    /// use std::ffi::OsString;
    /// use std::path::PathBuf;
    /// use clack_core::types::{Base, Path};
    /// use clack_core::{Context, Error, ParamType};
    ///
    /// /// A directory that holds a `Cargo.toml`.
    /// struct CrateDir(Path);
    ///
    /// impl ParamType for CrateDir {
    ///     type Value = PathBuf;
    ///     fn name(&self) -> String { "crate".into() }
    ///     fn base(&self) -> Option<Base<'_>> { Some(Base::of(&self.0)) }
    ///     fn convert(&self, value: OsString, ctx: Option<&Context>) -> Result<PathBuf, Error> {
    ///         let dir = self.0.convert(value, ctx)?;
    ///         if dir.join("Cargo.toml").is_file() {
    ///             Ok(dir)
    ///         } else {
    ///             Err(Error::bad_parameter(format!("{} holds no Cargo.toml.", dir.display())))
    ///         }
    ///     }
    /// }
    ///
    /// let ty = CrateDir(Path::new().exists(true).file_okay(false));
    /// // Inherited from `Path`: split on the path separator, complete directories.
    /// # #[cfg(unix)]
    /// assert_eq!(ty.split_envvar_value("a:b".as_ref()), ["a", "b"]);
    /// assert_eq!(ty.completion_kind(), Some(clack_core::complete::CompletionKind::Dir));
    /// ```
    fn base(&self) -> Option<Base<'_>> {
        None
    }

    /// Whether converting depends on nothing but the text: no files, no
    /// environment. A pure type's written defaults are converted once when
    /// the command is first run, so that a default it rejects is reported
    /// as the program's mistake rather than the user's. Default `false`.
    fn is_pure(&self) -> bool {
        false
    }

    /// Whether this is Click's `BOOL` type (flags of this type are boolean
    /// flags, with `--x/--no-x` pairs and confirm-style prompts).
    fn is_bool(&self) -> bool {
        false
    }
}

/// Split on runs of whitespace, ignoring leading and trailing whitespace
/// (Python's `str.split()`), keeping non-UTF-8 bytes intact.
///
/// ```
/// use clack_core::types::split_whitespace;
/// assert_eq!(split_whitespace("alpha beta  gamma ".as_ref()), ["alpha", "beta", "gamma"]);
/// ```
pub fn split_whitespace(value: &OsStr) -> Vec<OsString> {
    crate::lexer::split_os(value, |b| b.is_ascii_whitespace(), true)
}

/// Split on the platform's path-list separator (`:` on Unix, `;` on
/// Windows), keeping empty items, as Click does for `Path` and `File`.
///
/// ```
/// use clack_core::types::split_paths;
/// # #[cfg(unix)]
/// assert_eq!(split_paths("a:b::c".as_ref()), ["a", "b", "", "c"]);
/// ```
pub fn split_paths(value: &OsStr) -> Vec<OsString> {
    let sep = if cfg!(windows) { b';' } else { b':' };
    crate::lexer::split_os(value, |b| b == sep, false)
}

/// A Rust type that can be a parameter's value, with the parameter type that
/// converts to it by default.
///
/// `#[command]` uses this to pick a type from a function's signature; in the
/// builder API, [`Opt::value_type`](crate::Opt::value_type) does the same.
///
/// ```
/// use clack_core::{ParamType, ParamValue};
/// assert_eq!(<u32 as ParamValue>::param_type().name(), "integer");
/// assert_eq!(<String as ParamValue>::param_type().name(), "text");
/// ```
pub trait ParamValue: Clone + Sized + 'static {
    /// The parameter type that produces this Rust type.
    type Type: ParamType<Value = Self>;
    /// The parameter type to use when nothing else is declared.
    fn param_type() -> Self::Type;
}

/// Rust numeric types that accept a `range = a..=b` declaration.
///
/// ```
/// use clack_core::types::RangeValue;
/// use clack_core::ParamType;
/// let t = <u8 as RangeValue>::range_type(Some(1), Some(10), false, false, false);
/// assert_eq!(t.describe_range().as_deref(), Some("1<=x<=10"));
/// ```
pub trait RangeValue: ParamValue {
    /// A range type with these bounds.
    fn range_type(
        min: Option<Self>,
        max: Option<Self>,
        min_open: bool,
        max_open: bool,
        clamp: bool,
    ) -> Self::Type;
}
