//! Click's `tests/test_options.py` (continued in `options/`).

use clack::testing::Runner;
use clack::types::{Int, Path};
use clack::{Command, ContextSettings, Opt, Output};

use crate::{invoke, returned};

mod defaults;
mod flags;
mod help_env;
mod more_flags;
mod switches;
mod typed_flags;

/// A command `cli` that returns the value of its one parameter `name`.
pub fn returning<T: Clone + 'static>(opt: Opt, name: &'static str) -> Command {
    Command::new("cli")
        .param(opt)
        .callback(move |ctx| Ok(Output::new(ctx.get::<T>(name)?)))
}

/// The row of the help page that starts (after its indent) with `spec`.
pub fn help_row(help: &str, spec: &str) -> Option<String> {
    help.lines()
        .find(|l| l.trim_start().starts_with(spec))
        .map(str::to_string)
}

#[test]
fn prefixes() {
    let cmd = Command::new("cli")
        .param(Opt::new("++foo").flag().help("das foo"))
        .param(Opt::new("--bar").flag().help("das bar"))
        .callback(|ctx| {
            let foo: bool = ctx.get_required("foo")?;
            let bar: bool = ctx.get_required("bar")?;
            let py = |b: bool| if b { "True" } else { "False" };
            clack::echo(format!("foo={} bar={}", py(foo), py(bar)));
            Ok(Output::none())
        });
    let result = invoke(&cmd, &["++foo", "--bar"]);
    assert!(result.error.is_none(), "{}", result.stderr);
    assert_eq!(result.stdout, "foo=True bar=True\n");
    let result = invoke(&cmd, &["--help"]);
    assert_eq!(
        help_row(&result.stdout, "++foo").unwrap(),
        "  ++foo   das foo"
    );
    assert_eq!(
        help_row(&result.stdout, "--bar").unwrap(),
        "  --bar   das bar"
    );
}

/// Click raises `TypeError` when such an option is built; clack reports
/// the same message as a declaration error when the command runs.
#[test]
fn invalid_option() {
    let err = crate::declaration_error(Command::new("cmd").param(Opt::new("foo")));
    assert!(
        err.contains(
            "No options defined but a name was passed (foo). \
             Did you mean to declare an argument instead? \
             Did you mean to pass '--foo'?"
        ),
        "{err}"
    );
}

#[test]
fn deprecated_usage() {
    for (opt, reason) in [
        (Opt::new("--foo").deprecated(), None),
        (
            Opt::new("--foo").deprecated_because("USE B INSTEAD"),
            Some("USE B INSTEAD"),
        ),
    ] {
        let cmd = Command::new("cmd").param(opt.default("bar"));
        let result = invoke(&cmd, &["--help"]);
        assert!(result.stdout.contains("(DEPRECATED"), "{}", result.stdout);
        if let Some(reason) = reason {
            assert!(result.stdout.contains(reason));
        }
    }
}

#[test]
fn deprecated_empty_help_no_leading_space() {
    for help in [Some(""), None] {
        for (opt, label) in [
            (Opt::new("--foo").deprecated(), "(DEPRECATED)"),
            (
                Opt::new("--foo").deprecated_because("USE B INSTEAD"),
                "(DEPRECATED: USE B INSTEAD)",
            ),
        ] {
            let opt = match help {
                Some(h) => opt.help(h),
                None => opt,
            };
            let result = invoke(&Command::new("cli").param(opt), &["--help"]);
            let row = help_row(&result.stdout, "--foo").expect("a --foo row");
            assert_eq!(row, format!("  --foo TEXT  {label}"), "{help:?}");
        }
    }
}

/// Click asks `get_help_spec`/`get_help_record`; here the spec is the
/// start of the option's row, and a hidden option has no row.
#[test]
fn help_spec() {
    type Make = fn() -> Opt;
    let cases: [(Make, &str); 4] = [
        (|| Opt::new(["-v", "--verbose"]).flag(), "-v, --verbose"),
        (|| Opt::new("--config"), "--config TEXT"),
        (|| Opt::new("--color/--no-color"), "--color / --no-color"),
        (|| Opt::new("/debug;/no-debug"), "/debug; /no-debug"),
    ];
    for (make, spec) in cases {
        let shown = invoke(&Command::new("cli").param(make().help("x")), &["--help"]);
        let row = help_row(&shown.stdout, spec).unwrap_or_else(|| panic!("{}", shown.stdout));
        assert!(row.starts_with(&format!("  {spec}  ")), "{row:?}");
        let hidden = invoke(&Command::new("cli").param(make().hidden(true)), &["--help"]);
        assert!(
            help_row(&hidden.stdout, spec).is_none(),
            "{}",
            hidden.stdout
        );
    }
}

