//! Click's `tests/test_utils/test_prompt.py`.

use std::ffi::OsString;

use clack::termui::{confirm, prompt};
use clack::testing::{RunResult, Runner};
use clack::types::Int;
use clack::{Command, Context, Error, Output, ParamType};

/// Run `f` as a command's callback with `input`; it returns what to echo.
fn asking(input: &str, f: fn() -> clack::Result<String>) -> RunResult {
    let cmd = Command::new("cli").callback(move |_| {
        clack::echo(f()?);
        Ok(Output::none())
    });
    Runner::new().input(input).invoke(&cmd, [""; 0])
}

/// An empty answer takes the default, converted by the type.
#[test]
fn prompt_cast_default() {
    let result = asking("\n", || {
        let value: i64 = prompt("value").default("100").ty(Int::<i64>::new()).ask()?;
        Ok(value.to_string())
    });
    assert!(result.stdout.ends_with("100\n"), "{}", result.output);
}

struct Doubling;

impl ParamType for Doubling {
    type Value = i64;
    fn name(&self) -> String {
        "doubling".into()
    }
    fn convert(&self, value: OsString, _: Option<&Context>) -> Result<i64, Error> {
        let n: i64 = value
            .to_string_lossy()
            .parse()
            .map_err(|_| Error::bad_parameter("not a number"))?;
        Ok(n * 2)
    }
}

/// The default goes through the type too.
#[test]
fn prompt_default_round_trips_through_type() {
    let result = asking("\n", || {
        Ok(prompt("value").default(5).ty(Doubling).ask()?.to_string())
    });
    assert!(result.stdout.ends_with("10\n"), "{}", result.output);
}

/// A default the type refuses is not taken: the prompt asks again.
#[test]
fn prompt_default_validated_by_type() {
    let result = asking("\n7\n", || {
        Ok(prompt("value")
            .default(100)
            .ty(Int::<i64>::range(0, 10))
            .ask()?
            .to_string())
    });
    assert!(result.stdout.ends_with("7\n"), "{}", result.output);
}

/// The whole question is written before the answer is read.
#[test]
fn full_prompt_passed_to_readline() {
    type Ask = fn() -> clack::Result<String>;
    let cases: [(Ask, &str); 4] = [
        (|| prompt("Name").ask(), "Name: "),
        (|| prompt("Pw").hide_input(true).ask(), "Pw: "),
        (|| prompt("IP").suffix(".").ask(), "IP."),
        (|| confirm("OK").ask().map(|b| b.to_string()), "OK [y/N]: "),
    ];
    for (f, want) in cases {
        let result = asking("y\n", f);
        assert!(
            result.output.starts_with(want),
            "{want:?}: {:?}",
            result.output
        );
    }
}

/// Too few lines of input for the prompts: the command ends (exit 1)
/// instead of waiting.
#[test]
fn prompts_eof() {
    let cmd = Command::new("echo").callback(|_| {
        for _ in 0..3 {
            let n: i64 = prompt("").ty(Int::<i64>::new()).ask()?;
            clack::echo(n.to_string());
        }
        Ok(Output::none())
    });
    let result = Runner::new().input("1\n2\n").invoke(&cmd, [""; 0]);
    assert_eq!(result.exit_code, 1, "{}", result.output);
}
