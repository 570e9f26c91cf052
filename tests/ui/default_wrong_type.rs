use clack::prelude::*;

/// A default of the wrong type.
#[command]
fn greet(#[option(default = "one")] count: u32) {
    let _ = count;
}

fn main() {}
