//! Click's `tests/test_basic.py`: required and hidden parameters, the
//! evaluation order, help details, version options, multi-value defaults.

use std::sync::{Arc, Mutex};

use clack::testing::Runner;
use clack::types::Path;
use clack::{Arg, Command, Group, Opt, Output};

use crate::{invoke, returned};

#[test]
fn required_option() {
    let cmd = Command::new("cli")
        .param(Opt::new("--foo").required(true))
        .callback(|ctx| {
            clack::echo(ctx.get_required::<String>("foo")?);
            Ok(Output::none())
        });
    let result = invoke(&cmd, &[]);
    assert_eq!(result.exit_code, 2);
    assert!(
        result.output.contains("Missing option '--foo'"),
        "{}",
        result.output
    );
}

/// Eager parameters are processed first, each group in the order the
/// command line first names them, then the rest in declaration order.
#[test]
fn evaluation_order() {
    let called = Arc::new(Mutex::new(Vec::<String>::new()));
    let memo = |opt: Opt| {
        let called = Arc::clone(&called);
        opt.callback(move |_, _, v: Option<String>| {
            called.lock().unwrap().push(v.clone().unwrap_or_default());
            Ok(v)
        })
    };
    let mut cmd = Command::new("cli").param(memo(Opt::new("--missing").default("missing")));
    for (name, eager) in [
        ("eager-flag1", true),
        ("eager-flag2", true),
        ("eager-flag3", true),
        ("normal-flag1", false),
        ("normal-flag2", false),
        ("normal-flag3", false),
    ] {
        let value = name.replace("-flag", "");
        cmd = cmd.param(memo(
            Opt::new(format!("--{name}").as_str())
                .flag_value(value.as_str())
                .is_eager(eager),
        ));
    }
    let result = invoke(
        &cmd,
        &[
            "--eager-flag2",
            "--eager-flag1",
            "--normal-flag2",
            "--eager-flag3",
            "--normal-flag3",
            "--normal-flag3",
            "--normal-flag1",
            "--normal-flag1",
        ],
    );
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(
        *called.lock().unwrap(),
        [
            "eager2", "eager1", "eager3", "normal2", "normal3", "normal1", "missing"
        ]
    );
}

#[test]
fn hidden_option() {
    let cmd = Command::new("cli").param(Opt::new("--nope").hidden(true));
    let result = invoke(&cmd, &["--help"]);
    assert_eq!(result.exit_code, 0);
    assert!(!result.output.contains("--nope"), "{}", result.output);
}

#[test]
fn hidden_command() {
    let cli = Group::new("cli")
        .command(Command::new("nope").hidden(true))
        .into_command();
    let result = invoke(&cli, &["--help"]);
    assert_eq!(result.exit_code, 0);
    assert!(!result.output.contains("nope"), "{}", result.output);
}

#[test]
fn hidden_group() {
    let subgroup = Group::new("subgroup")
        .command(Command::new("nope"))
        .into_command()
        .hidden(true);
    let cli = Group::new("cli").command(subgroup).into_command();
    let result = invoke(&cli, &["--help"]);
    assert_eq!(result.exit_code, 0);
    assert!(!result.output.contains("subgroup"), "{}", result.output);
    assert!(!result.output.contains("nope"));
}

#[test]
fn summary_line() {
    let cmd = Command::new("cmd").help(
        "\n        Summary line without period\n\n        Here is a sentence. And here too.\n        ",
    );
    let cli = Group::new("cli").command(cmd).into_command();
    let result = invoke(&cli, &["--help"]);
    assert!(
        result.output.contains("Summary line without period"),
        "{}",
        result.output
    );
    assert!(!result.output.contains("Here is a sentence."));
}

/// A default that would not pass its type's check is still shown as is.
#[test]
fn help_invalid_default() {
    let cmd = Command::new("cli").param(
        Opt::new("-a")
            .ty(Path::new().exists(true))
            .default("not found")
            .show_default(true),
    );
    let result = invoke(&cmd, &["--help"]);
    assert_eq!(result.exit_code, 0, "{}", result.output);
    assert!(
        result.output.contains("default: not found"),
        "{}",
        result.output
    );
}

/// Click's `custom_version_option(message_fn, *names)`: an eager flag that
/// prints what a function of the context returns, then exits. clack has no
/// such helper; an eager flag with a callback does it.
fn custom_version(names: &[&str], message: fn(&clack::Context) -> String) -> Opt {
    let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
    Opt::new(names)
        .flag()
        .is_eager(true)
        .expose_value(false)
        .help("Show the version and exit.")
        .callback(move |ctx, _, v: Option<bool>| {
            if v == Some(true) {
                clack::echo(message(ctx));
                return Err(ctx.exit(0));
            }
            Ok(v)
        })
}

#[test]
fn custom_version_option() {
    for args in [["--version"], ["-V"]] {
        let cmd = Command::new("cli").param(custom_version(&["-V", "--version"], |_| {
            "custom 9.9.9".into()
        }));
        let result = invoke(&cmd, &args);
        assert_eq!(result.exit_code, 0, "{}", result.output);
        assert_eq!(result.output, "custom 9.9.9\n");
    }
}

#[test]
fn custom_version_option_receives_context() {
    let cmd = Command::new("cli").param(custom_version(&["--version"], |ctx| {
        format!("{} 1.0", ctx.info_name().unwrap_or_default())
    }));
    let result = Runner::new()
        .prog_name("mytool")
        .invoke(&cmd, ["--version"]);
    assert_eq!(result.exit_code, 0, "{}", result.output);
    assert_eq!(result.output, "mytool 1.0\n");
}

/// The rows of Click's table whose defaults are expressible in Rust: no
/// default at all. (Its other rows default to tuples of Python `None`s,
/// which a typed default has no counterpart for.)
#[test]
fn cast_multi_default() {
    let pair = || Opt::new("-a").value_type::<(String, String)>();
    let cmd = Command::new("cli")
        .param(pair())
        .callback(|ctx| Ok(Output::new(ctx.get::<(String, String)>("a")?)));
    assert_eq!(
        returned::<Option<(String, String)>>(invoke(&cmd, &[])),
        None
    );

    let cmd = Command::new("cli")
        .param(Opt::new("-a").multiple(true))
        .callback(|ctx| Ok(Output::new(ctx.get_required::<Vec<String>>("a")?)));
    assert!(returned::<Vec<String>>(invoke(&cmd, &[])).is_empty());

    let cmd = Command::new("cli")
        .param(pair().multiple(true))
        .callback(|ctx| Ok(Output::new(ctx.get_required::<Vec<(String, String)>>("a")?)));
    assert!(returned::<Vec<(String, String)>>(invoke(&cmd, &[])).is_empty());

    let cmd = Command::new("cli")
        .param(Arg::new("a").nargs(-1))
        .callback(|ctx| Ok(Output::new(ctx.get_required::<Vec<String>>("a")?)));
    assert!(returned::<Vec<String>>(invoke(&cmd, &[])).is_empty());
}

/// Click warns when a parameter takes the storage name of its automatic
/// help option (`_click_default_help`) and parsing then fails; clack
/// refuses the declaration (exit 1), so the user never sees a confusing
/// "Invalid value for '--help'".
#[test]
fn param_squatting_help_option_name() {
    let err = crate::declaration_error(Command::new("cli").param(Arg::new("_click_default_help")));
    assert!(
        err.contains("the argument '_CLICK_DEFAULT_HELP' takes the name '_click_default_help', which is reserved for the automatic help option"),
        "{err}"
    );
}
