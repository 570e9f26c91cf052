use clack::prelude::*;

struct Repo;

/// Objects are borrowed.
#[command]
fn tool(#[obj] repo: Repo) {
    let _ = repo;
}

fn main() {}
