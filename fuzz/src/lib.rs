//! Fuzz targets for clack's example commands. The check lives in
//! [`harness`]; the examples are compiled in as modules, so a target runs
//! exactly the command `cargo run --example NAME` runs, in-process.

#![forbid(unsafe_code)]

pub mod harness;

/// `examples/greet.rs`.
#[allow(dead_code)]
#[path = "../../examples/greet.rs"]
pub mod greet;

/// `examples/values.rs`.
#[allow(dead_code)]
#[path = "../../examples/values.rs"]
pub mod values;

/// `examples/repo.rs`.
#[allow(dead_code)]
#[path = "../../examples/repo.rs"]
pub mod repo;

/// `examples/textpipe.rs`.
#[allow(dead_code)]
#[path = "../../examples/textpipe.rs"]
pub mod textpipe;

/// Define a fuzz target that checks the command `$make` builds, run as
/// program `$prog`.
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
}
