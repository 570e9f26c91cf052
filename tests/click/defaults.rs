//! Click's `tests/test_defaults.py`: how defaults are converted, where
//! values come from (default map, command line, environment), and the
//! parameter source seen while a value is converted or a callback runs.

use std::ffi::OsString;
use std::sync::{Arc, Mutex};

use clack::context::DefaultMap;
use clack::testing::{RunResult, Runner};
use clack::types::{Bool, Float, Int, Text};
use clack::{
    Command, Context, ContextSettings, Error, Group, Opt, Output, ParamType, ParameterSource, Value,
};

use crate::{invoke, returned};

fn with_map(map: DefaultMap) -> Runner {
    Runner::new()
        .prog_name("cli")
        .settings(ContextSettings::new().default_map(map))
}

/// An option's default goes through the option's type: `42` as FLOAT is
/// `42.0`, `"true"` as BOOL is `True`.
#[test]
fn basic_defaults() {
    fn check<T: Clone + std::fmt::Debug + PartialEq + 'static>(opt: Opt, want: T) {
        let cmd = Command::new("cli")
            .param(opt)
            .callback(|ctx| Ok(Output::new(ctx.get::<T>("foo")?)));
        let result = invoke(&cmd, &[]);
        assert!(result.error.is_none(), "{}", result.output);
        assert_eq!(returned::<Option<T>>(result), Some(want));
    }
    check(
        Opt::new("--foo").default(42).ty(Float::<f64>::new()),
        42.0f64,
    );
    check(Opt::new("--foo").default("42").ty(Int::<i64>::new()), 42i64);
    check(Opt::new("--foo").default(1.5).ty(Text), String::from("1.5"));
    check(
        Opt::new("--foo").default("1.5").ty(Float::<f64>::new()),
        1.5f64,
    );
    check(Opt::new("--foo").default("true").ty(Bool), true);
    check(Opt::new("--foo").default("0").ty(Bool), false);
}

/// Each item of a multiple option's default is converted by the type.
#[test]
fn multiple_defaults() {
    let cmd = Command::new("cli")
        .param(
            Opt::new("--foo")
                .default([23, 42])
                .ty(Float::<f64>::new())
                .multiple(true),
        )
        .callback(|ctx| {
            for item in ctx.get_required::<Vec<f64>>("foo")? {
                clack::echo(format!("{item:?}"));
            }
            Ok(Output::none())
        });
    let result = invoke(&cmd, &[]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output.lines().collect::<Vec<_>>(), ["23.0", "42.0"]);
}

