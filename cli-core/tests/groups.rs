//! Groups through the builder API: chains that stop at the first failure,
//! custom command lookup that fails, and objects that are not there.

use std::sync::{Arc, Mutex};

use clack_core::group::{CommandSource, Commands};
use clack_core::testing::{RunResult, Runner};
use clack_core::{Arg, Command, Context, Error, Group, Output};

/// What the commands of a chain did, in order.
type Log = Arc<Mutex<Vec<String>>>;

/// A chained group of `step NAME` and `fail`, recording what ran.
fn chain(log: &Log) -> Command {
    let step_log = Arc::clone(log);
    let step = Command::new("step")
        .param(Arg::new("name"))
        .callback(move |ctx| {
            let name: String = ctx.take_required("name")?;
            step_log.lock().unwrap().push(name.clone());
            Ok(Output::new(name))
        });
    let fail_log = Arc::clone(log);
    let fail = Command::new("fail").callback(move |_| {
        fail_log.lock().unwrap().push("fail".into());
        Err(Error::failure("the middle step broke"))
    });
    let done_log = Arc::clone(log);
    Group::new("pipe")
        .chain(true)
        .command(step)
        .command(fail)
        .result_callback(move |_, results| {
            done_log
                .lock()
                .unwrap()
                .push(format!("result callback with {}", results.len()));
            Ok(Output::none())
        })
        .into_command()
}

fn run(cmd: &Command, args: &[&str]) -> RunResult {
    Runner::new()
        .prog_name("pipe")
        .invoke(cmd, args.iter().copied())
}

#[test]
fn a_chain_runs_every_command_then_the_result_callback() {
    let log = Log::default();
    let result = run(&chain(&log), &["step", "a", "step", "b"]);
    assert_eq!(result.exit_code, 0, "{}", result.stderr);
    assert_eq!(*log.lock().unwrap(), ["a", "b", "result callback with 2"]);
}

#[test]
fn a_failing_middle_command_stops_the_chain() {
    let log = Log::default();
    let result = run(&chain(&log), &["step", "a", "fail", "step", "c"]);
    assert_eq!(result.exit_code, 1);
    assert_eq!(result.stderr, "Error: the middle step broke\n");
    assert_eq!(*log.lock().unwrap(), ["a", "fail"]);
}

#[test]
fn a_usage_error_late_in_the_chain_runs_nothing() {
    let log = Log::default();
    let result = run(&chain(&log), &["step", "a", "fail", "step"]);
    assert_eq!(result.exit_code, 2);
    assert!(
        result.stderr.ends_with("Error: Missing argument 'NAME'.\n"),
        "{}",
        result.stderr
    );
    assert!(log.lock().unwrap().is_empty(), "{:?}", log.lock().unwrap());
}

/// Aliases and unique prefixes, as in Click's documentation.
struct Prefixes;

impl CommandSource for Prefixes {
    fn get_command(
        &self,
        ctx: &Context,
        name: &str,
        commands: &Commands,
    ) -> Result<Option<Arc<Command>>, Error> {
        let name = if name == "ls" { "list" } else { name };
        if let Some(command) = commands.get(name) {
            return Ok(Some(command));
        }
        let matches: Vec<String> = commands
            .names()
            .into_iter()
            .filter(|n| n.starts_with(name))
            .collect();
        match matches.as_slice() {
            [] => Ok(None),
            [only] => Ok(commands.get(only)),
            _ => Err(ctx.fail(format!("Too many matches: {}", matches.join(", ")))),
        }
    }
}

fn tool() -> Command {
    let say = |text: &'static str| {
        move |_: &Context| {
            clack_core::echo(text);
            Ok(Output::none())
        }
    };
    Group::new("tool")
        .source(Prefixes)
        .command(Command::new("list").callback(say("listing")))
        .command(Command::new("lint").callback(say("linting")))
        .command(Command::new("status").callback(say("status")))
        .into_command()
}

#[test]
fn custom_lookup_resolves_aliases_and_prefixes() {
    let tool = tool();
    assert_eq!(run(&tool, &["ls"]).stdout, "listing\n");
    assert_eq!(run(&tool, &["st"]).stdout, "status\n");
    assert_eq!(run(&tool, &["lin"]).stdout, "linting\n");
}

#[test]
fn custom_lookup_failures_are_usage_errors() {
    let tool = tool();
    let ambiguous = run(&tool, &["li"]);
    assert_eq!(ambiguous.exit_code, 2);
    assert!(
        ambiguous
            .stderr
            .ends_with("Error: Too many matches: lint, list\n"),
        "{}",
        ambiguous.stderr
    );
    let unknown = run(&tool, &["stats"]);
    assert_eq!(unknown.exit_code, 2);
    assert_eq!(
        unknown.stderr,
        "Usage: pipe [OPTIONS] COMMAND [ARGS]...\n\
         Try 'pipe --help' for help.\n\n\
         Error: No such command 'stats'. Did you mean 'status'?\n"
    );
}

/// A value a group's commands expect from their parent.
struct Settings;

#[test]
fn an_object_missing_from_the_context_is_an_error() {
    let cmd = Command::new("show").callback(|ctx| {
        let _settings = ctx.obj::<Settings>()?;
        Ok(Output::none())
    });
    let group = Group::new("app").command(cmd).into_command();
    let result = run(&group, &["show"]);
    assert_eq!(result.exit_code, 1);
    assert!(
        result.stderr.contains("'Settings'"),
        "names the missing type: {}",
        result.stderr
    );
}
