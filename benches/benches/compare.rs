//! clack and clap side by side: in-process parsing (a small command line,
//! 1000 paths, a group with a subcommand), help rendering, a completion
//! reply (clack's bash protocol; clap_complete's dynamic engine), and scale
//! (a lazily built group of 10 or 10 000 subcommands; parse time against
//! the number of arguments).
//!
//!     cd benches && cargo bench
//!
//! Each clack run goes through the whole invocation (parse, convert,
//! validate, call the function) with captured output, as a test runner
//! would; each clap run parses and extracts the typed values.

use std::ffi::OsString;

use clack::io::{Env, Io};
use clack::{Command, Run};
use clack_benches::{big_clack, big_clap, lazy, small_clack, small_clap, small_clap_builder};
use clap::Parser;
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

fn words(line: &str) -> Vec<OsString> {
    line.split_whitespace().map(OsString::from).collect()
}

const SMALL: &str = "--number 42 --opt-number 7 --width 20 a b c";

fn many_paths(n: usize) -> Vec<OsString> {
    let mut args = words("--number 42");
    args.extend((0..n).map(|i| OsString::from(format!("path/{i}"))));
    args
}

/// Run a clack command in-process; the exit code.
fn run_clack(cmd: Command, prog: &str, args: &[OsString]) -> i32 {
    cmd.run(
        Run::new()
            .args(args.iter().cloned())
            .prog_name(prog)
            .io(Io::captured("").with_env(Env::empty())),
    )
}

fn with_prog(prog: &str, args: &[OsString]) -> Vec<OsString> {
    std::iter::once(OsString::from(prog))
        .chain(args.iter().cloned())
        .collect()
}

/// Parse the benchmark app's command line.
mod parse {
    use super::*;

    fn cases() -> [(&'static str, Vec<OsString>); 2] {
        [("small", words(SMALL)), ("1000 paths", many_paths(1000))]
    }

    #[divan::bench(args = ["small", "1000 paths"])]
    fn clack_derive(b: Bencher, case: &str) {
        let args = cases().into_iter().find(|c| c.0 == case).unwrap().1;
        b.bench(|| {
            let code = run_clack(small_clack::bench::command(), "bench", &args);
            assert_eq!(code, 0);
        });
    }

    #[divan::bench(args = ["small", "1000 paths"])]
    fn clack_prebuilt(b: Bencher, case: &str) {
        let args = cases().into_iter().find(|c| c.0 == case).unwrap().1;
        let cmd = small_clack::bench::command();
        b.bench(|| {
            let code = run_clack(cmd.clone(), "bench", &args);
            assert_eq!(code, 0);
        });
    }

    #[divan::bench(args = ["small", "1000 paths"])]
    fn clap_derive(b: Bencher, case: &str) {
        let args = with_prog(
            "bench",
            &cases().into_iter().find(|c| c.0 == case).unwrap().1,
        );
        b.bench(|| {
            let parsed = small_clap::Bench::try_parse_from(args.iter().cloned()).unwrap();
            small_clap::run(parsed);
        });
    }

    #[divan::bench(args = ["small", "1000 paths"])]
    fn clap_builder(b: Bencher, case: &str) {
        let args = cases().into_iter().find(|c| c.0 == case).unwrap().1;
        let mut cmd = small_clap_builder::command();
        b.bench_local(|| black_box(small_clap_builder::parse(&mut cmd, &args).unwrap()));
    }
}

/// Render the help page (`--help`), end to end.
mod help {
    use super::*;

    #[divan::bench]
    fn clack_small(b: Bencher) {
        let args = words("--help");
        b.bench(|| assert_eq!(run_clack(small_clack::bench::command(), "bench", &args), 0));
    }

    #[divan::bench]
    fn clap_small(b: Bencher) {
        let args = words("bench --help");
        b.bench(|| {
            let err = small_clap::Bench::try_parse_from(args.iter().cloned()).unwrap_err();
            black_box(err.render().to_string())
        });
    }

    #[divan::bench]
    fn clack_group(b: Bencher) {
        let args = words("--help");
        b.bench(|| assert_eq!(run_clack(big_clack::pkg::command(), "pkg", &args), 0));
    }

    #[divan::bench]
    fn clap_group(b: Bencher) {
        let args = words("pkg --help");
        b.bench(|| {
            let err = big_clap::Pkg::try_parse_from(args.iter().cloned()).unwrap_err();
            black_box(err.render().to_string())
        });
    }
}

/// A group with a subcommand: `pkg -vv build --release ...`.
mod group {
    use super::*;

    const LINE: &str = "-vv build --release --features a --features b -j 8 --profile release";

    #[divan::bench]
    fn clack_derive(b: Bencher) {
        let args = words(LINE);
        b.bench(|| assert_eq!(run_clack(big_clack::pkg::command(), "pkg", &args), 0));
    }

    #[divan::bench]
    fn clap_derive(b: Bencher) {
        let args = with_prog("pkg", &words(LINE));
        b.bench(|| black_box(big_clap::Pkg::try_parse_from(args.iter().cloned()).unwrap()));
    }
}

/// Scale: startup of a lazily built group against its number of
/// subcommands, and parse time against the number of arguments.
mod scale {
    use super::*;

    #[divan::bench(args = [10, 10_000])]
    fn clack_lazy_group(b: Bencher, n: usize) {
        let args = words("cmd7 --count 3");
        b.bench(|| assert_eq!(run_clack(lazy::group(n), "many", &args), 0));
    }

    #[divan::bench(args = [10, 100, 1000, 10_000])]
    fn clack_paths(b: Bencher, n: usize) {
        let args = many_paths(n);
        let cmd = small_clack::bench::command();
        b.bench(|| assert_eq!(run_clack(cmd.clone(), "bench", &args), 0));
    }

    #[divan::bench(args = [10, 100, 1000, 10_000])]
    fn clap_paths(b: Bencher, n: usize) {
        let args = many_paths(n);
        let mut cmd = small_clap_builder::command();
        b.bench_local(|| black_box(small_clap_builder::parse(&mut cmd, &args).unwrap()));
    }
}

/// A completion reply: the options of `pkg build` after `--`.
mod complete {
    use super::*;
    use clap::CommandFactory;

    #[divan::bench]
    fn clack(b: Bencher) {
        let reply = clack::testing::Runner::new()
            .clear_env()
            .env("_PKG_COMPLETE", "bash_complete")
            .env("COMP_WORDS", "pkg build --")
            .env("COMP_CWORD", "2")
            .prog_name("pkg")
            .invoke(&big_clack::pkg::command(), Vec::<OsString>::new());
        assert!(reply.stdout.contains("--profile"), "{}", reply.stdout);
        b.bench(|| {
            let env = Env::empty();
            env.set("_PKG_COMPLETE", "bash_complete");
            env.set("COMP_WORDS", "pkg build --");
            env.set("COMP_CWORD", "2");
            let io = Io::captured("").with_env(env);
            let code = big_clack::pkg::command().run(
                Run::new()
                    .args(Vec::<OsString>::new())
                    .prog_name("pkg")
                    .io(io),
            );
            assert_eq!(code, 0);
        });
    }

    #[divan::bench]
    fn clap(b: Bencher) {
        let args = words("pkg build --");
        b.bench(|| {
            let mut cmd = big_clap::Pkg::command();
            let found = clap_complete::engine::complete(&mut cmd, args.clone(), 2, None).unwrap();
            assert!(found.iter().any(|c| c.get_value() == "--profile"));
            black_box(found)
        });
    }
}
