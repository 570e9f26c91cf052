//! Terminal utilities: prompts, confirmations, styled output, the editor,
//! the pager, progress bars and small helpers.
//!
//! Everything here reads and writes through the current command's
//! [`Io`], so it works the same in a real terminal, in a pipe
//! and under the testing runner. Prompts are always available (parameters
//! use them); the rest is behind the `termui` feature, off by default.

#[cfg(feature = "termui")]
mod edit;
#[cfg(feature = "termui")]
mod pager;
#[cfg(feature = "termui")]
mod progress;
mod prompt;
#[cfg(feature = "termui")]
mod style;
#[cfg(feature = "termui")]
mod terminal;

#[cfg(feature = "termui")]
pub use anstyle::{Ansi256Color, AnsiColor, Color, RgbColor};
#[cfg(feature = "termui")]
pub use edit::{Editor, edit, editor};
#[cfg(feature = "termui")]
pub use pager::{Pager, echo_via_pager, echo_via_pager_chunks, pager};
#[cfg(feature = "termui")]
pub use progress::{ProgressBar, progressbar};
pub use prompt::{Confirm, Prompt, confirm, prompt};
pub(crate) use prompt::{PromptDefault, PromptRequest, confirm_in, prompt_in};
#[cfg(feature = "termui")]
pub use style::{Styled, color_by_name, secho, style, unstyle};
#[cfg(feature = "termui")]
pub use terminal::{clear, format_filename, get_app_dir, getchar, launch, pause};

use std::path::PathBuf;
use std::rc::Rc;

use crate::Context;
use crate::io::Io;

/// The current command's streams, or the process's outside a command.
pub(crate) fn current_io() -> Rc<Io> {
    match crate::context::current() {
        Some(ctx) => ctx.io_rc(),
        None => Rc::new(Io::process()),
    }
}

/// Write `message` and a newline to standard error, red when styles show
/// there (Click's `echo(style(message, fg="red"), err=True)`).
pub(crate) fn secho_err_red(ctx: &Context, message: &str) {
    let io = ctx.io();
    if crate::echo::use_color(io, true, ctx.color()) {
        io.write_err(format!("\x1b[31m{message}\x1b[0m\n"));
    } else {
        io.write_err(format!("{message}\n"));
    }
}

/// The folder for an application's configuration, with the environment
/// of `io` (see `get_app_dir`).
pub(crate) fn app_dir_in(io: &Io, app_name: &str, force_posix: bool) -> PathBuf {
    let home = io
        .env()
        .get("HOME")
        .filter(|h| !h.is_empty())
        .map_or_else(|| PathBuf::from("~"), PathBuf::from);
    let posix = app_name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
        .to_lowercase();
    if force_posix {
        return home.join(format!(".{posix}"));
    }
    if cfg!(target_os = "macos") {
        return home.join("Library/Application Support").join(app_name);
    }
    io.env()
        .get("XDG_CONFIG_HOME")
        .map_or_else(|| home.join(".config"), PathBuf::from)
        .join(posix)
}
