//! The terminal behaviour of the `termui` and `prompts` examples on a real
//! pseudo-terminal, driven through tmux: hidden input is not echoed, Ctrl-C
//! at a prompt aborts with the terminal's settings restored, the progress
//! bar draws and finishes on one line, styles reach a terminal and not a
//! pipe; and an atomic write killed half-way leaves the old file alone.
//!
//! This file is its own `main` (`harness = false`): run with
//! `CLACK_TERMINAL_EXAMPLE=termui` (or `prompts`) it is that example, so the
//! tests need no separately built binaries. Without tmux the tmux tests are
//! skipped with a message, unless `CLACK_REQUIRE_SHELLS=1` (set by
//! `.ci/run`), which makes a missing tmux a failure. Every wait polls the
//! screen for the expected text, with a timeout.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

#[allow(dead_code)]
#[path = "../examples/prompts.rs"]
mod prompts_example;
#[allow(dead_code, unreachable_pub)]
#[path = "../examples/repo.rs"]
mod repo_example;
#[path = "terminal/signals.rs"]
mod signals;
#[allow(dead_code)]
#[path = "../examples/termui.rs"]
mod termui_example;

const EXAMPLE_VAR: &str = "CLACK_TERMINAL_EXAMPLE";
const TIMEOUT: Duration = Duration::from_secs(20);

type Test = (&'static str, bool, fn());

fn main() {
    match std::env::var(EXAMPLE_VAR).as_deref() {
        Ok("termui") => return termui_example::main(),
        Ok("prompts") => return prompts_example::main(),
        Ok("repo") => std::process::exit(
            repo_example::cli::command().run(clack::Run::new().prog_name("repo")),
        ),
        _ => {}
    }
    let tests: &[Test] = &[
        ("password_is_not_echoed", true, password_is_not_echoed),
        (
            "ctrl_c_at_hidden_prompt_restores_the_terminal",
            true,
            ctrl_c_at_hidden_prompt,
        ),
        (
            "end_of_input_at_hidden_prompt_restores_the_terminal",
            true,
            end_of_input_at_hidden_prompt,
        ),
        (
            "signals_at_a_hidden_prompt_or_getchar_restore_the_terminal",
            true,
            signals::signals_restore_the_terminal,
        ),
        (
            "visible_prompt_keeps_the_terminal_modes",
            true,
            signals::visible_prompt_keeps_the_terminal_modes,
        ),
        (
            "ctrl_c_during_a_progress_bar_shows_the_cursor_and_aborts",
            true,
            signals::ctrl_c_during_a_progress_bar,
        ),
        (
            "ctrl_c_while_the_editor_runs_waits_and_cleans_up",
            true,
            signals::ctrl_c_while_the_editor_runs,
        ),
        (
            "ctrl_c_while_the_pager_runs_is_the_pagers",
            true,
            signals::ctrl_c_while_the_pager_runs,
        ),
        (
            "styled_help_on_a_terminal_only",
            true,
            styled_help_on_a_terminal_only,
        ),
        (
            "non_utf8_prompt_input_is_refused",
            true,
            signals::non_utf8_prompt_input,
        ),
        (
            "getchar_reads_keys_raw_and_ctrl_c_aborts",
            true,
            getchar_raw,
        ),
        (
            "getchar_asks_the_terminal_when_input_is_redirected",
            true,
            getchar_redirected,
        ),
        ("pager_shows_styles_through_less", true, pager_through_less),
        (
            "typed_text_stays_out_of_redirected_output",
            true,
            echo_with_redirected_output,
        ),
        (
            "progress_bar_draws_and_finishes_on_one_line",
            true,
            progress_bar_on_one_line,
        ),
        (
            "styles_on_a_terminal_not_in_a_pipe",
            true,
            styles_on_terminal_only,
        ),
        (
            "killed_atomic_write_leaves_the_old_file",
            false,
            killed_atomic_write,
        ),
    ];
    // The test harness's arguments: name filters, `--skip NAME`, `--list`;
    // other options (and the values of those that take one) are ignored.
    let (mut filters, mut skips, mut list) = (Vec::new(), Vec::new(), false);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--list" => list = true,
            "--skip" => skips.extend(args.next()),
            "--test-threads" | "--color" | "--format" | "--logfile" | "-Z" => {
                args.next();
            }
            a if a.starts_with('-') => {}
            _ => filters.push(arg),
        }
    }
    let selected: Vec<&Test> = tests
        .iter()
        .filter(|(name, ..)| {
            (filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str())))
                && !skips.iter().any(|s| name.contains(s.as_str()))
        })
        .collect();
    if list {
        for (name, ..) in &selected {
            println!("{name}: test");
        }
        return;
    }
    let have_tmux = Command::new("tmux")
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let required = std::env::var("CLACK_REQUIRE_SHELLS").as_deref() == Ok("1");
    println!("\nrunning {} tests", selected.len());
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    for (name, needs_tmux, test) in selected {
        if *needs_tmux && !have_tmux {
            if required {
                println!("test {name} ... FAILED (tmux is missing and CLACK_REQUIRE_SHELLS=1)");
                failed += 1;
            } else {
                println!("test {name} ... skipped: tmux is not installed");
                skipped += 1;
            }
            continue;
        }
        match std::panic::catch_unwind(test) {
            Ok(()) => {
                println!("test {name} ... ok");
                passed += 1;
            }
            Err(_) => {
                println!("test {name} ... FAILED");
                failed += 1;
            }
        }
    }
    let status = if failed == 0 { "ok" } else { "FAILED" };
    println!("\ntest result: {status}. {passed} passed; {failed} failed; {skipped} skipped\n");
    if failed > 0 {
        std::process::exit(101);
    }
}

