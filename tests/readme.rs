//! README.md opens with the commands a newcomer types. The example run it
//! shows must print what it says: its arguments are read from the README
//! and given to the same command `examples/greet.rs` runs.

#[allow(dead_code)]
#[path = "../examples/greet.rs"]
mod greet_example;

use clack::testing::Runner;

#[test]
fn the_readme_example_run_prints_what_it_shows() {
    let readme = include_str!("../README.md");
    let block = readme
        .split("```console\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("README.md opens with a console block");
    let mut lines = block.lines();
    let first = lines.next().expect("a command line");
    let args = first
        .strip_prefix("$ cargo run --example greet -- ")
        .expect("the first command runs the greet example");
    let expected: String = lines
        .by_ref()
        .take_while(|l| !l.starts_with('$'))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(
        block.contains("$ cargo test\n"),
        "the second command runs the tests"
    );
    let args: Vec<&str> = args.split_whitespace().collect();
    let result = Runner::new()
        .prog_name("greet")
        .invoke(&greet_example::greet::command(), args);
    assert_eq!(result.exit_code, 0, "{}", result.stderr);
    assert_eq!(result.stdout, expected);
    assert!(
        readme.starts_with("# clack\n\n```console\n$ cargo run --example greet"),
        "README.md opens with the two commands"
    );
}
