//! 16,000 groups nested one in another, built with the builder: running
//! the innermost command, asking any level for help, failing deep down and
//! completing there all work on a test thread's ordinary stack (2 MiB).
//! The nesting comes from the program, the path through it from the
//! command line; nothing may recurse once per level, not even dropping
//! the commands and contexts.

use std::sync::{Arc, Mutex};

use clack::testing::Runner;
use clack::{Command, Group, Opt, Output};

const DEPTH: usize = 16_000;

type Log = Arc<Mutex<Vec<String>>>;

/// `g0 g1 ... g15999 leaf`: each group notes its callback and its context's
/// closing in `log`, and adds one to what its subcommand returned.
fn nested(log: &Log) -> Command {
    let mut cmd = Command::new("leaf")
        .param(Opt::new("--level").value_type::<u64>().default(0u64))
        .callback(|ctx| Ok(Output::new(ctx.get_required::<u64>("level")?)));
    for i in (0..DEPTH).rev() {
        let log = log.clone();
        cmd = Group::new(format!("g{i}"))
            .command(cmd)
            .callback(move |ctx| {
                log.lock().unwrap().push(format!("run g{i}"));
                let log = log.clone();
                ctx.call_on_close(move |_| log.lock().unwrap().push(format!("close g{i}")));
                Ok(Output::none())
            })
            .result_callback(|_ctx, results| {
                let below = results
                    .into_iter()
                    .next()
                    .and_then(|r| r.downcast::<u64>().ok())
                    .unwrap_or_default();
                Ok(Output::new(below + 1))
            })
            .into_command();
    }
    cmd
}

/// The words from the group after the root down to the leaf.
fn path_to_leaf() -> Vec<String> {
    let mut words: Vec<String> = (1..DEPTH).map(|i| format!("g{i}")).collect();
    words.push("leaf".into());
    words
}

#[test]
fn the_innermost_command_runs() {
    let log = Log::default();
    let cli = nested(&log);
    let mut args = path_to_leaf();
    args.extend(["--level".into(), "5".into()]);
    let result = Runner::new().prog_name("g0").invoke(&cli, &args);
    assert_eq!(result.exit_code, 0, "{}", result.stderr);
    let value = result.output_value.expect("a value").downcast::<u64>().ok();
    assert_eq!(
        value,
        Some(5 + DEPTH as u64),
        "every result callback ran once"
    );
    // Each group's callback before the ones below it, then the contexts
    // closed from the innermost out, as the recursive order has it.
    let log = log.lock().unwrap();
    assert_eq!(log.len(), 2 * DEPTH);
    assert_eq!(log[0], "run g0");
    assert_eq!(log[DEPTH - 1], format!("run g{}", DEPTH - 1));
    assert_eq!(log[DEPTH], format!("close g{}", DEPTH - 1));
    assert_eq!(log[2 * DEPTH - 1], "close g0");
    drop(log);
    drop(cli);
}

#[test]
fn help_at_the_bottom_and_the_top() {
    let cli = nested(&Log::default());
    let mut args = path_to_leaf();
    args.push("--help".into());
    let result = Runner::new().prog_name("g0").invoke(&cli, &args);
    assert_eq!(result.exit_code, 0, "{}", result.stderr);
    let path: Vec<String> = (0..DEPTH).map(|i| format!("g{i}")).collect();
    // The path is too long to share its line: the usage goes on below it,
    // as Click puts it.
    let usage = format!("Usage: {} leaf \n           [OPTIONS]\n\n", path.join(" "));
    assert!(result.stdout.starts_with(&usage), "{:.300}", result.stdout);
    let tail = &result.stdout[result.stdout.len() - 300..];
    assert!(
        tail.ends_with("  --help           Show this message and exit.\n"),
        "{tail}"
    );

    let result = Runner::new().prog_name("g0").invoke(&cli, ["--help"]);
    assert_eq!(result.exit_code, 0);
    assert!(
        result.stdout.ends_with("Commands:\n  g1\n"),
        "{}",
        result.stdout
    );
}

#[test]
fn a_usage_error_deep_down_names_the_whole_path() {
    let log = Log::default();
    let cli = nested(&log);
    let mut args = path_to_leaf();
    args.push("--bad".into());
    let result = Runner::new().prog_name("g0").invoke(&cli, &args);
    assert_eq!(result.exit_code, 2);
    let tail = &result.stderr[result.stderr.len() - 300..];
    assert!(
        tail.ends_with("\n\nError: No such option '--bad'.\n"),
        "{tail}"
    );
    assert!(
        result
            .stderr
            .contains(&format!(" g{} leaf --help' for help.", DEPTH - 1))
    );
    // The groups above ran and their contexts were closed all the same.
    assert_eq!(log.lock().unwrap().len(), 2 * DEPTH);
}

#[test]
fn completing_at_the_bottom() {
    let cli = nested(&Log::default());
    let mut words = vec!["g0".to_string()];
    words.extend(path_to_leaf());
    let line = format!("{} --", words.join(" "));
    let result = Runner::new()
        .prog_name("g0")
        .env("_G0_COMPLETE", "bash_complete")
        .env("COMP_WORDS", line)
        .env("COMP_CWORD", words.len().to_string())
        .invoke(&cli, [""; 0]);
    assert_eq!(result.exit_code, 0);
    assert_eq!(result.stdout, "plain,--level\nplain,--help\n");
}

#[test]
fn building_and_dropping_the_groups() {
    // Dropping a command drops what it holds: thousands of levels one
    // after another, not one inside the other.
    for _ in 0..3 {
        drop(nested(&Log::default()));
    }
}
