//! Run one benchmark case many times, for a profiler:
//!
//!     cargo build --release --example profile
//!     valgrind --tool=callgrind target/release/examples/profile small 2000
//!
//! Cases: `small`, `paths` (1000 paths), `help`, `group-help`, `group`, and
//! the same with `clap-` in front for clap (builder for `small` and `paths`,
//! derive for the others);
//! with `FRESH=1` the command is built anew for each run.

use std::ffi::OsString;

use clack::io::{Env, Io};
use clack::{Command, Run};
use clack_benches::{big_clack, big_clap, small_clack, small_clap, small_clap_builder};
use clap::Parser;

fn run(cmd: Command, prog: &str, args: &[OsString]) -> i32 {
    cmd.run(
        Run::new()
            .args(args.iter().cloned())
            .prog_name(prog)
            .io(Io::captured("").with_env(Env::empty())),
    )
}

fn main() {
    let mut argv = std::env::args().skip(1);
    let case = argv.next().unwrap_or_else(|| "small".into());
    let n: usize = argv.next().and_then(|n| n.parse().ok()).unwrap_or(1000);
    let words = |s: &str| s.split_whitespace().map(OsString::from).collect::<Vec<_>>();
    if let Some(case) = case.strip_prefix("clap-") {
        return clap_case(case, n);
    }
    let (cmd, prog, args) = match case.as_str() {
        "small" => (
            small_clack::bench::command(),
            "bench",
            words("--number 42 --opt-number 7 --width 20 a b c"),
        ),
        "paths" => {
            let mut args = words("--number 42");
            args.extend((0..1000).map(|i| OsString::from(format!("path/{i}"))));
            (small_clack::bench::command(), "bench", args)
        }
        "help" => (small_clack::bench::command(), "bench", words("--help")),
        "group-help" => (big_clack::pkg::command(), "pkg", words("--help")),
        "group" => (
            big_clack::pkg::command(),
            "pkg",
            words("-vv build --release --features a --features b -j 8 --profile release"),
        ),
        other => panic!("unknown case {other}"),
    };
    // `fresh` builds the command again for every run, as a process does.
    let fresh = std::env::var_os("FRESH").is_some();
    for _ in 0..n {
        let cmd = if fresh {
            match case.as_str() {
                "group" | "group-help" => big_clack::pkg::command(),
                _ => small_clack::bench::command(),
            }
        } else {
            cmd.clone()
        };
        assert_eq!(run(cmd, prog, &args), 0);
    }
}

/// The clap side of each case.
fn clap_case(case: &str, n: usize) {
    let words = |s: &str| s.split_whitespace().map(OsString::from).collect::<Vec<_>>();
    let mut builder = small_clap_builder::command();
    let small = words("--number 42 --opt-number 7 --width 20 a b c");
    let mut paths = words("--number 42");
    paths.extend((0..1000).map(|i| OsString::from(format!("path/{i}"))));
    for _ in 0..n {
        match case {
            "small" => {
                std::hint::black_box(small_clap_builder::parse(&mut builder, &small).ok());
            }
            "paths" => {
                std::hint::black_box(small_clap_builder::parse(&mut builder, &paths).ok());
            }
            "help" => {
                let err = small_clap::Bench::try_parse_from(["bench", "--help"]).err();
                std::hint::black_box(err.map(|e| e.render().to_string()));
            }
            "group-help" => {
                let err = big_clap::Pkg::try_parse_from(["pkg", "--help"]).err();
                std::hint::black_box(err.map(|e| e.render().to_string()));
            }
            "group" => {
                let line =
                    "pkg -vv build --release --features a --features b -j 8 --profile release";
                std::hint::black_box(big_clap::Pkg::try_parse_from(line.split(' ')).ok());
            }
            other => panic!("unknown case clap-{other}"),
        }
    }
}
