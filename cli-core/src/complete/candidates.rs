//! The candidates a command offers: its subcommands (hidden ones left out),
//! its option names when the word looks like an option, and the sibling
//! commands of every chained group above it (Click's
//! `Command.shell_complete` and `Group.shell_complete`).

use super::CompletionItem;
use crate::Context;
use crate::help::page::short_help;

/// How long a command's short help may be beside its name.
const SHORT_HELP_LIMIT: usize = 45;

/// The candidates of `ctx`'s command for the word `incomplete`.
pub(crate) fn command_candidates(ctx: &Context, incomplete: &str) -> Vec<CompletionItem> {
    let mut results = visible_commands(ctx, incomplete, &[]);
    if incomplete
        .chars()
        .next()
        .is_some_and(|c| !c.is_alphanumeric())
    {
        results.extend(option_names(ctx, incomplete));
    }
    let mut parent = ctx.parent();
    while let Some(p) = parent {
        if p.command().is_chain() {
            let used: Vec<String> = p
                .protected_args()
                .iter()
                .map(|a| a.to_string_lossy().into_owned())
                .collect();
            results.extend(visible_commands(p, incomplete, &used));
        }
        parent = p.parent();
    }
    results
}

/// The names of the options that can still be given (not given already,
/// and not ruled out by a constraint over what is), with their help.
fn option_names(ctx: &Context, incomplete: &str) -> Vec<CompletionItem> {
    let mut results = Vec::new();
    let params = ctx.command().all_params(ctx);
    let constraints = params.constraints();
    for param in params.iter() {
        if param.is_argument()
            || param.hidden()
            || (!param.multiple()
                && ctx.get_parameter_source(param.name())
                    == Some(crate::ParameterSource::CommandLine))
            || (!constraints.is_empty()
                && crate::constraint::ruled_out(constraints, &params, ctx, param))
        {
            continue;
        }
        let names = param
            .opts()
            .into_iter()
            .chain(param.secondary_opts().iter().cloned());
        for name in names.filter(|n| n.starts_with(incomplete)) {
            let mut item = CompletionItem::new(name);
            if let Some(help) = param.help_text() {
                item = item.help(help);
            }
            results.push(item);
        }
    }
    results
}

/// The subcommands of `ctx`'s group that start with `incomplete`, are not
/// hidden and are not in `exclude`, with their short help.
fn visible_commands(ctx: &Context, incomplete: &str, exclude: &[String]) -> Vec<CompletionItem> {
    let cmd = ctx.command();
    if !cmd.is_group() {
        return Vec::new();
    }
    let mut results = Vec::new();
    for name in cmd.list_commands(ctx) {
        if !name.starts_with(incomplete) || exclude.contains(&name) {
            continue;
        }
        if let Ok(Some(sub)) = cmd.get_command(ctx, &name)
            && !sub.is_hidden()
        {
            let help = short_help(&sub, SHORT_HELP_LIMIT);
            results.push(CompletionItem::new(name).help(help));
        }
    }
    results
}
