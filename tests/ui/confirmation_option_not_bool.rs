use clack::prelude::*;

/// A confirmation must be a flag.
#[command]
fn wipe(#[option(confirmation_option)] yes: String) {
    let _ = yes;
}

fn main() {}
