use clack::prelude::*;

/// `parse_as` says what the callback receives: there must be one.
#[command]
fn tool(#[option(parse_as = String)] port: u16) {
    let _ = port;
}

fn main() {}
