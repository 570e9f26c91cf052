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
    /// When the pipeline first touched this slot (`u32::MAX`: not yet);
    /// [`Context::params`] lists values in this order, as Click's
    /// `ctx.params` does.
    touched: u32,
}

impl ParamSlot {
    fn new(name: Arc<str>) -> Self {
        ParamSlot {
            name,
            value: None,
            source: None,
            default_explicit: false,
            touched: u32::MAX,
        }
    }
}

/// The slots of a context: one per parameter of its command's table, in
/// table order (so that generated code reaches a value by its parameter's
/// index), then any made later by name.
#[derive(Default)]
pub(super) struct Slots {
    list: Vec<ParamSlot>,
    /// How many slots have been touched.
    touched: u32,
}

impl Slots {
    fn position(&self, name: &str) -> Option<usize> {
        self.list.iter().position(|s| &*s.name == name)
    }

    /// The slot of the parameter at `index` in the table, when it holds
    /// `name`'s value; else the slot found by name (a context filled by
    /// [`Context::invoke`] or by hand, or the second of two options
    /// sharing a name).
    fn locate(&self, index: usize, name: &str) -> Option<usize> {
        match self.list.get(index) {
            Some(s) if s.value.is_some() && &*s.name == name => Some(index),
            _ => self.position(name),
        }
    }

    /// The slots that hold a value, in the order they were first touched.
    fn in_touch_order(&self) -> Vec<&ParamSlot> {
        let mut slots: Vec<&ParamSlot> = self.list.iter().filter(|s| s.value.is_some()).collect();
        crate::order::sort_by_key(&mut slots, |s| s.touched);
        slots
    }
}

impl State {
    fn slot(&self, name: &str) -> Option<&ParamSlot> {
        self.slots.list.iter().find(|s| &*s.name == name)
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
        let at = self.0.state.borrow().slots.position(name);
        self.get_at(at, name)
    }

    /// Like [`get`](Context::get) for a parameter that always has a value;
    /// a missing value is an error. Callbacks that read a value and leave
    /// it for [`forward`](Context::forward) use this.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert!(ctx.get_required::<u32>("count").is_err());
    /// ```
    pub fn get_required<T: Any>(&self, name: &str) -> Result<T, Error> {
        self.get(name)?.ok_or_else(|| missing_value(name))
    }

