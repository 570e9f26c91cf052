//! Help pages: Click's wrapping rules, its `HelpFormatter`, and the layout
//! of a command's help page and usage line.

pub mod formatter;
mod pystr;
pub(crate) mod render;
mod textwrap;
pub mod wrap;
