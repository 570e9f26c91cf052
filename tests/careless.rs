//! The library used carelessly, and the loose ends of issue 20: help
//! option names that are no option names, the contexts a completion
//! request opens (closed as a run closes them), and prompt answers that
//! are not UTF-8 (kept for the types that take any bytes).

use std::sync::{Arc, Mutex};

use clack::testing::Runner;
use clack::{Command, ContextSettings, ErrorKind, Group, Opt, Output};

#[test]
fn help_option_names_that_are_no_option_names_are_a_declaration_error() {
    let message = "Error: the command 'tool' is declared wrongly: the option declared as \
                   [\"x\"]: No options defined but a name was passed (x). Did you mean to \
                   declare an argument instead? Did you mean to pass '--x'?\n";
    let plain = Command::new("tool")
        .help_option_names(["x"])
        .callback(|_| Ok(Output::none()));
    let group = Group::new("tool")
        .with(|c| c.help_option_names(["x"]))
        .command(Command::new("sub").callback(|_| Ok(Output::none())))
        .into_command();
    for cmd in [&plain, &group] {
        for args in [&[][..], &["sub"][..], &["--help"][..], &["x"][..]] {
            let result = Runner::new().prog_name("tool").invoke(cmd, args);
            assert_eq!(result.stderr, message, "{args:?}");
            assert_eq!(result.exit_code, 1);
            let kind = result.error.map(|e| e.kind().clone());
            assert_eq!(kind, Some(ErrorKind::Declaration));
        }
    }
    // Set for the whole tree through the runner's settings, too.
    let settings = ContextSettings::new().help_option_names(["x"]);
    let result = Runner::new()
        .prog_name("tool")
        .settings(settings)
        .invoke(&group, ["sub"]);
    assert_eq!((result.stderr.as_str(), result.exit_code), (message, 1));
    // A completion request prints nothing and exits 0, as on any error.
    let result = Runner::new()
        .prog_name("tool")
        .env("_TOOL_COMPLETE", "bash_complete")
        .env("COMP_WORDS", "tool s")
        .env("COMP_CWORD", "1")
        .invoke(&group, [""; 0]);
    assert_eq!((result.stdout.as_str(), result.exit_code), ("", 0));
}

type Log = Arc<Mutex<Vec<String>>>;

/// An option whose callback asks for `name` to be noted in `log` when its
/// context closes; it runs while completing too.
fn noting(log: &Log, name: &'static str) -> Opt {
    let log = log.clone();
    Opt::new(format!("--{name}-opt"))
        .expose_value(false)
        .callback(move |ctx, _param, value: Option<String>| {
            let log = log.clone();
            ctx.call_on_close(move |_| log.lock().unwrap().push(format!("close {name}")));
            Ok(value)
        })
}

fn taken(log: &Log) -> Vec<String> {
    std::mem::take(&mut *log.lock().unwrap())
}

fn complete(cli: &Command, line: &str, cword: usize) -> String {
    let result = Runner::new()
        .prog_name("tool")
        .env("_TOOL_COMPLETE", "bash_complete")
        .env("COMP_WORDS", line)
        .env("COMP_CWORD", cword.to_string())
        .invoke(cli, [""; 0]);
    assert_eq!((result.stderr.as_str(), result.exit_code), ("", 0));
    result.stdout
}

#[test]
fn a_completion_request_closes_the_contexts_it_opened() {
    let log = Log::default();
    let cli = Group::new("tool")
        .param(noting(&log, "tool"))
        .command(
            Group::new("db").param(noting(&log, "db")).command(
                Command::new("migrate")
                    .param(noting(&log, "migrate"))
                    .callback(|_| Ok(Output::none())),
            ),
        )
        .into_command();
    // A run closes them from the innermost out.
    let result = Runner::new().invoke(&cli, ["db", "migrate"]);
    assert_eq!(result.exit_code, 0, "{}", result.stderr);
    assert_eq!(taken(&log), ["close migrate", "close db", "close tool"]);
    // Completing closes each subcommand's as the walk leaves it and the
    // outermost last, in Click 8.5's order.
    let out = complete(&cli, "tool db migrate --", 3);
    assert_eq!(out, "plain,--migrate-opt\nplain,--help\n");
    assert_eq!(taken(&log), ["close db", "close migrate", "close tool"]);
    // A walk that stops at an unknown name closes what it opened.
    assert_eq!(complete(&cli, "tool db nope ", 3), "plain,migrate\n");
    assert_eq!(taken(&log), ["close db", "close tool"]);
}

