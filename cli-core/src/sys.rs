//! The operating system calls the core makes that the standard library
//! does not offer: the terminal's width and line discipline, `access(2)`,
//! unnamed files and linking them, and termination signals (the terminal
//! is put back before the program ends).
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
#[cfg(all(feature = "files", any(target_os = "linux", target_os = "android")))]
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
#[cfg(all(feature = "files", any(target_os = "linux", target_os = "android")))]
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
#[cfg(feature = "files")]
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
#[cfg(feature = "files")]
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

/// What a Ctrl-C (`SIGINT`) does while a [`Watch`] is alive.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum OnInterrupt {
    /// Note it for [`take_interrupt`]: a blocking read returns
    /// `Interrupted`, a wait for a child goes on (the child has it too).
    Note,
    /// Restore the terminal and the cursor, print `Aborted!` as Click does
    /// for an interrupted run, and exit 1 at once.
    #[cfg_attr(not(feature = "termui"), allow(dead_code))]
    Abort,
}

#[cfg(unix)]
mod signals {
    use super::{OnInterrupt, When, apply_raw};
    use std::cell::UnsafeCell;
    use std::mem::MaybeUninit;
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU8, Ordering};

    /// The signals watched: the keyboard's interrupt, and the two that end
    /// a program from outside (`timeout`, a closed terminal window).
    const SIGNALS: [libc::c_int; 3] = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP];

    const INT_DEFAULT: u8 = 0;
    const INT_NOTE: u8 = 1;
    const INT_ABORT: u8 = 2;

    /// The terminal settings to put back on a signal, valid while
    /// `TERMIOS_FD` is not -1. Written only while it is -1 (under `STATE`),
    /// read only by the handler after seeing another value.
    struct Slot(UnsafeCell<MaybeUninit<libc::termios>>);
    // SAFETY: access is ordered by `TERMIOS_FD` as described above.
    unsafe impl Sync for Slot {}

    static SAVED_TERMIOS: Slot = Slot(UnsafeCell::new(MaybeUninit::uninit()));
    static TERMIOS_FD: AtomicI32 = AtomicI32::new(-1);
    /// Where to show the cursor again (a progress bar hid it), or -1.
    static CURSOR_FD: AtomicI32 = AtomicI32::new(-1);
    static ON_INT: AtomicU8 = AtomicU8::new(INT_DEFAULT);
    static INTERRUPTED: AtomicBool = AtomicBool::new(false);

    /// The watches alive and the handlers they replaced.
    struct State {
        depth: usize,
        previous: Vec<(libc::c_int, libc::sigaction)>,
    }
    static STATE: Mutex<State> = Mutex::new(State {
        depth: 0,
        previous: Vec::new(),
    });

    fn state() -> std::sync::MutexGuard<'static, State> {
        STATE.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Write all of `bytes` to `fd`, as far as the descriptor takes it.
    fn write_all(fd: libc::c_int, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            // SAFETY: the pointer and length describe `bytes`, which lives
            // across the call; `write` is async-signal-safe.
            let n = unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) };
            if n <= 0 {
                return;
            }
            bytes = &bytes[n as usize..];
        }
    }

    /// Put the terminal and the cursor back. Async-signal-safe.
    fn restore() {
        let fd = TERMIOS_FD.load(Ordering::Acquire);
        if fd >= 0 {
            // SAFETY: `TERMIOS_FD` is set only after the slot was written.
            let saved = unsafe { (*SAVED_TERMIOS.0.get()).assume_init_ref() };
            let _ = apply_raw(fd, saved, When::Now);
        }
        let fd = CURSOR_FD.load(Ordering::Acquire);
        if fd >= 0 {
            write_all(fd, b"\x1b[?25h\n");
        }
    }

    extern "C" fn on_signal(sig: libc::c_int) {
        if sig == libc::SIGINT {
            match ON_INT.load(Ordering::Acquire) {
                INT_NOTE => {
                    INTERRUPTED.store(true, Ordering::Release);
                    return;
                }
                INT_ABORT => {
                    restore();
                    write_all(libc::STDERR_FILENO, b"\nAborted!\n");
                    // SAFETY: `_exit` is async-signal-safe and ends the
                    // process without running anything else.
                    unsafe { libc::_exit(1) };
                }
                _ => {}
            }
        }
        restore();
        // End the way the signal would have ended the program: its
        // default action, which takes effect once this handler returns
        // (the signal is blocked while it runs).
        // SAFETY: a zeroed `sigaction` with SIG_DFL is a valid argument;
        // `sigaction` and `raise` are async-signal-safe.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = libc::SIG_DFL;
            libc::sigaction(sig, &action, std::ptr::null_mut());
            libc::raise(sig);
        }
    }

    fn install() -> Vec<(libc::c_int, libc::sigaction)> {
        let mut previous = Vec::new();
        for sig in SIGNALS {
            // SAFETY: both structs are valid for the call (a zeroed
            // `sigaction` is a valid value); the handler is an
            // `extern "C" fn(c_int)`, as `sa_sigaction` without
            // SA_SIGINFO expects. No SA_RESTART: a blocking read returns
            // EINTR, so that a prompt sees Ctrl-C.
            unsafe {
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as usize;
                libc::sigemptyset(&mut action.sa_mask);
                let mut old: libc::sigaction = std::mem::zeroed();
                if libc::sigaction(sig, &action, &mut old) != 0 {
                    continue;
                }
                if old.sa_sigaction == libc::SIG_IGN {
                    // Ignored on purpose (`nohup`, a background job):
                    // leave it so.
                    libc::sigaction(sig, &old, std::ptr::null_mut());
                    continue;
                }
                previous.push((sig, old));
            }
        }
        previous
    }

    fn uninstall(previous: &[(libc::c_int, libc::sigaction)]) {
        for (sig, old) in previous {
            // SAFETY: `old` is the action `sigaction` gave back earlier.
            unsafe { libc::sigaction(*sig, old, std::ptr::null_mut()) };
        }
    }

    /// Termination signals handled while it is alive: the terminal's
    /// settings and the cursor registered with it are put back before the
    /// program ends, and Ctrl-C does what [`OnInterrupt`] says. Watches
    /// nest; the outermost registration of each kind is the one restored.
    pub(crate) struct Watch {
        on_int: u8,
        armed_termios: bool,
        armed_cursor: bool,
    }

    impl Watch {
        pub(crate) fn new(on_int: OnInterrupt) -> Watch {
            let mut state = state();
            if state.depth == 0 {
                state.previous = install();
                INTERRUPTED.store(false, Ordering::Release);
            }
            state.depth += 1;
            let new = match on_int {
                OnInterrupt::Note => INT_NOTE,
                OnInterrupt::Abort => INT_ABORT,
            };
            Watch {
                on_int: ON_INT.swap(new, Ordering::AcqRel),
                armed_termios: false,
                armed_cursor: false,
            }
        }

        /// Put `saved` back on the terminal `fd` if a signal ends the
        /// program.
        pub(crate) fn restore_terminal(
            &mut self,
            fd: std::os::fd::BorrowedFd<'_>,
            saved: &super::Termios,
        ) {
            use std::os::fd::AsRawFd;
            let fd = fd.as_raw_fd();
            let _state = state();
            if TERMIOS_FD.load(Ordering::Acquire) == -1 {
                // SAFETY: the slot is written only while no fd is set,
                // under the state lock, so the handler does not read it.
                unsafe { (*SAVED_TERMIOS.0.get()).write(saved.0) };
                TERMIOS_FD.store(fd, Ordering::Release);
                self.armed_termios = true;
            }
        }

        /// Show the cursor again on standard error (`to_err`) or output if
        /// a signal ends the program.
        #[cfg_attr(not(feature = "termui"), allow(dead_code))]
        pub(crate) fn show_cursor(&mut self, to_err: bool) {
            let fd = if to_err {
                libc::STDERR_FILENO
            } else {
                libc::STDOUT_FILENO
            };
            if CURSOR_FD
                .compare_exchange(-1, fd, Ordering::AcqRel, Ordering::Acquire)
                .is_ok()
            {
                self.armed_cursor = true;
            }
        }
    }

    impl Drop for Watch {
        fn drop(&mut self) {
            let mut state = state();
            if self.armed_termios {
                TERMIOS_FD.store(-1, Ordering::Release);
            }
            if self.armed_cursor {
                CURSOR_FD.store(-1, Ordering::Release);
            }
            ON_INT.store(self.on_int, Ordering::Release);
            state.depth -= 1;
            if state.depth == 0 {
                let previous = std::mem::take(&mut state.previous);
                uninstall(&previous);
            }
        }
    }

    /// Whether a Ctrl-C was noted since the last call.
    pub(crate) fn take_interrupt() -> bool {
        INTERRUPTED.swap(false, Ordering::AcqRel)
    }
}

#[cfg(unix)]
pub(crate) use signals::{Watch, take_interrupt};

/// No signals are watched here.
#[cfg(not(unix))]
pub(crate) struct Watch;

#[cfg(not(unix))]
impl Watch {
    pub(crate) fn new(_on_int: OnInterrupt) -> Watch {
        Watch
    }

    #[cfg_attr(not(feature = "termui"), allow(dead_code))]
    pub(crate) fn show_cursor(&mut self, _to_err: bool) {}
}

#[cfg(not(unix))]
pub(crate) fn take_interrupt() -> bool {
    false
}
