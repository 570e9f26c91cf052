//! Click's `BOOL` type.

use std::ffi::OsString;

use super::{ParamType, ParamValue};
use crate::compat::repr::py_repr_os;
use crate::{Context, Error};

/// Click's `BOOL`: `1 0 yes no true false on off t f y n` and the empty
/// string, case-insensitive, surrounding whitespace ignored.
///
/// ```
/// use clack_core::{ParamType, types::Bool};
/// assert_eq!(Bool.convert(" Yes ".into(), None).unwrap(), true);
/// assert_eq!(Bool.convert("off".into(), None).unwrap(), false);
/// assert!(Bool.convert("maybe".into(), None).is_err());
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Bool;

impl Bool {
    /// Read a boolean the way Click's `str_to_bool` does; `None` when the
    /// text is not one of the recognised spellings.
    ///
    /// ```
    /// use clack_core::types::Bool;
    /// assert_eq!(Bool::str_to_bool("T"), Some(true));
    /// assert_eq!(Bool::str_to_bool(""), Some(false));
    /// assert_eq!(Bool::str_to_bool("2"), None);
    /// ```
    pub fn str_to_bool(text: &str) -> Option<bool> {
        let text = text.trim();
        // The words are short and ASCII: compare without allocating when
        // the text is ASCII too, else lowercase it as Python does.
        let lowered;
        let mut buf = [0u8; 5];
        let text = if text.is_ascii() && text.len() <= buf.len() {
            buf[..text.len()].copy_from_slice(text.as_bytes());
            buf[..text.len()].make_ascii_lowercase();
            std::str::from_utf8(&buf[..text.len()]).unwrap_or("")
        } else {
            lowered = text.to_lowercase();
            lowered.as_str()
        };
        match text {
            "1" | "yes" | "true" | "on" | "t" | "y" => Some(true),
            "0" | "no" | "false" | "off" | "f" | "n" | "" => Some(false),
            _ => None,
        }
    }
}

impl ParamType for Bool {
    fn is_pure(&self) -> bool {
        true
    }

    type Value = bool;
    fn name(&self) -> String {
        "boolean".into()
    }
    fn convert(&self, value: OsString, _ctx: Option<&Context>) -> Result<bool, Error> {
        let text = value.to_string_lossy();
        Bool::str_to_bool(&text).ok_or_else(|| {
            Error::bad_parameter(format!(
                "{} is not a valid boolean. Recognized values: , 0, 1, f, false, n, no, off, on, t, true, y, yes",
                py_repr_os(&value)
            ))
        })
    }
    fn is_bool(&self) -> bool {
        true
    }
}

impl ParamValue for bool {
    type Type = Bool;
    fn param_type() -> Bool {
        Bool
    }
}
