//! The terminal always comes back (issue 20): termination signals while a
//! prompt, `getchar` or a progress bar has changed the terminal, visible
//! prompts that leave the terminal's modes alone (as Python's `input()`
//! does), Ctrl-C during a progress bar, the editor and the pager, and
//! prompt input that is not UTF-8.

use super::{STTY_MODES, Tmux, assert_modes_restored, example, scratch};
use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// A shell command line that runs `example` with `args` as a process whose
/// id is written to `pid_file` (the shell `exec`s it).
fn example_with_pid(pid_file: &Path, example_name: &str, args: &str) -> String {
    format!(
        "sh -c 'echo $$ > \"{}\"; exec \"$0\" \"$@\"' {}",
        pid_file.display(),
        // `example` gives `VAR=name 'binary' args`: turn it into `env ...`.
        format_args!("env {}", example(example_name, args))
    )
}

fn send(signal: &str, pid_file: &Path) {
    let pid = std::fs::read_to_string(pid_file).expect("pid file");
    let status = Command::new("kill")
        .args([&format!("-{signal}"), pid.trim()])
        .status()
        .expect("kill runs");
    assert!(status.success(), "kill -{signal} {pid}");
}

/// The modes of the pane's terminal now, as `stty -a` reports them.
fn live_modes(t: &Tmux) -> String {
    let tty = t.cmd(&["display-message", "-p", "#{pane_tty}"]);
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("stty -a < '{}'", tty.trim()))
        .output()
        .expect("stty runs");
    // Space-separated, so that each mode can be found as ` mode `.
    let text = String::from_utf8_lossy(&out.stdout).replace(';', " ");
    format!(
        " {} ",
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    )
}

fn cursor_shown(t: &Tmux) -> bool {
    t.cmd(&["display-message", "-p", "#{cursor_flag}"]).trim() == "1"
}

