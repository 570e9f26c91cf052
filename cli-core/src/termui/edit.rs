//! Editing text in the user's editor (Click's `click.edit`).
//!
//! The editor is the one given, else `$VISUAL`, else `$EDITOR`, else the
//! first of `sensible-editor`, `vim` and `nano` found on `PATH`, else `vi`;
//! its command line is split like a shell's (`shell-words`). Text is edited
//! in a temporary file named `editor-*.txt` (with the chosen extension) that
//! is removed afterwards; when the editor exits without saving, the result
//! is `None`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::Error;
use crate::io::Io;

/// An editing session; build it with [`editor`], then call
/// [`edit`](Editor::edit) or [`edit_file`](Editor::edit_file).
///
/// ```no_run
/// let text = clack_core::termui::editor().extension(".md").edit("# Title\n")?;
/// # Ok::<(), clack_core::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Editor {
    editor: Option<String>,
    env: Vec<(OsString, OsString)>,
    require_save: bool,
    extension: String,
}

/// A new editing session with Click's defaults: the editor from the
/// environment, saving required, the extension `.txt`.
///
/// ```no_run
/// let edited = clack_core::termui::editor().editor("nano").edit("text")?;
/// # Ok::<(), clack_core::Error>(())
/// ```
pub fn editor() -> Editor {
    Editor {
        editor: None,
        env: Vec::new(),
        require_save: true,
        extension: ".txt".to_string(),
    }
}

/// Edit `text` in the user's editor and return the result, or `None` when
/// the file was not saved (Click's `click.edit(text)`).
///
/// # Errors
/// The editor could not be started or exited with a failure
/// (`<editor>: Editing failed`).
///
/// ```no_run
/// if let Some(message) = clack_core::termui::edit("\n# Describe the change.\n")? {
///     clack_core::echo(message);
/// }
/// # Ok::<(), clack_core::Error>(())
/// ```
pub fn edit(text: &str) -> Result<Option<String>, Error> {
    editor().edit(text)
}

impl Editor {
    /// Use this editor command instead of the environment's.
    ///
    /// ```
    /// let e = clack_core::termui::editor().editor("nano -w");
    /// # let _ = e;
    /// ```
    pub fn editor(mut self, command: impl Into<String>) -> Self {
        self.editor = Some(command.into());
        self
    }

    /// Set an environment variable for the editor.
    ///
    /// ```
    /// let e = clack_core::termui::editor().env("LANG", "C.UTF-8");
    /// # let _ = e;
    /// ```
    pub fn env(mut self, key: impl Into<OsString>, value: impl Into<OsString>) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }

    /// Whether an unsaved file means `None` (default yes). When no, the
    /// text is returned even if the editor did not save it.
    ///
    /// ```
    /// let e = clack_core::termui::editor().require_save(false);
    /// # let _ = e;
    /// ```
    pub fn require_save(mut self, yes: bool) -> Self {
        self.require_save = yes;
        self
    }

    /// The temporary file's extension, with its dot (default `.txt`), so
    /// that the editor picks the right syntax.
    ///
    /// ```
    /// let e = clack_core::termui::editor().extension(".toml");
    /// # let _ = e;
    /// ```
    pub fn extension(mut self, extension: impl Into<String>) -> Self {
        self.extension = extension.into();
        self
    }

    /// Edit `text` in a temporary file; `None` when it was not saved.
    ///
    /// # Errors
    /// The temporary file could not be written or read, or the editor failed.
    ///
    /// ```
    /// #[cfg(unix)] {
    /// let text = clack_core::termui::editor().editor("true").require_save(false).edit("same")?;
    /// assert_eq!(text.as_deref(), Some("same\n"));
    /// }
    /// # Ok::<(), clack_core::Error>(())
    /// ```
    pub fn edit(&self, text: &str) -> Result<Option<String>, Error> {
        let io = super::current_io();
        let mut data = text.to_string();
        if !data.is_empty() && !data.ends_with('\n') {
            data.push('\n');
        }
        let dir = io
            .env()
            .get("TMPDIR")
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
            .unwrap_or_else(std::env::temp_dir);
        let temp = TempFile::create(&io.resolve(dir), &self.extension)?;
        std::fs::write(&temp.0, data.as_bytes()).map_err(|e| fs_error(&temp.0, &e))?;
        // Move the modification time two seconds back, so that a fast editor
        // on a coarse file system still changes it (as Click does).
        let before = backdate(&temp.0);
        self.run(&io, &[temp.0.as_os_str().to_owned()])?;
        if self.require_save && modified(&temp.0) == before {
            return Ok(None);
        }
        let bytes = std::fs::read(&temp.0).map_err(|e| fs_error(&temp.0, &e))?;
        let text = String::from_utf8_lossy(&bytes);
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        Ok(Some(text.replace("\r\n", "\n")))
    }

    /// Open `path` itself in the editor (Click's `click.edit(filename=...)`).
    ///
    /// # Errors
    /// The editor could not be started or exited with a failure.
    ///
    /// ```no_run
    /// clack_core::termui::editor().edit_file("notes.txt")?;
    /// # Ok::<(), clack_core::Error>(())
    /// ```
    pub fn edit_file(&self, path: impl AsRef<Path>) -> Result<(), Error> {
        let io = super::current_io();
        self.run(&io, &[path.as_ref().as_os_str().to_owned()])
    }

    /// The editor command: given, `$VISUAL`, `$EDITOR`, or a common one.
    fn command(&self, io: &Io) -> String {
        if let Some(e) = &self.editor {
            return e.clone();
        }
        for key in ["VISUAL", "EDITOR"] {
            if let Some(v) = io.env().var(key).filter(|v| !v.is_empty()) {
                return v;
            }
        }
        for candidate in ["sensible-editor", "vim", "nano"] {
            if on_path(io, candidate) {
                return candidate.to_string();
            }
        }
        "vi".to_string()
    }

    fn run(&self, io: &Io, files: &[OsString]) -> Result<(), Error> {
        let editor = self.command(io);
        let failed = |detail: String| Error::failure(format!("{editor}: Editing failed{detail}"));
        let words = shell_words::split(&editor).map_err(|e| failed(format!(": {e}")))?;
        let Some((program, args)) = words.split_first() else {
            return Err(failed(String::new()));
        };
        let mut command = std::process::Command::new(program);
        command.args(args).args(files);
        io.env().apply_to(&mut command);
        for (k, v) in &self.env {
            command.env(k, v);
        }
        if let Some(dir) = io.cwd() {
            command.current_dir(dir);
        }
        // Ctrl-C reaches the editor (in the terminal's foreground group as
        // this process is); it is noted here, the editor is waited for, and
        // then the edit is abandoned as Click abandons it (`Aborted!`), the
        // temporary file removed on the way out.
        let watch = crate::sys::Watch::new(crate::sys::OnInterrupt::Note);
        // Python's OSError reads `[Errno 2] No such file or directory: 'vim'`.
        let status = command.status().map_err(|e| {
            let reason = crate::fileio::strerror(&e);
            let program = crate::compat::repr::py_repr(program);
            match e.raw_os_error() {
                Some(code) => failed(format!(": [Errno {code}] {reason}: {program}")),
                None => failed(format!(": {reason}")),
            }
        })?;
        drop(watch);
        if crate::sys::take_interrupt() {
            return Err(Error::interrupted());
        }
        if status.success() {
            Ok(())
        } else {
            Err(failed(String::new()))
        }
    }
}

