//! Click's `tests/test_arguments.py`.

use std::path::PathBuf;

use clack::prelude::*;
use clack::testing::Runner;
use clack::types::{File, Int, LazyFile, Text, Tuple};
use clack::{Arg, Command, Opt, Output};

use crate::{invoke, returned};

#[command(name = "copy")]
fn nargs_star_copy(#[argument] src: Vec<String>, #[argument] dst: String) {
    clack::echo(format!("src={}", src.join("|")));
    clack::echo(format!("dst={dst}"));
}

#[test]
fn nargs_star() {
    let result = invoke(&nargs_star_copy::command(), &["foo.txt", "bar.txt", "dir"]);
    assert!(result.error.is_none());
    assert_eq!(result.stdout, "src=foo.txt|bar.txt\ndst=dir\n");
}

#[command(name = "copy")]
fn nargs_tup_copy(#[argument] name: String, #[argument] point: (i64, i64)) {
    clack::echo(format!("name={name}"));
    clack::echo(format!("point={}/{}", point.0, point.1));
}

#[test]
fn nargs_tup() {
    let result = invoke(&nargs_tup_copy::command(), &["peter", "1", "2"]);
    assert!(result.error.is_none());
    assert_eq!(result.stdout, "name=peter\npoint=1/2\n");
}

/// Click's four spellings (a Python tuple of types, `Tuple`, each with and
/// without `nargs=2`) are the tuple type and `Tuple` of the builder here.
#[test]
fn nargs_tup_composite() {
    let show = |ctx: &Context| {
        let (name, id): (String, i64) = ctx.get_required("item")?;
        clack::echo(format!("name={name} id={id}"));
        Ok(Output::none())
    };
    let commands = [
        Command::new("copy")
            .param(Arg::new("item").value_type::<(String, i64)>())
            .callback(show),
        Command::new("copy")
            .param(Arg::new("item").ty(Tuple((Text, Int::<i64>::new()))))
            .callback(show),
        Command::new("copy")
            .param(
                Arg::new("item")
                    .nargs(2)
                    .ty(Tuple((Text, Int::<i64>::new()))),
            )
            .callback(show),
        Command::new("copy")
            .param(Arg::new("item").nargs(2).value_type::<(String, i64)>())
            .callback(show),
    ];
    for cmd in &commands {
        let result = invoke(cmd, &["peter", "1"]);
        assert!(result.error.is_none(), "{}", result.stderr);
        assert_eq!(result.stdout, "name=peter id=1\n");
    }
}

/// Click refuses the declaration itself; the closest clack has is the
/// error of the first run.
#[test]
fn nargs_mismatch_with_tuple_type() {
    let cmd = Command::new("cli").param(Arg::new("test").nargs(3).value_type::<(String, i64)>());
    let result = invoke(&cmd, &["a", "1", "x"]);
    let error = result.error.expect("a declaration error");
    assert!(
        error.message().contains("nargs") && error.message().contains("but it was 3"),
        "{}",
        error.message()
    );
}

#[command(name = "copy")]
fn nargs_err_copy(#[argument] x: String) {
    clack::echo(x);
}

#[test]
fn nargs_err() {
    let result = invoke(&nargs_err_copy::command(), &["foo"]);
    assert!(result.error.is_none());
    assert_eq!(result.stdout, "foo\n");
    let result = invoke(&nargs_err_copy::command(), &["foo", "bar"]);
    assert_eq!(result.exit_code, 2);
    assert!(
        result
            .stderr
            .contains("Got unexpected extra argument (bar)")
    );
}

#[command(name = "from_bytes")]
fn bytes_args_cmd(#[argument] arg: String) -> String {
    arg
}

/// An argument that is not ASCII arrives as text.
#[test]
fn bytes_args() {
    let result = invoke(
        &bytes_args_cmd::command(),
        &["Something outside of ASCII range: 林"],
    );
    assert_eq!(
        returned::<String>(result),
        "Something outside of ASCII range: 林"
    );
}

#[command(name = "inout")]
fn file_args_cmd(
    #[argument(file = "rb")] input: LazyFile,
    #[argument(file = "wb")] output: LazyFile,
) -> Result<(), Error> {
    let mut input = input;
    let mut output = output;
    std::io::copy(&mut input, &mut output)?;
    Ok(())
}

