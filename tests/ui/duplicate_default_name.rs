use clack::prelude::*;

/// An explicit `--name` clashes with the one derived from `name`.
#[command]
fn tool(#[option("--name")] title: String, name: String) {
    let _ = (title, name);
}

fn main() {}
