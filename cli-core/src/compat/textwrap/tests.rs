//! Unit tests of [`super`]: chunking and filling against Python 3.11's `textwrap`.

use super::*;

fn chunks(text: &str) -> Vec<String> {
    split_on_words(text)
}

#[test]
fn wordsep_matches_python_docstring() {
    assert_eq!(
        chunks("Look, goof-ball -- use the -b option!"),
        [
            "Look,", " ", "goof-", "ball", " ", "--", " ", "use", " ", "the", " ", "-b", " ",
            "option!"
        ]
    );
    assert_eq!(
        split_on_whitespace("Look, goof-ball -- use"),
        ["Look,", " ", "goof-ball", " ", "--", " ", "use"]
    );
}

#[test]
fn wordsep_hyphen_rules() {
    // Expected values from Python 3.11 textwrap.TextWrapper.wordsep_re.
    assert_eq!(chunks("a-b-c"), ["a-b-c"]);
    assert_eq!(chunks("ab-cd"), ["ab-", "cd"]);
    assert_eq!(chunks("ab-c"), ["ab-c"]);
    assert_eq!(chunks("ab-c-d"), ["ab-", "c-d"]);
    assert_eq!(chunks("ab-c-de"), ["ab-", "c-", "de"]);
    assert_eq!(chunks("x1-ab"), ["x1-ab"]);
    assert_eq!(chunks("ab-1b"), ["ab-1b"]);
    assert_eq!(chunks("a_-bc"), ["a_-", "bc"]);
    assert_eq!(chunks("é²-bc"), ["é²-", "bc"]);
    assert_eq!(chunks("--foo-bar"), ["--foo-", "bar"]);
    assert_eq!(chunks("foo--bar"), ["foo", "--", "bar"]);
    assert_eq!(chunks("foo---"), ["foo---"]);
    assert_eq!(chunks("a.--b"), ["a.", "--", "b"]);
    assert_eq!(chunks("x -- y"), ["x", " ", "--", " ", "y"]);
    assert_eq!(
        chunks("well-known--really"),
        ["well-", "known", "--", "really"]
    );
    assert_eq!(
        chunks("\u{915}\u{93e}-\u{916}\u{916}"),
        ["\u{915}\u{93e}-\u{916}\u{916}"]
    );
    assert_eq!(chunks(" \t\n"), [" \t\n"]);
    assert!(chunks("").is_empty());
}

#[test]
fn truncate_visible_keeps_escapes_whole() {
    assert_eq!(truncate_visible("\x1b[1mabc\x1b[0m", 2), "\x1b[1mab");
    assert_eq!(truncate_visible("ab\x1b[0m", 2), "ab");
    assert_eq!(truncate_visible("\x1b[0m", 3), "");
    assert_eq!(truncate_visible("héllo", 2), "hé");
    assert_eq!(truncate_visible("abc", 0), "");
}

// Expected lines below were produced by CPython 3.11's textwrap and
// click._textwrap (Click 8.5.1) with the same settings.

#[test]
fn max_lines_and_placeholder() {
    let mut w = TextWrapper::new(12);
    w.max_lines = Some(2);
    assert_eq!(
        w.wrap("Hello there, this is a long sentence"),
        ["Hello there,", "this [...]"]
    );
    let mut w = TextWrapper::new(12);
    w.max_lines = Some(1);
    w.placeholder = "...".to_owned();
    assert_eq!(w.wrap("Hello there, this is a long sentence"), ["Hello..."]);
    let mut w = TextWrapper::new(10);
    w.max_lines = Some(1);
    w.placeholder = " [...]".to_owned();
    assert_eq!(w.wrap("abcdefghij klm"), ["[...]"]);
    let mut w = TextWrapper::new(15);
    w.max_lines = Some(2);
    w.placeholder = " \x1b[2m...\x1b[0m".to_owned();
    assert_eq!(w.wrap("one two three four"), ["one two three", "four"]);
    let mut w = TextWrapper::stdlib(15);
    w.max_lines = Some(2);
    w.placeholder = " \x1b[2m...\x1b[0m".to_owned();
    assert_eq!(w.wrap("one two three four"), ["one two three", "four"]);
    let mut w = TextWrapper::stdlib(11);
    w.max_lines = Some(2);
    w.placeholder = " [...]".to_owned();
    assert_eq!(w.wrap("aaaa bbbb cc"), ["aaaa bbbb", "cc"]);
    let mut w = TextWrapper::stdlib(6);
    w.max_lines = Some(2);
    w.placeholder = "...".to_owned();
    assert_eq!(w.wrap("aaaaaaaaaaaa bb"), ["aaaaaa", "..."]);
    let mut w = TextWrapper::stdlib(10);
    w.max_lines = Some(1);
    assert_eq!(w.wrap("short   "), ["short"]);
    let mut w = TextWrapper::stdlib(10);
    w.max_lines = Some(0);
    w.placeholder = "~".to_owned();
    assert_eq!(w.wrap("x"), ["x"]);
}

