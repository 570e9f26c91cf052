//! Click's `tests/test_command_decorators.py`: commands made from
//! functions.

use clack::prelude::*;
use clack::{Arg, Command, Group, Output};

use crate::invoke;

#[command]
fn no_parens_cli() {
    clack::echo("hello");
}

/// `#[command]` without arguments makes a command of the function.
#[test]
fn command_no_parens() {
    let result = invoke(&no_parens_cli::command(), &[]);
    assert!(result.error.is_none());
    assert_eq!(result.output, "hello\n");
}

fn echoing(name: &str, text: &'static str) -> Command {
    Command::new(name).callback(move |_| {
        clack::echo(text);
        Ok(Output::none())
    })
}

/// Groups and their subcommands, nested, each running in turn.
#[test]
fn group_no_parens() {
    let grp2 = Group::new("grp2")
        .command(echoing("cmd2", "cmd2"))
        .into_command()
        .callback(|_| {
            clack::echo("grp2");
            Ok(Output::none())
        });
    let grp = Group::new("grp")
        .command(echoing("cmd1", "cmd1"))
        .command(grp2)
        .into_command()
        .callback(|_| {
            clack::echo("grp1");
            Ok(Output::none())
        });
    let result = invoke(&grp, &["cmd1"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "grp1\ncmd1\n");
    let result = invoke(&grp, &["grp2", "cmd2"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "grp1\ngrp2\ncmd2\n");
}

/// Parameters given to the command come first, in order.
#[test]
fn params_argument() {
    let cli = Command::new("cli")
        .param(Arg::new("a"))
        .param(Arg::new("b"))
        .callback(|ctx| {
            let a: String = ctx.take_required("a")?;
            let b: String = ctx.take_required("b")?;
            clack::echo(format!("{a} {b}"));
            Ok(Output::none())
        });
    assert_eq!(cli.params_list()[0].name(), "a");
    assert_eq!(cli.params_list()[1].name(), "b");
    assert_eq!(invoke(&cli, &["1", "2"]).output, "1 2\n");
}

#[command]
fn init_data() {}
#[command]
fn init_data_command() {}
#[command]
fn init_data_cmd() {}
#[command]
fn init_data_group() {}
#[command]
fn init_data_grp() {}

/// A command's name is its function's, with `_` as `-` and a trailing
/// `_command`, `_cmd`, `_group` or `_grp` dropped.
#[test]
fn generate_name() {
    for cmd in [
        init_data::command(),
        init_data_command::command(),
        init_data_cmd::command(),
        init_data_group::command(),
        init_data_grp::command(),
    ] {
        assert_eq!(cmd.name(), "init-data");
    }
}
