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
