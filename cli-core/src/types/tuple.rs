//! Click's `Tuple`: one value made of several, each with its own type.

use std::ffi::OsString;

use super::{MetavarInfo, ParamType, ParamValue};
use crate::{Context, Error};

/// A fixed-size group of values with a type each (Click's `Tuple`), such as
/// `(String, i32)`: the parameter takes as many strings as there are types,
/// and its metavar lists them (`<TEXT INTEGER>...`).
///
/// ```
/// use clack_core::{ParamType, ParamValue, types::Tuple};
/// let t = <(String, i32) as ParamValue>::param_type();
/// assert_eq!(t.arity(), 2);
/// assert_eq!(t.convert_many(vec!["x".into(), "1".into()], None).unwrap(), ("x".to_string(), 1));
/// assert_eq!(
///     t.convert_many(vec!["x".into()], None).unwrap_err().message(),
///     "2 values are required, but 1 was given."
/// );
/// # let _ = Tuple((clack_core::types::Text, clack_core::types::Text));
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Tuple<T>(pub T);

fn wrong_count(expected: usize, given: usize) -> Error {
    let verb = if given == 1 { "was" } else { "were" };
    Error::bad_parameter(format!(
        "{expected} values are required, but {given} {verb} given."
    ))
}

fn item_metavar<P: ParamType>(p: &P, info: &MetavarInfo) -> String {
    p.metavar(info).unwrap_or_else(|| p.name().to_uppercase())
}

macro_rules! tuple_type {
    ($n:expr; $($p:ident $v:ident $i:tt),+) => {
        impl<$($p: ParamType),+> ParamType for Tuple<($($p,)+)> {
            type Value = ($($p::Value,)+);

            fn name(&self) -> String {
                let names: Vec<String> = vec![$(self.0.$i.name()),+];
                format!("<{}>", names.join(" "))
            }

            fn metavar(&self, info: &MetavarInfo) -> Option<String> {
                let items: Vec<String> = vec![$(item_metavar(&self.0.$i, info)),+];
                Some(format!("<{}>", items.join(" ")))
            }

            fn arity(&self) -> usize {
                $n
            }

            fn is_composite(&self) -> bool {
                true
            }

            fn convert(&self, value: OsString, ctx: Option<&Context>) -> Result<Self::Value, Error> {
                self.convert_many(vec![value], ctx)
            }

            fn convert_many(&self, values: Vec<OsString>, ctx: Option<&Context>) -> Result<Self::Value, Error> {
                if values.len() != $n {
                    return Err(wrong_count($n, values.len()));
                }
                let mut iter = values.into_iter();
                Ok(($( self.0.$i.convert(iter.next().unwrap_or_default(), ctx)?, )+))
            }
        }

        impl<$($v: ParamValue),+> ParamValue for ($($v,)+) {
            type Type = Tuple<($($v::Type,)+)>;
            fn param_type() -> Self::Type {
                Tuple(($($v::param_type(),)+))
            }
        }
    };
}

tuple_type!(2; A VA 0, B VB 1);
tuple_type!(3; A VA 0, B VB 1, C VC 2);
tuple_type!(4; A VA 0, B VB 1, C VC 2, D VD 3);
tuple_type!(5; A VA 0, B VB 1, C VC 2, D VD 3, E VE 4);
tuple_type!(6; A VA 0, B VB 1, C VC 2, D VD 3, E VE 4, F VF 5);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metavar_and_name() {
        let t = <(String, i64) as ParamValue>::param_type();
        let info = MetavarInfo {
            is_argument: false,
            required: false,
            show_choices: true,
        };
        assert_eq!(t.metavar(&info).as_deref(), Some("<TEXT INTEGER>"));
        assert_eq!(t.name(), "<text integer>");
    }
}
