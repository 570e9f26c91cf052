//! Click's `UUID` type and a small UUID value.

use std::ffi::OsString;
use std::fmt;
use std::str::FromStr;

use super::{ParamType, ParamValue};
use crate::compat::repr::py_repr_os;
use crate::{Context, Error};

/// A 128-bit UUID, read and printed as Python's `uuid.UUID` does.
///
/// ```
/// use clack_core::types::Uuid;
/// let u: Uuid = "{12345678-1234-5678-1234-567812345678}".parse().unwrap();
/// assert_eq!(u.to_string(), "12345678-1234-5678-1234-567812345678");
/// assert!("urn:uuid:12345678123456781234567812345678".parse::<Uuid>().is_ok());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Uuid(pub u128);

impl Uuid {
    /// The 16 bytes, most significant first.
    ///
    /// ```
    /// assert_eq!(clack_core::types::Uuid(1).as_bytes()[15], 1);
    /// ```
    pub fn as_bytes(&self) -> [u8; 16] {
        self.0.to_be_bytes()
    }
}

/// The text was not a UUID.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseUuidError;

impl fmt::Display for ParseUuidError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("badly formed hexadecimal UUID string")
    }
}

impl std::error::Error for ParseUuidError {}

impl FromStr for Uuid {
    type Err = ParseUuidError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let hex = s.replace("urn:", "").replace("uuid:", "");
        let hex = hex.trim_matches(|c| c == '{' || c == '}').replace('-', "");
        if hex.len() != 32 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(ParseUuidError);
        }
        u128::from_str_radix(&hex, 16)
            .map(Uuid)
            .map_err(|_| ParseUuidError)
    }
}

impl fmt::Display for Uuid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let h = format!("{:032x}", self.0);
        write!(
            f,
            "{}-{}-{}-{}-{}",
            &h[0..8],
            &h[8..12],
            &h[12..16],
            &h[16..20],
            &h[20..32]
        )
    }
}

/// Click's `UUID` parameter type (metavar `UUID`).
///
/// ```
/// use clack_core::{ParamType, types::UuidType};
/// assert!(UuidType.convert(" 12345678-1234-5678-1234-567812345678 ".into(), None).is_ok());
/// assert_eq!(
///     UuidType.convert("zzz".into(), None).unwrap_err().message(),
///     "'zzz' is not a valid UUID."
/// );
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct UuidType;

impl ParamType for UuidType {
    fn is_pure(&self) -> bool {
        true
    }

    type Value = Uuid;
    fn name(&self) -> String {
        "uuid".into()
    }
    fn convert(&self, value: OsString, _ctx: Option<&Context>) -> Result<Uuid, Error> {
        let text = value.to_string_lossy();
        text.trim().parse().map_err(|_| {
            Error::bad_parameter(format!("{} is not a valid UUID.", py_repr_os(&value)))
        })
    }
}

impl ParamValue for Uuid {
    type Type = UuidType;
    fn param_type() -> UuidType {
        UuidType
    }
}

impl super::IntoDefault for Uuid {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        out.push(self.to_string().into());
    }
}
