//! Constraints between parameters and titled help sections, built with the
//! builder API: each rule given / not given / given by the environment,
//! the error texts, the help at 40 and 80 columns, declaration errors and
//! completion.

use clack::constraint::{Among, CommandSection, Condition, Constraint, OptionGroup};
use clack::testing::{RunResult, Runner};
use clack::{Command, ContextSettings, Group, Opt, Output};

fn ran(cmd: Command) -> Command {
    cmd.callback(|_| {
        clack::echo("ran");
        Ok(Output::none())
    })
}

fn run(cmd: &Command, args: &[&str]) -> RunResult {
    Runner::new().prog_name("tool").invoke(cmd, args)
}

fn run_env(cmd: &Command, args: &[&str], env: (&str, &str)) -> RunResult {
    Runner::new()
        .prog_name("tool")
        .env(env.0, env.1)
        .invoke(cmd, args)
}

/// The run ran the callback.
fn ok(result: &RunResult) {
    assert_eq!(
        (result.exit_code, result.stdout.as_str()),
        (0, "ran\n"),
        "stderr: {:?}",
        result.stderr
    );
}

/// The run failed as a usage error with this message.
fn usage_error(result: &RunResult, message: &str) {
    assert_eq!(result.exit_code, 2, "stdout: {:?}", result.stdout);
    assert_eq!(result.stdout, "", "the callback must not run");
    assert_eq!(
        result.stderr,
        format!("Usage: tool [OPTIONS]\nTry 'tool --help' for help.\n\nError: {message}\n")
    );
}

fn output_opts() -> Command {
    Command::new("tool")
        .param(Opt::new(["--json", "-j"]).flag().envvar("TOOL_JSON"))
        .param(Opt::new("--yaml").flag())
        .param(Opt::new("--xml").flag())
}

#[test]
fn mutually_exclusive() {
    let cmd =
        ran(output_opts().constraint(Constraint::mutually_exclusive(["json", "yaml", "xml"])));
    ok(&run(&cmd, &[]));
    ok(&run(&cmd, &["--yaml"]));
    usage_error(
        &run(&cmd, &["--yaml", "-j"]),
        "Option '--json' / '-j' cannot be used together with option '--yaml'.",
    );
    usage_error(
        &run(&cmd, &["--xml", "--yaml", "-j"]),
        "Option '--json' / '-j' cannot be used together with option '--yaml' and option '--xml'.",
    );
    // The environment gives a value; a default does not.
    usage_error(
        &run_env(&cmd, &["--yaml"], ("TOOL_JSON", "1")),
        "Option '--json' / '-j' cannot be used together with option '--yaml'.",
    );
    ok(&run_env(&cmd, &[], ("TOOL_JSON", "1")));
    let defaulted = ran(Command::new("tool")
        .param(Opt::new("--json").flag().default(true))
        .param(Opt::new("--yaml").flag())
        .constraint(Constraint::mutually_exclusive(["json", "yaml"])));
    ok(&run(&defaulted, &["--yaml"]));
}

#[test]
fn a_default_map_value_is_not_given() {
    let cmd = ran(output_opts().constraint(Constraint::mutually_exclusive(["json", "yaml"])));
    let map = clack::context::DefaultMap::new().value("json", true);
    let result = Runner::new()
        .prog_name("tool")
        .settings(ContextSettings::new().default_map(map))
        .invoke(&cmd, ["--yaml"]);
    ok(&result);
}

#[test]
fn at_most_and_exactly_one() {
    let at_most = ran(output_opts().constraint(Constraint::at_most_one(["json", "yaml"])));
    ok(&run(&at_most, &[]));
    usage_error(
        &run(&at_most, &["--json", "--yaml"]),
        "Option '--json' / '-j' cannot be used together with option '--yaml'.",
    );
    let exactly = ran(output_opts().constraint(Constraint::exactly_one(["json", "yaml"])));
    ok(&run(&exactly, &["--json"]));
    ok(&run_env(&exactly, &[], ("TOOL_JSON", "yes")));
    usage_error(
        &run(&exactly, &[]),
        "Missing option '--json' / '-j' or option '--yaml'.",
    );
    usage_error(
        &run(&exactly, &["--yaml", "--json"]),
        "Option '--json' / '-j' cannot be used together with option '--yaml'.",
    );
}

