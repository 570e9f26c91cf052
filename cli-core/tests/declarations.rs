//! Mistakes in how a program declares a command are the program's, found
//! before anything is parsed, and reported naming the command and the
//! parameter: `Error: the command '...' is declared wrongly: ...`, exit 1,
//! whatever the user typed (even `--help`).

use clack_core::testing::Runner;
use clack_core::types::Int;
use clack_core::{Arg, Command, Group, Opt, Output};

fn ok(cmd: Command) -> Command {
    cmd.callback(|_| {
        clack_core::echo("ran");
        Ok(Output::none())
    })
}

/// Runs `cmd` with `args` and returns its stderr, checking that it failed
/// as a declaration error without running.
fn declaration_error(cmd: &Command, args: &[&str]) -> String {
    let r = Runner::new().invoke(cmd, args);
    assert_eq!(
        r.exit_code, 1,
        "stdout: {:?} stderr: {:?}",
        r.stdout, r.stderr
    );
    assert_eq!(r.stdout, "", "the command must not run");
    assert!(
        r.stderr.starts_with("Error: the command "),
        "not a declaration error: {:?}",
        r.stderr
    );
    assert!(
        r.stderr.contains(" is declared wrongly: "),
        "{:?}",
        r.stderr
    );
    r.stderr
}

#[test]
fn an_option_name_used_twice() {
    let cmd = ok(Command::new("tool")
        .param(Opt::new(["-x", "--extra"]))
        .param(Opt::new(["--other", "-x"])));
    let err = declaration_error(&cmd, &[]);
    assert_eq!(
        err,
        "Error: the command 'tool' is declared wrongly: the option name '-x' is used by the option '--extra' and by the option '--other'.\n"
    );
    // The user's --help does not hide the program's mistake.
    declaration_error(&cmd, &["--help"]);
}

#[test]
fn an_option_declared_twice() {
    // As when a parameter set and the command both bring `--verbose`.
    let cmd = ok(Command::new("tool")
        .param(Opt::new(["-v", "--verbose"]).flag())
        .param(Opt::new(["-v", "--verbose"]).flag()));
    assert_eq!(
        declaration_error(&cmd, &[]),
        "Error: the command 'tool' is declared wrongly: the option '--verbose' is declared twice.\n"
    );
}

#[test]
fn an_off_switch_that_repeats_another_option() {
    let cmd = ok(Command::new("tool")
        .param(Opt::new("--color/--no-color"))
        .param(Opt::new("--no-color").flag()));
    assert!(declaration_error(&cmd, &[]).contains("'--no-color'"));
}

#[test]
fn two_variadic_arguments() {
    let cmd = ok(Command::new("copy")
        .param(Arg::new("src").nargs(-1))
        .param(Arg::new("dst").nargs(-1)));
    assert_eq!(
        declaration_error(&cmd, &["a", "b"]),
        "Error: the command 'copy' is declared wrongly: the argument 'SRC' and the argument 'DST' both take any number of values (nargs=-1); only one argument may.\n"
    );
}

#[test]
fn a_variadic_argument_and_a_required_one_after_it_are_fine() {
    // Click's `copy SRC... DST`: not a mistake.
    let cmd = ok(Command::new("copy")
        .param(Arg::new("src").nargs(-1).required(true))
        .param(Arg::new("dst")));
    assert_eq!(Runner::new().invoke(&cmd, ["a", "b"]).stdout, "ran\n");
}

#[test]
fn two_arguments_with_one_name() {
    let cmd = ok(Command::new("tool")
        .param(Arg::new("src"))
        .param(Arg::new("src")));
    assert!(declaration_error(&cmd, &["a", "b"]).contains("two arguments are named 'src'"));
}

#[test]
fn nargs_out_of_range() {
    let cmd = ok(Command::new("tool").param(Arg::new("src").nargs(-3)));
    assert!(declaration_error(&cmd, &[]).contains("the argument 'SRC' has nargs out of range"));
    let cmd = ok(Command::new("tool").param(Arg::new("src").nargs(0)));
    assert!(declaration_error(&cmd, &[]).contains("nargs out of range"));
    let cmd = ok(Command::new("tool").param(Opt::new("--pt").nargs(0)));
    assert!(declaration_error(&cmd, &[]).contains("the option '--pt' has nargs out of range"));
}

#[test]
fn a_flag_with_nargs() {
    let cmd = ok(Command::new("tool").param(Opt::new("--force").flag().nargs(2)));
    assert!(declaration_error(&cmd, &[]).contains("the option '--force' is a flag"));
}

#[test]
fn a_counter_that_is_also_multiple() {
    let cmd = ok(Command::new("tool").param(Opt::new("-v").count().multiple(true)));
    assert!(declaration_error(&cmd, &[]).contains("the option '-v' counts its occurrences"));
}

#[test]
fn an_off_switch_on_a_flag_that_is_not_boolean() {
    let cmd = ok(Command::new("tool").param(Opt::new("--up/--down").flag_value("up")));
    assert!(declaration_error(&cmd, &[]).contains("the option '--down' has an off switch"));
}

#[test]
fn a_default_of_the_wrong_shape() {
    let cmd = ok(Command::new("tool").param(
        Opt::new("--point")
            .value_type::<f64>()
            .nargs(2)
            .default([1.0]),
    ));
    assert!(
        declaration_error(&cmd, &[])
            .contains("the option '--point' takes 2 values at a time, but its default has 1.")
    );
}

