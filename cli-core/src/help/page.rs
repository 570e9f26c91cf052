//! Help pages and usage lines of commands, laid out as Click lays them out.
//!
//! Order: usage, help text (cut at `\f`, `(DEPRECATED)` appended),
//! "Positional arguments" when an argument has help, "Options", "Commands"
//! for groups, then the epilog.

use std::any::Any;

use crate::Context;
use crate::command::Command;
use crate::constraint::CommandSection;
use crate::context::CommandView;
use crate::error::UsageInfo;
use crate::layout::formatter::HelpFormatter;
use crate::layout::styles::paint;
use crate::layout::wrap::{cleandoc, make_default_short_help};
use crate::param::Param;

/// How a context sees its command: the usage line, help page and usage
/// hints come from here.
impl CommandView for Command {
    fn as_any(&self) -> &dyn Any {
        self
    }

    #[cfg(feature = "completion")]
    fn into_any(self: std::sync::Arc<Self>) -> std::sync::Arc<dyn Any + Send + Sync> {
        self
    }

    fn name(&self) -> &str {
        Command::name(self)
    }

    fn usage_line(&self, ctx: &Context) -> String {
        usage(ctx)
    }

    fn usage_info(&self, ctx: &Context) -> UsageInfo {
        let try_hint = self.help_option_names_for(ctx).and_then(|names| {
            let longest = names.iter().max_by(|a, b| {
                a.chars()
                    .count()
                    .cmp(&b.chars().count())
                    // `max(key=len)` keeps the first of equal lengths.
                    .then(std::cmp::Ordering::Greater)
            })?;
            Some(format!(
                "Try '{} {}' for help.",
                ctx.command_path(),
                longest
            ))
        });
        let mut f = HelpFormatter::recording(ctx.help_width());
        write_usage(ctx, &mut f);
        let usage = f.getvalue().trim_end_matches('\n').to_string();
        UsageInfo {
            usage,
            usage_spans: f.take_spans(),
            try_hint,
        }
    }

    fn help_page(&self, ctx: &Context) -> String {
        help_page(ctx)
    }

    fn help_page_for(&self, ctx: &Context, err: bool) -> String {
        help_for(ctx, err)
    }

    fn usage_pieces(&self, ctx: &Context) -> Vec<String> {
        let mut pieces = Vec::new();
        for param in self.all_params(ctx).iter() {
            pieces.extend(param.usage_pieces(ctx));
        }
        pieces
    }
}

fn deprecated_label(deprecated: &Option<String>) -> String {
    match deprecated {
        Some(reason) => format!("(DEPRECATED: {reason})"),
        None => "(DEPRECATED)".into(),
    }
}

pub(crate) fn usage_pieces(ctx: &Context) -> String {
    let cmd = ctx.command();
    let mut pieces: Vec<String> = Vec::new();
    if let Some(m) = &cmd.options_metavar
        && !m.is_empty()
    {
        pieces.push(m.clone());
    }
    for param in cmd.all_params(ctx).iter() {
        pieces.extend(param.usage_pieces(ctx));
    }
    if let Some(group) = &cmd.group {
        pieces.push(group.subcommand_metavar());
    }
    pieces.join(" ")
}

fn write_usage(ctx: &Context, f: &mut HelpFormatter) {
    f.write_usage(&ctx.command_path(), &usage_pieces(ctx), None);
}

/// The usage line(s) of the context's command: `Usage: prog [OPTIONS] ARG`.
pub(crate) fn usage(ctx: &Context) -> String {
    let mut f = HelpFormatter::new(ctx.help_width());
    write_usage(ctx, &mut f);
    f.getvalue().trim_end_matches('\n').to_string()
}

/// The short help of a command in a list: its `short_help`, or the first
/// sentence of its help shortened to `limit`, plus `(DEPRECATED)`.
pub(crate) fn short_help(cmd: &Command, limit: usize) -> String {
    let mut text = if let Some(s) = &cmd.short_help {
        cleandoc(s)
    } else if let Some(h) = &cmd.help {
        make_default_short_help(h, limit)
    } else {
        String::new()
    };
    if let Some(d) = &cmd.deprecated {
        text = format!("{text} {}", deprecated_label(d));
    }
    text.trim().to_string()
}

/// The full help page of the context's command.
pub(crate) fn help_page(ctx: &Context) -> String {
    let mut f = HelpFormatter::new(ctx.help_width());
    write_help_page(ctx, &mut f);
    f.getvalue().trim_end_matches('\n').to_string()
}

/// The help page as it reaches standard output (or error, with `err`):
/// styled when the context has styles and colour is on for the stream.
pub(crate) fn help_for(ctx: &Context, err: bool) -> String {
    let Some(styles) = ctx.styled_for(err) else {
        return help_page(ctx);
    };
    let mut f = HelpFormatter::recording(ctx.help_width());
    write_help_page(ctx, &mut f);
    let text = f.getvalue();
    let text = text.trim_end_matches('\n');
    paint(text, &f.take_spans(), styles)
}

