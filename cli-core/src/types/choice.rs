//! Click's `Choice`: a value from a fixed list.
//!
//! The choices are strings, or the variants of an enum that derives
//! `Choice` (which implements [`ChoiceEnum`]). Matching goes through the
//! context's token normalization and, when case-insensitive, case folding;
//! the value returned is always the original choice.

use std::ffi::OsString;

use super::{MetavarInfo, ParamType};
use crate::candidate::CompletionItem;
use crate::compat::repr::{py_repr, py_repr_os};
use crate::{Context, Error};

/// An enum whose variants are the choices of a parameter. Derive it with
/// `#[derive(Choice)]`; each variant's name is its lower-case, dash-separated
/// identifier unless renamed with `#[choice(name = "...")]`.
///
/// ```
/// use clack_core::types::ChoiceEnum;
/// #[derive(Clone, Copy, Debug, PartialEq)]
/// enum Speed { Fast, Slow }
/// impl ChoiceEnum for Speed {
///     const CHOICES: &'static [(&'static str, Self)] = &[("fast", Speed::Fast), ("slow", Speed::Slow)];
///     fn choice_name(&self) -> &'static str {
///         match self { Speed::Fast => "fast", Speed::Slow => "slow" }
///     }
/// }
/// assert_eq!(Speed::Slow.choice_name(), "slow");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a choice enum",
    label = "needs `#[derive(clack::Choice)]` on `{Self}`",
    note = "a `switch` option and `Choice::of_enum` take an enum of unit variants that derives `clack::Choice`"
)]
pub trait ChoiceEnum: Clone + Send + Sync + 'static {
    /// Every choice: its name on the command line and its value.
    const CHOICES: &'static [(&'static str, Self)];

    /// The command-line name of this value.
    fn choice_name(&self) -> &'static str;

    /// The help of this value when it is a feature switch
    /// ([`Opt::switches`](crate::Opt::switches)): `#[derive(Choice)]` takes
    /// it from the variant's doc comment. `None` by default.
    fn choice_help(&self) -> Option<&'static str> {
        None
    }
}

/// A value from a fixed list of choices (Click's `Choice`).
///
/// ```
/// use clack_core::{ParamType, types::Choice};
/// let t = Choice::new(["red", "green", "blue"]);
/// assert_eq!(t.convert("green".into(), None).unwrap(), "green");
/// assert_eq!(
///     t.convert("pink".into(), None).unwrap_err().message(),
///     "'pink' is not one of 'red', 'green', 'blue'."
/// );
/// let insensitive = Choice::new(["hello", "hi"]).case_sensitive(false);
/// assert_eq!(insensitive.convert("HI".into(), None).unwrap(), "hi");
/// ```
#[derive(Debug, Clone)]
pub struct Choice<T = String> {
    choices: Vec<(String, T)>,
    case_sensitive: bool,
}

impl Choice<String> {
    /// Choices from a list of strings.
    ///
    /// ```
    /// let t = clack_core::types::Choice::new(["a", "b"]);
    /// assert_eq!(t.names().collect::<Vec<_>>(), ["a", "b"]);
    /// ```
    pub fn new<I, S>(choices: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Choice {
            choices: choices
                .into_iter()
                .map(|c| {
                    let c = c.into();
                    (c.clone(), c)
                })
                .collect(),
            case_sensitive: true,
        }
    }
}

/// The metavar of a choice's values when they are not listed (Click's
/// `show_choices=False`): the name of the type Click would convert them
/// with, `INTEGER` for integers, `FLOAT`, `BOOLEAN`, `TEXT` for text, and
/// an enum's own name in capitals.
fn value_metavar<T>() -> String {
    let full = std::any::type_name::<T>();
    let base = full.split('<').next().unwrap_or(full);
    let last = base.rsplit("::").next().unwrap_or(base);
    match last {
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64" | "u128"
        | "usize" => "INTEGER".into(),
        "f32" | "f64" => "FLOAT".into(),
        "bool" => "BOOLEAN".into(),
        "String" | "&str" | "str" | "OsString" | "Cow" => "TEXT".into(),
        other => other.to_uppercase(),
    }
}

/// The typed side of a choice enum's value as a default or flag value: the
/// value itself, and the enum's `Choice` as the type a parameter that names
/// none takes from it (so `flag_value(Engine::Oss)` makes an `Engine`
/// switch). For `#[derive(Choice)]`; not part of the public API.
#[doc(hidden)]
pub fn typed_choice<T: ChoiceEnum>(value: &T) -> Option<crate::value::TypedDefault> {
    fn infer<T: ChoiceEnum>() -> Box<dyn std::any::Any> {
        Box::new(super::erase(Choice::<T>::of_enum()))
    }
    Some(crate::value::TypedDefault::of(
        value.clone(),
        Some(infer::<T>),
    ))
}

