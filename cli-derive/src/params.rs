//! `#[derive(Params)]`: a struct whose fields are options and arguments.
//!
//! Fields take the same `#[option]`/`#[argument]` attributes as command
//! parameters (a field without one is an option); `#[params]` on a field
//! nests another set. The struct may carry `#[params(crate = path)]`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Data, DeriveInput, Fields};

use crate::attr::{Entry, attr_entries, key_tokens, unraw};
use crate::ctxt::{Ctxt, to_compile_errors};
use crate::expand::field;
use crate::model::{Field, krate};

/// One field of the struct.
enum Member {
    Value(Box<Field>),
    Nested {
        ident: syn::Ident,
        ty: Box<syn::Type>,
    },
}

pub(crate) fn derive(input: DeriveInput) -> TokenStream {
    let cx = Ctxt::new();
    let krate_path = crate_attr(&cx, &input.attrs, "params");
    let krate = krate(krate_path.as_ref());
    let members = members(&cx, &input);
    let fields: Vec<&Field> = members
        .iter()
        .filter_map(|m| match m {
            Member::Value(f) => Some(&**f),
            Member::Nested { .. } => None,
        })
        .collect();
    for f in &fields {
        crate::valid::check_field(&cx, f);
    }
    crate::valid::check_fields(&cx, &fields, Vec::new());
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let trait_path = quote!(#krate::__private::ParamSet);
    if let Err(errors) = cx.check() {
        let errors = to_compile_errors(errors);
        return quote! {
            #errors
            impl #impl_generics #trait_path for #ident #ty_generics #where_clause {
                fn params() -> ::std::vec::Vec<#krate::Param> {
                    ::std::vec::Vec::new()
                }
                fn from_context(_: &#krate::Context) -> ::core::result::Result<Self, #krate::Error> {
                    ::core::result::Result::Err(#krate::Error::failure(""))
                }
            }
        };
    }
    let ctx = syn::Ident::new("__clack_ctx", proc_macro2::Span::call_site());
    let base = syn::Ident::new("__clack_base", proc_macro2::Span::call_site());
    let mut pushes = Vec::new();
    let mut inits = Vec::new();
    // Where the next field's parameter sits, counted from `base`.
    let mut fixed = 0usize;
    let mut nested: Vec<TokenStream> = Vec::new();
    for m in &members {
        let index = quote!(#base + #fixed #(+ #nested)*);
        match m {
            Member::Value(f) => {
                let (list, count) = field::params(f, &krate);
                pushes.push(quote!(__clack_params.extend(
                    ::core::iter::IntoIterator::into_iter(#list)
                        .map(::core::convert::Into::<#krate::Param>::into)
                );));
                let id = &f.ident;
                let take = field::take(f, &ctx, false, &index);
                inits.push(quote!(#id: #take));
                if f.is_enum_switch() {
                    nested.push(count);
                } else {
                    fixed += f.switches.len() + 1;
                }
            }
            Member::Nested { ident, ty } => {
                pushes.push(quote!(__clack_params.extend(<#ty as #trait_path>::params());));
                inits.push(quote!(#ident: <#ty as #trait_path>::from_slots(#ctx, #index)?));
                nested.push(quote!(<#ty as #trait_path>::count()));
            }
        }
    }
    quote! {
        impl #impl_generics #trait_path for #ident #ty_generics #where_clause {
            fn params() -> ::std::vec::Vec<#krate::Param> {
                let mut __clack_params = ::std::vec::Vec::new();
                #(#pushes)*
                __clack_params
            }
            fn from_context(#ctx: &#krate::Context) -> ::core::result::Result<Self, #krate::Error> {
                <Self as #trait_path>::from_slots(#ctx, 0)
            }
            fn count() -> usize {
                #fixed #(+ #nested)*
            }
            fn from_slots(
                #ctx: &#krate::Context,
                #base: usize,
            ) -> ::core::result::Result<Self, #krate::Error> {
                ::core::result::Result::Ok(#ident { #(#inits),* })
            }
        }
    }
}

fn members(cx: &Ctxt, input: &DeriveInput) -> Vec<Member> {
    let named = match &input.data {
        Data::Struct(s) => match &s.fields {
            Fields::Named(named) => named,
            _ => {
                cx.error_spanned_by(
                    &input.ident,
                    "#[derive(Params)] needs a struct with named fields",
                );
                return Vec::new();
            }
        },
        Data::Enum(e) => {
            cx.error_spanned_by(
                e.enum_token,
                "#[derive(Params)] needs a struct with named fields",
            );
            return Vec::new();
        }
        Data::Union(u) => {
            cx.error_spanned_by(
                u.union_token,
                "#[derive(Params)] needs a struct with named fields",
            );
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for f in &named.named {
        let Some(ident) = f.ident.clone() else {
            continue;
        };
        if let Some(attr) = f.attrs.iter().find(|a| a.path().is_ident("params")) {
            if let Some(other) = f
                .attrs
                .iter()
                .find(|a| a.path().is_ident("option") || a.path().is_ident("argument"))
            {
                cx.error_spanned_by(
                    other,
                    "a field takes only one of #[option], #[argument] and #[params]",
                );
            }
            if !matches!(attr.meta, syn::Meta::Path(_)) {
                cx.error_spanned_by(attr, "#[params] on a field takes no settings");
            }
            out.push(Member::Nested {
                ident,
                ty: Box::new(f.ty.clone()),
            });
            continue;
        }
        if let syn::Type::Reference(r) = &f.ty {
            cx.error_spanned_by(
                r,
                "option and argument values are owned: use `String` for `&str`",
            );
            continue;
        }
        out.push(Member::Value(Box::new(Field::new(
            cx,
            ident,
            f.ty.clone(),
            &f.attrs,
        ))));
    }
    out
}

/// `#[<name>(crate = path)]` on the type, the only setting derives take.
pub(crate) fn crate_attr(cx: &Ctxt, attrs: &[syn::Attribute], name: &str) -> Option<syn::Path> {
    let mut krate = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident(name)) {
        for entry in attr_entries(cx, attr) {
            match entry {
                Entry::Key {
                    key,
                    value: Some(syn::Expr::Path(p)),
                } if key == "crate" && krate.is_none() => {
                    krate = Some(p.path);
                }
                Entry::Key { key, value } => cx.error_spanned_by(
                    key_tokens(&key, &value),
                    format!(
                        "unknown #[{name}] attribute `{}` on the type; expected `crate = path`",
                        unraw(&key)
                    ),
                ),
                Entry::Decl(s) => {
                    cx.error_spanned_by(s, format!("expected #[{name}(crate = path)]"))
                }
            }
        }
    }
    krate
}
