//! Configuration files, argument files and the precedence of a value's
//! sources, through the testing runner with files in its isolated folder.

use clack::config::{ArgFiles, ConfigOption, UnknownKeys};
use clack::context::DefaultMap;
use clack::testing::{RunResult, Runner};
use clack::{Arg, Command, ContextSettings, Group, Opt, Output};

const NONE: [&str; 0] = [];

/// `tool [--config] [--verbose] [--name] serve [--port] [--tag]...`,
/// printing each value with its source.
fn tool(cfg: ConfigOption) -> Command {
    let serve = Command::new("serve")
        .param(Opt::new("--port").value_type::<u16>().default(80))
        .param(Opt::new("--tag").multiple(true))
        .param(Opt::new("--dry-run").flag())
        .callback(|ctx| {
            let port: u16 = ctx.get_required("port")?;
            let tags: Vec<String> = ctx.get_required("tag")?;
            let dry: bool = ctx.get_required("dry_run")?;
            let src = ctx.get_parameter_source("port").map(|s| s.name());
            clack::echo(format!(
                "port={port} ({}) tags={tags:?} dry={dry}",
                src.unwrap_or("-")
            ));
            Ok(Output::none())
        });
    Group::new("tool")
        .invoke_without_command(true)
        .param(Opt::new("--name").default("anon"))
        .config_option(cfg)
        .callback(|ctx| {
            let name: String = ctx.get_required("name")?;
            let file = ctx
                .config_file()
                .map(|p| p.file_name().unwrap().to_string_lossy().into_owned());
            clack::echo(format!("name={name} file={}", file.unwrap_or_default()));
            Ok(Output::none())
        })
        .command(serve)
        .into_command()
}

fn run(runner: &Runner, cmd: &Command, args: &[&str]) -> RunResult {
    runner.invoke(cmd, args.iter().copied())
}

const TOML: &str = "name = \"ada\"\n[serve]\nport = 8080\ntag = [\"a\", \"b\"]\ndry-run = true\n";
const JSON: &str =
    r#"{"name": "ada", "serve": {"port": 8080, "tag": ["a", "b"], "dry-run": true}}"#;

#[test]
fn toml_file_fills_the_command_and_its_subcommand() {
    let r = run(
        &Runner::new().file("app.toml", TOML),
        &tool(ConfigOption::new()),
        &["--config", "app.toml", "serve"],
    );
    assert_eq!(r.stderr, "");
    assert_eq!(
        r.stdout,
        "name=ada file=app.toml\nport=8080 (DEFAULT_MAP) tags=[\"a\", \"b\"] dry=true\n"
    );
}

#[test]
fn json_file_fills_the_command_and_its_subcommand() {
    let r = run(
        &Runner::new().file("app.json", JSON),
        &tool(ConfigOption::new()),
        &["--config", "app.json", "serve"],
    );
    assert_eq!(r.stderr, "");
    assert_eq!(
        r.stdout,
        "name=ada file=app.json\nport=8080 (DEFAULT_MAP) tags=[\"a\", \"b\"] dry=true\n"
    );
}

#[test]
fn command_line_and_environment_win_over_the_file() {
    let runner = Runner::new().file("app.toml", TOML);
    let r = run(
        &runner,
        &tool(ConfigOption::new()),
        &["--config", "app.toml", "serve", "--port", "1"],
    );
    assert!(
        r.stdout
            .ends_with("port=1 (COMMANDLINE) tags=[\"a\", \"b\"] dry=true\n"),
        "{}",
        r.output
    );
    let cmd = tool(ConfigOption::new())
        .context_settings(ContextSettings::new().auto_envvar_prefix("TOOL"));
    let r = run(
        &runner.clone().env("TOOL_SERVE_PORT", "2"),
        &cmd,
        &["--config", "app.toml", "serve"],
    );
    assert!(
        r.stdout
            .ends_with("port=2 (ENVIRONMENT) tags=[\"a\", \"b\"] dry=true\n"),
        "{}",
        r.output
    );
}

#[test]
fn the_file_wins_over_the_programs_default_map_which_fills_the_rest() {
    let map = DefaultMap::new().value("name", "from-map").map(
        "serve",
        DefaultMap::new().value("port", 3).value("tag", ["m"]),
    );
    let cmd = tool(ConfigOption::new()).context_settings(ContextSettings::new().default_map(map));
    let runner = Runner::new().file("app.toml", "name = \"ada\"\n[serve]\nport = 8080\n");
    let r = run(&runner, &cmd, &["--config", "app.toml", "serve"]);
    assert_eq!(
        r.stdout,
        "name=ada file=app.toml\nport=8080 (DEFAULT_MAP) tags=[\"m\"] dry=false\n"
    );
    let r = run(&runner, &cmd, &["serve"]);
    assert_eq!(
        r.stdout,
        "name=from-map file=\nport=3 (DEFAULT_MAP) tags=[\"m\"] dry=false\n"
    );
}

