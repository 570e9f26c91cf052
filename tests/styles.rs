//! Styled help pages and error messages: on only with styles set and colour
//! on for the stream (a terminal, `CLICOLOR_FORCE`, the `color` setting;
//! `NO_COLOR` and `CLICOLOR=0` turn it off), and the same lines as the
//! plain page once the escape codes are removed.

use clack::anstyle::{AnsiColor, Style};
use clack::testing::Runner;
use clack::{Arg, Command, ContextSettings, Error, Group, Opt, Output, Styles};

fn tool(styles: Option<Styles>) -> Command {
    let sub = Command::new("sync")
        .help("Sync the files to the server and keep going for a rather long time.")
        .param(
            Opt::new(["-n", "--count"])
                .value_type::<i64>()
                .default(3)
                .show_default(true)
                .help("How many times to try before giving up, which may be a long while."),
        )
        .param(
            Opt::new("--target")
                .required(true)
                .metavar("HOST")
                .help("Where to."),
        )
        .param(Arg::new("src").help("What to send."))
        .callback(|_| Ok(Output::none()));
    let cmd: Command = Group::new("tool")
        .help("A tool.")
        .param(Opt::new("--verbose").flag().help("Talk more."))
        .command(sub)
        .into();
    match styles {
        Some(s) => cmd.styles(s),
        None => cmd,
    }
}

fn strip(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
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
}

const ESC: &str = "\x1b[";

#[test]
fn plain_without_a_terminal_even_with_styles() {
    let plain = Runner::new().invoke(&tool(None), ["sync", "--help"]);
    let styled = Runner::new().invoke(&tool(Some(Styles::default())), ["sync", "--help"]);
    assert_eq!(plain.stdout, styled.stdout);
    assert!(!styled.stdout.contains(ESC));
}

#[test]
fn plain_on_a_terminal_without_styles() {
    let r = Runner::new()
        .terminal(true)
        .env_remove("NO_COLOR")
        .invoke(&tool(None), ["sync", "--help"]);
    assert!(!r.stdout.contains(ESC), "{}", r.stdout);
}

#[test]
fn styled_on_a_terminal_with_the_same_lines() {
    let plain = Runner::new().invoke(&tool(None), ["sync", "--help"]);
    let r = Runner::new()
        .terminal(true)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .invoke(&tool(Some(Styles::default())), ["sync", "--help"]);
    assert!(r.stdout.contains(ESC));
    // Same visible text, same line breaks.
    assert_eq!(strip(&r.stdout), plain.stdout);
    // Each part has its style; no style spans a line break.
    assert!(r.stdout.starts_with("\x1b[1m\x1b[4mUsage:\x1b[0m \x1b[1mtool sync\x1b[0m \x1b[36m[OPTIONS]\x1b[0m \x1b[36mSRC\x1b[0m"), "{:?}", r.stdout);
    assert!(r.stdout.contains("\x1b[1m\x1b[4mOptions:\x1b[0m"));
    assert!(
        r.stdout
            .contains("\x1b[1m-n\x1b[0m, \x1b[1m--count\x1b[0m \x1b[36mINTEGER\x1b[0m")
    );
    assert!(
        r.stdout.contains("\x1b[36mSRC\x1b[0m  What to send."),
        "{:?}",
        r.stdout
    );
    assert!(
        r.stdout.contains("\x1b[2m[default:\x1b[0m\n")
            || r.stdout.contains("\x1b[2m[default: 3]\x1b[0m"),
        "{:?}",
        r.stdout
    );
    assert!(r.stdout.contains("\x1b[2m[required]\x1b[0m"));
    for line in r.stdout.lines() {
        assert!(!line.starts_with(&format!(" {ESC}")) || line.trim_start().starts_with(ESC));
        // Every style ends on its own line.
        if let Some(last) = line.rfind(ESC) {
            assert!(line[last..].starts_with("\x1b[0m"), "{line:?}");
        }
    }
}

#[test]
fn width_with_styles_matches_plain_at_many_widths() {
    for width in [50, 60, 72, 80, 100] {
        let settings = ContextSettings::new().terminal_width(width);
        let plain = Runner::new()
            .settings(settings.clone())
            .invoke(&tool(None), ["sync", "--help"]);
        let styled = Runner::new()
            .settings(settings.color(true))
            .invoke(&tool(Some(Styles::default())), ["sync", "--help"]);
        assert!(styled.stdout.contains(ESC));
        assert_eq!(strip(&styled.stdout), plain.stdout, "width {width}");
    }
}

