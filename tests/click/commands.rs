//! Click's `tests/test_commands.py` (continued in `commands/`).

use std::sync::Arc;

use clack::context::DefaultMap;
use clack::testing::Runner;
use clack::{Arg, Command, ContextSettings, Group, Opt, Output, Value};

use crate::invoke;

mod order;

/// Python's `str` of a value Click's tests print.
fn py(value: &Value) -> String {
    if let Some(s) = value.get::<String>() {
        format!("'{s}'")
    } else if let Some(i) = value.get::<i64>() {
        i.to_string()
    } else if let Some(b) = value.get::<bool>() {
        (if *b { "True" } else { "False" }).into()
    } else {
        format!("<{}>", value.type_name())
    }
}

/// Python's `str` of `ctx.params`, a dict in parameter order.
fn params_dict(ctx: &clack::Context) -> String {
    let items: Vec<String> = ctx
        .params()
        .iter()
        .map(|(name, value)| {
            let shown = value.as_ref().map(py).unwrap_or_else(|| "None".into());
            format!("'{name}': {shown}")
        })
        .collect();
    format!("{{{}}}", items.join(", "))
}

#[test]
fn other_command_invoke() {
    let other_cmd = Command::new("other")
        .param(Arg::new("arg").value_type::<i64>())
        .callback(|ctx| {
            clack::echo(ctx.get_required::<i64>("arg")?.to_string());
            Ok(Output::none())
        });
    let cli = Command::new("cli")
        .callback(move |ctx| ctx.invoke(&other_cmd, vec![("arg", Value::new(42i64))]));
    let result = invoke(&cli, &[]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "42\n");
}

fn count_opt() -> Opt {
    Opt::new("--count").value_type::<i64>().default(1)
}

