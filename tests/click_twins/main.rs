//! The differential check: every example against its Click twin.
//!
//! `tests/click/programs/NAME.py` is a Click 8.5.1 program written to behave
//! exactly like `examples/NAME.rs`; `tests/click/cases/NAME.toml` lists
//! invocations (arguments, standard input, environment, files). Each case
//! runs both programs, each in a fresh folder holding the case's files, and
//! compares standard output, standard error, the exit code and the files
//! left behind (or only the aspects that the case's `compare` names).
//!
//! Python with Click 8.5.1 comes from `CLACK_CLICK_PYTHON`, or else from
//! `target/conformance-venv/bin/python` (which `.ci/run` makes). Without
//! one the tests say "skipped" and pass, unless `CI=true` or
//! `CLACK_REQUIRE_CLICK=1`, where they fail.

#[path = "../support/examples.rs"]
mod examples;
mod toml;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use toml::Value;

const CLICK_VERSION: &str = "8.5.1";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Python with Click 8.5.1, or why there is none.
fn click_python() -> Result<PathBuf, String> {
    let python = match std::env::var_os("CLACK_CLICK_PYTHON") {
        Some(p) => PathBuf::from(p),
        None => root().join("target/conformance-venv/bin/python"),
    };
    let probe = Command::new(&python)
        .args([
            "-c",
            "import importlib.metadata as m; print(m.version('click'))",
        ])
        .output()
        .map_err(|e| format!("cannot run {}: {e}", python.display()))?;
    let version = String::from_utf8_lossy(&probe.stdout).trim().to_string();
    if version != CLICK_VERSION {
        return Err(format!(
            "{} has click {:?}, not {CLICK_VERSION}",
            python.display(),
            if version.is_empty() {
                "(none)"
            } else {
                &version
            }
        ));
    }
    Ok(python)
}

/// Whether a missing Click fails the tests instead of skipping them.
fn click_required() -> bool {
    std::env::var("CI").as_deref() == Ok("true")
        || std::env::var("CLACK_REQUIRE_CLICK").as_deref() == Ok("1")
}

/// One invocation from a case file.
#[derive(Debug, Default)]
struct Case {
    id: String,
    args: Vec<String>,
    stdin: String,
    env: Vec<(String, String)>,
    files: Vec<(String, String)>,
    exec: Vec<String>,
    compare: Vec<String>,
    timeout: u64,
}

fn strings(value: &Value, key: &str) -> Vec<String> {
    match value {
        Value::Array(items) => items
            .iter()
            .map(|v| match v {
                Value::Str(s) => s.clone(),
                other => panic!("{key}: {other:?} is not a string"),
            })
            .collect(),
        other => panic!("{key}: {other:?} is not an array"),
    }
}

fn pairs(value: &Value, key: &str) -> Vec<(String, String)> {
    match value {
        Value::Table(table) => table
            .iter()
            .map(|(k, v)| match v {
                Value::Str(s) => (k.clone(), s.clone()),
                Value::Int(i) => (k.clone(), i.to_string()),
                other => panic!("{key}.{k}: {other:?} is not a string"),
            })
            .collect(),
        other => panic!("{key}: {other:?} is not a table"),
    }
}

fn load_cases(name: &str) -> Vec<Case> {
    let path = root().join(format!("tests/click/cases/{name}.toml"));
    let text = std::fs::read_to_string(&path).expect("a case file");
    let tables = toml::parse_cases(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    tables
        .into_iter()
        .map(|table| {
            let mut case = Case {
                compare: ["stdout", "stderr", "code", "files"]
                    .map(String::from)
                    .into(),
                timeout: 10,
                ..Case::default()
            };
            for (key, value) in &table {
                match (key.as_str(), value) {
                    ("id", Value::Str(s)) => case.id = s.clone(),
                    ("stdin", Value::Str(s)) => case.stdin = s.clone(),
                    ("timeout", Value::Int(i)) => case.timeout = *i as u64,
                    ("args", v) => case.args = strings(v, key),
                    ("exec", v) => case.exec = strings(v, key),
                    ("compare", v) => case.compare = strings(v, key),
                    ("env", v) => case.env = pairs(v, key),
                    ("files", v) => case.files = pairs(v, key),
                    _ => panic!("{}: unknown key {key} = {value:?}", path.display()),
                }
            }
            assert!(
                !case.id.is_empty(),
                "{}: a case without an id",
                path.display()
            );
            case
        })
        .collect()
}

/// What one side did.
#[derive(Debug, PartialEq)]
struct Outcome {
    stdout: String,
    stderr: String,
    code: Option<i32>,
    files: BTreeMap<String, String>,
}

fn scratch() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "clack-twins-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join(".home")).expect("a scratch folder");
    dir.canonicalize().expect("canonical scratch folder")
}

fn snapshot(dir: &Path, base: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let rel = path.strip_prefix(base).expect("inside").to_path_buf();
        if rel.starts_with(".home") {
            continue;
        }
        if path.is_dir() {
            snapshot(&path, base, out);
        } else if let Ok(bytes) = std::fs::read(&path) {
            out.insert(rel.to_string_lossy().into_owned(), bytes);
        }
    }
}

