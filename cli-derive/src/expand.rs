//! Stage 4: code generation for `#[command]` and `#[group]`.
//!
//! Only a validated model reaches [`expand`]; anything that went wrong
//! earlier gets [`dummy`] instead: the function and a placeholder struct, so
//! that the user sees the real errors and not a cascade of missing items.

use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::spanned::Spanned as _;
use syn::{ItemFn, ReturnType, Type};

use crate::attr::CommandAttrs;
use crate::ctxt::{Ctxt, to_compile_errors};
use crate::model::{CommandModel, Input};

pub(crate) mod field;
mod invoke;
mod relations;

/// `#[command]` (`is_group` false) or `#[group]`.
pub(crate) fn command(attr: TokenStream, item: TokenStream, is_group: bool) -> TokenStream {
    let cx = Ctxt::new();
    let attrs = CommandAttrs::parse(&cx, attr, is_group);
    let func: ItemFn = match syn::parse2(item.clone()) {
        Ok(f) => f,
        Err(_) => {
            let what = if is_group { "#[group]" } else { "#[command]" };
            cx.error_spanned_by(item_head(&item), format!("{what} goes on a function"));
            let errors = to_compile_errors(cx.check().err().unwrap_or_default());
            return quote!(#errors #item);
        }
    };
    let model = CommandModel::from_syn(&cx, attrs, func, is_group);
    crate::valid::check_command(&cx, &model);
    match cx.check() {
        Ok(()) => expand(&model),
        Err(errors) => {
            let errors = to_compile_errors(errors);
            let dummy = dummy(&model);
            quote!(#errors #dummy)
        }
    }
}

/// The first tokens of an item that is not a function, up to its name.
fn item_head(item: &TokenStream) -> TokenStream {
    let mut head = TokenStream::new();
    for tt in item.clone() {
        let is_ident = matches!(tt, proc_macro2::TokenTree::Ident(_));
        let keyword = is_ident && {
            let s = tt.to_string();
            matches!(
                s.as_str(),
                "pub"
                    | "struct"
                    | "enum"
                    | "union"
                    | "trait"
                    | "impl"
                    | "mod"
                    | "const"
                    | "static"
                    | "type"
                    | "use"
                    | "extern"
                    | "crate"
                    | "unsafe"
            )
        };
        let is_attr = matches!(&tt, proc_macro2::TokenTree::Punct(p) if p.as_char() == '#')
            || matches!(&tt, proc_macro2::TokenTree::Group(g) if g.delimiter() == proc_macro2::Delimiter::Bracket);
        if is_attr {
            continue;
        }
        tt.to_tokens(&mut head);
        if is_ident && !keyword {
            break;
        }
    }
    if head.is_empty() { item.clone() } else { head }
}

/// The struct and impl that stand in for the command when there are errors.
fn dummy(model: &CommandModel) -> TokenStream {
    let func = &model.func;
    let ident = &func.sig.ident;
    let vis = &func.vis;
    let krate = model.krate();
    let name = model.name();
    let group = model.is_group.then(|| {
        quote! {
            #vis fn group() -> #krate::Group {
                #krate::Group::new(#name)
            }
        }
    });
    quote! {
        #func
        #[allow(non_camel_case_types, dead_code)]
        #vis struct #ident {}
        impl #ident {
            #group
            #vis fn command() -> #krate::Command {
                #krate::Command::new(#name)
            }
            #vis fn main() -> ! {
                Self::command().main()
            }
        }
    }
}