/// SIGTERM, SIGHUP and SIGINT from outside at a hidden prompt and at a raw
/// `getchar`: the terminal's modes come back; TERM and HUP end the program
/// as they would (128 + the signal), INT aborts as Ctrl-C does.
pub(super) fn signals_restore_the_terminal() {
    let cases = [
        ("password", "Password:", "TERM", "[exit 143]"),
        ("password", "Password:", "HUP", "[exit 129]"),
        (
            "password",
            "Password:",
            "INT",
            "Password:\nAborted!\n[exit 1]",
        ),
        ("getchar --count 2", "Press 2 keys.", "TERM", "[exit 143]"),
    ];
    for (args, ready, signal, expected) in cases {
        let dir = scratch("signal");
        let pid = dir.join("pid");
        let t = Tmux::run(&format!(
            "{}; echo \"[exit $?]\"; {STTY_MODES}",
            example_with_pid(&pid, "termui", args)
        ));
        t.wait_for(ready);
        // The prompt is shown once the terminal is set up.
        if args == "password" {
            let modes = live_modes(&t);
            assert!(modes.contains(" -echo "), "{modes}");
        } else {
            t.wait_until("raw mode", |_| live_modes(&t).contains(" -icanon "));
        }
        send(signal, &pid);
        let screen = t.wait_for("<modes");
        assert!(screen.contains(expected), "{args} {signal}:\n{screen}");
        assert_modes_restored(&screen);
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// A visible prompt changes nothing in the terminal: it echoes, edits the
/// line and sends Ctrl-C as a signal itself; Ctrl-C then aborts as Click
/// does (`^C` from the terminal, `Aborted!` right after it), and an arrow
/// key is typed as the terminal sends it, as with Python's `input()`.
pub(super) fn visible_prompt_keeps_the_terminal_modes() {
    let t = Tmux::run(&format!(
        "{}; echo \"[exit $?]\"; {STTY_MODES}",
        example("prompts", "survey")
    ));
    t.wait_for("Name:");
    let modes = live_modes(&t);
    for mode in [" echo ", " icanon ", " isig "] {
        assert!(
            modes.contains(mode),
            "{mode} is off at a visible prompt: {modes}"
        );
    }
    t.type_text("Ann");
    t.press("Enter");
    t.wait_for("Age [30]:");
    t.type_text("4x");
    t.press("BSpace");
    t.type_text("2");
    t.press("Left");
    t.press("C-c");
    let screen = t.wait_for("<modes");
    assert!(
        screen.contains("Name: Ann\nAge [30]: 42^[[D^CAborted!\n[exit 1]"),
        "{screen}"
    );
    assert_modes_restored(&screen);
}

/// Ctrl-C during a progress bar: the cursor is shown again, the bar's line
/// ends, `Aborted!` follows a blank line and the exit status is 1, as in
/// Click; SIGTERM shows the cursor again too.
pub(super) fn ctrl_c_during_a_progress_bar() {
    let t = Tmux::run(&format!(
        "{}; echo \"[exit $?]\"",
        example("termui", "progress --count 100000 --delay-us 2000")
    ));
    t.wait_until("a partly drawn bar", |s| s.contains("Processing  [#"));
    assert!(!cursor_shown(&t), "the bar hides the cursor");
    t.press("C-c");
    let screen = t.wait_for("[exit ");
    assert!(screen.contains("^C\n\nAborted!\n[exit 1]"), "{screen}");
    assert!(cursor_shown(&t), "the cursor is still hidden");

    let dir = scratch("bar-term");
    let pid = dir.join("pid");
    let t = Tmux::run(&format!(
        "{}; echo \"[exit $?]\"",
        example_with_pid(&pid, "termui", "progress --count 100000 --delay-us 2000")
    ));
    t.wait_until("a partly drawn bar", |s| s.contains("Processing  [#"));
    send("TERM", &pid);
    let screen = t.wait_for("[exit ");
    assert!(screen.contains("[exit 143]"), "{screen}");
    assert!(cursor_shown(&t), "the cursor is still hidden after SIGTERM");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Ctrl-C while the editor runs reaches the editor; clack waits for it to
/// end, removes the temporary file and aborts (`Aborted!`, exit 1).
pub(super) fn ctrl_c_while_the_editor_runs() {
    let dir = scratch("editor");
    let tmp = dir.join("tmp");
    std::fs::create_dir_all(&tmp).expect("folder");
    let editor = dir.join("editor.sh");
    std::fs::write(
        &editor,
        "trap 'echo editor got INT; sleep 0.5; echo editor done; exit 130' INT\n\
         echo editing \"$1\"\nwhile :; do sleep 0.05; done\n",
    )
    .expect("write the editor");
    let t = Tmux::run(&format!(
        "TMPDIR='{}' EDITOR='sh {}' {}; echo \"[exit $?]\"",
        tmp.display(),
        editor.display(),
        example("termui", "edit")
    ));
    t.wait_for("editing ");
    assert_eq!(super::entries(&tmp).len(), 1, "the temporary file exists");
    t.press("C-c");
    let screen = t.wait_for("[exit ");
    assert!(
        screen.contains("editor got INT\neditor done\n\nAborted!\n[exit 1]"),
        "{screen}"
    );
    assert!(
        super::entries(&tmp).is_empty(),
        "the temporary file is left"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Ctrl-C while `less` pages the output is less's (it cancels a search);
/// clack waits for the pager to be quit and ends normally, as Click does.
pub(super) fn ctrl_c_while_the_pager_runs() {
    let t = Tmux::run(&format!(
        "unset PAGER LESS; {}; echo \"[exit $?]\"",
        example("termui", "pager --lines 100")
    ));
    t.wait_for("   1 lorem ipsum");
    t.press("C-c");
    // Less is still there: it pages on.
    let start = Instant::now();
    while start.elapsed() < std::time::Duration::from_millis(300) {
        assert!(!t.screen(false).contains("[exit "), "{}", t.screen(false));
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    t.press("Space");
    t.wait_for("  40 lorem ipsum");
    t.press("q");
    let screen = t.wait_for("[exit ");
    assert!(screen.contains("[exit 0]"), "{screen}");
}

/// A visible prompt's answer that is not UTF-8 is refused with the message
/// a non-UTF-8 argument gets (Python shows the bytes as surrogate escapes),
/// and the question is asked again; no replacement character gets through.
pub(super) fn non_utf8_prompt_input() {
    let t = Tmux::run(&format!(
        "{}; echo \"[exit $?]\"",
        example("prompts", "survey")
    ));
    t.wait_for("Name:");
    t.type_text("a");
    t.cmd(&["send-keys", "-H", "ff"]);
    t.press("Enter");
    t.wait_for("Error: 'a\\udcff' is not valid UTF-8 text.\nName:");
    t.type_text("Ann");
    t.press("Enter");
    t.wait_for("Age [30]:");
    t.press("C-c");
    let screen = t.wait_for("[exit ");
    assert!(!screen.contains('\u{fffd}'), "{screen}");
    assert!(screen.contains("[exit 1]"), "{screen}");
}
