"""Click twin of examples/prompts.rs."""
import click


@click.group()
def cli():
    """Ask questions and act on the answers."""


@cli.command()
def survey():
    """Ask a few typed questions."""
    name = click.prompt("Name")
    age = click.prompt("Age", type=int, default=30)
    colour = click.prompt("Favourite colour", type=click.Choice(["red", "green", "blue"]))
    # clack shows a float bound without a fraction when it has none (a Rust
    # f64 cannot tell 0 from 0.0), so the twin's bounds are written as ints.
    share = click.prompt("Share", type=click.FloatRange(0, 1), default=0.5,
                         show_default=False)
    subscribed = click.confirm("Subscribe?", default=True)
    click.echo(f"{name} ({age}) likes {colour}, share {share!r}, subscribed: {subscribed}")


@cli.command()
@click.option("--force", is_flag=True, help="Do not ask first.")
def wipe(force):
    """Wipe everything, after asking."""
    if not force:
        click.confirm("This wipes everything. Continue?", abort=True)
    click.echo("Wiped.")


@cli.command()
@click.option("--user", prompt=True, envvar="PROMPTS_USER", help="Who logs in.")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True,
              help="The password.")
@click.pass_context
def login(ctx, user, password):
    """Log in, asking for what is missing."""
    source = ctx.get_parameter_source("user")
    source = source.name if source is not None else "NONE"
    click.echo(f"Logged in as {user} (from {source}) with {len(password)} characters.")


@cli.command()
@click.option("--message", "-m", help="The note; without it the editor opens.")
def note(message):
    """Write a note, in the editor unless given."""
    if message is None:
        text = click.edit("# Write the note above this line.\n")
        if text is None:
            click.echo("No note saved.")
            return
        message = text.split("# Write the note")[0].strip()
    click.echo(f"Saved note: {message}")


if __name__ == "__main__":
    cli(prog_name="prompts")
