//! Click's `tests/test_basic.py` (continued in `basic/`).

use clack::types::Uuid;
use clack::{Arg, Command, ContextSettings, Group, Opt, Output};

use crate::{invoke, returned};

mod more;
mod types;

/// A command `cli` whose callback prints `text` on a line.
fn echoing(name: &str, text: &'static str) -> Command {
    Command::new(name).callback(move |_| {
        clack::echo(text);
        Ok(Output::none())
    })
}

#[test]
fn basic_functionality() {
    let cmd = echoing("cli", "I EXECUTED").help("Hello World!");
    let result = invoke(&cmd, &["--help"]);
    assert_eq!(result.exit_code, 0, "{}", result.stderr);
    assert!(result.output.contains("Hello World!"), "{}", result.output);
    assert!(result.output.contains("Show this message and exit."));
    assert!(!result.output.contains("I EXECUTED"));

    let result = invoke(&cmd, &[]);
    assert!(result.error.is_none(), "{}", result.stderr);
    assert_eq!(result.exit_code, 0);
    assert!(result.output.contains("I EXECUTED"));
}

/// A parameter named `help` (or like a custom help option name) never
/// collides with the automatic help option.
#[test]
fn param_named_help() {
    type Make = fn() -> Option<clack::Param>;
    let cases: [(&str, Make, &[&str], &str, &str); 4] = [
        ("--help", || None, &[], "", "\n"),
        (
            "--help",
            || Some(Arg::new("help").into()),
            &["value"],
            "help",
            "value\n",
        ),
        (
            "--help",
            || Some(Opt::new(["--assist", "help"]).into()),
            &["--assist", "value"],
            "help",
            "value\n",
        ),
        (
            "--man",
            || Some(Opt::new(["--foo", "man"]).into()),
            &["--foo", "value"],
            "man",
            "value\n",
        ),
    ];
    for (help_name, make, args, name, want) in cases {
        let mut cmd = Command::new("cli").help_option_names([help_name]);
        if let Some(param) = make() {
            cmd = cmd.param(param);
        }
        let cmd = cmd.callback(move |ctx| {
            let value = if name.is_empty() {
                String::new()
            } else {
                ctx.get_required::<String>(name)?
            };
            clack::echo(value);
            Ok(Output::none())
        });
        let result = invoke(&cmd, args);
        assert_eq!(result.output, want, "{args:?}");
        assert_eq!(result.exit_code, 0);
        let result = invoke(&cmd, &[help_name]);
        assert_eq!(result.exit_code, 0, "{}", result.output);
        assert!(
            result.output.contains("Show this message and exit."),
            "{}",
            result.output
        );
    }
}

#[test]
fn option_reusing_help_flag() {
    let cmd = Command::new("cli")
        .param(Opt::new("--help").default("default value"))
        .callback(|ctx| {
            clack::echo(ctx.get_required::<String>("help")?);
            Ok(Output::none())
        });
    let result = invoke(&cmd, &[]);
    assert_eq!(result.output, "default value\n");
    assert_eq!(result.exit_code, 0);
    let result = invoke(&cmd, &["--help", "custom"]);
    assert_eq!(result.output, "custom\n");
    assert_eq!(result.exit_code, 0);
}

/// Click calls `make_context` and `invoke` itself; the callback's return
/// value comes back from `invoke`.
#[test]
fn return_values() {
    let cmd = std::sync::Arc::new(Command::new("cli").callback(|_| Ok(Output::new(42i64))));
    let io = std::rc::Rc::new(clack::io::Io::captured(""));
    let ctx = cmd
        .make_context("foo", vec![], None, io, &ContextSettings::new())
        .expect("a context");
    let value = cmd.invoke(&ctx).expect("a return value");
    assert_eq!(value.downcast::<i64>().ok(), Some(42));
}

#[test]
fn basic_group() {
    let cli = Group::new("cli")
        .help("This is the root.")
        .callback(|_| {
            clack::echo("ROOT EXECUTED");
            Ok(Output::none())
        })
        .command(echoing("subcommand", "SUBCOMMAND EXECUTED").help("This is a subcommand."))
        .into_command();
    let result = invoke(&cli, &["--help"]);
    assert_eq!(result.exit_code, 0, "{}", result.stderr);
    assert!(
        result.output.contains("COMMAND [ARGS]..."),
        "{}",
        result.output
    );
    assert!(result.output.contains("This is the root"));
    assert!(result.output.contains("This is a subcommand."));
    assert!(!result.output.contains("ROOT EXECUTED"));

    let result = invoke(&cli, &["subcommand"]);
    assert!(result.error.is_none(), "{}", result.stderr);
    assert_eq!(result.exit_code, 0);
    assert!(result.output.contains("ROOT EXECUTED"));
    assert!(result.output.contains("SUBCOMMAND EXECUTED"));
}

