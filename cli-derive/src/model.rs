//! Stage 2: a typed view of the input, ready to validate and expand.
//!
//! A command is its function, its settings and one [`Input`] per function
//! parameter; a value parameter is a [`Field`] (shared with
//! `#[derive(Params)]`), with its shape read from the Rust type. The model
//! keeps the user's syntax nodes so that validation can point at them.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{Attribute, FnArg, GenericArgument, Ident, ItemFn, Pat, PathArguments, Type};

use crate::attr::{CommandAttrs, Entry, ParamAttrs, ParamKind, attr_entries, unraw};
use crate::ctxt::Ctxt;

/// What a value's Rust type says about the parameter.
pub(crate) enum Shape {
    /// `bool`: a flag (for an option).
    Bool,
    /// `Option<T>`: the value may be missing.
    Optional(Type),
    /// `Vec<T>`: repeated option, variadic argument, or `nargs` values.
    List(Type),
    /// Any other `T` (tuples included): always has a value.
    Plain,
}

/// One option or argument: a function parameter or a struct field.
pub(crate) struct Field {
    pub(crate) ident: Ident,
    pub(crate) ty: Type,
    pub(crate) shape: Shape,
    pub(crate) kind: ParamKind,
    pub(crate) attrs: ParamAttrs,
    /// The doc comment of a struct field (help when `help` is not given).
    pub(crate) doc: Option<String>,
    /// The other `#[option]`s of a feature switch, one per flag, each with
    /// its own attributes and the same identifier and type.
    pub(crate) switches: Vec<Field>,
    /// With `parse_as = P`: the function's parameter type, which the
    /// callback makes from the parsed `P` (then `ty` and `shape` are `P`'s,
    /// so that everything about parsing reads `P`).
    pub(crate) mapped: Option<Type>,
}

impl Field {
    /// Build a field from its attributes; `None` for attributes that are
    /// not ours. Errors for two kinds on one parameter are recorded.
    pub(crate) fn new(cx: &Ctxt, ident: Ident, ty: Type, attrs: &[Attribute]) -> Field {
        let mut options: Vec<&Attribute> = Vec::new();
        let mut arguments: Vec<&Attribute> = Vec::new();
        for attr in attrs {
            if attr.path().is_ident("option") {
                options.push(attr);
            } else if attr.path().is_ident("argument") {
                arguments.push(attr);
            }
        }
        if let (Some(_), Some(arg)) = (options.first(), arguments.first()) {
            cx.error_spanned_by(
                arg,
                "a parameter is either an #[option] or an #[argument], not both",
            );
        } else if let Some(extra) = arguments.get(1) {
            cx.error_spanned_by(
                extra,
                "duplicate #[argument] attribute; put every setting in one",
            );
        }
        let shape = shape_of(&ty);
        let (kind, attrs_parsed) = match (options.first(), arguments.first()) {
            (Some(attr), _) => (
                ParamKind::Option,
                ParamAttrs::from_attr(cx, attr, ParamKind::Option),
            ),
            (None, Some(attr)) => (
                ParamKind::Argument,
                ParamAttrs::from_attr(cx, attr, ParamKind::Argument),
            ),
            (None, None) => (ParamKind::Option, ParamAttrs::default()),
        };
        // Several #[option]s on one parameter: a feature switch each.
        let switches = options
            .iter()
            .skip(1)
            .map(|attr| Field {
                ident: ident.clone(),
                ty: ty.clone(),
                shape: shape_of(&ty),
                kind: ParamKind::Option,
                attrs: ParamAttrs::from_attr(cx, attr, ParamKind::Option),
                doc: None,
                switches: Vec::new(),
                mapped: None,
            })
            .collect();
        let (ty, shape, mapped) = match attrs_parsed.parse_as.as_ref() {
            Some(p) => (p.value.clone(), shape_of(&p.value), Some(ty)),
            None => (ty, shape, None),
        };
        Field {
            ident,
            ty,
            shape,
            kind,
            attrs: attrs_parsed,
            doc: doc_text(attrs),
            switches,
            mapped,
        }
    }

