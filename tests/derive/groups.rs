//! `#[group]`: subcommands, objects handed down, chains, result callbacks,
//! names, custom command sources.

use std::sync::Arc;

use clack::group::{CommandSource, Commands};
use clack::prelude::*;

use clack::testing::Runner;

use super::{ok, run};

#[derive(Default, Debug)]
struct Repo {
    home: String,
    config: Vec<(String, String)>,
    log: Vec<String>,
}

/// Repo is a small version control tool.
#[group(name = "repo", commands = [clone, remote_grp, init_db_command, sync_cmd], version = "2.0.0")]
fn cli(
    ctx: &Context,
    #[option(envvar = "REPO_HOME", default = ".repo", metavar = "PATH")] repo_home: String,
    #[option(metavar = "KEY VALUE")] config: Vec<(String, String)>,
) {
    ctx.set_obj(Repo {
        home: repo_home,
        config,
        log: Vec::new(),
    });
}

/// Clone the repository at SRC into DEST.
#[command]
fn clone(
    #[obj] repo: &Repo,
    #[argument] src: String,
    #[argument] dest: Option<String>,
    #[option(flag = "--shallow/--deep", show_default)] shallow: bool,
) {
    let dest = dest.unwrap_or_else(|| src.rsplit('/').next().unwrap_or(".").to_string());
    clack::echo(format!(
        "Cloning {src} into {dest} ({}) from {} {:?}",
        if shallow { "shallow" } else { "deep" },
        repo.home,
        repo.config
    ));
}

/// Manage remotes.
#[group(commands = [remote_add])]
fn remote_grp() {}

/// Add the remote NAME at URL.
#[command(name = "add")]
fn remote_add(#[obj] repo: &mut Repo, #[argument] name: String, #[argument] url: String) {
    repo.log.push(format!("{name}={url}"));
    clack::echo(format!(
        "Added remote {name} -> {url} in {} ({:?})",
        repo.home, repo.log
    ));
}

/// Create the database.
#[command]
fn init_db_command(#[obj(ensure)] counter: &mut Counter) {
    counter.0 += 1;
    clack::echo(format!("init {}", counter.0));
}

#[derive(Default)]
struct Counter(u32);

/// Sync.
#[command]
fn sync_cmd() {}

#[test]
fn group_help_lists_commands() {
    let out = ok(run(&cli::command(), &["--help"]));
    assert_eq!(
        out,
        "\
Usage: repo [OPTIONS] COMMAND [ARGS]...

  Repo is a small version control tool.

Options:
  --repo-home PATH
  --config KEY VALUE
  --version           Show the version and exit.
  --help              Show this message and exit.

Commands:
  clone    Clone the repository at SRC into DEST.
  init-db  Create the database.
  remote   Manage remotes.
  sync     Sync.
"
    );
}

#[test]
fn objects_reach_subcommands() {
    let out = ok(run(
        &cli::command(),
        &["--config", "a", "b", "clone", "x/y"],
    ));
    assert_eq!(
        out,
        "Cloning x/y into y (deep) from .repo [(\"a\", \"b\")]\n"
    );
    let out = ok(run(
        &cli::command(),
        &["--repo-home", "/r", "remote", "add", "o", "u"],
    ));
    assert_eq!(out, "Added remote o -> u in /r ([\"o=u\"])\n");
    assert_eq!(ok(run(&cli::command(), &["init-db"])), "init 1\n");
}

#[test]
fn a_missing_object_is_an_error() {
    let result = run(&clone::command(), &["x"]);
    assert_eq!(result.exit_code, 1);
    assert_eq!(
        result.stderr,
        "Error: Managed to invoke callback without a context object of type 'Repo' existing.\n"
    );
    assert_eq!(ok(run(&init_db_command::command(), &[])), "init 1\n");
}

type Processor = Box<dyn Fn(Vec<String>) -> Vec<String>>;

/// Run words through a pipeline.
#[group(chain, result_callback = run_pipeline, commands = [emit, upper, reverse])]
fn pipe() {}

fn run_pipeline(processors: Vec<Processor>) {
    let mut words = Vec::new();
    for p in processors {
        words = p(words);
    }
    clack::echo(words.join(" "));
}

/// Add WORD.
#[command]
fn emit(#[argument] word: String) -> Processor {
    Box::new(move |mut v| {
        v.push(word.clone());
        v
    })
}

