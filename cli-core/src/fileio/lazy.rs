//! Lazy and atomic files: what `open_file` returns and a `File` parameter
//! holds (behind the `files` feature).

use std::cell::RefCell;
use std::ffi::{OsStr, OsString};
use std::fs;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::strerror;
use crate::Error;
use crate::io::Io;

/// How a file is opened, from a Python-style mode string.
///
/// ```
/// use clack_core::fileio::OpenMode;
/// let m = OpenMode::parse("wb").unwrap();
/// assert!(m.write && !m.read);
/// assert!(OpenMode::parse("q").is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenMode {
    /// Opened for reading.
    pub read: bool,
    /// Opened for writing.
    pub write: bool,
    /// Writes go to the end (`a`).
    pub append: bool,
    /// Creation fails if the file exists (`x`).
    pub exclusive: bool,
    /// Truncate on open (`w`).
    pub truncate: bool,
}

impl OpenMode {
    /// Read a mode string: `r`, `w`, `a`, `x`, optionally with `+` and `b`
    /// or `t` (text and binary are the same bytes in Rust).
    ///
    /// ```
    /// assert!(clack_core::fileio::OpenMode::parse("r+").unwrap().write);
    /// ```
    pub fn parse(mode: &str) -> Option<Self> {
        let plus = mode.contains('+');
        let base = mode.chars().find(|c| matches!(c, 'r' | 'w' | 'a' | 'x'))?;
        if mode
            .chars()
            .any(|c| !matches!(c, 'r' | 'w' | 'a' | 'x' | '+' | 'b' | 't'))
        {
            return None;
        }
        Some(OpenMode {
            read: base == 'r' || plus,
            write: base != 'r' || plus,
            append: base == 'a',
            exclusive: base == 'x',
            truncate: base == 'w',
        })
    }

    fn options(&self) -> fs::OpenOptions {
        let mut o = fs::OpenOptions::new();
        o.read(self.read).write(self.write).append(self.append);
        if self.exclusive {
            o.create_new(true);
        } else if self.write {
            o.create(true);
        }
        if self.truncate {
            o.truncate(true);
        }
        o
    }
}

enum Handle {
    Unopened,
    Stdin(Rc<Io>),
    Stdout(Rc<Io>),
    Reader(BufReader<fs::File>),
    Writer(fs::File),
    Atomic {
        file: fs::File,
        /// `None` while the file has no name yet (Linux's `O_TMPFILE`).
        temp: Option<PathBuf>,
        target: PathBuf,
    },
    Closed,
}

struct Inner {
    name: OsString,
    path: PathBuf,
    mode: OpenMode,
    atomic: bool,
    handle: Handle,
}

/// A file as Click hands it to a command: opened now or on first use, `-`
/// meaning standard input or output, optionally written atomically.
///
/// Cloning gives another handle to the same open file. It implements
/// [`Read`], [`BufRead`] and [`Write`]; errors opening it lazily surface as
/// I/O errors whose message is Click's `Could not open file ...`.
///
/// ```
/// use std::io::{Read, Write};
/// let dir = std::env::temp_dir().join(format!("clack-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// let path = dir.join("out.txt");
/// let mut f = clack_core::fileio::open_file(&path, "w", true, false).unwrap();
/// f.write_all(b"hi\n").unwrap();
/// f.close().unwrap();
/// assert_eq!(std::fs::read_to_string(&path).unwrap(), "hi\n");
/// # std::fs::remove_dir_all(&dir).unwrap();
/// ```
#[derive(Clone)]
pub struct LazyFile(Rc<RefCell<Inner>>);

impl std::fmt::Debug for LazyFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let inner = self.0.borrow();
        write!(f, "LazyFile({:?})", inner.name)
    }
}

/// Open `name` Click's way (`click.open_file`): `-` is standard input (for
/// reading) or output (for writing) of the current command; `lazy` delays
/// opening until the first read or write; `atomic` writes to a temporary file
/// that [`LazyFile::close`] renames over the target.
///
/// # Errors
/// A file that cannot be opened now gives a [`Error`] of kind
/// [`File`](crate::ErrorKind::File): `Could not open file 'x': No such file or directory`.
///
/// ```
/// let err = clack_core::fileio::open_file("/nonexistent/x", "r", false, false).unwrap_err();
/// assert_eq!(err.render(), "Error: Could not open file '/nonexistent/x': No such file or directory\n");
/// ```
pub fn open_file(
    name: impl AsRef<OsStr>,
    mode: &str,
    lazy: bool,
    atomic: bool,
) -> Result<LazyFile, Error> {
    let name = name.as_ref().to_os_string();
    let file = LazyFile::new(name.clone(), mode, atomic, None)
        .map_err(|e| Error::file(&name.to_string_lossy(), strerror(&e)))?;
    if !lazy {
        file.open()
            .map_err(|e| Error::file(&name.to_string_lossy(), strerror(&e)))?;
    }
    Ok(file)
}

