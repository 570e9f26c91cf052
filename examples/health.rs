//! `health`: a command that returns Rust's own types. Its exit code is a
//! `std::process::ExitCode`, and its error any error type: here a boxed
//! one, so that `?` takes an `std::io::Error` and a message alike.
//!
//!     echo degraded > state; cargo run --example health -- state; echo $?

use std::error::Error as StdError;
use std::path::PathBuf;
use std::process::ExitCode;

use clack::prelude::*;

/// Report the state a service wrote to FILE.
///
/// Exits with 0 when it is "ok" and 3 when it is "degraded". A file that
/// cannot be read, or that holds anything else, is an error (exit 1).
#[command]
pub fn health(
    ctx: &Context,
    #[argument] file: PathBuf,
) -> Result<ExitCode, Box<dyn StdError + Send + Sync>> {
    let state = std::fs::read_to_string(ctx.io().resolve(&file))?;
    match state.trim() {
        "ok" => {
            echo("ok");
            Ok(ExitCode::SUCCESS)
        }
        "degraded" => {
            echo("degraded");
            Ok(ExitCode::from(3))
        }
        other => Err(format!("{}: unknown state {other:?}", file.display()).into()),
    }
}

pub fn main() {
    health::main()
}
