//! The shells clack completes in: each one's script (printed for
//! `_PROG_COMPLETE={shell}_source`) and its reply format (for
//! `{shell}_complete`), one module per shell.
//!
//! The reply formats are Click's protocol, byte for byte, so that a script
//! written for a Click program works with a clack one and the other way
//! round. The scripts are clack's own; they pass every value they receive
//! to the shell as data, never as code.

mod bash;
mod fish;
mod powershell;
mod quote;
mod zsh;

use super::CompletionItem;

/// A shell that clack can print a completion script for and answer.
///
/// ```
/// use clack_core::complete::Shell;
/// assert_eq!(Shell::from_name("zsh"), Some(Shell::Zsh));
/// assert_eq!(Shell::Fish.name(), "fish");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shell {
    /// GNU bash 4.4 or newer.
    Bash,
    /// zsh, with `compinit`.
    Zsh,
    /// fish.
    Fish,
    /// Windows PowerShell 5.1 or PowerShell 7.
    PowerShell,
}

impl Shell {
    /// Every shell, in the order help lists them.
    pub const ALL: [Shell; 4] = [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell];

    /// The name used in the protocol (`bash`, `zsh`, `fish`, `powershell`).
    ///
    /// ```
    /// assert_eq!(clack_core::complete::Shell::PowerShell.name(), "powershell");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Shell::Bash => "bash",
            Shell::Zsh => "zsh",
            Shell::Fish => "fish",
            Shell::PowerShell => "powershell",
        }
    }

    /// The shell with this protocol name.
    ///
    /// ```
    /// assert_eq!(clack_core::complete::Shell::from_name("tcsh"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Shell> {
        Shell::ALL.into_iter().find(|s| s.name() == name)
    }

    /// The shell a program path names, such as the value of `$SHELL`
    /// (`/usr/bin/zsh`, `fish`, `pwsh.exe`).
    ///
    /// ```
    /// use clack_core::complete::Shell;
    /// assert_eq!(Shell::from_path("/bin/bash"), Some(Shell::Bash));
    /// assert_eq!(Shell::from_path("/usr/local/bin/pwsh"), Some(Shell::PowerShell));
    /// assert_eq!(Shell::from_path("/bin/sh"), None);
    /// ```
    pub fn from_path(path: &str) -> Option<Shell> {
        let file = path.rsplit(['/', '\\']).next().unwrap_or(path);
        let stem = file.strip_suffix(".exe").unwrap_or(file);
        match stem {
            "pwsh" | "powershell" => Some(Shell::PowerShell),
            other => Shell::from_name(other),
        }
    }

    /// The completion script for `prog_name`, which calls the program back
    /// with `complete_var` set (see [`complete_var`](super::complete_var)).
    ///
    /// ```
    /// use clack_core::complete::Shell;
    /// let script = Shell::Bash.source("shipit", "_SHIPIT_COMPLETE");
    /// assert!(script.contains("complete -o nosort -F _shipit_completion shipit"));
    /// ```
    pub fn source(self, prog_name: &str, complete_var: &str) -> String {
        let template = match self {
            Shell::Bash => bash::SCRIPT,
            Shell::Zsh => zsh::SCRIPT,
            Shell::Fish => fish::SCRIPT,
            Shell::PowerShell => powershell::SCRIPT,
        };
        // The names go into code quoted for the shell, and into comments
        // with control characters (a newline would end the comment)
        // replaced.
        let quote = |text: &str| match self {
            Shell::Bash | Shell::Zsh => quote::posix(text),
            Shell::Fish => quote::fish(text),
            Shell::PowerShell => quote::powershell(text),
        };
        quote::fill(
            template,
            &[
                ("func", &function_name(prog_name)),
                ("qvar", &quote(complete_var)),
                ("qprog", &quote(prog_name)),
                ("var", &quote::for_comment(complete_var)),
                ("prog", &quote::for_comment(prog_name)),
            ],
        )
    }

    /// One candidate in this shell's reply format (Click's
    /// `format_completion`).
    ///
    /// ```
    /// use clack_core::complete::{CompletionItem, Shell};
    /// let item = CompletionItem::new("eu:west").help("EU region");
    /// assert_eq!(Shell::Bash.format(&item), "plain,eu:west");
    /// assert_eq!(Shell::Zsh.format(&item), "plain\neu\\:west\nEU region");
    /// assert_eq!(Shell::Fish.format(&item), "plain,eu:west\tEU region");
    /// ```
    pub fn format(self, item: &CompletionItem) -> String {
        match self {
            Shell::Bash => bash::format(item),
            Shell::Zsh => zsh::format(item),
            Shell::Fish => fish::format(item),
            Shell::PowerShell => powershell::format(item),
        }
    }

    /// Why this shell cannot be given `item` byte for byte, if it cannot:
    /// the reply is one candidate per line (or three lines), so no shell
    /// can take a newline in a value; fish also splits a value at a tab
    /// (the start of its description), and expands a leading `~` unless
    /// `typed`, the word being completed as typed, opens a quote. Such an
    /// item is left out of the reply, with this reason on stderr.
    ///
    /// ```
    /// use clack_core::complete::{CompletionItem, Shell};
    /// let item = CompletionItem::new("a\tb");
    /// assert_eq!(Shell::Bash.refusal(&item, ""), None);
    /// assert!(Shell::Fish.refusal(&item, "").unwrap().contains("tab"));
    /// let home = CompletionItem::new("~root");
    /// assert!(Shell::Fish.refusal(&home, "").is_some());
    /// assert_eq!(Shell::Fish.refusal(&home, "'"), None);
    /// ```
    pub fn refusal(self, item: &CompletionItem, typed: &str) -> Option<&'static str> {
        if item.kind_of() != super::CompletionKind::Plain {
            return None;
        }
        let value = item.value();
        if value.contains('\n') {
            return Some("it holds a newline, and the reply has one value a line");
        }
        if self == Shell::Fish {
            if value.contains('\t') {
                return Some("it holds a tab, where fish starts the description");
            }
            if value.starts_with('~') && !typed.starts_with(['\'', '"']) {
                return Some("it starts with ~, which fish leaves unquoted and expands");
            }
        }
        None
    }

    /// Warnings to print before the script (bash checks its version).
    pub(crate) fn source_warning(self, env: &crate::io::Env) -> Option<&'static str> {
        match self {
            Shell::Bash => bash::version_warning(env),
            _ => None,
        }
    }
}

