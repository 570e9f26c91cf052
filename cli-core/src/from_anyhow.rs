//! `anyhow::Error` into [`Error`] (the `anyhow` feature).

use crate::Error;

/// An `anyhow::Error` becomes a failure (exit code 1) whose message is the
/// error's outermost text, with the rest of its chain (its context layers
/// and causes) printed as `Caused by:` lines and kept as the
/// [`source`](Error::source). A clack [`Error`] that went into anyhow
/// unchanged (no `.context(..)` around it) comes back as it was, with its
/// kind and exit code.
///
/// ```
/// use anyhow::Context as _;
/// use clack_core::Error;
///
/// let low = std::io::Error::new(std::io::ErrorKind::Other, "disk full");
/// let err = Error::from(anyhow::Error::new(low).context("Could not save the notes."));
/// assert_eq!(err.render(), "Error: Could not save the notes.\nCaused by: disk full\n");
/// assert_eq!(err.exit_code(), 1);
///
/// let usage = Error::from(anyhow::Error::new(Error::usage("No such thing.")));
/// assert_eq!(usage.exit_code(), 2);
/// ```
impl From<anyhow::Error> for Error {
    fn from(err: anyhow::Error) -> Self {
        let unchanged = err
            .downcast_ref::<Error>()
            .is_some_and(|inner| inner.to_string() == err.to_string());
        if unchanged {
            if let Ok(inner) = err.downcast::<Error>() {
                return inner;
            }
            unreachable!("downcast_ref found a clack::Error");
        }
        Error::from(Box::<dyn std::error::Error + Send + Sync>::from(err))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;
    use anyhow::Context as _;

    #[test]
    fn the_chain_is_kept() {
        let root = std::io::Error::new(std::io::ErrorKind::NotFound, "gone");
        let err: anyhow::Error = Err::<(), _>(root)
            .context("reading the index")
            .context("Could not start.")
            .unwrap_err();
        let err = Error::from(err);
        assert_eq!(
            err.render(),
            "Error: Could not start.\nCaused by: reading the index\nCaused by: gone\n"
        );
        assert_eq!(err.kind(), &ErrorKind::Failure);
        let chain: Vec<String> =
            std::iter::successors(std::error::Error::source(&err), |e| e.source())
                .map(|e| e.to_string())
                .collect();
        assert_eq!(chain, ["Could not start.", "reading the index", "gone"]);
    }

    #[test]
    fn a_clack_error_comes_back_with_its_kind() {
        let err = Error::from(anyhow::Error::new(Error::exit(3)));
        assert_eq!(err.kind(), &ErrorKind::Exit(3));
        let wrapped = anyhow::Error::new(Error::usage("no")).context("while starting");
        let err = Error::from(wrapped);
        assert_eq!(err.kind(), &ErrorKind::Failure);
        assert_eq!(err.render(), "Error: while starting\nCaused by: no\n");
        // The clack error is still in the chain, for a caller to find.
        let found = std::iter::successors(std::error::Error::source(&err), |e| e.source())
            .find_map(|e| e.downcast_ref::<Error>())
            .map(|e| e.exit_code());
        assert_eq!(found, Some(2));
    }
}
