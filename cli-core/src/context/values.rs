//! Parameter values in a context: one slot per parameter name holding its
//! value, where the value came from and whether its default was explicit;
//! typed access for callbacks (`get`, `take`) and the pipeline's setters.

use std::any::Any;
use std::sync::Arc;

use super::{Context, ParameterSource, State};
use crate::{Error, Value};

/// What a context knows about one parameter name.
pub(super) struct ParamSlot {
    name: Arc<str>,
    /// `None` until a value is stored (never, for a parameter that is not
    /// exposed).
    value: Option<Option<Value>>,
    source: Option<ParameterSource>,
    default_explicit: bool,
}

impl ParamSlot {
    fn new(name: Arc<str>) -> Self {
        ParamSlot {
            name,
            value: None,
            source: None,
            default_explicit: false,
        }
    }
}

impl State {
    fn slot(&self, name: &str) -> Option<&ParamSlot> {
        self.slots.iter().find(|s| &*s.name == name)
    }

    /// The value slot of `name`: `None` when no value was ever stored.
    fn value(&self, name: &str) -> Option<&Option<Value>> {
        self.slot(name)?.value.as_ref()
    }
}

impl Context {
    /// The value of a parameter, cloned, as a `T`.
    ///
    /// `Ok(None)` when the parameter has no value; an error when it holds
    /// another type or does not exist.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert!(ctx.get::<u32>("count").is_err());
    /// ```
    pub fn get<T: Any>(&self, name: &str) -> Result<Option<T>, Error> {
        let state = self.0.state.borrow();
        let Some(slot) = state.value(name) else {
            return Err(self.no_param(name));
        };
        match slot {
            None => Ok(None),
            // Every stored value can be cloned (see `Value`), so `T` need
            // not say so.
            Some(v) => v
                .clone()
                .take::<T>()
                .map(Some)
                .map_err(|_| wrong_type::<T>(name, v)),
        }
    }

    /// Like [`get`](Context::get) for a parameter that always has a value;
    /// a missing value is an error. `#[command]` functions that also take
    /// the context read their values this way, so that
    /// [`forward`](Context::forward) still sees them.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert!(ctx.get_required::<u32>("count").is_err());
    /// ```
    pub fn get_required<T: Any>(&self, name: &str) -> Result<T, Error> {
        self.get(name)?.ok_or_else(|| missing_value(name))
    }

    /// Take a parameter's value out of the context as a `T` (what
    /// `#[command]` does for each of a function's parameters). The value is
    /// moved, not copied; afterwards the parameter reads as having no value.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert!(ctx.take::<String>("name").is_err());
    /// ```
    pub fn take<T: Any>(&self, name: &str) -> Result<Option<T>, Error> {
        let mut state = self.0.state.borrow_mut();
        let Some(slot) = state
            .slots
            .iter_mut()
            .find(|s| &*s.name == name)
            .and_then(|s| s.value.as_mut())
        else {
            drop(state);
            return Err(self.no_param(name));
        };
        match slot.take() {
            None => Ok(None),
            Some(v) => match v.take::<T>() {
                Ok(t) => Ok(Some(t)),
                Err(v) => {
                    let err = wrong_type::<T>(name, &v);
                    *slot = Some(v);
                    Err(err)
                }
            },
        }
    }

    /// Like [`take`](Context::take) for a parameter that always has a value
    /// (required, defaulted or prompted); a missing value is an error.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert!(ctx.take_required::<u32>("count").is_err());
    /// ```
    pub fn take_required<T: Any>(&self, name: &str) -> Result<T, Error> {
        self.take(name)?.ok_or_else(|| missing_value(name))
    }

    /// The names of the parameters with a slot in this context, in the
    /// order they were processed.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert!(ctx.param_names().is_empty());
    /// ```
    pub fn param_names(&self) -> Vec<String> {
        self.0
            .state
            .borrow()
            .slots
            .iter()
            .filter(|s| s.value.is_some())
            .map(|s| s.name.to_string())
            .collect()
    }

    /// Whether the parameter has a value.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert!(!ctx.has_value("x"));
    /// ```
    pub fn has_value(&self, name: &str) -> bool {
        matches!(self.0.state.borrow().value(name), Some(Some(_)))
    }

