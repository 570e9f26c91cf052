//! Python behaviour that Click's output depends on, ported from CPython
//! 3.12 and kept in one place: `repr()` of strings and floats, `difflib`'s
//! close matches, `str` predicates, `textwrap` and `strptime`.
//!
//! Nothing here is public: these are means to print what Click prints.

pub(crate) mod difflib;
pub(crate) mod pystr;
pub(crate) mod repr;
#[cfg(feature = "datetime")]
pub(crate) mod strptime;
pub(crate) mod textwrap;
