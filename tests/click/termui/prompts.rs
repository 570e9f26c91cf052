//! Click's `tests/test_termui.py`: prompts of options and of
//! `click.prompt` / `click.confirm`.

use clack::termui::{confirm, prompt, style};
use clack::testing::Runner;
use clack::types::{Choice, Int};
use clack::{Command, Opt, Output};

/// Run `cmd` with no arguments and `input`.
fn answer(cmd: &Command, args: &[&str], input: &str) -> clack::testing::RunResult {
    Runner::new()
        .prog_name("cli")
        .input(input)
        .invoke(cmd, args.iter().copied())
}

/// A command whose callback returns the string value of `name`.
fn returning_text(opt: Opt, name: &'static str) -> Command {
    Command::new("cli")
        .param(opt)
        .callback(move |ctx| Ok(Output::new(ctx.get::<String>(name)?)))
}

#[test]
fn choices_list_in_prompt() {
    let choice = || Choice::new(["none", "day", "week", "month"]);
    let with = Command::new("cli").param(Opt::new("-g").ty(choice()).prompt_auto());
    let without = Command::new("cli").param(
        Opt::new("-g")
            .ty(choice())
            .prompt_auto()
            .show_choices(false),
    );
    assert!(
        answer(&with, &[], "none")
            .output
            .contains("(none, day, week, month)")
    );
    assert!(
        !answer(&without, &[], "none")
            .output
            .contains("(none, day, week, month)")
    );
}

/// A file option's default path is shown in the prompt as given, and an
/// empty answer takes it. (The `\n` after the prompt is the runner
/// echoing the empty answer.)
#[test]
fn file_prompt_default_format() {
    let here = file!();
    let cmd = Command::new("cli")
        .param(
            Opt::new("-f")
                .default(here)
                .prompt("file")
                .ty(clack::types::File::new("r").lazy(true)),
        )
        .callback(|ctx| {
            let f: clack::types::LazyFile = ctx.take_required("f")?;
            clack::echo(f.name().to_string_lossy());
            Ok(Output::none())
        });
    let result = answer(&cmd, &[], "\n");
    assert_eq!(result.output, format!("file [{here}]: \n{here}\n"));
}

#[test]
fn prompt_required_with_required() {
    let cases: [(bool, bool, &[&str], &str); 4] = [
        (true, false, &[], "prompt"),
        (true, false, &["-v"], "Option '-v' requires an argument."),
        (false, true, &[], "prompt"),
        (false, true, &["-v"], "prompt"),
    ];
    for (prompt_required, required, args, expect) in cases {
        let cmd = Command::new("cli")
            .param(
                Opt::new("-v")
                    .prompt_auto()
                    .prompt_required(prompt_required)
                    .required(required),
            )
            .callback(|ctx| {
                clack::echo(ctx.get::<String>("v")?.unwrap_or_default());
                Ok(Output::none())
            });
        let result = answer(&cmd, args, "prompt");
        assert!(
            result.output.contains(expect),
            "{args:?}: {}",
            result.output
        );
    }
}

/// With `prompt_required(false)`, the option prompts only when given
/// without a value, and never takes the next option as its value.
#[test]
fn prompt_required_false() {
    let cmd = Command::new("cli")
        .param(
            Opt::new(["-v", "--value"])
                .prompt_auto()
                .prompt_required(false),
        )
        .param(Opt::new("-o"))
        .callback(|ctx| {
            let value = ctx.get::<String>("value")?;
            let o = ctx.get::<String>("o")?;
            Ok(Output::new((value, o)))
        });
    let cases: [(&[&str], Option<&str>, Option<&str>); 8] = [
        (&[], None, None),
        (&["-v", "value"], Some("value"), None),
        (&["--value", "value"], Some("value"), None),
        (&["-vvalue"], Some("value"), None),
        (&["--value=value"], Some("value"), None),
        (&["-v"], Some("prompt"), None),
        (&["--value"], Some("prompt"), None),
        (&["-v", "-o", "42"], Some("prompt"), Some("42")),
    ];
    for (args, value, o) in cases {
        let result = answer(&cmd, args, "prompt");
        assert!(result.error.is_none(), "{args:?}: {}", result.output);
        let got: (Option<String>, Option<String>) = crate::returned(result);
        assert_eq!((got.0.as_deref(), got.1.as_deref()), (value, o), "{args:?}");
    }
}

