//! Text types: `STRING` (UTF-8 text) and `OsText` (any bytes, untouched).

use std::ffi::OsString;

use super::{ParamType, ParamValue};
use crate::compat::repr::py_repr_os;
use crate::{Context, Error};

/// Click's `STRING`: a value as UTF-8 text (metavar `TEXT`).
///
/// Arguments that are not valid UTF-8 are rejected with a usage error; use
/// [`OsText`] (an `OsString` parameter) to accept any bytes.
///
/// ```
/// use clack_core::{ParamType, types::Text};
/// assert_eq!(Text.convert("hi".into(), None).unwrap(), "hi");
/// assert_eq!(Text.name(), "text");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Text;

impl ParamType for Text {
    fn is_pure(&self) -> bool {
        true
    }

    type Value = String;
    fn name(&self) -> String {
        "text".into()
    }
    fn convert(&self, value: OsString, _ctx: Option<&Context>) -> Result<String, Error> {
        value.into_string().map_err(|raw| {
            Error::bad_parameter(format!("{} is not valid UTF-8 text.", py_repr_os(&raw)))
        })
    }
}

/// Text kept as the operating system passed it (`OsString`), for file names
/// and other values that need not be UTF-8. Metavar `TEXT`.
///
/// ```
/// use clack_core::{ParamType, types::OsText};
/// assert_eq!(OsText.convert("a".into(), None).unwrap(), "a");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct OsText;

impl ParamType for OsText {
    fn is_pure(&self) -> bool {
        true
    }

    type Value = OsString;
    fn name(&self) -> String {
        "text".into()
    }
    fn convert(&self, value: OsString, _ctx: Option<&Context>) -> Result<OsString, Error> {
        Ok(value)
    }
}

impl ParamValue for String {
    type Type = Text;
    fn param_type() -> Text {
        Text
    }
}

impl ParamValue for OsString {
    type Type = OsText;
    fn param_type() -> OsText {
        OsText
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn non_utf8_text_is_a_clear_error() {
        use std::os::unix::ffi::OsStringExt;
        let raw = OsString::from_vec(b"caf\xe9".to_vec());
        let err = Text.convert(raw.clone(), None).unwrap_err();
        assert_eq!(err.message(), "'caf\\udce9' is not valid UTF-8 text.");
        assert_eq!(OsText.convert(raw.clone(), None).unwrap(), raw);
    }
}
