//! `termui`: a tour of clack's terminal utilities.
//!
//! One command per utility: styled output, a progress bar over a few
//! thousand items, hidden and confirmed input, a confirmation flag, the
//! editor, the pager, single key presses, clearing the screen, opening a
//! URL, the configuration folder, atomic file writes and displayable file
//! names. Styles and the progress bar appear only on a terminal; in a pipe
//! the output is plain.
//!
//!     cargo run --example termui -- progress
//!     cargo run --example termui -- style | cat

use std::io::Write;
use std::path::PathBuf;

use clack::prelude::*;
use clack::termui::{self, Ansi256Color, AnsiColor, RgbColor, style};

/// A tour of the terminal utilities.
#[group(commands = [
    styles, progress, password, wipe, edit, pager, getchar, pause, clear, launch, app_dir,
    write, filename
])]
fn cli() {}

/// Print styled text; styles show only on a terminal.
#[command(name = "style")]
fn styles() {
    style("Red and bold").fg(AnsiColor::Red).bold(true).secho();
    style("Green on black, underlined")
        .fg(AnsiColor::Green)
        .bg(AnsiColor::Black)
        .underline(true)
        .secho();
    style("Orange, 256 colours").fg(Ansi256Color(208)).secho();
    style("Teal, RGB")
        .fg(RgbColor(0, 128, 128))
        .italic(true)
        .secho();
    let styled = style("plain again").fg(AnsiColor::Blue).to_string();
    clack::echo(format!("unstyle: {}", termui::unstyle(&styled)));
}

/// Work through COUNT items with a progress bar.
#[command]
fn progress(
    #[option(default = 3000, show_default, help = "How many items.")] count: u64,
    #[option(default = 0, help = "Microseconds of work per item.")] delay_us: u64,
) {
    let bar = termui::progressbar(0..count)
        .label("Processing")
        .item_show_func(|item: Option<&u64>| item.map(|n| format!("item {n}")));
    let mut checksum = 0u64;
    for n in bar {
        checksum = checksum.wrapping_mul(31).wrapping_add(n);
        if delay_us > 0 {
            std::thread::sleep(std::time::Duration::from_micros(delay_us));
        }
    }
    clack::echo(format!("Processed {count} items (checksum {checksum})."));
}

/// Ask for a password twice, without echoing it.
#[command]
fn password(#[option(password_option, help = "The new password.")] password: String) {
    clack::echo(format!(
        "Password set ({} characters).",
        password.chars().count()
    ));
}

/// Wipe everything, once confirmed.
#[command]
fn wipe(#[option(confirmation_option, prompt = "Wipe everything?")] _yes: bool) {
    clack::echo("Wiped.");
}

/// Edit a text in $VISUAL or $EDITOR.
#[command]
fn edit(
    #[option(default = ".txt", help = "The temporary file's extension.")] extension: String,
) -> Result<(), Error> {
    let edited = termui::editor()
        .extension(extension)
        .edit("Edit this text.\n")?;
    match edited {
        Some(text) => clack::echo(format!("Edited: {}", text.trim_end())),
        None => clack::echo("Not saved."),
    }
    Ok(())
}

/// Show LINES numbered lines through $PAGER (or less).
#[command]
fn pager(#[option(default = 200, help = "How many lines.")] lines: u32) {
    termui::echo_via_pager_chunks(
        (1..=lines).map(|n| format!("{} {}\n", style(format!("{n:>4}")).dim(true), "lorem ipsum")),
    );
}

/// Read COUNT key presses and name them.
#[command]
fn getchar(#[option(default = 1, help = "How many keys.")] count: u32) -> Result<(), Error> {
    clack::echo(format!("Press {count} keys."));
    for _ in 0..count {
        let key = termui::getchar(false)?;
        clack::echo(format!("Key: {key:?}"));
    }
    Ok(())
}

/// Wait for a key (on a terminal only).
#[command]
fn pause() {
    termui::pause("Press any key to continue...");
    clack::echo("Continued.");
}

/// Clear the screen (on a terminal only).
#[command]
fn clear() {
    termui::clear();
    clack::echo("Cleared.");
}

/// Open URL in its default application.
#[command]
fn launch(
    #[argument] url: String,
    #[option(help = "Wait for the application to exit.")] wait: bool,
    #[option(help = "Open the folder that holds the file.")] locate: bool,
) -> Result<(), Error> {
    match termui::launch(&url, wait, locate) {
        0 => Ok(()),
        code => Err(Error::exit(code)),
    }
}

/// Print the configuration folder of the application NAME.
#[command(name = "app-dir")]
fn app_dir(
    #[argument] name: String,
    #[option(help = "Use ~/.name, as older Unix programs do.")] posix: bool,
) {
    clack::echo(termui::get_app_dir(&name, posix).display().to_string());
}

/// Write LINES lines to FILE atomically: the old file stays until the
/// new one is complete ("-" writes to standard output).
#[command]
fn write(
    #[argument] file: PathBuf,
    #[option(default = 10, help = "How many lines.")] lines: u32,
    #[option(default = 0, help = "Milliseconds to wait after each line.")] delay_ms: u64,
) -> Result<(), Error> {
    let mut out = clack::fileio::open_file(&file, "w", false, true)?;
    // On standard error, so that the written lines stay alone on standard
    // output for "-"; outside a terminal it prints its label once.
    let bar = termui::progressbar(1..=lines).label("Writing").err(true);
    let fail =
        |e: std::io::Error| Error::file(&termui::format_filename(&file, false), e.to_string());
    for n in bar {
        writeln!(out, "line {n}").map_err(fail)?;
        out.flush().map_err(fail)?;
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
    }
    out.close().map_err(fail)?;
    clack::echo_err(format!(
        "Wrote {lines} lines to {}.",
        termui::format_filename(&file, false)
    ));
    Ok(())
}

/// Print PATH as Click displays file names.
#[command]
fn filename(#[argument] path: PathBuf, #[option(help = "Only the last part.")] shorten: bool) {
    clack::echo(termui::format_filename(&path, shorten));
}

/// The entry point (public so that `tests/terminal.rs` can run this tour
/// inside its own binary).
pub fn main() {
    cli::main()
}
