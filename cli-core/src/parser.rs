//! Click's command-line parser, matched directly against one command's
//! parameters.
//!
//! Two passes, as in Click: options are pulled out of the tokens first
//! (`--opt value`, `--opt=value`, `-abc` clusters, `-ovalue`, `--` ending
//! option parsing, unknown options with "Did you mean"), then the remaining
//! positionals are dealt to the arguments by their `nargs`, a variadic one
//! taking what the others leave (filled from the right after it). The result
//! is raw strings per parameter, in command-line order; conversion happens
//! later, in the value pipeline.

use std::borrow::Cow;
use std::collections::VecDeque;
use std::ffi::{OsStr, OsString};

use crate::compat::difflib::close_matches;
use crate::compat::repr::{py_repr, py_repr_os};
use crate::lexer;
use crate::lexer::split_opt;
use crate::param::{Literal, Param, Raw};
use crate::{Error, ErrorKind};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Action {
    Store,
    StoreConst,
    Append,
    AppendConst,
    Count,
}

struct OptEntry {
    name: String,
    param: usize,
    action: Action,
    nargs: usize,
    konst: Option<Literal>,
    flag_needs_value: bool,
}

/// The option lookup of one command: every option name with what it does,
/// and the option prefixes in use. It depends only on the parameters (and
/// the token normalizer), so a command builds it once and reuses it.
pub(crate) struct OptionIndex {
    short: Vec<OptEntry>,
    long: Vec<OptEntry>,
    prefixes: Vec<String>,
    /// The arguments: parameter index and `nargs`, in declaration order.
    arguments: Vec<(usize, isize)>,
}

impl OptionIndex {
    /// The index for `params`, with option names passed through `normalize`.
    pub(crate) fn new(params: &[Param], normalize: Option<&dyn Fn(&str) -> String>) -> Self {
        let mut index = OptionIndex {
            short: Vec::new(),
            long: Vec::new(),
            prefixes: vec!["-".into(), "--".into()],
            arguments: Vec::new(),
        };
        for (i, param) in params.iter().enumerate() {
            if param.is_argument() {
                index.arguments.push((i, param.nargs()));
            }
            index.add_param(i, param, normalize);
        }
        index
    }

    /// Every option prefix in use (`-`, `--`, `+`, ...).
    pub(crate) fn prefixes(&self) -> &[String] {
        &self.prefixes
    }
}

/// What a raw value slot holds while parsing.
enum Slot {
    Raw(Raw),
    Append(Vec<OsString>),
    Count(usize),
}

/// The outcome of parsing one command's arguments.
pub(crate) struct Parsed<'a> {
    /// Raw values by parameter name (shared by options with the same name).
    values: Vec<(&'a str, Slot)>,
    /// Parameter indices in command-line order (repeated when repeated).
    pub(crate) order: Vec<usize>,
    /// Arguments left over for a subcommand or `ctx.args`.
    pub(crate) rest: VecDeque<OsString>,
}

impl Parsed<'_> {
    /// The raw value for a parameter name: moved out when `last` (no other
    /// parameter shares the name), else copied.
    pub(crate) fn take(&mut self, name: &str, last: bool) -> Option<Raw> {
        let i = self.values.iter().position(|(n, _)| *n == name)?;
        let slot = &mut self.values[i].1;
        Some(match slot {
            Slot::Raw(r) if last => std::mem::replace(r, Raw::Tokens(Vec::new())),
            Slot::Raw(r) => r.clone(),
            Slot::Append(t) if last => Raw::Tokens(std::mem::take(t)),
            Slot::Append(t) => Raw::Tokens(t.clone()),
            Slot::Count(n) => Raw::Tokens(vec![n.to_string().into()]),
        })
    }
}

/// Parser settings taken from the context.
pub(crate) struct ParserSettings<'a> {
    pub(crate) allow_interspersed_args: bool,
    pub(crate) ignore_unknown_options: bool,
    pub(crate) resilient: bool,
    pub(crate) normalize: Option<&'a dyn Fn(&str) -> String>,
}