#[test]
fn deprecated_warning() {
    for (opt, reason) in [
        (Opt::new("--my-option").deprecated(), None),
        (
            Opt::new("--my-option").deprecated_because("USE B INSTEAD"),
            Some("USE B INSTEAD"),
        ),
    ] {
        let cmd = Command::new("cli")
            .param(opt.required(false).default("default option"))
            .callback(|ctx| {
                clack::echo(ctx.get_required::<String>("my_option")?);
                Ok(Output::none())
            });
        let result = invoke(&cmd, &[]);
        assert_eq!(result.exit_code, 0, "{}", result.output);
        assert!(!result.output.contains("is deprecated"));
        let result = invoke(&cmd, &["--my-option", "hello"]);
        assert_eq!(result.exit_code, 0, "{}", result.output);
        assert!(
            result.output.contains("option 'my_option' is deprecated"),
            "{}",
            result.output
        );
        if let Some(reason) = reason {
            assert!(result.output.contains(reason));
        }
    }
}

#[test]
fn deprecated_required() {
    let cmd = Command::new("cli").param(Opt::new("--a").required(true).deprecated());
    let result = invoke(&cmd, &["--a", "x"]);
    let error = result.error.expect("a declaration error");
    assert!(
        error.message().contains("is deprecated and still required"),
        "{}",
        error.message()
    );
}

#[test]
fn deprecated_prompt() {
    let cmd = Command::new("cli").param(Opt::new("--a").prompt_auto().deprecated());
    let result = Runner::new().input("x\n").invoke(&cmd, ["--a", "x"]);
    let error = result.error.expect("a declaration error");
    assert!(
        error
            .message()
            .contains("`deprecated` options cannot use `prompt`"),
        "{}",
        error.message()
    );
}

#[test]
fn nargs_tup_composite_mult() {
    let cmd = Command::new("copy")
        .param(
            Opt::new("--item")
                .value_type::<(String, i64)>()
                .multiple(true),
        )
        .callback(|ctx| {
            for (name, id) in ctx.get_required::<Vec<(String, i64)>>("item")? {
                clack::echo(format!("name={name} id={id}"));
            }
            Ok(Output::none())
        });
    let result = invoke(&cmd, &["--item", "peter", "1", "--item", "max", "2"]);
    assert!(result.error.is_none(), "{}", result.stderr);
    assert_eq!(result.stdout, "name=peter id=1\nname=max id=2\n");
}

#[test]
fn counting() {
    let cmd = Command::new("cli")
        .param(
            Opt::new("-v")
                .count()
                .help("Verbosity")
                .ty(Int::<i64>::range(0, 3)),
        )
        .callback(|ctx| {
            clack::echo(format!("verbosity={}", ctx.get_required::<i64>("v")?));
            Ok(Output::none())
        });
    let result = invoke(&cmd, &["-vvv"]);
    assert!(result.error.is_none(), "{}", result.stderr);
    assert_eq!(result.stdout, "verbosity=3\n");
    let result = invoke(&cmd, &["-vvvv"]);
    assert!(result.error.is_some());
    assert!(
        result
            .output
            .contains("Invalid value for '-v': 4 is not in the range 0<=x<=3."),
        "{}",
        result.output
    );
    let result = invoke(&cmd, &[]);
    assert_eq!(result.stdout, "verbosity=0\n");
    let result = invoke(&cmd, &["--help"]);
    assert_eq!(
        help_row(&result.stdout, "-v").unwrap(),
        "  -v      Verbosity  [0<=x<=3]"
    );
}

#[test]
fn unknown_options() {
    for flag in ["--foo", "-f"] {
        let result = invoke(&Command::new("cli"), &[flag]);
        assert!(result.error.is_some());
        assert!(
            result.output.contains(&format!("No such option '{flag}'.")),
            "{}",
            result.output
        );
    }
}

#[test]
fn suggest_possible_options() {
    let cmd = Command::new("cli")
        .param(Opt::new("--bound"))
        .param(Opt::new("--count"));
    for (value, expect) in [
        ("--cat", "Did you mean '--count'?"),
        ("--bounds", "(Did you mean one of: '--bound', '--count'?)"),
        ("--bount", "(Did you mean one of: '--bound', '--count'?)"),
    ] {
        let result = invoke(&cmd, &[value]);
        assert!(result.output.contains(expect), "{value}: {}", result.output);
    }
}

#[test]
fn multiple_required() {
    let cmd = Command::new("cli")
        .param(Opt::new(["-m", "--message"]).multiple(true).required(true))
        .callback(|ctx| {
            clack::echo(ctx.get_required::<Vec<String>>("message")?.join("\n"));
            Ok(Output::none())
        });
    let result = invoke(&cmd, &["-m", "foo", "-mbar"]);
    assert!(result.error.is_none(), "{}", result.stderr);
    assert_eq!(result.stdout, "foo\nbar\n");
    let result = invoke(&cmd, &[]);
    assert!(result.error.is_some());
    assert!(
        result
            .output
            .contains("Error: Missing option '-m' / '--message'.")
    );
}

