"""The benchmark app with Python's Click, for process start times."""

import click


@click.command()
@click.option("--number", type=int, required=True, help="A required number.")
@click.option("--opt-number", type=int, help="An optional number.")
@click.option("--width", type=click.IntRange(min=1), default=10, show_default=True, help="The width.")
@click.argument("paths", nargs=-1, type=click.Path())
def bench(number, opt_number, width, paths):
    """Parse a small command line."""


if __name__ == "__main__":
    bench()
