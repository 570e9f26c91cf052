//! Click's `tests/test_context.py` (the first part).

use std::sync::{Arc, Mutex};

use clack::{Command, Context, Group, Opt, Output};

use crate::{invoke, returned};

struct Foo {
    title: String,
}

impl Default for Foo {
    fn default() -> Self {
        Foo {
            title: "default".into(),
        }
    }
}

/// A group `cli` running `group` with one command `test` that prints the
/// title of the nearest `Foo` (created when `ensure`).
fn foo_cli(group: fn(&Context) -> clack::Result<Output>, ensure: bool) -> Command {
    let test = Command::new("test").callback(move |ctx| {
        let obj = if ensure {
            ctx.ensure_obj::<Foo>()
        } else {
            ctx.obj::<Foo>()?
        };
        clack::echo(obj.borrow()?.title.clone());
        Ok(Output::none())
    });
    Group::new("cli")
        .callback(group)
        .command(test)
        .into_command()
}

#[test]
fn ensure_context_objects() {
    let cli = foo_cli(
        |ctx| {
            ctx.ensure_obj::<Foo>();
            Ok(Output::none())
        },
        true,
    );
    let result = invoke(&cli, &["test"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "default\n");
}

fn set_test_title(ctx: &Context) -> clack::Result<Output> {
    ctx.set_obj(Foo::default()).borrow_mut()?.title = "test".into();
    Ok(Output::none())
}

#[test]
fn get_context_objects() {
    let result = invoke(&foo_cli(set_test_title, true), &["test"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "test\n");
}

#[test]
fn get_context_objects_no_ensuring() {
    let result = invoke(&foo_cli(set_test_title, false), &["test"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "test\n");
}

#[test]
fn get_context_objects_missing() {
    let result = invoke(&foo_cli(|_| Ok(Output::none()), false), &["test"]);
    let error = result.error.expect("an error");
    assert!(
        error
            .message()
            .contains("Managed to invoke callback without a context object of type 'Foo' existing"),
        "{}",
        error.message()
    );
}

/// The running command's context is the current one, and there is none
/// before or after the run.
#[test]
fn global_context_object() {
    let cli = Command::new("cli").callback(|ctx| {
        let current = clack::context::current().expect("a current context");
        assert!(current.is_same(ctx));
        ctx.set_obj(String::from("FOOBAR"));
        let obj = clack::context::current().unwrap().obj::<String>()?;
        assert_eq!(*obj.borrow()?, "FOOBAR");
        Ok(Output::new(true))
    });
    assert!(clack::context::current().is_none());
    assert!(returned::<bool>(invoke(&cli, &[])));
    assert!(clack::context::current().is_none());
}

#[test]
fn context_meta() {
    const LANG_KEY: &str = "context_meta.lang";
    let set_language = |value: &str| {
        clack::context::current()
            .unwrap()
            .set_meta(LANG_KEY, value.to_string());
    };
    let get_language = || {
        clack::context::current()
            .unwrap()
            .meta::<String>(LANG_KEY)
            .unwrap_or_else(|| "en_US".into())
    };
    let cli = Command::new("cli").callback(move |_| {
        assert_eq!(get_language(), "en_US");
        set_language("de_DE");
        assert_eq!(get_language(), "de_DE");
        Ok(Output::new(true))
    });
    assert!(returned::<bool>(invoke(&cli, &[])));
}

/// Click's `pass_meta_key("value")`: the command reads the key a parent
/// set in the shared `meta`.
#[test]
fn make_pass_meta_decorator() {
    let cli = Group::new("cli")
        .callback(|ctx| {
            ctx.set_meta("value", String::from("good"));
            Ok(Output::none())
        })
        .command(Command::new("show").callback(|ctx| Ok(Output::new(ctx.meta::<String>("value")))))
        .into_command();
    assert_eq!(
        returned::<Option<String>>(invoke(&cli, &["show"])).as_deref(),
        Some("good")
    );
}

#[test]
fn pass_obj() {
    let cli = Group::new("cli")
        .callback(|ctx| {
            ctx.set_obj(String::from("test"));
            Ok(Output::none())
        })
        .command(Command::new("test").callback(|ctx| {
            clack::echo(ctx.obj::<String>()?.borrow()?.clone());
            Ok(Output::none())
        }))
        .into_command();
    let result = invoke(&cli, &["test"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "test\n");
}

/// A close callback that checks the context is still current and still
/// holds its object, then records that it ran.
fn on_close(ctx: &Context, called: &Arc<Mutex<Vec<bool>>>) {
    ctx.set_obj(String::from("test"));
    let called = Arc::clone(called);
    ctx.call_on_close(move |_| {
        let current = clack::context::current().expect("a current context");
        let obj = current.obj::<String>().expect("the object");
        assert_eq!(*obj.borrow().unwrap(), "test");
        called.lock().unwrap().push(true);
    });
}

#[test]
fn close_before_pop() {
    let called = Arc::new(Mutex::new(Vec::new()));
    let record = Arc::clone(&called);
    let cli = Command::new("cli").callback(move |ctx| {
        on_close(ctx, &record);
        clack::echo("aha!");
        Ok(Output::none())
    });
    let result = invoke(&cli, &[]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "aha!\n");
    assert_eq!(*called.lock().unwrap(), [true]);
}

#[test]
fn close_before_exit() {
    let called = Arc::new(Mutex::new(Vec::new()));
    let record = Arc::clone(&called);
    let cli = Command::new("cli").callback(move |ctx| {
        on_close(ctx, &record);
        Err(ctx.exit(0))
    });
    let result = invoke(&cli, &[]);
    assert_eq!(result.exit_code, 0, "{}", result.output);
    assert_eq!(result.output, "");
    assert_eq!(*called.lock().unwrap(), [true]);
}

/// Every close callback registered by an eager option's callback runs,
/// also when another one exits; an option named after the exit is never
/// processed.
#[test]
fn multiple_eager_callbacks() {
    let cases: [(&[&str], &[&str]); 2] = [
        (
            &["--option-with-callback", "--force-exit"],
            &["ExitingOption", "NonExitingOption"],
        ),
        (
            &["--force-exit", "--option-with-callback"],
            &["ExitingOption"],
        ),
    ];
    for (args, expect) in cases {
        let called = Arc::new(Mutex::new(Vec::<String>::new()));
        let option = |name: &str, label: &'static str, exits: bool| {
            let called = Arc::clone(&called);
            Opt::new(name)
                .flag()
                .is_eager(true)
                .expose_value(false)
                .callback(move |ctx, _, v: Option<bool>| {
                    let called = Arc::clone(&called);
                    ctx.call_on_close(move |_| called.lock().unwrap().push(label.into()));
                    if exits {
                        return Err(ctx.exit(0));
                    }
                    Ok(v)
                })
        };
        let cli = Command::new("cli")
            .param(option("--option-with-callback", "NonExitingOption", false))
            .param(option("--force-exit", "ExitingOption", true))
            .callback(|_| {
                clack::echo("This will never be printed as we forced exit via --force-exit");
                Ok(Output::none())
            });
        let result = invoke(&cli, args);
        assert_eq!(result.exit_code, 0, "{args:?}: {}", result.output);
        assert_eq!(result.output, "", "{args:?}");
        assert_eq!(*called.lock().unwrap(), expect, "{args:?}");
    }
}

mod more;
