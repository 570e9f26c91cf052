//! Small terminal helpers: `getchar`, `pause`, `clear`, `launch`,
//! `get_app_dir` and `format_filename` (Click's functions of those names).
//!
//! Key presses are read raw from a terminal (no echo, no line editing, with
//! the settings restored afterwards) and from the input otherwise, so that
//! the testing runner can feed them.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use crate::Error;

/// Read one key press (Click's `click.getchar`): raw from the terminal
/// (standard input's, or the process's own when standard input is
/// redirected), or the next character of the input when there is no
/// terminal or under the testing runner. With `echo`, the key is
/// written to standard output when that is a terminal (and always under
/// the testing runner, as Click's `CliRunner` does).
///
/// # Errors
/// [`Error::abort`] for Ctrl-D or the end of input, [`Error::interrupted`]
/// for Ctrl-C.
///
/// ```no_run
/// let key = clack_core::termui::getchar(false)?;
/// # Ok::<(), clack_core::Error>(())
/// ```
pub fn getchar(echo: bool) -> Result<String, Error> {
    let io = super::current_io();
    let key = if io.stdin_is_terminal() {
        crate::term::read_raw_key(&io)
    } else if io.captured_buffers().is_none() {
        // Like Click, ask the terminal itself when standard input is
        // redirected; without one, read the input.
        crate::term::read_raw_key_from_tty().or_else(|_| read_char(&io))
    } else {
        read_char(&io)
    };
    match key {
        Ok(Some(key)) => {
            // Under the testing runner the key is echoed as Click's
            // `CliRunner` does, whatever the streams are.
            if echo && (io.stdout_is_terminal() || io.captured_buffers().is_some()) {
                io.write_out(&key);
            }
            Ok(key)
        }
        Ok(None) => Err(Error::abort()),
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => Err(Error::interrupted()),
        Err(_) => Err(Error::abort()),
    }
}

/// One UTF-8 character from a stream that is not a terminal.
fn read_char(io: &crate::io::Io) -> std::io::Result<Option<String>> {
    let mut bytes = Vec::new();
    let mut byte = [0u8; 1];
    loop {
        if io.with_stdin(|r| r.read(&mut byte))? == 0 {
            break;
        }
        bytes.push(byte[0]);
        let want = match bytes[0] {
            b if b < 0x80 => 1,
            b if b >= 0xF0 => 4,
            b if b >= 0xE0 => 3,
            b if b >= 0xC0 => 2,
            _ => 1,
        };
        if bytes.len() >= want {
            break;
        }
    }
    Ok((!bytes.is_empty()).then(|| String::from_utf8_lossy(&bytes).into_owned()))
}

/// Show `info` and wait for any key (Click's `click.pause`); does nothing
/// unless standard input and output are terminals. Ctrl-C and Ctrl-D just
/// end the wait.
///
/// ```
/// clack_core::termui::pause("Press any key to continue...");
/// ```
pub fn pause(info: &str) {
    let io = super::current_io();
    if !io.stdin_is_terminal() || !io.stdout_is_terminal() {
        return;
    }
    if !info.is_empty() {
        crate::echo_no_nl(info);
    }
    let _ = getchar(false);
    crate::echo("");
}

/// Clear the terminal and move the cursor home (Click's `click.clear`);
/// does nothing when standard output is not a terminal.
///
/// ```
/// clack_core::termui::clear();
/// ```
pub fn clear() {
    let io = super::current_io();
    if io.stdout_is_terminal() {
        io.write_out("\x1b[2J\x1b[1;1H");
    }
}

/// Open `url` (or a file) in its default application (Click's
/// `click.launch`), with `xdg-open` (`open` on macOS). With `wait`, wait
/// for it and return its exit code; with `locate`, open the folder that
/// holds the file instead. 1 when the opener cannot be started.
///
/// ```no_run
/// let code = clack_core::termui::launch("https://example.invalid/", false, false);
/// ```
pub fn launch(url: &str, wait: bool, locate: bool) -> i32 {
    let io = super::current_io();
    let file = unquote_file(url);
    let target = if locate && !cfg!(target_os = "macos") {
        // `os.path.dirname`: everything before the last slash, or ".".
        match file.rfind('/') {
            Some(0) => "/".to_string(),
            Some(i) => file[..i].trim_end_matches('/').to_string(),
            None => ".".to_string(),
        }
    } else {
        file
    };
    let mut command = if cfg!(target_os = "macos") {
        let mut c = std::process::Command::new("open");
        if wait {
            c.arg("-W");
        }
        if locate {
            c.arg("-R");
        }
        c
    } else {
        std::process::Command::new("xdg-open")
    };
    command.arg(&target);
    io.env().apply_to(&mut command);
    if let Some(dir) = io.cwd() {
        command.current_dir(dir);
    }
    match command.spawn() {
        Ok(mut child) if wait => child.wait().ok().and_then(|s| s.code()).unwrap_or(1),
        Ok(_) => 0,
        Err(_) => 1,
    }
}

