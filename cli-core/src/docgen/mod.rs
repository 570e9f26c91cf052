//! Reference documentation from a command tree: [`man`] pages and a
//! [`markdown`] reference (the `docgen` feature).
//!
//! Both read the same facts as `--help`: the usage line, the help text,
//! the rows of the option and argument lists and the command list, each
//! built by the code that lays out the help page, so they never drift
//! from it. Hidden options and commands are left out, as in help.

pub mod man;
pub mod markdown;

use std::rc::Rc;
use std::sync::Arc;

use crate::help::page::{help_text, short_help, usage_pieces};
use crate::io::Io;
use crate::testing::Runner;
use crate::{Command, Context, ContextSettings};

/// The width the pages' facts are laid out for (Click's default help width).
const WIDTH: usize = 78;

/// What one command's page says, from the help page's model.
#[derive(Debug, Clone)]
pub(crate) struct Page {
    /// `repo clone`: the command path.
    pub(crate) path: String,
    /// What follows the path in the usage line: `[OPTIONS] SRC [DEST]`.
    pub(crate) usage_args: String,
    /// The help text, cleaned, `\b` paragraphs as written.
    pub(crate) help: String,
    /// The first sentence of the help, as a group lists the command.
    pub(crate) summary: String,
    /// The `Positional arguments` rows, when one has help.
    pub(crate) arguments: Vec<(String, String)>,
    /// The `Options` rows: names and metavar, help with its notes.
    pub(crate) options: Vec<(String, String)>,
    /// The visible subcommands: name, short help.
    pub(crate) commands: Vec<(String, String)>,
    pub(crate) epilog: String,
    /// What `--version` prints, for the root command.
    pub(crate) version: Option<String>,
}

impl Page {
    /// `repo-clone`: the page's file stem and anchor.
    pub(crate) fn slug(&self) -> String {
        self.path.replace(' ', "-")
    }
}

/// The pages of `cmd` and all its visible subcommands, depth first.
pub(crate) fn pages(cmd: &Command) -> Vec<Page> {
    let root = Arc::new(cmd.clone());
    let settings = ContextSettings::new().terminal_width(WIDTH);
    let ctx = root.new_context(
        Some(cmd.name().to_string()),
        None,
        Rc::new(Io::captured("")),
        &settings,
    );
    let mut out = Vec::new();
    collect(&ctx, version_of(cmd), &settings, &mut out);
    out
}

fn collect(
    ctx: &Context,
    version: Option<String>,
    settings: &ContextSettings,
    out: &mut Vec<Page>,
) {
    let cmd = ctx.command();
    let params = cmd.all_params(ctx);
    let arguments: Vec<_> = params.iter().filter(|p| p.is_argument()).collect();
    let arguments = if arguments
        .iter()
        .any(|a| a.help_text().is_some() || a.deprecated.is_some())
    {
        arguments.iter().map(|a| a.argument_record(ctx)).collect()
    } else {
        Vec::new()
    };
    let options = params
        .iter()
        .filter(|p| !p.is_argument())
        .filter_map(|p| p.help_record(ctx))
        .collect();
    let mut subs = Vec::new();
    if cmd.group.is_some() {
        for name in cmd.list_commands(ctx) {
            if let Ok(Some(sub)) = cmd.get_command(ctx, &name)
                && !sub.is_hidden()
            {
                subs.push((name, sub));
            }
        }
    }
    let longest = subs
        .iter()
        .map(|(n, _)| n.chars().count())
        .max()
        .unwrap_or(0);
    let limit = WIDTH.saturating_sub(6 + longest);
    let commands = subs
        .iter()
        .map(|(name, sub)| (name.clone(), short_help(sub, limit)))
        .collect();
    out.push(Page {
        path: ctx.command_path(),
        usage_args: usage_pieces(ctx),
        help: help_text(cmd),
        summary: short_help(cmd, 45),
        arguments,
        options,
        commands,
        epilog: cmd
            .epilog
            .as_deref()
            .map(crate::layout::wrap::cleandoc)
            .unwrap_or_default(),
        version,
    });
    for (name, sub) in subs {
        let child = sub.new_context(Some(name), Some(ctx), ctx.io_rc(), settings);
        collect(&child, None, settings, out);
    }
}

/// What the command prints for `--version`, when it has that option.
fn version_of(cmd: &Command) -> Option<String> {
    let root = Context::new(cmd.clone(), cmd.name());
    let has = cmd
        .all_params(&root)
        .iter()
        .any(|p| p.opts().iter().any(|o| o == "--version"));
    if !has {
        return None;
    }
    let result = Runner::new()
        .prog_name(cmd.name())
        .invoke(cmd, ["--version"]);
    let text = result.stdout.trim_end().to_string();
    (result.exit_code == 0 && !text.is_empty()).then_some(text)
}
