//! Relations between parameters (what Click users add cloup for, and clap
//! has as `conflicts_with`, `requires` and `ArgGroup`): [`Constraint`]s a
//! command checks once every value is known, before its callback runs, and
//! [`OptionGroup`]s, the titled sections of options in its help.
//!
//! A constraint looks at whether each parameter was *given*: on the command
//! line, from an environment variable or at a prompt. A default (written
//! or from the default map) is not given. A failed constraint is a usage
//! error (exit 2) naming the options as Click's errors name them.
//!
//! Everything here is plain data: a command that declares no constraint
//! keeps an empty list and checks nothing.

mod check;
mod group;

use std::fmt::Display;
use std::sync::Arc;

#[cfg(feature = "completion")]
pub(crate) use check::ruled_out;
pub(crate) use check::{check, unknown_name};
pub(crate) use group::Declared;
pub use group::{CommandSection, OptionGroup};

use crate::Value;

/// How many of a set of parameters may (or must) be given.
///
/// ```
/// use clack_core::constraint::Among;
/// assert_eq!(Among::AtLeastOne.label(), "at least 1 required");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Among {
    /// At most one of them.
    MutuallyExclusive,
    /// All of them or none.
    AllOrNone,
    /// One or more of them.
    AtLeastOne,
    /// Exactly one of them.
    ExactlyOne,
    /// None or one of them (the same check as `MutuallyExclusive`, shown
    /// as `[at most 1]` in help).
    AtMostOne,
}

impl Among {
    /// How help shows the rule next to a group's title (without the
    /// brackets).
    ///
    /// ```
    /// assert_eq!(clack_core::constraint::Among::MutuallyExclusive.label(), "mutually exclusive");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            Among::MutuallyExclusive => "mutually exclusive",
            Among::AllOrNone => "all or none",
            Among::AtLeastOne => "at least 1 required",
            Among::ExactlyOne => "exactly 1 required",
            Among::AtMostOne => "at most 1",
        }
    }
}

/// A test on another parameter: that it was given, or that it has a value.
///
/// ```
/// use clack_core::constraint::Condition;
/// let when_file = Condition::equals("output", "file");
/// let when_stdin = Condition::given("stdin");
/// # let _ = (when_file, when_stdin);
/// ```
#[derive(Clone)]
pub struct Condition {
    pub(crate) name: String,
    /// The value test and the value as help and errors show it; `None`
    /// means "was given".
    pub(crate) test: Option<(ValueTest, String)>,
}

/// Whether a parameter's value is the one a [`Condition`] names.
pub(crate) type ValueTest = Arc<dyn Fn(&Value) -> bool + Send + Sync>;

impl Condition {
    /// The parameter `name` was given (command line, environment, prompt).
    ///
    /// ```
    /// let c = clack_core::constraint::Condition::given("--stdin");
    /// # let _ = c;
    /// ```
    pub fn given(name: impl Into<String>) -> Self {
        Condition {
            name: name.into(),
            test: None,
        }
    }

    /// The parameter `name` was given with the value `value` (compared as
    /// the parameter's type, or as text when the parameter holds a
    /// `String`: `equals("output", "file")`).
    ///
    /// ```
    /// let c = clack_core::constraint::Condition::equals("level", 3u8);
    /// # let _ = c;
    /// ```
    pub fn equals<T>(name: impl Into<String>, value: T) -> Self
    where
        T: PartialEq + Display + Send + Sync + 'static,
    {
        let shown = value.to_string();
        let text = shown.clone();
        let test: ValueTest = Arc::new(move |v: &Value| match v.get::<T>() {
            Some(v) => *v == value,
            None => v.get::<String>().is_some_and(|s| *s == text),
        });
        Condition {
            name: name.into(),
            test: Some((test, shown)),
        }
    }
}

/// A relation between parameters, checked after all values are known and
/// before the callback runs (see the [module](self) documentation).
///
/// Parameters are named by their name (`"dry_run"`) or one of their option
/// names (`"--dry-run"`); a name the command does not have is a declaration
/// error when the command first runs.
///
/// ```
/// use clack_core::{Command, Opt, constraint::Constraint, testing::Runner};
/// let cmd = Command::new("export")
///     .param(Opt::new(["--json", "-j"]).flag())
///     .param(Opt::new("--yaml").flag())
///     .constraint(Constraint::mutually_exclusive(["json", "yaml"]));
/// let result = Runner::new().invoke(&cmd, ["-j", "--yaml"]);
/// assert_eq!(result.exit_code, 2);
/// assert!(result.stderr.ends_with(
///     "Error: Option '--json' / '-j' cannot be used together with option '--yaml'.\n"
/// ));
/// ```
#[derive(Clone)]
pub struct Constraint {
    pub(crate) rule: Rule,
}

