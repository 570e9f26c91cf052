//! One test per parser rule, each run through a whole command so that what
//! is checked is what a user sees. Expected texts are Click 8.5.1's.

use std::ffi::OsString;

use clack_core::testing::Runner;
use clack_core::types::{Int, Text};
use clack_core::{Arg, Command, ContextSettings, Group, Opt, Output, Param, Value, echo};

/// A command that prints `name=value` for every parameter it has, with
/// values shown through `Debug`.
fn show(params: Vec<Param>) -> Command {
    let names: Vec<String> = params.iter().map(|p| p.name().to_string()).collect();
    Command::new("cmd").params(params).callback(move |ctx| {
        for name in &names {
            let value = ctx.params().into_iter().find(|(n, _)| n == name);
            let shown = match value.and_then(|(_, v)| v) {
                None => "-".to_string(),
                Some(v) => describe(&v),
            };
            echo(format!("{name}={shown}"));
        }
        let args: Vec<String> = ctx
            .args()
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        if !args.is_empty() {
            echo(format!("args={args:?}"));
        }
        Ok(Output::none())
    })
}

fn describe(v: &Value) -> String {
    if let Some(s) = v.get::<String>() {
        return format!("{s:?}");
    }
    if let Some(s) = v.get::<Vec<String>>() {
        return format!("{s:?}");
    }
    if let Some(s) = v.get::<Vec<Vec<String>>>() {
        return format!("{s:?}");
    }
    if let Some(b) = v.get::<bool>() {
        return b.to_string();
    }
    if let Some(n) = v.get::<usize>() {
        return n.to_string();
    }
    if let Some(n) = v.get::<i64>() {
        return n.to_string();
    }
    if let Some(s) = v.get::<OsString>() {
        return format!("{s:?}");
    }
    format!("{v:?}")
}

fn run(cmd: &Command, args: &[&str]) -> (i32, String, String) {
    let r = Runner::new().invoke(cmd, args.iter().copied());
    (r.exit_code, r.stdout, r.stderr)
}

fn ok(cmd: &Command, args: &[&str]) -> String {
    let (code, out, err) = run(cmd, args);
    assert_eq!(code, 0, "stderr: {err}");
    out
}

fn error_line(cmd: &Command, args: &[&str]) -> String {
    let (code, _, err) = run(cmd, args);
    assert_eq!(code, 2, "stderr: {err}");
    err.lines().last().unwrap_or_default().to_string()
}

#[test]
fn long_option_forms() {
    let cmd = show(vec![Opt::new("--name").into()]);
    assert_eq!(ok(&cmd, &["--name", "Ada"]), "name=\"Ada\"\n");
    assert_eq!(ok(&cmd, &["--name=Ada"]), "name=\"Ada\"\n");
    assert_eq!(ok(&cmd, &["--name="]), "name=\"\"\n");
    // The next token is taken even when it looks like an option.
    assert_eq!(ok(&cmd, &["--name", "-x"]), "name=\"-x\"\n");
    assert_eq!(ok(&cmd, &["--name", "a", "--name", "b"]), "name=\"b\"\n");
}

#[test]
fn missing_option_value_has_no_usage_lines() {
    let cmd = show(vec![Opt::new("--name").into()]);
    let (code, _, err) = run(&cmd, &["--name"]);
    assert_eq!(
        (code, err.as_str()),
        (2, "Error: Option '--name' requires an argument.\n")
    );
    let cmd = show(vec![Opt::new("--pt").nargs(2).into()]);
    let (_, _, err) = run(&cmd, &["--pt", "1"]);
    assert_eq!(err, "Error: Option '--pt' requires 2 arguments.\n");
}

#[test]
fn short_clusters_and_attached_values() {
    let cmd = show(vec![
        Opt::new("-a").flag().into(),
        Opt::new("-b").flag().into(),
        Opt::new("-n").into(),
    ]);
    assert_eq!(ok(&cmd, &["-abn", "5"]), "a=true\nb=true\nn=\"5\"\n");
    assert_eq!(ok(&cmd, &["-n5"]), "a=false\nb=false\nn=\"5\"\n");
    assert_eq!(ok(&cmd, &["-an5"]), "a=true\nb=false\nn=\"5\"\n");
    // Click's quirk: the `=` stays part of the value.
    assert_eq!(ok(&cmd, &["-n=5"]), "a=false\nb=false\nn=\"=5\"\n");
    assert_eq!(error_line(&cmd, &["-ax"]), "Error: No such option '-x'.");
}