    /// This field and its other switches (`#[option]`s after the first).
    pub(crate) fn all_options(&self) -> impl Iterator<Item = &Field> {
        std::iter::once(self).chain(&self.switches)
    }

    /// Whether this option is a feature switch: several `#[option]`s with a
    /// `flag_value` each, or `switch` on a choice enum.
    pub(crate) fn is_switch_group(&self) -> bool {
        !self.switches.is_empty()
    }

    /// `#[option(switch)]`: one flag per variant of a choice enum.
    pub(crate) fn is_enum_switch(&self) -> bool {
        self.attrs.switch.as_ref().is_some_and(|s| s.value)
    }

    /// The value type of one item: `T` for `Option<T>` and `Vec<T>`.
    pub(crate) fn inner(&self) -> &Type {
        match &self.shape {
            Shape::Optional(t) | Shape::List(t) => t,
            Shape::Bool | Shape::Plain => &self.ty,
        }
    }

    /// The type the value is stored as in the context: the field type, or
    /// `T` for `Option<T>`.
    pub(crate) fn stored(&self) -> &Type {
        match &self.shape {
            Shape::Optional(t) => t,
            _ => &self.ty,
        }
    }

    /// The name the value is stored under: the identifier without leading
    /// `_`, so `_color` (unused) is `color` as Click would name it. A
    /// trailing `_` stays (`int_`, as in Click's `"--int", "int_"`); write
    /// `r#type` for a parameter named `type`.
    pub(crate) fn storage_name(&self) -> String {
        let ident = unraw(&self.ident);
        let name = match ident.trim_start_matches('_') {
            "" => ident.clone(),
            trimmed => trimmed.to_string(),
        };
        match self.kind {
            ParamKind::Option => name,
            ParamKind::Argument => name.to_lowercase(),
        }
    }

    /// With `parse_as`: the type the callback returns (`T` for a function
    /// parameter `Option<T>`), which the context then holds.
    pub(crate) fn mapped_stored(&self) -> Option<Type> {
        let ty = self.mapped.as_ref()?;
        Some(match shape_of(ty) {
            Shape::Optional(inner) => inner,
            _ => ty.clone(),
        })
    }

    pub(crate) fn is_option(&self) -> bool {
        self.kind == ParamKind::Option
    }

    /// A `Vec<T>` option that takes `nargs` values once instead of repeating.
    pub(crate) fn is_nargs_list(&self) -> bool {
        matches!(self.shape, Shape::List(_)) && self.attrs.nargs.is_some()
    }

    /// Whether the option is a flag (a `bool`).
    pub(crate) fn is_flag(&self) -> bool {
        self.is_option()
            && self.attrs.count.is_none()
            && self.attrs.is_flag.as_ref().is_none_or(|s| s.value)
            && (matches!(self.shape, Shape::Bool) || self.is_unset_flag())
    }

    /// An `Option<bool>` flag: one with `flag = ".."`, `is_flag`, or an
    /// on/off declaration (`"--x/--no-x"`). It stays `None` when none of
    /// its names is given (Click's `default=None` on a flag), as every
    /// `Option<T>` does.
    pub(crate) fn is_unset_flag(&self) -> bool {
        let a = &self.attrs;
        let declared_flag = a.flag.is_some()
            || a.is_flag.as_ref().is_some_and(|s| s.value)
            || a.decls
                .iter()
                .any(|d| split_declaration(&d.value()).len() > 1);
        declared_flag && matches!(&self.shape, Shape::Optional(t) if type_is(t, &["bool"]))
    }

    /// Whether the value is passed to the function.
    pub(crate) fn exposed(&self) -> bool {
        self.attrs.expose_value.as_ref().is_none_or(|s| s.value)
    }

    /// Whether a plain option gets `required(true)` because nothing else
    /// would give it a value.
    pub(crate) fn implied_required(&self) -> bool {
        let a = &self.attrs;
        self.is_option()
            && (matches!(self.shape, Shape::Plain) || self.is_nargs_list())
            && a.required.is_none()
            && a.default.is_none()
            && a.prompt.is_none()
            && a.count.is_none()
            && a.flag_value.is_none()
            && a.optional_value.is_none()
            && !self.is_enum_switch()
            && self.exposed()
    }

