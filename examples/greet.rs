//! `greet` with the macros: one command with the everyday option kinds (a
//! typed option with a range and a shown default, a prompted option, a
//! case-insensitive choice, an on/off flag pair, a short alias with a
//! metavar, a version option and custom help option names). The same
//! command as Click's `greet.py`; `greet_builder.rs` builds it by hand.
//!
//!     cargo run --example greet -- --name Ada -c 2

use clack::prelude::*;

/// The greetings to choose from.
#[derive(Choice, Clone, Copy)]
pub(crate) enum Greeting {
    Hello,
    Hi,
    Howdy,
}

/// Greet NAME a total of COUNT times.
///
/// Each greeting goes on its own line.
#[command(help_option_names = ["-h", "--help"], version = "1.4.2", version_prog_name = "greet")]
pub(crate) fn greet(
    #[option("--count", "-c", default = 1, show_default, range = 1..=10, help = "Number of greetings.")]
    count: u32,
    #[option(prompt = "Your name", help = "The person to greet.")] name: String,
    #[option(default = Greeting::Hello, show_default, ignore_case, help = "Which greeting to use.")]
    greeting: Greeting,
    #[option(flag = "--shout/--no-shout", help = "Greet in capital letters.")] shout: bool,
    #[option(
        "--punctuation",
        "-p",
        default = "!",
        metavar = "CHAR",
        help = "How each greeting ends."
    )]
    punctuation: String,
) {
    let word = match greeting {
        Greeting::Hello => "Hello",
        Greeting::Hi => "Hi",
        Greeting::Howdy => "Howdy",
    };
    let mut text = format!("{word}, {name}{punctuation}");
    if shout {
        text = text.to_uppercase();
    }
    for _ in 0..count {
        clack::echo(&text);
    }
}

fn main() {
    greet::main()
}
