//! `uuid::Uuid` as a parameter value, read as Click's `UUID` type reads
//! (the `uuid` feature).

use std::ffi::OsString;

use super::defaults::{DefaultFor, NotOption};
use super::{IntoDefault, ParamType, ParamValue, UuidType};
use crate::{Context, Error};

/// Click's `UUID` parameter type producing a `uuid::Uuid`: the text is
/// stripped of surrounding whitespace and read as Python's `uuid.UUID`
/// reads it (braces, a `urn:uuid:` prefix and hyphens anywhere are
/// allowed); anything else is `'x' is not a valid UUID.`
///
/// ```
/// use clack_core::{ParamType, ParamValue, types::UuidCrateType};
/// let t = uuid::Uuid::param_type();
/// assert_eq!(
///     t.convert("{12345678-1234-5678-1234-567812345678}".into(), None).unwrap(),
///     uuid::Uuid::from_u128(0x12345678_1234_5678_1234_567812345678)
/// );
/// assert_eq!(t.convert("x".into(), None).unwrap_err().message(), "'x' is not a valid UUID.");
/// assert_eq!(UuidCrateType.name(), "uuid");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct UuidCrateType;

impl ParamType for UuidCrateType {
    type Value = uuid::Uuid;

    fn name(&self) -> String {
        UuidType.name()
    }

    fn convert(&self, value: OsString, ctx: Option<&Context>) -> Result<uuid::Uuid, Error> {
        UuidType
            .convert(value, ctx)
            .map(|u| uuid::Uuid::from_u128(u.0))
    }

    fn is_pure(&self) -> bool {
        true
    }
}

impl ParamValue for uuid::Uuid {
    type Type = UuidCrateType;
    fn param_type() -> UuidCrateType {
        UuidCrateType
    }
}

impl IntoDefault for uuid::Uuid {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        out.push(self.hyphenated().to_string().into());
    }
}

impl DefaultFor<uuid::Uuid> for &str {}
impl DefaultFor<uuid::Uuid> for uuid::Uuid {}
impl NotOption for uuid::Uuid {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::MetavarInfo;

    #[test]
    fn reads_as_python_reads() {
        let t = UuidCrateType;
        let want = uuid::Uuid::from_u128(0x12345678_1234_5678_1234_567812345678);
        for text in [
            "12345678-1234-5678-1234-567812345678",
            " 12345678123456781234567812345678\n",
            "urn:uuid:12345678-1234-5678-1234-567812345678",
            "{1234-5678-1234-5678-1234-5678-1234-5678}",
        ] {
            assert_eq!(t.convert(text.into(), None).unwrap(), want, "{text:?}");
        }
        assert_eq!(
            t.convert("1234".into(), None).unwrap_err().message(),
            "'1234' is not a valid UUID."
        );
        let info = MetavarInfo {
            is_argument: false,
            required: false,
            show_choices: true,
        };
        assert_eq!(t.metavar(&info), None);
        let mut out = Vec::new();
        want.default_tokens(&mut out);
        assert_eq!(out, ["12345678-1234-5678-1234-567812345678"]);
    }
}
