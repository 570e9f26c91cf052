//! How a parameter shows in help, usage lines and error messages.

use super::{Kind, Param, ShowDefault};
use crate::Context;
use crate::layout::formatter::join_options;
use crate::lexer::split_opt;
use crate::types::MetavarInfo;

impl Param {
    fn metavar_info(&self) -> MetavarInfo {
        MetavarInfo {
            is_argument: self.is_argument(),
            required: self.required,
            show_choices: self.option().is_none_or(|o| o.show_choices),
        }
    }

    /// The metavar in help and usage: `TEXT`, `INTEGER...`, `[SRC]...`,
    /// `{a|b}` (Click's `make_metavar`).
    ///
    /// ```
    /// let p: clack_core::Param = clack_core::Arg::new("src").nargs(-1).into();
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert_eq!(p.make_metavar(&ctx), "[SRC]...");
    /// ```
    pub fn make_metavar(&self, _ctx: &Context) -> String {
        if let Some(m) = &self.metavar {
            return m.clone();
        }
        let info = self.metavar_info();
        match &self.kind {
            Kind::Option(_) => {
                let mut m = self
                    .ty
                    .metavar(&info)
                    .unwrap_or_else(|| self.ty.name().to_uppercase());
                if self.nargs != 1 {
                    m.push_str("...");
                }
                m
            }
            Kind::Argument => {
                let mut var = match self.ty.metavar(&info) {
                    Some(v) if !v.is_empty() => v,
                    _ => self.name.to_uppercase(),
                };
                let bracketed = var.starts_with('[') && var.ends_with(']');
                if self.deprecated.is_some() {
                    var.push('!');
                }
                if !self.required && !bracketed {
                    var = format!("[{var}]");
                }
                if self.nargs != 1 {
                    var.push_str("...");
                }
                var
            }
        }
    }

    /// What the parameter adds to the usage line (arguments only).
    pub(crate) fn usage_pieces(&self, ctx: &Context) -> Vec<String> {
        match self.kind {
            Kind::Argument => vec![self.make_metavar(ctx)],
            Kind::Option(_) => Vec::new(),
        }
    }

    /// How errors name the parameter: `'--count' / '-c'`, or `'SRC'`, plus
    /// the environment variable when it is shown.
    pub(crate) fn error_hint(&self, ctx: &Context) -> String {
        match &self.kind {
            Kind::Option(spec) => {
                let mut hint = spec
                    .opts
                    .iter()
                    .map(|o| crate::compat::repr::py_repr(o))
                    .collect::<Vec<_>>()
                    .join(" / ");
                if hint.is_empty() {
                    hint = crate::compat::repr::py_repr(&self.name);
                }
                if spec.show_envvar && !self.envvar.is_empty() {
                    let vars = self
                        .envvar
                        .iter()
                        .map(|v| format!("'{v}'"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    hint.push_str(&format!(" (env var: {vars})"));
                }
                hint
            }
            Kind::Argument => format!("'{}'", self.make_metavar(ctx)),
        }
    }

    /// The left column of an option's help row: `-c, --count INTEGER`,
    /// `--shout / --no-shout` (Click's `get_help_spec`).
    pub(crate) fn help_spec(&self, ctx: &Context) -> String {
        let Some(spec) = self.option() else {
            return self.make_metavar(ctx);
        };
        let mut any_slash = false;
        let mut write = |opts: &[String]| {
            let refs: Vec<&str> = opts.iter().map(String::as_str).collect();
            let (mut rv, slash) = join_options(&refs);
            any_slash |= slash;
            if !spec.is_flag() && !spec.is_count() {
                rv.push(' ');
                rv.push_str(&self.make_metavar(ctx));
            }
            rv
        };
        let mut parts = vec![write(&spec.opts)];
        if !spec.secondary_opts.is_empty() {
            parts.push(write(&spec.secondary_opts));
        }
        parts.join(if any_slash { "; " } else { " / " })
    }

    /// The help text with the deprecation label Click appends.
    pub(crate) fn help_with_label(&self) -> Option<String> {
        let label = self.deprecated.as_ref().map(|d| match d {
            Some(reason) => format!("(DEPRECATED: {reason})"),
            None => "(DEPRECATED)".to_string(),
        });
        match (&self.help, label) {
            (Some(h), Some(l)) if !h.is_empty() => Some(format!("{h} {l}")),
            (_, Some(l)) => Some(l),
            (Some(h), None) if !h.is_empty() => Some(h.clone()),
            _ => None,
        }
    }

    /// The `[env var: X; default: Y; 1<=x<=10; required]` items.
    fn help_extra(&self, ctx: &Context) -> Vec<String> {
        let mut items = Vec::new();
        let Some(spec) = self.option() else {
            return items;
        };
        if spec.show_envvar {
            let mut vars = self.envvar.clone();
            if vars.is_empty()
                && spec.allow_from_autoenv
                && let Some(prefix) = ctx.auto_envvar_prefix()
            {
                vars.push(format!("{prefix}_{}", self.name.to_uppercase()));
            }
            if !vars.is_empty() {
                items.push(format!("env var: {}", vars.join(", ")));
            }
        }
        if let Some(default) = self.default_string(ctx) {
            items.push(format!("default: {default}"));
        }
        if let Some(range) = self.ty.describe_range()
            && !(spec.is_count() && range == "x>=0")
        {
            items.push(range);
        }
        if self.required {
            items.push("required".into());
        }
        items
    }

    /// The default as help shows it, when it is shown.
    fn default_string(&self, ctx: &Context) -> Option<String> {
        let spec = self.option()?;
        let show = match &spec.show_default {
            Some(ShowDefault::Text(t)) => return Some(format!("({t})")),
            Some(ShowDefault::Computed(f)) => return f(ctx),
            Some(ShowDefault::Yes) => true,
            Some(ShowDefault::No) => false,
            None => ctx.settings().show_default.unwrap_or(false),
        };
        if !show {
            return None;
        }
        let default = self.lookup_default_literal(ctx)?;
        if default.is_empty_tokens() {
            return None;
        }
        if self.is_bool_flag() && !spec.secondary_opts.is_empty() {
            let on = self.literal_truth(&default);
            let names = if on { &spec.opts } else { &spec.secondary_opts };
            return names.first().map(|n| split_opt(n).1.to_string());
        }
        if self.is_bool_flag() && !self.literal_truth(&default) {
            return None;
        }
        let shown = default.shown();
        Some(if shown.is_empty() && default.tokens().is_some() {
            "\"\"".into()
        } else {
            shown
        })
    }

    /// The row an option adds to the help page's option list, or `None` for
    /// hidden options and arguments (Click's `get_help_record`).
    pub(crate) fn help_record(&self, ctx: &Context) -> Option<(String, String)> {
        match &self.kind {
            Kind::Argument => None,
            Kind::Option(spec) if spec.hidden => None,
            Kind::Option(_) => {
                let help = self.help_with_label().unwrap_or_default();
                let extra = self.help_extra(ctx);
                let text = if extra.is_empty() {
                    help
                } else if help.is_empty() {
                    format!("[{}]", extra.join("; "))
                } else {
                    format!("{help}  [{}]", extra.join("; "))
                };
                Some((self.help_spec(ctx), text))
            }
        }
    }

    /// The row an argument adds to the "Positional arguments" section.
    pub(crate) fn argument_record(&self, ctx: &Context) -> (String, String) {
        (
            self.make_metavar(ctx),
            self.help_with_label().unwrap_or_default(),
        )
    }
}
