//! The rest of Click's `tests/test_arguments.py` (the module's first file
//! is full).

use std::ffi::OsString;

use clack::types::Int;
use clack::{Arg, Command, Context, Error, Group, Opt, Output, ParamType};

use crate::{invoke, returned};

/// Click refuses a required argument that is deprecated when it is
/// declared; the closest clack has is the first run.
#[test]
fn deprecated_required() {
    let cmd = Command::new("cli").param(Arg::new("a").required(true).deprecated());
    let result = invoke(&cmd, &["x"]);
    let error = result.error.expect("a declaration error");
    assert!(
        error.message().contains("is deprecated and still required"),
        "{}",
        error.message()
    );
}

fn ints(arg: Arg) -> Command {
    Command::new("cmd")
        .param(arg.ty(Int::<i64>::new()))
        .callback(|ctx| Ok(Output::new(ctx.get::<Vec<i64>>("a")?)))
}

/// The defaults Rust can spell: a tuple, an array, a vector, each of the
/// right length, of numbers or of strings that convert.
#[test]
fn good_defaults_for_nargs() {
    let two = |a: Arg| a.nargs(2);
    let cases: Vec<(Arg, &[&str], Vec<i64>)> = vec![
        (two(Arg::new("a")).default((1, 2)), &[], vec![1, 2]),
        (two(Arg::new("a")).default(("1", "2")), &[], vec![1, 2]),
        (two(Arg::new("a")).default([1, 2]), &[], vec![1, 2]),
        (two(Arg::new("a")).default(vec![1, 2]), &[], vec![1, 2]),
        (two(Arg::new("a")).required(false), &[], vec![]),
        (two(Arg::new("a")).default((1, 2)), &["3", "4"], vec![3, 4]),
        (Arg::new("a").nargs(-1).default([42]), &[], vec![42]),
        (Arg::new("a").nargs(-1), &[], vec![]),
        (
            Arg::new("a").nargs(-1).default([1, 2, 3, 4, 5]),
            &[],
            vec![1, 2, 3, 4, 5],
        ),
    ];
    for (arg, args, want) in cases {
        let result = invoke(&ints(arg), args);
        assert!(result.error.is_none(), "{args:?}: {}", result.stderr);
        let got = returned::<Option<Vec<i64>>>(result);
        // Click's None (no default) and empty tuple (a variadic argument
        // left empty) are both "no values" here.
        assert_eq!(got.unwrap_or_default(), want, "{args:?}");
    }
}

/// Click's float defaults for an integer argument truncate through
/// Python's `int()`; clack refuses a default its type rejects when the
/// command is declared (a deliberate difference, kept apart from
/// `good_defaults_for_nargs`).
#[test]
fn good_defaults_for_nargs_floats() {
    let result = invoke(&ints(Arg::new("a").nargs(2).default((1.1, 2.2))), &[]);
    assert_eq!(result.exit_code, 1);
    assert!(
        result.stderr.contains(
            "the argument 'A' has a default its type rejects: '1.1' is not a valid integer."
        ),
        "{}",
        result.stderr
    );
}

/// clack's declaration error for an `nargs=2` argument's default of `n` values.
fn wrong_length(n: usize) -> String {
    format!(
        "Error: the command 'cli' is declared wrongly: the argument 'A' takes 2 values at a time, but its default has {n}."
    )
}

fn check_bad_defaults(cases: Vec<(Arg, String)>) {
    for (arg, message) in cases {
        let result = invoke(&ints(arg.nargs(2)), &[]);
        assert!(
            result.stderr.contains(&message),
            "want {message:?}, got {:?}",
            result.stderr
        );
    }
}

fn takes(n: &str) -> String {
    format!("Error: Invalid value for '[A]...': Takes 2 values but {n}.")
}

/// Every kind of bad default Click lists that Rust can spell (Python's
/// sets, frozensets and dicts are lists here). Click reports them as the
/// user's usage error when the command runs ("Value must be an iterable",
/// "Takes 2 values but 1 was given"); clack reports a default of the wrong
/// length as the program's declaration error (exit 1) before anything is
/// parsed, a single value being a default of length 1.
#[test]
fn bad_defaults_for_nargs() {
    check_bad_defaults(vec![
        (Arg::new("a").default("Yo"), wrong_length(1)),
        (Arg::new("a").default(""), wrong_length(1)),
        (Arg::new("a").default(true), wrong_length(1)),
        (Arg::new("a").default(false), wrong_length(1)),
        (Arg::new("a").default(12), wrong_length(1)),
        (Arg::new("a").default(7.9), wrong_length(1)),
        (Arg::new("a"), "Error: Missing argument 'A...'.".into()),
        (
            Arg::new("a").default(Vec::<i64>::new()),
            takes("0 were given"),
        ),
        (Arg::new("a").default([1]), wrong_length(1)),
        (Arg::new("a").default((1, 2, 3)), wrong_length(3)),
        (Arg::new("a").default(vec![1, 2, 3]), wrong_length(3)),
    ]);
}

