use clack::prelude::*;

/// `rename_all` takes serde's case names.
#[derive(Choice, Clone, Copy)]
#[choice(rename_all = "snake-case")]
enum Format {
    PlainText,
}

fn main() {}
