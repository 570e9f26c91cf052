//! Click's `DateTime` type: a date and time read with strptime formats.

use std::ffi::OsString;

use super::{IntoDefault, MetavarInfo, ParamType, ParamValue};
use crate::compat::repr::{py_repr, py_repr_os};
pub use crate::compat::strptime::NaiveDateTime;
use crate::compat::strptime::strptime;
use crate::{Context, Error};

const DEFAULT_FORMATS: [&str; 3] = ["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"];

/// A date and time (Click's `DateTime`), tried against each format in turn
/// with Python's `strptime` rules. The metavar lists the formats.
///
/// ```
/// use clack_core::{ParamType, types::DateTime};
/// let t = DateTime::new();
/// let d = t.convert("2024-07-09T10:30:00".into(), None).unwrap();
/// assert_eq!(d.to_string(), "2024-07-09 10:30:00");
/// let day = DateTime::with_formats(["%d.%m.%Y"]);
/// assert_eq!(day.convert("09.07.2024".into(), None).unwrap().to_string(), "2024-07-09 00:00:00");
/// ```
#[derive(Debug, Clone)]
pub struct DateTime {
    formats: Vec<String>,
}

impl Default for DateTime {
    fn default() -> Self {
        DateTime::new()
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
        Self::with_formats(DEFAULT_FORMATS)
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
        DateTime {
            formats: formats.into_iter().map(Into::into).collect(),
        }
    }
}

impl ParamType for DateTime {
    fn is_pure(&self) -> bool {
        true
    }

    type Value = NaiveDateTime;

    fn name(&self) -> String {
        "datetime".into()
    }

    fn metavar(&self, _info: &MetavarInfo) -> Option<String> {
        Some(format!("[{}]", self.formats.join("|")))
    }

    fn convert(&self, value: OsString, _ctx: Option<&Context>) -> Result<NaiveDateTime, Error> {
        let text = value.to_string_lossy();
        if let Some(d) = self.formats.iter().find_map(|f| strptime(&text, f)) {
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
