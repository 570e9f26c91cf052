//! Option settings: help, defaults shown, env vars, prompts, callbacks,
//! hidden and deprecated options, flag values.

use clack::prelude::*;

use super::{ok, run, run_input};

fn check_port(_ctx: &Context, _param: &Param, value: Option<u32>) -> Result<Option<u32>> {
    match value {
        Some(p) if p == 0 || p > 65535 => {
            Err(Error::bad_parameter("a port lies between 1 and 65535."))
        }
        v => Ok(v),
    }
}

fn abort_if_false(ctx: &Context, _param: &Param, value: Option<bool>) -> Result<Option<bool>> {
    if value == Some(true) {
        Ok(value)
    } else {
        Err(ctx.abort())
    }
}

/// Serve the site.
#[command(
    epilog = "See the manual.",
    short_help = "Serve.",
    auto_envvar_prefix = "WEB"
)]
fn serve(
    #[option(default = 8000, show_default, callback = check_port, envvar = "SERVE_TEST_PORT", show_envvar, help = "The port.")]
    port: u32,
    #[option(
        short = 'b',
        default = "127.0.0.1",
        show_default = "localhost",
        help = "Where to listen."
    )]
    bind: String,
    #[option(hidden)] secret: Option<String>,
    #[option(deprecated = "use --bind", help = "The old name.")] host: Option<String>,
    #[option(flag_value = "upper")] case: Option<String>,
    #[option(envvar = ["MODE_A", "MODE_B"], allow_from_autoenv = false)] mode: Option<String>,
    #[option(expose_value = false, is_eager, hidden)] _internal: bool,
) {
    clack::echo(format!(
        "{bind}:{port} secret={secret:?} host={host:?} case={case:?} mode={mode:?}"
    ));
}

#[test]
fn option_help() {
    let out = ok(run(&serve::command(), &["--help"]));
    assert_eq!(
        out,
        "\
Usage: serve [OPTIONS]

  Serve the site.

Options:
  --port INTEGER   The port.  [env var: SERVE_TEST_PORT; default: 8000]
  -b, --bind TEXT  Where to listen.  [default: (localhost)]
  --host TEXT      The old name. (DEPRECATED: use --bind)
  --case
  --mode TEXT
  --help           Show this message and exit.

  See the manual.
"
    );
}

#[test]
fn callbacks_check_values() {
    let result = run(&serve::command(), &["--port", "70000"]);
    assert_eq!(result.exit_code, 2);
    assert!(result.stderr.ends_with("Error: Invalid value for '--port' (env var: 'SERVE_TEST_PORT'): a port lies between 1 and 65535.\n"), "{}", result.stderr);
}

#[test]
fn environment_variables() {
    let runner = clack::testing::Runner::new()
        .env("WEB_PORT", "9000")
        .env("MODE_B", "fast")
        .env("WEB_MODE", "no");
    let out = ok(runner.invoke(&serve::command(), ["--secret", "s"]));
    assert_eq!(
        out,
        "127.0.0.1:9000 secret=Some(\"s\") host=None case=None mode=Some(\"fast\")\n"
    );
}

#[test]
fn flag_values_and_deprecation() {
    let result = run(&serve::command(), &["--case", "--host", "h"]);
    assert_eq!(
        result.stdout,
        "127.0.0.1:8000 secret=None host=Some(\"h\") case=Some(\"upper\") mode=None\n"
    );
    assert_eq!(
        result.stderr,
        "DeprecationWarning: The option 'host' is deprecated. use --bind\n"
    );
}

/// Delete everything.
#[command]
fn wipe(
    #[option(prompt = "Really delete?", callback = abort_if_false, expose_value = false)] yes: bool,
    #[option(prompt, hide_input, confirmation_prompt)] password: String,
    #[option(prompt, default = "admin", show_default)] user: String,
) {
    let _ = yes;
    clack::echo(format!("{user} {}", password.len()));
}

#[test]
fn prompts() {
    // The runner writes a visible prompt's answer after it and a line end
    // after a hidden prompt, as Click's `CliRunner` does.
    let result = run_input(&wipe::command(), &[], "y\nsecret\nsecret\n\n");
    assert_eq!(
        result.stdout,
        "Really delete? [y/N]: y\nPassword: \nRepeat for confirmation: \nUser [admin]: \nadmin 6\n"
    );
    assert_eq!(result.stderr, "");
    let result = run_input(&wipe::command(), &[], "n\n");
    assert_eq!(result.exit_code, 1);
    assert!(result.stderr.ends_with("Aborted!\n"), "{}", result.stderr);
    let out = ok(run(
        &wipe::command(),
        &["--yes", "--password", "pw", "--user", "root"],
    ));
    assert_eq!(out, "root 2\n");
}

/// Drop the tables.
#[command]
fn drop_tables(
    #[option(confirmation_option)] _yes: bool,
    #[option(password_option, help = "The admin password.")] password: String,
) {
    clack::echo(format!("dropped with {} characters", password.len()));
}

/// Drop the index.
#[command]
fn drop_index(
    #[option(
        "--sure",
        confirmation_option,
        prompt = "Drop it?",
        help = "Skip the question."
    )]
    _sure: bool,
) {
    clack::echo("dropped");
}

