use clack::prelude::*;

/// Arguments do not prompt.
#[command]
fn greet(#[argument(prompt = "Your name")] name: String) {
    let _ = name;
}

fn main() {}
