//! Click's `tests/test_options.py`: help extras (defaults, ranges,
//! environment variables), environment variables, validation, choices.

use clack::testing::Runner;
use clack::types::{Choice, File, Int, Path};
use clack::{Command, ContextSettings, Error, Group, Opt, Output};

use super::{help_row, returning};
use crate::{invoke, returned};

fn help(cmd: &Command) -> String {
    let result = invoke(cmd, &["--help"]);
    assert_eq!(result.exit_code, 0, "{}", result.stderr);
    result.stdout
}

fn echo_cmd(opt: Opt, name: &'static str) -> Command {
    Command::new("cmd").param(opt).callback(move |ctx| {
        let value: Option<String> = ctx.get(name)?;
        clack::echo(value.unwrap_or_else(|| "None".into()));
        Ok(Output::none())
    })
}

#[test]
fn dynamic_default_help_unset() {
    let cmd = Command::new("cmd").param(
        Opt::new("--username")
            .prompt_auto()
            .default_fn(|| std::env::var("USER").unwrap_or_default())
            .show_default(true),
    );
    let out = help(&cmd);
    assert!(out.contains("--username"));
    assert!(out.contains("(dynamic)"), "{out}");
}

#[test]
fn dynamic_default_help_text() {
    let cmd = Command::new("cmd").param(
        Opt::new("--username")
            .prompt_auto()
            .default_fn(|| std::env::var("USER").unwrap_or_default())
            .show_default_text("current user"),
    );
    let out = help(&cmd);
    assert!(out.contains("--username"));
    assert!(out.contains("(current user)"), "{out}");
}

#[test]
fn intrange_default_help_text() {
    let cases = [
        (Int::<i64>::range(1, 32), "1<=x<=32"),
        (
            Int::<i64>::range(1, 32).min_open(true).max_open(true),
            "1<x<32",
        ),
        (Int::<i64>::new().min(1), "x>=1"),
        (Int::<i64>::new().max(32), "x<=32"),
    ];
    for (ty, expect) in cases {
        let cmd = Command::new("test").param(
            Opt::new("--num")
                .ty(ty)
                .show_default(true)
                .default(2)
                .help("n"),
        );
        let row = help_row(&help(&cmd), "--num").unwrap();
        assert!(
            row.ends_with(&format!("n  [default: 2; {expect}]")),
            "{row}"
        );
    }
}

#[test]
fn count_default_type_help() {
    let cmd = Command::new("test").param(Opt::new("--count").count().help("some words"));
    let row = help_row(&help(&cmd), "--count").unwrap();
    assert!(row.ends_with("  some words"), "{row:?}");
}

#[test]
fn file_type_help_default() {
    let cmd = Command::new("test").param(
        Opt::new("--in")
            .ty(File::new("r"))
            .default(file!())
            .show_default(true),
    );
    let row = help_row(&help(&cmd), "--in").unwrap();
    assert!(row.contains(&format!("[default: {}]", file!())), "{row}");
}

#[test]
fn toupper_envvar_prefix() {
    let result = Runner::new()
        .env("TEST_ARG", "foo")
        .settings(ContextSettings::new().auto_envvar_prefix("test"))
        .invoke(&echo_cmd(Opt::new("--arg"), "arg"), [""; 0]);
    assert!(result.error.is_none(), "{}", result.stderr);
    assert_eq!(result.stdout, "foo\n");
}

#[test]
fn nargs_envvar() {
    let run = |cmd: &Command, value: &str| {
        Runner::new()
            .env("TEST_ARG", value)
            .settings(ContextSettings::new().auto_envvar_prefix("TEST"))
            .invoke(cmd, [""; 0])
    };
    let cmd = returning::<Vec<String>>(Opt::new("--arg").nargs(2), "arg");
    assert_eq!(
        returned::<Option<Vec<String>>>(run(&cmd, "foo bar")).unwrap(),
        ["foo", "bar"]
    );
    let cmd = returning::<Vec<Vec<String>>>(Opt::new("--arg").nargs(2).multiple(true), "arg");
    assert_eq!(
        returned::<Option<Vec<Vec<String>>>>(run(&cmd, "x 1 y 2")).unwrap(),
        [["x", "1"], ["y", "2"]]
    );
}

#[test]
fn show_envvar() {
    let cmd = Command::new("cmd").param(Opt::new("--arg1").envvar("ARG1").show_envvar(true));
    assert!(help(&cmd).contains("ARG1"));
}

