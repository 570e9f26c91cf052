//! The relation keys of `#[command]`/`#[group]`: `constraints = [..]`,
//! `option_groups = [..]` and (groups) `sections = [..]`.
//!
//! ```text
//! constraints = [mutually_exclusive(json, yaml), requires(user, password),
//!                required_if(path, output = "file"), required_unless(path, stdin)]
//! option_groups = [output(title = "Output options", help = "...", constraint = exactly_one, hidden)]
//! sections = [("Main commands", [init, build]), ("Plugins", [lint])]
//! ```

use syn::{Expr, ExprLit, Ident, Lit, LitStr};

use super::{Reader, unraw};

/// The rules over a set of parameters, by their name in the macros.
pub(crate) const AMONG: &[&str] = &[
    "mutually_exclusive",
    "all_or_none",
    "at_least_one",
    "exactly_one",
    "at_most_one",
];

/// One constraint: `kind(a, b, ..)`, or `required_if(target, other [= value])`.
pub(crate) struct ConstraintSpec {
    pub(crate) kind: Ident,
    /// The parameters named, in order (for `required_if`: the target, then
    /// the other parameter).
    pub(crate) params: Vec<Ident>,
    /// The value `required_if`/`required_unless` compares with.
    pub(crate) value: Option<Expr>,
}

/// One option group: `name(title = "..", help = "..", constraint = kind, hidden)`.
pub(crate) struct GroupDecl {
    pub(crate) name: Ident,
    pub(crate) title: Option<LitStr>,
    pub(crate) help: Option<LitStr>,
    pub(crate) constraint: Option<Ident>,
    pub(crate) hidden: bool,
}

/// One section of commands: `("Title", [a, b])`.
pub(crate) struct SectionDecl {
    pub(crate) title: LitStr,
    pub(crate) commands: Vec<syn::Path>,
}

fn single_ident(expr: &Expr) -> Option<&Ident> {
    match expr {
        Expr::Path(p) if p.qself.is_none() => p.path.get_ident(),
        _ => None,
    }
}

fn elements<'v>(r: &Reader, key: &Ident, value: &'v Option<Expr>, expected: &str) -> Vec<&'v Expr> {
    match r.need(key, value, expected) {
        Some(Expr::Array(array)) => array.elems.iter().collect(),
        Some(other) => {
            r.wrong(key, other, &format!("a list like `{expected}`"));
            Vec::new()
        }
        None => Vec::new(),
    }
}

