use clack::prelude::*;

/// `version_names` names the version option, which needs `version`.
#[command(version_names = ["-V", "--version"])]
fn tool(#[option("-V")] verbose: bool) {
    let _ = verbose;
}

fn main() {}
