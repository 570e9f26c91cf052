//! Styled text (Click's `style`, `secho` and `unstyle`).
//!
//! [`style`] wraps text in ANSI escape codes in Click's order (foreground,
//! background, then bold, dim, underline, overline, italic, blink, reverse,
//! strikethrough, and a reset at the end). Colours are `anstyle` colours:
//! the 16 named ones, 256-colour indexes and RGB. Whether styles reach the
//! stream is decided when printing: only on a terminal, unless `NO_COLOR`
//! turns them off or `CLICOLOR_FORCE` forces them on (a context's `color`
//! setting overrides both).

use std::fmt;

use anstyle::{AnsiColor, Color};

/// Text with styles; build it with [`style`], print it with
/// [`secho`](Styled::secho) or turn it into a string with `to_string()`.
///
/// ```
/// use clack_core::termui::{style, AnsiColor};
/// let s = style("hi").fg(AnsiColor::Red).bold(true).underline(true);
/// assert_eq!(s.to_string(), "\x1b[31m\x1b[1m\x1b[4mhi\x1b[0m");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Styled {
    text: String,
    fg: Option<Color>,
    bg: Option<Color>,
    effects: [Option<bool>; 8],
    reset: bool,
}

/// The on and off codes of each effect, in Click's order.
const EFFECTS: [(u8, u8); 8] = [
    (1, 22),  // bold
    (2, 22),  // dim
    (4, 24),  // underline
    (53, 55), // overline
    (3, 23),  // italic
    (5, 25),  // blink
    (7, 27),  // reverse
    (9, 29),  // strikethrough
];

/// Style `text` (Click's `click.style`).
///
/// ```
/// use clack_core::termui::{style, Ansi256Color, RgbColor};
/// let s = style("x").fg(RgbColor(255, 0, 0)).bg(Ansi256Color(208));
/// assert_eq!(s.to_string(), "\x1b[38;2;255;0;0m\x1b[48;5;208mx\x1b[0m");
/// ```
pub fn style(text: impl Into<String>) -> Styled {
    Styled {
        text: text.into(),
        fg: None,
        bg: None,
        effects: [None; 8],
        reset: true,
    }
}

/// Print styled text and a newline to standard output (Click's `secho`);
/// the styles are dropped when they should not be shown.
///
/// ```
/// use clack_core::termui::{secho, style, AnsiColor};
/// secho(&style("Done.").fg(AnsiColor::Green));
/// ```
pub fn secho(styled: &Styled) {
    styled.secho();
}

/// Remove every ANSI escape sequence from `text` (Click's `click.unstyle`).
///
/// ```
/// use clack_core::termui::{style, unstyle, AnsiColor};
/// assert_eq!(unstyle(&style("hi").fg(AnsiColor::Green).to_string()), "hi");
/// ```
pub fn unstyle(text: &str) -> String {
    crate::ansi::strip_ansi(text).into_owned()
}

/// A colour by Click's name: `black` ... `white`, `bright_black` ...
/// `bright_white`; `None` for an unknown name.
///
/// ```
/// use clack_core::termui::{color_by_name, AnsiColor};
/// assert_eq!(color_by_name("bright_red"), Some(AnsiColor::BrightRed.into()));
/// assert_eq!(color_by_name("mauve"), None);
/// ```
pub fn color_by_name(name: &str) -> Option<Color> {
    const NAMES: [(&str, AnsiColor); 8] = [
        ("black", AnsiColor::Black),
        ("red", AnsiColor::Red),
        ("green", AnsiColor::Green),
        ("yellow", AnsiColor::Yellow),
        ("blue", AnsiColor::Blue),
        ("magenta", AnsiColor::Magenta),
        ("cyan", AnsiColor::Cyan),
        ("white", AnsiColor::White),
    ];
    let (bright, base) = match name.strip_prefix("bright_") {
        Some(rest) => (true, rest),
        None => (false, name),
    };
    let color = NAMES.iter().find(|(n, _)| *n == base)?.1;
    Some(Color::Ansi(if bright { color.bright(true) } else { color }))
}

