use clack::prelude::*;

fn total(a: u32, b: u32) {
    let _ = (a, b);
}

/// A result callback takes the results as a `Vec`.
#[group(chain, result_callback = total)]
fn sum() {}

fn main() {}
