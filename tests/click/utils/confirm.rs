//! Click's `tests/test_utils/test_confirm.py`.

use clack::termui::confirm;
use clack::testing::Runner;
use clack::{Command, Opt, Output};

/// The runner writes each answer it feeds in after the question
/// (`Foo [y/N]: y`), as a terminal shows what is typed.
#[test]
fn prompts() {
    let asking = |default: Option<bool>| {
        Command::new("test").callback(move |_| {
            let yes = confirm("Foo").default(default).ask()?;
            clack::echo(if yes { "yes!" } else { "no :(" });
            Ok(Output::none())
        })
    };
    let cases = [
        (Some(false), "y\n", "Foo [y/N]: y\nyes!\n"),
        (Some(false), "\n", "Foo [y/N]: \nno :(\n"),
        (Some(false), "n\n", "Foo [y/N]: n\nno :(\n"),
        (Some(true), "y\n", "Foo [Y/n]: y\nyes!\n"),
        (Some(true), "\n", "Foo [Y/n]: \nyes!\n"),
        (Some(true), "n\n", "Foo [Y/n]: n\nno :(\n"),
    ];
    for (default, input, want) in cases {
        let result = Runner::new().input(input).invoke(&asking(default), [""; 0]);
        assert!(result.error.is_none(), "{}", result.output);
        assert_eq!(result.output, want, "{default:?} {input:?}");
    }
}

/// A boolean flag prompted with `default=None` (clack's `default_unset`)
/// shows no default (`[y/n]`) and asks again on an empty answer.
#[test]
fn confirm_repeat() {
    let cli = Command::new("cli").param(Opt::new("--a/--no-a").default_unset().prompt_auto());
    let result = Runner::new().input("\ny\n").invoke(&cli, [""; 0]);
    assert_eq!(
        result.output,
        "A [y/n]: \nError: invalid input\nA [y/n]: y\n"
    );
}
