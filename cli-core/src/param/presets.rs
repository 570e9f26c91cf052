//! Ready-made options: Click's `confirmation_option` and `password_option`.
//!
//! Each is a method on [`Opt`] that sets Click's defaults (so that later
//! calls can override any of them) and a free function with Click's default
//! name (`--yes`, `--password`).

use super::Opt;
use crate::{Context, Error, Param};

impl Opt {
    /// Make this a confirmation flag (Click's `confirmation_option`): not
    /// passed to the callback, asked with `Do you want to continue?` when
    /// not given, and aborting (`Aborted!`, exit 1) unless the answer is
    /// yes. The help is `Confirm the action without prompting.`
    ///
    /// ```
    /// use clack_core::{Command, Opt, Output, testing::Runner};
    /// let cmd = Command::new("drop")
    ///     .param(Opt::new("--yes").confirmation_option().prompt("Drop the database?"))
    ///     .callback(|_| { clack_core::echo("Dropped."); Ok(Output::none()) });
    /// let r = Runner::new().input("n\n").invoke(&cmd, [] as [&str; 0]);
    /// assert_eq!((r.stdout.as_str(), r.exit_code), ("Drop the database? [y/N]: n\n", 1));
    /// let r = Runner::new().invoke(&cmd, ["--yes"]);
    /// assert_eq!(r.stdout, "Dropped.\n");
    /// ```
    pub fn confirmation_option(self) -> Self {
        self.flag()
            .expose_value(false)
            .prompt("Do you want to continue?")
            .help("Confirm the action without prompting.")
            .callback(abort_unless_yes)
    }

    /// Make this a password option (Click's `password_option`): asked for
    /// when not given, with hidden input and a confirmation that must match.
    ///
    /// ```
    /// use clack_core::{Command, Opt, Output, testing::Runner};
    /// let cmd = Command::new("login")
    ///     .param(Opt::new("--password").password_option())
    ///     .callback(|ctx| {
    ///         let pw: String = ctx.take_required("password")?;
    ///         clack_core::echo(format!("{} characters", pw.len()));
    ///         Ok(Output::none())
    ///     });
    /// let r = Runner::new().input("abc\nabc\n").invoke(&cmd, [] as [&str; 0]);
    /// assert_eq!(r.stdout, "Password: \nRepeat for confirmation: \n3 characters\n");
    /// ```
    pub fn password_option(self) -> Self {
        self.prompt_auto()
            .hide_input(true)
            .confirmation_prompt(true)
    }
}

fn abort_unless_yes(
    ctx: &Context,
    _param: &Param,
    yes: Option<bool>,
) -> Result<Option<bool>, Error> {
    if yes == Some(true) {
        Ok(yes)
    } else {
        Err(ctx.abort())
    }
}

/// A `--yes` confirmation flag; see [`Opt::confirmation_option`].
///
/// ```
/// let cmd = clack_core::Command::new("wipe").param(clack_core::confirmation_option());
/// # let _ = cmd;
/// ```
pub fn confirmation_option() -> Opt {
    Opt::new("--yes").confirmation_option()
}

/// A `--password` option asked for with hidden, confirmed input; see
/// [`Opt::password_option`].
///
/// ```
/// let cmd = clack_core::Command::new("login").param(clack_core::password_option());
/// # let _ = cmd;
/// ```
pub fn password_option() -> Opt {
    Opt::new("--password").password_option()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Runner;
    use crate::{Command, Output};

    fn wipe() -> Command {
        Command::new("wipe")
            .param(confirmation_option())
            .callback(|ctx| {
                assert!(!ctx.has_value("yes"));
                crate::echo("Wiped.");
                Ok(Output::none())
            })
    }

    #[test]
    fn confirmation_asks_and_aborts_on_no() {
        let r = Runner::new().input("y\n").invoke(&wipe(), [] as [&str; 0]);
        assert_eq!(r.stdout, "Do you want to continue? [y/N]: y\nWiped.\n");
        let r = Runner::new().input("\n").invoke(&wipe(), [] as [&str; 0]);
        assert_eq!((r.exit_code, r.stderr.as_str()), (1, "Aborted!\n"));
        let r = Runner::new().invoke(&wipe(), ["--help"]);
        assert!(
            r.stdout
                .contains("  --yes   Confirm the action without prompting.\n"),
            "{}",
            r.stdout
        );
    }

    #[test]
    fn password_must_match() {
        let cmd = Command::new("login")
            .param(password_option())
            .callback(|ctx| {
                let pw: String = ctx.take_required("password")?;
                crate::echo(pw);
                Ok(Output::none())
            });
        let r = Runner::new()
            .input("a\nb\nc\nc\n")
            .invoke(&cmd, [] as [&str; 0]);
        assert_eq!(r.stdout.lines().last(), Some("c"));
        assert!(
            r.stdout
                .contains("Error: The two entered values do not match.")
        );
        // The runner writes a hidden prompt and a line end to its stream,
        // as Click's `CliRunner` does, never the answer.
        assert_eq!(r.stdout.matches("Repeat for confirmation: \n").count(), 2);
        assert!(
            !r.stdout.contains("a\n") && !r.stdout.contains("b\n"),
            "{r:?}"
        );
        assert!(r.stderr.is_empty(), "{r:?}");
    }
}