impl<T: ChoiceEnum> Choice<T> {
    /// The variants of a choice enum.
    ///
    /// ```
    /// use clack_core::types::{Choice, ChoiceEnum};
    /// #[derive(Clone)]
    /// enum Mode { On, Off }
    /// impl ChoiceEnum for Mode {
    ///     const CHOICES: &'static [(&'static str, Self)] = &[("on", Mode::On), ("off", Mode::Off)];
    ///     fn choice_name(&self) -> &'static str { match self { Mode::On => "on", Mode::Off => "off" } }
    /// }
    /// assert_eq!(Choice::<Mode>::of_enum().names().count(), 2);
    /// ```
    pub fn of_enum() -> Self {
        Choice {
            choices: T::CHOICES
                .iter()
                .map(|(n, v)| ((*n).to_string(), v.clone()))
                .collect(),
            case_sensitive: true,
        }
    }
}

impl<T: Clone + Send + Sync + 'static> Choice<T> {
    /// Choices with explicit names and values.
    ///
    /// ```
    /// let t = clack_core::types::Choice::from_pairs([("one", 1), ("two", 2)]);
    /// assert_eq!(t.names().collect::<Vec<_>>(), ["one", "two"]);
    /// ```
    pub fn from_pairs<I, S>(pairs: I) -> Self
    where
        I: IntoIterator<Item = (S, T)>,
        S: Into<String>,
    {
        Choice {
            choices: pairs.into_iter().map(|(n, v)| (n.into(), v)).collect(),
            case_sensitive: true,
        }
    }

    /// Match regardless of case (Click's `case_sensitive=False`).
    ///
    /// ```
    /// use clack_core::{ParamType, types::Choice};
    /// assert!(Choice::new(["a"]).case_sensitive(false).convert("A".into(), None).is_ok());
    /// ```
    pub fn case_sensitive(mut self, yes: bool) -> Self {
        self.case_sensitive = yes;
        self
    }

    /// The names of the choices, in order.
    ///
    /// ```
    /// assert_eq!(clack_core::types::Choice::new(["x"]).names().next(), Some("x"));
    /// ```
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.choices.iter().map(|(n, _)| n.as_str())
    }

    fn normalize(&self, text: &str, ctx: Option<&Context>) -> String {
        let mut text = match ctx {
            Some(ctx) => ctx.normalize_token(text),
            None => text.to_string(),
        };
        if !self.case_sensitive {
            text = casefold(&text);
        }
        text
    }

    fn normalized_names(&self, ctx: Option<&Context>) -> Vec<String> {
        self.choices
            .iter()
            .map(|(n, _)| self.normalize(n, ctx))
            .collect()
    }
}

/// Python's `str.casefold()`, close enough for choice names: lower case,
/// with `ß` folded to `ss`.
fn casefold(text: &str) -> String {
    text.to_lowercase().replace('ß', "ss")
}

impl<T: Clone + Send + Sync + 'static> ParamType for Choice<T> {
    fn is_pure(&self) -> bool {
        true
    }

    type Value = T;

    fn name(&self) -> String {
        "choice".into()
    }

    fn metavar(&self, info: &MetavarInfo) -> Option<String> {
        let inner = if !info.is_argument && !info.show_choices {
            value_metavar::<T>()
        } else {
            let ctx = crate::context::current();
            self.normalized_names(ctx.as_ref()).join("|")
        };
        Some(if info.required && info.is_argument {
            format!("{{{inner}}}")
        } else {
            format!("[{inner}]")
        })
    }

    fn convert(&self, value: OsString, ctx: Option<&Context>) -> Result<T, Error> {
        let text = value.to_string_lossy();
        let wanted = self.normalize(&text, ctx);
        for (name, choice) in &self.choices {
            if self.normalize(name, ctx) == wanted {
                return Ok(choice.clone());
            }
        }
        let names = self.normalized_names(ctx);
        let listed = names
            .iter()
            .map(|n| py_repr(n))
            .collect::<Vec<_>>()
            .join(", ");
        let message = if names.len() == 1 {
            format!("{} is not {listed}.", py_repr_os(&value))
        } else {
            format!("{} is not one of {listed}.", py_repr_os(&value))
        };
        Err(Error::bad_parameter(message))
    }

    fn shell_complete(&self, ctx: &Context, incomplete: &str) -> Vec<CompletionItem> {
        // Click completes the normalized names: token-normalized, and
        // case-folded for a case-insensitive choice.
        let names = self.normalized_names(Some(ctx)).into_iter();
        if self.case_sensitive {
            names
                .filter(|n| n.starts_with(incomplete))
                .map(CompletionItem::new)
                .collect()
        } else {
            let incomplete = incomplete.to_lowercase();
            names
                .filter(|n| n.to_lowercase().starts_with(&incomplete))
                .map(CompletionItem::new)
                .collect()
        }
    }

    fn missing_message(&self, ctx: Option<&Context>) -> Option<String> {
        Some(format!(
            "Choose from:\n\t{}",
            self.normalized_names(ctx).join(",\n\t")
        ))
    }

    fn choices(&self, ctx: Option<&Context>) -> Option<Vec<String>> {
        Some(self.normalized_names(ctx))
    }
}
