//! Click's `tests/test_formatting.py`: how help pages are wrapped, how
//! usage errors look, and the width of styled text.

use std::ffi::OsString;

use clack::testing::{RunResult, Runner};
use clack::types::{Int, MetavarInfo};
use clack::{Arg, Command, Context, ContextSettings, Error, Group, Opt, ParamType};

use crate::invoke;

/// Run with `args` at the help width `width` (Click's `terminal_width=`).
fn at_width(cmd: &Command, width: usize, args: &[&str]) -> RunResult {
    Runner::new()
        .prog_name("cli")
        .settings(ContextSettings::new().terminal_width(width))
        .invoke(cmd, args.iter().copied())
}

fn lines(result: &RunResult) -> Vec<&str> {
    result.output.lines().collect()
}

#[test]
fn basic_functionality() {
    let cli = Command::new("cli").help(
        "First paragraph.

This is a very long second
paragraph and not correctly
wrapped but it will be rewrapped.

\x08
This is
a paragraph
without rewrapping.

\x08
1
 2
  3

And this is a paragraph
that will be rewrapped again.
",
    );
    let result = at_width(&cli, 60, &["--help"]);
    assert!(result.error.is_none() || result.exit_code == 0);
    assert_eq!(
        lines(&result),
        [
            "Usage: cli [OPTIONS]",
            "",
            "  First paragraph.",
            "",
            "  This is a very long second paragraph and not correctly",
            "  wrapped but it will be rewrapped.",
            "",
            "  This is",
            "  a paragraph",
            "  without rewrapping.",
            "",
            "  1",
            "   2",
            "    3",
            "",
            "  And this is a paragraph that will be rewrapped again.",
            "",
            "Options:",
            "  --help  Show this message and exit.",
        ]
    );
}

/// `cli GROUP command` with six arguments, help at width 54.
fn nested(group: &str) -> Command {
    let mut command = Command::new("command").help("A command.");
    for name in ["first", "second", "third", "fourth", "fifth", "sixth"] {
        command = command.param(Arg::new(name));
    }
    Group::new("cli")
        .help("Top level command")
        .command(Group::new(group).help("Second level").command(command))
        .into_command()
}

#[test]
fn wrapping_long_options_strings() {
    // 54: the second line would be one character too long.
    let result = at_width(
        &nested("a-very-long"),
        54,
        &["a-very-long", "command", "--help"],
    );
    assert_eq!(
        lines(&result),
        [
            "Usage: cli a-very-long command [OPTIONS] FIRST SECOND",
            "                               THIRD FOURTH FIFTH",
            "                               SIXTH",
            "",
            "  A command.",
            "",
            "Options:",
            "  --help  Show this message and exit.",
        ]
    );
}

#[test]
fn wrapping_long_command_name() {
    let group = "a-very-very-very-long";
    let result = at_width(&nested(group), 54, &[group, "command", "--help"]);
    assert_eq!(
        lines(&result),
        [
            "Usage: cli a-very-very-very-long command ",
            "           [OPTIONS] FIRST SECOND THIRD FOURTH FIFTH",
            "           SIXTH",
            "",
            "  A command.",
            "",
            "Options:",
            "  --help  Show this message and exit.",
        ]
    );
}

/// A docstring ending in a line of only spaces: no line has text to
/// dedent by, so the spaces stay and Click prints three empty lines.
#[test]
fn formatting_empty_help_lines() {
    let cli = Command::new("cli").help("Top level command\n\n    ");
    let result = invoke(&cli, &["--help"]);
    assert_eq!(
        lines(&result),
        [
            "Usage: cli [OPTIONS]",
            "",
            "  Top level command",
            "",
            "",
            "",
            "Options:",
            "  --help  Show this message and exit.",
        ]
    );
}

fn one_arg(cmd: Command, arg: Arg) -> Command {
    cmd.param(arg).callback(|_| Ok(clack::Output::none()))
}

fn usage_error(cmd: &Command, args: &[&str]) -> Vec<String> {
    let result = Runner::new()
        .prog_name("cmd")
        .invoke(cmd, args.iter().copied());
    assert_eq!(result.exit_code, 2, "{}", result.output);
    result.output.lines().map(str::to_string).collect()
}

