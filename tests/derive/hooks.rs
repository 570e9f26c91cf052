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