/// A `file://` URL as a path, with `%XX` escapes decoded; other URLs as given.
fn unquote_file(url: &str) -> String {
    let Some(path) = url.strip_prefix("file://") else {
        return url.to_string();
    };
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) = (
                bytes.get(i + 1).copied().and_then(hex),
                bytes.get(i + 2).copied().and_then(hex),
            )
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The folder for an application's configuration (Click's
/// `click.get_app_dir`): `$XDG_CONFIG_HOME/<name>` (else
/// `~/.config/<name>`) with the name lowercased and spaces turned into
/// dashes, `~/Library/Application Support/<Name>` on macOS, and with
/// `force_posix`, `~/.<name>`.
///
/// ```
/// use clack_core::{Command, Output, testing::Runner};
/// let cmd = Command::new("cfg").callback(|_| {
///     clack_core::echo(clack_core::termui::get_app_dir("Foo Bar", true).display().to_string());
///     Ok(Output::none())
/// });
/// let r = Runner::new().env("HOME", "/home/ada").invoke(&cmd, [] as [&str; 0]);
/// assert_eq!(r.stdout, "/home/ada/.foo-bar\n");
/// ```
pub fn get_app_dir(app_name: &str, force_posix: bool) -> PathBuf {
    super::app_dir_in(&super::current_io(), app_name, force_posix)
}

/// A file name fit for display (Click's `click.format_filename`): bytes
/// that are not UTF-8 become `U+FFFD`; with `shorten`, only the last part.
///
/// ```
/// use clack_core::termui::format_filename;
/// assert_eq!(format_filename("/var/log/app.log", true), "app.log");
/// assert_eq!(format_filename("/var/log/app.log", false), "/var/log/app.log");
/// ```
pub fn format_filename(name: impl AsRef<OsStr>, shorten: bool) -> String {
    let name = name.as_ref();
    let name = if shorten {
        Path::new(name).file_name().unwrap_or(name)
    } else {
        name
    };
    name.to_string_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Runner;
    use crate::{Command, Output};

    fn run(input: &str, terminal: bool, f: fn() -> Result<(), Error>) -> crate::testing::RunResult {
        let cmd = Command::new("t").callback(move |_| {
            f()?;
            Ok(Output::none())
        });
        Runner::new()
            .input(input)
            .terminal(terminal)
            .env("HOME", "/h")
            .env_remove("XDG_CONFIG_HOME")
            .invoke(&cmd, [] as [&str; 0])
    }

    #[test]
    fn getchar_reads_characters_from_input() {
        let r = run("éx", false, || {
            crate::echo(format!("{}|{}", getchar(false)?, getchar(true)?));
            getchar(false).map(|_| ())
        });
        // The echoed key comes first, as under Click's runner.
        assert_eq!((r.stdout.as_str(), r.exit_code), ("xé|x\n", 1));
        assert_eq!(r.stderr, "Aborted!\n");
    }

    #[test]
    fn clear_and_pause_only_on_a_terminal() {
        let f = || {
            clear();
            pause("Press any key");
            Ok(())
        };
        assert_eq!(run("", false, f).stdout, "");
        assert_eq!(run("", true, f).stdout, "\x1b[2J\x1b[1;1H");
    }

    #[test]
    fn file_urls_are_unquoted() {
        assert_eq!(unquote_file("file:///tmp/a%20b%zz"), "/tmp/a b%zz");
        assert_eq!(
            unquote_file("https://x.invalid/%20"),
            "https://x.invalid/%20"
        );
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn launch_runs_xdg_open_with_the_path() {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("clack-launch-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let script = dir.join("xdg-open");
        let log = dir.join("log");
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\nexit 3\n",
                log.display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        let cmd = Command::new("l").callback(|_| {
            let waited = launch("file:///srv/my%20notes/a.txt", true, false);
            let located = launch("file:///srv/my%20notes/a.txt", true, true);
            crate::echo(format!("{waited} {located}"));
            Ok(Output::none())
        });
        // A script just written can be "busy" for a moment while another
        // test thread forks; try again then.
        let mut r = Runner::new()
            .env("PATH", &dir)
            .invoke(&cmd, [] as [&str; 0]);
        for _ in 0..5 {
            if r.stdout == "3 3\n" {
                break;
            }
            let _ = std::fs::remove_file(&log);
            std::thread::sleep(std::time::Duration::from_millis(50));
            r = Runner::new()
                .env("PATH", &dir)
                .invoke(&cmd, [] as [&str; 0]);
        }
        assert_eq!(r.stdout, "3 3\n");
        let calls = std::fs::read_to_string(&log).unwrap();
        assert_eq!(calls, "/srv/my notes/a.txt\n/srv/my notes\n");
        let r = Runner::new()
            .env("PATH", "/nonexistent")
            .invoke(&cmd, [] as [&str; 0]);
        assert_eq!(r.stdout, "1 1\n");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    #[cfg(not(target_os = "macos"))]
    fn app_dir_follows_xdg() {
        let r = run("", false, || {
            crate::echo(get_app_dir("My App", false).display().to_string());
            Ok(())
        });
        assert_eq!(r.stdout, "/h/.config/my-app\n");
    }

    #[test]
    #[cfg(unix)]
    fn format_filename_replaces_bad_bytes() {
        use std::os::unix::ffi::OsStrExt;
        let name = OsStr::from_bytes(b"/tmp/a\xffb.txt");
        assert_eq!(format_filename(name, true), "a\u{fffd}b.txt");
    }
}
