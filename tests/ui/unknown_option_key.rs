use clack::prelude::*;

/// A typo in an option attribute.
#[command]
fn greet(#[option(sohrt = 'c')] count: u32) {
    let _ = count;
}

fn main() {}
