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
}
