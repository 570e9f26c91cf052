//! Errors as values: every way a command can fail, and how Click prints it.
//!
//! [`Error`] carries a kind, a message and, for usage errors, the usage line
//! and help hint of the command that failed. [`Error::render`] produces the
//! exact text Click writes to standard error; [`Error::exit_code`] the code it
//! exits with (2 for usage errors, 1 for aborts and failures, the requested
//! code for [`ErrorKind::Exit`]).

use std::fmt;

use crate::compat::repr::py_repr;
use crate::layout::spans::{Role, Span};

/// What went wrong, in Click's vocabulary.
///
/// ```
/// use clack_core::{Error, ErrorKind};
/// assert_eq!(Error::usage("Missing command.").kind(), &ErrorKind::Usage);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The command line was wrong (`UsageError`, exit 2).
    Usage,
    /// A value could not be converted or validated (`BadParameter`, exit 2).
    BadParameter,
    /// A required parameter had no value (`MissingParameter`, exit 2).
    MissingParameter,
    /// An unknown option was given (`NoSuchOption`, exit 2).
    NoSuchOption,
    /// An unknown subcommand was given (`NoSuchCommand`, exit 2).
    NoSuchCommand,
    /// An option was used wrongly, e.g. without its value (`BadOptionUsage`, exit 2).
    BadOptionUsage,
    /// An argument was used wrongly (`BadArgumentUsage`, exit 2).
    BadArgumentUsage,
    /// No arguments were given to a command with `no_args_is_help`: the
    /// message is the help page, printed to stderr (exit 2).
    NoArgsIsHelp,
    /// A file could not be opened (`FileError`, exit 1).
    File,
    /// A failure with a message (`ClickException`, exit 1).
    Failure,
    /// The user aborted (`Abort`): prints `Aborted!`, exit 1.
    Abort,
    /// Interrupted by Ctrl-C or end of input: a blank line, `Aborted!`, exit 1.
    Interrupted,
    /// Exit silently with this code (`Exit`).
    Exit(i32),
    /// Standard output was closed under us (EPIPE): exit 1, print nothing.
    BrokenPipe,
    /// The program declared a command wrongly (two options named `--x`,
    /// two variadic arguments, ...): the programmer's mistake, found before
    /// the command first parses anything. `Error: ...` naming the command
    /// and the parameter, exit 1.
    Declaration,
}

/// The usage line and help hint of the command an error belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct UsageInfo {
    pub(crate) usage: String,
    /// Where the parts of `usage` are, for styles.
    pub(crate) usage_spans: Vec<Span>,
    pub(crate) try_hint: Option<String>,
}

/// Details of a missing parameter, filled in by the value pipeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Missing {
    pub(crate) param_type: &'static str,
    pub(crate) extra: Option<String>,
}

/// An error that ends a command: a usage error, a bad value, an abort, an
/// exit request or a failure from user code.
///
/// Errors are plain data, and a standard error ([`std::error::Error`]) in
/// their own right. The errors a command commonly meets (`std::io::Error`,
/// the parse errors of numbers, UTF-8 errors, `String` and `&str` messages,
/// ...) convert into an [`Error`] with `?`; any other error goes through
/// [`Error::from_std`]. Either way it prints as `Error: <message>`, exits
/// with code 1 and keeps the original error as its
/// [`source`](Error::source).
///
/// ```
/// use clack_core::Error;
/// let err = Error::bad_parameter("'x' is not a valid integer.").with_param_hint("'--count'");
/// assert_eq!(err.render(), "Error: Invalid value for '--count': 'x' is not a valid integer.\n");
/// assert_eq!(err.exit_code(), 2);
/// ```
pub struct Error(Box<Inner>);

struct Inner {
    kind: ErrorKind,
    message: String,
    param_hint: Option<String>,
    missing: Option<Missing>,
    usage: Option<UsageInfo>,
    /// Set once the error has been through a place that attaches context,
    /// so that an inner context wins over an outer one, as in Click.
    contextualized: bool,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
    /// The message is the source's own text (an error converted with `?`
    /// or [`Error::from_std`]): the printed chain starts at the source's
    /// source, so that the message is not repeated.
    message_from_source: bool,
}