#[test]
fn double_dash_ends_options() {
    let cmd = show(vec![
        Opt::new("-v").flag().into(),
        Arg::new("rest").nargs(-1).into(),
    ]);
    assert_eq!(
        ok(&cmd, &["--", "-v", "x"]),
        "v=false\nrest=[\"-v\", \"x\"]\n"
    );
    assert_eq!(ok(&cmd, &["-", "-v"]), "v=true\nrest=[\"-\"]\n");
}

#[test]
fn negative_numbers_look_like_options() {
    let cmd = show(vec![Arg::new("n").ty(Int::<i64>::new()).into()]);
    assert_eq!(error_line(&cmd, &["-5"]), "Error: No such option '-5'.");
    assert_eq!(ok(&cmd, &["--", "-5"]), "n=-5\n");
}

#[test]
fn interspersed_arguments_for_commands() {
    let cmd = show(vec![
        Arg::new("a").into(),
        Opt::new("--x").into(),
        Arg::new("b").into(),
    ]);
    assert_eq!(
        ok(&cmd, &["1", "--x", "y", "2"]),
        "a=\"1\"\nx=\"y\"\nb=\"2\"\n"
    );
}

#[test]
fn groups_do_not_intersperse() {
    let sub = Command::new("sub").callback(|ctx| {
        echo(format!("sub args={:?}", ctx.args()));
        Ok(Output::none())
    });
    let cli = Group::new("cli")
        .param(Opt::new("--debug").flag())
        .command(sub)
        .into_command();
    let (code, _, err) = run(&cli, &["sub", "--debug"]);
    assert_eq!(code, 2);
    assert!(err.ends_with("Error: No such option '--debug'.\n"), "{err}");
    assert_eq!(ok(&cli, &["--debug", "sub"]), "sub args=[]\n");
}

#[test]
fn unknown_options_suggest_long_names() {
    let cmd = show(vec![Opt::new("--name").into(), Opt::new("--count").into()]);
    assert_eq!(
        error_line(&cmd, &["--nmae", "x"]),
        "Error: No such option '--nmae'. Did you mean '--name'?"
    );
    let cmd = show(vec![
        Opt::new("--color").into(),
        Opt::new("--colour").into(),
    ]);
    assert_eq!(
        error_line(&cmd, &["--colr"]),
        "Error: No such option '--colr'. (Did you mean one of: '--color', '--colour'?)"
    );
    assert_eq!(
        error_line(&cmd, &["--zzz"]),
        "Error: No such option '--zzz'."
    );
}

#[test]
fn usage_errors_show_usage_and_hint() {
    let cmd = show(vec![Opt::new("--name").into()]);
    let (_, _, err) = run(&cmd, &["--zzz"]);
    assert_eq!(
        err,
        "Usage: cmd [OPTIONS]\nTry 'cmd --help' for help.\n\nError: No such option '--zzz'.\n"
    );
}

#[test]
fn flags_do_not_take_values() {
    let cmd = show(vec![Opt::new("--shout/--no-shout").into()]);
    let (code, _, err) = run(&cmd, &["--shout=yes"]);
    assert_eq!(
        (code, err.as_str()),
        (2, "Error: Option '--shout' does not take a value.\n")
    );
    assert_eq!(ok(&cmd, &["--shout", "--no-shout"]), "shout=false\n");
    assert_eq!(ok(&cmd, &["--no-shout", "--shout"]), "shout=true\n");
    assert_eq!(ok(&cmd, &[]), "shout=false\n");
}

#[test]
fn variadic_argument_filled_from_the_right() {
    let cmd = show(vec![
        Arg::new("src").nargs(-1).required(true).into(),
        Arg::new("dst").into(),
    ]);
    assert_eq!(
        ok(&cmd, &["a", "b", "c"]),
        "src=[\"a\", \"b\"]\ndst=\"c\"\n"
    );
    assert_eq!(
        error_line(&cmd, &["a"]),
        "Error: Missing argument 'SRC...'."
    );
    let (_, _, err) = run(&cmd, &[]);
    assert!(
        err.starts_with("Usage: cmd [OPTIONS] SRC... DST\n"),
        "{err}"
    );
}

