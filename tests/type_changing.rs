//! Callbacks that change the value's type, builder form: `callback_into`
//! and `map_value` on options and arguments.

use std::collections::HashMap;

use clack::testing::{RunResult, Runner};
use clack::{Arg, Command, Context, Error, Opt, Output, Param};

fn run(cmd: &Command, args: &[&str]) -> RunResult {
    Runner::new().invoke(cmd, args.iter().copied())
}

fn pairs(
    _: &Context,
    _: &Param,
    v: Option<Vec<String>>,
) -> Result<Option<HashMap<String, String>>, Error> {
    let mut map = HashMap::new();
    for pair in v.unwrap_or_default() {
        let Some((k, val)) = pair.split_once('=') else {
            return Err(Error::bad_parameter(format!("{pair:?} is not KEY=VALUE.")));
        };
        map.insert(k.to_string(), val.to_string());
    }
    Ok(Some(map))
}

fn env_command() -> Command {
    Command::new("run")
        .param(
            Opt::new("--env")
                .multiple(true)
                .value_type::<String>()
                .help("Set a variable.")
                .callback_into(pairs),
        )
        .callback(|ctx| {
            let env: HashMap<String, String> = ctx.take_required("env")?;
            let mut keys: Vec<_> = env.iter().map(|(k, v)| format!("{k}={v}")).collect();
            keys.sort();
            clack::echo(keys.join(","));
            Ok(Output::none())
        })
}

#[test]
fn repeated_pairs_become_a_map() {
    let r = run(&env_command(), &["--env", "B=2", "--env", "A=1"]);
    assert_eq!(r.exit_code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "A=1,B=2\n");
}

#[test]
fn the_callback_sees_the_missing_value_and_may_supply_one() {
    // Click passes the empty tuple of a repeated option; the callback's
    // map is there even when no `--env` is given.
    let r = run(&env_command(), &[]);
    assert_eq!(r.exit_code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "\n");
}

#[test]
fn a_bad_parameter_from_the_callback_is_a_usage_error() {
    let r = run(&env_command(), &["--env", "oops"]);
    assert_eq!(r.exit_code, 2);
    assert_eq!(
        r.stderr,
        "Usage: run [OPTIONS]\nTry 'run --help' for help.\n\n\
         Error: Invalid value for '--env': \"oops\" is not KEY=VALUE.\n"
    );
}

#[test]
fn help_shows_the_parsed_type() {
    let with = run(&env_command(), &["--help"]).stdout;
    let without = run(
        &Command::new("run").param(
            Opt::new("--env")
                .multiple(true)
                .value_type::<String>()
                .help("Set a variable."),
        ),
        &["--help"],
    )
    .stdout;
    assert_eq!(with, without);
    assert!(with.contains("--env TEXT  Set a variable."), "{with}");
}

fn ports_command() -> Command {
    Command::new("ports")
        .param(Opt::new("--ports").map_value(|list: String| {
            list.split(',')
                .map(|p| {
                    p.trim()
                        .parse::<u16>()
                        .map_err(|_| Error::bad_parameter(format!("{p:?} is not a port.")))
                })
                .collect::<Result<Vec<u16>, Error>>()
        }))
        .callback(|ctx| {
            let ports: Option<Vec<u16>> = ctx.take("ports")?;
            clack::echo(format!("{ports:?}"));
            Ok(Output::none())
        })
}

#[test]
fn map_value_converts_present_values_and_leaves_none_alone() {
    assert_eq!(
        run(&ports_command(), &["--ports", "80, 443"]).stdout,
        "Some([80, 443])\n"
    );
    assert_eq!(run(&ports_command(), &[]).stdout, "None\n");
    let r = run(&ports_command(), &["--ports", "80,x"]);
    assert_eq!(r.exit_code, 2);
    assert!(
        r.stderr
            .ends_with("Error: Invalid value for '--ports': \"x\" is not a port.\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn arguments_change_type_too() {
    let cmd = Command::new("sum")
        .param(
            Arg::new("numbers")
                .nargs(-1)
                .value_type::<i64>()
                .callback_into(|_: &Context, _: &Param, v: Option<Vec<i64>>| {
                    Ok(Some(v.unwrap_or_default().iter().sum::<i64>()))
                }),
        )
        .callback(|ctx| {
            let total: i64 = ctx.take_required("numbers")?;
            clack::echo(total.to_string());
            Ok(Output::none())
        });
    assert_eq!(run(&cmd, &["1", "2", "3"]).stdout, "6\n");
    assert_eq!(run(&cmd, &[]).stdout, "0\n");
    let r = run(&cmd, &["x"]);
    assert_eq!(r.exit_code, 2);
    assert!(
        r.stderr
            .ends_with("Error: Invalid value for '[NUMBERS]...': 'x' is not a valid integer.\n"),
        "{}",
        r.stderr
    );

    let cmd = Command::new("count")
        .param(
            Arg::new("word")
                .required(false)
                .map_value(|s: String| Ok(s.chars().count())),
        )
        .callback(|ctx| {
            let n: Option<usize> = ctx.take("word")?;
            clack::echo(format!("{n:?}"));
            Ok(Output::none())
        });
    assert_eq!(run(&cmd, &["héllo"]).stdout, "Some(5)\n");
    assert_eq!(run(&cmd, &[]).stdout, "None\n");
}
