//! Files opened the Click way, and I/O errors that name their file.
//!
//! [`PathContext::with_path`] turns an I/O error into Click's `FileError`
//! (`Could not open file 'x': ...`); it is always available.
//!
//! With the `files` feature: [`open_file`] is `click.open_file`;
//! [`LazyFile`](crate::types::LazyFile) is the value of a
//! [`File`](crate::types::File) parameter and what `open_file` returns: `-` for the standard streams, opened lazily on first
//! use, or atomically through a temporary file.
//! A file opened with `atomic` is written to a temporary file beside the target
//! and renamed over it by [`LazyFile::close`](crate::types::LazyFile::close); dropped without a successful
//! close (an error, a panic), the temporary file is removed and the target
//! is left as it was. On Linux the temporary file has no name until it is
//! committed (`O_TMPFILE`), so even a killed process leaves nothing behind.
//! A symbolic link is written through: its target is replaced and the link
//! stays. The new file keeps the old one's permission bits and, where the
//! system allows, its owner and group.

use std::io;
use std::path::Path;

use crate::Error;

#[cfg(feature = "files")]
pub(crate) mod lazy;

// `LazyFile` is public as `types::LazyFile`, beside the other value types.
#[cfg(feature = "files")]
pub use lazy::{OpenMode, open_file};

/// Name the file in an I/O error: `.with_path(path)` on an
/// [`io::Result`] turns its error into Click's `FileError`
/// ([`Error::file`]): `Error: Could not open file 'x.toml': No such file
/// or directory`, exit code 1. The I/O error stays the error's
/// [`source`](Error::source).
///
/// ```
/// use clack_core::fileio::PathContext as _;
///
/// fn load(path: &str) -> clack_core::Result<String> {
///     std::fs::read_to_string(path).with_path(path)
/// }
/// let err = load("no-such-dir/x.toml").unwrap_err();
/// # #[cfg(unix)]
/// assert_eq!(
///     err.render(),
///     "Error: Could not open file 'no-such-dir/x.toml': No such file or directory\n"
/// );
/// assert_eq!(err.exit_code(), 1);
/// assert!(err.source().is_some_and(|s| s.is::<std::io::Error>()));
/// ```
pub trait PathContext<T> {
    /// The result, with an error that names `path`.
    ///
    /// # Errors
    /// The I/O operation failed.
    fn with_path(self, path: impl AsRef<Path>) -> Result<T, Error>;
}

impl<T> PathContext<T> for io::Result<T> {
    fn with_path(self, path: impl AsRef<Path>) -> Result<T, Error> {
        self.map_err(|e| {
            let name = path.as_ref().to_string_lossy();
            Error::file(&name, strerror(&e)).with_source_in_message(e)
        })
    }
}

/// The message of an I/O error without Rust's ` (os error N)` suffix, which
/// is what Python's `strerror` holds.
pub(crate) fn strerror(e: &io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}
