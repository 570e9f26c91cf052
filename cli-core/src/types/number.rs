//! Numbers: Click's `INT`, `FLOAT`, `IntRange` and `FloatRange`.
//!
//! [`Int<T>`] and [`Float<T>`] convert to any Rust integer or float type. With
//! bounds they become ranges (`INTEGER RANGE`, `1<=x<=10` in help) that reject
//! or, with `clamp`, snap values outside them. A value that fits the range but
//! not the Rust type (`-1` for a `u32`) is reported against the type's own
//! bounds.

use std::ffi::OsString;
use std::fmt::Display;
use std::marker::PhantomData;

use super::{ParamType, ParamValue, RangeValue};
use crate::compat::repr::{py_float_repr, py_repr_os};
use crate::{Context, Error};

/// Rust integer types usable with [`Int`].
pub trait IntValue: Copy + Display + Send + Sync + 'static {
    /// The smallest value of the type.
    const MIN: i128;
    /// The largest value of the type (saturated for `u128`).
    const MAX: i128;
    /// Widen to `i128`.
    fn to_i128(self) -> i128;
    /// Narrow from `i128`; `None` when out of the type's range.
    fn from_i128(v: i128) -> Option<Self>;
}

macro_rules! int_value {
    ($($t:ty),*) => {$(
        impl IntValue for $t {
            const MIN: i128 = <$t>::MIN as i128;
            const MAX: i128 = if (<$t>::MAX as u128) > i128::MAX as u128 { i128::MAX } else { <$t>::MAX as i128 };
            fn to_i128(self) -> i128 { self as i128 }
            fn from_i128(v: i128) -> Option<Self> { <$t>::try_from(v).ok() }
        }
        impl ParamValue for $t {
            type Type = Int<$t>;
            fn param_type() -> Int<$t> { Int::new() }
        }
        impl RangeValue for $t {
            fn range_type(min: Option<Self>, max: Option<Self>, min_open: bool, max_open: bool, clamp: bool) -> Int<$t> {
                let mut t = Int::new().into_range();
                t.min = min; t.max = max; t.min_open = min_open; t.max_open = max_open; t.clamp = clamp;
                t
            }
        }
    )*};
}

int_value!(
    i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize
);

/// Parse an integer as Python's `int(str)` does: surrounding whitespace,
/// an optional sign, ASCII digits with single underscores between them.
pub(crate) fn parse_py_int(text: &str) -> Option<i128> {
    // Fast path: plain ASCII digits, no sign, no underscores, no spaces.
    if !text.is_empty() && text.len() < 39 && text.bytes().all(|b| b.is_ascii_digit()) {
        return text.parse().ok();
    }
    let t = text.trim();
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let cleaned = strip_underscores(digits)?;
    if cleaned.is_empty() || !cleaned.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let magnitude: i128 = cleaned.parse().ok()?;
    Some(if neg { -magnitude } else { magnitude })
}

/// Remove underscores that sit between two digits; `None` if an underscore
/// sits anywhere else.
fn strip_underscores(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            let ok = i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !ok {
                return None;
            }
        } else {
            out.push(b as char);
        }
    }
    if text.is_ascii() { Some(out) } else { None }
}

/// Parse a float as Python's `float(str)` does (whitespace, underscores
/// between digits, `inf`, `nan`, exponents).
pub(crate) fn parse_py_float(text: &str) -> Option<f64> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    if matches!(unsigned, "inf" | "infinity" | "nan") {
        return lower.parse().ok();
    }
    let cleaned = strip_underscores(t)?;
    if cleaned.is_empty()
        || !cleaned
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
    {
        return None;
    }
    cleaned.parse().ok()
}

/// An integer, optionally limited to a range: Click's `INT` and `IntRange`.
///
/// ```
/// use clack_core::{ParamType, types::Int};
/// let t = Int::<u32>::range(1, 10);
/// assert_eq!(t.convert("3".into(), None).unwrap(), 3);
/// assert_eq!(t.convert("11".into(), None).unwrap_err().message(), "11 is not in the range 1<=x<=10.");
/// assert_eq!(t.name(), "integer range");
/// let clamped = Int::<i64>::range(0, 5).clamp(true);
/// assert_eq!(clamped.convert("9".into(), None).unwrap(), 5);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Int<T = i64> {
    min: Option<T>,
    max: Option<T>,
    min_open: bool,
    max_open: bool,
    clamp: bool,
    ranged: bool,
    _t: PhantomData<T>,
}

impl<T: IntValue> Default for Int<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: IntValue> Int<T> {
    /// Any integer of type `T` (Click's `INT`).
    ///
    /// ```
    /// assert_eq!(clack_core::types::Int::<i8>::new().convert_str("-3").unwrap(), -3);
    /// ```
    pub fn new() -> Self {
        Int {
            min: None,
            max: None,
            min_open: false,
            max_open: false,
            clamp: false,
            ranged: false,
            _t: PhantomData,
        }
    }

