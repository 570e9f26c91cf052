//! Defaults and flag values written as Rust values: the type Click infers
//! from them, and holding them as typed values of the parameter's type.

use super::{Literal, ParamData};
use std::sync::Arc;

use crate::types::DynType;
use crate::value::TypedDefault;

/// Give a parameter that names no type the one Click infers from its
/// default (`convert_type(None, default)`: `default=1` makes an integer,
/// `1.0` a float, `True` a boolean; a list, from its first item).
pub(super) fn infer_type(param: &mut ParamData, typed: Option<&TypedDefault>) {
    if param.type_explicit {
        return;
    }
    if let Some(infer) = typed.and_then(|t| t.infer)
        && let Ok(ty) = infer().downcast::<Arc<dyn DynType>>()
    {
        param.ty = *ty;
    }
}

/// The literal as the parameter will hold it: the typed value itself when
/// the program wrote a value of the type the parameter stores and the type
/// would pass it through unchanged (text, an integer, a float or a boolean
/// with no range); else the text, converted by the type when used.
pub(super) fn hold(param: &ParamData, lit: Literal, typed: Option<&TypedDefault>) -> Literal {
    let Some(typed) = typed else {
        return lit;
    };
    let single = !param.multiple && param.nargs == 1;
    let plain = matches!(
        param.ty.name().as_str(),
        "text" | "integer" | "float" | "boolean"
    );
    if single && plain && typed.type_id == Some(param.ty.value_type()) {
        lit.into_typed(typed)
    } else {
        lit
    }
}
