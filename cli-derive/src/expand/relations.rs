//! Builder calls for the relation keys: constraints, option groups and
//! sections of commands.

use proc_macro2::TokenStream;
use quote::quote;

use crate::attr::{ConstraintSpec, GroupDecl, SectionDecl, unraw};
use crate::model::CommandModel;

/// `Among::MutuallyExclusive` for `mutually_exclusive`.
fn among(kind: &syn::Ident, krate: &TokenStream) -> TokenStream {
    let variant = unraw(kind)
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<String>();
    let variant = syn::Ident::new(&variant, kind.span());
    quote!(#krate::constraint::Among::#variant)
}

/// The name a parameter is stored under, for the field `ident` (the ident
/// itself for a parameter of a `#[params]` set).
fn param_name(model: &CommandModel, ident: &syn::Ident) -> String {
    model
        .fields()
        .find(|f| f.ident == *ident)
        .map_or_else(|| unraw(ident), |f| f.storage_name())
}

fn constraint(model: &CommandModel, c: &ConstraintSpec, krate: &TokenStream) -> TokenStream {
    let names: Vec<String> = c.params.iter().map(|i| param_name(model, i)).collect();
    let k = quote!(#krate::constraint);
    match unraw(&c.kind).as_str() {
        "requires" => {
            let who = &names[0];
            let needs = &names[1..];
            quote!(#k::Constraint::requires(#who, [#(#needs),*]))
        }
        kind @ ("required_if" | "required_unless") => {
            let method = syn::Ident::new(kind, c.kind.span());
            let (target, other) = (&names[0], &names[1]);
            let when = match &c.value {
                Some(v) => quote!(#k::Condition::equals(#other, #v)),
                None => quote!(#k::Condition::given(#other)),
            };
            quote!(#k::Constraint::#method(#target, #when))
        }
        _ => {
            let rule = among(&c.kind, krate);
            quote!(#k::Constraint::among(#rule, [#(#names),*]))
        }
    }
}

fn option_group(g: &GroupDecl, krate: &TokenStream) -> TokenStream {
    let name = unraw(&g.name);
    let title = g
        .title
        .as_ref()
        .map_or_else(|| quote!(#name), |t| quote!(#t));
    let mut calls = Vec::new();
    if let Some(help) = &g.help {
        calls.push(quote!(.help(#help)));
    }
    if let Some(kind) = &g.constraint {
        let rule = among(kind, krate);
        calls.push(quote!(.constraint(#rule)));
    }
    if g.hidden {
        calls.push(quote!(.hidden(true)));
    }
    quote!(#krate::constraint::OptionGroup::new(#name, #title) #(#calls)*)
}

/// `.option_group(..)` and `.constraint(..)` calls of a command.
pub(crate) fn command_calls(model: &CommandModel, krate: &TokenStream) -> Vec<TokenStream> {
    let a = &model.attrs;
    let mut calls = Vec::new();
    for g in a.option_groups.iter().flat_map(|s| &s.value) {
        let g = option_group(g, krate);
        calls.push(quote!(.option_group(#g)));
    }
    for c in a.constraints.iter().flat_map(|s| &s.value) {
        let c = constraint(model, c, krate);
        calls.push(quote!(.constraint(#c)));
    }
    calls
}

/// `.section(..)` calls of a group.
pub(crate) fn section_calls(sections: &[SectionDecl], krate: &TokenStream) -> Vec<TokenStream> {
    sections
        .iter()
        .map(|s| {
            let title = &s.title;
            let names = s
                .commands
                .iter()
                .map(|p| quote!(::std::string::String::from(#p::command().name())));
            quote!(.section(#krate::constraint::CommandSection::new(#title, [#(#names),*])))
        })
        .collect()
}
