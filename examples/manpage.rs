//! `manpage`: writes the man pages and the Markdown reference of
//! `examples/repo.rs`'s command tree (needs the `docgen` feature).
//!
//!     cargo run --example manpage --features docgen -- target/man
//!     man -l target/man/repo-clone.1
//!
//! Without a folder it prints the root page's roff to standard output.

#[path = "repo.rs"]
#[allow(dead_code)]
mod repo;

use std::path::PathBuf;

fn main() -> std::process::ExitCode {
    // The program is `repo`, the group function `cli`.
    let cmd = repo::cli::command().with_name("repo");
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        let pages = clack::docgen::man::render(&cmd);
        clack::echo_no_nl(&pages[0].1);
        return std::process::ExitCode::SUCCESS;
    };
    let write = || -> std::io::Result<()> {
        std::fs::create_dir_all(&dir)?;
        for (name, roff) in clack::docgen::man::render(&cmd) {
            std::fs::write(dir.join(name), roff)?;
        }
        std::fs::write(dir.join("repo.md"), clack::docgen::markdown::render(&cmd))
    };
    match write() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            clack::echo_err(format!("Could not write to {}: {e}", dir.display()));
            std::process::ExitCode::FAILURE
        }
    }
}
