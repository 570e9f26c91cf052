//! `#[derive(Params)]`: parameter sets shared by commands.

use clack::prelude::*;

use super::{ok, run};

#[derive(Params, Debug)]
struct Verbosity {
    /// Print more output.
    #[option(short = 'v', count)]
    verbose: u8,
    /// Print less output.
    #[option(short = 'q')]
    quiet: bool,
}

#[derive(Params, Debug)]
#[allow(dead_code)] // read through Debug
struct Common {
    #[params]
    verbosity: Verbosity,
    #[option(default = "text", help = "Output format.")]
    format: String,
}

/// Show an item.
#[command]
fn show(#[argument] item: String, #[params] common: Common) {
    clack::echo(format!("{item} {common:?}"));
}

/// List items.
#[command]
fn list(#[params] verbosity: Verbosity, #[option(default = 10)] limit: usize) {
    clack::echo(format!("{limit} {} {}", verbosity.verbose, verbosity.quiet));
}

#[test]
fn sets_fill_structs() {
    let out = ok(run(&show::command(), &["x", "-vv", "--format", "json"]));
    assert_eq!(
        out,
        "x Common { verbosity: Verbosity { verbose: 2, quiet: false }, format: \"json\" }\n"
    );
    assert_eq!(
        ok(run(&list::command(), &["-v", "--limit", "3"])),
        "3 1 false\n"
    );
}

#[test]
fn doc_comments_are_help() {
    let out = ok(run(&list::command(), &["--help"]));
    assert_eq!(
        out,
        "\
Usage: list [OPTIONS]

  List items.

Options:
  -v, --verbose    Print more output.
  -q, --quiet      Print less output.
  --limit INTEGER
  --help           Show this message and exit.
"
    );
}

#[test]
fn the_trait_is_usable_directly() {
    use clack::ParamSet;
    let names: Vec<String> = Common::params()
        .iter()
        .map(|p| p.name().to_string())
        .collect();
    assert_eq!(names, ["verbose", "quiet", "format"]);
}
