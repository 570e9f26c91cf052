//! Framework-style command lines (issue: `flask run` style CLIs): commands
//! built lazily by a command source, eager options with callbacks, a hook
//! before parsing, nested automatic environment variables, and external
//! plugin executables found on `PATH`.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use clack_core::group::{CommandSource, Commands};
use clack_core::testing::Runner;
use clack_core::{Command, Context, ContextSettings, Error, Group, Opt, Output, Param};

/// Counts how often each kind of command is built.
struct Lazy {
    built: Arc<AtomicUsize>,
}

impl CommandSource for Lazy {
    fn list_commands(&self, _ctx: &Context, registered: &Commands) -> Vec<String> {
        let mut names = registered.names();
        names.extend(["alpha".to_string(), "beta".to_string()]);
        names.sort();
        names
    }

    fn get_command(
        &self,
        _ctx: &Context,
        name: &str,
        registered: &Commands,
    ) -> Result<Option<Arc<Command>>, Error> {
        if let Some(c) = registered.get(name) {
            return Ok(Some(c));
        }
        if name != "alpha" && name != "beta" {
            return Ok(None);
        }
        self.built.fetch_add(1, Ordering::SeqCst);
        let label = name.to_string();
        Ok(Some(Arc::new(
            Command::new(name)
                .help(format!("The {name} command."))
                .callback(move |_| {
                    clack_core::echo(format!("ran {label}"));
                    Ok(Output::none())
                }),
        )))
    }
}

fn lazy_group(built: &Arc<AtomicUsize>) -> Command {
    Group::new("fw")
        .source(Lazy {
            built: built.clone(),
        })
        .into_command()
}

#[test]
fn commands_are_built_only_when_used_or_listed() {
    let built = Arc::new(AtomicUsize::new(0));
    let cli = lazy_group(&built);
    assert_eq!(
        built.load(Ordering::SeqCst),
        0,
        "building the group builds nothing"
    );
    let r = Runner::new().invoke(&cli, ["alpha"]);
    assert_eq!(r.stdout, "ran alpha\n");
    assert_eq!(
        built.load(Ordering::SeqCst),
        1,
        "only the command used is built"
    );
    let r = Runner::new().invoke(&cli, ["--help"]);
    assert!(
        r.stdout
            .contains("  alpha  The alpha command.\n  beta   The beta command.\n"),
        "{}",
        r.stdout
    );
    assert_eq!(
        built.load(Ordering::SeqCst),
        3,
        "listing builds each listed command"
    );
}

#[test]
fn eager_callbacks_hook_and_nested_auto_envvars() {
    let cli = Group::new("fw")
        .with(|c| {
            c.context_settings(ContextSettings::new().auto_envvar_prefix("FW"))
                .before_parse(|ctx| {
                    ctx.io().env().set_default("FW_RUN_PORT", "7000");
                    Ok(())
                })
        })
        .param(
            Opt::new("--mode")
                .is_eager(true)
                .expose_value(false)
                .callback(|ctx: &Context, _p: &Param, v: Option<String>| {
                    if let Some(m) = &v {
                        ctx.io().env().set("FW_MODE", m.as_str());
                    }
                    Ok(v)
                }),
        )
        .command(
            Command::new("run")
                .param(Opt::new("--port").value_type::<u16>().default(5000))
                .callback(|ctx| {
                    let port: u16 = ctx.take_required("port")?;
                    let source = ctx.get_parameter_source("port").map(|s| s.name());
                    let mode = ctx.io().env().var("FW_MODE").unwrap_or_default();
                    clack_core::echo(format!("port={port} from {source:?} mode={mode}"));
                    Ok(Output::none())
                }),
        )
        .into_command();
    let r = Runner::new().invoke(&cli, ["--mode", "dev", "run"]);
    assert_eq!(r.stdout, "port=7000 from Some(\"ENVIRONMENT\") mode=dev\n");
    let r = Runner::new()
        .env("FW_RUN_PORT", "8080")
        .invoke(&cli, ["run"]);
    assert_eq!(r.stdout, "port=8080 from Some(\"ENVIRONMENT\") mode=\n");
    let r = Runner::new().invoke(&cli, ["run", "--port", "1"]);
    assert_eq!(r.stdout, "port=1 from Some(\"COMMANDLINE\") mode=\n");
}

/// A source whose "application" cannot load: listing says why on stderr,
/// the commands that need it fail with a usage error.
struct Broken;

impl CommandSource for Broken {
    fn list_commands(&self, _ctx: &Context, registered: &Commands) -> Vec<String> {
        clack_core::echo_err("Error: Could not locate an application.\n");
        registered.names()
    }
}

#[test]
fn a_broken_app_still_has_help() {
    let cli = Group::new("fw")
        .source(Broken)
        .command(
            Command::new("run")
                .help("Run it.")
                .callback(|_| Err(Error::usage("Could not locate an application."))),
        )
        .into_command();
    let r = Runner::new().invoke(&cli, ["--help"]);
    assert_eq!(r.exit_code, 0);
    assert!(r.stdout.contains("Commands:\n  run  Run it.\n"));
    assert_eq!(r.stderr, "Error: Could not locate an application.\n\n");
    let r = Runner::new().invoke(&cli, ["run"]);
    assert_eq!(r.exit_code, 2);
    assert_eq!(
        r.stderr,
        "Usage: fw run [OPTIONS]\nTry 'fw run --help' for help.\n\nError: Could not locate an application.\n"
    );
}

#[cfg(unix)]
#[test]
fn external_plugins_on_a_temporary_path() {
    use std::os::unix::fs::PermissionsExt;
    let dir = std::env::temp_dir().join(format!("clack-plugins-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("fw-hello");
    std::fs::write(
        &script,
        "#!/bin/sh\necho \"hello from plugin: $*\"\necho \"to stderr\" >&2\nexit 3\n",
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::write(dir.join("fw-notexec"), "not a program").unwrap();

    let cli = Group::new("fw")
        .external_plugins(true)
        .command(Command::new("builtin").help("A built-in command."))
        .into_command();
    let path = dir.as_os_str().to_os_string();
    let r = Runner::new()
        .env("PATH", path.clone())
        .invoke(&cli, ["hello", "a b", "--flag", "--", "-x"]);
    assert_eq!(r.stdout, "hello from plugin: a b --flag -- -x\n");
    assert_eq!(r.stderr, "to stderr\n");
    assert_eq!(r.exit_code, 3, "the plugin's exit code is ours");

    let r = Runner::new()
        .env("PATH", path.clone())
        .invoke(&cli, ["--help"]);
    assert!(
        r.stdout.ends_with(&format!(
            "Commands:\n  builtin  A built-in command.\n\nExternal commands:\n  hello  Runs {}.\n",
            script.display()
        )),
        "{}",
        r.stdout
    );
    let r = Runner::new().env("PATH", path).invoke(&cli, ["notexec"]);
    assert_eq!(r.exit_code, 2);
    assert!(r.stderr.ends_with("Error: No such command 'notexec'.\n"));
    std::fs::remove_dir_all(&dir).unwrap();
}
