//! Checking constraints against a parsed context, and their messages.
//!
//! The messages are written once, here, in Click's tone: `Missing option
//! '--path': it is required when option '--output' is 'file'.`, `Option
//! '--json' / '-j' cannot be used together with option '--yaml'.`

use super::{Among, Condition, Constraint, Rule};
use crate::compat::repr::py_repr;
use crate::param::Param;
use crate::{Context, Error, ParameterSource};

/// The parameter called `name`, by its name or one of its option names.
fn find<'p>(params: &'p [Param], name: &str) -> Option<&'p Param> {
    params.iter().find(|p| {
        p.name() == name
            || p.option()
                .is_some_and(|s| s.opts.iter().chain(&s.secondary_opts).any(|o| o == name))
    })
}

/// The first name `constraint` mentions that is not a parameter, as a
/// declaration problem.
pub(crate) fn unknown_name(constraint: &Constraint, params: &[Param]) -> Option<String> {
    let names = constraint.names();
    let missing = names.iter().find(|n| find(params, n).is_none())?;
    let listed = names
        .iter()
        .map(|n| py_repr(n))
        .collect::<Vec<_>>()
        .join(", ");
    Some(format!(
        "a constraint ({} of {listed}) names {}, which is not one of its parameters.",
        constraint.describe(),
        py_repr(missing)
    ))
}

impl Constraint {
    /// What kind of constraint this is, for a declaration error.
    fn describe(&self) -> &'static str {
        match &self.rule {
            Rule::Among(among, _) => among.label(),
            Rule::Requires { .. } => "requires",
            Rule::RequiredIf { unless: false, .. } => "required if",
            Rule::RequiredIf { unless: true, .. } => "required unless",
        }
    }
}

/// Whether the user gave the parameter a value: on the command line, from
/// the environment or at a prompt (not a default).
fn given(ctx: &Context, param: &Param) -> bool {
    matches!(
        ctx.get_parameter_source(param.name()),
        Some(ParameterSource::CommandLine | ParameterSource::Environment | ParameterSource::Prompt)
    )
}

fn holds(ctx: &Context, params: &[Param], when: &Condition) -> Option<bool> {
    let param = find(params, &when.name)?;
    if !given(ctx, param) {
        return Some(false);
    }
    Some(match &when.test {
        None => true,
        Some((test, _)) => ctx
            .raw_value(param.name())
            .flatten()
            .is_some_and(|v| test(&v)),
    })
}

/// `option '--json' / '-j'`, `argument 'SRC'`.
fn label(ctx: &Context, param: &Param) -> String {
    let noun = if param.is_argument() {
        "argument"
    } else {
        "option"
    };
    format!("{noun} {}", param.error_hint(ctx))
}

fn join(items: &[String], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {word} {last}", init.join(", ")),
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `Missing option '--a': it is required when option '--b' is given.`
fn missing_because(missing: &[String], reason: &str) -> String {
    let pronoun = if missing.len() == 1 {
        "it is"
    } else {
        "they are"
    };
    format!(
        "Missing {}: {pronoun} required {reason}.",
        join(missing, "and")
    )
}

fn is_are(items: &[String]) -> &'static str {
    if items.len() == 1 { "is" } else { "are" }
}

/// Check every constraint in order; the first that fails is a usage error.
/// Nothing is checked while completing (resilient parsing).
pub(crate) fn check(
    constraints: &[Constraint],
    params: &[Param],
    ctx: &Context,
) -> Result<(), Error> {
    if constraints.is_empty() || ctx.resilient_parsing() {
        return Ok(());
    }
    for constraint in constraints {
        if let Some(message) = failure(constraint, params, ctx) {
            return Err(ctx.fail(message));
        }
    }
    Ok(())
}

fn failure(constraint: &Constraint, params: &[Param], ctx: &Context) -> Option<String> {
    let labels = |ps: &[&Param]| ps.iter().map(|p| label(ctx, p)).collect::<Vec<_>>();
    match &constraint.rule {
        Rule::Among(among, names) => {
            let members: Vec<&Param> = names.iter().filter_map(|n| find(params, n)).collect();
            let (on, off): (Vec<&Param>, Vec<&Param>) = members.iter().partition(|p| given(ctx, p));
            let at_most_one = matches!(
                among,
                Among::MutuallyExclusive | Among::AtMostOne | Among::ExactlyOne
            );
            let at_least_one = matches!(among, Among::AtLeastOne | Among::ExactlyOne);
            if at_most_one && on.len() > 1 {
                let on = labels(&on);
                return Some(format!(
                    "{} cannot be used together with {}.",
                    capitalized(&on[0]),
                    join(&on[1..], "and")
                ));
            }
            if at_least_one && on.is_empty() {
                return Some(format!("Missing {}.", join(&labels(&members), "or")));
            }
            if *among == Among::AllOrNone && !on.is_empty() && !off.is_empty() {
                let on = labels(&on);
                let reason = format!("when {} {} given", join(&on, "and"), is_are(&on));
                return Some(missing_because(&labels(&off), &reason));
            }
            None
        }
        Rule::Requires { who, needs } => {
            let who = find(params, who)?;
            if !given(ctx, who) {
                return None;
            }
            let missing: Vec<&Param> = needs
                .iter()
                .filter_map(|n| find(params, n))
                .filter(|p| !given(ctx, p))
                .collect();
            if missing.is_empty() {
                return None;
            }
            let reason = format!("when {} is given", label(ctx, who));
            Some(missing_because(&labels(&missing), &reason))
        }
        Rule::RequiredIf {
            target,
            when,
            unless,
        } => {
            let target = find(params, target)?;
            if given(ctx, target) || holds(ctx, params, when)? == *unless {
                return None;
            }
            let other = label(ctx, find(params, &when.name)?);
            let state = match &when.test {
                None => "given".to_string(),
                Some((_, shown)) => py_repr(shown),
            };
            let word = if *unless { "unless" } else { "when" };
            let reason = format!("{word} {other} is {state}");
            Some(missing_because(&[label(ctx, target)], &reason))
        }
    }
}

/// Whether giving `candidate` now would break a constraint, given what is
/// already on the line (completion leaves such options out).
#[cfg(feature = "completion")]
pub(crate) fn ruled_out(
    constraints: &[Constraint],
    params: &[Param],
    ctx: &Context,
    candidate: &Param,
) -> bool {
    constraints.iter().any(|constraint| match &constraint.rule {
        Rule::Among(Among::MutuallyExclusive | Among::AtMostOne | Among::ExactlyOne, names) => {
            let members: Vec<&Param> = names.iter().filter_map(|n| find(params, n)).collect();
            members.iter().any(|p| p.name() == candidate.name())
                && members
                    .iter()
                    .any(|p| p.name() != candidate.name() && given(ctx, p))
        }
        _ => false,
    })
}
