//! Click's `tests/test_types/test_Path.py`.

use std::path::PathBuf;

use clack::testing::{Runner, TempDir};
use clack::types::Path;
use clack::{Arg, Command, Output, ParamType};

/// With `resolve_path`, a symbolic link (absolute or relative) resolves to
/// the file it points at.
#[cfg(unix)]
#[test]
fn path_resolve_symlink() {
    let dir = TempDir::new().unwrap();
    let root = dir.path().canonicalize().unwrap();
    let file = root.join("file");
    std::fs::write(&file, "").unwrap();
    std::fs::create_dir(root.join("dir")).unwrap();
    let abs = root.join("dir/abs");
    std::os::unix::fs::symlink(&file, &abs).unwrap();
    let rel = root.join("dir/rel");
    std::os::unix::fs::symlink(PathBuf::from("..").join("file"), &rel).unwrap();
    let ty = Path::new().resolve_path(true);
    assert_eq!(ty.convert(abs.into_os_string(), None).unwrap(), file);
    assert_eq!(ty.convert(rel.into_os_string(), None).unwrap(), file);
}

/// A path that is not UTF-8 is named with a replacement character in
/// every message about it.
#[cfg(unix)]
#[test]
fn path_surrogates() {
    use std::os::unix::ffi::OsStringExt;
    let dir = TempDir::new().unwrap();
    let name = std::ffi::OsString::from_vec(b"\xff".to_vec());
    let cmd = |ty: Path| {
        Command::new("cli")
            .param(Arg::new("p").ty(ty))
            .callback(|_| Ok(Output::none()))
    };
    let run = |ty: Path| {
        let result = Runner::new()
            .cwd(dir.path())
            .invoke(&cmd(ty), [name.clone()]);
        assert_eq!(result.exit_code, 2, "{}", result.output);
        result.stderr
    };
    assert!(run(Path::new().exists(true)).contains("'\u{fffd}' does not exist"));
    let path = dir.path().join(&name);
    std::fs::write(&path, "").unwrap();
    assert!(run(Path::new().file_okay(false)).contains("'\u{fffd}' is a file"));
    std::fs::remove_file(&path).unwrap();
    std::fs::create_dir(&path).unwrap();
    assert!(run(Path::new().dir_okay(false)).contains("'\u{fffd}' is a directory"));
    // Click fakes `os.access` to check the readable, writable and
    // executable messages; those are checked with real permissions in
    // `arguments` and `basic`.
}

/// A control character in a path is shown escaped.
#[cfg(unix)]
#[test]
fn invalid_path_with_esc_sequence() {
    let parent = TempDir::new().unwrap();
    let dir = parent.path().join("my\ndir");
    std::fs::create_dir(&dir).unwrap();
    let err = Path::new()
        .dir_okay(false)
        .convert(dir.into_os_string(), None)
        .unwrap_err();
    assert!(err.message().contains("my\\ndir"), "{}", err.message());
}

/// The value is the path as given. (Click's `path_type` picks `str`,
/// `bytes` or `pathlib.Path`; clack's value is a `PathBuf`.)
#[test]
fn path_type() {
    let cli = Command::new("cli")
        .param(Arg::new("p").ty(Path::new()))
        .callback(|ctx| Ok(Output::new(ctx.get_required::<PathBuf>("p")?)));
    let result = Runner::new().invoke(&cli, ["a/b/c.txt"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(
        crate::returned::<PathBuf>(result),
        PathBuf::from("a").join("b").join("c.txt")
    );
}
