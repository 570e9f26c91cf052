//! Click's `tests/test_termui.py` `test_flag_value_prompt`: how a flag is
//! prompted for and what it holds, for each combination of `prompt`,
//! `required`, `default` and `flag_value`. Click runs these with
//! `standalone_mode=False`; the runner here is standalone, so a missing or
//! bad value is the usage error (exit 2) and an unanswered prompt ends in
//! `Aborted!` (exit 1). Rows with Python's `flag_value=None` have no Rust
//! counterpart and are left out.

use clack::testing::Runner;
use clack::{Command, Context, Opt, Output};

/// A `default` or `flag_value` as the Click test writes it; `None` in the
/// row is "not given".
#[derive(Clone, Copy, Debug)]
enum V {
    /// Click's `None` (clack's `default_unset`).
    Null,
    Bool(bool),
    Str(&'static str),
}

/// What the command should print.
#[derive(Clone, Copy, Debug)]
enum Want {
    Value(&'static str),
    /// The answer is not taken: the prompt is asked again (input runs out).
    Repeat,
    /// "Error: invalid input", then the prompt again.
    Invalid,
    /// A usage error naming the option (Click's MissingParameter or
    /// BadParameter).
    UsageError(&'static str),
}

struct Row {
    decl: &'static str,
    prompt: bool,
    required: bool,
    default: Option<V>,
    flag_value: Option<V>,
    args: &'static [&'static str],
    shown: Option<&'static str>,
    input: Option<&'static str>,
    want: Want,
}

/// Python's `repr` of the flag's value, whatever its type.
fn repr(ctx: &Context) -> String {
    if let Ok(v) = ctx.get::<bool>("flag") {
        return match v {
            Some(true) => "True".into(),
            Some(false) => "False".into(),
            None => "None".into(),
        };
    }
    match ctx.get::<String>("flag") {
        Ok(Some(s)) => format!("'{s}'"),
        Ok(None) => "None".into(),
        Err(e) => format!("<{e}>"),
    }
}

fn command(row: &Row) -> Command {
    let mut opt = Opt::new(row.decl);
    if row.prompt {
        opt = opt.prompt_auto();
    }
    if row.required {
        opt = opt.required(true);
    }
    opt = match row.flag_value {
        None => opt,
        Some(V::Bool(b)) => opt.flag_value(b),
        Some(V::Str(s)) => opt.flag_value(s),
        Some(V::Null) => unreachable!("left out"),
    };
    opt = match row.default {
        None => opt,
        Some(V::Null) => opt.default_unset(),
        Some(V::Bool(b)) => opt.default(b),
        Some(V::Str(s)) => opt.default(s),
    };
    Command::new("cli").param(opt).callback(|ctx| {
        clack::echo(repr(ctx));
        Ok(Output::none())
    })
}

fn check(row: &Row) {
    let mut runner = Runner::new().prog_name("cli");
    if let Some(input) = row.input {
        runner = runner.input(format!("{input}\n"));
    }
    let result = runner.invoke(&command(row), row.args.iter().copied());
    let what = format!(
        "{} prompt={} required={} default={:?} flag_value={:?} args={:?} input={:?}",
        row.decl, row.prompt, row.required, row.default, row.flag_value, row.args, row.input
    );
    let asked = row.shown.map(|shown| {
        let suffix = if shown.is_empty() {
            String::new()
        } else {
            format!(" {shown}")
        };
        format!("Flag{suffix}: ")
    });
    let mut expected = String::new();
    if let (Some(asked), Some(input)) = (&asked, row.input) {
        expected.push_str(&format!("{asked}{input}\n"));
    }
    match row.want {
        Want::Value(v) => {
            expected.push_str(&format!("{v}\n"));
            assert_eq!(result.exit_code, 0, "{what}: {}", result.stderr);
            assert_eq!(result.stdout, expected, "{what}");
        }
        Want::Repeat | Want::Invalid => {
            if matches!(row.want, Want::Invalid) {
                expected.push_str("Error: invalid input\n");
            }
            expected.push_str(asked.as_deref().unwrap_or_default());
            assert_eq!(result.exit_code, 1, "{what}");
            assert_eq!(result.stdout, expected, "{what}");
            assert_eq!(result.stderr, "Aborted!\n", "{what}");
        }
        Want::UsageError(message) => {
            assert_eq!(result.exit_code, 2, "{what}: {}", result.stdout);
            assert_eq!(result.stdout, "", "{what}");
            assert!(result.stderr.contains(message), "{what}: {}", result.stderr);
        }
    }
}

const B: &str = "--flag/--no-flag";
const F: &str = "--flag";
const T: Option<V> = Some(V::Bool(true));
const FA: Option<V> = Some(V::Bool(false));
const NULL: Option<V> = Some(V::Null);

/// A prompted row: flag declaration, default, flag value, shown default,
/// input, expected.
fn asked(
    decl: &'static str,
    default: Option<V>,
    flag_value: Option<V>,
    shown: &'static str,
    input: &'static str,
    want: Want,
) -> Row {
    Row {
        decl,
        prompt: true,
        required: false,
        default,
        flag_value,
        args: &[],
        shown: Some(shown),
        input: Some(input),
        want,
    }
}

/// A row answered by the command line or the default, without a prompt.
fn given(prompt: bool, default: Option<V>, args: &'static [&'static str], want: Want) -> Row {
    Row {
        decl: B,
        prompt,
        required: !prompt,
        default,
        flag_value: None,
        args,
        shown: None,
        input: None,
        want,
    }
}

#[test]
fn flag_value_prompt() {
    use Want::{Invalid, Repeat, UsageError, Value};
    let foo = Some(V::Str("foo"));
    let on = Some(V::Str("on"));
    let off = Some(V::Str("off"));
    let mut rows = vec![
        asked(B, None, None, "[y/N]", "y", Value("True")),
        asked(B, None, None, "[y/N]", "n", Value("False")),
        asked(B, None, None, "[y/N]", "", Value("False")),
        asked(B, T, None, "[Y/n]", "", Value("True")),
        asked(B, T, None, "[Y/n]", "y", Value("True")),
        asked(B, T, None, "[Y/n]", "n", Value("False")),
        asked(B, FA, None, "[y/N]", "", Value("False")),
        asked(B, FA, None, "[y/N]", "y", Value("True")),
        asked(B, FA, None, "[y/N]", "n", Value("False")),
        asked(B, NULL, None, "[y/n]", "y", Value("True")),
        asked(B, NULL, None, "[y/n]", "n", Value("False")),
        given(
            false,
            None,
            &[],
            UsageError("Error: Missing option '--flag'.\n"),
        ),
        given(false, T, &[], Value("True")),
        given(false, FA, &[], Value("False")),
        given(false, NULL, &[], Value("None")),
        given(false, on, &[], Value("True")),
        given(false, off, &[], Value("False")),
        asked(B, foo, None, "[Y/n]", "", Value("True")),
        asked(B, foo, None, "[Y/n]", "y", Value("True")),
        asked(B, foo, None, "[Y/n]", "n", Value("False")),
        given(
            false,
            foo,
            &[],
            UsageError("Error: Invalid value for '--flag': 'foo' is not a valid boolean."),
        ),
    ];
    for prompt in [true, false] {
        for default in [None, NULL, T, FA, foo] {
            rows.push(given(prompt, default, &["--flag"], Value("True")));
            rows.push(given(prompt, default, &["--no-flag"], Value("False")));
        }
    }
    rows.extend([
        asked(F, None, None, "", "", Repeat),
        asked(F, None, None, "", "y", Value("'y'")),
        asked(F, None, None, "", "n", Value("'n'")),
        asked(F, None, None, "", "foo", Value("'foo'")),
        asked(F, None, T, "[y/N]", "", Value("False")),
        asked(F, None, T, "[y/N]", "y", Value("True")),
        asked(F, None, T, "[y/N]", "n", Value("False")),
        asked(F, None, FA, "[y/N]", "", Value("False")),
        asked(F, None, FA, "[y/N]", "y", Value("True")),
        asked(F, None, FA, "[y/N]", "n", Value("False")),
        asked(F, None, foo, "", "", Repeat),
        asked(F, None, foo, "", "y", Value("'y'")),
        asked(F, None, foo, "", "n", Value("'n'")),
        asked(F, T, T, "[Y/n]", "", Value("True")),
        asked(F, T, T, "[Y/n]", "y", Value("True")),
        asked(F, T, T, "[Y/n]", "n", Value("False")),
        asked(F, T, FA, "[Y/n]", "", Value("True")),
        asked(F, T, FA, "[Y/n]", "y", Value("True")),
        asked(F, T, FA, "[Y/n]", "n", Value("False")),
        asked(F, FA, T, "[y/N]", "", Value("False")),
        asked(F, FA, T, "[y/N]", "y", Value("True")),
        asked(F, FA, T, "[y/N]", "n", Value("False")),
        asked(F, FA, FA, "[y/N]", "", Value("False")),
        asked(F, FA, FA, "[y/N]", "y", Value("True")),
        asked(F, FA, FA, "[y/N]", "n", Value("False")),
        asked(F, NULL, T, "[y/n]", "", Invalid),
        asked(F, NULL, T, "[y/n]", "y", Value("True")),
        asked(F, NULL, T, "[y/n]", "n", Value("False")),
        asked(F, NULL, FA, "[y/n]", "", Invalid),
        asked(F, NULL, FA, "[y/n]", "y", Value("True")),
        asked(F, NULL, FA, "[y/n]", "n", Value("False")),
    ]);
    let mut failures = Vec::new();
    for row in &rows {
        if let Err(e) = std::panic::catch_unwind(|| check(row)) {
            failures.push(
                e.downcast_ref::<String>()
                    .cloned()
                    .unwrap_or_else(|| "?".into()),
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n\n")
    );
}