    /// Integers from `min` to `max`, both included (Click's `IntRange(min, max)`).
    ///
    /// ```
    /// use clack_core::{ParamType, types::Int};
    /// assert_eq!(Int::<u8>::range(1, 5).describe_range().as_deref(), Some("1<=x<=5"));
    /// ```
    pub fn range(min: T, max: T) -> Self {
        Self::new().min(min).max(max)
    }

    fn into_range(mut self) -> Self {
        self.ranged = true;
        self
    }

    /// Set the lower bound (and make this a range).
    ///
    /// ```
    /// use clack_core::{ParamType, types::Int};
    /// assert_eq!(Int::<i32>::new().min(0).describe_range().as_deref(), Some("x>=0"));
    /// ```
    pub fn min(mut self, min: T) -> Self {
        self.min = Some(min);
        self.ranged = true;
        self
    }

    /// Set the upper bound (and make this a range).
    ///
    /// ```
    /// use clack_core::{ParamType, types::Int};
    /// assert_eq!(Int::<i32>::new().max(9).describe_range().as_deref(), Some("x<=9"));
    /// ```
    pub fn max(mut self, max: T) -> Self {
        self.max = Some(max);
        self.ranged = true;
        self
    }

    /// Exclude the lower bound itself.
    ///
    /// ```
    /// use clack_core::{ParamType, types::Int};
    /// assert_eq!(Int::<i32>::range(0, 9).min_open(true).describe_range().as_deref(), Some("0<x<=9"));
    /// ```
    pub fn min_open(mut self, open: bool) -> Self {
        self.min_open = open;
        self
    }

    /// Exclude the upper bound itself.
    ///
    /// ```
    /// use clack_core::{ParamType, types::Int};
    /// assert_eq!(Int::<i32>::range(0, 9).max_open(true).describe_range().as_deref(), Some("0<=x<9"));
    /// ```
    pub fn max_open(mut self, open: bool) -> Self {
        self.max_open = open;
        self
    }

    /// Snap values outside the range to its nearest end instead of failing
    /// (an open end snaps to the next integer inside).
    ///
    /// ```
    /// use clack_core::types::Int;
    /// let t = Int::<i32>::range(0, 5).max_open(true).clamp(true);
    /// assert_eq!(t.convert_str("9").unwrap(), 4);
    /// ```
    pub fn clamp(mut self, clamp: bool) -> Self {
        self.clamp = clamp;
        self
    }

    /// Convert text (a convenience for tests and prompts).
    ///
    /// ```
    /// assert!(clack_core::types::Int::<u8>::new().convert_str("300").is_err());
    /// ```
    pub fn convert_str(&self, text: &str) -> Result<T, Error> {
        self.convert(text.into(), None)
    }
}

fn describe<T: Display>(min: Option<T>, max: Option<T>, min_open: bool, max_open: bool) -> String {
    match (min, max) {
        (None, max) => format!(
            "x{}{}",
            if max_open { "<" } else { "<=" },
            max.map(|m| m.to_string()).unwrap_or_else(|| "None".into())
        ),
        (Some(min), None) => format!("x{}{}", if min_open { ">" } else { ">=" }, min),
        (Some(min), Some(max)) => format!(
            "{min}{}x{}{max}",
            if min_open { "<" } else { "<=" },
            if max_open { "<" } else { "<=" }
        ),
    }
}

impl<T: IntValue> ParamType for Int<T> {
    fn is_pure(&self) -> bool {
        true
    }

    type Value = T;

    fn name(&self) -> String {
        if self.ranged {
            "integer range"
        } else {
            "integer"
        }
        .into()
    }

    fn convert(&self, value: OsString, _ctx: Option<&Context>) -> Result<T, Error> {
        let text = match value.to_str() {
            Some(s) => std::borrow::Cow::Borrowed(s),
            None => value.to_string_lossy(),
        };
        let Some(mut n) = parse_py_int(&text) else {
            return Err(Error::bad_parameter(format!(
                "{} is not a valid {}.",
                py_repr_os(&value),
                self.name()
            )));
        };
        let min = self.min.map(IntValue::to_i128);
        let max = self.max.map(IntValue::to_i128);
        let below = min.is_some_and(|m| if self.min_open { n <= m } else { n < m });
        let above = max.is_some_and(|m| if self.max_open { n >= m } else { n > m });
        if self.clamp && (below || above) {
            if let (true, Some(m)) = (below, min) {
                n = if self.min_open { m + 1 } else { m };
            } else if let Some(m) = max {
                n = if self.max_open { m - 1 } else { m };
            }
        } else if below || above {
            return Err(Error::bad_parameter(format!(
                "{n} is not in the range {}.",
                describe(self.min, self.max, self.min_open, self.max_open)
            )));
        }
        T::from_i128(n).ok_or_else(|| {
            Error::bad_parameter(format!(
                "{n} is not in the range {}<=x<={}.",
                T::MIN,
                T::MAX
            ))
        })
    }

