//! Values settled while parsing: default maps installed by an eager
//! callback (Click's `ctx.default_map = ...` from a `--config` callback).

use clack::context::{DefaultEntry, DefaultMap};
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
