//! Man pages and the Markdown reference of every example, checked against
//! the facts of its help pages (every command, every visible option name,
//! the usage line), and the man pages rendered by `man -l` (skipped with a
//! notice where `man` is missing, unless `CI` is set).

#![allow(clippy::duplicate_mod)]

use std::process::Command as Process;

use clack::Command;
use clack::docgen::{man, markdown};
use clack::testing::Runner;

#[allow(dead_code, unreachable_pub)]
#[path = "../examples/greet.rs"]
mod greet;
#[allow(dead_code, unreachable_pub)]
#[path = "../examples/greet_builder.rs"]
mod greet_builder;
#[allow(dead_code, unreachable_pub)]
#[path = "../examples/helpfmt.rs"]
mod helpfmt;
#[allow(dead_code, unreachable_pub)]
#[path = "../examples/repo.rs"]
mod repo;
#[allow(dead_code, unreachable_pub)]
#[path = "../examples/shipit.rs"]
mod shipit;
#[allow(dead_code, unreachable_pub)]
#[path = "../examples/textpipe.rs"]
mod textpipe;
#[allow(dead_code, unreachable_pub)]
#[path = "../examples/values.rs"]
mod values;
#[allow(dead_code, unreachable_pub)]
#[path = "../examples/webapp.rs"]
mod webapp;

fn examples() -> Vec<Command> {
    vec![
        greet::greet::command(),
        greet_builder::greet(),
        helpfmt::cli::command(),
        repo::cli::command().with_name("repo"),
        shipit::cli::command(),
        textpipe::cli::command(),
        values::show::command(),
        webapp::cli::command(),
    ]
}

/// The help page of the command at `path` (`["repo", "clone"]`).
fn help(cmd: &Command, path: &[&str]) -> String {
    let mut args: Vec<&str> = path[1..].to_vec();
    args.push("--help");
    let r = Runner::new().prog_name(path[0]).invoke(cmd, args);
    assert_eq!(r.exit_code, 0, "{path:?}: {}", r.output);
    r.stdout
}

/// The option names and command names a help page lists.
fn facts(help: &str) -> (Vec<String>, Vec<String>) {
    let mut options = Vec::new();
    let mut commands = Vec::new();
    let mut section = "";
    for line in help.lines() {
        if line.is_empty() {
            section = "";
            continue;
        }
        if !line.starts_with(' ') && line.ends_with(':') {
            section = line;
            continue;
        }
        let Some(row) = line.strip_prefix("  ") else {
            continue;
        };
        if row.starts_with(' ') {
            continue;
        }
        let term = row.split("  ").next().unwrap_or("");
        if section == "Commands:" {
            commands.push(term.to_string());
        } else if section != "Positional arguments:" {
            for word in term.split_whitespace() {
                let name = word.trim_end_matches([',', ';']);
                if name.starts_with('-') || (name.starts_with('/') && name.len() > 1) {
                    options.push(name.to_string());
                }
            }
        }
    }
    (options, commands)
}

fn roff(text: &str) -> String {
    text.replace('\\', "\\e").replace('-', "\\-")
}

#[test]
fn man_pages_and_markdown_say_what_help_says() {
    for cmd in examples() {
        let pages = man::render(&cmd);
        let md = markdown::render(&cmd);
        let root = cmd.name().to_string();
        let mut todo = vec![vec![root.clone()]];
        let mut seen = 0;
        while let Some(path) = todo.pop() {
            seen += 1;
            let refs: Vec<&str> = path.iter().map(String::as_str).collect();
            let help = help(&cmd, &refs);
            let slug = path.join("-");
            let file = format!("{slug}.1");
            let (_, page) = pages
                .iter()
                .find(|(name, _)| *name == file)
                .unwrap_or_else(|| panic!("no man page {file}"));
            let section = md
                .split("<a id=\"")
                .find(|s| s.starts_with(&format!("{slug}\"")))
                .unwrap_or_else(|| panic!("no Markdown section {slug}"));
            let usage = help.lines().next().unwrap_or("");
            assert!(section.contains(usage), "{slug}: {usage}");
            let (options, commands) = facts(&help);
            for option in &options {
                assert!(page.contains(&roff(option)), "{file} lacks {option}");
                assert!(section.contains(option), "{slug}.md lacks {option}");
            }
            for command in &commands {
                assert!(
                    page.contains(&format!("\\fB{}\\fR", roff(command))),
                    "{file} lacks {command}"
                );
                assert!(
                    section.contains(&format!("[`{command}`](#{slug}-{command})")),
                    "{slug}.md lacks {command}"
                );
                let mut sub = path.clone();
                sub.push(command.clone());
                todo.push(sub);
            }
        }
        assert_eq!(
            seen,
            pages.len(),
            "{root}: one man page per visible command"
        );
    }
}

fn man_available() -> bool {
    let found = Process::new("man")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "`man` is missing in CI (.ci/run installs man-db and groff-base)"
        );
        eprintln!("notice: `man` is not installed; the man pages are not rendered");
    }
    found
}

#[test]
fn man_renders_the_pages() {
    if !man_available() {
        return;
    }
    let dir = std::env::temp_dir().join(format!("clack-man-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cmd = repo::cli::command().with_name("repo");
    for (name, roff) in man::render(&cmd) {
        let file = dir.join(&name);
        std::fs::write(&file, roff).unwrap();
        let out = Process::new("man")
            .arg("-l")
            .arg(&file)
            .env("MANWIDTH", "80")
            .env("MAN_KEEP_FORMATTING", "")
            .env("MANPAGER", "cat")
            .env("PAGER", "cat")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        // groff's own warnings (-ww) would show on standard error.
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{name}");
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        // Plain text, whatever the pager: drop overstriking.
        let text: String = {
            let mut out = String::new();
            for c in text.chars() {
                if c == '\x08' {
                    out.pop();
                } else {
                    out.push(c);
                }
            }
            out
        };
        if name == "repo-clone.1" {
            let expected = "\
NAME
       repo-clone - Clone the repository at SRC into DEST.

SYNOPSIS
       repo clone [OPTIONS] SRC [DEST]

DESCRIPTION
       Clone the repository at SRC into DEST.

       Without DEST, the last part of SRC names the new folder.

OPTIONS
       --shallow / --deep
              Make a shallow or a deep checkout.  [default: deep]

       -r, --rev TEXT
              Clone this revision.

       --help Show this message and exit.

SEE ALSO
       repo(1)
";
            assert!(text.contains(expected), "{text}");
            assert!(text.contains("repo, version 2.0.0"), "{text}");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn roff_escapes_and_verbatim_paragraphs() {
    let cmd = Command::new(".dot").help("'Quoted\\ first-line.\n\n\x08\n  keep  this\n  as is");
    let pages = man::render(&cmd);
    let page = &pages[0].1;
    assert!(
        page.contains(".SH NAME\n\\&.dot \\- 'Quoted\\e first\\-line."),
        "{page}"
    );
    assert!(
        page.contains(
            ".SH DESCRIPTION\n\\&'Quoted\\e first\\-line.\n.PP\n.nf\n  keep  this\n  as is\n.fi\n"
        ),
        "{page}"
    );
}
