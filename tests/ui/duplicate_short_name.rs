use clack::prelude::*;

/// Two options share `-c`.
#[command]
fn tool(#[option(short = 'c')] count: u32, #[option("--color", "-c")] color: bool) {
    let _ = (count, color);
}

fn main() {}
