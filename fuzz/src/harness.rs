//! The one check every fuzz target runs, shared with the replay test
//! (`tests/fuzz_replay.rs`) so that the corpus and every crash input found
//! by the fuzzer stay regression tests in `cargo test`.
//!
//! A fuzz input is a byte string cut at NUL bytes into fields; the first
//! byte of a field says what it is: `a` an argument, `e` an environment
//! variable `NAME=VALUE`, `i` more standard input. A field with any other
//! first byte is an argument as a whole, so random bytes still make an
//! argv. Arguments and values may hold any bytes, non-UTF-8 included. A `/`
//! becomes `_` so that no run can name a file outside the scratch folder
//! the command runs in.
//!
//! [`check_completion`] turns the same input into a shell completion
//! request (`_PROG_COMPLETE=SHELL_complete` and `COMP_WORDS`/`COMP_CWORD`
//! built from the arguments, unless the input sets them itself).
//!
//! [`check`] runs the command in-process with [`Runner`] in that folder,
//! with only the decoded environment, and fails (panics) unless the run
//! ends with exit code 0, 1 or 2 and Click-shaped output: a usage error
//! (2) prints `Usage:` / `Try '... for help.` / a blank line /
//! `Error: ...`; a failure (1) prints `Aborted!` or an `Error:` line.

use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use clack::Command;
use clack::testing::{RunResult, Runner};

/// One decoded fuzz input.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Case {
    /// The arguments after the program name.
    pub args: Vec<OsString>,
    /// The whole environment of the run.
    pub env: Vec<(OsString, OsString)>,
    /// Standard input.
    pub stdin: Vec<u8>,
}

/// `/` becomes `_`: every path a run can name stays in its folder.
fn confine(bytes: &[u8]) -> Vec<u8> {
    bytes
        .iter()
        .map(|&b| if b == b'/' { b'_' } else { b })
        .collect()
}

impl Case {
    /// Decode fuzzer bytes (see the module documentation).
    pub fn decode(data: &[u8]) -> Case {
        let mut case = Case::default();
        if data.is_empty() {
            return case;
        }
        for field in data.split(|&b| b == 0) {
            match field.split_first() {
                Some((b'e', rest)) => {
                    let (name, value) = match rest.iter().position(|&b| b == b'=') {
                        Some(i) => (&rest[..i], &rest[i + 1..]),
                        None => (rest, &[][..]),
                    };
                    if !name.is_empty() {
                        case.env.push((
                            OsString::from_vec(name.to_vec()),
                            OsString::from_vec(confine(value)),
                        ));
                    }
                }
                Some((b'i', rest)) => case.stdin.extend_from_slice(rest),
                Some((b'a', rest)) => case.args.push(OsString::from_vec(confine(rest))),
                _ => case.args.push(OsString::from_vec(confine(field))),
            }
        }
        case
    }

    /// Encode a case back into fuzzer bytes (for writing seeds).
    pub fn encode(&self) -> Vec<u8> {
        let mut fields: Vec<Vec<u8>> = Vec::new();
        for arg in &self.args {
            fields.push([b"a", arg.as_bytes()].concat());
        }
        for (k, v) in &self.env {
            fields.push([b"e", k.as_bytes(), b"=", v.as_bytes()].concat());
        }
        if !self.stdin.is_empty() {
            fields.push([b"i", &self.stdin[..]].concat());
        }
        fields.join(&0u8)
    }
}