#[test]
fn at_least_one() {
    let cmd = ran(output_opts().constraint(Constraint::at_least_one(["json", "yaml", "xml"])));
    ok(&run(&cmd, &["--xml"]));
    ok(&run(&cmd, &["--xml", "--yaml"]));
    ok(&run_env(&cmd, &[], ("TOOL_JSON", "1")));
    usage_error(
        &run(&cmd, &[]),
        "Missing option '--json' / '-j', option '--yaml' or option '--xml'.",
    );
}

fn login() -> Command {
    Command::new("tool")
        .param(Opt::new("--user").envvar("TOOL_USER"))
        .param(Opt::new("--password"))
        .param(Opt::new("--host").default("localhost"))
}

#[test]
fn all_or_none() {
    let cmd = ran(login().constraint(Constraint::all_or_none(["user", "password", "host"])));
    ok(&run(&cmd, &[]));
    ok(&run(
        &cmd,
        &["--user", "a", "--password", "b", "--host", "h"],
    ));
    usage_error(
        &run(&cmd, &["--password", "b"]),
        "Missing option '--user' and option '--host': they are required when option '--password' is given.",
    );
    usage_error(
        &run_env(&cmd, &["--password", "b"], ("TOOL_USER", "ada")),
        "Missing option '--host': it is required when option '--user' and option '--password' are given.",
    );
}

#[test]
fn requires() {
    let cmd = ran(login().constraint(Constraint::requires("user", ["password"])));
    ok(&run(&cmd, &[]));
    ok(&run(&cmd, &["--password", "p"]));
    ok(&run(&cmd, &["--user", "u", "--password", "p"]));
    let message = "Missing option '--password': it is required when option '--user' is given.";
    usage_error(&run(&cmd, &["--user", "u"]), message);
    usage_error(&run_env(&cmd, &[], ("TOOL_USER", "u")), message);
    // The shorthand on the option is the same rule.
    let short = ran(Command::new("tool")
        .param(Opt::new("--user").requires("--password"))
        .param(Opt::new("--password")));
    usage_error(&run(&short, &["--user", "u"]), message);
}

#[test]
fn conflicts_with_shorthand() {
    let cmd = ran(Command::new("tool")
        .param(Opt::new("--quiet").flag().conflicts_with("verbose"))
        .param(Opt::new(["-v", "--verbose"]).count().envvar("TOOL_VERBOSE")));
    ok(&run(&cmd, &["--quiet"]));
    ok(&run(&cmd, &["-vv"]));
    usage_error(
        &run(&cmd, &["-v", "--quiet"]),
        "Option '--quiet' cannot be used together with option '-v' / '--verbose'.",
    );
    usage_error(
        &run_env(&cmd, &["--quiet"], ("TOOL_VERBOSE", "2")),
        "Option '--quiet' cannot be used together with option '-v' / '--verbose'.",
    );
}

fn export() -> Command {
    Command::new("tool")
        .param(Opt::new("--output").envvar("TOOL_OUTPUT").default("stdout"))
        .param(Opt::new("--path"))
        .param(Opt::new("--stdin").flag())
        .param(Opt::new("--level").value_type::<u8>())
}

#[test]
fn required_if_a_value() {
    let cmd = ran(export().constraint(Constraint::required_if(
        "path",
        Condition::equals("output", "file"),
    )));
    ok(&run(&cmd, &[]));
    ok(&run(&cmd, &["--output", "stdout"]));
    ok(&run(&cmd, &["--output", "file", "--path", "x"]));
    let message = "Missing option '--path': it is required when option '--output' is 'file'.";
    usage_error(&run(&cmd, &["--output", "file"]), message);
    usage_error(&run_env(&cmd, &[], ("TOOL_OUTPUT", "file")), message);
    // A typed value compares as its type.
    let typed = ran(export().constraint(Constraint::required_if(
        "path",
        Condition::equals("level", 3u8),
    )));
    ok(&run(&typed, &["--level", "2"]));
    usage_error(
        &run(&typed, &["--level", "03"]),
        "Missing option '--path': it is required when option '--level' is '3'.",
    );
}

