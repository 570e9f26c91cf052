//! Compile errors of the macros: one file per mistake in `tests/ui/`, with
//! the expected output next to it. rustc's wording drifts between
//! releases, so the `.stderr` files are for the pinned toolchain (1.95);
//! regenerate them with `TRYBUILD=overwrite cargo test --test ui` and read
//! each one to check that its carets point at the user's tokens.
//!
//! On another toolchain (the MSRV job in CI, a newer stable) the
//! comparison would fail on wording alone, so it is skipped there with a
//! notice, unless `CLACK_UI_TESTS=1` asks for it anyway.

use std::process::Command;

/// The rustc release the `.stderr` files were written with.
const PINNED: &str = "1.95.";

/// The version of the rustc that cargo uses for this build.
fn rustc_version() -> String {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    Command::new(rustc)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default()
}

#[test]
fn ui() {
    let version = rustc_version();
    let pinned = version
        .split_whitespace()
        .nth(1)
        .is_some_and(|v| v.starts_with(PINNED));
    if !pinned && std::env::var_os("CLACK_UI_TESTS").is_none() {
        eprintln!("skipped: UI expectations are for rustc {PINNED}x, this is {version}");
        return;
    }
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
