//! What a command returns, the context parameter, and `crate = path`.

use clack::prelude::*;

use super::{ok, run};

/// Fails with a standard error.
#[command]
fn disk() -> std::io::Result<()> {
    Err(std::io::Error::other("disk full"))
}

/// Fails with a usage error from the context.
#[command]
fn picky(ctx: &Context, #[argument] word: String) -> Result<()> {
    if word != "please" {
        return Err(ctx.fail(format!("Say please, not {word:?}.")));
    }
    clack::echo("thanks");
    Ok(())
}

/// Returns a value through `Result`.
#[command]
fn parse(#[argument] text: String) -> Result<i64, std::num::ParseIntError> {
    text.parse()
}

/// Returns a plain value.
#[command]
fn plain() -> String {
    "value".to_string()
}

/// Takes the context mutably and by value.
#[command]
fn ctx_mut(ctx: &mut Context) {
    clack::echo(ctx.command_path());
}

#[test]
fn std_errors_print_error_and_exit_1() {
    let result = run(&disk::command(), &[]);
    assert_eq!(
        (result.exit_code, result.stderr.as_str()),
        (1, "Error: disk full\n")
    );
}

#[test]
fn clack_errors_keep_their_kind() {
    assert_eq!(ok(run(&picky::command(), &["please"])), "thanks\n");
    let result = run(&picky::command(), &["now"]);
    assert_eq!(result.exit_code, 2);
    assert_eq!(
        result.stderr,
        "Usage: picky [OPTIONS] WORD\nTry 'picky --help' for help.\n\nError: Say please, not \"now\".\n"
    );
}

#[test]
fn values_become_outputs() {
    let result = run(&parse::command(), &["42"]);
    assert_eq!(
        result.output_value.and_then(|o| o.downcast::<i64>().ok()),
        Some(42)
    );
    let result = run(&parse::command(), &["x"]);
    assert_eq!(
        (result.exit_code, result.stderr.as_str()),
        (1, "Error: invalid digit found in string\n")
    );
    let result = run(&plain::command(), &[]);
    assert_eq!(
        result
            .output_value
            .and_then(|o| o.downcast::<String>().ok())
            .as_deref(),
        Some("value")
    );
    let result = run(&disk::command(), &[]);
    assert!(result.output_value.is_none());
}

#[test]
fn the_context_is_passed() {
    assert_eq!(ok(run(&ctx_mut::command(), &[])), "ctx-mut\n");
}

mod reexport {
    //! A crate that re-exports clack under another path.
    pub use clack as cli;
}

/// Built through a re-export.
#[command(crate = reexport::cli, name = "again")]
fn reexported(#[option(default = 2)] n: u8) -> u8 {
    n
}

#[derive(Choice, Clone)]
#[choice(crate = reexport::cli)]
enum Side {
    Left,
    Right,
}

#[derive(Params)]
#[params(crate = reexport::cli)]
struct Sides {
    #[option(default = Side::Left)]
    side: Side,
}

/// Uses the set.
#[command(crate = reexport::cli)]
fn pick_side(#[params] sides: Sides) {
    use clack::types::ChoiceEnum;
    clack::echo(sides.side.choice_name());
}

#[test]
fn crate_paths_can_be_replaced() {
    let result = run(&reexported::command(), &[]);
    assert_eq!(
        result.output_value.and_then(|o| o.downcast::<u8>().ok()),
        Some(2)
    );
    assert_eq!(<Sides as clack::ParamSet>::params().len(), 1);
    let out = ok(run(&pick_side::command(), &[]));
    assert_eq!(out, "left\n");
    let _ = Side::Right;
}

pub mod visible {
    //! Public commands get public items.
    use clack::prelude::*;

    /// A public command.
    #[command]
    pub fn public() {}
}

#[test]
fn visibility_follows_the_function() {
    assert_eq!(visible::public::command().name(), "public");
    visible::public();
}
