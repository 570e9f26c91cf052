"""Click twin of examples/textpipe.rs: a chained group building a pipeline."""
import click


@click.group(chain=True)
def cli():
    """Run lines of text through a chain of commands.

    \b
    Example:
        textpipe read notes.txt upper number write -o out.txt

    Each command takes the lines that the one before it produced.
    """


@cli.result_callback()
def run_pipeline(steps):
    stream = iter(())
    for step in steps:
        stream = step(stream)
    for _ in stream:
        pass


def step(body):
    """A command's callback returns `body` bound to its parameters: a step."""

    def bind(**params):
        return lambda stream: body(stream, **params)

    bind.__name__ = body.__name__
    bind.__doc__ = body.__doc__
    return bind


def chomp(line):
    return line[:-1] if line.endswith("\n") else line


@cli.command("read")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@step
def read(stream, file):
    """Read the lines of FILE ('-' is standard input)."""
    yield from stream
    with click.open_file(file, "r") as f:
        for line in f:
            yield chomp(line)


@cli.command()
@step
def upper(stream):
    """Turn every line to upper case."""
    for line in stream:
        yield line.upper()


@cli.command()
@click.argument("pattern")
@click.option("--invert", "-v", is_flag=True, help="Keep the lines that do not match.")
@click.option("--ignore-case", "-i", is_flag=True, help="Match without regard to case.")
@step
def grep(stream, pattern, invert, ignore_case):
    """Keep the lines that contain PATTERN."""
    fold = str.lower if ignore_case else str
    needle = fold(pattern)
    for line in stream:
        if (needle in fold(line)) != invert:
            yield line


@cli.command()
@click.option("-n", "--lines", type=click.IntRange(min=0), default=10, show_default=True,
              help="How many lines to keep.")
@step
def head(stream, lines):
    """Keep the first lines only."""
    for index, line in enumerate(stream):
        if index >= lines:
            return
        yield line


@cli.command()
@click.option("--start", type=int, default=1, show_default=True, help="The first line's number.")
@click.option("--width", type=click.IntRange(1, 9), default=3, show_default=True,
              help="Width of the number column.")
@step
def number(stream, start, width):
    """Put a line number in front of each line."""
    for index, line in enumerate(stream, start):
        yield f"{index:>{width}} {line}"


@cli.command()
@click.argument("old")
@click.argument("new")
@click.option("--count", type=int, help="Replace at most this many times in each line.")
@step
def replace(stream, old, new, count):
    """Replace OLD with NEW in each line."""
    for line in stream:
        yield line.replace(old, new, -1 if count is None else count)


@cli.command("sort")
@click.option("--reverse", "-r", is_flag=True, help="Sort in descending order.")
@step
def sort(stream, reverse):
    """Sort the lines."""
    lines = sorted(stream)
    if reverse:
        lines.reverse()
    yield from lines


@cli.command()
@click.option("--count", "-c", is_flag=True, help="Prefix each line with how often it repeats.")
@step
def uniq(stream, count):
    """Fold runs of equal lines into one."""
    previous, seen = None, 0
    for line in stream:
        if seen and line == previous:
            seen += 1
            continue
        if seen:
            yield f"{seen} {previous}" if count else previous
        previous, seen = line, 1
    if seen:
        yield f"{seen} {previous}" if count else previous


@cli.command()
@click.option("--output", "-o", type=click.Path(dir_okay=False, allow_dash=True, writable=True),
              default="-", show_default=True, help="Where to write the lines.")
@step
def write(stream, output):
    """Write the lines to a file, or to standard output."""
    with click.open_file(output, "w") as f:
        for line in stream:
            f.write(line + "\n")
            yield line


if __name__ == "__main__":
    cli(prog_name="textpipe")
