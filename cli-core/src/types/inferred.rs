//! Defaults of the Rust types Click infers a parameter type from: an
//! integer default makes an `INTEGER` parameter, a float a `FLOAT` one, a
//! boolean a `BOOLEAN` one, when the parameter names no type.
//!
//! Each impl hands the value layer a function that makes its type, so that
//! a program links a type's conversion (the float parser, say) only when it
//! writes a default of that type.

use std::any::Any;
use std::ffi::OsString;

use super::{ParamValue, bool_type, erase};
use crate::value::{InferType, IntoDefault, TypedDefault};

macro_rules! integer_default {
    ($($t:ty),*) => {$(
        impl IntoDefault for $t {
            fn default_tokens(&self, out: &mut Vec<OsString>) {
                out.push(self.to_string().into());
            }
            fn __typed(&self) -> Option<TypedDefault> {
                Some(TypedDefault::of(*self, Some(INTEGER)))
            }
        }
    )*};
}

integer_default!(
    i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize
);

/// Click's `INT`, as an `i64`.
const INTEGER: InferType = || Box::new(erase(i64::param_type())) as Box<dyn Any>;
/// Click's `FLOAT`, as an `f64`.
const FLOAT: InferType = || Box::new(erase(f64::param_type())) as Box<dyn Any>;
/// Click's `BOOL`.
const BOOLEAN: InferType = || Box::new(bool_type()) as Box<dyn Any>;

impl IntoDefault for f32 {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        out.push(crate::compat::repr::py_float_repr(f64::from(*self)).into());
    }
    fn __typed(&self) -> Option<TypedDefault> {
        Some(TypedDefault::of(*self, Some(FLOAT)))
    }
}

impl IntoDefault for f64 {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        out.push(crate::compat::repr::py_float_repr(*self).into());
    }
    fn __typed(&self) -> Option<TypedDefault> {
        Some(TypedDefault::of(*self, Some(FLOAT)))
    }
}

/// Booleans read as Python prints them (`True`, `False`), which is also what
/// help shows and what the `BOOL` type accepts.
impl IntoDefault for bool {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        out.push(if *self { "True" } else { "False" }.into());
    }
    fn __typed(&self) -> Option<TypedDefault> {
        Some(TypedDefault::of(*self, Some(BOOLEAN)))
    }
}