#[test]
fn fixed_nargs_arguments() {
    let cmd = show(vec![Arg::new("pt").nargs(2).into()]);
    assert_eq!(ok(&cmd, &["1", "2"]), "pt=[\"1\", \"2\"]\n");
    let (code, _, err) = run(&cmd, &["1"]);
    assert_eq!(
        (code, err.as_str()),
        (2, "Error: Argument 'pt' takes 2 values.\n")
    );
}

#[test]
fn extra_arguments() {
    let cmd = show(vec![]);
    assert_eq!(
        error_line(&cmd, &["x"]),
        "Error: Got unexpected extra argument (x)"
    );
    assert_eq!(
        error_line(&cmd, &["x", "y"]),
        "Error: Got unexpected extra arguments (x y)"
    );
    let lenient = show(vec![]).context_settings(ContextSettings::new().allow_extra_args(true));
    assert_eq!(ok(&lenient, &["x", "y"]), "args=[\"x\", \"y\"]\n");
}

#[test]
fn counting_and_repeating() {
    let cmd = show(vec![
        Opt::new(["-v", "--verbose"]).count().into(),
        Opt::new("--tag").multiple(true).into(),
        Opt::new("--kv").nargs(2).multiple(true).into(),
    ]);
    assert_eq!(
        ok(
            &cmd,
            &[
                "-vv",
                "--verbose",
                "--tag",
                "a",
                "--tag=b",
                "--kv",
                "x",
                "1",
                "--kv",
                "y",
                "2"
            ]
        ),
        "verbose=3\ntag=[\"a\", \"b\"]\nkv=[[\"x\", \"1\"], [\"y\", \"2\"]]\n"
    );
    assert_eq!(ok(&cmd, &[]), "verbose=0\ntag=[]\nkv=[]\n");
}

#[test]
fn ignore_unknown_options() {
    let cmd = show(vec![
        Opt::new("-a").flag().into(),
        Arg::new("rest").nargs(-1).into(),
    ])
    .context_settings(ContextSettings::new().ignore_unknown_options(true));
    assert_eq!(
        ok(&cmd, &["--what", "-axy", "z"]),
        "a=true\nrest=[\"--what\", \"-xy\", \"z\"]\n"
    );
}

#[test]
fn optional_values() {
    let cmd = show(vec![
        Opt::new("--log").is_flag(false).flag_value("debug").into(),
        Opt::new("--x").flag().into(),
    ]);
    assert_eq!(ok(&cmd, &["--log"]), "log=\"debug\"\nx=false\n");
    assert_eq!(ok(&cmd, &["--log", "--x"]), "log=\"debug\"\nx=true\n");
    assert_eq!(ok(&cmd, &["--log", "out"]), "log=\"out\"\nx=false\n");
    assert_eq!(ok(&cmd, &[]), "log=-\nx=false\n");
}

#[test]
fn feature_switches_share_a_name() {
    let cmd = show(vec![
        Opt::new(["--upper", "case"]).flag_value("upper").into(),
        Opt::new(["--lower", "case"])
            .flag_value("lower")
            .default("lower")
            .into(),
    ]);
    assert_eq!(ok(&cmd, &["--upper"]), "case=\"upper\"\ncase=\"upper\"\n");
    assert_eq!(ok(&cmd, &[]), "case=\"lower\"\ncase=\"lower\"\n");
}

#[test]
fn other_prefixes() {
    let cmd = show(vec![
        Opt::new("+w").flag().into(),
        Opt::new("/debug;/no-debug").into(),
    ]);
    assert_eq!(ok(&cmd, &["+w", "/debug"]), "w=true\ndebug=true\n");
    assert_eq!(ok(&cmd, &["/no-debug"]), "w=false\ndebug=false\n");
}

#[test]
fn token_normalization() {
    let cmd = show(vec![Opt::new("--name").into()])
        .context_settings(ContextSettings::new().token_normalize(|t| t.to_lowercase()));
    assert_eq!(ok(&cmd, &["--NAME", "x"]), "name=\"x\"\n");
}

