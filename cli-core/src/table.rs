//! A command's parameter table: its parameters with the automatic help
//! option last, and the parser's option index over them.
//!
//! Both depend only on the command and on the help option names in force,
//! so a [`Command`] builds its table on first use and shares it (through an
//! `Arc`) with every later invocation, clone and help page; a context with
//! other help option names gets a table of its own.

use std::ops::Deref;
use std::sync::Arc;

use crate::command::Command;
use crate::param::Param;
use crate::parser::OptionIndex;

/// The parameters of a command as parsed and shown, and their option index.
pub(crate) struct ParamTable {
    /// The help option names this table was built for.
    help_names: Arc<[String]>,
    params: Vec<Param>,
    index: OptionIndex,
}

impl ParamTable {
    /// The table of `command` when the help option names are `help_names`.
    pub(crate) fn new(command: &Command, help_names: Arc<[String]>) -> Self {
        let mut params = command.params_list().to_vec();
        if let Some(names) = command.help_option_names_from(&help_names) {
            params.push(crate::command::help_option(names));
        }
        let index = OptionIndex::new(&params, None);
        ParamTable {
            help_names,
            params,
            index,
        }
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
