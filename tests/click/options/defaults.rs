//! Click's `tests/test_options.py`: the defaults of multiple and `nargs`
//! options, and how help shows them.

use clack::context::DefaultMap;
use clack::testing::Runner;
use clack::{Command, ContextSettings, Opt};

use super::returning;
use crate::{invoke, returned};

fn run(cmd: &Command) -> clack::testing::RunResult {
    invoke(cmd, &[])
}

/// The defaults Rust can spell (Python's sets and dicts are lists here):
/// a multiple option keeps each value, with the type the default implies.
#[test]
fn good_defaults_for_multiple() {
    let a = || Opt::new("-a").multiple(true);
    let empty: Vec<String> = Vec::new();
    for opt in [a().default(Vec::<String>::new()), a()] {
        let got = returned::<Option<Vec<String>>>(run(&returning::<Vec<String>>(opt, "a")));
        assert_eq!(got.unwrap_or_default(), empty);
    }
    for (default, want) in [(vec![1], vec![1]), (vec![1, 2, 3], vec![1, 2, 3])] {
        let cmd = returning::<Vec<i64>>(a().default(default), "a");
        assert_eq!(returned::<Option<Vec<i64>>>(run(&cmd)), Some(want));
    }
    let cmd = returning::<Vec<f64>>(a().default([1.1, 2.2]), "a");
    assert_eq!(
        returned::<Option<Vec<f64>>>(run(&cmd)),
        Some(vec![1.1, 2.2])
    );
    let cmd = returning::<Vec<String>>(a().default(["1", "2"]), "a");
    assert_eq!(
        returned::<Option<Vec<String>>>(run(&cmd)),
        Some(vec!["1".into(), "2".into()])
    );
    // Multiple options of two values each: Click infers the tuple type
    // from the nested sequence; clack takes the tuple the program names,
    // and without one each occurrence is a `Vec` of text.
    let pairs = || Opt::new("-a").multiple(true).nargs(2);
    let cmd = returning::<Vec<(i64, i64)>>(
        pairs()
            .value_type::<(i64, i64)>()
            .default([(1, 2), (3, 4), (5, 6)]),
        "a",
    );
    assert_eq!(
        returned::<Option<Vec<(i64, i64)>>>(run(&cmd)),
        Some(vec![(1, 2), (3, 4), (5, 6)])
    );
    let untyped = returning::<Vec<Vec<String>>>(pairs().default([(1, 2)]), "a");
    assert_eq!(
        returned::<Option<Vec<Vec<String>>>>(run(&untyped)),
        Some(vec![vec!["1".into(), "2".into()]])
    );
    let cmd = returning::<Vec<(String, String)>>(
        pairs()
            .value_type::<(String, String)>()
            .default([("1", "2"), ("3", "4")]),
        "a",
    );
    assert_eq!(
        returned::<Option<Vec<(String, String)>>>(run(&cmd)),
        Some(vec![("1".into(), "2".into()), ("3".into(), "4".into())])
    );
    // A default of the right length, for an option that is not multiple.
    let cmd = returning::<Vec<i64>>(Opt::new("-a").nargs(2).default((1, 2)), "a");
    assert_eq!(returned::<Option<Vec<i64>>>(run(&cmd)), Some(vec![1, 2]));
}

fn check_bad(cases: Vec<(Opt, &str)>) {
    for (opt, message) in cases {
        let cmd = returning::<Vec<String>>(opt, "a");
        let result = run(&cmd);
        assert!(
            result.stderr.contains(message),
            "want {message:?}, got {:?}",
            result.stderr
        );
    }
}

