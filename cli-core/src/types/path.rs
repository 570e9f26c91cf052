//! Click's `Path` type: a path, checked against the file system.

use std::ffi::OsString;
use std::path::PathBuf;

use super::{ParamType, ParamValue, split_paths};
use crate::candidate::{CompletionItem, CompletionKind};
use crate::compat::repr::py_repr;
use crate::sys::{Access, access};
use crate::{Context, Error};

/// A file-system path, with Click's checks: existence, file or folder,
/// readable, writable, executable; `-` for standard streams when
/// `allow_dash`; resolved to an absolute path with `resolve_path`.
///
/// The metavar is `FILE`, `DIRECTORY` or `PATH` depending on what is allowed.
/// Values stay `PathBuf`, bytes intact, whatever the encoding.
///
/// ```
/// use clack_core::{ParamType, types::Path};
/// let t = Path::new().exists(true).dir_okay(false);
/// assert_eq!(t.name(), "file");
/// let err = t.convert("/nonexistent/x".into(), None).unwrap_err();
/// assert_eq!(err.message(), "File '/nonexistent/x' does not exist.");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Path {
    exists: bool,
    file_okay: bool,
    dir_okay: bool,
    readable: bool,
    writable: bool,
    executable: bool,
    resolve_path: bool,
    allow_dash: bool,
}

impl Default for Path {
    fn default() -> Self {
        Path::new()
    }
}

impl Path {
    /// Any path; nothing is checked unless it exists (then it must be readable).
    ///
    /// ```
    /// use clack_core::{ParamType, types::Path};
    /// assert_eq!(Path::new().name(), "path");
    /// ```
    pub fn new() -> Self {
        Path {
            exists: false,
            file_okay: true,
            dir_okay: true,
            readable: true,
            writable: false,
            executable: false,
            resolve_path: false,
            allow_dash: false,
        }
    }

    /// The path must exist.
    ///
    /// ```
    /// use clack_core::{ParamType, types::Path};
    /// assert!(Path::new().exists(true).convert("/nonexistent".into(), None).is_err());
    /// ```
    pub fn exists(mut self, yes: bool) -> Self {
        self.exists = yes;
        self
    }

    /// Whether a file is acceptable (default yes).
    ///
    /// ```
    /// use clack_core::{ParamType, types::Path};
    /// assert_eq!(Path::new().file_okay(false).name(), "directory");
    /// ```
    pub fn file_okay(mut self, yes: bool) -> Self {
        self.file_okay = yes;
        self
    }

    /// Whether a folder is acceptable (default yes).
    ///
    /// ```
    /// use clack_core::{ParamType, types::Path};
    /// assert!(Path::new().dir_okay(false).convert(".".into(), None).is_err());
    /// ```
    pub fn dir_okay(mut self, yes: bool) -> Self {
        self.dir_okay = yes;
        self
    }

    /// Whether an existing path must be readable (default yes).
    ///
    /// ```
    /// let t = clack_core::types::Path::new().readable(false);
    /// # let _ = t;
    /// ```
    pub fn readable(mut self, yes: bool) -> Self {
        self.readable = yes;
        self
    }

    /// Whether an existing path must be writable.
    ///
    /// ```
    /// let t = clack_core::types::Path::new().writable(true);
    /// # let _ = t;
    /// ```
    pub fn writable(mut self, yes: bool) -> Self {
        self.writable = yes;
        self
    }

    /// Whether an existing path must be executable.
    ///
    /// ```
    /// let t = clack_core::types::Path::new().executable(true);
    /// # let _ = t;
    /// ```
    pub fn executable(mut self, yes: bool) -> Self {
        self.executable = yes;
        self
    }

    /// Make the path absolute with symbolic links resolved (`realpath`).
    ///
    /// ```
    /// use clack_core::{ParamType, types::Path};
    /// assert!(Path::new().resolve_path(true).convert(".".into(), None).unwrap().is_absolute());
    /// ```
    pub fn resolve_path(mut self, yes: bool) -> Self {
        self.resolve_path = yes;
        self
    }

    /// Accept `-` (standard input or output) without checks.
    ///
    /// ```
    /// use clack_core::{ParamType, types::Path};
    /// assert_eq!(Path::new().exists(true).allow_dash(true).convert("-".into(), None).unwrap(), std::path::Path::new("-"));
    /// ```
    pub fn allow_dash(mut self, yes: bool) -> Self {
        self.allow_dash = yes;
        self
    }

