//! Click's `tests/test_basic.py`: files, paths, choices and dates.

use std::io::{Read, Write};
use std::path::PathBuf;

use clack::testing::TempDir;
use clack::types::{Choice, DateTime, File, LazyFile, NaiveDateTime, Path};
use clack::{Arg, Command, Opt, Output};

use crate::invoke;

fn file_arg(dir: &std::path::Path, name: &str) -> String {
    format!("--file={}", dir.join(name).display())
}

#[test]
fn file_option() {
    let dir = TempDir::new().unwrap();
    let input = Command::new("input")
        .param(Opt::new("--file").ty(File::new("w")))
        .callback(|ctx| {
            let mut file: LazyFile = ctx.take_required("file")?;
            file.write_all(b"Hello World!\n")?;
            Ok(Output::none())
        });
    let output = Command::new("output")
        .param(Opt::new("--file").ty(File::new("r")))
        .callback(|ctx| {
            let mut file: LazyFile = ctx.take_required("file")?;
            let mut text = String::new();
            file.read_to_string(&mut text)?;
            clack::echo(text);
            Ok(Output::none())
        });
    let arg = file_arg(dir.path(), "example.txt");
    let result_in = invoke(&input, &[&arg]);
    let result_out = invoke(&output, &[&arg]);
    assert!(result_in.error.is_none(), "{}", result_in.stderr);
    assert_eq!(result_in.output, "");
    assert!(result_out.error.is_none(), "{}", result_out.stderr);
    assert_eq!(result_out.output, "Hello World!\n\n");
}

/// A lazy file opened for writing is only opened when written to: a
/// folder in its place fails then (exit 1), not while parsing.
#[test]
fn file_lazy_mode() {
    let dir = TempDir::new().unwrap();
    std::fs::create_dir(dir.path().join("example.txt")).unwrap();
    let input = |do_io: bool| {
        Command::new("input")
            .param(Opt::new("--file").ty(File::new("w")))
            .callback(move |ctx| {
                let mut file: LazyFile = ctx.take_required("file")?;
                if do_io {
                    file.write_all(b"Hello World!\n")?;
                }
                Ok(Output::none())
            })
    };
    let arg = file_arg(dir.path(), "example.txt");
    assert_eq!(invoke(&input(true), &[&arg]).exit_code, 1);
    let result = invoke(&input(false), &[&arg]);
    assert_eq!(result.exit_code, 0, "{}", result.output);

    let output = Command::new("output").param(Opt::new("--file").ty(File::new("r")));
    assert!(invoke(&output, &[&arg]).error.is_some());

    let non_lazy = dir.path().join("non_lazy.txt");
    std::fs::create_dir(&non_lazy).unwrap();
    let input_non_lazy = Command::new("input_non_lazy")
        .param(Opt::new("--file").ty(File::new("w").lazy(false)))
        .callback(|ctx| {
            let mut file: LazyFile = ctx.take_required("file")?;
            file.write_all(b"Hello World!\n")?;
            Ok(Output::none())
        });
    let result = invoke(&input_non_lazy, &[&file_arg(dir.path(), "non_lazy.txt")]);
    assert_eq!(result.exit_code, 2);
    assert!(
        result.output.contains(&format!(
            "Invalid value for '--file': '{}'",
            non_lazy.display()
        )),
        "{}",
        result.output
    );
}