fn expand(model: &CommandModel) -> TokenStream {
    let func = &model.func;
    let ident = &func.sig.ident;
    let vis = &func.vis;
    let krate = model.krate();
    let name = model.name();
    let body = command_calls(model, &krate);
    let struct_doc = format!(
        "The `{name}` {}: [`command`](Self::command) builds it and [`main`](Self::main) runs it as the program.",
        if model.is_group { "group" } else { "command" }
    );
    let (invoke_items, invoke_method) = invoke::builder(model, &krate);
    let main_doc = "Parse the process's arguments, run the command and exit (Click's `main()`).";
    let methods = if model.is_group {
        let group_calls = group_calls(model, &krate);
        quote! {
            #[doc = "The group, with its subcommands."]
            #vis fn group() -> #krate::Group {
                #krate::Group::new(#name).with(|__clack_cmd: #krate::Command| __clack_cmd #body) #group_calls
            }
            #[doc = "The group as a command, to add to another group or run."]
            #vis fn command() -> #krate::Command {
                Self::group().into_command()
            }
        }
    } else {
        quote! {
            #[doc = "The command, built with the builder API."]
            #vis fn command() -> #krate::Command {
                #krate::Command::new(#name) #body
            }
        }
    };
    quote! {
        #func
        #[doc = #struct_doc]
        #[allow(non_camel_case_types, dead_code)]
        #vis struct #ident {}
        impl #ident {
            #methods
            #invoke_method
            #[doc = #main_doc]
            #vis fn main() -> ! {
                Self::command().main()
            }
        }
        #invoke_items
    }
}