impl Error {
    /// An error of this kind with this message.
    ///
    /// ```
    /// use clack_core::{Error, ErrorKind};
    /// let e = Error::new(ErrorKind::Failure, "disk full");
    /// assert_eq!(e.render(), "Error: disk full\n");
    /// ```
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error(Box::new(Inner {
            kind,
            message: message.into(),
            param_hint: None,
            missing: None,
            usage: None,
            contextualized: false,
            source: None,
            message_from_source: false,
        }))
    }

    /// A usage error (`click.UsageError`): printed after the usage line, exit 2.
    ///
    /// ```
    /// let e = clack_core::Error::usage("Give a commit message with -m.");
    /// assert_eq!(e.exit_code(), 2);
    /// ```
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }

    /// A bad value (`click.BadParameter`). The parameter is attached by the
    /// value pipeline when the error comes from a type or a callback.
    ///
    /// ```
    /// let e = clack_core::Error::bad_parameter("a port lies between 1 and 65535.");
    /// assert_eq!(e.render(), "Error: Invalid value: a port lies between 1 and 65535.\n");
    /// ```
    pub fn bad_parameter(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::BadParameter, message)
    }

    /// A failure with a message (`click.ClickException`), exit 1.
    ///
    /// ```
    /// assert_eq!(clack_core::Error::failure("broke").exit_code(), 1);
    /// ```
    pub fn failure(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Failure, message)
    }

    /// A file that could not be opened (`click.FileError`), exit 1.
    ///
    /// ```
    /// let e = clack_core::Error::file("x.txt", "permission denied");
    /// assert_eq!(e.render(), "Error: Could not open file 'x.txt': permission denied\n");
    /// ```
    pub fn file(filename: &str, hint: impl Into<String>) -> Self {
        let message = format!("Could not open file {}: {}", py_repr(filename), hint.into());
        Self::new(ErrorKind::File, message)
    }

    /// An abort (`click.Abort`): prints `Aborted!`, exit 1.
    ///
    /// ```
    /// assert_eq!(clack_core::Error::abort().render(), "Aborted!\n");
    /// ```
    pub fn abort() -> Self {
        Self::new(ErrorKind::Abort, "")
    }

    /// An interruption (Ctrl-C, end of input at a prompt): a blank line, then
    /// `Aborted!`, exit 1.
    ///
    /// ```
    /// assert_eq!(clack_core::Error::interrupted().render(), "\nAborted!\n");
    /// ```
    pub fn interrupted() -> Self {
        Self::new(ErrorKind::Interrupted, "")
    }

    /// A request to exit with this code, printing nothing (`click.exceptions.Exit`).
    ///
    /// ```
    /// assert_eq!(clack_core::Error::exit(7).exit_code(), 7);
    /// ```
    pub fn exit(code: i32) -> Self {
        Self::new(ErrorKind::Exit(code), "")
    }

    /// A mistake in how the program declared `command` (its path, such as
    /// `repo remote add`): exit 1, and the message says it is the program's.
    ///
    /// ```
    /// let e = clack_core::Error::declaration("tool", "the option '--x' is declared twice.");
    /// assert_eq!(e.render(), "Error: the command 'tool' is declared wrongly: the option '--x' is declared twice.\n");
    /// assert_eq!(e.exit_code(), 1);
    /// ```
    pub fn declaration(command: &str, problem: impl AsRef<str>) -> Self {
        Self::new(
            ErrorKind::Declaration,
            format!(
                "the command {} is declared wrongly: {}",
                py_repr(command),
                problem.as_ref()
            ),
        )
    }

    /// What kind of error this is.
    ///
    /// ```
    /// use clack_core::{Error, ErrorKind};
    /// assert_eq!(Error::exit(0).kind(), &ErrorKind::Exit(0));
    /// ```
    pub fn kind(&self) -> &ErrorKind {
        &self.0.kind
    }

    /// The message without Click's decorations (no `Error:`, no parameter hint).
    ///
    /// ```
    /// assert_eq!(clack_core::Error::usage("bad").message(), "bad");
    /// ```
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// Name the parameter a [`ErrorKind::BadParameter`] error is about, as
    /// Click's `param_hint` does (`'--count'`, `'-n' / '--num'`).
    ///
    /// ```
    /// let e = clack_core::Error::bad_parameter("bad").with_param_hint("'NAME'");
    /// assert_eq!(e.formatted_message(), "Invalid value for 'NAME': bad");
    /// ```
    pub fn with_param_hint(mut self, hint: impl Into<String>) -> Self {
        self.0.param_hint = Some(hint.into());
        self
    }

    /// Keep the error that caused this one. It is printed after the message
    /// as `Caused by: <source>`, followed by the source's own sources, one
    /// line each, and stays available through [`Error::source`].
    ///
    /// ```
    /// let io = std::io::Error::other("disk full");
    /// let e = clack_core::Error::failure("Could not save the notes.").with_source(io);
    /// assert!(e.source().is_some());
    /// assert_eq!(e.render(), "Error: Could not save the notes.\nCaused by: disk full\n");
    /// ```
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.0.source = Some(Box::new(source));
        self.0.message_from_source = false;
        self
    }

    /// A failure made from any standard error: its text is the message, it
    /// is kept as the [`source`](Error::source), and its own sources are
    /// printed after the message, one `Caused by:` line each. Exit code 1.
    ///
    /// The errors a command commonly meets convert with `?` already
    /// (`From` is implemented for them); this is for the others. A
    /// [`clack_core::Error`](Error) passed in comes back unchanged.
    ///
    /// ```
    /// use clack_core::Error;
    ///
    /// #[derive(Debug)]
    /// struct Locked;
    /// impl std::fmt::Display for Locked {
    ///     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    ///         f.write_str("the database is locked")
    ///     }
    /// }
    /// impl std::error::Error for Locked {}
    ///
    /// fn open() -> Result<(), Error> {
    ///     Err(Locked).map_err(Error::from_std)
    /// }
    /// let e = open().unwrap_err();
    /// assert_eq!((e.render().as_str(), e.exit_code()), ("Error: the database is locked\n", 1));
    /// assert!(e.source().is_some_and(|s| s.is::<Locked>()));
    ///
    /// let usage = Error::from_std(Error::usage("no"));
    /// assert_eq!(usage.exit_code(), 2);
    /// ```
    pub fn from_std(err: impl std::error::Error + Send + Sync + 'static) -> Self {
        Self::from(Box::new(err) as Box<dyn std::error::Error + Send + Sync>)
    }

    /// Keep `source` as the source of an error whose message already says
    /// what it says: the `Caused by:` lines start at the source's source.
    pub(crate) fn with_source_in_message(
        mut self,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        self.0.source = Some(Box::new(source));
        self.0.message_from_source = true;
        self
    }

    /// The error this one was made from, if any.
    ///
    /// ```
    /// assert!(clack_core::Error::abort().source().is_none());
    /// let e = clack_core::Error::from(std::io::Error::other("gone"));
    /// assert!(e.source().is_some_and(|s| s.is::<std::io::Error>()));
    /// ```
    pub fn source(&self) -> Option<&(dyn std::error::Error + Send + Sync + 'static)> {
        self.0.source.as_deref()
    }

    /// The errors printed as `Caused by:` lines, outermost first.
    fn causes(&self) -> impl Iterator<Item = &(dyn std::error::Error + 'static)> {
        let first: Option<&(dyn std::error::Error + 'static)> = match self.0.source.as_deref() {
            Some(source) if self.0.message_from_source => source.source(),
            Some(source) => Some(source),
            None => None,
        };
        std::iter::successors(first, |e| e.source())
    }

    pub(crate) fn param_hint(&self) -> Option<&str> {
        self.0.param_hint.as_deref()
    }

    pub(crate) fn set_missing(mut self, missing: Missing) -> Self {
        self.0.missing = Some(missing);
        self
    }

    pub(crate) fn is_contextualized(&self) -> bool {
        self.0.contextualized
    }

    /// Attach the usage line and help hint of the failing command, unless an
    /// inner command already did. Only usage errors show them.
    pub(crate) fn attach_usage(mut self, usage: impl FnOnce() -> UsageInfo) -> Self {
        if !self.0.contextualized {
            self.0.contextualized = true;
            if self.is_usage_error() {
                self.0.usage = Some(usage());
            }
        }
        self
    }

    /// Mark the error as having had its chance at a context, without one
    /// (Click's parser errors carry no context and print no usage line).
    pub(crate) fn without_context(mut self) -> Self {
        self.0.contextualized = true;
        self
    }

    /// Whether this is one of the usage errors (exit code 2).
    ///
    /// ```
    /// assert!(clack_core::Error::usage("x").is_usage_error());
    /// assert!(!clack_core::Error::abort().is_usage_error());
    /// ```
    pub fn is_usage_error(&self) -> bool {
        matches!(
            self.0.kind,
            ErrorKind::Usage
                | ErrorKind::BadParameter
                | ErrorKind::MissingParameter
                | ErrorKind::NoSuchOption
                | ErrorKind::NoSuchCommand
                | ErrorKind::BadOptionUsage
                | ErrorKind::BadArgumentUsage
                | ErrorKind::NoArgsIsHelp
        )
    }

    /// The exit code Click uses for this error.
    ///
    /// ```
    /// use clack_core::Error;
    /// assert_eq!(Error::usage("x").exit_code(), 2);
    /// assert_eq!(Error::abort().exit_code(), 1);
    /// ```
    pub fn exit_code(&self) -> i32 {
        match self.0.kind {
            ErrorKind::Exit(code) => code,
            _ if self.is_usage_error() => 2,
            _ => 1,
        }
    }

    /// The message as Click's `format_message()` builds it: with the
    /// parameter hint for bad parameters, `Missing option '--x'.` for missing
    /// ones.
    ///
    /// ```
    /// let e = clack_core::Error::failure("broke");
    /// assert_eq!(e.formatted_message(), "broke");
    /// ```
    pub fn formatted_message(&self) -> String {
        let inner = &self.0;
        match inner.kind {
            ErrorKind::BadParameter => match &inner.param_hint {
                Some(hint) => format!("Invalid value for {hint}: {}", inner.message),
                None => format!("Invalid value: {}", inner.message),
            },
            ErrorKind::MissingParameter => {
                let (param_type, extra) = match &inner.missing {
                    Some(m) => (m.param_type, m.extra.as_deref()),
                    None => ("parameter", None),
                };
                let hint = inner
                    .param_hint
                    .as_ref()
                    .map(|h| format!(" {h}"))
                    .unwrap_or_default();
                let mut msg = inner.message.clone();
                if let Some(extra) = extra {
                    if msg.is_empty() {
                        msg = extra.to_string();
                    } else {
                        msg = format!("{msg}. {extra}");
                    }
                }
                let msg = if msg.is_empty() {
                    msg
                } else {
                    format!(" {msg}")
                };
                let missing = match param_type {
                    "argument" => "Missing argument".to_string(),
                    "option" => "Missing option".to_string(),
                    "parameter" => "Missing parameter".to_string(),
                    other => format!("Missing {other}"),
                };
                format!("{missing}{hint}.{msg}")
            }
            _ => inner.message.clone(),
        }
    }

    /// The full text Click writes to standard error for this error, ending in
    /// a newline, or an empty string when nothing is printed.
    ///
    /// ```
    /// assert_eq!(clack_core::Error::exit(3).render(), "");
    /// ```
    pub fn render(&self) -> String {
        self.render_spans().0
    }

    /// [`render`](Self::render)'s text and where its parts are, for styles:
    /// the usage line's, `Try '... --help'` and `Did you mean ...?` as
    /// hints, the `Error:` prefix.
    pub(crate) fn render_spans(&self) -> (String, Vec<Span>) {
        let inner = &self.0;
        let mut spans = Vec::new();
        let text = match inner.kind {
            ErrorKind::Exit(_) | ErrorKind::BrokenPipe => String::new(),
            ErrorKind::Abort => "Aborted!\n".to_string(),
            ErrorKind::Interrupted => "\nAborted!\n".to_string(),
            ErrorKind::NoArgsIsHelp => format!("{}\n", inner.message),
            _ => {
                let mut out = String::new();
                if let Some(usage) = &inner.usage {
                    out.push_str(&usage.usage);
                    spans.extend(usage.usage_spans.iter().cloned());
                    out.push('\n');
                    if let Some(hint) = &usage.try_hint {
                        push_span(&mut out, &mut spans, hint, Role::Hint);
                        out.push('\n');
                    }
                    out.push('\n');
                }
                push_span(&mut out, &mut spans, "Error:", Role::Error);
                out.push(' ');
                let message = self.formatted_message();
                match ["(Did you mean", "Did you mean", "(Possible options:"]
                    .iter()
                    .find_map(|h| message.find(h))
                {
                    Some(at) => {
                        out.push_str(&message[..at]);
                        push_span(&mut out, &mut spans, &message[at..], Role::Hint);
                    }
                    None => out.push_str(&message),
                }
                out.push('\n');
                for cause in self.causes() {
                    out.push_str("Caused by: ");
                    out.push_str(&cause.to_string());
                    out.push('\n');
                }
                out
            }
        };
        (text, spans)
    }
}

