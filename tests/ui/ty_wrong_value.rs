use clack::prelude::*;
use clack::types::Int;

/// An explicit type must produce the parameter's type.
#[command]
fn tool(#[option(ty = Int::<u8>::new())] name: String) {
    let _ = name;
}

fn main() {}