struct Parser<'a> {
    params: &'a [Param],
    short: &'a [OptEntry],
    long: &'a [OptEntry],
    prefixes: &'a [String],
    arguments: &'a [(usize, isize)],
    settings: &'a ParserSettings<'a>,
    values: Vec<(&'a str, Slot)>,
    order: Vec<usize>,
    largs: Vec<OsString>,
    rargs: VecDeque<OsString>,
}

fn normalize_opt<'s>(opt: &'s str, f: Option<&dyn Fn(&str) -> String>) -> Cow<'s, str> {
    match f {
        None => Cow::Borrowed(opt),
        Some(f) => {
            let (prefix, rest) = split_opt(opt);
            Cow::Owned(format!("{prefix}{}", f(rest)))
        }
    }
}

/// Parse `args` for a command with these parameters, looking options up in
/// `index` (built from the same parameters).
pub(crate) fn parse<'a>(
    params: &'a [Param],
    index: &'a OptionIndex,
    args: VecDeque<OsString>,
    settings: &'a ParserSettings<'a>,
) -> Result<Parsed<'a>, Error> {
    let mut p = Parser {
        params,
        short: &index.short,
        long: &index.long,
        prefixes: &index.prefixes,
        arguments: &index.arguments,
        settings,
        values: Vec::with_capacity(params.len()),
        order: Vec::with_capacity(params.len()),
        largs: Vec::new(),
        rargs: args,
    };
    let result = p.process_options().and_then(|()| p.process_arguments());
    // After the positional arguments were dealt, what is left is in
    // `rargs`; after an error (kept quiet when parsing resiliently), only
    // what was set aside so far.
    let rest = match result {
        Ok(()) => p.rargs,
        Err(e) if !(settings.resilient && e.is_usage_error()) => return Err(e),
        Err(_) => p.largs.into(),
    };
    Ok(Parsed {
        values: p.values,
        order: p.order,
        rest,
    })
}

impl OptionIndex {
    fn add_param(&mut self, index: usize, param: &Param, norm: Option<&dyn Fn(&str) -> String>) {
        let Some(spec) = param.option() else {
            return;
        };
        let base = if param.multiple() {
            Action::Append
        } else if spec.is_count() {
            Action::Count
        } else {
            Action::Store
        };
        let konst_action = match base {
            Action::Append => Action::AppendConst,
            _ => Action::StoreConst,
        };
        let add = |p: &mut Self, opts: &[String], action: Action, konst: Option<Literal>| {
            for opt in opts {
                let name = normalize_opt(opt, norm).into_owned();
                let (prefix, value) = split_opt(&name);
                let first = &prefix[..prefix.chars().next().map_or(0, char::len_utf8)];
                if !p.prefixes.iter().any(|x| x == first) {
                    p.prefixes.push(first.to_string());
                }
                let entry = OptEntry {
                    name: name.clone(),
                    param: index,
                    action,
                    nargs: param.nargs().max(1) as usize,
                    konst: konst.clone(),
                    flag_needs_value: spec.needs_value(),
                };
                if prefix.chars().count() == 1 && value.chars().count() == 1 {
                    p.short.push(entry);
                } else {
                    if !p.prefixes.iter().any(|x| x == prefix) {
                        p.prefixes.push(prefix.to_string());
                    }
                    p.long.push(entry);
                }
            }
        };
        if spec.is_flag() {
            if param.is_bool_flag() && !spec.secondary_opts.is_empty() {
                add(self, &spec.opts, konst_action, Some(Literal::bool(true)));
                add(
                    self,
                    &spec.secondary_opts,
                    konst_action,
                    Some(Literal::bool(false)),
                );
            } else {
                add(
                    self,
                    &spec.opts,
                    konst_action,
                    spec.kind.flag_value().cloned(),
                );
            }
        } else {
            add(self, &spec.opts, base, None);
        }
    }
}

impl<'a> Parser<'a> {
    fn is_prefix(&self, s: &str) -> bool {
        self.prefixes.iter().any(|p| p == s)
    }

    fn process_options(&mut self) -> Result<(), Error> {
        while let Some(arg) = self.rargs.pop_front() {
            if arg == "--" {
                return Ok(());
            }
            if lexer::is_option_like(&arg, self.prefixes) {
                self.process_opts(arg)?;
            } else if self.settings.allow_interspersed_args {
                self.largs.push(arg);
            } else {
                self.rargs.push_front(arg);
                return Ok(());
            }
        }
        Ok(())
    }

