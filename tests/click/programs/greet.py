"""Click twin of examples/greet.rs (and examples/greet_builder.rs)."""
import click

WORDS = {"hello": "Hello", "hi": "Hi", "howdy": "Howdy"}


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--count", "-c", default=1, show_default=True,
              type=click.IntRange(1, 10), help="Number of greetings.")
@click.option("--name", prompt="Your name", help="The person to greet.")
@click.option("--greeting", default="hello", show_default=True,
              type=click.Choice(["hello", "hi", "howdy"], case_sensitive=False),
              help="Which greeting to use.")
@click.option("--shout/--no-shout", help="Greet in capital letters.")
@click.option("--punctuation", "-p", default="!", metavar="CHAR",
              help="How each greeting ends.")
@click.version_option("1.4.2", prog_name="greet")
def greet(count, name, greeting, shout, punctuation):
    """Greet NAME a total of COUNT times.

    Each greeting goes on its own line.
    """
    line = f"{WORDS[greeting]}, {name}{punctuation}"
    if shout:
        line = line.upper()
    for _ in range(count):
        click.echo(line)


if __name__ == "__main__":
    greet(prog_name="greet")
