//! Click's `tests/test_options.py`: flags sharing a name, flag values
//! from environment variables, flag detection, choices in help.

use clack::testing::Runner;
use clack::types::{Choice, Int};
use clack::{Command, Opt, Output};

use super::returning;
use crate::{declaration_error, invoke, returned};

type Shape = fn(Opt) -> Opt;
type Make = fn() -> Opt;

/// Python's repr of an optional string.
fn repr(value: &Option<String>) -> String {
    match value {
        None => "None".into(),
        Some(v) => format!("'{v}'"),
    }
}

#[test]
fn invalid_flag_definition() {
    let cases: [(&[&str], Shape); 2] = [
        (&[], |o| o.default("foo")),
        (&["--foo"], |o| o.flag_value("foo")),
    ];
    for (args, shape) in cases {
        let opt = shape(Opt::new("--foo").flag().value_type::<bool>());
        let result = invoke(&returning::<bool>(opt, "foo"), args);
        assert!(
            result
                .output
                .contains("Error: Invalid value for '--foo': 'foo' is not a valid boolean"),
            "{args:?}: {}",
            result.output
        );
    }
}

fn dual_callback(default: Option<Shape>) -> Command {
    let callback = |_: &clack::Context, _: &clack::Param, v: Option<String>| {
        Ok(Some(format!("Callback value: {}", repr(&v))))
    };
    let mut js = Opt::new(["--js", "fmt"])
        .flag_value("js")
        .callback(callback);
    if let Some(shape) = default {
        js = shape(js);
    }
    Command::new("main")
        .param(js)
        .param(
            Opt::new(["--xml", "fmt"])
                .flag_value("xml")
                .callback(callback),
        )
        .callback(|ctx| {
            clack::echo_no_nl(ctx.get_required::<String>("fmt")?);
            Ok(Output::none())
        })
}