#[test]
fn empty_envvar() {
    let cmd = Command::new("cli")
        .param(
            Opt::new("--mypath")
                .ty(Path::new().exists(true))
                .envvar("MYPATH"),
        )
        .callback(|ctx| {
            let path: Option<std::path::PathBuf> = ctx.get("mypath")?;
            clack::echo(format!(
                "mypath: {}",
                path.map_or("None".into(), |p| p.display().to_string())
            ));
            Ok(Output::none())
        });
    for key in ["MYPATH", "AUTO_MYPATH"] {
        let result = Runner::new()
            .env(key, "")
            .settings(ContextSettings::new().auto_envvar_prefix("AUTO"))
            .invoke(&cmd, [""; 0]);
        assert!(result.error.is_none(), "{key}: {}", result.stderr);
        assert_eq!(result.stdout, "mypath: None\n");
    }
}

#[test]
fn multiple_envvar() {
    let cmd = returning::<Vec<String>>(Opt::new("--arg").multiple(true), "arg");
    let result = Runner::new()
        .env("TEST_ARG", "foo bar baz")
        .settings(ContextSettings::new().auto_envvar_prefix("TEST"))
        .invoke(&cmd, [""; 0]);
    assert_eq!(
        returned::<Option<Vec<String>>>(result).unwrap(),
        ["foo", "bar", "baz"]
    );
}

/// Click's first case converts to a Python `frozenset`; the two others:
/// a multiple option splits its variable on whitespace, and a path one on
/// the path separator.
#[test]
fn envvar_container_type() {
    let cmd = returning::<Vec<String>>(Opt::new("--arg").multiple(true).envvar("X"), "arg");
    let result = Runner::new().env("X", "foo bar baz").invoke(&cmd, [""; 0]);
    assert_eq!(
        returned::<Option<Vec<String>>>(result).unwrap(),
        ["foo", "bar", "baz"]
    );
    let cmd = returning::<Vec<std::path::PathBuf>>(
        Opt::new("--arg").multiple(true).ty(Path::new()),
        "arg",
    );
    let sep = if cfg!(windows) { ";" } else { ":" };
    let result = Runner::new()
        .env("TEST_ARG", format!("foo{sep}bar"))
        .settings(ContextSettings::new().auto_envvar_prefix("TEST"))
        .invoke(&cmd, [""; 0]);
    assert_eq!(
        returned::<Option<Vec<std::path::PathBuf>>>(result).unwrap(),
        [std::path::PathBuf::from("foo"), "bar".into()]
    );
}

#[test]
fn boolean_flag_envvar() {
    let cmd = returning::<bool>(Opt::new("--shout/--no-shout").envvar("SHOUT"), "shout");
    let truthy = [
        "true", "True", "TRUE", "TruE", "truE", "true    ", "  true  ", "    true",
    ];
    let truthy2 = ["1", "t", "T", "  T  ", "y", "yes", "on"];
    let falsy = [
        "false", "False", "FALSE", "FaLsE", "falsE", "false   ", "  false ", "   false",
    ];
    let falsy2 = ["0", "f", "n", "no", "off", "", " ", "       "];
    let mut cases: Vec<(&str, &str, bool)> = Vec::new();
    for v in truthy.iter().chain(&truthy2) {
        cases.push(("SHOUT", v, true));
    }
    for v in falsy.iter().chain(&falsy2) {
        cases.push(("SHOUT", v, false));
    }
    for name in [
        "SHOUT    ",
        "  SHOUT  ",
        "    SHOUT",
        "SH    OUT",
        "RANDOM",
        "NO_SHOUT",
        "NOSHOUT",
    ] {
        cases.push((name, "True", false));
        cases.push((name, "False", false));
    }
    for (name, value, want) in cases {
        let result = Runner::new().env(name, value).invoke(&cmd, [""; 0]);
        assert_eq!(result.exit_code, 0, "{name:?}={value:?}: {}", result.stderr);
        assert_eq!(
            returned::<Option<bool>>(result),
            Some(want),
            "{name:?}={value:?}"
        );
    }
    let result = Runner::new().env_remove("SHOUT").invoke(&cmd, [""; 0]);
    assert_eq!(returned::<Option<bool>>(result), Some(false));
}

#[test]
fn boolean_envvar_bad_values() {
    let cmd = returning::<bool>(Opt::new("--shout/--no-shout").envvar("SHOUT"), "shout");
    for value in [
        "tr ue",
        "fa lse",
        "10",
        "01",
        "00",
        "11",
        "0.0",
        "1.1",
        "randomstring",
        "None",
        "'None'",
        "A B",
        " 1 2 ",
        "9.3",
        "a;n",
        "x:y",
        "i/o",
    ] {
        let result = Runner::new().env("SHOUT", value).invoke(&cmd, [""; 0]);
        assert_eq!(result.exit_code, 2, "{value:?}");
        // Python's repr: double quotes around a value with a single quote.
        let repr = if value.contains('\'') {
            format!("\"{value}\"")
        } else {
            format!("'{value}'")
        };
        assert!(
            result.output.contains(&format!(
                "Invalid value for '--shout': {repr} is not a valid boolean."
            )),
            "{value:?}: {}",
            result.output
        );
    }
}
