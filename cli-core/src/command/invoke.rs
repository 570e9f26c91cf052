//! Running a group (Click's `Group.invoke`): its callback, then the
//! subcommand in a child context, or every command of a chain.
//!
//! Nested groups are walked with a loop and a list of the levels entered,
//! not by recursion: how deep the walk goes comes from the program's
//! nesting of groups (thousands of levels when built programmatically),
//! and the stack must not grow with it. The order is the recursive one:
//! each group's callback runs before its subcommand is parsed, and on the
//! way back every subcommand's context is closed and then its group's
//! result callback receives what it returned.

use std::collections::VecDeque;
use std::sync::Arc;

use crate::command::Command;
use crate::command::group::GroupSpec;
use crate::context::{ContextSettings, Entered};
use crate::{Context, Error, Output};

/// One level of nesting entered: the subcommand and its (current) context.
struct Level {
    sub: Arc<Command>,
    sub_ctx: Context,
    _entered: Entered,
}

/// What one group does next.
enum Step {
    /// It is done, with this result.
    Done(Output),
    /// Its subcommand runs next, in this context.
    Into(Arc<Command>, Context),
}

impl GroupSpec {
    /// Click's `Group.invoke`, for this group and the groups nested below.
    pub(crate) fn invoke(&self, cmd: &Command, ctx: &Context) -> Result<Output, Error> {
        let mut levels: Vec<Level> = Vec::new();
        let mut outcome = loop {
            let (command, context) = match levels.last() {
                None => (cmd, ctx),
                Some(level) => (&*level.sub, &level.sub_ctx),
            };
            let Some(group) = command.group.as_deref() else {
                break command.invoke_callback(context);
            };
            match group.step(command, context) {
                Ok(Step::Done(output)) => break Ok(output),
                Err(e) => break Err(e),
                Ok(Step::Into(sub, sub_ctx)) => {
                    let entered = sub_ctx.enter();
                    levels.push(Level {
                        sub,
                        sub_ctx,
                        _entered: entered,
                    });
                }
            }
        };
        while let Some(level) = levels.pop() {
            let Level {
                sub_ctx, _entered, ..
            } = level;
            drop(_entered);
            sub_ctx.close_with(outcome.is_err());
            let (command, context) = match levels.last() {
                None => (cmd, ctx),
                Some(level) => (&*level.sub, &level.sub_ctx),
            };
            if let Some(group) = command.group.as_deref() {
                outcome = outcome.and_then(|output| group.process_result(context, vec![output]));
            }
        }
        outcome
    }

    /// A group's own part: its callback, then the subcommand's context
    /// (not yet run), or the whole chain.
    fn step(&self, cmd: &Command, ctx: &Context) -> Result<Step, Error> {
        let protected = ctx.protected_args();
        if protected.is_empty() {
            if self.invoke_without_command {
                let rv = cmd.invoke_callback(ctx)?;
                let results = if self.chain { Vec::new() } else { vec![rv] };
                return self.process_result(ctx, results).map(Step::Done);
            }
            return Err(ctx.fail("Missing command."));
        }
        // One queue for the words left: each command takes its name and
        // its share from the front and hands the rest on without a copy.
        let mut args = ctx.take_args_queue();
        for arg in protected.into_iter().rev() {
            args.push_front(arg);
        }
        ctx.set_protected_args(Vec::new());
        if self.chain {
            return self.invoke_chain(cmd, ctx, args).map(Step::Done);
        }
        let (name, sub) = self.resolve_front(cmd, ctx, &mut args)?;
        let Some(sub) = sub else {
            return Ok(Step::Done(Output::none()));
        };
        ctx.set_invoked_subcommand(Some(name.clone()));
        cmd.invoke_callback(ctx)?;
        let settings = ContextSettings::default();
        let sub_ctx = sub.make_context_from(&name, args, Some(ctx), ctx.io_rc(), &settings)?;
        Ok(Step::Into(sub, sub_ctx))
    }

    /// A chain: every command parsed, in turn, before any of them runs.
    fn invoke_chain(
        &self,
        cmd: &Command,
        ctx: &Context,
        mut args: VecDeque<std::ffi::OsString>,
    ) -> Result<Output, Error> {
        ctx.set_invoked_subcommand(if args.is_empty() {
            None
        } else {
            Some("*".into())
        });
        cmd.invoke_callback(ctx)?;
        let io = ctx.io_rc();
        let mut contexts: Vec<(Arc<Command>, Context)> = Vec::new();
        let chained = ContextSettings::new()
            .allow_extra_args(true)
            .allow_interspersed_args(false);
        while !args.is_empty() {
            let (name, sub) = self.resolve_front(cmd, ctx, &mut args)?;
            let Some(sub) = sub else {
                break;
            };
            let rest = std::mem::take(&mut args);
            let sub_ctx = sub.make_context_from(&name, rest, Some(ctx), io.clone(), &chained)?;
            args = sub_ctx.take_args_queue();
            contexts.push((sub, sub_ctx));
        }
        let mut results = Vec::with_capacity(contexts.len());
        for (sub, sub_ctx) in &contexts {
            let result = {
                let _guard = sub_ctx.enter();
                sub.invoke(sub_ctx)
            };
            sub_ctx.close_with(result.is_err());
            results.push(result?);
        }
        self.process_result(ctx, results)
    }

    fn process_result(&self, ctx: &Context, results: Vec<Output>) -> Result<Output, Error> {
        match &self.result_callback {
            Some(cb) => {
                let _guard = ctx.enter();
                cb(ctx, results).map_err(|e| ctx.augment(e))
            }
            None => Ok(results.into_iter().next().unwrap_or_default()),
        }
    }
}
