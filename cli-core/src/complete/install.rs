//! The opt-in `--completion [SHELL]` option (beyond Click): prints the
//! completion script for the user's shell, found from `$SHELL` or named,
//! and tells on stderr how to install it, so that users need not learn the
//! `_PROG_COMPLETE` protocol.

use super::{Shell, complete_var};
use crate::compat::repr::py_repr;
use crate::{Context, Error, Opt, Param};

/// An eager `--completion [SHELL]` option that prints the completion
/// script for `SHELL` (`bash`, `zsh`, `fish` or `powershell`; by default
/// the shell `$SHELL` names) on stdout, how to install it on stderr, and
/// exits. Add it with [`Command::param`](crate::Command::param).
///
/// The script is the one `_PROG_COMPLETE={shell}_source prog` prints, for
/// the program name the command runs under.
///
/// ```
/// use clack_core::{Command, testing::Runner};
/// use clack_core::complete::completion_option;
///
/// let cmd = Command::new("tool").param(completion_option());
/// let result = Runner::new().prog_name("tool").invoke(&cmd, ["--completion", "fish"]);
/// assert_eq!(result.exit_code, 0);
/// assert!(result.stdout.contains("complete --no-files --command tool"));
/// assert!(result.stderr.contains("~/.config/fish/completions/tool.fish"));
/// ```
pub fn completion_option() -> Opt {
    Opt::new("--completion")
        .is_flag(false)
        .flag_value("")
        .metavar("[SHELL]")
        .expose_value(false)
        .is_eager(true)
        .help(
            "Print the completion script for SHELL (bash, zsh, fish or powershell; \
             default: your $SHELL) and how to install it, then exit.",
        )
        .callback(print_script)
}

fn print_script(
    ctx: &Context,
    _param: &Param,
    value: Option<String>,
) -> Result<Option<String>, Error> {
    let Some(name) = value else {
        return Ok(None);
    };
    if ctx.resilient_parsing() {
        return Ok(None);
    }
    let shell = if name.is_empty() {
        let from_env = ctx.io().env().var("SHELL").unwrap_or_default();
        Shell::from_path(&from_env).ok_or_else(|| {
            Error::bad_parameter(format!(
                "cannot tell the shell from $SHELL ({}); name one of 'bash', 'zsh', 'fish', 'powershell'.",
                py_repr(&from_env)
            ))
        })?
    } else {
        Shell::from_name(&name).ok_or_else(|| {
            Error::bad_parameter(format!(
                "{} is not one of 'bash', 'zsh', 'fish', 'powershell'.",
                py_repr(&name)
            ))
        })?
    };
    let prog = ctx.find_root().info_name().unwrap_or_default().to_string();
    if let Some(warning) = shell.source_warning(ctx.io().env()) {
        ctx.io().write_err(format!("{warning}\n"));
    }
    ctx.io()
        .write_out(shell.source(&prog, &complete_var(&prog)));
    ctx.io().write_err(install_hint(shell, &prog));
    Err(ctx.exit(0))
}

/// How to install the completion script of `prog_name` for `shell`, as
/// [`completion_option`] prints it: comment lines naming the commands to
/// run or add to the shell's start-up file.
///
/// ```
/// use clack_core::complete::{Shell, install_hint};
/// let hint = install_hint(Shell::Bash, "tool");
/// assert!(hint.contains("eval \"$(tool --completion bash)\""));
/// ```
pub fn install_hint(shell: Shell, prog_name: &str) -> String {
    let prog = shell_words::quote(prog_name);
    let print = format!("{prog} --completion {}", shell.name());
    let lines = match shell {
        Shell::Bash => vec![
            "add this line to ~/.bashrc:".to_string(),
            format!("    eval \"$({print})\""),
            "or save the script where bash-completion loads it:".to_string(),
            format!("    {print} > ~/.local/share/bash-completion/completions/{prog_name}"),
        ],
        Shell::Zsh => vec![
            "add this line to ~/.zshrc, after compinit:".to_string(),
            format!("    eval \"$({print})\""),
            "or save the script as _{prog} in a folder of $fpath:".replace("{prog}", prog_name),
            format!("    {print} > \"${{fpath[1]}}/_{prog_name}\""),
        ],
        Shell::Fish => vec![
            "save the script where fish loads completions:".to_string(),
            format!("    {print} > ~/.config/fish/completions/{prog_name}.fish"),
        ],
        Shell::PowerShell => vec![
            "add this line to your profile ($PROFILE):".to_string(),
            format!("    {print} | Out-String | Invoke-Expression"),
        ],
    };
    let mut text = format!("# Shell completion for {prog_name} in {}: ", shell.name());
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            text.push_str("# ");
        }
        text.push_str(line);
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Command;
    use crate::testing::Runner;

    fn tool() -> Command {
        Command::new("tool").param(completion_option())
    }

    #[test]
    fn detects_the_shell_from_the_environment() {
        let result = Runner::new()
            .prog_name("tool")
            .env("SHELL", "/usr/bin/zsh")
            .invoke(&tool(), ["--completion"]);
        assert_eq!(result.exit_code, 0, "{}", result.stderr);
        assert!(result.stdout.starts_with("#compdef tool\n"));
        assert!(result.stderr.contains("~/.zshrc"));
    }

    #[test]
    fn a_named_shell_wins() {
        let result = Runner::new()
            .prog_name("tool")
            .env("SHELL", "/usr/bin/zsh")
            .invoke(&tool(), ["--completion", "bash"]);
        assert_eq!(result.exit_code, 0);
        assert!(
            result
                .stdout
                .contains("complete -o nosort -F _tool_completion tool")
        );
        assert!(result.stdout.contains("_TOOL_COMPLETE=bash_complete"));
    }

    #[test]
    fn unknown_shells_are_usage_errors() {
        let result = Runner::new()
            .prog_name("tool")
            .env("SHELL", "/bin/sh")
            .invoke(&tool(), ["--completion"]);
        assert_eq!(result.exit_code, 2);
        assert!(result.stdout.is_empty());
        assert!(result.stderr.contains("Error: Invalid value for '--completion': cannot tell the shell from $SHELL ('/bin/sh')"), "{}", result.stderr);
        let result = Runner::new()
            .prog_name("tool")
            .invoke(&tool(), ["--completion", "tcsh"]);
        assert_eq!(result.exit_code, 2);
        assert!(
            result.stderr.contains("'tcsh' is not one of 'bash'"),
            "{}",
            result.stderr
        );
    }

    #[test]
    fn every_hint_names_the_program() {
        for shell in Shell::ALL {
            let hint = install_hint(shell, "tool");
            assert!(
                hint.contains(&format!("tool --completion {}", shell.name())),
                "{hint}"
            );
            assert!(hint.lines().all(|l| l.starts_with("# ")), "{hint}");
        }
    }
}
