//! Shell completion: Click's environment-variable protocol.
//!
//! A shell script (from `_PROG_COMPLETE=bash_source prog`) calls the program
//! on every Tab with `_PROG_COMPLETE=bash_complete` and the command line in
//! `COMP_WORDS`/`COMP_CWORD`; the program answers with candidates in the
//! shell's format and exits without running any command.

mod item;

pub use item::{CompletionItem, CompletionKind};

use std::sync::Arc;

use crate::io::Io;
use crate::{Command, ContextSettings};

/// Answer a completion request if the environment holds one
/// (`_PROG_COMPLETE=...`); the exit code when it did.
pub(crate) fn handle_request(
    _cmd: &Arc<Command>,
    _prog_name: &str,
    _io: &Io,
    _settings: &ContextSettings,
) -> Option<i32> {
    None
}
