use clack::prelude::*;

/// Arguments have no `[default: ..]` in help.
#[command]
fn copy(#[argument(default = ".", show_default)] dest: String) {
    let _ = dest;
}

fn main() {}
