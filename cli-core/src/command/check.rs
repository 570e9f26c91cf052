//! Declaration checks: the mistakes a program can make when it builds a
//! command (two options called `--x`, two variadic arguments, `nargs` out
//! of range, a flag that takes values, a default of the wrong shape or one
//! its type rejects). They are found once per command, when its parameter
//! table is first built, before anything is parsed, and reported as the
//! program's error ([`ErrorKind::Declaration`](crate::ErrorKind::Declaration)),
//! naming the command and the parameter; never as the user's.

use crate::Context;
use crate::compat::repr::py_repr;
use crate::param::{Literal, Param};

/// The name the automatic help option stores under (Click's).
pub(super) const HELP_OPTION_NAME: &str = "_click_default_help";

/// The first problem with these parameters (the command's, help option
/// last), as a sentence naming the parameter.
pub(super) fn problem(params: &[Param], ctx: &Context) -> Option<String> {
    let mut seen_opts: Vec<(&str, &Param)> = Vec::new();
    let mut seen_args: Vec<&str> = Vec::new();
    let mut variadic: Option<&Param> = None;
    for param in params {
        if let Some(problem) = &param.invalid {
            return Some(format!(
                "the option declared as {:?}: {problem}",
                param.opts()
            ));
        }
        if let Some(problem) = own_problem(param) {
            return Some(format!("{} {problem}", describe(param)));
        }
        if let Some(problem) = nargs_problem(param) {
            return Some(format!("{} {problem}", describe(param)));
        }
        match param.option() {
            Some(spec) => {
                for opt in spec.opts.iter().chain(&spec.secondary_opts) {
                    if let Some((_, first)) = seen_opts.iter().find(|(o, _)| *o == opt.as_str()) {
                        if first.option().is_some_and(|f| {
                            f.opts == spec.opts && f.secondary_opts == spec.secondary_opts
                        }) {
                            // The same declaration twice: a parameter set and
                            // the command (or two sets) both bring it.
                            return Some(format!("{} is declared twice.", describe(param)));
                        }
                        return Some(format!(
                            "the option name {} is used by {} and by {}.",
                            py_repr(opt),
                            describe(first),
                            describe(param)
                        ));
                    }
                    seen_opts.push((opt, param));
                }
            }
            None => {
                if seen_args.contains(&param.name()) {
                    return Some(format!(
                        "two arguments are named {}.",
                        py_repr(param.name())
                    ));
                }
                seen_args.push(param.name());
                if param.nargs() == -1 {
                    if let Some(first) = variadic {
                        return Some(format!(
                            "{} and {} both take any number of values (nargs=-1); only one argument may.",
                            describe(first),
                            describe(param)
                        ));
                    }
                    variadic = Some(param);
                }
            }
        }
        if let Some(problem) = default_problem(param, ctx) {
            return Some(format!("{} {problem}", describe(param)));
        }
    }
    shared_name(params)
}

/// Two parameters storing into one name where they would overwrite each
/// other: an argument and another parameter, or any parameter and the
/// help option. (Options sharing a name are feature switches and fine.)
fn shared_name(params: &[Param]) -> Option<String> {
    for (i, param) in params.iter().enumerate() {
        let Some(other) = params[..i].iter().find(|p| p.name() == param.name()) else {
            continue;
        };
        if param.name() == HELP_OPTION_NAME {
            // The help option comes last: `other` is the program's.
            return Some(format!(
                "{} takes the name {}, which is reserved for the automatic help option; give it a different name.",
                describe(other),
                py_repr(param.name())
            ));
        }
        if param.is_argument() || other.is_argument() {
            return Some(format!(
                "{} and {} share the name {} and would overwrite each other's value; give each a unique name.",
                describe(other),
                describe(param),
                py_repr(param.name())
            ));
        }
    }
    None
}