fn reader(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

/// Run `program` (with `leading` arguments before the case's, and
/// `arg0` as its name when given) for `case`.
fn run_side(program: &Path, arg0: Option<&str>, leading: &[&Path], case: &Case) -> Outcome {
    let dir = scratch();
    for (name, content) in &case.files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(&path, content).expect("write a case file");
    }
    for name in &case.exec {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.join(name), std::fs::Permissions::from_mode(0o755))
            .expect("chmod");
    }
    let tmp = dir.to_string_lossy().into_owned();
    let mut command = Command::new(program);
    if let Some(name) = arg0 {
        std::os::unix::process::CommandExt::arg0(&mut command, name);
    }
    command
        .args(leading)
        .args(&case.args)
        .current_dir(&dir)
        .env_clear()
        .env(
            "PATH",
            std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into()),
        )
        .env("HOME", dir.join(".home"))
        .env("LANG", "C.UTF-8")
        .env("LC_ALL", "C.UTF-8")
        .env("COLUMNS", "80")
        .env("TERM", "dumb")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONUTF8", "1")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    for (key, value) in &case.env {
        command.env(key, value.replace("{tmp}", &tmp));
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", program.display()));
    let mut stdin = child.stdin.take().expect("stdin");
    let input = case.stdin.clone().into_bytes();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = reader(child.stdout.take().expect("stdout"));
    let err = reader(child.stderr.take().expect("stderr"));
    let deadline = Instant::now() + Duration::from_secs(case.timeout);
    let code = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status.code();
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break Some(-999);
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let _ = writer.join();
    let text = |bytes: Vec<u8>| String::from_utf8_lossy(&bytes).replace(&tmp, "<TMP>");
    let stdout = text(out.join().expect("stdout reader"));
    let stderr = text(err.join().expect("stderr reader"));
    let mut raw = BTreeMap::new();
    snapshot(&dir, &dir, &mut raw);
    let files = raw.into_iter().map(|(k, v)| (k, text(v))).collect();
    let _ = std::fs::remove_dir_all(&dir);
    Outcome {
        stdout,
        stderr,
        code,
        files,
    }
}

/// A readable account of how `want` (Click) and `got` (clack) differ.
fn describe(aspect: &str, want: &Outcome, got: &Outcome) -> String {
    let (a, b) = match aspect {
        "stdout" => (want.stdout.clone(), got.stdout.clone()),
        "stderr" => (want.stderr.clone(), got.stderr.clone()),
        "code" => (format!("{:?}", want.code), format!("{:?}", got.code)),
        _ => (format!("{:#?}", want.files), format!("{:#?}", got.files)),
    };
    let mut out = String::new();
    for line in a.lines() {
        out.push_str(&format!("    click| {line}\n"));
    }
    for line in b.lines() {
        out.push_str(&format!("    clack| {line}\n"));
    }
    out
}

/// Run every case of `cases` against `example` and the twin `twin`.
fn check(example: &str, twin: &str, cases: &str) {
    let python = match click_python() {
        Ok(python) => python,
        Err(why) if click_required() => {
            panic!("Python's Click is required here (CI or CLACK_REQUIRE_CLICK=1): {why}")
        }
        Err(why) => {
            eprintln!(
                "skipped: {why}; set CLACK_CLICK_PYTHON or run .ci/run \
                 (CLACK_REQUIRE_CLICK=1 makes this fail)"
            );
            return;
        }
    };
    let binary = examples::example(example);
    let script = root().join(format!("tests/click/programs/{twin}.py"));
    let cases = load_cases(cases);
    assert!(!cases.is_empty());
    let mut failures = Vec::new();
    for case in &cases {
        let want = run_side(&python, None, &[script.as_path()], case);
        // The example runs under the twin's name (`greet_builder` as `greet`).
        let got = run_side(&binary, Some(twin), &[], case);
        let wrong: Vec<&str> = case
            .compare
            .iter()
            .map(String::as_str)
            .filter(|aspect| match *aspect {
                "stdout" => want.stdout != got.stdout,
                "stderr" => want.stderr != got.stderr,
                "code" => want.code != got.code,
                "files" => want.files != got.files,
                other => panic!("{}: unknown aspect {other}", case.id),
            })
            .collect();
        if !wrong.is_empty() {
            let mut report = format!(
                "{example} {}: {} differ\n  $ {example} {}\n",
                case.id,
                wrong.join(", "),
                case.args.join(" ")
            );
            for aspect in &wrong {
                report.push_str(&format!("  {aspect}:\n{}", describe(aspect, &want, &got)));
            }
            failures.push(report);
        }
    }
    println!(
        "{example}: {} cases, {} passed",
        cases.len(),
        cases.len() - failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from Click:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn greet() {
    check("greet", "greet", "greet");
}

#[test]
fn greet_builder() {
    check("greet_builder", "greet", "greet");
}

#[test]
fn helpfmt() {
    check("helpfmt", "helpfmt", "helpfmt");
}

#[test]
fn prompts() {
    check("prompts", "prompts", "prompts");
}

#[test]
fn repo() {
    check("repo", "repo", "repo");
}

#[test]
fn shipit() {
    check("shipit", "shipit", "shipit");
}

#[test]
fn textpipe() {
    check("textpipe", "textpipe", "textpipe");
}

#[test]
fn values() {
    check("values", "values", "values");
}

#[test]
fn webapp() {
    check("webapp", "webapp", "webapp");
}
