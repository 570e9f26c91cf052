//! An interactive shell in a private tmux server, with the fixture's
//! completion script loaded: keys go in, the screen and what the stand-in
//! program received come out.

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use crate::shells_support::{Fixture, Shell, sh_quote};

/// A shell under tmux; the server ends when it is dropped.
pub struct Session<'a> {
    fx: &'a Fixture,
    sock: PathBuf,
}

/// What one Tab and Enter did.
#[derive(Debug)]
pub struct Outcome {
    /// The command line after Tab, as the screen shows it.
    pub line: String,
    /// The arguments the command got on Enter; `None` when it did not run
    /// (for instance, the shell waits for a quote to be closed).
    pub argv: Option<Vec<String>>,
}

impl<'a> Session<'a> {
    /// Start the fixture's shell, interactive, with a `$ ` prompt and the
    /// script sourced. `None` (with a message) without tmux.
    pub fn start(fx: &'a Fixture) -> Option<Session<'a>> {
        if !fx.has_tmux() {
            return None;
        }
        let session = Session {
            fx,
            sock: fx.root().join("tmux.sock"),
        };
        let script = sh_quote(&fx.script().to_string_lossy());
        let (shell, setup) = match fx.shell() {
            Shell::Bash => (
                "bash --norc --noprofile",
                format!("PS1='$ '; source {script}"),
            ),
            Shell::Zsh => (
                "zsh -f",
                format!(
                    "PS1='$ '; autoload -Uz compinit && compinit -u -d ~/.zcompdump; source {script}"
                ),
            ),
            Shell::Fish => (
                "fish --no-config",
                format!(
                    "function fish_prompt; echo '$ '; end; set -g fish_autosuggestion_enabled 0; source {script}"
                ),
            ),
        };
        let start = format!(
            "env -i PATH={} HOME={} TERM=xterm-256color INPUTRC=/dev/null {shell}",
            sh_quote(&fx.path_var().to_string_lossy()),
            sh_quote(&fx.home().to_string_lossy())
        );
        let work = fx.work().to_string_lossy().into_owned();
        let size = ["-x", "200", "-y", "20"];
        session.tmux(
            &[
                &["new-session", "-d", "-s", "t"][..],
                &size,
                &["-c", &work, &start],
            ]
            .concat(),
        );
        session.type_line(&setup);
        session.type_line("clear");
        session.wait_for(|s| s.trim() == "$");
        Some(session)
    }

    fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-S")
            .arg(&self.sock)
            .args(["-f", "/dev/null"])
            .args(args)
            .stdin(Stdio::null())
            .output()
            .expect("tmux runs")
    }

    /// Type `text` as it is (no key names).
    pub fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-t", "t", "-l", text]);
    }

    /// Press a key by tmux's name.
    pub fn press(&self, key: &str) {
        self.tmux(&["send-keys", "-t", "t", key]);
    }

    /// Type `text` and Enter.
    pub fn type_line(&self, text: &str) {
        self.type_text(text);
        self.press("Enter");
    }

    /// The screen, without blank lines at the end.
    pub fn screen(&self) -> String {
        let out = self.tmux(&["capture-pane", "-t", "t", "-p"]);
        String::from_utf8_lossy(&out.stdout).trim_end().to_string()
    }

    /// The last line of the screen that is not blank.
    pub fn last_line(&self) -> String {
        self.screen()
            .lines()
            .last()
            .unwrap_or_default()
            .trim_end()
            .to_string()
    }

    /// Poll (up to 10 s) until `done` holds for the screen.
    fn wait_for(&self, done: impl Fn(&str) -> bool) -> bool {
        for _ in 0..200 {
            if done(&self.screen()) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }

    /// Clear the screen and wait for a lone prompt.
    fn fresh_prompt(&self) {
        self.press("C-u");
        self.type_line("clear");
        assert!(
            self.wait_for(|s| s.trim() == "$"),
            "{:?}: no prompt: {}",
            self.fx.shell(),
            self.screen()
        );
    }

    /// Run `before` (to prime the history), then type `typed`, Tab, then
    /// Enter: the line as Tab left it, and the arguments the stand-in ran
    /// with. A command that does not run is cancelled with Ctrl-C.
    pub fn tab_enter(&self, before: &str, typed: &str) -> Outcome {
        self.fresh_prompt();
        if !before.is_empty() {
            self.type_line(before);
        }
        let _ = self.fx.take_argv();
        self.type_text(typed);
        let echoed = format!("$ {}", typed.trim_end());
        self.wait_for(|s| s.trim_end().ends_with(&echoed));
        self.press("Tab");
        self.wait_for(|s| !s.trim_end().ends_with(&echoed));
        // Let a slow shell finish redrawing before reading the line.
        std::thread::sleep(Duration::from_millis(200));
        let line = self.last_line();
        self.press("Enter");
        let mut argv = None;
        for _ in 0..40 {
            argv = self.fx.take_argv();
            if argv.is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        if argv.is_none() {
            self.press("C-c");
        }
        Outcome { line, argv }
    }
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
}
