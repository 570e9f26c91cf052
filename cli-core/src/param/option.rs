//! The option builder, [`Opt`], and Click's rules for option declarations.

use std::sync::Arc;

pub(crate) use super::kind::parse_decls;
use super::kind::{Asked, Shape, infer_kind};
use super::{CompleteFn, Kind, Literal, OptionKind, OptionSpec, Param, ParamData, ShowDefault};
use crate::candidate::CompletionItem;
use crate::types::{Int, IntoDefault, ParamType, ParamValue, bool_type, erase, text_type};
use crate::value::TypedDefault;
use crate::{Context, Error, Value};

/// Option declarations: one string or several (`"--count"`,
/// `["--count", "-c"]`, `"--shout/--no-shout"`, an explicit name like
/// `"int_"`).
pub trait Decls {
    /// The declarations as strings.
    fn decls(self) -> Vec<String>;
}

impl Decls for &str {
    fn decls(self) -> Vec<String> {
        vec![self.to_string()]
    }
}

impl Decls for String {
    fn decls(self) -> Vec<String> {
        vec![self]
    }
}

impl<const N: usize> Decls for [&str; N] {
    fn decls(self) -> Vec<String> {
        self.iter().map(|s| s.to_string()).collect()
    }
}

impl Decls for &[&str] {
    fn decls(self) -> Vec<String> {
        self.iter().map(|s| s.to_string()).collect()
    }
}

impl Decls for Vec<String> {
    fn decls(self) -> Vec<String> {
        self
    }
}

/// An option (Click's `click.option`): `--name value`, a flag, an on/off
/// pair, a counter, a repeated option.
///
/// The type defaults to text; flags are booleans, counters integers.
///
/// ```
/// use clack_core::{Command, Opt, types::Int};
/// let cmd = Command::new("greet")
///     .param(Opt::new(["--count", "-c"]).ty(Int::<u32>::range(1, 10)).default(1).show_default(true)
///         .help("Number of greetings."))
///     .param(Opt::new("--shout/--no-shout").help("Greet in capital letters."))
///     .param(Opt::new(["-v", "--verbose"]).count());
/// # let _ = cmd;
/// ```
#[derive(Clone)]
pub struct Opt {
    pub(super) param: Param,
    pub(super) spec: OptionSpec,
    /// What the builder methods asked for; [`OptionKind`] is made from
    /// them when the option is finished.
    is_flag: Option<bool>,
    count: bool,
    flag_value: Option<Literal>,
    /// The default and flag value as the Rust values the program wrote.
    default_typed: Option<TypedDefault>,
    flag_value_typed: Option<TypedDefault>,
    pub(super) prompt_auto: bool,
    default_unset: bool,
}

impl Opt {
    /// An option with these declarations.
    ///
    /// Declarations that name no option (Click raises `TypeError`) are the
    /// program's mistake: `#[option]` refuses them at compile time, and a
    /// command holding such an option fails with a declaration error the
    /// first time it runs.
    ///
    /// ```
    /// let o = clack_core::Opt::new(["-n", "--num", "number"]);
    /// let p: clack_core::Param = o.into();
    /// assert_eq!(p.name(), "number");
    /// ```
    pub fn new(decls: impl Decls) -> Self {
        let decls = decls.decls();
        let (name, opts, secondary_opts, invalid) = match parse_decls(&decls) {
            Ok((name, opts, secondary)) => (name, opts, secondary, None),
            Err(msg) => (String::new(), decls.clone(), Vec::new(), Some(msg)),
        };
        Opt {
            param: Param::from_data(ParamData {
                name: name.into(),
                kind: Kind::Argument,
                ty: text_type(),
                type_explicit: false,
                nargs: 1,
                nargs_explicit: false,
                multiple: false,
                required: false,
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
                invalid,
                relations: None,
            }),
            spec: OptionSpec {
                opts,
                secondary_opts,
                kind: OptionKind::Value,
                show_default: None,
                prompt: None,
                prompter: None,
                confirmation_prompt: None,
                prompt_required: true,
                hide_input: false,
                allow_from_autoenv: true,
                hidden: false,
                show_choices: true,
                show_envvar: false,
                conflict: None,
            },
            is_flag: None,
            count: false,
            flag_value: None,
            default_typed: None,
            flag_value_typed: None,
            prompt_auto: false,
            default_unset: false,
        }
    }