#[test]
fn other_command_forward() {
    let test = Command::new("test").param(count_opt()).callback(|ctx| {
        clack::echo(format!("Count: {}", ctx.get_required::<i64>("count")?));
        Ok(Output::none())
    });
    let forwarded = test.clone();
    let dist = Command::new("dist")
        .param(count_opt())
        .callback(move |ctx| {
            ctx.forward(&forwarded)?;
            ctx.invoke(&forwarded, vec![("count", Value::new(42i64))])
        });
    let cli = Group::new("cli").command(test).command(dist).into_command();
    let result = invoke(&cli, &["dist"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "Count: 1\nCount: 42\n");
}

/// Forwarding passes every value on, even those the other command does
/// not declare.
#[test]
fn forwarded_params_consistency() {
    let first = Command::new("first").param(Opt::new("-a")).callback(|ctx| {
        clack::echo(params_dict(ctx));
        Ok(Output::none())
    });
    let forwarded = first.clone();
    let second = Command::new("second")
        .param(Opt::new("-a"))
        .param(Opt::new("-b"))
        .callback(move |ctx| {
            clack::echo(params_dict(ctx));
            ctx.forward(&forwarded)
        });
    let cli = Group::new("cli")
        .command(first)
        .command(second)
        .into_command();
    let result = invoke(&cli, &["second", "-a", "foo", "-b", "bar"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(
        result.output,
        "{'a': 'foo', 'b': 'bar'}\n{'a': 'foo', 'b': 'bar'}\n"
    );
}

#[test]
fn auto_shorthelp() {
    let cli = Group::new("cli")
        .command(Command::new("short").help("This is a short text."))
        .command(Command::new("special-chars").help("Login and store the token in ~/.netrc."))
        .command(Command::new("long").help(
            "This is a long text that is too long to show as short help\n        \
             and will be truncated instead.",
        ))
        .into_command();
    let result = invoke(&cli, &["--help"]);
    let out = &result.output;
    let commands = out.split("Commands:\n").nth(1).expect("a Commands section");
    let rows: Vec<Vec<&str>> = commands
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    let row = |i: usize| rows[i].join(" ");
    assert_eq!(
        row(0),
        "long This is a long text that is too long to show as short help...",
        "{out}"
    );
    assert_eq!(row(1), "short This is a short text.", "{out}");
    assert_eq!(
        row(2),
        "special-chars Login and store the token in ~/.netrc.",
        "{out}"
    );
}

#[test]
fn command_no_args_is_help() {
    let result = invoke(&Command::new("test").no_args_is_help(true), &[]);
    assert_eq!(result.exit_code, 2);
    assert!(result.output.contains("Show this message and exit."));
}

#[test]
fn default_maps() {
    let foo = Command::new("foo")
        .param(Opt::new("--name").default("normal"))
        .callback(|ctx| {
            clack::echo(ctx.get_required::<String>("name")?);
            Ok(Output::none())
        });
    let cli = Group::new("cli").command(foo).into_command();
    let map = DefaultMap::new().map("foo", DefaultMap::new().value("name", "changed"));
    let result = Runner::new()
        .prog_name("cli")
        .settings(ContextSettings::new().default_map(map))
        .invoke(&cli, ["foo"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "changed\n");
}

#[test]
fn group_with_args() {
    let cli = Group::new("cli")
        .param(Arg::new("obj"))
        .callback(|ctx| {
            clack::echo(format!("obj={}", ctx.get_required::<String>("obj")?));
            Ok(Output::none())
        })
        .command(Command::new("move").callback(|_| {
            clack::echo("move");
            Ok(Output::none())
        }))
        .into_command();
    let cases: [(&[&str], i32, &str); 4] = [
        (&["obj1"], 2, "Error: Missing command."),
        (&["obj1", "--help"], 0, "Show this message and exit."),
        (&["obj1", "move"], 0, "obj=obj1\nmove\n"),
        (&[], 2, "Show this message and exit."),
    ];
    for (args, code, expect) in cases {
        let result = invoke(&cli, args);
        assert_eq!(result.exit_code, code, "{args:?}: {}", result.output);
        assert!(
            result.output.contains(expect),
            "{args:?}: {}",
            result.output
        );
    }
}

#[derive(Default)]
struct Debug(bool);

#[test]
fn object_propagation() {
    for chain in [false, true] {
        let cli = Group::new("cli")
            .chain(chain)
            .param(Opt::new("--debug/--no-debug").default(false))
            .callback(|ctx| {
                ctx.ensure_obj::<Debug>().borrow_mut()?.0 = ctx.get_required("debug")?;
                Ok(Output::none())
            })
            .command(Command::new("sync").callback(|ctx| {
                let on = ctx.obj::<Debug>()?.borrow()?.0;
                clack::echo(format!("Debug is {}", if on { "on" } else { "off" }));
                Ok(Output::none())
            }))
            .into_command();
        let result = invoke(&cli, &["sync"]);
        assert!(result.error.is_none(), "{chain}: {}", result.output);
        assert_eq!(result.output, "Debug is off\n");
    }
}

#[test]
fn invoked_subcommand() {
    let sync = Command::new("sync").callback(|_| {
        clack::echo("in subcommand");
        Ok(Output::none())
    });
    let default = sync.clone();
    let cli = Group::new("cli")
        .invoke_without_command(true)
        .callback(move |ctx| {
            if ctx.invoked_subcommand().is_none() {
                clack::echo("no subcommand, use default");
                ctx.invoke(&default, vec![])
            } else {
                clack::echo("invoke subcommand");
                Ok(Output::none())
            }
        })
        .command(sync)
        .into_command();
    let result = invoke(&cli, &["sync"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "invoke subcommand\nin subcommand\n");
    let result = invoke(&cli, &[]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(result.output, "no subcommand, use default\nin subcommand\n");
}

#[test]
fn subcommand_metavar_marks_optional() {
    let cases = [
        (false, false, "COMMAND [ARGS]..."),
        (false, true, "[COMMAND] [ARGS]..."),
        (true, false, "COMMAND1 [ARGS]... [COMMAND2 [ARGS]...]..."),
        (true, true, "[COMMAND1] [ARGS]... [COMMAND2 [ARGS]...]..."),
    ];
    for (chain, without, metavar) in cases {
        let cli = Group::new("cli")
            .chain(chain)
            .invoke_without_command(without)
            .command(Command::new("sub"))
            .into_command();
        let result = invoke(&cli, &["--help"]);
        assert_eq!(result.exit_code, 0);
        assert_eq!(
            result.output.lines().next().unwrap(),
            format!("Usage: cli [OPTIONS] {metavar}")
        );
    }
}

/// A source that resolves every name to `push`, run under its own name.
struct Aliased;

impl clack::group::CommandSource for Aliased {
    fn get_command(
        &self,
        _: &clack::Context,
        _: &str,
        registered: &clack::group::Commands,
    ) -> Result<Option<Arc<Command>>, clack::Error> {
        Ok(registered.get("push"))
    }

    fn resolved_name(&self, _: &str, command: &Command) -> String {
        command.name().to_string()
    }
}

#[test]
fn aliased_command_canonical_name() {
    let push = Command::new("push").callback(|_| {
        clack::echo("push command");
        Ok(Output::none())
    });
    let cli = Group::new("root")
        .source(Aliased)
        .command(push)
        .into_command();
    let result = Runner::new()
        .prog_name("root")
        .invoke(&cli, ["pu", "--help"]);
    assert_eq!(result.exit_code, 0, "{}", result.output);
    assert!(
        result.output.starts_with("Usage: root push [OPTIONS]"),
        "{}",
        result.output
    );
}

/// The command is found, and its defaults looked up, under the name the
/// group registered it with.
#[test]
fn group_add_command_name() {
    let cmd = Command::new("a").param(Opt::new("-x").required(true));
    let cli = Group::new("cli").command_as("b", cmd).into_command();
    let map = DefaultMap::new().map("b", DefaultMap::new().value("x", 3));
    let result = Runner::new()
        .prog_name("cli")
        .settings(ContextSettings::new().default_map(map))
        .invoke(&cli, ["b"]);
    assert_eq!(result.exit_code, 0, "{}", result.output);
}

#[test]
fn unknown_command() {
    let result = invoke(&Group::new("cli").into_command(), &["unknown"]);
    assert!(result.error.is_some());
    assert!(
        result.output.contains("No such command 'unknown'."),
        "{}",
        result.output
    );
}

#[test]
fn suggest_possible_commands() {
    let cli = Group::new("cli")
        .command(Command::new("push"))
        .command(Command::new("declare"))
        .command(Command::new("refine"))
        .into_command();
    for (value, expect) in [
        ("pause", "Did you mean 'push'?"),
        ("decline", "(Did you mean one of: 'declare', 'refine'?)"),
    ] {
        let result = invoke(&cli, &[value]);
        assert!(result.output.contains(expect), "{}", result.output);
    }
}