/// Upper-case every word.
#[command]
fn upper() -> Processor {
    Box::new(|v| v.into_iter().map(|w| w.to_uppercase()).collect())
}

/// Reverse the words.
#[command]
fn reverse() -> Processor {
    Box::new(|mut v| {
        v.reverse();
        v
    })
}

#[test]
fn chained_commands_feed_the_result_callback() {
    let out = ok(run(
        &pipe::command(),
        &["emit", "a", "emit", "b", "upper", "reverse", "emit", "c"],
    ));
    assert_eq!(out, "B A c\n");
    let cmd = pipe::command();
    assert!(cmd.is_chain());
    let help = ok(run(&cmd, &["--help"]));
    assert!(
        help.starts_with("Usage: pipe [OPTIONS] COMMAND1 [ARGS]... [COMMAND2 [ARGS]...]...\n"),
        "{help}"
    );
}

/// Sum numbers.
#[group(chain, result_callback = total, commands = [num, text])]
fn sum() {}

fn total(ctx: &Context, results: Vec<u32>) -> Result<u32> {
    let sum = results.iter().sum();
    clack::echo(format!("{} = {sum}", ctx.info_name().unwrap_or("?")));
    Ok(sum)
}

/// A number.
#[command]
fn num(#[argument] n: u32) -> u32 {
    n
}

/// Not a number.
#[command]
fn text() -> String {
    "x".into()
}

#[test]
fn result_callbacks_with_context_and_values() {
    let result = run(&sum::command(), &["num", "1", "num", "2"]);
    assert_eq!(result.stdout, "sum = 3\n");
    assert_eq!(
        result.output_value.and_then(|o| o.downcast::<u32>().ok()),
        Some(3)
    );
    let result = run(&sum::command(), &["num", "1", "text"]);
    assert_eq!(result.exit_code, 1);
    assert_eq!(
        result.stderr,
        "Error: The result callback takes a `u32` from every command, but a command returned something else.\n"
    );
}

/// Resolves `ls` to `list`.
struct Aliases;

impl CommandSource for Aliases {
    fn get_command(
        &self,
        _ctx: &Context,
        name: &str,
        registered: &Commands,
    ) -> Result<Option<Arc<Command>>> {
        Ok(registered.get(if name == "ls" { "list" } else { name }))
    }
}

/// A tool with aliases.
#[group(source = Aliases, commands = [list_cmd], invoke_without_command, subcommand_metavar = "CMD")]
fn tool(ctx: &Context) {
    if ctx.invoked_subcommand().is_none() {
        clack::echo("no command");
    }
}

/// List things.
#[command]
fn list_cmd() {
    clack::echo("listing");
}

#[test]
fn sources_and_invoke_without_command() {
    assert_eq!(ok(run(&tool::command(), &["ls"])), "listing\n");
    assert_eq!(ok(run(&tool::command(), &[])), "no command\n");
    let help = ok(run(&tool::command(), &["--help"]));
    assert!(help.starts_with("Usage: tool [OPTIONS] CMD\n"), "{help}");
    let group: clack::Group = tool::group();
    let _ = group;
}

#[test]
fn names_strip_suffixes() {
    assert_eq!(init_db_command::command().name(), "init-db");
    assert_eq!(sync_cmd::command().name(), "sync");
    assert_eq!(remote_grp::command().name(), "remote");
    assert_eq!(remote_add::command().name(), "add");
    assert_eq!(list_cmd::command().name(), "list");
}

/// A tool that can print its own completion script.
#[group(completion_option, commands = [upper])]
fn tabbed() {}

#[test]
fn completion_option_prints_the_script() {
    let result = Runner::new()
        .env("SHELL", "/usr/bin/fish")
        .invoke(&tabbed::command(), ["--completion"]);
    assert_eq!(result.exit_code, 0, "{}", result.stderr);
    assert!(
        result
            .stdout
            .contains("complete --no-files --command tabbed --arguments '(_tabbed_completion)'"),
        "{}",
        result.stdout
    );
    assert!(
        result.stderr.contains("tabbed --completion fish >"),
        "{}",
        result.stderr
    );
    let help = ok(run(&tabbed::command(), &["--help"]));
    assert!(help.contains("  --completion [SHELL]"), "{help}");
}
