//! `prompts`: asking the user for input, the twin of Click's `prompts.py`.
//!
//! Typed prompts with defaults that ask again after a bad answer, a choice
//! prompt, yes/no confirmation with a default and with abort, hidden input
//! with a confirmation that must match, what end of input does, the editor
//! named by `$EDITOR`, and a value that may come from the command line, an
//! environment variable or a prompt, reported with its source.
//!
//!     cargo run --example prompts -- survey

use clack::prelude::*;
use clack::termui;
use clack::types::{Choice, Float, Int};

#[path = "support/python.rs"]
mod python;

/// Ask questions and act on the answers.
#[group(commands = [survey, wipe, login, note])]
fn cli() {}

/// Ask a few typed questions.
#[command]
fn survey() -> Result<(), Error> {
    let name: String = prompt("Name").ask()?;
    let age: i64 = prompt("Age").ty(Int::<i64>::new()).default(30).ask()?;
    let color = prompt("Favourite colour")
        .ty(Choice::new(["red", "green", "blue"]))
        .ask()?;
    let ratio: f64 = prompt("Share")
        .ty(Float::<f64>::range(0.0, 1.0))
        .default(0.5)
        .show_default(false)
        .ask()?;
    let subscribe = confirm("Subscribe?").default(Some(true)).ask()?;
    let subscribe = if subscribe { "True" } else { "False" };
    clack::echo(format!(
        "{name} ({age}) likes {color}, share {}, subscribed: {subscribe}",
        python::float(ratio)
    ));
    Ok(())
}

/// Wipe everything, after asking.
#[command]
fn wipe(#[option(help = "Do not ask first.")] force: bool) -> Result<(), Error> {
    if !force {
        confirm("This wipes everything. Continue?")
            .abort(true)
            .ask()?;
    }
    clack::echo("Wiped.");
    Ok(())
}

/// Log in, asking for what is missing.
#[command]
fn login(
    ctx: &Context,
    #[option(prompt, envvar = "PROMPTS_USER", help = "Who logs in.")] user: String,
    #[option(prompt, hide_input, confirmation_prompt, help = "The password.")] password: String,
) {
    let source = ctx
        .get_parameter_source("user")
        .map_or("NONE", |s| s.name());
    clack::echo(format!(
        "Logged in as {user} (from {source}) with {} characters.",
        password.chars().count()
    ));
}

/// Write a note, in the editor unless given.
#[command]
fn note(
    #[option("--message", "-m", help = "The note; without it the editor opens.")] message: Option<
        String,
    >,
) -> Result<(), Error> {
    let message = match message {
        Some(m) => m,
        None => match termui::edit("# Write the note above this line.\n")? {
            None => {
                clack::echo("No note saved.");
                return Ok(());
            }
            Some(text) => text
                .split("# Write the note")
                .next()
                .unwrap_or_default()
                .trim()
                .to_string(),
        },
    };
    clack::echo(format!("Saved note: {message}"));
    Ok(())
}

/// The entry point (public so that `tests/terminal.rs` can run this
/// program inside its own binary).
pub fn main() {
    cli::main()
}
