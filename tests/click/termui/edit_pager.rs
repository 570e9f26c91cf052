//! Click's `tests/test_termui.py`: the editor and the pager.

use std::path::Path;

use clack::termui::editor;
use clack::testing::{Runner, TempDir};
use clack::{Command, Output};

#[cfg(unix)]
fn executable(path: &Path, script: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, script).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[cfg(unix)]
#[test]
fn fast_edit() {
    let result = editor().editor("sed -i~ 's/$/Test/'").edit("a\nb").unwrap();
    assert_eq!(result.as_deref(), Some("aTest\nbTest\n"));
}

/// Editing a file in place returns nothing; the file holds the edit.
#[cfg(unix)]
#[test]
fn edit() {
    let dir = TempDir::new().unwrap();
    let file = dir.path().join("file.txt");
    std::fs::write(&file, "a\nb\n").unwrap();
    editor()
        .editor("sed -i~ 's/$/Test/'")
        .edit_file(&file)
        .unwrap();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "aTest\nbTest\n");
}

/// The file may be given as any path type.
#[cfg(unix)]
#[test]
fn edit_pathlib() {
    let dir = TempDir::new().unwrap();
    let file: std::path::PathBuf = dir.path().join("file.txt");
    std::fs::write(&file, "a\nb\n").unwrap();
    editor()
        .editor("sed -i~ 's/$/Test/'")
        .edit_file(file.as_path())
        .unwrap();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "aTest\nbTest\n");
}

/// A Windows-style editor path in double quotes (backslashes, a drive
/// colon, spaces) reaches the editor unquoted and with its backslashes, and
/// the flag after it stays separate. The "Windows path" is one file name
/// here, which POSIX allows.
#[cfg(unix)]
#[test]
fn editor_windows_path_normalization() {
    let dir = TempDir::new().unwrap();
    let out = dir.path().join("argv.txt");
    let script = format!(
        "#!/bin/sh\nfor a in \"$0\" \"$@\"; do printf '%s\\n' \"$a\"; done > '{}'\n",
        out.display()
    );
    let exe = dir
        .path()
        .join("C:\\Program Files\\Sublime Text 3\\sublime_text.exe");
    executable(&exe, &script);
    let exe = exe.display().to_string();
    let file_arg = dir.path().join("f.txt");
    std::fs::write(&file_arg, "x").unwrap();
    let command = format!("\"{exe}\" --wait");
    editor()
        .editor(command.as_str())
        .edit_file(&file_arg)
        .unwrap();
    let got = std::fs::read_to_string(&out).unwrap();
    let f = file_arg.display().to_string();
    assert_eq!(
        got.lines().collect::<Vec<_>>(),
        [exe.as_str(), "--wait", f.as_str()]
    );
}

/// The editor command is split like a shell's words (quotes, escaped
/// spaces, tabs, surrounding blanks) and run without a shell, with the
/// file names as further arguments.
#[cfg(unix)]
#[test]
fn editor_path_normalization() {
    let dir = TempDir::new().unwrap();
    let out = dir.path().join("argv.txt");
    let script = format!(
        "#!/bin/sh\nfor a in \"$0\" \"$@\"; do printf '%s\\n' \"$a\"; done > '{}'\n",
        out.display()
    );
    let named = |name: &str| {
        let path = dir.path().join(name);
        executable(&path, &script);
        path.display().to_string()
    };
    let plain = named("myeditor");
    let spaced = named("my editor");
    let file_arg = dir.path().join("f.txt");
    let f = file_arg.display().to_string();
    let cases: Vec<(String, Vec<String>)> = vec![
        (
            format!("{plain} --wait --flag"),
            vec![plain.clone(), "--wait".into(), "--flag".into(), f.clone()],
        ),
        (
            format!("\"{spaced}\" --option value arg"),
            vec![
                spaced.clone(),
                "--option".into(),
                "value".into(),
                "arg".into(),
                f.clone(),
            ],
        ),
        (spaced.replace(' ', "\\ "), vec![spaced.clone(), f.clone()]),
        (format!("  {plain}  "), vec![plain.clone(), f.clone()]),
        (format!("'{spaced}'"), vec![spaced.clone(), f.clone()]),
        (
            format!("{plain}\t-u NONE -N"),
            vec![
                plain.clone(),
                "-u".into(),
                "NONE".into(),
                "-N".into(),
                f.clone(),
            ],
        ),
    ];
    for (command, want) in cases {
        std::fs::write(&file_arg, "x").unwrap();
        editor()
            .editor(command.as_str())
            .edit_file(&file_arg)
            .unwrap();
        let got = std::fs::read_to_string(&out).unwrap();
        let got: Vec<&str> = got.lines().collect();
        assert_eq!(got, want, "{command:?}");
    }
    // File names with shell metacharacters or quotes reach the editor as
    // they are.
    for name in [
        "file\"; rm -rf / ; echo \"",
        "file\"name.txt",
        "file'name.txt",
    ] {
        // Not created: the stand-in editor only records its arguments.
        let path = Path::new(name);
        editor().editor(plain.as_str()).edit_file(path).unwrap();
        let got = std::fs::read_to_string(&out).unwrap();
        assert_eq!(
            got.lines().collect::<Vec<_>>(),
            [plain.as_str(), name],
            "{name:?}"
        );
    }
}

