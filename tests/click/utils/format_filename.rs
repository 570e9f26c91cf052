//! Click's `tests/test_utils/test_format_filename.py`.

use clack::termui::format_filename;

#[test]
fn filename_formatting() {
    assert_eq!(format_filename("foo.txt", false), "foo.txt");
    assert_eq!(format_filename("/x/foo.txt", false), "/x/foo.txt");
    assert_eq!(format_filename("/x/foo.txt", true), "foo.txt");
    assert_eq!(format_filename("/x/\u{fffd}.txt", true), "\u{fffd}.txt");
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let bytes = std::ffi::OsStr::from_bytes(b"/x/foo.txt");
        assert_eq!(format_filename(bytes, false), "/x/foo.txt");
    }
}
