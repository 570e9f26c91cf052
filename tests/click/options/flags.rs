//! Click's `tests/test_options.py`: option names, shown defaults, flags
//! and their values, options whose value is optional.

use clack::testing::Runner;
use clack::{Command, ContextSettings, Opt, Output};

use super::{help_row, returning};
use crate::{invoke, returned};

fn help_of(cmd: &Command) -> String {
    let result = invoke(cmd, &["--help"]);
    assert_eq!(result.exit_code, 0, "{}", result.stderr);
    result.stdout
}

/// The help text column of the option whose row starts with `spec`.
fn help_text(opt: Opt, spec: &str) -> String {
    let out = help_of(&Command::new("test").param(opt));
    let row = help_row(&out, spec).unwrap_or_else(|| panic!("no {spec} in {out}"));
    row.trim_start()[spec.len()..].trim_start().to_string()
}

#[test]
fn option_names() {
    let cases: [(&[&str], &str); 10] = [
        (&["--aggressive", "--all", "-a"], "aggressive"),
        (
            &["--first", "--second", "--third", "-a", "-b", "-c"],
            "first",
        ),
        (
            &["--apple", "--banana", "--cantaloupe", "-a", "-b", "-c"],
            "apple",
        ),
        (
            &["--cantaloupe", "--banana", "--apple", "-c", "-b", "-a"],
            "cantaloupe",
        ),
        (&["-a", "-b", "-c"], "a"),
        (&["-c", "-b", "-a"], "c"),
        (
            &["-a", "--apple", "-b", "--banana", "-c", "--cantaloupe"],
            "apple",
        ),
        (
            &["-c", "-a", "--cantaloupe", "-b", "--banana", "--apple"],
            "cantaloupe",
        ),
        (&["--from", "-f", "_from"], "_from"),
        (&["--return", "-r", "_ret"], "_ret"),
    ];
    for (decls, expected) in cases {
        let cmd = returning::<bool>(Opt::new(decls).flag(), expected);
        assert_eq!(cmd.params_list()[0].name(), expected);
        for form in decls.iter().filter(|f| f.starts_with('-')) {
            assert_eq!(
                returned::<Option<bool>>(invoke(&cmd, &[form])),
                Some(true),
                "{form}"
            );
        }
    }
}

/// Click refuses `--foo/--foo` when the option is built; clack reports
/// its message as a declaration error when the command runs.
#[test]
fn flag_duplicate_names() {
    let cmd = Command::new("cmd").param(Opt::new("--foo/--foo").default(false));
    let err = crate::declaration_error(cmd);
    assert!(
        err.contains("cannot use the same flag for true/false"),
        "{err}"
    );
}

#[test]
fn show_default_boolean_flag_name() {
    for (default, expect) in [(false, "no-cache"), (true, "cache")] {
        let opt = Opt::new(["--cache/--no-cache", "--c/--nc"])
            .default(default)
            .show_default(true)
            .help("Enable/Disable the cache.");
        // The row wraps; its lines joined back.
        let out = help_of(&Command::new("test").param(opt));
        let joined: String = out.lines().map(str::trim_start).collect();
        assert!(joined.contains(&format!("[default: {expect}]")), "{out}");
    }
}

#[test]
fn show_true_default_boolean_flag_value() {
    let opt = Opt::new("--cache")
        .flag()
        .show_default(true)
        .default(true)
        .help("Enable the cache.");
    let text = help_text(opt, "--cache");
    assert!(text.contains("[default: True]"), "{text}");
}

#[test]
fn hide_false_default_boolean_flag_value() {
    for default in [Some(false), None] {
        let mut opt = Opt::new("--cache")
            .flag()
            .show_default(true)
            .help("Enable the cache.");
        if let Some(d) = default {
            opt = opt.default(d);
        }
        let text = help_text(opt, "--cache");
        assert!(!text.contains("[default: "), "{text}");
    }
}

#[test]
fn show_default_string() {
    let text = help_text(
        Opt::new("--limit").show_default_text("unlimited"),
        "--limit TEXT",
    );
    assert!(text.contains("[default: (unlimited)]"), "{text}");
}

