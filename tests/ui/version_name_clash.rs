use clack::prelude::*;

/// `--version` is taken by the version option.
#[command(version = "1.0")]
fn tool(version: Option<String>) {
    let _ = version;
}

fn main() {}
