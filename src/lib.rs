//! clack: Python's Click, rebuilt for Rust.
//!
//! Commands and groups are plain functions with `#[command]` and `#[group]`;
//! their parameters are options and arguments with Click's exact parsing,
//! conversion, help, errors and shell completion. Everything the macros
//! declare can also be built at run time with the builder API
//! ([`Command`], [`Group`], [`Opt`], [`Arg`]).

#![warn(missing_docs)]

pub use clack_core::*;

#[cfg(feature = "derive")]
pub use clack_derive::{Choice, Params, command, group};

/// The names most programs need: `use clack::prelude::*;`.
pub mod prelude {
    pub use clack_core::termui::{confirm, prompt};
    pub use clack_core::types::{self, ChoiceEnum, IntoDefault};
    pub use clack_core::{
        Arg, Command, Context, ContextSettings, Error, Group, Opt, Output, Param, ParamType,
        ParamValue, ParameterSource, Result, Value, echo, echo_err, echo_no_nl,
    };

    #[cfg(feature = "derive")]
    pub use clack_derive::{Choice, Params, command, group};
}

/// Items the macros' generated code uses. Not part of the public API.
#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
