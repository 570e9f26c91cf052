//! A command's hook on its raw arguments (Click's `parse_args` override),
//! and the early processing of chosen parameters it can ask for.

use std::collections::VecDeque;
use std::ffi::OsString;
use std::sync::Arc;

use super::{Command, processing_order};
use crate::parser::{self, OptionIndex, ParserSettings};
use crate::{Context, Error};

/// A hook that sees a command's arguments before they are parsed, and may
/// rewrite them (see [`Command::parse_args_hook`]).
pub type ParseArgsHook =
    Arc<dyn Fn(&Context, &mut Vec<OsString>) -> Result<(), Error> + Send + Sync>;

impl Command {
    /// Run `hook` with the new context and the command's raw arguments
    /// before they are parsed (Click's `parse_args` override). The hook may
    /// act on them (load the application that `--app` names, so that
    /// `--help` lists its commands, as Flask does) or rewrite them (expand
    /// an alias). It runs after the [`before_parse`](Command::before_parse)
    /// hooks and after `@file` arguments are expanded, for `--help` and in
    /// shell completion too (then the context is resilient).
    ///
    /// [`Context::process_early`] processes chosen parameters from the
    /// arguments within the hook; the values it sets are forgotten when the
    /// hook returns, and every parameter is processed again from the
    /// arguments as the hooks left them (so a callback may run twice).
    ///
    /// ```
    /// use clack_core::{Command, Opt, Output, testing::Runner};
    ///
    /// let cmd = Command::new("tool")
    ///     .param(Opt::new("--level").default("info"))
    ///     .parse_args_hook(|_ctx, args| {
    ///         // `-q` is short for `--level error`.
    ///         if let Some(i) = args.iter().position(|a| a == "-q") {
    ///             args.splice(i..=i, ["--level".into(), "error".into()]);
    ///         }
    ///         Ok(())
    ///     })
    ///     .callback(|ctx| {
    ///         clack_core::echo(ctx.get_required::<String>("level")?);
    ///         Ok(Output::none())
    ///     });
    /// assert_eq!(Runner::new().invoke(&cmd, ["-q"]).stdout, "error\n");
    /// ```
    pub fn parse_args_hook(
        mut self,
        hook: impl Fn(&Context, &mut Vec<OsString>) -> Result<(), Error> + Send + Sync + 'static,
    ) -> Self {
        self.parse_args_hooks.push(Arc::new(hook));
        self
    }
}

impl crate::Group {
    /// The group's hook on its raw arguments (see
    /// [`Command::parse_args_hook`]).
    ///
    /// ```
    /// let g = clack_core::Group::new("fw").parse_args_hook(|_ctx, _args| Ok(()));
    /// # let _ = g;
    /// ```
    pub fn parse_args_hook(
        self,
        hook: impl Fn(&Context, &mut Vec<OsString>) -> Result<(), Error> + Send + Sync + 'static,
    ) -> Self {
        self.with(|c| c.parse_args_hook(hook))
    }
}

/// Run the command's parse-args hooks on `args`, and forget the values
/// they processed early.
pub(super) fn run_hooks(
    cmd: &Command,
    ctx: &Context,
    args: VecDeque<OsString>,
) -> Result<VecDeque<OsString>, Error> {
    if cmd.parse_args_hooks.is_empty() {
        return Ok(args);
    }
    let mut args: Vec<OsString> = args.into();
    for hook in &cmd.parse_args_hooks {
        hook(ctx, &mut args).map_err(|e| ctx.augment(e))?;
    }
    ctx.clear_slots();
    Ok(args.into())
}

impl Context {
    /// Process the parameters named `names` (their Rust names: `env_file`
    /// for `--env-file`) from `args`, now, as the command's parsing would
    /// (Click's `handle_parse_result` called from a `parse_args`
    /// override): their values come from `args`, else the environment,
    /// the default map or the default, go through their type and
    /// callback, and are readable with [`Context::get`]. `args` are not
    /// consumed, other parameters are not processed, and options this
    /// command does not know are skipped; mistakes in `args` are left for
    /// the real parsing to report. Meant for a
    /// [`Command::parse_args_hook`].
    ///
    /// # Errors
    /// A named parameter's bad value or failing callback; a name that is
    /// no parameter of the command (a declaration error).
    ///
    /// ```
    /// use clack_core::{Command, Group, Opt, Output, testing::Runner};
    ///
    /// let cmd = Group::new("fw")
    ///     .param(Opt::new("--app").envvar("FW_APP"))
    ///     .parse_args_hook(|ctx, args| {
    ///         ctx.process_early(&["app"], args)?;
    ///         let app: Option<String> = ctx.get("app")?;
    ///         clack_core::echo(format!("early: {app:?}"));
    ///         Ok(())
    ///     })
    ///     .command(Command::new("run").callback(|_| Ok(Output::none())))
    ///     .into_command();
    /// let out = Runner::new().invoke(&cmd, ["--app", "hello", "run"]).stdout;
    /// assert_eq!(out, "early: Some(\"hello\")\n");
    /// ```
    pub fn process_early(&self, names: &[&str], args: &[OsString]) -> Result<(), Error> {
        let cmd = self.command();
        let params = cmd.all_params(self);
        if let Some(name) = names
            .iter()
            .find(|n| !params.iter().any(|p| p.name() == **n))
        {
            return Err(Error::declaration(
                &self.command_path(),
                format!("process_early names {name:?}, which is no parameter of it"),
            ));
        }
        let settings = self.settings();
        let normalize = settings.token_normalize.clone();
        let normalize_ref = normalize.as_deref().map(|f| f as &dyn Fn(&str) -> String);
        let parser_settings = ParserSettings {
            allow_interspersed_args: settings.allow_interspersed_args,
            ignore_unknown_options: true,
            resilient: true,
            normalize: normalize_ref,
        };
        let normalized;
        let index = match normalize_ref {
            Some(f) => {
                normalized = OptionIndex::new(&params, Some(f));
                &normalized
            }
            None => params.index(),
        };
        let mut parsed = parser::parse(
            &params,
            index,
            args.iter().cloned().collect(),
            &parser_settings,
        )?;
        self.open_slots(params.iter().map(|p| p.name.clone()));
        let order: Vec<usize> = processing_order(&parsed.order, &params)
            .into_iter()
            .filter(|&i| names.contains(&params[i].name()))
            .collect();
        for (k, &i) in order.iter().enumerate() {
            let param = &params[i];
            let shared_later = order[k + 1..]
                .iter()
                .any(|&j| params[j].name() == param.name());
            let raw = parsed.take(param.name(), !shared_later);
            param.handle_parse_result(self, raw)?;
        }
        Ok(())
    }
}
