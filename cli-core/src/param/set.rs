//! Reusable sets of parameters (`#[derive(Params)]`).

use super::Param;
use crate::{Context, Error};

/// A struct whose fields are parameters, shared by several commands
/// (`#[derive(Params)]` implements it; a command takes it with
/// `#[params] common: Common`).
///
/// ```
/// use clack_core::{Context, Error, Opt, Param, ParamSet};
/// struct Verbosity { verbose: bool }
/// impl ParamSet for Verbosity {
///     fn params() -> Vec<Param> { vec![Opt::new(["--verbose", "verbose"]).flag().into()] }
///     fn from_context(ctx: &Context) -> Result<Self, Error> {
///         Ok(Verbosity { verbose: ctx.take_required("verbose")? })
///     }
/// }
/// assert_eq!(Verbosity::params().len(), 1);
/// ```
pub trait ParamSet: Sized {
    /// The parameters, in declaration order.
    fn params() -> Vec<Param>;

    /// Build the struct from a parsed context, taking each field's value.
    ///
    /// # Errors
    /// A value is missing or of another type.
    fn from_context(ctx: &Context) -> Result<Self, Error>;

    /// How many parameters [`params`](ParamSet::params) gives (the derive
    /// counts them at compile time).
    ///
    /// ```
    /// # use clack_core::{Context, Error, Opt, Param, ParamSet};
    /// # struct Quiet;
    /// # impl ParamSet for Quiet {
    /// #     fn params() -> Vec<Param> { vec![Opt::new("--quiet").flag().into()] }
    /// #     fn from_context(_: &Context) -> Result<Self, Error> { Ok(Quiet) }
    /// # }
    /// assert_eq!(Quiet::count(), 1);
    /// ```
    fn count() -> usize {
        Self::params().len()
    }

    /// Build the struct from a parsed context whose parameter table holds
    /// these parameters from position `base` on: the derive takes each
    /// value by its position. By default, [`from_context`](ParamSet::from_context).
    ///
    /// # Errors
    /// A value is missing or of another type.
    ///
    /// ```
    /// use clack_core::{Command, Context, Error, Opt, Output, Param, ParamSet, testing::Runner};
    /// struct Quiet(bool);
    /// impl ParamSet for Quiet {
    ///     fn params() -> Vec<Param> { vec![Opt::new("--quiet").flag().into()] }
    ///     fn from_context(ctx: &Context) -> Result<Self, Error> { Ok(Quiet(ctx.take_required("quiet")?)) }
    /// }
    /// let cmd = Command::new("x").params(Quiet::params()).callback(|ctx| {
    ///     clack_core::echo(format!("{}", Quiet::from_slots(ctx, 0)?.0));
    ///     Ok(Output::none())
    /// });
    /// assert_eq!(Runner::new().invoke(&cmd, ["--quiet"]).stdout, "true\n");
    /// ```
    fn from_slots(ctx: &Context, base: usize) -> Result<Self, Error> {
        let _ = base;
        Self::from_context(ctx)
    }
}