#[test]
fn formatting_usage_error() {
    let cmd = one_arg(Command::new("cmd"), Arg::new("arg"));
    assert_eq!(
        usage_error(&cmd, &[]),
        [
            "Usage: cmd [OPTIONS] ARG",
            "Try 'cmd --help' for help.",
            "",
            "Error: Missing argument 'ARG'.",
        ]
    );
}

#[test]
fn formatting_usage_error_metavar_missing_arg() {
    let cmd = one_arg(Command::new("cmd"), Arg::new("arg").metavar("metavar"));
    assert_eq!(
        usage_error(&cmd, &[]),
        [
            "Usage: cmd [OPTIONS] metavar",
            "Try 'cmd --help' for help.",
            "",
            "Error: Missing argument 'metavar'.",
        ]
    );
}

#[test]
fn formatting_usage_error_metavar_bad_arg() {
    let cmd = one_arg(
        Command::new("cmd"),
        Arg::new("arg").ty(Int::<i64>::new()).metavar("metavar"),
    );
    assert_eq!(
        usage_error(&cmd, &["3.14"]),
        [
            "Usage: cmd [OPTIONS] metavar",
            "Try 'cmd --help' for help.",
            "",
            "Error: Invalid value for 'metavar': '3.14' is not a valid integer.",
        ]
    );
}

#[test]
fn formatting_usage_error_nested() {
    let cmd = Group::new("cmd")
        .command(one_arg(Command::new("foo"), Arg::new("bar")))
        .into_command();
    assert_eq!(
        usage_error(&cmd, &["foo"]),
        [
            "Usage: cmd foo [OPTIONS] BAR",
            "Try 'cmd foo --help' for help.",
            "",
            "Error: Missing argument 'BAR'.",
        ]
    );
}

#[test]
fn formatting_usage_error_no_help() {
    let cmd = one_arg(Command::new("cmd").add_help_option(false), Arg::new("arg"));
    assert_eq!(
        usage_error(&cmd, &[]),
        [
            "Usage: cmd [OPTIONS] ARG",
            "",
            "Error: Missing argument 'ARG'."
        ]
    );
}

#[test]
fn formatting_usage_custom_help() {
    let cmd = one_arg(
        Command::new("cmd").context_settings(ContextSettings::new().help_option_names(["--man"])),
        Arg::new("arg"),
    );
    assert_eq!(
        usage_error(&cmd, &[]),
        [
            "Usage: cmd [OPTIONS] ARG",
            "Try 'cmd --man' for help.",
            "",
            "Error: Missing argument 'ARG'.",
        ]
    );
}

/// The hint names the longest help option the subcommand has not taken
/// for an option of its own, and is left out when it has taken them all.
#[test]
fn formatting_usage_error_help_hint() {
    let cases: [(&[&str], Vec<Opt>, Option<&str>); 6] = [
        (
            &["-h", "--help"],
            vec![],
            Some("Try 'cli foo --help' for help."),
        ),
        (
            &["-h", "--help"],
            vec![Opt::new(["--host", "-h"])],
            Some("Try 'cli foo --help' for help."),
        ),
        (
            &["-h", "--help"],
            vec![Opt::new(["--help-file", "--help"])],
            Some("Try 'cli foo -h' for help."),
        ),
        (
            &["-h", "--help"],
            vec![
                Opt::new(["--host", "-h"]),
                Opt::new(["--help-file", "--help"]),
            ],
            None,
        ),
        (&["--man"], vec![], Some("Try 'cli foo --man' for help.")),
        (
            &["-h", "--help", "--info"],
            vec![Opt::new(["--info-file", "--info"])],
            Some("Try 'cli foo --help' for help."),
        ),
    ];
    for (names, options, hint) in cases {
        let mut foo = Command::new("foo").param(Arg::new("required_arg"));
        for option in options {
            foo = foo.param(option);
        }
        let cli = Group::new("cli")
            .with(|c| {
                c.context_settings(ContextSettings::new().help_option_names(names.iter().copied()))
            })
            .command(foo.callback(|_| Ok(clack::Output::none())))
            .into_command();
        let result = invoke(&cli, &["foo"]);
        assert_eq!(result.exit_code, 2, "{names:?}: {}", result.output);
        let lines = lines(&result);
        assert_eq!(
            lines[0], "Usage: cli foo [OPTIONS] REQUIRED_ARG",
            "{names:?}"
        );
        assert_eq!(
            *lines.last().unwrap(),
            "Error: Missing argument 'REQUIRED_ARG'.",
            "{names:?}"
        );
        match hint {
            Some(hint) => assert!(lines.contains(&hint), "{names:?}: {}", result.output),
            None => assert!(
                !lines.iter().any(|l| l.starts_with("Try ")),
                "{names:?}: {}",
                result.output
            ),
        }
    }
}