#[test]
fn show_envvar_auto_prefix() {
    let cmd = Command::new("cmd").param(Opt::new("--arg1").show_envvar(true));
    let result = Runner::new()
        .settings(ContextSettings::new().auto_envvar_prefix("TEST"))
        .invoke(&cmd, ["--help"]);
    assert!(result.stdout.contains("TEST_ARG1"), "{}", result.stdout);
}

#[test]
fn show_envvar_auto_prefix_dash_in_command() {
    let cli = Group::new("cli")
        .command(Command::new("foo-bar").param(Opt::new("--baz").show_envvar(true)))
        .into_command();
    let result = Runner::new()
        .settings(ContextSettings::new().auto_envvar_prefix("TEST"))
        .invoke(&cli, ["foo-bar", "--help"]);
    assert_eq!(result.exit_code, 0);
    assert!(
        result.stdout.contains("TEST_FOO_BAR_BAZ"),
        "{}",
        result.stdout
    );
}

#[test]
fn show_envvar_empty() {
    for envvar in [None, Some("")] {
        for (prefix, expected) in [
            (None, "  --units TEXT\n"),
            (
                Some("WEATHER"),
                "  --units TEXT  [env var: WEATHER_UNITS]\n",
            ),
        ] {
            let mut opt = Opt::new("--units").show_envvar(true);
            if let Some(e) = envvar {
                opt = opt.envvar(e);
            }
            let mut settings = ContextSettings::new();
            if let Some(p) = prefix {
                settings = settings.auto_envvar_prefix(p);
            }
            let result = Runner::new()
                .settings(settings)
                .invoke(&Command::new("cli").param(opt), ["--help"]);
            assert!(
                result.stdout.contains(expected),
                "{envvar:?} {prefix:?}: {}",
                result.stdout
            );
        }
    }
}

#[test]
fn custom_validation() {
    let opt = Opt::new("--foo")
        .default(1)
        .callback(|_, _, v: Option<i64>| match v {
            Some(n) if n < 0 => Err(Error::bad_parameter("Value needs to be positive")),
            v => Ok(v),
        });
    let cmd = Command::new("cmd").param(opt).callback(|ctx| {
        clack::echo(ctx.get_required::<i64>("foo")?.to_string());
        Ok(Output::none())
    });
    let result = invoke(&cmd, &["--foo", "-1"]);
    assert!(
        result
            .output
            .contains("Invalid value for '--foo': Value needs to be positive"),
        "{}",
        result.output
    );
    assert_eq!(invoke(&cmd, &["--foo", "42"]).output, "42\n");
}

#[test]
fn callback_validates_prompt() {
    let opt = Opt::new("-a")
        .value_type::<i64>()
        .prompt_auto()
        .callback(|_, _, v: Option<i64>| match v {
            Some(n) if n < 0 => Err(Error::bad_parameter("should be positive")),
            v => Ok(v),
        });
    let cmd = Command::new("cli").param(opt).callback(|ctx| {
        clack::echo(ctx.get_required::<i64>("a")?.to_string());
        Ok(Output::none())
    });
    let result = Runner::new().input("-12\n60\n").invoke(&cmd, [""; 0]);
    assert_eq!(
        result.output,
        "A: -12\nError: should be positive\nA: 60\n60\n"
    );
}

#[test]
fn winstyle_options() {
    let cmd = Command::new("cmd")
        .param(Opt::new("/debug;/no-debug").help("Enables or disables debug mode."))
        .help_option_names(["/?"])
        .callback(|ctx| {
            let debug: bool = ctx.get_required("debug")?;
            clack::echo(if debug { "True" } else { "False" });
            Ok(Output::none())
        });
    assert_eq!(invoke(&cmd, &["/debug"]).output, "True\n");
    assert_eq!(invoke(&cmd, &["/no-debug"]).output, "False\n");
    assert_eq!(invoke(&cmd, &[]).output, "False\n");
    let out = invoke(&cmd, &["/?"]).output;
    assert!(
        out.contains("/debug; /no-debug  Enables or disables debug mode."),
        "{out}"
    );
    assert!(
        out.contains("/?                 Show this message and exit."),
        "{out}"
    );
}

#[test]
fn legacy_options() {
    let cmd = echo_cmd(Opt::new("-whatever"), "whatever");
    assert_eq!(invoke(&cmd, &["-whatever", "42"]).output, "42\n");
    assert_eq!(invoke(&cmd, &["-whatever=23"]).output, "23\n");
}

/// Click feeds Python values of every kind to `process_value`; a clack
/// option receives strings from the command line, kept as they are, and
/// only a missing one is an error.
#[test]
fn required_option() {
    let cmd = returning::<String>(Opt::new("-a").required(true), "a");
    for value in ["", "  ", "foo", "12", "12.1", "[]", "()", "set()", "{}"] {
        assert_eq!(
            returned::<Option<String>>(invoke(&cmd, &["-a", value])).as_deref(),
            Some(value)
        );
    }
    let result = invoke(&cmd, &[]);
    assert_eq!(result.exit_code, 2);
    assert!(
        result.stderr.contains("Missing option '-a'."),
        "{}",
        result.stderr
    );
}

