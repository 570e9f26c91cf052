//! Help page text: Click's wrapping rules and its `HelpFormatter`, as pure
//! functions on strings with no knowledge of commands or parameters.

pub mod formatter;
mod pystr;
mod textwrap;
pub mod wrap;
