//! Any Rust type with a `FromStr` implementation as a parameter type.

use std::ffi::OsString;
use std::fmt::Display;
use std::marker::PhantomData;
use std::str::FromStr;

use super::ParamType;
use crate::compat::repr::py_repr_os;
use crate::{Context, Error};

/// A parameter type that converts with the value type's [`FromStr`], for
/// types clack has no built-in conversion for (`std::net::IpAddr`,
/// `SocketAddr`, your own types).
///
/// The type's name (the last segment of its Rust path, `IpAddr`) is used
/// in messages, and in capitals (`IPADDR`) as the metavar; the parse
/// error's text follows it, in Click's tone:
/// `'x' is not a valid IpAddr: invalid IP address syntax`.
///
/// `#[command]` uses this type by itself for a parameter whose Rust type
/// is not a [`ParamValue`](super::ParamValue) but is `FromStr`. In the
/// builder API, pass it to [`Opt::ty`](crate::Opt::ty) or
/// [`Arg::ty`](crate::Arg::ty): `Opt::new("--addr").ty(FromStrType::<IpAddr>::new())`.
///
/// ```
/// use std::net::IpAddr;
/// use clack_core::{ParamType, types::FromStrType};
///
/// let t = FromStrType::<IpAddr>::new();
/// assert_eq!(t.name(), "IpAddr");
/// assert_eq!(t.convert("::1".into(), None).unwrap(), "::1".parse::<IpAddr>().unwrap());
/// assert_eq!(
///     t.convert("x".into(), None).unwrap_err().message(),
///     "'x' is not a valid IpAddr: invalid IP address syntax"
/// );
/// assert_eq!(FromStrType::<IpAddr>::named("address").name(), "address");
/// ```
pub struct FromStrType<T> {
    name: Option<String>,
    // `fn() -> T` keeps the type `Send + Sync` whatever `T` is.
    marker: PhantomData<fn() -> T>,
}

impl<T> FromStrType<T> {
    /// The type, named after `T`.
    ///
    /// ```
    /// let t = clack_core::types::FromStrType::<std::net::SocketAddr>::new();
    /// # let _ = t;
    /// ```
    pub fn new() -> Self {
        FromStrType {
            name: None,
            marker: PhantomData,
        }
    }

    /// The type with its own name for messages (and, in capitals, the
    /// metavar).
    ///
    /// ```
    /// use clack_core::{ParamType, types::FromStrType};
    /// assert_eq!(FromStrType::<std::net::IpAddr>::named("address").name(), "address");
    /// ```
    pub fn named(name: impl Into<String>) -> Self {
        FromStrType {
            name: Some(name.into()),
            marker: PhantomData,
        }
    }
}

impl<T> Default for FromStrType<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> Clone for FromStrType<T> {
    fn clone(&self) -> Self {
        FromStrType {
            name: self.name.clone(),
            marker: PhantomData,
        }
    }
}

impl<T> std::fmt::Debug for FromStrType<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = self.name.as_deref().unwrap_or(short_type_name::<T>());
        f.debug_struct("FromStrType").field("name", &name).finish()
    }
}

/// The last path segment of `T`'s name, with its generic arguments:
/// `std::net::IpAddr` → `IpAddr`, `my::Wrapper<a::B>` → `Wrapper<a::B>`.
fn short_type_name<T>() -> &'static str {
    let full = std::any::type_name::<T>();
    let head_end = full.find('<').unwrap_or(full.len());
    let start = full[..head_end].rfind("::").map_or(0, |i| i + 2);
    &full[start..]
}

impl<T> ParamType for FromStrType<T>
where
    T: FromStr + Clone + 'static,
    T::Err: Display,
{
    type Value = T;

    fn name(&self) -> String {
        match &self.name {
            Some(n) => n.clone(),
            None => short_type_name::<T>().to_owned(),
        }
    }

    fn convert(&self, value: OsString, _ctx: Option<&Context>) -> Result<T, Error> {
        let invalid = |why: &dyn Display| {
            let why = why.to_string();
            let head = format!("{} is not a valid {}", py_repr_os(&value), self.name());
            Error::bad_parameter(if why.is_empty() {
                format!("{head}.")
            } else {
                format!("{head}: {why}")
            })
        };
        let Some(text) = value.to_str() else {
            return Err(invalid(&"it is not valid UTF-8"));
        };
        text.parse().map_err(|e| invalid(&e))
    }

    fn is_pure(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::MetavarInfo;

    #[derive(Debug, Clone, PartialEq)]
    struct Quiet;
    impl FromStr for Quiet {
        type Err = &'static str;
        fn from_str(s: &str) -> Result<Self, &'static str> {
            if s == "q" { Ok(Quiet) } else { Err("") }
        }
    }

    #[test]
    fn names_and_metavars() {
        assert_eq!(short_type_name::<std::net::SocketAddr>(), "SocketAddr");
        assert_eq!(short_type_name::<Quiet>(), "Quiet");
        assert_eq!(
            short_type_name::<std::collections::BTreeSet<String>>(),
            "BTreeSet<alloc::string::String>"
        );
        let info = MetavarInfo {
            is_argument: false,
            required: false,
            show_choices: true,
        };
        assert_eq!(FromStrType::<Quiet>::new().metavar(&info), None);
        assert_eq!(
            format!("{:?}", FromStrType::<Quiet>::new()),
            "FromStrType { name: \"Quiet\" }"
        );
    }

    #[test]
    fn an_empty_reason_ends_the_sentence() {
        let t = FromStrType::<Quiet>::new();
        assert_eq!(t.convert("q".into(), None).unwrap(), Quiet);
        assert_eq!(
            t.convert("it's".into(), None).unwrap_err().message(),
            "\"it's\" is not a valid Quiet."
        );
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_is_refused() {
        use std::os::unix::ffi::OsStringExt;
        let t = FromStrType::<u8>::new();
        let err = t.convert(OsString::from_vec(vec![0xff]), None).unwrap_err();
        assert!(
            err.message()
                .ends_with("is not a valid u8: it is not valid UTF-8")
        );
    }
}
