//! A scratch folder per test with the `shipit` example on `PATH`, its
//! completion script for one shell, and a driver that asks that shell to
//! complete a command line.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use clack::complete::CompletionItem;

/// A shell under test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}

impl Shell {
    fn name(self) -> &'static str {
        match self {
            Shell::Bash => "bash",
            Shell::Zsh => "zsh",
            Shell::Fish => "fish",
        }
    }
}

const BASH_DRIVER: &str = include_str!("bash-complete.sh");
const ZSH_DRIVER: &str = include_str!("zsh-complete.zsh");

/// One test's folders: `bin` (first on `PATH`), `home`, `work` (the
/// shell's working folder) and the generated script.
pub struct Fixture {
    shell: Shell,
    root: PathBuf,
    bin: PathBuf,
    home: PathBuf,
    work: PathBuf,
    script: PathBuf,
}

/// Whether `program` is on `PATH`.
fn on_path(program: &str) -> bool {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path).any(|dir| dir.join(program).is_file())
}

/// Click's `shipit.py`, the example's twin (`tests/click/programs`).
pub fn click_shipit() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/click/programs/shipit.py")
}

/// The Python of the conformance venv (`target/conformance-venv`, made by
/// `.ci/run` or the conformance runner), when it exists.
pub fn click_python() -> Option<PathBuf> {
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/conformance-venv/bin/python");
    (python.is_file() && click_shipit().is_file()).then_some(python)
}

fn write_executable(path: &Path, text: &str) {
    std::fs::write(path, text).expect("write a program");
    let mut perms = std::fs::metadata(path).expect("stat").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    std::fs::set_permissions(path, perms).expect("chmod");
}

impl Fixture {
    /// A fixture for `shell` with the `shipit` example, or `None` (with a
    /// message) when the shell is not installed and `CLACK_REQUIRE_SHELLS`
    /// is not `1`.
    pub fn new(shell: Shell, label: &str) -> Option<Fixture> {
        Fixture::with_program(shell, label, None)
    }