/// This test binary, which runs an example when asked.
fn me() -> PathBuf {
    std::env::current_exe().expect("the test binary has a path")
}

/// A shell command line that runs `example` with `args`.
fn example(example: &str, args: &str) -> String {
    format!("{EXAMPLE_VAR}={example} '{}' {args}", me().display())
}

/// A fresh folder for one test.
fn scratch(tag: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "clack-terminal-{}-{tag}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).expect("temporary folder");
    dir
}

/// A tmux server of its own, with one 100x30 window running a script.
struct Tmux {
    socket: String,
}

impl Tmux {
    /// Run `script` with `sh` in a new window; the window stays open after
    /// the script ends (it sleeps), so that the screen can be read.
    fn run(script: &str) -> Tmux {
        static N: AtomicUsize = AtomicUsize::new(0);
        let socket = format!(
            "clack-test-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        );
        let tmux = Tmux { socket };
        // The shell outlives a Ctrl-C sent to the program it runs (which
        // gets the signal's default action back when it starts).
        let full = format!("trap : INT\n{script}\nsleep 120\n");
        tmux.cmd(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-x",
            "100",
            "-y",
            "30",
            "sh",
            "-c",
            &full,
        ]);
        tmux
    }

    fn cmd(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .env_remove("TMUX")
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .output()
            .expect("tmux runs");
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Type `text` literally.
    fn type_text(&self, text: &str) {
        self.cmd(&["send-keys", "-l", text]);
    }

    /// Press a key by tmux's name (`Enter`, `C-c`).
    fn press(&self, key: &str) {
        self.cmd(&["send-keys", key]);
    }

    /// The screen, with its styles as escape sequences when `escapes`
    /// (tmux drops the spaces at the end of each line).
    fn screen(&self, escapes: bool) -> String {
        let mut args = vec!["capture-pane", "-p"];
        if escapes {
            args.push("-e");
        }
        self.cmd(&args)
    }

    /// Poll the screen until `ready` holds; panic with the screen after the timeout.
    fn wait_until(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen(false);
            if ready(&screen) {
                return screen;
            }
            if start.elapsed() > TIMEOUT {
                panic!("timed out waiting for {what}; the screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    fn wait_for(&self, text: &str) -> String {
        self.wait_until(text, |s| s.contains(text))
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

/// The local modes that prompts switch off, as `stty -a` reports them.
const STTY_MODES: &str = "stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e -echo -e icanon -e -icanon -e isig -e -isig | tr '\\n' ' '; echo '<modes'";

fn assert_modes_restored(screen: &str) {
    let line = screen
        .lines()
        .find(|l| l.ends_with("<modes"))
        .unwrap_or_else(|| panic!("no stty line:\n{screen}"));
    let modes: Vec<&str> = line.trim_end_matches("<modes").split_whitespace().collect();
    for mode in ["echo", "icanon", "isig"] {
        assert!(modes.contains(&mode), "{mode} is not restored: {line}");
    }
}

fn password_is_not_echoed() {
    let t = Tmux::run(&format!(
        "{}; echo \"[exit $?]\"; {STTY_MODES}",
        example("termui", "password")
    ));
    t.wait_for("Password:");
    t.type_text("hunter2");
    t.press("Enter");
    t.wait_for("Repeat for confirmation:");
    t.type_text("hunter2");
    t.press("Enter");
    let screen = t.wait_for("<modes");
    assert!(
        screen.contains("Password set (7 characters).\n[exit 0]"),
        "{screen}"
    );
    assert_modes_restored(&screen);
    assert!(
        !screen.contains("hunter2"),
        "the password was echoed:\n{screen}"
    );
}

fn ctrl_c_at_hidden_prompt() {
    let t = Tmux::run(&format!(
        "{}; echo \"[exit $?]\"; {STTY_MODES}",
        example("termui", "password")
    ));
    t.wait_for("Password:");
    t.type_text("sec");
    t.press("C-c");
    let screen = t.wait_for("<modes");
    assert!(screen.contains("Password:\nAborted!\n[exit 1]"), "{screen}");
    assert!(!screen.contains("sec"), "{screen}");
    assert_modes_restored(&screen);
}

fn end_of_input_at_hidden_prompt() {
    let t = Tmux::run(&format!(
        "{}; echo \"[exit $?]\"; {STTY_MODES}",
        example("termui", "password")
    ));
    t.wait_for("Password:");
    t.press("C-d");
    let screen = t.wait_for("<modes");
    assert!(screen.contains("Password:\nAborted!\n[exit 1]"), "{screen}");
    assert_modes_restored(&screen);
}

fn getchar_raw() {
    let t = Tmux::run(&format!(
        "{}; echo \"[exit $?]\"; {STTY_MODES}",
        example("termui", "getchar --count 3")
    ));
    // A key typed before the terminal is raw is still read (and echoed
    // once by the terminal), so waiting for the message is enough.
    t.wait_for("Press 3 keys.");
    t.type_text("x");
    t.wait_for("Key: \"x\"");
    t.press("Up");
    t.wait_for("Key: \"\\u{1b}[A\"");
    t.press("C-c");
    let screen = t.wait_for("<modes");
    assert!(screen.contains("\nAborted!\n[exit 1]"), "{screen}");
    assert_modes_restored(&screen);
}

fn getchar_redirected() {
    let t = Tmux::run(&format!(
        "echo piped | {}; echo \"[exit $?]\"; {STTY_MODES}",
        example("termui", "getchar --count 1")
    ));
    t.wait_for("Press 1 keys.");
    t.type_text("k");
    let screen = t.wait_for("<modes");
    assert!(screen.contains("Key: \"k\"\n[exit 0]"), "{screen}");
    assert_modes_restored(&screen);
}

fn pager_through_less() {
    let t = Tmux::run(&format!(
        "unset PAGER LESS; {}; echo \"[exit $?]\"",
        example("termui", "pager --lines 100")
    ));
    t.wait_for("   1 lorem ipsum");
    let screen = t.screen(true);
    assert!(screen.contains('\x1b'), "less shows the styles: {screen:?}");
    assert!(
        !screen.contains("  40 lorem"),
        "one page at a time: {screen}"
    );
    t.press("q");
    t.wait_for("[exit 0]");
}

fn echo_with_redirected_output() {
    let dir = scratch("redirect");
    let out = dir.join("out.txt");
    let t = Tmux::run(&format!(
        "{} > '{}'; echo \"[exit $?]\"",
        example("prompts", "survey"),
        out.display()
    ));
    // The prompt goes to the file; what is typed is shown on the terminal.
    let start = Instant::now();
    while !std::fs::read_to_string(&out).is_ok_and(|t| t == "Name: ") {
        assert!(start.elapsed() < TIMEOUT, "no prompt in {}", out.display());
        std::thread::sleep(Duration::from_millis(25));
    }
    t.type_text("Zed");
    t.wait_for("Zed");
    t.press("Enter");
    t.press("C-c");
    let screen = t.wait_for("[exit 1]");
    assert!(screen.starts_with("Zed\n"), "{screen}");
    let written = std::fs::read_to_string(&out).expect("read");
    assert!(written.starts_with("Name: Age [30]: "), "{written:?}");
    assert!(!written.contains("Zed"), "{written:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

fn progress_bar_on_one_line() {
    let t = Tmux::run(&format!(
        "{}; echo \"[exit $?]\"",
        example("termui", "progress --count 3000 --delay-us 1000")
    ));
    // While it runs, the bar is partly drawn, with the percentage and the item.
    t.wait_until("a partly drawn bar", |s| {
        s.lines().any(|l| {
            l.starts_with("Processing  [#")
                && l.contains("-]")
                && l.contains("%")
                && l.contains("item ")
        })
    });
    let screen = t.wait_for("[exit ");
    let bar_lines: Vec<&str> = screen
        .lines()
        .filter(|l| l.contains("Processing"))
        .collect();
    assert_eq!(
        bar_lines,
        [format!("Processing  [{}]  100%", "#".repeat(36)).as_str()],
        "{screen}"
    );
    assert!(screen.contains("100%\nProcessed 3000 items"), "{screen}");
    assert!(screen.contains("[exit 0]"), "{screen}");
    // The cursor, hidden while the bar is drawn, is shown again.
    let cursor = t.cmd(&["display-message", "-p", "#{cursor_flag}"]);
    assert_eq!(cursor.trim(), "1", "the cursor is still hidden");
}

fn styles_on_terminal_only() {
    let t = Tmux::run(&format!(
        "{0}; echo '--- piped'; {0} | cat; echo \"[exit $?]\"",
        example("termui", "style")
    ));
    t.wait_for("[exit ");
    let screen = t.screen(true);
    let (tty, piped) = screen.split_once("--- piped").expect("both parts");
    let red = tty
        .lines()
        .find(|l| l.contains("Red and bold"))
        .unwrap_or_else(|| panic!("{screen:?}"));
    assert!(
        red.starts_with('\x1b') && red.contains("31"),
        "no red on the terminal: {red:?}"
    );
    assert!(tty.contains("\x1b["), "{screen:?}");
    let piped = piped.split("[exit").next().unwrap_or_default();
    assert!(piped.contains("Red and bold\n"), "{screen:?}");
    assert!(
        !piped.contains('\x1b'),
        "styles went into the pipe: {piped:?}"
    );

    // The same from a plain pipe, outside tmux.
    let out = Command::new(me())
        .env(EXAMPLE_VAR, "termui")
        .env_remove("CLICOLOR_FORCE")
        .arg("style")
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("Red and bold\n") && !text.contains('\x1b'),
        "{text:?}"
    );
}

/// `repo clone --help` and a usage error are styled on the terminal, plain
/// through a pipe and under `NO_COLOR` or `CLICOLOR=0`, with the same
/// visible text and line breaks.
fn styled_help_on_a_terminal_only() {
    let strip = |s: &str| {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for d in chars.by_ref() {
                    if d.is_ascii_alphabetic() {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    };
    let lines =
        |s: &str| -> Vec<String> { s.trim().lines().map(|l| l.trim_end().to_string()).collect() };
    let help = example("repo", "clone --help");
    let t = Tmux::run(&format!(
        "{help}; echo '--- piped'; {help} | cat; echo \"[exit $?]\""
    ));
    t.wait_for("[exit 0]");
    let screen = t.screen(true);
    let (tty, piped) = screen.split_once("--- piped").expect("both parts");
    let piped = piped.split("[exit").next().unwrap_or_default();
    assert!(tty.contains('\x1b'), "no styles on the terminal: {tty:?}");
    assert!(
        strip(tty).starts_with("Usage: repo clone [OPTIONS] SRC [DEST]"),
        "{tty:?}"
    );
    assert!(
        !piped.contains('\x1b'),
        "styles went into the pipe: {piped:?}"
    );
    assert_eq!(
        lines(&strip(tty)),
        lines(piped),
        "the same lines with and without styles"
    );

    let error = example("repo", "--verbos");
    let t = Tmux::run(&format!(
        "NO_COLOR=1 {help}; echo '--- clicolor'; CLICOLOR=0 {error}; echo '--- error'; {error}; echo \"[exit $?]\""
    ));
    t.wait_for("[exit 2]");
    let screen = t.screen(true);
    let parts: Vec<&str> = screen.split("--- ").collect();
    assert_eq!(parts.len(), 3, "{screen:?}");
    assert!(!parts[0].contains('\x1b'), "NO_COLOR: {:?}", parts[0]);
    assert!(parts[0].contains("Usage: repo clone"), "{:?}", parts[0]);
    assert!(!parts[1].contains('\x1b'), "CLICOLOR=0: {:?}", parts[1]);
    assert!(
        parts[1].contains("Error: No such option '--verbos'."),
        "{:?}",
        parts[1]
    );
    assert!(parts[2].contains('\x1b'), "no styled error: {:?}", parts[2]);
    assert!(
        strip(parts[2]).contains("Error: No such option '--verbos'."),
        "{:?}",
        parts[2]
    );
}

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn killed_atomic_write() {
    use std::io::Read;
    let dir = scratch("atomic");
    let target = dir.join("data.txt");
    std::fs::write(&target, "old contents\n").expect("write");
    let mut child = Command::new(me())
        .env(EXAMPLE_VAR, "termui")
        .args(["write", "--lines", "2000", "--delay-ms", "5"])
        .arg(&target)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    // Outside a terminal the progress bar prints its label once, when the
    // writing starts.
    let mut stderr = child.stderr.take().expect("piped");
    let mut seen = Vec::new();
    let mut byte = [0u8; 1];
    while !seen.ends_with(b"Writing\n") {
        match stderr.read(&mut byte) {
            Ok(1) => seen.push(byte[0]),
            _ => panic!("the writer ended early: {}", String::from_utf8_lossy(&seen)),
        }
    }
    child.kill().expect("kill");
    let status = child.wait().expect("wait");
    assert!(!status.success());
    assert_eq!(
        std::fs::read_to_string(&target).expect("read"),
        "old contents\n"
    );
    // Linux's unnamed temporary files leave nothing even after SIGKILL;
    // elsewhere a named one is removed on every path but this one.
    if cfg!(target_os = "linux") {
        assert_eq!(entries(&dir), ["data.txt"]);
    }

    // Left alone, the same write replaces the file.
    let status = Command::new(me())
        .env(EXAMPLE_VAR, "termui")
        .args(["write", "--lines", "3"])
        .arg(&target)
        .stderr(Stdio::null())
        .status()
        .expect("runs");
    assert!(status.success());
    assert_eq!(
        std::fs::read_to_string(&target).expect("read"),
        "line 1\nline 2\nline 3\n"
    );
    assert_eq!(entries(&dir), ["data.txt"]);
    let _ = std::fs::remove_dir_all(&dir);
}
