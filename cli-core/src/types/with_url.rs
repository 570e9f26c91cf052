//! `url::Url` as a parameter value (the `url` feature).

use std::ffi::OsString;

use super::defaults::{DefaultFor, NotOption};
use super::{IntoDefault, ParamType, ParamValue};
use crate::compat::repr::py_repr_os;
use crate::{Context, Error};

/// A parameter type producing a `url::Url`, parsed by the `url` crate (an
/// absolute URL). Click has no URL type; this one behaves as a Click
/// `ParamType` named `url` would: the metavar is `URL`, and a value that
/// does not parse is `'x' is not a valid URL: <the url crate's reason>`.
///
/// ```
/// use clack_core::{ParamType, ParamValue};
/// let t = url::Url::param_type();
/// assert_eq!(t.convert("https://example.org/a".into(), None).unwrap().path(), "/a");
/// assert_eq!(
///     t.convert("example.org".into(), None).unwrap_err().message(),
///     "'example.org' is not a valid URL: relative URL without a base"
/// );
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct UrlType;

impl ParamType for UrlType {
    type Value = url::Url;

    fn name(&self) -> String {
        "url".into()
    }

    fn convert(&self, value: OsString, _ctx: Option<&Context>) -> Result<url::Url, Error> {
        let invalid = |why: &dyn std::fmt::Display| {
            Error::bad_parameter(format!("{} is not a valid URL: {why}", py_repr_os(&value)))
        };
        let Some(text) = value.to_str() else {
            return Err(invalid(&"it is not valid UTF-8"));
        };
        url::Url::parse(text).map_err(|e| invalid(&e))
    }

    fn is_pure(&self) -> bool {
        true
    }
}

impl ParamValue for url::Url {
    type Type = UrlType;
    fn param_type() -> UrlType {
        UrlType
    }
}

impl IntoDefault for url::Url {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        out.push(self.as_str().into());
    }
}

impl DefaultFor<url::Url> for &str {}
impl DefaultFor<url::Url> for url::Url {}
impl NotOption for url::Url {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_parse_or_say_why() {
        let t = UrlType;
        let u = t
            .convert("HTTP://Example.ORG:80/x?y#z".into(), None)
            .unwrap();
        assert_eq!(u.as_str(), "http://example.org/x?y#z");
        assert_eq!(
            t.convert("http://[::1".into(), None).unwrap_err().message(),
            "'http://[::1' is not a valid URL: invalid IPv6 address"
        );
        let mut out = Vec::new();
        u.default_tokens(&mut out);
        assert_eq!(out, ["http://example.org/x?y#z"]);
    }
}