    fn describe_range(&self) -> Option<String> {
        if !self.ranged || (self.min.is_none() && self.max.is_none()) {
            return None;
        }
        Some(describe(self.min, self.max, self.min_open, self.max_open))
    }
}

/// Rust float types usable with [`Float`].
pub trait FloatValue: Copy + Display + Send + Sync + 'static {
    /// Narrow from `f64`.
    fn from_f64(v: f64) -> Self;
    /// Widen to `f64`.
    fn to_f64(self) -> f64;
}

impl FloatValue for f64 {
    fn from_f64(v: f64) -> Self {
        v
    }
    fn to_f64(self) -> f64 {
        self
    }
}

impl FloatValue for f32 {
    fn from_f64(v: f64) -> Self {
        v as f32
    }
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
}

/// A float, optionally limited to a range: Click's `FLOAT` and `FloatRange`.
///
/// ```
/// use clack_core::{ParamType, types::Float};
/// let t = Float::<f64>::range(0.0, 1.0).min_open(true);
/// assert_eq!(t.convert("0.25".into(), None).unwrap(), 0.25);
/// assert_eq!(t.convert("0".into(), None).unwrap_err().message(), "0.0 is not in the range 0<x<=1.");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Float<T = f64> {
    min: Option<T>,
    max: Option<T>,
    min_open: bool,
    max_open: bool,
    clamp: bool,
    ranged: bool,
}

impl<T: FloatValue> Default for Float<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: FloatValue> Float<T> {
    /// Any float (Click's `FLOAT`).
    ///
    /// ```
    /// use clack_core::{ParamType, types::Float};
    /// assert_eq!(Float::<f64>::new().name(), "float");
    /// ```
    pub fn new() -> Self {
        Float {
            min: None,
            max: None,
            min_open: false,
            max_open: false,
            clamp: false,
            ranged: false,
        }
    }

    /// Floats from `min` to `max`, both included (Click's `FloatRange`).
    ///
    /// ```
    /// use clack_core::{ParamType, types::Float};
    /// assert_eq!(Float::<f32>::range(0.5, 2.0).describe_range().as_deref(), Some("0.5<=x<=2"));
    /// ```
    pub fn range(min: T, max: T) -> Self {
        Self::new().min(min).max(max)
    }

    /// Set the lower bound.
    ///
    /// ```
    /// use clack_core::{ParamType, types::Float};
    /// assert_eq!(Float::<f64>::new().min(0.0).describe_range().as_deref(), Some("x>=0"));
    /// ```
    pub fn min(mut self, min: T) -> Self {
        self.min = Some(min);
        self.ranged = true;
        self
    }

    /// Set the upper bound.
    ///
    /// ```
    /// use clack_core::{ParamType, types::Float};
    /// assert_eq!(Float::<f64>::new().max(1.5).describe_range().as_deref(), Some("x<=1.5"));
    /// ```
    pub fn max(mut self, max: T) -> Self {
        self.max = Some(max);
        self.ranged = true;
        self
    }

    /// Exclude the lower bound.
    ///
    /// ```
    /// use clack_core::{ParamType, types::Float};
    /// assert!(Float::<f64>::range(0.0, 1.0).min_open(true).convert("0".into(), None).is_err());
    /// ```
    pub fn min_open(mut self, open: bool) -> Self {
        self.min_open = open;
        self
    }

    /// Exclude the upper bound.
    ///
    /// ```
    /// use clack_core::{ParamType, types::Float};
    /// assert!(Float::<f64>::range(0.0, 1.0).max_open(true).convert("1".into(), None).is_err());
    /// ```
    pub fn max_open(mut self, open: bool) -> Self {
        self.max_open = open;
        self
    }

    /// Snap values outside the range to the nearest bound. Like Click, an
    /// open bound cannot be clamped to: such values are rejected instead.
    ///
    /// ```
    /// use clack_core::{ParamType, types::Float};
    /// let t = Float::<f64>::range(0.0, 1.0).clamp(true);
    /// assert_eq!(t.convert("7".into(), None).unwrap(), 1.0);
    /// ```
    pub fn clamp(mut self, clamp: bool) -> Self {
        self.clamp = clamp;
        self
    }
}

impl<T: FloatValue> ParamType for Float<T> {
    fn is_pure(&self) -> bool {
        true
    }

