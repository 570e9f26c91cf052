//! Click's `tests/test_commands.py`: defaults of an invoked command, the
//! order parameters are processed in, help option names, deprecation.

use std::sync::{Arc, Mutex};

use clack::types::{Choice, Path};
use clack::{Arg, Command, ContextSettings, Opt, Output, Value};

use crate::invoke;

/// How a value of `-a` is shown: Python's `repr`.
fn repr(value: Option<&Value>) -> String {
    let Some(value) = value else {
        return "None".into();
    };
    if let Some(s) = value.get::<String>() {
        format!("'{s}'")
    } else if let Some(p) = value.get::<std::path::PathBuf>() {
        format!("'{}'", p.display())
    } else if let Some(i) = value.get::<i64>() {
        i.to_string()
    } else if let Some(i) = value.get::<usize>() {
        i.to_string()
    } else if let Some(f) = value.get::<f64>() {
        f.to_string()
    } else if let Some(b) = value.get::<bool>() {
        (if *b { "True" } else { "False" }).into()
    } else if let Some(v) = value.get::<Vec<String>>() {
        tuple(v.iter().map(|s| format!("'{s}'")))
    } else if let Some(v) = value.get::<Vec<i64>>() {
        tuple(v.iter().map(i64::to_string))
    } else {
        format!("<{}>", value.type_name())
    }
}

fn tuple(items: impl Iterator<Item = String>) -> String {
    let items: Vec<String> = items.collect();
    match items.len() {
        1 => format!("({},)", items[0]),
        _ => format!("({})", items.join(", ")),
    }
}

