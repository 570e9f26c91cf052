//! fish: the script feeds `complete --arguments`; replies are
//! `KIND,VALUE` or `KIND,VALUE<TAB>HELP` lines.

use super::help_of;
use crate::complete::CompletionItem;

/// The script, with `{{func}}`, `{{var}}` and `{{prog}}` to fill in.
pub(super) const SCRIPT: &str = include_str!("fish.fish");

/// Help keeps to one line: newlines are written `\n`, tabs become spaces
/// (Click 8.4.2).
pub(super) fn format(item: &CompletionItem) -> String {
    let kind = item.kind_of().as_str();
    match help_of(item) {
        Some(help) => format!(
            "{kind},{}\t{}",
            item.value(),
            help.replace('\n', "\\n").replace('\t', " ")
        ),
        None => format!("{kind},{}", item.value()),
    }
}