#[test]
fn confirmation_prompt() {
    // (prompt text, input, default, expected value)
    type Case<'a> = (Option<&'a str>, &'a str, Option<&'a str>, Option<&'a str>);
    let cases: [Case; 4] = [
        (Some(""), "password\npassword", None, Some("password")),
        (
            Some("Confirm Password"),
            "password\npassword\n",
            None,
            Some("password"),
        ),
        (Some(""), "\n\n", Some(""), Some("")),
        (None, "", None, None),
    ];
    for (confirm_text, input, default, expect) in cases {
        let mut opt = Opt::new("--password").hide_input(true);
        if let Some(text) = confirm_text {
            opt = opt.prompt_auto();
            opt = if text.is_empty() {
                opt.confirmation_prompt(true)
            } else {
                opt.confirmation_prompt_text(text)
            };
        }
        if let Some(d) = default {
            opt = opt.default(d);
        }
        let result = answer(&returning_text(opt, "password"), &[], input);
        assert!(
            result.error.is_none(),
            "{confirm_text:?}: {}",
            result.output
        );
        if confirm_text == Some("Confirm Password") {
            assert!(
                result.output.contains("Confirm Password: "),
                "{}",
                result.output
            );
        }
        let got: Option<String> = crate::returned(result);
        assert_eq!(got.as_deref(), expect, "{confirm_text:?}");
    }
}

/// Styles in a prompt are kept only when colour is on. (The answer after
/// the prompt is the runner echoing it.)
#[test]
fn prompt_and_confirm_ansi_respects_color() {
    let confirming = Command::new("cli").callback(|_| {
        confirm(
            &style("Hello World!")
                .fg(clack::termui::AnsiColor::Green)
                .to_string(),
        )
        .ask()?;
        Ok(Output::none())
    });
    let prompting = Command::new("cli").callback(|_| {
        prompt(
            &style("Name")
                .fg(clack::termui::AnsiColor::Green)
                .to_string(),
        )
        .ask()?;
        Ok(Output::none())
    });
    let cases = [
        (&confirming, "y", false, "Hello World! [y/N]: y\n"),
        (
            &confirming,
            "y",
            true,
            "\x1b[32mHello World!\x1b[0m [y/N]: y\n",
        ),
        (&prompting, "Bob", false, "Name: Bob\n"),
        (&prompting, "Bob", true, "\x1b[32mName\x1b[0m: Bob\n"),
    ];
    for (cmd, input, color, want) in cases {
        let result = Runner::new()
            .input(input)
            .terminal(color)
            .invoke(cmd, [""; 0]);
        assert_eq!(result.output, want);
    }
}

#[test]
fn false_show_default_cause_no_default_display_in_prompt() {
    let cmd = Command::new("cmd").param(
        Opt::new("--arg1")
            .show_default(false)
            .prompt_auto()
            .default("my-default-value"),
    );
    let result = answer(&cmd, &[], "my-input");
    assert!(
        !result.output.contains("my-default-value"),
        "{}",
        result.output
    );
}

/// A text given as `show_default` stands in the prompt, in parentheses,
/// for the real default; an empty one shows no default.
#[test]
fn string_show_default_in_prompt() {
    type Case<'a> = (
        &'a str,
        Option<&'a str>,
        &'a str,
        Option<&'a str>,
        Option<&'a str>,
    );
    let cases: [Case; 6] = [
        (
            "custom",
            Some("actual"),
            "\n",
            Some("(custom)"),
            Some("actual"),
        ),
        (
            "custom label",
            Some("actual"),
            "\n",
            Some("(custom label)"),
            Some("actual"),
        ),
        ("∞", Some("0"), "\n", Some("(∞)"), None),
        (
            "unlimited",
            Some("42"),
            "\n",
            Some("(unlimited)"),
            Some("42"),
        ),
        (
            "computed at runtime",
            None,
            "value\n",
            Some("(computed at runtime)"),
            None,
        ),
        ("", Some("actual"), "\n", None, Some("actual")),
    ];
    for (shown, default, input, in_prompt, not_in_prompt) in cases {
        let mut opt = Opt::new("--arg1").prompt_auto().show_default_text(shown);
        if shown.is_empty() {
            opt = opt.show_default(false);
        }
        if let Some(d) = default {
            opt = opt.default(d);
        }
        let cmd = Command::new("cmd").param(opt);
        let result = answer(&cmd, &[], input);
        let prompt_line = result.output.split('\n').next().unwrap_or_default();
        if let Some(text) = in_prompt {
            assert!(prompt_line.contains(text), "{shown:?}: {prompt_line:?}");
        }
        if let Some(text) = not_in_prompt {
            assert!(!prompt_line.contains(text), "{shown:?}: {prompt_line:?}");
        }
    }
}

