//! Click's `tests/test_utils/test_style.py`.

use clack::termui::{Ansi256Color, AnsiColor, RgbColor, Styled, color_by_name, style, unstyle};

/// Each style writes its code before the text and a reset after it, and
/// `unstyle` gives the text back, whatever the text looks like. (Click's
/// `fg="reset"`/`bg="reset"` rows, codes 39 and 49, have no counterpart
/// among clack's colours.)
#[test]
fn styling() {
    let texts = ["x y", "", "38;5;91m", "[1mx y", "pêche 🍑", "x\ny"];
    type Make = fn(Styled) -> Styled;
    let mut cases: Vec<(Make, &str)> = vec![
        (|s| s, ""),
        (|s| s.fg(Ansi256Color(91)), "\x1b[38;5;91m"),
        (|s| s.bg(Ansi256Color(91)), "\x1b[48;5;91m"),
        (|s| s.fg(Ansi256Color(255)), "\x1b[38;5;255m"),
        (|s| s.bg(Ansi256Color(255)), "\x1b[48;5;255m"),
        (|s| s.fg(RgbColor(135, 0, 175)), "\x1b[38;2;135;0;175m"),
        (|s| s.bg(RgbColor(135, 0, 175)), "\x1b[48;2;135;0;175m"),
        (|s| s.fg(RgbColor(0, 0, 0)), "\x1b[38;2;0;0;0m"),
        (|s| s.fg(RgbColor(255, 255, 255)), "\x1b[38;2;255;255;255m"),
        (|s| s.fg(Ansi256Color(0)), "\x1b[38;5;0m"),
        (|s| s.bg(Ansi256Color(0)), "\x1b[48;5;0m"),
        (|s| s.bold(true), "\x1b[1m"),
        (|s| s.dim(true), "\x1b[2m"),
        (|s| s.underline(true), "\x1b[4m"),
        (|s| s.overline(true), "\x1b[53m"),
        (|s| s.italic(true), "\x1b[3m"),
        (|s| s.blink(true), "\x1b[5m"),
        (|s| s.reverse(true), "\x1b[7m"),
        (|s| s.strikethrough(true), "\x1b[9m"),
        (|s| s.bold(false), "\x1b[22m"),
        (|s| s.dim(false), "\x1b[22m"),
        (|s| s.underline(false), "\x1b[24m"),
        (|s| s.overline(false), "\x1b[55m"),
        (|s| s.italic(false), "\x1b[23m"),
        (|s| s.blink(false), "\x1b[25m"),
        (|s| s.reverse(false), "\x1b[27m"),
        (|s| s.strikethrough(false), "\x1b[29m"),
        (
            |s| {
                s.fg(RgbColor(135, 0, 175))
                    .bg(Ansi256Color(91))
                    .bold(true)
                    .dim(true)
                    .underline(true)
                    .overline(true)
                    .italic(true)
                    .blink(true)
                    .reverse(true)
                    .strikethrough(true)
            },
            "\x1b[38;2;135;0;175m\x1b[48;5;91m\x1b[1m\x1b[2m\x1b[4m\x1b[53m\x1b[3m\x1b[5m\x1b[7m\x1b[9m",
        ),
    ];
    let _ = &mut cases;
    let names = [
        ("black", 30),
        ("red", 31),
        ("green", 32),
        ("yellow", 33),
        ("blue", 34),
        ("magenta", 35),
        ("cyan", 36),
        ("white", 37),
    ];
    for text in texts {
        for (make, codes) in &cases {
            let styled = make(style(text)).to_string();
            assert_eq!(
                styled,
                format!("{codes}{text}\x1b[0m"),
                "{codes:?} {text:?}"
            );
            assert_eq!(unstyle(&styled), text);
        }
        for (name, code) in names {
            for (prefix, fg, bg) in [("", code, code + 10), ("bright_", code + 60, code + 70)] {
                let color = color_by_name(&format!("{prefix}{name}")).unwrap();
                let styled = style(text).fg(color).to_string();
                assert_eq!(styled, format!("\x1b[{fg}m{text}\x1b[0m"), "{prefix}{name}");
                assert_eq!(unstyle(&styled), text);
                let styled = style(text).bg(color).to_string();
                assert_eq!(styled, format!("\x1b[{bg}m{text}\x1b[0m"), "{prefix}{name}");
            }
        }
        let styled = style(text).fg(AnsiColor::Black).reset(false).to_string();
        assert_eq!(styled, format!("\x1b[30m{text}"));
    }
}

/// Click's `fg="reset"` and `bg="reset"` (codes 39 and 49) have no
/// counterpart among clack's colours; unknown names are refused by
/// `color_by_name` (Click: `ValueError: Unknown color`). Values of other
/// Python types (bytes, booleans, floats, lists) do not compile.
#[test]
fn styling_invalid_color() {
    for name in ["", "banana", "BLACK"] {
        assert!(color_by_name(name).is_none(), "{name}");
    }
}

/// A styled error message reads back as plain text.
#[test]
fn unstyle_exception_message() {
    let error = clack::Error::failure(format!("{} text", style("red").fg(AnsiColor::Red)));
    assert_eq!(unstyle(error.message()), "red text");
}

#[test]
fn unstyle_other_ansi() {
    let cases = [
        ("\x1b[?25lx y\x1b[?25h", "x y"),
        ("\x1b[38:2:255:0:0mx y\x1b[0m", "x y"),
        ("\x1b[38:5:200mx y\x1b[0m", "x y"),
        ("\x1b[<0;1;1Mx y\x1b[<0;1;1m", "x y"),
        ("\x1b[0 qx y", "x y"),
        ("x\x1b[3~y", "xy"),
    ];
    for (text, want) in cases {
        assert_eq!(unstyle(text), want, "{text:?}");
    }
}
