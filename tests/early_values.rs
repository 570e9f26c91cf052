//! Values settled while parsing: default maps installed by an eager
//! callback (Click's `ctx.default_map = ...` from a `--config` callback),
//! and parameters processed early by a group's hook on its raw arguments.

use std::sync::Arc;

use clack::context::{DefaultEntry, DefaultMap};
use clack::group::{CommandSource, Commands};
use clack::testing::{RunResult, Runner};
use clack::{Command, Context, Error, Group, Opt, Output, Param};

/// Read `key = value` lines, with `[name]` starting the defaults of the
/// subcommand `name` (a format simple enough to parse here).
fn read_defaults(ctx: &Context, path: &str) -> Result<DefaultMap, Error> {
    let text = std::fs::read_to_string(ctx.io().resolve(path))
        .map_err(|e| Error::bad_parameter(format!("cannot read {path}: {e}")))?;
    parse_defaults(&text)
}

fn parse_defaults(text: &str) -> Result<DefaultMap, Error> {
    let mut top = DefaultMap::new();
    let mut section: Option<(String, DefaultMap)> = None;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            if let Some((n, m)) = section.take() {
                top = top.map(&n, m);
            }
            section = Some((name.to_string(), DefaultMap::new()));
            continue;
        }
        let (key, value) = line
            .split_once('=')
            .ok_or_else(|| Error::bad_parameter(format!("not key = value: {line}")))?;
        let (key, value) = (key.trim(), value.trim());
        section = match section.take() {
            Some((n, m)) => Some((n, m.value(key, value))),
            None => {
                top = top.value(key, value);
                None
            }
        };
    }
    if let Some((n, m)) = section {
        top = top.map(&n, m);
    }
    Ok(top)
}

/// Black's recipe: an eager `--config` whose callback extends the default
/// map.
fn config_callback(
    ctx: &Context,
    _param: &Param,
    path: Option<String>,
) -> Result<Option<String>, Error> {
    if let Some(path) = &path {
        ctx.extend_default_map(read_defaults(ctx, path)?);
    }
    Ok(path)
}

/// `tool [--config F] [--name] [--level] serve [--port] [--tag]...`, each
/// value printed with its source.
fn tool(eager: bool) -> Command {
    let serve = Command::new("serve")
        .param(Opt::new("--port").value_type::<i64>().default(80))
        .param(Opt::new("--host").default("localhost"))
        .callback(|ctx| {
            let port: i64 = ctx.get_required("port")?;
            let host: String = ctx.get_required("host")?;
            clack::echo(format!(
                "port={port} ({}) host={host} ({})",
                source(ctx, "port"),
                source(ctx, "host")
            ));
            Ok(Output::none())
        });
    Group::new("tool")
        .invoke_without_command(true)
        .param(Opt::new("--name").default("anon").envvar("TOOL_TEST_NAME"))
        .param(
            Opt::new("--config")
                .is_eager(eager)
                .expose_value(false)
                .callback(config_callback),
        )
        .param(Opt::new("--level").is_eager(true).default("info"))
        .callback(|ctx| {
            let name: String = ctx.get_required("name")?;
            let level: String = ctx.get_required("level")?;
            clack::echo(format!(
                "name={name} ({}) level={level} ({})",
                source(ctx, "name"),
                source(ctx, "level")
            ));
            Ok(Output::none())
        })
        .command(serve)
        .into_command()
}

fn source(ctx: &Context, name: &str) -> &'static str {
    ctx.get_parameter_source(name).map_or("-", |s| s.name())
}

const CONF: &str = "name = ada\nlevel = debug\n[serve]\nport = 8080\n";

fn run(runner: Runner, cmd: &Command, args: &[&str]) -> RunResult {
    runner.invoke(cmd, args.iter().copied())
}

#[test]
fn an_eager_callback_fills_defaults_from_a_file() {
    let r = run(
        Runner::new().file("tool.conf", CONF),
        &tool(true),
        &["--config", "tool.conf", "serve"],
    );
    assert_eq!(r.stderr, "");
    assert_eq!(
        r.stdout,
        "name=ada (DEFAULT_MAP) level=debug (DEFAULT_MAP)\n\
         port=8080 (DEFAULT_MAP) host=localhost (DEFAULT)\n"
    );
}

#[test]
fn command_line_and_environment_still_win() {
    let r = run(
        Runner::new()
            .file("tool.conf", CONF)
            .env("TOOL_TEST_NAME", "grace"),
        &tool(true),
        &[
            "--config",
            "tool.conf",
            "--level",
            "warn",
            "serve",
            "--port",
            "9",
        ],
    );
    assert_eq!(r.stderr, "");
    assert_eq!(
        r.stdout,
        "name=grace (ENVIRONMENT) level=warn (COMMANDLINE)\n\
         port=9 (COMMANDLINE) host=localhost (DEFAULT)\n"
    );
}

