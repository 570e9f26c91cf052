//! Shell completion, protocol level: a program built with the builder API
//! answers `_TOOL_COMPLETE={shell}_complete` requests exactly as its Click
//! twin does.
//!
//! `completion/tool.py` is the Click program, `completion/cases.txt` the
//! requests (`shell|COMP_WORDS|COMP_CWORD`), and
//! `completion/click_replies.txt` what Click 8.5.1 answered, recorded with
//! `run_cases.sh`-style replay:
//!
//! ```text
//! while IFS='|' read -r shell words cword; do
//!   printf '=== %s|%s|%s\n' "$shell" "$words" "$cword"
//!   env _TOOL_COMPLETE=${shell}_complete COMP_WORDS="$words" COMP_CWORD="$cword" \
//!     python tool.py </dev/null 2>&1
//!   echo "--- exit $?"
//! done < cases.txt
//! ```

#![cfg(feature = "completion")]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use clack_core::complete::{CompletionItem, CompletionKind, completions};
use clack_core::testing::Runner;
use clack_core::types::{Choice, File, Path};
use clack_core::{Arg, Command, ContextSettings, Error, Group, Opt, Output};

/// The twin of `completion/tool.py`; `ran` counts callbacks that ran.
fn tool(ran: &Arc<AtomicUsize>) -> Command {
    let count = |ran: &Arc<AtomicUsize>| {
        let ran = ran.clone();
        move |_ctx: &clack_core::Context| {
            ran.fetch_add(1, Ordering::SeqCst);
            Ok(Output::none())
        }
    };
    let run = Command::new("run")
        .help("Run it in MODE with a rather long help text that will be cut off somewhere.")
        .param(Arg::new("mode").ty(Choice::new(["fast", "slow", "a:b", "c d"])))
        .param(
            Opt::new("--level")
                .prompt_auto()
                .ty(Choice::new(["hi", "lo"])),
        )
        .param(Opt::new("--pair").ty(Choice::new(["x", "y"])).nargs(2))
        .param(
            Opt::new("--flagval")
                .is_flag(false)
                .flag_value("dflt")
                .ty(Choice::new(["dflt", "other"])),
        )
        .param(Arg::new("files").nargs(-1).ty(Path::new()))
        .callback(count(ran));
    let save = Command::new("save")
        .help("Long help.")
        .short_help("Short one.")
        .param(Arg::new("out").ty(File::new("w")))
        .param(Arg::new("where").ty(Path::new().file_okay(false)))
        .param(Arg::new("flag").value_type::<bool>())
        .callback(count(ran));
    let pipe = Group::new("pipe")
        .chain(true)
        .help("Chain.")
        .command(
            Command::new("a")
                .help("A step.")
                .param(Opt::new("--x").ty(Choice::new(["1", "2"]))),
        )
        .command(
            Command::new("b")
                .help("B step.")
                .param(Arg::new("v").ty(Choice::new(["p", "q"]))),
        )
        .command(Command::new("c"))
        .callback(count(ran));
    let db = Group::new("db").help("Database.").command(
        Command::new("migrate")
            .help("Migrate.")
            .param(Opt::new("--to").ty(Choice::new(["head", "base"])))
            .callback(count(ran)),
    );
    Group::new("tool")
        .help("The tool.")
        .param(Opt::new(["--verbose", "-v"]).flag().help("Be loud."))
        .param(Opt::new("--name").help("A name:\nwith lines\tand tab."))
        .param(Opt::new("--tag").multiple(true).help("Tags."))
        .param(Opt::new("--secret-opt").hidden(true))
        .param(
            Opt::new(["--out", "-o"])
                .ty(Choice::new(["json", "text", "Yaml"]).case_sensitive(false))
                .help("Format."),
        )
        .param(Opt::new(["--count", "-c"]).count())
        .param(Opt::new("--shout/--no-shout").default(false).help("Shout."))
        .callback(count(ran))
        .command(run)
        .command(Command::new("secret").hidden(true).help("Hidden."))
        .command(Command::new("old").deprecated().help("Old command."))
        .command(save)
        .command(pipe)
        .command(db)
        .into_command()
}

/// One recorded request and Click's reply.
struct Case {
    shell: String,
    words: String,
    cword: String,
    reply: String,
    exit: i32,
}