macro_rules! effect {
    ($(#[$doc:meta] $name:ident = $i:expr;)*) => {
        $(
            #[$doc]
            ///
            /// Passing `false` writes the "off" code.
            ///
            /// ```
            /// let s = clack_core::termui::style("a").bold(true).italic(false).reset(false);
            /// assert_eq!(s.to_string(), "\x1b[1m\x1b[23ma");
            /// ```
            pub fn $name(mut self, on: bool) -> Self {
                self.effects[$i] = Some(on);
                self
            }
        )*
    };
}

impl Styled {
    /// The foreground colour.
    ///
    /// ```
    /// use clack_core::termui::{style, AnsiColor};
    /// assert_eq!(style("a").fg(AnsiColor::BrightRed).to_string(), "\x1b[91ma\x1b[0m");
    /// ```
    pub fn fg(mut self, color: impl Into<Color>) -> Self {
        self.fg = Some(color.into());
        self
    }

    /// The background colour.
    ///
    /// ```
    /// use clack_core::termui::{style, AnsiColor};
    /// assert_eq!(style("a").bg(AnsiColor::Blue).to_string(), "\x1b[44ma\x1b[0m");
    /// ```
    pub fn bg(mut self, color: impl Into<Color>) -> Self {
        self.bg = Some(color.into());
        self
    }

    effect! {
        /// Bold (`1`, off `22`).
        bold = 0;
        /// Dim (`2`, off `22`).
        dim = 1;
        /// Underlined (`4`, off `24`).
        underline = 2;
        /// Overlined (`53`, off `55`).
        overline = 3;
        /// Italic (`3`, off `23`).
        italic = 4;
        /// Blinking (`5`, off `25`).
        blink = 5;
        /// Reversed colours (`7`, off `27`).
        reverse = 6;
        /// Struck through (`9`, off `29`).
        strikethrough = 7;
    }

    /// Whether to end with a reset of all styles (default yes).
    ///
    /// ```
    /// let s = clack_core::termui::style("a").bold(true).reset(false);
    /// assert_eq!(s.to_string(), "\x1b[1ma");
    /// ```
    pub fn reset(mut self, yes: bool) -> Self {
        self.reset = yes;
        self
    }

    /// Print the styled text and a newline to standard output (Click's
    /// `secho`); the styles are dropped when they should not be shown.
    ///
    /// ```
    /// clack_core::termui::style("done").bold(true).secho();
    /// ```
    pub fn secho(&self) {
        crate::echo(self.to_string());
    }

    /// Print the styled text and a newline to standard error.
    ///
    /// ```
    /// use clack_core::termui::{style, AnsiColor};
    /// style("failed").fg(AnsiColor::Red).secho_err();
    /// ```
    pub fn secho_err(&self) {
        crate::echo_err(self.to_string());
    }
}

fn write_color(f: &mut fmt::Formatter<'_>, color: Color, offset: u8) -> fmt::Result {
    match color {
        Color::Ansi(c) => {
            let index = c as u8;
            let code = if index < 8 { 30 + index } else { 82 + index };
            write!(f, "\x1b[{}m", code + offset)
        }
        Color::Ansi256(c) => write!(f, "\x1b[{};5;{}m", 38 + offset, c.0),
        Color::Rgb(c) => write!(f, "\x1b[{};2;{};{};{}m", 38 + offset, c.0, c.1, c.2),
    }
}

impl fmt::Display for Styled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(c) = self.fg {
            write_color(f, c, 0)?;
        }
        if let Some(c) = self.bg {
            write_color(f, c, 10)?;
        }
        for (on, (yes, no)) in self.effects.iter().zip(EFFECTS) {
            if let Some(on) = on {
                write!(f, "\x1b[{}m", if *on { yes } else { no })?;
            }
        }
        f.write_str(&self.text)?;
        if self.reset {
            f.write_str("\x1b[0m")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::echo::use_color;
    use crate::io::Env;
    use crate::io::Io;
    use anstyle::{Ansi256Color, RgbColor};

    #[test]
    fn codes_follow_clicks_order() {
        let s = style("t")
            .strikethrough(true)
            .bg(AnsiColor::BrightBlue)
            .fg(AnsiColor::White)
            .bold(false)
            .reset(false);
        assert_eq!(s.to_string(), "\x1b[37m\x1b[104m\x1b[22m\x1b[9mt");
        assert_eq!(
            style("z")
                .fg(Ansi256Color(0))
                .bg(RgbColor(1, 2, 3))
                .to_string(),
            "\x1b[38;5;0m\x1b[48;2;1;2;3mz\x1b[0m"
        );
        assert_eq!(style("p").to_string(), "p\x1b[0m");
    }

    #[test]
    fn names() {
        assert_eq!(color_by_name("black"), Some(AnsiColor::Black.into()));
        assert_eq!(
            color_by_name("bright_white"),
            Some(AnsiColor::BrightWhite.into())
        );
        assert_eq!(color_by_name("bright_"), None);
        let s =
            style("n").fg(color_by_name("bright_black").unwrap_or(Color::Ansi256(Ansi256Color(1))));
        assert_eq!(s.to_string(), "\x1b[90mn\x1b[0m");
    }

    #[test]
    fn color_decision() {
        let tty = Io::captured("")
            .with_env(Env::empty())
            .with_terminal(false, true, false);
        assert!(use_color(&tty, false, None));
        assert!(!use_color(&tty, true, None));
        assert!(!use_color(&tty, false, Some(false)));
        tty.env().set("NO_COLOR", "1");
        assert!(!use_color(&tty, false, None));
        tty.env().set("CLICOLOR_FORCE", "1");
        assert!(use_color(&tty, true, None));
        tty.env().set("CLICOLOR_FORCE", "0");
        assert!(!use_color(&tty, false, None));
    }
}