#[test]
fn subcommands_inherit_and_may_override() {
    let own = Styles::plain().heading(Style::new().fg_color(Some(AnsiColor::Green.into())));
    let sub = Command::new("sub")
        .styles(own)
        .callback(|_| Ok(Output::none()));
    let cmd: Command = Group::new("g")
        .command(sub)
        .command(Command::new("other"))
        .into();
    let cmd = cmd.styles(Styles::default());
    let runner = Runner::new().settings(ContextSettings::new().color(true));
    let r = runner.invoke(&cmd, ["sub", "--help"]);
    assert!(
        r.stdout.contains("\x1b[32mOptions:\x1b[0m"),
        "{:?}",
        r.stdout
    );
    let r = runner.invoke(&cmd, ["other", "--help"]);
    assert!(
        r.stdout.contains("\x1b[1m\x1b[4mOptions:\x1b[0m"),
        "{:?}",
        r.stdout
    );
}

fn colour_on(env: &[(&str, &str)], terminal: bool, color: Option<bool>) -> (bool, bool) {
    let mut runner = Runner::new().terminal(terminal).clear_env();
    for (k, v) in env {
        runner = runner.env(*k, *v);
    }
    if let Some(c) = color {
        runner = runner.settings(ContextSettings::new().color(c));
    }
    let cmd = tool(Some(Styles::default()));
    let help = runner.invoke(&cmd, ["--help"]);
    let error = runner.invoke(&cmd, ["--verbos"]);
    assert_eq!(error.exit_code, 2);
    (help.stdout.contains(ESC), error.stderr.contains(ESC))
}

#[test]
fn environment_and_setting_decide() {
    assert_eq!(colour_on(&[], true, None), (true, true));
    assert_eq!(colour_on(&[], false, None), (false, false));
    assert_eq!(colour_on(&[("NO_COLOR", "1")], true, None), (false, false));
    assert_eq!(colour_on(&[("NO_COLOR", "")], true, None), (true, true));
    assert_eq!(colour_on(&[("CLICOLOR", "0")], true, None), (false, false));
    assert_eq!(colour_on(&[("CLICOLOR", "1")], true, None), (true, true));
    assert_eq!(
        colour_on(&[("CLICOLOR_FORCE", "1")], false, None),
        (true, true)
    );
    assert_eq!(
        colour_on(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")], false, None),
        (true, true)
    );
    assert_eq!(
        colour_on(&[("CLICOLOR_FORCE", "0")], false, None),
        (false, false)
    );
    assert_eq!(colour_on(&[], false, Some(true)), (true, true));
    assert_eq!(
        colour_on(&[("CLICOLOR_FORCE", "1")], true, Some(false)),
        (false, false)
    );
}

#[test]
fn styled_errors() {
    let runner = Runner::new().settings(ContextSettings::new().color(true));
    let cmd = tool(Some(Styles::default()));
    let r = runner.invoke(&cmd, ["--verbos"]);
    let plain = Runner::new().invoke(&tool(None), ["--verbos"]);
    assert_eq!(strip(&r.stderr), plain.stderr);
    assert!(r.stderr.contains("\x1b[1m\x1b[31mError:\x1b[0m No such option '--verbos'. \x1b[33mDid you mean '--verbose'?\x1b[0m"), "{:?}", r.stderr);
    assert!(
        r.stderr
            .contains("\x1b[33mTry 'tool --help' for help.\x1b[0m")
    );
    let r = runner.invoke(&cmd, ["sync", "x"]);
    assert!(
        r.stderr
            .contains("\x1b[1m\x1b[31mError:\x1b[0m Missing option '--target'."),
        "{:?}",
        r.stderr
    );
}

#[test]
fn a_styled_message_loses_its_styles_off_a_terminal() {
    let cmd = Command::new("cli").styles(Styles::default()).callback(|_| {
        Err(Error::failure(
            clack::termui::style("Red").fg(AnsiColor::Red).to_string(),
        ))
    });
    assert_eq!(Runner::new().invoke(&cmd, [""; 0]).stderr, "Error: Red\n");
}

#[cfg(feature = "derive")]
mod derive {
    use clack::prelude::*;

    fn my_styles() -> clack::Styles {
        clack::Styles::plain().literal(clack::anstyle::Style::new().italic())
    }

    /// Greets.
    #[command(styles = my_styles(), color)]
    fn hello(#[option(help = "Who.")] name: Option<String>) {
        let _ = name;
    }

    #[test]
    fn the_macro_sets_styles_and_color() {
        let r = clack::testing::Runner::new().invoke(&hello::command(), ["--help"]);
        assert!(
            r.stdout.contains("\x1b[3m--name\x1b[0m TEXT"),
            "{:?}",
            r.stdout
        );
    }
}