#[test]
fn file_args() {
    let dir = clack::testing::TempDir::new().unwrap();
    let hello = dir.path().join("hello.txt");
    let hello_arg = hello.to_str().unwrap();
    let result = Runner::new()
        .input("Hey!")
        .invoke(&file_args_cmd::command(), ["-", hello_arg]);
    assert_eq!(result.stdout, "");
    assert_eq!(result.exit_code, 0, "{}", result.stderr);
    assert_eq!(std::fs::read(&hello).unwrap(), b"Hey!");
    let result = Runner::new().invoke(&file_args_cmd::command(), [hello_arg, "-"]);
    assert_eq!(result.stdout, "Hey!");
    assert_eq!(result.exit_code, 0);
}

#[command(name = "foo")]
fn path_allow_dash_cmd(#[argument(allow_dash)] input: PathBuf) {
    clack::echo(input.display().to_string());
}

#[test]
fn path_allow_dash() {
    let result = invoke(&path_allow_dash_cmd::command(), &["-"]);
    assert_eq!(result.stdout, "-\n");
    assert_eq!(result.exit_code, 0);
}

#[test]
fn file_atomics() {
    let dir = clack::testing::TempDir::new().unwrap();
    let foo = dir.path().join("foo.txt");
    std::fs::write(&foo, b"OLD\n").unwrap();
    let target = foo.clone();
    let cmd = Command::new("inout")
        .param(Arg::new("output").ty(File::new("wb").atomic(true)))
        .callback(move |ctx| {
            use std::io::Write;
            let mut output: LazyFile = ctx.take_required("output")?;
            output.write_all(b"Foo bar baz\n")?;
            output.flush()?;
            // Until the command ends, the file keeps its old content.
            assert_eq!(std::fs::read(&target)?, b"OLD\n");
            Ok(Output::none())
        });
    let result = Runner::new()
        .input("Hey!")
        .invoke(&cmd, [foo.to_str().unwrap()]);
    assert_eq!(result.stdout, "");
    assert_eq!(result.exit_code, 0, "{}", result.stderr);
    assert_eq!(std::fs::read(&foo).unwrap(), b"Foo bar baz\n");
}

#[test]
fn stdout_default() {
    let cmd = Command::new("inout")
        .param(Arg::new("output").ty(File::new("w")).default("-"))
        .callback(|ctx| {
            use std::io::Write;
            let mut output: LazyFile = ctx.take_required("output")?;
            output.write_all(b"Foo bar baz\n")?;
            output.flush()?;
            Ok(Output::none())
        });
    let result = invoke(&cmd, &[]);
    assert!(result.error.is_none());
    assert_eq!(result.stdout, "Foo bar baz\n");
    assert_eq!(result.stderr, "");
}

/// `nargs=2` options and `nargs=-1` arguments split an environment
/// variable on whitespace.
#[test]
fn nargs_envvar() {
    let option = Command::new("cmd")
        .param(Opt::new(["--arg"]).nargs(2).envvar("X"))
        .callback(|ctx| Ok(Output::new(ctx.get::<Vec<String>>("arg")?)));
    let argument = Command::new("cmd")
        .param(Arg::new("arg").nargs(-1).envvar("X"))
        .callback(|ctx| Ok(Output::new(ctx.get_required::<Vec<String>>("arg")?)));
    let run = |cmd: &Command, value: &str| Runner::new().env("X", value).invoke(cmd, [""; 0]);

    assert_eq!(returned::<Option<Vec<String>>>(run(&option, "")), None);
    for (value, message) in [
        ("a", "Takes 2 values but 1 was given."),
        ("a b c", "Takes 2 values but 3 were given."),
    ] {
        let result = run(&option, value);
        let error = result.error.expect("a bad parameter");
        assert!(error.message().contains(message), "{}", error.message());
    }
    assert_eq!(
        returned::<Option<Vec<String>>>(run(&option, "a b")),
        Some(vec!["a".to_string(), "b".to_string()])
    );
    assert_eq!(
        returned::<Vec<String>>(run(&argument, "a b c")),
        ["a", "b", "c"]
    );
    assert!(returned::<Vec<String>>(run(&argument, "")).is_empty());
}

