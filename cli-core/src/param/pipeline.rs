//! The value pipeline: how a parameter gets its value.
//!
//! One method per stage, as in Click: [`Param::consume_value`] finds the raw
//! value and its [`ParameterSource`] (command line, environment variable,
//! default map, default, prompt); [`Param::process_value`] converts it
//! through the type, checks that a required value is there and runs the
//! callback; [`Param::handle_parse_result`] records the source, warns about
//! deprecated parameters and stores the value in the context, arbitrating
//! between options that share a name (feature switches).

use std::ffi::OsString;

use super::{Literal, Param};
use crate::error::Missing;
use crate::types::Bool;
use crate::{Context, Error, ErrorKind, ParameterSource, Value};

/// A value on its way through the pipeline, before conversion.
#[derive(Clone)]
pub(crate) enum Raw {
    /// Strings from the command line or an environment variable, flattened
    /// over occurrences (the parameter's shape groups them).
    Tokens(Vec<OsString>),
    /// A value written in the program (default, flag value, default map).
    Literal(Literal),
    /// A value that already went through conversion and the callback (a
    /// prompt's answer).
    Processed(Option<Value>),
    /// The option was given without its optional value.
    FlagNeedsValue,
}

impl Param {
    /// The default from the context's default map, else the parameter's
    /// own, with Click's automatic defaults for flags (`False`, or nothing
    /// for repeated flags) (Click's `get_default`).
    pub(crate) fn lookup_default_literal(&self, ctx: &Context) -> Option<Literal> {
        let from_map = ctx
            .default_map()
            .and_then(|m| m.literal(&self.name).cloned());
        let value = from_map.or_else(|| self.default.clone());
        if value.is_none()
            && let Some(spec) = self.option()
            && spec.is_flag()
            && !spec.default_unset()
        {
            if self.multiple && !self.required && spec.prompt.is_none() {
                return Some(Literal::Tokens(Vec::new()));
            }
            if self.is_bool_flag() && !self.required {
                return Some(Literal::bool(false));
            }
        }
        // `default=True` on a flag that is not boolean means "on by
        // default": its flag value (Click's `_resolve_lazy_default`).
        if let Some(spec) = self.option()
            && let super::OptionKind::Switch {
                value: activation, ..
            } = &spec.kind
            && value.as_ref().is_some_and(|v| v.is_word("True"))
        {
            return Some(activation.clone());
        }
        value
    }

    /// Find the raw value and where it came from (Click's `consume_value`).
    pub(crate) fn consume_value(
        &self,
        ctx: &Context,
        parsed: Option<Raw>,
    ) -> Result<(Option<Raw>, ParameterSource), Error> {
        let mut source = ParameterSource::Default;
        let mut value = parsed;
        if value.is_some() {
            source = ParameterSource::CommandLine;
        }
        if value.is_none()
            && let Some(env) = self.value_from_envvar(ctx)
        {
            value = Some(env);
            source = ParameterSource::Environment;
        }
        if value.is_none()
            && let Some(lit) = ctx
                .default_map()
                .and_then(|m| m.literal(&self.name).cloned())
        {
            value = Some(Raw::Literal(self.split_map_literal(lit)));
            source = ParameterSource::DefaultMap;
        }
        if value.is_none()
            && let Some(lit) = self.lookup_default_literal(ctx)
        {
            value = Some(Raw::Literal(lit));
            source = ParameterSource::Default;
        }

        let Some(spec) = self.option() else {
            return Ok((value, source));
        };
        if matches!(value, Some(Raw::FlagNeedsValue)) {
            if spec.prompt.is_some() && !ctx.resilient_parsing() {
                let v = self.prompt(ctx)?;
                return Ok((Some(Raw::Processed(v)), ParameterSource::Prompt));
            }
            let activation = spec.kind.flag_value().cloned().map(Raw::Literal);
            return Ok((activation, ParameterSource::CommandLine));
        }
        let missing_or_default = value.is_none() || source >= ParameterSource::DefaultMap;
        if missing_or_default
            && spec.prompt.is_some()
            && (self.required || spec.prompt_required)
            && !ctx.resilient_parsing()
        {
            let v = self.prompt(ctx)?;
            return Ok((Some(Raw::Processed(v)), ParameterSource::Prompt));
        }
        Ok((value, source))
    }

    /// Default-map strings are split for parameters taking several values,
    /// like environment variables.
    fn split_map_literal(&self, lit: Literal) -> Literal {
        match lit {
            Literal::Tokens(t) if t.len() == 1 && self.nargs != 1 => {
                Literal::Tokens(self.ty.split_envvar_value(&t[0]))
            }
            other => other,
        }
    }

