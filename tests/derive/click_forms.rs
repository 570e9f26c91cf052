//! Click's declaration forms that the macros spell directly: on/off pairs
//! that stay unset, options whose value is optional, feature switches.

use crate::{ok, run};

/// An on/off pair declared as a string stays `None` until given.
#[clack::command]
fn strictness(#[option("-s", "--strict/--no-strict")] strict: Option<bool>) {
    clack::echo(format!("{strict:?}"));
}

#[test]
fn an_on_off_declaration_on_option_bool_is_none_until_given() {
    let cmd = strictness::command();
    assert_eq!(ok(run(&cmd, &[])), "None\n");
    assert_eq!(ok(run(&cmd, &["--strict"])), "Some(true)\n");
    assert_eq!(ok(run(&cmd, &["-s"])), "Some(true)\n");
    assert_eq!(ok(run(&cmd, &["--no-strict"])), "Some(false)\n");
    let help = ok(run(&cmd, &["--help"]));
    assert!(help.contains("  -s, --strict / --no-strict\n"), "{help}");
}

/// A plain `bool` on/off pair keeps its `false` default.
#[clack::command]
fn plain_pair(#[option("--shout/--no-shout")] shout: bool) {
    clack::echo(format!("{shout}"));
}

#[test]
fn an_on_off_declaration_on_bool_defaults_to_false() {
    assert_eq!(ok(run(&plain_pair::command(), &[])), "false\n");
    assert_eq!(ok(run(&plain_pair::command(), &["--shout"])), "true\n");
}

/// `--color` alone means `auto`; `--color always` sets it.
#[clack::command]
fn paint(
    #[option(is_flag = false, flag_value = "auto", help = "When to color.")] color: Option<String>,
    #[option(optional_value = "fast", default = "slow")] speed: String,
) {
    clack::echo(format!("{color:?} {speed}"));
}

#[test]
fn an_option_whose_value_is_optional() {
    let cmd = paint::command();
    assert_eq!(ok(run(&cmd, &[])), "None slow\n");
    assert_eq!(ok(run(&cmd, &["--color"])), "Some(\"auto\") slow\n");
    assert_eq!(
        ok(run(&cmd, &["--color", "always", "--speed"])),
        "Some(\"always\") fast\n"
    );
    assert_eq!(
        ok(run(&cmd, &["--color=never", "--speed", "medium"])),
        "Some(\"never\") medium\n"
    );
    let help = ok(run(&cmd, &["--help"]));
    assert!(help.contains("  --color TEXT  When to color.\n"), "{help}");
}

/// A repeated flag: each `--mark` adds the flag value.
#[clack::command]
fn marks(#[option(flag_value = "x")] mark: Vec<String>) {
    clack::echo(format!("{mark:?}"));
}

#[test]
fn a_repeated_option_takes_a_plain_flag_value() {
    assert_eq!(ok(run(&marks::command(), &[])), "[]\n");
    assert_eq!(
        ok(run(&marks::command(), &["--mark", "--mark"])),
        "[\"x\", \"x\"]\n"
    );
}

/// Click's `--upper/--lower` feature switches, one `#[option]` each.
#[clack::command]
fn shout(
    #[option("--upper", flag_value = "upper", default = true, help = "Upper case.")]
    #[option("--lower", flag_value = "lower", help = "Lower case.")]
    case: String,
    #[option("--dirty", flag_value = "dirty")]
    #[option("--clean", flag_value = "clean")]
    build_type: Option<String>,
    #[argument] word: String,
) {
    let word = if case == "upper" {
        word.to_uppercase()
    } else {
        word.to_lowercase()
    };
    clack::echo(format!("{word} {build_type:?}"));
}

