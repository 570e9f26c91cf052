use clack::prelude::*;

/// `range` is for numbers.
#[command]
fn tool(#[option(range = 1..=10)] name: String) {
    let _ = name;
}

fn main() {}
