//! `greet` built with the builder API, no macros: the same command as
//! `examples/greet.rs` (and Click's `greet.py`), for programs that build
//! their commands at run time.
//!
//!     cargo run --example greet_builder -- --name Ada -c 2

use clack::types::{Choice, Int};
use clack::{Command, Opt, Output, version_option};

pub(crate) fn greet() -> Command {
    Command::new("greet")
        .help("Greet NAME a total of COUNT times.\n\nEach greeting goes on its own line.")
        .help_option_names(["-h", "--help"])
        .param(
            Opt::new(["--count", "-c"])
                .ty(Int::<u32>::range(1, 10))
                .default(1)
                .show_default(true)
                .help("Number of greetings."),
        )
        .param(
            Opt::new("--name")
                .prompt("Your name")
                .help("The person to greet."),
        )
        .param(
            Opt::new("--greeting")
                .ty(Choice::new(["hello", "hi", "howdy"]).case_sensitive(false))
                .default("hello")
                .show_default(true)
                .help("Which greeting to use."),
        )
        .param(
            Opt::new("--shout/--no-shout")
                .default(false)
                .help("Greet in capital letters."),
        )
        .param(
            Opt::new(["--punctuation", "-p"])
                .default("!")
                .metavar("CHAR")
                .help("How each greeting ends."),
        )
        .param(version_option("1.4.2", Some("greet"), None))
        .callback(|ctx| {
            let count: u32 = ctx.take_required("count")?;
            let name: String = ctx.take_required("name")?;
            let greeting: String = ctx.take_required("greeting")?;
            let shout: bool = ctx.take_required("shout")?;
            let punctuation: String = ctx.take_required("punctuation")?;
            let mut text = format!("{}, {name}{punctuation}", capitalize(&greeting));
            if shout {
                text = text.to_uppercase();
            }
            for _ in 0..count {
                clack::echo(&text);
            }
            Ok(Output::none())
        })
}

/// Python's `str.capitalize`: first character upper case, the rest lower.
fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

fn main() {
    greet().main()
}
