use clack::prelude::*;

/// `flag` is for booleans.
#[command]
fn tool(#[option(flag = "--level/--no-level")] level: u8) {
    let _ = level;
}

fn main() {}
