//! Hostile input for the example programs, run as real processes: bytes
//! that are not UTF-8 in arguments, environment variables, file names and
//! file contents, and standard output closed before the program writes.
//! Whatever happens, there is no panic: text that must be UTF-8 is a clear
//! error, paths pass through byte for byte, and a closed pipe ends the
//! program quietly with exit code 1, as Click does.

use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

#[path = "support/examples.rs"]
mod examples;
use examples::example;

/// A fresh empty folder for one test, removed when dropped.
struct Scratch(PathBuf);

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn scratch() -> Scratch {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "clack-hostile-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    Scratch(dir)
}

fn bytes(b: &[u8]) -> OsString {
    OsString::from_vec(b.to_vec())
}

/// Run `name` with `args` in `dir`, a clean environment plus `env`, and
/// `stdin`.
fn run(
    name: &str,
    args: &[OsString],
    env: &[(&str, OsString)],
    dir: &Path,
    stdin: &[u8],
) -> Output {
    let mut cmd = Command::new(example(name));
    cmd.args(args)
        .env_clear()
        .envs(env.iter().map(|(k, v)| (k, v)))
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("example starts");
    let mut input = child.stdin.take().expect("stdin");
    // The program may exit without reading; a broken pipe here is fine.
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().expect("example runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// No panic message, and the code is one Click uses.
fn assert_calm(out: &Output) {
    let err = text(&out.stderr);
    assert!(!err.contains("panicked"), "panic: {err}");
    assert!(
        matches!(out.status.code(), Some(0..=2)),
        "{:?}: {err}",
        out.status
    );
}

#[test]
fn text_options_reject_bytes_that_are_not_utf8_with_a_usage_error() {
    let dir = scratch();
    let args = [bytes(b"--name"), bytes(b"Ad\xffa")];
    let out = run("greet", &args, &[], &dir, b"");
    assert_calm(&out);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.starts_with("Usage: greet [OPTIONS]\nTry 'greet --help' for help.\n\n"),
        "{err}"
    );
    assert!(err.contains("Error: Invalid value for '--name': "), "{err}");
    assert!(err.ends_with("is not valid UTF-8 text.\n"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn an_option_name_that_is_not_utf8_is_no_such_option() {
    let dir = scratch();
    let out = run("greet", &[bytes(b"--n\xffme")], &[], &dir, b"");
    assert_calm(&out);
    assert_eq!(out.status.code(), Some(2));
    // Click shows the byte as Python decodes it, a lone surrogate.
    let err = text(&out.stderr);
    assert!(
        err.ends_with("Error: No such option '--n\\udcffme'. Did you mean '--name'?\n"),
        "{err}"
    );
    let out = run("greet", &[bytes(b"-\xfe")], &[], &dir, b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).ends_with("Error: No such option '-\\udcfe'.\n"));
}

#[test]
fn a_command_name_that_is_not_utf8_is_no_such_command_in_pythons_spelling() {
    let dir = scratch();
    let out = run("repo", &[bytes(b"\xff")], &[], &dir, b"");
    assert_calm(&out);
    assert_eq!(out.status.code(), Some(2));
    // Click: `No such command '\udcff'.`, not a replacement character.
    let err = text(&out.stderr);
    assert!(
        err.ends_with("Error: No such command '\\udcff'.\n"),
        "{err}"
    );
    let out = run("repo", &[bytes(b"cl\xffne")], &[], &dir, b"");
    assert!(
        text(&out.stderr)
            .ends_with("Error: No such command 'cl\\udcffne'. Did you mean 'clone'?\n")
    );
}

#[test]
fn variadic_text_arguments_reject_bytes_that_are_not_utf8() {
    let dir = scratch();
    let out = run("values", &[bytes(b"ok"), bytes(b"\xfe")], &[], &dir, b"");
    assert_calm(&out);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("Error: Invalid value for '[REST]...': "));
}

#[test]
fn environment_values_that_are_not_utf8_are_a_clear_error_for_text() {
    let dir = scratch();
    let out = run(
        "values",
        &[],
        &[("VALUES_MODE", bytes(b"fa\xc3st"))],
        &dir,
        b"",
    );
    assert_calm(&out);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("Error: Invalid value for '--mode': "), "{err}");

    // The same bytes in REPO_HOME, a text option of a group.
    let out = run(
        "repo",
        &[bytes(b"delete")],
        &[("REPO_HOME", bytes(b"\xff"))],
        &dir,
        b"y\n",
    );
    assert_calm(&out);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("Error: Invalid value for '--repo-home': "));
}

