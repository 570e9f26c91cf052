//! The benchmark app, written with clack's derive macros: a required
//! `--number`, an optional `--opt-number`, a `--width` that defaults to 10
//! and rejects 0, and any number of paths. It prints its values only in
//! debug builds, so that a release build measures parsing alone.

use std::path::PathBuf;

use clack::prelude::*;

/// Parse a small command line.
#[command(name = "bench")]
pub fn bench(
    #[option(help = "A required number.")] number: u32,
    #[option(help = "An optional number.")] opt_number: Option<u32>,
    #[option(default = 10, range = 1.., show_default, help = "The width.")] width: u32,
    #[argument] paths: Vec<PathBuf>,
) {
    if cfg!(debug_assertions) {
        clack::echo(format!("{number} {opt_number:?} {width} {paths:?}"));
    }
    std::hint::black_box((number, opt_number, width, paths));
}
