//! Click's declaration forms that the macros spell directly: on/off pairs
//! that stay unset, options whose value is optional, feature switches.

use crate::{ok, run};

/// An on/off pair declared as a string stays `None` until given.
#[clack::command]
fn strictness(#[option("-s", "--strict/--no-strict")] strict: Option<bool>) {
    clack::echo(format!("{strict:?}"));
}

#[test]
fn an_on_off_declaration_on_option_bool_is_none_until_given() {
    let cmd = strictness::command();
    assert_eq!(ok(run(&cmd, &[])), "None\n");
    assert_eq!(ok(run(&cmd, &["--strict"])), "Some(true)\n");
    assert_eq!(ok(run(&cmd, &["-s"])), "Some(true)\n");
    assert_eq!(ok(run(&cmd, &["--no-strict"])), "Some(false)\n");
    let help = ok(run(&cmd, &["--help"]));
    assert!(help.contains("  -s, --strict / --no-strict\n"), "{help}");
}

/// A plain `bool` on/off pair keeps its `false` default.
#[clack::command]
fn plain_pair(#[option("--shout/--no-shout")] shout: bool) {
    clack::echo(format!("{shout}"));
}

#[test]
fn an_on_off_declaration_on_bool_defaults_to_false() {
    assert_eq!(ok(run(&plain_pair::command(), &[])), "false\n");
    assert_eq!(ok(run(&plain_pair::command(), &["--shout"])), "true\n");
}

/// `--color` alone means `auto`; `--color always` sets it.
#[clack::command]
fn paint(
    #[option(is_flag = false, flag_value = "auto", help = "When to color.")] color: Option<String>,
    #[option(optional_value = "fast", default = "slow")] speed: String,
) {
    clack::echo(format!("{color:?} {speed}"));
}

#[test]
fn an_option_whose_value_is_optional() {
    let cmd = paint::command();
    assert_eq!(ok(run(&cmd, &[])), "None slow\n");
    assert_eq!(ok(run(&cmd, &["--color"])), "Some(\"auto\") slow\n");
    assert_eq!(
        ok(run(&cmd, &["--color", "always", "--speed"])),
        "Some(\"always\") fast\n"
    );
    assert_eq!(
        ok(run(&cmd, &["--color=never", "--speed", "medium"])),
        "Some(\"never\") medium\n"
    );
    let help = ok(run(&cmd, &["--help"]));
    assert!(help.contains("  --color TEXT  When to color.\n"), "{help}");
}

/// A repeated flag: each `--mark` adds the flag value.
#[clack::command]
fn marks(#[option(flag_value = "x")] mark: Vec<String>) {
    clack::echo(format!("{mark:?}"));
}

#[test]
fn a_repeated_option_takes_a_plain_flag_value() {
    assert_eq!(ok(run(&marks::command(), &[])), "[]\n");
    assert_eq!(
        ok(run(&marks::command(), &["--mark", "--mark"])),
        "[\"x\", \"x\"]\n"
    );
}