/// A scratch folder with a few files for commands that read or write
/// files, emptied and refilled before every run.
pub struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    /// A new folder under the system's temporary folder, unique to this
    /// process and call.
    pub fn new(tag: &str) -> Scratch {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("clack-fuzz-{tag}-{}-{n}", std::process::id()));
        Scratch { dir }
    }

    /// Empty the folder and put the fixture files back.
    pub fn reset(&self) -> &Path {
        let _ = std::fs::remove_dir_all(&self.dir);
        std::fs::create_dir_all(self.dir.join("sub")).expect("scratch folder");
        std::fs::write(self.dir.join("notes.txt"), "b\na\nb\nc\n").expect("fixture");
        std::fs::write(self.dir.join("empty"), "").expect("fixture");
        let env_file = "# development\nWEBAPP_APP=blog\nWEBAPP_RUN_HOST=0.0.0.0\n";
        std::fs::write(self.dir.join("dev.env"), env_file).expect("fixture");
        std::fs::write(self.dir.join("bin\u{1}ary"), b"\xff\xfe\n\x00x\n").expect("fixture");
        let latin1 = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
        std::fs::write(self.dir.join(latin1), b"caf\xe9\n").expect("fixture");
        &self.dir
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Run `command` as `prog` on `case` in `dir` and return what it did.
pub fn run(command: &Command, prog: &str, case: &Case, dir: &Path) -> RunResult {
    let mut runner = Runner::new()
        .clear_env()
        .cwd(dir)
        .input(case.stdin.clone())
        .prog_name(prog);
    for (k, v) in &case.env {
        runner = runner.env(k.clone(), v.clone());
    }
    runner.invoke(command, case.args.clone())
}

/// Why `result` is not what Click would do, if it is not.
pub fn violation(result: &RunResult) -> Option<String> {
    // A panic needs no check here: it unwinds out of `check` (the fuzzer and
    // the replay test report it), and user text echoed back may say anything.
    match result.exit_code {
        0 => None,
        1 => {
            let err = &result.stderr;
            if err.ends_with("Aborted!\n") || has_error_line(err) {
                None
            } else {
                Some("exit 1 without `Aborted!` or an `Error:` line".into())
            }
        }
        2 => usage_error_shape(&result.stderr).err(),
        code => Some(format!("exit code {code} (Click exits 0, 1 or 2)")),
    }
}

/// Whether some line of `text` starts with `Error: ` and the text ends with
/// a newline.
fn has_error_line(text: &str) -> bool {
    text.ends_with('\n') && text.split('\n').any(|l| l.starts_with("Error: "))
}

/// Click's usage error block: `Usage: ...` (one or more lines), `Try '...'
/// for help.`, an empty line, `Error: ...`, ending with a newline; or, for
/// errors Click raises without a context, an `Error: ...` line; or,
/// for a group given no command, its help page.
fn usage_error_shape(stderr: &str) -> Result<(), String> {
    // A prompt without a newline (`Password: `) may come before it.
    let start = stderr.find("Usage: ");
    let Some(start) = start else {
        // An error raised before a context exists (Click's parser says
        // `Option '--name' requires an argument.` this way) has no usage;
        // what the program wrote before it (a group's own output) may come
        // first.
        let error_line = stderr.starts_with("Error: ") || stderr.contains("\nError: ");
        return match error_line && stderr.ends_with('\n') {
            true => Ok(()),
            false => Err("exit 2 without `Usage:` or a leading `Error:` line".into()),
        };
    };
    let lines: Vec<&str> = stderr[start..].split('\n').collect();
    let Some(try_at) = lines.iter().position(|l| l.starts_with("Try '")) else {
        // A group called without a command prints its help page to stderr
        // and exits 2 (Click's `no_args_is_help` for groups), possibly after
        // its own messages (webapp's "Could not locate an application").
        return match stderr[start..].contains("\nOptions:\n") {
            true => Ok(()),
            false => Err("exit 2 without a `Try '...' for help.` line".into()),
        };
    };
    if !lines[try_at].ends_with("' for help.") {
        return Err(format!("malformed help hint {:?}", lines[try_at]));
    }
    if lines.get(try_at + 1) != Some(&"") {
        return Err("no empty line after the help hint".into());
    }
    match lines.get(try_at + 2) {
        Some(l) if l.starts_with("Error: ") && l.len() > "Error: ".len() => {}
        other => return Err(format!("no `Error: ...` after the hint: {other:?}")),
    }
    if !stderr.ends_with('\n') {
        return Err("stderr does not end with a newline".into());
    }
    Ok(())
}

/// Whether `result` is Click's silent exit 1 for a completion instruction
/// that names no known shell or action (`shell_complete` returns 1).
fn silent_refusal(case: &Case, prog: &str, result: &RunResult) -> bool {
    let Some(instruction) = instruction(case, prog) else {
        return false;
    };
    let known = instruction
        .to_str()
        .and_then(|v| v.split_once('_'))
        .is_some_and(|(shell, action)| {
            SHELLS.contains(&shell) && matches!(action, "complete" | "source")
        });
    !known && result.exit_code == 1 && result.stdout.is_empty() && result.stderr.is_empty()
}

/// Decode `data`, run `command` as `prog` on it in `scratch` and panic
/// with a report if the run breaks a rule; the entry point of every fuzz
/// target.
pub fn check(command: &Command, prog: &str, scratch: &Scratch, data: &[u8]) {
    let case = Case::decode(data);
    let dir = scratch.reset();
    let result = run(command, prog, &case, dir);
    if silent_refusal(&case, prog, &result) {
        return;
    }
    if let Some(why) = violation(&result) {
        panic!(
            "{why}\ncase: {case:?}\nexit: {}\nstdout: {:?}\nstderr: {:?}",
            result.exit_code, result.stdout, result.stderr
        );
    }
}

/// The shells a completion request can name.
const SHELLS: [&str; 4] = ["bash", "zsh", "fish", "powershell"];

/// Make `case` a completion request for `prog`: the instruction variable
/// names a shell picked by `pick`, and the words being completed are the
/// program name followed by the arguments (the cursor on the last one).
pub fn as_completion(mut case: Case, prog: &str, pick: u8) -> Case {
    let var = format!("_{}_COMPLETE", prog.to_uppercase().replace('-', "_"));
    let has = |case: &Case, name: &str| case.env.iter().any(|(k, _)| k == name);
    if !has(&case, &var) {
        let shell = SHELLS[usize::from(pick) % SHELLS.len()];
        case.env
            .push((var.into(), format!("{shell}_complete").into()));
    }
    if !has(&case, "COMP_WORDS") {
        let mut words = OsString::from(prog);
        for arg in &case.args {
            words.push(" ");
            words.push(arg);
        }
        case.env.push(("COMP_WORDS".into(), words));
        case.env
            .push(("COMP_CWORD".into(), case.args.len().to_string().into()));
    }
    case
}

/// The value of `_PROG_COMPLETE` in `case` (the last one set wins, as in
/// the environment overlay).
fn instruction<'a>(case: &'a Case, prog: &str) -> Option<&'a OsString> {
    let var = format!("_{}_COMPLETE", prog.to_uppercase().replace('-', "_"));
    case.env
        .iter()
        .rev()
        .find(|(k, _)| *k == *var)
        .map(|(_, v)| v)
}