    fn process_opts(&mut self, arg: OsString) -> Result<(), Error> {
        let (long_opt, explicit) = match lexer::find_eq(&arg) {
            Some(i) => (
                Cow::Owned(lexer::text(&lexer::slice(&arg, 0, i)).into_owned()),
                Some(lexer::tail(&arg, i + 1)),
            ),
            None => (lexer::text(&arg), None),
        };
        let norm = normalize_opt(&long_opt, self.settings.normalize);
        if self.match_long_opt(&norm, explicit)? {
            return Ok(());
        }
        let first_two = lexer::first_chars(&arg, 2);
        if !self.is_prefix(&first_two) {
            return self.match_short_opt(&arg);
        }
        if !self.settings.ignore_unknown_options {
            // Suggestions only now: a short cluster like `-vv` also misses
            // the long options first, and must not pay for them.
            let names = self.long.iter().map(|e| e.name.as_str());
            let suggestions = close_matches(&norm, names, 3, 0.6);
            let raw_name = match lexer::find_eq(&arg) {
                Some(i) => lexer::slice(&arg, 0, i),
                None => arg.clone(),
            };
            return Err(no_such_option(&shown_opt(&norm, &raw_name), &suggestions));
        }
        self.largs.push(arg);
        Ok(())
    }

    /// Handle `opt` as a long option; `false` when there is none by that
    /// name.
    fn match_long_opt(&mut self, opt: &str, explicit: Option<OsString>) -> Result<bool, Error> {
        let Some(i) = self.long.iter().position(|e| e.name == opt) else {
            return Ok(false);
        };
        let action = self.long[i].action;
        let value = if matches!(action, Action::Store | Action::Append) {
            if let Some(v) = explicit {
                self.rargs.push_front(v);
            }
            self.value_from_state(opt, i, true)?
        } else if explicit.is_some() {
            return Err(Error::new(
                ErrorKind::BadOptionUsage,
                format!("Option {} does not take a value.", py_repr(opt)),
            )
            .without_context());
        } else {
            None
        };
        self.process(i, true, value);
        Ok(true)
    }

    fn match_short_opt(&mut self, arg: &OsString) -> Result<(), Error> {
        let units = lexer::char_units(arg);
        let prefix = units[0].1;
        let mut unknown = String::new();
        for (pos, &(offset, ch)) in units.iter().enumerate().skip(1) {
            let opt = normalize_opt(&format!("{prefix}{ch}"), self.settings.normalize).into_owned();
            let Some(i) = self.short.iter().position(|e| e.name == opt) else {
                if self.settings.ignore_unknown_options {
                    unknown.push(ch);
                    continue;
                }
                let end = units.get(pos + 1).map_or(arg.len(), |&(next, _)| next);
                let mut raw = OsString::from(prefix.to_string());
                raw.push(lexer::slice(arg, offset, end));
                return Err(no_such_option(&shown_opt(&opt, &raw), &[]));
            };
            let action = self.short[i].action;
            let mut stop = false;
            let value = if matches!(action, Action::Store | Action::Append) {
                if let Some(&(offset, _)) = units.get(pos + 1) {
                    self.rargs.push_front(lexer::tail(arg, offset));
                    stop = true;
                }
                self.value_from_state(&opt, i, false)?
            } else {
                None
            };
            self.process(i, false, value);
            if stop {
                break;
            }
        }
        if self.settings.ignore_unknown_options && !unknown.is_empty() {
            self.largs.push(format!("{prefix}{unknown}").into());
        }
        Ok(())
    }

    /// The value(s) for an option that takes them (Click's
    /// `_get_value_from_state`). `Some(None)` never occurs: `None` means the
    /// option may stand alone (`FLAG_NEEDS_VALUE`).
    fn value_from_state(&mut self, opt: &str, i: usize, long: bool) -> Result<Option<Raw>, Error> {
        let entry = if long { &self.long[i] } else { &self.short[i] };
        let nargs = entry.nargs;
        let needs_value = entry.flag_needs_value;
        if self.rargs.len() < nargs {
            if needs_value {
                return Ok(Some(Raw::FlagNeedsValue));
            }
            let message = if nargs == 1 {
                format!("Option {} requires an argument.", py_repr(opt))
            } else {
                format!("Option {} requires {nargs} arguments.", py_repr(opt))
            };
            return Err(Error::new(ErrorKind::BadOptionUsage, message).without_context());
        }
        if nargs == 1 {
            let next = &self.rargs[0];
            if needs_value && lexer::is_option_like(next, self.prefixes) {
                return Ok(Some(Raw::FlagNeedsValue));
            }
            let v = self.rargs.pop_front().unwrap_or_default();
            return Ok(Some(Raw::Tokens(vec![v])));
        }
        Ok(Some(Raw::Tokens(self.rargs.drain(..nargs).collect())))
    }