    /// The option's declarations as `Opt::new` gets them (without the
    /// storage name), each with the tokens to blame for it.
    pub(crate) fn declarations(&self) -> Vec<(String, TokenStream)> {
        let a = &self.attrs;
        let mut out: Vec<(String, TokenStream)> = Vec::new();
        if let Some(flag) = &a.flag
            && let Some(s) = &flag.value
        {
            out.push((s.value(), s.to_token_stream()));
        }
        out.extend(a.decls.iter().map(|s| (s.value(), s.to_token_stream())));
        if let Some(long) = &a.long {
            let v = long.value.value();
            let v = if v.starts_with('-') {
                v
            } else {
                format!("--{v}")
            };
            out.push((v, long.tokens.clone()));
        }
        if out.is_empty() {
            out.push((default_long(&self.ident), self.ident.to_token_stream()));
        }
        if let Some(short) = &a.short {
            out.push((format!("-{}", short.value.value()), short.tokens.clone()));
        }
        out
    }
}

/// `--name` from an identifier: `_` becomes `-`, leading and trailing `_`
/// dropped (`type_` → `--type`, `_yes` → `--yes`).
pub(crate) fn default_long(ident: &Ident) -> String {
    format!("--{}", unraw(ident).trim_matches('_').replace('_', "-"))
}

