//! Click's `tests/test_utils/test_open_file.py`.

use std::io::Read;
use std::path::PathBuf;

use clack::fileio::open_file as open;
use clack::testing::{Runner, TempDir};
use clack::types::Path;
use clack::{Arg, Command, Output};

/// Read `name` (or `-`, standard input) and echo it, then `meep`.
fn cat(name: &std::ffi::OsStr) -> clack::Result<Output> {
    let mut f = open(name, "r", false, false)?;
    let mut text = Vec::new();
    f.read_to_end(&mut text)?;
    clack::echo(String::from_utf8_lossy(&text));
    clack::echo("meep");
    Ok(Output::none())
}

fn cli() -> Command {
    Command::new("cli")
        .param(Arg::new("filename"))
        .callback(|ctx| cat(ctx.get_required::<String>("filename")?.as_ref()))
}

#[test]
fn open_file() {
    let dir = TempDir::new().unwrap();
    let hello = dir.path().join("hello.txt");
    std::fs::write(&hello, "Cool stuff").unwrap();
    let result = Runner::new().invoke(&cli(), [hello.as_os_str()]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "Cool stuff\nmeep\n");
    let result = Runner::new().input("foobar").invoke(&cli(), ["-"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "foobar\nmeep\n");
}

/// A `Path` argument that allows `-` hands it on, and `open_file` reads
/// standard input for it.
#[test]
fn open_file_pathlib_dash() {
    let cmd = Command::new("cli")
        .param(Arg::new("filename").ty(Path::new().allow_dash(true)))
        .callback(|ctx| cat(ctx.get_required::<PathBuf>("filename")?.as_os_str()));
    let result = Runner::new().input("value").invoke(&cmd, ["-"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "value\nmeep\n");
}

/// Bytes that are not text on standard input are read without failing.
#[test]
fn open_file_ignore_errors_stdin() {
    let result = Runner::new()
        .input(b"\xe2\x28\xa1\xff\xfe\x00\x80abc".to_vec())
        .invoke(&cli(), ["-"]);
    assert!(result.error.is_none(), "{}", result.output);
}

/// Writing a file atomically keeps the permissions of the file it replaces.
#[cfg(unix)]
#[test]
fn open_file_atomic_permissions_existing_file() {
    use std::os::unix::fs::PermissionsExt;
    for permissions in [0o400, 0o444, 0o600, 0o644] {
        let dir = TempDir::new().unwrap();
        let existing = dir.path().join("existing.txt");
        std::fs::write(&existing, "content").unwrap();
        std::fs::set_permissions(&existing, std::fs::Permissions::from_mode(permissions)).unwrap();
        let f = open(&existing, "w", false, true).unwrap();
        f.close().unwrap();
        let mode = std::fs::metadata(&existing).unwrap().permissions().mode() & 0o7777;
        assert_eq!(mode, permissions, "{permissions:o}");
    }
}

/// A new file written atomically gets the permissions any new file gets
/// (after the umask).
#[cfg(unix)]
#[test]
fn open_file_atomic_permissions_new_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new().unwrap();
    let probe = dir.path().join("test.txt");
    std::fs::write(&probe, "").unwrap();
    let want = std::fs::metadata(&probe).unwrap().permissions().mode() & 0o7777;
    let new = dir.path().join("new.txt");
    open(&new, "w", false, true).unwrap().close().unwrap();
    let mode = std::fs::metadata(&new).unwrap().permissions().mode() & 0o7777;
    assert_eq!(mode, want);
}
