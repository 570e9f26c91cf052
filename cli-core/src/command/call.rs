//! Calling another command from a command's callback (Click's
//! `ctx.invoke` and `ctx.forward`): its parameters filled from the values
//! given and, for the rest, from their defaults.

use std::sync::Arc;

use crate::command::Command;
use crate::context::ContextSettings;
use crate::{Context, Error, Value};

impl Context {
    /// Call another command's callback in a new child context, its
    /// parameters filled from `values` and, for the rest, their defaults
    /// (Click's `ctx.invoke(other_command, **kwargs)`).
    ///
    /// # Errors
    /// Whatever the other command's callback returns, or an error when a
    /// default cannot be converted.
    ///
    /// ```
    /// use clack_core::{Command, Opt, Output, Value, testing::Runner};
    ///
    /// let hello = Command::new("hello")
    ///     .param(Opt::new("--name").default("world"))
    ///     .callback(|ctx| {
    ///         clack_core::echo(format!("Hello, {}!", ctx.take_required::<String>("name")?));
    ///         Ok(Output::none())
    ///     });
    /// let both = Command::new("both").callback(move |ctx| {
    ///     ctx.invoke(&hello, vec![("name", Value::new(String::from("Ada")))])?;
    ///     ctx.invoke(&hello, vec![])
    /// });
    /// assert_eq!(Runner::new().invoke(&both, Vec::<String>::new()).stdout, "Hello, Ada!\nHello, world!\n");
    /// ```
    pub fn invoke(
        &self,
        command: &Command,
        values: Vec<(&str, Value)>,
    ) -> Result<crate::Output, Error> {
        let command = Arc::new(command.clone());
        let child = command.new_context(
            Some(command.name().to_string()),
            Some(self),
            self.io_rc(),
            &ContextSettings::default(),
        );
        child.open_slots(command.params_list().iter().map(|p| p.name.clone()));
        for (name, value) in values {
            child.set_value(name, Some(value));
        }
        for param in command.params_list() {
            if !param.expose_value() || child.raw_value(param.name()).is_some() {
                continue;
            }
            let value = param.default_value(&child).map_err(|e| self.augment(e))?;
            child.set_value(param.name(), value);
        }
        let _guard = child.enter();
        let result = command.run_callback(&child);
        child.close_with(result.is_err());
        result.map_err(|e| self.augment(e))
    }

    /// Like [`invoke`](Context::invoke), passing this context's own values
    /// on to parameters of the same name (Click's `ctx.forward`).
    ///
    /// # Errors
    /// As for [`invoke`](Context::invoke).
    ///
    /// ```
    /// use clack_core::{Command, Opt, Output, testing::Runner};
    ///
    /// let inner = Command::new("inner")
    ///     .param(Opt::new("--name").default("world"))
    ///     .callback(|ctx| {
    ///         clack_core::echo(format!("inner got {}", ctx.take_required::<String>("name")?));
    ///         Ok(Output::none())
    ///     });
    /// let outer = Command::new("outer")
    ///     .param(Opt::new("--name").default("outer"))
    ///     .callback(move |ctx| ctx.forward(&inner));
    /// assert_eq!(Runner::new().invoke(&outer, ["--name", "Ada"]).stdout, "inner got Ada\n");
    /// ```
    pub fn forward(&self, command: &Command) -> Result<crate::Output, Error> {
        let own = self.params();
        let values: Vec<(&str, Value)> = own
            .iter()
            .filter_map(|(n, v)| v.clone().map(|v| (n.as_str(), v)))
            .collect();
        self.invoke(command, values)
    }
}
