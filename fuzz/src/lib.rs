//! Fuzz targets for clack's example commands. The check lives in
//! [`harness`]; the examples are compiled in as modules, so a target runs
//! exactly the command `cargo run --example NAME` runs, in-process.

#![forbid(unsafe_code)]
// Each example that prints Python reprs declares its own
// `examples/support/python.rs` module; several examples are compiled in here.
#![allow(clippy::duplicate_mod)]

pub mod harness;

#[allow(dead_code)]
#[path = "../../examples/greet.rs"]
mod greet;

#[allow(dead_code)]
#[path = "../../examples/values.rs"]
mod values;

#[allow(dead_code)]
#[path = "../../examples/repo.rs"]
mod repo;

#[allow(dead_code)]
#[path = "../../examples/textpipe.rs"]
mod textpipe;

#[allow(dead_code)]
#[path = "../../examples/webapp.rs"]
mod webapp;

#[allow(dead_code)]
#[path = "../../examples/shipit.rs"]
mod shipit;

/// The command of `examples/greet.rs`.
pub fn greet() -> clack::Command {
    greet::greet::command()
}

/// The command of `examples/values.rs`.
pub fn values() -> clack::Command {
    values::show::command()
}

/// The command of `examples/repo.rs`.
pub fn repo() -> clack::Command {
    repo::cli::command()
}

/// The command of `examples/textpipe.rs`.
pub fn textpipe() -> clack::Command {
    textpipe::cli::command()
}

/// The command of `examples/webapp.rs`.
pub fn webapp() -> clack::Command {
    webapp::cli::command()
}

/// The command of `examples/shipit.rs`.
pub fn shipit() -> clack::Command {
    shipit::cli::command()
}

/// Define a fuzz target that checks the command `$make` builds, run as
/// program `$prog`; with `completion`, every input is a completion request.
#[macro_export]
macro_rules! target {
    ($make:expr, $prog:literal) => {
        thread_local! {
            static STATE: (::clack::Command, $crate::harness::Scratch) =
                ($make, $crate::harness::Scratch::new(env!("CARGO_BIN_NAME")));
        }
        ::libfuzzer_sys::fuzz_target!(|data: &[u8]| {
            STATE.with(|(command, scratch)| $crate::harness::check(command, $prog, scratch, data));
        });
    };
    ($make:expr, $prog:literal, completion) => {
        thread_local! {
            static STATE: (::clack::Command, $crate::harness::Scratch) =
                ($make, $crate::harness::Scratch::new(env!("CARGO_BIN_NAME")));
        }
        ::libfuzzer_sys::fuzz_target!(|data: &[u8]| {
            STATE.with(|(command, scratch)| {
                $crate::harness::check_completion(command, $prog, scratch, data)
            });
        });
    };
}