/// Variables given to the editor reach its environment.
#[cfg(unix)]
#[test]
fn editor_env_passed_through() {
    let dir = TempDir::new().unwrap();
    let out = dir.path().join("env.txt");
    let script = dir.path().join("ed");
    executable(
        &script,
        &format!("#!/bin/sh\nprintf '%s' \"$MY_VAR\" > '{}'\n", out.display()),
    );
    let file = dir.path().join("f.txt");
    std::fs::write(&file, "x").unwrap();
    editor()
        .editor(script.to_str().unwrap())
        .env("MY_VAR", "1")
        .edit_file(&file)
        .unwrap();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "1");
}

#[cfg(unix)]
#[test]
fn editor_failure_exception() {
    let dir = TempDir::new().unwrap();
    let file = dir.path().join("f.txt");
    std::fs::write(&file, "x").unwrap();
    let err = editor().editor("false").edit_file(&file).unwrap_err();
    assert!(
        err.message().contains("Editing failed"),
        "{}",
        err.message()
    );
}

/// An editor that cannot be started is an error naming the problem.
#[test]
fn editor_nonexistent_exception() {
    let err = editor()
        .editor("clack-tests-nonexistent-editor-7f2")
        .edit_file("f.txt")
        .unwrap_err();
    let message = err.message().to_string();
    assert!(
        message.contains("clack-tests-nonexistent-editor-7f2"),
        "{message}"
    );
    assert!(
        message.contains("No such file") || message.contains("not found"),
        "{message}"
    );
}

#[test]
fn editor_unclosed_quote() {
    let err = editor()
        .editor("\"unclosed")
        .edit_file("f.txt")
        .unwrap_err();
    assert!(
        err.message().contains("Editing failed"),
        "{}",
        err.message()
    );
}

/// Without a terminal the pager is not started: the text is written
/// straight to standard output, styles removed, with a newline at the end.
#[test]
fn echo_via_pager_tty_pager_missing() {
    let cmd = Command::new("cli").callback(|_| {
        clack::termui::echo_via_pager("hello");
        Ok(Output::none())
    });
    let result = Runner::new()
        .env("PAGER", "clack-tests-nonexistent-pager-9b3f2")
        .invoke(&cmd, [""; 0]);
    assert!(result.error.is_none());
    assert_eq!(result.output, "hello\n");
}

/// Text produced piece by piece reaches the output piece by piece, with a
/// newline added at the end.
#[test]
fn echo_via_pager_streams_each_write() {
    let cmd = Command::new("cli").callback(|_| {
        clack::termui::echo_via_pager_chunks(["a\n", "b\n", "c\n"]);
        Ok(Output::none())
    });
    let result = Runner::new().invoke(&cmd, [""; 0]);
    assert_eq!(result.output, "a\nb\nc\n\n");
}
