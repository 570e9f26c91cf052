//! Stage 3: rules that need more than one attribute or parameter.
//!
//! Every rule records its error in the [`Ctxt`] and goes on, so one
//! compile shows every mistake. Errors point at the tokens the user wrote.

use quote::ToTokens;

use crate::attr::{ParamKind, Spanned};
use crate::ctxt::Ctxt;
use crate::model::{
    CommandModel, Field, Shape, is_integer, is_number, split_declaration, type_text,
};

/// Check a command or group.
pub(crate) fn check_command(cx: &Ctxt, model: &CommandModel) {
    let a = &model.attrs;
    if a.version.is_none() {
        for (name, s) in [
            (
                "version_prog_name",
                a.version_prog_name.as_ref().map(|s| &s.tokens),
            ),
            (
                "version_message",
                a.version_message.as_ref().map(|s| &s.tokens),
            ),
            ("version_names", a.version_names.as_ref().map(|s| &s.tokens)),
            ("version_first", a.version_first.as_ref().map(|s| &s.tokens)),
        ] {
            if let Some(s) = s {
                cx.error_spanned_by(
                    s,
                    format!("`{name}` needs `version` (or `version = \"...\"`)"),
                );
            }
        }
    }
    for (name, s) in [
        ("max_content_width", &a.max_content_width),
        ("terminal_width", &a.terminal_width),
    ] {
        if let Some(s) = s.as_ref().filter(|s| s.value <= 0) {
            cx.error_spanned_by(s, format!("`{name}` is a width in columns, greater than 0"));
        }
    }
    let mut reserved: Vec<(String, String)> = Vec::new();
    if a.version.is_some() {
        match &a.version_names {
            Some(names) => {
                for decl in &names.value {
                    for name in split_declaration(&decl.value()) {
                        reserved.push((name, "the version option".into()));
                    }
                }
            }
            None => reserved.push(("--version".into(), "the version option".into())),
        }
    }
    if a.completion_option.as_ref().is_some_and(|c| c.value) {
        reserved.push(("--completion".into(), "the completion option".into()));
    }
    let fields: Vec<&Field> = model.fields().collect();
    for field in &fields {
        check_field(cx, field);
    }
    check_fields(cx, &fields, reserved);
    check_relations(cx, model, &fields);
}

/// Every parameter a constraint names is one of the command's (unless a
/// `#[params]` set brings parameters the macro cannot see; the runtime
/// checks those), and every command in a section is one of the group's.
fn check_relations(cx: &Ctxt, model: &CommandModel, fields: &[&Field]) {
    let a = &model.attrs;
    if let (Some(sections), commands) = (&a.sections, &a.commands) {
        let listed: Vec<String> = commands
            .iter()
            .flat_map(|c| &c.value)
            .map(|p| p.to_token_stream().to_string())
            .collect();
        for path in sections.value.iter().flat_map(|s| &s.commands) {
            if !listed.contains(&path.to_token_stream().to_string()) {
                cx.error_spanned_by(path, "this command is not in the group's `commands = [..]`");
            }
        }
    }
    if model
        .inputs
        .iter()
        .any(|i| matches!(i, crate::model::Input::Params { .. }))
    {
        return;
    }
    let known = |name: &str| {
        fields.iter().any(|f| {
            crate::attr::unraw(&f.ident) == name
                || f.storage_name() == name
                || (f.is_option()
                    && f.declarations()
                        .iter()
                        .any(|(d, _)| split_declaration(d).iter().any(|n| n == name)))
        })
    };
    let names: Vec<String> = fields
        .iter()
        .map(|f| crate::attr::unraw(&f.ident))
        .collect();
    let unknown = |name: &str| {
        format!(
            "`{name}` is not a parameter of this command; its parameters are: {}",
            names.join(", ")
        )
    };
    for c in a.constraints.iter().flat_map(|s| &s.value) {
        for ident in &c.params {
            let name = crate::attr::unraw(ident);
            if !known(&name) {
                cx.error_spanned_by(ident, unknown(&name));
            }
        }
    }
    for f in fields {
        for slot in [&f.attrs.conflicts_with, &f.attrs.requires] {
            for lit in slot.iter().flat_map(|s| &s.value) {
                if !known(&lit.value()) {
                    cx.error_spanned_by(lit, unknown(&lit.value()));
                }
            }
        }
    }
}

