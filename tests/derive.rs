//! The macros, end to end: commands and groups built with `#[command]`,
//! `#[group]`, `#[derive(Params)]` and `#[derive(Choice)]`, run in-process
//! with the testing `Runner`.

#[path = "derive/asyncs.rs"]
mod asyncs;
#[path = "derive/callbacks.rs"]
mod callbacks;
#[path = "derive/choices.rs"]
mod choices;
#[path = "derive/click_forms.rs"]
mod click_forms;
#[path = "derive/constraints.rs"]
mod constraints;
#[path = "derive/fromstr.rs"]
mod fromstr;
#[path = "derive/greet.rs"]
mod greet;
#[path = "derive/groups.rs"]
mod groups;
#[path = "derive/hooks.rs"]
mod hooks;
#[path = "derive/integrations.rs"]
mod integrations;
#[path = "derive/invoke.rs"]
mod invoke;
#[path = "derive/options.rs"]
mod options;
#[path = "derive/params.rs"]
mod params;
#[path = "derive/returns.rs"]
mod returns;
#[path = "derive/shapes.rs"]
mod shapes;
#[path = "derive/types.rs"]
mod types;

use clack::Command;
use clack::testing::{RunResult, Runner};

/// Run `cmd` with `args`.
pub fn run(cmd: &Command, args: &[&str]) -> RunResult {
    Runner::new().invoke(cmd, args.iter().copied())
}

/// Run `cmd` with `args` and standard input.
pub fn run_input(cmd: &Command, args: &[&str], input: &str) -> RunResult {
    Runner::new().input(input).invoke(cmd, args.iter().copied())
}

/// Assert success and return stdout.
#[track_caller]
pub fn ok(result: RunResult) -> String {
    assert_eq!(result.exit_code, 0, "stderr: {}", result.stderr);
    result.stdout
}