#[test]
fn nargs_envvar_only_if_values_empty() {
    let cmd = Command::new("cli")
        .param(Arg::new("arg").nargs(-1).envvar("X"))
        .callback(|ctx| Ok(Output::new(ctx.get_required::<Vec<String>>("arg")?)));
    assert_eq!(
        returned::<Vec<String>>(Runner::new().env("X", "z").invoke(&cmd, ["a", "b"])),
        ["a", "b"]
    );
    assert_eq!(
        returned::<Vec<String>>(Runner::new().env("X", "a").invoke(&cmd, [""; 0])),
        ["a"]
    );
}

#[command(name = "cmd")]
fn empty_nargs_cmd(#[argument] arg: Vec<String>) {
    clack::echo(format!("arg:{}", arg.join("|")));
}

#[command(name = "cmd2")]
fn empty_nargs_cmd2(#[argument(required)] arg: Vec<String>) {
    clack::echo(format!("arg:{}", arg.join("|")));
}

#[test]
fn empty_nargs() {
    let result = invoke(&empty_nargs_cmd::command(), &[]);
    assert_eq!(result.exit_code, 0);
    assert_eq!(result.stdout, "arg:\n");
    let result = invoke(&empty_nargs_cmd2::command(), &[]);
    assert_eq!(result.exit_code, 2);
    assert!(
        result.stderr.contains("Missing argument 'ARG...'"),
        "{}",
        result.stderr
    );
}

#[command(name = "cmd")]
fn missing_arg_cmd(#[argument] arg: String) {
    clack::echo(format!("arg:{arg}"));
}

#[test]
fn missing_arg() {
    let result = invoke(&missing_arg_cmd::command(), &[]);
    assert_eq!(result.exit_code, 2);
    assert!(result.stderr.contains("Missing argument 'ARG'."));
}

/// Click feeds Python values of every kind to a required argument's
/// `process_value`; what clack's arguments receive is always a string from
/// the command line, kept as it is, and only a missing one is an error.
#[test]
fn required_argument() {
    let cmd = Command::new("")
        .param(Arg::new("a").required(true))
        .callback(|ctx| Ok(Output::new(ctx.get_required::<String>("a")?)));
    for value in ["", "  ", "foo", "12", "12.1", "[]", "()"] {
        assert_eq!(returned::<String>(invoke(&cmd, &[value])), value);
    }
    let result = invoke(&cmd, &[]);
    assert_eq!(result.exit_code, 2);
    assert!(
        result.stderr.contains("Missing argument 'A'."),
        "{}",
        result.stderr
    );
}

#[command]
fn implicit_non_required_cli(#[argument(default = "test")] f: String) {
    clack::echo(f);
}

#[test]
fn implicit_non_required() {
    let result = invoke(&implicit_non_required_cli::command(), &[]);
    assert_eq!(result.exit_code, 0);
    assert_eq!(result.stdout, "test\n");
}

#[command(name = "cli")]
fn argument_help_cli(
    #[argument(help = "The name to print")] _name: String,
    #[option(default = 1, help = "number of greetings")] _count: i64,
) {
}

#[test]
fn argument_help() {
    let result = invoke(&argument_help_cli::command(), &["--help"]);
    assert_eq!(result.exit_code, 0);
    let out = &result.stdout;
    assert!(out.contains("Positional arguments:"));
    assert!(out.contains("NAME"));
    assert!(out.contains("The name to print"));
    assert!(out.contains("Options:"));
    assert!(out.contains("number of greetings"));
    assert!(out.find("Positional arguments:") < out.find("Options:"));
}

#[command(name = "cli")]
fn options_only_cli(#[option(default = 1, help = "number of greetings")] _count: i64) {}

#[test]
fn argument_help_options_only_no_arguments_section() {
    let result = invoke(&options_only_cli::command(), &["--help"]);
    assert_eq!(result.exit_code, 0);
    assert!(!result.stdout.contains("Positional arguments:"));
    assert!(result.stdout.contains("Options:"));
    assert!(result.stdout.contains("number of greetings"));
}

/// The lines from `first` on, `n` of them.
fn lines_from(text: &str, first: &str, n: usize) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| *l == first)
        .unwrap_or_else(|| panic!("no line {first:?} in {text}"));
    lines[start..(start + n).min(lines.len())]
        .iter()
        .map(|l| l.to_string())
        .collect()
}

#[command(name = "cli")]
fn undocumented_cli(
    #[argument(help = "Source path")] _src: String,
    #[argument] _dst: String,
    #[argument] _extra: Vec<String>,
) {
}