/// `the option '--count'`, `the argument 'SRC'`.
fn describe(param: &Param) -> String {
    match param.option() {
        Some(spec) => {
            let name = spec
                .opts
                .iter()
                .chain(&spec.secondary_opts)
                .max_by_key(|o| o.len())
                .map_or_else(|| param.name().to_string(), String::clone);
            format!("the option {}", py_repr(&name))
        }
        None => format!("the argument {}", py_repr(&param.human_readable_name())),
    }
}

/// Settings of one parameter that contradict each other (Click's
/// `TypeError`s in `Option.__init__` and `Argument.__init__`).
fn own_problem(param: &Param) -> Option<&'static str> {
    let nargs = param.nargs();
    if param.deprecated.is_some() && param.required() {
        return Some("is deprecated and still required: a deprecated parameter must be optional.");
    }
    match param.option() {
        Some(spec) if param.deprecated.is_some() && spec.prompt.is_some() => Some(
            "is deprecated and prompts for its value: `deprecated` options cannot use `prompt`.",
        ),
        Some(spec) if spec.conflict.is_some() => spec.conflict,
        None if nargs == 0 || nargs < -1 => {
            Some("has nargs out of range: it takes 1 or more values, or -1 for any number.")
        }
        None => None,
        Some(_) if nargs < 1 => Some("has nargs out of range: an option takes 1 or more values."),
        Some(spec) if spec.is_count() && param.multiple() => {
            Some("counts its occurrences and so cannot also be `multiple`.")
        }
        Some(spec)
            if (spec.is_flag() || spec.is_count()) && nargs != 1 && !param.ty.is_composite() =>
        {
            Some("is a flag, which takes no value, so its nargs must be 1.")
        }
        Some(spec)
            if !spec.secondary_opts.is_empty() && spec.is_flag() && !param.is_bool_flag() =>
        {
            Some("has an off switch (`--x/--no-x`), which only a boolean flag may have.")
        }
        Some(_) => None,
    }
}

/// A chained group's argument that may be left out (optional, or any
/// number of values): the chained commands' names would be taken for it
/// (Click's "A group in chain mode cannot have optional arguments").
pub(super) fn chain_problem(params: &[Param]) -> Option<String> {
    let arg = params.iter().find(|p| p.is_argument() && !p.required())?;
    Some(format!(
        "{} is optional, but a group in chain mode cannot have optional arguments.",
        describe(arg)
    ))
}

/// An explicit `nargs` that a composite type (a tuple) contradicts:
/// Click's "'nargs' must be 2 (or None) for type ..., but it was 3".
fn nargs_problem(param: &Param) -> Option<String> {
    let arity = param.ty.arity();
    (param.nargs_explicit && param.ty.is_composite() && param.nargs() != arity as isize).then(|| {
        format!(
            "has the type {}, which takes {arity} values: 'nargs' must be {arity} (or unset), but it was {}.",
            param.ty.name(),
            param.nargs()
        )
    })
}

/// A written default that cannot be the parameter's value: the wrong
/// number of values for its `nargs`, or text its (pure) type rejects.
fn default_problem(param: &Param, ctx: &Context) -> Option<String> {
    let tokens = param.default.as_ref().and_then(Literal::tokens)?;
    let n = param.nargs();
    let composite = param.ty.is_composite();
    if n > 1 && !composite && !tokens.is_empty() {
        let fits = if param.multiple() {
            tokens.len() % n.unsigned_abs() == 0
        } else {
            tokens.len() == n.unsigned_abs()
        };
        if !fits {
            return Some(format!(
                "takes {n} values at a time, but its default has {}.",
                tokens.len()
            ));
        }
    }
    if !param.ty.is_pure() || tokens.is_empty() || param.is_flag() {
        return None;
    }
    match param.convert_literal(ctx, Literal::Tokens(tokens.to_vec())) {
        Ok(_) => None,
        Err(e) => Some(format!("has a default its type rejects: {}", e.message())),
    }
}