/// A multiple option of two integers each, with a default of two pairs.
#[test]
fn nargs_plus_multiple() {
    let cmd = Command::new("cli")
        .param(
            Opt::new("--arg")
                .default([(1, 2), (3, 4)])
                .nargs(2)
                .multiple(true)
                .ty(Int::<i64>::new()),
        )
        .callback(|ctx| {
            for pair in ctx.get_required::<Vec<Vec<i64>>>("arg")? {
                clack::echo(format!("<{}|{}>", pair[0], pair[1]));
            }
            Ok(Output::none())
        });
    let result = invoke(&cmd, &[]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(
        result.output.lines().collect::<Vec<_>>(),
        ["<1|2>", "<3|4>"]
    );
}

/// Multiple flags (by a secondary name, by `is_flag`, by `flag_value`)
/// default to nothing, and collect each use.
#[test]
fn multiple_flag_default() {
    let cmd = Command::new("cli")
        .param(Opt::new("-y/-n").multiple(true))
        .param(Opt::new("-f").is_flag(true).multiple(true))
        // Click infers INT from the flag values (`options::flags::
        // type_from_flag_value`); the type is given here.
        .param(
            Opt::new(["-v", "v"])
                .flag_value(1)
                .value_type::<i64>()
                .multiple(true),
        )
        .param(
            Opt::new(["-q", "v"])
                .flag_value(-1)
                .value_type::<i64>()
                .multiple(true),
        )
        .callback(|ctx| {
            let y = ctx.get::<Vec<bool>>("y")?.unwrap_or_default();
            let f = ctx.get::<Vec<bool>>("f")?.unwrap_or_default();
            let v = ctx.get::<Vec<i64>>("v")?.unwrap_or_default();
            Ok(Output::new((y, f, v)))
        });
    type Got = (Vec<bool>, Vec<bool>, Vec<i64>);
    assert_eq!(returned::<Got>(invoke(&cmd, &[])), (vec![], vec![], vec![]));
    assert_eq!(
        returned::<Got>(invoke(&cmd, &["-y", "-n", "-f", "-v", "-q"])),
        (vec![true, false], vec![true], vec![1, -1])
    );
}

/// A boolean flag's value and the default its help shows both follow the
/// default map.
#[test]
fn flag_default_map() {
    let cli = Group::new("cli")
        .command(
            Command::new("foo")
                .param(
                    Opt::new("--name/--no-name")
                        .is_flag(true)
                        .show_default(true)
                        .help("name flag"),
                )
                .callback(|ctx| {
                    let name = ctx.get::<bool>("name")?.unwrap_or_default();
                    clack::echo(if name { "True" } else { "False" });
                    Ok(Output::none())
                }),
        )
        .into_command();
    assert!(invoke(&cli, &["foo"]).output.contains("False"));
    let help = invoke(&cli, &["foo", "--help"]).output;
    assert!(help.contains("default: no-name"), "{help}");
    let map = || DefaultMap::new().map("foo", DefaultMap::new().value("name", true));
    let result = with_map(map()).invoke(&cli, ["foo"]);
    assert!(result.output.contains("True"), "{}", result.output);
    let help = with_map(map()).invoke(&cli, ["foo", "--help"]).output;
    assert!(help.contains("default: name"), "{help}");
}

/// Of two flag options sharing one name, the one marked as default wins,
/// wherever it is declared.
#[test]
fn shared_param_prefers_first_default() {
    let cli = |red_default: bool| {
        let red = Opt::new(["--red", "color"]).flag_value("red");
        let green = Opt::new(["--green", "color"]).flag_value("green");
        let (red, green) = if red_default {
            (red.default(true), green)
        } else {
            (red, green.default(true))
        };
        Command::new("cli").param(red).param(green).callback(|ctx| {
            clack::echo(ctx.get::<String>("color")?.unwrap_or_default());
            Ok(Output::none())
        })
    };
    let prefers_green = cli(false);
    assert!(invoke(&prefers_green, &[]).output.contains("green"));
    assert!(invoke(&prefers_green, &["--red"]).output.contains("red"));
    let prefers_red = cli(true);
    assert!(invoke(&prefers_red, &[]).output.contains("red"));
    assert!(invoke(&prefers_red, &["--green"]).output.contains("green"));
}

/// The command line wins over the default map, which wins over the
/// option's default; the source says which one gave the value. (Click's
/// case of `None` in the default map has no counterpart: a `DefaultMap`
/// holds values.)
#[test]
fn default_map_source() {
    let cmd = Command::new("cli")
        .param(Opt::new("--name").default("original"))
        .callback(|ctx| {
            let name = ctx.get::<String>("name")?.unwrap_or_default();
            let source = ctx.get_parameter_source("name").expect("a source");
            clack::echo(format!("name={name:?} source={}", source.name()));
            Ok(Output::none())
        });
    let cases: [(&[&str], Option<DefaultMap>, &str, &str); 5] = [
        (
            &["--name", "cli"],
            Some(DefaultMap::new().value("name", "mapped")),
            "cli",
            "COMMANDLINE",
        ),
        (
            &[],
            Some(DefaultMap::new().value("name", "mapped")),
            "mapped",
            "DEFAULT_MAP",
        ),
        (
            &[],
            Some(DefaultMap::new().value("name", "")),
            "",
            "DEFAULT_MAP",
        ),
        (
            &[],
            Some(DefaultMap::new().value("name", 0)),
            "0",
            "DEFAULT_MAP",
        ),
        (&[], None, "original", "DEFAULT"),
    ];
    for (args, map, value, source) in cases {
        let runner = match map {
            Some(map) => with_map(map),
            None => Runner::new().prog_name("cli"),
        };
        let result = runner.invoke(&cmd, args.iter().copied());
        assert!(result.error.is_none(), "{}", result.output);
        assert!(
            result.output.contains(&format!("name={value:?}")),
            "{}",
            result.output
        );
        assert!(
            result.output.contains(&format!("source={source}")),
            "{}",
            result.output
        );
    }
}

/// A type that records the value and where it came from; Click's type
/// reads the parameter's name from `param`, this one is told it.
struct Source(&'static str);

impl ParamType for Source {
    type Value = String;

    fn name(&self) -> String {
        "source".into()
    }

    fn convert(&self, value: OsString, ctx: Option<&Context>) -> Result<Self::Value, Error> {
        let source = ctx.and_then(|c| c.get_parameter_source(self.0));
        Ok(format!(
            "{{'value': {:?}, 'source': {}}}",
            value.to_string_lossy(),
            source.map_or("None", |s| s.name())
        ))
    }
}

/// While an option's value is converted, its source is already known.
#[test]
fn parameter_source_during_paramtype_convert() {
    let cmd = Command::new("cli")
        .param(
            Opt::new("--default")
                .ty(Source("default"))
                .default("/tmp/file"),
        )
        .param(Opt::new("--nodefault").ty(Source("nodefault")))
        .callback(|ctx| {
            for name in ["default", "nodefault"] {
                let value = ctx.get::<String>(name)?;
                clack::echo(format!("{name}: {}", value.as_deref().unwrap_or("None")));
            }
            Ok(Output::none())
        });
    let result = invoke(&cmd, &[]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(
        result.output,
        "default: {'value': \"/tmp/file\", 'source': DEFAULT}\nnodefault: None\n"
    );
    let result = invoke(&cmd, &["--default", "cli", "--nodefault", "also"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert!(
        result
            .output
            .contains("default: {'value': \"cli\", 'source': COMMANDLINE}"),
        "{}",
        result.output
    );
    assert!(
        result
            .output
            .contains("nodefault: {'value': \"also\", 'source': COMMANDLINE}"),
        "{}",
        result.output
    );
}

/// An eager option's callback already sees where its value came from.
#[test]
fn parameter_source_during_eager_callback() {
    let cmd = Command::new("cli")
        .param(
            Opt::new("--flag/--no-flag")
                .default(false)
                .is_eager(true)
                .expose_value(false)
                .callback(|ctx, _, value: Option<bool>| {
                    let source = ctx.get_parameter_source("flag");
                    clack::echo(format!(
                        "callback source={}",
                        source.map_or("None", |s| s.name())
                    ));
                    Ok(value)
                }),
        )
        .callback(|ctx| {
            let source = ctx.get_parameter_source("flag").expect("a source");
            clack::echo(format!("final source={}", source.name()));
            Ok(Output::none())
        });
    let result = invoke(&cmd, &[]);
    assert!(result.error.is_none(), "{}", result.output);
    assert!(
        result.output.contains("callback source=DEFAULT"),
        "{}",
        result.output
    );
    assert!(
        result.output.contains("final source=DEFAULT"),
        "{}",
        result.output
    );
    let result = invoke(&cmd, &["--flag"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert!(
        result.output.contains("callback source=COMMANDLINE"),
        "{}",
        result.output
    );
    assert!(
        result.output.contains("final source=COMMANDLINE"),
        "{}",
        result.output
    );
}

/// Flask's `--debug/--no-debug`: an eager callback that changes outside
/// state only when the flag was given leaves it alone when the flag took
/// its default. (Click's test uses the process environment; this one a
/// shared cell standing for it.)
#[test]
fn flask_debug_env_not_stomped_by_default_flag() {
    let run = |args: &[&str]| -> String {
        let app_debug = Arc::new(Mutex::new(String::from("1")));
        let set = Arc::clone(&app_debug);
        let read = Arc::clone(&app_debug);
        let cmd = Command::new("cli")
            .param(
                Opt::new("--debug/--no-debug")
                    .default(false)
                    .is_eager(true)
                    .expose_value(false)
                    .callback(move |ctx, _, value: Option<bool>| {
                        let source = ctx.get_parameter_source("debug");
                        if matches!(
                            source,
                            Some(ParameterSource::Default | ParameterSource::DefaultMap)
                        ) {
                            return Ok(None);
                        }
                        *set.lock().unwrap() = if value == Some(true) { "1" } else { "0" }.into();
                        Ok(value)
                    }),
            )
            .callback(move |_| {
                clack::echo(format!("APP_DEBUG={}", read.lock().unwrap()));
                Ok(Output::none())
            });
        let result = invoke(&cmd, args);
        assert_eq!(result.exit_code, 0, "{}", result.output);
        result.output.trim().to_string()
    };
    assert_eq!(run(&[]), "APP_DEBUG=1");
    assert_eq!(run(&["--debug"]), "APP_DEBUG=1");
    assert_eq!(run(&["--no-debug"]), "APP_DEBUG=0");
}

/// An eager callback that writes another parameter's value directly: that
/// value is kept, and the other parameter's source stays its default.
#[test]
fn parameter_source_on_parse_result_bypass() {
    let cmd = Command::new("cli")
        .param(
            Opt::new("--hijacker")
                .is_eager(true)
                .expose_value(false)
                .callback(|ctx, _, value: Option<String>| {
                    ctx.set_value("target", Some(Value::new(String::from("hijacked"))));
                    Ok(value)
                }),
        )
        .param(Opt::new("--target").default("default_value"))
        .callback(|ctx| {
            let target = ctx.get::<String>("target")?.unwrap_or_default();
            let source = ctx.get_parameter_source("target");
            clack::echo(format!(
                "value={target} source={}",
                source.map_or("None", |s| s.name())
            ));
            Ok(Output::none())
        });
    let result: RunResult = invoke(&cmd, &["--hijacker", "anything"]);
    assert_eq!(result.exit_code, 0, "{}", result.output);
    assert!(
        result.output.contains("value=hijacked"),
        "{}",
        result.output
    );
    assert!(
        result.output.contains("source=DEFAULT"),
        "{}",
        result.output
    );
}

/// A default-map string for an option of two values is split as an
/// environment variable's would be; the command line still wins.
#[test]
fn default_map_nargs() {
    fn point<T: Clone + std::fmt::Debug + PartialEq + 'static>(
        opt: Opt,
        map: DefaultMap,
        args: &[&str],
        want: T,
    ) {
        let cmd = Command::new("cli")
            .param(opt)
            .callback(|ctx| Ok(Output::new(ctx.get::<T>("point")?)));
        let result = with_map(map).invoke(&cmd, args.iter().copied());
        assert_eq!(result.exit_code, 0, "{}", result.output);
        assert_eq!(returned::<Option<T>>(result), Some(want));
    }
    let ints = || Opt::new("--point").nargs(2).ty(Int::<i64>::new());
    point(
        ints(),
        DefaultMap::new().value("point", "3 4"),
        &[],
        vec![3i64, 4],
    );
    point(
        Opt::new("--point").ty(clack::types::Tuple((Text, Text))),
        DefaultMap::new().value("point", "hello world"),
        &[],
        (String::from("hello"), String::from("world")),
    );
    point(
        Opt::new("--point").nargs(2),
        DefaultMap::new().value("point", ("a", "b")),
        &[],
        vec![String::from("a"), String::from("b")],
    );
    point(
        ints(),
        DefaultMap::new().value("point", [5, 6]),
        &[],
        vec![5i64, 6],
    );
    point(
        ints(),
        DefaultMap::new().value("point", "3 4"),
        &["--point", "10", "20"],
        vec![10i64, 20],
    );
}