/// A type with a metavar of its own.
struct MyType;

impl ParamType for MyType {
    type Value = String;

    fn name(&self) -> String {
        "mytype".into()
    }

    fn metavar(&self, _info: &MetavarInfo) -> Option<String> {
        Some("MY_TYPE".into())
    }

    fn convert(&self, value: OsString, _ctx: Option<&Context>) -> Result<String, Error> {
        Ok(value.to_string_lossy().into_owned())
    }
}

#[test]
fn formatting_custom_type_metavar() {
    let cmd = Command::new("foo").param(Arg::new("param").ty(MyType));
    let result = Runner::new().invoke(&cmd, ["--help"]);
    assert!(result.success(), "{}", result.output);
    assert_eq!(
        lines(&result),
        [
            "Usage: foo [OPTIONS] MY_TYPE",
            "",
            "Options:",
            "  --help  Show this message and exit.",
        ]
    );
}

/// The help text ends at `\f`.
#[test]
fn truncating_docstring() {
    let cli = Command::new("cli").help(
        "First paragraph.

This is a very long second
paragraph and not correctly
wrapped but it will be rewrapped.
\x0c

:param click.core.Context ctx: Click context.
",
    );
    assert_eq!(
        lines(&at_width(&cli, 60, &["--help"])),
        [
            "Usage: cli [OPTIONS]",
            "",
            "  First paragraph.",
            "",
            "  This is a very long second paragraph and not correctly",
            "  wrapped but it will be rewrapped.",
            "",
            "Options:",
            "  --help  Show this message and exit.",
        ]
    );
}

#[test]
fn truncating_docstring_no_help() {
    let cli = Command::new("cli").help("\n\x0c\n\nThis text should be truncated.\n");
    assert_eq!(
        lines(&at_width(&cli, 60, &["--help"])),
        [
            "Usage: cli [OPTIONS]",
            "",
            "Options:",
            "  --help  Show this message and exit.",
        ]
    );
}

/// The `\b` marker never shows, also not in the short help of a group's
/// command list.
#[test]
fn removing_multiline_marker() {
    let cli = Group::new("cli")
        .command(Command::new("cmd1").help(
            "\x08
This is command with a multiline help text
which should not be rewrapped.
The output of the short help text should
not contain the multiline marker.
",
        ))
        .into_command();
    let result = invoke(&cli, &["--help"]);
    assert!(!result.output.contains('\x08'), "{:?}", result.output);
    assert!(result.output.contains("cmd1"), "{}", result.output);
}

/// The context's `show_default` shows an option's default, but not the
/// help option's.
#[test]
fn global_show_default() {
    let cli = Command::new("cli")
        .context_settings(ContextSettings::new().show_default(true))
        .param(
            Opt::new(["-f", "in_file"])
                .default("out.txt")
                .help("Output file name"),
        );
    assert_eq!(
        lines(&invoke(&cli, &["--help"])),
        [
            "Usage: cli [OPTIONS]",
            "",
            "Options:",
            "  -f TEXT  Output file name  [default: out.txt]",
            "  --help   Show this message and exit.",
        ]
    );
}

#[test]
fn formatting_with_options_metavar_empty() {
    let cli = Command::new("cli")
        .options_metavar(Some(""))
        .param(Arg::new("var"));
    let result = invoke(&cli, &["--help"]);
    assert!(
        result.output.contains("Usage: cli VAR\n"),
        "{}",
        result.output
    );
}

/// Click calls `HelpFormatter.write_text` at an indent of 2 and a width of
/// 29; a command's help text at that width is written the same way.
#[test]
fn help_formatter_write_text() {
    let cli = Command::new("cli").help("Lorem ipsum dolor sit amet, consectetur adipiscing elit");
    let result = at_width(&cli, "  Lorem ipsum dolor sit amet,".len(), &["--help"]);
    assert!(
        result
            .output
            .contains("\n  Lorem ipsum dolor sit amet,\n  consectetur adipiscing elit\n"),
        "{:?}",
        result.output
    );
}

