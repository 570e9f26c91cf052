"""Click twin of examples/webapp.rs: a framework's command line, `flask run` style."""
import os

import click

APPS = {
    "blog": (
        [
            ("index", "GET", "/"),
            ("post.show", "GET", "/post/<int:id>"),
            ("post.edit", "GET, POST", "/post/<int:id>/edit"),
            ("admin.home", "GET", "/admin/"),
        ],
        ["seed"],
    ),
    "shop": ([("catalog", "GET", "/"), ("cart.add", "POST", "/cart")], []),
}


class ScriptInfo:
    """Where the application is; loaded on first use."""

    def __init__(self):
        self.app_name = None
        self.app = None


def load_app(ctx):
    info = ctx.ensure_object(ScriptInfo)
    if info.app is None:
        name = info.app_name if info.app_name is not None else os.environ.get("WEBAPP_APP")
        if not name:
            raise click.UsageError(
                "Could not locate an application. Use the 'webapp --app' option, "
                "the 'WEBAPP_APP' environment variable, or a '.webappenv' file."
            )
        if name not in APPS:
            raise click.UsageError(f"There is no application named '{name}'.")
        routes, commands = APPS[name]
        info.app = {"name": name, "routes": routes, "commands": commands}
    return info.app


def load_env_file(path):
    with open(path) as f:
        for line in f.read().splitlines():
            line = line.strip()
            if line.startswith("#") or "=" not in line:
                continue
            key, value = line.split("=", 1)
            os.environ.setdefault(key.strip(), value.strip())


def env_file_callback(ctx, param, value):
    if value is not None:
        load_env_file(value)
    return value


def app_callback(ctx, param, value):
    if value is not None:
        ctx.ensure_object(ScriptInfo).app_name = value
    return value


def debug_callback(ctx, param, value):
    if value is not None:
        os.environ["WEBAPP_DEBUG"] = "1" if value else "0"
    return value


@click.command("run", short_help="Run a development server.")
@click.option("--host", "-h", default="127.0.0.1", show_default=True,
              help="The interface to bind to.")
@click.option("--port", "-p", type=click.IntRange(1, 65535), default=5000, show_default=True,
              help="The port to bind to.")
@click.option("--reload/--no-reload", default=None,
              help="Restart on code changes. On by default in debug mode.")
@click.option("--extra-files", type=click.Path(), multiple=True, metavar="PATH",
              help="More files that trigger a restart when they change.")
@click.pass_context
def run(ctx, host, port, reload, extra_files):
    """Serve the application with a development server.

    This server is for development only: use a production server to deploy.
    """
    app = load_app(ctx)
    debug = os.environ.get("WEBAPP_DEBUG") == "1"
    on_off = {True: "on", False: "off"}
    click.echo(f" * Serving application '{app['name']}'")
    click.echo(f" * Debug mode: {on_off[debug]}")
    click.echo(f" * Reloader: {on_off[debug if reload is None else reload]}")
    for path in extra_files:
        click.echo(f" * Watching {path}")
    click.echo(f" * Running on http://{host}:{port}")


@click.command(short_help="Show the routes of the application.")
@click.option("--sort", "-s", type=click.Choice(["endpoint", "methods", "rule"]),
              default="endpoint", show_default=True, help="How to order the routes.")
@click.pass_context
def routes(ctx, sort):
    """Show every route of the application with its endpoint and methods."""
    app = load_app(ctx)
    column = ["endpoint", "methods", "rule"].index(sort)
    rows = sorted(app["routes"], key=lambda row: row[column])
    headers = ("Endpoint", "Methods", "Rule")
    widths = [max([len(headers[i])] + [len(r[i]) for r in rows]) for i in range(3)]

    def line(cells):
        text = "  ".join(cell.ljust(width) for cell, width in zip(cells, widths))
        click.echo(text.rstrip())

    line(headers)
    line(["-" * w for w in widths])
    for row in rows:
        line(row)


@click.command(short_help="Show the WEBAPP_ settings.")
def env():
    """Show every WEBAPP_ environment variable, after env files are loaded."""
    for key in sorted(os.environ):
        if key.startswith("WEBAPP_"):
            click.echo(f"{key}={os.environ[key]}")


def db_group():
    @click.group()
    def db():
        """Manage the database (from the db extension)."""

    @db.command()
    @click.pass_context
    def init(ctx):
        """Create the tables."""
        click.echo(f"Created tables for {load_app(ctx)['name']}.")

    @db.command()
    @click.option("--message", "-m", required=True, help="What the migration does.")
    def migrate(message):
        """Write a new migration."""
        click.echo(f"Wrote migration: {message}")

    return db


def seed_command(name):
    @click.command(name)
    @click.option("--count", default=3, show_default=True, help="How many posts.")
    @click.pass_context
    def seed(ctx, count):
        """Fill the database with example posts."""
        click.echo(f"Seeded {count} posts into {load_app(ctx)['name']}.")

    return seed


EXTENSIONS = {"db": db_group}


class WebAppGroup(click.Group):
    """Framework commands, then extensions' (built when used), then the app's."""

    def make_context(self, info_name, args, parent=None, **extra):
        if os.path.exists(".webappenv"):
            load_env_file(".webappenv")
        extra.setdefault("obj", ScriptInfo())
        return super().make_context(info_name, args, parent=parent, **extra)

    def list_commands(self, ctx):
        names = set(super().list_commands(ctx)) | set(EXTENSIONS)
        try:
            names |= set(load_app(ctx)["commands"])
        except click.UsageError as e:
            click.echo(f"Error: {e.format_message()}\n", err=True)
        return sorted(names)

    def get_command(self, ctx, name):
        found = super().get_command(ctx, name)
        if found is not None:
            return found
        if name in EXTENSIONS:
            return EXTENSIONS[name]()
        try:
            app = load_app(ctx)
        except click.UsageError:
            return None
        return seed_command(name) if name in app["commands"] else None


@click.group(cls=WebAppGroup, context_settings={"auto_envvar_prefix": "WEBAPP"})
@click.option("--env-file", "-e", type=click.Path(exists=True, dir_okay=False),
              is_eager=True, expose_value=False, callback=env_file_callback,
              help="Load KEY=VALUE lines from this file. Variables already set win.")
@click.option("--app", "-A", metavar="NAME", is_eager=True, expose_value=False,
              callback=app_callback, help="The application to load.")
@click.option("--debug/--no-debug", default=None, is_eager=True, expose_value=False,
              callback=debug_callback, help="Set debug mode.")
@click.version_option("3.1.0", prog_name="webapp", message="%(prog)s %(version)s")
def cli():
    """A general utility script for webapp applications.

    Give the application with --app or in the WEBAPP_APP variable.
    """


cli.add_command(run)
cli.add_command(routes)
cli.add_command(env)

if __name__ == "__main__":
    cli(prog_name="webapp")
