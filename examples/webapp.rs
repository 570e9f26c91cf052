//! `webapp`: the command line of a web framework in the style of
//! `flask run`, the twin of Click's `webapp.py`.
//!
//! The application is found lazily (from `--app`, from `WEBAPP_APP`, or
//! from a `.webappenv` file in the current folder). Eager options load an
//! env file and set the debug flag before anything else is read; commands
//! come from the framework, from an extension (built only when used) and
//! from the application itself; a [`ScriptInfo`] is shared through the
//! context; commands that need the application fail clearly without one;
//! and `auto_envvar_prefix` makes `WEBAPP_RUN_PORT` set `run --port`.
//!
//!     cargo run --example webapp -- --app blog routes --sort rule

use std::path::{Path, PathBuf};
use std::sync::Arc;

use clack::group::{CommandSource, Commands};
use clack::prelude::*;

/// A loaded application: its routes and the commands it adds.
#[derive(Clone)]
struct App {
    name: String,
    routes: &'static [[&'static str; 3]],
    commands: &'static [&'static str],
}

/// The applications this framework knows, by name.
fn find_app(name: &str) -> Option<App> {
    let (routes, commands): (&'static [[&'static str; 3]], &'static [&'static str]) = match name {
        "blog" => (
            &[
                ["index", "GET", "/"],
                ["post.show", "GET", "/post/<int:id>"],
                ["post.edit", "GET, POST", "/post/<int:id>/edit"],
                ["admin.home", "GET", "/admin/"],
            ],
            &["seed"],
        ),
        "shop" => (
            &[["catalog", "GET", "/"], ["cart.add", "POST", "/cart"]],
            &[],
        ),
        _ => return None,
    };
    Some(App {
        name: name.to_string(),
        routes,
        commands,
    })
}

/// What the commands share: where the application is, loaded on first use.
#[derive(Default)]
struct ScriptInfo {
    app_name: Option<String>,
    app: Option<App>,
}

/// The application, loaded once per invocation; a usage error without one.
fn load_app(ctx: &Context) -> Result<App, Error> {
    let info = ctx.ensure_obj::<ScriptInfo>();
    let mut info = info.borrow_mut()?;
    if let Some(app) = &info.app {
        return Ok(app.clone());
    }
    let name = info
        .app_name
        .clone()
        .or_else(|| ctx.io().env().var("WEBAPP_APP"))
        .filter(|name| !name.is_empty())
        .ok_or_else(|| {
            Error::usage(
                "Could not locate an application. Use the 'webapp --app' option, \
                 the 'WEBAPP_APP' environment variable, or a '.webappenv' file.",
            )
        })?;
    let app = find_app(&name)
        .ok_or_else(|| Error::usage(format!("There is no application named '{name}'.")))?;
    Ok(info.app.insert(app).clone())
}

/// Set `KEY=VALUE` lines from `path`; variables already set win.
fn load_env_file(ctx: &Context, path: &Path) -> Result<(), Error> {
    let text = std::fs::read_to_string(ctx.io().resolve(path))?;
    for line in text.lines().map(str::trim) {
        if line.starts_with('#') {
            continue;
        }
        if let Some((key, value)) = line.split_once('=') {
            ctx.io().env().set_default(key.trim(), value.trim());
        }
    }
    Ok(())
}

/// Before parsing: read `.webappenv` if the folder has one, and start the
/// shared [`ScriptInfo`].
fn prepare(ctx: &Context) -> Result<(), Error> {
    let dotenv = Path::new(".webappenv");
    if ctx.io().resolve(dotenv).exists() {
        load_env_file(ctx, dotenv)?;
    }
    ctx.set_obj(ScriptInfo::default());
    Ok(())
}

fn set_env_file(ctx: &Context, _: &Param, value: Option<PathBuf>) -> Result<Option<PathBuf>> {
    if let Some(path) = &value {
        load_env_file(ctx, path)?;
    }
    Ok(value)
}

fn set_app(ctx: &Context, _: &Param, value: Option<String>) -> Result<Option<String>> {
    if let Some(name) = &value {
        ctx.ensure_obj::<ScriptInfo>().borrow_mut()?.app_name = Some(name.clone());
    }
    Ok(value)
}

fn set_debug(ctx: &Context, _: &Param, value: Option<bool>) -> Result<Option<bool>> {
    if let Some(debug) = value {
        ctx.io()
            .env()
            .set("WEBAPP_DEBUG", if debug { "1" } else { "0" });
    }
    Ok(value)
}

/// A general utility script for webapp applications.
///
/// Give the application with --app or in the WEBAPP_APP variable.
#[group(
    source = WebAppCommands,
    before_parse = prepare,
    auto_envvar_prefix = "WEBAPP",
    version = "3.1.0",
    version_prog_name = "webapp",
    version_message = "%(prog)s %(version)s",
    commands = [run, routes, env]
)]
pub(crate) fn cli(
    #[option(
        "--env-file",
        "-e",
        exists,
        dir_okay = false,
        is_eager,
        expose_value = false,
        callback = set_env_file,
        help = "Load KEY=VALUE lines from this file. Variables already set win."
    )]
    _env_file: Option<PathBuf>,
    #[option(
        "--app",
        "-A",
        metavar = "NAME",
        is_eager,
        expose_value = false,
        callback = set_app,
        help = "The application to load."
    )]
    _app: Option<String>,
    #[option(
        flag = "--debug/--no-debug",
        is_eager,
        expose_value = false,
        callback = set_debug,
        help = "Set debug mode."
    )]
    _debug: Option<bool>,
) {
}

