use clack::prelude::*;

/// `Box<dyn Error>` is not `Send + Sync`.
#[command]
fn load() -> Result<(), Box<dyn std::error::Error>> {
    Err("no config".into())
}

fn main() {}
