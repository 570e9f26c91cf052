"""Click twin of examples/repo.rs: nested groups sharing an object."""
import click


class Repo:
    def __init__(self, home, verbose):
        self.home = home
        self.config = {}
        self.verbose = verbose

    def set_config(self, key, value):
        self.config[key] = value
        if self.verbose:
            click.echo(f"  config[{key}] = {value}", err=True)


pass_repo = click.make_pass_decorator(Repo)


@click.group()
@click.option("--repo-home", envvar="REPO_HOME", default=".repo", metavar="PATH",
              help="Where the repository lives.")
@click.option("--config", nargs=2, multiple=True, metavar="KEY VALUE",
              help="Override a configuration value.")
@click.option("--verbose", "-v", is_flag=True, help="Print more output.")
@click.version_option("2.0.0", prog_name="repo")
@click.pass_context
def cli(ctx, repo_home, config, verbose):
    """Repo is a small version control tool.

    It shows how a group hands one object to all of its commands.
    """
    ctx.obj = Repo(repo_home, verbose)
    for key, value in config:
        ctx.obj.set_config(key, value)


@cli.command()
@click.argument("src")
@click.argument("dest", required=False)
@click.option("--shallow/--deep", show_default=True, help="Make a shallow or a deep checkout.")
@click.option("--rev", "-r", default="HEAD", help="Clone this revision.")
@pass_repo
def clone(repo, src, dest, shallow, rev):
    """Clone the repository at SRC into DEST.

    Without DEST, the last part of SRC names the new folder.
    """
    if dest is None:
        dest = src.rstrip("/").split("/")[-1] or "."
    click.echo(f"Cloning {src} into {dest} at {rev}")
    click.echo(f"Checkout: {'shallow' if shallow else 'deep'}")
    click.echo(f"Repository home: {repo.home}")


@cli.command()
@click.confirmation_option(prompt="Really delete the repository?")
@pass_repo
def delete(repo):
    """Delete the repository."""
    click.echo(f"Deleted {repo.home}")


@cli.command()
@click.option("--username", prompt=True, help="Your user name.")
@click.option("--email", prompt="E-mail", help="Your e-mail address.")
@click.password_option(help="Your password.")
@pass_repo
def setuser(repo, username, email, password):
    """Set the user that makes commits."""
    repo.set_config("username", username)
    repo.set_config("email", email)
    repo.set_config("password", "*" * len(password))
    click.echo("Changed credentials.")
    for key in sorted(repo.config):
        click.echo(f"{key} = {repo.config[key]}")


@cli.command()
@click.option("--message", "-m", multiple=True,
              help="The commit message. Given more than once, each is a paragraph.")
@click.argument("files", nargs=-1, type=click.Path())
@pass_repo
def commit(repo, message, files):
    """Commit FILES, or every changed file when none are named."""
    if not message:
        raise click.UsageError("Give a commit message with -m.")
    click.echo(f"Files: {', '.join(files) if files else '(all)'}")
    click.echo("\n\n".join(message))


@cli.command()
@click.argument("src", nargs=-1, required=True)
@click.argument("dst")
@click.option("--force", "-f", is_flag=True, help="Overwrite existing files.")
@pass_repo
def copy(repo, src, dst, force):
    """Copy every SRC to DST."""
    for name in src:
        click.echo(f"Copy {name} -> {dst}{' (forced)' if force else ''}")


@cli.group()
def remote():
    """Manage the remotes that this repository tracks."""


@remote.command("add")
@click.argument("name")
@click.argument("url")
@pass_repo
def remote_add(repo, name, url):
    """Add the remote NAME at URL."""
    click.echo(f"Added remote {name} -> {url} in {repo.home}")


@remote.command("remove")
@click.argument("names", nargs=-1, required=True)
def remote_remove(names):
    """Remove each remote in NAMES."""
    for name in names:
        click.echo(f"Removed remote {name}")


@remote.command("show-url", short_help="Print a remote's URL.")
@click.argument("name")
@click.option("--push", is_flag=True, help="Show the push URL instead of the fetch URL.")
def remote_show_url(name, push):
    """Print the URL that this repository uses for the remote NAME when it
    fetches, or, with --push, when it pushes."""
    click.echo(f"{name} ({'push' if push else 'fetch'}): https://example.invalid/{name}.git")


if __name__ == "__main__":
    cli(prog_name="repo")
