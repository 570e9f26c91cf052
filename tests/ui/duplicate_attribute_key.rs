use clack::prelude::*;

/// The same key twice.
#[command]
fn greet(#[option(help = "One.", help = "Two.")] count: u32) {
    let _ = count;
}

fn main() {}