#[test]
fn argument_help_lists_undocumented_arguments() {
    let result = invoke(&undocumented_cli::command(), &["--help"]);
    assert_eq!(result.exit_code, 0);
    assert_eq!(
        lines_from(&result.stdout, "Positional arguments:", 4),
        [
            "Positional arguments:",
            "  SRC         Source path",
            "  DST",
            "  [EXTRA]...",
        ]
    );
}

#[command(name = "cli")]
fn undocumented_only_cli(#[argument] _src: String, #[argument] _dst: String) {}

#[test]
fn argument_help_undocumented_arguments_only_no_section() {
    let result = invoke(&undocumented_only_cli::command(), &["--help"]);
    assert_eq!(result.exit_code, 0);
    assert!(!result.stdout.contains("Positional arguments:"));
}

#[test]
fn argument_help_deprecated_without_help_lists_all() {
    let cmd = Command::new("cli")
        .param(Arg::new("src").required(false).deprecated())
        .param(Arg::new("dst"));
    let result = invoke(&cmd, &["--help"]);
    assert_eq!(result.exit_code, 0);
    assert_eq!(
        lines_from(&result.stdout, "Positional arguments:", 3),
        ["Positional arguments:", "  [SRC!]  (DEPRECATED)", "  DST"]
    );
}

#[test]
fn argument_help_empty_string_lists_all() {
    let cmd = Command::new("cli")
        .param(Arg::new("src").help(""))
        .param(Arg::new("dst"));
    let result = invoke(&cmd, &["--help"]);
    assert_eq!(result.exit_code, 0);
    assert_eq!(
        lines_from(&result.stdout, "Positional arguments:", 3),
        ["Positional arguments:", "  SRC", "  DST"]
    );
}

/// Click asks `get_help_record` directly; here the row shows in the
/// section that one documented argument opens.
#[test]
fn argument_get_help_record_never_none() {
    for (help, row) in [
        (None, "  SRC"),
        (Some(""), "  SRC"),
        (Some("Source path"), "  SRC    Source path"),
    ] {
        let mut src = Arg::new("src");
        if let Some(help) = help {
            src = src.help(help);
        }
        let cmd = Command::new("cli")
            .param(src)
            .param(Arg::new("other").help("x"));
        let result = invoke(&cmd, &["--help"]);
        assert_eq!(
            lines_from(&result.stdout, "Positional arguments:", 2)[1],
            row,
            "{help:?}"
        );
    }
}

#[test]
fn argument_help_optional_metavar() {
    let cmd = Command::new("cli").param(
        Arg::new("name")
            .required(false)
            .default("")
            .help("The name to print"),
    );
    let result = invoke(&cmd, &["--help"]);
    assert_eq!(result.exit_code, 0);
    assert!(result.stdout.contains("[NAME]"));
    assert!(result.stdout.contains("The name to print"));
}

#[test]
fn deprecated_usage() {
    let cmd = Command::new("cli").param(Arg::new("f").required(false).deprecated());
    let result = invoke(&cmd, &["--help"]);
    assert_eq!(result.exit_code, 0);
    assert!(result.stdout.contains("[F!]"));
}

#[test]
fn argument_metavar_marks_optional() {
    type Shape = fn(Arg) -> Arg;
    let cases: [(Shape, &str); 8] = [
        (|a| a, "FOO"),
        (|a| a.required(true), "FOO"),
        (|a| a.required(false), "[FOO]"),
        (|a| a.default("x"), "[FOO]"),
        (|a| a.nargs(-1), "[FOO]..."),
        (|a| a.nargs(-1).required(true), "FOO..."),
        (|a| a.nargs(2), "FOO..."),
        (|a| a.nargs(2).required(false), "[FOO]..."),
    ];
    for (shape, want) in cases {
        let cmd = Command::new("cli").param(shape(Arg::new("foo")));
        let result = invoke(&cmd, &["--help"]);
        assert_eq!(result.exit_code, 0);
        assert_eq!(
            result.stdout.lines().next().unwrap(),
            format!("Usage: cli [OPTIONS] {want}")
        );
    }
}

#[test]
fn deprecated_usage_help_record() {
    for (arg, label) in [
        (Arg::new("f").deprecated(), "(DEPRECATED)"),
        (
            Arg::new("f").deprecated_because("use g instead"),
            "(DEPRECATED: use g instead)",
        ),
    ] {
        let cmd = Command::new("cli").param(arg.required(false).help("path to the file"));
        let result = invoke(&cmd, &["--help"]);
        assert_eq!(result.exit_code, 0);
        assert!(result.stdout.contains("Positional arguments:"));
        assert!(result.stdout.contains("[F!]"));
        assert!(
            result.stdout.contains(&format!("path to the file {label}")),
            "{}",
            result.stdout
        );
    }
}

#[test]
fn deprecated_usage_help_record_without_help() {
    let cmd = Command::new("cli").param(Arg::new("f").required(false).deprecated());
    let result = invoke(&cmd, &["--help"]);
    assert_eq!(result.exit_code, 0);
    assert!(result.stdout.contains("Positional arguments:"));
    assert!(result.stdout.contains("(DEPRECATED)"));
}

#[test]
fn deprecated_empty_help_no_leading_space() {
    for help in [Some(""), None] {
        for (arg, label) in [
            (Arg::new("foo").deprecated(), "(DEPRECATED)"),
            (
                Arg::new("foo").deprecated_because("USE B INSTEAD"),
                "(DEPRECATED: USE B INSTEAD)",
            ),
        ] {
            let arg = arg.required(false);
            let arg = match help {
                Some(h) => arg.help(h),
                None => arg,
            };
            let cmd = Command::new("cli").param(arg);
            let result = invoke(&cmd, &["--help"]);
            let row = lines_from(&result.stdout, "Positional arguments:", 2)[1].clone();
            assert_eq!(row, format!("  [FOO!]  {label}"), "{help:?}");
        }
    }
}

#[test]
fn deprecated_warning() {
    for (arg, reason) in [
        (Arg::new("my-argument").deprecated(), None),
        (
            Arg::new("my-argument").deprecated_because("USE B INSTEAD"),
            Some("USE B INSTEAD"),
        ),
    ] {
        let cmd = Command::new("cli")
            .param(arg.required(false).default("default argument"))
            .callback(|ctx| {
                clack::echo(ctx.get_required::<String>("my_argument")?);
                Ok(Output::none())
            });
        let result = invoke(&cmd, &[]);
        assert_eq!(result.exit_code, 0, "{}", result.output);
        assert!(!result.output.contains("is deprecated"));
        let result = invoke(&cmd, &["hello"]);
        assert_eq!(result.exit_code, 0, "{}", result.output);
        assert!(
            result
                .output
                .contains("argument 'MY_ARGUMENT' is deprecated"),
            "{}",
            result.output
        );
        if let Some(reason) = reason {
            assert!(result.output.contains(reason));
        }
    }
}

#[command(name = "cmd")]
fn eat_options_cmd(#[option("-f")] f: Option<String>, #[argument] files: Vec<String>) {
    for name in files {
        clack::echo(name);
    }
    clack::echo(f.unwrap_or_default());
}

#[test]
fn eat_options() {
    let result = invoke(&eat_options_cmd::command(), &["--", "-foo", "bar"]);
    assert_eq!(result.stdout, "-foo\nbar\n\n");
    let result = invoke(
        &eat_options_cmd::command(),
        &["-f", "-x", "--", "-foo", "bar"],
    );
    assert_eq!(result.stdout, "-foo\nbar\n-x\n");
}

#[command(name = "cmd")]
fn star_ordering_cmd(#[argument] a: Vec<String>, #[argument] b: String, #[argument] c: String) {
    clack::echo(format!("{a:?}"));
    clack::echo(b);
    clack::echo(c);
}

#[test]
fn nargs_star_ordering() {
    let result = invoke(&star_ordering_cmd::command(), &["a", "b", "c"]);
    assert_eq!(result.stdout, "[\"a\"]\nb\nc\n");
}

#[command(name = "cmd")]
fn star_plus_cmd(
    #[argument] a: Vec<String>,
    #[argument] b: String,
    #[argument] c: (String, String),
) {
    clack::echo(format!("{a:?}"));
    clack::echo(b);
    clack::echo(format!("{c:?}"));
}

#[test]
fn nargs_specified_plus_star_ordering() {
    let result = invoke(&star_plus_cmd::command(), &["a", "b", "c", "d", "e", "f"]);
    assert_eq!(result.stdout, "[\"a\", \"b\", \"c\"]\nd\n(\"e\", \"f\")\n");
}

mod rest;
