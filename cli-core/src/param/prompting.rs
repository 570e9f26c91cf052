//! Asking for a value at the terminal (Click's `prompt_for_value`): a
//! yes/no question for boolean flags, else a typed prompt that asks again
//! until the answer converts and passes the callback. An option links this
//! only when it declares a prompt, through the function
//! [`Opt::prompt`](crate::Opt::prompt) installs.

use std::ffi::OsString;

use super::pipeline::Raw;
use super::{Kind, Literal, Param, ShowDefault};
use crate::termui;
use crate::{Context, Error, Value};

/// What an option with a prompt calls when its value is missing.
pub(crate) type Prompter = fn(&Param, &Context) -> Result<Option<Value>, Error>;

/// The prompter every option with a prompt gets.
pub(crate) fn prompter() -> Prompter {
    |param, ctx| param.prompt_for_value(ctx)
}

impl Param {
    /// Ask for the value (Click's `prompt_for_value`): a yes/no question for
    /// boolean flags, else a typed prompt that asks again until the value
    /// converts and passes the callback.
    pub(crate) fn prompt_for_value(&self, ctx: &Context) -> Result<Option<Value>, Error> {
        let Kind::Option(spec) = &self.kind else {
            return Ok(None);
        };
        let text = spec.prompt.clone().unwrap_or_default();
        let default = self.lookup_default_literal(ctx);
        if self.is_bool_flag() {
            let default = default.as_ref().map(|d| self.literal_truth(d));
            let answer = termui::confirm_in(ctx.io(), &text, default, false, true, false)?;
            let value = Some(Value::new(answer));
            return match &self.callback {
                Some(cb) => cb(ctx, self, value),
                None => Ok(value),
            };
        }
        let show_default = match &spec.show_default {
            Some(ShowDefault::Text(t)) => termui::PromptDefault::Text(t.clone()),
            Some(ShowDefault::No) => termui::PromptDefault::Hidden,
            _ => termui::PromptDefault::Shown,
        };
        let choices = if spec.show_choices {
            self.ty.choices(None)
        } else {
            None
        };
        let request = termui::PromptRequest {
            text: &text,
            default: default.as_ref().map(Literal::shown),
            show_default,
            choices,
            hide_input: spec.hide_input,
            confirmation: spec.confirmation_prompt.clone(),
            err: false,
            suffix: ": ",
            // The type takes or refuses an answer that is not UTF-8, as it
            // does such an argument: an `OsString` or a path keeps its bytes.
            keep_bytes: true,
        };
        termui::prompt_in(ctx.io(), &request, &mut |answer: Option<OsString>| {
            let raw = match (answer, &default) {
                (Some(a), _) => Raw::Tokens(if self.is_multi() {
                    self.ty.split_envvar_value(&a)
                } else {
                    vec![a]
                }),
                (None, Some(d)) => Raw::Literal(d.clone()),
                (None, None) => Raw::Tokens(Vec::new()),
            };
            self.process_value(ctx, Some(raw))
        })
    }
}
