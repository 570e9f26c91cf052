//! One option or argument as a chain of builder calls.

use proc_macro2::{Literal, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::spanned::Spanned as _;

use crate::attr::{ParamKind, StrOrBool};
use crate::model::{Field, Shape};
use crate::valid::argument_nargs;

/// The field's parameters, as an iterable of things that turn into a
/// `Param` (one, or one per feature switch), and how many there are.
pub(crate) fn params(f: &Field, krate: &TokenStream) -> (TokenStream, TokenStream) {
    if let Some(switch) = f.attrs.switch.as_ref().filter(|s| s.value) {
        let inner = f.inner();
        let name = f.storage_name();
        let default = match &f.attrs.default {
            Some(d) => at(
                d.value.span(),
                quote!(::core::option::Option::Some::<#inner>),
                &d.value,
            ),
            None => quote!(::core::option::Option::None::<#inner>),
        };
        let mut common: Vec<TokenStream> = Vec::new();
        for (method, slot) in [
            ("hidden", &f.attrs.hidden),
            ("is_eager", &f.attrs.is_eager),
            ("expose_value", &f.attrs.expose_value),
        ] {
            if let Some(s) = slot {
                let method = syn::Ident::new(method, Span::call_site());
                let b = s.value;
                common.push(quote!(.#method(#b)));
            }
        }
        let switches = respan(
            quote!(#krate::Opt::switches::<#inner>),
            first_span(&switch.tokens),
        );
        let list = quote! {
            #switches(#name, #default)
                .into_iter()
                .map(|__clack_opt: #krate::Opt| __clack_opt #(#common)*)
        };
        let count = quote!(<#inner as #krate::__private::ChoiceEnum>::CHOICES.len());
        return (list, count);
    }
    let builders = f.all_options().map(|o| builder(o, krate));
    let n = Literal::usize_unsuffixed(f.switches.len() + 1);
    (
        quote!([#(::core::convert::Into::<#krate::Param>::into(#builders)),*]),
        quote!(#n),
    )
}

/// The `Opt` or `Arg` builder expression for one `#[option]` or
/// `#[argument]` of a field.
pub(crate) fn builder(f: &Field, krate: &TokenStream) -> TokenStream {
    let a = &f.attrs;
    let name = f.storage_name();
    let mut calls: Vec<TokenStream> = Vec::new();
    let head = match f.kind {
        ParamKind::Option => {
            let decls = f.declarations().into_iter().map(|(d, _)| d);
            quote!(#krate::Opt::new([#(#decls,)* #name]))
        }
        ParamKind::Argument => quote!(#krate::Arg::new(#name)),
    };
    if a.confirmation_option.as_ref().is_some_and(|c| c.value) {
        calls.push(quote!(.confirmation_option()));
    }

    // The type picked from the Rust type, when no attribute names one: a
    // default is checked against it (text fits a `FromStr` type).
    let mut natural = None;
    match type_call(f, krate) {
        Some(ty) => calls.push(quote!(.ty(#ty))),
        None if f.is_flag() => {}
        None => {
            let ty = natural_type(f.inner(), krate);
            calls.push(quote!(.ty(#ty)));
            natural = Some(ty);
        }
    }
    if f.is_flag() {
        calls.push(quote!(.flag()));
    }
    if f.is_unset_flag() {
        calls.push(quote!(.default_unset()));
    }
    if a.count.is_some() {
        calls.push(quote!(.count()));
    }
    match (f.kind, &f.shape) {
        (ParamKind::Option, Shape::List(_)) => match &a.nargs {
            Some(n) => {
                let n = Literal::usize_unsuffixed(n.value.unsigned_abs());
                calls.push(quote!(.nargs(#n)));
            }
            None => calls.push(quote!(.multiple(true))),
        },
        (ParamKind::Argument, _) if argument_nargs(f) != 1 => {
            let n = Literal::isize_unsuffixed(argument_nargs(f));
            calls.push(quote!(.nargs(#n)));
        }
        _ => {}
    }
    match &a.required {
        Some(r) => {
            let b = r.value;
            calls.push(quote!(.required(#b)));
        }
        None if f.implied_required() => calls.push(quote!(.required(true))),
        None if f.kind == ParamKind::Argument && matches!(f.shape, Shape::Optional(_)) => {
            calls.push(quote!(.required(false)));
        }
        None => {}
    }
    if let Some(d) = &a.default {
        let stored = f.stored();
        let expr = &d.value;
        // `default = true` on a flag with a flag value of another type
        // means "this flag value" (Click's default switch).
        let switch_default = a.flag_value.is_some()
            && !matches!(f.shape, Shape::Bool)
            && matches!(
                expr,
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Bool(_),
                    ..
                })
            );
        let checked = match &natural {
            _ if switch_default => expr.to_token_stream(),
            Some(ty) => probe_default(stored, ty, expr, krate),
            None => at(
                expr.span(),
                quote!(#krate::__private::check_default::<#stored, _>),
                expr,
            ),
        };
        calls.push(quote!(.default(#checked)));
    }
    if let Some(v) = &a.flag_value {
        let expr = &v.value;
        // A repeated option's flag value is one item (each occurrence adds
        // it), unless written as the whole list.
        let repeated = matches!(f.shape, Shape::List(_)) && !f.is_nargs_list();
        let stored = if repeated && !matches!(expr, syn::Expr::Array(_)) {
            f.inner()
        } else {
            f.stored()
        };
        let checked = at(
            expr.span(),
            quote!(#krate::__private::check_default::<#stored, _>),
            expr,
        );
        calls.push(quote!(.flag_value(#checked)));
    }
    if let Some(v) = &a.optional_value {
        let stored = f.stored();
        let expr = &v.value;
        let checked = at(
            expr.span(),
            quote!(#krate::__private::check_default::<#stored, _>),
            expr,
        );
        calls.push(quote!(.is_flag(false).flag_value(#checked)));
    }
    if let Some(b) = &a.is_flag
        && !f.is_flag()
    {
        let b = b.value;
        calls.push(quote!(.is_flag(#b)));
    }
    if let Some(s) = &a.show_default {
        calls.push(match &s.value {
            StrOrBool::Bool(b) => quote!(.show_default(#b)),
            StrOrBool::Str(t) => quote!(.show_default_text(#t)),
        });
    }
    match (&a.help, &f.doc) {
        (Some(h), _) => {
            let h = &h.value;
            calls.push(quote!(.help(#h)));
        }
        (None, Some(doc)) => calls.push(quote!(.help(#doc))),
        (None, None) => {}
    }
    if let Some(m) = &a.metavar {
        let m = &m.value;
        calls.push(quote!(.metavar(#m)));
    }
    if let Some(e) = &a.envvar {
        for var in &e.value {
            calls.push(quote!(.envvar(#var)));
        }
    }
    if let Some(d) = &a.deprecated {
        calls.push(match &d.value {
            None => quote!(.deprecated()),
            Some(reason) => quote!(.deprecated_because(#reason)),
        });
    }
    if let Some(cb) = &a.callback {
        let stored = f.stored();
        let expr = &cb.value;
        let method = match f.mapped_stored() {
            Some(to) => respan(quote!(callback_into::<#stored, #to, _>), expr.span()),
            None => respan(quote!(callback::<#stored, _>), expr.span()),
        };
        calls.push(quote!(.#method(#expr)));
    }
    if let Some(sc) = &a.shell_complete {
        let expr = &sc.value;
        calls.push(quote!(.shell_complete(#expr)));
    }
    if let Some(p) = &a.prompt {
        calls.push(match &p.value {
            None => quote!(.prompt_auto()),
            Some(text) => quote!(.prompt(#text)),
        });
    }
    if let Some(c) = &a.confirmation_prompt {
        calls.push(match &c.value {
            StrOrBool::Bool(b) => quote!(.confirmation_prompt(#b)),
            StrOrBool::Str(t) => quote!(.confirmation_prompt_text(#t)),
        });
    }
    let switches = [
        ("show_envvar", &a.show_envvar),
        ("hidden", &a.hidden),
        ("is_eager", &a.is_eager),
        ("expose_value", &a.expose_value),
        ("hide_input", &a.hide_input),
        ("prompt_required", &a.prompt_required),
        ("show_choices", &a.show_choices),
        ("allow_from_autoenv", &a.allow_from_autoenv),
    ];
    for (method, slot) in switches {
        if let Some(s) = slot {
            let method = syn::Ident::new(method, proc_macro2::Span::call_site());
            let b = s.value;
            calls.push(quote!(.#method(#b)));
        }
    }
    if let Some(g) = &a.group {
        let g = &g.value;
        calls.push(quote!(.group(#g)));
    }
    for (method, slot) in [
        ("conflicts_with", &a.conflicts_with),
        ("requires", &a.requires),
    ] {
        for name in slot.iter().flat_map(|s| &s.value) {
            let method = syn::Ident::new(method, proc_macro2::Span::call_site());
            calls.push(quote!(.#method(#name)));
        }
    }
    quote!(#head #(#calls)*)
}

/// A default checked against the parameter type `ty` picked for `stored`:
/// a value that stands for a `stored` (`DefaultFor`), or text for a type
/// that converts with `FromStr`. Errors point at the default.
fn probe_default(
    stored: &syn::Type,
    ty: &TokenStream,
    expr: &syn::Expr,
    krate: &TokenStream,
) -> TokenStream {
    let span = expr.span();
    let value = proc_macro2::Ident::new("__clack_default", span);
    let check = respan(
        quote!({
            #[allow(unused_imports)]
            use #krate::__private::ViaDefaultFor as _;
            (&&#krate::__private::DefaultProbe::<#stored, _, _>::new(&#ty, &#value)).check();
        }),
        span,
    );
    quote!({
        let #value = #expr;
        #check
        #value
    })
}

/// The explicit parameter type the attributes ask for, if any.
fn type_call(f: &Field, krate: &TokenStream) -> Option<TokenStream> {
    let a = &f.attrs;
    let inner = f.inner();
    let types = quote!(#krate::__private::types);
    // Every explicit type goes through `param_type::<T, _>`, which checks at
    // compile time that it produces the parameter's Rust type, and blames
    // the attribute for a mismatch.
    let check = quote!(#krate::__private::param_type::<#inner, _>);
    let checked = |tokens: &TokenStream, ty: TokenStream| {
        let span = first_span(tokens);
        Some(at(span, check.clone(), &respan(ty, span)))
    };
    if let Some(t) = &a.ty {
        let expr = &t.value;
        return Some(at(expr.span(), check.clone(), expr));
    }
    if let Some(r) = &a.range {
        let bound = |e: &Option<syn::Expr>| match e {
            Some(e) => quote!(::core::option::Option::Some(#e)),
            None => quote!(::core::option::Option::None),
        };
        let (start, end) = (bound(&r.value.start), bound(&r.value.end));
        let min_open = a.min_open.as_ref().is_some_and(|s| s.value);
        let max_open = r.value.end_open || a.max_open.as_ref().is_some_and(|s| s.value);
        let clamp = a.clamp.as_ref().is_some_and(|s| s.value);
        let span = first_span(&r.tokens);
        let range_type = respan(
            quote!(<#inner as #krate::__private::RangeValue>::range_type),
            span,
        );
        return Some(quote!(#range_type(#start, #end, #min_open, #max_open, #clamp)));
    }
    let ignore_case = a.ignore_case.as_ref().is_some_and(|s| s.value);
    if let Some(c) = &a.choices {
        let names = &c.value;
        let case = ignore_case.then(|| quote!(.case_sensitive(false)));
        return checked(&c.tokens, quote!(#types::Choice::new([#(#names),*]) #case));
    }
    if let Some(ic) = a.ignore_case.as_ref().filter(|s| s.value) {
        return checked(
            &ic.tokens,
            quote!(#types::Choice::<#inner>::of_enum().case_sensitive(false)),
        );
    }
    if let Some((_, first)) = a.path_checks.first() {
        let checks = a.path_checks.iter().map(|(k, s)| {
            let b = s.value;
            quote!(.#k(#b))
        });
        return checked(&first.tokens, quote!(#types::Path::new() #(#checks)*));
    }
    if let Some(fm) = &a.formats {
        let formats = &fm.value;
        return checked(
            &fm.tokens,
            quote!(#types::DateTime::of_formats([#(#formats),*])),
        );
    }
    if let Some(file) = &a.file {
        let mode = &file.value;
        let lazy = a.lazy.as_ref().map(|l| {
            let b = l.value;
            quote!(.lazy(#b))
        });
        let atomic = a.atomic.as_ref().map(|l| {
            let b = l.value;
            quote!(.atomic(#b))
        });
        return checked(&file.tokens, quote!(#types::File::new(#mode) #lazy #atomic));
    }
    if let Some(c) = &a.count {
        return checked(&c.tokens, quote!(#types::Int::<#inner>::new().min(0)));
    }
    None
}

/// The parameter type a Rust type converts with when the attributes name
/// none: its `ParamValue` type, or else its `FromStr` (autoref picks the
/// first that applies; the types are concrete in the generated code). A
/// tuple is picked element by element, so `(IpAddr, u16)` works too.
fn natural_type(ty: &syn::Type, krate: &TokenStream) -> TokenStream {
    match ty {
        syn::Type::Paren(p) => natural_type(&p.elem, krate),
        syn::Type::Tuple(t) if (2..=6).contains(&t.elems.len()) => {
            let items = t.elems.iter().map(|e| natural_type(e, krate));
            quote!(#krate::__private::types::Tuple((#(#items,)*)))
        }
        _ => {
            let pick = respan(
                quote!({
                    #[allow(unused_imports)]
                    use #krate::__private::ViaParamValue as _;
                    (&&#krate::__private::Pick::<#ty>::new()).param_type()
                }),
                ty.span(),
            );
            quote!(#pick)
        }
    }
}

/// The expression that takes the field's value out of the context, or,
/// with `keep` (the function also receives the context), copies it so that
/// `ctx.forward(..)` still finds it. `index` is the parameter's position in
/// the command's table: the value is reached by it, not looked up by name.
pub(crate) fn take(f: &Field, ctx: &syn::Ident, keep: bool, index: &TokenStream) -> TokenStream {
    let name = f.storage_name();
    if !f.exposed() {
        return quote!(::core::default::Default::default());
    }
    let (optional, required) = if keep {
        (quote!(__get_slot), quote!(__get_slot_required))
    } else {
        (quote!(__take_slot), quote!(__take_slot_required))
    };
    // With `parse_as`, the context holds what the callback made: the
    // function's parameter type decides how it is taken.
    let (ty, shape) = match &f.mapped {
        Some(to) => (to, crate::model::shape_of(to)),
        None => (&f.ty, crate::model::shape_of(&f.ty)),
    };
    match shape {
        Shape::Optional(inner) => quote!(#ctx.#optional::<#inner>(#index, #name)?),
        _ => quote!(#ctx.#required::<#ty>(#index, #name)?),
    }
}

/// The span of the first token, where an error about these tokens starts.
fn first_span(tokens: &TokenStream) -> Span {
    tokens
        .clone()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |t| t.span())
}

/// `f(arg)` with the call blamed on the user's tokens at `span`, so that a
/// type error in `arg` points there rather than at the macro.
pub(crate) fn at(span: Span, f: TokenStream, arg: &impl ToTokens) -> TokenStream {
    let f = respan(f, span);
    let mut args =
        proc_macro2::Group::new(proc_macro2::Delimiter::Parenthesis, arg.to_token_stream());
    args.set_span(span);
    quote!(#f #args)
}

/// The same tokens, every one of them at `span`.
pub(crate) fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|tt| match tt {
            TokenTree::Group(g) => {
                let mut out = proc_macro2::Group::new(g.delimiter(), respan(g.stream(), span));
                out.set_span(span);
                TokenTree::Group(out)
            }
            mut other => {
                other.set_span(span);
                other
            }
        })
        .collect()
}