#[test]
fn a_default_the_type_rejects_is_the_programs_mistake() {
    let cmd =
        ok(Command::new("tool").param(Opt::new("--count").ty(Int::<u32>::range(1, 10)).default(0)));
    let err = declaration_error(&cmd, &["--count", "3"]);
    assert!(
        err.contains(
            "the option '--count' has a default its type rejects: 0 is not in the range 1<=x<=10."
        ),
        "{err}"
    );
    let cmd = ok(Command::new("tool").param(Opt::new("--n").value_type::<u8>().default(-1)));
    assert!(declaration_error(&cmd, &[]).contains("'--n' has a default its type rejects"));
}

#[test]
fn an_option_whose_names_cannot_be_read() {
    let cmd = ok(Command::new("tool").param(Opt::new("name")));
    assert!(
        declaration_error(&cmd, &[])
            .contains("the option declared as [\"name\"]: No options defined")
    );
}

#[test]
fn help_option_names_that_are_not_options() {
    let cmd = ok(Command::new("tool").help_option_names(["x"]));
    assert!(declaration_error(&cmd, &[]).contains("the option declared as [\"x\"]"));
}

#[test]
fn a_subcommand_is_named_with_its_path() {
    let cli = Group::new("cli").command(ok(Command::new("sub")
        .param(Arg::new("a").nargs(-1))
        .param(Arg::new("b").nargs(-1))));
    let err = declaration_error(&cli.into_command(), &["sub"]);
    assert!(
        err.starts_with("Error: the command 'cli sub' is declared wrongly"),
        "{err}"
    );
}

#[test]
fn a_sound_declaration_runs() {
    let cmd = ok(Command::new("tool")
        .param(
            Opt::new(["--count", "-c"])
                .ty(Int::<u32>::range(1, 10))
                .default(1),
        )
        .param(Opt::new("--shout/--no-shout"))
        .param(Opt::new("--upper").flag_value("upper"))
        .param(Opt::new("-v").count())
        .param(Arg::new("files").nargs(-1)));
    assert_eq!(Runner::new().invoke(&cmd, ["-c", "2", "a"]).stdout, "ran\n");
}

#[test]
fn a_deprecated_parameter_that_is_required() {
    let cmd = ok(Command::new("tool").param(Arg::new("src").required(true).deprecated()));
    assert!(
        declaration_error(&cmd, &["x"])
            .contains("the argument 'SRC' is deprecated and still required")
    );
    let cmd = ok(Command::new("tool").param(Opt::new("--a").required(true).deprecated()));
    assert!(
        declaration_error(&cmd, &["--a", "x"])
            .contains("the option '--a' is deprecated and still required")
    );
}

#[test]
fn a_deprecated_option_that_prompts() {
    let cmd = ok(Command::new("tool").param(Opt::new("--a").prompt_auto().deprecated()));
    assert!(
        declaration_error(&cmd, &["--a", "x"]).contains("`deprecated` options cannot use `prompt`")
    );
}

#[test]
fn a_counter_that_is_also_a_flag() {
    let cmd = ok(Command::new("tool").param(Opt::new("-v").count().is_flag(true)));
    assert!(
        declaration_error(&cmd, &[])
            .contains("the option '-v' counts its occurrences and so cannot also be a flag.")
    );
}

#[test]
fn a_text_default_a_typed_option_rejects() {
    let cmd = ok(Command::new("tool").param(Opt::new("--n").value_type::<u32>().default("abc")));
    let err = declaration_error(&cmd, &["--n", "3"]);
    assert!(
        err.contains(
            "the option '--n' has a default its type rejects: 'abc' is not a valid integer."
        ),
        "{err}"
    );
}

#[test]
fn a_default_outside_the_choices() {
    let cmd = ok(Command::new("tool").param(
        Opt::new("--color")
            .ty(clack_core::types::Choice::new(["red", "blue"]))
            .default("green"),
    ));
    let err = declaration_error(&cmd, &[]);
    assert!(err.contains("the option '--color' has a default its type rejects: 'green' is not one of 'red', 'blue'."), "{err}");
}

#[test]
fn a_typed_default_outside_the_range() {
    let cmd =
        ok(Command::new("tool").param(Opt::new("--n").ty(Int::<u32>::range(1, 10)).default(42u32)));
    let err = declaration_error(&cmd, &["--help"]);
    assert!(
        err.contains(
            "the option '--n' has a default its type rejects: 42 is not in the range 1<=x<=10."
        ),
        "{err}"
    );
}

#[test]
fn an_argument_default_the_type_rejects() {
    let cmd = ok(Command::new("tool").param(Arg::new("n").value_type::<u8>().default(300)));
    let err = declaration_error(&cmd, &[]);
    assert!(
        err.contains("the argument 'N' has a default its type rejects"),
        "{err}"
    );
}

/// Defaults written as values of the option's type are held as such and
/// shown as Click shows them.
#[test]
fn typed_defaults_are_used_and_shown_as_click_does() {
    let cmd = Command::new("tool")
        .param(
            Opt::new("--n")
                .value_type::<u32>()
                .default(7u32)
                .show_default(true),
        )
        .param(Opt::new("--ratio").default(1.0).show_default(true))
        .param(Opt::new("--count").default(3).show_default(true))
        .callback(|ctx| {
            let n: u32 = ctx.take_required("n")?;
            let ratio: f64 = ctx.take_required("ratio")?;
            let count: i64 = ctx.take_required("count")?;
            clack_core::echo(format!("{n} {ratio} {count}"));
            Ok(Output::none())
        });
    let r = Runner::new().invoke(&cmd, Vec::<String>::new());
    assert_eq!(r.stdout, "7 1 3\n", "{}", r.stderr);
    let help = Runner::new().invoke(&cmd, ["--help"]).stdout;
    assert!(help.contains("--n INTEGER      [default: 7]"), "{help}");
    assert!(help.contains("--ratio FLOAT    [default: 1.0]"), "{help}");
    assert!(help.contains("--count INTEGER  [default: 3]"), "{help}");
}
