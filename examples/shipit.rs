//! `shipit`: shell completion through the environment-variable protocol,
//! the twin of Click's `shipit.py`.
//!
//! Shows completing command names (hidden ones left out), option names,
//! choice values, values from a custom completion function, values of a
//! custom type (with help), files and folders left to the shell, and
//! completion inside nested groups. The shell scripts come from
//! `_SHIPIT_COMPLETE=bash_source shipit` (and `zsh_source`, `fish_source`,
//! `powershell_source`); each Tab then runs the program with
//! `_SHIPIT_COMPLETE=bash_complete` and `COMP_WORDS`/`COMP_CWORD` set.
//!
//!     cargo build --example shipit
//!     eval "$(_SHIPIT_COMPLETE=bash_source target/debug/examples/shipit)"

use std::ffi::OsString;
use std::path::PathBuf;

#[path = "support/python.rs"]
mod python;

use clack::prelude::*;

const ENVIRONMENTS: [&str; 4] = ["development", "preview", "production", "staging"];

/// The environments whose names start with what was typed.
fn complete_env(_ctx: &Context, _param: &Param, incomplete: &str) -> Vec<CompletionItem> {
    ENVIRONMENTS
        .into_iter()
        .filter(|name| name.starts_with(incomplete))
        .map(CompletionItem::new)
        .collect()
}

/// A service name, completed with a description of each.
struct ServiceType;

impl ServiceType {
    const SERVICES: [(&'static str, &'static str); 3] = [
        ("api", "The public API"),
        ("auth", "Sign-in service"),
        ("worker", "Background jobs"),
    ];
}

impl ParamType for ServiceType {
    type Value = String;

    fn name(&self) -> String {
        "service".into()
    }

    fn convert(&self, value: OsString, _ctx: Option<&Context>) -> Result<String, Error> {
        let value = value.to_string_lossy().into_owned();
        if Self::SERVICES.iter().any(|(name, _)| *name == value) {
            Ok(value)
        } else {
            Err(Error::bad_parameter(format!(
                "unknown service {}.",
                python::repr(&value)
            )))
        }
    }

    fn shell_complete(&self, _ctx: &Context, incomplete: &str) -> Vec<CompletionItem> {
        Self::SERVICES
            .iter()
            .filter(|(name, _)| name.starts_with(incomplete))
            .map(|(name, help)| CompletionItem::new(*name).help(*help))
            .collect()
    }
}

/// How to replace what runs now.
#[derive(Choice, Clone, Copy)]
enum Strategy {
    Rolling,
    BlueGreen,
    Recreate,
}

/// Deploy services to environments.
#[group(commands = [deploy, upload, secrets, debug_dump])]
pub(crate) fn cli(
    #[option("--verbose", "-v", help = "Print more.")] _verbose: bool,
    #[option(dir_okay = false, help = "A configuration file.")] _config: Option<PathBuf>,
) {
}

/// Deploy SERVICE.
#[command]
fn deploy(
    #[argument(ty = ServiceType)] service: String,
    #[option(
        "--env",
        "-e",
        shell_complete = complete_env,
        default = "development",
        help = "Where to deploy."
    )]
    env: String,
    #[option(help = "How to replace what runs now.")] strategy: Option<Strategy>,
    #[option(help = "Only print what would happen.")] dry_run: bool,
) {
    let strategy = strategy.map_or("rolling", |s| s.choice_name());
    let dry = if dry_run { " [dry run]" } else { "" };
    clack::echo(format!("deploy {service} to {env} ({strategy}){dry}"));
}

/// Upload FILES from the folder SOURCE.
#[command]
fn upload(#[argument(exists, file_okay = false)] source: PathBuf, #[argument] files: Vec<PathBuf>) {
    clack::echo(format!(
        "upload {} files from {}",
        files.len(),
        source.display()
    ));
}

/// Manage secrets.
#[group(commands = [secrets_set, secrets_list])]
fn secrets() {}

/// Set the secret NAME in ENV.
#[command(name = "set")]
fn secrets_set(#[argument] name: String, #[argument(shell_complete = complete_env)] env: String) {
    clack::echo(format!("set {name} in {env}"));
}

/// List the secrets.
#[command(name = "list")]
fn secrets_list() {
    clack::echo("no secrets");
}

/// A command that completion never offers.
#[command(hidden)]
fn debug_dump() {
    clack::echo("dump");
}

fn main() {
    cli::main()
}
