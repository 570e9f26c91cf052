//! Styled help and errors: [`Styles`] names a style for each part of a
//! help page or error message, and `paint` applies them to text laid out
//! plainly.
//!
//! The layout is never done with escape codes in it: the formatter lays a
//! page out as Click does and records where each part landed (a `Span`
//! with a `Role`); painting inserts the escape codes afterwards, one run
//! per line, so line breaks are those of the plain page and a style never
//! runs into the next line's indentation.

use anstyle::{AnsiColor, Effects, Style};

use super::spans::{Role, Span};

/// The styles of the parts of help pages and error messages.
///
/// A program opts in by setting them on its root command or group
/// ([`Command::styles`](crate::Command::styles), or `#[command(styles =
/// ...)]`); subcommands inherit them, and a subcommand may set its own.
/// Styles reach a stream only when colour is on for it: a terminal, unless
/// `NO_COLOR` is set or `CLICOLOR=0`; `CLICOLOR_FORCE` or the `color`
/// context setting force the decision. Without colour (and without
/// styles) the bytes are exactly Click's.
///
/// ```
/// use clack_core::Styles;
/// use clack_core::anstyle::{AnsiColor, Style};
///
/// let styles = Styles::default().literal(Style::new().fg_color(Some(AnsiColor::Cyan.into())).bold());
/// assert_eq!(styles.get_literal().get_fg_color(), Some(AnsiColor::Cyan.into()));
/// assert_eq!(Styles::plain().get_heading(), Style::new());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Styles {
    heading: Style,
    usage: Style,
    literal: Style,
    placeholder: Style,
    note: Style,
    error: Style,
    hint: Style,
}

impl Default for Styles {
    /// Bold, underlined headings and `Usage:`; bold option and command
    /// names; cyan metavars; dimmed `[default: ...]` notes; a bold red
    /// `Error:`; yellow hints (`Try '... --help'`, `Did you mean`).
    fn default() -> Self {
        let bold = Style::new().effects(Effects::BOLD);
        Styles {
            heading: bold.effects(Effects::BOLD | Effects::UNDERLINE),
            usage: bold.effects(Effects::BOLD | Effects::UNDERLINE),
            literal: bold,
            placeholder: Style::new().fg_color(Some(AnsiColor::Cyan.into())),
            note: Style::new().effects(Effects::DIMMED),
            error: bold.fg_color(Some(AnsiColor::Red.into())),
            hint: Style::new().fg_color(Some(AnsiColor::Yellow.into())),
        }
    }
}

macro_rules! style_accessors {
    ($($field:ident, $get:ident, $doc:literal;)*) => {
        impl Styles {
            $(
                #[doc = concat!("Sets the style of ", $doc, ".")]
                ///
                /// ```
                /// let s = clack_core::Styles::plain();
                #[doc = concat!("let s = s.", stringify!($field), "(clack_core::anstyle::Style::new().bold());")]
                #[doc = concat!("assert!(s.", stringify!($get), "().get_effects().contains(clack_core::anstyle::Effects::BOLD));")]
                /// ```
                #[must_use]
                pub const fn $field(mut self, style: Style) -> Self {
                    self.$field = style;
                    self
                }

                #[doc = concat!("The style of ", $doc, ".")]
                ///
                /// ```
                #[doc = concat!("assert_eq!(clack_core::Styles::plain().", stringify!($get), "(), clack_core::anstyle::Style::new());")]
                /// ```
                pub const fn $get(&self) -> Style {
                    self.$field
                }
            )*
        }
    };
}

style_accessors! {
    heading, get_heading, "section headings (`Options:`, `Commands:`)";
    usage, get_usage, "the `Usage:` prefix";
    literal, get_literal, "what is typed as shown: option names, command names, the program's name";
    placeholder, get_placeholder, "metavars, in the usage line and beside options";
    note, get_note, "the notes after an option's help (`[default: 1; required]`)";
    error, get_error, "the `Error:` prefix";
    hint, get_hint, "hints: `Try 'prog --help' for help.`, `Did you mean ...?`";
}

impl Styles {
    /// No styles at all: output is plain even on a terminal.
    ///
    /// ```
    /// assert_eq!(clack_core::Styles::plain().get_error(), clack_core::anstyle::Style::new());
    /// ```
    pub const fn plain() -> Self {
        let s = Style::new();
        Styles {
            heading: s,
            usage: s,
            literal: s,
            placeholder: s,
            note: s,
            error: s,
            hint: s,
        }
    }

    fn style_of(&self, role: Role) -> Style {
        match role {
            Role::Heading => self.heading,
            Role::Usage => self.usage,
            Role::Literal => self.literal,
            Role::Placeholder => self.placeholder,
            Role::Note => self.note,
            Role::Error => self.error,
            Role::Hint => self.hint,
        }
    }
}

/// `text` with `styles` applied to its `spans` (sorted, not overlapping).
/// Each line of a span is styled on its own, without its leading and
/// trailing whitespace, so the visible text and its line breaks are
/// exactly those of `text`.
pub(crate) fn paint(text: &str, spans: &[Span], styles: &Styles) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(text.len() + spans.len() * 10);
    let mut at = 0;
    for span in spans {
        let (start, end) = (span.range.start.max(at), span.range.end.min(text.len()));
        if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        out.push_str(&text[at..start]);
        let style = styles.style_of(span.role);
        for (i, line) in text[start..end].split('\n').enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let body = line.trim_start();
            let lead = &line[..line.len() - body.len()];
            let core = body.trim_end();
            let trail = &body[core.len()..];
            out.push_str(lead);
            if core.is_empty() || style == Style::new() {
                out.push_str(core);
            } else {
                let _ = write!(out, "{}{core}{}", style.render(), style.render_reset());
            }
            out.push_str(trail);
        }
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paint_styles_each_line_without_its_indent() {
        let text = "a  [default:\n   1]\n";
        let spans = [Span {
            range: 3..text.len() - 1,
            role: Role::Note,
        }];
        let styles = Styles::plain().note(Style::new().bold());
        assert_eq!(
            paint(text, &spans, &styles),
            "a  \x1b[1m[default:\x1b[0m\n   \x1b[1m1]\x1b[0m\n"
        );
        assert_eq!(paint(text, &spans, &Styles::plain()), text);
    }
}