/// Appends `text` to `out`, recording it as `role`.
fn push_span(out: &mut String, spans: &mut Vec<Span>, text: &str, role: Role) {
    let start = out.len();
    out.push_str(text);
    spans.push(Span {
        range: start..out.len(),
        role,
    });
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.formatted_message())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.0.kind)
            .field("message", &self.formatted_message())
            .finish()
    }
}

/// A clack error is a standard error: its [`Display`](fmt::Display) is the
/// message as Click formats it (without `Error:`), its source the error it
/// was made from.
///
/// ```
/// let e = clack_core::Error::from(std::io::Error::other("gone"));
/// let e: &dyn std::error::Error = &e;
/// assert_eq!((e.to_string().as_str(), e.source().is_some()), ("gone", true));
/// ```
impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.0.source {
            Some(source) => Some(&**source),
            None => None,
        }
    }
}

/// A boxed error becomes a failure as with [`Error::from_std`]; a boxed
/// clack [`Error`] is unboxed and keeps its kind and exit code.
///
/// ```
/// use clack_core::Error;
/// let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(Error::usage("no"));
/// assert_eq!(Error::from(boxed).exit_code(), 2);
/// let boxed: Box<dyn std::error::Error + Send + Sync> = "broke".into();
/// assert_eq!(Error::from(boxed).render(), "Error: broke\n");
/// ```
impl From<Box<dyn std::error::Error + Send + Sync + 'static>> for Error {
    fn from(err: Box<dyn std::error::Error + Send + Sync + 'static>) -> Self {
        match err.downcast::<Error>() {
            Ok(err) => *err,
            Err(err) => {
                let mut e = Error::failure(err.to_string());
                e.0.source = Some(err);
                e.0.message_from_source = true;
                e
            }
        }
    }
}