#[test]
fn eager_parameters_run_first() {
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let (a, b) = (seen.clone(), seen.clone());
    let cmd = Command::new("cmd")
        .param(
            Opt::new("--late")
                .flag()
                .callback(move |_c, _p, v: Option<bool>| {
                    a.lock().unwrap().push("late");
                    Ok(v)
                }),
        )
        .param(Opt::new("--early").flag().is_eager(true).callback(
            move |_c, _p, v: Option<bool>| {
                b.lock().unwrap().push("early");
                Ok(v)
            },
        ));
    ok(&cmd, &["--late"]);
    assert_eq!(*seen.lock().unwrap(), ["early", "late"]);
}

#[test]
fn help_and_custom_help_names() {
    let cmd = show(vec![]).help("Does things.");
    assert_eq!(
        ok(&cmd, &["--help"]),
        "Usage: cmd [OPTIONS]\n\n  Does things.\n\nOptions:\n  --help  Show this message and exit.\n"
    );
    let cmd = show(vec![]).help_option_names(["-h", "--help"]);
    assert!(ok(&cmd, &["-h"]).contains("-h, --help  Show this message and exit."));
}

#[cfg(unix)]
#[test]
fn non_utf8_arguments() {
    use std::os::unix::ffi::OsStringExt;
    let bad = OsString::from_vec(b"caf\xe9".to_vec());
    let cmd = show(vec![
        Opt::new("--path").value_type::<OsString>().into(),
        Opt::new("--text").ty(Text).into(),
    ]);
    let r = Runner::new().invoke(&cmd, [OsString::from("--path"), bad.clone()]);
    assert_eq!(r.exit_code, 0);
    assert_eq!(r.stdout, "path=\"caf\\xE9\"\ntext=-\n");
    let mut eq = b"--path=".to_vec();
    eq.extend_from_slice(b"\xff\xfe");
    let r = Runner::new().invoke(&cmd, [OsString::from_vec(eq)]);
    assert_eq!(r.stdout, "path=\"\\xFF\\xFE\"\ntext=-\n");
    let r = Runner::new().invoke(&cmd, [OsString::from("--text"), bad]);
    assert_eq!(r.exit_code, 2);
    assert!(
        r.stderr.ends_with(
            "Error: Invalid value for '--text': 'caf\\udce9' is not valid UTF-8 text.\n"
        ),
        "{}",
        r.stderr
    );
}

#[test]
fn arguments_around_a_variadic_one_are_dealt_from_both_ends() {
    let cmd = show(vec![
        Arg::new("first").into(),
        Arg::new("rest").nargs(-1).into(),
        Arg::new("pt").nargs(2).into(),
        Arg::new("last").into(),
    ]);
    assert_eq!(
        ok(&cmd, &["x", "1", "2", "3", "4", "5"]),
        "first=\"x\"\nrest=[\"1\", \"2\"]\npt=[\"3\", \"4\"]\nlast=\"5\"\n"
    );
    assert_eq!(
        ok(&cmd, &["x", "3", "4", "5"]),
        "first=\"x\"\nrest=[]\npt=[\"3\", \"4\"]\nlast=\"5\"\n"
    );
    assert_eq!(
        error_line(&cmd, &["x", "4", "5"]),
        "Error: Argument 'pt' takes 2 values."
    );
}

#[test]
fn positionals_beyond_the_arguments_are_extra() {
    let cmd = show(vec![Arg::new("a").into(), Arg::new("pt").nargs(2).into()]);
    assert_eq!(
        error_line(&cmd, &["x", "1", "2", "y", "z"]),
        "Error: Got unexpected extra arguments (y z)"
    );
}

#[test]
fn clones_changed_before_or_after_a_run_parse_their_own_parameters() {
    let base = show(vec![Opt::new("--a").into()]);
    // Changed before the base ran (no table yet) and after (table built):
    // each clone sees its own options, and the base only its own.
    let before = base.clone().param(Opt::new("--b"));
    assert_eq!(ok(&base, &["--a", "1"]), "a=\"1\"\n");
    let after = base.clone().param(Opt::new("--c"));
    let unknown = |cmd: &Command, opt: &str| {
        let line = error_line(cmd, &[opt, "1"]);
        line.starts_with(&format!("Error: No such option '{opt}'."))
    };
    assert!(unknown(&base, "--b") && unknown(&base, "--c"));
    assert!(unknown(&before, "--c"));
    assert!(unknown(&after, "--b"));
    assert_eq!(ok(&before, &["--b", "2"]), "a=-\n");
    assert_eq!(ok(&after, &["--c", "3"]), "a=-\n");
}