fn sub() -> Command {
    Command::new("sub").callback(|_| {
        clack::echo_no_nl("sub");
        Ok(Output::none())
    })
}

/// Click's `Group(commands={"other": sub})`: a command under a name of
/// the group's choosing.
#[test]
fn group_commands_dict() {
    let cli = Group::new("cli").command_as("other", sub()).into_command();
    assert_eq!(invoke(&cli, &["other"]).output, "sub");
}

#[test]
fn group_from_list() {
    let cli = Group::new("cli").command(sub()).into_command();
    assert_eq!(invoke(&cli, &["sub"]).output, "sub");
}

/// Run `cmd` with each `(args, expected)`: the output contains `expected`,
/// and the run failed exactly when `expected` is an error.
fn check_cases(cmd: &Command, cases: &[(&[&str], &str)]) {
    for (args, expect) in cases {
        let result = invoke(cmd, args);
        assert!(
            result.output.contains(expect),
            "{args:?}: {:?}",
            result.output
        );
        assert_eq!(
            result.error.is_some(),
            expect.starts_with("Error:"),
            "{args:?}"
        );
    }
}

#[test]
fn string_option() {
    let cmd = Command::new("cli")
        .param(Opt::new("--s").default("no value"))
        .callback(|ctx| {
            clack::echo(format!("S:[{}]", ctx.get_required::<String>("s")?));
            Ok(Output::none())
        });
    check_cases(
        &cmd,
        &[
            (&[], "S:[no value]"),
            (&["--s=42"], "S:[42]"),
            (&["--s"], "Error: Option '--s' requires an argument."),
            (&["--s="], "S:[]"),
            (&["--s=\u{2603}"], "S:[\u{2603}]"),
        ],
    );
}

#[test]
fn int_option() {
    let cmd = Command::new("cli")
        .param(Opt::new("--i").default(42))
        .callback(|ctx| {
            clack::echo(format!("I:[{}]", ctx.get_required::<i64>("i")? * 2));
            Ok(Output::none())
        });
    check_cases(
        &cmd,
        &[
            (&[], "I:[84]"),
            (&["--i=23"], "I:[46]"),
            (
                &["--i=x"],
                "Error: Invalid value for '--i': 'x' is not a valid integer.",
            ),
        ],
    );
}

#[test]
fn uuid_option() {
    let cmd = Command::new("cli")
        .param(
            Opt::new("--u")
                .value_type::<Uuid>()
                .default("ba122011-349f-423b-873b-9d6a79c688ab"),
        )
        .callback(|ctx| {
            clack::echo(format!("U:[{}]", ctx.get_required::<Uuid>("u")?));
            Ok(Output::none())
        });
    check_cases(
        &cmd,
        &[
            (&[], "U:[ba122011-349f-423b-873b-9d6a79c688ab]"),
            (
                &["--u=821592c1-c50e-4971-9cd6-e89dc6832f86"],
                "U:[821592c1-c50e-4971-9cd6-e89dc6832f86]",
            ),
            (
                &["--u=x"],
                "Error: Invalid value for '--u': 'x' is not a valid UUID.",
            ),
        ],
    );
}

/// Click's second and third cases pass a string, not a list, so the
/// runner splits it as a shell would: one argument each.
#[test]
fn float_option() {
    let cmd = Command::new("cli")
        .param(Opt::new("--f").default(42.0))
        .callback(|ctx| {
            let f: f64 = ctx.get_required("f")?;
            // Python's str of a float keeps one decimal place when whole.
            let shown = if f.fract() == 0.0 {
                format!("{f:.1}")
            } else {
                f.to_string()
            };
            clack::echo(format!("F:[{shown}]"));
            Ok(Output::none())
        });
    check_cases(
        &cmd,
        &[
            (&[], "F:[42.0]"),
            (&["--f=23.5"], "F:[23.5]"),
            (
                &["--f=x"],
                "Error: Invalid value for '--f': 'x' is not a valid float.",
            ),
        ],
    );
}

/// A flag's default in Click's tests: `True`, `False`, `None`, or left
/// out (`UNSET`).
#[derive(Clone, Copy, Debug)]
enum FlagDefault {
    True,
    False,
    None,
    Unset,
}

fn with_default(opt: Opt, default: FlagDefault) -> Opt {
    match default {
        FlagDefault::True => opt.default(true),
        FlagDefault::False => opt.default(false),
        FlagDefault::None => opt.default_unset(),
        FlagDefault::Unset => opt,
    }
}