/// Styled help text wraps on its visible width: the lines of a styled
/// text, unstyled, are those of the plain text. (Click's case of a styled
/// `initial_indent` has no counterpart: clack's formatter is internal and
/// its indents are plain.)
#[test]
fn wrap_text_visible_width() {
    let bodies: [(&str, usize); 4] = [
        (
            "\x1b[31malpha\x1b[0m \x1b[31mbeta\x1b[0m \x1b[31mgamma\x1b[0m \x1b[31mdelta\x1b[0m",
            15,
        ),
        ("\x1b[31mabcdefghij\x1b[0m", 5),
        (
            "\x1b[38:2:255:0:0malpha\x1b[0m \x1b[38:2:0:255:0mbeta\x1b[0m \
             \x1b[38:2:0:0:255mgamma\x1b[0m \x1b[38:2:9:9:9mdelta\x1b[0m",
            15,
        ),
        ("\x1b[<0;1;1malpha beta gamma delta\x1b[<0;1;1m", 15),
    ];
    // The help text is written at an indent of 2, so the page is 2 wider.
    let page = |text: &str, width: usize| {
        let cli = Command::new("c").help(text);
        at_width(&cli, width + 2, &["--help"]).output
    };
    for (body, width) in bodies {
        let styled = clack::termui::unstyle(&page(body, width));
        let plain = page(&clack::termui::unstyle(body), width);
        assert_eq!(styled, plain, "{body:?}");
    }
}

/// Click's `HelpFormatter.write_usage`, through the usage lines of
/// commands: the program alone when there is nothing after it (also when
/// it fills the width), and one space before what follows. (Click's custom
/// `prefix` and indented cases have no counterpart: clack's formatter is
/// internal.)
#[test]
fn help_formatter_write_usage() {
    let bare = |name: &str| Command::new(name).options_metavar(None);
    let first_line = |cmd: &Command, width: Option<usize>| {
        let runner = Runner::new();
        let runner = match width {
            Some(w) => runner.settings(ContextSettings::new().terminal_width(w)),
            None => runner,
        };
        let result = runner.invoke(cmd, ["--help"]);
        assert!(result.success(), "{}", result.output);
        let mut lines = result.output.lines().map(str::to_string);
        (
            lines.next().unwrap_or_default(),
            lines.next().unwrap_or_default(),
        )
    };
    let usage = |line: &str| (line.to_string(), String::new());
    assert_eq!(first_line(&bare("Program"), None), usage("Usage: Program"));
    assert_eq!(
        first_line(&bare("VeryLongProgramName"), Some(20)),
        usage("Usage: VeryLongProgramName")
    );
    assert_eq!(
        first_line(&Command::new("Program"), None),
        usage("Usage: Program [OPTIONS]")
    );
}

/// A command without parameters whose options metavar is empty or absent
/// has a usage line of its name alone, without a trailing space.
#[test]
fn command_write_usage_no_args() {
    for metavar in [Some(""), None] {
        let cli = Command::new("cli").options_metavar(metavar);
        let result = invoke(&cli, &["--help"]);
        assert_eq!(
            result.output.lines().next(),
            Some("Usage: cli"),
            "{metavar:?}"
        );
    }
}

/// Not a Click test: the `Runner` renders help 80 wide as Click's
/// `CliRunner` does (`FORCED_WIDTH`), ignoring `max_content_width` and
/// `COLUMNS`, while a `terminal_width` the command sets for itself wins.
#[test]
fn runner_forces_help_width_80() {
    // A line of 79 columns fits at 80, not at 78.
    let text = format!("{} y", "x".repeat(77));
    let widest = |cmd: &Command, runner: Runner| {
        let out = runner.invoke(cmd, ["--help"]).stdout;
        out.lines().map(str::len).max().unwrap_or(0)
    };
    let cmd = Command::new("cli").help(text.as_str());
    assert_eq!(widest(&cmd, Runner::new()), 79);
    assert_eq!(widest(&cmd, Runner::new().env("COLUMNS", "50")), 79);
    let capped = cmd
        .clone()
        .context_settings(ContextSettings::new().max_content_width(60));
    assert_eq!(widest(&capped, Runner::new()), 79);
    let own = cmd.context_settings(ContextSettings::new().terminal_width(60));
    assert!(widest(&own, Runner::new()) <= 60);
}
