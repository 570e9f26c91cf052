use clack::prelude::*;

/// A declaration without dashes names no option.
#[command]
fn tool(#[option("x")] x: Option<String>) {
    let _ = x;
}

fn main() {}
