//! zsh: the script is a `compdef` function; replies are three lines per
//! candidate (kind, value, help or `_`).

use super::help_of;
use crate::complete::CompletionItem;

/// The script, with `{{func}}`, `{{var}}` and `{{prog}}` to fill in.
pub(super) const SCRIPT: &str = include_str!("zsh.zsh");

/// `_describe` splits on the first unescaped colon, and `compadd` (used
/// when there is no help) does not unescape: colons are escaped only when
/// there is help, as Click does.
pub(super) fn format(item: &CompletionItem) -> String {
    let kind = item.kind_of().as_str();
    match help_of(item).filter(|h| *h != "_") {
        Some(help) => format!("{kind}\n{}\n{help}", item.value().replace(':', "\\:")),
        None => format!("{kind}\n{}\n_", item.value()),
    }
}
