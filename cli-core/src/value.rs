//! Type-erased parameter values.
//!
//! A [`Value`] holds one converted parameter value of any `Clone + 'static`
//! type: what a [`ParamType`](crate::ParamType) produced (`u32`, `PathBuf`,
//! a derived choice enum) or a list of them for repeated and variadic
//! parameters (`Vec<T>`). Reading it back names the expected type, and a
//! mismatch is an [`Error`](crate::Error), never a panic.

use std::any::{Any, TypeId, type_name};
use std::ffi::{OsStr, OsString};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The object-safe part of a value: cloning and downcasting.
trait AnyValue: Any {
    fn clone_box(&self) -> Box<dyn AnyValue>;
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
    fn into_any(self: Box<Self>) -> Box<dyn Any>;
    fn type_name(&self) -> &'static str;
}

impl<T: Any + Clone> AnyValue for T {
    fn clone_box(&self) -> Box<dyn AnyValue> {
        Box::new(self.clone())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
    fn into_any(self: Box<Self>) -> Box<dyn Any> {
        self
    }
    fn type_name(&self) -> &'static str {
        type_name::<T>()
    }
}

/// One parameter value of any `Clone + 'static` type.
///
/// ```
/// use clack_core::Value;
/// let v = Value::new(42u32);
/// assert_eq!(v.get::<u32>(), Some(&42));
/// assert_eq!(v.get::<i64>(), None);
/// assert_eq!(v.clone().take::<u32>().ok(), Some(42));
/// ```
pub struct Value(Box<dyn AnyValue>);

impl Value {
    /// Wrap a value.
    ///
    /// ```
    /// let v = clack_core::Value::new(String::from("hi"));
    /// assert!(v.is::<String>());
    /// ```
    pub fn new<T: Any + Clone>(value: T) -> Self {
        Value(Box::new(value))
    }

    /// Whether the value is a `T`.
    ///
    /// ```
    /// assert!(clack_core::Value::new(1.5f64).is::<f64>());
    /// ```
    pub fn is<T: Any>(&self) -> bool {
        self.0.as_any().is::<T>()
    }

    /// The `TypeId` of the value inside.
    pub(crate) fn value_type_id(&self) -> TypeId {
        Any::type_id(self.0.as_any())
    }

    /// Borrow the value as a `T`, if it is one.
    ///
    /// ```
    /// let v = clack_core::Value::new(vec![1u8, 2]);
    /// assert_eq!(v.get::<Vec<u8>>().map(Vec::len), Some(2));
    /// ```
    pub fn get<T: Any>(&self) -> Option<&T> {
        self.0.as_any().downcast_ref()
    }

    /// Borrow the value mutably as a `T`, if it is one.
    ///
    /// ```
    /// let mut v = clack_core::Value::new(1u8);
    /// *v.get_mut::<u8>().unwrap() += 1;
    /// assert_eq!(v.get::<u8>(), Some(&2));
    /// ```
    pub fn get_mut<T: Any>(&mut self) -> Option<&mut T> {
        self.0.as_any_mut().downcast_mut()
    }

    /// Move the value out as a `T`, or give it back unchanged.
    ///
    /// ```
    /// let v = clack_core::Value::new(3i64);
    /// let v = v.take::<u8>().unwrap_err();
    /// assert_eq!(v.take::<i64>().ok(), Some(3));
    /// ```
    pub fn take<T: Any>(self) -> Result<T, Value> {
        if self.is::<T>() {
            match self.0.into_any().downcast::<T>() {
                Ok(b) => Ok(*b),
                // `is` was checked just above; this arm cannot be reached but
                // avoids a panic path all the same.
                Err(_) => unreachable_value(),
            }
        } else {
            Err(self)
        }
    }

    /// The Rust type name of the value, for error messages.
    ///
    /// ```
    /// assert_eq!(clack_core::Value::new(1u16).type_name(), "u16");
    /// ```
    pub fn type_name(&self) -> &'static str {
        self.0.type_name()
    }
}

#[cold]
fn unreachable_value<T>() -> Result<T, Value> {
    Err(Value::new(()))
}

impl Clone for Value {
    fn clone(&self) -> Self {
        Value(self.0.clone_box())
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Value<{}>", self.type_name())
    }
}

/// What a command's callback returned, handed to a group's result callback.
///
/// Unlike [`Value`] it need not be `Clone`: a chained command typically
/// returns a closure.
///
/// ```
/// use clack_core::Output;
/// let out = Output::new(|x: u32| x + 1);
/// assert!(out.is_some());
/// ```
pub struct Output(Option<Box<dyn Any>>);

impl Output {
    /// Wrap a returned value.
    ///
    /// ```
    /// let out = clack_core::Output::new(5u8);
    /// assert_eq!(out.downcast::<u8>().ok(), Some(5));
    /// ```
    pub fn new<T: Any>(value: T) -> Self {
        Output(Some(Box::new(value)))
    }

