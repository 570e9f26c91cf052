//! Click's `tests/test_utils/test_echo.py`.

use clack::termui::{AnsiColor, confirm, prompt, style};
use clack::testing::{RunResult, Runner};
use clack::{Command, ContextSettings, Output};

fn run(runner: Runner, f: fn() -> clack::Result<()>) -> RunResult {
    let cmd = Command::new("cli").callback(move |_| {
        f()?;
        Ok(Output::none())
    });
    runner.invoke(&cmd, [""; 0])
}

/// Text, numbers and styled text are written as given, styles dropped
/// only when not shown. (Click's cases of `bytes` and `bytearray` are
/// Python values; clack echoes text.)
#[test]
fn echo() {
    let result = run(Runner::new().terminal(true), || {
        clack::echo("\u{2603}");
        clack::echo("DD");
        clack::echo_no_nl(42.to_string());
        clack::echo_no_nl("a");
        clack::echo_no_nl("\x1b[31mx\x1b[39m");
        Ok(())
    });
    assert_eq!(
        result.stdout.as_bytes(),
        b"\xe2\x98\x83\nDD\n42a\x1b[31mx\x1b[39m"
    );
}

/// Styles are kept on a terminal and dropped elsewhere, unless the
/// context's `color` says otherwise.
#[test]
fn echo_color_flag() {
    let styled = style("foo").fg(AnsiColor::Red).to_string();
    assert_eq!(styled, "\x1b[31mfoo\x1b[0m");
    let echo_styled = || {
        clack::echo(style("foo").fg(AnsiColor::Red).to_string());
        Ok(())
    };
    let cases = [
        (true, Some(false), "foo\n".to_string()),
        (true, Some(true), format!("{styled}\n")),
        (true, None, format!("{styled}\n")),
        (false, None, "foo\n".to_string()),
        (false, Some(true), format!("{styled}\n")),
    ];
    for (tty, color, want) in cases {
        let mut runner = Runner::new().terminal(tty);
        if let Some(color) = color {
            runner = runner.settings(ContextSettings::new().color(color));
        }
        assert_eq!(
            run(runner, echo_styled).stdout,
            want,
            "tty={tty} color={color:?}"
        );
    }
}

/// `err` sends echoes, prompts and confirmations to standard error, and
/// nothing of them to standard output.
#[test]
fn echo_writing_to_standard_error() {
    let check = |input: &str, f: fn() -> clack::Result<()>, out: &str, err: &str| {
        let result = run(Runner::new().input(input), f);
        assert_eq!((result.stdout.as_str(), result.stderr.as_str()), (out, err));
    };
    check(
        "",
        || {
            clack::echo("Echo to standard output");
            Ok(())
        },
        "Echo to standard output\n",
        "",
    );
    check(
        "",
        || {
            clack::echo_err("Echo to standard error");
            Ok(())
        },
        "",
        "Echo to standard error\n",
    );
    // Click reads the process's standard input here, which `input()` does
    // not echo; clack's runner, like Click's `CliRunner`, writes the answer
    // it feeds in after the question.
    check(
        "asdlkj\n",
        || prompt("Prompt to stdin").ask().map(drop),
        "Prompt to stdin: asdlkj\n",
        "",
    );
    check(
        "asdlkj\n",
        || {
            prompt("Prompt to stdin with no suffix")
                .suffix("")
                .ask()
                .map(drop)
        },
        "Prompt to stdin with no suffixasdlkj\n",
        "",
    );
    let err = run(Runner::new().input("asdlkj\n"), || {
        prompt("Prompt to stderr").err(true).ask().map(drop)
    });
    assert!(
        err.stderr.starts_with("Prompt to stderr: "),
        "{:?}",
        err.stderr
    );
    assert!(!err.stdout.contains("Prompt to stderr"), "{:?}", err.stdout);
    check(
        "y\n",
        || confirm("Prompt to stdin").ask().map(drop),
        "Prompt to stdin [y/N]: y\n",
        "",
    );
    let err = run(Runner::new().input("y\n"), || {
        confirm("Prompt to stderr").err(true).ask().map(drop)
    });
    assert!(
        err.stderr.starts_with("Prompt to stderr [y/N]: "),
        "{:?}",
        err.stderr
    );
    assert!(!err.stdout.contains("Prompt to stderr"), "{:?}", err.stdout);
}
