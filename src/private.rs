//! Items the macros' generated code uses. Not part of the public API: names
//! and signatures here change without notice.

use std::any::{Any, type_name};

pub use clack_core::ParamSet;
pub use clack_core::types::{
    ChoiceEnum, DefaultFor, IntoDefault, NotOption, ParamValue, RangeValue, check_default,
};
pub use clack_core::*;

/// Check (at compile time) that an explicit parameter type produces the
/// parameter's Rust type `T`, and pass it through.
pub fn param_type<T, P: ParamType<Value = T>>(ty: P) -> P {
    ty
}

/// A function usable as a group's `result_callback`: `fn(Vec<T>) -> R` or
/// `fn(&Context, Vec<T>) -> R`, each possibly `async`, where `R` is anything a command may return
/// ([`CommandReturn`]). `M` tells the two forms apart.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a result callback",
    label = "expected `fn(Vec<T>)` or `fn(&Context, Vec<T>)`, possibly `async`",
    note = "a result callback takes the subcommands' results as a `Vec<T>`, optionally after `&Context`, and returns what a command may return (`clack::CommandReturn`): `()`, `Result<U, E>`, ..."
)]
pub trait ResultCallbackFn<M> {
    /// Downcast the subcommands' results and call the function.
    fn call_with(&self, ctx: &Context, results: Vec<Output>) -> Result<Output, Error>;
}

/// Marker for `fn(Vec<T>) -> R`.
pub struct WithoutContext<T, R>(std::marker::PhantomData<(T, R)>);
/// Marker for `fn(&Context, Vec<T>) -> R`.
pub struct WithContext<T, R>(std::marker::PhantomData<(T, R)>);

impl<F, T: Any, R: CommandReturn> ResultCallbackFn<WithoutContext<T, R>> for F
where
    F: Fn(Vec<T>) -> R,
{
    fn call_with(&self, _ctx: &Context, results: Vec<Output>) -> Result<Output, Error> {
        self(downcast_results(results)?).into_output()
    }
}

impl<F, T: Any, R: CommandReturn> ResultCallbackFn<WithContext<T, R>> for F
where
    F: Fn(&Context, Vec<T>) -> R,
{
    fn call_with(&self, ctx: &Context, results: Vec<Output>) -> Result<Output, Error> {
        self(ctx, downcast_results(results)?).into_output()
    }
}

/// Marker for `async fn(Vec<T>) -> R`.
pub struct AsyncWithoutContext<T, R>(std::marker::PhantomData<(T, R)>);
/// Marker for `async fn(&Context, Vec<T>) -> R`.
pub struct AsyncWithContext<T, R>(std::marker::PhantomData<(T, R)>);

impl<F, T: Any, R: CommandReturn> ResultCallbackFn<AsyncWithoutContext<T, R>> for F
where
    F: AsyncFn(Vec<T>) -> R,
{
    fn call_with(&self, _ctx: &Context, results: Vec<Output>) -> Result<Output, Error> {
        block_on(self(downcast_results(results)?)).into_output()
    }
}

impl<F, T: Any, R: CommandReturn> ResultCallbackFn<AsyncWithContext<T, R>> for F
where
    F: AsyncFn(&Context, Vec<T>) -> R,
{
    fn call_with(&self, ctx: &Context, results: Vec<Output>) -> Result<Output, Error> {
        block_on(self(ctx, downcast_results(results)?)).into_output()
    }
}

/// Call a result callback (what `#[group(result_callback = f)]` expands to).
///
/// # Errors
/// A subcommand returned something other than the `T` the callback takes,
/// or the callback failed.
pub fn call_result_callback<M, F: ResultCallbackFn<M>>(
    f: &F,
    ctx: &Context,
    results: Vec<Output>,
) -> Result<Output, Error> {
    f.call_with(ctx, results)
}

/// Each subcommand's result as a `T`. `T = Output` passes them through;
/// `T = ()` accepts commands that returned nothing.
fn downcast_results<T: Any>(results: Vec<Output>) -> Result<Vec<T>, Error> {
    let mut out = Vec::with_capacity(results.len());
    for result in results {
        let boxed: Box<dyn Any> = Box::new(result);
        let result = match boxed.downcast::<T>() {
            Ok(t) => {
                out.push(*t);
                continue;
            }
            Err(b) => match b.downcast::<Output>() {
                Ok(o) => *o,
                Err(_) => return Err(wrong_result::<T>()),
            },
        };
        if !result.is_some() {
            let unit: Box<dyn Any> = Box::new(());
            match unit.downcast::<T>() {
                Ok(t) => out.push(*t),
                Err(_) => return Err(wrong_result::<T>()),
            }
            continue;
        }
        match result.downcast::<T>() {
            Ok(t) => out.push(t),
            Err(_) => return Err(wrong_result::<T>()),
        }
    }
    Ok(out)
}