/// A custom type that refuses a value with the message `refuse` makes for
/// it (or takes it as it is).
#[derive(Clone)]
struct Refuse(fn(&str) -> Option<String>);

impl clack::ParamType for Refuse {
    type Value = String;
    fn name(&self) -> String {
        "password".into()
    }
    fn convert(
        &self,
        value: std::ffi::OsString,
        _ctx: Option<&clack::Context>,
    ) -> Result<String, clack::Error> {
        let text = value.to_string_lossy().into_owned();
        match (self.0)(&text) {
            Some(message) => Err(clack::Error::bad_parameter(message)),
            None => Ok(text),
        }
    }
}

/// Too short: the message names the value unquoted.
fn long_password() -> Refuse {
    Refuse(|s| (s.chars().count() < 10).then(|| format!("{s} is too short")))
}

/// A hidden answer never shows in the error message that refuses it: it
/// is masked as `'***'`, and messages that do not name it are kept.
#[test]
fn hide_input_error_message() {
    fn check(opt: Opt, input: &str, expected: &str, unexpected: Option<&str>) {
        let cmd = Command::new("cli").param(opt.prompt_auto().hide_input(true));
        let result = answer(&cmd, &[], input);
        assert!(
            result.output.contains(expected),
            "{input}: {}",
            result.output
        );
        if let Some(text) = unexpected {
            assert!(!result.output.contains(text), "{input}: {}", result.output);
        }
    }
    check(
        Opt::new("--password").ty(Int::<i64>::new()),
        "bad",
        "'***' is not a valid integer",
        Some("bad"),
    );
    check(
        Opt::new("--password").ty(long_password()),
        "PASSWORD",
        "'***' is too short",
        Some("PASSWORD"),
    );
    check(
        Opt::new("--password").ty(Int::<i64>::range(10, 99)),
        "1",
        "is not in the range",
        None,
    );
    check(
        Opt::new("--password").ty(Refuse(|_| {
            Some("Authentication failed for this account".into())
        })),
        "ent",
        "Authentication failed for this account",
        None,
    );
    check(
        Opt::new("--password").ty(Refuse(|s| Some(format!("got {s} but {s} is bad")))),
        "secret",
        "got '***' but '***' is bad",
        Some("secret"),
    );
    check(
        Opt::new("--password").ty(long_password()),
        "a.b*c+",
        "'***' is too short",
        Some("a.b*c+"),
    );
    check(
        Opt::new("--password").ty(long_password()),
        "пароль",
        "'***' is too short",
        Some("пароль"),
    );
}

#[test]
fn hide_input_confirmation_prompt_mismatch_unaffected() {
    let cmd = Command::new("cli")
        .param(
            Opt::new("--password")
                .prompt_auto()
                .confirmation_prompt(true)
                .hide_input(true),
        )
        .callback(|ctx| {
            clack::echo(format!("got: {}", ctx.take_required::<String>("password")?));
            Ok(Output::none())
        });
    let result = answer(&cmd, &[], "firstone\nsecondone\nfinalone\nfinalone\n");
    assert!(
        result
            .output
            .contains("Error: The two entered values do not match."),
        "{}",
        result.output
    );
    assert!(!result.output.contains("firstone"));
    assert!(!result.output.contains("secondone"));
    assert!(result.output.contains("got: finalone"));
    assert_eq!(result.exit_code, 0);
}

#[test]
fn hide_input_value_never_leaks_when_err_true() {
    let cmd = Command::new("cli").callback(|_| {
        let value = prompt("Password")
            .hide_input(true)
            .err(true)
            .ty(long_password())
            .ask();
        let _ = value;
        Ok(Output::none())
    });
    let result = answer(&cmd, &[], "leaky\n");
    assert!(!result.stdout.contains("leaky"), "{}", result.stdout);
    assert!(!result.stderr.contains("leaky"), "{}", result.stderr);
}