#[test]
fn long_word_handling_per_flavor() {
    let w = TextWrapper::new(5);
    assert_eq!(w.wrap("abcd-efghijkl"), ["abcd-e", "fghij", "kl"]);
    let w = TextWrapper::stdlib(5);
    assert_eq!(w.wrap("abcd-efghijkl"), ["abcd-", "efghi", "jkl"]);
    let w = TextWrapper::stdlib(8);
    assert_eq!(w.wrap("aa-bbbbbbbbbbbb"), ["aa-bbbbb", "bbbbbbb"]);
    let mut w = TextWrapper::stdlib(8);
    w.break_on_hyphens = false;
    assert_eq!(w.wrap("aa-bbbbbbbbbbbb"), ["aa-bbbbb", "bbbbbbb"]);
    let w = TextWrapper::stdlib(6);
    assert_eq!(w.wrap("--------x"), ["------", "--x"]);
    let mut w = TextWrapper::new(5);
    w.break_long_words = false;
    assert_eq!(w.wrap("abcdefgh ij"), ["abcdefgh", "ij"]);
    let mut w = TextWrapper::new(5);
    w.break_long_words = false;
    assert_eq!(w.wrap("ab abcdefgh ij"), ["ab", "abcdefgh", "ij"]);
    let w = TextWrapper::new(4);
    assert_eq!(
        w.wrap("\x1b[31mabcdef\x1b[0m"),
        ["\x1b[31mabcd", "ef\x1b[0m"]
    );
    let w = TextWrapper::stdlib(4);
    assert_eq!(w.wrap("\x1b[31mab\x1b[0m"), ["\x1b[31", "mab\x1b", "[0m"]);
}

#[test]
fn whitespace_options() {
    let mut w = TextWrapper::new(6);
    w.drop_whitespace = false;
    assert_eq!(w.wrap("  ab   cd  ef  "), ["  ab", "   cd", "  ef  "]);
    let w = TextWrapper::new(6);
    assert_eq!(w.wrap("  ab   cd  ef  "), ["  ab", "cd  ef"]);
    let mut w = TextWrapper::new(8);
    w.expand_tabs = false;
    assert_eq!(w.wrap("a\tb\ncd"), ["a\tb\ncd"]);
    let w = TextWrapper::stdlib(8);
    assert_eq!(w.wrap("a\tb\ncd"), ["a", "b cd"]);
    let mut w = TextWrapper::stdlib(8);
    w.tabsize = 2;
    assert_eq!(w.wrap("a\tb\ncd"), ["a b cd"]);
    let mut w = TextWrapper::new(10);
    w.break_on_hyphens = false;
    assert_eq!(
        w.wrap("well-known well-known"),
        ["well-known", "well-known"]
    );
}

#[test]
fn indents_wider_than_width_do_not_hang() {
    let mut w = TextWrapper::new(3);
    w.initial_indent = "xxxxx".to_owned();
    w.subsequent_indent = "yyyyy".to_owned();
    assert_eq!(
        w.wrap("abc def"),
        ["xxxxxa", "yyyyyb", "yyyyyc", "yyyyyd", "yyyyye", "yyyyyf"]
    );
}

#[test]
fn one_line_fast_path_matches_the_full_algorithm() {
    let texts = [
        "Show this message and exit.",
        "A required number.",
        "x",
        "goof-ball and--dash words, (quoted) 'text'!",
        "two  spaces",
        " leading",
        "trailing ",
        "The width.  [default: 10; x>=1]",
        "   ",
        "a  b   c",
        "tab\there",
    ];
    for width in [1, 5, 12, 30, 80] {
        for indent in ["", "  ", "- "] {
            let w = TextWrapper::new(width).with_indents(indent, "  ");
            for text in texts {
                assert_eq!(
                    w.wrap(text),
                    w.wrap_chunks(w.split_chunks(text)),
                    "{text:?} at width {width} with indent {indent:?}"
                );
            }
        }
    }
}
