//! `#[option(..)]` and `#[argument(..)]`.

use syn::{Attribute, Expr, Ident, LitChar, LitStr};

use super::{Entry, RangeSpec, Reader, Spanned, StrOrBool, Text, attr_entries, set_once, unraw};
use crate::ctxt::Ctxt;

/// Whether a parameter is an option or an argument.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum ParamKind {
    Option,
    Argument,
}

/// Every key `#[option]` accepts.
#[rustfmt::skip]
const OPTION_KEYS: &[&str] = &[
    "short", "long", "flag", "help", "default", "show_default", "required", "metavar", "envvar",
    "show_envvar", "hidden", "deprecated", "is_eager", "expose_value", "callback", "prompt",
    "confirmation_prompt", "hide_input", "prompt_required", "show_choices", "allow_from_autoenv",
    "count", "flag_value", "nargs", "multiple", "ty", "range", "min_open", "max_open", "clamp",
    "choices", "ignore_case", "shell_complete", "exists", "file_okay", "dir_okay", "readable",
    "writable", "executable", "resolve_path", "allow_dash", "formats", "file", "lazy", "atomic",
    "confirmation_option", "password_option", "group", "conflicts_with", "requires",
    "is_flag", "optional_value",
    "switch",
    "parse_as",
];

/// The keys `#[argument]` accepts (a subset of the option keys).
#[rustfmt::skip]
const ARGUMENT_KEYS: &[&str] = &[
    "help", "default", "metavar", "envvar", "required", "nargs", "ty", "callback",
    "shell_complete", "deprecated", "is_eager", "expose_value", "range", "min_open", "max_open",
    "clamp", "choices", "ignore_case", "exists", "file_okay", "dir_okay", "readable", "writable",
    "executable", "resolve_path", "allow_dash", "formats", "file", "lazy", "atomic",
    "parse_as",
];

/// The typed contents of one `#[option]` or `#[argument]` (or of none: a
/// parameter without attribute is an option with no keys).
#[derive(Default)]
pub(crate) struct ParamAttrs {
    pub(crate) decls: Vec<LitStr>,
    pub(crate) short: Option<Spanned<LitChar>>,
    pub(crate) long: Option<Spanned<LitStr>>,
    pub(crate) flag: Option<Spanned<Option<LitStr>>>,
    pub(crate) help: Option<Spanned<Text>>,
    pub(crate) default: Option<Spanned<Expr>>,
    pub(crate) show_default: Option<Spanned<StrOrBool>>,
    pub(crate) required: Option<Spanned<bool>>,
    pub(crate) metavar: Option<Spanned<Text>>,
    pub(crate) envvar: Option<Spanned<Vec<LitStr>>>,
    pub(crate) show_envvar: Option<Spanned<bool>>,
    pub(crate) hidden: Option<Spanned<bool>>,
    pub(crate) deprecated: Option<Spanned<Option<Text>>>,
    pub(crate) is_eager: Option<Spanned<bool>>,
    pub(crate) expose_value: Option<Spanned<bool>>,
    pub(crate) callback: Option<Spanned<Expr>>,
    pub(crate) prompt: Option<Spanned<Option<Text>>>,
    pub(crate) confirmation_prompt: Option<Spanned<StrOrBool>>,
    pub(crate) hide_input: Option<Spanned<bool>>,
    pub(crate) prompt_required: Option<Spanned<bool>>,
    pub(crate) show_choices: Option<Spanned<bool>>,
    pub(crate) allow_from_autoenv: Option<Spanned<bool>>,
    pub(crate) count: Option<Spanned<bool>>,
    pub(crate) flag_value: Option<Spanned<Expr>>,
    pub(crate) nargs: Option<Spanned<isize>>,
    pub(crate) multiple: Option<Spanned<bool>>,
    pub(crate) ty: Option<Spanned<Expr>>,
    pub(crate) range: Option<Spanned<RangeSpec>>,
    pub(crate) min_open: Option<Spanned<bool>>,
    pub(crate) max_open: Option<Spanned<bool>>,
    pub(crate) clamp: Option<Spanned<bool>>,
    pub(crate) choices: Option<Spanned<Vec<LitStr>>>,
    pub(crate) ignore_case: Option<Spanned<bool>>,
    pub(crate) shell_complete: Option<Spanned<Expr>>,
    pub(crate) path_checks: Vec<(Ident, Spanned<bool>)>,
    pub(crate) formats: Option<Spanned<Vec<LitStr>>>,
    pub(crate) file: Option<Spanned<LitStr>>,
    pub(crate) lazy: Option<Spanned<bool>>,
    pub(crate) atomic: Option<Spanned<bool>>,
    pub(crate) confirmation_option: Option<Spanned<bool>>,
    pub(crate) password_option: Option<Spanned<bool>>,
    pub(crate) group: Option<Spanned<LitStr>>,
    pub(crate) conflicts_with: Option<Spanned<Vec<LitStr>>>,
    pub(crate) requires: Option<Spanned<Vec<LitStr>>>,
    /// Click's `is_flag`: `false` with `flag_value` makes the value optional.
    pub(crate) is_flag: Option<Spanned<bool>>,
    /// `optional_value = v`: Click's `is_flag=False, flag_value=v`.
    pub(crate) optional_value: Option<Spanned<Expr>>,
    /// `switch`: one flag per variant of the `#[derive(Choice)]` type.
    pub(crate) switch: Option<Spanned<bool>>,
    /// `parse_as = T`: the parameter parses a `T` that the callback turns
    /// into the function's parameter type.
    pub(crate) parse_as: Option<Spanned<syn::Type>>,
}