    /// Nothing was returned (a callback returning `()`, or no callback).
    ///
    /// ```
    /// assert!(!clack_core::Output::none().is_some());
    /// ```
    pub fn none() -> Self {
        Output(None)
    }

    /// Whether a value was returned.
    ///
    /// ```
    /// assert!(clack_core::Output::new("x").is_some());
    /// ```
    pub fn is_some(&self) -> bool {
        self.0.is_some()
    }

    /// Borrow the returned value as a `T`.
    ///
    /// ```
    /// assert_eq!(clack_core::Output::new(7i32).get::<i32>(), Some(&7));
    /// ```
    pub fn get<T: Any>(&self) -> Option<&T> {
        self.0.as_ref()?.downcast_ref()
    }

    /// Move the returned value out as a `T`, or give the output back.
    ///
    /// ```
    /// let out = clack_core::Output::new(String::from("a"));
    /// assert_eq!(out.downcast::<String>().ok().as_deref(), Some("a"));
    /// ```
    pub fn downcast<T: Any>(self) -> Result<T, Output> {
        match self.0 {
            Some(b) => b.downcast::<T>().map(|b| *b).map_err(|b| Output(Some(b))),
            None => Err(Output(None)),
        }
    }
}

impl fmt::Debug for Output {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0.is_some() {
            "Output(..)"
        } else {
            "Output(None)"
        })
    }
}

impl Default for Output {
    fn default() -> Self {
        Output::none()
    }
}

/// A value written in the program: a default, a flag value or a default-map
/// entry.
#[derive(Clone)]
pub(crate) enum Literal {
    /// Strings converted by the parameter's type like command-line values.
    Tokens(Vec<OsString>),
    /// An already typed value (made fresh each time it is used, so that
    /// parameters stay `Send + Sync`), shown in help as `shown`; `tokens`
    /// is the text Click would have (for the declaration check, and where
    /// Click compares text), when the program gave it as a Rust value.
    Typed {
        make: Arc<dyn Fn() -> Value + Send + Sync>,
        shown: String,
        tokens: Option<Vec<OsString>>,
    },
    /// Computed when needed; help shows `(dynamic)`.
    Dynamic(Arc<dyn Fn() -> Vec<OsString> + Send + Sync>),
}

impl Literal {
    pub(crate) fn from_default(value: &(impl IntoDefault + ?Sized)) -> Literal {
        let mut tokens = Vec::new();
        value.default_tokens(&mut tokens);
        Literal::Tokens(tokens)
    }

    /// The text this value stands for, when it has one (not for a dynamic
    /// default, nor a typed one given without it).
    pub(crate) fn tokens(&self) -> Option<&[OsString]> {
        match self {
            Literal::Tokens(t)
            | Literal::Typed {
                tokens: Some(t), ..
            } => Some(t),
            _ => None,
        }
    }

    /// A boolean, held typed, with the word Click shows for it.
    pub(crate) fn bool(value: bool) -> Literal {
        let word = if value { "True" } else { "False" };
        Literal::Typed {
            make: Arc::new(move || Value::new(value)),
            shown: word.into(),
            tokens: Some(vec![word.into()]),
        }
    }

    /// Whether this is the one word `word` (`True`, `False`).
    pub(crate) fn is_word(&self, word: &str) -> bool {
        matches!(self.tokens(), Some([t]) if t == word)
    }

    /// This literal held as the typed value `typed` made (when it is one),
    /// keeping its text for display and checks.
    pub(crate) fn into_typed(self, typed: &TypedDefault) -> Literal {
        match (self, &typed.make) {
            (Literal::Tokens(tokens), Some(make)) => Literal::Typed {
                shown: Literal::Tokens(tokens.clone()).shown(),
                make: make.clone(),
                tokens: Some(tokens),
            },
            (other, _) => other,
        }
    }

    /// The text help and prompts show for this value.
    pub(crate) fn shown(&self) -> String {
        match self {
            Literal::Tokens(t) => t
                .iter()
                .map(|t| t.to_string_lossy())
                .collect::<Vec<_>>()
                .join(", "),
            Literal::Typed { shown, .. } => shown.clone(),
            Literal::Dynamic(_) => "(dynamic)".into(),
        }
    }

    /// Whether this is "no value" for display purposes (Click hides
    /// `[default: ]` for `None`).
    pub(crate) fn is_empty_tokens(&self) -> bool {
        matches!(self.tokens(), Some([]))
    }
}

/// Makes the parameter type Click infers from a default's Python type
/// (`convert_type(None, default)`), for a parameter that names none: the
/// types layer's erased type, boxed, since this layer cannot name it. A
/// function pointer set only by the `IntoDefault` impls of the types that
/// infer one (integers, floats, booleans; `types::inferred`), so that a
/// program links the float type only when it writes a float default.
pub(crate) type InferType = fn() -> Box<dyn Any>;

