use clack::prelude::*;

/// `hide_input` only matters for a prompt.
#[command]
fn login(#[option(hide_input)] password: String) {
    let _ = password;
}

fn main() {}
