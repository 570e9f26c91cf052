//! Custom parameter types built on built-in ones (Click's subclasses of
//! `click.Path`, `click.Choice`, ...): `ParamType::base` hands the wrapped
//! type's environment-variable splitting, completion, metavar, range and
//! choices to the custom type.

use std::ffi::OsString;
use std::path::PathBuf;

use clack::testing::Runner;
use clack::types::{Base, Choice, Int, Path};
use clack::{Command, Context, Error, Opt, Output, ParamType};

/// A directory that exists and holds a `project.toml`.
struct ProjectDir(Path);

impl ProjectDir {
    fn new() -> Self {
        ProjectDir(Path::new().exists(true).dir_okay(true).file_okay(false))
    }
}

impl ParamType for ProjectDir {
    type Value = PathBuf;

    fn name(&self) -> String {
        "project".into()
    }

    fn base(&self) -> Option<Base<'_>> {
        Some(Base::of(&self.0))
    }

    fn convert(&self, value: OsString, ctx: Option<&Context>) -> Result<PathBuf, Error> {
        let dir = self.0.convert(value, ctx)?;
        if dir.join("project.toml").is_file() {
            Ok(dir)
        } else {
            Err(Error::bad_parameter(format!(
                "{} has no project.toml.",
                dir.display()
            )))
        }
    }
}

/// A plain wrapper: the same as its base in everything but the name.
struct Level(Choice);

impl ParamType for Level {
    type Value = String;
    fn name(&self) -> String {
        "level".into()
    }
    fn base(&self) -> Option<Base<'_>> {
        Some(Base::of(&self.0))
    }
    fn convert(&self, value: OsString, ctx: Option<&Context>) -> Result<String, Error> {
        self.0.convert(value, ctx)
    }
}

struct Percent(Int<u8>);

impl ParamType for Percent {
    type Value = u8;
    fn name(&self) -> String {
        "percent".into()
    }
    fn base(&self) -> Option<Base<'_>> {
        Some(Base::of(&self.0))
    }
    fn convert(&self, value: OsString, ctx: Option<&Context>) -> Result<u8, Error> {
        self.0.convert(value, ctx)
    }
}

/// Two project directories under the test's scratch space, and a plain one.
fn projects() -> (PathBuf, PathBuf, PathBuf) {
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("wrapped_types");
    let (a, b, plain) = (root.join("a"), root.join("b"), root.join("plain"));
    for dir in [&a, &b, &plain] {
        std::fs::create_dir_all(dir).expect("scratch directory");
    }
    for dir in [&a, &b] {
        std::fs::write(dir.join("project.toml"), "").expect("marker file");
    }
    (a, b, plain)
}

fn command() -> Command {
    Command::new("tool")
        .param(
            Opt::new("--project")
                .ty(ProjectDir::new())
                .multiple(true)
                .envvar("TOOL_PROJECTS"),
        )
        .param(Opt::new("--level").ty(Level(Choice::new(["low", "high"]))))
        .param(Opt::new("--share").ty(Percent(Int::range(0, 100))))
        .callback(|ctx| {
            let dirs: Vec<PathBuf> = ctx.take_required("project")?;
            let names: Vec<_> = dirs
                .iter()
                .map(|d| {
                    d.file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into_owned()
                })
                .collect();
            clack::echo(names.join(","));
            Ok(Output::none())
        })
}

#[test]
fn the_custom_check_runs_after_the_base_checks() {
    let (a, _, plain) = projects();
    let cmd = command();
    let a = a.to_str().expect("utf-8 path");
    let r = Runner::new().invoke(&cmd, ["--project", a]);
    assert_eq!((r.stdout.as_str(), r.exit_code), ("a\n", 0), "{}", r.stderr);
    // The base's check: a file is no directory.
    let file = format!("{a}/project.toml");
    let r = Runner::new().invoke(&cmd, ["--project", &file]);
    assert_eq!(r.exit_code, 2);
    assert!(
        r.stderr.ends_with(&format!(
            "Error: Invalid value for '--project': Directory '{file}' is a file.\n"
        )),
        "{}",
        r.stderr
    );
    // The type's own check.
    let plain = plain.to_str().expect("utf-8 path");
    let r = Runner::new().invoke(&cmd, ["--project", plain]);
    assert_eq!(r.exit_code, 2);
    assert!(
        r.stderr.ends_with(&format!(
            "Error: Invalid value for '--project': {plain} has no project.toml.\n"
        )),
        "{}",
        r.stderr
    );
}

#[cfg(unix)]
#[test]
fn env_values_split_as_the_base_splits_them() {
    // `Path` splits on the path separator, not on whitespace.
    let (a, b, _) = projects();
    let value = format!("{}:{}", a.display(), b.display());
    let r = Runner::new()
        .env("TOOL_PROJECTS", value)
        .invoke(&command(), Vec::<String>::new());
    assert_eq!(
        (r.stdout.as_str(), r.exit_code),
        ("a,b\n", 0),
        "{}",
        r.stderr
    );
}

fn complete(words: &str) -> String {
    Runner::new()
        .prog_name("tool")
        .env("_TOOL_COMPLETE", "bash_complete")
        .env("COMP_WORDS", words)
        .env(
            "COMP_CWORD",
            words.split(' ').count().saturating_sub(1).to_string(),
        )
        .invoke(&command(), Vec::<String>::new())
        .stdout
}

#[test]
fn completion_is_the_base_s() {
    // A directory-only `Path`: the shell completes directories.
    assert_eq!(complete("tool --project sr"), "dir,sr\n");
    assert_eq!(complete("tool --level h"), "plain,high\n");
}

#[test]
fn help_shows_the_base_s_metavar_and_range() {
    let r = Runner::new().invoke(&command(), ["--help"]);
    assert!(r.stdout.contains("--level [low|high]"), "{}", r.stdout);
    assert!(r.stdout.contains("--share PERCENT "), "{}", r.stdout);
    assert!(r.stdout.contains("[0<=x<=100]"), "{}", r.stdout);
    // The wrapper's name, not the base's, in its own messages.
    assert_eq!(ProjectDir::new().name(), "project");
}

#[test]
fn the_missing_message_is_the_base_s() {
    let cmd = Command::new("tool")
        .param(
            Opt::new("--level")
                .ty(Level(Choice::new(["low", "high"])))
                .required(true),
        )
        .callback(|_| Ok(Output::none()));
    let r = Runner::new().invoke(&cmd, Vec::<String>::new());
    assert!(
        r.stderr
            .ends_with("Error: Missing option '--level'. Choose from:\n\tlow,\n\thigh\n"),
        "{}",
        r.stderr
    );
}