impl Reader<'_> {
    /// `constraints = [mutually_exclusive(a, b), ...]`.
    pub(crate) fn constraints(
        &self,
        key: &Ident,
        value: &Option<Expr>,
    ) -> Option<Vec<ConstraintSpec>> {
        let mut out = Vec::new();
        for elem in elements(self, key, value, "[mutually_exclusive(a, b)]") {
            let call = match elem {
                Expr::Call(call) => call,
                other => {
                    self.wrong(key, other, "a constraint like `mutually_exclusive(a, b)`");
                    continue;
                }
            };
            let Some(kind) = single_ident(&call.func) else {
                self.wrong(key, &call.func, "the name of a constraint");
                continue;
            };
            let kind_name = unraw(kind);
            let conditional = matches!(kind_name.as_str(), "required_if" | "required_unless");
            if !(AMONG.contains(&kind_name.as_str()) || conditional || kind_name == "requires") {
                self.cx.error_spanned_by(
                    kind,
                    format!(
                        "unknown constraint `{kind_name}`; expected one of {}, requires, required_if, required_unless",
                        AMONG.join(", ")
                    ),
                );
                continue;
            }
            let mut spec = ConstraintSpec {
                kind: kind.clone(),
                params: Vec::new(),
                value: None,
            };
            for (i, arg) in call.args.iter().enumerate() {
                match arg {
                    Expr::Assign(assign) if conditional && i == 1 => {
                        match single_ident(&assign.left) {
                            Some(ident) => spec.params.push(ident.clone()),
                            None => self.wrong(key, &assign.left, "a parameter name"),
                        }
                        spec.value = Some((*assign.right).clone());
                    }
                    other => match single_ident(other) {
                        Some(ident) => spec.params.push(ident.clone()),
                        None => self.wrong(key, other, "a parameter name"),
                    },
                }
            }
            let arity_ok = if conditional {
                spec.params.len() == 2
            } else {
                spec.params.len() >= 2
            };
            if !arity_ok {
                let expected = if conditional {
                    format!("`{kind_name}(target, other)` or `{kind_name}(target, other = value)`")
                } else {
                    format!("`{kind_name}(a, b, ...)` with two or more parameters")
                };
                self.cx
                    .error_spanned_by(call, format!("expected {expected}"));
                continue;
            }
            out.push(spec);
        }
        Some(out)
    }

    /// `option_groups = [name(title = "..", ..), ...]`.
    pub(crate) fn option_groups(
        &self,
        key: &Ident,
        value: &Option<Expr>,
    ) -> Option<Vec<GroupDecl>> {
        let mut out = Vec::new();
        for elem in elements(self, key, value, "[output(title = \"Output\")]") {
            let (name, args) = match elem {
                Expr::Call(call) => (single_ident(&call.func), call.args.iter().collect()),
                other => (single_ident(other), Vec::new()),
            };
            let Some(name) = name else {
                self.wrong(
                    key,
                    elem,
                    "a group like `output(title = \"Output options\")`",
                );
                continue;
            };
            let mut group = GroupDecl {
                name: name.clone(),
                title: None,
                help: None,
                constraint: None,
                hidden: false,
            };
            for arg in args {
                let (setting, v) = match arg {
                    Expr::Assign(a) => (single_ident(&a.left), Some(&*a.right)),
                    other => (single_ident(other), None),
                };
                let text = |v: Option<&Expr>| match v {
                    Some(Expr::Lit(ExprLit {
                        lit: Lit::Str(s), ..
                    })) => Some(s.clone()),
                    _ => None,
                };
                match setting.map(unraw).as_deref() {
                    Some("title") if text(v).is_some() => group.title = text(v),
                    Some("help") if text(v).is_some() => group.help = text(v),
                    Some("hidden") if v.is_none() => group.hidden = true,
                    Some("constraint")
                        if v
                            .and_then(single_ident)
                            .is_some_and(|i| AMONG.contains(&unraw(i).as_str())) =>
                    {
                        group.constraint = v.and_then(single_ident).cloned();
                    }
                    _ => self.wrong(
                        key,
                        arg,
                        &format!(
                            "`title = \"..\"`, `help = \"..\"`, `hidden` or `constraint = ` one of {}",
                            AMONG.join(", ")
                        ),
                    ),
                }
            }
            out.push(group);
        }
        Some(out)
    }

    /// `sections = [("Title", [a, b]), ...]`.
    pub(crate) fn sections(&self, key: &Ident, value: &Option<Expr>) -> Option<Vec<SectionDecl>> {
        let mut out = Vec::new();
        for elem in elements(self, key, value, "[(\"Plugins\", [lint])]") {
            let parsed = match elem {
                Expr::Tuple(t) if t.elems.len() == 2 => match (&t.elems[0], &t.elems[1]) {
                    (
                        Expr::Lit(ExprLit {
                            lit: Lit::Str(title),
                            ..
                        }),
                        Expr::Array(list),
                    ) => {
                        let commands: Option<Vec<syn::Path>> = list
                            .elems
                            .iter()
                            .map(|e| match e {
                                Expr::Path(p) if p.qself.is_none() => Some(p.path.clone()),
                                _ => None,
                            })
                            .collect();
                        commands.map(|commands| SectionDecl {
                            title: title.clone(),
                            commands,
                        })
                    }
                    _ => None,
                },
                _ => None,
            };
            match parsed {
                Some(section) => out.push(section),
                None => self.wrong(key, elem, "a section like `(\"Plugins\", [lint, fmt])`"),
            }
        }
        Some(out)
    }
}