    /// Like [`Fixture::new`], with Click's `shipit.py` run by `python`
    /// instead of the example when `python` is given.
    pub fn with_program(shell: Shell, label: &str, python: Option<&Path>) -> Option<Fixture> {
        let needed: &[&str] = match shell {
            Shell::Bash => &["bash"],
            Shell::Zsh => &["zsh", "timeout"],
            Shell::Fish => &["fish"],
        };
        if let Some(missing) = needed.iter().find(|p| !on_path(p)) {
            if std::env::var("CLACK_REQUIRE_SHELLS").as_deref() == Ok("1") {
                panic!("{missing} is not installed, and CLACK_REQUIRE_SHELLS=1");
            }
            eprintln!(
                "skipped: {missing} is not installed (CLACK_REQUIRE_SHELLS=1 makes this fail)"
            );
            return None;
        }
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let root = std::env::temp_dir().join(format!(
            "clack-shells-{}-{label}-{}-{n}",
            shell.name(),
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&root);
        let bin = root.join("bin");
        let home = root.join("home");
        let work = root.join("work");
        for dir in [&bin, &home, &work] {
            std::fs::create_dir_all(dir).expect("scratch folders");
        }
        match python {
            None => {
                std::os::unix::fs::symlink(crate::examples::example("shipit"), bin.join("shipit"))
                    .expect("link shipit")
            }
            Some(python) => {
                let program = format!(
                    "#!/bin/sh\nexec '{}' '{}' \"$@\"\n",
                    python.display(),
                    click_shipit().display()
                );
                write_executable(&bin.join("shipit"), &program);
            }
        }
        let script = root.join(format!("shipit.{}", shell.name()));
        let mut fx = Fixture {
            shell,
            root,
            bin,
            home,
            work,
            script,
        };
        let output = fx
            .command("shipit")
            .env("_SHIPIT_COMPLETE", format!("{}_source", shell.name()))
            .output()
            .expect("shipit runs");
        assert!(output.status.success(), "{}_source failed", shell.name());
        std::fs::write(&fx.script, &output.stdout).expect("write the script");
        fx.script = fx.script.canonicalize().expect("script path");
        Some(fx)
    }

    /// A command with a clean environment: `bin` first on `PATH`, the
    /// fixture's home, in `work`.
    fn command(&self, program: &str) -> Command {
        let mut path = OsString::from(&self.bin);
        path.push(":");
        path.push(std::env::var_os("PATH").unwrap_or_default());
        let mut cmd = Command::new(program);
        cmd.env_clear()
            .env("PATH", path)
            .env("HOME", &self.home)
            .env("LC_ALL", "C.UTF-8")
            .env("TERM", "dumb")
            .current_dir(&self.work)
            .stdin(Stdio::null());
        cmd
    }

    /// Whether tmux is installed (a failure when `CLACK_REQUIRE_SHELLS=1`).
    pub fn has_tmux(&self) -> bool {
        if on_path("tmux") {
            return true;
        }
        if std::env::var("CLACK_REQUIRE_SHELLS").as_deref() == Ok("1") {
            panic!("tmux is not installed, and CLACK_REQUIRE_SHELLS=1");
        }
        eprintln!("skipped: tmux is not installed");
        false
    }

    /// Make a folder in the working folder.
    pub fn mkdir(&self, name: &str) {
        std::fs::create_dir_all(self.work.join(name)).expect("mkdir");
    }

    /// Make an empty file in the working folder.
    pub fn touch(&self, name: &str) {
        std::fs::write(self.work.join(name), "").expect("touch");
    }

    /// Replace `shipit` with a stand-in that answers every completion
    /// request with these plain values (the script stays the real one),
    /// and that, run as a command, records its arguments (see
    /// [`Fixture::take_argv`]).
    pub fn stand_in(&self, values: &[&str]) {
        let link = self.bin.join("shipit");
        if link.is_symlink() {
            std::fs::remove_file(&link).expect("unlink shipit");
            let reply = sh_quote(&self.root.join("reply").to_string_lossy());
            let argv = sh_quote(&self.root.join("argv").to_string_lossy());
            let program = format!(
                "#!/bin/sh\nif [ -n \"$_SHIPIT_COMPLETE\" ]; then cat {reply}; \
                 else printf '%s\\0' \"$@\" > {argv}.tmp; mv {argv}.tmp {argv}; fi\n"
            );
            write_executable(&link, &program);
        }
        let items: Vec<CompletionItem> = values.iter().map(|v| CompletionItem::new(*v)).collect();
        self.reply_with(&items, "");
    }

    /// Make the stand-in answer with these items, in the fixture's shell's
    /// format (as the library writes it, items refused for the word
    /// `typed` left out).
    pub fn reply_with(&self, items: &[CompletionItem], typed: &str) {
        let shell = match self.shell {
            Shell::Bash => clack::complete::Shell::Bash,
            Shell::Zsh => clack::complete::Shell::Zsh,
            Shell::Fish => clack::complete::Shell::Fish,
        };
        let reply: String = items
            .iter()
            .filter(|item| shell.refusal(item, typed).is_none())
            .map(|item| shell.format(item) + "\n")
            .collect();
        std::fs::write(self.root.join("reply"), reply).expect("reply");
    }

    /// The arguments the stand-in last ran with, if it ran since the last
    /// call.
    pub fn take_argv(&self) -> Option<Vec<String>> {
        let path = self.root.join("argv");
        let bytes = std::fs::read(&path).ok()?;
        std::fs::remove_file(&path).expect("remove argv");
        Some(
            String::from_utf8_lossy(&bytes)
                .split_terminator('\0')
                .map(str::to_string)
                .collect(),
        )
    }

    /// Ask the shell to complete `line` (cursor at the end): the candidates
    /// as `(value, help)`, in the shell's order.
    pub fn complete(&self, line: &str) -> Vec<(String, String)> {
        let output = match self.shell {
            Shell::Bash => {
                let driver = self.root.join("bash-complete.sh");
                std::fs::write(&driver, BASH_DRIVER).expect("driver");
                self.command("bash")
                    .args(["--norc", "--noprofile"])
                    .arg(&driver)
                    .arg(&self.script)
                    .arg(line)
                    .output()
            }
            Shell::Zsh => {
                let driver = self.root.join("zsh-complete.zsh");
                std::fs::write(&driver, ZSH_DRIVER).expect("driver");
                self.command("timeout")
                    .args(["30", "zsh", "-f"])
                    .arg(&driver)
                    .arg(&self.script)
                    .arg(line)
                    .output()
            }
            Shell::Fish => self
                .command("fish")
                .args(["--no-config", "-c", "source $argv[1]; complete -C $argv[2]"])
                .arg(&self.script)
                .arg(line)
                .output(),
        }
        .expect("the shell runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "{:?} failed on {line:?}: {}{}",
            self.shell,
            stdout,
            String::from_utf8_lossy(&output.stderr)
        );
        stdout
            .lines()
            .filter(|l| !l.is_empty())
            .map(|l| match l.split_once('\t') {
                Some((v, h)) => (v.to_string(), h.to_string()),
                None => (l.to_string(), String::new()),
            })
            .collect()
    }

    /// The words the fixture's shell makes of `text` on a command line.
    pub fn words(&self, text: &str) -> Vec<String> {
        let (shell, args): (&str, &[&str]) = match self.shell {
            Shell::Bash => (
                "bash",
                &[
                    "--norc",
                    "--noprofile",
                    "-c",
                    "eval \"set -- $1\"; printf '%s\\0' \"$@\"",
                    "bash",
                ],
            ),
            Shell::Zsh => (
                "zsh",
                &[
                    "-f",
                    "-c",
                    "eval \"set -- $1\"; printf '%s\\0' \"$@\"",
                    "zsh",
                ],
            ),
            Shell::Fish => (
                "fish",
                &[
                    "--no-config",
                    "-c",
                    "eval set -g __words $argv[1]; printf '%s\\0' $__words",
                ],
            ),
        };
        let output = self
            .command(shell)
            .args(args)
            .arg(text)
            .output()
            .expect("the shell runs");
        String::from_utf8_lossy(&output.stdout)
            .split_terminator('\0')
            .map(str::to_string)
            .collect()
    }

    /// Nothing created a `pwned` file.
    pub fn assert_not_pwned(&self) {
        for dir in [&self.work, &self.home, &self.root, &self.bin] {
            assert!(
                !dir.join("pwned").exists(),
                "{:?}: code ran in {}",
                self.shell,
                dir.display()
            );
        }
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.root);
        }
    }
}

