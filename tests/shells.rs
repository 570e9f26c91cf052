//! Completion in real shells: the `shipit` example's scripts are loaded into
//! bash, zsh and fish, each shell is asked to complete a partial command
//! line, and the candidates it would offer are checked.
//!
//! - bash: the registered function is called the way readline calls it
//!   (`COMP_WORDS` split at `COMP_WORDBREAKS`, `COMP_CWORD`), and
//!   `COMPREPLY` is read; when it is empty, the `compopt -o default` /
//!   `-o dirnames` fallback is emulated with `compgen`.
//! - zsh: an interactive `zsh -f` on a `zpty` pseudo-terminal runs
//!   `compinit`, sources the script and reports every match `compadd`
//!   accepts when Tab is typed.
//! - fish: `complete -C LINE`.
//!
//! A missing shell skips its tests with a message, unless
//! `CLACK_REQUIRE_SHELLS=1` (set by `.ci/run`), which makes it a failure.
//! Hostile values (spaces, quotes, `$(touch pwned)`, newlines) must reach
//! the command line as literal text: nothing may run them. The tmux tests
//! (`*_tab_then_enter_*`) type Tab and Enter into a real interactive shell
//! in every quoting context, with `!!` primed to paste `$(touch pwned)`,
//! and check the exact arguments the command ran with.

#![cfg(feature = "completion")]

#[path = "support/examples.rs"]
mod examples;
#[path = "shells/support.rs"]
mod shells_support;
#[path = "shells/tmux.rs"]
mod tmux;

use clack::complete::CompletionItem;
use shells_support::{Fixture, Shell, click_python};
use tmux::Session;

/// The values of the candidates, in the shell's order.
fn values(items: &[(String, String)]) -> Vec<&str> {
    items.iter().map(|(v, _)| v.as_str()).collect()
}

/// The candidates as `value<TAB>help`.
fn with_help(items: &[(String, String)]) -> Vec<String> {
    items.iter().map(|(v, h)| format!("{v}\t{h}")).collect()
}

fn sorted(mut v: Vec<&str>) -> Vec<&str> {
    v.sort_unstable();
    v
}

#[test]
fn bash_offers_what_click_offers() {
    let Some(fx) = Fixture::new(Shell::Bash, "bash-shipit") else {
        return;
    };
    fx.mkdir("sub");
    fx.mkdir("subdir2");
    fx.touch("settings.toml");
    fx.touch("sfile");
    let c = |line: &str| fx.complete(line);
    assert_eq!(values(&c("shipit ")), ["deploy", "secrets", "upload"]);
    assert_eq!(values(&c("shipit d")), ["deploy"]);
    assert_eq!(values(&c("shipit deploy ")), ["api", "auth", "worker"]);
    assert_eq!(
        values(&c("shipit deploy api --env p")),
        ["preview", "production"]
    );
    assert_eq!(
        values(&c("shipit deploy api --strategy ")),
        ["rolling", "blue-green", "recreate"]
    );
    assert_eq!(
        values(&c("shipit deploy api -")),
        ["--env", "-e", "--strategy", "--dry-run", "--help"]
    );
    assert_eq!(values(&c("shipit secrets set key s")), ["staging"]);
    // A quoted word gets the value as it is; readline closes the quote.
    assert_eq!(values(&c("shipit deploy \"a")), ["api", "auth"]);
    // `--env=` is split by COMP_WORDBREAKS: the value after `=` completes.
    assert_eq!(
        values(&c("shipit deploy api --env=")),
        ["development", "preview", "production", "staging"]
    );
    // Folders and files are left to bash.
    assert_eq!(sorted(values(&c("shipit upload s"))), ["sub/", "subdir2/"]);
    assert_eq!(
        sorted(values(&c("shipit --config s"))),
        ["settings.toml", "sfile", "sub", "subdir2"]
    );
    // The hidden command is never offered, but still completes.
    assert!(values(&c("shipit de")).iter().all(|v| *v != "debug-dump"));
}