/// The option names a declaration defines: `--x/--no-x` gives two.
pub(crate) fn split_declaration(decl: &str) -> Vec<String> {
    let sep = if decl.starts_with('/') { ';' } else { '/' };
    match decl.split_once(sep) {
        Some((a, b)) => [a.trim_end(), b.trim_start()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        None => vec![decl.to_string()],
    }
}

/// What a command function's parameter receives.
pub(crate) enum Input {
    /// The context: `&Context`, `&mut Context` or `Context`.
    Context { by_ref: bool, mutable: bool },
    /// `#[obj]`: the nearest object of type `ty` set by a parent.
    Obj {
        ty: Type,
        mutable: bool,
        ensure: bool,
    },
    /// `#[params]`: a `#[derive(Params)]` struct.
    Params { ty: Type },
    /// An option or argument.
    Value(Box<Field>),
}

/// A `#[command]` or `#[group]` function.
pub(crate) struct CommandModel {
    pub(crate) attrs: CommandAttrs,
    /// The function, with our parameter attributes removed.
    pub(crate) func: ItemFn,
    pub(crate) inputs: Vec<Input>,
    pub(crate) is_group: bool,
}

impl CommandModel {
    pub(crate) fn from_syn(
        cx: &Ctxt,
        attrs: CommandAttrs,
        mut func: ItemFn,
        is_group: bool,
    ) -> CommandModel {
        let what = if is_group { "#[group]" } else { "#[command]" };
        if !func.sig.generics.params.is_empty() {
            cx.error_spanned_by(
                &func.sig.generics,
                format!("{what} functions cannot be generic"),
            );
        }
        if let Some(receiver) = func.sig.receiver() {
            cx.error_spanned_by(
                receiver,
                format!("{what} goes on a free function, not a method"),
            );
        }
        let mut inputs = Vec::new();
        let mut context_seen = false;
        for arg in func.sig.inputs.iter_mut() {
            let FnArg::Typed(pt) = arg else { continue };
            let attrs = std::mem::take(&mut pt.attrs);
            let (ours, theirs): (Vec<Attribute>, Vec<Attribute>) =
                attrs.into_iter().partition(is_ours);
            pt.attrs = theirs;
            if let Some(input) = input_of(cx, &ours, &pt.pat, &pt.ty) {
                if let Input::Context { .. } = input {
                    if context_seen {
                        cx.error_spanned_by(
                            &pt.ty,
                            "a command takes at most one context parameter",
                        );
                    }
                    context_seen = true;
                }
                inputs.push(input);
            }
        }
        // Commands with many options are normal; clippy's limit is for APIs.
        func.attrs
            .push(syn::parse_quote!(#[allow(clippy::too_many_arguments)]));
        CommandModel {
            attrs,
            func,
            inputs,
            is_group,
        }
    }

    /// The command's name: `name = ".."`, else the function's name with
    /// `_` turned to `-` and Click 8.2's suffixes removed.
    pub(crate) fn name(&self) -> String {
        match &self.attrs.name {
            Some(n) => n.value.value(),
            None => command_name(&self.func.sig.ident),
        }
    }

    /// The help text: `help = ".."`, else the doc comment.
    pub(crate) fn help(&self) -> Option<TokenStream> {
        match &self.attrs.help {
            Some(h) => Some(h.value.to_token_stream()),
            None => doc_text(&self.func.attrs).map(|d| d.to_token_stream()),
        }
    }

    pub(crate) fn fields(&self) -> impl Iterator<Item = &Field> {
        self.inputs.iter().filter_map(|i| match i {
            Input::Value(f) => Some(&**f),
            _ => None,
        })
    }

    /// The path that replaces `::clack` in generated code.
    pub(crate) fn krate(&self) -> TokenStream {
        krate(self.attrs.krate.as_ref().map(|k| &k.value))
    }
}

/// `crate = path`, or `::clack`.
pub(crate) fn krate(path: Option<&syn::Path>) -> TokenStream {
    match path {
        Some(p) => p.to_token_stream(),
        None => quote!(::clack),
    }
}

/// Click 8.2's command name for a function name.
pub(crate) fn command_name(ident: &Ident) -> String {
    let name = unraw(ident).to_lowercase().replace('_', "-");
    if let Some((left, suffix)) = name.rsplit_once('-')
        && matches!(suffix, "command" | "cmd" | "group" | "grp")
    {
        return left.to_string();
    }
    name
}

fn is_ours(attr: &Attribute) -> bool {
    ["option", "argument", "obj", "params"]
        .iter()
        .any(|n| attr.path().is_ident(n))
}

/// Classify one function parameter from our attributes and its type.
fn input_of(cx: &Ctxt, ours: &[Attribute], pat: &Pat, ty: &Type) -> Option<Input> {
    let special: Vec<&Attribute> = ours
        .iter()
        .filter(|a| a.path().is_ident("obj") || a.path().is_ident("params"))
        .collect();
    if let Some(first) = special.first() {
        if ours.len() > 1 {
            cx.error_spanned_by(
                &ours[1],
                "a parameter takes only one of #[option], #[argument], #[obj] and #[params]",
            );
            return None;
        }
        if first.path().is_ident("params") {
            if !matches!(first.meta, syn::Meta::Path(_)) {
                cx.error_spanned_by(first, "#[params] takes no settings");
            }
            if let Type::Reference(r) = ty {
                cx.error_spanned_by(r, "a #[params] parameter takes the struct by value");
                return None;
            }
            return Some(Input::Params { ty: ty.clone() });
        }
        let mut ensure = false;
        for entry in attr_entries(cx, first) {
            match entry {
                Entry::Key { key, value: None } if key == "ensure" => ensure = true,
                Entry::Key { key, value } => cx.error_spanned_by(
                    crate::attr::key_tokens(&key, &value),
                    format!(
                        "unknown #[obj] attribute `{}`; expected `ensure`",
                        unraw(&key)
                    ),
                ),
                Entry::Decl(s) => {
                    cx.error_spanned_by(s, "unknown #[obj] attribute; expected `ensure`")
                }
            }
        }
        let Type::Reference(r) = ty else {
            cx.error_spanned_by(ty, "an #[obj] parameter is a reference: `&T` or `&mut T`");
            return None;
        };
        return Some(Input::Obj {
            ty: (*r.elem).clone(),
            mutable: r.mutability.is_some(),
            ensure,
        });
    }
    if ours.is_empty()
        && let Some((by_ref, mutable)) = context_type(ty)
    {
        return Some(Input::Context { by_ref, mutable });
    }
    let ident = match pat {
        Pat::Ident(p) if p.subpat.is_none() => p.ident.clone(),
        other => {
            cx.error_spanned_by(
                other,
                "an option or argument parameter needs a plain name (its storage name)",
            );
            return None;
        }
    };
    if let Type::Reference(r) = ty {
        cx.error_spanned_by(
            r,
            "option and argument values are owned: use `String` for `&str`, `PathBuf` for `&Path`, `Vec<T>` for `&[T]`",
        );
        return None;
    }
    Some(Input::Value(Box::new(Field::new(
        cx,
        ident,
        ty.clone(),
        ours,
    ))))
}

/// `&Context`, `&mut Context` or `Context` (any path ending in `Context`).
fn context_type(ty: &Type) -> Option<(bool, bool)> {
    let (inner, by_ref, mutable) = match ty {
        Type::Reference(r) => (&*r.elem, true, r.mutability.is_some()),
        other => (other, false, false),
    };
    let seg = last_segment(inner)?;
    (seg.ident == "Context" && seg.arguments.is_empty()).then_some((by_ref, mutable))
}

/// The last path segment of a type path (`Vec` in `std::vec::Vec<u8>`).
pub(crate) fn last_segment(ty: &Type) -> Option<&syn::PathSegment> {
    match ty {
        Type::Path(p) if p.qself.is_none() => p.path.segments.last(),
        Type::Group(g) => last_segment(&g.elem),
        Type::Paren(p) => last_segment(&p.elem),
        _ => None,
    }
}

/// The only generic type argument of a segment (`T` in `Option<T>`).
fn single_arg(seg: &syn::PathSegment) -> Option<&Type> {
    let PathArguments::AngleBracketed(args) = &seg.arguments else {
        return None;
    };
    let mut types = args.args.iter().filter_map(|a| match a {
        GenericArgument::Type(t) => Some(t),
        _ => None,
    });
    let first = types.next()?;
    types.next().is_none().then_some(first)
}

/// Read the shape off the type's syntax.
pub(crate) fn shape_of(ty: &Type) -> Shape {
    let Some(seg) = last_segment(ty) else {
        return Shape::Plain;
    };
    if seg.ident == "bool" && seg.arguments.is_empty() {
        return Shape::Bool;
    }
    match single_arg(seg) {
        Some(inner) if seg.ident == "Option" => Shape::Optional(inner.clone()),
        Some(inner) if seg.ident == "Vec" => Shape::List(inner.clone()),
        _ => Shape::Plain,
    }
}

fn type_is(ty: &Type, names: &[&str]) -> bool {
    last_segment(ty).is_some_and(|s| s.arguments.is_empty() && names.iter().any(|n| s.ident == n))
}

const INTEGERS: &[&str] = &[
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
];

pub(crate) fn is_integer(ty: &Type) -> bool {
    type_is(ty, INTEGERS)
}

pub(crate) fn is_number(ty: &Type) -> bool {
    is_integer(ty) || type_is(ty, &["f32", "f64"])
}

/// A type as the user wrote it, for messages.
pub(crate) fn type_text(ty: &Type) -> String {
    ty.to_token_stream()
        .to_string()
        .replace(" < ", "<")
        .replace(" <", "<")
        .replace("< ", "<")
        .replace(" >", ">")
        .replace(" :: ", "::")
        .replace(" ,", ",")
}

/// The doc comment: the `#[doc]` lines joined with newlines.
///
/// A line that is only `\b` becomes Click's no-rewrap marker (`\x08`) and
/// one that is only `\f` the form feed that cuts the help (`\x0c`), as the
/// same lines in a Python docstring would.
pub(crate) fn doc_text(attrs: &[Attribute]) -> Option<String> {
    let mut lines = Vec::new();
    for attr in attrs {
        if !attr.path().is_ident("doc") {
            continue;
        }
        if let syn::Meta::NameValue(nv) = &attr.meta
            && let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) = &nv.value
        {
            let line = s.value();
            lines.push(match line.trim() {
                "\\b" => line.replace("\\b", "\x08"),
                "\\f" => line.replace("\\f", "\x0c"),
                _ => line,
            });
        }
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}
