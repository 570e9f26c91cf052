use clack::prelude::*;

struct Report {
    lines: usize,
}

/// Count the lines.
#[command]
fn count() -> Report {
    Report { lines: 3 }
}

/// Return a closure.
#[command]
fn closure() -> impl Fn(u32) -> u32 {
    |x| x + 1
}

fn main() {
    let _ = Report { lines: 0 }.lines;
}