#[test]
fn several_options_on_one_parameter_are_feature_switches() {
    let cmd = shout::command();
    assert_eq!(ok(run(&cmd, &["Hi"])), "HI None\n");
    assert_eq!(ok(run(&cmd, &["--lower", "Hi"])), "hi None\n");
    assert_eq!(ok(run(&cmd, &["--lower", "--upper", "Hi"])), "HI None\n");
    assert_eq!(ok(run(&cmd, &["--clean", "x"])), "X Some(\"clean\")\n");
    assert_eq!(
        ok(run(&cmd, &["--clean", "--dirty", "x"])),
        "X Some(\"dirty\")\n"
    );
    assert_eq!(
        ok(run(&cmd, &["--help"])),
        "\
Usage: shout [OPTIONS] WORD

  Click's `--upper/--lower` feature switches, one `#[option]` each.

Options:
  --upper  Upper case.
  --lower  Lower case.
  --dirty
  --clean
  --help   Show this message and exit.
"
    );
}

/// Which engine runs the scan.
#[derive(clack::Choice, Clone, Copy, Debug, PartialEq)]
enum Engine {
    /// The open-source engine.
    Oss,
    /// The commercial engine.
    Pro,
    MaxPower,
}

/// An enum parameter whose variants are the switches.
#[clack::command]
fn scan(#[option(switch, default = Engine::Oss)] engine: Engine, #[option] level: Option<u8>) {
    clack::echo(format!("{engine:?} {level:?}"));
}

#[derive(clack::Params)]
struct Engines {
    #[option(switch)]
    engine: Option<Engine>,
    #[option]
    depth: Option<u8>,
}

/// A parameter set with an enum switch, then an option of the command.
#[clack::command]
fn scan_set(#[params] e: Engines, #[option] level: Option<u8>) {
    clack::echo(format!("{:?} {:?} {level:?}", e.engine, e.depth));
}

#[test]
fn an_enum_parameter_makes_one_switch_per_variant() {
    let _ = Engine::MaxPower;
    let cmd = scan::command();
    assert_eq!(ok(run(&cmd, &[])), "Oss None\n");
    assert_eq!(ok(run(&cmd, &["--pro", "--level", "3"])), "Pro Some(3)\n");
    assert_eq!(ok(run(&cmd, &["--max-power"])), "MaxPower None\n");
    let help = ok(run(&cmd, &["--help"]));
    assert!(
        help.contains("  --oss            The open-source engine.\n"),
        "{help}"
    );
    let set = scan_set::command();
    assert_eq!(ok(run(&set, &[])), "None None None\n");
    assert_eq!(
        ok(run(&set, &["--oss", "--depth", "2", "--level", "1"])),
        "Some(Oss) Some(2) Some(1)\n"
    );
}

const NAME_HELP: &str = "The name to greet.";
const EPILOG: &str = concat!("Version ", "1.2", ".");

/// Help texts written once, as constants.
#[clack::command(
    help = concat!("Greet ", "someone."),
    epilog = EPILOG,
    short_help = NAME_HELP,
    version = "1.2",
    version_names = ["-V", "--version"],
    version_message = "%(prog)s %(version)s",
)]
fn texts(
    #[option(help = NAME_HELP, metavar = concat!("WH", "O"), default = "you")] name: String,
    #[option(prompt = NAME_HELP, default = "x", hidden)] other: String,
    #[option(deprecated = EPILOG, hidden)] old: Option<String>,
) {
    clack::echo(format!("{name} {other} {old:?}"));
}

/// The version from the package, first among the options.
#[clack::command(version, version_first)]
fn packaged(#[option] level: Option<u8>) {
    let _ = level;
}

#[test]
fn texts_come_from_any_str_expression() {
    let cmd = texts::command();
    assert_eq!(
        ok(run(&cmd, &["--help"])),
        "\
Usage: texts [OPTIONS]

  Greet someone.

Options:
  --name WHO     The name to greet.
  -V, --version  Show the version and exit.
  --help         Show this message and exit.

  Version 1.2.
"
    );
    assert_eq!(ok(run(&cmd, &["-V"])), "texts 1.2\n");
    assert_eq!(ok(run(&cmd, &["--version"])), "texts 1.2\n");
}