/// The name of the shell function a script defines: `_{prog}_completion`
/// with `-` made `_` and other non-word characters dropped (Click's
/// `func_name`).
///
/// ```
/// assert_eq!(clack_core::complete::function_name("my-tool.py"), "_my_toolpy_completion");
/// ```
pub fn function_name(prog_name: &str) -> String {
    let safe: String = prog_name
        .replace('-', "_")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    format!("_{safe}_completion")
}

/// The help text of an item, `None` when it is missing or empty (Python's
/// truthiness, which the formats rely on).
fn help_of(item: &CompletionItem) -> Option<&str> {
    item.help_text().filter(|h| !h.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::complete::CompletionKind;

    #[test]
    fn formats_match_click() {
        let plain = CompletionItem::new("a:b");
        let dir = CompletionItem::new("").kind(CompletionKind::Dir);
        let help = CompletionItem::new("x:y").help("line1\nline2\tend\r");
        assert_eq!(Shell::Bash.format(&dir), "dir,");
        assert_eq!(Shell::Zsh.format(&plain), "plain\na:b\n_");
        assert_eq!(
            Shell::Zsh.format(&help),
            "plain\nx\\:y\nline1\nline2\tend\r"
        );
        // `_describe` unescapes backslashes too: a trailing one stays.
        let backslash = CompletionItem::new("a\\").help("h");
        assert_eq!(Shell::Zsh.format(&backslash), "plain\na\\\\\nh");
        assert_eq!(
            Shell::Zsh.format(&CompletionItem::new("a\\")),
            "plain\na\\\n_"
        );
        assert_eq!(Shell::Fish.format(&plain), "plain,a:b");
        assert_eq!(Shell::Fish.format(&help), "plain,x:y\tline1\\nline2 end\r");
        assert_eq!(Shell::PowerShell.format(&plain), "plain\na:b\n_");
        assert_eq!(
            Shell::PowerShell.format(&help),
            "plain\nx:y\nline1 line2\tend "
        );
        let empty_help = CompletionItem::new("v:w").help("");
        assert_eq!(Shell::Zsh.format(&empty_help), "plain\nv:w\n_");
        assert_eq!(Shell::Fish.format(&empty_help), "plain,v:w");
    }

    #[test]
    fn refuses_what_a_reply_cannot_carry() {
        let newline = CompletionItem::new("a\nb");
        for shell in Shell::ALL {
            assert!(shell.refusal(&newline, "").is_some(), "{shell:?}");
        }
        let tab = CompletionItem::new("a\tb");
        assert_eq!(Shell::Zsh.refusal(&tab, ""), None);
        assert!(Shell::Fish.refusal(&tab, "").is_some());
        let tilde = CompletionItem::new("~x");
        assert!(Shell::Fish.refusal(&tilde, "a").is_some());
        assert_eq!(Shell::Fish.refusal(&tilde, "\""), None);
        assert_eq!(Shell::Bash.refusal(&tilde, ""), None);
        let dir = CompletionItem::new("a\nb").kind(CompletionKind::Dir);
        assert_eq!(Shell::Bash.refusal(&dir, ""), None);
    }

    #[test]
    fn scripts_quote_the_program() {
        let name = "a $(x)'{{prog}}\nb";
        let bash = Shell::Bash.source(name, "_A_COMPLETE");
        assert!(
            bash.contains("complete -o nosort -F _axprogb_completion 'a $(x)'\\''{{prog}}\nb'\n")
        );
        assert!(bash.contains("# bash completion for a $(x)'{{prog}}?b.\n"));
        let zsh = Shell::Zsh.source(name, "_A_COMPLETE");
        assert!(zsh.contains("local prog='a $(x)'\\''{{prog}}\nb'\n"));
        let fish = Shell::Fish.source("a\\'b", "_A_COMPLETE");
        assert!(fish.contains("--command 'a\\\\\\'b' --arguments"));
        let ps = Shell::PowerShell.source("it's", "_A_COMPLETE");
        assert!(ps.contains("-CommandName 'it''s'"));
        // Ordinary names are written as they are.
        let plain = Shell::Fish.source("my-tool", "_MY_TOOL_COMPLETE");
        assert!(plain.contains("env _MY_TOOL_COMPLETE=fish_complete"));
        assert!(plain.contains("--command my-tool --arguments"));
    }

    #[test]
    fn scripts_name_the_program() {
        for shell in Shell::ALL {
            let script = shell.source("my-tool", "_MY_TOOL_COMPLETE");
            let defines_function = shell != Shell::PowerShell;
            assert_eq!(
                script.contains("_my_tool_completion"),
                defines_function,
                "{shell:?}"
            );
            assert!(script.contains("_MY_TOOL_COMPLETE"), "{shell:?}");
            assert!(!script.contains("{{"), "{shell:?}");
            assert!(!script.contains('\r'), "{shell:?}");
        }
    }

    #[test]
    fn shells_from_paths() {
        assert_eq!(Shell::from_path("zsh"), Some(Shell::Zsh));
        assert_eq!(
            Shell::from_path("C:\\pwsh\\powershell.exe"),
            Some(Shell::PowerShell)
        );
        assert_eq!(Shell::from_path(""), None);
    }
}