/// The help text a page shows: cleaned, cut at `\f`, `(DEPRECATED)` added.
pub(crate) fn help_text(cmd: &Command) -> String {
    let mut text = match &cmd.help {
        Some(h) => {
            let clean = cleandoc(h);
            match clean.split_once('\x0c') {
                Some((before, _)) => before.to_string(),
                None => clean,
            }
        }
        None => String::new(),
    };
    if let Some(d) = &cmd.deprecated {
        let label = deprecated_label(d);
        text = if text.is_empty() {
            label
        } else {
            format!("{text} {label}")
        };
    }
    text
}

fn write_help_page(ctx: &Context, f: &mut HelpFormatter) {
    let cmd = ctx.command();
    write_usage(ctx, f);

    let text = help_text(cmd);
    if !text.is_empty() {
        f.write_paragraph();
        f.indent();
        f.write_text(&text);
        f.dedent();
    }

    let params = cmd.all_params(ctx);
    let arguments: Vec<_> = params.iter().filter(|p| p.is_argument()).collect();
    // An argument has a row when it has help or is deprecated (Click's
    // `Argument.get_help_record`); one row opens the section for all.
    if arguments
        .iter()
        .any(|a| a.help_text().is_some() || a.deprecated.is_some())
    {
        let rows: Vec<(String, String)> =
            arguments.iter().map(|a| a.argument_record(ctx)).collect();
        f.section("Positional arguments", |f| f.write_dl(&rows));
    }
    write_options(ctx, cmd, &params, f);
    if cmd.group.is_some() {
        write_commands(ctx, f);
    }
    if let Some(epilog) = &cmd.epilog
        && !epilog.is_empty()
    {
        f.write_paragraph();
        f.indent();
        f.write_text(&cleandoc(epilog));
        f.dedent();
    }
}

fn write_commands(ctx: &Context, f: &mut HelpFormatter) {
    let cmd = ctx.command();
    let mut commands = Vec::new();
    for name in cmd.list_commands(ctx) {
        if let Ok(Some(sub)) = cmd.get_command(ctx, &name)
            && !sub.is_hidden()
        {
            commands.push((name, sub));
        }
    }
    let plugins: Vec<(String, String)> = match cmd.group.as_ref().and_then(|g| g.plugins.as_ref()) {
        Some(plugins) => (plugins.list)(ctx, &plugins.prefix.resolve(ctx))
            .into_iter()
            .filter(|(name, _)| !commands.iter().any(|(n, _)| n == name))
            .map(|(name, path)| (name, format!("Runs {}.", path.display())))
            .collect(),
        None => Vec::new(),
    };
    if !commands.is_empty() {
        let sections = cmd.group.as_ref().map_or(&[][..], |g| &g.sections[..]);
        write_command_rows(f, &commands, sections);
    }
    if !plugins.is_empty() {
        f.section("External commands", |f| f.write_dl(&plugins));
    }
}

fn write_command_rows(
    f: &mut HelpFormatter,
    commands: &[(String, std::sync::Arc<Command>)],
    sections: &[CommandSection],
) {
    let longest = commands
        .iter()
        .map(|(n, _)| n.chars().count())
        .max()
        .unwrap_or(0);
    let limit = f.width().saturating_sub(6 + longest);
    let row =
        |(name, sub): &(String, std::sync::Arc<Command>)| (name.clone(), short_help(sub, limit));
    for section in sections {
        let rows: Vec<(String, String)> = section
            .commands
            .iter()
            .filter_map(|n| commands.iter().find(|(name, _)| name == n))
            .map(row)
            .collect();
        if !rows.is_empty() {
            f.section(&section.title, |f| f.write_dl(&rows));
        }
    }
    let rows: Vec<(String, String)> = commands
        .iter()
        .filter(|(name, _)| !sections.iter().any(|s| s.commands.contains(name)))
        .map(row)
        .collect();
    if !rows.is_empty() {
        f.section("Commands", |f| f.write_dl(&rows));
    }
}

/// The options: each option group's in a section of its own (`Output
/// options: [mutually exclusive]`, its description, its rows), then the
/// rest under `Options`. Hidden options and groups are left out.
fn write_options(ctx: &Context, cmd: &Command, params: &[Param], f: &mut HelpFormatter) {
    let group_of = |p: &Param| p.relations.as_ref().and_then(|r| r.group.clone());
    let grouped = cmd.declared.is_some() || params.iter().any(|p| group_of(p).is_some());
    let groups = if grouped {
        cmd.option_groups(params)
    } else {
        Vec::new()
    };
    for group in groups.iter().filter(|g| !g.hidden) {
        let rows: Vec<(String, String)> = params
            .iter()
            .filter(|p| !p.is_argument() && group_of(p).as_deref() == Some(&*group.name))
            .filter_map(|p| p.help_record(ctx))
            .collect();
        if rows.is_empty() {
            continue;
        }
        f.write_paragraph();
        f.write_heading_noted(&group.title, group.label());
        f.indented(|f| {
            if let Some(help) = &group.help {
                f.write_text(&cleandoc(help));
                f.write_paragraph();
            }
            f.write_dl(&rows);
        });
    }
    let options: Vec<(String, String)> = params
        .iter()
        .filter(|p| !p.is_argument())
        .filter(|p| match group_of(p) {
            Some(name) => !groups.iter().any(|g| g.name == name),
            None => true,
        })
        .filter_map(|p| p.help_record(ctx))
        .collect();
    if !options.is_empty() {
        f.section("Options", |f| f.write_dl(&options));
    }
}