/// The `Command` builder calls: settings, parameters, callback.
fn command_calls(model: &CommandModel, krate: &TokenStream) -> TokenStream {
    let a = &model.attrs;
    let mut calls: Vec<TokenStream> = Vec::new();
    if let Some(help) = model.help() {
        calls.push(quote!(.help(#help)));
    }
    for (method, slot) in [("short_help", &a.short_help), ("epilog", &a.epilog)] {
        if let Some(s) = slot {
            let method = format_ident!("{method}");
            let s = &s.value;
            calls.push(quote!(.#method(#s)));
        }
    }
    if let Some(m) = &a.options_metavar {
        let m = &m.value;
        calls.push(quote!(.options_metavar(::core::option::Option::Some(#m))));
    }
    for (method, slot) in [
        ("add_help_option", &a.add_help_option),
        ("no_args_is_help", &a.no_args_is_help),
        ("hidden", &a.hidden),
    ] {
        if let Some(s) = slot {
            let method = format_ident!("{method}");
            let b = s.value;
            calls.push(quote!(.#method(#b)));
        }
    }
    if let Some(d) = &a.deprecated {
        calls.push(match &d.value {
            None => quote!(.deprecated()),
            Some(reason) => quote!(.deprecated_because(#reason)),
        });
    }
    if let Some(settings) = context_settings(a, krate) {
        calls.push(quote!(.context_settings(#settings)));
    }
    if let Some(hook) = &a.before_parse {
        let hook = &hook.value;
        calls.push(quote!(.before_parse(#hook)));
    }
    if let Some(hook) = &a.parse_args_hook {
        let hook = &hook.value;
        calls.push(quote!(.parse_args_hook(#hook)));
    }
    if let Some(styles) = &a.styles {
        let styles = &styles.value;
        calls.push(quote!(.styles(#styles)));
    }
    let first_param = calls.len();
    for input in &model.inputs {
        match input {
            Input::Value(f) => {
                let (list, _) = field::params(f, krate);
                calls.push(quote!(.params(#list)));
            }
            Input::Params { ty } => {
                calls.push(quote!(.params(<#ty as #krate::__private::ParamSet>::params())));
            }
            Input::Context { .. } | Input::Obj { .. } => {}
        }
    }
    if a.completion_option.as_ref().is_some_and(|c| c.value) {
        calls.push(quote!(.param(#krate::complete::completion_option())));
    }
    if let Some(v) = version_option(a, krate) {
        if a.version_first.as_ref().is_some_and(|f| f.value) {
            calls.insert(first_param, quote!(.param(#v)));
        } else {
            calls.push(quote!(.param(#v)));
        }
    }
    calls.extend(relations::command_calls(model, krate));
    if let Some(c) = &a.config_option {
        match &c.value {
            None => calls.push(quote!(.config_option(#krate::config::ConfigOption::new()))),
            Some(e) => calls.push(quote!(.config_option(#e))),
        }
    }
    let callback = callback(model, krate);
    calls.push(quote!(.callback(#callback)));
    quote!(#(#calls)*)
}

/// The version option, if the command has one: `version` (bare: the
/// package's version), its names, program name and message.
fn version_option(a: &CommandAttrs, krate: &TokenStream) -> Option<TokenStream> {
    let v = a.version.as_ref()?;
    let version = match &v.value {
        Some(text) => text.to_token_stream(),
        None => quote!(::core::env!("CARGO_PKG_VERSION")),
    };
    let some = |s: &Option<crate::attr::Spanned<crate::attr::Text>>| match s {
        Some(s) => {
            let s = &s.value;
            quote!(::core::option::Option::Some(#s))
        }
        None => quote!(::core::option::Option::None),
    };
    let prog = some(&a.version_prog_name);
    let message = some(&a.version_message);
    Some(match &a.version_names {
        Some(names) => {
            let names = &names.value;
            quote!(#krate::version_option_named(&[#(#names),*], #version, #prog, #message))
        }
        None => quote!(#krate::version_option(#version, #prog, #message)),
    })
}

/// `ContextSettings` from the command's settings, if it has any.
fn context_settings(a: &CommandAttrs, krate: &TokenStream) -> Option<TokenStream> {
    let mut calls: Vec<TokenStream> = Vec::new();
    if let Some(names) = &a.help_option_names {
        let names = &names.value;
        calls.push(quote!(.help_option_names([#(#names),*])));
    }
    if let Some(p) = &a.auto_envvar_prefix {
        let p = &p.value;
        calls.push(quote!(.auto_envvar_prefix(#p)));
    }
    for (method, slot) in [
        ("max_content_width", &a.max_content_width),
        ("terminal_width", &a.terminal_width),
    ] {
        if let Some(s) = slot {
            let method = format_ident!("{method}");
            let n = Literal::usize_unsuffixed(s.value.unsigned_abs());
            calls.push(quote!(.#method(#n)));
        }
    }
    for (method, slot) in [
        ("allow_extra_args", &a.allow_extra_args),
        ("allow_interspersed_args", &a.allow_interspersed_args),
        ("ignore_unknown_options", &a.ignore_unknown_options),
        ("show_default", &a.show_default),
        ("color", &a.color),
        ("resilient_parsing", &a.resilient_parsing),
    ] {
        if let Some(s) = slot {
            let method = format_ident!("{method}");
            let b = s.value;
            calls.push(quote!(.#method(#b)));
        }
    }
    if let Some(t) = &a.token_normalize {
        let t = &t.value;
        calls.push(quote!(.token_normalize(#t)));
    }
    if let Some(obj) = &a.obj {
        let obj = &obj.value;
        calls.push(quote!(.obj(#obj)));
    }
    if let Some(map) = &a.default_map {
        let map = &map.value;
        calls.push(quote!(.default_map(#map)));
    }
    if let Some(mode) = &a.argument_files {
        let mode = match mode.value.value().as_str() {
            "lines" => quote!(Lines),
            _ => quote!(ShellWords),
        };
        calls.push(quote!(.argument_files(#krate::config::ArgFiles::#mode)));
    }
    (!calls.is_empty()).then(|| quote!(#krate::ContextSettings::new() #(#calls)*))
}

/// The group's own builder calls: subcommands, chain, result callback.
fn group_calls(model: &CommandModel, krate: &TokenStream) -> TokenStream {
    let a = &model.attrs;
    let mut calls: Vec<TokenStream> = Vec::new();
    if let Some(commands) = &a.commands {
        for path in &commands.value {
            calls.push(quote!(.command(#path::command())));
        }
    }
    for (method, slot) in [
        ("chain", &a.chain),
        ("invoke_without_command", &a.invoke_without_command),
    ] {
        if let Some(s) = slot {
            let method = format_ident!("{method}");
            let b = s.value;
            calls.push(quote!(.#method(#b)));
        }
    }
    if let Some(sections) = &a.sections {
        calls.extend(relations::section_calls(&sections.value, krate));
    }
    if let Some(m) = &a.subcommand_metavar {
        let m = &m.value;
        calls.push(quote!(.subcommand_metavar(#m)));
    }
    if let Some(rc) = &a.result_callback {
        let f = &rc.value;
        let call = field::at(
            f.span(),
            quote!(#krate::__private::call_result_callback),
            &quote!(&#f, __clack_ctx, __clack_results),
        );
        calls.push(quote! {
            .result_callback(|__clack_ctx: &#krate::Context, __clack_results: ::std::vec::Vec<#krate::Output>| #call)
        });
    }
    if let Some(s) = &a.source {
        let s = &s.value;
        calls.push(quote!(.source(#s)));
    }
    quote!(#(#calls)*)
}

/// The callback: take every value out of the context, call the function,
/// turn what it returned into an `Output`.
fn callback(model: &CommandModel, krate: &TokenStream) -> TokenStream {
    let ctx = format_ident!("__clack_ctx");
    let mut lets: Vec<TokenStream> = Vec::new();
    let mut args: Vec<TokenStream> = Vec::new();
    let keep = model
        .inputs
        .iter()
        .any(|i| matches!(i, Input::Context { .. }));
    // Where the next parameter sits in the command's table: the fields and
    // parameter sets come first, in order.
    let mut index = quote!(0usize);
    for (i, input) in model.inputs.iter().enumerate() {
        let var = format_ident!("__clack_arg{i}");
        match input {
            Input::Context {
                by_ref: true,
                mutable: false,
            } => args.push(quote!(#ctx)),
            Input::Context {
                by_ref: true,
                mutable: true,
            } => {
                lets.push(quote!(let mut #var = ::core::clone::Clone::clone(#ctx);));
                args.push(quote!(&mut #var));
            }
            Input::Context { by_ref: false, .. } => {
                args.push(quote!(::core::clone::Clone::clone(#ctx)));
            }
            Input::Obj {
                ty,
                mutable,
                ensure,
            } => {
                let guard = format_ident!("__clack_guard{i}");
                let get = if *ensure {
                    quote!(#ctx.ensure_obj::<#ty>())
                } else {
                    quote!(#ctx.obj::<#ty>()?)
                };
                lets.push(quote!(let #var = #get;));
                if *mutable {
                    lets.push(quote!(let mut #guard = #var.borrow_mut()?;));
                    args.push(quote!(&mut *#guard));
                } else {
                    lets.push(quote!(let #guard = #var.borrow()?;));
                    args.push(quote!(&*#guard));
                }
            }
            Input::Params { ty } => {
                let set = quote!(<#ty as #krate::__private::ParamSet>);
                lets.push(quote!(let #var = #set::from_slots(#ctx, #index)?;));
                args.push(quote!(#var));
                index = quote!(#index + #set::count());
            }
            Input::Value(f) => {
                let take = field::take(f, &ctx, keep, &index);
                lets.push(quote!(let #var = #take;));
                args.push(quote!(#var));
                let (_, count) = field::params(f, krate);
                index = quote!(#index + #count);
            }
        }
    }
    let ident = &model.func.sig.ident;
    let mut call = quote!(#ident(#(#args),*));
    if model.func.sig.asyncness.is_some() {
        // The future borrows the values above: it runs to its end here.
        call = quote!(#krate::__private::block_on(#call));
    }
    let finish = convert_return(&model.func.sig.output, call, krate);
    quote! {
        |#ctx: &#krate::Context| -> ::core::result::Result<#krate::Output, #krate::Error> {
            #(#lets)*
            #finish
        }
    }
}

/// Turn the function's return value into the callback's. Nothing to turn
/// for no return type or `!`; anything else goes through the
/// `CommandReturn` trait, which decides by the type, not by how it is
/// spelled (a type alias for a `Result` is a `Result`).
fn convert_return(output: &ReturnType, call: TokenStream, krate: &TokenStream) -> TokenStream {
    match output {
        ReturnType::Default => {
            quote! { #call; ::core::result::Result::Ok(#krate::Output::none()) }
        }
        ReturnType::Type(_, ty) if matches!(**ty, Type::Never(_)) => call,
        ReturnType::Type(_, ty) => {
            // The value gets a name at the return type, so that a type that
            // is not a `CommandReturn` is reported there.
            let returned = proc_macro2::Ident::new("__clack_returned", ty.span());
            let into_output = field::at(
                ty.span(),
                quote!(#krate::CommandReturn::into_output),
                &returned,
            );
            quote! { let #returned = #call; #into_output }
        }
    }
}
