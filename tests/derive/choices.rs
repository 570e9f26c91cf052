//! `#[derive(Choice)]` and `choices = [..]`.

use clack::prelude::*;
use clack::types::ChoiceEnum;

use super::{ok, run};

#[derive(Choice, Clone, Copy, Debug, PartialEq)]
enum Color {
    Red,
    BlueGreen,
    #[choice(name = "ultra")]
    UltraViolet,
}

#[test]
fn names_and_values() {
    assert_eq!(Color::BlueGreen.choice_name(), "blue-green");
    assert_eq!(Color::UltraViolet.choice_name(), "ultra");
    let names: Vec<&str> = Color::CHOICES.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ["red", "blue-green", "ultra"]);
}

/// Paint.
#[command]
fn paint(
    #[argument] color: Color,
    #[option(default = Color::Red, show_default)] border: Color,
    #[option(ignore_case)] fill: Option<Color>,
    #[option(choices = ["matte", "gloss"], ignore_case, default = "matte")] finish: String,
    #[option(choices = ["a", "b"])] layers: Vec<String>,
) {
    clack::echo(format!("{color:?} {border:?} {fill:?} {finish} {layers:?}"));
}

#[test]
fn choices_convert() {
    let out = ok(run(
        &paint::command(),
        &[
            "blue-green",
            "--fill",
            "ULTRA",
            "--finish",
            "GLOSS",
            "--layers",
            "a",
            "--layers",
            "b",
        ],
    ));
    assert_eq!(
        out,
        "BlueGreen Red Some(UltraViolet) gloss [\"a\", \"b\"]\n"
    );
}

#[test]
fn bad_choice() {
    let result = run(&paint::command(), &["pink"]);
    assert_eq!(result.exit_code, 2);
    assert!(
        result.stderr.ends_with("Error: Invalid value for '{red|blue-green|ultra}': 'pink' is not one of 'red', 'blue-green', 'ultra'.\n"),
        "{}",
        result.stderr
    );
    let result = run(&paint::command(), &["red", "--border", "RED"]);
    assert!(
        result.stderr.contains("'RED' is not one of"),
        "{}",
        result.stderr
    );
}

#[test]
fn choice_help() {
    let out = ok(run(&paint::command(), &["--help"]));
    assert_eq!(
        out,
        "\
Usage: paint [OPTIONS] {red|blue-green|ultra}

  Paint.

Options:
  --border [red|blue-green|ultra]
                                  [default: red]
  --fill [red|blue-green|ultra]
  --finish [matte|gloss]
  --layers [a|b]
  --help                          Show this message and exit.
"
    );
}