fn wrong_result<T>() -> Error {
    Error::failure(format!(
        "The result callback takes a `{}` from every command, but a command returned something else.",
        type_name::<T>()
    ))
}

/// Picks a parameter's type from its Rust type `T` in generated code:
/// `(&&Pick::<T>::new()).param_type()`, with [`ViaParamValue`] in scope,
/// is `T`'s [`ParamValue`] type when there is one (method lookup tries
/// the receiver `&&Pick<T>` first, where only that trait is implemented),
/// and otherwise a [`types::FromStrType`] (the inherent method, whose
/// receiver is `&Pick<T>`), whose bound names both ways in its error.
pub struct Pick<T>(std::marker::PhantomData<fn() -> T>);

impl<T> Pick<T> {
    /// The picker for `T`.
    pub fn new() -> Self {
        Pick(std::marker::PhantomData)
    }

    /// The fallback: convert with `T`'s `FromStr`.
    pub fn param_type(&self) -> types::FromStrType<T>
    where
        T: FromStrParam,
    {
        types::FromStrType::new()
    }
}

impl<T> Default for Pick<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// The first choice of [`Pick`]: a built-in (or derived) conversion.
pub trait ViaParamValue {
    /// The parameter type.
    type Type: ParamType;
    /// `T::param_type()`.
    fn param_type(self) -> Self::Type;
}

impl<T: ParamValue> ViaParamValue for &&Pick<T> {
    type Type = T::Type;
    fn param_type(self) -> T::Type {
        T::param_type()
    }
}

/// Types that convert through `FromStr` (with an error that can be shown).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a parameter's value",
    label = "neither `ParamValue` nor `FromStr` is implemented for `{Self}`",
    note = "implement `std::str::FromStr` for it (with an `Err` that is `Display`), or `clack::ParamValue`, or give the parameter a type with `ty = ..`"
)]
pub trait FromStrParam: std::str::FromStr<Err: std::fmt::Display> + Clone + 'static {}

impl<T> FromStrParam for T
where
    T: std::str::FromStr + Clone + 'static,
    T::Err: std::fmt::Display,
{
}

/// Checks a parameter's `default` in generated code, by the parameter type
/// `P` the macro picked for the Rust type `T`:
/// `(&&DefaultProbe::<T, _, _>::new(&ty, &value)).check()`, with
/// [`ViaDefaultFor`] in scope. A value that stands for a `T`
/// ([`DefaultFor`]) is checked by that trait (method lookup tries the
/// receiver `&&DefaultProbe` first); otherwise the inherent method asks
/// [`TextDefault`], which accepts text for a type converted by `FromStr`.
pub struct DefaultProbe<T, P, S>(std::marker::PhantomData<Marker<(T, P, S)>>);

/// A marker that is `Send + Sync` whatever `T` is.
type Marker<T> = fn() -> T;

impl<T, P, S> DefaultProbe<T, P, S> {
    /// The probe for a parameter of type `ty` and a default `value`.
    pub fn new(_ty: &P, _value: &S) -> Self {
        DefaultProbe(std::marker::PhantomData)
    }

    /// The fallback: a text default for a `FromStr` type.
    pub fn check(&self)
    where
        P: TextDefault<T, S>,
    {
    }
}

/// The first choice of [`DefaultProbe`]: a value that stands for a `T`.
pub trait ViaDefaultFor {
    /// Nothing to do at run time: the bound is the check.
    fn check(self);
}

impl<T, P, S: DefaultFor<T>> ViaDefaultFor for &&DefaultProbe<T, P, S> {
    fn check(self) {}
}

/// Parameter types that take a default of type `S` for a parameter of
/// type `T` written as text: [`types::FromStrType`] takes a string (or,
/// for a list, strings), converted when the command first runs (a text it
/// refuses is a declaration error).
#[diagnostic::on_unimplemented(
    message = "a default of type `{S}` does not fit a parameter of type `{T}`",
    label = "expected a value that stands for a `{T}`",
    note = "a default is a value of the parameter's type (`default = 3` for a `u32`), or text for a type that clack converts with `FromStr` (`default = \"127.0.0.1\"` for an `IpAddr`)"
)]
pub trait TextDefault<T, S> {}

impl<T> TextDefault<T, &str> for types::FromStrType<T> {}
impl<T, const N: usize> TextDefault<Vec<T>, [&str; N]> for types::FromStrType<T> {}
impl<T> TextDefault<Vec<T>, Vec<&str>> for types::FromStrType<T> {}