/// `text` in single quotes for a POSIX shell.
pub fn sh_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}

impl Fixture {
    pub fn shell(&self) -> Shell {
        self.shell
    }

    pub fn script(&self) -> &Path {
        &self.script
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn work(&self) -> &Path {
        &self.work
    }

    pub fn home(&self) -> &Path {
        &self.home
    }

    /// `PATH` for the fixture's shells: `bin` first.
    pub fn path_var(&self) -> OsString {
        let mut path = OsString::from(&self.bin);
        path.push(":");
        path.push(std::env::var_os("PATH").unwrap_or_default());
        path
    }
}

impl Fixture {
    /// Put the `shipit` example on `PATH` under another name too.
    pub fn link_program(&self, name: &str) {
        std::os::unix::fs::symlink(crate::examples::example("shipit"), self.bin.join(name))
            .expect("link the program");
    }

    /// Make the fixture's script the one the program `name` prints (with
    /// its own completion variable).
    pub fn write_script_of(&self, name: &str) {
        let var = clack::complete::complete_var(name);
        let output = self
            .command(name)
            .env(var, format!("{}_source", self.shell.name()))
            .output()
            .expect("the program runs");
        assert!(output.status.success(), "{name}: no script");
        std::fs::write(&self.script, &output.stdout).expect("write the script");
    }

    /// Load the bash script and call the function it registered for
    /// `name` as readline would after `name<space>` (the name typed
    /// quoted): `COMPREPLY`.
    pub fn bash_call_function(&self, name: &str) -> Vec<String> {
        let code = r#"source "$1" || exit 3
spec=$(complete -p -- "$2") || exit 4
func=${spec##*-F }; func=${func%% *}
printf -v typed '%q' "$2"
COMP_WORDS=("$typed" ""); COMP_CWORD=1; COMP_LINE="$typed "; COMP_POINT=${#COMP_LINE}
"$func" "$2" "" "$typed"
printf '%s\n' "${COMPREPLY[@]}""#;
        let output = self
            .command("bash")
            .args(["--norc", "--noprofile", "-c", code, "bash"])
            .arg(&self.script)
            .arg(name)
            .output()
            .expect("bash runs");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .map(str::to_string)
            .collect()
    }
}
