//! External plugin commands, the git and cargo way (beyond Click).
//!
//! A group that opts in with [`Group::external_plugins`](crate::Group::external_plugins)
//! runs `prog NAME args...` as the executable `prog-NAME` found on `PATH`,
//! with the remaining arguments untouched, the command's environment and
//! working folder, and its exit code passed through. Such executables are
//! listed in the group's help in a section of their own.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::{Command, Context, Error, Output};

/// How a group names its plugin executables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PluginPrefix {
    /// `{the group's invocation name}-`.
    FromName,
    /// A fixed prefix, such as `git-`.
    Fixed(String),
}

/// A group's plugin support: the prefix, and the functions that find and
/// list plugins, installed by [`Group::external_plugins`](crate::Group::external_plugins)
/// so that a group without plugins does not link them.
#[derive(Clone)]
pub(crate) struct Plugins {
    pub(crate) prefix: PluginPrefix,
    /// The plugin command called `name`, if there is one.
    pub(crate) resolve: fn(&Context, &PluginPrefix, &str) -> Option<Arc<Command>>,
    /// Every plugin on `PATH`: name and executable.
    pub(crate) list: fn(&Context, &str) -> Vec<(String, PathBuf)>,
}

impl Plugins {
    /// Plugins named with `prefix`.
    pub(crate) fn new(prefix: PluginPrefix) -> Self {
        Plugins {
            prefix,
            resolve,
            list,
        }
    }
}

impl PluginPrefix {
    pub(crate) fn resolve(&self, ctx: &Context) -> String {
        match self {
            PluginPrefix::FromName => format!("{}-", ctx.info_name().unwrap_or_default()),
            PluginPrefix::Fixed(p) => p.clone(),
        }
    }
}

/// The directories of `PATH`, as the command sees it.
fn path_dirs(ctx: &Context) -> Vec<PathBuf> {
    match ctx.io().env().get("PATH") {
        Some(path) => std::env::split_paths(&path).collect(),
        None => Vec::new(),
    }
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

#[cfg(not(unix))]
fn is_executable(path: &Path) -> bool {
    path.is_file()
}

#[cfg(windows)]
const EXTENSIONS: &[&str] = &["", ".exe", ".bat", ".cmd"];
#[cfg(not(windows))]
const EXTENSIONS: &[&str] = &[""];

/// The executable `{prefix}{name}` on `PATH`, first match wins.
pub(crate) fn find(ctx: &Context, prefix: &str, name: &str) -> Option<PathBuf> {
    if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('-') {
        return None;
    }
    for dir in path_dirs(ctx) {
        for ext in EXTENSIONS {
            let candidate = dir.join(format!("{prefix}{name}{ext}"));
            if is_executable(&candidate) {
                return Some(candidate);
            }
        }
    }
    None
}

/// Every plugin on `PATH`: its command name and where it is, sorted by
/// name, the first one on `PATH` winning.
pub(crate) fn list(ctx: &Context, prefix: &str) -> Vec<(String, PathBuf)> {
    let mut found: Vec<(String, PathBuf)> = Vec::new();
    for dir in path_dirs(ctx) {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let file_name = entry.file_name();
            let Some(file_name) = file_name.to_str() else {
                continue;
            };
            let Some(rest) = file_name.strip_prefix(prefix) else {
                continue;
            };
            let name = EXTENSIONS
                .iter()
                .rev()
                .find_map(|ext| rest.strip_suffix(ext).filter(|_| !ext.is_empty()))
                .unwrap_or(rest);
            if name.is_empty() || found.iter().any(|(n, _)| n == name) {
                continue;
            }
            let path = entry.path();
            if is_executable(&path) {
                found.push((name.to_string(), path));
            }
        }
    }
    crate::order::sort(&mut found);
    found
}

/// A command that runs `program` with every argument it is given.
pub(crate) fn command(name: &str, program: PathBuf) -> Command {
    let mut cmd = Command::new(name)
        .help(format!("Runs {}.", program.display()))
        .add_help_option(false)
        .callback(move |ctx| run(ctx, &program, ctx.args()));
    cmd.raw_args = true;
    cmd
}

/// Run the plugin; its exit code becomes ours.
fn run(ctx: &Context, program: &Path, args: Vec<OsString>) -> Result<Output, Error> {
    let io = ctx.io();
    let mut child = std::process::Command::new(program);
    child.args(&args);
    io.env().apply_to(&mut child);
    if let Some(dir) = io.cwd() {
        child.current_dir(dir);
    }
    let fail = |e: std::io::Error| {
        Error::failure(format!(
            "{}: {}",
            program.display(),
            crate::fileio::strerror(&e)
        ))
    };
    let status = if io.captured_buffers().is_some() {
        // Under the testing runner, feed the child our input and capture
        // its output into our streams.
        let mut input = Vec::new();
        let _ = io.with_stdin(|r| r.read_to_end(&mut input));
        child
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut running = child.spawn().map_err(fail)?;
        if let Some(mut stdin) = running.stdin.take() {
            let _ = stdin.write_all(&input);
        }
        let out = running.wait_with_output().map_err(fail)?;
        io.write_out(&out.stdout);
        io.write_err(&out.stderr);
        out.status
    } else {
        child.status().map_err(fail)?
    };
    match status.code() {
        Some(0) => Ok(Output::none()),
        Some(code) => Err(Error::exit(code)),
        None => Err(Error::exit(exit_code_for_signal(&status))),
    }
}

#[cfg(unix)]
fn exit_code_for_signal(status: &std::process::ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    status.signal().map(|s| 128 + s).unwrap_or(1)
}

#[cfg(not(unix))]
fn exit_code_for_signal(_status: &std::process::ExitStatus) -> i32 {
    1
}

/// Resolve `name` to a plugin command when the group allows plugins.
pub(crate) fn resolve(ctx: &Context, prefix: &PluginPrefix, name: &str) -> Option<Arc<Command>> {
    let prefix = prefix.resolve(ctx);
    find(ctx, &prefix, name).map(|program| Arc::new(command(name, program)))
}
