//! The runtime of clack: Click's model of a command line, without macros.
//!
//! Build commands with [`Command`], [`Group`], [`Opt`] and [`Arg`]; run them
//! with [`Command::main`]. Values go through Click's pipeline (command line,
//! environment, default map, default, prompt), are converted by
//! [`ParamType`]s and reach the callback through its [`Context`]. Help,
//! errors and shell completion are Click's, byte for byte.
//!
//! Most programs use the `clack` crate, which re-exports this one and adds
//! the `#[command]` and `#[group]` macros.
//!
//! Inside, the modules form layers that only look down (`tests/layers.rs`
//! keeps it so): text and Python-compatible formatting at the bottom, then
//! errors, the context (the state of one invocation: values, sources,
//! objects, settings, streams), parameter types, prompts, parameters and
//! their value pipeline, the parser, commands and groups, and at the top
//! help pages, completion and running from a process or a test. A context
//! reaches its command's usage and help through a small interface that the
//! help layer implements, so the state layer needs nothing above it.
//!
//! ```
//! use clack_core::{Command, Opt, Output, testing::Runner, types::Int};
//!
//! let greet = Command::new("greet")
//!     .help("Greet NAME a total of COUNT times.")
//!     .param(Opt::new(["--count", "-c"]).ty(Int::<u32>::range(1, 10)).default(1))
//!     .param(Opt::new("--name").required(true))
//!     .callback(|ctx| {
//!         let count: u32 = ctx.take_required("count")?;
//!         let name: String = ctx.take_required("name")?;
//!         for _ in 0..count {
//!             clack_core::echo(format!("Hello, {name}!"));
//!         }
//!         Ok(Output::none())
//!     });
//!
//! let result = Runner::new().invoke(&greet, ["--name", "Ada", "-c", "2"]);
//! assert_eq!(result.stdout, "Hello, Ada!\nHello, Ada!\n");
//! ```

#![deny(unsafe_code)]
#![warn(missing_docs)]

mod ansi;
mod block_on;
mod candidate;
mod command;
mod compat;
pub mod complete;
pub mod config;
pub mod constraint;
pub mod context;
#[cfg(feature = "docgen")]
pub mod docgen;
mod echo;
mod error;
pub mod fileio;
#[cfg(feature = "anyhow")]
mod from_anyhow;
mod help;
pub mod io;
mod layout;
mod lexer;
mod order;
mod param;
mod parser;
mod returns;
mod run;
// The only module allowed `unsafe`: the OS calls, over libc.
#[allow(unsafe_code)]
mod sys;
mod term;
pub mod termui;
pub mod testing;
pub mod types;
mod value;

pub use block_on::block_on;
pub use command::group::Group;
pub use command::{
    BeforeParse, Callback, Command, ParseArgsHook, version_option, version_option_named,
};
pub use context::{Context, ContextSettings, ParameterSource};
pub use echo::{echo, echo_err, echo_no_nl, try_echo};
pub use error::{Error, ErrorKind, Result};
pub use layout::styles::Styles;
pub use param::{
    Arg, CompleteFn, Decls, Opt, Param, ParamCallback, ParamSet, confirmation_option,
    password_option,
};
pub use returns::CommandReturn;
pub use run::{Outcome, Run};
pub use types::{ParamType, ParamValue};
pub use value::{Output, Value};

/// The style types [`Styles`] is made of.
pub use anstyle;

// The crates whose types the optional features make parameter values, so
// that a program names the same versions clack converts to.
#[cfg(feature = "chrono")]
pub use chrono;
#[cfg(feature = "jiff")]
pub use jiff;
#[cfg(feature = "url")]
pub use url;
#[cfg(feature = "uuid")]
pub use uuid;

/// Where a group's subcommands come from ([`CommandSource`](group::CommandSource),
/// over the registered [`Commands`](group::Commands)) and the type of its
/// result callback. [`Group`] itself is at the crate root.
pub mod group {
    pub use crate::command::group::{CommandSource, Commands, ResultCallback};
}
