use clack::prelude::*;

/// Two `Vec<T>` arguments: where would the first end?
#[command]
fn copy(#[argument] src: Vec<String>, #[argument] dst: Vec<String>) {
    let _ = (src, dst);
}

fn main() {}
