//! What the Rust type says: flags, optional values, repeated options,
//! variadic arguments, tuples, counters, defaults.

use clack::prelude::*;

use super::{ok, run};

/// Show every shape.
#[command]
fn shapes(
    #[argument] src: String,
    #[argument] dest: Option<String>,
    force: bool,
    #[option(flag = "--color/--no-color", default = true)] color: bool,
    level: Option<u8>,
    #[option(short = 't')] tag: Vec<String>,
    #[option(metavar = "KEY VALUE")] set: Vec<(String, String)>,
    size: Option<(u32, u32)>,
    #[option(nargs = 2, default = [0.0, 0.0])] origin: Vec<f64>,
    #[option(short = 'v', count)] verbose: u8,
) {
    clack::echo(format!(
        "src={src} dest={dest:?} force={force} color={color} level={level:?}"
    ));
    clack::echo(format!(
        "tag={tag:?} set={set:?} size={size:?} origin={origin:?} verbose={verbose}"
    ));
}

#[test]
fn defaults_when_nothing_is_given() {
    let out = ok(run(&shapes::command(), &["a"]));
    assert_eq!(
        out,
        "src=a dest=None force=false color=true level=None\n\
         tag=[] set=[] size=None origin=[0.0, 0.0] verbose=0\n"
    );
}

#[test]
fn every_shape_from_the_command_line() {
    let args = [
        "a",
        "b",
        "--force",
        "--no-color",
        "--level",
        "3",
        "-t",
        "x",
        "--tag",
        "y",
        "--set",
        "k",
        "v",
        "--size",
        "640",
        "480",
        "--origin",
        "1.5",
        "-2",
        "-vvv",
    ];
    let out = ok(run(&shapes::command(), &args));
    assert_eq!(
        out,
        "src=a dest=Some(\"b\") force=true color=false level=Some(3)\n\
         tag=[\"x\", \"y\"] set=[(\"k\", \"v\")] size=Some((640, 480)) origin=[1.5, -2.0] verbose=3\n"
    );
}

#[test]
fn help_shows_each_shape() {
    let out = ok(run(&shapes::command(), &["--help"]));
    assert_eq!(
        out,
        "\
Usage: shapes [OPTIONS] SRC [DEST]

  Show every shape.

Options:
  --force
  --color / --no-color
  --level INTEGER
  -t, --tag TEXT
  --set KEY VALUE
  --size <INTEGER INTEGER>...
  --origin FLOAT...
  -v, --verbose
  --help                       Show this message and exit.
"
    );
}

#[test]
fn a_required_argument_is_missing() {
    let result = run(&shapes::command(), &[]);
    assert_eq!(result.exit_code, 2);
    assert!(
        result.stderr.ends_with("Error: Missing argument 'SRC'.\n"),
        "{}",
        result.stderr
    );
}

/// Plain types always have a value: required unless defaulted.
#[command]
fn plain(
    port: u16,
    #[option(default = "localhost")] host: String,
    #[argument(nargs = -1)] rest: Vec<String>,
) {
    clack::echo(format!("{host}:{port} {rest:?}"));
}

#[test]
fn plain_options_are_required() {
    let result = run(&plain::command(), &[]);
    assert_eq!(result.exit_code, 2);
    assert!(
        result.stderr.ends_with("Error: Missing option '--port'.\n"),
        "{}",
        result.stderr
    );
    assert_eq!(
        ok(run(&plain::command(), &["--port", "80", "x", "y"])),
        "localhost:80 [\"x\", \"y\"]\n"
    );
}

/// Names from identifiers: `_` becomes `-`, outer underscores go.
#[command]
fn names(
    dry_run: bool,
    r#type: Option<String>,
    _quiet: bool,
    #[option(long = "out-dir")] output: Option<String>,
) {
    clack::echo(format!("{dry_run} {type:?} {_quiet} {output:?}", type = r#type));
}

#[test]
fn option_names_from_identifiers() {
    let out = ok(run(
        &names::command(),
        &["--dry-run", "--type", "t", "--quiet", "--out-dir", "o"],
    ));
    assert_eq!(out, "true Some(\"t\") true Some(\"o\")\n");
}

/// Variadic and fixed arguments together, as Click's `cp`.
#[command]
fn copy(
    #[argument(required)] src: Vec<String>,
    #[argument] dst: String,
    #[argument(nargs = 2)] pair: Vec<i32>,
) {
    clack::echo(format!("{src:?} -> {dst} {pair:?}"));
}

#[test]
fn variadic_argument_before_fixed_ones() {
    assert_eq!(
        ok(run(&copy::command(), &["a", "b", "c", "1", "2"])),
        "[\"a\", \"b\"] -> c [1, 2]\n"
    );
    let result = run(&copy::command(), &[]);
    assert!(
        result
            .stderr
            .ends_with("Error: Missing argument 'SRC...'.\n"),
        "{}",
        result.stderr
    );
}
