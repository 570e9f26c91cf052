//! The operating system calls the core makes that the standard library
//! does not offer: the terminal's width and line discipline, `access(2)`,
//! unnamed files and linking them, and a raw write to standard input.
//!
//! This is the only module of the crate allowed `unsafe` code, each block
//! with the reason it is sound. It sits on the `libc` crate rather than a
//! safe wrapper such as `rustix`: the few calls needed here do not pay for
//! the wrapper's build cost (see issue 13). Windows keeps `terminal_size`
//! for the width and has no line discipline to change.

use std::io;
#[cfg(unix)]
use std::os::fd::{AsRawFd, BorrowedFd, RawFd};
use std::path::Path;

/// The width in columns of the terminal on standard output, if it is one
/// and reports a width above zero.
#[cfg(unix)]
pub(crate) fn stdout_columns() -> Option<u16> {
    let mut size = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes one `winsize` through the pointer, which
    // points to a live, properly aligned `winsize` owned by this frame; an
    // fd that is not a terminal makes the call fail without writing.
    let rc = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) };
    (rc == 0 && size.ws_col > 0).then_some(size.ws_col)
}

/// The width in columns of the console on standard output.
#[cfg(windows)]
pub(crate) fn stdout_columns() -> Option<u16> {
    terminal_size::terminal_size_of(io::stdout())
        .map(|(terminal_size::Width(w), _)| w)
        .filter(|&w| w > 0)
}

#[cfg(not(any(unix, windows)))]
pub(crate) fn stdout_columns() -> Option<u16> {
    None
}

/// A path as a C string; `None` when it holds a NUL byte, which no file
/// name can.
#[cfg(unix)]
fn c_path(path: &Path) -> Option<std::ffi::CString> {
    use std::os::unix::ffi::OsStrExt;
    std::ffi::CString::new(path.as_os_str().as_bytes()).ok()
}

/// What `access(2)` checks.
#[derive(Clone, Copy)]
pub(crate) enum Access {
    Read,
    Write,
    Execute,
}

/// `access(2)`: may the real user read, write or execute `path`?
#[cfg(unix)]
pub(crate) fn access(path: &Path, mode: Access) -> bool {
    let Some(path) = c_path(path) else {
        return false;
    };
    let mode = match mode {
        Access::Read => libc::R_OK,
        Access::Write => libc::W_OK,
        Access::Execute => libc::X_OK,
    };
    // SAFETY: `path` is a NUL-terminated string that lives across the call.
    unsafe { libc::access(path.as_ptr(), mode) == 0 }
}

/// `access(2)` approximated from the file's metadata.
#[cfg(not(unix))]
pub(crate) fn access(path: &Path, mode: Access) -> bool {
    match std::fs::metadata(path) {
        Ok(meta) => match mode {
            Access::Read => true,
            Access::Write => !meta.permissions().readonly(),
            Access::Execute => {
                meta.is_dir()
                    || path.extension().is_some_and(|e| {
                        ["exe", "bat", "cmd", "com"]
                            .iter()
                            .any(|x| e.eq_ignore_ascii_case(x))
                    })
            }
        },
        Err(_) => false,
    }
}

