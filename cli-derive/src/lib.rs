//! The macros of clack: `#[command]`, `#[group]`, `#[derive(Params)]` and
//! `#[derive(Choice)]`.
//!
//! This crate is an implementation detail of `clack`; use the macros
//! through `clack` (`use clack::prelude::*;`), whose documentation has the
//! runnable examples. The generated code names only `::clack::...` paths
//! (or the path given with `crate = ...`), never this crate or
//! `clack-core`.
//!
//! Each macro works in four stages, one module each: `attr` reads the
//! attributes into typed values, `model` builds a typed view of the input,
//! `valid` checks the rules that span several attributes, and `expand`
//! writes the code. Every mistake is collected in a `ctxt::Ctxt` and all of
//! them are reported together, next to placeholder items so that the rest
//! of the program still type-checks.

use proc_macro::TokenStream;

mod attr;
mod choice;
mod ctxt;
mod expand;
mod model;
mod params;
mod valid;

/// Turn a function into a command.
///
/// The function stays callable. Next to it, a struct of the same name gets
/// `command() -> clack::Command` (built with the builder API) and
/// `main() -> !` (run as the program). The doc comment is the help text.
///
/// See the `clack` crate's documentation for the attribute reference and
/// examples (doc tests of a proc-macro crate cannot use the macro itself;
/// the tested versions are in `clack`'s `src/lib.rs` and `tests/derive.rs`).
///
/// ```ignore
/// use clack::prelude::*;
///
/// /// Say hello.
/// #[command]
/// fn hello(#[option(default = "World")] name: String) {
///     clack::echo(format!("Hello, {name}!"));
/// }
///
/// fn main() {
///     hello::main()
/// }
/// ```
#[proc_macro_attribute]
pub fn command(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand::command(attr.into(), item.into(), false).into()
}

/// Turn a function into a group: a command with subcommands.
///
/// Takes everything [`macro@command`] does, plus `commands = [a, b]`,
/// `chain`, `invoke_without_command`, `subcommand_metavar`,
/// `result_callback` and `source`. The struct also gets
/// `group() -> clack::Group`.
///
/// ```ignore
/// use clack::prelude::*;
///
/// /// A tool.
/// #[group(commands = [hello])]
/// fn tool() {}
///
/// /// Say hello.
/// #[command]
/// fn hello() {
///     clack::echo("Hello!");
/// }
/// ```
#[proc_macro_attribute]
pub fn group(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand::command(attr.into(), item.into(), true).into()
}

/// Derive `ParamSet`: a struct whose fields are options and arguments,
/// shared by several commands (`#[params] common: Common`).
///
/// ```ignore
/// use clack::prelude::*;
///
/// #[derive(Params)]
/// struct Common {
///     /// Print more output.
///     #[option(short = 'v')]
///     verbose: bool,
/// }
/// ```
#[proc_macro_derive(Params, attributes(option, argument, params))]
pub fn derive_params(item: TokenStream) -> TokenStream {
    match syn::parse::<syn::DeriveInput>(item) {
        Ok(input) => params::derive(input).into(),
        Err(e) => e.to_compile_error().into(),
    }
}

/// Derive a choice type from an enum of unit variants: `ChoiceEnum`,
/// `ParamValue` (a `Choice`), and defaults written as variants.
///
/// ```ignore
/// use clack::prelude::*;
///
/// #[derive(Choice, Clone, Copy)]
/// enum Greeting {
///     Hello,
///     #[choice(name = "hey")]
///     Hi,
/// }
/// ```
#[proc_macro_derive(Choice, attributes(choice))]
pub fn derive_choice(item: TokenStream) -> TokenStream {
    match syn::parse::<syn::DeriveInput>(item) {
        Ok(input) => choice::derive(input).into(),
        Err(e) => e.to_compile_error().into(),
    }
}
