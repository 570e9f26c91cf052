use clack::prelude::*;

/// `switch` needs a `#[derive(Choice)]` enum.
#[command]
fn tool(#[option(switch, default = String::new())] engine: String) {
    let _ = engine;
}

fn main() {}