impl LazyFile {
    /// A file for `name`; `io` gives the streams for `-` and the folder
    /// relative paths are resolved against (the current command's when
    /// `None`).
    pub(crate) fn new(
        name: OsString,
        mode: &str,
        atomic: bool,
        io: Option<Rc<Io>>,
    ) -> io::Result<Self> {
        let mode = OpenMode::parse(mode).ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("invalid mode: {mode:?}"),
            )
        })?;
        let io = io.or_else(|| crate::context::current().map(|c| c.io_rc()));
        let path = match &io {
            Some(io) => io.resolve(&name),
            None => PathBuf::from(&name),
        };
        let handle = if name == "-" {
            match io.clone() {
                Some(io) if mode.read && !mode.write => Handle::Stdin(io),
                Some(io) => Handle::Stdout(io),
                None => Handle::Unopened,
            }
        } else {
            Handle::Unopened
        };
        Ok(LazyFile(Rc::new(RefCell::new(Inner {
            name,
            path,
            mode,
            atomic,
            handle,
        }))))
    }

    /// The name the file was given (as typed on the command line), or, for
    /// `-`, `<stdin>` or `<stdout>` as Python's standard streams call
    /// themselves.
    ///
    /// ```
    /// let f = clack_core::fileio::open_file("-", "r", false, false).unwrap();
    /// assert_eq!(f.name(), "<stdin>");
    /// ```
    pub fn name(&self) -> OsString {
        let inner = self.0.borrow();
        if inner.name == "-" {
            let stream = if inner.mode.read && !inner.mode.write {
                "<stdin>"
            } else {
                "<stdout>"
            };
            return stream.into();
        }
        inner.name.clone()
    }

    /// Open the file now if it is not open yet.
    ///
    /// # Errors
    /// The operating system's error when the file cannot be opened.
    pub fn open(&self) -> io::Result<()> {
        let mut inner = self.0.borrow_mut();
        if !matches!(inner.handle, Handle::Unopened) {
            return Ok(());
        }
        if inner.name == "-" {
            let io = Rc::new(Io::process());
            inner.handle = if inner.mode.read && !inner.mode.write {
                Handle::Stdin(io)
            } else {
                Handle::Stdout(io)
            };
            return Ok(());
        }
        let mode = inner.mode;
        if inner.atomic && mode.write {
            let target = follow_links(&inner.path)?;
            let (file, temp) = create_temp_beside(&target)?;
            inner.handle = Handle::Atomic { file, temp, target };
        } else if mode.write {
            inner.handle = Handle::Writer(mode.options().open(&inner.path)?);
        } else {
            let file = mode.options().open(&inner.path)?;
            if file.metadata()?.is_dir() {
                return Err(is_a_directory());
            }
            inner.handle = Handle::Reader(BufReader::new(file));
        }
        Ok(())
    }

    /// Flush and close the file. An atomic file is renamed over its target
    /// now; standard streams are flushed but stay open.
    ///
    /// # Errors
    /// Flushing or renaming failed.
    pub fn close(&self) -> io::Result<()> {
        let mut inner = self.0.borrow_mut();
        let handle = std::mem::replace(&mut inner.handle, Handle::Closed);
        match handle {
            Handle::Atomic { file, temp, target } => commit_atomic(file, temp, &target),
            Handle::Writer(mut f) => f.flush(),
            Handle::Stdout(io) => {
                let r = io.with_stdout(|w| w.flush());
                inner.handle = Handle::Stdout(io);
                r
            }
            Handle::Stdin(io) => {
                inner.handle = Handle::Stdin(io);
                Ok(())
            }
            Handle::Unopened => {
                inner.handle = Handle::Unopened;
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Close without keeping what was written to an atomic file: the
    /// temporary file is removed and the target left untouched.
    pub fn discard(&self) {
        let mut inner = self.0.borrow_mut();
        if let Handle::Atomic {
            temp: Some(temp), ..
        } = std::mem::replace(&mut inner.handle, Handle::Closed)
        {
            let _ = fs::remove_file(temp);
        }
    }

    fn opened<R>(&self, f: impl FnOnce(&mut Handle) -> io::Result<R>) -> io::Result<R> {
        self.open().map_err(|e| {
            let name = self.0.borrow().name.to_string_lossy().into_owned();
            io::Error::new(
                e.kind(),
                format!(
                    "Could not open file {}: {}",
                    crate::compat::repr::py_repr(&name),
                    strerror(&e)
                ),
            )
        })?;
        let mut inner = self.0.borrow_mut();
        f(&mut inner.handle)
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        if let Handle::Atomic {
            temp: Some(temp), ..
        } = &self.handle
        {
            let _ = fs::remove_file(temp);
        }
    }
}

fn not_for(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::Unsupported,
        format!("file not open for {what}"),
    )
}

impl Read for LazyFile {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.opened(|h| match h {
            Handle::Reader(r) => r.read(buf),
            Handle::Stdin(io) => io.with_stdin(|r| r.read(buf)),
            _ => Err(not_for("reading")),
        })
    }
}

