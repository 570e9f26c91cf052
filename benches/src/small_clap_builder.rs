//! The small benchmark app with clap's builder API, parsed with a command
//! built once (clap's fastest path).

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Arg, ArgAction, Command, value_parser};

/// The command, built once and reused.
pub fn command() -> Command {
    Command::new("bench")
        .about("Parse a small command line.")
        .arg(
            Arg::new("number")
                .long("number")
                .required(true)
                .help("A required number.")
                .value_parser(value_parser!(u32)),
        )
        .arg(
            Arg::new("opt_number")
                .long("opt-number")
                .help("An optional number.")
                .value_parser(value_parser!(u32)),
        )
        .arg(
            Arg::new("width")
                .long("width")
                .default_value("10")
                .help("The width.")
                .value_parser(value_parser!(u32).range(1..)),
        )
        .arg(
            Arg::new("paths")
                .action(ArgAction::Append)
                .num_args(0..)
                .value_parser(value_parser!(PathBuf)),
        )
}

/// Parse `args` (without the program name) with `cmd` and take out the
/// typed values, as the derive version does.
pub fn parse(
    cmd: &mut Command,
    args: &[OsString],
) -> Result<(u32, Option<u32>, u32, Vec<PathBuf>), clap::Error> {
    let argv = std::iter::once(OsString::from("bench")).chain(args.iter().cloned());
    let mut m = cmd.try_get_matches_from_mut(argv)?;
    let number = m.remove_one::<u32>("number").unwrap_or_default();
    let opt_number = m.remove_one::<u32>("opt_number");
    let width = m.remove_one::<u32>("width").unwrap_or_default();
    let paths = m
        .remove_many::<PathBuf>("paths")
        .map(Iterator::collect)
        .unwrap_or_default();
    Ok((number, opt_number, width, paths))
}
