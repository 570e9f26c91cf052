//! Click's `tests/test_chain.py`.

use std::io::BufRead;
use std::sync::Arc;

use clack::testing::Runner;
use clack::types::{File, LazyFile};
use clack::{Arg, Command, Context, Group, Opt, Output};

use crate::{declaration_error, invoke};

fn echoing(name: &str, text: &'static str) -> Command {
    Command::new(name).callback(move |_| {
        clack::echo(text);
        Ok(Output::none())
    })
}

/// Click's `debug()`: the command's name and its context's leftover args.
fn debug(ctx: &Context) {
    let args: Vec<String> = ctx
        .args()
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    clack::echo(format!(
        "{}={}",
        ctx.info_name().unwrap_or_default(),
        args.join("|")
    ));
}

fn debugging(name: &str) -> Command {
    Command::new(name).callback(|ctx| {
        debug(ctx);
        Ok(Output::none())
    })
}

fn lines(output: &str) -> Vec<&str> {
    output.lines().collect()
}

#[test]
fn basic_chaining() {
    let cli = Group::new("cli")
        .chain(true)
        .command(echoing("sdist", "sdist called"))
        .command(echoing("bdist", "bdist called"))
        .into_command();
    let result = invoke(&cli, &["bdist", "sdist", "bdist"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(
        lines(&result.output),
        ["bdist called", "sdist called", "bdist called"]
    );
}

#[test]
fn chaining_help() {
    let cli = Group::new("cli")
        .chain(true)
        .help("ROOT HELP")
        .command(echoing("sdist", "sdist called").help("SDIST HELP"))
        .command(echoing("bdist", "bdist called").help("BDIST HELP"))
        .into_command();
    let cases: [(&[&str], &str); 5] = [
        (&["--help"], "COMMAND1 [ARGS]... [COMMAND2 [ARGS]...]..."),
        (&["--help"], "ROOT HELP"),
        (&["sdist", "--help"], "SDIST HELP"),
        (&["bdist", "--help"], "BDIST HELP"),
        (&["bdist", "sdist", "--help"], "SDIST HELP"),
    ];
    for (args, expect) in cases {
        let result = invoke(&cli, args);
        assert_eq!(result.exit_code, 0, "{args:?}: {}", result.output);
        assert!(
            result.output.contains(expect),
            "{args:?}: {}",
            result.output
        );
    }
}

/// `sdist` and `bdist` with a parameter `format` made by `param`.
fn formatting(param: fn() -> clack::Param) -> Command {
    let make = move |name: &'static str| {
        Command::new(name).param(param()).callback(move |ctx| {
            let format: String = ctx.get_required("format")?;
            clack::echo(format!("{name} called {format}"));
            Ok(Output::none())
        })
    };
    Group::new("cli")
        .chain(true)
        .command(make("sdist"))
        .command(make("bdist"))
        .into_command()
}

#[test]
fn chaining_with_options() {
    let cli = formatting(|| Opt::new("--format").into());
    let result = invoke(&cli, &["bdist", "--format=1", "sdist", "--format=2"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(lines(&result.output), ["bdist called 1", "sdist called 2"]);
}

/// With `invoke_without_command`, the result callback runs even without a
/// subcommand: with the group's own return value, or, chained, with an
/// empty list.
#[test]
fn no_command_result_callback() {
    for (chain, expect) in [(false, "1"), (true, "[]")] {
        let cli = Group::new("cli")
            .invoke_without_command(true)
            .chain(chain)
            .callback(|_| Ok(Output::new(1i64)))
            .result_callback(|_, results| {
                let shown = match results.as_slice() {
                    [] => "[]".to_string(),
                    [one] => one.get::<i64>().map_or("?".into(), i64::to_string),
                    _ => format!("{} results", results.len()),
                };
                clack::echo_no_nl(shown);
                Ok(Output::none())
            })
            .into_command();
        assert_eq!(invoke(&cli, &[]).output, expect, "chain={chain}");
    }
}

#[test]
fn chaining_with_arguments() {
    let cli = formatting(|| Arg::new("format").into());
    let result = invoke(&cli, &["bdist", "1", "sdist", "2"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(lines(&result.output), ["bdist called 1", "sdist called 2"]);
}

type Processor = Arc<dyn Fn(Vec<String>) -> Vec<String> + Send + Sync>;

fn processor(name: &str, f: fn(&str) -> String) -> Command {
    Command::new(name).callback(move |_| {
        let p: Processor = Arc::new(move |lines| lines.iter().map(|l| f(l)).collect());
        Ok(Output::new(p))
    })
}

#[test]
fn pipeline() {
    let cli = Group::new("cli")
        .chain(true)
        .invoke_without_command(true)
        .param(Opt::new("-f").ty(File::new("r")))
        .result_callback(|ctx, processors| {
            let file: LazyFile = ctx.take_required("f")?;
            let mut items = Vec::new();
            for line in std::io::BufReader::new(file).lines() {
                items.push(line?.trim_end_matches(['\r', '\n']).to_string());
            }
            for p in processors {
                let p = p
                    .downcast::<Processor>()
                    .map_err(|_| ctx.fail("not a processor"))?;
                items = p(items);
            }
            for item in items {
                clack::echo(item);
            }
            Ok(Output::none())
        })
        .command(processor("uppercase", |l| l.to_uppercase()))
        .command(processor("strip", |l| l.trim().to_string()))
        .into_command();
    let cases: [(&[&str], &str, &[&str]); 3] = [
        (&["-f", "-"], "foo\nbar", &["foo", "bar"]),
        (&["-f", "-", "strip"], "foo \n bar", &["foo", "bar"]),
        (
            &["-f", "-", "strip", "uppercase"],
            "foo \n bar",
            &["FOO", "BAR"],
        ),
    ];
    for (args, input, expect) in cases {
        let result = Runner::new()
            .prog_name("cli")
            .input(input)
            .invoke(&cli, args.iter().copied());
        assert!(result.error.is_none(), "{args:?}: {}", result.output);
        assert_eq!(lines(&result.output), expect, "{args:?}");
    }
}

#[test]
fn args_and_chain() {
    let cli = Group::new("cli")
        .chain(true)
        .callback(|ctx| {
            debug(ctx);
            Ok(Output::none())
        })
        .command(debugging("a"))
        .command(debugging("b"))
        .command(debugging("c"))
        .into_command();
    let result = invoke(&cli, &["a", "b", "c"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(lines(&result.output), ["cli=", "a=", "b=", "c="]);
}

/// A chained group may not take an optional or variadic argument: Click
/// raises `RuntimeError` when it is declared, clack reports a declaration
/// error when it runs. A required argument is fine.
#[test]
fn group_arg_behavior() {
    for arg in [
        Arg::new("forbidden").required(false),
        Arg::new("forbidden").nargs(-1),
    ] {
        let bad = Group::new("bad_cli")
            .chain(true)
            .param(arg)
            .command(Command::new("a"))
            .into_command();
        declaration_error(bad);
    }
    let cli = Group::new("cli")
        .chain(true)
        .param(Arg::new("arg"))
        .callback(|ctx| {
            clack::echo(format!("cli:{}", ctx.get_required::<String>("arg")?));
            Ok(Output::none())
        })
        .command(echoing("a", "a"))
        .into_command();
    let result = invoke(&cli, &["foo", "a"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(lines(&result.output), ["cli:foo", "a"]);
}
