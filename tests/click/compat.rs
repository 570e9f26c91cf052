//! Click's `tests/test_compat.py`: removing ANSI escape sequences
//! (Click's `strip_ansi`, public in clack as `termui::unstyle`).

use clack::termui::unstyle;

const ESC: &str = "\x1b";

/// Every sequence Click writes, and CSI sequences it may receive from
/// other tools.
fn sequences() -> Vec<String> {
    let tails = [
        // Click's own: colours, 256 and true colour, attributes, reset,
        // clear and home, cursor hide and show.
        "[30m",
        "[37m",
        "[40m",
        "[47m",
        "[38;5;200m",
        "[48;5;91m",
        "[38;2;255;12;128m",
        "[48;2;135;0;175m",
        "[1m",
        "[22m",
        "[4m",
        "[24m",
        "[53m",
        "[55m",
        "[9m",
        "[29m",
        "[0m",
        "[2J",
        "[1;1H",
        "[?25l",
        "[?25h",
        // Foreign: colon colours, mouse reports, private modes, an
        // intermediate byte, other final bytes, an empty parameter list.
        "[38:2:255:0:0m",
        "[38:5:200m",
        "[1;38:2::255:0:0m",
        "[<0;30;40M",
        "[<0;30;40m",
        "[?1049h",
        "[?1049l",
        "[0 q",
        "[2 q",
        "[1;24r",
        "[3~",
        "[200~",
        "[m",
    ];
    tails.iter().map(|t| format!("{ESC}{t}")).collect()
}

/// Every complete sequence is removed, alone or inside text. (Click also
/// checks its private `term_len`.)
#[test]
fn strip_ansi_removes_full_sequence() {
    for seq in sequences() {
        assert_eq!(unstyle(&seq), "", "{seq:?}");
        assert_eq!(unstyle(&format!("a{seq}b")), "ab", "{seq:?}");
    }
}

/// What Click's older pattern removed is still removed.
#[test]
fn strip_ansi_is_superset_of_legacy() {
    for params in ["", "0", "1;2", ";", "?25", "0;0;0"] {
        for last in ["m", "H", "J", "A", "z"] {
            let seq = format!("{ESC}[{params}{last}");
            assert_eq!(unstyle(&seq), "", "{seq:?}");
            assert_eq!(unstyle(&format!("a{seq}b")), "ab", "{seq:?}");
        }
    }
}

#[test]
fn strip_ansi_mixed_content() {
    let cases = [
        (format!("{ESC}[31mred{ESC}[0m"), "red"),
        (format!("a{ESC}[38:2:1:2:3mb{ESC}[0mc"), "abc"),
        (format!("{ESC}[?25l{ESC}[2Jhidden{ESC}[?25h"), "hidden"),
        (format!("{ESC}[<0;1;1Mclick{ESC}[<0;1;1m"), "click"),
        (
            format!("{ESC}[1m{ESC}[31mA{ESC}[0m {ESC}[32mB{ESC}[0m"),
            "A B",
        ),
        (
            format!("{ESC}[0m{ESC}[1;36mart{ESC}[46;34m\u{dc}"),
            "art\u{dc}",
        ),
        (
            format!("ls\r\n{ESC}[00m{ESC}[01;31mfile.zip{ESC}[00m\r\n{ESC}[01;31m"),
            "ls\r\nfile.zip\r\n",
        ),
        (
            format!("\t{ESC}[0;35mIP{ESC}[0m\t{ESC}[0;36m192.1.0.2{ESC}[0m"),
            "\tIP\t192.1.0.2",
        ),
        (
            format!("╒══════╕\n│ {ESC}[1mCell{ESC}[0m │\n╘══════╛"),
            "╒══════╕\n│ Cell │\n╘══════╛",
        ),
        (format!("(╯°□°)╯︵ {ESC}[1m┻━┻{ESC}[0m"), "(╯°□°)╯︵ ┻━┻"),
    ];
    for (text, want) in cases {
        assert_eq!(unstyle(&text), want, "{text:?}");
    }
}

#[test]
fn strip_ansi_stops_at_final_byte() {
    assert_eq!(unstyle(&format!("{ESC}[31mX{ESC}[0mY")), "XY");
    assert_eq!(unstyle(&format!("{ESC}[1m{ESC}[31mZ")), "Z");
    assert_eq!(unstyle(&format!("{ESC}[m;1m")), ";1m");
}

#[test]
fn strip_ansi_leaves_plain_text() {
    for text in [
        "",
        "plain text",
        "100% [done]",
        "array[0] = 1",
        "a;b;c",
        "[38;5;200m not an escape",
        "[0m",
    ] {
        assert_eq!(unstyle(text), text);
    }
}

#[test]
fn strip_ansi_leaves_incomplete_sequences() {
    for tail in ["", "[", "[31", "[38:2:1", "[0 "] {
        let text = format!("{ESC}{tail}");
        assert_eq!(unstyle(&text), text, "{text:?}");
    }
}

#[test]
fn strip_ansi_is_idempotent() {
    let text = format!("{ESC}[38:2:1:2:3mhi{ESC}[0m {ESC}[<0;1;1mthere{ESC}[?25h");
    let once = unstyle(&text);
    assert_eq!(once, "hi there");
    assert_eq!(unstyle(&once), once);
}
