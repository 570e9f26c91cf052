//! Click's `tests/test_parser.py`.

use clack::complete::split_arg_string as split;
use clack::testing::Runner;
use clack::{Command, Opt, Output};

#[test]
fn split_arg_string() {
    let cases: [(&str, &[&str]); 5] = [
        ("cli a b c", &["cli", "a", "b", "c"]),
        ("cli 'my file", &["cli", "my file"]),
        ("cli 'my file'", &["cli", "my file"]),
        ("cli my\\", &["cli", "my"]),
        ("cli my\\ file", &["cli", "my file"]),
    ];
    for (line, want) in cases {
        assert_eq!(split(line), want, "{line:?}");
    }
}

/// Click checks the parser's prefix set directly; clack has no parser
/// object, so this checks what the prefixes do: `-` and `--` options parse,
/// and a word starting with another character is an argument.
#[test]
fn parser_default_prefixes() {
    let cmd = Command::new("test")
        .param(Opt::new(["-a"]).flag())
        .param(Opt::new(["--bee"]).flag())
        .callback(|ctx| {
            let a: bool = ctx.get_required("a")?;
            let bee: bool = ctx.get_required("bee")?;
            Ok(Output::new((a, bee)))
        });
    let result = Runner::new().invoke(&cmd, ["-a", "--bee"]);
    assert_eq!(crate::returned::<(bool, bool)>(result), (true, true));
    let result = Runner::new().invoke(&cmd, ["+a"]);
    assert_eq!(result.exit_code, 2);
    assert!(result.stderr.contains("Got unexpected extra argument (+a)"));
}

/// Options declared with `+` and `!` add those prefixes to the parser.
#[test]
fn parser_collects_prefixes() {
    let cmd = Command::new("test")
        .param(Opt::new(["+p"]).flag())
        .param(Opt::new(["!e"]).flag())
        .callback(|ctx| {
            let p: bool = ctx.get_required("p")?;
            let e: bool = ctx.get_required("e")?;
            Ok(Output::new((p, e)))
        });
    let result = Runner::new().invoke(&cmd, ["+p", "!e"]);
    assert_eq!(crate::returned::<(bool, bool)>(result), (true, true));
    let result = Runner::new().invoke(&cmd, ["!e"]);
    assert_eq!(crate::returned::<(bool, bool)>(result), (false, true));
}