    /// Whether no check could fail, so the file system need not be asked.
    fn checks_nothing(&self) -> bool {
        !self.exists
            && self.file_okay
            && self.dir_okay
            && !self.readable
            && !self.writable
            && !self.executable
            && !self.resolve_path
    }

    fn kind(&self) -> &'static str {
        if self.file_okay && !self.dir_okay {
            "file"
        } else if self.dir_okay && !self.file_okay {
            "directory"
        } else {
            "path"
        }
    }

    fn fail(&self, value: &OsString, what: &str) -> Error {
        let mut title = self.kind().to_string();
        title[..1].make_ascii_uppercase();
        Error::bad_parameter(format!(
            "{title} {} {what}.",
            py_repr(&value.to_string_lossy())
        ))
    }
}

impl ParamType for Path {
    type Value = PathBuf;

    fn name(&self) -> String {
        self.kind().into()
    }

    fn convert(&self, value: OsString, ctx: Option<&Context>) -> Result<PathBuf, Error> {
        if self.file_okay && self.allow_dash && value == "-" {
            return Ok(PathBuf::from(value));
        }
        if self.checks_nothing() {
            return Ok(PathBuf::from(value));
        }
        let seen = match ctx {
            Some(ctx) => ctx.io().resolve(&value),
            None => PathBuf::from(&value),
        };
        let (seen, result) = if self.resolve_path {
            let real = realpath(&seen);
            (real.clone(), real)
        } else {
            (seen, PathBuf::from(&value))
        };
        let meta = match std::fs::metadata(&seen) {
            Ok(meta) => meta,
            Err(_) if !self.exists => return Ok(result),
            Err(_) => return Err(self.fail(&value, "does not exist")),
        };
        if !self.file_okay && meta.is_file() {
            return Err(self.fail(&value, "is a file"));
        }
        if !self.dir_okay && meta.is_dir() {
            return Err(self.fail(&value, "is a directory"));
        }
        if self.readable && !access(&seen, Access::Read) {
            return Err(self.fail(&value, "is not readable"));
        }
        if self.writable && !access(&seen, Access::Write) {
            return Err(self.fail(&value, "is not writable"));
        }
        if self.executable && !access(&seen, Access::Execute) {
            return Err(self.fail(&value, "is not executable"));
        }
        Ok(result)
    }

    fn split_envvar_value(&self, value: &std::ffi::OsStr) -> Vec<OsString> {
        split_paths(value)
    }

    fn shell_complete(&self, _ctx: &Context, incomplete: &str) -> Vec<CompletionItem> {
        vec![CompletionItem::new(incomplete).kind(self.completion_kind().unwrap_or_default())]
    }

    fn completion_kind(&self) -> Option<CompletionKind> {
        Some(if self.dir_okay && !self.file_okay {
            CompletionKind::Dir
        } else {
            CompletionKind::File
        })
    }
}

/// A plain `PathBuf` parameter checks nothing and never touches the file
/// system (Click's `Path()` would check readability of existing paths): use
/// `exists`, `dir_okay`, `readable`... (or an explicit [`Path`]) for checks.
impl ParamValue for PathBuf {
    type Type = Path;
    fn param_type() -> Path {
        Path::new().readable(false)
    }
}

/// `os.path.realpath`: absolute, with symbolic links resolved as far as the
/// path exists.
fn realpath(path: &std::path::Path) -> PathBuf {
    if let Ok(real) = std::fs::canonicalize(path) {
        return real;
    }
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    // Resolve the longest existing prefix and append the rest.
    let mut existing = absolute.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (
            existing.file_name().map(|n| n.to_os_string()),
            existing.parent(),
        ) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => return absolute,
        }
    }
    let mut out = std::fs::canonicalize(&existing).unwrap_or(existing);
    for part in rest.into_iter().rev() {
        out.push(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_checks() {
        let dir = Path::new().exists(true).file_okay(false);
        assert!(dir.convert(".".into(), None).is_ok());
        let this_file = file!();
        let _ = this_file;
        let f = Path::new().exists(true).dir_okay(false);
        assert_eq!(
            f.convert(".".into(), None).unwrap_err().message(),
            "File '.' is a directory."
        );
    }

    #[test]
    fn missing_is_fine_unless_exists() {
        assert_eq!(
            Path::new().convert("/no/such/path".into(), None).unwrap(),
            PathBuf::from("/no/such/path")
        );
    }
}
