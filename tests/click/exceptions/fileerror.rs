//! Click's `tests/test_exceptions/test_FileError.py`.

/// A file name that is not valid text is named with the replacement
/// character, not refused (Click: a lone surrogate becomes `�`).
#[cfg(unix)]
#[test]
fn file_error_surrogates() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let name = OsStr::from_bytes(b"/nonexistent-clack-dir/\xff");
    let err = clack::fileio::open_file(name, "r", false, false).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Could not open file '/nonexistent-clack-dir/\u{fffd}': No such file or directory"
    );
    assert_eq!(err.exit_code(), 1);
}
