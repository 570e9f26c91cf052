//! Stage 1: attributes as typed values.
//!
//! `#[command(..)]`, `#[group(..)]`, `#[option(..)]` and `#[argument(..)]`
//! are lists of `key`, `key = value` and (for options) leading string
//! declarations. Each key is turned into a typed value here, keeping the
//! tokens the user wrote so that every later error points at them. Unknown
//! and duplicate keys are errors; parsing goes on after each one.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Attribute, Expr, ExprLit, ExprRange, Ident, Lit, LitBool, LitChar, LitStr, Token};

use crate::ctxt::Ctxt;

mod command;
mod param;
mod relations;

pub(crate) use command::CommandAttrs;
pub(crate) use param::{ParamAttrs, ParamKind};
pub(crate) use relations::{ConstraintSpec, GroupDecl, SectionDecl};

/// One item of an attribute list.
pub(crate) enum Entry {
    /// A leading string: an option declaration (`"--count"`).
    Decl(LitStr),
    /// `key` or `key = value`.
    Key { key: Ident, value: Option<Expr> },
}

impl Parse for Entry {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if input.peek(LitStr) {
            return Ok(Entry::Decl(input.parse()?));
        }
        let key = Ident::parse_any(input)?;
        if input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            // `parse_as = Vec<String>` names a type, which is no expression.
            if key == "parse_as" {
                let ty: syn::Type = input.parse()?;
                return Ok(Entry::Key {
                    key,
                    value: Some(Expr::Verbatim(quote::ToTokens::to_token_stream(&ty))),
                });
            }
            let value: Expr = input.parse()?;
            Ok(Entry::Key {
                key,
                value: Some(value),
            })
        } else if input.peek(syn::token::Paren) {
            Err(syn::Error::new(
                input.span(),
                format!("expected `{key}` or `{key} = value`"),
            ))
        } else {
            Ok(Entry::Key { key, value: None })
        }
    }
}

/// Parse an attribute list; a syntax error is recorded and gives no entries.
pub(crate) fn parse_entries(cx: &Ctxt, tokens: TokenStream) -> Vec<Entry> {
    match Punctuated::<Entry, Token![,]>::parse_terminated.parse2(tokens) {
        Ok(list) => list.into_iter().collect(),
        Err(e) => {
            cx.syn_error(e);
            Vec::new()
        }
    }
}

/// The entries of a parameter attribute (`#[option]`, `#[option(..)]`).
pub(crate) fn attr_entries(cx: &Ctxt, attr: &Attribute) -> Vec<Entry> {
    match &attr.meta {
        syn::Meta::Path(_) => Vec::new(),
        syn::Meta::List(list) => parse_entries(cx, list.tokens.clone()),
        syn::Meta::NameValue(nv) => {
            let name = attr.path().to_token_stream().to_string();
            cx.error_spanned_by(nv, format!("expected #[{name}(...)]"));
            Vec::new()
        }
    }
}

/// A value with the tokens it was written as (`key = value`), for errors.
pub(crate) struct Spanned<T> {
    pub(crate) value: T,
    pub(crate) tokens: TokenStream,
}

impl<T> ToTokens for Spanned<T> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.tokens.to_tokens(tokens);
    }
}

/// A string or a boolean (`show_default = "text"` or `show_default = false`).
pub(crate) enum StrOrBool {
    Str(Text),
    Bool(bool),
}

/// A text setting: a string literal, or any other expression of a
/// `&'static str` (a `const`, `concat!(..)`, `env!(..)`), written into the
/// generated code as it is.
#[derive(Clone)]
pub(crate) struct Text(pub(crate) Expr);

impl ToTokens for Text {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.0.to_tokens(tokens);
    }
}

/// `range = a..=b` and its variants.
pub(crate) struct RangeSpec {
    pub(crate) start: Option<Expr>,
    pub(crate) end: Option<Expr>,
    /// `a..b`: the upper bound is excluded.
    pub(crate) end_open: bool,
}

/// Reads the values of one attribute list into typed slots.
pub(crate) struct Reader<'a> {
    pub(crate) cx: &'a Ctxt,
    /// The attribute as the user writes it, for messages: `#[option]`.
    pub(crate) what: &'static str,
}

/// Set a slot once; a second setting is an error.
macro_rules! set_once {
    ($r:expr, $slot:expr, $key:expr, $value:expr, $conv:expr) => {{
        let tokens = $crate::attr::key_tokens($key, $value);
        if $slot.is_some() {
            $r.cx.error_spanned_by(
                &tokens,
                format!(
                    "duplicate {} attribute `{}`",
                    $r.what,
                    $crate::attr::unraw($key)
                ),
            );
        } else if let Some(v) = $conv {
            $slot = Some($crate::attr::Spanned { value: v, tokens });
        }
    }};
}
pub(crate) use set_once;