#[test]
fn a_completion_request_closes_every_context_of_a_chain() {
    let log = Log::default();
    let cli = Group::new("tool")
        .chain(true)
        .param(noting(&log, "tool"))
        .command(Command::new("one").param(noting(&log, "one")))
        .command(Command::new("two").param(noting(&log, "two")))
        .into_command();
    let out = complete(&cli, "tool one two one --", 4);
    assert_eq!(out, "plain,--one-opt\nplain,--help\n");
    assert_eq!(
        taken(&log),
        ["close one", "close two", "close one", "close tool"]
    );
}

#[cfg(unix)]
mod prompts {
    use std::ffi::OsString;
    use std::os::unix::ffi::OsStringExt;
    use std::path::PathBuf;

    use clack::testing::Runner;
    use clack::types::OsText;
    use clack::{Command, Error, Opt, Output};

    #[test]
    fn an_os_string_prompt_keeps_an_answer_that_is_not_utf8() {
        let cmd = Command::new("p")
            .param(Opt::new("--name").prompt("Name"))
            .param(Opt::new("--raw").value_type::<OsString>().prompt("Raw"))
            .param(
                Opt::new("--path")
                    .value_type::<PathBuf>()
                    .prompt("Path")
                    .hide_input(true),
            )
            .callback(|ctx| {
                Ok(Output::new((
                    ctx.get_required::<String>("name")?,
                    ctx.get_required::<OsString>("raw")?,
                    ctx.get_required::<PathBuf>("path")?,
                )))
            });
        let input = b"a\xff\nAnn\nb\xfe\nc\xfd/d\n".to_vec();
        let result = Runner::new().input(input).invoke(&cmd, [""; 0]);
        assert_eq!(result.exit_code, 0, "{}", result.stderr);
        // Text still refuses it and asks again. The runner echoes visible
        // answers (lossily, in its text output) as CliRunner does, and a
        // hidden prompt ends its line without the answer.
        assert_eq!(
            result.stdout,
            "Name: a\u{fffd}\nError: 'a\\udcff' is not valid UTF-8 text.\nName: Ann\n\
             Raw: b\u{fffd}\nPath: \n"
        );
        assert_eq!(result.stderr, "");
        let got = result.output_value.expect("a value");
        let got = got.downcast::<(String, OsString, PathBuf)>().ok();
        let want = (
            "Ann".to_string(),
            OsString::from_vec(b"b\xfe".to_vec()),
            PathBuf::from(OsString::from_vec(b"c\xfd/d".to_vec())),
        );
        assert_eq!(got, Some(want));
    }

    #[test]
    fn a_typed_prompt_passes_the_bytes_to_its_type() {
        let cmd = Command::new("q").callback(|_| {
            let raw = clack::termui::prompt("Raw").ty(OsText).ask()?;
            let text = clack::termui::prompt("Text").ask()?;
            let hidden = clack::termui::prompt("Secret").hide_input(true).ask()?;
            let checked = clack::termui::prompt("Word").ask_with(|t| Ok::<_, Error>(t.len()))?;
            Ok(Output::new((raw, text, hidden, checked)))
        });
        let input = b"x\xff\nt\xfe\nok\ns\xfd\nfine\nw\xfc\nword\n".to_vec();
        let result = Runner::new().input(input).invoke(&cmd, [""; 0]);
        assert_eq!(result.exit_code, 0, "{}", result.stderr);
        assert_eq!(
            result.stdout,
            "Raw: x\u{fffd}\nText: t\u{fffd}\nError: 't\\udcfe' is not valid UTF-8 text.\n\
             Text: ok\nSecret: \nError: '***' is not valid UTF-8 text.\nSecret: \n\
             Word: w\u{fffd}\nError: 'w\\udcfc' is not valid UTF-8 text.\nWord: word\n"
        );
        assert_eq!(result.stderr, "");
        let got = result.output_value.expect("a value");
        let got = got.downcast::<(OsString, String, String, usize)>().ok();
        let raw = OsString::from_vec(b"x\xff".to_vec());
        assert_eq!(got, Some((raw, "ok".into(), "fine".into(), 4)));
    }
}
