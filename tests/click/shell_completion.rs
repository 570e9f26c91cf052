//! Click's `tests/test_shell_completion.py`: the candidates completion
//! offers (through `clack::complete::completions`, Click's
//! `ShellComplete.get_completions`).

use std::rc::Rc;
use std::sync::Arc;

use clack::complete::{CompletionItem, CompletionKind, Shell, completions};
use clack::io::Io;
use clack::testing::Runner;
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

/// The group `cli` with commands `a` and `b` (`b` with help "bee").
fn ab_group() -> Group {
    Group::new("cli")
        .command(Command::new("a"))
        .command(Command::new("b").help("bee"))
}

/// What the program prints when `_CLI_COMPLETE` is `instruction`.
fn complete_run(cli: &Group, instruction: &str, env: &[(&str, &str)]) -> String {
    let mut runner = Runner::new()
        .prog_name("cli")
        .env("_CLI_COMPLETE", instruction);
    for (k, v) in env {
        runner = runner.env(k, v);
    }
    let result = runner.invoke(&cli.clone().into_command(), [""; 0]);
    assert_eq!(result.exit_code, 0, "{instruction}: {}", result.stderr);
    result.output
}

#[test]
fn full_source() {
    for shell in ["bash", "zsh", "fish"] {
        let out = complete_run(&ab_group(), &format!("{shell}_source"), &[]);
        assert!(
            out.contains(&format!("_CLI_COMPLETE={shell}_complete")),
            "{shell}: {out}"
        );
    }
}

#[test]
fn full_source_powershell() {
    let out = complete_run(&ab_group(), "powershell_source", &[]);
    assert!(out.contains("Register-ArgumentCompleter"), "{out}");
    assert!(out.contains("powershell_complete"), "{out}");
}

#[test]
fn full_complete() {
    let cases: [(&str, &str, &str, &str); 9] = [
        ("bash", "", "0", "plain,a\nplain,b\n"),
        ("bash", "a b", "1", "plain,b\n"),
        ("zsh", "", "0", "plain\na\n_\nplain\nb\nbee\n"),
        ("zsh", "a b", "1", "plain\nb\nbee\n"),
        ("fish", "", "", "plain,a\nplain,b\tbee\n"),
        ("fish", "a b", "b", "plain,b\tbee\n"),
        ("fish", "a \"b", "\"b", "plain,b\tbee\n"),
        ("powershell", "", "0", "plain\na\n_\nplain\nb\nbee\n"),
        ("powershell", "a b", "1", "plain\nb\nbee\n"),
    ];
    for (shell, words, cword, want) in cases {
        let out = complete_run(
            &ab_group(),
            &format!("{shell}_complete"),
            &[("COMP_WORDS", words), ("COMP_CWORD", cword)],
        );
        assert_eq!(out, want, "{shell} {words:?} {cword:?}");
    }
}

#[test]
fn source_uses_lf_line_endings() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = complete_run(&ab_group(), &format!("{shell}_source"), &[]);
        assert!(!out.contains("\r\n"), "{shell}");
        assert!(out.contains('\n'), "{shell}");
    }
}

#[test]
fn zsh_full_complete_with_colons() {
    let cli = ab_group()
        .command(Command::new("c:d").help("cee:dee"))
        .command(Command::new("c:e"));
    let all = "plain\na\n_\nplain\nb\nbee\nplain\nc\\:d\ncee:dee\nplain\nc:e\n_\n";
    let cs = "plain\nc\\:d\ncee:dee\nplain\nc:e\n_\n";
    for (words, cword, want) in [("", "0", all), ("a c", "1", cs), ("a c:", "1", cs)] {
        let out = complete_run(
            &cli,
            "zsh_complete",
            &[("COMP_WORDS", words), ("COMP_CWORD", cword)],
        );
        assert_eq!(out, want, "{words:?}");
    }
}

/// A case-insensitive choice offers its values in lower case and matches
/// either case; a case-sensitive one matches the case typed.
#[test]
fn choice_case_sensitive() {
    for (sensitive, want) in [(false, vec!["au", "al"]), (true, vec!["al"])] {
        let cli = Command::new("cli")
            .param(Opt::new("-a").ty(choice(&["Au", "al", "Bc"]).case_sensitive(sensitive)));
        assert_eq!(
            words(&cli, &["-a"], "a"),
            want,
            "case_sensitive={sensitive}"
        );
    }
}

/// The open file descriptors of this process.
#[cfg(target_os = "linux")]
fn open_fds() -> usize {
    std::fs::read_dir("/proc/self/fd").map_or(0, |d| d.count())
}

/// Completing a group whose option defaults to a file to read opens it at
/// most while completing: no descriptor is left open after.
#[cfg(target_os = "linux")]
#[test]
fn files_closed() {
    let dir = std::env::temp_dir().join(format!("clack-files-closed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("foo.txt");
    std::fs::write(&config, "bar").unwrap();
    let cli = Group::new("cli")
        .param(
            Opt::new("--config-file")
                .ty(File::new("r"))
                .default(config.to_str().unwrap()),
        )
        .into_command();
    // Other tests open files on other threads; take the smallest count of
    // a few rounds, which a leak would still raise.
    let before = (0..3).map(|_| open_fds()).min().unwrap();
    for _ in 0..50 {
        let _ = words(&cli, &[], "");
    }
    let after = (0..3).map(|_| open_fds()).min().unwrap();
    assert!(
        after < before + 50,
        "descriptors before {before}, after {after}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn fish_format_completion_escapes_help() {
    let item = CompletionItem::new("--at").help("first\nsecond\tthird");
    assert_eq!(
        Shell::Fish.format(&item),
        "plain,--at\tfirst\\nsecond third"
    );
}

#[test]
fn powershell_format_completion_escapes_help() {
    let item = CompletionItem::new("--at").help("first\nsecond\r\nthird");
    assert_eq!(
        Shell::PowerShell.format(&item),
        "plain\n--at\nfirst second  third"
    );
    assert_eq!(
        Shell::PowerShell.format(&CompletionItem::new("--at")),
        "plain\n--at\n_"
    );
}

/// A completion function sees the object the program passed to the root
/// context (Click's `obj=`).
#[test]
fn context_settings() {
    #[derive(Clone)]
    struct Choices(Vec<&'static str>);
    let cli = Command::new("cli").param(Arg::new("x").shell_complete(|ctx, _, _| {
        let choices = ctx.obj::<Choices>().expect("the runner's object");
        let names = choices.borrow().expect("free").0.clone();
        names.into_iter().map(CompletionItem::new).collect()
    }));
    let result = Runner::new()
        .prog_name("cli")
        .settings(ContextSettings::new().obj(Choices(vec!["a", "b"])))
        .env("_CLI_COMPLETE", "bash_complete")
        .env("COMP_WORDS", "")
        .env("COMP_CWORD", "0")
        .invoke(&cli, [""; 0]);
    assert_eq!(result.output, "plain,a\nplain,b\n");
}
