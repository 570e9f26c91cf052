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
    /// default cannot be converted. A name the command has no (exposed)
    /// parameter for, or a value of another type than the parameter holds,
    /// is the program's mistake: an error naming the command and the
    /// parameter (exit code 1), before the callback runs. The type is
    /// checked for parameters of one value without a callback; a list, a
    /// tuple, a count or a value a callback turns into something else is
    /// checked when the callback takes it. `#[command]` functions get a
    /// typed builder (`hello::invoke(ctx)`) for which rustc checks both.
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
        self.call(command, values, Names::Checked)
    }

    /// [`invoke`](Context::invoke) and [`forward`](Context::forward).
    fn call(
        &self,
        command: &Command,
        values: Vec<(&str, Value)>,
        names: Names,
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
            check_value(&command, name, &value, names).map_err(|e| self.augment(e))?;
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
    /// on to parameters of the same name (Click's `ctx.forward`). Names are
    /// matched at run time. As Click's, every value is passed on, those the
    /// other command has no parameter for too: they are in its
    /// [`params`](Context::params) and nowhere else. A value of another
    /// type than the parameter of its name holds is an error, as for
    /// `invoke`.
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
        self.call(command, values, Names::Forwarded)
    }
}

/// How the names of the values are checked.
#[derive(Clone, Copy, PartialEq)]
enum Names {
    /// Every name must be one of the command's exposed parameters.
    Checked,
    /// Names the command does not know pass (Click's `ctx.forward` hands
    /// on the whole of `ctx.params`).
    Forwarded,
}

/// Whether `command` takes a value named `name` of the type of `value`,
/// as far as its parameter says (see [`Context::invoke`]).
fn check_value(command: &Command, name: &str, value: &Value, names: Names) -> Result<(), Error> {
    let Some(param) = command
        .params_list()
        .iter()
        .find(|p| p.expose_value() && p.name() == name)
    else {
        if names == Names::Forwarded {
            return Ok(());
        }
        return Err(Error::failure(format!(
            "The command '{}' was invoked with a value for '{name}', which is not one of its parameters.",
            command.name()
        )));
    };
    let single = param.nargs == 1 && !param.multiple && param.callback.is_none();
    let plain = !param.is_count() && (!param.is_flag() || param.is_bool_flag());
    if single && plain && value.value_type_id() != param.ty.value_type() {
        return Err(Error::failure(format!(
            "The command '{}' was invoked with a value of type {} for its parameter '{name}', which holds {} values.",
            command.name(),
            short_type_name(value.type_name()),
            param.type_name()
        )));
    }
    Ok(())
}

/// A type's name without its module paths: `Vec<String>` for
/// `alloc::vec::Vec<alloc::string::String>`.
fn short_type_name(name: &str) -> String {
    let mut out = String::new();
    let mut path = String::new();
    for c in name.chars().chain(std::iter::once(' ')) {
        if c.is_alphanumeric() || c == '_' || c == ':' {
            path.push(c);
            continue;
        }
        out.push_str(path.rsplit("::").next().unwrap_or(""));
        path.clear();
        out.push(c);
    }
    out.pop();
    out
}

#[cfg(test)]
mod tests {
    use crate::testing::Runner;
    use crate::{Command, Opt, Output, Value};

    fn hello() -> Command {
        Command::new("hello")
            .param(Opt::new("--name").default("world"))
            .param(Opt::new("--times").value_type::<u32>().default(1))
            .param(Opt::new("--tag").multiple(true))
            .callback(|ctx| {
                let name = ctx.take_required::<String>("name")?;
                let times = ctx.take_required::<u32>("times")?;
                crate::echo(format!("{name} x{times}"));
                Ok(Output::none())
            })
    }

    fn calling(values: fn() -> Vec<(&'static str, Value)>) -> Command {
        let hello = hello();
        Command::new("outer").callback(move |ctx| ctx.invoke(&hello, values()))
    }

    #[test]
    fn a_name_the_command_has_no_parameter_for_is_an_error() {
        let r = Runner::new().invoke(
            &calling(|| vec![("nmae", Value::new(String::from("Ada")))]),
            Vec::<String>::new(),
        );
        assert_eq!(r.exit_code, 1, "{}", r.stdout);
        assert_eq!(r.stdout, "");
        assert_eq!(
            r.stderr,
            "Error: The command 'hello' was invoked with a value for 'nmae', which is not one of its parameters.\n"
        );
    }

    #[test]
    fn a_value_of_the_wrong_type_is_an_error_naming_the_parameter() {
        let r = Runner::new().invoke(
            &calling(|| vec![("times", Value::new("2"))]),
            Vec::<String>::new(),
        );
        assert_eq!(r.exit_code, 1, "{}", r.stdout);
        assert_eq!(r.stdout, "");
        assert_eq!(
            r.stderr,
            "Error: The command 'hello' was invoked with a value of type &str for its parameter 'times', which holds integer values.\n"
        );
    }

    #[test]
    fn type_names_lose_their_paths() {
        assert_eq!(
            super::short_type_name(std::any::type_name::<Vec<(String, &str)>>()),
            "Vec<(String, &str)>"
        );
    }

    #[test]
    fn values_of_the_right_type_and_lists_pass() {
        let r = Runner::new().invoke(
            &calling(|| {
                vec![
                    ("times", Value::new(2u32)),
                    ("tag", Value::new(vec![String::from("a")])),
                ]
            }),
            Vec::<String>::new(),
        );
        assert_eq!(r.stdout, "world x2\n", "{}", r.stderr);
    }

    #[test]
    fn forward_checks_the_type_of_the_names_the_other_command_has() {
        let hello = hello();
        let outer = Command::new("outer")
            .param(Opt::new("--times"))
            .param(Opt::new("--loud").flag())
            .callback(move |ctx| ctx.forward(&hello));
        let r = Runner::new().invoke(&outer, ["--loud"]);
        assert_eq!(r.stdout, "world x1\n", "{}", r.stderr);
        let r = Runner::new().invoke(&outer, ["--times", "3"]);
        assert_eq!(r.exit_code, 1);
        assert_eq!(
            r.stderr,
            "Error: The command 'hello' was invoked with a value of type String for its parameter 'times', which holds integer values.\n"
        );
    }
}
