use clack::prelude::*;

/// Values are owned.
#[command]
fn tool(name: &str) {
    let _ = name;
}

fn main() {}
