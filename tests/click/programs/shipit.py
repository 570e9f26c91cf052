"""Click twin of examples/shipit.rs: shell completion."""
import click
from click.shell_completion import CompletionItem

ENVIRONMENTS = ["development", "preview", "production", "staging"]
SERVICES = [("api", "The public API"), ("auth", "Sign-in service"),
            ("worker", "Background jobs")]


def complete_env(ctx, param, incomplete):
    return [CompletionItem(name) for name in ENVIRONMENTS if name.startswith(incomplete)]


class ServiceType(click.ParamType):
    name = "service"

    def convert(self, value, param, ctx):
        if any(value == name for name, _ in SERVICES):
            return value
        self.fail(f"unknown service {value!r}.", param, ctx)

    def shell_complete(self, ctx, param, incomplete):
        return [CompletionItem(name, help=text) for name, text in SERVICES
                if name.startswith(incomplete)]


@click.group()
@click.option("--verbose", "-v", is_flag=True, help="Print more.")
@click.option("--config", type=click.Path(dir_okay=False), help="A configuration file.")
def cli(verbose, config):
    """Deploy services to environments."""


@cli.command()
@click.argument("service", type=ServiceType())
@click.option("--env", "-e", shell_complete=complete_env, default="development",
              help="Where to deploy.")
@click.option("--strategy", type=click.Choice(["rolling", "blue-green", "recreate"]),
              help="How to replace what runs now.")
@click.option("--dry-run", is_flag=True, help="Only print what would happen.")
def deploy(service, env, strategy, dry_run):
    """Deploy SERVICE."""
    dry = " [dry run]" if dry_run else ""
    click.echo(f"deploy {service} to {env} ({strategy or 'rolling'}){dry}")


@cli.command()
@click.argument("source", type=click.Path(exists=True, file_okay=False))
@click.argument("files", nargs=-1, type=click.Path())
def upload(source, files):
    """Upload FILES from the folder SOURCE."""
    click.echo(f"upload {len(files)} files from {source}")


@cli.group()
def secrets():
    """Manage secrets."""


@secrets.command("set")
@click.argument("name")
@click.argument("env", shell_complete=complete_env)
def secrets_set(name, env):
    """Set the secret NAME in ENV."""
    click.echo(f"set {name} in {env}")


@secrets.command("list")
def secrets_list():
    """List the secrets."""
    click.echo("no secrets")


@cli.command("debug-dump", hidden=True)
def debug_dump():
    """A command that completion never offers."""
    click.echo("dump")


if __name__ == "__main__":
    cli(prog_name="shipit")