/// Serve the application with a development server.
///
/// This server is for development only: use a production server to deploy.
#[command(short_help = "Run a development server.")]
fn run(
    ctx: &Context,
    #[option(
        "--host",
        "-h",
        default = "127.0.0.1",
        show_default,
        help = "The interface to bind to."
    )]
    host: String,
    #[option("--port", "-p", default = 5000, show_default, range = 1..=65535, help = "The port to bind to.")]
    port: u16,
    #[option(
        flag = "--reload/--no-reload",
        help = "Restart on code changes. On by default in debug mode."
    )]
    reload: Option<bool>,
    #[option(
        metavar = "PATH",
        help = "More files that trigger a restart when they change."
    )]
    extra_files: Vec<PathBuf>,
) -> Result<()> {
    let app = load_app(ctx)?;
    let debug = ctx.io().env().var("WEBAPP_DEBUG").as_deref() == Some("1");
    let on_off = |on: bool| if on { "on" } else { "off" };
    clack::echo(format!(" * Serving application '{}'", app.name));
    clack::echo(format!(" * Debug mode: {}", on_off(debug)));
    clack::echo(format!(" * Reloader: {}", on_off(reload.unwrap_or(debug))));
    for path in extra_files {
        clack::echo(format!(" * Watching {}", path.display()));
    }
    clack::echo(format!(" * Running on http://{host}:{port}"));
    Ok(())
}

/// Show every route of the application with its endpoint and methods.
#[command(short_help = "Show the routes of the application.")]
fn routes(
    ctx: &Context,
    #[option(
        "--sort",
        "-s",
        choices = ["endpoint", "methods", "rule"],
        default = "endpoint",
        show_default,
        help = "How to order the routes."
    )]
    sort: String,
) -> Result<()> {
    let app = load_app(ctx)?;
    let column = match sort.as_str() {
        "endpoint" => 0,
        "methods" => 1,
        _ => 2,
    };
    let mut rows = app.routes.to_vec();
    rows.sort_by_key(|row| row[column]);
    let headers = ["Endpoint", "Methods", "Rule"];
    let widths: [usize; 3] = std::array::from_fn(|i| {
        rows.iter()
            .map(|r| r[i].len())
            .fold(headers[i].len(), usize::max)
    });
    let line = |cells: [&str; 3]| {
        let [a, b, c] = widths;
        let text = format!("{:<a$}  {:<b$}  {:<c$}", cells[0], cells[1], cells[2]);
        clack::echo(text.trim_end());
    };
    line(headers);
    let dashes = widths.map(|w| "-".repeat(w));
    line([&dashes[0], &dashes[1], &dashes[2]]);
    for row in rows {
        line(row);
    }
    Ok(())
}

/// Show every WEBAPP_ environment variable, after env files are loaded.
#[command(short_help = "Show the WEBAPP_ settings.")]
fn env(ctx: &Context) {
    for (key, value) in ctx.io().env().vars() {
        let key = key.to_string_lossy();
        if key.starts_with("WEBAPP_") {
            clack::echo(format!("{key}={}", value.to_string_lossy()));
        }
    }
}

/// Manage the database (from the db extension).
#[group(commands = [init, migrate])]
fn db() {}

/// Create the tables.
#[command]
fn init(ctx: &Context) -> Result<()> {
    let app = load_app(ctx)?;
    clack::echo(format!("Created tables for {}.", app.name));
    Ok(())
}

/// Write a new migration.
#[command]
fn migrate(#[option("--message", "-m", help = "What the migration does.")] message: String) {
    clack::echo(format!("Wrote migration: {message}"));
}

/// Fill the database with example posts.
#[command]
fn seed(
    ctx: &Context,
    #[option(default = 3, show_default, help = "How many posts.")] count: i64,
) -> Result<()> {
    let app = load_app(ctx)?;
    clack::echo(format!("Seeded {count} posts into {}.", app.name));
    Ok(())
}

/// An extension's command: its name and how to build it.
type Extension = (&'static str, fn() -> Command);

/// The framework's commands, then the extensions' (built when first
/// needed), then the application's own (once it has loaded).
struct WebAppCommands;

impl WebAppCommands {
    /// Extension commands by name.
    const EXTENSIONS: [Extension; 1] = [("db", db::command)];
}

impl CommandSource for WebAppCommands {
    fn list_commands(&self, ctx: &Context, commands: &Commands) -> Vec<String> {
        let mut names = commands.names();
        names.extend(Self::EXTENSIONS.iter().map(|(name, _)| name.to_string()));
        match load_app(ctx) {
            Ok(app) => names.extend(app.commands.iter().map(|name| name.to_string())),
            Err(e) => clack::echo_err(format!("Error: {}\n", e.message())),
        }
        names.sort();
        names.dedup();
        names
    }

    fn get_command(
        &self,
        ctx: &Context,
        name: &str,
        commands: &Commands,
    ) -> Result<Option<Arc<Command>>, Error> {
        if let Some(command) = commands.get(name) {
            return Ok(Some(command));
        }
        if let Some((_, make)) = Self::EXTENSIONS.iter().find(|(n, _)| *n == name) {
            return Ok(Some(Arc::new(make())));
        }
        Ok(match load_app(ctx) {
            Ok(app) if app.commands.contains(&name) => {
                Some(Arc::new(seed::command().with_name(name)))
            }
            _ => None,
        })
    }
}

fn main() {
    cli::main()
}
