use clack::prelude::*;

/// One preset per option.
#[command]
fn wipe(#[option(confirmation_option, password_option)] yes: bool) {
    let _ = yes;
}

fn main() {}
