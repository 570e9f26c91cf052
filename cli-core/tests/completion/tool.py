import click

@click.group()
@click.option("--verbose", "-v", is_flag=True, help="Be loud.")
@click.option("--name", help="A name:\nwith lines\tand tab.")
@click.option("--tag", multiple=True, help="Tags.")
@click.option("--secret-opt", hidden=True)
@click.option("--out", "-o", type=click.Choice(["json", "text", "Yaml"], case_sensitive=False), help="Format.")
@click.option("--count", "-c", count=True)
@click.option("--shout/--no-shout", default=False, help="Shout.")
def tool(**kw):
    """The tool."""
    click.echo("CALLBACK")

@tool.command()
@click.argument("mode", type=click.Choice(["fast", "slow", "a:b", "c d"]))
@click.option("--level", prompt=True, type=click.Choice(["hi", "lo"]))
@click.option("--pair", nargs=2, type=click.Choice(["x", "y"]))
@click.option("--flagval", is_flag=False, flag_value="dflt", type=click.Choice(["dflt", "other"]))
@click.argument("files", nargs=-1, type=click.Path())
def run(mode, level, pair, flagval, files):
    """Run it in MODE with a rather long help text that will be cut off somewhere."""
    click.echo("RUN")

@tool.command(hidden=True)
def secret():
    """Hidden."""

@tool.command(deprecated=True)
def old():
    """Old command."""

@tool.command(short_help="Short one.")
@click.argument("out", type=click.File("w"))
@click.argument("where", type=click.Path(file_okay=False))
@click.argument("flag", type=bool)
def save(out, where, flag):
    """Long help."""

@tool.group(chain=True)
def pipe():
    """Chain."""

@pipe.command()
@click.option("--x", type=click.Choice(["1", "2"]))
def a(x):
    """A step."""

@pipe.command()
@click.argument("v", type=click.Choice(["p", "q"]))
def b(v):
    """B step."""

@pipe.command()
def c():
    pass

@tool.group()
def db():
    """Database."""

@db.command()
@click.option("--to", type=click.Choice(["head", "base"]))
def migrate(to):
    """Migrate."""

if __name__ == "__main__":
    tool(prog_name="tool")
