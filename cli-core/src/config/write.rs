//! Saving settings: a configuration file written atomically.

use std::io::Write as _;
use std::path::Path;

use super::{ConfigFormat, ConfigTable};
use crate::Error;
use crate::fileio::PathContext as _;

/// Write `table` to `path` in `format`, atomically: the file is written
/// beside its target and renamed over it, so a failure leaves the old file
/// as it was. (Reading a configuration never writes.)
///
/// # Errors
/// The format cannot hold the values, or the file cannot be written.
///
/// ```
/// # #[cfg(feature = "json")] {
/// use clack_core::config::{ConfigTable, Json, write_config};
/// let dir = clack_core::testing::TempDir::new().unwrap();
/// let path = dir.path().join("settings.json");
/// let mut table = ConfigTable::new();
/// table.insert("port".into(), 8080.into());
/// write_config(&path, &table, &Json)?;
/// assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\n  \"port\": 8080\n}\n");
/// # }
/// # Ok::<(), clack_core::Error>(())
/// ```
pub fn write_config(
    path: impl AsRef<Path>,
    table: &ConfigTable,
    format: &dyn ConfigFormat,
) -> Result<(), Error> {
    let path = path.as_ref();
    let text = format.render(table).map_err(|msg| {
        Error::failure(format!(
            "Could not write {}: {msg}",
            crate::compat::repr::py_repr(&path.to_string_lossy())
        ))
    })?;
    let mut file = crate::fileio::open_file(path, "w", false, true)?;
    file.write_all(text.as_bytes()).with_path(path)?;
    file.close().with_path(path)
}
