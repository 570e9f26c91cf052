//! Click's `tests/test_normalization.py`: a `token_normalize` function
//! applied to option names, choices and command names.

use clack::types::Choice;
use clack::{Command, ContextSettings, Group, Opt, Output};

use crate::invoke;

fn lower() -> ContextSettings {
    ContextSettings::new().token_normalize(|s| s.to_lowercase())
}

#[test]
fn option_normalization() {
    let cli = Command::new("cli")
        .context_settings(lower())
        .param(Opt::new("--foo"))
        .param(Opt::new("-x"))
        .callback(|ctx| {
            clack::echo(ctx.get::<String>("foo")?.unwrap_or_default());
            clack::echo(ctx.get::<String>("x")?.unwrap_or_default());
            Ok(Output::none())
        });
    assert_eq!(
        invoke(&cli, &["--FOO", "42", "-X", "23"]).output,
        "42\n23\n"
    );
}

/// Choices are matched normalized (and case-insensitively), the original
/// choice is the value, and messages and help show them normalized.
#[test]
fn choice_normalization() {
    let cli = Command::new("cli")
        .context_settings(lower())
        .param(
            Opt::new("--method").ty(Choice::<String>::new([
                "SCREAMING_SNAKE_CASE",
                "snake_case",
                "PascalCase",
                "kebab-case",
            ])
            .case_sensitive(false)),
        )
        .callback(|ctx| {
            clack::echo(ctx.get::<String>("method")?.unwrap_or_default());
            Ok(Output::none())
        });
    let result = invoke(&cli, &["--METHOD=snake_case"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "snake_case\n");
    let result = invoke(&cli, &["--method=pascalcase"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "PascalCase\n");
    let result = invoke(&cli, &["--method=meh"]);
    assert_eq!(result.exit_code, 2);
    assert!(
        result.output.contains(
            "Invalid value for '--method': 'meh' is not one of \
             'screaming_snake_case', 'snake_case', 'pascalcase', 'kebab-case'."
        ),
        "{}",
        result.output
    );
    let result = invoke(&cli, &["--help"]);
    assert!(
        result
            .output
            .contains("--method [screaming_snake_case|snake_case|pascalcase|kebab-case]"),
        "{}",
        result.output
    );
}

#[test]
fn command_normalization() {
    let cli = Group::new("cli")
        .with(|c| c.context_settings(lower()))
        .command(Command::new("foo").callback(|_| {
            clack::echo("here!");
            Ok(Output::none())
        }))
        .into_command();
    assert_eq!(invoke(&cli, &["FOO"]).output, "here!\n");
}