    /// The value of the first non-empty environment variable, split for
    /// parameters taking several values (Click's `value_from_envvar`).
    fn value_from_envvar(&self, ctx: &Context) -> Option<Raw> {
        let rv = self
            .envvar_names(ctx)
            .iter()
            .filter_map(|name| ctx.io().env().get(name))
            .find(|v| !v.is_empty())?;
        if let Some(spec) = self.option()
            && let super::OptionKind::Switch { value, .. } = &spec.kind
        {
            let flag_value = value.clone();
            if let Some([t]) = flag_value.tokens()
                && *t == rv
            {
                return Some(Raw::Literal(flag_value));
            }
            // Truthy activates the flag, falsy gives `False` (converted by
            // the type, as Click does), anything else leaves it unset.
            return match Bool::str_to_bool(&rv.to_string_lossy()) {
                Some(true) => Some(Raw::Literal(flag_value)),
                Some(false) => Some(Raw::Literal(Literal::Tokens(vec!["False".into()]))),
                None => None,
            };
        }
        if self.is_multi() {
            Some(Raw::Tokens(self.ty.split_envvar_value(&rv)))
        } else {
            Some(Raw::Tokens(vec![rv]))
        }
    }

    /// Convert strings into the parameter's shape: one value, a `Vec` for
    /// variadic and repeated parameters, a `Vec<Vec<_>>` for a repeated
    /// option taking several values of a simple type.
    fn convert_tokens(&self, ctx: &Context, tokens: Vec<OsString>) -> Result<Value, Error> {
        let ty = &self.ty;
        let cctx = Some(ctx);
        if self.multiple {
            if self.nargs == 1 || ty.is_composite() {
                ty.convert_list(tokens, cctx)
            } else {
                ty.convert_nested(tokens, self.nargs.unsigned_abs(), cctx)
            }
        } else if self.nargs == -1 {
            ty.convert_list(tokens, cctx)
        } else if self.nargs == 1 || ty.is_composite() {
            ty.convert_one(tokens, cctx)
        } else {
            let n = self.nargs.unsigned_abs();
            if tokens.len() != n {
                let given = tokens.len();
                let msg = if given == 1 {
                    format!("Takes {n} values but 1 was given.")
                } else {
                    format!("Takes {n} values but {given} were given.")
                };
                return Err(Error::bad_parameter(msg));
            }
            ty.convert_list(tokens, cctx)
        }
    }

    pub(crate) fn convert_literal(
        &self,
        ctx: &Context,
        lit: Literal,
    ) -> Result<(Value, bool), Error> {
        match lit {
            Literal::Tokens(t) => {
                let empty = t.is_empty();
                Ok((self.convert_tokens(ctx, t)?, empty))
            }
            Literal::Typed { make, .. } => Ok((make(), false)),
            Literal::Dynamic(f) => {
                let t = f();
                let empty = t.is_empty();
                Ok((self.convert_tokens(ctx, t)?, empty))
            }
        }
    }

    /// Convert, check requiredness and run the callback (Click's
    /// `process_value`).
    pub(crate) fn process_value(
        &self,
        ctx: &Context,
        raw: Option<Raw>,
    ) -> Result<Option<Value>, Error> {
        let (value, missing) = match raw {
            Some(Raw::Processed(v)) => return Ok(v),
            None | Some(Raw::FlagNeedsValue) => {
                // No value has the shape a given one has: `Vec<Vec<T>>` for a
                // repeated option taking several simple values.
                let empty = if self.multiple && self.nargs != 1 && !self.ty.is_composite() {
                    Some(self.ty.convert_nested(
                        Vec::new(),
                        self.nargs.unsigned_abs(),
                        Some(ctx),
                    )?)
                } else {
                    (self.multiple || self.nargs == -1).then(|| self.ty.empty_list())
                };
                // Click's explicit `default=None` is a value: it satisfies
                // `required`.
                let explicit_none =
                    raw.is_none() && self.option().is_some_and(|spec| spec.default_unset());
                (empty, !explicit_none)
            }
            Some(Raw::Tokens(t)) => {
                let empty = t.is_empty();
                (Some(self.convert_tokens(ctx, t)?), empty && self.is_multi())
            }
            Some(Raw::Literal(lit)) => {
                let (v, empty) = self.convert_literal(ctx, lit)?;
                (Some(v), empty && self.is_multi())
            }
        };
        if self.required && missing {
            let param_type = if self.is_argument() {
                "argument"
            } else {
                "option"
            };
            return Err(
                Error::new(ErrorKind::MissingParameter, "").set_missing(Missing {
                    param_type,
                    extra: self.ty.missing_message(Some(ctx)),
                }),
            );
        }
        match &self.callback {
            Some(cb) => cb(ctx, self, value),
            None => Ok(value),
        }
    }

