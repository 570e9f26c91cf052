//! Property tests for Click's flag truth tables: boolean on/off pairs,
//! single boolean flags, flags with a `flag_value`, and counters, each with
//! every kind of default, any sequence of occurrences on the command line
//! and any value of its environment variable; and feature switches (several
//! flags sharing one target, each storing its own `flag_value`).
//!
//! [`expected`] is a model of Click 8.5's rules; `flag_truth_table.py`
//! beside this file checks the same model against real Click over a grid
//! (`python flag_truth_table.py` with click installed prints any row where
//! they differ). The properties check clack against the model.

use clack_core::testing::Runner;
use clack_core::{Command, Opt, Output};
use proptest::prelude::*;

/// The kind of option under test; every one is named `f` and reads `F`.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// `--f/--no-f`.
    Pair,
    /// `--f` with `is_flag`.
    Single,
    /// `--f` with `flag_value("X")`.
    Value,
    /// `-f`/`--f` with `count`.
    Count,
}

/// The option's declared default.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Default {
    Unset,
    Bool(bool),
    Text(&'static str),
    Int(u32),
}

/// What the callback received, or a usage error.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Bool(bool),
    Text(String),
    Int(u64),
    Nothing,
    UsageError,
}

/// Click's BOOL type: stripped, case-insensitive, `""` is false.
fn parse_bool(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "1" | "true" | "t" | "yes" | "y" | "on" => Some(true),
        "0" | "false" | "f" | "no" | "n" | "off" | "" => Some(false),
        _ => None,
    }
}

/// Click's answer: `on` lists the occurrences on the command line (`true`
/// for `--f`, `false` for `--no-f`), `env` is the value of `F`.
fn expected(kind: Kind, default: Default, on: &[bool], env: Option<&str>) -> Outcome {
    // An empty environment variable counts as unset.
    let env = env.filter(|e| !e.is_empty());
    match kind {
        Kind::Count => {
            if !on.is_empty() {
                return Outcome::Int(on.len() as u64);
            }
            if let Some(e) = env {
                return match e.trim().parse::<u64>() {
                    Ok(n) => Outcome::Int(n),
                    Err(_) => Outcome::UsageError,
                };
            }
            match default {
                Default::Int(n) => Outcome::Int(n.into()),
                _ => Outcome::Int(0),
            }
        }
        Kind::Pair | Kind::Single => {
            if let Some(&last) = on.last() {
                return Outcome::Bool(last);
            }
            if let Some(e) = env {
                return parse_bool(e).map_or(Outcome::UsageError, Outcome::Bool);
            }
            Outcome::Bool(matches!(default, Default::Bool(true)))
        }
        Kind::Value => {
            let text = |t: &str| Outcome::Text(t.into());
            if !on.is_empty() {
                return text("X");
            }
            if let Some(e) = env {
                // The flag value itself or a true word selects the flag
                // value; a false word gives `False` (Python's str(False));
                // anything else falls through to the default.
                if e == "X" || parse_bool(e) == Some(true) {
                    return text("X");
                }
                if parse_bool(e) == Some(false) {
                    return text("False");
                }
            }
            match default {
                Default::Unset | Default::Int(_) => Outcome::Nothing,
                Default::Bool(true) => text("X"),
                Default::Bool(false) => text("False"),
                Default::Text(t) => text(t),
            }
        }
    }
}

/// The command: one option `f` built as `kind` with `default`; the callback
/// prints what it received.
fn command(kind: Kind, default: Default) -> Command {
    let opt = match kind {
        Kind::Pair => Opt::new("--f/--no-f"),
        Kind::Single => Opt::new("--f").flag(),
        Kind::Value => Opt::new("--f").flag_value("X"),
        Kind::Count => Opt::new(["-f", "--f"]).count(),
    }
    .envvar("F");
    let opt = match default {
        Default::Unset => opt,
        Default::Bool(b) => opt.default(b),
        Default::Text(t) => opt.default(t),
        Default::Int(n) => opt.default(n),
    };
    Command::new("cmd").param(opt).callback(move |ctx| {
        let shown = if let Ok(v) = ctx.get::<bool>("f") {
            v.map(|b| format!("bool {b}"))
        } else if let Ok(v) = ctx.get::<String>("f") {
            v.map(|t| format!("text {t}"))
        } else if let Ok(v) = ctx.get::<u32>("f") {
            v.map(|n| format!("int {n}"))
        } else if let Ok(v) = ctx.get::<usize>("f") {
            v.map(|n| format!("int {n}"))
        } else {
            Some(format!("other {:?}", ctx.get::<u8>("f")))
        };
        clack_core::echo(shown.unwrap_or_else(|| "nothing".into()));
        Ok(Output::none())
    })
}

/// What clack does.
fn actual(kind: Kind, default: Default, on: &[bool], env: Option<&str>) -> Outcome {
    let args: Vec<&str> = on
        .iter()
        .map(|&b| if b { "--f" } else { "--no-f" })
        .collect();
    let mut runner = Runner::new().clear_env();
    if let Some(e) = env {
        runner = runner.env("F", e);
    }
    let result = runner.invoke(&command(kind, default), args);
    match result.exit_code {
        2 => {
            assert!(
                result.stderr.contains("Error: Invalid value for '"),
                "{}",
                result.stderr
            );
            Outcome::UsageError
        }
        0 => {
            let line = result.stdout.trim_end();
            let (tag, rest) = line.split_once(' ').unwrap_or((line, ""));
            match tag {
                "bool" => Outcome::Bool(rest == "true"),
                "text" => Outcome::Text(rest.into()),
                "int" => Outcome::Int(rest.parse().expect("a number")),
                "nothing" => Outcome::Nothing,
                _ => panic!("unexpected value {line:?}"),
            }
        }
        code => panic!("exit {code}: {}", result.output),
    }
}

