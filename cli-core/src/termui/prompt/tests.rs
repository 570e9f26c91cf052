//! Unit tests of prompts: answers, defaults, retries and the testing runner's echo.

use super::*;

fn ask(io: &Io, hide_input: bool) -> Result<OsString, Error> {
    let request = PromptRequest {
        text: "Name",
        default: None,
        show_default: PromptDefault::Shown,
        choices: None,
        hide_input,
        confirmation: None,
        err: false,
        suffix: ": ",
        keep_bytes: false,
    };
    prompt_in(io, &request, &mut |answer| Ok(answer.unwrap_or_default()))
}

#[test]
fn an_answer_that_is_not_utf8_is_refused_and_asked_again() {
    let io = Io::captured(b"a\xff\nAnn\n".to_vec());
    assert_eq!(ask(&io, false).unwrap(), "Ann");
    assert_eq!(
        io.captured_stdout().unwrap(),
        "Name: a\u{fffd}\nError: 'a\\udcff' is not valid UTF-8 text.\nName: Ann\n"
    );
}

/// With `err`, the prompt and what the runner writes after it (the
/// answer of a visible prompt, a line end after a hidden one, another
/// when input runs out) go to standard error only.
#[test]
fn the_runner_writes_answers_to_the_prompts_stream() {
    for (hide_input, input, want, aborted) in [
        (false, "Ann\n", "Name: Ann\n", false),
        (true, "Ann\n", "Name: \n", false),
        (false, "", "Name: ", true),
        (true, "", "Name: \n\n", true),
    ] {
        let io = Io::captured(input);
        let request = PromptRequest {
            text: "Name",
            default: None,
            show_default: PromptDefault::Shown,
            choices: None,
            hide_input,
            confirmation: None,
            err: true,
            suffix: ": ",
            keep_bytes: false,
        };
        let answer = prompt_in(&io, &request, &mut |a| Ok(a.unwrap_or_default()));
        assert_eq!(answer.is_err(), aborted, "{hide_input} {input:?}");
        assert_eq!(
            io.captured_stderr().unwrap(),
            want,
            "{hide_input} {input:?}"
        );
        assert_eq!(io.captured_stdout().unwrap(), "");
    }
}

#[test]
fn a_hidden_answer_that_is_not_utf8_is_not_shown() {
    let io = Io::captured(b"s\xfe\nok\n".to_vec());
    assert_eq!(ask(&io, true).unwrap(), "ok");
    let out = io.captured_stdout().unwrap();
    assert!(
        out.contains("Error: '***' is not valid UTF-8 text."),
        "{out:?}"
    );
    assert!(!out.contains("\\udcfe"), "{out:?}");
}