/// What a default written as a Rust value is, beyond its text: the typed
/// value itself (for scalar types) and the type Click would infer from it.
/// Not part of the public API.
#[doc(hidden)]
#[derive(Clone)]
pub struct TypedDefault {
    pub(crate) make: Option<Arc<dyn Fn() -> Value + Send + Sync>>,
    pub(crate) type_id: Option<TypeId>,
    pub(crate) infer: Option<InferType>,
}

impl TypedDefault {
    pub(crate) fn of<T: Any + Clone + Send + Sync>(value: T, infer: Option<InferType>) -> Self {
        TypedDefault {
            make: Some(Arc::new(move || Value::new(value.clone()))),
            type_id: Some(TypeId::of::<T>()),
            infer,
        }
    }

    /// Only the inferred type (a list default infers from its first item).
    fn inferred_only(infer: Option<InferType>) -> Self {
        TypedDefault {
            make: None,
            type_id: None,
            infer,
        }
    }
}

/// A Rust value usable as a parameter's default, `flag_value` or
/// `default_map` entry: it knows the command-line strings it stands for.
///
/// ```
/// use clack_core::types::IntoDefault;
/// let mut tokens = Vec::new();
/// ["inbox", "work"].default_tokens(&mut tokens);
/// assert_eq!(tokens, ["inbox", "work"]);
/// ```
pub trait IntoDefault {
    /// Append the strings this value stands for.
    fn default_tokens(&self, out: &mut Vec<OsString>);

    /// The value itself and the type Click infers from it, for the types
    /// that have them. Not part of the public API.
    #[doc(hidden)]
    fn __typed(&self) -> Option<TypedDefault> {
        None
    }

    /// The type Click infers from this value as an item of a list
    /// default. Not part of the public API.
    #[doc(hidden)]
    fn __item_infer(&self) -> Option<InferType> {
        self.__typed()?.infer
    }
}

// Integers, floats and booleans infer a parameter type, which this layer
// cannot name: their impls are in `types::inferred`.

impl IntoDefault for char {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        out.push(self.to_string().into());
    }
    fn __typed(&self) -> Option<TypedDefault> {
        Some(TypedDefault::of(*self, None))
    }
}

impl IntoDefault for String {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        out.push(self.into());
    }
    fn __typed(&self) -> Option<TypedDefault> {
        Some(TypedDefault::of(self.clone(), None))
    }
}

impl IntoDefault for str {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        out.push(self.into());
    }
    fn __typed(&self) -> Option<TypedDefault> {
        Some(TypedDefault::of(self.to_string(), None))
    }
}

impl IntoDefault for OsStr {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        out.push(self.to_os_string());
    }
}

impl IntoDefault for OsString {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        out.push(self.clone());
    }
}

impl IntoDefault for Path {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        out.push(self.as_os_str().to_os_string());
    }
}

impl IntoDefault for PathBuf {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        out.push(self.as_os_str().to_os_string());
    }
}

impl<T: IntoDefault + ?Sized> IntoDefault for &T {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        (**self).default_tokens(out);
    }
    fn __typed(&self) -> Option<TypedDefault> {
        (**self).__typed()
    }
    fn __item_infer(&self) -> Option<InferType> {
        (**self).__item_infer()
    }
}

impl<T: IntoDefault> IntoDefault for [T] {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        for item in self {
            item.default_tokens(out);
        }
    }
    /// A list infers its type from its first item, as Click does.
    fn __typed(&self) -> Option<TypedDefault> {
        Some(TypedDefault::inferred_only(self.first()?.__item_infer()))
    }
}

impl<T: IntoDefault, const N: usize> IntoDefault for [T; N] {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        self.as_slice().default_tokens(out);
    }
    fn __typed(&self) -> Option<TypedDefault> {
        self.as_slice().__typed()
    }
}

impl<T: IntoDefault> IntoDefault for Vec<T> {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        self.as_slice().default_tokens(out);
    }
    fn __typed(&self) -> Option<TypedDefault> {
        self.as_slice().__typed()
    }
}

macro_rules! tuple_default {
    ($($name:ident)+) => {
        impl<$($name: IntoDefault),+> IntoDefault for ($($name,)+) {
            #[allow(non_snake_case)]
            fn default_tokens(&self, out: &mut Vec<OsString>) {
                let ($($name,)+) = self;
                $($name.default_tokens(out);)+
            }
            /// A tuple is a sequence to Click: the type is its first
            /// item's (`(1, 2)` makes an integer parameter).
            fn __typed(&self) -> Option<TypedDefault> {
                Some(TypedDefault::inferred_only(self.0.__item_infer()))
            }
            /// As a list's item, Click makes a tuple type of its items'
            /// types, which a Rust default cannot carry: the program names
            /// it (`value_type::<(i64, String)>()`), else it is text.
            fn __item_infer(&self) -> Option<InferType> {
                None
            }
        }
    };
}

tuple_default!(A B);
tuple_default!(A B C);
tuple_default!(A B C D);
tuple_default!(A B C D E);
tuple_default!(A B C D E F);
