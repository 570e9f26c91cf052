//! Replays the fuzz corpus (`fuzz/corpus/NAME/`) and every input the fuzzer
//! ever flagged (`fuzz/regressions/NAME/`) through the fuzz targets' own
//! check (`fuzz/src/harness.rs`), so that `cargo test` keeps them as
//! regression tests without building the fuzzer.

// Each example that prints Python reprs declares its own
// `examples/support/python.rs` module; several examples are compiled in here.
#![allow(clippy::duplicate_mod)]

use std::path::Path;

#[allow(dead_code)]
#[path = "../fuzz/src/harness.rs"]
mod harness;

#[allow(dead_code, unreachable_pub)]
#[path = "../examples/greet.rs"]
mod greet;

#[allow(dead_code, unreachable_pub)]
#[path = "../examples/values.rs"]
mod values;

#[allow(dead_code, unreachable_pub)]
#[path = "../examples/repo.rs"]
mod repo;

#[allow(dead_code, unreachable_pub)]
#[path = "../examples/textpipe.rs"]
mod textpipe;

#[allow(dead_code, unreachable_pub)]
#[path = "../examples/webapp.rs"]
mod webapp;

#[allow(dead_code, unreachable_pub)]
#[path = "../examples/shipit.rs"]
mod shipit;

/// Run every input of the corpus and regressions of `target` through the
/// check; returns how many ran.
fn replay(target: &str, command: clack::Command) -> usize {
    replay_with(target, command, harness::check)
}

/// [`replay`] with the check to use.
fn replay_with(
    target: &str,
    command: clack::Command,
    check: fn(&clack::Command, &str, &harness::Scratch, &[u8]),
) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let scratch = harness::Scratch::new(&format!("replay-{target}"));
    let mut count = 0;
    for kind in ["corpus", "regressions"] {
        let dir = root.join(kind).join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            let data = std::fs::read(&path).expect("readable fuzz input");
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                check(&command, target, &scratch, &data)
            }));
            if outcome.is_err() {
                panic!("fuzz input {} fails the check", path.display());
            }
            count += 1;
        }
    }
    count
}

#[test]
fn greet_inputs_pass_the_fuzz_check() {
    assert!(replay("greet", greet::greet::command()) > 10);
}

#[test]
fn values_inputs_pass_the_fuzz_check() {
    assert!(replay("values", values::show::command()) > 10);
}

#[test]
fn repo_inputs_pass_the_fuzz_check() {
    assert!(replay("repo", repo::cli::command()) > 10);
}

#[test]
fn textpipe_inputs_pass_the_fuzz_check() {
    assert!(replay("textpipe", textpipe::cli::command()) > 5);
}

#[test]
fn webapp_inputs_pass_the_fuzz_check() {
    assert!(replay("webapp", webapp::cli::command()) > 10);
}

#[test]
fn shipit_completion_requests_pass_the_fuzz_check() {
    let count = replay_with("shipit", shipit::cli::command(), harness::check_completion);
    assert!(count > 10);
}

#[test]
fn the_check_rejects_what_click_never_prints() {
    use clack::testing::RunResult;
    let result = |code, stderr: &str| RunResult {
        stdout: String::new(),
        stderr: stderr.into(),
        output: stderr.into(),
        exit_code: code,
        error: None,
        output_value: None,
        dir: None,
    };
    let usage = "Usage: x [OPTIONS]\nTry 'x --help' for help.\n\nError: No such option: -q\n";
    assert_eq!(harness::violation(&result(2, usage)), None);
    assert!(harness::violation(&result(2, "Error: oops")).is_some());
    assert!(harness::violation(&result(2, "Usage: x\nError: no hint\n")).is_some());
    assert!(harness::violation(&result(1, "")).is_some());
    assert_eq!(harness::violation(&result(1, "Aborted!\n")), None);
    assert!(harness::violation(&result(101, "")).is_some());
}

#[test]
fn fuzz_inputs_decode_as_documented() {
    let case = harness::Case::decode(b"a--name\0a\xff/x\0eHOME=/tmp\0iAda\n\0-v");
    assert_eq!(case.args.len(), 3);
    assert_eq!(case.args[1], std::ffi::OsStr::from_bytes(b"\xff_x"));
    assert_eq!(case.env, vec![("HOME".into(), "_tmp".into())]);
    assert_eq!(case.stdin, b"Ada\n");
    assert_eq!(harness::Case::decode(&case.encode()), case);
}

use std::os::unix::ffi::OsStrExt;
