//! Click's `tests/test_utils/test_make_default_short_help.py`, through a
//! group's command list: a command's short help there is made from its
//! help with a limit of the page width less 6 less the longest name.

use clack::testing::Runner;
use clack::{Command, ContextSettings, Group};

/// The short help of a command `c` whose help is `help`, at `max_length`.
fn short_help(help: &str, max_length: i64) -> String {
    // width - 6 - len("c") == max_length
    let width = usize::try_from(max_length + 7).unwrap();
    let cli = Group::new("cli")
        .command(Command::new("c").help(help))
        .into_command();
    let page = Runner::new()
        .settings(ContextSettings::new().terminal_width(width))
        .invoke(&cli, ["--help"])
        .stdout;
    let row = page
        .lines()
        .skip_while(|l| *l != "Commands:")
        .nth(1)
        .unwrap_or_else(|| panic!("no command row: {page}"));
    row.strip_prefix("  c").unwrap().trim_start().to_string()
}

#[test]
fn make_default_short_help() {
    let cases: [(&str, i64, &str); 17] = [
        ("", 10, ""),
        ("123 567 90", 10, "123 567 90"),
        ("123 567 9. Aaaa bbb", 10, "123 567 9."),
        ("123 567 9.", 10, "123 567 9."),
        ("123 567\n\n 9. aaaa bbb", 10, "123 567"),
        ("123 567 90123.", 10, "123 567..."),
        ("123 5678 xxxxxx", 10, "123..."),
        ("token in ~/.netrc ciao ciao", 20, "token in ~/.netrc..."),
        ("Weigh apples vs. pears.", 30, "Weigh apples vs. pears."),
        (
            "Weigh apples vs. pears and plums.",
            20,
            "Weigh apples vs....",
        ),
        ("123 567 9. aaaa bbb", 10, "123 567..."),
        ("Pick a fruit. 3 remain.", 20, "Pick a fruit."),
        ("well-behaved.", 8, "..."),
        ("supercalifragilistic", 10, "..."),
        ("ab cd", 3, "..."),
        ("ab cd", 2, "..."),
        ("ab", 2, "ab"),
    ];
    // Click's case of a negative limit needs a page narrower than the
    // command's name; a page is never narrower than 1 column here.
    for (value, max_length, want) in cases {
        assert!(want.len() <= usize::try_from(max_length).unwrap().max(3));
        assert_eq!(
            short_help(value, max_length),
            want,
            "{value:?} at {max_length}"
        );
        let unwrapped = format!(
            "\n\x08\n{}\n",
            value.split(' ').collect::<Vec<_>>().join("  ")
        );
        assert_eq!(
            short_help(&unwrapped, max_length),
            want,
            "{unwrapped:?} at {max_length}"
        );
    }
}