/// Rules between the parameters of one command or parameter set: option
/// names used twice, more than one variadic argument. `names` holds the
/// option names already taken, each with what took it.
pub(crate) fn check_fields(cx: &Ctxt, fields: &[&Field], mut names: Vec<(String, String)>) {
    let options = fields
        .iter()
        .filter(|f| f.is_option() && !f.is_enum_switch())
        .flat_map(|f| f.all_options());
    for field in options {
        for (decl, tokens) in field.declarations() {
            for name in split_declaration(&decl) {
                if let Some((_, owner)) = names.iter().find(|(n, _)| *n == name) {
                    cx.error_spanned_by(
                        &tokens,
                        format!("option name `{name}` is already used by {owner}; each option needs its own names"),
                    );
                } else {
                    names.push((name, format!("`{}`", field.ident)));
                }
            }
        }
    }
    let mut variadic = fields
        .iter()
        .filter(|f| f.kind == ParamKind::Argument && argument_nargs(f) == -1);
    if variadic.next().is_some() {
        for extra in variadic {
            cx.error_spanned_by(&extra.ty, "only one argument can take any number of values (`Vec<T>`); the parser could not tell where it ends");
        }
    }
}

/// The `nargs` an argument ends up with.
pub(crate) fn argument_nargs(field: &Field) -> isize {
    match (&field.attrs.nargs, &field.shape) {
        (Some(n), _) => n.value,
        (None, Shape::List(_)) => -1,
        _ => 1,
    }
}

fn err<T>(cx: &Ctxt, s: &Spanned<T>, message: impl std::fmt::Display) {
    cx.error_spanned_by(s, message);
}

/// Rules for one parameter (with its feature switches).
pub(crate) fn check_field(cx: &Ctxt, f: &Field) {
    if let Some(p) = &f.attrs.parse_as
        && (f.attrs.callback.is_none() || f.is_switch_group() || f.is_enum_switch())
    {
        let why = if f.attrs.callback.is_none() {
            "needs a `callback` that turns the parsed value into the parameter's type"
        } else {
            "cannot be combined with feature switches"
        };
        cx.error_spanned_by(&p.tokens, format!("`{}`: `parse_as` {why}", f.ident));
    }
    if f.is_enum_switch() {
        check_enum_switch(cx, f);
        return;
    }
    check_one(cx, f, f.is_switch_group());
    if !f.is_switch_group() {
        return;
    }
    let mut defaults = 0;
    for o in f.all_options() {
        if o.attrs.flag_value.is_none() {
            let what = o.attrs.decls.first().map(|d| d.to_token_stream());
            cx.error_spanned_by(
                what.unwrap_or_else(|| o.ident.to_token_stream()),
                format!(
                    "`{}` has several #[option]s, one per feature switch: each needs a `flag_value`",
                    f.ident
                ),
            );
        }
        if let Some(s) = &o.attrs.switch {
            err(
                cx,
                s,
                format!(
                    "`{}`: `switch` goes on a parameter's only #[option]",
                    f.ident
                ),
            );
        }
        if let Some(d) = &o.attrs.default {
            defaults += 1;
            if defaults > 1 {
                err(
                    cx,
                    d,
                    format!(
                        "`{}`: only one of its switches can have the `default`",
                        f.ident
                    ),
                );
            }
        }
    }
    for o in &f.switches {
        check_one(cx, o, true);
    }
    if matches!(f.shape, Shape::Plain) && defaults == 0 {
        let ty_text = type_text(&f.ty);
        cx.error_spanned_by(
            &f.ty,
            format!(
                "the feature switches of `{}` need a `default` (`default = true` on one of them) for when none is given, or the type `Option<{ty_text}>`",
                f.ident
            ),
        );
    }
}