/// `ctx.invoke` fills the other command's parameters from their defaults.
#[test]
fn other_command_invoke_with_defaults() {
    type Make = fn() -> Opt;
    let cases: Vec<(Make, &str)> = vec![
        (|| Opt::new("-a").value_type::<i64>().default(42), "42"),
        (|| Opt::new("-a").value_type::<i64>().default("15"), "15"),
        (|| Opt::new("-a").multiple(true), "()"),
        (|| Opt::new("-a").default_unset(), "None"),
        (|| Opt::new("-a").value_type::<String>(), "None"),
        (
            || Opt::new("-a").value_type::<bool>().default(false),
            "False",
        ),
        (|| Opt::new("-a").value_type::<bool>().default(true), "True"),
        (|| Opt::new("-a").value_type::<f64>().default(2.5), "2.5"),
        (
            || {
                Opt::new("-a")
                    .value_type::<i64>()
                    .multiple(true)
                    .default([1, 2, 3])
            },
            "(1, 2, 3)",
        ),
        (
            || Opt::new("-a").multiple(true).default(Vec::<String>::new()),
            "()",
        ),
        (|| Opt::new("-a").required(false), "None"),
        (
            || Opt::new("-a").ty(Choice::new(["a", "b", "c"])).default("b"),
            "'b'",
        ),
        (|| Opt::new("-a").ty(Path::new()).default("/tmp"), "'/tmp'"),
        (|| Opt::new("-a").flag().default(false), "False"),
        (|| Opt::new("-a").flag().default(true), "True"),
        (|| Opt::new("-a").count(), "0"),
        (|| Opt::new("-a").hidden(true).default("secret"), "'secret'"),
    ];
    let mut wrong = Vec::new();
    for (i, (make, want)) in cases.into_iter().enumerate() {
        let other = Command::new("other").param(make()).callback(|ctx| {
            let params = ctx.params();
            let a = params
                .iter()
                .find(|(n, _)| n == "a")
                .and_then(|(_, v)| v.as_ref());
            Ok(Output::new((
                ctx.info_name().unwrap_or_default().to_string(),
                repr(a),
            )))
        });
        let cli = Command::new("cli").callback(move |ctx| ctx.invoke(&other, vec![]));
        let result = invoke(&cli, &[]);
        match result
            .output_value
            .map(|o| o.downcast::<(String, String)>())
        {
            Some(Ok((name, shown))) if name == "other" && shown == want => {}
            Some(Ok(got)) => wrong.push(format!("case {i}: {got:?}, want {want}")),
            _ => wrong.push(format!("case {i}: {}", result.output)),
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Click checks `iter_params_for_processing` directly; here the order is
/// the order in which the options' callbacks run. Eager options first,
/// each kind in the order the command line names them, then the rest in
/// declaration order.
#[test]
fn iter_params_for_processing() {
    type Case<'a> = (&'a [&'a str], &'a [&'a str], &'a [&'a str]);
    let cases: Vec<Case> = vec![
        (&[], &["-a"], &["-a"]),
        (&["-a"], &["-a"], &["-a"]),
        (&[], &["-a", "-c"], &["-a", "-c"]),
        (&["-a"], &["-a", "-c"], &["-a", "-c"]),
        (&["-c"], &["-a", "-c"], &["-c", "-a"]),
        (&[], &["-c", "-a"], &["-c", "-a"]),
        (&["-a"], &["-c", "-a"], &["-a", "-c"]),
        (&["-c"], &["-c", "-a"], &["-c", "-a"]),
        (&["-a", "-c"], &["-a", "-c"], &["-a", "-c"]),
        (&["-c", "-a"], &["-a", "-c"], &["-c", "-a"]),
        (&[], &["-b"], &["-b"]),
        (&["-b"], &["-b"], &["-b"]),
        (&[], &["-b", "-d"], &["-b", "-d"]),
        (&["-b"], &["-b", "-d"], &["-b", "-d"]),
        (&["-d"], &["-b", "-d"], &["-d", "-b"]),
        (&[], &["-d", "-b"], &["-d", "-b"]),
        (&["-b"], &["-d", "-b"], &["-b", "-d"]),
        (&["-d"], &["-d", "-b"], &["-d", "-b"]),
        (&["-b", "-d"], &["-b", "-d"], &["-b", "-d"]),
        (&["-d", "-b"], &["-b", "-d"], &["-d", "-b"]),
        (&[], &["-a", "-b", "-c", "-d"], &["-b", "-d", "-a", "-c"]),
        (
            &["-a"],
            &["-a", "-b", "-c", "-d"],
            &["-b", "-d", "-a", "-c"],
        ),
        (
            &["-b"],
            &["-a", "-b", "-c", "-d"],
            &["-b", "-d", "-a", "-c"],
        ),
        (
            &["-c"],
            &["-a", "-b", "-c", "-d"],
            &["-b", "-d", "-c", "-a"],
        ),
        (
            &["-d"],
            &["-a", "-b", "-c", "-d"],
            &["-d", "-b", "-a", "-c"],
        ),
        (
            &["-a", "-b"],
            &["-a", "-b", "-c", "-d"],
            &["-b", "-d", "-a", "-c"],
        ),
        (
            &["-b", "-a"],
            &["-a", "-b", "-c", "-d"],
            &["-b", "-d", "-a", "-c"],
        ),
        (
            &["-d", "-c"],
            &["-a", "-b", "-c", "-d"],
            &["-d", "-b", "-c", "-a"],
        ),
        (
            &["-c", "-d"],
            &["-a", "-b", "-c", "-d"],
            &["-d", "-b", "-c", "-a"],
        ),
        (
            &["-a", "-b", "-c", "-d"],
            &["-a", "-b", "-c", "-d"],
            &["-b", "-d", "-a", "-c"],
        ),
        (
            &["-b", "-d", "-a", "-c"],
            &["-a", "-b", "-c", "-d"],
            &["-b", "-d", "-a", "-c"],
        ),
        (
            &[],
            &["-b", "-d", "-e", "-a", "-c"],
            &["-b", "-d", "-e", "-a", "-c"],
        ),
        (
            &["-a", "-d"],
            &["-b", "-d", "-e", "-a", "-c"],
            &["-d", "-b", "-e", "-a", "-c"],
        ),
        (
            &["-c", "-d"],
            &["-b", "-d", "-e", "-a", "-c"],
            &["-d", "-b", "-e", "-c", "-a"],
        ),
    ];
    let mut wrong = Vec::new();
    for (invocation, declaration, expected) in cases {
        let called = Arc::new(Mutex::new(Vec::<String>::new()));
        let mut cmd = Command::new("cli");
        for &decl in declaration {
            let called = Arc::clone(&called);
            let eager = ["-b", "-d", "-e"].contains(&decl);
            cmd = cmd.param(Opt::new(decl).is_eager(eager).callback(
                move |_, _, v: Option<String>| {
                    called.lock().unwrap().push(decl.to_string());
                    Ok(v)
                },
            ));
        }
        let args: Vec<&str> = invocation.iter().flat_map(|o| [*o, "x"]).collect();
        let result = invoke(&cmd, &args);
        let got = called.lock().unwrap().clone();
        if result.exit_code != 0 || got != expected {
            wrong.push(format!(
                "{invocation:?} {declaration:?}: {got:?} {}",
                result.output
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Click asks `get_help_option_names`; here the names are read from the
/// help option's row of the help page (no help option when none is left).
/// The row lists short names before long ones, each kind in order.
#[test]
fn get_help_option_names() {
    type Case<'a> = (&'a [&'a str], &'a [&'a str], &'a [&'a str]);
    let cases: Vec<Case> = vec![
        (&["--help"], &[], &["--help"]),
        (&["-h", "--help"], &[], &["-h", "--help"]),
        (&["--help", "-h"], &[], &["--help", "-h"]),
        (&["--help", "-h", "-?"], &[], &["--help", "-h", "-?"]),
        (&["-?", "--help", "-h"], &[], &["-?", "--help", "-h"]),
        (&["--help", "--help"], &[], &["--help"]),
        (&["-h", "--help", "-h"], &[], &["-h", "--help"]),
        (&["-h", "--help"], &["--help"], &["-h"]),
        (&["-h", "--help"], &["-h;--verbose"], &["--help"]),
        (&["--shout", "--help"], &["--shout/--no-shout"], &["--help"]),
        (
            &["--no-shout", "--help"],
            &["--shout/--no-shout"],
            &["--help"],
        ),
        (&["-h", "--help"], &["-h", "--help"], &[]),
        (
            &["-h", "--help", "-h", "--assist"],
            &["--assist"],
            &["-h", "--help"],
        ),
    ];
    let mut wrong = Vec::new();
    for (names, params, expected) in cases {
        let mut cmd = Command::new("cli").help_option_names(names.iter().copied());
        for decls in params {
            let decls: Vec<String> = decls.split(';').map(str::to_string).collect();
            cmd = cmd.param(Opt::new(decls).help("x"));
        }
        // The help option's names, from the page that its first surviving
        // name shows.
        let got: Vec<String> = match expected.first() {
            None => {
                let result = invoke(&cmd, &[names[0]]);
                let shown = result.output.contains("Show this message and exit.");
                if shown {
                    vec!["<a help option>".into()]
                } else {
                    vec![]
                }
            }
            Some(first) => {
                let result = invoke(&cmd, &[first]);
                result
                    .output
                    .lines()
                    .find(|l| l.contains("Show this message and exit."))
                    .map(|l| {
                        let spec = l.trim_start().split("  ").next().unwrap_or_default();
                        spec.split(", ").map(str::to_string).collect()
                    })
                    .unwrap_or_default()
            }
        };
        let mut expected = expected.to_vec();
        expected.sort_by_key(|n| n.starts_with("--"));
        if got != expected {
            wrong.push(format!("{names:?} {params:?}: {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn help_param_priority() {
    let print_and_exit = |opt: Opt| {
        opt.flag()
            .expose_value(false)
            .callback(|ctx, param, v: Option<bool>| {
                if v == Some(true) {
                    clack::echo(format!("Value of {} is: True", param.name()));
                    return Err(ctx.exit(0));
                }
                Ok(v)
            })
    };
    let cli = Command::new("cli")
        .help_option_names(["--my-help"])
        .param(print_and_exit(Opt::new("-a")))
        .param(print_and_exit(Opt::new("-b")).is_eager(true));
    // (args, a printed, b printed, help shown)
    let cases: [(&[&str], bool, bool, bool); 7] = [
        (&["--my-help"], false, false, true),
        (&["-a"], true, false, false),
        (&["-a", "-b"], false, true, false),
        (&["-a", "--my-help"], false, false, true),
        (&["--my-help", "-a"], false, false, true),
        (&["-b", "--my-help"], false, true, false),
        (&["--my-help", "-b"], false, false, true),
    ];
    for (args, a, b, help) in cases {
        let result = invoke(&cli, args);
        let out = &result.stdout;
        assert_eq!(out.contains("Value of a is: True"), a, "{args:?}: {out}");
        assert_eq!(out.contains("Value of b is: True"), b, "{args:?}: {out}");
        assert_eq!(out.contains("--my-help"), help, "{args:?}: {out}");
        assert_eq!(result.exit_code, 0, "{args:?}");
    }
}

#[test]
fn unprocessed_options() {
    let cli = Command::new("cli")
        .context_settings(ContextSettings::new().ignore_unknown_options(true))
        .param(Arg::new("args").nargs(-1))
        .param(Opt::new(["--verbose", "-v"]).count())
        .callback(|ctx| {
            clack::echo(format!(
                "Verbosity: {}",
                ctx.get_required::<usize>("verbose")?
            ));
            let args: Vec<String> = ctx.get_required("args")?;
            clack::echo(format!("Args: {}", args.join("|")));
            Ok(Output::none())
        });
    let result = invoke(&cli, &["-foo", "-vvvvx", "--muhaha", "x", "y", "-x"]);
    assert!(result.error.is_none(), "{}", result.output);
    assert_eq!(
        result.output.lines().collect::<Vec<_>>(),
        ["Verbosity: 4", "Args: -foo|-x|--muhaha|x|y|-x"]
    );
}

fn deprecated(cmd: Command, reason: Option<&str>) -> Command {
    match reason {
        None => cmd.deprecated(),
        Some(r) => cmd.deprecated_because(r),
    }
}

const REASONS: [Option<&str>; 2] = [None, Some("USE OTHER COMMAND INSTEAD")];

#[test]
fn deprecated_in_help_messages() {
    for doc in [Some("CLI HELP"), None] {
        for reason in REASONS {
            let mut cmd = Command::new("cli");
            if let Some(doc) = doc {
                cmd = cmd.help(doc);
            }
            let result = invoke(&deprecated(cmd, reason), &["--help"]);
            assert!(result.output.contains("(DEPRECATED"), "{}", result.output);
            if let Some(reason) = reason {
                assert!(result.output.contains(reason));
            }
        }
    }
}

#[test]
fn deprecated_empty_help_no_leading_space() {
    for reason in REASONS {
        for doc in [Some(""), None] {
            let mut cmd = Command::new("cli");
            if let Some(doc) = doc {
                cmd = cmd.help(doc);
            }
            let out = invoke(&deprecated(cmd, reason), &["--help"]).output;
            assert!(out.contains("\n  (DEPRECATED"), "{out}");
            assert!(!out.contains("\n   (DEPRECATED"), "{out}");
        }
    }
}

/// Click swaps its `gettext` function to show that only the label is
/// translated; clack does not translate, so this checks the text itself.
#[test]
fn deprecated_help_text_is_not_translated() {
    let sub = Command::new("sub")
        .help("sub help")
        .deprecated_because("REASON");
    let cli = clack::Group::new("cli").command(sub.clone()).into_command();
    let out = invoke(&sub, &["--help"]).output;
    assert!(out.contains("sub help (DEPRECATED: REASON)"), "{out}");
    let out = invoke(&cli, &["--help"]).output;
    assert!(out.contains("sub help (DEPRECATED: REASON)"), "{out}");
}

#[test]
fn deprecated_in_invocation() {
    for reason in REASONS {
        let cmd = deprecated(Command::new("deprecated"), reason);
        let result = invoke(&cmd, &[]);
        assert!(
            result.output.contains("DeprecationWarning:"),
            "{}",
            result.output
        );
        if let Some(reason) = reason {
            assert!(result.output.contains(reason));
        }
    }
}
