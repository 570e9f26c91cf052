use clack::prelude::*;

/// `--completion` is taken by the completion option.
#[command(completion_option)]
fn tool(completion: Option<String>) {
    let _ = completion;
}

fn main() {}
