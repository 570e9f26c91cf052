//! Hooks that act while parsing: an eager callback installing a default
//! map (Click's `ctx.default_map = ...`), and a group's hook on its raw
//! arguments (Click's `parse_args` override).

use clack::context::DefaultMap;
use clack::prelude::*;
use clack::testing::Runner;

/// Read `key = value` lines from the file a `--config` option names and
/// merge them into the default map (black's recipe).
fn read_config(ctx: &Context, _param: &Param, path: Option<String>) -> Result<Option<String>> {
    if let Some(path) = &path {
        let text = std::fs::read_to_string(ctx.io().resolve(path))?;
        let mut map = DefaultMap::new();
        for line in text.lines() {
            if let Some((key, value)) = line.split_once('=') {
                map = map.value(key.trim(), value.trim());
            }
        }
        ctx.extend_default_map(map);
    }
    Ok(path)
}

/// Format the files.
#[command]
fn fmt(
    ctx: &Context,
    #[option(is_eager, expose_value = false, callback = read_config)] _config: Option<String>,
    #[option(default = 88)] line_length: u32,
    #[option(default = "py39")] target: String,
) {
    let src = |name: &str| ctx.get_parameter_source(name).map_or("-", |s| s.name());
    clack::echo(format!(
        "line_length={line_length} ({}) target={target} ({})",
        src("line_length"),
        src("target")
    ));
}

#[test]
fn an_eager_callback_installs_defaults() {
    let runner = Runner::new().file("pyproject.conf", "line_length = 100\n");
    let r = runner.invoke(&fmt::command(), ["--config", "pyproject.conf"]);
    assert_eq!(r.stderr, "");
    assert_eq!(
        r.stdout,
        "line_length=100 (DEFAULT_MAP) target=py39 (DEFAULT)\n"
    );
    let r = runner.invoke(
        &fmt::command(),
        ["--line-length", "79", "--config", "pyproject.conf"],
    );
    assert_eq!(
        r.stdout,
        "line_length=79 (COMMANDLINE) target=py39 (DEFAULT)\n"
    );
    let r = Runner::new()
        .file("pyproject.conf", "line_length = long\n")
        .invoke(&fmt::command(), ["--config", "pyproject.conf"]);
    assert_eq!(r.exit_code, 2);
    assert!(
        r.stderr.ends_with(
            "Error: Invalid value for '--line-length': 'long' is not a valid integer.\n"
        ),
        "{}",
        r.stderr
    );
}

#[derive(Default)]
struct Info {
    app: Option<String>,
}

/// Load the application `--app` names before parsing, so that help and
/// completion list its commands. (Only reading the arguments, it meets
/// clippy's `ptr_arg`: the hook's signature is given.)
#[allow(clippy::ptr_arg)]
fn load_early(ctx: &Context, args: &mut Vec<std::ffi::OsString>) -> Result<()> {
    ctx.process_early(&["app"], args)?;
    if let Some(app) = ctx.get::<String>("app")? {
        ctx.ensure_obj::<Info>().borrow_mut()?.app = Some(app);
    }
    Ok(())
}

/// `fw ls` is short for `fw list`.
fn aliases(_ctx: &Context, args: &mut Vec<std::ffi::OsString>) -> Result<()> {
    if let Some(i) = args.iter().position(|a| a == "ls") {
        args.splice(i..=i, ["list".into()]);
    }
    Ok(())
}

struct Apps;

impl clack::group::CommandSource for Apps {
    fn list_commands(&self, ctx: &Context, commands: &clack::group::Commands) -> Vec<String> {
        let mut names = commands.names();
        let app = ctx
            .find_obj::<Info>()
            .and_then(|i| i.borrow().ok()?.app.clone());
        if app.is_some() {
            names.push("seed".into());
        }
        names.sort();
        names
    }

    fn get_command(
        &self,
        _ctx: &Context,
        name: &str,
        commands: &clack::group::Commands,
    ) -> Result<Option<std::sync::Arc<Command>>> {
        Ok(match name {
            "seed" => Some(std::sync::Arc::new(seed::command())),
            _ => commands.get(name),
        })
    }
}

/// The framework.
#[group(source = Apps, parse_args_hook = load_early, commands = [list])]
fn fw(#[option(help = "The application.")] _app: Option<String>) {}

/// The tool.
#[group(parse_args_hook = aliases, commands = [list])]
fn tool() {}

/// List things.
#[command]
fn list() {
    clack::echo("listed");
}

/// Fill the database.
#[command]
fn seed() {
    clack::echo("seeded");
}

#[test]
fn a_group_hook_loads_commands_for_help_and_completion() {
    let r = Runner::new().invoke(&fw::command(), ["--help", "--app", "shop"]);
    assert_eq!(
        r.stdout,
        "\
Usage: fw [OPTIONS] COMMAND [ARGS]...

  The framework.

Options:
  --app TEXT  The application.
  --help      Show this message and exit.

Commands:
  list  List things.
  seed  Fill the database.
"
    );
    let r = Runner::new()
        .prog_name("fw")
        .env("_FW_COMPLETE", "bash_complete")
        .env("COMP_WORDS", "fw --app shop s")
        .env("COMP_CWORD", "3")
        .invoke(&fw::command(), [""; 0]);
    assert_eq!(r.stdout, "plain,seed\n");
    let r = Runner::new().invoke(&fw::command(), ["--app", "shop", "seed"]);
    assert_eq!(r.stdout, "seeded\n");
}

#[test]
fn a_group_hook_rewrites_its_arguments() {
    let r = Runner::new().invoke(&tool::command(), ["ls"]);
    assert_eq!((r.stdout.as_str(), r.exit_code), ("listed\n", 0));
}