/// Why a completion reply is not in the shape its shell reads, if it is
/// not: bash and fish read one `type,value` line per candidate (an empty
/// line when there is none).
pub fn completion_violation(case: &Case, prog: &str, result: &RunResult) -> Option<String> {
    let instruction = instruction(case, prog)?;
    if result.exit_code != 0
        || !matches!(
            instruction.to_str(),
            Some("bash_complete" | "fish_complete")
        )
    {
        return None;
    }
    result
        .stdout
        .lines()
        // No candidates is one empty line, as Click prints it.
        .filter(|line| !line.is_empty())
        .find(|line| {
            !["plain,", "file,", "dir,"]
                .iter()
                .any(|k| line.starts_with(k))
        })
        .map(|line| format!("completion line {line:?} is not `type,value`"))
}

/// [`check`] for a completion request made of `data` (see
/// [`as_completion`]).
pub fn check_completion(command: &Command, prog: &str, scratch: &Scratch, data: &[u8]) {
    let case = as_completion(Case::decode(data), prog, data.first().copied().unwrap_or(0));
    let dir = scratch.reset();
    let result = run(command, prog, &case, dir);
    let silent_refusal = silent_refusal(&case, prog, &result);
    let why = match silent_refusal {
        true => None,
        false => violation(&result).or_else(|| completion_violation(&case, prog, &result)),
    };
    if let Some(why) = why {
        panic!(
            "{why}\ncase: {case:?}\nexit: {}\nstdout: {:?}\nstderr: {:?}",
            result.exit_code, result.stdout, result.stderr
        );
    }
}
