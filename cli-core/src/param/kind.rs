//! Click's rules for option declarations: the names an option's
//! declarations give it, and its kind ([`OptionKind`]), inferred from the
//! builder calls that made it.

use super::{Literal, is_identifier};
use crate::lexer::split_opt;

/// What an option does with its names: the one choice Click spreads over
/// `is_flag`, `count`, `flag_value` and the secondary names. Made once, when
/// the builder finishes (from the builder method that asked for it, or by
/// Click's inference rules), never worked out again.
#[derive(Clone)]
pub(crate) enum OptionKind {
    /// Takes a value: `--name x`.
    Value,
    /// Takes a value, or stands alone: then it stores `alone` (Click's
    /// `is_flag=False` with a `flag_value`: `--color` alone), or, with no
    /// such value, prompts for one (`prompt_required=False`).
    OptionalValue { alone: Option<Literal> },
    /// A boolean flag, `--force`, or an on/off pair `--shout/--no-shout`
    /// (the off names are the option's secondary names): given, it stores
    /// `on` (`True` unless a `flag_value` says otherwise).
    Flag { on: Literal, default_unset: bool },
    /// A flag of another type storing its own `value` (a feature switch:
    /// several such options may share one name).
    Switch { value: Literal, default_unset: bool },
    /// Counts its occurrences: `-vvv` is 3.
    Count,
}

impl OptionKind {
    /// What the option stores when given alone, if anything.
    pub(crate) fn flag_value(&self) -> Option<&Literal> {
        match self {
            OptionKind::Flag { on: v, .. } | OptionKind::Switch { value: v, .. } => Some(v),
            OptionKind::OptionalValue { alone } => alone.as_ref(),
            OptionKind::Value | OptionKind::Count => None,
        }
    }
}

/// An option's kind before its type is known: a boolean flag and a
/// feature switch are both `Flag` here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    Value,
    OptionalValue,
    Flag,
    Count,
}

/// What the builder was told that decides an option's kind.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Asked {
    /// `flag()` or `is_flag(..)`.
    pub(super) is_flag: Option<bool>,
    /// `count()`.
    pub(super) count: bool,
    /// A `flag_value(..)`.
    pub(super) flag_value: bool,
    /// A prompt.
    pub(super) prompt: bool,
    /// A prompt that lets the option stand alone (`prompt_required(false)`).
    pub(super) prompt_optional: bool,
    /// Off names (`--a/--b`).
    pub(super) secondary: bool,
    /// A default.
    pub(super) default: bool,
}

/// Click's inference of an option's kind (`Option.__init__`), and whether
/// the option was asked to both count and be a flag.
pub(super) fn infer_kind(a: Asked) -> (Shape, bool) {
    let (flag, optional) = match a.is_flag {
        None if a.flag_value => (true, a.prompt_optional),
        None if a.prompt_optional => (false, true),
        None => (a.secondary, a.prompt_optional),
        Some(false) if !a.prompt_optional => (false, a.flag_value || !a.default),
        Some(f) => (f, a.prompt_optional),
    };
    // Standing alone needs something to store or a prompt to ask: an
    // explicit `is_flag(false)` with neither keeps the parser strict.
    let optional = optional && (a.flag_value || a.prompt);
    let shape = if a.count {
        Shape::Count
    } else if flag {
        Shape::Flag
    } else if optional {
        Shape::OptionalValue
    } else {
        Shape::Value
    };
    (shape, a.count && flag)
}

/// Click's `Option._parse_decls`: the name, the options and the secondary
/// (off) options of a declaration list.
pub(crate) fn parse_decls(decls: &[String]) -> Result<(String, Vec<String>, Vec<String>), String> {
    let mut opts = Vec::new();
    let mut secondary = Vec::new();
    let mut name: Option<String> = None;
    let mut possible: Vec<(&str, &str)> = Vec::new();
    for decl in decls {
        if is_identifier(decl) {
            if let Some(name) = &name {
                return Err(format!("Name '{name}' defined twice"));
            }
            name = Some(decl.clone());
            continue;
        }
        let split_char = if decl.starts_with('/') { ';' } else { '/' };
        if let Some((first, second)) = decl.split_once(split_char) {
            let first = first.trim_end();
            if !first.is_empty() {
                possible.push(split_opt(first));
                opts.push(first.to_string());
            }
            let second = second.trim_start();
            if !second.is_empty() {
                secondary.push(second.to_string());
            }
            if first == second {
                return Err(format!(
                    "Boolean option '{decl}' cannot use the same flag for true/false."
                ));
            }
        } else {
            possible.push(split_opt(decl));
            opts.push(decl.clone());
        }
    }
    if name.is_none() && !possible.is_empty() {
        // Longest prefix first (stable), like Click's sort by -len(prefix).
        crate::order::sort_by_key(&mut possible, |(p, _)| std::cmp::Reverse(p.chars().count()));
        let candidate = possible[0].1.replace('-', "_").to_lowercase();
        if is_identifier(&candidate) {
            name = Some(candidate);
        }
    }
    let Some(name) = name else {
        return Err(format!(
            "Could not determine name for option with declarations {decls:?}"
        ));
    };
    if opts.is_empty() && secondary.is_empty() {
        return Err(format!(
            "No options defined but a name was passed ({name}). Did you mean to declare an argument instead? Did you mean to pass '--{name}'?"
        ));
    }
    for opt in opts.iter().chain(&secondary) {
        if split_opt(opt).0.is_empty() {
            return Err(format!("Invalid start character for option ({opt})"));
        }
    }
    Ok((name, opts, secondary))
}
