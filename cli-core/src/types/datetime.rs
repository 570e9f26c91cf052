//! Click's `DateTime` type: a date and time read with strptime formats,
//! producing clack's [`NaiveDateTime`] or, with the `chrono` and `jiff`
//! features, those crates' date and date-time types ([`DateTimeValue`]).

use std::ffi::OsString;
use std::marker::PhantomData;

use super::{IntoDefault, MetavarInfo, ParamType, ParamValue};
use crate::compat::repr::{py_repr, py_repr_os};
pub use crate::compat::strptime::NaiveDateTime;
use crate::compat::strptime::strptime;
use crate::{Context, Error};

const DEFAULT_FORMATS: [&str; 3] = ["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"];

/// A value that Click's [`DateTime`] type can produce: built from the
/// date and time that a format matched (Python's `strptime` rules), with
/// the formats tried when the parameter names none.
///
/// Implemented for clack's [`NaiveDateTime`] and, with the `chrono` and
/// `jiff` features, for `chrono::NaiveDateTime`, `chrono::NaiveDate`,
/// `jiff::civil::DateTime` and `jiff::civil::Date` (the date types drop the
/// time of day that a format may also read).
///
/// ```
/// use clack_core::types::{DateTimeValue, NaiveDateTime};
/// let d = NaiveDateTime::new(2024, 7, 9, 10, 30, 0, 0).unwrap();
/// assert_eq!(NaiveDateTime::from_naive(d), Some(d));
/// assert_eq!(NaiveDateTime::DEFAULT_FORMATS.len(), 3);
/// ```
pub trait DateTimeValue: Clone + 'static {
    /// The formats tried when the parameter names none: Click's three
    /// for date-times (`%Y-%m-%d`, `%Y-%m-%dT%H:%M:%S`,
    /// `%Y-%m-%d %H:%M:%S`), `%Y-%m-%d` for dates.
    const DEFAULT_FORMATS: &'static [&'static str] = &DEFAULT_FORMATS;

    /// The value for a matched date and time; `None` if this type cannot
    /// hold it (the parse then tries the next format).
    fn from_naive(value: NaiveDateTime) -> Option<Self>;
}

impl DateTimeValue for NaiveDateTime {
    fn from_naive(value: NaiveDateTime) -> Option<Self> {
        Some(value)
    }
}

/// A date and time (Click's `DateTime`), tried against each format in turn
/// with Python's `strptime` rules. The metavar lists the formats. `T` is
/// the value it produces: clack's [`NaiveDateTime`] unless said otherwise
/// (see [`DateTimeValue`]).
///
/// ```
/// use clack_core::{ParamType, types::DateTime};
/// let t = DateTime::new();
/// let d = t.convert("2024-07-09T10:30:00".into(), None).unwrap();
/// assert_eq!(d.to_string(), "2024-07-09 10:30:00");
/// let day = DateTime::with_formats(["%d.%m.%Y"]);
/// assert_eq!(day.convert("09.07.2024".into(), None).unwrap().to_string(), "2024-07-09 00:00:00");
/// ```
#[derive(Debug)]
pub struct DateTime<T = NaiveDateTime> {
    formats: Vec<String>,
    // `fn() -> T` keeps the type `Send + Sync` whatever `T` is.
    marker: PhantomData<fn() -> T>,
}

impl<T> Clone for DateTime<T> {
    fn clone(&self) -> Self {
        DateTime {
            formats: self.formats.clone(),
            marker: PhantomData,
        }
    }
}

impl<T: DateTimeValue> Default for DateTime<T> {
    fn default() -> Self {
        DateTime::of()
    }
}

impl DateTime {
    /// The default formats: `%Y-%m-%d`, `%Y-%m-%dT%H:%M:%S`, `%Y-%m-%d %H:%M:%S`.
    ///
    /// ```
    /// let t = clack_core::types::DateTime::new();
    /// # let _ = t;
    /// ```
    pub fn new() -> Self {
        DateTime::of()
    }

    /// These formats, tried in order.
    ///
    /// ```
    /// let t = clack_core::types::DateTime::with_formats(["%H:%M"]);
    /// # let _ = t;
    /// ```
    pub fn with_formats<I, S>(formats: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        DateTime::of_formats(formats)
    }
}

impl<T: DateTimeValue> DateTime<T> {
    /// The type producing `T`, with `T`'s default formats.
    ///
    /// ```
    /// use clack_core::{ParamType, types::{DateTime, NaiveDateTime}};
    /// let t = DateTime::<NaiveDateTime>::of();
    /// assert_eq!(t.name(), "datetime");
    /// ```
    pub fn of() -> Self {
        Self::of_formats(T::DEFAULT_FORMATS.iter().copied())
    }

    /// The type producing `T`, with these formats, tried in order.
    ///
    /// ```
    /// use clack_core::{ParamType, types::{DateTime, NaiveDateTime}};
    /// let t = DateTime::<NaiveDateTime>::of_formats(["%d/%m/%Y"]);
    /// assert_eq!(t.convert("09/07/2024".into(), None).unwrap().day, 9);
    /// ```
    pub fn of_formats<I, S>(formats: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        DateTime {
            formats: formats.into_iter().map(Into::into).collect(),
            marker: PhantomData,
        }
    }
}

impl<T: DateTimeValue> ParamType for DateTime<T> {
    fn is_pure(&self) -> bool {
        true
    }

    type Value = T;

    fn name(&self) -> String {
        "datetime".into()
    }

    fn metavar(&self, _info: &MetavarInfo) -> Option<String> {
        Some(format!("[{}]", self.formats.join("|")))
    }

    fn convert(&self, value: OsString, _ctx: Option<&Context>) -> Result<T, Error> {
        let text = value.to_string_lossy();
        let matched = |f: &String| strptime(&text, f).and_then(T::from_naive);
        if let Some(d) = self.formats.iter().find_map(matched) {
            return Ok(d);
        }
        let listed = self
            .formats
            .iter()
            .map(|f| py_repr(f))
            .collect::<Vec<_>>()
            .join(", ");
        let noun = if self.formats.len() == 1 {
            "format"
        } else {
            "formats"
        };
        Err(Error::bad_parameter(format!(
            "{} does not match the {noun} {listed}.",
            py_repr_os(&value)
        )))
    }
}

impl ParamValue for NaiveDateTime {
    type Type = DateTime;
    fn param_type() -> DateTime {
        DateTime::new()
    }
}

impl IntoDefault for NaiveDateTime {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        out.push(self.strftime("%Y-%m-%d %H:%M:%S").into());
    }
}
