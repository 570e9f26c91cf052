//! What a command function may return, and how it ends the command
//! ([`CommandReturn`]).

use std::path::PathBuf;
use std::process::ExitCode;

use crate::error::Error;
use crate::value::Output;

/// What a command function (or a group's result callback) may return: how
/// the value ends the command.
///
/// The `#[command]` and `#[group]` macros hand whatever the function
/// returned to [`CommandReturn::into_output`]; so do groups' result
/// callbacks. The return type decides, not how it is spelled: a type alias
/// for a `Result` is a `Result`.
///
/// | Returned | The command ends |
/// |---|---|
/// | `()` | normally, exit code 0 |
/// | `Result<T, E>` | as `T` does on `Ok`; on `Err`, a clack [`Error`] as itself (a usage error exits 2), any other error as a failure: `Error: <message>`, a `Caused by: <source>` line for each error in its source chain, exit code 1 |
/// | [`std::process::ExitCode`] | with that exit code, printing nothing (0 is a normal end) |
/// | [`Output`] | normally, with that result |
/// | `String`, `Vec<T>`, `Option<T>`, `Box<T>`, `PathBuf`, numbers, `bool` | normally, the value being the command's result for a chained group's result callback |
///
/// `E` may be any error that converts into `Box<dyn std::error::Error + Send
/// + Sync>`: a clack [`Error`], a standard error such as
/// [`std::io::Error`], `Box<dyn std::error::Error + Send + Sync>`, a
/// `String` or `&str` message, `anyhow::Error`.
///
/// A type of your own becomes a result value with an empty impl:
///
/// ```
/// use clack_core::{CommandReturn, Output};
///
/// struct Resize(u32, u32);
/// impl CommandReturn for Resize {}
///
/// let out = Resize(640, 480).into_output().unwrap();
/// assert_eq!(out.get::<Resize>().map(|r| r.0 * r.1), Some(307_200));
/// ```
///
///
/// The provided method makes the value the command's result, handed to a
/// chained group's result callback; so `impl CommandReturn for MyType {}`
/// is all a type of your own needs.
///
/// ```
/// use clack_core::{CommandReturn, Error};
/// use std::process::ExitCode;
///
/// assert!(().into_output().is_ok_and(|out| !out.is_some()));
/// assert_eq!(ExitCode::from(3).into_output().unwrap_err().exit_code(), 3);
///
/// let failed: Result<(), std::io::Error> = Err(std::io::Error::other("disk full"));
/// assert_eq!(failed.into_output().unwrap_err().render(), "Error: disk full\n");
///
/// let usage: Result<(), Error> = Err(Error::usage("Give a name."));
/// assert_eq!(usage.into_output().unwrap_err().exit_code(), 2);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be returned from a command",
    label = "`{Self}` does not implement `CommandReturn`",
    note = "a command returns `()`, `Result<T, E>` (with `E` converting into `Box<dyn std::error::Error + Send + Sync>`: `clack::Error`, `std::io::Error`, `String`, `anyhow::Error`, ...), `std::process::ExitCode`, `Output`, or a value for a chained group: `String`, `Vec<T>`, `Option<T>`, `Box<T>`, `PathBuf`, a number or `bool`",
    note = "a type of your own becomes a value with an empty impl: `impl clack::CommandReturn for MyType {{}}`; a closure goes in a `Box<dyn Fn(..)>`"
)]
pub trait CommandReturn: Sized + 'static {
    /// How the value ends the command: `Ok` with the command's result, or
    /// the [`Error`] that ends it. By default the value itself becomes the
    /// result ([`Output::new`]).
    ///
    /// # Errors
    /// The error the value stands for: an `Err`, a non-zero exit code.
    ///
    /// ```
    /// use clack_core::CommandReturn;
    /// let out = String::from("frame.png").into_output().unwrap();
    /// assert_eq!(out.get::<String>().map(String::as_str), Some("frame.png"));
    /// ```
    fn into_output(self) -> Result<Output, Error> {
        Ok(Output::new(self))
    }
}

