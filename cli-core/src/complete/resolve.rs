//! Finding what completes the word being typed: walk the complete words
//! through groups (nested or chained) the way an invocation would, with
//! resilient parsing so that nothing prompts, no usage error stops the walk
//! and no command callback runs; then pick the command (for option and
//! command names) or the parameter (for values) that answers.

use std::collections::VecDeque;
use std::ffi::OsString;
use std::rc::Rc;
use std::sync::Arc;

use crate::command::Command;
use crate::io::Io;
use crate::param::Param;
use crate::{Context, ContextSettings, Error, ParameterSource};

/// What answers the completion request.
pub(crate) enum Target {
    /// The command of the context: option names, subcommand names.
    Command,
    /// A parameter's values.
    Param(Box<Param>),
}

/// The context of the last command named in `args` (Click's
/// `_resolve_context`).
///
/// As in Click, every context is closed once the walk has left it (its
/// close callbacks run): each subcommand's as soon as the words it took
/// were read, the outermost one last, before any candidate is listed.
pub(crate) fn resolve_context(
    cli: &Arc<Command>,
    prog_name: &str,
    args: &[String],
    io: Rc<Io>,
    settings: &ContextSettings,
) -> Result<Context, Error> {
    let resilient = settings.clone().resilient_parsing(true);
    let root = cli.make_context(prog_name, to_os(args), None, io.clone(), &resilient)?;
    let walked = walk(root.clone(), &io);
    root.close_with(walked.is_err());
    walked
}

/// The walk from the outermost context down (see [`resolve_context`]).
fn walk(mut ctx: Context, io: &Rc<Io>) -> Result<Context, Error> {
    // The words left are handed on in one queue, from which each command
    // takes its name and its share: a long chain or a deep nesting of
    // groups costs time in step with the number of words.
    loop {
        let command = ctx.command_arc();
        let Some(group) = &command.group else {
            break;
        };
        let mut args = pending(&ctx);
        if args.is_empty() {
            break;
        }
        if !group.chain {
            let (name, sub) = group.resolve_front(&command, &ctx, &mut args)?;
            let Some(sub) = sub else {
                return Ok(ctx);
            };
            let only_resilient = ContextSettings::new().resilient_parsing(true);
            ctx = sub.make_context_from(&name, args, Some(&ctx), io.clone(), &only_resilient)?;
            ctx.close();
        } else {
            let chained = ContextSettings::new()
                .allow_extra_args(true)
                .allow_interspersed_args(false)
                .resilient_parsing(true);
            let mut sub_ctx = ctx.clone();
            while !args.is_empty() {
                let (name, sub) = group.resolve_front(&command, &ctx, &mut args)?;
                let Some(sub) = sub else {
                    return Ok(ctx);
                };
                let rest = std::mem::take(&mut args);
                sub_ctx = sub.make_context_from(&name, rest, Some(&ctx), io.clone(), &chained)?;
                args = sub_ctx.take_args_queue();
                sub_ctx.close();
            }
            ctx = sub_ctx;
        }
    }
    Ok(ctx)
}

/// The protected arguments followed by the other leftover ones, taken
/// from the context (the protected ones stay: a chained group's completion
/// leaves out the commands already used).
fn pending(ctx: &Context) -> VecDeque<OsString> {
    let mut args = ctx.take_args_queue();
    for arg in ctx.protected_args().into_iter().rev() {
        args.push_front(arg);
    }
    args
}

fn to_os(args: &[String]) -> Vec<OsString> {
    args.iter().map(OsString::from).collect()
}

/// Which object completes `incomplete`, and the part of it to complete
/// (Click's `_resolve_incomplete`). `args` are the complete words.
pub(crate) fn resolve_incomplete(
    ctx: &Context,
    mut args: Vec<String>,
    incomplete: &str,
) -> (Target, String) {
    // Shells split `--opt=value` differently: always complete the value
    // for `--opt`.
    let mut incomplete = incomplete.to_string();
    if incomplete == "=" {
        incomplete.clear();
    } else if incomplete.contains('=') && ctx.starts_with_opt_prefix(&incomplete) {
        let (name, value) = incomplete.split_once('=').unwrap_or_default();
        args.push(name.to_string());
        incomplete = value.to_string();
    }

    if !args.iter().any(|a| a == "--") && ctx.starts_with_opt_prefix(&incomplete) {
        return (Target::Command, incomplete);
    }

    let params = ctx.command().all_params(ctx);
    if let Some(p) = params.iter().find(|p| is_incomplete_option(ctx, &args, p)) {
        return (Target::Param(Box::new(p.clone())), incomplete);
    }
    if let Some(p) = params.iter().find(|p| is_incomplete_argument(ctx, p)) {
        return (Target::Param(Box::new(p.clone())), incomplete);
    }
    (Target::Command, incomplete)
}

/// An argument that can still take values: variadic, or not given yet.
fn is_incomplete_argument(ctx: &Context, param: &Param) -> bool {
    param.is_argument()
        && (param.nargs() == -1
            || ctx.get_parameter_source(param.name()) != Some(ParameterSource::CommandLine))
}

/// An option that takes a value and was named among the last `nargs`
/// complete words, with no other option after it.
fn is_incomplete_option(ctx: &Context, args: &[String], param: &Param) -> bool {
    if param.is_argument() || param.is_flag() || param.is_count() {
        return false;
    }
    let nargs = usize::try_from(param.nargs()).unwrap_or(0);
    let last_option = args
        .iter()
        .rev()
        .take(nargs)
        .find(|a| ctx.starts_with_opt_prefix(a));
    last_option.is_some_and(|name| param.opts().contains(name))
}
