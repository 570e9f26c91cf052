//! Option declarations: names, flags and the builder's settings.

use super::*;

fn decls(d: &[&str]) -> (String, Vec<String>, Vec<String>) {
    parse_decls(&d.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap()
}

#[test]
fn names_from_declarations() {
    assert_eq!(decls(&["--dry-run"]).0, "dry_run");
    assert_eq!(decls(&["-v", "--verbose"]).0, "verbose");
    assert_eq!(decls(&["--int", "int_"]).0, "int_");
    assert_eq!(decls(&["-n"]).0, "n");
    let (name, opts, sec) = decls(&["--shout/--no-shout"]);
    assert_eq!(
        (name.as_str(), opts, sec),
        (
            "shout",
            vec!["--shout".to_string()],
            vec!["--no-shout".to_string()]
        )
    );
    let (_, opts, sec) = decls(&["/debug;/no-debug"]);
    assert_eq!(
        (opts, sec),
        (vec!["/debug".to_string()], vec!["/no-debug".to_string()])
    );
    let (name, opts, sec) = decls(&["--debug", " /-D"]);
    assert_eq!(name, "debug");
    assert_eq!(opts, ["--debug"]);
    assert_eq!(sec, ["-D"]);
}

#[test]
fn bad_declarations() {
    let bad = |d: &[&str]| parse_decls(&d.iter().map(|s| s.to_string()).collect::<Vec<_>>());
    assert!(bad(&["name"]).is_err());
    assert!(bad(&["a", "b"]).is_err());
    assert!(bad(&["--x/--x"]).is_err());
    assert!(bad(&[]).is_err());
}

#[test]
fn nargs_survives_a_later_type() {
    let p: Param = Opt::new("--point").nargs(2).value_type::<i32>().into();
    assert_eq!(p.nargs(), 2);
    let p: Param = Opt::new("--point").value_type::<i32>().nargs(3).into();
    assert_eq!(p.nargs(), 3);
}

#[test]
fn flags_are_inferred() {
    let p: Param = Opt::new("--shout/--no-shout").into();
    assert!(p.is_flag() && p.is_bool_flag());
    let p: Param = Opt::new("--upper").flag_value("upper").into();
    assert!(p.is_flag() && !p.is_bool_flag());
    let p: Param = Opt::new("--name").into();
    assert!(!p.is_flag());
    let p: Param = Opt::new("-v").count().into();
    assert!(!p.is_flag() && p.is_count());
    let p: Param = Opt::new("--user-name").prompt_auto().into();
    assert_eq!(p.option().unwrap().prompt.as_deref(), Some("User name"));
}

/// The kind an option ends up with, by the builder calls that made it.
fn kind(opt: Opt) -> &'static str {
    let p: Param = opt.into();
    match &p.option().unwrap().kind {
        OptionKind::Value => "value",
        OptionKind::OptionalValue { alone: Some(_) } => "optional value",
        OptionKind::OptionalValue { alone: None } => "optional value (prompts)",
        OptionKind::Flag { .. } => "flag",
        OptionKind::Switch { .. } => "switch",
        OptionKind::Count => "count",
    }
}

#[test]
fn kinds_are_inferred_once_as_click_does() {
    assert_eq!(kind(Opt::new("--name")), "value");
    assert_eq!(kind(Opt::new("--force").flag()), "flag");
    // Off names make a flag; a bool type makes it a boolean one.
    assert_eq!(kind(Opt::new("--shout/--no-shout")), "flag");
    // A flag_value alone makes a flag; a non-bool one, a feature switch.
    assert_eq!(kind(Opt::new("--upper").flag_value("upper")), "switch");
    assert_eq!(kind(Opt::new("--no-cache").flag_value(false)), "flag");
    assert_eq!(
        kind(Opt::new("--n").flag().value_type::<u8>().flag_value(3u8)),
        "switch"
    );
    assert_eq!(kind(Opt::new("-v").count()), "count");
    // is_flag=False with a flag_value: the value is optional.
    assert_eq!(
        kind(Opt::new("--color").is_flag(false).flag_value("auto")),
        "optional value"
    );
    assert_eq!(
        kind(Opt::new("--name").prompt_auto().prompt_required(false)),
        "optional value (prompts)"
    );
    // is_flag=False with a required prompt and no default: standing alone
    // prompts (Click's `_flag_needs_value`).
    assert_eq!(
        kind(Opt::new("--name").is_flag(false).prompt_auto()),
        "optional value (prompts)"
    );
    assert_eq!(
        kind(Opt::new("--name").is_flag(false).prompt_auto().default("x")),
        "value"
    );
    assert_eq!(kind(Opt::new("--name").is_flag(false)), "value");
    // The order of the builder calls does not matter.
    assert_eq!(
        kind(Opt::new("--x").flag_value("a").is_flag(false)),
        "optional value"
    );
}

#[test]
fn counting_and_flag_conflict() {
    for opt in [Opt::new("-v").count().flag(), Opt::new("-v/-V").count()] {
        let p: Param = opt.into();
        assert!(p.option().unwrap().conflict.is_some());
    }
    let p: Param = Opt::new("-v").count().into();
    assert!(p.option().unwrap().conflict.is_none());
}

#[test]
fn defaults_written_as_values_of_the_stored_type_are_held_typed() {
    let typed = |opt: Opt| {
        let p: Param = opt.into();
        matches!(p.default, Some(Literal::Typed { .. }))
    };
    assert!(typed(Opt::new("--n").value_type::<u32>().default(7u32)));
    assert!(typed(Opt::new("--name").default("ada")));
    assert!(typed(Opt::new("--ratio").default(0.5)));
    // Text for a typed option, a type that may change the value (a range
    // clamps), a list: converted by the type when used.
    assert!(!typed(Opt::new("--n").value_type::<u32>().default("7")));
    assert!(!typed(
        Opt::new("--n")
            .ty(crate::types::Int::<u32>::range(1, 9))
            .default(7u32)
    ));
    assert!(!typed(Opt::new("--t").multiple(true).default(["a"])));
    // A boolean flag's value is a typed boolean.
    let p: Param = Opt::new("--no-cache").flag_value(false).into();
    let on = p.option().unwrap().kind.flag_value().unwrap();
    assert!(matches!(on, Literal::Typed { .. }) && on.is_word("False"));
}