#[test]
fn missing_required_flag() {
    let cmd = Command::new("cli").param(Opt::new("--on/--off").flag().required(true));
    let result = invoke(&cmd, &[]);
    assert_eq!(result.exit_code, 2);
    assert!(
        result.output.contains("Error: Missing option '--on'."),
        "{}",
        result.output
    );
}

#[test]
fn missing_choice() {
    let cmd = Command::new("cmd").param(
        Opt::new("--foo")
            .ty(Choice::new(["foo", "bar"]))
            .required(true),
    );
    let result = invoke(&cmd, &[]);
    assert_eq!(result.exit_code, 2);
    let (error, choices) = result
        .output
        .split_once("Choose from")
        .expect("Choose from");
    assert!(error.contains("Error: Missing option '--foo'. "), "{error}");
    assert!(choices.contains("foo") && choices.contains("bar"));
}

#[test]
fn missing_envvar() {
    let cases = [
        (
            Opt::new("--foo").envvar("bar"),
            "Error: Missing option '--foo'.",
        ),
        (
            Opt::new("--foo").envvar("bar").show_envvar(true),
            "Error: Missing option '--foo' (env var: 'bar').",
        ),
        (
            Opt::new("--foo").show_envvar(true),
            "Error: Missing option '--foo'.",
        ),
    ];
    for (opt, want) in cases {
        let result = invoke(&Command::new("cli").param(opt.required(true)), &[]);
        assert_eq!(result.exit_code, 2);
        assert!(result.output.contains(want), "{}", result.output);
    }
}

#[test]
fn missing_envvar_sequence() {
    let cases: [(&[&str], &str); 4] = [
        (&["UNITS"], "'--units' (env var: 'UNITS')"),
        (
            &["WEATHER_UNITS", "UNITS"],
            "'--units' (env var: 'WEATHER_UNITS', 'UNITS')",
        ),
        (&[], "'--units'"),
        (&[""], "'--units'"),
    ];
    for (vars, expected) in cases {
        let mut opt = Opt::new("--units").show_envvar(true).required(true);
        for v in vars {
            opt = opt.envvar(*v);
        }
        let result = Runner::new()
            .clear_env()
            .invoke(&Command::new("cli").param(opt), [""; 0]);
        assert_eq!(result.exit_code, 2);
        assert!(
            result
                .output
                .contains(&format!("Error: Missing option {expected}.")),
            "{vars:?}: {}",
            result.output
        );
    }
}

#[test]
fn case_insensitive_choice() {
    let cmd = echo_cmd(
        Opt::new("--foo").ty(Choice::new(["Orange", "Apple"]).case_sensitive(false)),
        "foo",
    );
    for (arg, want) in [
        ("apple", "Apple\n"),
        ("oRANGe", "Orange\n"),
        ("Apple", "Apple\n"),
    ] {
        let result = invoke(&cmd, &["--foo", arg]);
        assert_eq!(result.exit_code, 0);
        assert_eq!(result.output, want);
    }
    let cmd2 = echo_cmd(
        Opt::new("--foo").ty(Choice::new(["Orange", "Apple"])),
        "foo",
    );
    assert_eq!(invoke(&cmd2, &["--foo", "apple"]).exit_code, 2);
    assert_eq!(invoke(&cmd2, &["--foo", "oRANGe"]).exit_code, 2);
    assert_eq!(invoke(&cmd2, &["--foo", "Apple"]).exit_code, 0);
}

#[test]
fn case_insensitive_choice_returned_exactly() {
    let cmd = echo_cmd(
        Opt::new("--foo").ty(Choice::new(["Orange", "Apple"]).case_sensitive(false)),
        "foo",
    );
    assert_eq!(invoke(&cmd, &["--foo", "apple"]).output, "Apple\n");
}