/// `From` for the standard errors a command commonly meets with `?`: each
/// becomes a failure with the error's text, keeping the error as the source.
macro_rules! from_std_errors {
    ($($ty:ty),* $(,)?) => {
        $(
            impl From<$ty> for Error {
                fn from(err: $ty) -> Self {
                    Error::from_std(err)
                }
            }
        )*
    };
}

from_std_errors!(
    std::io::Error,
    std::fmt::Error,
    std::num::ParseIntError,
    std::num::ParseFloatError,
    std::num::TryFromIntError,
    std::str::ParseBoolError,
    std::char::ParseCharError,
    std::char::CharTryFromError,
    std::str::Utf8Error,
    std::string::FromUtf8Error,
    std::string::FromUtf16Error,
    std::array::TryFromSliceError,
    std::env::VarError,
    std::net::AddrParseError,
    std::path::StripPrefixError,
    std::ffi::NulError,
    std::ffi::IntoStringError,
    std::time::SystemTimeError,
    std::time::TryFromFloatSecsError,
    std::cell::BorrowError,
    std::cell::BorrowMutError,
    std::sync::mpsc::RecvError,
);

/// A message becomes a failure: `Error: <message>`, exit code 1.
///
/// ```
/// fn check(n: u32) -> clack_core::Result<()> {
///     if n > 3 {
///         return Err(format!("{n} is too many").into());
///     }
///     Ok(())
/// }
/// assert_eq!(check(4).unwrap_err().render(), "Error: 4 is too many\n");
/// ```
impl From<String> for Error {
    fn from(message: String) -> Self {
        Error::failure(message)
    }
}