    fn process(&mut self, i: usize, long: bool, value: Option<Raw>) {
        let entry = if long { &self.long[i] } else { &self.short[i] };
        let param = entry.param;
        let params: &'a [Param] = self.params;
        let name: &'a str = params[param].name();
        let action = entry.action;
        let konst = entry.konst.clone();
        let slot_index = match self.values.iter().position(|(n, _)| *n == name) {
            Some(i) => i,
            None => {
                self.values.push((name, Slot::Append(Vec::new())));
                let last = self.values.len() - 1;
                // A fresh slot: stores overwrite it, appends extend it.
                if !matches!(action, Action::Append | Action::AppendConst) {
                    self.values[last].1 = Slot::Count(0);
                }
                last
            }
        };
        let slot = &mut self.values[slot_index].1;
        match action {
            Action::Store => {
                *slot = Slot::Raw(value.unwrap_or(Raw::FlagNeedsValue));
            }
            Action::StoreConst => {
                *slot = match konst {
                    Some(k) => Slot::Raw(Raw::Literal(k)),
                    None => Slot::Raw(Raw::FlagNeedsValue),
                };
            }
            Action::Append | Action::AppendConst => {
                let tokens: Vec<OsString> = match (action, value) {
                    (Action::Append, Some(Raw::Tokens(t))) => t,
                    _ => match &self.params[param]
                        .option()
                        .and_then(|o| o.kind.flag_value().cloned())
                    {
                        Some(v) => v.tokens().map(<[OsString]>::to_vec).unwrap_or_default(),
                        None => Vec::new(),
                    },
                };
                let tokens = if action == Action::AppendConst {
                    match konst.as_ref().and_then(Literal::tokens) {
                        Some(t) => t.to_vec(),
                        None => tokens,
                    }
                } else {
                    tokens
                };
                match slot {
                    Slot::Append(v) => v.extend(tokens),
                    other => *other = Slot::Append(tokens),
                }
            }
            Action::Count => {
                *slot = match slot {
                    Slot::Count(n) => Slot::Count(*n + 1),
                    _ => Slot::Count(1),
                };
            }
        }
        self.order.push(param);
    }

    /// Deal the positional arguments (those set aside, then the rest) to
    /// the command's arguments; the leftovers stay in `rargs`. The cost is
    /// in the arguments taken, not in those left: a chain of commands
    /// parses each one's share of a long command line in turn.
    fn process_arguments(&mut self) -> Result<(), Error> {
        for arg in std::mem::take(&mut self.largs).into_iter().rev() {
            self.rargs.push_front(arg);
        }
        let arguments = self.arguments;
        let unpacked = unpack_args(&mut self.rargs, arguments);
        let params: &'a [Param] = self.params;
        for (&(index, _), share) in arguments.iter().zip(unpacked) {
            let param = &params[index];
            let value = match share {
                Unpacked::One(v) => v.map(|v| vec![v]),
                Unpacked::Many { items, holes } => {
                    if param.nargs() > 1 && items.is_empty() {
                        None
                    } else if param.nargs() > 1 && holes != 0 {
                        return Err(Error::new(
                            ErrorKind::BadArgumentUsage,
                            format!(
                                "Argument {} takes {} values.",
                                py_repr(param.name()),
                                param.nargs()
                            ),
                        )
                        .without_context());
                    } else if items.is_empty() {
                        None
                    } else {
                        Some(items)
                    }
                }
            };
            let name = param.name();
            match value {
                Some(tokens) => self.store_argument(name, tokens),
                None => self.values.retain(|(n, _)| *n != name),
            }
            self.order.push(index);
        }
        Ok(())
    }