/// Nothing: a normal end.
impl CommandReturn for () {
    fn into_output(self) -> Result<Output, Error> {
        Ok(Output::none())
    }
}

/// The result itself.
impl CommandReturn for Output {
    fn into_output(self) -> Result<Output, Error> {
        Ok(self)
    }
}

/// An exit code: 0 ends normally, any other ends like
/// [`Error::exit`] with it, printing nothing.
impl CommandReturn for ExitCode {
    fn into_output(self) -> Result<Output, Error> {
        if self == ExitCode::SUCCESS {
            return Ok(Output::none());
        }
        // `ExitCode` has no getter; find the byte it was made from.
        let code = (1..=u8::MAX)
            .find(|&n| self == ExitCode::from(n))
            .map_or(1, i32::from);
        Err(Error::exit(code))
    }
}

/// `Ok` ends as its value does; `Err` with the error (see the module docs).
impl<T, E> CommandReturn for Result<T, E>
where
    T: CommandReturn,
    E: Into<Box<dyn std::error::Error + Send + Sync + 'static>> + 'static,
{
    fn into_output(self) -> Result<Output, Error> {
        match self {
            Ok(value) => value.into_output(),
            Err(err) => Err(Error::from(err.into())),
        }
    }
}

impl<T: ?Sized + 'static> CommandReturn for Box<T> {}
impl<T: 'static> CommandReturn for Vec<T> {}
impl<T: 'static> CommandReturn for Option<T> {}
impl CommandReturn for String {}
impl CommandReturn for &'static str {}
impl CommandReturn for PathBuf {}

macro_rules! plain_values {
    ($($ty:ty),*) => {
        $(impl CommandReturn for $ty {})*
    };
}

plain_values!(
    bool, char, u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize, f32, f64
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    #[derive(Debug)]
    struct Layer(&'static str, Option<Box<Layer>>);

    impl std::fmt::Display for Layer {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.0)
        }
    }

    impl std::error::Error for Layer {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            self.1.as_deref().map(|l| l as _)
        }
    }

    #[test]
    fn exit_codes_from_exit_code() {
        assert!(ExitCode::SUCCESS.into_output().is_ok());
        assert!(ExitCode::from(0).into_output().is_ok());
        for n in [1u8, 2, 3, 42, 255] {
            let e = ExitCode::from(n).into_output().unwrap_err();
            assert_eq!(
                (e.kind(), e.render().as_str()),
                (&ErrorKind::Exit(n.into()), "")
            );
        }
        assert_eq!(ExitCode::FAILURE.into_output().unwrap_err().exit_code(), 1);
    }

    #[test]
    fn errors_print_their_chain() {
        let chain = Layer(
            "could not load",
            Some(Box::new(Layer(
                "bad toml",
                Some(Box::new(Layer("line 3", None))),
            ))),
        );
        let e = Err::<(), _>(chain).into_output().unwrap_err();
        assert_eq!(
            e.render(),
            "Error: could not load\nCaused by: bad toml\nCaused by: line 3\n"
        );
        assert_eq!(e.exit_code(), 1);
    }

    #[test]
    fn clack_errors_keep_their_kind() {
        let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(Error::exit(4));
        let e = Err::<u8, _>(boxed).into_output().unwrap_err();
        assert_eq!(e.exit_code(), 4);
        let e = Err::<(), _>("plain text").into_output().unwrap_err();
        assert_eq!(e.render(), "Error: plain text\n");
    }

    #[test]
    fn values_become_results() {
        let out = Ok::<_, Error>(vec![1u8, 2]).into_output().unwrap();
        assert_eq!(out.get::<Vec<u8>>(), Some(&vec![1, 2]));
        let out = Ok::<_, Error>(()).into_output().unwrap();
        assert!(!out.is_some());
        let f: Box<dyn Fn(u8) -> u8> = Box::new(|x| x + 1);
        let out = f.into_output().unwrap();
        assert_eq!(out.get::<Box<dyn Fn(u8) -> u8>>().map(|f| f(1)), Some(2));
    }
}