/// `#[option(switch)]`: one flag per variant of a choice enum.
fn check_enum_switch(cx: &Ctxt, f: &Field) {
    let a = &f.attrs;
    let name = &f.ident;
    if let Some(s) = &a.switch {
        if matches!(f.shape, Shape::Bool | Shape::List(_)) {
            err(
                cx,
                s,
                format!(
                    "`switch` makes one flag per variant of a #[derive(Choice)] enum; `{name}` is a `{}`",
                    type_text(&f.ty)
                ),
            );
        } else if matches!(f.shape, Shape::Plain) && a.default.is_none() {
            let ty_text = type_text(&f.ty);
            err(
                cx,
                s,
                format!(
                    "the switches of `{name}` need a `default = {ty_text}::..` for when none is given, or the type `Option<{ty_text}>`"
                ),
            );
        }
    }
    if let Some(d) = a.decls.first() {
        cx.error_spanned_by(
            d,
            format!("`{name}`: a `switch` option's names are its variants' choice names (`--oss`); it takes no declarations"),
        );
    }
    let unsupported = [
        ("short", a.short.as_ref().map(|s| &s.tokens)),
        ("long", a.long.as_ref().map(|s| &s.tokens)),
        ("flag", a.flag.as_ref().map(|s| &s.tokens)),
        ("flag_value", a.flag_value.as_ref().map(|s| &s.tokens)),
        (
            "optional_value",
            a.optional_value.as_ref().map(|s| &s.tokens),
        ),
        ("is_flag", a.is_flag.as_ref().map(|s| &s.tokens)),
        ("count", a.count.as_ref().map(|s| &s.tokens)),
        ("nargs", a.nargs.as_ref().map(|s| &s.tokens)),
        ("multiple", a.multiple.as_ref().map(|s| &s.tokens)),
        ("prompt", a.prompt.as_ref().map(|s| &s.tokens)),
        ("help", a.help.as_ref().map(|s| &s.tokens)),
        ("metavar", a.metavar.as_ref().map(|s| &s.tokens)),
        ("envvar", a.envvar.as_ref().map(|s| &s.tokens)),
        ("required", a.required.as_ref().map(|s| &s.tokens)),
        ("callback", a.callback.as_ref().map(|s| &s.tokens)),
        ("ty", a.ty.as_ref().map(|s| &s.tokens)),
        ("choices", a.choices.as_ref().map(|s| &s.tokens)),
    ];
    for (key, tokens) in unsupported {
        if let Some(t) = tokens {
            cx.error_spanned_by(
                t,
                format!("`{name}`: `{key}` cannot be combined with `switch` (each variant is a flag; its help is the variant's doc comment)"),
            );
        }
    }
}

