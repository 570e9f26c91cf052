use clack::prelude::*;

fn helper() {}

/// `commands` lists #[command] functions.
#[group(commands = [helper])]
fn tool() {}

fn main() {
    helper();
}
