//! Parameter types from attributes: paths, files, dates, ranges, explicit
//! types, completion.

use std::io::Write;
use std::path::PathBuf;

use clack::prelude::*;
use clack::types::{Int, LazyFile, NaiveDateTime};

use super::{ok, run};

fn complete_env(
    _ctx: &Context,
    _param: &Param,
    incomplete: &str,
) -> Vec<clack::complete::CompletionItem> {
    ["dev", "prod"]
        .iter()
        .filter(|e| e.starts_with(incomplete))
        .map(|e| clack::complete::CompletionItem::new(*e))
        .collect()
}

/// Every type attribute.
#[command]
fn typed(
    #[option(exists, dir_okay = false)] config: Option<PathBuf>,
    #[option(file = "w", default = "-", lazy = false)] out: LazyFile,
    #[option(formats = ["%d.%m.%Y"])] day: Option<NaiveDateTime>,
    #[option(ty = Int::<u16>::range(1, 100), default = 50)] percent: u16,
    #[option(range = 0.0..1.0, default = 0.5)] ratio: f64,
    #[option(range = 0.., min_open, clamp)] above: Option<i32>,
    #[option(range = ..=5)] small: Option<i8>,
    #[option(shell_complete = complete_env)] env: Option<String>,
) -> std::io::Result<()> {
    let mut out = out;
    let day = day.map(|d| d.to_string());
    writeln!(
        out,
        "{config:?} {day:?} {percent} {ratio} {above:?} {small:?} {env:?}"
    )?;
    Ok(())
}

#[test]
fn types_convert() {
    let out = ok(run(
        &typed::command(),
        &["--day", "09.07.2024", "--percent", "7", "--above", "-4"],
    ));
    assert_eq!(
        out,
        "None Some(\"2024-07-09 00:00:00\") 7 0.5 Some(1) None None\n"
    );
}

#[test]
fn types_check() {
    // (Click shows the float bounds as 0.0 and 1.0; clack-core's FloatRange
    // prints them with Rust's Display, hence the loose match for --ratio.)
    let cases: [(&[&str], &str); 5] = [
        (
            &["--config", "/nonexistent/x"],
            "Error: Invalid value for '--config': File '/nonexistent/x' does not exist.\n",
        ),
        (
            &["--percent", "0"],
            "Error: Invalid value for '--percent': 0 is not in the range 1<=x<=100.\n",
        ),
        (
            &["--ratio", "1"],
            "Error: Invalid value for '--ratio': 1.0 is not in the range ",
        ),
        (
            &["--small", "6"],
            "Error: Invalid value for '--small': 6 is not in the range x<=5.\n",
        ),
        (
            &["--day", "2024"],
            "Error: Invalid value for '--day': '2024' does not match the format '%d.%m.%Y'.\n",
        ),
    ];
    for (args, message) in cases {
        let result = run(&typed::command(), args);
        assert_eq!(result.exit_code, 2, "{args:?}");
        assert!(
            result.stderr.contains(message),
            "{args:?}: {}",
            result.stderr
        );
    }
}

#[test]
fn custom_completion() {
    let cmd = typed::command();
    let ctx = Context::new(cmd.clone(), "typed");
    let env = cmd
        .params_list()
        .iter()
        .find(|p| p.name() == "env")
        .cloned();
    let items = env.map(|p| p.shell_complete(&ctx, "d")).unwrap_or_default();
    let values: Vec<&str> = items.iter().map(|i| i.value()).collect();
    assert_eq!(values, ["dev"]);
}
