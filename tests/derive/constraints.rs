//! Constraints, option groups and command sections declared with the
//! macros: the same rules, messages and help as the builder's.

use clack::prelude::*;
use clack::testing::Runner;

use super::{ok, run};

/// Export the data.
#[command(
    option_groups = [
        output(title = "Output options", help = "Pick one format.", constraint = mutually_exclusive),
        net(title = "Network"),
    ],
    constraints = [
        required_if(path, output = "file"),
        required_unless(host, offline),
        all_or_none(user, password),
    ],
)]
fn export(
    #[option(short = 'j', flag, group = "output", help = "Write JSON.")] json: bool,
    #[option(flag, group = "output", help = "Write YAML.")] yaml: bool,
    #[option(default = "stdout")] output: String,
    #[option] path: Option<String>,
    #[option(group = "net", help = "Server.")] host: Option<String>,
    #[option(flag, group = "net", conflicts_with = "host")] offline: bool,
    #[option(envvar = "EXPORT_USER", requires = "password")] user: Option<String>,
    #[option] password: Option<String>,
) {
    let _ = (json, yaml, output, path, host, offline, user, password);
    clack::echo("ran");
}

fn error_of(args: &[&str]) -> String {
    let r = run(&export::command(), args);
    assert_eq!(r.exit_code, 2, "stdout: {:?}", r.stdout);
    r.stderr.lines().last().unwrap_or("").to_string()
}

#[test]
fn the_rules_hold() {
    let cmd = export::command();
    assert_eq!(ok(run(&cmd, &["--offline"])), "ran\n");
    assert_eq!(ok(run(&cmd, &["--host", "h", "-j"])), "ran\n");
    assert_eq!(
        error_of(&["--offline", "-j", "--yaml"]),
        "Error: Option '--json' / '-j' cannot be used together with option '--yaml'."
    );
    assert_eq!(
        error_of(&["--offline", "--output", "file"]),
        "Error: Missing option '--path': it is required when option '--output' is 'file'."
    );
    assert_eq!(
        error_of(&[]),
        "Error: Missing option '--host': it is required unless option '--offline' is given."
    );
    assert_eq!(
        error_of(&["--offline", "--host", "h"]),
        "Error: Option '--offline' cannot be used together with option '--host'."
    );
    let by_env = Runner::new()
        .env("EXPORT_USER", "ada")
        .invoke(&cmd, ["--offline"]);
    assert_eq!(by_env.exit_code, 2);
    assert!(by_env.stderr.ends_with(
        "Error: Missing option '--password': it is required when option '--user' is given.\n"
    ));
}

#[test]
fn the_groups_are_sections() {
    let help = ok(run(&export::command(), &["--help"]));
    assert_eq!(
        help,
        "\
Usage: export [OPTIONS]

  Export the data.

Output options: [mutually exclusive]
  Pick one format.

  -j, --json  Write JSON.
  --yaml      Write YAML.

Network:
  --host TEXT  Server.
  --offline

Options:
  --output TEXT
  --path TEXT
  --user TEXT
  --password TEXT
  --help           Show this message and exit.
"
    );
}

/// Create a project.
#[command]
fn init() {}

/// Build it.
#[command]
fn build_all() {}

/// Check the style.
#[command]
fn lint() {}

#[group(commands = [init, build_all, lint], sections = [("Main commands", [init, build_all]), ("Plugins", [lint])])]
fn tool() {}

#[test]
fn a_group_lists_its_sections() {
    let help = ok(run(&tool::command(), &["--help"]));
    assert!(
        help.ends_with(
            "Main commands:\n  init       Create a project.\n  build-all  Build it.\n\nPlugins:\n  lint  Check the style.\n"
        ),
        "{help}"
    );
}
