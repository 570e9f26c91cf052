//! Unit tests of [`super`]: atomic commits, lazy opening, reading.

use super::*;

fn temp_dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!(
        "clack-fileio-{tag}-{}-{}",
        std::process::id(),
        nanos()
    ));
    fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn named_temporary_files_are_committed_and_keep_the_mode() {
    let d = temp_dir("named");
    let target = d.join("t.txt");
    fs::write(&target, "old").unwrap();
    let (mut file, path) = create_named_beside(&target, existing_mode(&target)).unwrap();
    file.write_all(b"copied").unwrap();
    commit_atomic(file, Some(path.clone()), &target).unwrap();
    assert_eq!(fs::read_to_string(&target).unwrap(), "copied");
    assert!(!path.exists());
    fs::remove_dir_all(&d).unwrap();
}

#[test]
fn atomic_commit_and_discard() {
    let d = temp_dir("atomic");
    let target = d.join("t.txt");
    fs::write(&target, "old").unwrap();
    let mut f = open_file(&target, "w", false, true).unwrap();
    f.write_all(b"new").unwrap();
    assert_eq!(fs::read_to_string(&target).unwrap(), "old");
    f.close().unwrap();
    assert_eq!(fs::read_to_string(&target).unwrap(), "new");

    let mut g = open_file(&target, "w", false, true).unwrap();
    g.write_all(b"half").unwrap();
    #[cfg(target_os = "linux")]
    assert_eq!(
        fs::read_dir(&d).unwrap().count(),
        1,
        "the temporary file has no name"
    );
    drop(g);
    assert_eq!(fs::read_to_string(&target).unwrap(), "new");
    let names: Vec<_> = fs::read_dir(&d)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, [OsString::from("t.txt")]);
    fs::remove_dir_all(&d).unwrap();
}

#[test]
fn lazy_write_creates_on_first_write() {
    let d = temp_dir("lazy");
    let target = d.join("l.txt");
    let mut f = open_file(&target, "w", true, false).unwrap();
    assert!(!target.exists());
    writeln!(f, "x").unwrap();
    f.close().unwrap();
    assert_eq!(fs::read_to_string(&target).unwrap(), "x\n");
    fs::remove_dir_all(&d).unwrap();
}

#[test]
fn read_lines() {
    let d = temp_dir("read");
    let p = d.join("r.txt");
    fs::write(&p, "a\nb\n").unwrap();
    let f = open_file(&p, "r", false, false).unwrap();
    let lines: Vec<String> = f.lines().map(|l| l.unwrap()).collect();
    assert_eq!(lines, ["a", "b"]);
    fs::remove_dir_all(&d).unwrap();
}

#[test]
fn lines_that_are_not_utf8_fail_with_pythons_message_and_bytes_still_read() {
    let d = temp_dir("utf8");
    let p = d.join("b.txt");
    fs::write(&p, b"ok\n\xe9t\xc3\xa9\n\xc3(\n").unwrap();
    let f = open_file(&p, "r", false, false).unwrap();
    let lines: Vec<Result<String, String>> =
        f.lines().map(|l| l.map_err(|e| e.to_string())).collect();
    assert_eq!(
        lines,
        [
            Ok("ok".to_string()),
            Err(
                "'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte"
                    .into()
            ),
            Err(
                "'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte"
                    .into()
            ),
        ]
    );
    let mut f = open_file(&p, "r", false, false).unwrap();
    let mut bytes = Vec::new();
    f.read_to_end(&mut bytes).unwrap();
    assert_eq!(bytes, b"ok\n\xe9t\xc3\xa9\n\xc3(\n");
    fs::remove_dir_all(&d).unwrap();
}

#[test]
fn reading_a_folder_fails_at_open_as_in_python() {
    let d = temp_dir("folder");
    let err = open_file(&d, "r", false, false).unwrap_err();
    assert!(
        err.message().contains("Is a directory"),
        "{}",
        err.message()
    );
    fs::remove_dir_all(&d).unwrap();
}

fn write_atomically(path: &Path, text: &str) {
    let mut f = open_file(path, "w", false, true).unwrap();
    f.write_all(text.as_bytes()).unwrap();
    f.close().unwrap();
}

#[cfg(unix)]
#[test]
fn atomic_writes_go_through_symbolic_links_to_their_target() {
    use std::os::unix::fs::symlink;
    let d = temp_dir("links");
    fs::create_dir(d.join("elsewhere")).unwrap();
    let real = d.join("elsewhere").join("real.txt");
    fs::write(&real, "old").unwrap();
    // A chain: relative link to an absolute link to the file.
    symlink(&real, d.join("abs")).unwrap();
    symlink("abs", d.join("rel")).unwrap();
    write_atomically(&d.join("rel"), "new");
    assert_eq!(fs::read_to_string(&real).unwrap(), "new");
    for link in ["abs", "rel"] {
        let m = fs::symlink_metadata(d.join(link)).unwrap();
        assert!(m.file_type().is_symlink(), "{link} was replaced");
    }
    // A link to a file not there yet creates that file.
    symlink("elsewhere/later.txt", d.join("dangling")).unwrap();
    write_atomically(&d.join("dangling"), "made");
    assert_eq!(
        fs::read_to_string(d.join("elsewhere/later.txt")).unwrap(),
        "made"
    );
    assert!(
        fs::symlink_metadata(d.join("dangling"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    // Nothing else was left in either folder.
    let mut names: Vec<_> = fs::read_dir(d.join("elsewhere"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["later.txt", "real.txt"]);
    assert_eq!(fs::read_dir(&d).unwrap().count(), 4);
    // A loop is an error, not a replaced link.
    symlink("loop", d.join("loop")).unwrap();
    assert!(open_file(d.join("loop"), "w", false, true).is_err());
    assert!(
        fs::symlink_metadata(d.join("loop"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    fs::remove_dir_all(&d).unwrap();
}

#[cfg(unix)]
#[test]
fn atomic_writes_keep_the_permission_bits_and_owner() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let d = temp_dir("mode");
    let target = d.join("shared.txt");
    for mode in [0o666, 0o600, 0o751, 0o604] {
        fs::write(&target, "old").unwrap();
        fs::set_permissions(&target, fs::Permissions::from_mode(mode)).unwrap();
        write_atomically(&target, "new");
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        let got = fs::metadata(&target).unwrap().mode() & 0o7777;
        assert_eq!(got, mode, "{got:o} for {mode:o}");
    }
    // Run as root, the owner can be kept too.
    if fs::metadata(&target).unwrap().uid() == 0 {
        std::os::unix::fs::chown(&target, Some(4321), Some(4322)).unwrap();
        write_atomically(&target, "owned");
        let m = fs::metadata(&target).unwrap();
        assert_eq!((m.uid(), m.gid()), (4321, 4322));
    }
    fs::remove_dir_all(&d).unwrap();
}