#[test]
fn subcommand_help() {
    let cli = Group::new("cli")
        .param(Arg::new("name"))
        .param(Arg::new("val"))
        .param(Opt::new("--opt"))
        .callback(|ctx| {
            let name: String = ctx.get_required("name")?;
            let val: String = ctx.get_required("val")?;
            ctx.set_obj((name, val));
            Ok(Output::none())
        })
        .command(Command::new("cmd").callback(|ctx| {
            let obj = ctx.obj::<(String, String)>()?;
            let (name, val) = &*obj.borrow()?;
            clack::echo(format!("CMD for {name} with value {val}"));
            Ok(Output::none())
        }));
    let result = invoke(&cli.into_command(), &["foo", "bar", "cmd", "--help"]);
    assert_eq!(result.exit_code, 0, "{}", result.stderr);
    assert!(
        result.stdout.contains("Usage: cli NAME VAL cmd [OPTIONS]"),
        "{}",
        result.stdout
    );
}

#[test]
fn nested_subcommand_help() {
    let subcmd = Command::new("subcmd").callback(|_| {
        clack::echo("subcommand");
        Ok(Output::none())
    });
    let cmd = Group::new("cmd")
        .param(Arg::new("arg2"))
        .param(Opt::new("--opt2"))
        .command(subcmd);
    let cli = Group::new("cli")
        .param(Arg::new("arg1"))
        .param(Opt::new("--opt1"))
        .command(cmd);
    let result = invoke(
        &cli.into_command(),
        &["arg1", "cmd", "arg2", "subcmd", "--help"],
    );
    assert_eq!(result.exit_code, 0, "{}", result.stderr);
    assert!(
        result
            .stdout
            .contains("Usage: cli ARG1 cmd ARG2 subcmd [OPTIONS]"),
        "{}",
        result.stdout
    );
}

/// Click warns (a `UserWarning`) when two arguments share a name; clack
/// refuses the declaration (exit 1, naming the command).
#[test]
fn duplicate_names_warning() {
    let err = crate::declaration_error(
        Command::new("cli")
            .param(Arg::new("aardvark"))
            .param(Arg::new("aardvark")),
    );
    assert!(err.contains("the command 'cli'"), "{err}");
    assert!(err.contains("two arguments are named 'aardvark'"), "{err}");
}

/// A type that hands each value on as it came.
#[derive(Clone)]
struct Passthrough;

impl ParamType for Passthrough {
    type Value = String;
    fn name(&self) -> String {
        "passthrough".into()
    }
    fn convert(&self, value: OsString, _ctx: Option<&Context>) -> Result<String, Error> {
        Ok(value.to_string_lossy().into_owned())
    }
}

/// Click's custom `type_cast_value` never sees its "unset" marker; a clack
/// type only ever converts values that are there, and a run with or
/// without them succeeds.
#[test]
fn argument_custom_class_can_override_type_cast_value_and_never_sees_unset() {
    type Shape = fn(Arg) -> Arg;
    let cases: [(Shape, &[&str]); 6] = [
        (|a| a, &["myvalue"]),
        (|a| a.nargs(-1), &[]),
        (|a| a.nargs(-1), &["myvalue"]),
        (|a| a.required(false), &["myvalue"]),
        (|a| a.required(false), &[]),
        (|a| a, &["myvalue"]),
    ];
    for (shape, args) in cases {
        let cmd = Command::new("cmd")
            .param(shape(Arg::new("myarg").ty(Passthrough)))
            .callback(|_| {
                clack::echo("ok");
                Ok(Output::none())
            });
        let result = invoke(&cmd, args);
        assert!(result.error.is_none(), "{args:?}: {}", result.stderr);
        assert_eq!(result.exit_code, 0);
        assert_eq!(result.stdout, "ok\n");
    }
}