/// An unnamed file (`O_TMPFILE`) in the folder `dir`, read-write, with
/// permission bits `mode` (less the umask).
#[cfg(any(target_os = "linux", target_os = "android"))]
pub(crate) fn open_unnamed_in(dir: &Path, mode: u32) -> io::Result<std::fs::File> {
    use std::os::fd::FromRawFd;
    let dir = c_path(dir).ok_or_else(|| io::Error::from(io::ErrorKind::InvalidInput))?;
    let flags = libc::O_RDWR | libc::O_TMPFILE | libc::O_CLOEXEC;
    // SAFETY: `dir` is a NUL-terminated string that lives across the call;
    // the mode is passed as the `c_uint` that `open`'s variadic expects.
    let fd = unsafe { libc::open(dir.as_ptr(), flags, mode as libc::c_uint) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `open` succeeded, so `fd` is a new descriptor that nothing
    // else owns; the `File` takes it over and closes it.
    Ok(unsafe { std::fs::File::from_raw_fd(fd) })
}

/// `linkat(2)` with `AT_SYMLINK_FOLLOW`: give the file `from` leads to
/// (such as `/proc/self/fd/N` for an unnamed file) the new name `to`.
#[cfg(any(target_os = "linux", target_os = "android"))]
pub(crate) fn link_following(from: &Path, to: &Path) -> io::Result<()> {
    let invalid = || io::Error::from(io::ErrorKind::InvalidInput);
    let from = c_path(from).ok_or_else(invalid)?;
    let to = c_path(to).ok_or_else(invalid)?;
    // SAFETY: both paths are NUL-terminated strings that live across the
    // call; AT_FDCWD resolves them from the working directory.
    let rc = unsafe {
        libc::linkat(
            libc::AT_FDCWD,
            from.as_ptr(),
            libc::AT_FDCWD,
            to.as_ptr(),
            libc::AT_SYMLINK_FOLLOW,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// The error of a lookup through too many symbolic links (`ELOOP`).
pub(crate) fn too_many_links() -> io::Error {
    #[cfg(unix)]
    {
        io::Error::from_raw_os_error(libc::ELOOP)
    }
    #[cfg(not(unix))]
    {
        io::Error::other("Too many levels of symbolic links")
    }
}

/// The error of reading a folder as a file (`EISDIR`).
pub(crate) fn is_a_directory() -> io::Error {
    #[cfg(unix)]
    {
        io::Error::from_raw_os_error(libc::EISDIR)
    }
    #[cfg(not(unix))]
    {
        io::Error::new(io::ErrorKind::IsADirectory, "Is a directory")
    }
}

/// One `write(2)` of `text` to standard input's descriptor (the terminal
/// it reads from, which is open for writing too); errors are ignored.
#[cfg(unix)]
pub(crate) fn write_to_stdin(text: &[u8]) {
    // SAFETY: the pointer and length describe `text`, which lives across
    // the call; `write` only reads from it.
    let _ = unsafe { libc::write(libc::STDIN_FILENO, text.as_ptr().cast(), text.len()) };
}

/// When a change to the terminal's settings takes effect.
#[cfg(unix)]
#[derive(Clone, Copy)]
pub(crate) enum When {
    /// At once.
    Now,
    /// Once pending output is written.
    Drain,
    /// Once pending output is written, dropping input not yet read.
    Flush,
}

/// A terminal's settings (`struct termios`), as read from a descriptor.
#[cfg(unix)]
#[derive(Clone, Copy)]
pub(crate) struct Termios(libc::termios);

#[cfg(unix)]
impl Termios {
    /// The settings of the terminal on `fd`; fails when it is not one.
    pub(crate) fn of(fd: BorrowedFd<'_>) -> io::Result<Termios> {
        let mut t = std::mem::MaybeUninit::<libc::termios>::uninit();
        // SAFETY: `t` is valid for writes of one `termios`, which
        // `tcgetattr` fills in full when it returns 0.
        if unsafe { libc::tcgetattr(fd.as_raw_fd(), t.as_mut_ptr()) } != 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: `tcgetattr` succeeded, so `t` is initialised.
        Ok(Termios(unsafe { t.assume_init() }))
    }

    /// These settings without echo, line editing and signal keys, reading
    /// as soon as one byte is there (a key press at a time).
    pub(crate) fn raw_keys(&self) -> Termios {
        let mut t = self.0;
        t.c_lflag &= !(libc::ECHO | libc::ICANON | libc::ISIG);
        t.c_cc[libc::VMIN] = 1;
        t.c_cc[libc::VTIME] = 0;
        Termios(t)
    }

    /// Put these settings on the terminal on `fd`.
    pub(crate) fn apply(&self, fd: BorrowedFd<'_>, when: When) -> io::Result<()> {
        apply_raw(fd.as_raw_fd(), &self.0, when)
    }
}

#[cfg(unix)]
fn apply_raw(fd: RawFd, t: &libc::termios, when: When) -> io::Result<()> {
    let when = match when {
        When::Now => libc::TCSANOW,
        When::Drain => libc::TCSADRAIN,
        When::Flush => libc::TCSAFLUSH,
    };
    // SAFETY: `t` points to a live, initialised `termios` that
    // `tcsetattr` only reads.
    if unsafe { libc::tcsetattr(fd, when, t) } == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}
