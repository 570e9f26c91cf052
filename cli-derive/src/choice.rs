//! `#[derive(Choice)]`: an enum of unit variants as a parameter type.
//!
//! Each variant is a choice named by its identifier in lower case with
//! dashes (`BlueGreen` → `blue-green`), or by `#[choice(name = "..")]`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Data, DeriveInput, Fields, LitStr};

use crate::attr::{Entry, attr_entries, key_tokens, unraw};
use crate::ctxt::{Ctxt, to_compile_errors};
use crate::model::krate;

pub(crate) fn derive(input: DeriveInput) -> TokenStream {
    let cx = Ctxt::new();
    let (krate_path, rename) = type_attrs(&cx, &input.attrs);
    let krate = krate(krate_path.as_ref());
    let ident = &input.ident;
    let mut variants: Vec<(syn::Ident, String)> = Vec::new();
    let mut helps: Vec<(syn::Ident, String)> = Vec::new();
    match &input.data {
        Data::Enum(e) => {
            for v in &e.variants {
                if !matches!(v.fields, Fields::Unit) {
                    cx.error_spanned_by(
                        &v.fields,
                        format!(
                            "#[derive(Choice)] needs unit variants; `{}` has fields",
                            v.ident
                        ),
                    );
                    continue;
                }
                let name =
                    variant_name(&cx, &v.attrs).unwrap_or_else(|| rename.apply(&unraw(&v.ident)));
                if let Some((other, _)) = variants.iter().find(|(_, n)| *n == name) {
                    cx.error_spanned_by(
                        &v.ident,
                        format!("the choice name \"{name}\" is already used by `{other}`"),
                    );
                }
                if let Some(doc) = crate::model::doc_text(&v.attrs) {
                    helps.push((v.ident.clone(), doc));
                }
                variants.push((v.ident.clone(), name));
            }
            if e.variants.is_empty() {
                cx.error_spanned_by(ident, "#[derive(Choice)] needs at least one variant");
            }
        }
        _ => cx.error_spanned_by(ident, "#[derive(Choice)] goes on an enum of unit variants"),
    }
    if !input.generics.params.is_empty() {
        cx.error_spanned_by(&input.generics, "#[derive(Choice)] enums cannot be generic");
    }
    let failed = cx.has_errors();
    let errors = match cx.check() {
        Ok(()) => TokenStream::new(),
        Err(errors) => to_compile_errors(errors),
    };
    if failed && !input.generics.params.is_empty() {
        return errors;
    }
    let pairs = variants.iter().map(|(v, n)| quote!((#n, #ident::#v)));
    let arms = variants.iter().map(|(v, n)| quote!(#ident::#v => #n));
    // A placeholder arm keeps the match exhaustive when a variant was rejected.
    let fallback = failed.then(|| quote!(#[allow(unreachable_patterns)] _ => ""));
    let p = quote!(#krate::__private);
    // The variants' doc comments: the help of each as a feature switch.
    let help = (!helps.is_empty()).then(|| {
        let arms = helps
            .iter()
            .map(|(v, h)| quote!(#ident::#v => ::core::option::Option::Some(#h)));
        quote! {
            fn choice_help(&self) -> ::core::option::Option<&'static str> {
                #[allow(unreachable_patterns)]
                match self { #(#arms,)* _ => ::core::option::Option::None }
            }
        }
    });
    quote! {
        #errors
        impl #p::ChoiceEnum for #ident {
            const CHOICES: &'static [(&'static str, Self)] = &[#(#pairs),*];
            fn choice_name(&self) -> &'static str {
                match self { #(#arms,)* #fallback }
            }
            #help
        }
        impl #p::IntoDefault for #ident {
            fn default_tokens(&self, out: &mut ::std::vec::Vec<::std::ffi::OsString>) {
                out.push(::std::ffi::OsString::from(#p::ChoiceEnum::choice_name(self)));
            }
            fn __typed(&self) -> ::std::option::Option<#p::types::TypedDefault> {
                #p::types::typed_choice(self)
            }
        }
        impl #p::ParamValue for #ident {
            type Type = #p::types::Choice<Self>;
            fn param_type() -> Self::Type {
                #p::types::Choice::of_enum()
            }
        }
        impl #p::DefaultFor<#ident> for #ident {}
        impl #p::NotOption for #ident {}
    }
}

/// How variant names become choice names: `#[choice(rename_all = "..")]`.
#[derive(Clone, Copy)]
enum Rename {
    Kebab,
    Snake,
    ScreamingSnake,
    ScreamingKebab,
    Lower,
    Upper,
    Camel,
    Pascal,
    Verbatim,
}

/// The `rename_all` values, as serde spells them, and `verbatim`.
const RENAMES: &[(&str, Rename)] = &[
    ("kebab-case", Rename::Kebab),
    ("snake_case", Rename::Snake),
    ("SCREAMING_SNAKE_CASE", Rename::ScreamingSnake),
    ("SCREAMING-KEBAB-CASE", Rename::ScreamingKebab),
    ("lowercase", Rename::Lower),
    ("UPPERCASE", Rename::Upper),
    ("camelCase", Rename::Camel),
    ("PascalCase", Rename::Pascal),
    ("verbatim", Rename::Verbatim),
];

impl Rename {
    fn apply(self, ident: &str) -> String {
        let kebab = kebab(ident);
        let words: Vec<&str> = kebab.split('-').filter(|w| !w.is_empty()).collect();
        let capital = |w: &str| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        };
        match self {
            Rename::Kebab => kebab,
            Rename::Snake => words.join("_"),
            Rename::ScreamingSnake => words.join("_").to_uppercase(),
            Rename::ScreamingKebab => kebab.to_uppercase(),
            Rename::Lower => ident.to_lowercase(),
            Rename::Upper => ident.to_uppercase(),
            Rename::Pascal => words.iter().map(|w| capital(w)).collect(),
            Rename::Camel => words
                .iter()
                .enumerate()
                .map(|(i, w)| if i == 0 { w.to_string() } else { capital(w) })
                .collect(),
            Rename::Verbatim => ident.to_string(),
        }
    }
}

/// `#[choice(crate = path, rename_all = "..")]` on the enum.
fn type_attrs(cx: &Ctxt, attrs: &[syn::Attribute]) -> (Option<syn::Path>, Rename) {
    let mut krate = None;
    let mut rename = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("choice")) {
        for entry in attr_entries(cx, attr) {
            match entry {
                Entry::Key {
                    key,
                    value: Some(syn::Expr::Path(p)),
                } if key == "crate" && krate.is_none() => krate = Some(p.path),
                Entry::Key {
                    key,
                    value:
                        Some(syn::Expr::Lit(syn::ExprLit {
                            lit: syn::Lit::Str(s),
                            ..
                        })),
                } if key == "rename_all" && rename.is_none() => {
                    match RENAMES.iter().find(|(n, _)| *n == s.value()) {
                        Some((_, r)) => rename = Some(*r),
                        None => cx.error_spanned_by(
                            &s,
                            format!(
                                "unknown `rename_all` \"{}\"; expected one of: {}",
                                s.value(),
                                RENAMES.iter().map(|(n, _)| format!("\"{n}\"")).collect::<Vec<_>>().join(", ")
                            ),
                        ),
                    }
                }
                Entry::Key { key, value } => cx.error_spanned_by(
                    key_tokens(&key, &value),
                    format!(
                        "unknown or repeated #[choice] attribute `{}` on the enum; expected `crate = path` or `rename_all = \"..\"`",
                        unraw(&key)
                    ),
                ),
                Entry::Decl(s) => cx.error_spanned_by(
                    s,
                    "expected #[choice(rename_all = \"..\")] or #[choice(crate = path)]",
                ),
            }
        }
    }
    (krate, rename.unwrap_or(Rename::Kebab))
}

/// `#[choice(name = "..")]` on a variant.
fn variant_name(cx: &Ctxt, attrs: &[syn::Attribute]) -> Option<String> {
    let mut name: Option<LitStr> = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("choice")) {
        for entry in attr_entries(cx, attr) {
            match entry {
                Entry::Key {
                    key,
                    value:
                        Some(syn::Expr::Lit(syn::ExprLit {
                            lit: syn::Lit::Str(s),
                            ..
                        })),
                } if key == "name" => {
                    if name.is_some() {
                        cx.error_spanned_by(&key, "duplicate #[choice] attribute `name`");
                    } else if s.value().is_empty() {
                        cx.error_spanned_by(&s, "a choice name cannot be empty");
                    } else {
                        name = Some(s);
                    }
                }
                Entry::Key { key, value } if key == "name" => {
                    cx.error_spanned_by(key_tokens(&key, &value), "expected `name = \"...\"`");
                }
                Entry::Key { key, value } => cx.error_spanned_by(
                    key_tokens(&key, &value),
                    format!(
                        "unknown #[choice] attribute `{}`; expected `name = \"...\"`",
                        unraw(&key)
                    ),
                ),
                Entry::Decl(s) => cx.error_spanned_by(s, "expected #[choice(name = \"...\")]"),
            }
        }
    }
    name.map(|n| n.value())
}

/// `BlueGreen` → `blue-green`, `HTTPServer` → `http-server`, `V2` → `v2`.
pub(crate) fn kebab(ident: &str) -> String {
    let chars: Vec<char> = ident.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
            continue;
        }
        if c.is_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if (prev.is_lowercase() || prev.is_ascii_digit() || (prev.is_uppercase() && next_lower))
                && !out.ends_with('-')
            {
                out.push('-');
            }
        }
        out.extend(c.to_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::kebab;

    #[test]
    fn renames() {
        use super::Rename::*;
        let all = |r: super::Rename| r.apply("HttpServer2Go");
        assert_eq!(all(Snake), "http_server2_go");
        assert_eq!(all(ScreamingSnake), "HTTP_SERVER2_GO");
        assert_eq!(all(ScreamingKebab), "HTTP-SERVER2-GO");
        assert_eq!(all(Lower), "httpserver2go");
        assert_eq!(all(Upper), "HTTPSERVER2GO");
        assert_eq!(all(Camel), "httpServer2Go");
        assert_eq!(all(Pascal), "HttpServer2Go");
        assert_eq!(all(Verbatim), "HttpServer2Go");
        assert_eq!(all(Kebab), "http-server2-go");
    }

    #[test]
    fn names() {
        assert_eq!(kebab("Hello"), "hello");
        assert_eq!(kebab("BlueGreen"), "blue-green");
        assert_eq!(kebab("HTTPServer"), "http-server");
        assert_eq!(kebab("V2"), "v2");
        assert_eq!(kebab("Snake_Case"), "snake-case");
        assert_eq!(kebab("X"), "x");
    }
}