#[test]
fn path_option() {
    let dir = TempDir::new().unwrap();
    let write_to_dir = Command::new("write_to_dir")
        .param(Opt::new("-O").ty(Path::new().file_okay(false).exists(true).writable(true)))
        .callback(|ctx| {
            let o: PathBuf = ctx.get_required("o")?;
            std::fs::write(o.join("foo.txt"), b"meh\n")?;
            Ok(Output::none())
        });
    let test_dir = dir.path().join("test");
    std::fs::create_dir(&test_dir).unwrap();
    let result = invoke(&write_to_dir, &["-O", test_dir.to_str().unwrap()]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(std::fs::read(test_dir.join("foo.txt")).unwrap(), b"meh\n");
    let file = test_dir.join("foo.txt");
    let result = invoke(&write_to_dir, &["-O", file.to_str().unwrap()]);
    assert!(result.output.contains("is a file"), "{}", result.output);

    let showtype = Command::new("showtype")
        .param(Opt::new("-f").ty(Path::new().exists(true)))
        .callback(|ctx| {
            let f: PathBuf = ctx.get_required("f")?;
            clack::echo(format!("is_file={}", py_bool(f.is_file())));
            clack::echo(format!("is_dir={}", py_bool(f.is_dir())));
            Ok(Output::none())
        });
    let missing = dir.path().join("xxx");
    let result = invoke(&showtype, &["-f", missing.to_str().unwrap()]);
    assert!(
        result.output.contains("does not exist"),
        "{}",
        result.output
    );
    let result = invoke(&showtype, &["-f", dir.path().to_str().unwrap()]);
    assert!(result.output.contains("is_file=False"), "{}", result.output);
    assert!(result.output.contains("is_dir=True"));

    let exists = Command::new("exists")
        .param(Opt::new("-f").ty(Path::new()))
        .callback(|ctx| {
            let f: PathBuf = ctx.get_required("f")?;
            clack::echo(format!("exists={}", py_bool(f.exists())));
            Ok(Output::none())
        });
    let result = invoke(&exists, &["-f", missing.to_str().unwrap()]);
    assert!(result.output.contains("exists=False"), "{}", result.output);
    let result = invoke(&exists, &["-f", dir.path().to_str().unwrap()]);
    assert!(result.output.contains("exists=True"), "{}", result.output);
}

fn py_bool(b: bool) -> &'static str {
    if b { "True" } else { "False" }
}

