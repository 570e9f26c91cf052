//! Help page text: Click's wrapping rules and its `HelpFormatter`, as pure
//! functions on strings with no knowledge of commands or parameters.

mod pystr;
mod textwrap;
pub mod wrap;
