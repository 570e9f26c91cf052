//! Click's `tests/test_types/test_File.py`.

use clack::{Arg, Command, Output};

/// A file name that is not UTF-8 is reported (as Python shows it), not a
/// failure of its own, whether the file is opened at once or lazily.
#[cfg(unix)]
#[test]
fn file_surrogates() {
    use std::os::unix::ffi::OsStringExt;
    let dir = clack::testing::TempDir::new().unwrap();
    let name = std::ffi::OsString::from_vec(b"\xff".to_vec());
    let path = dir.path().join(&name);
    for lazy in [false, true] {
        let cmd = Command::new("cli")
            .param(Arg::new("f").ty(clack::types::File::new("r").lazy(lazy)))
            .callback(|_| Ok(Output::none()));
        let result = clack::testing::Runner::new().invoke(&cmd, [path.clone().into_os_string()]);
        assert_eq!(result.exit_code, 2, "lazy={lazy}: {}", result.output);
        assert!(
            result
                .stderr
                .contains("\u{fffd}': No such file or directory")
                || result.stderr.contains("Illegal byte sequence")
                || result
                    .stderr
                    .contains("Invalid or incomplete multibyte or wide character"),
            "lazy={lazy}: {}",
            result.stderr
        );
    }
}