    /// Set (or replace) a parameter's value.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// ctx.set_value("n", Some(clack_core::Value::new(3u8)));
    /// assert_eq!(ctx.get::<u8>("n").unwrap(), Some(3));
    /// ```
    pub fn set_value(&self, name: &str, value: Option<Value>) {
        self.with_slot(name, || name.into(), |slot| slot.value = Some(value));
    }

    /// Store a parameter's value and whether its default was explicit.
    pub(crate) fn store_param(
        &self,
        name: &Arc<str>,
        value: Option<Value>,
        default_explicit: bool,
    ) {
        self.with_slot(
            name,
            || name.clone(),
            |slot| {
                slot.value = Some(value);
                slot.default_explicit = default_explicit;
            },
        );
    }

    /// Record where a parameter's value came from.
    pub(crate) fn set_param_source(&self, name: &Arc<str>, source: ParameterSource) {
        self.with_slot(
            name,
            || name.clone(),
            |slot| {
                slot.source = Some(source);
            },
        );
    }

    /// Make room for `n` parameter slots.
    pub(crate) fn reserve_params(&self, n: usize) {
        self.0.state.borrow_mut().slots.reserve(n);
    }

    /// Run `f` on the slot for `name`, made with `key` if there is none.
    fn with_slot<R>(
        &self,
        name: &str,
        key: impl FnOnce() -> Arc<str>,
        f: impl FnOnce(&mut ParamSlot) -> R,
    ) -> R {
        let mut state = self.0.state.borrow_mut();
        let slots = &mut state.slots;
        let i = match slots.iter().position(|s| &*s.name == name) {
            Some(i) => i,
            None => {
                slots.push(ParamSlot::new(key()));
                slots.len() - 1
            }
        };
        f(&mut slots[i])
    }

    pub(crate) fn raw_value(&self, name: &str) -> Option<Option<Value>> {
        self.0.state.borrow().value(name).cloned()
    }

    /// Every parameter's name and value, in the order they were processed
    /// (Click's `ctx.params`): for code that treats values generically,
    /// such as a dump of the settings.
    ///
    /// ```
    /// use clack_core::{Command, Opt, Output, testing::Runner};
    /// let cmd = Command::new("x")
    ///     .param(Opt::new("--n").value_type::<u8>().default(3))
    ///     .callback(|ctx| {
    ///         for (name, value) in ctx.params() {
    ///             clack_core::echo(format!("{name}: {:?}", value.and_then(|v| v.get::<u8>().copied())));
    ///         }
    ///         Ok(Output::none())
    ///     });
    /// assert_eq!(Runner::new().invoke(&cmd, ["--n", "5"]).stdout, "n: Some(5)\n");
    /// ```
    pub fn params(&self) -> Vec<(String, Option<Value>)> {
        self.0
            .state
            .borrow()
            .slots
            .iter()
            .filter_map(|s| Some((s.name.to_string(), s.value.clone()?)))
            .collect()
    }

    fn no_param(&self, name: &str) -> Error {
        Error::failure(format!(
            "The command '{}' has no parameter named '{name}'.",
            self.info_name().unwrap_or("")
        ))
    }

    /// Where a parameter's value came from, or `None` if it has none.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert_eq!(ctx.get_parameter_source("x"), None);
    /// ```
    pub fn get_parameter_source(&self, name: &str) -> Option<ParameterSource> {
        self.0.state.borrow().slot(name)?.source
    }

    /// Record where a parameter's value came from.
    ///
    /// ```
    /// use clack_core::ParameterSource;
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// ctx.set_parameter_source("x", ParameterSource::Prompt);
    /// assert_eq!(ctx.get_parameter_source("x"), Some(ParameterSource::Prompt));
    /// ```
    pub fn set_parameter_source(&self, name: &str, source: ParameterSource) {
        self.with_slot(name, || name.into(), |slot| slot.source = Some(source));
    }

    pub(crate) fn default_explicit(&self, name: &str) -> bool {
        self.0
            .state
            .borrow()
            .slot(name)
            .is_some_and(|s| s.default_explicit)
    }
}

fn wrong_type<T>(name: &str, v: &Value) -> Error {
    Error::failure(format!(
        "The parameter '{name}' holds a {}, not a {}.",
        v.type_name(),
        std::any::type_name::<T>()
    ))
}

/// A callback asked for a value that the parameter does not have.
fn missing_value(name: &str) -> Error {
    Error::failure(format!(
        "The parameter '{name}' has no value, but the callback requires one."
    ))
}
