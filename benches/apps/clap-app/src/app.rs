//! The benchmark app, written with clap's derive macros: the same
//! parameters and checks as the clack version.

use std::path::PathBuf;

use clap::Parser;

/// Parse a small command line.
#[derive(Parser, Debug)]
#[command(name = "bench")]
pub struct Bench {
    /// A required number.
    #[arg(long)]
    pub number: u32,
    /// An optional number.
    #[arg(long)]
    pub opt_number: Option<u32>,
    /// The width.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
    pub width: u32,
    pub paths: Vec<PathBuf>,
}

/// What the app does with its values.
pub fn run(bench: Bench) {
    if cfg!(debug_assertions) {
        println!(
            "{} {:?} {} {:?}",
            bench.number, bench.opt_number, bench.width, bench.paths
        );
    }
    std::hint::black_box(bench);
}
