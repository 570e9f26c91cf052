//! `helpfmt`: how help pages are laid out, and a group that resolves
//! aliases, the twin of Click's `helpfmt.py`.
//!
//! It shows long help wrapped to the terminal, paragraphs kept as written
//! with `\b`, text cut at `\f`, an epilog, short help taken from the first
//! sentence, hidden and deprecated options and commands, required options,
//! shown defaults and environment variables, metavars, long option names
//! that push their help onto the next line, `no_args_is_help`, a group that
//! runs without a command, and a [`CommandSource`] that resolves aliases and
//! unique prefixes of command names.
//!
//!     cargo run --example helpfmt -- ls --all

use std::sync::Arc;

use clack::group::{CommandSource, Commands};
use clack::prelude::*;

/// Commands can be called by an alias or by a unique prefix of their name.
struct Aliased;

impl Aliased {
    /// The command each alias stands for.
    const ALIASES: [(&str, &str); 2] = [("ls", "list"), ("rm", "remove")];
}

impl CommandSource for Aliased {
    fn get_command(
        &self,
        ctx: &Context,
        name: &str,
        commands: &Commands,
    ) -> Result<Option<Arc<Command>>, Error> {
        let name = Self::ALIASES
            .iter()
            .find(|(alias, _)| *alias == name)
            .map_or(name, |(_, full)| full);
        if let Some(command) = commands.get(name) {
            return Ok(Some(command));
        }
        let mut matches: Vec<String> = self
            .list_commands(ctx, commands)
            .into_iter()
            .filter(|n| n.starts_with(name))
            .collect();
        match matches.as_slice() {
            [] => Ok(None),
            [only] => Ok(commands.get(only)),
            _ => {
                matches.sort();
                Err(ctx.fail(format!("Too many matches: {}", matches.join(", "))))
            }
        }
    }

    /// Report the command under its own name, not the prefix that was typed.
    fn resolved_name(&self, _typed: &str, command: &Command) -> String {
        command.name().to_string()
    }
}

/// Keep a list of things to do.
///
/// This paragraph is long on purpose, so that it has to be wrapped at the
/// width of the terminal, which these pages assume to be eighty columns wide
/// unless the COLUMNS variable says otherwise.
///
/// \b
/// Kept as written:
///   helpfmt add "Buy milk"
///   helpfmt ls --all
///
/// \f
/// Everything after the form feed is for the source code only.
#[group(
    source = Aliased,
    invoke_without_command,
    epilog = "See the manual for more: every command has --help.",
    commands = [add, list, remove, reset, purge, internals]
)]
pub(crate) fn cli(
    ctx: &Context,
    #[option("--quiet", "-q", help = "Print nothing but errors.")] _quiet: bool,
) {
    if ctx.invoked_subcommand().is_none() {
        clack::echo("No command given; the list has 2 items.");
    }
}

/// Add TEXT to the list. The first sentence is the short help, and the rest
/// of this text only shows on the command's own help page.
#[command(no_args_is_help)]
#[allow(clippy::too_many_arguments)]
fn add(
    #[argument] text: String,
    #[option(
        "--priority",
        "-p",
        range = 1..=5,
        default = 3,
        show_default,
        help = "How urgent it is, from 1 (most) to 5 (least)."
    )]
    priority: u8,
    #[option(metavar = "YYYY-MM-DD", help = "When it is due.")] _due: Option<String>,
    #[option(
        "--tag",
        default = ["inbox"],
        show_default,
        help = "A tag for the item; give it again for more."
    )]
    tags: Vec<String>,
    #[option(required, envvar = "HELPFMT_OWNER", show_envvar, help = "Who does it.")] owner: String,
    #[option(
        "--very-long-option-name-that-pushes-help",
        "--alias-for-it",
        help = "An option whose names are too long for the first column."
    )]
    _very_long: Option<String>,
    #[option(hidden, help = "Never shown.")] _secret: Option<String>,
    #[option(deprecated, help = "Colour the output.")] _color: bool,
) {
    clack::echo(format!(
        "added [{text}] p{priority} for {owner} tags={}",
        tags.join(",")
    ));
}

/// List the items.
#[command(name = "list")]
fn list(
    #[option("--all", "-a", help = "Include finished items.")] show_all: bool,
    #[option("--format", choices = ["table", "json", "csv"], default = "table", show_default)]
    fmt: String,
) {
    let show_all = if show_all { "True" } else { "False" };
    clack::echo(format!("list all={show_all} format={fmt}"));
}

/// Remove the items with these IDS.
#[command]
fn remove(#[argument(required)] ids: Vec<i64>) {
    let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
    clack::echo(format!("removed {}", ids.join(" ")));
}

/// Remove every item from the list, finished or not, so that nothing is left.
#[command(short_help = "Make the list empty.")]
fn reset(#[option(help = "Do not ask.")] _yes: bool) {
    clack::echo("reset");
}

/// Remove finished items. Use 'remove' instead.
#[command(deprecated)]
fn purge() {
    clack::echo("purged");
}

/// Never listed.
#[command(hidden)]
fn internals() {
    clack::echo("internals");
}

fn main() {
    cli::main()
}