    type Value = T;

    fn name(&self) -> String {
        if self.ranged { "float range" } else { "float" }.into()
    }

    fn convert(&self, value: OsString, _ctx: Option<&Context>) -> Result<T, Error> {
        let text = value.to_string_lossy();
        let Some(mut n) = parse_py_float(&text) else {
            return Err(Error::bad_parameter(format!(
                "{} is not a valid {}.",
                py_repr_os(&value),
                self.name()
            )));
        };
        let min = self.min.map(FloatValue::to_f64);
        let max = self.max.map(FloatValue::to_f64);
        let below = min.is_some_and(|m| if self.min_open { n <= m } else { n < m });
        let above = max.is_some_and(|m| if self.max_open { n >= m } else { n > m });
        let can_clamp = (below && !self.min_open) || (above && !self.max_open);
        if self.clamp && can_clamp {
            if let (true, Some(m)) = (below, min) {
                n = m;
            } else if let Some(m) = max {
                n = m;
            }
        } else if below || above {
            return Err(Error::bad_parameter(format!(
                "{} is not in the range {}.",
                py_float_repr(n),
                describe(self.min, self.max, self.min_open, self.max_open)
            )));
        }
        Ok(T::from_f64(n))
    }

    fn describe_range(&self) -> Option<String> {
        if !self.ranged {
            return None;
        }
        Some(describe(self.min, self.max, self.min_open, self.max_open))
    }
}

impl ParamValue for f64 {
    type Type = Float<f64>;
    fn param_type() -> Float<f64> {
        Float::new()
    }
}

impl ParamValue for f32 {
    type Type = Float<f32>;
    fn param_type() -> Float<f32> {
        Float::new()
    }
}

impl RangeValue for f64 {
    fn range_type(
        min: Option<Self>,
        max: Option<Self>,
        min_open: bool,
        max_open: bool,
        clamp: bool,
    ) -> Float<f64> {
        range_float(min, max, min_open, max_open, clamp)
    }
}

impl RangeValue for f32 {
    fn range_type(
        min: Option<Self>,
        max: Option<Self>,
        min_open: bool,
        max_open: bool,
        clamp: bool,
    ) -> Float<f32> {
        range_float(min, max, min_open, max_open, clamp)
    }
}

fn range_float<T: FloatValue>(
    min: Option<T>,
    max: Option<T>,
    min_open: bool,
    max_open: bool,
    clamp: bool,
) -> Float<T> {
    Float {
        min,
        max,
        min_open,
        max_open,
        clamp,
        ranged: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_int_syntax() {
        assert_eq!(parse_py_int(" 42 "), Some(42));
        assert_eq!(parse_py_int("-1_000"), Some(-1000));
        assert_eq!(parse_py_int("+7"), Some(7));
        assert_eq!(parse_py_int("4.5"), None);
        assert_eq!(parse_py_int("1__0"), None);
        assert_eq!(parse_py_int("_1"), None);
        assert_eq!(parse_py_int(""), None);
        assert_eq!(parse_py_int("-"), None);
        assert_eq!(parse_py_int("0x10"), None);
    }

    #[test]
    fn python_float_syntax() {
        assert_eq!(parse_py_float("2.5"), Some(2.5));
        assert_eq!(parse_py_float(" 1e3 "), Some(1000.0));
        assert_eq!(parse_py_float(".5"), Some(0.5));
        assert_eq!(parse_py_float("1_0.5"), Some(10.5));
        assert!(parse_py_float("-inf").unwrap().is_infinite());
        assert!(parse_py_float("NaN").unwrap().is_nan());
        assert_eq!(parse_py_float("abc"), None);
        assert_eq!(parse_py_float("1,5"), None);
    }

    #[test]
    fn int_messages() {
        let t = Int::<i64>::new();
        assert_eq!(
            t.convert_str("4.5").unwrap_err().message(),
            "'4.5' is not a valid integer."
        );
        let r = Int::<u32>::range(1, 10);
        assert_eq!(
            r.convert_str("many").unwrap_err().message(),
            "'many' is not a valid integer range."
        );
        assert_eq!(
            Int::<u32>::new().convert_str("-1").unwrap_err().message(),
            "-1 is not in the range 0<=x<=4294967295."
        );
    }

    #[test]
    fn open_bounds_and_clamp() {
        let t = Int::<i32>::range(0, 5).min_open(true).clamp(true);
        assert_eq!(t.convert_str("-3").unwrap(), 1);
        let f = Float::<f64>::range(0.0, 1.0).min_open(true).clamp(true);
        assert!(f.convert("0".into(), None).is_err());
        assert_eq!(f.convert("5".into(), None).unwrap(), 1.0);
    }
}