fn env_value() -> impl Strategy<Value = Option<String>> {
    let words = prop::sample::select(vec![
        "", "1", "0", "true", "false", "t", "f", "yes", "no", "y", "n", "on", "off", "TRUE",
        " Yes ", "oFf", "X", "x", "junk", "2", "17", "-1", " 3", "1.5",
    ]);
    prop_oneof![
        Just(None),
        words.prop_map(|w| Some(w.to_string())),
        "[a-z0-9 ]{0,6}".prop_map(Some),
    ]
}

fn case() -> impl Strategy<Value = (Kind, Default, Vec<bool>, Option<String>)> {
    let kind = prop::sample::select(vec![Kind::Pair, Kind::Single, Kind::Value, Kind::Count]);
    kind.prop_flat_map(|kind| {
        let defaults = match kind {
            Kind::Value => vec![
                Default::Unset,
                Default::Bool(true),
                Default::Bool(false),
                Default::Text("X"),
                Default::Text("Y"),
            ],
            Kind::Count => vec![Default::Unset, Default::Int(0), Default::Int(2)],
            _ => vec![Default::Unset, Default::Bool(true), Default::Bool(false)],
        };
        // Only a pair has an off switch.
        let occurrence = if kind == Kind::Pair {
            any::<bool>().boxed()
        } else {
            Just(true).boxed()
        };
        (
            Just(kind),
            prop::sample::select(defaults),
            prop::collection::vec(occurrence, 0..5),
            env_value(),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn flags_follow_clicks_truth_table((kind, default, on, env) in case()) {
        let want = expected(kind, default, &on, env.as_deref());
        let got = actual(kind, default, &on, env.as_deref());
        prop_assert_eq!(got, want);
    }
}

/// Every row of the small grid, so that a failure names the row plainly.
#[test]
fn the_truth_table_grid_holds() {
    let envs = [
        None,
        Some(""),
        Some("1"),
        Some("0"),
        Some("off"),
        Some("X"),
        Some("junk"),
    ];
    let cases: [(Kind, &[Default]); 4] = [
        (
            Kind::Pair,
            &[Default::Unset, Default::Bool(true), Default::Bool(false)],
        ),
        (
            Kind::Single,
            &[Default::Unset, Default::Bool(true), Default::Bool(false)],
        ),
        (
            Kind::Value,
            &[
                Default::Unset,
                Default::Bool(true),
                Default::Bool(false),
                Default::Text("Y"),
            ],
        ),
        (Kind::Count, &[Default::Unset, Default::Int(2)]),
    ];
    let mut failures = Vec::new();
    for (kind, defaults) in cases {
        let sequences: &[&[bool]] = match kind {
            Kind::Pair => &[&[], &[true], &[false], &[true, false], &[false, true]],
            _ => &[&[], &[true], &[true, true, true]],
        };
        for &default in defaults {
            for on in sequences {
                for env in envs {
                    let want = expected(kind, default, on, env);
                    let got = actual(kind, default, on, env);
                    if got != want {
                        failures.push(format!(
                            "{kind:?} default={default:?} args={on:?} env={env:?}: \
                             want {want:?}, got {got:?}"
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Which switch of a feature-switch group has a default, and what it is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum SwitchDefault {
    None,
    /// `default=True` on the switch with this index: its flag value.
    On(usize),
    /// `default="lower"` on the first switch.
    Text,
}

const SWITCHES: [(&str, &str); 3] = [
    ("--upper", "upper"),
    ("--lower", "lower"),
    ("--title", "title"),
];

/// Three switches sharing the target `case`, each storing its flag value.
fn switch_command(default: SwitchDefault) -> Command {
    let mut cmd = Command::new("cmd");
    for (i, (flag, value)) in SWITCHES.iter().enumerate() {
        let opt = Opt::new([*flag, "case"]).flag_value(*value);
        cmd = cmd.param(match default {
            SwitchDefault::On(j) if j == i => opt.default(true),
            SwitchDefault::Text if i == 0 => opt.default("lower"),
            _ => opt,
        });
    }
    cmd.callback(|ctx| {
        let case: Option<String> = ctx.get("case")?;
        clack_core::echo(case.unwrap_or_else(|| "nothing".into()));
        Ok(Output::none())
    })
}

/// Click: the last switch given wins; without one, the default (a switch
/// with `default=True` means its own flag value).
fn switch_expected(default: SwitchDefault, given: &[usize]) -> String {
    match (given.last(), default) {
        (Some(&i), _) => SWITCHES[i].1.into(),
        (None, SwitchDefault::On(j)) => SWITCHES[j].1.into(),
        (None, SwitchDefault::Text) => "lower".into(),
        (None, SwitchDefault::None) => "nothing".into(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn feature_switches_follow_clicks_truth_table(
        default in prop::sample::select(vec![
            SwitchDefault::None,
            SwitchDefault::On(0),
            SwitchDefault::On(1),
            SwitchDefault::Text,
        ]),
        given in prop::collection::vec(0usize..3, 0..5),
    ) {
        let args: Vec<&str> = given.iter().map(|&i| SWITCHES[i].0).collect();
        let result = Runner::new().clear_env().invoke(&switch_command(default), args);
        prop_assert_eq!(result.exit_code, 0, "{}", result.output);
        prop_assert_eq!(result.stdout.trim_end(), switch_expected(default, &given));
    }
}
