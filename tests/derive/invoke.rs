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