/// Click refuses a single value as a multiple option's default ("Value
/// must be an iterable") and a default of the wrong length for `nargs=2`
/// ("Takes 2 values but 1 was given"), as the user's usage errors. In clack
/// a single value is a one-item list for a multiple option (Rust has no
/// iterable-or-not to tell them apart), and a wrong length is the
/// program's declaration error (exit 1), reported before parsing.
#[test]
fn bad_defaults_for_multiple() {
    let m = || Opt::new("-a").multiple(true);
    let one = |opt: Opt| returned::<Option<Vec<String>>>(run(&returning::<Vec<String>>(opt, "a")));
    assert_eq!(one(m().default("Yo")), Some(vec!["Yo".to_string()]));
    assert_eq!(one(m().default("")), Some(vec![String::new()]));
    let int = returned::<Option<Vec<i64>>>(run(&returning::<Vec<i64>>(m().default(12), "a")));
    assert_eq!(int, Some(vec![12]));
    let flag = returned::<Option<Vec<bool>>>(run(&returning::<Vec<bool>>(m().default(true), "a")));
    assert_eq!(flag, Some(vec![true]));
    check_bad(vec![
        (
            Opt::new("-a").nargs(2).default(42),
            "Error: the command 'cli' is declared wrongly: the option '-a' takes 2 values at a time, but its default has 1.",
        ),
        (
            Opt::new("-a").nargs(2).default([1]),
            "Error: the command 'cli' is declared wrongly: the option '-a' takes 2 values at a time, but its default has 1.",
        ),
    ]);
}

#[test]
fn multiple_default_help() {
    let cmd = Command::new("cmd")
        .param(
            Opt::new("--arg1")
                .multiple(true)
                .default(("foo", "bar"))
                .show_default(true),
        )
        .param(
            Opt::new("--arg2")
                .multiple(true)
                .default((1, 2))
                .value_type::<i64>()
                .show_default(true),
        );
    let result = invoke(&cmd, &["--help"]);
    assert_eq!(result.exit_code, 0);
    assert!(result.stdout.contains("foo, bar"), "{}", result.stdout);
    assert!(result.stdout.contains("1, 2"), "{}", result.stdout);
}

#[test]
fn show_default_default_map() {
    let cmd = Command::new("cmd").param(Opt::new("--arg").default("a").show_default(true));
    let result = Runner::new()
        .settings(ContextSettings::new().default_map(DefaultMap::new().value("arg", "b")))
        .invoke(&cmd, ["--help"]);
    assert_eq!(result.exit_code, 0);
    assert!(result.stdout.contains("[default: b]"), "{}", result.stdout);
}

/// Click infers `INT` from a default `(1, 2)`: `-a` then converts its
/// values to integers.
#[test]
fn multiple_default_type() {
    let cmd = returning::<Vec<i64>>(Opt::new("-a").multiple(true).default((1, 2)), "a");
    assert_eq!(returned::<Option<Vec<i64>>>(run(&cmd)), Some(vec![1, 2]));
    let result = invoke(&cmd, &["-a", "x"]);
    assert!(
        result.stderr.contains("'x' is not a valid integer."),
        "{}",
        result.stderr
    );
}

/// A default `[(1, "a")]` makes `-a` a multiple option of (int, text)
/// pairs in Click, which infers the tuple type from the nested sequence;
/// clack takes the tuple type the program names (the macros take it from
/// the parameter's `Vec<(i64, String)>`), and without one the values are
/// text.
#[test]
fn multiple_default_composite_type() {
    let pairs = || Opt::new("-a").multiple(true);
    let cmd = returning::<Vec<(i64, String)>>(
        pairs().value_type::<(i64, String)>().default([(1, "a")]),
        "a",
    );
    assert_eq!(
        returned::<Option<Vec<(i64, String)>>>(run(&cmd)),
        Some(vec![(1, "a".into())])
    );
    let result = invoke(&cmd, &["-a", "2", "two"]);
    assert_eq!(
        returned::<Option<Vec<(i64, String)>>>(result),
        Some(vec![(2, "two".into())])
    );
    let untyped = returning::<Vec<String>>(pairs().default([(1, "a")]), "a");
    assert_eq!(
        returned::<Option<Vec<String>>>(run(&untyped)),
        Some(vec!["1".into(), "a".into()])
    );
}

#[test]
fn parse_multiple_default_composite_type() {
    let cmd = Command::new("cmd")
        .param(Opt::new("-a").multiple(true).default(("a", "b")))
        .param(
            Opt::new("-b")
                .multiple(true)
                .value_type::<(i64, String)>()
                .default([(1, "a")]),
        )
        .callback(|ctx| {
            let a: Vec<String> = ctx.get_required("a")?;
            let b: Vec<(i64, String)> = ctx.get_required("b")?;
            Ok(clack::Output::new((a, b)))
        });
    let (a, b) = returned::<(Vec<String>, Vec<(i64, String)>)>(run(&cmd));
    assert_eq!(a, ["a", "b"]);
    assert_eq!(b, [(1, "a".to_string())]);
}