#[test]
fn default_dual_option_callback() {
    let cases: Vec<(Option<Shape>, &[&str], &str)> = vec![
        (Some(|o| o.default(true)), &["--js"], "'js'"),
        (Some(|o| o.default(true)), &["--xml"], "'xml'"),
        (Some(|o| o.default(false)), &["--js"], "'js'"),
        (Some(|o| o.default(false)), &["--xml"], "'xml'"),
        (None, &["--js"], "'js'"),
        (None, &["--xml"], "'xml'"),
        (Some(|o| o.default(true)), &["--js", "--xml"], "'xml'"),
        (Some(|o| o.default(true)), &["--xml", "--js"], "'js'"),
        (Some(|o| o.default("js")), &[], "'js'"),
        (Some(|o| o.default("xml")), &[], "'xml'"),
        (Some(|o| o.default("jS")), &[], "'jS'"),
        (Some(|o| o.default("xMl")), &[], "'xMl'"),
        (Some(|o| o.default(" ᕕ( ᐛ )ᕗ ")), &[], "' ᕕ( ᐛ )ᕗ '"),
        (None, &[], "None"),
        (Some(|o| o.default(true)), &[], "'js'"),
        (Some(|o| o.default(false)), &[], "'False'"),
        (Some(|o| o.default(42)), &[], "'42'"),
        (Some(|o| o.default(12.3)), &[], "'12.3'"),
    ];
    let mut wrong = Vec::new();
    for (default, args, expected) in cases {
        let result = invoke(&dual_callback(default), args);
        let want = format!("Callback value: {expected}");
        if result.exit_code != 0 || result.output != want {
            wrong.push(format!("{args:?} want {want:?} got {:?}", result.output));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn envvar_string_flag_value() {
    let mut cases: Vec<(&str, Option<&str>, Option<&str>)> = Vec::new();
    for v in [
        "bar", "BAR", " bar ", "42", "None", "True", "False", "true", "false", "A B", " 1 2 ",
        "9.3", "a;n", "x:y", "i/o",
    ] {
        cases.push((v, Some(v), Some(v)));
    }
    for f in [
        "bar", "BAR", " bar ", "42", "None", "True", "true", "False", "false",
    ] {
        cases.push((f, Some(""), None));
        cases.push((f, None, None));
    }
    for e in [
        "True", "true", "trUe", "  TRUE  ", "1", "yes", "on", "t", "y",
    ] {
        cases.push(("bar", Some(e), Some("bar")));
    }
    for e in [
        "False",
        "false",
        "faLse",
        "  FALSE  ",
        "0",
        "no",
        "off",
        "f",
        "n",
    ] {
        cases.push(("bar", Some(e), Some("False")));
    }
    for (f, e) in [
        ("bar", " bar "),
        ("bar", "BAR"),
        ("bar", "random"),
        ("bar", "bar random"),
        ("bar", "random bar"),
        ("BAR", "bar"),
        (" bar ", "bar"),
        (" bar ", "BAR"),
        ("None", "foo"),
    ] {
        cases.push((f, Some(e), None));
    }
    let mut wrong = Vec::new();
    for (flag_value, env, expected) in cases {
        let opt = Opt::new("--upper")
            .value_type::<String>()
            .flag_value(flag_value)
            .envvar("UPPER");
        let mut runner = Runner::new().env_remove("UPPER");
        if let Some(e) = env {
            runner = runner.env("UPPER", e);
        }
        let result = runner.invoke(&returning::<String>(opt, "upper"), [""; 0]);
        let got = (result.exit_code == 0).then(|| returned::<Option<String>>(result));
        if got.as_ref().map(|g| g.as_deref()) != Some(expected) {
            wrong.push(format!(
                "{flag_value:?} {env:?}: want {expected:?}, got {got:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Click's `is_flag`; its `is_bool_flag` shows in the value: a boolean
/// flag gives `false` when not given.
#[test]
fn flag_auto_detection() {
    let cases: [(Make, bool, bool); 8] = [
        (|| Opt::new("-a").value_type::<i64>(), false, false),
        (|| Opt::new("-a").value_type::<bool>(), false, false),
        (|| Opt::new("-a").default(true), false, false),
        (|| Opt::new("-a").default(false), false, false),
        (|| Opt::new("-a").flag_value(1), true, false),
        (|| Opt::new("-a").flag(), true, true),
        (|| Opt::new("-a/-A"), true, true),
        (|| Opt::new("-a").flag_value(true), true, true),
    ];
    for (i, (make, is_flag, is_bool_flag)) in cases.into_iter().enumerate() {
        let cmd = Command::new("cli").param(make());
        assert_eq!(cmd.params_list()[0].is_flag(), is_flag, "case {i}");
        if is_bool_flag {
            let got = returned::<Option<bool>>(invoke(&returning::<bool>(make(), "a"), &[]));
            assert_eq!(got, Some(false), "case {i}");
        }
    }
    let cmd = Command::new("cli").param(Opt::new("-a").is_flag(false).flag_value(1));
    assert!(!cmd.params_list()[0].is_flag());
}

/// Click raises `TypeError`; clack reports a declaration error when the
/// command runs, in its own words.
#[test]
fn invalid_flag_combinations() {
    let err =
        crate::declaration_error(Command::new("cmd").param(Opt::new("-a").count().multiple(true)));
    assert!(
        err.contains("the option '-a' counts its occurrences and so cannot also be `multiple`."),
        "{err}"
    );
}

/// The other half of `invalid_flag_combinations`.
#[test]
fn invalid_flag_combinations_is_flag() {
    let err =
        crate::declaration_error(Command::new("cmd").param(Opt::new("-a").count().is_flag(true)));
    assert!(
        err.contains("the option '-a' counts its occurrences and so cannot also be a flag."),
        "{err}"
    );
}

/// Click's enum choices are Python enums; the string and integer ones.
#[test]
fn choice_usage_rendering() {
    let cases: [(Make, &str, &[&str]); 2] = [
        (
            || Opt::new("-g").ty(Choice::new(["foo", "bar"])),
            "[TEXT]",
            &["foo", "bar"],
        ),
        (
            || Opt::new("-g").ty(Choice::from_pairs([("1", 1i64), ("2", 2)])),
            "[INTEGER]",
            &["1", "2"],
        ),
    ];
    for (make, metavar, shown) in cases {
        let with = Command::new("cli").param(make());
        let without = Command::new("cli").param(make().show_choices(false));
        let result = invoke(&with, &["--help"]);
        assert!(
            result.stdout.contains(&format!("[{}]", shown.join("|"))),
            "{}",
            result.stdout
        );
        assert_eq!(result.stderr, "");
        assert_eq!(result.exit_code, 0);
        let result = invoke(&without, &["--help"]);
        assert!(result.stdout.contains(metavar), "{}", result.stdout);
        assert_eq!(result.exit_code, 0);
        let quoted: Vec<String> = shown.iter().map(|s| format!("'{s}'")).collect();
        for cmd in [&with, &without] {
            let result = invoke(cmd, &["-g", "random"]);
            let want = format!(
                "\n\nError: Invalid value for '-g': 'random' is not one of {}.\n",
                quoted.join(", ")
            );
            assert!(result.stderr.contains(&want), "{}", result.stderr);
            assert_eq!(result.stdout, "");
            assert_eq!(result.exit_code, 2);
        }
    }
}

/// The string and integer cases; Click's others are Python enums and
/// floats compared with ints.
#[test]
fn choice_default_rendering() {
    let text = || Choice::new(["foo", "bar"]);
    let cases: Vec<(Opt, Option<&str>)> = vec![
        (Opt::new("-g").ty(text()).default("bar"), Some("bar")),
        (Opt::new("-g").ty(text()), None),
        (
            Opt::new("-g")
                .ty(Choice::from_pairs([("0", 0i64), ("1", 1)]))
                .default(0),
            Some("0"),
        ),
    ];
    for (opt, shown) in cases {
        let result = invoke(
            &Command::new("cli").param(opt.show_default(true)),
            &["--help"],
        );
        match shown {
            Some(s) => assert!(
                result.output.contains(&format!("[default: {s}]")),
                "{}",
                result.output
            ),
            None => assert!(!result.output.contains("[default: "), "{}", result.output),
        }
    }
    // Click shows a default that is not one of the choices (and fails only
    // when it is used); clack deliberately reports it as the program's
    // mistake when the command first runs, `--help` included.
    let err = crate::declaration_error(
        Command::new("cli").param(Opt::new("-g").ty(text()).default("random")),
    );
    assert!(
        err.contains("'random' is not one of 'foo', 'bar'."),
        "{err}"
    );
    // An integer range beside, for its default.
    let result = invoke(
        &Command::new("cli").param(
            Opt::new("-n")
                .ty(Int::<i64>::range(0, 9))
                .default(2)
                .show_default(true),
        ),
        &["--help"],
    );
    assert!(result.output.contains("[default: 2;"), "{}", result.output);
}

/// Click warns (a `UserWarning`) when two options share a short or long
/// name and runs on; clack refuses the declaration (exit 1, naming the
/// command and both options) before parsing anything.
#[test]
fn duplicate_names_warning() {
    for (one, two, clash) in [
        (["-a", "--aardvark"], ["-a", "--avocado"], "'-a'"),
        (["-a", "--aardvark"], ["-b", "--aardvark"], "'--aardvark'"),
    ] {
        let err = declaration_error(
            Command::new("cli")
                .param(Opt::new(one))
                .param(Opt::new(two)),
        );
        assert!(err.contains("the command 'cli'"), "{err}");
        assert!(
            err.contains(&format!("the option name {clash} is used by")),
            "{err}"
        );
    }
}

/// The same option declared twice: Click warns that it "is used more than
/// once"; clack refuses the declaration.
#[test]
fn flag_group_competition_duplicate_option_name() {
    let err = declaration_error(
        Command::new("cli")
            .param(Opt::new("--xyz").default("first"))
            .param(Opt::new("--xyz").default("second")),
    );
    assert!(
        err.contains("the option '--xyz' is declared twice."),
        "{err}"
    );
}

/// An argument sharing its name with an option: Click warns that they
/// overwrite each other's value; clack refuses the declaration.
#[test]
fn argument_sharing_param_name_warning() {
    let err = declaration_error(
        Command::new("cli")
            .param(Opt::new(["--foo", "target"]))
            .param(clack::Arg::new("target")),
    );
    assert!(
        err.contains("the option '--foo' and the argument 'TARGET' share the name 'target'"),
        "{err}"
    );
}
