//! The benchmark app with clap (see `app.rs`).

mod app;

use clap::Parser;

fn main() {
    app::run(app::Bench::parse())
}
