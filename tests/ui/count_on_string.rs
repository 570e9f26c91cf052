use clack::prelude::*;

/// `count` needs an integer.
#[command]
fn tool(#[option(short = 'v', count)] verbose: String) {
    let _ = verbose;
}

fn main() {}