/// The tokens of `key` or `key = value`.
pub(crate) fn key_tokens(key: &Ident, value: &Option<Expr>) -> TokenStream {
    match value {
        Some(v) => quote!(#key = #v),
        None => quote!(#key),
    }
}

/// An identifier without its `r#`.
pub(crate) fn unraw(ident: &Ident) -> String {
    ident.unraw().to_string()
}

impl Reader<'_> {
    fn need<'v>(&self, key: &Ident, value: &'v Option<Expr>, expected: &str) -> Option<&'v Expr> {
        match value {
            Some(v) => Some(v),
            None => {
                self.cx.error_spanned_by(
                    key,
                    format!(
                        "{} attribute `{}` needs a value: `{} = {expected}`",
                        self.what,
                        unraw(key),
                        unraw(key)
                    ),
                );
                None
            }
        }
    }

    fn wrong(&self, key: &Ident, value: &Expr, expected: &str) {
        self.cx
            .error_spanned_by(value, format!("expected {expected} for `{}`", unraw(key)));
    }

    /// `key` (true) or `key = true|false`.
    pub(crate) fn bool(&self, key: &Ident, value: &Option<Expr>) -> Option<bool> {
        match value {
            None => Some(true),
            Some(Expr::Lit(ExprLit {
                lit: Lit::Bool(LitBool { value, .. }),
                ..
            })) => Some(*value),
            Some(v) => {
                self.wrong(key, v, "`true` or `false`");
                None
            }
        }
    }

    /// `key = "text"`.
    pub(crate) fn str(&self, key: &Ident, value: &Option<Expr>) -> Option<LitStr> {
        match self.need(key, value, "\"...\"")? {
            Expr::Lit(ExprLit {
                lit: Lit::Str(s), ..
            }) => Some(s.clone()),
            v => {
                self.wrong(key, v, "a string literal");
                None
            }
        }
    }

    /// `key = "text"` or `key = EXPR` (a `const`, `concat!(..)`).
    pub(crate) fn text(&self, key: &Ident, value: &Option<Expr>) -> Option<Text> {
        let v = self.need(key, value, "\"...\"")?;
        self.text_value(key, v)
    }

    fn text_value(&self, key: &Ident, v: &Expr) -> Option<Text> {
        match v {
            Expr::Lit(ExprLit {
                lit: Lit::Str(_), ..
            }) => Some(Text(v.clone())),
            Expr::Lit(_) => {
                self.wrong(key, v, "a string (a literal, a `const` or `concat!(..)`)");
                None
            }
            other => Some(Text(other.clone())),
        }
    }

    /// `key` or `key = "text"` (or `key = EXPR`).
    pub(crate) fn opt_text(&self, key: &Ident, value: &Option<Expr>) -> Option<Option<Text>> {
        match value {
            None => Some(None),
            Some(v) => self.text_value(key, v).map(Some),
        }
    }

    /// `key` or `key = "text"`.
    pub(crate) fn opt_str(&self, key: &Ident, value: &Option<Expr>) -> Option<Option<LitStr>> {
        match value {
            None => Some(None),
            Some(Expr::Lit(ExprLit {
                lit: Lit::Str(s), ..
            })) => Some(Some(s.clone())),
            Some(v) => {
                self.wrong(key, v, "a string literal");
                None
            }
        }
    }

    /// `key`, `key = true|false` or `key = "text"`.
    pub(crate) fn str_or_bool(&self, key: &Ident, value: &Option<Expr>) -> Option<StrOrBool> {
        match value {
            None => Some(StrOrBool::Bool(true)),
            Some(Expr::Lit(ExprLit {
                lit: Lit::Bool(b), ..
            })) => Some(StrOrBool::Bool(b.value)),
            Some(
                v @ Expr::Lit(ExprLit {
                    lit: Lit::Str(_), ..
                }),
            ) => Some(StrOrBool::Str(Text(v.clone()))),
            Some(v @ Expr::Lit(_)) => {
                self.wrong(key, v, "a string, `true` or `false`");
                None
            }
            Some(v) => Some(StrOrBool::Str(Text(v.clone()))),
        }
    }

    /// `key = 'c'`.
    pub(crate) fn char(&self, key: &Ident, value: &Option<Expr>) -> Option<LitChar> {
        match self.need(key, value, "'c'")? {
            Expr::Lit(ExprLit {
                lit: Lit::Char(c), ..
            }) => Some(c.clone()),
            v => {
                self.wrong(key, v, "a character literal like 'c'");
                None
            }
        }
    }

    /// `key = N` or `key = -N`.
    pub(crate) fn int(&self, key: &Ident, value: &Option<Expr>) -> Option<isize> {
        let v = self.need(key, value, "N")?;
        let (neg, lit) = match v {
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Neg(_)) => (true, &*u.expr),
            other => (false, other),
        };
        if let Expr::Lit(ExprLit {
            lit: Lit::Int(i), ..
        }) = lit
            && let Ok(n) = i.base10_parse::<isize>()
        {
            return Some(if neg { -n } else { n });
        }
        self.wrong(key, v, "an integer literal");
        None
    }

    /// `key = expr`.
    pub(crate) fn expr(&self, key: &Ident, value: &Option<Expr>) -> Option<Expr> {
        self.need(key, value, "...").cloned()
    }

    /// `key = Type` (read as a type by [`Entry`]'s parser).
    pub(crate) fn ty(&self, key: &Ident, value: &Option<Expr>) -> Option<syn::Type> {
        let v = self.need(key, value, "Type")?;
        match syn::parse2::<syn::Type>(quote::ToTokens::to_token_stream(v)) {
            Ok(t) => Some(t),
            Err(_) => {
                self.wrong(key, v, "a type");
                None
            }
        }
    }

    /// `key = path::to::item`.
    pub(crate) fn path(&self, key: &Ident, value: &Option<Expr>) -> Option<syn::Path> {
        match self.need(key, value, "path")? {
            Expr::Path(p) if p.qself.is_none() => Some(p.path.clone()),
            v => {
                self.wrong(key, v, "a path");
                None
            }
        }
    }

    /// `key = ["a", "b"]`; with `single`, also `key = "a"`.
    pub(crate) fn str_list(
        &self,
        key: &Ident,
        value: &Option<Expr>,
        single: bool,
    ) -> Option<Vec<LitStr>> {
        let v = self.need(key, value, "[\"...\", ...]")?;
        match v {
            Expr::Lit(ExprLit {
                lit: Lit::Str(s), ..
            }) if single => Some(vec![s.clone()]),
            Expr::Array(array) => {
                let mut out = Vec::new();
                for elem in &array.elems {
                    match elem {
                        Expr::Lit(ExprLit {
                            lit: Lit::Str(s), ..
                        }) => out.push(s.clone()),
                        other => {
                            self.wrong(key, other, "a string literal");
                            return None;
                        }
                    }
                }
                Some(out)
            }
            v => {
                let what = if single {
                    "a string literal or an array of string literals"
                } else {
                    "an array of string literals like [\"a\", \"b\"]"
                };
                self.wrong(key, v, what);
                None
            }
        }
    }

    /// `key = [path, path]`.
    pub(crate) fn path_list(&self, key: &Ident, value: &Option<Expr>) -> Option<Vec<syn::Path>> {
        match self.need(key, value, "[a, b]")? {
            Expr::Array(array) => {
                let mut out = Vec::new();
                for elem in &array.elems {
                    match elem {
                        Expr::Path(p) if p.qself.is_none() => out.push(p.path.clone()),
                        other => {
                            self.wrong(key, other, "the path of a #[command] or #[group] function");
                            return None;
                        }
                    }
                }
                Some(out)
            }
            v => {
                self.wrong(key, v, "an array of command functions like [clone, delete]");
                None
            }
        }
    }

    /// `key = a..=b`, `a..b`, `a..`, `..=b`, `..b`.
    pub(crate) fn range(&self, key: &Ident, value: &Option<Expr>) -> Option<RangeSpec> {
        match self.need(key, value, "a..=b")? {
            Expr::Range(ExprRange {
                start, limits, end, ..
            }) if start.is_some() || end.is_some() => Some(RangeSpec {
                start: start.as_deref().cloned(),
                end: end.as_deref().cloned(),
                end_open: matches!(limits, syn::RangeLimits::HalfOpen(_)) && end.is_some(),
            }),
            v => {
                self.wrong(key, v, "a range like `1..=10`, `0..` or `..=100`");
                None
            }
        }
    }

    /// Report a key this attribute does not know.
    pub(crate) fn unknown(
        &self,
        key: &Ident,
        value: &Option<Expr>,
        known: &[&str],
        elsewhere: Option<&str>,
    ) {
        let name = unraw(key);
        let tokens = key_tokens(key, value);
        if let Some(reason) = elsewhere {
            self.cx
                .error_spanned_by(tokens, format!("`{name}` {reason}"));
            return;
        }
        let message = match closest(&name, known) {
            Some(best) => format!(
                "unknown {} attribute `{name}`; did you mean `{best}`?",
                self.what
            ),
            None => format!(
                "unknown {} attribute `{name}`; expected one of: {}",
                self.what,
                known.join(", ")
            ),
        };
        self.cx.error_spanned_by(tokens, message);
    }
}

/// The known key nearest to `name`, if it is a likely typo.
fn closest<'k>(name: &str, known: &[&'k str]) -> Option<&'k str> {
    known
        .iter()
        .map(|k| (edit_distance(name, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4) && *d < k.len())
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Optimal string alignment distance (Levenshtein with transpositions).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        assert_eq!(closest("sohrt", &["short", "long"]), Some("short"));
        assert_eq!(closest("zzz", &["short", "long"]), None);
        assert_eq!(closest("defualt", &["default", "help"]), Some("default"));
    }
}
