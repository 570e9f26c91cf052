//! Typed invocation: `other::invoke(ctx).name(..).run()` calls another
//! macro command with compile-checked values, the rest from their
//! defaults (Click's `ctx.invoke`); `ctx.params()` lists every value.

use clack::prelude::*;

use super::{ok, run};

#[derive(Choice, Clone, Copy, Debug, PartialEq)]
enum Mood {
    Calm,
    Loud,
}

/// Greet someone.
#[command]
fn greet(
    #[argument] name: String,
    #[option(default = 1)] times: u32,
    #[option] title: Option<String>,
    #[option] tag: Vec<String>,
    #[option] shout: bool,
    #[option(default = Mood::Calm)] mood: Mood,
    #[option] _run: Option<u8>,
) {
    let title = title.map(|t| format!("{t} ")).unwrap_or_default();
    for _ in 0..times {
        let line = format!("Hello, {title}{name}! {tag:?} {mood:?} {_run:?}");
        clack::echo(if shout { line.to_uppercase() } else { line });
    }
}

/// Call greet with typed values.
#[command]
fn caller(ctx: &Context, #[option] full: bool) -> Result<()> {
    if full {
        greet::invoke(ctx)
            .name("Ada")
            .times(2)
            .title("Dr")
            .tag(vec!["a".into(), "b".into()])
            .shout(true)
            .mood(Mood::Loud)
            .set_run(7)
            .run()?;
    } else {
        greet::invoke(ctx).name(String::from("Bob")).run()?;
    }
    Ok(())
}

#[test]
fn unset_values_get_their_defaults() {
    let out = ok(run(&caller::command(), &[]));
    assert_eq!(out, "Hello, Bob! [] Calm None\n");
}

#[test]
fn every_setter_stores_what_the_callback_takes() {
    let out = ok(run(&caller::command(), &["--full"]));
    let line = "HELLO, DR ADA! [\"A\", \"B\"] LOUD SOME(7)\n";
    assert_eq!(out, format!("{line}{line}"));
}

/// Count in a group.
#[group(invoke_without_command)]
fn tally(#[option(default = 3)] start: i64) {
    clack::echo(format!("start={start}"));
}

/// Call the group's callback.
#[command]
fn calls_group(ctx: &Context) -> Result<()> {
    tally::invoke(ctx).run()?;
    tally::invoke(ctx).start(-2).run()?;
    Ok(())
}

#[test]
fn a_group_is_invoked_too() {
    let out = ok(run(&calls_group::command(), &[]));
    assert_eq!(out, "start=3\nstart=-2\n");
}

/// Dump every parameter.
#[command]
fn dump(
    ctx: &Context,
    #[option] a: Option<String>,
    #[option(default = 2)] b: u8,
    #[option(expose_value = false)] _hidden: Option<String>,
) {
    for (name, value) in ctx.params() {
        let shown = value.map(|v| v.type_name().rsplit("::").next().unwrap_or("").to_string());
        clack::echo(format!("{name}={shown:?}"));
    }
    let _ = (a, b);
}

#[test]
fn params_lists_every_exposed_parameter_even_without_a_value() {
    let out = ok(run(&dump::command(), &[]));
    assert_eq!(out, "a=None\nb=Some(\"u8\")\n");
    let out = ok(run(&dump::command(), &["--b", "4", "--a", "x"]));
    assert_eq!(out, "b=Some(\"u8\")\na=Some(\"String\")\n");
}

/// Options shared by commands.
#[derive(Params)]
struct Shared {
    #[option(default = "text")]
    format: String,
}

/// Show something.
#[command]
fn show(#[params] shared: Shared, #[option(default = 1)] level: u32) {
    clack::echo(format!("show format={} level={level}", shared.format));
}

/// Hand the values on.
#[command]
fn outer(ctx: &Context, #[option(default = 5)] level: u32, #[option] extra: bool) -> Result<()> {
    clack::echo(format!("outer level={level} extra={extra}"));
    show::forward(ctx)?;
    show::invoke(ctx).level(9).run()?;
    Ok(())
}

#[test]
fn forward_hands_on_values_by_name_and_sets_get_their_defaults() {
    let out = ok(run(&outer::command(), &["--level", "7", "--extra"]));
    assert_eq!(
        out,
        "outer level=7 extra=true\nshow format=text level=7\nshow format=text level=9\n"
    );
}

/// Forward a value of another type under a shared name.
#[command]
fn mismatched(ctx: &Context, #[option(default = "high")] level: String) -> Result<()> {
    let _ = level;
    show::forward(ctx)?;
    Ok(())
}

#[test]
fn forwarding_a_value_of_another_type_is_an_error_naming_both() {
    let r = run(&mismatched::command(), &[]);
    assert_eq!(r.exit_code, 1);
    assert_eq!(
        r.stderr,
        "Error: The command 'show' was invoked with a value of type String for its parameter 'level', which holds integer values.\n"
    );
}
