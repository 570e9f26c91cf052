use clack::prelude::*;

/// `conflicts_with` and `requires` name parameters the command lacks.
#[command]
fn tool(
    #[option(flag, conflicts_with = "yml")] json: bool,
    #[option(requires = ["password"])] user: Option<String>,
) {
    let _ = (json, user);
}

fn main() {}
