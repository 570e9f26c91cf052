use clack::prelude::*;

/// `chain` and `commands` belong to groups.
#[command(chain, commands = [other])]
fn tool() {}

/// Another.
#[command]
fn other() {}

fn main() {}
