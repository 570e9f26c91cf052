use clack::prelude::*;

/// A deprecated option must be optional.
#[command]
fn serve(#[option(deprecated = "use --bind", required)] host: String) {
    let _ = host;
}

fn main() {}
