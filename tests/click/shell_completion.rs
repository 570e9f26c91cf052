//! Click's `tests/test_shell_completion.py`: the candidates completion
//! offers (through `clack::complete::completions`, Click's
//! `ShellComplete.get_completions`).

use std::rc::Rc;
use std::sync::Arc;

use clack::complete::{CompletionItem, CompletionKind, completions};
use clack::io::Io;
use clack::types::{Choice, File, Path};
use clack::{Arg, Command, ContextSettings, Group, Opt};

fn items(cli: &Command, args: &[&str], incomplete: &str) -> Vec<CompletionItem> {
    let cmd = Arc::new(cli.clone());
    let args = args.iter().map(|s| s.to_string()).collect();
    completions(
        &cmd,
        cli.name(),
        args,
        incomplete,
        Rc::new(Io::captured("")),
        &ContextSettings::new(),
    )
    .expect("completions")
}

fn words(cli: &Command, args: &[&str], incomplete: &str) -> Vec<String> {
    items(cli, args, incomplete)
        .iter()
        .map(|c| c.value().to_string())
        .collect()
}

fn choice(names: &[&str]) -> Choice<String> {
    Choice::new(names.iter().copied())
}

#[test]
fn command() {
    let cli = Command::new("cli").param(Opt::new(["-t", "--test"]));
    assert_eq!(words(&cli, &[], ""), [""; 0]);
    assert_eq!(words(&cli, &[], "-"), ["-t", "--test", "--help"]);
    assert_eq!(words(&cli, &[], "--"), ["--test", "--help"]);
    assert_eq!(words(&cli, &[], "--t"), ["--test"]);
    assert_eq!(words(&cli, &["-t", "a"], "-"), ["--help"]);
}

#[test]
fn group() {
    let cli = Group::new("cli")
        .param(Opt::new("-a"))
        .command(Command::new("x"))
        .command(Command::new("y"))
        .into_command();
    assert_eq!(words(&cli, &[], ""), ["x", "y"]);
    assert_eq!(words(&cli, &[], "-"), ["-a", "--help"]);
}

#[test]
fn nested_group() {
    let full = Group::new("full")
        .param(Opt::new("--verbose"))
        .command(Command::new("data").param(Opt::new("-a")));
    let cli = Group::new("cli")
        .command(Group::new("get").command(full))
        .into_command();
    let cases: [(&[&str], &str, &[&str]); 6] = [
        (&[], "", &["get"]),
        (&["get"], "", &["full"]),
        (&["get", "full"], "", &["data"]),
        (&["get", "full"], "-", &["--verbose", "--help"]),
        (&["get", "full", "data"], "", &[]),
        (&["get", "full", "data"], "-", &["-a", "--help"]),
    ];
    for (args, word, want) in cases {
        assert_eq!(words(&cli, args, word), want, "{args:?} {word:?}");
    }
}

#[test]
fn group_command_same_option() {
    let cli = Group::new("cli")
        .param(Opt::new("-a"))
        .command(Command::new("x").param(Opt::new("-a")))
        .into_command();
    assert_eq!(words(&cli, &[], "-"), ["-a", "--help"]);
    assert_eq!(words(&cli, &["-a", "a"], "-"), ["--help"]);
    assert_eq!(words(&cli, &["-a", "a", "x"], "-"), ["-a", "--help"]);
    assert_eq!(words(&cli, &["-a", "a", "x", "-a", "a"], "-"), ["--help"]);
}

#[test]
fn chained() {
    let cli = Group::new("cli")
        .chain(true)
        .command(Command::new("set").param(Opt::new("-y")))
        .command(Command::new("start"))
        .command(Group::new("get").command(Command::new("full")))
        .into_command();
    assert_eq!(words(&cli, &[], ""), ["get", "set", "start"]);
    assert_eq!(words(&cli, &[], "s"), ["set", "start"]);
    assert_eq!(words(&cli, &["set", "start"], ""), ["get"]);
    assert_eq!(words(&cli, &["get"], ""), ["full", "set", "start"]);
    assert_eq!(words(&cli, &["get", "full"], ""), ["set", "start"]);
    assert_eq!(words(&cli, &["get"], "s"), ["set", "start"]);
}

#[test]
fn help_option() {
    let cli = Group::new("cli")
        .command(Command::new("with"))
        .command(Command::new("no").add_help_option(false))
        .into_command();
    assert_eq!(words(&cli, &["with"], "--"), ["--help"]);
    assert_eq!(words(&cli, &["no"], "--"), [""; 0]);
}

