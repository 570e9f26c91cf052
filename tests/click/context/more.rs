//! Click's `tests/test_context.py` (the second part: state clean-up,
//! settings handed to subcommands, exits and parameter sources).

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use clack::context::DefaultMap;
use clack::prelude::*;
use clack::testing::Runner;
use clack::{ContextSettings, Group, Opt, Outcome, ParameterSource, Run};

use crate::{invoke, returned};

/// An eager option's callback changes state outside the command (Click's
/// test uses a logger's level) and registers a close callback that puts it
/// back; the command then exits early through `--help`. The state is
/// restored and the help page is printed.
#[test]
fn no_state_leaks() {
    // logger name -> level; absent means "not set".
    let levels: Arc<Mutex<Vec<(String, &'static str)>>> = Arc::default();
    let called = Arc::new(Mutex::new(Vec::new()));
    let (set, reset) = (Arc::clone(&levels), Arc::clone(&levels));
    let record = Arc::clone(&called);
    let option = Opt::new("--debug-logger-name").is_eager(true).callback(
        move |ctx, _, value: Option<String>| {
            let name = value.clone().unwrap_or_default();
            assert!(set.lock().unwrap().iter().all(|(n, _)| *n != name));
            set.lock().unwrap().push((name.clone(), "DEBUG"));
            let (reset, record) = (Arc::clone(&reset), Arc::clone(&record));
            ctx.call_on_close(move |_| {
                reset.lock().unwrap().retain(|(n, _)| *n != name);
                record.lock().unwrap().push(true);
            });
            Ok(value)
        },
    );
    let seen = Arc::clone(&levels);
    let cli = Command::new("messing-with-logger")
        .param(option)
        .callback(move |ctx| {
            assert_eq!(seen.lock().unwrap().len(), 1);
            Err(ctx.exit(0))
        });
    let result = Runner::new().invoke(&cli, ["--debug-logger-name", "my_logger", "--help"]);
    assert_eq!(*called.lock().unwrap(), [true]);
    assert!(levels.lock().unwrap().is_empty());
    assert_eq!(result.exit_code, 0, "{}", result.output);
    assert!(
        result
            .output
            .starts_with("Usage: messing-with-logger [OPTIONS]"),
        "{}",
        result.output
    );
}

/// Click's `ctx.with_resource`: a resource entered while the context is
/// active is released when the context closes. clack's form of it is a
/// close callback.
#[test]
fn with_resource() {
    let ctx = clack::Context::new(Command::new("test"), "test");
    let resource = Rc::new(RefCell::new(vec![1]));
    let release = Rc::clone(&resource);
    ctx.call_on_close(move |_| release.borrow_mut()[0] = 0);
    assert_eq!(resource.borrow()[0], 1);
    ctx.close();
    assert_eq!(*resource.borrow(), [0]);
}

/// The object a group sets reaches its commands however the command's
/// function orders the context and the object among its parameters.
#[test]
fn make_pass_decorator_args() {
    struct Foo {
        title: &'static str,
    }

    #[group(commands = [test1, test2])]
    fn cli(ctx: &Context) {
        ctx.set_obj(Foo { title: "foocmd" });
    }

    #[command]
    fn test1(ctx: &Context, #[obj] foo: &Foo) {
        assert!(ctx.parent().is_some());
        clack::echo(foo.title);
    }

    #[command]
    fn test2(#[obj] foo: &Foo, ctx: &Context) {
        assert!(ctx.parent().is_some());
        clack::echo(foo.title);
    }

    for name in ["test1", "test2"] {
        let result = invoke(&cli::command(), &[name]);
        assert!(result.error.is_none(), "{name}: {}", result.output);
        assert_eq!(result.output, "foocmd\n", "{name}");
    }
}

/// A group's `show_default` setting reaches its subcommands' contexts.
#[test]
fn propagate_show_default_setting() {
    let group = Group::new("cli")
        .with(|c| c.context_settings(ContextSettings::new().show_default(true)))
        .command(Command::new("sub").param(Opt::new("-a").default("a")))
        .into_command();
    let result = invoke(&group, &["sub", "--help"]);
    assert!(result.output.contains("[default: a]"), "{}", result.output);
}

/// Outside standalone mode, `ctx.exit(code)` ends the run with that code
/// (Click's `main` returns it).
#[test]
fn exit_not_standalone() {
    for code in [1, 0] {
        let cli = Command::new("cli").callback(move |ctx| Err(ctx.exit(code)));
        let outcome = cli
            .try_run(
                Run::new()
                    .args(Vec::<String>::new())
                    .prog_name("test_exit_not_standalone")
                    .io(clack::io::Io::captured("")),
            )
            .expect("an exit, not an error");
        assert!(
            matches!(outcome, Outcome::Exited(c) if c == code),
            "{outcome:?}"
        );
    }
}

/// Where a parameter's value came from: its default, the default map, the
/// command line (short or long name), or an environment variable named by
/// the automatic prefix or by the option itself.
#[test]
fn parameter_source() {
    let option = || Opt::new(["-o", "--option"]).default(1);
    let cli = |opt: Opt| {
        Command::new("cli")
            .param(opt)
            .callback(|ctx| Ok(Output::new(ctx.get_parameter_source("option"))))
    };
    let source = |cmd: Command, runner: Runner, args: &[&str]| {
        returned::<Option<ParameterSource>>(runner.invoke(&cmd, args.iter().copied()))
    };
    let cases: [(&str, Opt, Runner, &[&str], ParameterSource); 6] = [
        (
            "default",
            option(),
            Runner::new(),
            &[],
            ParameterSource::Default,
        ),
        (
            "default_map",
            option(),
            Runner::new()
                .settings(ContextSettings::new().default_map(DefaultMap::new().value("option", 1))),
            &[],
            ParameterSource::DefaultMap,
        ),
        (
            "commandline short",
            option(),
            Runner::new(),
            &["-o", "1"],
            ParameterSource::CommandLine,
        ),
        (
            "commandline long",
            option(),
            Runner::new(),
            &["--option", "1"],
            ParameterSource::CommandLine,
        ),
        (
            "environment auto",
            option(),
            Runner::new()
                .settings(ContextSettings::new().auto_envvar_prefix("TEST"))
                .env("TEST_OPTION", "1"),
            &[],
            ParameterSource::Environment,
        ),
        (
            "environment manual",
            option().envvar("NAME"),
            Runner::new().env("NAME", "1"),
            &[],
            ParameterSource::Environment,
        ),
    ];
    for (id, opt, runner, args, expect) in cases {
        assert_eq!(source(cli(opt), runner, args), Some(expect), "{id}");
    }
}