#[test]
fn paths_that_are_not_utf8_reach_the_file_byte_for_byte() {
    let dir = scratch();
    let name = OsStr::from_bytes(b"caf\xe9.txt");
    std::fs::write(dir.join(name), "from a latin-1 name\n").expect("fixture");

    // As an argument: textpipe opens the very file.
    let out = run(
        "textpipe",
        &[bytes(b"read"), name.into(), bytes(b"write")],
        &[],
        &dir,
        b"",
    );
    assert_calm(&out);
    assert_eq!(
        text(&out.stdout),
        "from a latin-1 name\n",
        "{}",
        text(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(0));

    // As an output file: the name written is the name given.
    let target = OsStr::from_bytes(b"out-\xff\xfe");
    let args = [
        bytes(b"read"),
        bytes(b"-"),
        bytes(b"write"),
        bytes(b"-o"),
        target.into(),
    ];
    let out = run("textpipe", &args, &[], &dir, b"piped\n");
    assert_calm(&out);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        std::fs::read(dir.join(target)).expect("written"),
        b"piped\n"
    );

    // From an environment variable (VALUES_PATH, automatic prefix).
    let out = run("values", &[], &[("VALUES_PATH", name.into())], &dir, b"");
    assert_calm(&out);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("\npath=caf"));
}

#[test]
fn a_missing_path_that_is_not_utf8_is_a_usage_error() {
    let dir = scratch();
    let out = run(
        "textpipe",
        &[bytes(b"read"), bytes(b"gone-\xff"), bytes(b"write")],
        &[],
        &dir,
        b"",
    );
    assert_calm(&out);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("does not exist."),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn text_files_that_are_not_utf8_are_a_clear_error_not_mangled_text() {
    let dir = scratch();
    std::fs::write(dir.join("bad.txt"), b"fine\nbro\xffken\n").expect("fixture");
    let out = run(
        "textpipe",
        &[bytes(b"read"), bytes(b"bad.txt"), bytes(b"write")],
        &[],
        &dir,
        b"",
    );
    assert_calm(&out);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "fine\n");
    assert_eq!(
        text(&out.stderr),
        "Error: 'utf-8' codec can't decode byte 0xff in position 3: invalid start byte\n"
    );
    // Standard input too.
    let out = run(
        "textpipe",
        &[bytes(b"read"), bytes(b"-"), bytes(b"write")],
        &[],
        &dir,
        b"\xc3",
    );
    assert_calm(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).ends_with("unexpected end of data\n"));
}

/// Run with standard output a pipe whose reader is already gone: the
/// first write fails with EPIPE.
fn run_into_closed_pipe(name: &str, args: &[&str], stdin: &[u8]) -> Output {
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let dir = scratch();
    let mut child = Command::new(example(name))
        .args(args)
        .env_clear()
        .current_dir(&*dir)
        .stdin(Stdio::piped())
        .stdout(writer)
        .stderr(Stdio::piped())
        .spawn()
        .expect("example starts");
    let mut input = child.stdin.take().expect("stdin");
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().expect("example runs")
}

#[test]
fn a_closed_pipe_ends_help_version_and_output_quietly_with_exit_1() {
    for (name, args, stdin) in [
        ("greet", &["--help"][..], &b""[..]),
        ("greet", &["--version"], b""),
        ("greet", &["--name", "Ada", "-c", "3"], b""),
        ("greet", &[], b"Ada\n"),
        ("repo", &["--help"], b""),
        ("repo", &["clone", "https://example.invalid/x.git"], b""),
        ("values", &["--int", "3"], b""),
        ("textpipe", &["read", "-", "number", "write"], b"a\nb\n"),
    ] {
        let out = run_into_closed_pipe(name, args, stdin);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{name} {args:?}: {}",
            text(&out.stderr)
        );
        assert_eq!(text(&out.stderr), "", "{name} {args:?}");
    }
}

