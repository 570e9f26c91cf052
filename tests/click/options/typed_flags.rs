//! Click's `tests/test_options.py`, flag values of other types than text
//! or booleans: enums, integers, custom types. Python passes objects such
//! as classes and sentinels through as they are; the rows that need one
//! (a class as a flag value, `str()` of an enum member, `flag_value=None`,
//! an enum member matched by `True == 1`) have no Rust counterpart and are
//! left out. A Rust enum's variants are
//! typed flag values: a switch group of them stores the enum itself.

use std::ffi::OsString;

use clack::types::{Choice, Path};
use clack::{Command, Context, Error, Opt, Output, ParamType};

use crate::{invoke, returned};

#[derive(clack::Choice, Clone, Copy, Debug, PartialEq)]
enum EngineType {
    Oss,
    Pro,
    Max,
}

/// A command `cli` returning the typed value of its parameter `name`.
fn returning<T: Clone + 'static>(name: &'static str) -> impl Fn(Command) -> Command {
    move |cmd| cmd.callback(move |ctx| Ok(Output::new(ctx.get::<T>(name)?)))
}

fn engine(args: &[&str], opt: Opt) -> Option<EngineType> {
    let cmd = returning::<EngineType>("pro")(Command::new("scan").param(opt));
    returned::<Option<EngineType>>(invoke(&cmd, args))
}

#[test]
fn custom_type_flag_value_standalone_option() {
    let typed = || Opt::new("--pro").ty(Choice::<EngineType>::of_enum());
    // The flag value is returned as it is when the option is given.
    type Make = fn() -> Opt;
    let cases: [(Make, &[&str], Option<EngineType>); 6] = [
        (
            || {
                Opt::new("--pro")
                    .ty(Choice::<EngineType>::of_enum())
                    .flag_value(EngineType::Oss)
            },
            &["--pro"],
            Some(EngineType::Oss),
        ),
        (
            || {
                Opt::new("--pro")
                    .ty(Choice::<EngineType>::of_enum())
                    .is_flag(true)
                    .flag_value(EngineType::Oss)
            },
            &["--pro"],
            Some(EngineType::Oss),
        ),
        // The default when the option is not given, whatever the flag value.
        (
            || {
                Opt::new("--pro")
                    .ty(Choice::<EngineType>::of_enum())
                    .flag_value(EngineType::Oss)
            },
            &[],
            None,
        ),
        (
            || {
                Opt::new("--pro")
                    .ty(Choice::<EngineType>::of_enum())
                    .is_flag(true)
                    .flag_value(EngineType::Oss)
            },
            &[],
            None,
        ),
        // A flag value set: `default=True` means it.
        (
            || {
                Opt::new("--pro")
                    .ty(Choice::<EngineType>::of_enum())
                    .flag_value(EngineType::Oss)
                    .default(true)
            },
            &["--pro"],
            Some(EngineType::Oss),
        ),
        (
            || {
                Opt::new("--pro")
                    .ty(Choice::<EngineType>::of_enum())
                    .flag_value(EngineType::Oss)
                    .default(true)
            },
            &[],
            Some(EngineType::Oss),
        ),
    ];
    for (i, (opt, args, want)) in cases.into_iter().enumerate() {
        assert_eq!(engine(args, opt()), want, "row {i}: {args:?}");
    }

    // Not enough to be a flag: the option takes a value.
    let cmd = returning::<EngineType>("pro")(
        Command::new("scan").param(typed().default(EngineType::Oss)),
    );
    let result = invoke(&cmd, &["--pro"]);
    assert_eq!(result.exit_code, 2);
    assert!(
        result
            .stderr
            .contains("Error: Option '--pro' requires an argument.\n"),
        "{}",
        result.stderr
    );
    assert_eq!(
        returned::<Option<EngineType>>(invoke(&cmd, &[])),
        Some(EngineType::Oss)
    );

    // No type named: text flag values make a text option, and the default
    // is converted to text.
    let text = |opt: Opt| {
        returned::<Option<String>>(invoke(
            &returning::<String>("pro")(Command::new("scan").param(opt)),
            &[],
        ))
    };
    assert_eq!(
        text(Opt::new("--pro").flag_value("1").default(true)).as_deref(),
        Some("1")
    );
    assert_eq!(
        text(Opt::new("--pro").flag_value("1").default(42)).as_deref(),
        Some("42")
    );
    // The same when the type is text.
    let str_ty = || Opt::new("--pro").value_type::<String>();
    assert_eq!(
        text(str_ty().flag_value(1).default(true)).as_deref(),
        Some("1")
    );
    assert_eq!(
        text(str_ty().flag_value(1).default(42)).as_deref(),
        Some("42")
    );
    assert_eq!(
        text(str_ty().flag_value("1").default(true)).as_deref(),
        Some("1")
    );
    assert_eq!(
        text(str_ty().flag_value("1").default(42)).as_deref(),
        Some("42")
    );

    // An integer flag value makes an integer option.
    let int = |opt: Opt| {
        returned::<Option<i64>>(invoke(
            &returning::<i64>("pro")(Command::new("scan").param(opt)),
            &[],
        ))
    };
    assert_eq!(int(Opt::new("--pro").flag_value(1).default(true)), Some(1));
    assert_eq!(int(Opt::new("--pro").flag_value(1).default(42)), Some(42));
    let int_ty = || Opt::new("--pro").value_type::<i64>();
    assert_eq!(int(int_ty().flag_value(1).default(true)), Some(1));
    assert_eq!(int(int_ty().flag_value(1).default(42)), Some(42));
    assert_eq!(int(int_ty().flag_value("1").default(true)), Some(1));
    assert_eq!(int(int_ty().flag_value("1").default(42)), Some(42));
}