#[test]
fn zsh_offers_what_click_offers() {
    let Some(fx) = Fixture::new(Shell::Zsh, "zsh-shipit") else {
        return;
    };
    fx.mkdir("sub");
    fx.mkdir("subdir2");
    fx.touch("sfile");
    let c = |line: &str| fx.complete(line);
    assert_eq!(
        with_help(&c("shipit ")),
        [
            "deploy\tDeploy SERVICE.",
            "secrets\tManage secrets.",
            "upload\tUpload FILES from the folder SOURCE."
        ]
    );
    assert_eq!(
        with_help(&c("shipit deploy ")),
        [
            "api\tThe public API",
            "auth\tSign-in service",
            "worker\tBackground jobs"
        ]
    );
    assert_eq!(
        values(&c("shipit deploy api --env p")),
        ["preview", "production"]
    );
    assert_eq!(
        values(&c("shipit deploy api --strategy ")),
        ["rolling", "blue-green", "recreate"]
    );
    let options = c("shipit deploy api --");
    assert_eq!(
        values(&options),
        ["--env", "--strategy", "--dry-run", "--help"]
    );
    assert_eq!(options[0].1, "Where to deploy.");
    assert_eq!(sorted(values(&c("shipit upload s"))), ["sub", "subdir2"]);
    assert_eq!(values(&c("shipit secrets ")), ["list", "set"]);
}

#[test]
fn fish_offers_what_click_offers() {
    let Some(fx) = Fixture::new(Shell::Fish, "fish-shipit") else {
        return;
    };
    fx.mkdir("sub");
    fx.mkdir("subdir2");
    fx.touch("sfile");
    let c = |line: &str| fx.complete(line);
    assert_eq!(
        with_help(&c("shipit ")),
        [
            "deploy\tDeploy SERVICE.",
            "secrets\tManage secrets.",
            "upload\tUpload FILES from the folder SOURCE."
        ]
    );
    assert_eq!(
        with_help(&c("shipit deploy a")),
        ["api\tThe public API", "auth\tSign-in service"]
    );
    assert_eq!(
        values(&c("shipit deploy api --env p")),
        ["preview", "production"]
    );
    assert_eq!(
        sorted(values(&c("shipit deploy api --strategy "))),
        ["blue-green", "recreate", "rolling"]
    );
    assert_eq!(sorted(values(&c("shipit upload s"))), ["sub/", "subdir2/"]);
    assert_eq!(
        sorted(values(&c("shipit --config s"))),
        ["sfile", "sub/", "subdir2/"]
    );
    assert_eq!(values(&c("shipit secrets set key s")), ["staging"]);
}

/// Canned replies with shell syntax in them, from a stand-in program.
const HOSTILE: [&str; 8] = [
    "$(touch pwned)",
    "comma,value",
    "`touch pwned`",
    "two words",
    "it's \"quoted\"",
    "semi;touch pwned",
    "star*",
    "back\\slash",
];

#[test]
fn bash_never_runs_what_it_completes() {
    let Some(fx) = Fixture::new(Shell::Bash, "bash-hostile") else {
        return;
    };
    fx.stand_in(&HOSTILE);
    fx.touch("star-file");
    let offered = fx.complete("shipit x");
    // Each candidate, put on a command line, is one word: the value.
    assert_eq!(offered.len(), HOSTILE.len(), "{offered:?}");
    for ((word, _), value) in offered.iter().zip(HOSTILE) {
        assert_eq!(fx.words(word), [value], "{word}");
    }
    for quote in ["'", "\""] {
        let offered = fx.complete(&format!("shipit {quote}x"));
        for ((word, _), value) in offered.iter().zip(HOSTILE) {
            // As readline inserts it: a leading quote replaces the one
            // typed, and the quote is closed unless the text ends with one.
            let mut line = match word.starts_with(quote) {
                true => word.clone(),
                false => format!("{quote}{word}"),
            };
            if !line.ends_with(quote) {
                line.push_str(quote);
            }
            assert_eq!(fx.words(&line), [value], "{line}");
        }
    }
    fx.assert_not_pwned();
}

#[test]
fn zsh_never_runs_what_it_completes() {
    let Some(fx) = Fixture::new(Shell::Zsh, "zsh-hostile") else {
        return;
    };
    fx.stand_in(&HOSTILE);
    // zsh offers each value quoted for the command line.
    let offered = fx.complete("shipit x");
    assert_eq!(offered.len(), HOSTILE.len(), "{offered:?}");
    for ((word, _), value) in offered.iter().zip(HOSTILE) {
        assert_eq!(fx.words(word), [value], "{word}");
    }
    fx.assert_not_pwned();
}

