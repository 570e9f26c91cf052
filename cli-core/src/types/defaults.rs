//! Default values written as Rust values.
//!
//! Click passes a parameter's default through its type like any command-line
//! value, so `default=1` on an `IntRange(1, 10)` is checked by the range. An
//! [`IntoDefault`] value is therefore turned into the strings a user would
//! have typed (`1`, `hello`, a path) and converted when needed; the same
//! strings are what help shows as `[default: ...]`.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

#[cfg(test)]
use crate::value::IntoDefault;

/// Compile-time check used by `#[command]`: a default written for a
/// parameter of type `T` must be a `T` or something that naturally stands
/// for one (a string literal for `String` or `PathBuf`, an array for `Vec`).
/// The single impl per target type lets integer literals infer their type.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "a default of type `{Self}` does not fit a parameter of type `{T}`",
    label = "expected a value that stands for a `{T}`"
)]
pub trait DefaultFor<T> {}

macro_rules! default_for_self {
    ($($t:ty),*) => {$( impl DefaultFor<$t> for $t {} )*};
}

default_for_self!(
    i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64, bool, char, String,
    OsString, PathBuf
);
impl DefaultFor<String> for &str {}
impl DefaultFor<OsString> for &str {}
impl DefaultFor<PathBuf> for &str {}
impl DefaultFor<OsString> for &OsStr {}
impl DefaultFor<PathBuf> for &Path {}
impl<T, S: DefaultFor<T>, const N: usize> DefaultFor<Vec<T>> for [S; N] {}
impl<T, S: DefaultFor<T>> DefaultFor<Vec<T>> for Vec<S> {}
impl<T, S: DefaultFor<T>> DefaultFor<Option<T>> for S where T: NotOption {}

/// Types that are not `Option`, so that `Option<T>` parameters take plain
/// `T` defaults.
#[doc(hidden)]
pub trait NotOption {}
macro_rules! not_option {
    ($($t:ty),*) => {$( impl NotOption for $t {} )*};
}
not_option!(
    i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64, bool, char, String,
    OsString, PathBuf
);
impl<T> NotOption for Vec<T> {}

// The value types of `File`, `DateTime` and `UUID`, written as strings
// (`default = "-"` for a file) or, where they have one, as a value.
#[cfg(feature = "files")]
impl DefaultFor<super::LazyFile> for &str {}
#[cfg(feature = "datetime")]
impl DefaultFor<super::NaiveDateTime> for &str {}
#[cfg(feature = "datetime")]
impl DefaultFor<super::NaiveDateTime> for super::NaiveDateTime {}
impl DefaultFor<super::Uuid> for &str {}
impl DefaultFor<super::Uuid> for super::Uuid {}
#[cfg(feature = "files")]
impl NotOption for super::LazyFile {}
#[cfg(feature = "datetime")]
impl NotOption for super::NaiveDateTime {}
impl NotOption for super::Uuid {}

macro_rules! tuple_default_for {
    ($($t:ident $s:ident)+) => {
        impl<$($t, $s: DefaultFor<$t>),+> DefaultFor<($($t,)+)> for ($($s,)+) {}
        impl<$($t),+> NotOption for ($($t,)+) {}
    };
}
tuple_default_for!(A SA B SB);
tuple_default_for!(A SA B SB C SC);
tuple_default_for!(A SA B SB C SC D SD);

/// Check (at compile time) that `value` fits a parameter of type `T`, and
/// pass it through.
#[doc(hidden)]
pub fn check_default<T, S: DefaultFor<T>>(value: S) -> S {
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(v: &dyn Fn(&mut Vec<OsString>)) -> Vec<OsString> {
        let mut out = Vec::new();
        v(&mut out);
        out
    }

    #[test]
    fn tokens_of_values() {
        assert_eq!(tokens(&|o| 1u32.default_tokens(o)), ["1"]);
        assert_eq!(tokens(&|o| 0.5f64.default_tokens(o)), ["0.5"]);
        assert_eq!(tokens(&|o| 1.0f64.default_tokens(o)), ["1.0"]);
        assert_eq!(tokens(&|o| false.default_tokens(o)), ["False"]);
        assert_eq!(tokens(&|o| ("a", 1).default_tokens(o)), ["a", "1"]);
        assert_eq!(
            tokens(&|o| vec![PathBuf::from("x")].default_tokens(o)),
            ["x"]
        );
    }

    #[test]
    fn compile_time_checks() {
        let _ = check_default::<u32, _>(1);
        let _ = check_default::<String, _>("!");
        let _ = check_default::<Vec<String>, _>(["inbox"]);
        let _ = check_default::<Option<f64>, _>(0.5);
        let _ = check_default::<(String, i32), _>(("a", 1));
    }
}
