//! Ready-made options: Click's `confirmation_option` and `password_option`.
//!
//! Each is a method on [`Opt`] that sets Click's defaults (so that later
//! calls can override any of them) and a free function with Click's default
//! name (`--yes`, `--password`).

use super::Opt;
use crate::types::{ChoiceEnum, IntoDefault, TypedDefault};
use crate::{Context, Error, Param};

impl Opt {
    /// One flag per value of a choice enum, all setting the parameter
    /// `name` (Click's feature switches, `--oss/--pro` into `engine`): each
    /// is named `--` and the value's choice name, stores that value, and has
    /// the value's [`choice_help`](ChoiceEnum::choice_help) as its help. The
    /// `default` value's switch is the default; with `None` the parameter
    /// has no value when no switch is given. Each is an [`Opt`] to adjust
    /// before adding them all with [`Command::params`](crate::Command::params).
    ///
    /// ```
    /// use clack_core::{Command, Opt, Output, testing::Runner, types::ChoiceEnum};
    /// #[derive(Clone, Copy, Debug, PartialEq)]
    /// enum Engine { Oss, Pro }
    /// impl ChoiceEnum for Engine {
    ///     const CHOICES: &'static [(&'static str, Self)] = &[("oss", Engine::Oss), ("pro", Engine::Pro)];
    ///     fn choice_name(&self) -> &'static str {
    ///         match self { Engine::Oss => "oss", Engine::Pro => "pro" }
    ///     }
    /// }
    /// let cmd = Command::new("scan")
    ///     .params(Opt::switches("engine", Some(Engine::Oss)))
    ///     .callback(|ctx| {
    ///         clack_core::echo(format!("{:?}", ctx.get::<Engine>("engine")?));
    ///         Ok(Output::none())
    ///     });
    /// assert_eq!(Runner::new().invoke(&cmd, ["--pro"]).stdout, "Some(Pro)\n");
    /// assert_eq!(Runner::new().invoke(&cmd, [] as [&str; 0]).stdout, "Some(Oss)\n");
    /// ```
    pub fn switches<E: ChoiceEnum>(name: &str, default: Option<E>) -> Vec<Opt> {
        let default = default.as_ref().map(ChoiceEnum::choice_name);
        E::CHOICES
            .iter()
            .map(|(choice, value)| {
                let mut opt = Opt::new(vec![format!("--{choice}"), name.to_string()])
                    .flag_value(Switch(value.clone()));
                if let Some(help) = value.choice_help() {
                    opt = opt.help(help);
                }
                if default == Some(*choice) {
                    opt = opt.default(true);
                }
                opt
            })
            .collect()
    }

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

/// A choice value as a flag value: its name as text, and the value itself
/// typed, so that the switches make the parameter the enum's `Choice`.
struct Switch<E>(E);

impl<E: ChoiceEnum> IntoDefault for Switch<E> {
    fn default_tokens(&self, out: &mut Vec<std::ffi::OsString>) {
        out.push(self.0.choice_name().into());
    }
    fn __typed(&self) -> Option<TypedDefault> {
        crate::types::typed_choice(&self.0)
    }
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
