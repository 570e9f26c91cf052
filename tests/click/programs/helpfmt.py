"""Click twin of examples/helpfmt.rs: help layout and a group with aliases."""
import click

ALIASES = {"ls": "list", "rm": "remove"}


class AliasedGroup(click.Group):
    """Commands answer to an alias or to a unique prefix of their name."""

    def get_command(self, ctx, cmd_name):
        cmd_name = ALIASES.get(cmd_name, cmd_name)
        found = super().get_command(ctx, cmd_name)
        if found is not None:
            return found
        candidates = [n for n in self.list_commands(ctx) if n.startswith(cmd_name)]
        if not candidates:
            return None
        if len(candidates) == 1:
            return super().get_command(ctx, candidates[0])
        ctx.fail(f"Too many matches: {', '.join(sorted(candidates))}")

    def resolve_command(self, ctx, args):
        _, cmd, rest = super().resolve_command(ctx, args)
        return cmd.name, cmd, rest


@click.group(cls=AliasedGroup, invoke_without_command=True,
             epilog="See the manual for more: every command has --help.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.pass_context
def cli(ctx, quiet):
    """Keep a list of things to do.

    This paragraph is long on purpose, so that it has to be wrapped at the
    width of the terminal, which these pages assume to be eighty columns wide
    unless the COLUMNS variable says otherwise.

    \b
    Kept as written:
      helpfmt add "Buy milk"
      helpfmt ls --all

    \f
    Everything after the form feed is for the source code only.
    """
    if ctx.invoked_subcommand is None:
        click.echo("No command given; the list has 2 items.")


@cli.command(no_args_is_help=True)
@click.argument("text")
@click.option("--priority", "-p", type=click.IntRange(1, 5), default=3, show_default=True,
              help="How urgent it is, from 1 (most) to 5 (least).")
@click.option("--due", metavar="YYYY-MM-DD", help="When it is due.")
@click.option("--tag", "tags", multiple=True, default=["inbox"], show_default=True,
              help="A tag for the item; give it again for more.")
@click.option("--owner", required=True, envvar="HELPFMT_OWNER", show_envvar=True,
              help="Who does it.")
@click.option("--very-long-option-name-that-pushes-help", "--alias-for-it",
              help="An option whose names are too long for the first column.")
@click.option("--secret", hidden=True, help="Never shown.")
@click.option("--color", is_flag=True, deprecated=True, help="Colour the output.")
def add(text, priority, due, tags, owner, very_long_option_name_that_pushes_help,
        secret, color):
    """Add TEXT to the list. The first sentence is the short help, and the rest
    of this text only shows on the command's own help page."""
    click.echo(f"added [{text}] p{priority} for {owner} tags={','.join(tags)}")


@cli.command("list")
@click.option("--all", "-a", "show_all", is_flag=True, help="Include finished items.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]),
              default="table", show_default=True)
def list_items(show_all, fmt):
    """List the items."""
    click.echo(f"list all={show_all} format={fmt}")


@cli.command()
@click.argument("ids", nargs=-1, type=int, required=True)
def remove(ids):
    """Remove the items with these IDS."""
    click.echo("removed " + " ".join(str(i) for i in ids))


@cli.command(short_help="Make the list empty.")
@click.option("--yes", is_flag=True, help="Do not ask.")
def reset(yes):
    """Remove every item from the list, finished or not, so that nothing is left."""
    click.echo("reset")


@cli.command(deprecated=True)
def purge():
    """Remove finished items. Use 'remove' instead."""
    click.echo("purged")


@cli.command(hidden=True)
def internals():
    """Never listed."""
    click.echo("internals")


if __name__ == "__main__":
    cli(prog_name="helpfmt")
