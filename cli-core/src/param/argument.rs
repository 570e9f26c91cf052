//! The argument builder, [`Arg`].

use std::sync::Arc;

use super::option::typed_callback;
use super::{CompleteFn, Kind, Literal, Param, ParamData};
use crate::candidate::CompletionItem;
use crate::types::{IntoDefault, ParamType, ParamValue, erase, text_type};
use crate::value::TypedDefault;
use crate::{Context, Error, Value};

/// A positional argument (Click's `click.argument`).
///
/// Arguments are required unless they have a default or take any number of
/// values (`nargs(-1)`). Their metavar is the upper-cased name.
///
/// ```
/// use clack_core::{Arg, Command};
/// let cmd = Command::new("copy")
///     .param(Arg::new("src").nargs(-1).required(true))
///     .param(Arg::new("dst"));
/// # let _ = cmd;
/// ```
#[derive(Clone)]
pub struct Arg {
    param: Param,
    required: Option<bool>,
    /// The default as the Rust value the program wrote.
    default_typed: Option<TypedDefault>,
}

impl Arg {
    /// An argument named `name` (`-` becomes `_` in the stored name).
    ///
    /// ```
    /// let p: clack_core::Param = clack_core::Arg::new("file-name").into();
    /// assert_eq!(p.name(), "file_name");
    /// ```
    pub fn new(name: &str) -> Self {
        Arg {
            param: Param::from_data(ParamData {
                name: name.replace('-', "_").to_lowercase().into(),
                kind: Kind::Argument,
                ty: text_type(),
                type_explicit: false,
                nargs: 1,
                nargs_explicit: false,
                multiple: false,
                required: true,
                default: None,
                default_explicit: false,
                callback: None,
                metavar: None,
                expose_value: true,
                is_eager: false,
                envvar: Vec::new(),
                shell_complete: None,
                deprecated: None,
                help: None,
                invalid: None,
                relations: None,
            }),
            required: None,
            default_typed: None,
        }
    }

    /// Set the parameter type.
    ///
    /// ```
    /// let a = clack_core::Arg::new("n").ty(clack_core::types::Int::<u8>::new());
    /// # let _ = a;
    /// ```
    pub fn ty<P: ParamType>(mut self, ty: P) -> Self {
        if !self.param.nargs_explicit {
            self.param.nargs = if ty.is_composite() {
                ty.arity() as isize
            } else {
                1
            };
        }
        self.param.ty = erase(ty);
        self.param.type_explicit = true;
        self
    }

    /// Use the natural parameter type of a Rust type.
    ///
    /// ```
    /// let a = clack_core::Arg::new("path").value_type::<std::path::PathBuf>();
    /// # let _ = a;
    /// ```
    pub fn value_type<T: ParamValue>(self) -> Self {
        self.ty(T::param_type())
    }

    /// Convert values with `T`'s [`FromStr`](std::str::FromStr), for a type
    /// that has no [`ParamValue`] conversion: the same as
    /// `.ty(FromStrType::<T>::new())` ([`FromStrType`](crate::types::FromStrType):
    /// the type's name in messages, in capitals as the metavar). A text
    /// default goes through it too, and one it refuses is a declaration
    /// error when the command first runs.
    ///
    /// ```
    /// use std::net::SocketAddr;
    /// use clack_core::{Arg, Command, Output, testing::Runner};
    ///
    /// let cmd = Command::new("ping")
    ///     .param(Arg::new("peer").from_str_type::<SocketAddr>())
    ///     .callback(|ctx| {
    ///         let peer: SocketAddr = ctx.take_required("peer")?;
    ///         clack_core::echo(peer.port().to_string());
    ///         Ok(Output::none())
    ///     });
    /// assert_eq!(Runner::new().invoke(&cmd, ["10.0.0.1:53"]).stdout, "53\n");
    /// let help = Runner::new().invoke(&cmd, ["--help"]).stdout;
    /// assert!(help.starts_with("Usage: ping [OPTIONS] PEER\n"));
    /// ```
    pub fn from_str_type<T>(self) -> Self
    where
        T: std::str::FromStr + Clone + 'static,
        T::Err: std::fmt::Display,
    {
        self.ty(crate::types::FromStrType::<T>::new())
    }

    /// How many values: `1` (default), `n`, or `-1` for any number (a `Vec`).
    ///
    /// ```
    /// let a = clack_core::Arg::new("files").nargs(-1);
    /// # let _ = a;
    /// ```
    pub fn nargs(mut self, n: isize) -> Self {
        self.param.nargs = n;
        self.param.nargs_explicit = true;
        self
    }

    /// Whether a value is required (default: yes, unless there is a default
    /// or `nargs(-1)`).
    ///
    /// ```
    /// let a = clack_core::Arg::new("dest").required(false);
    /// # let _ = a;
    /// ```
    pub fn required(mut self, yes: bool) -> Self {
        self.required = Some(yes);
        self
    }

