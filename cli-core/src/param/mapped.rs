//! Callbacks that change the value's type (Click's callbacks may return
//! anything): the parameter parses a `V`, the callback turns it into a
//! `U`, and the context then holds the `U`.

use std::sync::Arc;

use super::{Arg, Opt, Param, ParamCallback};
use crate::{Context, Error, Value};

/// Wrap a typed callback from `Option<V>` to `Option<U>` as an erased one.
pub(crate) fn erase_callback<V, U, F>(f: F) -> ParamCallback
where
    V: 'static,
    U: Clone + 'static,
    F: Fn(&Context, &Param, Option<V>) -> Result<Option<U>, Error> + Send + Sync + 'static,
{
    Arc::new(move |ctx, param, value| {
        let typed = match value {
            None => None,
            Some(v) => match v.take::<V>() {
                Ok(t) => Some(t),
                Err(v) => {
                    return Err(Error::failure(format!(
                        "The callback of '{}' expects a {}, but the value is a {}.",
                        param.name(),
                        std::any::type_name::<V>(),
                        v.type_name()
                    )));
                }
            },
        };
        Ok(f(ctx, param, typed)?.map(Value::new))
    })
}

/// The convenience form: a function of a present value only.
fn erase_map<V, U, F>(f: F) -> ParamCallback
where
    V: 'static,
    U: Clone + 'static,
    F: Fn(V) -> Result<U, Error> + Send + Sync + 'static,
{
    erase_callback(move |_: &Context, _: &Param, v: Option<V>| v.map(&f).transpose())
}

impl Opt {
    /// A callback that returns another type (Click's callbacks return
    /// anything): it receives the value as the parameter stores it (`V`,
    /// or `Vec<V>` for repeated and `nargs` options), or `None` when there
    /// is none, and returns the value to keep, of any type `U`. The
    /// context then holds the `U`: read it with `ctx.take::<U>(name)`.
    ///
    /// Help is unchanged: the option still shows its parsed type's metavar.
    /// An [`Error::bad_parameter`] from the callback is Click's
    /// `Invalid value for '--opt': ...` usage error (exit 2).
    ///
    /// ```
    /// use std::collections::HashMap;
    /// use clack_core::{Command, Error, Opt, Output};
    ///
    /// let cmd = Command::new("run")
    ///     .param(Opt::new("--env").multiple(true).value_type::<String>().callback_into(
    ///         |_ctx, _param, pairs: Option<Vec<String>>| {
    ///             let mut map = HashMap::new();
    ///             for pair in pairs.unwrap_or_default() {
    ///                 let Some((k, v)) = pair.split_once('=') else {
    ///                     return Err(Error::bad_parameter(format!("{pair:?} is not KEY=VALUE.")));
    ///                 };
    ///                 map.insert(k.to_string(), v.to_string());
    ///             }
    ///             Ok(Some(map))
    ///         },
    ///     ))
    ///     .callback(|ctx| {
    ///         let env: HashMap<String, String> = ctx.take_required("env")?;
    ///         clack_core::echo(env.len().to_string());
    ///         Ok(Output::none())
    ///     });
    /// let r = clack_core::testing::Runner::new().invoke(&cmd, ["--env", "A=1", "--env", "B=2"]);
    /// assert_eq!(r.stdout, "2\n");
    /// ```
    pub fn callback_into<V, U, F>(self, f: F) -> Self
    where
        V: 'static,
        U: Clone + 'static,
        F: Fn(&Context, &Param, Option<V>) -> Result<Option<U>, Error> + Send + Sync + 'static,
    {
        let cb = erase_callback(f);
        self.callback_raw(move |ctx, param, value| cb(ctx, param, value))
    }

    /// Turn a present value into another type; no value stays none (the
    /// shorter form of [`callback_into`](Opt::callback_into) for functions
    /// that need neither the context nor the missing case).
    ///
    /// ```
    /// use clack_core::{Command, Error, Opt, Output};
    ///
    /// let cmd = Command::new("ports")
    ///     .param(Opt::new("--ports").map_value(|list: String| {
    ///         list.split(',')
    ///             .map(|p| p.trim().parse::<u16>().map_err(|_| Error::bad_parameter(format!("{p:?} is not a port."))))
    ///             .collect::<Result<Vec<u16>, Error>>()
    ///     }))
    ///     .callback(|ctx| {
    ///         let ports: Option<Vec<u16>> = ctx.take("ports")?;
    ///         clack_core::echo(format!("{ports:?}"));
    ///         Ok(Output::none())
    ///     });
    /// let r = clack_core::testing::Runner::new().invoke(&cmd, ["--ports", "80,443"]);
    /// assert_eq!(r.stdout, "Some([80, 443])\n");
    /// ```
    pub fn map_value<V, U, F>(self, f: F) -> Self
    where
        V: 'static,
        U: Clone + 'static,
        F: Fn(V) -> Result<U, Error> + Send + Sync + 'static,
    {
        let cb = erase_map(f);
        self.callback_raw(move |ctx, param, value| cb(ctx, param, value))
    }
}

impl Arg {
    /// A callback that returns another type; see
    /// [`Opt::callback_into`](crate::Opt::callback_into).
    ///
    /// ```
    /// use clack_core::{Arg, Command, Error, Output};
    ///
    /// let cmd = Command::new("sum")
    ///     .param(Arg::new("numbers").nargs(-1).value_type::<i64>().callback_into(
    ///         |_ctx, _param, v: Option<Vec<i64>>| Ok(Some(v.unwrap_or_default().iter().sum::<i64>())),
    ///     ))
    ///     .callback(|ctx| {
    ///         let total: i64 = ctx.take_required("numbers")?;
    ///         clack_core::echo(total.to_string());
    ///         Ok(Output::none())
    ///     });
    /// let r = clack_core::testing::Runner::new().invoke(&cmd, ["1", "2", "3"]);
    /// assert_eq!(r.stdout, "6\n");
    /// ```
    pub fn callback_into<V, U, F>(self, f: F) -> Self
    where
        V: 'static,
        U: Clone + 'static,
        F: Fn(&Context, &Param, Option<V>) -> Result<Option<U>, Error> + Send + Sync + 'static,
    {
        let cb = erase_callback(f);
        self.callback_raw(move |ctx, param, value| cb(ctx, param, value))
    }

    /// Turn a present value into another type; no value stays none (see
    /// [`Opt::map_value`](crate::Opt::map_value)).
    ///
    /// ```
    /// use clack_core::{Arg, Command, Output};
    ///
    /// let cmd = Command::new("shout")
    ///     .param(Arg::new("word").map_value(|w: String| Ok(w.chars().count())))
    ///     .callback(|ctx| {
    ///         let n: usize = ctx.take_required("word")?;
    ///         clack_core::echo(n.to_string());
    ///         Ok(Output::none())
    ///     });
    /// let r = clack_core::testing::Runner::new().invoke(&cmd, ["héllo"]);
    /// assert_eq!(r.stdout, "5\n");
    /// ```
    pub fn map_value<V, U, F>(self, f: F) -> Self
    where
        V: 'static,
        U: Clone + 'static,
        F: Fn(V) -> Result<U, Error> + Send + Sync + 'static,
    {
        let cb = erase_map(f);
        self.callback_raw(move |ctx, param, value| cb(ctx, param, value))
    }
}
