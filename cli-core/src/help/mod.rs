//! Help pages: the layout of a command's help page, usage line and short
//! help, from its declaration and context.

pub(crate) mod page;
pub(crate) mod styles;