#[test]
fn argument_order() {
    let cli = Command::new("cli")
        .param(Arg::new("plain"))
        .param(Arg::new("c1").ty(choice(&["a1", "a2", "b"])))
        .param(Arg::new("c2").ty(choice(&["c1", "c2", "d"])));
    assert_eq!(words(&cli, &[], ""), [""; 0]);
    assert_eq!(words(&cli, &[], "a"), [""; 0]);
    assert_eq!(words(&cli, &["x"], "a"), ["a1", "a2"]);
    assert_eq!(words(&cli, &["x", "b"], "d"), ["d"]);
}

#[test]
fn argument_default() {
    let cli = Command::new("cli")
        .add_help_option(false)
        .param(Arg::new("a").ty(choice(&["a"])).default("a"))
        .param(Arg::new("b").ty(choice(&["b"])).default("b"));
    assert_eq!(words(&cli, &[], ""), ["a"]);
    assert_eq!(words(&cli, &["a"], "b"), ["b"]);
    assert_eq!(words(&cli, &["x"], "b"), ["b"]);
}

#[test]
fn type_choice() {
    let cli = Command::new("cli").param(Opt::new("-c").ty(choice(&["a1", "a2", "b"])));
    assert_eq!(words(&cli, &["-c"], ""), ["a1", "a2", "b"]);
    assert_eq!(words(&cli, &["-c"], "a"), ["a1", "a2"]);
    assert_eq!(words(&cli, &["-c"], "a2"), ["a2"]);
}

#[test]
fn choice_special_characters() {
    let cli = Command::new("cli").param(Opt::new("-c").ty(choice(&["!1", "!2", "+3"])));
    assert_eq!(words(&cli, &["-c"], ""), ["!1", "!2", "+3"]);
    assert_eq!(words(&cli, &["-c"], "!"), ["!1", "!2"]);
    assert_eq!(words(&cli, &["-c"], "!2"), ["!2"]);
}

#[test]
fn choice_conflicting_prefix() {
    let cli = Command::new("cli")
        .param(Opt::new("-c").ty(choice(&["!1", "!2", "+3"])))
        .param(Opt::new("+p").is_flag(true));
    assert_eq!(words(&cli, &["-c"], ""), ["!1", "!2", "+3"]);
    assert_eq!(words(&cli, &["-c"], "+"), ["+p"]);
}

#[test]
fn option_count() {
    let cli = Command::new("cli").param(Opt::new("-c").count());
    assert_eq!(words(&cli, &["-c"], ""), [""; 0]);
    assert_eq!(words(&cli, &["-c"], "-"), ["--help"]);
}

#[test]
fn option_optional() {
    let cli = Command::new("cli")
        .add_help_option(false)
        .param(Opt::new("--name").is_flag(false).flag_value("value"))
        .param(Opt::new("--flag").is_flag(true));
    assert_eq!(words(&cli, &["--name"], ""), [""; 0]);
    assert_eq!(words(&cli, &["--name"], "-"), ["--flag"]);
    assert_eq!(words(&cli, &["--name", "--flag"], "-"), [""; 0]);
}

/// Files and paths leave completion to the shell: one candidate, the
/// incomplete value, of kind file or dir.
#[test]
fn path_types() {
    let cases = [
        (Opt::new("-f").ty(File::new("r")), CompletionKind::File),
        (Opt::new("-f").ty(Path::new()), CompletionKind::File),
        (
            Opt::new("-f").ty(Path::new().file_okay(false)),
            CompletionKind::Dir,
        ),
    ];
    for (opt, kind) in cases {
        let out = items(&Command::new("cli").param(opt), &["-f"], "ab");
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].value(), "ab");
        assert_eq!(out[0].kind_of(), kind);
    }
}

#[test]
fn absolute_path() {
    let out = items(
        &Command::new("cli").param(Opt::new("-f").ty(Path::new())),
        &["-f"],
        "/ab",
    );
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].value(), "/ab");
}

#[test]
fn option_flag() {
    let cli = Command::new("cli")
        .add_help_option(false)
        .param(Opt::new("--on/--off"))
        .param(Arg::new("a").ty(choice(&["a1", "a2", "b"])));
    assert_eq!(words(&cli, &[], "--"), ["--on", "--off"]);
    assert_eq!(words(&cli, &["--on"], "a"), ["a1", "a2"]);
}

