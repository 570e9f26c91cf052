//! Click's text layout: wrapping with `\b` paragraphs, its `HelpFormatter`
//! (usage lines, headings, definition lists) and the help width. Knows
//! nothing of commands; `help` lays their pages out with it.

pub mod formatter;
pub(crate) mod spans;
pub(crate) mod styles;
pub mod wrap;