#[test]
fn fish_never_runs_what_it_completes() {
    let Some(fx) = Fixture::new(Shell::Fish, "fish-hostile") else {
        return;
    };
    fx.stand_in(&HOSTILE);
    let mut expected = HOSTILE.to_vec();
    expected.sort_unstable();
    // fish filters by the word typed: complete an empty one.
    assert_eq!(sorted(values(&fx.complete("shipit "))), expected);
    fx.assert_not_pwned();
}

/// Folder names with shell syntax and a newline, completed by the real
/// program in every shell.
#[test]
fn hostile_file_names_stay_names() {
    let names = [
        "d $(touch pwned)",
        "d `touch pwned`",
        "d 'q\" x",
        "d\nnewline",
    ];
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        let Some(fx) = Fixture::new(shell, "names") else {
            continue;
        };
        for name in names {
            fx.mkdir(name);
        }
        let offered = fx.complete("shipit upload d");
        let offered: Vec<String> = offered
            .iter()
            .map(|(v, _)| match shell {
                // zsh offers names quoted for the command line.
                Shell::Zsh => fx.words(v).concat(),
                _ => v.clone(),
            })
            .map(|v| v.trim_end_matches('/').to_string())
            .collect();
        for name in &names[..3] {
            assert!(
                offered.iter().any(|v| v == name),
                "{shell:?}: {name:?} not in {offered:?}"
            );
        }
        let line = "shipit deploy '$(touch pwned)' --env \"`touch pwned`\" ";
        let _ = fx.complete(line);
        fx.assert_not_pwned();
    }
}

/// The strongest check: for the same partial command lines, each shell
/// offers the same candidates with clack's script and the example as with
/// Click's script and `shipit.py` (Click's quirks included, such as
/// nothing for `--env=p` in bash). Needs the conformance venv.
#[test]
fn every_shell_offers_what_it_offers_with_click() {
    let Some(python) = click_python() else {
        eprintln!(
            "skipped: no target/conformance-venv with click (run .ci/run or the conformance runner)"
        );
        return;
    };
    let lines = [
        "shipit ",
        "shipit d",
        "shipit deploy ",
        "shipit deploy a",
        "shipit deploy api --env p",
        "shipit deploy api --strategy ",
        "shipit deploy api -",
        "shipit deploy api --",
        "shipit deploy api --env=",
        "shipit deploy api --env=p",
        "shipit deploy \"a",
        "shipit upload s",
        "shipit upload sub s",
        "shipit --config s",
        "shipit secrets ",
        "shipit secrets set key s",
        "shipit -v d",
    ];
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        let Some(ours) = Fixture::new(shell, "vs-click") else {
            continue;
        };
        let Some(theirs) = Fixture::with_program(shell, "click", Some(&python)) else {
            continue;
        };
        for fx in [&ours, &theirs] {
            fx.mkdir("sub");
            fx.mkdir("subdir2");
            fx.touch("sfile");
            fx.touch("settings.toml");
        }
        for line in lines {
            let expected = theirs.complete(line);
            assert_eq!(ours.complete(line), expected, "{shell:?}: {line:?}");
        }
    }
}

/// Values with every kind of shell syntax: history expansion (`!`, `!!`),
/// command substitution, quotes, backslashes (one at the end), a tab,
/// `~`, globs, a leading `-`.
const NASTY: [&str; 10] = [
    "a!!b",
    "!x!",
    "$(touch pwned)",
    "`touch pwned`",
    "it's \"q\"",
    "'\"",
    "back\\slash\\",
    "tab\t$(touch pwned)",
    "~root/x*",
    "-n ?[a]{b,c}#;|&<>",
];

