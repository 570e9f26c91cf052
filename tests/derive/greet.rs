//! The command from DESIGN.md: every everyday option kind at once.

use clack::prelude::*;

use super::{ok, run, run_input};

#[derive(Choice, Clone, Copy, Debug, PartialEq)]
enum Greeting {
    Hello,
    Hi,
    Howdy,
}

/// Greet NAME a total of COUNT times.
///
/// Each greeting goes on its own line.
#[command(help_option_names = ["-h", "--help"], version = "1.4.2")]
fn greet(
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
    let word = format!("{greeting:?}");
    let mut text = format!("{word}, {name}{punctuation}");
    if shout {
        text = text.to_uppercase();
    }
    for _ in 0..count {
        clack::echo(&text);
    }
}

#[test]
fn help_matches_click() {
    let out = ok(run(&greet::command(), &["-h"]));
    assert_eq!(
        out,
        "\
Usage: greet [OPTIONS]

  Greet NAME a total of COUNT times.

  Each greeting goes on its own line.

Options:
  -c, --count INTEGER RANGE    Number of greetings.  [default: 1; 1<=x<=10]
  --name TEXT                  The person to greet.
  --greeting [hello|hi|howdy]  Which greeting to use.  [default: hello]
  --shout / --no-shout         Greet in capital letters.
  -p, --punctuation CHAR       How each greeting ends.
  --version                    Show the version and exit.
  -h, --help                   Show this message and exit.
"
    );
}

#[test]
fn runs_with_every_option() {
    let out = ok(run(
        &greet::command(),
        &[
            "--name",
            "Ada",
            "-c",
            "2",
            "--greeting",
            "HI",
            "--shout",
            "-p",
            "?",
        ],
    ));
    assert_eq!(out, "HI, ADA?\nHI, ADA?\n");
}

#[test]
fn prompts_for_the_name() {
    let out = ok(run_input(&greet::command(), &[], "Grace\n"));
    // The runner echoes what is typed, as a terminal shows it.
    assert_eq!(out, "Your name: Grace\nHello, Grace!\n");
}

#[test]
fn range_errors_are_usage_errors() {
    let result = run(&greet::command(), &["--name", "x", "-c", "11"]);
    assert_eq!(result.exit_code, 2);
    assert_eq!(
        result.stderr,
        "Usage: greet [OPTIONS]\nTry 'greet --help' for help.\n\n\
         Error: Invalid value for '--count' / '-c': 11 is not in the range 1<=x<=10.\n"
    );
}

#[test]
fn version_option_comes_last() {
    assert_eq!(
        ok(run(&greet::command(), &["--version"])),
        "greet, version 1.4.2\n"
    );
    let names: Vec<String> = greet::command()
        .params_list()
        .iter()
        .map(|p| p.name().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "count",
            "name",
            "greeting",
            "shout",
            "punctuation",
            "version"
        ]
    );
}

#[test]
fn the_function_stays_callable() {
    // The original function is still there, without its attributes.
    let f: fn(u32, String, Greeting, bool, String) = greet;
    let _ = f;
}