    /// Set the parameter type.
    ///
    /// ```
    /// let o = clack_core::Opt::new("--n").ty(clack_core::types::Int::<i64>::new());
    /// # let _ = o;
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

    /// Use the natural parameter type of a Rust type (`u32` → integer,
    /// `PathBuf` → path, `(String, i32)` → a tuple).
    ///
    /// ```
    /// let o = clack_core::Opt::new("--n").value_type::<f64>();
    /// # let _ = o;
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
    /// use std::net::IpAddr;
    /// use clack_core::{Opt, Command, Output, testing::Runner};
    ///
    /// let cmd = Command::new("serve")
    ///     .param(Opt::new("--bind").from_str_type::<IpAddr>().default("127.0.0.1"))
    ///     .callback(|ctx| {
    ///         let bind: IpAddr = ctx.take_required("bind")?;
    ///         clack_core::echo(bind.to_string());
    ///         Ok(Output::none())
    ///     });
    /// assert_eq!(Runner::new().invoke(&cmd, Vec::<String>::new()).stdout, "127.0.0.1\n");
    /// let r = Runner::new().invoke(&cmd, ["--bind", "x"]);
    /// assert!(r.stderr.ends_with("'x' is not a valid IpAddr: invalid IP address syntax\n"));
    /// ```
    pub fn from_str_type<T>(self) -> Self
    where
        T: std::str::FromStr + Clone + 'static,
        T::Err: std::fmt::Display,
    {
        self.ty(crate::types::FromStrType::<T>::new())
    }

    /// The help text (dedented like a docstring).
    ///
    /// ```
    /// let o = clack_core::Opt::new("--n").help("How many.");
    /// # let _ = o;
    /// ```
    pub fn help(mut self, text: impl Into<String>) -> Self {
        self.param.help = Some(crate::layout::wrap::cleandoc(&text.into()));
        self
    }

    /// The default, written as a Rust value. An option that names no type
    /// takes the one Click infers from it (`default(1)` makes an integer
    /// option; a list or tuple, its first item's type). A tuple type is
    /// never inferred: a list of pairs is text unless the option names its
    /// tuple type (`value_type::<(i64, String)>()`). Held as the value itself when the option stores that Rust
    /// type; otherwise (text for a typed option, a list) it goes through
    /// the type like a command-line value. Either way help shows it as
    /// Click would, and a default the type rejects is a declaration error.
    ///
    /// ```
    /// let o = clack_core::Opt::new("--tags").multiple(true).default(["inbox"]);
    /// # let _ = o;
    /// ```
    pub fn default(mut self, value: impl IntoDefault) -> Self {
        self.param.default = Some(Literal::from_default(&value));
        self.default_typed = value.__typed();
        self
    }