#[test]
fn custom_type_flag_value_dual_options() {
    let dual = |one: Opt, two: Opt| Command::new("cli").param(one).param(two);
    let engines = || {
        returning::<EngineType>("dual_option")(dual(
            Opt::new(["--opt1", "dual_option"])
                .ty(Choice::<EngineType>::of_enum())
                .flag_value(EngineType::Oss),
            Opt::new(["--opt2", "dual_option"])
                .ty(Choice::<EngineType>::of_enum())
                .flag_value(EngineType::Pro),
        ))
    };
    let run = |args: &[&str]| returned::<Option<EngineType>>(invoke(&engines(), args));
    assert_eq!(run(&[]), None);
    assert_eq!(run(&["--opt1"]), Some(EngineType::Oss));
    assert_eq!(run(&["--opt2"]), Some(EngineType::Pro));

    // An integer flag value is recognised, with or without the type.
    let ints = returning::<i64>("dual_option")(dual(
        Opt::new(["--opt1", "dual_option"])
            .flag_value(1)
            .default(true),
        Opt::new(["--opt2", "dual_option"]).flag_value("1"),
    ));
    assert_eq!(returned::<Option<i64>>(invoke(&ints, &[])), Some(1));
    let typed = returning::<i64>("dual_option")(dual(
        Opt::new(["--opt1", "dual_option"])
            .value_type::<i64>()
            .flag_value(1)
            .default(true),
        Opt::new(["--opt2", "dual_option"])
            .value_type::<i64>()
            .flag_value("1"),
    ));
    assert_eq!(returned::<Option<i64>>(invoke(&typed, &[])), Some(1));
}

/// Enum flag values need no type: the switch group stores the enum (Click:
/// not stringified).
#[test]
fn flag_value_not_stringified_for_custom_types() {
    let cmd = returning::<EngineType>("engine")(
        Command::new("cli")
            .param(
                Opt::new(["--oss", "engine"])
                    .flag_value(EngineType::Oss)
                    .default(true),
            )
            .param(Opt::new(["--pro", "engine"]).flag_value(EngineType::Pro)),
    );
    let run = |args: &[&str]| {
        let result = invoke(&cmd, args);
        assert_eq!(result.exit_code, 0, "{}", result.stderr);
        returned::<Option<EngineType>>(result)
    };
    assert_eq!(run(&[]), Some(EngineType::Oss));
    assert_eq!(run(&["--oss"]), Some(EngineType::Oss));
    assert_eq!(run(&["--pro"]), Some(EngineType::Pro));
    let _ = EngineType::Max;
}