    /// Take a parameter's value out of the context as a `T`. The value is
    /// moved, not copied; afterwards the parameter reads as having no value.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert!(ctx.take::<String>("name").is_err());
    /// ```
    pub fn take<T: Any>(&self, name: &str) -> Result<Option<T>, Error> {
        let at = self.0.state.borrow().slots.position(name);
        self.take_at(at, name)
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

    /// What `#[command]` and `#[derive(Params)]` use to take the value of
    /// the parameter at `index` in the command's table (`name` is only
    /// checked, and used in messages). Not part of the public API.
    #[doc(hidden)]
    pub fn __take_slot<T: Any>(&self, index: usize, name: &str) -> Result<Option<T>, Error> {
        let at = self.0.state.borrow().slots.locate(index, name);
        self.take_at(at, name)
    }

    /// [`__take_slot`](Context::__take_slot) for a value that must be there.
    #[doc(hidden)]
    pub fn __take_slot_required<T: Any>(&self, index: usize, name: &str) -> Result<T, Error> {
        self.__take_slot(index, name)?
            .ok_or_else(|| missing_value(name))
    }

    /// Like [`__take_slot`](Context::__take_slot), cloning the value (the
    /// function also receives the context, which may forward it).
    #[doc(hidden)]
    pub fn __get_slot<T: Any>(&self, index: usize, name: &str) -> Result<Option<T>, Error> {
        let at = self.0.state.borrow().slots.locate(index, name);
        self.get_at(at, name)
    }

    /// [`__get_slot`](Context::__get_slot) for a value that must be there.
    #[doc(hidden)]
    pub fn __get_slot_required<T: Any>(&self, index: usize, name: &str) -> Result<T, Error> {
        self.__get_slot(index, name)?
            .ok_or_else(|| missing_value(name))
    }

    fn get_at<T: Any>(&self, at: Option<usize>, name: &str) -> Result<Option<T>, Error> {
        let state = self.0.state.borrow();
        let Some(slot) = at.and_then(|i| state.slots.list[i].value.as_ref()) else {
            drop(state);
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

    fn take_at<T: Any>(&self, at: Option<usize>, name: &str) -> Result<Option<T>, Error> {
        let mut state = self.0.state.borrow_mut();
        let Some(slot) = at.and_then(|i| state.slots.list[i].value.as_mut()) else {
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

    /// The names of the parameters with a slot in this context, in the
    /// order they were processed.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert!(ctx.param_names().is_empty());
    /// ```
    pub fn param_names(&self) -> Vec<String> {
        let state = self.0.state.borrow();
        let names = state.slots.in_touch_order().into_iter();
        names.map(|s| s.name.to_string()).collect()
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

    /// Forget every value and source (after values processed early by a
    /// parse-args hook, before the arguments are parsed for good).
    pub(crate) fn clear_slots(&self) {
        self.0.state.borrow_mut().slots = Slots::default();
    }

    /// Make a slot for each of these parameter names (a command's table),
    /// in order, unless the context has slots already.
    pub(crate) fn open_slots(&self, names: impl ExactSizeIterator<Item = Arc<str>>) {
        let list = &mut self.0.state.borrow_mut().slots.list;
        if list.is_empty() {
            list.reserve(names.len());
            list.extend(names.map(ParamSlot::new));
        }
    }

    /// Run `f` on the slot for `name`, made with `key` if there is none.
    fn with_slot<R>(
        &self,
        name: &str,
        key: impl FnOnce() -> Arc<str>,
        f: impl FnOnce(&mut ParamSlot) -> R,
    ) -> R {
        let slots = &mut self.0.state.borrow_mut().slots;
        let i = match slots.position(name) {
            Some(i) => i,
            None => {
                slots.list.push(ParamSlot::new(key()));
                slots.list.len() - 1
            }
        };
        let slot = &mut slots.list[i];
        if slot.touched == u32::MAX {
            slot.touched = slots.touched;
            slots.touched += 1;
        }
        f(slot)
    }

    pub(crate) fn raw_value(&self, name: &str) -> Option<Option<Value>> {
        self.0.state.borrow().value(name).cloned()
    }

    /// Every parameter's name and value, in the order they were processed
    /// (Click's `ctx.params`): for code that treats values generically,
    /// such as a dump of the settings. Every parameter that passes its
    /// value on is listed, with `None` when it has no value (Click's
    /// `None`); one with `expose_value(false)` is not, as in Click.
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
        let state = self.0.state.borrow();
        let slots = state.slots.in_touch_order().into_iter();
        slots
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

#[cfg(test)]
mod tests {
    use crate::testing::Runner;
    use crate::{Command, Opt, Output};

    /// Generated code reaches a value by its parameter's index in the
    /// table; `params()` still lists values in the order they were
    /// processed (an eager option first), as Click's `ctx.params` does.
    #[test]
    fn values_are_reached_by_table_index_and_listed_in_processing_order() {
        let cmd = Command::new("x")
            .param(Opt::new("--a").default("1"))
            .param(Opt::new("--b").default("2").is_eager(true))
            .callback(|ctx| {
                let names = ctx.param_names().join(",");
                let b: String = ctx.__get_slot_required(1, "b")?;
                // A wrong index falls back to the name.
                let a: String = ctx.__take_slot_required(7, "a")?;
                let gone = ctx.__take_slot::<String>(0, "a")?;
                crate::echo(format!("{names} {a} {b} {gone:?}"));
                Ok(Output::none())
            });
        let r = Runner::new().invoke(&cmd, ["--a", "x"]);
        assert_eq!(r.stdout, "b,a x 2 None\n", "{}", r.stderr);
    }

    /// `Context::invoke` fills the other command's slots in its table
    /// order too, so indexes hold there as well.
    #[test]
    fn invoked_commands_have_slots_in_table_order() {
        let inner = Command::new("inner")
            .param(Opt::new("--p").default("p"))
            .param(Opt::new("--q").default("q"))
            .callback(|ctx| {
                let q: String = ctx.__take_slot_required(1, "q")?;
                crate::echo(q);
                Ok(Output::none())
            });
        let outer = Command::new("outer").callback(move |ctx| {
            ctx.invoke(
                &inner,
                vec![("q", crate::Value::new(String::from("given")))],
            )
        });
        let r = Runner::new().invoke(&outer, Vec::<String>::new());
        assert_eq!(r.stdout, "given\n", "{}", r.stderr);
    }
}
