//! Terminal utilities: prompts, confirmations, styled output.
//!
//! Everything here reads and writes through the current command's
//! [`Io`](crate::io::Io), so it works the same in a real terminal, in a pipe
//! and under the testing runner.

mod prompt;

pub use prompt::{Confirm, Prompt, confirm, prompt};
pub(crate) use prompt::{PromptDefault, PromptRequest, confirm_in, prompt_in};

use crate::Context;

/// Write `message` and a newline to standard error, red when standard error
/// is a terminal (Click's `echo(style(message, fg="red"), err=True)`).
pub(crate) fn secho_err_red(ctx: &Context, message: &str) {
    let io = ctx.io();
    let color = ctx.color().unwrap_or_else(|| io.stderr_is_terminal());
    if color {
        io.write_err(format!("\x1b[31m{message}\x1b[0m\n"));
    } else {
        io.write_err(format!("{message}\n"));
    }
}