/// Whether `program` is an executable file in one of `PATH`'s folders.
pub(crate) fn on_path(io: &Io, program: &str) -> bool {
    let Some(path) = io.env().get("PATH") else {
        return false;
    };
    std::env::split_paths(&path).any(|dir| {
        let candidate = dir.join(program);
        std::fs::metadata(&candidate).is_ok_and(|m| m.is_file() && is_executable(&m))
    })
}

#[cfg(unix)]
fn is_executable(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode() & 0o111 != 0
}

#[cfg(not(unix))]
fn is_executable(_meta: &std::fs::Metadata) -> bool {
    true
}

fn fs_error(path: &Path, e: &std::io::Error) -> Error {
    Error::file(
        &path.to_string_lossy(),
        crate::fileio::strerror(e).to_string(),
    )
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

fn backdate(path: &Path) -> Option<SystemTime> {
    let now = modified(path)?;
    let earlier = now.checked_sub(Duration::from_secs(2))?;
    let file = std::fs::OpenOptions::new().write(true).open(path).ok()?;
    file.set_modified(earlier).ok()?;
    drop(file);
    modified(path)
}

/// A temporary file, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn create(dir: &Path, extension: &str) -> Result<TempFile, Error> {
        let seed = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0)
            ^ std::process::id().rotate_left(16);
        let mut last = None;
        for attempt in 0..100u32 {
            let tag = seed.wrapping_mul(2_654_435_761).wrapping_add(attempt);
            let path = dir.join(format!("editor-{tag:08x}{extension}"));
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(_) => return Ok(TempFile(path)),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => {
                    last = Some(e);
                    break;
                }
            }
        }
        let e = last.unwrap_or_else(|| std::io::Error::other("no free temporary file name"));
        Err(fs_error(dir, &e))
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

// Unix only: the tests run shell scripts as editors.
#[allow(clippy::mixed_attributes_style)]
#[cfg(test)]
mod tests {
    #![cfg(unix)]

    use super::*;
    use crate::testing::Runner;
    use crate::{Command, Output};

    fn run_with_editor(editor: &str) -> (String, String) {
        let cmd = Command::new("ed").callback(|_ctx| {
            match edit("hello")? {
                Some(t) => crate::echo(format!("got {t:?}")),
                None => crate::echo("unchanged"),
            }
            Ok(Output::none())
        });
        let r = Runner::new()
            .env("EDITOR", editor)
            .invoke(&cmd, [] as [&str; 0]);
        (r.stdout, r.stderr)
    }

    #[test]
    fn unchanged_file_is_none() {
        assert_eq!(run_with_editor("true").0, "unchanged\n");
    }

    #[test]
    fn saved_file_is_returned_and_the_editor_line_is_split() {
        let (out, _) = run_with_editor("sh -c 'printf \"bye\\r\\n\" >> \"$0\"'");
        assert_eq!(out, "got \"hello\\nbye\\n\"\n");
    }

    #[test]
    fn failing_editor_is_an_error() {
        let (_, err) = run_with_editor("false");
        assert_eq!(err, "Error: false: Editing failed\n");
        let (_, err) = run_with_editor("/nonexistent/editor");
        assert!(
            err.starts_with("Error: /nonexistent/editor: Editing failed: "),
            "{err}"
        );
    }
}