#[test]
fn flag_option_with_nargs_option() {
    let cli = Command::new("cli")
        .add_help_option(false)
        .param(Arg::new("a").ty(choice(&["a1", "a2", "b"])))
        .param(Opt::new("--flag").is_flag(true))
        .param(Opt::new("-c").ty(choice(&["p", "q"])).nargs(2));
    assert_eq!(words(&cli, &["a1", "--flag", "-c"], ""), ["p", "q"]);
}

#[test]
fn option_custom() {
    let cli = Command::new("cli")
        .param(Arg::new("x"))
        .param(Arg::new("y"))
        .param(Arg::new("z").shell_complete(|_, _, incomplete| {
            vec![CompletionItem::new(incomplete.to_uppercase())]
        }));
    assert_eq!(words(&cli, &["a", "b"], ""), [""]);
    assert_eq!(words(&cli, &["a", "b"], "c"), ["C"]);
}

#[test]
fn option_multiple() {
    let cli = Command::new("type")
        .param(Opt::new("-m").ty(choice(&["a", "b"])).multiple(true))
        .param(Opt::new("-f"));
    assert_eq!(words(&cli, &["-m"], ""), ["a", "b"]);
    assert!(words(&cli, &["-m", "a"], "-").contains(&"-m".to_string()));
    assert_eq!(words(&cli, &["-m", "a", "-m"], ""), ["a", "b"]);
    assert!(!words(&cli, &["-c", "f"], "-").contains(&"-c".to_string()));
}

#[test]
fn option_nargs() {
    let cli = Command::new("cli").param(Opt::new("-c").ty(choice(&["a", "b"])).nargs(2));
    assert_eq!(words(&cli, &["-c"], ""), ["a", "b"]);
    assert_eq!(words(&cli, &["-c", "a"], ""), ["a", "b"]);
    assert_eq!(words(&cli, &["-c", "a", "b"], ""), [""; 0]);
}

#[test]
fn argument_nargs() {
    let cli = Command::new("cli")
        .param(Arg::new("x").ty(choice(&["a", "b"])).nargs(2))
        .param(Arg::new("y").ty(choice(&["c", "d"])).nargs(-1))
        .param(Opt::new("-z"));
    let cases: [(&[&str], &[&str]); 7] = [
        (&[], &["a", "b"]),
        (&["a"], &["a", "b"]),
        (&["a", "b"], &["c", "d"]),
        (&["a", "b", "c"], &["c", "d"]),
        (&["a", "b", "c", "d"], &["c", "d"]),
        (&["a", "-z", "1"], &["a", "b"]),
        (&["a", "-z", "1", "b"], &["c", "d"]),
    ];
    for (args, want) in cases {
        assert_eq!(words(&cli, args, ""), want, "{args:?}");
    }
}

#[test]
fn double_dash() {
    let cli = Command::new("cli")
        .add_help_option(false)
        .param(Opt::new("--opt"))
        .param(Arg::new("name").ty(choice(&["name", "--", "-o", "--opt"])));
    assert_eq!(words(&cli, &[], "-"), ["--opt"]);
    assert_eq!(words(&cli, &["value"], "-"), ["--opt"]);
    assert_eq!(words(&cli, &[], ""), ["name", "--", "-o", "--opt"]);
    assert_eq!(words(&cli, &["--"], ""), ["name", "--", "-o", "--opt"]);
}

#[test]
fn hidden() {
    let cli = Group::new("cli")
        .command(
            Command::new("hidden")
                .add_help_option(false)
                .hidden(true)
                .param(Opt::new("-a"))
                .param(Opt::new("-b").ty(choice(&["a", "b"])).hidden(true)),
        )
        .into_command();
    assert!(!words(&cli, &[], "").contains(&"hidden".to_string()));
    assert!(!words(&cli, &[], "hidden").contains(&"hidden".to_string()));
    assert_eq!(words(&cli, &["hidden"], "-"), ["-a"]);
    assert_eq!(words(&cli, &["hidden", "-b"], ""), ["a", "b"]);
}

#[test]
fn add_different_name() {
    let cli = Group::new("cli")
        .command_as("renamed", Command::new("original"))
        .into_command();
    let words = words(&cli, &[], "");
    assert!(words.contains(&"renamed".to_string()));
    assert!(!words.contains(&"original".to_string()));
}
