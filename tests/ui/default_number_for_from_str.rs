use std::net::IpAddr;

use clack::prelude::*;

/// A `FromStr` type takes its default as text, not as a number.
#[command]
fn serve(#[option(default = 8080)] bind: IpAddr) {
    let _ = bind;
}

fn main() {}