impl BufRead for LazyFile {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        // The buffer lives behind a RefCell, so it cannot be lent out; read
        // through `read_line`/`lines`, which are provided on top of `read`
        // by this implementation's `read_until`.
        Err(io::Error::new(
            io::ErrorKind::Unsupported,
            "use read_line or lines on a LazyFile",
        ))
    }
    fn consume(&mut self, _amt: usize) {}
    fn read_until(&mut self, byte: u8, buf: &mut Vec<u8>) -> io::Result<usize> {
        self.opened(|h| match h {
            Handle::Reader(r) => r.read_until(byte, buf),
            Handle::Stdin(io) => io.with_stdin(|r| r.read_until(byte, buf)),
            _ => Err(not_for("reading")),
        })
    }
    /// Read a line of UTF-8 text. Bytes that are not UTF-8 are an error of
    /// kind [`InvalidData`](io::ErrorKind::InvalidData) with Python's
    /// message, as reading a text file in Click fails (`errors='strict'`);
    /// read bytes with [`read_until`](BufRead::read_until) instead.
    fn read_line(&mut self, buf: &mut String) -> io::Result<usize> {
        let mut bytes = Vec::new();
        let n = self.read_until(b'\n', &mut bytes)?;
        match String::from_utf8(bytes) {
            Ok(text) => buf.push_str(&text),
            Err(e) => return Err(decode_error(e.as_bytes(), e.utf8_error())),
        }
        Ok(n)
    }
}

/// Python's `UnicodeDecodeError` message for bytes that are not UTF-8.
fn decode_error(bytes: &[u8], e: std::str::Utf8Error) -> io::Error {
    let at = e.valid_up_to();
    let byte = bytes.get(at).copied().unwrap_or_default();
    let reason = match e.error_len() {
        None => "unexpected end of data",
        Some(_) if (0x80..0xc2).contains(&byte) || byte >= 0xf5 => "invalid start byte",
        Some(_) => "invalid continuation byte",
    };
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("'utf-8' codec can't decode byte {byte:#04x} in position {at}: {reason}"),
    )
}

impl Write for LazyFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.opened(|h| match h {
            Handle::Writer(f) => f.write(buf),
            Handle::Atomic { file, .. } => file.write(buf),
            Handle::Stdout(io) => io.try_write(false, buf).map(|()| buf.len()),
            _ => Err(not_for("writing")),
        })
    }
    fn flush(&mut self) -> io::Result<()> {
        let inner = &mut *self.0.borrow_mut();
        match &mut inner.handle {
            Handle::Writer(f) => f.flush(),
            Handle::Atomic { file, .. } => file.flush(),
            Handle::Stdout(io) => io.with_stdout(|w| w.flush()),
            _ => Ok(()),
        }
    }
}

/// Create the file an atomic write goes to, in `target`'s folder. On Linux
/// it is an unnamed file (`O_TMPFILE`), so that a process killed mid-write
/// leaves nothing behind; it gets a name only when committed. Elsewhere, or
/// when the file system cannot do that, it is a hidden `.__atomic-write*`
/// file removed on failure.
fn create_temp_beside(target: &Path) -> io::Result<(fs::File, Option<PathBuf>)> {
    let mode = existing_mode(target);
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        if let Ok(file) = crate::sys::open_unnamed_in(&folder_of(target), mode) {
            take_over_owner_and_mode(&file, target);
            return Ok((file, None));
        }
    }
    let (file, path) = create_named_beside(target, mode)?;
    take_over_owner_and_mode(&file, target);
    Ok((file, Some(path)))
}

