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

#[derive(Params)]
struct Output {
    /// Output format.
    #[option(default = "text")]
    format: String,
}

/// Search items.
#[command]
fn search(
    #[option(help = "Where to look.")] path: Option<String>,
    #[params] verbosity: Verbosity,
    #[option(short = 'n', default = 5, help = "How many.")] limit: usize,
    #[argument] pattern: String,
    #[params] output: Output,
) {
    let _ = (path, verbosity, limit, pattern, output.format);
}

/// Hand-written sets mix with the function's parameters the same way.
struct Tracing;

impl clack::ParamSet for Tracing {
    fn params() -> Vec<clack::Param> {
        vec![
            clack::Opt::new("--trace")
                .flag()
                .help("Trace calls.")
                .into(),
        ]
    }
    fn from_context(ctx: &clack::Context) -> Result<Self, clack::Error> {
        ctx.take::<bool>("trace")?;
        Ok(Tracing)
    }
}

/// Trace items.
#[command]
fn trace(
    #[option(help = "First.")] first: bool,
    #[params] _t: Tracing,
    #[option(help = "Last.")] last: bool,
) {
    let _ = (first, last);
}

#[test]
fn set_options_keep_their_place_among_the_functions_own() {
    let out = ok(run(&search::command(), &["--help"]));
    assert_eq!(
        out,
        "\
Usage: search [OPTIONS] PATTERN

  Search items.

Options:
  --path TEXT          Where to look.
  -v, --verbose        Print more output.
  -q, --quiet          Print less output.
  -n, --limit INTEGER  How many.
  --format TEXT        Output format.
  --help               Show this message and exit.
"
    );
    let out = ok(run(&trace::command(), &["--help"]));
    assert!(
        out.contains("  --first  First.\n  --trace  Trace calls.\n  --last   Last.\n"),
        "{out}"
    );
}
