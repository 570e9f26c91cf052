use clack::prelude::*;

/// A parameter is one or the other.
#[command]
fn copy(#[option] #[argument] dest: String) {
    let _ = dest;
}

fn main() {}