#[test]
fn the_version_option_from_the_package_first() {
    let cmd = packaged::command();
    assert_eq!(
        ok(run(&cmd, &["--version"])),
        format!("packaged, version {}\n", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(
        ok(run(&cmd, &["--help"])),
        "\
Usage: packaged [OPTIONS]

  The version from the package, first among the options.

Options:
  --version        Show the version and exit.
  --level INTEGER
  --help           Show this message and exit.
"
    );
}

#[test]
fn prompts_and_deprecations_take_text_expressions() {
    let result = crate::run_input(&texts::command(), &["--old", "o"], "\n");
    assert_eq!(
        result.stdout,
        "The name to greet. [x]: \nyou x Some(\"o\")\n"
    );
    assert_eq!(
        result.stderr,
        "DeprecationWarning: The option 'old' is deprecated. Version 1.2.\n"
    );
}

/// Choice names in another case.
#[derive(clack::Choice, Clone, Copy, Debug, PartialEq)]
#[choice(rename_all = "snake_case")]
enum Format {
    PlainText,
    JsonLines,
    #[choice(name = "yml")]
    Yaml,
}

#[derive(clack::Choice, Clone, Copy, Debug, PartialEq)]
#[choice(rename_all = "SCREAMING_SNAKE_CASE")]
enum Level {
    LogDebug,
    Info,
}

/// Names from `rename_all`.
#[clack::command]
fn export(#[option(default = Format::PlainText)] format: Format, #[option] level: Option<Level>) {
    clack::echo(format!("{format:?} {level:?}"));
}

#[test]
fn choice_names_follow_rename_all() {
    let cmd = export::command();
    assert_eq!(
        ok(run(
            &cmd,
            &["--format", "json_lines", "--level", "LOG_DEBUG"]
        )),
        "JsonLines Some(LogDebug)\n"
    );
    assert_eq!(ok(run(&cmd, &["--format", "yml"])), "Yaml None\n");
    let help = ok(run(&cmd, &["--help"]));
    assert!(
        help.contains("--format [plain_text|json_lines|yml]"),
        "{help}"
    );
    assert!(help.contains("--level [LOG_DEBUG|INFO]"), "{help}");
}

#[derive(Clone, Default)]
struct Settings {
    verbose: bool,
}

fn defaults() -> clack::context::DefaultMap {
    clack::context::DefaultMap::new().value("port", 8080u16)
}

/// Context settings as attributes: an object to start with, a default map.
#[clack::command(obj = Settings { verbose: true }, default_map = defaults())]
fn served(#[obj] settings: &Settings, #[option] port: u16, ctx: &clack::Context) {
    let source = ctx.get_parameter_source("port");
    clack::echo(format!("{} {port} {source:?}", settings.verbose));
}

/// Parsing that neither fails nor prompts (Click's resilient_parsing).
#[clack::command(resilient_parsing)]
fn lenient(#[option(required)] count: Option<u8>, #[option] n: Option<u8>) {
    clack::echo(format!("{count:?} {n:?}"));
}

#[test]
fn context_settings_obj_default_map_and_resilient_parsing() {
    let cmd = served::command();
    assert_eq!(ok(run(&cmd, &[])), "true 8080 Some(DefaultMap)\n");
    assert_eq!(
        ok(run(&cmd, &["--port", "1"])),
        "true 1 Some(CommandLine)\n"
    );
    // A missing or bad value is not an error while parsing resiliently:
    // the parameter has no value, as in Click.
    assert_eq!(ok(run(&lenient::command(), &["--n", "x"])), "None None\n");
    let _ = Settings::default();
}

/// Keywords as names: Click's `@click.option("--type", "type_")`.
#[clack::command]
fn typed(#[option(default = "a")] r#type: String, #[option("--from")] from_: Option<String>) {
    clack::echo(format!("{type} {from_:?}", type = r#type));
}

#[test]
fn a_keyword_is_a_raw_identifier() {
    let cmd = typed::command();
    assert_eq!(
        ok(run(&cmd, &["--type", "b", "--from", "x"])),
        "b Some(\"x\")\n"
    );
    let help = ok(run(&cmd, &["--help"]));
    assert!(help.contains("  --type TEXT\n  --from TEXT\n"), "{help}");
}