#[test]
fn a_pipe_closed_midway_through_a_long_output_ends_quietly() {
    // `textpipe read big.txt write | head -1`.
    let dir = scratch();
    let lines: String = (0..200_000).map(|i| format!("line {i}\n")).collect();
    std::fs::write(dir.join("big.txt"), lines).expect("fixture");
    let mut child = Command::new(example("textpipe"))
        .args(["read", "big.txt", "write"])
        .env_clear()
        .current_dir(&*dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("example starts");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 7];
    std::io::Read::read_exact(&mut stdout, &mut first).expect("first line");
    assert_eq!(&first, b"line 0\n");
    drop(stdout);
    let out = child.wait_with_output().expect("example runs");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn the_usage_error_still_reaches_stderr_when_stdout_is_closed() {
    let out = run_into_closed_pipe("greet", &["--bad"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).ends_with("Error: No such option '--bad'.\n"));
}

#[test]
fn os_string_and_path_values_keep_every_byte() {
    use clack::testing::Runner;
    use clack::{Arg, Opt, Output};
    let cmd = clack::Command::new("keep")
        .param(Arg::new("path").value_type::<PathBuf>())
        .param(Opt::new("--raw").value_type::<OsString>())
        .callback(|ctx| {
            let path: PathBuf = ctx.take_required("path")?;
            let raw: OsString = ctx.take_required("raw")?;
            Ok(Output::new((path, raw)))
        });
    let path = bytes(b"d\xffir/f\xe9le");
    let raw = bytes(b"\x80\x81 \xc3(");
    let result = Runner::new().invoke(&cmd, [path.clone(), bytes(b"--raw"), raw.clone()]);
    assert_eq!(result.exit_code, 0, "{}", result.output);
    let (got_path, got_raw) = result
        .output_value
        .and_then(|o| o.downcast::<(PathBuf, OsString)>().ok())
        .expect("the values");
    assert_eq!(got_path.as_os_str().as_bytes(), path.as_bytes());
    assert_eq!(got_raw.as_bytes(), raw.as_bytes());

    // From the environment too.
    let cmd = clack::Command::new("keep")
        .param(Opt::new("--raw").value_type::<OsString>().envvar("RAW"))
        .callback(|ctx| Ok(Output::new(ctx.take_required::<OsString>("raw")?)));
    let result = Runner::new()
        .env("RAW", raw.clone())
        .invoke(&cmd, Vec::<OsString>::new());
    let got = result
        .output_value
        .and_then(|o| o.downcast::<OsString>().ok());
    assert_eq!(got, Some(raw));
}

#[test]
fn bytes_that_are_not_utf8_show_as_python_shows_them_in_messages() {
    // Python decodes argv with surrogateescape, so Click's messages show
    // an undecodable byte 0xff as '\udcff'.
    let dir = scratch();
    for (option, message) in [
        ("--int", "'a\\udcff' is not a valid integer."),
        ("--float", "'a\\udcff' is not a valid float."),
        ("--bool", "'a\\udcff' is not a valid boolean."),
        ("--uuid", "'a\\udcff' is not a valid UUID."),
        (
            "--choice",
            "'a\\udcff' is not one of 'red', 'green', 'blue'.",
        ),
    ] {
        let out = run(
            "values",
            &[bytes(option.as_bytes()), bytes(b"a\xff")],
            &[],
            &dir,
            b"",
        );
        assert_calm(&out);
        assert_eq!(out.status.code(), Some(2));
        let want = format!("Error: Invalid value for '{option}': {message}");
        assert!(text(&out.stderr).contains(&want), "{}", text(&out.stderr));
    }
}

#[test]
fn huge_values_and_many_arguments_are_taken_whole() {
    let dir = scratch();
    // Linux caps one argument at 128 KiB.
    let big = "x".repeat(100_000);
    let mut args = vec![OsString::from("--tag"), OsString::from(&big)];
    args.extend((0..20_000).map(|i| OsString::from(i.to_string())));
    let out = run("values", &args, &[], &dir, b"");
    assert_calm(&out);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains(&format!("\ntag=({big})\n")));
    assert!(stdout.contains(", 19999)\n"));
}

#[test]
fn a_chain_of_thousands_of_commands_runs() {
    // Click's own textpipe fails here with a RecursionError.
    let dir = scratch();
    let mut args = vec![bytes(b"read"), bytes(b"-")];
    args.extend(std::iter::repeat_n(bytes(b"upper"), 3000));
    args.push(bytes(b"write"));
    let out = run("textpipe", &args, &[], &dir, b"hi\n");
    assert_calm(&out);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "HI\n");
}

/// Run with standard output (or error, for `err`) the full disk of
/// `/dev/full`: every write fails with ENOSPC. The folder it runs in holds
/// `lines.txt`.
fn run_into_full_disk(name: &str, args: &[&str], err: bool) -> Output {
    let full = || {
        std::fs::File::options()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full")
    };
    let dir = scratch();
    std::fs::write(dir.join("lines.txt"), "one\ntwo\n").expect("fixture");
    let mut cmd = Command::new(example(name));
    cmd.args(args)
        .env_clear()
        .current_dir(&*dir)
        .stdin(Stdio::null());
    if err {
        cmd.stdout(Stdio::piped()).stderr(full());
    } else {
        cmd.stdout(full()).stderr(Stdio::piped());
    }
    cmd.output().expect("example runs")
}

#[test]
fn output_lost_to_a_full_disk_is_an_error_with_exit_1() {
    for args in [
        &["--help"][..],
        &["--version"],
        &["--name", "Ada", "-c", "3"],
    ] {
        let out = run_into_full_disk("greet", args, false);
        assert_calm(&out);
        assert_eq!(out.status.code(), Some(1), "greet {args:?}");
        assert!(
            text(&out.stderr).starts_with("Error: could not write to standard output: "),
            "greet {args:?}: {}",
            text(&out.stderr)
        );
        assert!(
            text(&out.stderr).ends_with("(os error 28)\n"),
            "greet {args:?}"
        );
    }
    let out = run_into_full_disk("repo", &["--help"], false);
    assert_eq!(out.status.code(), Some(1));
    // A program that meets the failure and reports it: one message.
    let out = run_into_full_disk("textpipe", &["read", "lines.txt", "write"], false);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "Error: No space left on device (os error 28)\n"
    );
    // An error message that cannot be shown is a failure of its own: exit 1
    // (Click's traceback cannot be shown either), not the usage error's 2.
    let out = run_into_full_disk("greet", &["--bad"], true);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "");
}