#[test]
fn choice_option() {
    let cmd = Command::new("cli")
        .param(Opt::new("--method").ty(Choice::new(["foo", "bar", "baz"])))
        .callback(|ctx| {
            clack::echo(ctx.get_required::<String>("method")?);
            Ok(Output::none())
        });
    let result = invoke(&cmd, &["--method=foo"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "foo\n");
    let result = invoke(&cmd, &["--method=meh"]);
    assert_eq!(result.exit_code, 2);
    assert!(
        result
            .output
            .contains("Invalid value for '--method': 'meh' is not one of 'foo', 'bar', 'baz'."),
        "{}",
        result.output
    );
    let result = invoke(&cmd, &["--help"]);
    assert!(
        result.output.contains("--method [foo|bar|baz]"),
        "{}",
        result.output
    );
}

/// The checks shared by the choice-argument tests: `foo` is accepted and
/// printed as `shown`, `meh` refused, the help names the choices.
fn check_choice_argument(cmd: &Command, shown: &str) {
    let result = invoke(cmd, &["foo"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, format!("{shown}\n"));
    let result = invoke(cmd, &["meh"]);
    assert_eq!(result.exit_code, 2);
    assert!(
        result.output.contains(
            "Invalid value for '{foo|bar|baz}': 'meh' is not one of 'foo', 'bar', 'baz'."
        ),
        "{}",
        result.output
    );
    let result = invoke(cmd, &["--help"]);
    assert!(result.output.contains("{foo|bar|baz}"), "{}", result.output);
}

#[test]
fn choice_argument() {
    let cmd = Command::new("cli")
        .param(Arg::new("method").ty(Choice::new(["foo", "bar", "baz"])))
        .callback(|ctx| {
            clack::echo(ctx.get_required::<String>("method")?);
            Ok(Output::none())
        });
    check_choice_argument(&cmd, "foo");
}

#[derive(Clone, Debug, PartialEq)]
enum MyEnum {
    Foo,
    Bar,
    Baz,
}

impl MyEnum {
    fn value(&self) -> &'static str {
        match self {
            MyEnum::Foo => "foo-value",
            MyEnum::Bar => "bar-value",
            MyEnum::Baz => "baz-value",
        }
    }
}

/// Click's choice over an enum matches the members' names (`FOO`, ...),
/// here regardless of case; the callback gets the member.
#[test]
fn choice_argument_enum() {
    let choice = Choice::from_pairs([
        ("FOO", MyEnum::Foo),
        ("BAR", MyEnum::Bar),
        ("BAZ", MyEnum::Baz),
    ])
    .case_sensitive(false);
    let cmd = Command::new("cli")
        .param(Arg::new("method").ty(choice))
        .callback(|ctx| {
            clack::echo(ctx.get_required::<MyEnum>("method")?.value());
            Ok(Output::none())
        });
    check_choice_argument(&cmd, "foo-value");
}

#[derive(Clone, Debug)]
struct MyClass(&'static str);

#[test]
fn choice_argument_custom_type() {
    let choice = Choice::from_pairs(["foo", "bar", "baz"].map(|n| (n, MyClass(n))));
    let cmd = Command::new("cli")
        .param(Arg::new("method").ty(choice))
        .callback(|ctx| {
            clack::echo(ctx.get_required::<MyClass>("method")?.0);
            Ok(Output::none())
        });
    check_choice_argument(&cmd, "foo");
}

/// Click's `Choice(["not-none", None])`: the `None` choice is named `none`
/// and gives `None`.
#[test]
fn choice_argument_none() {
    let choice =
        Choice::from_pairs([("not-none", Some("not-none")), ("none", None)]).case_sensitive(false);
    let cmd = Command::new("cli")
        .param(Arg::new("method").ty(choice))
        .callback(|ctx| {
            let method: Option<&str> = ctx.get_required("method")?;
            clack::echo_no_nl(match method {
                Some(m) => format!("'{m}'"),
                None => "None".into(),
            });
            Ok(Output::none())
        });
    let result = invoke(&cmd, &["not-none"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "'not-none'");
    let result = invoke(&cmd, &["none"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "None");
    let result = invoke(&cmd, &[]);
    assert!(result.error.is_some());
    assert!(
        result.stderr.contains(
            "Error: Missing argument '{not-none|none}'. Choose from:\n\tnot-none,\n\tnone\n"
        ),
        "{}",
        result.stderr
    );
    let result = invoke(&cmd, &["--help"]);
    assert!(
        result
            .output
            .starts_with("Usage: cli [OPTIONS] {not-none|none}\n"),
        "{}",
        result.output
    );
}

#[test]
fn choice_argument_optional_metavar() {
    let choice = || Choice::new(["foo", "bar", "baz"]);
    let variadic = Command::new("cli-variadic").param(Arg::new("method").ty(choice()).nargs(-1));
    let optional =
        Command::new("cli-optional").param(Arg::new("method").ty(choice()).required(false));
    let help = clack::testing::Runner::new()
        .prog_name("cli-variadic")
        .invoke(&variadic, ["--help"])
        .output;
    assert!(
        help.contains("Usage: cli-variadic [OPTIONS] [foo|bar|baz]...\n"),
        "{help}"
    );
    assert!(!help.contains("[[foo|bar|baz]]"));
    let help = clack::testing::Runner::new()
        .prog_name("cli-optional")
        .invoke(&optional, ["--help"])
        .output;
    assert!(
        help.contains("Usage: cli-optional [OPTIONS] [foo|bar|baz]\n"),
        "{help}"
    );
    assert!(!help.contains("[[foo|bar|baz]]"));
}

#[test]
fn datetime_argument_optional_metavar() {
    let cmd = Command::new("cli").param(
        Arg::new("when")
            .ty(DateTime::with_formats(["%Y-%m-%d"]))
            .required(false),
    );
    let result = invoke(&cmd, &["--help"]);
    assert!(
        result.output.contains("Usage: cli [OPTIONS] [%Y-%m-%d]\n"),
        "{}",
        result.output
    );
    assert!(!result.output.contains("[[%Y-%m-%d]]"));
}

fn printing_date(ty: DateTime) -> Command {
    Command::new("cli")
        .param(Opt::new("--start_date").ty(ty))
        .callback(|ctx| {
            let date: NaiveDateTime = ctx.get_required("start_date")?;
            clack::echo(date.strftime("%Y-%m-%dT%H:%M:%S"));
            Ok(Output::none())
        })
}

#[test]
fn datetime_option_default() {
    let cmd = printing_date(DateTime::new());
    let result = invoke(&cmd, &["--start_date=2015-09-29"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "2015-09-29T00:00:00\n");
    let result = invoke(&cmd, &["--start_date=2015-09-29T09:11:22"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "2015-09-29T09:11:22\n");
    let result = invoke(&cmd, &["--start_date=2015-09"]);
    assert_eq!(result.exit_code, 2);
    assert!(
        result.output.contains(
            "Invalid value for '--start_date': '2015-09' does not match the formats \
             '%Y-%m-%d', '%Y-%m-%dT%H:%M:%S', '%Y-%m-%d %H:%M:%S'."
        ),
        "{}",
        result.output
    );
    let result = invoke(&cmd, &["--help"]);
    assert!(
        result
            .output
            .contains("--start_date [%Y-%m-%d|%Y-%m-%dT%H:%M:%S|%Y-%m-%d %H:%M:%S]"),
        "{}",
        result.output
    );
}

#[test]
fn datetime_option_custom() {
    let cmd = printing_date(DateTime::with_formats(["%A %B %d, %Y"]));
    let result = invoke(&cmd, &["--start_date=Wednesday June 05, 2010"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "2010-06-05T00:00:00\n");
}
