//! The macros of clack: `#[command]`, `#[group]`, `#[derive(Params)]` and
//! `#[derive(Choice)]`.

use proc_macro::TokenStream;

/// Turn a function into a command.
#[proc_macro_attribute]
pub fn command(_attr: TokenStream, item: TokenStream) -> TokenStream {
    item
}

/// Turn a function into a group.
#[proc_macro_attribute]
pub fn group(_attr: TokenStream, item: TokenStream) -> TokenStream {
    item
}

/// Derive a reusable parameter set.
#[proc_macro_derive(Params, attributes(option, argument, params))]
pub fn derive_params(_item: TokenStream) -> TokenStream {
    TokenStream::new()
}

/// Derive a choice type from an enum.
#[proc_macro_derive(Choice, attributes(choice))]
pub fn derive_choice(_item: TokenStream) -> TokenStream {
    TokenStream::new()
}
