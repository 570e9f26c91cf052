use clack::prelude::*;

/// `optional_value` already sets the flag value.
#[command]
fn tool(#[option(optional_value = "auto", flag_value = "always")] color: Option<String>) {
    let _ = color;
}

fn main() {}
