//! Styles on commands and contexts, and the colour rule for errors.

use crate::layout::styles::{Styles, paint};

impl crate::Command {
    /// The styles of this command's help pages and errors, and of its
    /// subcommands' unless they set their own (see [`Styles`]). Without
    /// them, help and errors are plain, as Click's, even on a terminal.
    ///
    /// ```
    /// use clack_core::{Command, Styles, testing::Runner};
    /// let cmd = Command::new("tool").styles(Styles::default());
    /// // Styled on a terminal only: the runner's output is not one.
    /// let result = Runner::new().invoke(&cmd, ["--help"]);
    /// assert!(result.stdout.starts_with("Usage: tool [OPTIONS]"));
    /// let result = Runner::new().terminal(true).invoke(&cmd, ["--help"]);
    /// assert!(result.stdout.starts_with("\x1b[1m\x1b[4mUsage:\x1b[0m \x1b[1mtool\x1b[0m"));
    /// ```
    #[must_use]
    pub fn styles(mut self, styles: Styles) -> Self {
        self.styles = Some(std::sync::Arc::new(styles));
        self
    }
}

impl crate::Context {
    /// The styles for this command's help and errors: its own, or the
    /// nearest parent's (see [`Command::styles`](crate::Command::styles)).
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert!(ctx.styles().is_none());
    /// ```
    pub fn styles(&self) -> Option<&Styles> {
        let mut ctx = Some(self);
        while let Some(c) = ctx {
            if let Some(styles) = &c.command().styles {
                return Some(styles);
            }
            ctx = c.parent();
        }
        None
    }

    /// Whether help and messages written to standard output (or error,
    /// with `err`) of this context are styled.
    pub(crate) fn styled_for(&self, err: bool) -> Option<&Styles> {
        let styles = self.styles()?;
        crate::echo::use_color(self.io(), err, self.color()).then_some(styles)
    }
}

/// The text of `error` as it reaches standard error of `io`: with its
/// parts styled when colour is on and there are `styles`, with any escape
/// codes (a styled message) removed when colour is off.
pub(crate) fn render_error(
    error: &crate::Error,
    io: &crate::io::Io,
    color: Option<bool>,
    styles: Option<&Styles>,
) -> String {
    if !crate::echo::use_color(io, true, color) {
        return crate::ansi::strip_ansi(&error.render()).into_owned();
    }
    match styles {
        Some(styles) => {
            let (text, spans) = error.render_spans();
            paint(&text, &spans, styles)
        }
        None => error.render(),
    }
}