#[test]
fn no_config_and_an_empty_value_turn_discovery_off() {
    let runner = Runner::new().file("tool.toml", TOML);
    let cmd = tool(ConfigOption::new().search("tool.toml"));
    assert_eq!(run(&runner, &cmd, &[]).stdout, "name=ada file=tool.toml\n");
    assert_eq!(
        run(&runner, &cmd, &["--no-config"]).stdout,
        "name=anon file=\n"
    );
    assert_eq!(
        run(&runner, &cmd, &["--config", "tool.toml", "--no-config"]).stdout,
        "name=anon file=\n"
    );
    assert_eq!(
        run(&runner, &cmd, &["--config", ""]).stdout,
        "name=anon file=\n"
    );
}

#[test]
fn discovery_takes_the_first_candidate_that_exists() {
    let cfg = || {
        ConfigOption::new()
            .search_app_dir("tool", "config.toml")
            .search("tool.json")
            .search_table("pyproject.toml", "tool.tool")
    };
    let home = clack::testing::TempDir::new().unwrap();
    let runner = Runner::new()
        .env("HOME", home.path())
        .env_remove("XDG_CONFIG_HOME")
        .file("tool.json", r#"{"name": "json"}"#)
        .file(
            "pyproject.toml",
            "[tool.tool]\nname = \"pyproject\"\n[tool.other]\nname = 1\n",
        );
    assert_eq!(
        run(&runner, &tool(cfg()), &[]).stdout,
        "name=json file=tool.json\n"
    );
    let runner_py = Runner::new()
        .env("HOME", home.path())
        .file("pyproject.toml", "[tool.tool]\nname = \"pyproject\"\n");
    assert_eq!(
        run(&runner_py, &tool(cfg()), &[]).stdout,
        "name=pyproject file=pyproject.toml\n"
    );
    std::fs::create_dir_all(home.path().join(".config/tool")).unwrap();
    std::fs::write(
        home.path().join(".config/tool/config.toml"),
        "name = \"home\"\n",
    )
    .unwrap();
    let r = run(&runner, &tool(cfg()), &["--help"]);
    let help: String = r.stdout.split_whitespace().collect();
    let shown = home.path().join(".config/tool/config.toml");
    assert!(
        help.contains(&format!("[default:{}]", shown.display())),
        "{}",
        r.stdout
    );
    assert_eq!(
        run(&runner, &tool(cfg()), &[]).stdout,
        "name=home file=config.toml\n"
    );
}

#[test]
fn a_bad_value_names_the_file_and_the_key() {
    let runner = Runner::new().file("app.toml", "[serve]\nport = \"high\"\n");
    let r = run(
        &runner,
        &tool(ConfigOption::new()),
        &["--config", "app.toml", "serve"],
    );
    assert_eq!(r.exit_code, 2);
    assert!(
        r.stderr.ends_with("Error: Invalid value for '--port' (key 'serve.port' in 'app.toml'): 'high' is not a valid integer.\n"),
        "{}",
        r.stderr
    );
    let runner = Runner::new().file("app.json", "{\"name\": ");
    let r = run(
        &runner,
        &tool(ConfigOption::new()),
        &["--config", "app.json"],
    );
    assert_eq!(r.exit_code, 2);
    assert!(
        r.stderr
            .contains("Error: Invalid value for '--config': 'app.json' is not valid JSON: line 1"),
        "{}",
        r.stderr
    );
    let r = run(
        &Runner::new().isolated_filesystem(),
        &tool(ConfigOption::new()),
        &["--config", "gone.toml"],
    );
    assert_eq!(r.exit_code, 2);
    assert!(
        r.stderr
            .ends_with("Error: Invalid value for '--config': File 'gone.toml' does not exist.\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn unknown_keys_are_errors_or_warnings() {
    let runner = Runner::new().file("app.toml", "name = \"ada\"\n[serve]\nprot = 1\n");
    let r = run(
        &runner,
        &tool(ConfigOption::new()),
        &["--config", "app.toml", "serve"],
    );
    assert_eq!(r.exit_code, 2);
    assert_eq!(
        r.stderr,
        "Usage: tool [OPTIONS] [COMMAND] [ARGS]...\nTry 'tool --help' for help.\n\nError: Unknown key 'serve.prot' in 'app.toml'.\n"
    );
    let r = run(
        &runner,
        &tool(ConfigOption::new().unknown_keys(UnknownKeys::Warn)),
        &["--config", "app.toml", "serve"],
    );
    assert_eq!(r.exit_code, 0);
    assert_eq!(
        r.stderr,
        "Warning: Unknown key 'serve.prot' in 'app.toml'.\n"
    );
    assert_eq!(
        r.stdout,
        "name=ada file=app.toml\nport=80 (DEFAULT) tags=[] dry=false\n"
    );
}

#[test]
fn the_option_can_be_renamed() {
    let cmd = tool(
        ConfigOption::new()
            .names(["-c", "--settings"])
            .no_config_flag(None),
    );
    let r = run(&Runner::new().file("s.toml", TOML), &cmd, &["-c", "s.toml"]);
    assert_eq!(r.stdout, "name=ada file=s.toml\n");
    let r = run(&Runner::new(), &cmd, &["--no-config"]);
    assert!(
        r.stderr.ends_with("Error: No such option '--no-config'.\n"),
        "{}",
        r.stderr
    );
}

/// `echo [--n N] [WORDS]...`, with argument files.
fn echo_cmd(mode: ArgFiles) -> Command {
    Command::new("echo")
        .param(Opt::new("--n").value_type::<u8>().default(0))
        .param(Arg::new("words").nargs(-1))
        .context_settings(ContextSettings::new().argument_files(mode))
        .callback(|ctx| {
            let n: u8 = ctx.get_required("n")?;
            let words: Vec<String> = ctx.get_required("words")?;
            clack::echo(format!("{n} {words:?}"));
            Ok(Output::none())
        })
}

#[test]
fn argument_files_expand_nested_and_stop() {
    let runner = Runner::new()
        .file("a.args", "--n\n3\nhello world\n@b.args\n")
        .file("b.args", "\nlast\n");
    let r = run(
        &runner,
        &echo_cmd(ArgFiles::Lines),
        &["@a.args", "x", "@@lit", "--", "@b.args"],
    );
    assert_eq!(
        r.stdout, "3 [\"hello world\", \"last\", \"x\", \"@lit\", \"@b.args\"]\n",
        "{}",
        r.output
    );
    let runner = Runner::new().file("w.args", "--n 4 'two words' # comment\nmore\n");
    let r = run(&runner, &echo_cmd(ArgFiles::ShellWords), &["@w.args"]);
    assert_eq!(r.stdout, "4 [\"two words\", \"more\"]\n", "{}", r.output);
}

#[test]
fn argument_files_fail_clearly() {
    let r = run(
        &Runner::new().isolated_filesystem(),
        &echo_cmd(ArgFiles::Lines),
        &["@gone.args"],
    );
    assert_eq!(r.exit_code, 2);
    assert!(
        r.stderr.ends_with(
            "Error: Could not read argument file 'gone.args': No such file or directory\n"
        ),
        "{}",
        r.stderr
    );
    let r = run(
        &Runner::new().file("loop.args", "@loop.args\n"),
        &echo_cmd(ArgFiles::Lines),
        &["@loop.args"],
    );
    assert_eq!(r.exit_code, 2);
    assert!(
        r.stderr
            .ends_with("Error: Argument file 'loop.args' is nested more than 10 files deep.\n"),
        "{}",
        r.stderr
    );
    let plain = Command::new("echo").param(Arg::new("w")).callback(|ctx| {
        clack::echo(ctx.get_required::<String>("w")?);
        Ok(Output::none())
    });
    assert_eq!(run(&Runner::new(), &plain, &["@x"]).stdout, "@x\n");
    let _ = NONE;
}

mod derived {
    use clack::config::ConfigOption;
    use clack::testing::Runner;

    /// Serve files.
    #[clack::command(config_option = ConfigOption::new().search("web.json"), argument_files = "lines")]
    fn web(#[option(default = 80)] port: u16, #[argument(nargs = -1)] paths: Vec<String>) {
        clack::echo(format!("{port} {paths:?}"));
    }

    #[clack::group(config_option, invoke_without_command, commands = [sub])]
    fn cli(#[option(default = "anon")] name: String) {
        clack::echo(name);
    }

    #[clack::command]
    fn sub(#[option(default = 1)] n: u8) {
        clack::echo(n.to_string());
    }

    #[test]
    fn the_macros_add_the_option_and_the_setting() {
        let runner = Runner::new()
            .file("web.json", r#"{"port": 8080}"#)
            .file("p.args", "a\nb\n");
        let r = runner.invoke(&web::command(), ["@p.args"]);
        assert_eq!(r.stdout, "8080 [\"a\", \"b\"]\n", "{}", r.output);
        let r = Runner::new()
            .file("c.toml", "name = \"ada\"\n[sub]\nn = 7\n")
            .invoke(&cli::command().with_name("cli"), ["--config", "c.toml"]);
        assert_eq!(r.stdout, "ada\n", "{}", r.output);
        let r = Runner::new()
            .file("c.toml", "name = \"ada\"\n[sub]\nn = 7\n")
            .invoke(
                &cli::command().with_name("cli"),
                ["--config", "c.toml", "sub"],
            );
        assert_eq!(r.stdout, "ada\n7\n", "{}", r.output);
    }
}

/// One test per rung of the precedence: command line, environment,
/// configuration file, the program's default map, the default, the prompt.
mod precedence {
    use clack::config::ConfigOption;
    use clack::context::DefaultMap;
    use clack::testing::Runner;
    use clack::{Command, ContextSettings, Opt, Output};

    fn cmd(default: bool, map: bool, prompt: bool) -> Command {
        let mut level = Opt::new("--level").envvar("LEVEL");
        if default {
            level = level.default("from-default");
        }
        if prompt {
            level = level.prompt("Level");
        }
        let mut settings = ContextSettings::new();
        if map {
            settings = settings.default_map(DefaultMap::new().value("level", "from-map"));
        }
        Command::new("p")
            .param(level)
            .config_option(ConfigOption::new().search("p.toml"))
            .context_settings(settings)
            .callback(|ctx| {
                let v: Option<String> = ctx.get("level")?;
                let s = ctx.get_parameter_source("level").map(|s| s.name());
                clack::echo(format!("{} {}", v.unwrap_or_default(), s.unwrap_or("-")));
                Ok(Output::none())
            })
    }

    fn all() -> Runner {
        Runner::new()
            .env("LEVEL", "from-env")
            .file("p.toml", "level = \"from-config\"\n")
    }

    #[test]
    fn command_line_first() {
        let r = all().invoke(&cmd(true, true, false), ["--level", "from-cli"]);
        assert_eq!(r.stdout, "from-cli COMMANDLINE\n");
    }

    #[test]
    fn then_the_environment() {
        let r = all().invoke(&cmd(true, true, false), [] as [&str; 0]);
        assert_eq!(r.stdout, "from-env ENVIRONMENT\n");
    }

    #[test]
    fn then_the_configuration_file() {
        let r = all()
            .env_remove("LEVEL")
            .invoke(&cmd(true, true, false), [] as [&str; 0]);
        assert_eq!(r.stdout, "from-config DEFAULT_MAP\n");
    }

    #[test]
    fn then_the_programs_default_map() {
        let r = all()
            .env_remove("LEVEL")
            .invoke(&cmd(true, true, false), ["--no-config"]);
        assert_eq!(r.stdout, "from-map DEFAULT_MAP\n");
    }

    #[test]
    fn then_the_default() {
        let r = all()
            .env_remove("LEVEL")
            .invoke(&cmd(true, false, false), ["--no-config"]);
        assert_eq!(r.stdout, "from-default DEFAULT\n");
    }

    #[test]
    fn then_the_prompt_which_offers_the_file_value() {
        let runner = all().env_remove("LEVEL").input("\n");
        let r = runner.invoke(&cmd(false, false, true), [] as [&str; 0]);
        assert_eq!(r.stdout, "Level [from-config]: \nfrom-config PROMPT\n");
        let r = runner
            .clone()
            .input("typed\n")
            .invoke(&cmd(false, false, true), ["--no-config"]);
        assert_eq!(r.stdout, "Level: typed\ntyped PROMPT\n");
    }
}

#[test]
fn settings_are_saved_atomically_and_reading_never_writes() {
    use clack::config::{ConfigFormat, ConfigTable, Toml, write_config};
    let dir = clack::testing::TempDir::new().unwrap();
    let path = dir.path().join("app.toml");
    std::fs::write(&path, TOML).unwrap();
    let before = std::fs::metadata(&path).unwrap().modified().unwrap();
    let r = Runner::new().cwd(dir.path()).invoke(
        &tool(ConfigOption::new()),
        ["--config", "app.toml", "serve"],
    );
    assert_eq!(r.exit_code, 0, "{}", r.output);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), TOML);
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        before
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

    let mut table = Toml.parse(TOML).unwrap();
    table.insert("name".into(), "grace".into());
    write_config(&path, &table, &Toml).unwrap();
    let saved: ConfigTable = Toml
        .parse(&std::fs::read_to_string(&path).unwrap())
        .unwrap();
    assert_eq!(saved, table);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}