#[test]
fn required_if_a_default_value_is_not_given() {
    let cmd = ran(export().constraint(Constraint::required_if(
        "path",
        Condition::equals("output", "stdout"),
    )));
    ok(&run(&cmd, &[]));
}

#[test]
fn required_unless() {
    let cmd = ran(export().constraint(Constraint::required_unless(
        "path",
        Condition::given("--stdin"),
    )));
    ok(&run(&cmd, &["--stdin"]));
    ok(&run(&cmd, &["--path", "p"]));
    usage_error(
        &run(&cmd, &[]),
        "Missing option '--path': it is required unless option '--stdin' is given.",
    );
    let given_if =
        ran(export().constraint(Constraint::required_if("path", Condition::given("output"))));
    ok(&run(&given_if, &[]));
    usage_error(
        &run_env(&given_if, &[], ("TOOL_OUTPUT", "x")),
        "Missing option '--path': it is required when option '--output' is given.",
    );
}

/// As Click's errors name an optional argument: by its metavar, `'[SRC]'`.
#[test]
fn arguments_are_named_as_arguments() {
    let cmd = ran(Command::new("tool")
        .param(clack::Arg::new("src").required(false))
        .param(Opt::new("--stdin").flag())
        .constraint(Constraint::exactly_one(["src", "stdin"])));
    ok(&run(&cmd, &["a"]));
    let result = run(&cmd, &[]);
    assert!(
        result
            .stderr
            .ends_with("Error: Missing argument '[SRC]' or option '--stdin'.\n"),
        "{:?}",
        result.stderr
    );
}

#[test]
fn help_and_completion_do_not_check() {
    let cmd = ran(output_opts().constraint(Constraint::exactly_one(["json", "yaml"])));
    let result = run(&cmd, &["--help"]);
    assert_eq!(result.exit_code, 0);
}

#[test]
fn a_constraint_on_an_unknown_parameter_is_a_declaration_error() {
    for cmd in [
        ran(output_opts().constraint(Constraint::mutually_exclusive(["json", "toml"]))),
        ran(output_opts().param(Opt::new("--all").flag().conflicts_with("toml"))),
    ] {
        let result = run(&cmd, &["--help"]);
        assert_eq!(result.exit_code, 1);
        assert_eq!(result.stdout, "");
        assert!(
            result.stderr.starts_with("Error: the command 'tool' is declared wrongly: a constraint (mutually exclusive of ")
                && result.stderr.ends_with(" names 'toml', which is not one of its parameters.\n"),
            "{:?}",
            result.stderr
        );
    }
    let cmd = ran(login().constraint(Constraint::requires("user", ["pass"])));
    assert_eq!(
        run(&cmd, &[]).stderr,
        "Error: the command 'tool' is declared wrongly: a constraint (requires of 'user', 'pass') names 'pass', which is not one of its parameters.\n"
    );
}

#[test]
fn a_group_checks_its_own_constraints() {
    let cli = Group::new("tool")
        .param(Opt::new("--quiet").flag())
        .param(Opt::new("--verbose").flag())
        .constraint(Constraint::mutually_exclusive(["quiet", "verbose"]))
        .command(ran(Command::new("sub")));
    let cli: Command = cli.into();
    assert_eq!(run(&cli, &["--quiet", "sub"]).stdout, "ran\n");
    let result = run(&cli, &["--quiet", "--verbose", "sub"]);
    assert_eq!(result.exit_code, 2);
    assert!(
        result.stderr.ends_with(
            "Error: Option '--quiet' cannot be used together with option '--verbose'.\n"
        )
    );
}