/// In a real interactive shell, Tab inserts each value (with `help`, when
/// given) into every quoting context the shell has, and Enter then runs
/// the command with exactly that value: nothing else runs, no quote is
/// left open. History is primed so that an expanded `!!` would run
/// `touch pwned`.
fn tab_then_enter_in(shell: Shell, contexts: &[&str], values: &[&str], help: Option<&str>) {
    let Some(fx) = Fixture::new(shell, "tmux") else {
        return;
    };
    fx.stand_in(&[]);
    let Some(session) = Session::start(&fx) else {
        return;
    };
    let mut failures = Vec::new();
    for context in contexts {
        // A quote opened inside a word: the value starts with that word.
        let head: String = context
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect();
        for value in values {
            let value = format!("{head}{value}");
            let mut item = CompletionItem::new(value.as_str());
            if let Some(help) = help {
                item = item.help(help);
            }
            fx.reply_with(&[item], context);
            let outcome = session.tab_enter(": '$(touch pwned)'", &format!("shipit {context}"));
            let pwned = fx.work().join("pwned");
            if pwned.exists() {
                failures.push(format!("{context:?} {value:?}: RAN CODE: {outcome:?}"));
                std::fs::remove_file(pwned).expect("remove pwned");
            } else if outcome.argv.as_deref() != Some(&[value.clone()][..]) {
                let (line, argv) = (outcome.line, outcome.argv);
                failures.push(format!(
                    "{context:?} {value:?}: line {line:?}, argv {argv:?}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{shell:?}:\n{}", failures.join("\n"));
    fx.assert_not_pwned();
}

#[test]
fn bash_tab_then_enter_keeps_every_value_in_every_quote() {
    let contexts = ["", "'", "\"", "$'", "a'", "a\"", "a$'"];
    tab_then_enter_in(Shell::Bash, &contexts, &NASTY, None);
}

#[test]
fn zsh_tab_then_enter_keeps_every_value_in_every_quote() {
    let contexts = ["", "'", "\"", "$'", "a'", "a\""];
    tab_then_enter_in(Shell::Zsh, &contexts, &NASTY, None);
    // With help, values go through `_describe`, which unescapes them.
    tab_then_enter_in(Shell::Zsh, &["", "'"], &NASTY, Some("some: help"));
}

#[test]
fn fish_tab_then_enter_keeps_every_value_in_every_quote() {
    // fish cannot carry a tab in a value, nor a leading `~` outside
    // quotes: those are refused (see `refused_values`).
    let values: Vec<&str> = NASTY
        .iter()
        .copied()
        .filter(|v| !v.contains('\t'))
        .collect();
    let plain: Vec<&str> = values
        .iter()
        .copied()
        .filter(|v| !v.starts_with('~'))
        .collect();
    tab_then_enter_in(Shell::Fish, &[""], &plain, Some("some help"));
    tab_then_enter_in(Shell::Fish, &["'", "\"", "a'", "a\""], &values, None);
}

/// A program whose name holds shell syntax: each shell's script, printed by
/// the program itself, loads without running any of it, and completes the
/// program under its exact name. (fish's `complete --command` reads `$`,
/// quotes, `\\`, `~` and braces in a name as syntax of its own, so the
/// name fish completes has only what its command substitution needs.)
#[test]
fn program_names_with_shell_syntax_are_quoted() {
    let posix_name = "s $(touch pwned);`touch pwned`'\"\\x";
    let fish_name = "s (touch pwned); x";
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        let Some(fx) = Fixture::new(shell, "name") else {
            continue;
        };
        // Loading never runs anything in the name.
        fx.link_program(posix_name);
        fx.write_script_of(posix_name);
        let offered: Vec<String> = match shell {
            Shell::Bash => fx.bash_call_function(posix_name),
            Shell::Zsh => {
                values(&fx.complete(&format!("{} ", shells_support::sh_quote(posix_name))))
                    .into_iter()
                    .map(str::to_string)
                    .collect()
            }
            Shell::Fish => {
                let _ = fx.complete("true ");
                fx.assert_not_pwned();
                fx.link_program(fish_name);
                fx.write_script_of(fish_name);
                values(&fx.complete("s\\ \\(touch\\ pwned\\)\\;\\ x "))
                    .into_iter()
                    .map(str::to_string)
                    .collect()
            }
        };
        assert_eq!(offered, ["deploy", "secrets", "upload"], "{shell:?}");
        fx.assert_not_pwned();
    }
}