    /// The default value, as for [`Opt::default`](crate::Opt::default):
    /// an argument that names no type takes the one Click infers from it,
    /// and the value is held as written when the argument stores that type.
    ///
    /// ```
    /// let a = clack_core::Arg::new("dest").default(".");
    /// # let _ = a;
    /// ```
    pub fn default(mut self, value: impl IntoDefault) -> Self {
        self.param.default = Some(Literal::from_default(&value));
        self.default_typed = value.__typed();
        self
    }

    /// The metavar shown in usage and help.
    ///
    /// ```
    /// let a = clack_core::Arg::new("src").metavar("SOURCE");
    /// # let _ = a;
    /// ```
    pub fn metavar(mut self, metavar: impl Into<String>) -> Self {
        self.param.metavar = Some(metavar.into());
        self
    }

    /// Help text, shown in the "Positional arguments" section (Click 8.5).
    ///
    /// ```
    /// let a = clack_core::Arg::new("src").help("Source files.");
    /// # let _ = a;
    /// ```
    pub fn help(mut self, text: impl Into<String>) -> Self {
        self.param.help = Some(crate::layout::wrap::cleandoc(&text.into()));
        self
    }

    /// Read the value from this environment variable when not given.
    ///
    /// ```
    /// let a = clack_core::Arg::new("src").envvar("SRC");
    /// # let _ = a;
    /// ```
    pub fn envvar(mut self, name: impl Into<String>) -> Self {
        // An empty name names no variable (Click treats `envvar=""` as none).
        let name = name.into();
        if !name.is_empty() {
            self.param.envvar.push(name);
        }
        self
    }

    /// Mark the argument deprecated (`!` after its metavar, a warning on use).
    ///
    /// ```
    /// let a = clack_core::Arg::new("old").required(false).deprecated();
    /// # let _ = a;
    /// ```
    pub fn deprecated(mut self) -> Self {
        self.param.deprecated = Some(None);
        self
    }

    /// Mark the argument deprecated, with a reason.
    ///
    /// ```
    /// let a = clack_core::Arg::new("old").required(false).deprecated_because("use --new");
    /// # let _ = a;
    /// ```
    pub fn deprecated_because(mut self, reason: impl Into<String>) -> Self {
        self.param.deprecated = Some(Some(reason.into()));
        self
    }

    /// Process before the other parameters.
    ///
    /// ```
    /// let a = clack_core::Arg::new("x").is_eager(true);
    /// # let _ = a;
    /// ```
    pub fn is_eager(mut self, yes: bool) -> Self {
        self.param.is_eager = yes;
        self
    }

    /// Whether the value is stored and passed on (default yes).
    ///
    /// ```
    /// let a = clack_core::Arg::new("x").expose_value(false);
    /// # let _ = a;
    /// ```
    pub fn expose_value(mut self, yes: bool) -> Self {
        self.param.expose_value = yes;
        self
    }

    /// Check or transform the converted value (see [`Opt::callback`](crate::Opt::callback)).
    ///
    /// ```
    /// let a = clack_core::Arg::new("n").value_type::<u8>().callback(|_c, _p, v: Option<u8>| Ok(v));
    /// # let _ = a;
    /// ```
    pub fn callback<T, F>(mut self, f: F) -> Self
    where
        T: Clone + 'static,
        F: Fn(&Context, &Param, Option<T>) -> Result<Option<T>, Error> + Send + Sync + 'static,
    {
        self.param.callback = Some(typed_callback(f));
        self
    }

    /// Like [`callback`](Arg::callback), on the type-erased value.
    ///
    /// ```
    /// let a = clack_core::Arg::new("x").callback_raw(|_c, _p, v| Ok(v));
    /// # let _ = a;
    /// ```
    pub fn callback_raw(
        mut self,
        f: impl Fn(&Context, &Param, Option<Value>) -> Result<Option<Value>, Error>
        + Send
        + Sync
        + 'static,
    ) -> Self {
        self.param.callback = Some(Arc::new(f));
        self
    }

    /// Complete values with this function instead of the type's.
    ///
    /// ```
    /// let a = clack_core::Arg::new("env").shell_complete(|_c, _p, _i| vec!["dev".into()]);
    /// # let _ = a;
    /// ```
    pub fn shell_complete(
        mut self,
        f: impl Fn(&Context, &Param, &str) -> Vec<CompletionItem> + Send + Sync + 'static,
    ) -> Self {
        self.param.shell_complete = Some(Arc::new(f) as CompleteFn);
        self
    }

    pub(crate) fn finish(self) -> Param {
        let Arg {
            mut param,
            required,
            default_typed,
        } = self;
        super::defaults::infer_type(&mut param, default_typed.as_ref());
        if let Some(default) = param.default.take() {
            param.default = Some(super::defaults::hold(
                &param,
                default,
                default_typed.as_ref(),
            ));
        }
        param.default_explicit = param.default.is_some();
        param.required = match required {
            Some(r) => r,
            None => param.default.is_none() && param.nargs > 0,
        };
        param
    }
}

impl From<Arg> for Param {
    fn from(arg: Arg) -> Param {
        arg.finish()
    }
}
