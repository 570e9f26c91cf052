//! A command's parameter table: its parameters with the automatic help
//! option last, and the parser's option index over them; and the automatic
//! help option itself.
//!
//! Both depend only on the command and on the help option names in force,
//! so a [`Command`] builds its table on first use and shares it (through an
//! `Arc`) with every later invocation, clone and help page; a context with
//! other help option names gets a table of its own.

use std::ops::Deref;
use std::sync::{Arc, OnceLock};

use crate::Context;
use crate::command::Command;
use crate::constraint::Constraint;
use crate::param::{Opt, Param};
use crate::parser::OptionIndex;

/// The parameters of a command as parsed and shown, and their option index.
pub(crate) struct ParamTable {
    /// The help option names this table was built for.
    help_names: Arc<[String]>,
    params: Vec<Param>,
    index: OptionIndex,
    /// What is wrong with the declaration, found when the table was built.
    problem: Option<String>,
    /// The constraints checked after parsing (usually none).
    constraints: Vec<Constraint>,
}

impl ParamTable {
    /// The table of `command` when the help option names are `help_names`.
    pub(crate) fn new(command: &Command, help_names: Arc<[String]>, ctx: &Context) -> Self {
        let mut params = command.params_list().to_vec();
        if let Some(names) = command.help_option_names_from(&help_names) {
            params.push(help_option(names));
        }
        let index = OptionIndex::new(&params, None);
        let mut problem = super::check::problem(&params, ctx);
        if command.group.as_ref().is_some_and(|g| g.chain) {
            problem = problem.or_else(|| super::check::chain_problem(&params));
        }
        let (constraints, constraint_problem) =
            super::relations::table_constraints(command, &params);
        problem = problem.or(constraint_problem);
        ParamTable {
            help_names,
            params,
            index,
            problem,
            constraints,
        }
    }

    /// What is wrong with the command's declaration, if anything.
    pub(crate) fn problem(&self) -> Option<&str> {
        self.problem.as_deref()
    }

    /// The constraints to check once the values are known.
    pub(crate) fn constraints(&self) -> &[Constraint] {
        &self.constraints
    }

    /// Whether this table was built for these help option names.
    pub(crate) fn is_for(&self, help_names: &[String]) -> bool {
        *self.help_names == *help_names
    }

    /// The option index (with names as declared, not normalized).
    pub(crate) fn index(&self) -> &OptionIndex {
        &self.index
    }
}

impl Deref for ParamTable {
    type Target = [Param];

    fn deref(&self) -> &[Param] {
        &self.params
    }
}

/// A shared handle on a command's table: a slice of [`Param`]s to index or
/// iterate (by reference, or by value, yielding cheap clones).
#[derive(Clone)]
pub(crate) struct Params(pub(crate) Arc<ParamTable>);

impl Deref for Params {
    type Target = ParamTable;

    fn deref(&self) -> &ParamTable {
        &self.0
    }
}

impl IntoIterator for Params {
    type Item = Param;
    type IntoIter = IntoIter;

    fn into_iter(self) -> IntoIter {
        IntoIter {
            table: self.0,
            next: 0,
        }
    }
}

impl<'a> IntoIterator for &'a Params {
    type Item = &'a Param;
    type IntoIter = std::slice::Iter<'a, Param>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.params.iter()
    }
}

/// The parameters of a [`Params`], by value.
pub(crate) struct IntoIter {
    table: Arc<ParamTable>,
    next: usize,
}

impl Iterator for IntoIter {
    type Item = Param;

    fn next(&mut self) -> Option<Param> {
        let param = self.table.params.get(self.next)?.clone();
        self.next += 1;
        Some(param)
    }
}

impl Command {
    /// Forget the parameter table after a change: empty the cell if this
    /// command alone holds it, else take a cell of its own.
    pub(crate) fn reset_table(&mut self) {
        match Arc::get_mut(&mut self.table) {
            Some(cell) => drop(cell.take()),
            None => self.table = Arc::default(),
        }
    }

    /// The help option names left after names taken by the command's own
    /// parameters, or `None` when there is no help option.
    pub(crate) fn help_option_names_for(&self, ctx: &Context) -> Option<Vec<String>> {
        self.help_option_names_from(ctx.help_option_names())
    }

    /// The help option names left from `wanted` (see
    /// [`help_option_names_for`](Self::help_option_names_for)).
    pub(crate) fn help_option_names_from(&self, wanted: &[String]) -> Option<Vec<String>> {
        if !self.add_help_option {
            return None;
        }
        let taken = |n: &String| {
            self.params.iter().any(|p| match p.option() {
                Some(spec) => spec.opts.contains(n) || spec.secondary_opts.contains(n),
                None => p.name() == n,
            })
        };
        let mut names: Vec<String> = Vec::new();
        for n in wanted {
            if !taken(n) && !names.contains(n) {
                names.push(n.clone());
            }
        }
        (!names.is_empty()).then_some(names)
    }

    /// The parameters with the automatic help option last (built once per
    /// command and shared; see [`ParamTable`]).
    pub(crate) fn all_params(&self, ctx: &Context) -> Params {
        let names = &ctx.settings().help_option_names;
        if let Some(table) = self.table.get()
            && table.is_for(names)
        {
            return Params(table.clone());
        }
        let table = Arc::new(ParamTable::new(self, names.clone(), ctx));
        if self.table.get().is_none() {
            let _ = self.table.set(table.clone());
        }
        Params(table)
    }
}

/// The automatic `--help` option; the usual one (`--help` alone) is made
/// once and shared.
pub(crate) fn help_option(names: Vec<String>) -> Param {
    static DEFAULT: OnceLock<Param> = OnceLock::new();
    if names.len() == 1 && names[0] == "--help" {
        return DEFAULT.get_or_init(|| make_help_option(names)).clone();
    }
    make_help_option(names)
}

fn make_help_option(mut names: Vec<String>) -> Param {
    // Named outright, so that option names no name can be derived from
    // (`/?`) work, as for Click's help option, which exposes no value. A
    // bare word among them stays the program's mistake, reported as written.
    if !names.iter().any(|n| crate::param::is_identifier(n)) {
        names.push(super::check::HELP_OPTION_NAME.to_string());
    }
    Opt::new(names)
        .flag()
        .expose_value(false)
        .is_eager(true)
        .help("Show this message and exit.")
        .callback(|ctx: &Context, _param: &Param, value: Option<bool>| {
            if value != Some(true) || ctx.resilient_parsing() {
                return Ok(value);
            }
            let help = ctx.help_for(false);
            crate::echo::echo_to(ctx.io(), &help, false, ctx.color());
            Err(ctx.exit(0))
        })
        .into_named(super::check::HELP_OPTION_NAME)
}