    /// Run the whole pipeline for this parameter and store the result in the
    /// context (Click's `handle_parse_result`).
    pub(crate) fn handle_parse_result(
        &self,
        ctx: &Context,
        parsed: Option<Raw>,
    ) -> Result<(), Error> {
        let existing_source = ctx.get_parameter_source(&self.name);
        let existing_default_explicit = ctx.default_explicit(&self.name);
        // A `None` that an explicit default (Click's `default=None`) put
        // there holds the slot; only a value never set leaves it empty.
        let slot_empty = !ctx.has_value(&self.name) && !existing_default_explicit;

        let (raw, source) = self
            .consume_value(ctx, parsed)
            .map_err(|e| self.augment_error(ctx, e))?;
        ctx.set_param_source(&self.name, source);

        if let Some(reason) = &self.deprecated
            && raw.is_some()
            && source < ParameterSource::DefaultMap
        {
            let kind = if self.is_argument() {
                "argument"
            } else {
                "option"
            };
            let extra = reason.as_ref().map(|r| format!(" {r}")).unwrap_or_default();
            let message = format!(
                "DeprecationWarning: The {kind} {} is deprecated.{extra}",
                crate::compat::repr::py_repr(&self.human_readable_name())
            );
            crate::termui::secho_err_red(ctx, &message);
        }

        let value = match self.process_value(ctx, raw) {
            Ok(v) => v,
            Err(_) if ctx.resilient_parsing() => None,
            Err(e) => return Err(self.augment_error(ctx, self.name_origin(ctx, source, e))),
        };

        let more_explicit = existing_source.is_some_and(|s| source < s);
        let same_source = existing_source == Some(source);
        let downgrade = same_source
            && source == ParameterSource::Default
            && existing_default_explicit
            && !self.default_explicit;
        if slot_empty || more_explicit || (same_source && !downgrade) {
            if self.expose_value {
                ctx.store_param(&self.name, value, self.default_explicit);
            }
        } else if let Some(s) = existing_source {
            ctx.set_param_source(&self.name, s);
        }
        Ok(())
    }

    /// The parameter's default, converted (for [`Context::invoke`]).
    pub(crate) fn default_value(&self, ctx: &Context) -> Result<Option<Value>, Error> {
        match self.lookup_default_literal(ctx) {
            Some(lit) => Ok(Some(self.convert_literal(ctx, lit)?.0)),
            None if self.multiple || self.nargs == -1 => Ok(Some(self.ty.empty_list())),
            None => Ok(None),
        }
    }

    /// Ask for the value with the prompt the option declared: the
    /// prompting code is installed by [`Opt::prompt`](crate::Opt::prompt),
    /// so a program that prompts for nothing does not link it.
    fn prompt(&self, ctx: &Context) -> Result<Option<Value>, Error> {
        match self.option().and_then(|spec| spec.prompter) {
            Some(prompter) => prompter(self, ctx),
            None => Ok(None),
        }
    }

    pub(crate) fn literal_truth(&self, lit: &Literal) -> bool {
        match lit {
            // Text is true when not empty, as Python's `bool(default)`
            // (a boolean flag's `default="off"` prompts `[Y/n]` in Click).
            Literal::Tokens(t) => match t.as_slice() {
                [] => false,
                [one] => !one.is_empty(),
                _ => true,
            },
            Literal::Typed { make, .. } => make().get::<bool>().copied().unwrap_or(true),
            Literal::Dynamic(f) => f()
                .first()
                .and_then(|t| Bool::str_to_bool(&t.to_string_lossy()))
                .unwrap_or(false),
        }
    }

    /// Attach this parameter's hint to a bad-parameter error, then the
    /// usage of its command.
    /// A bad value read from a configuration file names the file and the
    /// key: `Invalid value for '--port' (key 'serve.port' in 'app.toml')`.
    fn name_origin(&self, ctx: &Context, source: ParameterSource, err: Error) -> Error {
        if source != ParameterSource::DefaultMap || *err.kind() != ErrorKind::BadParameter {
            return err;
        }
        let map = ctx.default_map();
        match map.as_deref().and_then(|m| m.origin(&self.name)) {
            Some(origin) => {
                let hint = err
                    .param_hint()
                    .map_or_else(|| self.error_hint(ctx), str::to_string);
                err.with_param_hint(format!("{hint} ({origin})"))
            }
            None => err,
        }
    }

    pub(crate) fn augment_error(&self, ctx: &Context, err: Error) -> Error {
        let err = if matches!(
            err.kind(),
            ErrorKind::BadParameter | ErrorKind::MissingParameter
        ) && err.param_hint().is_none()
        {
            err.with_param_hint(self.error_hint(ctx))
        } else {
            err
        };
        ctx.augment(err)
    }
}
