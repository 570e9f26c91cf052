//! Callbacks that change the type: `#[option(callback = f, parse_as = P)]`
//! parses a `P` and hands the function what `f` made of it.

use std::collections::HashMap;

use clack::prelude::*;

use super::{ok, run};

fn pairs(
    _ctx: &Context,
    _param: &Param,
    value: Option<Vec<String>>,
) -> Result<Option<HashMap<String, String>>> {
    let mut map = HashMap::new();
    for pair in value.unwrap_or_default() {
        let Some((k, v)) = pair.split_once('=') else {
            return Err(Error::bad_parameter(format!("{pair:?} is not KEY=VALUE.")));
        };
        map.insert(k.to_string(), v.to_string());
    }
    Ok(Some(map))
}

fn ports(_ctx: &Context, _param: &Param, value: Option<String>) -> Result<Option<Vec<u16>>> {
    value
        .map(|list| {
            list.split(',')
                .map(|p| {
                    p.parse::<u16>()
                        .map_err(|_| Error::bad_parameter(format!("{p:?} is not a port.")))
                })
                .collect()
        })
        .transpose()
}

fn count(_ctx: &Context, _param: &Param, value: Option<String>) -> Result<Option<usize>> {
    Ok(value.map(|w| w.chars().count()))
}

/// Run with settings.
#[command]
fn launch(
    #[option("-e", "--env", callback = pairs, parse_as = Vec<String>, help = "A variable, KEY=VALUE.")]
    env: HashMap<String, String>,
    #[option(callback = ports, parse_as = Option<String>, help = "Ports to open.")] ports: Option<
        Vec<u16>,
    >,
    #[argument(callback = count, parse_as = String)] word: usize,
) {
    let mut env: Vec<_> = env.into_iter().collect();
    env.sort();
    echo(format!("{env:?} {ports:?} {word}"));
}

// The same options, no callbacks: its help must be the same.
/// Run with settings.
#[command(name = "launch")]
fn launch_plain(
    #[option("-e", "--env", help = "A variable, KEY=VALUE.")] env: Vec<String>,
    #[option(help = "Ports to open.")] ports: Option<String>,
    #[argument] word: String,
) {
    let _ = (env, ports, word);
}

#[test]
fn callbacks_turn_parsed_values_into_the_parameter_type() {
    let out = ok(run(
        &launch::command(),
        &["-e", "B=2", "--env", "A=1", "--ports", "80,443", "héllo"],
    ));
    assert_eq!(out, "[(\"A\", \"1\"), (\"B\", \"2\")] Some([80, 443]) 5\n");
    // No value: the callback sees `None` (an empty list for the repeated
    // option) and decides.
    assert_eq!(ok(run(&launch::command(), &["x"])), "[] None 1\n");
}

#[test]
fn callback_errors_are_usage_errors_naming_the_option() {
    let r = run(&launch::command(), &["--ports", "80,x", "w"]);
    assert_eq!(r.exit_code, 2);
    assert_eq!(
        r.stderr,
        "Usage: launch [OPTIONS] WORD\nTry 'launch --help' for help.\n\n\
         Error: Invalid value for '--ports': \"x\" is not a port.\n"
    );
    let r = run(&launch::command(), &["-e", "nope", "w"]);
    assert_eq!(r.exit_code, 2);
    assert!(
        r.stderr
            .ends_with("Error: Invalid value for '-e' / '--env': \"nope\" is not KEY=VALUE.\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn help_is_that_of_the_parsed_type() {
    let with = ok(run(&launch::command(), &["--help"]));
    assert_eq!(with, ok(run(&launch_plain::command(), &["--help"])));
    assert!(with.contains("-e, --env TEXT"), "{with}");
}

/// A `#[derive(Params)]` field changes type the same way.
#[derive(Params)]
struct Settings {
    #[option(callback = pairs, parse_as = Vec<String>)]
    define: HashMap<String, String>,
}

#[command]
fn build(#[params] settings: Settings) {
    echo(settings.define.len().to_string());
}

#[test]
fn params_fields_change_type_too() {
    assert_eq!(
        ok(run(
            &build::command(),
            &["--define", "a=1", "--define", "b=2"]
        )),
        "2\n"
    );
}

fn nothing(_ctx: &Context, _param: &Param, _value: Option<String>) -> Result<Option<usize>> {
    Ok(None)
}

#[command]
fn strict(#[option(callback = nothing, parse_as = Option<String>)] size: usize) {
    echo(size.to_string());
}

#[test]
fn a_callback_returning_none_for_a_plain_parameter_is_an_error_not_a_panic() {
    let r = run(&strict::command(), &["--size", "3"]);
    assert_eq!((r.stdout.as_str(), r.exit_code), ("", 1));
    assert_eq!(
        r.stderr,
        "Error: The parameter 'size' has no value, but the callback requires one.\n"
    );
}
