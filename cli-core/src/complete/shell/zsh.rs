//! zsh: the script is a `compdef` function; replies are three lines per
//! candidate (kind, value, help or `_`).

use super::help_of;
use crate::complete::CompletionItem;

/// The script, with `{{func}}`, `{{var}}` and `{{prog}}` to fill in.
pub(super) const SCRIPT: &str = include_str!("zsh.zsh");

/// `_describe` splits on the first unescaped colon and then removes the
/// escaping backslashes, while `compadd` (used when there is no help) takes
/// the value as it is: colons are escaped only when there is help, as
/// Click does, and so are backslashes (which Click leaves, so that a value
/// ending in one swallows the separator). Help is written as Click writes
/// it, a newline included (the recorded Click replies pin it).
pub(super) fn format(item: &CompletionItem) -> String {
    let kind = item.kind_of().as_str();
    match help_of(item).filter(|h| *h != "_") {
        Some(help) => format!(
            "{kind}\n{}\n{}",
            item.value().replace('\\', "\\\\").replace(':', "\\:"),
            help
        ),
        None => format!("{kind}\n{}\n_", item.value()),
    }
}
