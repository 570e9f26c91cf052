//! `examples/greet.rs` (macros) and `examples/greet_builder.rs` (builder
//! API) declare the same command: for the same arguments, input and
//! environment they must print the same thing and exit the same way.

#[allow(dead_code)]
#[path = "../examples/greet.rs"]
mod with_macros;

#[allow(dead_code)]
#[path = "../examples/greet_builder.rs"]
mod with_builder;

use clack::testing::{RunResult, Runner};

/// Arguments, standard input (if any) and environment of one invocation.
type Case<'a> = (&'a [&'a str], Option<&'a str>, &'a [(&'a str, &'a str)]);

/// Run one of the twins the way a user would, under the name `greet`.
fn run(
    cmd: &clack::Command,
    args: &[&str],
    input: Option<&str>,
    env: &[(&str, &str)],
) -> RunResult {
    let mut runner = Runner::new().prog_name("greet");
    if let Some(input) = input {
        runner = runner.input(input);
    }
    for (key, value) in env {
        runner = runner.env(key, value);
    }
    runner.invoke(cmd, args.iter().copied())
}

#[test]
fn the_macro_and_builder_greet_behave_alike() {
    let cases: &[Case] = &[
        (&["--name", "Ada"], None, &[]),
        (
            &["--name", "Ada", "-c", "3", "--shout", "-p", "?"],
            None,
            &[],
        ),
        (&["--name", "Ada", "--greeting", "HOWDY"], None, &[]),
        (&["--name", "Ada", "--greeting", "yo"], None, &[]),
        (&["--name", "Ada", "--count", "11"], None, &[]),
        (&["--name", "Ada", "--count", "x"], None, &[]),
        (&["-c"], None, &[]),
        (&["--nme", "Ada"], None, &[]),
        (&[], Some("Grace\n"), &[]),
        (&[], Some(""), &[]),
        (&["-h"], None, &[]),
        (&["--help"], None, &[("COLUMNS", "40")]),
        (&["--version"], None, &[]),
        (&["--name", "Ada", "extra"], None, &[]),
        (&["--shout", "--no-shout", "--name", "x"], None, &[]),
    ];
    let macro_cmd = with_macros::greet::command();
    let builder_cmd = with_builder::greet();
    for (args, input, env) in cases {
        let a = run(&macro_cmd, args, *input, env);
        let b = run(&builder_cmd, args, *input, env);
        let what = format!("args {args:?}, input {input:?}, env {env:?}");
        assert_eq!(a.stdout, b.stdout, "stdout differs for {what}");
        assert_eq!(a.stderr, b.stderr, "stderr differs for {what}");
        assert_eq!(a.exit_code, b.exit_code, "exit code differs for {what}");
    }
}

#[test]
fn the_twins_really_ran() {
    let out = run(
        &with_builder::greet(),
        &["--name", "Ada", "-c", "2"],
        None,
        &[],
    );
    assert_eq!(out.stdout, "Hello, Ada!\nHello, Ada!\n");
    let out = run(
        &with_macros::greet::command(),
        &["--count", "0", "--name", "x"],
        None,
        &[],
    );
    assert_eq!(out.exit_code, 2);
    assert!(
        out.stderr.ends_with(
            "Error: Invalid value for '--count' / '-c': 0 is not in the range 1<=x<=10.\n"
        ),
        "{}",
        out.stderr
    );
}
