//! Click's `tests/test_options.py`, feature switches: several options
//! sharing one parameter name, each with its own flag value, and how their
//! defaults, environment variables and default-map values compete.

use clack::context::DefaultMap;
use clack::testing::Runner;
use clack::{Command, Context, ContextSettings, Opt, Output, ParameterSource};

use crate::invoke;

/// A flag value or default as written in a Click test.
#[derive(Clone, Copy, Debug)]
enum V {
    /// `default=None`: an explicit "no value".
    None,
    Bool(bool),
    Str(&'static str),
}

/// One option of a switch group: its flag, flag value and default.
type Switch = (&'static str, V, Option<V>);

fn switch(flag: &'static str, name: &'static str, value: V, default: Option<V>) -> Opt {
    let mut opt = Opt::new([flag, name]);
    opt = match value {
        V::Bool(b) => opt.flag_value(b),
        V::Str(s) => opt.flag_value(s),
        V::None => unreachable!("no test has a None flag value"),
    };
    match default {
        None => opt,
        Some(V::None) => opt.default_unset(),
        Some(V::Bool(b)) => opt.default(b),
        Some(V::Str(s)) => opt.default(s),
    }
}

/// Python's `repr` of the value under `name`, whichever type it was given.
fn repr_of(ctx: &Context, name: &str) -> String {
    if let Ok(v) = ctx.get::<bool>(name) {
        return match v {
            Some(true) => "True".into(),
            Some(false) => "False".into(),
            None => "None".into(),
        };
    }
    match ctx.get::<String>(name) {
        Ok(Some(s)) => format!("'{s}'"),
        Ok(None) => "None".into(),
        Err(e) => format!("<{e}>"),
    }
}

/// A command whose options all store into `name` and that prints the
/// value's repr.
fn group(name: &'static str, opts: &[Switch]) -> Command {
    let mut cmd = Command::new("cli");
    for &(flag, value, default) in opts {
        cmd = cmd.param(switch(flag, name, value, default));
    }
    cmd.callback(move |ctx| {
        clack::echo_no_nl(repr_of(ctx, name));
        Ok(Output::none())
    })
}

fn output(cmd: &Command, args: &[&str]) -> String {
    let result = invoke(cmd, args);
    assert_eq!(result.exit_code, 0, "{args:?}: {}", result.output);
    result.output
}

const WITHOUT: &str = "--without-xyz";
const WITH: &str = "--with-xyz";
const T: V = V::Bool(true);
const F: V = V::Bool(false);

#[test]
fn bool_flag_pair_default() {
    let cases: [(Option<bool>, &[&str], &str); 6] = [
        (None, &[], "None"),
        (None, &["--flag"], "True"),
        (None, &["--no-flag"], "False"),
        (Some(true), &[], "True"),
        (Some(true), &["--flag"], "True"),
        (Some(true), &["--no-flag"], "False"),
    ];
    for (default, args, want) in cases {
        let opt = Opt::new("--flag/--no-flag");
        let opt = match default {
            None => opt.default_unset(),
            Some(b) => opt.default(b),
        };
        let cmd = Command::new("cli").param(opt).callback(|ctx| {
            clack::echo_no_nl(repr_of(ctx, "flag"));
            Ok(Output::none())
        });
        assert_eq!(output(&cmd, args), want, "{default:?} {args:?}");
    }
}

#[test]
fn bool_flag_group_competition() {
    let cases: Vec<(Vec<Switch>, &[&str], &str)> = vec![
        (vec![(WITHOUT, F, None), (WITH, T, Some(T))], &[], "True"),
        (
            vec![(WITHOUT, F, None), (WITH, T, Some(T))],
            &[WITH],
            "True",
        ),
        (
            vec![(WITHOUT, F, None), (WITH, T, Some(T))],
            &[WITHOUT],
            "False",
        ),
        (
            vec![(WITHOUT, F, None), (WITH, T, Some(T))],
            &[WITH, WITHOUT],
            "False",
        ),
        (
            vec![(WITHOUT, F, None), (WITH, T, Some(T))],
            &[WITHOUT, WITH],
            "True",
        ),
        (vec![(WITH, T, Some(T)), (WITHOUT, F, None)], &[], "True"),
        (
            vec![(WITH, T, Some(T)), (WITHOUT, F, None)],
            &[WITHOUT],
            "False",
        ),
        (vec![(WITH, T, None), (WITHOUT, F, Some(F))], &[], "False"),
        (vec![(WITH, T, None), (WITHOUT, F, Some(T))], &[], "True"),
        (
            vec![(WITH, T, Some(T)), (WITHOUT, F, Some(F))],
            &[],
            "False",
        ),
        (vec![(WITHOUT, F, Some(F)), (WITH, T, Some(T))], &[], "True"),
        (vec![(WITH, T, None), (WITHOUT, F, None)], &[], "False"),
        (vec![(WITHOUT, F, None), (WITH, T, None)], &[], "False"),
        (vec![(WITH, T, Some(F)), (WITHOUT, F, None)], &[], "False"),
        (
            vec![
                ("--auto-a", T, None),
                ("--explicit", F, Some(F)),
                ("--auto-b", T, None),
            ],
            &[],
            "False",
        ),
        (
            vec![
                ("--auto-a", T, None),
                ("--auto-b", F, None),
                ("--explicit", T, Some(T)),
            ],
            &[],
            "True",
        ),
        (
            vec![
                ("--explicit", F, Some(F)),
                ("--auto-a", T, None),
                ("--auto-b", T, None),
            ],
            &[],
            "False",
        ),
        (
            vec![(WITHOUT, F, None), (WITH, T, Some(V::None))],
            &[],
            "None",
        ),
        (
            vec![(WITHOUT, F, None), (WITH, T, Some(V::None))],
            &[WITH],
            "True",
        ),
        (
            vec![(WITHOUT, F, None), (WITH, T, Some(V::None))],
            &[WITHOUT],
            "False",
        ),
        (
            vec![(WITH, T, Some(T)), (WITHOUT, F, None)],
            &[WITHOUT],
            "False",
        ),
        (
            vec![(WITHOUT, F, Some(F)), (WITH, T, None)],
            &[WITH],
            "True",
        ),
    ];
    for (opts, args, want) in cases {
        let cmd = group("enable_xyz", &opts);
        assert_eq!(output(&cmd, args), want, "{opts:?} {args:?}");
    }
}

/// The documented pair: `--without-xyz` (False) and `--with-xyz` (True,
/// default True), as most tests below declare it.
fn documented_pair() -> Vec<Switch> {
    vec![(WITHOUT, F, None), (WITH, T, Some(T))]
}

#[test]
fn bool_flag_group_competition_with_envvar() {
    let cases: [(&str, &[&str], &str); 4] = [
        ("1", &[], "True"),
        ("0", &[], "False"),
        ("0", &[WITH], "True"),
        ("1", &[WITHOUT], "False"),
    ];
    for (env, args, want) in cases {
        let cmd = Command::new("cli")
            .param(switch(WITHOUT, "enable_xyz", F, None))
            .param(switch(WITH, "enable_xyz", T, Some(F)).envvar("XYZ"))
            .callback(|ctx| {
                clack::echo_no_nl(repr_of(ctx, "enable_xyz"));
                Ok(Output::none())
            });
        let result = Runner::new()
            .env("XYZ", env)
            .invoke(&cmd, args.iter().copied());
        assert_eq!(result.exit_code, 0, "{}", result.output);
        assert_eq!(result.output, want, "XYZ={env} {args:?}");
    }
}

fn with_default_map(cmd: Command, map: DefaultMap) -> Command {
    cmd.context_settings(ContextSettings::new().default_map(map))
}

#[test]
fn bool_flag_group_competition_with_default_map() {
    let cases: [(bool, &[&str], &str); 4] = [
        (true, &[], "True"),
        (false, &[], "False"),
        (false, &[WITH], "True"),
        (true, &[WITHOUT], "False"),
    ];
    for (mapped, args, want) in cases {
        let cmd = with_default_map(
            group("enable_xyz", &documented_pair()),
            DefaultMap::new().value("enable_xyz", mapped),
        );
        assert_eq!(output(&cmd, args), want, "{mapped} {args:?}");
    }
}

#[test]
fn bool_flag_group_parameter_source() {
    let cases: [(&[&str], Option<bool>, &str, ParameterSource); 3] = [
        (&[], None, "True", ParameterSource::Default),
        (&[WITHOUT], None, "False", ParameterSource::CommandLine),
        (
            &[WITHOUT],
            Some(true),
            "False",
            ParameterSource::CommandLine,
        ),
    ];
    for (args, mapped, want, source) in cases {
        let mut cmd = Command::new("cli");
        for (flag, value, default) in documented_pair() {
            cmd = cmd.param(switch(flag, "enable_xyz", value, default));
        }
        let mut cmd = cmd.callback(|ctx| {
            let source = ctx.get_parameter_source("enable_xyz");
            clack::echo(format!(
                "value={} source={source:?}",
                repr_of(ctx, "enable_xyz")
            ));
            Ok(Output::none())
        });
        if let Some(m) = mapped {
            cmd = with_default_map(cmd, DefaultMap::new().value("enable_xyz", m));
        }
        let out = output(&cmd, args);
        assert!(out.contains(&format!("value={want}")), "{args:?}: {out}");
        assert!(
            out.contains(&format!("source=Some({source:?})")),
            "{args:?}: {out}"
        );
    }
}

#[test]
fn flag_group_competition_non_boolean() {
    let up = ("--upper", V::Str("upper"), Some(T));
    let low = ("--lower", V::Str("lower"), None);
    let cases: Vec<(Vec<Switch>, &[&str], &str)> = vec![
        (vec![up, low], &[], "'upper'"),
        (vec![up, low], &["--upper"], "'upper'"),
        (vec![up, low], &["--lower"], "'lower'"),
        (
            vec![up, ("--blank", V::Str("blank"), Some(V::Str("")))],
            &[],
            "''",
        ),
        (
            vec![("--blank", V::Str("blank"), Some(V::Str(""))), up],
            &[],
            "'upper'",
        ),
    ];
    for (opts, args, want) in cases {
        let cmd = group("case", &opts);
        assert_eq!(output(&cmd, args), want, "{opts:?} {args:?}");
    }
}

#[test]
fn flag_group_unset_vs_none_vs_explicit() {
    // (default of --a (True), default of --b (False), expected); `None`
    // here is "not given", `Some(V::None)` Click's `default=None`.
    let cases: [(Option<V>, Option<V>, &str); 9] = [
        (None, None, "False"),
        (None, Some(T), "True"),
        (Some(T), None, "True"),
        (None, Some(F), "False"),
        (Some(F), None, "False"),
        (Some(V::None), None, "None"),
        (None, Some(V::None), "None"),
        (Some(V::None), Some(T), "None"),
        (Some(T), Some(V::None), "True"),
    ];
    for (a, b, want) in cases {
        // Click's test stacks `--b` above `--a`: `--b` comes first.
        let cmd = group("state", &[("--b", F, b), ("--a", T, a)]);
        assert_eq!(output(&cmd, &[]), want, "a={a:?} b={b:?}");
    }
}

#[test]
fn options_sharing_name_no_warning() {
    let cmd = Command::new("cli")
        .param(Opt::new(["--upper", "transformation"]).flag_value("upper"))
        .param(Opt::new(["--lower", "transformation"]).flag_value("lower"))
        .callback(|ctx| {
            clack::echo_no_nl(ctx.get_required::<String>("transformation")?);
            Ok(Output::none())
        });
    let result = invoke(&cmd, &["--upper"]);
    assert_eq!(result.output, "upper");
    assert_eq!(result.exit_code, 0);
    assert_eq!(result.stderr, "", "no warning for a feature switch");
}

#[test]
fn flag_group_competition_repeated_cmdline() {
    let cases: [(&[&str], &str); 4] = [
        (&[WITH, WITH], "True"),
        (&[WITHOUT, WITHOUT], "False"),
        (&[WITH, WITHOUT, WITH], "True"),
        (&[WITHOUT, WITH, WITHOUT], "False"),
    ];
    let cmd = group("enable_xyz", &documented_pair());
    for (args, want) in cases {
        assert_eq!(output(&cmd, args), want, "{args:?}");
    }
}

#[test]
fn flag_group_competition_four_flags() {
    let s = V::Str;
    let plain = |f: &'static str, v: &'static str| (f, s(v), None);
    let cases: Vec<(Vec<Switch>, &[&str], &str)> = vec![
        (
            vec![
                plain("--a", "a"),
                plain("--b", "b"),
                plain("--c", "c"),
                plain("--d", "d"),
            ],
            &[],
            "None",
        ),
        (
            vec![
                plain("--a", "a"),
                ("--b", s("b"), Some(s("from-b"))),
                plain("--c", "c"),
                plain("--d", "d"),
            ],
            &[],
            "'from-b'",
        ),
        (
            vec![
                plain("--a", "a"),
                ("--b", s("b"), Some(s("from-b"))),
                plain("--c", "c"),
                ("--d", s("d"), Some(s("from-d"))),
            ],
            &[],
            "'from-d'",
        ),
        (
            vec![
                plain("--a", "a"),
                plain("--b", "b"),
                plain("--c", "c"),
                plain("--d", "d"),
            ],
            &["--c"],
            "'c'",
        ),
    ];
    for (opts, args, want) in cases {
        let cmd = group("case", &opts);
        assert_eq!(output(&cmd, args), want, "{opts:?} {args:?}");
    }
}

#[test]
fn flag_group_competition_envvar_prefix_and_unset_default_map() {
    let prefixed = |cmd: Command, map: Option<DefaultMap>| {
        let mut settings = ContextSettings::new().auto_envvar_prefix("AUTO");
        if let Some(map) = map {
            settings = settings.default_map(map);
        }
        cmd.context_settings(settings)
    };
    let pair = || group("enable_xyz", &documented_pair());

    let run = |cmd: &Command, env: Option<&str>, args: &[&str]| {
        let mut runner = Runner::new().prog_name("cli");
        if let Some(v) = env {
            runner = runner.env("AUTO_ENABLE_XYZ", v);
        }
        let result = runner.invoke(cmd, args.iter().copied());
        assert_eq!(result.exit_code, 0, "{}", result.output);
        result.output
    };
    assert_eq!(run(&prefixed(pair(), None), Some("1"), &[]), "True");
    assert_eq!(run(&prefixed(pair(), None), Some("1"), &[WITHOUT]), "False");
    // A default map without the key falls through to the explicit default.
    assert_eq!(
        run(&prefixed(pair(), Some(DefaultMap::new())), None, &[]),
        "True"
    );
    let map = DefaultMap::new().value("enable_xyz", false);
    assert_eq!(run(&prefixed(pair(), Some(map)), None, &[]), "False");
}

#[test]
fn flag_value_on_option_with_zero_or_one_args() {
    let text = || {
        Command::new("cmd")
            .param(
                Opt::new("--theflag")
                    .is_flag(false)
                    .flag_value("FlagValue")
                    .default("Default"),
            )
            .callback(|ctx| {
                clack::echo(ctx.get_required::<String>("theflag")?);
                Ok(Output::none())
            })
    };
    let int = || {
        Command::new("cmd")
            .param(
                Opt::new("--theflag")
                    .value_type::<i64>()
                    .is_flag(false)
                    .flag_value(1i64)
                    .default(0i64),
            )
            .callback(|ctx| {
                clack::echo(ctx.get_required::<i64>("theflag")?.to_string());
                Ok(Output::none())
            })
    };
    type Make = fn() -> Command;
    let cases: [(Make, &[&str], &str); 6] = [
        (text, &[], "Default\n"),
        (text, &["--theflag"], "FlagValue\n"),
        (text, &["--theflag", "value"], "value\n"),
        (int, &[], "0\n"),
        (int, &["--theflag"], "1\n"),
        (int, &["--theflag", "2"], "2\n"),
    ];
    for (make, args, want) in cases {
        let result = Runner::new().invoke(&make(), args.iter().copied());
        assert_eq!(result.exit_code, 0, "{args:?}: {}", result.output);
        assert_eq!(result.output, want, "{args:?}");
    }
}