#[test]
fn values_from_the_map_are_converted_by_the_type() {
    let r = run(
        Runner::new().file("tool.conf", "[serve]\nport = eighty\n"),
        &tool(true),
        &["--config", "tool.conf", "serve"],
    );
    assert_eq!(r.exit_code, 2);
    assert!(
        r.stderr
            .ends_with("Error: Invalid value for '--port': 'eighty' is not a valid integer.\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_callback_on_a_later_parameter_does_not_fill_earlier_ones() {
    // Not eager: `--config` is processed after the eager `--level`, which
    // keeps its own default; `--name`, processed after it, takes the map's.
    let r = run(
        Runner::new().file("tool.conf", CONF),
        &tool(false),
        &["--config", "tool.conf"],
    );
    assert_eq!(r.stderr, "");
    assert_eq!(r.stdout, "name=ada (DEFAULT_MAP) level=info (DEFAULT)\n");
}

#[test]
fn set_replaces_and_extend_merges() {
    let settings = clack::ContextSettings::new().default_map(
        DefaultMap::new()
            .value("name", "from-settings")
            .value("level", "error"),
    );
    let make = |replace: bool| {
        Command::new("t")
            .context_settings(settings.clone())
            .param(
                Opt::new("--swap")
                    .flag()
                    .is_eager(true)
                    .expose_value(false)
                    .callback(move |ctx: &Context, _p: &Param, on: Option<bool>| {
                        if on == Some(true) {
                            let map = DefaultMap::new().value("name", "swapped");
                            if replace {
                                ctx.set_default_map(map);
                            } else {
                                ctx.extend_default_map(map);
                            }
                        }
                        Ok(on)
                    }),
            )
            .param(Opt::new("--name").default("anon"))
            .param(Opt::new("--level").default("info"))
            .callback(|ctx| {
                let name: String = ctx.get_required("name")?;
                let level: String = ctx.get_required("level")?;
                clack::echo(format!("{name} {level}"));
                Ok(Output::none())
            })
    };
    let r = Runner::new().invoke(&make(true), ["--swap"]);
    assert_eq!(r.stdout, "swapped info\n");
    let r = Runner::new().invoke(&make(false), ["--swap"]);
    assert_eq!(r.stdout, "swapped error\n");
    let r = Runner::new().invoke(&make(false), Vec::<String>::new());
    assert_eq!(r.stdout, "from-settings error\n");
}

#[test]
fn a_default_map_can_be_iterated_and_inspected() {
    let map = parse_defaults(CONF).unwrap();
    let entries: Vec<String> = map
        .iter()
        .map(|(name, entry)| match entry {
            DefaultEntry::Value(tokens) => format!("{name}={tokens:?}"),
            DefaultEntry::Map(sub) => format!("[{name}] {}", sub.len()),
        })
        .collect();
    assert_eq!(
        entries,
        [r#"level=["debug"]"#, r#"name=["ada"]"#, "[serve] 1"]
    );
    assert_eq!(map.len(), 3);
    assert!(!map.is_empty());
    assert!(map.contains_key("serve") && map.contains_key("name"));
    assert_eq!(map.get("name").unwrap(), ["ada"]);
    assert!(map.get("serve").is_none());
    assert_eq!(map.get_map("serve").unwrap().get("port").unwrap(), ["8080"]);
    assert_eq!((&map).into_iter().count(), 3);
}

// A group's hook on its raw arguments (Click's `parse_args` override).

#[derive(Default)]
struct Info {
    app: Option<String>,
}

/// The registered commands, and `seed` once an application is loaded.
struct AppCommands;

impl CommandSource for AppCommands {
    fn list_commands(&self, ctx: &Context, commands: &Commands) -> Vec<String> {
        let mut names = commands.names();
        if app_of(ctx).is_some() {
            names.push("seed".into());
        }
        names.sort();
        names
    }

    fn get_command(
        &self,
        ctx: &Context,
        name: &str,
        commands: &Commands,
    ) -> Result<Option<Arc<Command>>, Error> {
        if let Some(command) = commands.get(name) {
            return Ok(Some(command));
        }
        match (name, app_of(ctx)) {
            ("seed", Some(app)) => Ok(Some(Arc::new(
                Command::new("seed")
                    .help("Fill the database.")
                    .callback(move |_| {
                        clack::echo(format!("seeded {app}"));
                        Ok(Output::none())
                    }),
            ))),
            _ => Ok(None),
        }
    }
}

fn app_of(ctx: &Context) -> Option<String> {
    ctx.find_obj::<Info>()?.borrow().ok()?.app.clone()
}

/// `fw [--app NAME] COMMAND`: the application named by `--app` (or
/// `FW_APP`) is loaded by the hook, before parsing, when `early`.
fn fw(early: bool) -> Command {
    let group = Group::new("fw")
        .source(AppCommands)
        .param(Opt::new("--app").envvar("FW_APP").help("The application."))
        .command(Command::new("run").help("Run the server."));
    if !early {
        return group.into_command();
    }
    group
        .parse_args_hook(|ctx, args| {
            ctx.process_early(&["app"], args)?;
            if let Some(app) = ctx.get::<String>("app")? {
                ctx.ensure_obj::<Info>().borrow_mut()?.app = Some(app);
            }
            Ok(())
        })
        .into_command()
}

const FW_HELP: &str = "\
Usage: fw [OPTIONS] COMMAND [ARGS]...

Options:
  --app TEXT  The application.
  --help      Show this message and exit.

Commands:
";

#[test]
fn help_lists_the_commands_a_hook_loaded() {
    for args in [
        &["--app", "shop", "--help"][..],
        &["--help", "--app", "shop"],
    ] {
        let r = Runner::new().invoke(&fw(true), args.iter().copied());
        assert_eq!(
            r.stdout,
            format!("{FW_HELP}  run   Run the server.\n  seed  Fill the database.\n"),
            "{args:?}"
        );
    }
    let r = Runner::new()
        .env("FW_APP", "shop")
        .invoke(&fw(true), ["--help"]);
    assert!(
        r.stdout.ends_with("  seed  Fill the database.\n"),
        "{}",
        r.stdout
    );
    // Without the hook, help runs before `--app` is processed.
    let r = Runner::new().invoke(&fw(false), ["--help", "--app", "shop"]);
    assert_eq!(r.stdout, format!("{FW_HELP}  run  Run the server.\n"));
    let r = Runner::new().invoke(&fw(true), ["--app", "shop", "seed"]);
    assert_eq!((r.stdout.as_str(), r.exit_code), ("seeded shop\n", 0));
}

#[test]
fn completion_runs_the_hook() {
    let complete = |line: &str| {
        let r = Runner::new()
            .prog_name("fw")
            .env("_FW_COMPLETE", "bash_complete")
            .env("COMP_WORDS", line)
            .env("COMP_CWORD", "3")
            .invoke(&fw(true), [""; 0]);
        assert_eq!(r.stderr, "");
        r.stdout
    };
    assert_eq!(complete("fw --app shop s"), "plain,seed\n");
    assert_eq!(complete("fw --app shop r"), "plain,run\n");
}

#[test]
fn a_hook_rewrites_the_arguments() {
    let cli = Group::new("fw")
        .param(Opt::new("--app"))
        .parse_args_hook(|_ctx, args| {
            // `fw @shop CMD` is short for `fw --app shop CMD`.
            if let Some(app) = args
                .first()
                .and_then(|a| a.to_str()?.strip_prefix('@').map(str::to_string))
            {
                args.splice(0..1, ["--app".into(), app.into()]);
            }
            Ok(())
        })
        .command(Command::new("run").callback(|ctx| {
            let app: String = ctx.parent().unwrap().get_required("app")?;
            let source = ctx.parent().unwrap().get_parameter_source("app");
            clack::echo(format!("run {app} ({})", source.unwrap().name()));
            Ok(Output::none())
        }))
        .into_command();
    let r = Runner::new().invoke(&cli, ["@shop", "run"]);
    assert_eq!(
        (r.stdout.as_str(), r.stderr.as_str()),
        ("run shop (COMMANDLINE)\n", "")
    );
}

#[test]
fn early_values_are_processed_again_from_the_final_arguments() {
    // The hook processes `--level` early, then drops it from the
    // arguments: the command sees the default.
    let cmd = Command::new("t")
        .param(Opt::new("--level").value_type::<i64>().default(1))
        .parse_args_hook(|ctx, args| {
            ctx.process_early(&["level"], args)?;
            let level: i64 = ctx.get_required("level")?;
            clack::echo(format!("early {level}"));
            args.retain(|a| a != "--level" && a != "5");
            Ok(())
        })
        .callback(|ctx| {
            let level: i64 = ctx.get_required("level")?;
            clack::echo(format!("late {level} ({})", source(ctx, "level")));
            Ok(Output::none())
        });
    let r = Runner::new().invoke(&cmd, ["--level", "5"]);
    assert_eq!(r.stdout, "early 5\nlate 1 (DEFAULT)\n");
    // A bad value is the usual usage error, from the hook.
    let r = Runner::new().invoke(&cmd, ["--level", "five"]);
    assert_eq!(r.exit_code, 2);
    assert!(
        r.stderr
            .ends_with("Error: Invalid value for '--level': 'five' is not a valid integer.\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn process_early_names_parameters_of_the_command() {
    let cmd = Command::new("t").parse_args_hook(|ctx, args| ctx.process_early(&["nope"], args));
    let r = Runner::new().invoke(&cmd, [""; 0]);
    assert_eq!(
        (r.stderr.as_str(), r.exit_code),
        (
            "Error: the command 't' is declared wrongly: process_early names \"nope\", which is no parameter of it\n",
            1
        )
    );
}
