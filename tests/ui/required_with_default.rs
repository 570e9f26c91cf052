use clack::prelude::*;

/// A required option with a default.
#[command]
fn serve(#[option(required, default = 8000)] port: u16) {
    let _ = port;
}

fn main() {}