    fn store_argument(&mut self, name: &'a str, tokens: Vec<OsString>) {
        let slot = Slot::Raw(Raw::Tokens(tokens));
        match self.values.iter_mut().find(|(n, _)| *n == name) {
            Some((_, s)) => *s = slot,
            None => self.values.push((name, slot)),
        }
    }
}

/// An option name as Click's messages quote it: a name with bytes that
/// are not UTF-8 as Python's `repr()` shows them (`'--\udcff'`).
fn shown_opt(opt: &str, raw: &OsStr) -> String {
    match raw.to_str() {
        Some(_) => py_repr(opt),
        None => py_repr_os(raw),
    }
}

/// `No such option '--x'.`, with suggestions; `shown` is already quoted.
fn no_such_option(shown: &str, suggestions: &[String]) -> Error {
    let mut message = format!("No such option {shown}.");
    if !suggestions.is_empty() {
        message.push(' ');
        message.push_str(&format_possibilities(suggestions));
    }
    Error::new(ErrorKind::NoSuchOption, message)
}

/// `Did you mean 'x'?` or `(Did you mean one of: 'a', 'b'?)`, sorted.
pub(crate) fn format_possibilities(possibilities: &[String]) -> String {
    let mut sorted: Vec<&String> = possibilities.iter().collect();
    crate::order::sort(&mut sorted);
    let listed = sorted
        .iter()
        .map(|p| py_repr(p))
        .collect::<Vec<_>>()
        .join(", ");
    if sorted.len() == 1 {
        format!("Did you mean {listed}?")
    } else {
        format!("(Did you mean one of: {listed}?)")
    }
}

/// One argument's share of the positionals.
enum Unpacked {
    One(Option<OsString>),
    /// The values found and how many were missing.
    Many {
        items: Vec<OsString>,
        holes: usize,
    },
}

/// Click's `_unpack_args`: deal positionals to arguments (`(index, nargs)`)
/// by `nargs`; after a variadic argument the rest are filled from the
/// right. The leftovers stay in `args`.
///
/// Every argument's share is a contiguous run of `args`, and the runs are
/// in argument order, so the values are moved out in one pass, from the
/// front of the queue: the leftovers are not touched.
fn unpack_args(args: &mut VecDeque<OsString>, spec: &[(usize, isize)]) -> Vec<Unpacked> {
    // (how many values, how many missing) per argument.
    let mut counts: Vec<(usize, usize)> = vec![(0, 0); spec.len()];
    let (mut left, mut right) = (0, args.len());
    let mut variadic: Option<usize> = None;
    let mut front = 0;
    while front < spec.len() {
        let nargs = spec[front].1;
        if nargs >= 1 {
            let want = nargs.unsigned_abs();
            let got = want.min(right - left);
            counts[front] = (got, want - got);
            left += got;
            front += 1;
        } else {
            variadic = Some(front);
            front += 1;
            break;
        }
    }
    if let Some(v) = variadic {
        for k in (front..spec.len()).rev() {
            let nargs = spec[k].1;
            if nargs >= 1 {
                let want = nargs.unsigned_abs();
                let got = want.min(right - left);
                counts[k] = (got, want - got);
                right -= got;
            }
            // A second variadic argument takes nothing (Click rejects this
            // declaration outright).
        }
        counts[v] = (right - left, 0);
    }
    let rest_len = if variadic.is_some() { 0 } else { right - left };
    let mut out = Vec::with_capacity(spec.len());
    if spec.len() == 1 && rest_len == 0 && spec[0].1 != 1 {
        // One argument takes everything: hand over the whole queue.
        let holes = counts[0].1;
        out.push(Unpacked::Many {
            items: std::mem::take(args).into(),
            holes,
        });
        return out;
    }
    let taken = args.len() - rest_len;
    let mut iter = std::iter::from_fn(|| args.pop_front()).take(taken);
    for (&(_, nargs), &(got, holes)) in spec.iter().zip(&counts) {
        out.push(if nargs == 1 {
            Unpacked::One(if got == 1 { iter.next() } else { None })
        } else {
            Unpacked::Many {
                items: iter.by_ref().take(got).collect(),
                holes,
            }
        });
    }
    out
}