    /// A default that is already a typed value (not converted), shown in help
    /// as `shown`.
    ///
    /// ```
    /// let o = clack_core::Opt::new("--n").value_type::<u8>().default_value(3u8, "3");
    /// # let _ = o;
    /// ```
    pub fn default_value<T: Clone + Send + Sync + 'static>(
        mut self,
        value: T,
        shown: impl Into<String>,
    ) -> Self {
        self.param.default = Some(Literal::Typed {
            make: Arc::new(move || Value::new(value.clone())),
            shown: shown.into(),
            tokens: None,
        });
        self.default_typed = None;
        self
    }

    /// A default computed each time it is needed; help shows `(dynamic)`.
    ///
    /// ```
    /// let o = clack_core::Opt::new("--user").default_fn(|| "guest");
    /// # let _ = o;
    /// ```
    pub fn default_fn<D: IntoDefault>(mut self, f: impl Fn() -> D + Send + Sync + 'static) -> Self {
        self.param.default = Some(Literal::Dynamic(Arc::new(move || {
            let mut tokens = Vec::new();
            f().default_tokens(&mut tokens);
            tokens
        })));
        self.default_typed = None;
        self
    }

    /// Leave a flag's value unset (`None`) when it is not given, instead of
    /// `false` (Click's `default=None` on a boolean flag: a tri-state
    /// `--reload/--no-reload`).
    ///
    /// ```
    /// let o = clack_core::Opt::new("--reload/--no-reload").default_unset();
    /// # let _ = o;
    /// ```
    pub fn default_unset(mut self) -> Self {
        self.default_unset = true;
        self
    }

    /// Whether the option must be given.
    ///
    /// ```
    /// let o = clack_core::Opt::new("--name").required(true);
    /// # let _ = o;
    /// ```
    pub fn required(mut self, yes: bool) -> Self {
        self.param.required = yes;
        self
    }

    /// The metavar shown in help instead of the type's.
    ///
    /// ```
    /// let o = clack_core::Opt::new("--p").metavar("CHAR");
    /// # let _ = o;
    /// ```
    pub fn metavar(mut self, metavar: impl Into<String>) -> Self {
        self.param.metavar = Some(metavar.into());
        self
    }

    /// Allow the option to be repeated; the value is a `Vec`.
    ///
    /// ```
    /// let o = clack_core::Opt::new("--tag").multiple(true);
    /// # let _ = o;
    /// ```
    pub fn multiple(mut self, yes: bool) -> Self {
        self.param.multiple = yes;
        self
    }

    /// Take `n` values per occurrence (a `Vec` of `n` values).
    ///
    /// ```
    /// let o = clack_core::Opt::new("--pt").value_type::<f64>().nargs(2);
    /// # let _ = o;
    /// ```
    pub fn nargs(mut self, n: usize) -> Self {
        self.param.nargs = n as isize;
        self.param.nargs_explicit = true;
        self
    }

    /// Make this a flag: it takes no value and stores `true` (or its
    /// [`flag_value`](Opt::flag_value)).
    ///
    /// ```
    /// let o = clack_core::Opt::new("--force").flag();
    /// # let _ = o;
    /// ```
    pub fn flag(self) -> Self {
        self.is_flag(true)
    }

    /// Set whether this is a flag explicitly (Click's `is_flag`).
    ///
    /// ```
    /// let o = clack_core::Opt::new("--x").is_flag(false);
    /// # let _ = o;
    /// ```
    pub fn is_flag(mut self, yes: bool) -> Self {
        self.is_flag = Some(yes);
        self
    }

    /// The value stored when the option is given without one. On a flag,
    /// this makes a feature switch; on a non-flag (`is_flag(false)`), the
    /// option's value becomes optional.
    ///
    /// ```
    /// let o = clack_core::Opt::new("--upper").flag_value("upper");
    /// # let _ = o;
    /// ```
    pub fn flag_value(mut self, value: impl IntoDefault) -> Self {
        self.flag_value = Some(Literal::from_default(&value));
        self.flag_value_typed = value.__typed();
        self
    }

    /// Count occurrences: `-vvv` gives 3.
    ///
    /// ```
    /// let o = clack_core::Opt::new(["-v", "--verbose"]).count();
    /// # let _ = o;
    /// ```
    pub fn count(mut self) -> Self {
        self.count = true;
        self
    }

    /// Show the default in help (`[default: 1]`).
    ///
    /// ```
    /// let o = clack_core::Opt::new("--n").default(1).show_default(true);
    /// # let _ = o;
    /// ```
    pub fn show_default(mut self, yes: bool) -> Self {
        self.spec.show_default = Some(if yes {
            ShowDefault::Yes
        } else {
            ShowDefault::No
        });
        self
    }

    /// Show this text as the default in help (`[default: (text)]`).
    ///
    /// ```
    /// let o = clack_core::Opt::new("--when").show_default_text("current year");
    /// # let _ = o;
    /// ```
    pub fn show_default_text(mut self, text: impl Into<String>) -> Self {
        self.spec.show_default = Some(ShowDefault::Text(text.into()));
        self
    }

    /// Show the text `f` computes when help is shown as the default.
    pub(crate) fn show_default_with(
        mut self,
        f: impl Fn(&Context) -> Option<String> + Send + Sync + 'static,
    ) -> Self {
        self.spec.show_default = Some(ShowDefault::Computed(Arc::new(f)));
        self
    }

    /// Read the value from this environment variable when not given.
    ///
    /// ```
    /// let o = clack_core::Opt::new("--home").envvar("REPO_HOME");
    /// # let _ = o;
    /// ```
    pub fn envvar(mut self, name: impl Into<String>) -> Self {
        // An empty name names no variable (Click treats `envvar=""` as none).
        let name = name.into();
        if !name.is_empty() {
            self.param.envvar.push(name);
        }
        self
    }

    /// Show the environment variable in help (`[env var: X]`) and errors.
    ///
    /// ```
    /// let o = clack_core::Opt::new("--size").envvar("SIZE").show_envvar(true);
    /// # let _ = o;
    /// ```
    pub fn show_envvar(mut self, yes: bool) -> Self {
        self.spec.show_envvar = yes;
        self
    }

    /// Whether the automatic `PREFIX_NAME` variable applies (default yes).
    ///
    /// ```
    /// let o = clack_core::Opt::new("--secret").allow_from_autoenv(false);
    /// # let _ = o;
    /// ```
    pub fn allow_from_autoenv(mut self, yes: bool) -> Self {
        self.spec.allow_from_autoenv = yes;
        self
    }

    /// Leave the option out of help and completion.
    ///
    /// ```
    /// let o = clack_core::Opt::new("--secret").hidden(true);
    /// # let _ = o;
    /// ```
    pub fn hidden(mut self, yes: bool) -> Self {
        self.spec.hidden = yes;
        self
    }

    /// Mark the option deprecated: help says `(DEPRECATED)` and using it
    /// prints a warning.
    ///
    /// ```
    /// let o = clack_core::Opt::new("--color").flag().deprecated();
    /// # let _ = o;
    /// ```
    pub fn deprecated(mut self) -> Self {
        self.param.deprecated = Some(None);
        self
    }

    /// Mark the option deprecated with a reason (`(DEPRECATED: reason)`).
    ///
    /// ```
    /// let o = clack_core::Opt::new("--old").deprecated_because("use --name");
    /// # let _ = o;
    /// ```
    pub fn deprecated_because(mut self, reason: impl Into<String>) -> Self {
        self.param.deprecated = Some(Some(reason.into()));
        self
    }

    /// Process this option before the others (like `--help`, `--version`).
    ///
    /// ```
    /// let o = clack_core::Opt::new("--app").is_eager(true);
    /// # let _ = o;
    /// ```
    pub fn is_eager(mut self, yes: bool) -> Self {
        self.param.is_eager = yes;
        self
    }

    /// Whether the value is stored and passed to the command (default yes).
    ///
    /// ```
    /// let o = clack_core::Opt::new("--app").expose_value(false);
    /// # let _ = o;
    /// ```
    pub fn expose_value(mut self, yes: bool) -> Self {
        self.param.expose_value = yes;
        self
    }

    /// Check or transform the converted value. The callback receives the
    /// value as the parameter stores it (`T`, or `Vec<T>` for repeated and
    /// variadic parameters), or `None` when there is none.
    ///
    /// ```
    /// use clack_core::{Error, Opt};
    /// let o = Opt::new("--port").value_type::<u32>().callback(|_ctx, _param, v: Option<u32>| {
    ///     match v {
    ///         Some(p) if !(1..=65535).contains(&p) => Err(Error::bad_parameter("a port lies between 1 and 65535.")),
    ///         v => Ok(v),
    ///     }
    /// });
    /// # let _ = o;
    /// ```
    pub fn callback<T, F>(mut self, f: F) -> Self
    where
        T: Clone + 'static,
        F: Fn(&Context, &Param, Option<T>) -> Result<Option<T>, Error> + Send + Sync + 'static,
    {
        self.param.callback = Some(typed_callback(f));
        self
    }

    /// Like [`callback`](Opt::callback), on the type-erased value.
    ///
    /// ```
    /// let o = clack_core::Opt::new("--x").callback_raw(|_ctx, _param, v| Ok(v));
    /// # let _ = o;
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
    /// let o = clack_core::Opt::new("--env").shell_complete(|_ctx, _param, incomplete| {
    ///     ["dev", "prod"].iter().filter(|e| e.starts_with(incomplete)).map(|e| (*e).into()).collect()
    /// });
    /// # let _ = o;
    /// ```
    pub fn shell_complete(
        mut self,
        f: impl Fn(&Context, &Param, &str) -> Vec<CompletionItem> + Send + Sync + 'static,
    ) -> Self {
        self.param.shell_complete = Some(Arc::new(f) as CompleteFn);
        self
    }

    /// Finish the option under another storage name (the automatic help
    /// option stores its value under a reserved name).
    pub(crate) fn into_named(self, name: &str) -> Param {
        let mut param = self.finish();
        param.name = name.into();
        param
    }

    /// Finish the option: infer its kind, type and prompt text the way
    /// Click's `Option.__init__` does, once.
    pub(crate) fn finish(self) -> Param {
        let Opt {
            mut param,
            mut spec,
            is_flag,
            count,
            flag_value,
            default_typed,
            flag_value_typed,
            prompt_auto,
            default_unset,
        } = self;
        if prompt_auto {
            let mut text = param.name.replace('_', " ");
            if let Some(first) = text.get(..1) {
                let upper = first.to_uppercase();
                text = format!("{upper}{}", text[1..].to_lowercase());
            }
            spec.prompt = Some(text);
        }
        let (shape, conflict) = infer_kind(Asked {
            is_flag,
            count,
            flag_value: flag_value.is_some(),
            prompt: spec.prompt.is_some(),
            prompt_optional: spec.prompt.is_some() && !spec.prompt_required,
            secondary: !spec.secondary_opts.is_empty(),
            default: param.default.is_some(),
        });
        if conflict {
            spec.conflict = Some("counts its occurrences and so cannot also be a flag.");
        }
        match shape {
            Shape::Value | Shape::OptionalValue => {
                super::defaults::infer_type(&mut param, default_typed.as_ref());
            }
            // Click re-guesses a flag's type from its flag value
            // (`flag_value=8` makes an INTEGER switch).
            Shape::Flag => super::defaults::infer_type(&mut param, flag_value_typed.as_ref()),
            _ => {}
        }
        if !param.type_explicit {
            let bool_value = match &flag_value {
                None => true,
                Some(v) => v.is_word("True") || v.is_word("False"),
            };
            if shape == Shape::Count {
                param.ty = erase(Int::<usize>::new().min(0));
            } else if shape == Shape::Flag && bool_value {
                param.ty = bool_type();
            }
        }
        // Click's `default=None` is a value too: it beats a sibling
        // switch's absent default.
        param.default_explicit = param.default.is_some() || default_unset;
        if let Some(default) = param.default.take() {
            param.default = Some(super::defaults::hold(
                &param,
                default,
                default_typed.as_ref(),
            ));
        }
        let flag_value =
            flag_value.map(|v| super::defaults::hold(&param, v, flag_value_typed.as_ref()));
        spec.kind = match shape {
            Shape::Value => OptionKind::Value,
            Shape::OptionalValue => OptionKind::OptionalValue { alone: flag_value },
            Shape::Count => {
                if param.default.is_none() {
                    param.default = Some(Literal::Tokens(vec!["0".into()]));
                }
                OptionKind::Count
            }
            Shape::Flag if param.ty.is_bool() => OptionKind::Flag {
                on: flag_value.unwrap_or_else(|| Literal::bool(true)),
                default_unset,
            },
            // `True` through another type (Click's `flag_value = not default`).
            Shape::Flag => OptionKind::Switch {
                value: flag_value.unwrap_or_else(|| Literal::Tokens(vec!["True".into()])),
                default_unset,
            },
        };
        param.kind = Kind::Option(Box::new(spec));
        param
    }
}

impl From<Opt> for Param {
    fn from(opt: Opt) -> Param {
        opt.finish()
    }
}

/// Wrap a typed parameter callback as an erased one.
pub(crate) fn typed_callback<T, F>(f: F) -> super::ParamCallback
where
    T: Clone + 'static,
    F: Fn(&Context, &Param, Option<T>) -> Result<Option<T>, Error> + Send + Sync + 'static,
{
    super::mapped::erase_callback(f)
}

mod relations;

#[cfg(test)]
mod tests;