/// Where an atomic write to `path` lands: a symbolic link is followed (to
/// the end of a chain of them) so that the write replaces the file it
/// points to and the link stays, as Click's `os.path.realpath` does. A
/// link to a file that does not exist yet leads to where it would be.
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut path = path.to_path_buf();
    // Linux's own limit on links followed in one lookup.
    for _ in 0..40 {
        match fs::symlink_metadata(&path) {
            Ok(m) if m.file_type().is_symlink() => {
                let link = fs::read_link(&path)?;
                path = if link.is_absolute() {
                    link
                } else {
                    folder_of(&path).join(link)
                };
            }
            _ => return Ok(path),
        }
    }
    Err(crate::sys::too_many_links())
}

/// Give the file that will replace `target` the target's owner (where the
/// system allows it: a user may only pick one of their own groups) and
/// its permission bits in full: the mode the file was created with was
/// narrowed by the umask, and a change of owner clears set-id bits. A new
/// target keeps the umask's mode, as any new file does.
fn take_over_owner_and_mode(file: &fs::File, target: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let Ok(old) = fs::metadata(target) else {
            return;
        };
        if std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid())).is_err() {
            let _ = std::os::unix::fs::fchown(file, None, Some(old.gid()));
        }
        let _ = file.set_permissions(fs::Permissions::from_mode(old.mode() & 0o7777));
    }
    #[cfg(not(unix))]
    let _ = (file, target);
}

fn folder_of(target: &Path) -> PathBuf {
    match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The target's permission bits, or `0o666` (less the umask) for a new file.
#[cfg(unix)]
fn existing_mode(target: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(target).map_or(0o666, |m| m.permissions().mode() & 0o7777)
}

#[cfg(not(unix))]
fn existing_mode(_target: &Path) -> u32 {
    0o666
}

/// A new hidden file next to `target`, under a name no other file has.
fn create_named_beside(target: &Path, mode: u32) -> io::Result<(fs::File, PathBuf)> {
    let dir = folder_of(target);
    let stem = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let seed = std::process::id() as u64 ^ nanos();
    for attempt in 0..100u64 {
        let candidate = dir.join(format!(
            ".__atomic-write{:08x}.{stem}",
            seed.wrapping_add(attempt * 7919) & 0xffff_ffff
        ));
        let mut options = fs::OpenOptions::new();
        options.read(true).write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, mode);
        #[cfg(not(unix))]
        let _ = mode;
        match options.open(&candidate) {
            Ok(f) => return Ok((f, candidate)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "no free temporary file name",
    ))
}

/// Put what was written in place of `target`: sync, give an unnamed file
/// a name, rename it over the target. Nothing is left behind on failure.
fn commit_atomic(file: fs::File, temp: Option<PathBuf>, target: &Path) -> io::Result<()> {
    file.sync_all()?;
    let temp = match temp {
        Some(t) => t,
        None => name_unnamed(&file, target)?,
    };
    drop(file);
    fs::rename(&temp, target).inspect_err(|_| {
        let _ = fs::remove_file(&temp);
    })
}

/// Link an `O_TMPFILE` file into `target`'s folder under a temporary name,
/// or, when linking is refused, copy it into a named temporary file.
fn name_unnamed(file: &fs::File, target: &Path) -> io::Result<PathBuf> {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        use std::os::fd::AsRawFd;
        let proc_path = format!("/proc/self/fd/{}", file.as_raw_fd());
        let dir = folder_of(target);
        let seed = std::process::id() as u64 ^ nanos();
        for attempt in 0..100u64 {
            let candidate = dir.join(format!(
                ".__atomic-write{:08x}",
                seed.wrapping_add(attempt * 7919) & 0xffff_ffff
            ));
            match crate::sys::link_following(Path::new(&proc_path), &candidate) {
                Ok(()) => return Ok(candidate),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(_) => break,
            }
        }
    }
    let (mut named, path) = create_named_beside(target, existing_mode(target))?;
    take_over_owner_and_mode(&named, target);
    let copied = (|| {
        use std::io::Seek;
        let mut source = file.try_clone()?;
        source.seek(io::SeekFrom::Start(0))?;
        io::copy(&mut source, &mut named)?;
        named.sync_all()
    })();
    match copied {
        Ok(()) => Ok(path),
        Err(e) => {
            let _ = fs::remove_file(&path);
            Err(e)
        }
    }
}

fn nanos() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
}

/// The error that reading a folder as a file gives: Unix lets `open`
/// succeed and fails the first read, where Python fails the `open`.
fn is_a_directory() -> io::Error {
    crate::sys::is_a_directory()
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
