//! The typed invocation builder of a `#[command]` or `#[group]`:
//! `hello::invoke(ctx).name("Ada".into()).times(2).run()` calls the command
//! from another one (Click's `ctx.invoke(hello, name="Ada", times=2)`),
//! with one setter per exposed value, so that a misspelled name or a value
//! of the wrong type is a compile error.
//!
//! The builder is a hidden struct next to the command's struct, named
//! `__clack_invoke_<command>`; each setter stores the value as the
//! generated callback takes it back (`T` for `Option<T>`, the field type
//! otherwise), and `run` hands them to `Context::invoke`, which fills the
//! rest from their defaults. `hello::forward(ctx)` is `ctx.forward` with
//! the command built: its names are matched at run time.
//!
//! Parameters of a `#[params]` set have no setters: they get their
//! defaults (or are set by name with `Context::invoke`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::Ident;
use syn::ext::IdentExt as _;

use crate::model::{CommandModel, Field, Input, Shape, last_segment};

/// The builder struct with its setters (items next to the command's
/// struct) and the `invoke` associated function (for the command's impl).
pub(crate) fn builder(model: &CommandModel, krate: &TokenStream) -> (TokenStream, TokenStream) {
    let ident = &model.func.sig.ident;
    let vis = &model.func.vis;
    let builder = format_ident!("__clack_invoke_{}", ident.unraw());
    let setters = model.inputs.iter().filter_map(|input| match input {
        Input::Value(f) if f.exposed() => Some(setter(f, krate)),
        _ => None,
    });
    let what = if model.is_group { "group" } else { "command" };
    let name = model.name();
    let invoke_doc = format!(
        "Call the `{name}` {what} from another command (Click's `ctx.invoke`): set its \
         values with the builder's methods, one per parameter, then `run()`; the values \
         not set get their defaults."
    );
    let items = quote! {
        #[doc(hidden)]
        #[allow(non_camel_case_types, dead_code)]
        #[must_use = "the command runs only when `run()` is called"]
        #vis struct #builder<'__clack> {
            ctx: &'__clack #krate::Context,
            values: ::std::vec::Vec<(&'static str, #krate::Value)>,
        }
        #[allow(dead_code)]
        impl #builder<'_> {
            #(#setters)*
            #[doc = "Run the command with the values set, the others from their defaults."]
            pub fn run(self) -> ::core::result::Result<#krate::Output, #krate::Error> {
                self.ctx.invoke(&<#ident>::command(), self.values)
            }
        }
    };
    let forward_doc = format!(
        "Call the `{name}` {what} with the values of the command running in `ctx` \
         (Click's `ctx.forward`): names are matched at run time, and a value of \
         another type than the parameter of its name holds is an error."
    );
    let method = quote! {
        #[doc = #invoke_doc]
        #vis fn invoke(ctx: &#krate::Context) -> #builder<'_> {
            #builder { ctx, values: ::std::vec::Vec::new() }
        }
        #[doc = #forward_doc]
        #vis fn forward(ctx: &#krate::Context) -> ::core::result::Result<#krate::Output, #krate::Error> {
            ctx.forward(&Self::command())
        }
    };
    (items, method)
}

/// One setter: `fn name(mut self, value: T) -> Self`, storing the value
/// under the parameter's name as the callback takes it.
fn setter(f: &Field, krate: &TokenStream) -> TokenStream {
    let name = f.storage_name();
    let method = setter_name(&f.ident);
    let ty = match &f.shape {
        Shape::Optional(inner) => inner,
        _ => &f.ty,
    };
    let doc = format!("Set `{name}`.");
    // Text is the common case: `String` takes a `&str` as well.
    let is_string = last_segment(ty).is_some_and(|s| s.ident == "String" && s.arguments.is_empty());
    let (param, value) = if is_string {
        (
            quote!(impl ::core::convert::Into<#ty>),
            quote!(::core::convert::Into::<#ty>::into(value)),
        )
    } else {
        (quote!(#ty), quote!(value))
    };
    quote! {
        #[doc = #doc]
        pub fn #method(mut self, value: #param) -> Self {
            self.values.push((#name, #krate::Value::new::<#ty>(#value)));
            self
        }
    }
}

/// The setter's name: the parameter's identifier without leading `_`;
/// `set_run` for a parameter named `run`, which is the builder's own.
fn setter_name(ident: &Ident) -> Ident {
    let text = ident.unraw().to_string();
    let trimmed = text.trim_start_matches('_');
    if trimmed == "run" {
        return Ident::new("set_run", ident.span());
    }
    if trimmed.is_empty() || trimmed == text {
        return ident.clone();
    }
    match syn::parse_str::<Ident>(trimmed) {
        Ok(i) => Ident::new(&i.to_string(), ident.span()),
        Err(_) => Ident::new_raw(trimmed, ident.span()),
    }
}
