//! Compile errors of the macros: one file per mistake in `tests/ui/`, with
//! the expected output next to it. rustc's wording drifts between
//! releases, so the `.stderr` files are for the pinned toolchain (1.95);
//! regenerate them with `TRYBUILD=overwrite cargo test --test ui` and read
//! each one to check that its carets point at the user's tokens.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
