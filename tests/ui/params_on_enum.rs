use clack::prelude::*;

/// Parameter sets are structs.
#[derive(Params)]
enum Common {
    Verbose,
}

fn main() {}
