use clack::prelude::*;

const LIMIT: u32 = 3;

/// A text setting takes a string: a literal, a `const &str`, `concat!`.
#[command]
fn tool(#[option(help = LIMIT)] name: Option<String>) {
    let _ = name;
}

fn main() {}