/// Click's `CliRunner` forces a help width of 80 (`formatting.FORCED_WIDTH`),
/// where a program on an 80-column terminal gets 78; so does clack's
/// `Runner` (this line wraps differently at 78), whatever `COLUMNS` says.
#[test]
fn option_help_preserve_paragraphs() {
    let cmd = Command::new("cmd").param(Opt::new(["-C", "--config"]).ty(Path::new()).help(
        "Configuration file to use.

        If not given, the environment variable CONFIG_FILE is consulted
        and used if set. If neither are given, a default configuration
        file is loaded.",
    ));
    let i = " ".repeat(21);
    let want = format!(
        "  -C, --config PATH  Configuration file to use.\n{i}\n\
         {i}If not given, the environment variable CONFIG_FILE is\n\
         {i}consulted and used if set. If neither are given, a default\n\
         {i}configuration file is loaded."
    );
    for columns in ["80", "60", "200"] {
        let out = Runner::new()
            .env("COLUMNS", columns)
            .invoke(&cmd, ["--help"])
            .stdout;
        assert!(out.contains(&want), "COLUMNS={columns}: {out}");
    }
}

/// A type that hands each value on as it came.
#[derive(Clone)]
struct Passthrough;

impl clack::ParamType for Passthrough {
    type Value = String;
    fn name(&self) -> String {
        "passthrough".into()
    }
    fn convert(
        &self,
        value: std::ffi::OsString,
        _ctx: Option<&clack::Context>,
    ) -> Result<String, Error> {
        Ok(value.to_string_lossy().into_owned())
    }
}

/// Click's custom `type_cast_value` never sees its "unset" marker; a clack
/// type only converts values that are there, and each run succeeds.
#[test]
fn option_custom_class_can_override_type_cast_value_and_never_sees_unset() {
    let cases: Vec<(Opt, &[&str])> = vec![
        (Opt::new(["myparam", "--opt"]).ty(Passthrough), &[]),
        (
            Opt::new(["myparam", "--opt"])
                .ty(Passthrough)
                .multiple(true),
            &[],
        ),
        (Opt::new(["myparam", "--opt"]).flag(), &[]),
        (Opt::new(["myparam", "--opt/--no-opt"]).flag(), &[]),
        (
            Opt::new(["myparam", "--req"]).flag().required(true),
            &["--req"],
        ),
    ];
    for (opt, args) in cases {
        let cmd = Command::new("cmd").param(opt).callback(|_| {
            clack::echo("ok");
            Ok(Output::none())
        });
        let result = invoke(&cmd, args);
        assert!(result.error.is_none(), "{args:?}: {}", result.stderr);
        assert_eq!(result.output, "ok\n");
    }
}

/// Click's variant with a custom `Option` class is Python-only.
#[test]
fn help_option_custom_names_and_class() {
    let cases: [(&[&str], &str); 3] = [
        (
            &["-h", "--help"],
            "  -h, --help  Show this message and exit.\n",
        ),
        (
            &["-h"],
            "  -h      Show this message and exit.\n  --help  Show this message and exit.\n",
        ),
        (&["--help"], "  --help  Show this message and exit.\n"),
    ];
    for (names, expected) in cases {
        let cmd = Command::new("cmd").param(
            Opt::new(names)
                .flag()
                .is_eager(true)
                .expose_value(false)
                .help("Show this message and exit.")
                .callback_raw(|ctx, _, v| {
                    if v.as_ref().and_then(|v| v.get::<bool>()) == Some(&true) {
                        clack::echo_no_nl(ctx.get_help());
                        clack::echo("");
                        return Err(ctx.exit(0));
                    }
                    Ok(v)
                }),
        );
        for arg in names {
            let result = invoke(&cmd, &[arg]);
            assert_eq!(result.exit_code, 0, "{arg}: {}", result.output);
            assert!(result.output.contains(expected), "{arg}: {}", result.output);
        }
    }
}

#[test]
fn bool_flag_with_type() {
    let cmd = Command::new("cmd").param(
        Opt::new("--shout/--no-shout")
            .default(false)
            .value_type::<bool>(),
    );
    let result = invoke(&cmd, &[]);
    assert!(result.error.is_none(), "{}", result.stderr);
}

#[test]
fn aliases_for_flags() {
    let py = |b: bool| if b { "True\n" } else { "False\n" };
    let cli = returning::<bool>(
        Opt::new(["--warnings/--no-warnings", " /-W"]).default(true),
        "warnings",
    );
    for (arg, want) in [
        ("--warnings", true),
        ("--no-warnings", false),
        ("-W", false),
    ] {
        assert_eq!(
            returned::<Option<bool>>(invoke(&cli, &[arg])),
            Some(want),
            "{arg} {}",
            py(want)
        );
    }
    let cli_alt = returning::<bool>(
        Opt::new(["--warnings/--no-warnings", "-w"]).default(true),
        "warnings",
    );
    for (arg, want) in [("--warnings", true), ("--no-warnings", false), ("-w", true)] {
        assert_eq!(
            returned::<Option<bool>>(invoke(&cli_alt, &[arg])),
            Some(want),
            "{arg}"
        );
    }
}
