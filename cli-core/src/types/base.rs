//! A type's behaviour apart from its value: what a custom type built on a
//! built-in one inherits (Click's subclassing of `click.Path` and friends).

use std::ffi::{OsStr, OsString};

use super::{MetavarInfo, ParamType};
use crate::Context;
use crate::candidate::{CompletionItem, CompletionKind};

/// The methods of a [`ParamType`] that do not mention its value type, so
/// that any type can be seen through one `dyn` reference.
trait Behaviour: Send + Sync {
    fn name(&self) -> String;
    fn metavar(&self, info: &MetavarInfo) -> Option<String>;
    fn split_envvar_value(&self, value: &OsStr) -> Vec<OsString>;
    fn shell_complete(&self, ctx: &Context, incomplete: &str) -> Vec<CompletionItem>;
    fn missing_message(&self, ctx: Option<&Context>) -> Option<String>;
    fn describe_range(&self) -> Option<String>;
    fn choices(&self, ctx: Option<&Context>) -> Option<Vec<String>>;
    fn completion_kind(&self) -> Option<CompletionKind>;
}

impl<P: ParamType> Behaviour for P {
    fn name(&self) -> String {
        ParamType::name(self)
    }
    fn metavar(&self, info: &MetavarInfo) -> Option<String> {
        ParamType::metavar(self, info)
    }
    fn split_envvar_value(&self, value: &OsStr) -> Vec<OsString> {
        ParamType::split_envvar_value(self, value)
    }
    fn shell_complete(&self, ctx: &Context, incomplete: &str) -> Vec<CompletionItem> {
        ParamType::shell_complete(self, ctx, incomplete)
    }
    fn missing_message(&self, ctx: Option<&Context>) -> Option<String> {
        ParamType::missing_message(self, ctx)
    }
    fn describe_range(&self) -> Option<String> {
        ParamType::describe_range(self)
    }
    fn choices(&self, ctx: Option<&Context>) -> Option<Vec<String>> {
        ParamType::choices(self, ctx)
    }
    fn completion_kind(&self) -> Option<CompletionKind> {
        ParamType::completion_kind(self)
    }
}

/// The type a custom [`ParamType`] is built on, returned by
/// [`ParamType::base`]: the custom type's default methods (environment
/// variable splitting, completion and its kind, metavar, the "Missing"
/// message, the range and choices shown) are the base's, so only
/// [`name`](ParamType::name) and [`convert`](ParamType::convert) are
/// written by hand, and any other method may still be overridden.
///
/// It covers what does not depend on the value type; conversion, arity,
/// `is_pure` and `is_bool` are the custom type's own.
///
/// ```
/// use clack_core::types::{Base, Int};
///
/// let range = Int::<u8>::range(1, 9);
/// let base = Base::of(&range);
/// assert_eq!(base.describe_range().as_deref(), Some("1<=x<=9"));
/// assert_eq!(base.name(), "integer range");
/// ```
#[derive(Clone, Copy)]
pub struct Base<'a>(&'a dyn Behaviour);

impl<'a> Base<'a> {
    /// See `ty` as a base type.
    ///
    /// ```
    /// let path = clack_core::types::Path::new();
    /// let base = clack_core::types::Base::of(&path);
    /// assert_eq!(base.name(), "path");
    /// ```
    pub fn of<P: ParamType>(ty: &'a P) -> Self {
        Base(ty)
    }

    /// The base's [`name`](ParamType::name).
    ///
    /// ```
    /// assert_eq!(clack_core::types::Base::of(&clack_core::types::Text).name(), "text");
    /// ```
    pub fn name(&self) -> String {
        self.0.name()
    }

    /// The base's [`metavar`](ParamType::metavar).
    ///
    /// ```
    /// use clack_core::types::{Base, Choice, MetavarInfo};
    /// let choice = Choice::new(["a", "b"]);
    /// let info = MetavarInfo { is_argument: false, required: false, show_choices: true };
    /// assert_eq!(Base::of(&choice).metavar(&info).as_deref(), Some("[a|b]"));
    /// ```
    pub fn metavar(&self, info: &MetavarInfo) -> Option<String> {
        self.0.metavar(info)
    }

    /// The base's [`split_envvar_value`](ParamType::split_envvar_value).
    ///
    /// ```
    /// use clack_core::types::{Base, Path};
    /// # #[cfg(unix)]
    /// assert_eq!(Base::of(&Path::new()).split_envvar_value("a:b".as_ref()), ["a", "b"]);
    /// ```
    pub fn split_envvar_value(&self, value: &OsStr) -> Vec<OsString> {
        self.0.split_envvar_value(value)
    }

    /// The base's [`shell_complete`](ParamType::shell_complete).
    ///
    /// ```
    /// # fn f(ctx: &clack_core::Context) {
    /// let path = clack_core::types::Path::new();
    /// let items = clack_core::types::Base::of(&path).shell_complete(ctx, "sr");
    /// # let _ = items;
    /// # }
    /// ```
    pub fn shell_complete(&self, ctx: &Context, incomplete: &str) -> Vec<CompletionItem> {
        self.0.shell_complete(ctx, incomplete)
    }

    /// The base's [`missing_message`](ParamType::missing_message).
    ///
    /// ```
    /// use clack_core::types::{Base, Choice};
    /// let choice = Choice::new(["a", "b"]);
    /// assert!(Base::of(&choice).missing_message(None).is_some());
    /// ```
    pub fn missing_message(&self, ctx: Option<&Context>) -> Option<String> {
        self.0.missing_message(ctx)
    }

    /// The base's [`describe_range`](ParamType::describe_range).
    ///
    /// ```
    /// assert_eq!(clack_core::types::Base::of(&clack_core::types::Text).describe_range(), None);
    /// ```
    pub fn describe_range(&self) -> Option<String> {
        self.0.describe_range()
    }

    /// The base's [`choices`](ParamType::choices).
    ///
    /// ```
    /// use clack_core::types::{Base, Choice};
    /// let choice = Choice::new(["a", "b"]);
    /// assert_eq!(Base::of(&choice).choices(None), Some(vec!["a".to_string(), "b".to_string()]));
    /// ```
    pub fn choices(&self, ctx: Option<&Context>) -> Option<Vec<String>> {
        self.0.choices(ctx)
    }

    /// The base's [`completion_kind`](ParamType::completion_kind).
    ///
    /// ```
    /// use clack_core::complete::CompletionKind;
    /// use clack_core::types::{Base, Path};
    /// let dirs = Path::new().file_okay(false);
    /// assert_eq!(Base::of(&dirs).completion_kind(), Some(CompletionKind::Dir));
    /// ```
    pub fn completion_kind(&self) -> Option<CompletionKind> {
        self.0.completion_kind()
    }
}
