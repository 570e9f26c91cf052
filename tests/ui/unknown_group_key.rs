use clack::prelude::*;

/// A typo in a group setting.
#[group(comands = [run])]
fn tool() {}

/// Run.
#[command]
fn run() {}

fn main() {}