/// Rules for one `#[option]` or `#[argument]`; `grouped` for one of
/// several feature switches (whose default may be on another).
fn check_one(cx: &Ctxt, f: &Field, grouped: bool) {
    let a = &f.attrs;
    let ty_text = type_text(&f.ty);
    let inner_text = type_text(f.inner());
    if f.is_option() {
        check_declarations(cx, f);
    }

    if let Some(c) = &a.count
        && !(is_integer(f.stored()) && matches!(f.shape, Shape::Plain | Shape::Optional(_)))
    {
        err(
            cx,
            c,
            format!("`count` needs an integer type like `u8`, found `{ty_text}`"),
        );
    }
    if let Some(flag) = &a.flag {
        if !matches!(f.shape, Shape::Bool) && !f.is_unset_flag() {
            err(
                cx,
                flag,
                format!(
                    "`flag` needs a `bool` (or `Option<bool>`) parameter, found `{ty_text}`; use `flag_value` for a flag that stores another value"
                ),
            );
        } else if flag.value.is_some() && !a.decls.is_empty() {
            err(
                cx,
                flag,
                "give the flag's declarations either as leading strings or with `flag = \"..\"`, not both",
            );
        }
    }
    if let Some(r) = &a.range
        && !is_number(f.inner())
    {
        err(
            cx,
            r,
            format!("`range` needs a numeric type (an integer or float), found `{inner_text}`"),
        );
    }
    for (name, s) in [
        ("min_open", &a.min_open),
        ("max_open", &a.max_open),
        ("clamp", &a.clamp),
    ] {
        if let Some(s) = s
            && a.range.is_none()
        {
            err(cx, s, format!("`{name}` needs `range = ..`"));
        }
    }
    for (name, s) in [("lazy", &a.lazy), ("atomic", &a.atomic)] {
        if let Some(s) = s
            && a.file.is_none()
        {
            err(cx, s, format!("`{name}` needs `file = \"mode\"`"));
        }
    }
    let sources = a.type_sources();
    if sources.len() > 1 {
        cx.error_spanned_by(
            &sources[1].1,
            format!(
                "`{}` cannot be combined with `{}`: both set the parameter type",
                sources[1].0, sources[0].0
            ),
        );
    }
    if let (Some(_), Some(ch)) = (&a.count, &a.choices) {
        err(cx, ch, "`choices` cannot be combined with `count`");
    }

    if let (Some(r), Some(d)) = (&a.required, &a.default)
        && r.value
    {
        err(
            cx,
            d,
            "`default` makes no sense on a `required` parameter; remove one of them",
        );
    }
    if let Some(c) = a.confirmation_option.as_ref().filter(|c| c.value)
        && !f.is_flag()
    {
        err(
            cx,
            c,
            "`confirmation_option` needs a `bool` parameter (a flag)",
        );
    }
    if a.prompt.is_none() && a.confirmation_option.as_ref().is_none_or(|c| !c.value) {
        for (name, s) in [
            ("hide_input", a.hide_input.as_ref().map(|s| &s.tokens)),
            (
                "confirmation_prompt",
                a.confirmation_prompt.as_ref().map(|s| &s.tokens),
            ),
            (
                "prompt_required",
                a.prompt_required.as_ref().map(|s| &s.tokens),
            ),
        ] {
            if let Some(t) = s {
                cx.error_spanned_by(t, format!("`{name}` needs `prompt`"));
            }
        }
    }
    if let Some(d) = &a.deprecated {
        if a.required.as_ref().is_some_and(|r| r.value) || f.implied_required() {
            let how = if a.required.is_some() {
                "remove `required`"
            } else {
                "give it a default or make it an `Option<T>`"
            };
            err(
                cx,
                d,
                format!("a required parameter cannot be `deprecated`; {how}"),
            );
        }
        if let Some(p) = &a.prompt {
            err(cx, p, "a `deprecated` option cannot `prompt`");
        }
    }

    check_shape(cx, f, grouped);
}

