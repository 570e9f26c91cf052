use clack::prelude::*;

/// `multiple` is for options; a `Vec<T>` argument is already variadic.
#[command]
fn copy(#[argument(multiple)] files: Vec<String>) {
    let _ = files;
}

fn main() {}