#[test]
fn string_show_default_shows_custom_string_in_prompt() {
    let cmd = Command::new("cmd").param(
        Opt::new("--arg1")
            .show_default_text("custom")
            .prompt_auto()
            .default("my-default-value"),
    );
    let result = Runner::new().input("my-input").invoke(&cmd, [""; 0]);
    assert!(result.output.contains("(custom)"), "{}", result.output);
    assert!(!result.output.contains("my-default-value"));
}

/// Click's second case is a Python object whose `==` raises.
#[test]
fn show_default_with_empty_string() {
    let text = help_text(
        Opt::new("--limit").default("").show_default(true),
        "--limit TEXT",
    );
    assert!(text.contains("[default: \"\"]"), "{text}");
}

#[test]
fn do_not_show_no_default() {
    let text = help_text(
        Opt::new("--limit").show_default(true).help("x"),
        "--limit TEXT",
    );
    assert!(!text.contains("[default: None]"), "{text}");
    assert_eq!(text, "x");
}

#[test]
fn do_not_show_default_empty_multiple() {
    let opt = Opt::new("-a")
        .multiple(true)
        .help("values")
        .show_default(true);
    assert_eq!(help_text(opt, "-a TEXT"), "values");
}

#[test]
fn show_default_precedence() {
    let cases: [(Option<bool>, Option<&str>, Option<&str>); 10] = [
        (None, None, None),
        (None, Some("false"), None),
        (None, Some("true"), Some("[default: 1]")),
        (Some(false), None, None),
        (Some(false), Some("false"), None),
        (Some(false), Some("true"), Some("[default: 1]")),
        (Some(true), None, Some("[default: 1]")),
        (Some(true), Some("false"), None),
        (Some(true), Some("true"), Some("[default: 1]")),
        (Some(false), Some("one"), Some("[default: (one)]")),
    ];
    for (ctx_value, opt_value, expect) in cases {
        let mut opt = Opt::new("-a").default(1).help("value");
        opt = match opt_value {
            None => opt,
            Some("true") => opt.show_default(true),
            Some("false") => opt.show_default(false),
            Some(text) => opt.show_default_text(text),
        };
        let mut settings = ContextSettings::new();
        if let Some(v) = ctx_value {
            settings = settings.show_default(v);
        }
        let result = Runner::new()
            .settings(settings)
            .invoke(&Command::new("test").param(opt), ["--help"]);
        let row = help_row(&result.stdout, "-a ").unwrap();
        match expect {
            Some(extra) => assert!(row.ends_with(&format!("value  {extra}")), "{row}"),
            None => assert!(
                !row.contains("default:"),
                "{ctx_value:?} {opt_value:?}: {row}"
            ),
        }
    }
}

type OptionalValue = (Option<String>, Option<String>, Vec<String>);

fn optional_value_cli() -> Command {
    Command::new("cli")
        .param(Opt::new(["-o", "--opt"]).is_flag(false).flag_value("flag"))
        .param(Opt::new("-a"))
        .param(clack::Arg::new("b").nargs(-1))
        .callback(|ctx| {
            let value: OptionalValue = (ctx.get("opt")?, ctx.get("a")?, ctx.get_required("b")?);
            Ok(Output::new(value))
        })
}

