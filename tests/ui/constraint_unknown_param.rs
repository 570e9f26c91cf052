use clack::prelude::*;

/// A constraint names `toml`, which is not a parameter.
#[command(constraints = [mutually_exclusive(json, toml)])]
fn tool(#[option(flag)] json: bool, #[option(flag)] yaml: bool) {
    let _ = (json, yaml);
}

fn main() {}