/// A message becomes a failure: `Error: <message>`, exit code 1.
///
/// ```
/// let e: clack_core::Error = "no luck".into();
/// assert_eq!((e.render().as_str(), e.exit_code()), ("Error: no luck\n", 1));
/// ```
impl From<&str> for Error {
    fn from(message: &str) -> Self {
        Error::failure(message)
    }
}

/// Lets `?` pass through the `Result<T, Infallible>` of conversions that
/// cannot fail.
///
/// ```
/// fn name() -> clack_core::Result<String> {
///     Ok("ada".parse::<String>()?)
/// }
/// assert_eq!(name().unwrap(), "ada");
/// ```
impl From<std::convert::Infallible> for Error {
    fn from(never: std::convert::Infallible) -> Self {
        match never {}
    }
}

/// A `Result` whose error is a clack [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_error_with_usage_lines() {
        let e = Error::usage("Got unexpected extra argument (x)").attach_usage(|| UsageInfo {
            usage_spans: Vec::new(),
            usage: "Usage: greet [OPTIONS]".into(),
            try_hint: Some("Try 'greet --help' for help.".into()),
        });
        assert_eq!(
            e.render(),
            "Usage: greet [OPTIONS]\nTry 'greet --help' for help.\n\nError: Got unexpected extra argument (x)\n"
        );
    }

    #[test]
    fn inner_context_wins() {
        let e = Error::usage("x")
            .attach_usage(|| UsageInfo {
                usage_spans: Vec::new(),
                usage: "inner".into(),
                try_hint: None,
            })
            .attach_usage(|| UsageInfo {
                usage_spans: Vec::new(),
                usage: "outer".into(),
                try_hint: None,
            });
        assert_eq!(e.render(), "inner\n\nError: x\n");
    }

    #[test]
    fn failures_have_no_usage() {
        let e = Error::failure("boom").attach_usage(|| UsageInfo {
            usage_spans: Vec::new(),
            usage: "u".into(),
            try_hint: None,
        });
        assert_eq!(e.render(), "Error: boom\n");
    }

    #[test]
    fn missing_messages() {
        let e = Error::new(ErrorKind::MissingParameter, "")
            .with_param_hint("'--name'")
            .set_missing(Missing {
                param_type: "option",
                extra: None,
            });
        assert_eq!(e.formatted_message(), "Missing option '--name'.");
        let e = Error::new(ErrorKind::MissingParameter, "")
            .with_param_hint("'{fast|slow}'")
            .set_missing(Missing {
                param_type: "argument",
                extra: Some("Choose from:\n\tfast,\n\tslow".into()),
            });
        assert_eq!(
            e.formatted_message(),
            "Missing argument '{fast|slow}'. Choose from:\n\tfast,\n\tslow"
        );
    }

    #[test]
    fn std_errors_convert() {
        fn fails() -> Result<()> {
            Err(std::io::Error::other("no space"))?;
            Ok(())
        }
        let e = fails().unwrap_err();
        assert_eq!(e.render(), "Error: no space\n");
        assert_eq!(e.exit_code(), 1);
    }

    #[test]
    fn exit_codes() {
        assert_eq!(Error::exit(0).exit_code(), 0);
        assert_eq!(Error::interrupted().exit_code(), 1);
        assert_eq!(Error::new(ErrorKind::NoSuchOption, "x").exit_code(), 2);
    }
}