fn recorded() -> Vec<Case> {
    let text = include_str!("completion/click_replies.txt");
    let mut cases = Vec::new();
    for block in text.split("=== ").skip(1) {
        let (header, rest) = block.split_once('\n').unwrap_or((block, ""));
        let mut fields = header.splitn(3, '|');
        let shell = fields.next().unwrap_or_default().to_string();
        let words = fields.next().unwrap_or_default().to_string();
        let cword = fields.next().unwrap_or_default().to_string();
        let (reply, exit) = rest.rsplit_once("--- exit ").unwrap_or((rest, "-1"));
        cases.push(Case {
            shell,
            words,
            cword,
            reply: reply.to_string(),
            exit: exit.trim().parse().unwrap_or(-1),
        });
    }
    cases
}

#[test]
fn replies_match_click_byte_for_byte() {
    let cases = recorded();
    assert!(cases.len() > 50, "the recording has {} cases", cases.len());
    let ran = Arc::new(AtomicUsize::new(0));
    let cmd = tool(&ran);
    let mut failures = Vec::new();
    for case in &cases {
        let result = Runner::new()
            .prog_name("tool")
            .env("_TOOL_COMPLETE", format!("{}_complete", case.shell))
            .env("COMP_WORDS", &case.words)
            .env("COMP_CWORD", &case.cword)
            .invoke(&cmd, Vec::<String>::new());
        if result.output != case.reply || result.exit_code != case.exit {
            failures.push(format!(
                "{}|{}|{}\n  click: {:?} exit {}\n  clack: {:?} exit {}",
                case.shell,
                case.words,
                case.cword,
                case.reply,
                case.exit,
                result.output,
                result.exit_code
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(
        ran.load(Ordering::SeqCst),
        0,
        "a callback ran while completing"
    );
}

fn complete_with(env: &[(&str, &str)]) -> clack_core::testing::RunResult {
    let ran = Arc::new(AtomicUsize::new(0));
    let mut runner = Runner::new().prog_name("tool");
    for (k, v) in env {
        runner = runner.env(*k, *v);
    }
    let result = runner.invoke(&tool(&ran), Vec::<String>::new());
    assert_eq!(ran.load(Ordering::SeqCst), 0);
    result
}

#[test]
fn unknown_shells_and_instructions_exit_1_silently() {
    for value in ["tcsh_complete", "bash_foo", "bash", "nonsense"] {
        let result = complete_with(&[("_TOOL_COMPLETE", value)]);
        assert_eq!(
            (result.exit_code, result.output.as_str()),
            (1, ""),
            "{value}"
        );
    }
}

#[test]
fn an_empty_variable_runs_the_program() {
    let ran = Arc::new(AtomicUsize::new(0));
    let result = Runner::new()
        .prog_name("tool")
        .env("_TOOL_COMPLETE", "")
        .invoke(&tool(&ran), ["db", "migrate"]);
    assert_eq!(result.exit_code, 0, "{}", result.output);
    assert_eq!(ran.load(Ordering::SeqCst), 2);
}

#[test]
fn malformed_requests_print_nothing_and_exit_0() {
    let cases: [&[(&str, &str)]; 4] = [
        &[("_TOOL_COMPLETE", "bash_complete")],
        &[("_TOOL_COMPLETE", "zsh_complete"), ("COMP_WORDS", "tool ")],
        &[
            ("_TOOL_COMPLETE", "bash_complete"),
            ("COMP_WORDS", "tool "),
            ("COMP_CWORD", "one"),
        ],
        &[
            ("_TOOL_COMPLETE", "fish_complete"),
            ("COMP_WORDS", "tool "),
            ("COMP_CWORD", " "),
        ],
    ];
    for env in cases {
        let result = complete_with(env);
        assert_eq!(
            (result.exit_code, result.output.as_str()),
            (0, ""),
            "{env:?}"
        );
    }
}

#[test]
fn errors_while_resolving_print_nothing() {
    let broken = Group::new("tool")
        .with(|c| c.before_parse(|_ctx| Err(Error::failure("cannot load the app"))))
        .command(Command::new("run"))
        .into_command();
    let result = Runner::new()
        .prog_name("tool")
        .env("_TOOL_COMPLETE", "bash_complete")
        .env("COMP_WORDS", "tool ")
        .env("COMP_CWORD", "1")
        .invoke(&broken, Vec::<String>::new());
    assert_eq!((result.exit_code, result.output.as_str()), (0, ""));
}

#[test]
fn sources_print_a_script_and_exit_0() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let result = Runner::new()
            .prog_name("my-tool")
            .env("_MY_TOOL_COMPLETE", format!("{shell}_source"))
            .invoke(&tool(&Arc::default()), Vec::<String>::new());
        assert_eq!(result.exit_code, 0, "{shell}");
        assert!(result.stdout.contains("_MY_TOOL_COMPLETE"), "{shell}");
        assert!(result.stdout.ends_with('\n'), "{shell}");
    }
}

#[test]
fn a_custom_variable_name() {
    let run_with = |var: &str| {
        let ran = Arc::new(AtomicUsize::new(0));
        let env = clack_core::io::Env::empty();
        env.set(var, "bash_complete");
        env.set("COMP_WORDS", "tool ");
        env.set("COMP_CWORD", "1");
        let code = tool(&ran).run(
            clack_core::Run::new()
                .prog_name("tool")
                .complete_var("_TAB")
                .args(["db", "migrate"])
                .io(clack_core::io::Io::captured("").with_env(env)),
        );
        (code, ran.load(Ordering::SeqCst))
    };
    // The custom variable answers (no callback runs), the default one is
    // an ordinary variable then.
    assert_eq!(run_with("_TAB"), (0, 0));
    assert_eq!(run_with("_TOOL_COMPLETE"), (0, 2));
}

#[test]
fn custom_functions_and_types_complete_values() {
    let cmd = Arc::new(
        Command::new("tool")
            .param(
                Opt::new(["--env", "-e"]).shell_complete(|_ctx, _param, incomplete| {
                    ["dev", "prod"]
                        .iter()
                        .filter(|e| e.starts_with(incomplete))
                        .map(|e| CompletionItem::new(*e).help("an environment"))
                        .collect()
                }),
            )
            .param(Arg::new("dir").ty(Path::new().file_okay(false))),
    );
    let io = || std::rc::Rc::new(clack_core::io::Io::captured(""));
    let settings = ContextSettings::new();
    let got = |args: &[&str], incomplete: &str| {
        let args = args.iter().map(|s| s.to_string()).collect();
        completions(&cmd, "tool", args, incomplete, io(), &settings).unwrap_or_default()
    };
    let values = |items: Vec<CompletionItem>| -> Vec<String> {
        items.iter().map(|i| i.value().to_string()).collect()
    };
    assert_eq!(values(got(&["--env"], "p")), ["prod"]);
    assert_eq!(values(got(&["-e"], "")), ["dev", "prod"]);
    assert_eq!(values(got(&[], "--env=d")), ["dev"]);
    assert_eq!(got(&["-e"], "d")[0].help_text(), Some("an environment"));
    let dir = got(&[], "sub/");
    assert_eq!(dir.len(), 1);
    assert_eq!(dir[0].kind_of(), CompletionKind::Dir);
    assert_eq!(dir[0].value(), "sub/");
}

/// A value a reply cannot carry is left out, with the reason on stderr:
/// a newline for every shell, and for fish a tab or (outside quotes) a
/// leading `~`.
#[test]
fn values_a_shell_cannot_carry_are_refused() {
    let cmd = Command::new("tool").param(Arg::new("x").shell_complete(|_, _, _| {
        ["ok", "two\nlines", "tab\there", "~x"]
            .into_iter()
            .map(CompletionItem::new)
            .collect()
    }));
    let ask = |shell: &str, cword: &str| {
        Runner::new()
            .prog_name("tool")
            .env("_TOOL_COMPLETE", format!("{shell}_complete"))
            .env("COMP_WORDS", "tool ")
            .env("COMP_CWORD", cword)
            .invoke(&cmd, Vec::<String>::new())
    };
    let bash = ask("bash", "1");
    assert_eq!(bash.stdout, "plain,ok\nplain,tab\there\nplain,~x\n");
    assert_eq!(
        bash.stderr,
        "Completion value \"two\\nlines\" left out for bash: \
         it holds a newline, and the reply has one value a line.\n"
    );
    let fish = ask("fish", "");
    assert_eq!(fish.stdout, "plain,ok\n");
    assert_eq!(fish.stderr.lines().count(), 3, "{}", fish.stderr);
    assert!(
        fish.stderr
            .contains("\"~x\" left out for fish: it starts with ~")
    );
    assert_eq!(ask("fish", "'").stdout, "plain,ok\nplain,~x\n");
}
