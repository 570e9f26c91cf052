//! The object-safe face of [`ParamType`], used by parameters.
//!
//! A parameter stores its type as `Arc<dyn DynType>`. The adapter converts
//! the raw strings of one parameter into the shape the parameter declares:
//! one value `T`, or a `Vec<T>` for variadic and repeated parameters, or a
//! `Vec<Vec<T>>` for a repeated option taking several values of a simple type.
//! Each shape is boxed once, whatever the number of items.

use std::ffi::{OsStr, OsString};
use std::sync::Arc;

use super::{MetavarInfo, ParamType};
use crate::candidate::CompletionItem;
use crate::{Context, Error, Value};

/// A parameter type with its value type erased.
pub(crate) trait DynType: Send + Sync {
    fn name(&self) -> String;
    fn metavar(&self, info: &MetavarInfo) -> Option<String>;
    fn is_composite(&self) -> bool;
    /// How many strings one value takes.
    fn arity(&self) -> usize;
    /// One value from the strings of one occurrence (`arity` of them).
    fn convert_one(&self, tokens: Vec<OsString>, ctx: Option<&Context>) -> Result<Value, Error>;
    /// `Vec<T>`, one `T` per group of `arity` strings.
    fn convert_list(&self, tokens: Vec<OsString>, ctx: Option<&Context>) -> Result<Value, Error>;
    /// `Vec<Vec<T>>`: groups of `n` strings, each string one `T`.
    fn convert_nested(
        &self,
        tokens: Vec<OsString>,
        n: usize,
        ctx: Option<&Context>,
    ) -> Result<Value, Error>;
    fn empty_list(&self) -> Value;
    fn split_envvar_value(&self, value: &OsStr) -> Vec<OsString>;
    fn shell_complete(&self, ctx: &Context, incomplete: &str) -> Vec<CompletionItem>;
    fn missing_message(&self, ctx: Option<&Context>) -> Option<String>;
    fn describe_range(&self) -> Option<String>;
    fn choices(&self, ctx: Option<&Context>) -> Option<Vec<String>>;
    fn is_bool(&self) -> bool;
    fn is_pure(&self) -> bool;
    /// The Rust type of one converted value.
    fn value_type(&self) -> std::any::TypeId;
}

struct Erased<P>(P);

/// Erase a parameter type for storage in a parameter.
pub(crate) fn erase<P: ParamType>(ty: P) -> Arc<dyn DynType> {
    Arc::new(Erased(ty))
}

/// The default type of options and arguments (text), made once and shared.
pub(crate) fn text_type() -> Arc<dyn DynType> {
    static TEXT: std::sync::OnceLock<Arc<dyn DynType>> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| erase(super::Text)).clone()
}

/// The type of boolean flags, made once and shared.
pub(crate) fn bool_type() -> Arc<dyn DynType> {
    static BOOL: std::sync::OnceLock<Arc<dyn DynType>> = std::sync::OnceLock::new();
    BOOL.get_or_init(|| erase(super::Bool)).clone()
}

impl<P: ParamType> Erased<P> {
    fn one(&self, mut tokens: Vec<OsString>, ctx: Option<&Context>) -> Result<P::Value, Error> {
        if self.0.is_composite() {
            self.0.convert_many(tokens, ctx)
        } else if tokens.len() == 1 {
            let token = tokens.pop().unwrap_or_default();
            self.0.convert(token, ctx)
        } else {
            self.0.convert_many(tokens, ctx)
        }
    }
}

impl<P: ParamType> DynType for Erased<P> {
    fn name(&self) -> String {
        self.0.name()
    }
    fn metavar(&self, info: &MetavarInfo) -> Option<String> {
        self.0.metavar(info)
    }
    fn is_composite(&self) -> bool {
        self.0.is_composite()
    }
    fn arity(&self) -> usize {
        self.0.arity()
    }
    fn convert_one(&self, tokens: Vec<OsString>, ctx: Option<&Context>) -> Result<Value, Error> {
        self.one(tokens, ctx).map(Value::new)
    }
    fn convert_list(&self, tokens: Vec<OsString>, ctx: Option<&Context>) -> Result<Value, Error> {
        let arity = self.0.arity().max(1);
        let mut out: Vec<P::Value> = Vec::with_capacity(tokens.len() / arity);
        if arity == 1 && !self.0.is_composite() {
            for token in tokens {
                out.push(self.0.convert(token, ctx)?);
            }
        } else {
            let mut iter = tokens.into_iter();
            loop {
                let group: Vec<OsString> = iter.by_ref().take(arity).collect();
                if group.len() < arity {
                    break;
                }
                out.push(self.0.convert_many(group, ctx)?);
            }
        }
        Ok(Value::new(out))
    }
    fn convert_nested(
        &self,
        tokens: Vec<OsString>,
        n: usize,
        ctx: Option<&Context>,
    ) -> Result<Value, Error> {
        let n = n.max(1);
        let mut out: Vec<Vec<P::Value>> = Vec::with_capacity(tokens.len() / n);
        let mut iter = tokens.into_iter();
        loop {
            let group: Vec<OsString> = iter.by_ref().take(n).collect();
            if group.len() < n {
                break;
            }
            let mut items = Vec::with_capacity(n);
            for token in group {
                items.push(self.0.convert(token, ctx)?);
            }
            out.push(items);
        }
        Ok(Value::new(out))
    }
    fn empty_list(&self) -> Value {
        Value::new(Vec::<P::Value>::new())
    }
    fn split_envvar_value(&self, value: &OsStr) -> Vec<OsString> {
        self.0.split_envvar_value(value)
    }
    fn shell_complete(&self, ctx: &Context, incomplete: &str) -> Vec<CompletionItem> {
        self.0.shell_complete(ctx, incomplete)
    }
    fn missing_message(&self, ctx: Option<&Context>) -> Option<String> {
        self.0.missing_message(ctx)
    }
    fn describe_range(&self) -> Option<String> {
        self.0.describe_range()
    }
    fn choices(&self, ctx: Option<&Context>) -> Option<Vec<String>> {
        self.0.choices(ctx)
    }
    fn is_bool(&self) -> bool {
        self.0.is_bool()
    }
    fn is_pure(&self) -> bool {
        self.0.is_pure()
    }
    fn value_type(&self) -> std::any::TypeId {
        std::any::TypeId::of::<P::Value>()
    }
}
