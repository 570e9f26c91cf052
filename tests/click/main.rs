//! Click 8.5.1's own test suite (`tests/` of its source archive), ported to
//! clack: one module per Click test module, each test written anew from the
//! behaviour that Click's test checks. `README.md` beside this file lists
//! every Click test function with its status here.

mod arguments;
mod basic;
mod chain;
mod command_decorators;
mod commands;
mod compat;
mod context;
mod defaults;
mod exceptions;
mod formatting;
mod normalization;
mod options;
mod parser;
mod shell_completion;
mod stream_lifecycle;
mod termui;
mod testing;
mod types;
mod utils;

use clack::testing::{RunResult, Runner};
use clack::{Command, Output};

/// Run `cmd` with `args` under the name `cli`, as Click's `CliRunner` does
/// for a command named `cli`.
pub fn invoke(cmd: &Command, args: &[&str]) -> RunResult {
    Runner::new()
        .prog_name("cli")
        .invoke(cmd, args.iter().copied())
}

/// The value a callback returned (Click's `standalone_mode=False` return
/// value), downcast to `T`.
pub fn returned<T: 'static>(result: RunResult) -> T {
    let output: Output = result
        .output_value
        .unwrap_or_else(|| panic!("no return value; stderr: {}", result.stderr));
    output
        .downcast::<T>()
        .unwrap_or_else(|_| panic!("the return value is not a {}", std::any::type_name::<T>()))
}

/// What a command whose declaration is wrong prints when run: Click raises
/// `TypeError` while the decorator runs; clack reports the program's
/// mistake when the command first runs, before anything is parsed (exit 1).
pub fn declaration_error(cmd: Command) -> String {
    let result = invoke(&cmd.callback(|_| Ok(clack::Output::none())), &[]);
    assert_eq!(result.exit_code, 1, "{}", result.stderr);
    assert!(
        result.stderr.contains("is declared wrongly"),
        "{}",
        result.stderr
    );
    result.stderr
}