#[derive(Clone)]
pub(crate) enum Rule {
    Among(Among, Vec<String>),
    Requires {
        who: String,
        needs: Vec<String>,
    },
    /// `target` is required when (or, `unless`, when not) `when` holds.
    RequiredIf {
        target: String,
        when: Condition,
        unless: bool,
    },
}

fn names<I, S>(names: I) -> Vec<String>
where
    I: IntoIterator<Item = S>,
    S: Into<String>,
{
    names.into_iter().map(Into::into).collect()
}

impl Constraint {
    /// The rule `among` over the parameters `names`.
    ///
    /// ```
    /// use clack_core::constraint::{Among, Constraint};
    /// let c = Constraint::among(Among::ExactlyOne, ["file", "url"]);
    /// # let _ = c;
    /// ```
    pub fn among<I, S>(among: Among, params: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Constraint {
            rule: Rule::Among(among, names(params)),
        }
    }

    /// At most one of `params` may be given.
    ///
    /// ```
    /// let c = clack_core::constraint::Constraint::mutually_exclusive(["json", "yaml"]);
    /// # let _ = c;
    /// ```
    pub fn mutually_exclusive<I, S>(params: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self::among(Among::MutuallyExclusive, params)
    }

    /// All of `params` are given, or none.
    ///
    /// ```
    /// let c = clack_core::constraint::Constraint::all_or_none(["user", "password"]);
    /// # let _ = c;
    /// ```
    pub fn all_or_none<I, S>(params: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self::among(Among::AllOrNone, params)
    }

    /// At least one of `params` is given.
    ///
    /// ```
    /// let c = clack_core::constraint::Constraint::at_least_one(["file", "url"]);
    /// # let _ = c;
    /// ```
    pub fn at_least_one<I, S>(params: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self::among(Among::AtLeastOne, params)
    }

    /// Exactly one of `params` is given.
    ///
    /// ```
    /// let c = clack_core::constraint::Constraint::exactly_one(["file", "url"]);
    /// # let _ = c;
    /// ```
    pub fn exactly_one<I, S>(params: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self::among(Among::ExactlyOne, params)
    }

    /// At most one of `params` is given.
    ///
    /// ```
    /// let c = clack_core::constraint::Constraint::at_most_one(["quiet", "verbose"]);
    /// # let _ = c;
    /// ```
    pub fn at_most_one<I, S>(params: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self::among(Among::AtMostOne, params)
    }

    /// When `who` is given, each of `needs` must be given too.
    ///
    /// ```
    /// let c = clack_core::constraint::Constraint::requires("user", ["password"]);
    /// # let _ = c;
    /// ```
    pub fn requires<I, S>(who: impl Into<String>, needs: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Constraint {
            rule: Rule::Requires {
                who: who.into(),
                needs: names(needs),
            },
        }
    }

    /// `target` must be given when `when` holds ("if `--output` is `file`
    /// then `--path` is required").
    ///
    /// ```
    /// use clack_core::constraint::{Condition, Constraint};
    /// let c = Constraint::required_if("path", Condition::equals("output", "file"));
    /// # let _ = c;
    /// ```
    pub fn required_if(target: impl Into<String>, when: Condition) -> Self {
        Constraint {
            rule: Rule::RequiredIf {
                target: target.into(),
                when,
                unless: false,
            },
        }
    }

    /// `target` must be given unless `when` holds.
    ///
    /// ```
    /// use clack_core::constraint::{Condition, Constraint};
    /// let c = Constraint::required_unless("input", Condition::given("stdin"));
    /// # let _ = c;
    /// ```
    pub fn required_unless(target: impl Into<String>, when: Condition) -> Self {
        Constraint {
            rule: Rule::RequiredIf {
                target: target.into(),
                when,
                unless: true,
            },
        }
    }

    /// Every parameter name the constraint mentions.
    pub(crate) fn names(&self) -> Vec<&str> {
        match &self.rule {
            Rule::Among(_, names) => names.iter().map(String::as_str).collect(),
            Rule::Requires { who, needs } => std::iter::once(who.as_str())
                .chain(needs.iter().map(String::as_str))
                .collect(),
            Rule::RequiredIf { target, when, .. } => vec![target.as_str(), when.name.as_str()],
        }
    }
}