#[test]
fn confirmation_and_password_options() {
    let result = run_input(
        &drop_tables::command(),
        &[],
        "y
pw
pw
",
    );
    assert_eq!(
        result.stdout,
        "Do you want to continue? [y/N]: y\nPassword: \nRepeat for confirmation: \ndropped with 2 characters\n"
    );
    assert_eq!(result.stderr, "");
    let result = run_input(&drop_tables::command(), &[], "n\n");
    assert_eq!(
        (result.exit_code, result.stderr.as_str()),
        (1, "Aborted!\n")
    );
    let help = ok(run(&drop_tables::command(), &["--help"]));
    assert!(help.contains("--yes  "), "{help}");
    assert!(
        help.contains("Confirm the action without prompting."),
        "{help}"
    );
    assert!(help.contains("The admin password."), "{help}");

    let result = run_input(&drop_index::command(), &[], "\n");
    assert_eq!(
        (result.stdout.as_str(), result.exit_code),
        ("Drop it? [y/N]: \n", 1)
    );
    assert_eq!(ok(run(&drop_index::command(), &["--sure"])), "dropped\n");
    assert!(ok(run(&drop_index::command(), &["--help"])).contains("--sure  Skip the question."));
}

/// Context-wide settings.
#[command(
    show_default = true,
    max_content_width = 40,
    terminal_width = 40,
    token_normalize = |t: &str| t.to_lowercase(),
    allow_extra_args,
    ignore_unknown_options,
    options_metavar = "[OPTS]",
    no_args_is_help,
)]
fn settings(
    ctx: &Context,
    #[option(
        default = 3,
        help = "How many times to do the thing that this option controls."
    )]
    times: u8,
) {
    clack::echo(format!("{times} {:?}", ctx.args()));
}

#[test]
fn context_settings() {
    let out = ok(run(&settings::command(), &["--TIMES", "2", "--other", "x"]));
    assert_eq!(out, "2 [\"--other\", \"x\"]\n");
    let result = run(&settings::command(), &[]);
    assert_eq!(result.exit_code, 2);
    assert_eq!(
        result.stderr,
        "\
Usage: settings [OPTS]

  Context-wide settings.

Options:
  --times INTEGER  How many times to do
                   the thing that this
                   option controls.
                   [default: 3]
  --help           Show this message and
                   exit.
"
    );
}

/// No help option.
#[command(add_help_option = false, hidden, deprecated)]
fn bare(#[argument(help = "The item.", metavar = "ITEM")] item: Option<String>) {
    clack::echo(format!("{item:?}"));
}

#[test]
fn command_flags() {
    let cmd = bare::command();
    assert!(cmd.is_hidden());
    let result = run(&cmd, &["x"]);
    assert_eq!(result.stdout, "Some(\"x\")\n");
    assert_eq!(
        result.stderr,
        "DeprecationWarning: The command 'bare' is deprecated.\n"
    );
    let result = run(&cmd, &["--help"]);
    assert_eq!(result.exit_code, 2);
    assert_eq!(
        result.stderr,
        "Usage: bare [OPTIONS] ITEM\n\nError: No such option '--help'.\n"
    );
}

/// Layout markers.
///
/// \b
/// kept   as
///   written
///
/// \f
/// Not shown.
#[command]
fn markers(#[option(deprecated)] _old: bool, #[argument] r#type: Option<String>) {
    clack::echo(format!("type={:?}", r#type));
}

#[test]
fn doc_markers_and_underscored_names_follow_click() {
    let help = ok(run(&markers::command(), &["--help"]));
    assert!(
        help.contains("  Layout markers.\n\n  kept   as\n    written\n\nOptions:\n"),
        "{help}"
    );
    assert!(!help.contains("Not shown"), "{help}");
    assert!(
        help.starts_with("Usage: markers [OPTIONS] [TYPE]\n"),
        "{help}"
    );
    let result = run(&markers::command(), &["--old", "x"]);
    assert_eq!(result.stdout, "type=Some(\"x\")\n");
    assert_eq!(
        result.stderr,
        "DeprecationWarning: The option 'old' is deprecated.\n"
    );
}

/// A flag that can stay unset.
#[command]
fn tristate(#[option(flag = "--reload/--no-reload")] reload: Option<bool>) {
    clack::echo(format!("{reload:?}"));
}

#[test]
fn an_optional_on_off_flag_is_none_until_given() {
    assert_eq!(ok(run(&tristate::command(), &[])), "None\n");
    assert_eq!(ok(run(&tristate::command(), &["--reload"])), "Some(true)\n");
    assert_eq!(
        ok(run(&tristate::command(), &["--reload", "--no-reload"])),
        "Some(false)\n"
    );
    let help = ok(run(&tristate::command(), &["--help"]));
    assert!(help.contains("  --reload / --no-reload\n"), "{help}");
}

/// Load defaults before parsing.
fn load_defaults(ctx: &Context) -> Result<()> {
    ctx.io().env().set_default("HOOKED_MODE", "from-hook");
    Ok(())
}

/// Report the mode.
#[command(before_parse = load_defaults)]
fn hooked(#[option(envvar = "HOOKED_MODE", default = "plain")] mode: String) {
    clack::echo(mode);
}

#[test]
fn before_parse_runs_before_values_are_read() {
    assert_eq!(ok(run(&hooked::command(), &[])), "from-hook\n");
    assert_eq!(ok(run(&hooked::command(), &["--mode", "given"])), "given\n");
    let outer = clack::testing::Runner::new()
        .env("HOOKED_MODE", "from-env")
        .invoke(&hooked::command(), Vec::<String>::new());
    assert_eq!(outer.stdout, "from-env\n", "a variable already set wins");
}
