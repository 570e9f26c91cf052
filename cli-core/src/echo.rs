//! `echo`: printing through the current command's streams.
//!
//! Like Click's `click.echo`, text goes to the current command's standard
//! output (or error), a newline is added, the stream is flushed, and ANSI
//! styles are removed when the stream is not a terminal (unless colour is
//! forced by the context or `CLICOLOR_FORCE`, or dropped anyway when
//! `NO_COLOR` is set). Under the testing runner the output is captured, per thread.

use crate::io::Io;

/// Print `text` and a newline to standard output.
///
/// ```
/// clack_core::echo("Hello!");
/// ```
pub fn echo(text: impl AsRef<str>) {
    with_io(|io, color| echo_to(io, text.as_ref(), false, color));
}

/// Print `text` and a newline to standard error.
///
/// ```
/// clack_core::echo_err("Something happened.");
/// ```
pub fn echo_err(text: impl AsRef<str>) {
    with_io(|io, color| echo_to(io, text.as_ref(), true, color));
}

/// Print `text` without a newline to standard output.
///
/// ```
/// clack_core::echo_no_nl("Working... ");
/// ```
pub fn echo_no_nl(text: impl AsRef<str>) {
    with_io(|io, color| write_styled(io, text.as_ref(), false, color));
}

/// Print `text` and a newline to standard output, reporting a closed pipe
/// or other write error, so that a long loop can stop early.
///
/// # Errors
/// The write failed (for a closed pipe, `main` also exits 1 quietly).
///
/// ```
/// clack_core::try_echo("line").unwrap();
/// ```
pub fn try_echo(text: impl AsRef<str>) -> std::io::Result<()> {
    with_io(|io, color| {
        let t = prepare(io, &format!("{}\n", text.as_ref()), false, color);
        io.try_write(false, t.as_bytes())
    })
}

/// Run `f` with the current command's streams, or the process's.
pub(crate) fn with_io<R>(f: impl FnOnce(&Io, Option<bool>) -> R) -> R {
    match crate::context::current() {
        Some(ctx) => f(ctx.io(), ctx.color()),
        None => f(&Io::process(), None),
    }
}

fn prepare(io: &Io, text: &str, err: bool, color: Option<bool>) -> String {
    let keep = use_color(io, err, color);
    if keep {
        text.to_string()
    } else {
        crate::ansi::strip_ansi(text).to_string()
    }
}

fn write_styled(io: &Io, text: &str, err: bool, color: Option<bool>) {
    let t = prepare(io, text, err, color);
    if err {
        io.write_err(t);
    } else {
        io.write_out(t);
    }
}

/// Print `text` and a newline to one of `io`'s streams.
pub(crate) fn echo_to(io: &Io, text: &str, err: bool, color: Option<bool>) {
    write_styled(io, &format!("{text}\n"), err, color);
}

/// Whether styles should reach a stream: the context's `color` setting if
/// given, else `CLICOLOR_FORCE` (set and not `0`) forces them, else
/// `NO_COLOR` (set and not empty) or `CLICOLOR=0` drops them, else only on
/// a terminal. Help pages and error messages follow the same rule.
pub(crate) fn use_color(io: &Io, err: bool, color: Option<bool>) -> bool {
    if let Some(c) = color {
        return c;
    }
    let env = io.env();
    if env
        .var("CLICOLOR_FORCE")
        .is_some_and(|v| !v.is_empty() && v != "0")
    {
        return true;
    }
    if env.get("NO_COLOR").is_some_and(|v| !v.is_empty())
        || env.var("CLICOLOR").as_deref() == Some("0")
    {
        return false;
    }
    if err {
        io.stderr_is_terminal()
    } else {
        io.stdout_is_terminal()
    }
}