#[test]
fn boolean_switch() {
    use FlagDefault::*;
    let cases: [(&[&str], FlagDefault, Option<bool>); 12] = [
        (&["--on"], True, Some(true)),
        (&["--on"], False, Some(true)),
        (&["--on"], None, Some(true)),
        (&["--on"], Unset, Some(true)),
        (&["--off"], True, Some(false)),
        (&["--off"], False, Some(false)),
        (&["--off"], None, Some(false)),
        (&["--off"], Unset, Some(false)),
        (&[], True, Some(true)),
        (&[], False, Some(false)),
        (&[], None, Option::None),
        (&[], Unset, Some(false)),
    ];
    for (args, default, want) in cases {
        let opt = with_default(Opt::new("--on/--off"), default);
        let cmd = Command::new("cli")
            .param(opt)
            .callback(|ctx| Ok(Output::new(ctx.get::<bool>("on")?)));
        assert_eq!(
            returned::<Option<bool>>(invoke(&cmd, args)),
            want,
            "{args:?} {default:?}"
        );
    }
}

#[test]
fn boolean_flag() {
    use FlagDefault::*;
    let cases: [(FlagDefault, &[&str], Option<bool>); 6] = [
        (True, &["--f"], Some(true)),
        (True, &[], Some(true)),
        (False, &["--f"], Some(true)),
        (False, &[], Some(false)),
        (None, &["--f"], Some(true)),
        (None, &[], Option::None),
    ];
    for (default, args, want) in cases {
        let opt = with_default(Opt::new("--f").flag(), default);
        let cmd = Command::new("cli")
            .param(opt)
            .callback(|ctx| Ok(Output::new(ctx.get::<bool>("f")?)));
        assert_eq!(
            returned::<Option<bool>>(invoke(&cmd, args)),
            want,
            "{args:?} {default:?}"
        );
    }
}

#[test]
fn boolean_conversion() {
    let cmd = Command::new("cli")
        .param(Opt::new("--flag").value_type::<bool>())
        .callback(|ctx| {
            let flag: bool = ctx.get_required("flag")?;
            clack::echo_no_nl(if flag { "True" } else { "False" });
            Ok(Output::none())
        });
    let trues = ["1", "true", "t", "yes", "y", "on"];
    let falses = ["0", "false", "f", "no", "n", "off"];
    for (values, want) in [(trues, "True"), (falses, "False")] {
        for value in values {
            assert_eq!(invoke(&cmd, &["--flag", value]).output, want, "{value}");
            // Python's str.title(): first letter capitalised.
            let mut title = value[..1].to_uppercase();
            title.push_str(&value[1..]);
            assert_eq!(invoke(&cmd, &["--flag", &title]).output, want, "{title}");
        }
    }
}

/// The default of `--upper` in `flag_value_dual_options`.
#[derive(Clone, Copy, Debug)]
enum Dual {
    Bool(bool),
    None,
    Unset,
    Text(&'static str),
    Int(i64),
    Float(f64),
}

#[test]
fn flag_value_dual_options() {
    use Dual::*;
    let cases: Vec<(Dual, &[&str], Option<&str>)> = vec![
        (Bool(true), &["--upper"], Some("upper")),
        (Bool(true), &["--lower"], Some("lower")),
        (Bool(false), &["--upper"], Some("upper")),
        (Bool(false), &["--lower"], Some("lower")),
        (None, &["--upper"], Some("upper")),
        (None, &["--lower"], Some("lower")),
        (Unset, &["--upper"], Some("upper")),
        (Unset, &["--lower"], Some("lower")),
        (Bool(true), &["--upper", "--lower"], Some("lower")),
        (Bool(true), &["--lower", "--upper"], Some("upper")),
        (Text("upper"), &[], Some("upper")),
        (Text("lower"), &[], Some("lower")),
        (Text("uPPer"), &[], Some("uPPer")),
        (Text("lOwEr"), &[], Some("lOwEr")),
        (Text(" ᕕ( ᐛ )ᕗ "), &[], Some(" ᕕ( ᐛ )ᕗ ")),
        (None, &[], Option::None),
        (Unset, &[], Option::None),
        (Bool(true), &[], Some("upper")),
        (Bool(false), &[], Some("False")),
        (Int(42), &[], Some("42")),
        (Float(12.3), &[], Some("12.3")),
    ];
    let mut wrong = Vec::new();
    for (default, args, want) in cases {
        let upper = Opt::new(["--upper", "case"]).flag_value("upper");
        let upper = match default {
            Bool(b) => upper.default(b),
            None => upper.default_unset(),
            Unset => upper,
            Text(s) => upper.default(s),
            Int(i) => upper.default(i),
            Float(f) => upper.default(f),
        };
        let cmd = Command::new("cli")
            .param(upper)
            .param(Opt::new(["--lower", "case"]).flag_value("lower"))
            .callback(|ctx| {
                let case = ctx.get::<String>("case")?;
                clack::echo_no_nl(match case {
                    Some(c) => format!("'{c}'"),
                    Option::None => "None".into(),
                });
                Ok(Output::none())
            });
        let want = match want {
            Some(w) => format!("'{w}'"),
            Option::None => "None".into(),
        };
        let result = invoke(&cmd, args);
        if result.output != want {
            wrong.push(format!(
                "{default:?} {args:?}: {:?} (want {want})",
                result.output
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