/// Rules tying attributes to the Rust type.
fn check_shape(cx: &Ctxt, f: &Field, grouped: bool) {
    let a = &f.attrs;
    let ty_text = type_text(&f.ty);
    if let Some(n) = &a.nargs {
        let list = matches!(f.shape, Shape::List(_));
        if f.is_option() && n.value < 1 {
            err(
                cx,
                n,
                "an option's `nargs` is at least 1; a `Vec<T>` option takes any number of occurrences",
            );
        } else if n.value != 1 && !list {
            err(
                cx,
                n,
                format!(
                    "`nargs = {}` needs a `Vec<T>` parameter, found `{ty_text}`; use a tuple for values of different types",
                    n.value
                ),
            );
        } else if f.kind == ParamKind::Argument && n.value == 0 {
            err(cx, n, "`nargs` cannot be 0");
        }
    }
    if let (Some(m), Some(_)) = (&a.multiple, &a.nargs) {
        err(
            cx,
            m,
            "`multiple` with `nargs` would make a list of lists; use a `Vec<(T, T)>` of tuples",
        );
    }
    if let Some(m) = &a.multiple
        && !matches!(f.shape, Shape::List(_))
    {
        err(
            cx,
            m,
            format!("`multiple` needs a `Vec<T>` parameter, found `{ty_text}`"),
        );
    }
    if let (Some(ov), Some(_)) = (&a.optional_value, &a.flag_value) {
        err(
            cx,
            ov,
            format!(
                "`{}`: `optional_value = v` is `is_flag = false, flag_value = v`; give one of them",
                f.ident
            ),
        );
    }
    if let Some(b) = a.is_flag.as_ref().filter(|b| b.value)
        && a.optional_value.is_some()
    {
        err(
            cx,
            b,
            format!(
                "`{}`: `is_flag` cannot be combined with `optional_value`: an option whose value is optional is not a flag",
                f.ident
            ),
        );
    }
    if a.is_flag.as_ref().is_some_and(|b| !b.value)
        && let Some(flag) = &a.flag
    {
        err(
            cx,
            flag,
            format!(
                "`{}`: `flag` cannot be combined with `is_flag = false`",
                f.ident
            ),
        );
    }
    if let Some(fv) = a.flag_value.as_ref().or(a.optional_value.as_ref())
        && matches!(f.shape, Shape::Plain)
        && a.default.is_none()
        && !grouped
    {
        err(
            cx,
            fv,
            format!(
                "a `flag_value` option of type `{ty_text}` needs a `default` for when it is not given, or the type `Option<{ty_text}>`"
            ),
        );
    }
    if let Some(r) = &a.required
        && !r.value
        && matches!(f.shape, Shape::Plain)
        && a.default.is_none()
        && a.prompt.is_none()
        && f.exposed()
    {
        err(
            cx,
            r,
            format!(
                "a `{ty_text}` parameter always has a value; give it a `default` or make it an `Option<{ty_text}>`"
            ),
        );
    }
    if let Some(p) = &a.prompt
        && matches!(f.shape, Shape::List(_))
        && !f.is_nargs_list()
    {
        err(cx, p, "a repeated option (`Vec<T>`) cannot `prompt`");
    }
}

/// Every declaration must name an option: `"--x"`, `"-x"`, `"--x/--no-x"`.
fn check_declarations(cx: &Ctxt, f: &Field) {
    let a = &f.attrs;
    if let Some(s) = &a.short {
        let c = s.value.value();
        if !c.is_alphanumeric() {
            err(cx, s, format!("`short` is a letter or digit, found '{c}'"));
        }
    }
    if let Some(l) = &a.long {
        let v = l.value.value();
        if v.trim_start_matches('-').is_empty() || v.contains(char::is_whitespace) {
            err(
                cx,
                l,
                format!("`long` is a name like \"dry-run\", found \"{v}\""),
            );
        }
    }
    let explicit = a
        .decls
        .iter()
        .chain(a.flag.as_ref().and_then(|f| f.value.as_ref()));
    for decl in explicit {
        let text = decl.value();
        let names = split_declaration(&text);
        if names.is_empty() {
            cx.error_spanned_by(
                decl,
                format!("option declaration \"{text}\" names no option"),
            );
            continue;
        }
        for name in names {
            let (prefix, rest) = split_opt(&name);
            if prefix.is_empty() {
                cx.error_spanned_by(
                    decl.to_token_stream(),
                    format!("option declaration \"{text}\" names no option; write \"--{name}\" or \"-{name}\" (the parameter's name comes from its identifier)"),
                );
            } else if rest.is_empty() || rest.contains(char::is_whitespace) {
                cx.error_spanned_by(
                    decl,
                    format!("option declaration \"{text}\" has no name after \"{prefix}\""),
                );
            }
        }
    }
}

/// Click's `_split_opt`: the prefix (`-`, `--`, `/`) and the rest. The
/// same as `clack_core::text::split_opt`, repeated because the macro crate
/// depends on syn, quote and proc-macro2 only.
fn split_opt(opt: &str) -> (&str, &str) {
    let mut chars = opt.chars();
    let Some(first) = chars.next() else {
        return ("", opt);
    };
    if first.is_alphanumeric() {
        return ("", opt);
    }
    let n = first.len_utf8();
    if opt[n..].starts_with(first) {
        (&opt[..2 * n], &opt[2 * n..])
    } else {
        (&opt[..n], &opt[n..])
    }
}