fn sectioned() -> Command {
    ran(Command::new("tool")
        .help("Export the data.")
        .option_group(
            OptionGroup::new("output", "Output options")
                .help("Pick one format; the default is the plain text table.")
                .constraint(Among::MutuallyExclusive),
        )
        .option_group(OptionGroup::new("conn", "Connection"))
        .option_group(OptionGroup::new("dev", "Developer options").hidden(true))
        .param(
            Opt::new("--host")
                .group("conn")
                .help("Server to connect to."),
        )
        .param(
            Opt::new(["--json", "-j"])
                .flag()
                .group("output")
                .help("Write JSON, one object per line."),
        )
        .param(
            Opt::new("--yaml")
                .flag()
                .group("output")
                .help("Write YAML."),
        )
        .param(Opt::new("--secret").flag().group("output").hidden(true))
        .param(Opt::new("--trace").flag().group("dev").help("Trace."))
        .param(
            Opt::new("--limit")
                .value_type::<u32>()
                .help("At most this many rows."),
        )
        .param(Opt::new("--color").flag().group("Display")))
}

#[test]
fn help_sections_at_80_columns() {
    let result = run(&sectioned(), &["--help"]);
    assert_eq!(
        result.stdout,
        "\
Usage: tool [OPTIONS]

  Export the data.

Output options: [mutually exclusive]
  Pick one format; the default is the plain text table.

  -j, --json  Write JSON, one object per line.
  --yaml      Write YAML.

Connection:
  --host TEXT  Server to connect to.

Display:
  --color

Options:
  --limit INTEGER  At most this many rows.
  --help           Show this message and exit.
"
    );
}

#[test]
fn help_sections_at_40_columns() {
    let result = Runner::new()
        .prog_name("tool")
        .settings(ContextSettings::new().terminal_width(40))
        .invoke(&sectioned(), ["--help"]);
    assert_eq!(
        result.stdout,
        "\
Usage: tool [OPTIONS]

  Export the data.

Output options: [mutually exclusive]
  Pick one format; the default is the
  plain text table.

  -j, --json  Write JSON, one object per
              line.
  --yaml      Write YAML.

Connection:
  --host TEXT  Server to connect to.

Display:
  --color

Options:
  --limit INTEGER  At most this many
                   rows.
  --help           Show this message and
                   exit.
"
    );
}

#[test]
fn a_group_rule_is_checked() {
    let cmd = sectioned();
    ok(&run(&cmd, &["--json", "--trace"]));
    usage_error(
        &run(&cmd, &["--yaml", "--secret"]),
        "Option '--yaml' cannot be used together with option '--secret'.",
    );
}

#[test]
fn command_sections() {
    let cli: Command = Group::new("tool")
        .command(Command::new("init").help("Create a project."))
        .command(Command::new("build").help("Build it."))
        .command(Command::new("lint").help("Check the style."))
        .command(Command::new("secret").hidden(true))
        .command(Command::new("zap").help("Remove everything."))
        .section(CommandSection::new("Main commands", ["init", "build"]))
        .section(CommandSection::new("Plugins", ["lint", "secret"]))
        .into();
    let result = run(&cli, &["--help"]);
    assert_eq!(
        result.stdout,
        "\
Usage: tool [OPTIONS] COMMAND [ARGS]...

Options:
  --help  Show this message and exit.

Main commands:
  init   Create a project.
  build  Build it.

Plugins:
  lint  Check the style.

Commands:
  zap  Remove everything.
"
    );
}

#[test]
fn completion_leaves_out_options_a_constraint_rules_out() {
    let cmd = ran(output_opts()
        .param(Opt::new("--limit"))
        .constraint(Constraint::mutually_exclusive(["json", "yaml", "xml"])));
    let complete = |words: &str| {
        Runner::new()
            .prog_name("tool")
            .env("_TOOL_COMPLETE", "bash_complete")
            .env("COMP_WORDS", words)
            .env(
                "COMP_CWORD",
                words.split(' ').count().saturating_sub(1).to_string(),
            )
            .invoke(&cmd, Vec::<String>::new())
            .stdout
    };
    assert_eq!(
        complete("tool --"),
        "plain,--json\nplain,--yaml\nplain,--xml\nplain,--limit\nplain,--help\n"
    );
    assert_eq!(complete("tool --yaml --"), "plain,--limit\nplain,--help\n");
}