#[test]
fn option_with_optional_value() {
    let s = |v: &str| Some(v.to_string());
    let v = |vs: &[&str]| vs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let cases: Vec<(&[&str], OptionalValue)> = vec![
        (&[], (None, None, v(&[]))),
        (&["--opt"], (s("flag"), None, v(&[]))),
        (&["--opt", "-a", "42"], (s("flag"), s("42"), v(&[]))),
        (&["--opt", "test", "-a", "42"], (s("test"), s("42"), v(&[]))),
        (&["--opt=test", "-a", "42"], (s("test"), s("42"), v(&[]))),
        (&["-o"], (s("flag"), None, v(&[]))),
        (&["-o", "-a", "42"], (s("flag"), s("42"), v(&[]))),
        (&["-o", "test", "-a", "42"], (s("test"), s("42"), v(&[]))),
        (&["-otest", "-a", "42"], (s("test"), s("42"), v(&[]))),
        (&["a", "b", "c"], (None, None, v(&["a", "b", "c"]))),
        (&["--opt", "a", "b", "c"], (s("a"), None, v(&["b", "c"]))),
        (&["--opt", "test"], (s("test"), None, v(&[]))),
        (
            &["-otest", "a", "b", "c"],
            (s("test"), None, v(&["a", "b", "c"])),
        ),
        (
            &["--opt=test", "a", "b", "c"],
            (s("test"), None, v(&["a", "b", "c"])),
        ),
    ];
    let cli = optional_value_cli();
    for (args, want) in cases {
        assert_eq!(
            returned::<OptionalValue>(invoke(&cli, args)),
            want,
            "{args:?}"
        );
    }
}

#[test]
fn multiple_option_with_optional_value() {
    let cli = Command::new("cli")
        .param(
            Opt::new("-f")
                .is_flag(false)
                .flag_value("flag")
                .multiple(true),
        )
        .param(Opt::new("-a"))
        .param(clack::Arg::new("b").nargs(-1))
        .callback(|ctx| {
            let f: Vec<String> = ctx.get_required("f")?;
            let a: Option<String> = ctx.get("a")?;
            let b: Vec<String> = ctx.get_required("b")?;
            Ok(Output::new((f, a, b)))
        });
    let (f, a, b) = returned::<(Vec<String>, Option<String>, Vec<String>)>(invoke(
        &cli,
        &["-f", "-f", "other", "-f", "-a", "1", "a", "b"],
    ));
    assert_eq!(f, ["flag", "other", "flag"]);
    assert_eq!(a.as_deref(), Some("1"));
    assert_eq!(b, ["a", "b"]);
}

/// Click infers `INT` from `flag_value=4`; the enum and container cases
/// are Python objects.
#[test]
fn type_from_flag_value() {
    let cmd = returning::<i64>(Opt::new(["-b", "x"]).flag_value(8), "x");
    assert_eq!(returned::<Option<i64>>(invoke(&cmd, &["-b"])), Some(8));
    let cmd = returning::<i64>(Opt::new(["-a", "x"]).default(true).flag_value(4), "x");
    assert_eq!(returned::<Option<i64>>(invoke(&cmd, &["-a"])), Some(4));
}

