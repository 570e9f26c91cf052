//! Click's `File` type: a parameter whose value is an opened file.

use std::ffi::OsString;

use super::{ParamType, split_paths};
use crate::candidate::{CompletionItem, CompletionKind};
pub use crate::fileio::lazy::LazyFile;
use crate::fileio::strerror;
use crate::{Context, Error};

/// A file opened for the command (Click's `File`), metavar `FILENAME`.
///
/// `-` means standard input or output. Files for reading open at once, so a
/// missing file is a usage error; files for writing open lazily on the first
/// write, unless told otherwise. With `atomic`, writes go to a temporary file
/// renamed over the target when the command finishes successfully.
///
/// ```
/// use clack_core::{ParamType, types::File};
/// let t = File::new("r");
/// assert_eq!(t.name(), "filename");
/// let err = t.convert("/nonexistent".into(), None).unwrap_err();
/// assert_eq!(err.message(), "'/nonexistent': No such file or directory");
/// ```
#[derive(Debug, Clone)]
pub struct File {
    mode: String,
    lazy: Option<bool>,
    atomic: bool,
}

impl File {
    /// A file opened with this mode (`r`, `w`, `a`, `rb`, `wb`, ...).
    ///
    /// ```
    /// let t = clack_core::types::File::new("w");
    /// # let _ = t;
    /// ```
    pub fn new(mode: &str) -> Self {
        File {
            mode: mode.to_string(),
            lazy: None,
            atomic: false,
        }
    }

    /// Open on first use (`true`) or at once (`false`); by default lazily
    /// for writing and at once for reading.
    ///
    /// ```
    /// let t = clack_core::types::File::new("w").lazy(false);
    /// # let _ = t;
    /// ```
    pub fn lazy(mut self, lazy: bool) -> Self {
        self.lazy = Some(lazy);
        self
    }

    /// Write through a temporary file renamed over the target at the end.
    ///
    /// ```
    /// let t = clack_core::types::File::new("w").atomic(true);
    /// # let _ = t;
    /// ```
    pub fn atomic(mut self, atomic: bool) -> Self {
        self.atomic = atomic;
        self
    }

    fn is_lazy(&self, value: &OsString) -> bool {
        match self.lazy {
            Some(lazy) => lazy,
            None => value != "-" && self.mode.contains('w'),
        }
    }
}

impl ParamType for File {
    type Value = LazyFile;

    fn name(&self) -> String {
        "filename".into()
    }

    fn convert(&self, value: OsString, ctx: Option<&Context>) -> Result<LazyFile, Error> {
        let fail = |e: std::io::Error| {
            Error::bad_parameter(format!("'{}': {}", value.to_string_lossy(), strerror(&e)))
        };
        let io = ctx.map(|c| c.io_rc());
        let file = LazyFile::new(value.clone(), &self.mode, self.atomic, io).map_err(fail)?;
        if self.is_lazy(&value) {
            if value != "-" && self.mode.contains('r') {
                // Like Click, check a file for reading early, then reopen lazily.
                let check = LazyFile::new(value.clone(), &self.mode, false, ctx.map(|c| c.io_rc()))
                    .map_err(fail)?;
                check.open().map_err(fail)?;
            }
        } else {
            file.open().map_err(fail)?;
        }
        if let Some(ctx) = ctx {
            let f = file.clone();
            ctx.call_on_close(move |failing| {
                if failing {
                    f.discard();
                } else {
                    let _ = f.close();
                }
            });
        }
        Ok(file)
    }

    fn split_envvar_value(&self, value: &std::ffi::OsStr) -> Vec<OsString> {
        split_paths(value)
    }

    fn shell_complete(&self, _ctx: &Context, incomplete: &str) -> Vec<CompletionItem> {
        vec![CompletionItem::new(incomplete).kind(CompletionKind::File)]
    }

    fn completion_kind(&self) -> Option<CompletionKind> {
        Some(CompletionKind::File)
    }
}

impl super::ParamValue for LazyFile {
    type Type = File;
    fn param_type() -> File {
        File::new("r")
    }
}