impl ParamAttrs {
    /// Read `#[option(..)]` or `#[argument(..)]`.
    pub(crate) fn from_attr(cx: &Ctxt, attr: &Attribute, kind: ParamKind) -> ParamAttrs {
        let what = match kind {
            ParamKind::Option => "#[option]",
            ParamKind::Argument => "#[argument]",
        };
        let r = Reader { cx, what };
        let mut a = ParamAttrs::default();
        let mut keys_seen = false;
        for entry in attr_entries(cx, attr) {
            match entry {
                Entry::Decl(s) => {
                    if kind == ParamKind::Argument {
                        cx.error_spanned_by(&s, "#[argument] takes no declarations; its name is the parameter's name (set `metavar` to change what help shows)");
                    } else if keys_seen {
                        cx.error_spanned_by(
                            &s,
                            "option declarations come first, before any `key = value`",
                        );
                    } else {
                        a.decls.push(s);
                    }
                }
                Entry::Key { key, value } => {
                    keys_seen = true;
                    a.set(&r, kind, &key, &value);
                }
            }
        }
        a.apply_presets(cx);
        a
    }

    /// `password_option` is sugar for `prompt, hide_input,
    /// confirmation_prompt` (each unless given); `confirmation_option`
    /// hides the value (the expansion calls `Opt::confirmation_option`
    /// first, so that the user's keys override its prompt and help).
    fn apply_presets(&mut self, cx: &Ctxt) {
        let on =
            |s: &Option<Spanned<bool>>| s.as_ref().filter(|s| s.value).map(|s| s.tokens.clone());
        let confirmation = on(&self.confirmation_option);
        let password = on(&self.password_option);
        if let (Some(_), Some(p)) = (&confirmation, &password) {
            cx.error_spanned_by(
                p,
                "`password_option` cannot be combined with `confirmation_option`",
            );
            return;
        }
        if let Some(tokens) = password {
            let t = || tokens.clone();
            self.prompt.get_or_insert(Spanned {
                value: None,
                tokens: t(),
            });
            self.hide_input.get_or_insert(Spanned {
                value: true,
                tokens: t(),
            });
            self.confirmation_prompt.get_or_insert(Spanned {
                value: StrOrBool::Bool(true),
                tokens: t(),
            });
        }
        if let Some(tokens) = confirmation {
            self.expose_value.get_or_insert(Spanned {
                value: false,
                tokens,
            });
        }
    }