/// One row of `flag_value_and_default`: the option's value type, default
/// and flag value (each `None` when not given, Python's `None` included).
enum Want {
    Bool(Option<bool>),
    Text(Option<&'static str>),
}

#[test]
fn flag_value_and_default() {
    use Want::{Bool as B, Text as T};
    #[derive(Clone, Copy)]
    enum D {
        No,
        Bool(bool),
        Str(&'static str),
    }
    // (is the type bool, default, flag_value, args, expected)
    let cases: Vec<(bool, D, D, &[&str], Want)> = vec![
        (true, D::No, D::No, &[], B(Some(false))),
        (true, D::No, D::No, &["--foo"], B(Some(true))),
        (false, D::No, D::No, &[], T(None)),
        (false, D::No, D::No, &["--foo"], T(Some("True"))),
        (true, D::Bool(true), D::No, &[], B(Some(true))),
        (true, D::Bool(true), D::No, &["--foo"], B(Some(true))),
        (true, D::Bool(false), D::No, &[], B(Some(false))),
        (true, D::Bool(false), D::No, &["--foo"], B(Some(true))),
        (true, D::Str("foo"), D::No, &["--foo"], B(Some(true))),
        (false, D::Bool(true), D::No, &[], T(Some("True"))),
        (false, D::Bool(true), D::No, &["--foo"], T(Some("True"))),
        (false, D::Bool(false), D::No, &[], T(Some("False"))),
        (false, D::Bool(false), D::No, &["--foo"], T(Some("True"))),
        (false, D::Str("foo"), D::No, &[], T(Some("foo"))),
        (false, D::Str("foo"), D::No, &["--foo"], T(Some("True"))),
        (true, D::No, D::Bool(true), &[], B(Some(false))),
        (true, D::No, D::Bool(true), &["--foo"], B(Some(true))),
        (true, D::No, D::Bool(false), &[], B(Some(false))),
        (true, D::No, D::Bool(false), &["--foo"], B(Some(false))),
        (false, D::No, D::Bool(true), &[], T(None)),
        (false, D::No, D::Bool(true), &["--foo"], T(Some("True"))),
        (false, D::No, D::Bool(false), &[], T(None)),
        (false, D::No, D::Bool(false), &["--foo"], T(Some("False"))),
        (false, D::No, D::Str("foo"), &[], T(None)),
        (false, D::No, D::Str("foo"), &["--foo"], T(Some("foo"))),
        (true, D::Bool(true), D::Bool(true), &[], B(Some(true))),
        (true, D::Bool(true), D::Bool(false), &[], B(Some(true))),
        (true, D::Bool(false), D::Bool(true), &[], B(Some(false))),
        (true, D::Bool(false), D::Bool(false), &[], B(Some(false))),
        (false, D::Bool(true), D::Bool(true), &[], T(Some("True"))),
        (false, D::Bool(true), D::Bool(false), &[], T(Some("False"))),
        (false, D::Bool(false), D::Bool(true), &[], T(Some("False"))),
        (false, D::Bool(false), D::Bool(false), &[], T(Some("False"))),
        (false, D::Str("foo"), D::Bool(true), &[], T(Some("foo"))),
        (false, D::Str("foo"), D::Bool(false), &[], T(Some("foo"))),
        (false, D::Str("foo"), D::Str("bar"), &[], T(Some("foo"))),
        (
            true,
            D::Bool(true),
            D::Bool(true),
            &["--foo"],
            B(Some(true)),
        ),
        (
            true,
            D::Bool(true),
            D::Bool(false),
            &["--foo"],
            B(Some(false)),
        ),
        (
            true,
            D::Bool(false),
            D::Bool(true),
            &["--foo"],
            B(Some(true)),
        ),
        (
            true,
            D::Bool(false),
            D::Bool(false),
            &["--foo"],
            B(Some(false)),
        ),
        (
            false,
            D::Bool(true),
            D::Bool(true),
            &["--foo"],
            T(Some("True")),
        ),
        (
            false,
            D::Bool(true),
            D::Bool(false),
            &["--foo"],
            T(Some("False")),
        ),
        (
            false,
            D::Bool(false),
            D::Bool(true),
            &["--foo"],
            T(Some("True")),
        ),
        (
            false,
            D::Bool(false),
            D::Bool(false),
            &["--foo"],
            T(Some("False")),
        ),
        (
            false,
            D::Str("foo"),
            D::Bool(true),
            &["--foo"],
            T(Some("True")),
        ),
        (
            false,
            D::Str("foo"),
            D::Bool(false),
            &["--foo"],
            T(Some("False")),
        ),
        (
            false,
            D::Str("foo"),
            D::Str("bar"),
            &["--foo"],
            T(Some("bar")),
        ),
    ];
    let mut wrong = Vec::new();
    for (is_bool, default, flag_value, args, want) in cases {
        let mut opt = Opt::new("--foo").flag();
        opt = if is_bool {
            opt.value_type::<bool>()
        } else {
            opt.value_type::<String>()
        };
        opt = match default {
            D::No => opt,
            D::Bool(b) => opt.default(b),
            D::Str(s) => opt.default(s),
        };
        opt = match flag_value {
            D::No => opt,
            D::Bool(b) => opt.flag_value(b),
            D::Str(s) => opt.flag_value(s),
        };
        let result = invoke(&returning::<bool>(opt.clone(), "foo"), args);
        let ok = match &want {
            B(w) => result.output_value.is_some() && returned::<Option<bool>>(result) == *w,
            T(w) => {
                let result = invoke(&returning::<String>(opt, "foo"), args);
                result.output_value.is_some() && returned::<Option<String>>(result).as_deref() == *w
            }
        };
        if !ok {
            wrong.push(format!("{is_bool} {args:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
