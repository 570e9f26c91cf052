//! Exit codes reach the process: `examples/health.rs` returns
//! `Result<ExitCode, Box<dyn Error + Send + Sync>>`, and a real process
//! running it exits with that code (3 for "degraded", 1 for an error).
//!
//! This file is its own `main` (`harness = false`): run with
//! `CLACK_EXIT_CODES_EXAMPLE=health` it is that example, so the test needs
//! no separately built binary.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::PathBuf;
use std::process::Command;

#[allow(dead_code)]
#[path = "../examples/health.rs"]
mod health_example;

const EXAMPLE_VAR: &str = "CLACK_EXIT_CODES_EXAMPLE";

fn main() {
    if std::env::var(EXAMPLE_VAR).as_deref() == Ok("health") {
        return health_example::main();
    }
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("exit_codes");
    std::fs::create_dir_all(&dir).expect("a folder for the state files");
    let state = |name: &str, text: &str| {
        let path = dir.join(name);
        std::fs::write(&path, text).expect("a state file");
        path
    };
    let cases = [
        (state("ok", "ok\n"), 0, "ok\n", String::new()),
        (
            state("degraded", "degraded\n"),
            3,
            "degraded\n",
            String::new(),
        ),
        (
            state("odd", "on fire\n"),
            1,
            "",
            format!(
                "Error: {}: unknown state \"on fire\"\n",
                dir.join("odd").display()
            ),
        ),
        (
            dir.join("missing"),
            1,
            "",
            format!("Error: {}\n", not_found(&dir.join("missing"))),
        ),
    ];
    let exe = std::env::current_exe().expect("the test binary");
    let mut failed = 0;
    for (file, code, stdout, stderr) in cases {
        let out = Command::new(&exe)
            .env(EXAMPLE_VAR, "health")
            .arg(&file)
            .output()
            .expect("the example runs");
        let got = (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        );
        let want = (Some(code), stdout.to_string(), stderr);
        if got == want {
            println!("test health {} ... ok", file.display());
        } else {
            println!(
                "test health {} ... FAILED\n  got:  {got:?}\n  want: {want:?}",
                file.display()
            );
            failed += 1;
        }
    }
    if failed > 0 {
        std::process::exit(1);
    }
}

/// The text of the error reading a missing file (the wording is the OS's).
fn not_found(path: &std::path::Path) -> std::io::Error {
    match std::fs::read_to_string(path) {
        Ok(_) => panic!("{} should not exist", path.display()),
        Err(e) => e,
    }
}