/// A custom type shared by `--config PATH` and `--no-config`, whose flag
/// value the type turns into its own answer.
#[derive(Clone)]
struct ConfigType;

/// What `--no-config` stands for; a path cannot be empty, so the type can
/// tell it apart from any file name.
const NO_CONFIG: &str = "";

impl ParamType for ConfigType {
    type Value = String;
    fn name(&self) -> String {
        "config".into()
    }
    fn convert(&self, value: OsString, ctx: Option<&Context>) -> Result<String, Error> {
        if value.is_empty() {
            return Ok("No configuration file provided.".into());
        }
        let path = Path::new()
            .exists(true)
            .dir_okay(false)
            .convert(value, ctx)?;
        Ok(path.to_string_lossy().into_owned())
    }
}

#[test]
fn dual_options_custom_type_sentinel_flag_value() {
    let cmd = Command::new("main")
        .param(Opt::new(["-c", "--config"]).ty(ConfigType))
        .param(
            Opt::new(["--no-config", "config"])
                .ty(ConfigType)
                .flag_value(NO_CONFIG),
        )
        .callback(|ctx| Ok(Output::new(ctx.get::<String>("config")?)));
    let dir = std::env::temp_dir().join(format!("clack-sentinel-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let conf = dir.join("foo.conf");
    std::fs::write(&conf, "Blah blah").unwrap();
    let conf = conf.to_str().unwrap();

    let value = |args: &[&str]| returned::<Option<String>>(invoke(&cmd, args));
    let error = |args: &[&str]| {
        let result = invoke(&cmd, args);
        assert_eq!(result.exit_code, 2, "{args:?}");
        result.stderr
    };
    assert_eq!(value(&[]), None);
    assert!(error(&["--config"]).ends_with("Error: Option '--config' requires an argument.\n"));
    assert!(
        error(&["--no-config", "--config"])
            .ends_with("Error: Option '--config' requires an argument.\n")
    );
    assert_eq!(
        value(&["--no-config"]).as_deref(),
        Some("No configuration file provided.")
    );
    assert_eq!(value(&["--config", conf]).as_deref(), Some(conf));
    let extra = error(&["--no-config", conf]);
    assert!(
        extra.contains("Error: Got unexpected extra argument ("),
        "{extra}"
    );
    assert_eq!(
        error(&["--config", "random-file.conf"]),
        "Usage: cli [OPTIONS]\nTry 'cli --help' for help.\n\nError: Invalid value for '-c' / '--config': File 'random-file.conf' does not exist.\n"
    );
    assert!(error(&["--config", "--no-config"]).ends_with(
        "Error: Invalid value for '-c' / '--config': File '--no-config' does not exist.\n"
    ));
    assert!(
        error(&["--config", "--no-config", conf]).ends_with("File '--no-config' does not exist.\n")
    );
    // Given last, --config wins over --no-config.
    assert_eq!(
        value(&["--no-config", "--config", conf]).as_deref(),
        Some(conf)
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// A default-map value beats the default that `default=True` takes from
/// the flag value; the command line beats both. (Click's test uses a class
/// as the flag value and a lambda in the map, which Rust has no use for.)
#[test]
fn callable_flag_value_default_map() {
    use clack::ContextSettings;
    use clack::context::DefaultMap;
    let cmd = |map: Option<DefaultMap>| {
        let cmd = returning::<String>("value")(
            Command::new("cli").param(
                Opt::new(["--opt", "value"])
                    .flag_value("class1")
                    .default(true),
            ),
        );
        match map {
            Some(map) => cmd.context_settings(ContextSettings::new().default_map(map)),
            None => cmd,
        }
    };
    let run = |cmd: Command, args: &[&str]| returned::<Option<String>>(invoke(&cmd, args));
    let map = || Some(DefaultMap::new().value("value", "from-map"));
    assert_eq!(run(cmd(None), &[]).as_deref(), Some("class1"));
    assert_eq!(run(cmd(map()), &[]).as_deref(), Some("from-map"));
    assert_eq!(run(cmd(map()), &["--opt"]).as_deref(), Some("class1"));
}
