//! A clack group whose subcommands are built only when looked up, with any
//! number of them: the scale benchmark checks that startup does not depend
//! on that number.

use std::sync::Arc;

use clack::group::Commands;
use clack::group::CommandSource;
use clack::{Command, Context, Error, Group, Opt, Output};

/// Subcommands `cmd0` to `cmd{n-1}`, each built when asked for.
struct Numbered(usize);

impl CommandSource for Numbered {
    fn list_commands(&self, _ctx: &Context, _registered: &Commands) -> Vec<String> {
        (0..self.0).map(|i| format!("cmd{i}")).collect()
    }

    fn get_command(
        &self,
        _ctx: &Context,
        name: &str,
        _registered: &Commands,
    ) -> Result<Option<Arc<Command>>, Error> {
        let found = name
            .strip_prefix("cmd")
            .and_then(|i| i.parse::<usize>().ok())
            .filter(|&i| i < self.0);
        Ok(found.map(|i| Arc::new(subcommand(i))))
    }
}

fn subcommand(i: usize) -> Command {
    Command::new(format!("cmd{i}"))
        .help("One of many.")
        .param(Opt::new("--count").value_type::<u32>().default(1))
        .callback(|ctx| {
            let count: u32 = ctx.take_required("count")?;
            std::hint::black_box(count);
            Ok(Output::none())
        })
}

/// A group with `n` lazily built subcommands.
pub fn group(n: usize) -> Command {
    Group::new("many").source(Numbered(n)).into_command()
}
