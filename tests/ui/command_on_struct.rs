use clack::prelude::*;

/// Commands are functions.
#[command]
struct Greet {
    name: String,
}

fn main() {}