    fn set(&mut self, r: &Reader, kind: ParamKind, key: &Ident, value: &Option<Expr>) {
        let name = unraw(key);
        let known = match kind {
            ParamKind::Option => OPTION_KEYS,
            ParamKind::Argument => ARGUMENT_KEYS,
        };
        if !known.contains(&name.as_str()) {
            let elsewhere = (kind == ParamKind::Argument && OPTION_KEYS.contains(&name.as_str()))
                .then_some("is an #[option] setting; arguments cannot have it");
            r.unknown(key, value, known, elsewhere);
            return;
        }
        let k = key;
        let v = value;
        match name.as_str() {
            "short" => set_once!(r, self.short, k, v, r.char(k, v)),
            "long" => set_once!(r, self.long, k, v, r.str(k, v)),
            "flag" => set_once!(r, self.flag, k, v, r.opt_str(k, v)),
            "help" => set_once!(r, self.help, k, v, r.text(k, v)),
            "default" => set_once!(r, self.default, k, v, r.expr(k, v)),
            "show_default" => set_once!(r, self.show_default, k, v, r.str_or_bool(k, v)),
            "required" => set_once!(r, self.required, k, v, r.bool(k, v)),
            "metavar" => set_once!(r, self.metavar, k, v, r.text(k, v)),
            "envvar" => set_once!(r, self.envvar, k, v, r.str_list(k, v, true)),
            "show_envvar" => set_once!(r, self.show_envvar, k, v, r.bool(k, v)),
            "hidden" => set_once!(r, self.hidden, k, v, r.bool(k, v)),
            "deprecated" => set_once!(r, self.deprecated, k, v, r.opt_text(k, v)),
            "is_eager" => set_once!(r, self.is_eager, k, v, r.bool(k, v)),
            "expose_value" => set_once!(r, self.expose_value, k, v, r.bool(k, v)),
            "callback" => set_once!(r, self.callback, k, v, r.expr(k, v)),
            "prompt" => set_once!(r, self.prompt, k, v, r.opt_text(k, v)),
            "confirmation_prompt" => {
                set_once!(r, self.confirmation_prompt, k, v, r.str_or_bool(k, v))
            }
            "hide_input" => set_once!(r, self.hide_input, k, v, r.bool(k, v)),
            "prompt_required" => set_once!(r, self.prompt_required, k, v, r.bool(k, v)),
            "show_choices" => set_once!(r, self.show_choices, k, v, r.bool(k, v)),
            "allow_from_autoenv" => set_once!(r, self.allow_from_autoenv, k, v, r.bool(k, v)),
            "count" => set_once!(r, self.count, k, v, r.bool(k, v)),
            "flag_value" => set_once!(r, self.flag_value, k, v, r.expr(k, v)),
            "nargs" => set_once!(r, self.nargs, k, v, r.int(k, v)),
            "multiple" => set_once!(r, self.multiple, k, v, r.bool(k, v)),
            "ty" => set_once!(r, self.ty, k, v, r.expr(k, v)),
            "range" => set_once!(r, self.range, k, v, r.range(k, v)),
            "min_open" => set_once!(r, self.min_open, k, v, r.bool(k, v)),
            "max_open" => set_once!(r, self.max_open, k, v, r.bool(k, v)),
            "clamp" => set_once!(r, self.clamp, k, v, r.bool(k, v)),
            "choices" => set_once!(r, self.choices, k, v, r.str_list(k, v, false)),
            "ignore_case" => set_once!(r, self.ignore_case, k, v, r.bool(k, v)),
            "shell_complete" => set_once!(r, self.shell_complete, k, v, r.expr(k, v)),
            "formats" => set_once!(r, self.formats, k, v, r.str_list(k, v, false)),
            "file" => set_once!(r, self.file, k, v, r.str(k, v)),
            "lazy" => set_once!(r, self.lazy, k, v, r.bool(k, v)),
            "atomic" => set_once!(r, self.atomic, k, v, r.bool(k, v)),
            "confirmation_option" => {
                set_once!(r, self.confirmation_option, k, v, r.bool(k, v))
            }
            "password_option" => set_once!(r, self.password_option, k, v, r.bool(k, v)),
            "group" => set_once!(r, self.group, k, v, r.str(k, v)),
            "conflicts_with" => set_once!(r, self.conflicts_with, k, v, r.str_list(k, v, true)),
            "requires" => set_once!(r, self.requires, k, v, r.str_list(k, v, true)),
            "is_flag" => set_once!(r, self.is_flag, k, v, r.bool(k, v)),
            "optional_value" => set_once!(r, self.optional_value, k, v, r.expr(k, v)),
            "switch" => set_once!(r, self.switch, k, v, r.bool(k, v)),
            "parse_as" => set_once!(r, self.parse_as, k, v, r.ty(k, v)),
            check => {
                // One of the `types::Path` checks, each a method of the same name.
                let tokens = super::key_tokens(k, v);
                if self.path_checks.iter().any(|(i, _)| unraw(i) == check) {
                    r.cx.error_spanned_by(
                        &tokens,
                        format!("duplicate {} attribute `{check}`", r.what),
                    );
                } else if let Some(value) = r.bool(k, v) {
                    self.path_checks
                        .push((k.clone(), Spanned { value, tokens }));
                }
            }
        }
    }

    /// Whether any key that changes the parameter type is set, other than
    /// `ty` itself, with the tokens of the first one.
    pub(crate) fn type_sources(&self) -> Vec<(&'static str, proc_macro2::TokenStream)> {
        let mut out = Vec::new();
        let mut add = |name: &'static str, t: Option<&proc_macro2::TokenStream>| {
            if let Some(t) = t {
                out.push((name, t.clone()));
            }
        };
        add("ty", self.ty.as_ref().map(|s| &s.tokens));
        add("range", self.range.as_ref().map(|s| &s.tokens));
        add("choices", self.choices.as_ref().map(|s| &s.tokens));
        add(
            "ignore_case",
            self.ignore_case
                .as_ref()
                .filter(|s| s.value && self.choices.is_none())
                .map(|s| &s.tokens),
        );
        add(
            "path checks",
            self.path_checks.first().map(|(_, s)| &s.tokens),
        );
        add("formats", self.formats.as_ref().map(|s| &s.tokens));
        add("file", self.file.as_ref().map(|s| &s.tokens));
        out
    }
}
