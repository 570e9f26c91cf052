//! The built examples, for the test targets that run them as processes
//! (`#[path = "support/examples.rs"] mod examples;`).
//!
//! `cargo test` builds the test targets but not the examples, and an example
//! built by an earlier run could be older than the library under test, so
//! the first call runs `cargo build --examples` (in the test binary's
//! profile) once per test process; cargo makes that a no-op when nothing
//! changed.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The folder of the built examples (`target/<profile>/examples`), built
/// once per test process.
pub fn examples_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let exe = std::env::current_exe().expect("the test binary's path");
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .expect("target/<profile>/deps");
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let release = profile_dir.ends_with("release");
        let status = Command::new(cargo)
            .args(["build", "--quiet", "--examples"])
            .args(release.then_some("--release"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("cargo runs");
        assert!(status.success(), "cargo build --examples failed");
        profile_dir.join("examples")
    })
}

/// The path of the example `name`, built and up to date.
pub fn example(name: &str) -> PathBuf {
    let path = examples_dir().join(name);
    assert!(path.is_file(), "no example {}", path.display());
    path
}
