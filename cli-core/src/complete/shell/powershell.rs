//! PowerShell: the script registers a native argument completer; replies
//! are three lines per candidate (kind, value, help or `_`).

use super::help_of;
use crate::complete::CompletionItem;

/// The script, with `{{var}}` and `{{prog}}` to fill in.
pub(super) const SCRIPT: &str = include_str!("powershell.ps1");

/// Help is made one line (carriage returns and newlines become spaces).
pub(super) fn format(item: &CompletionItem) -> String {
    let help = match help_of(item) {
        Some(help) => help.replace(['\r', '\n'], " "),
        None => "_".to_string(),
    };
    format!("{}\n{}\n{help}", item.kind_of().as_str(), item.value())
}
