//! The cost per item of a progress bar, drawn (on a pretend terminal) and
//! not drawn (in a pipe), against a plain loop. Run with
//! `cargo bench --bench progress`; it prints nanoseconds per item.

#![allow(clippy::print_stdout)]

use std::hint::black_box;
use std::time::Instant;

use clack::testing::Runner;
use clack::{Command, Output};

const ITEMS: u64 = 2_000_000;

fn per_item(label: &'static str, terminal: bool, with_bar: bool) {
    let cmd = Command::new("bench").callback(move |_| {
        let start = Instant::now();
        let mut sum = 0u64;
        if with_bar {
            for n in clack::termui::progressbar(0..ITEMS).label("Working") {
                sum = sum.wrapping_add(black_box(n));
            }
        } else {
            for n in 0..ITEMS {
                sum = sum.wrapping_add(black_box(n));
            }
        }
        black_box(sum);
        let ns = start.elapsed().as_nanos() as f64 / ITEMS as f64;
        println!("{label:<28} {ns:>8.1} ns/item");
        Ok(Output::none())
    });
    let result = Runner::new()
        .terminal(terminal)
        .env("COLUMNS", "80")
        .invoke(&cmd, [] as [&str; 0]);
    assert_eq!(result.exit_code, 0);
}

fn main() {
    per_item("plain loop", false, false);
    per_item("progress bar, in a pipe", false, true);
    per_item("progress bar, on a terminal", true, true);
}
