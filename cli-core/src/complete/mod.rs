//! Shell completion: Click's environment-variable protocol.
//!
//! A shell script (printed by `_PROG_COMPLETE=bash_source prog`, or by the
//! opt-in [`completion_option`]) calls the program on every Tab with
//! `_PROG_COMPLETE=bash_complete` and the command line in
//! `COMP_WORDS`/`COMP_CWORD`; the program answers with candidates in the
//! shell's format and exits without running any command callback or
//! prompt. Shells: bash, zsh, fish and PowerShell ([`Shell`]).
//!
//! As in Click, parameter callbacks and `before_parse` hooks still run
//! while the command line is walked, with
//! [`Context::resilient_parsing`](crate::Context::resilient_parsing) true:
//! they should do nothing visible then. Any error while completing prints
//! nothing and exits 0.
//!
//! The parts: `words` reads the request, `resolve` walks the command line
//! to the command or parameter that answers, `candidates` lists a
//! command's candidates, `shell` holds each shell's script and reply
//! format, and `install` the option that prints a script for the user's
//! shell. [`CompletionItem`] is what parameters and types return; it stays
//! available when the `completion` feature is off.

pub use crate::candidate::{CompletionItem, CompletionKind};

#[cfg(feature = "completion")]
mod candidates;
#[cfg(feature = "completion")]
mod install;
#[cfg(feature = "completion")]
mod resolve;
#[cfg(feature = "completion")]
mod shell;
#[cfg(feature = "completion")]
mod words;

#[cfg(feature = "completion")]
pub use install::{completion_option, install_hint};
#[cfg(feature = "completion")]
pub use shell::{Shell, function_name};
#[cfg(feature = "completion")]
pub use words::split_arg_string;

use std::rc::Rc;
use std::sync::Arc;

use crate::io::Io;
use crate::{Command, ContextSettings};

/// The environment variable that asks `prog_name` for completion:
/// `_{PROG}_COMPLETE`, with `-` and `.` made `_`, upper-cased.
///
/// ```
/// assert_eq!(clack_core::complete::complete_var("my-tool.py"), "_MY_TOOL_PY_COMPLETE");
/// ```
pub fn complete_var(prog_name: &str) -> String {
    format!("_{}_COMPLETE", prog_name.replace(['-', '.'], "_")).to_uppercase()
}

/// Answer a completion request if the environment holds one
/// (`_PROG_COMPLETE=...`); the exit code when it did.
#[cfg(feature = "completion")]
pub(crate) fn handle_request(
    cmd: &Arc<Command>,
    prog_name: &str,
    var: Option<&str>,
    io: &Rc<Io>,
    settings: &ContextSettings,
) -> Option<i32> {
    let var = var.map_or_else(|| complete_var(prog_name), str::to_string);
    let instruction = io.env().get(&var)?;
    if instruction.is_empty() {
        return None;
    }
    let instruction = instruction.to_string_lossy();
    let (shell, action) = instruction.split_once('_').unwrap_or((&instruction, ""));
    let Some(shell) = Shell::from_name(shell) else {
        return Some(1);
    };
    match action {
        "source" => {
            if let Some(warning) = shell.source_warning(io.env()) {
                io.write_err(format!("{warning}\n"));
            }
            io.write_out(shell.source(prog_name, &var));
            Some(0)
        }
        "complete" => {
            let lossy = |key| io.env().get(key).map(|v| v.to_string_lossy().into_owned());
            let words = lossy("COMP_WORDS");
            let cword = lossy("COMP_CWORD");
            let request = words::completion_args(shell, words.as_deref(), cword.as_deref());
            let Some((args, incomplete)) = request else {
                return Some(0);
            };
            let Ok(items) = completions(cmd, prog_name, args, &incomplete, io.clone(), settings)
            else {
                return Some(0);
            };
            let typed = cword.as_deref().unwrap_or_default();
            let mut lines = Vec::with_capacity(items.len());
            for item in &items {
                match shell.refusal(item, typed) {
                    None => lines.push(shell.format(item)),
                    Some(why) => io.write_err(format!(
                        "Completion value {:?} left out for {}: {why}.\n",
                        item.value(),
                        shell.name()
                    )),
                }
            }
            let mut reply = lines.join("\n");
            reply.push('\n');
            io.write_out(reply);
            Some(0)
        }
        _ => Some(1),
    }
}

/// Without the `completion` feature, requests are not answered: the
/// program runs as usual.
#[cfg(not(feature = "completion"))]
pub(crate) fn handle_request(
    _cmd: &Arc<Command>,
    _prog_name: &str,
    _var: Option<&str>,
    _io: &Rc<Io>,
    _settings: &ContextSettings,
) -> Option<i32> {
    None
}

/// The candidates for the word `incomplete` after the complete words `args`
/// of `prog_name` (Click's `ShellComplete.get_completions`): what a shell
/// offers on Tab. No command callback runs and nothing prompts.
///
/// # Errors
/// An error raised while walking the command line (from a
/// [`CommandSource`](crate::group::CommandSource) or a `before_parse` hook); usage
/// errors are ignored, as during completion.
///
/// ```
/// use std::rc::Rc;
/// use std::sync::Arc;
/// use clack_core::{Command, ContextSettings, Group, io::Io};
/// use clack_core::complete::completions;
///
/// let cli = Arc::new(Group::new("tool")
///     .command(Command::new("greet").help("Say hello."))
///     .command(Command::new("grow"))
///     .into_command());
/// let io = Rc::new(Io::captured(""));
/// let items = completions(&cli, "tool", vec![], "gre", io, &ContextSettings::new()).unwrap();
/// assert_eq!(items[0].value(), "greet");
/// assert_eq!(items[0].help_text(), Some("Say hello."));
/// ```
#[cfg(feature = "completion")]
pub fn completions(
    cmd: &Arc<Command>,
    prog_name: &str,
    args: Vec<String>,
    incomplete: &str,
    io: Rc<Io>,
    settings: &ContextSettings,
) -> Result<Vec<CompletionItem>, crate::Error> {
    let ctx = resolve::resolve_context(cmd, prog_name, &args, io, settings)?;
    let _guard = ctx.enter();
    let (target, incomplete) = resolve::resolve_incomplete(&ctx, args, incomplete);
    Ok(match target {
        resolve::Target::Command => candidates::command_candidates(&ctx, &incomplete),
        resolve::Target::Param(param) => param.shell_complete(&ctx, &incomplete),
    })
}
