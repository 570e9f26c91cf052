"""Click twin of examples/values.rs: every kind of value, converted."""
import click

HEX = set("0123456789abcdef")


class HexColor(click.ParamType):
    name = "color"

    def convert(self, value, param, ctx):
        digits = value.lower()[1:]
        if value.startswith("#") and len(digits) in (3, 6) and set(digits) <= HEX:
            if len(digits) == 3:
                digits = "".join(c + c for c in digits)
            return f"#{digits}"
        self.fail(f"{value!r} is not a colour like #1e90ff or #fff.", param, ctx)


def check_port(ctx, param, value):
    if value is not None and (value < 1 or value > 65535):
        raise click.BadParameter("a port lies between 1 and 65535.")
    return value


def dash(value, show=str):
    return "-" if value is None else show(value)


def tup(items, show=str):
    return "(" + ", ".join(show(i) for i in items) + ")"


def when_text(value):
    return value.strftime("%Y-%m-%d %H:%M:%S")


@click.command("show", context_settings={"auto_envvar_prefix": "VALUES"})
@click.option("--int", "int_", type=int, help="A whole number.")
@click.option("--float", "float_", type=float, help="A decimal number.")
@click.option("--bool", "bool_", type=bool, help="A yes or no.")
@click.option("--uuid", type=click.UUID, help="A UUID.")
@click.option("--choice", type=click.Choice(["red", "green", "blue"]), help="A primary colour.")
@click.option("--level", type=click.IntRange(0, 5, clamp=True), help="Clamped into 0 to 5.")
@click.option("--ratio", type=click.FloatRange(0, 1, min_open=True), help="Above 0, at most 1.")
@click.option("--when", type=click.DateTime(), help="A date, or a date and time.")
@click.option("--day", type=click.DateTime(formats=["%d.%m.%Y"]), help="A day as DD.MM.YYYY.")
@click.option("--point", type=(int, int), help="Two whole numbers.")
@click.option("--tag", multiple=True, help="A tag; give it again for more.")
@click.option("--pair", type=(str, int), multiple=True, help="A name and a number.")
@click.option("-v", "--verbose", count=True, help="More output; repeat for even more.")
@click.option("--input", type=click.File("r"), help="A file to read.")
@click.option("--path", type=click.Path(exists=True, dir_okay=False), help="An existing file.")
@click.option("--dir", type=click.Path(exists=True, file_okay=False), help="An existing folder.")
@click.option("--color", type=HexColor(), help="A colour.")
@click.option("--port", type=int, callback=check_port, help="A TCP port.")
@click.option("--size", envvar="VALUES_SIZE", type=int, show_envvar=True, help="A size.")
@click.option("--words", envvar="VALUES_WORDS", multiple=True, help="Words.")
@click.option("--mode", default="fast", show_default=True, help="Set from VALUES_MODE too.")
@click.argument("rest", nargs=-1)
def show(int_, float_, bool_, uuid, choice, level, ratio, when, day, point, tag, pair,
         verbose, input, path, dir, color, port, size, words, mode, rest):
    """Print every value after conversion."""
    if input is not None:
        input = f"{input.name}:{input.readline().rstrip()}"
    lines = [
        ("bool_", dash(bool_, lambda b: "true" if b else "false")),
        ("choice", dash(choice)),
        ("color", dash(color)),
        ("day", dash(day, when_text)),
        ("dir", dash(dir)),
        ("float_", dash(float_, repr)),
        ("input", dash(input)),
        ("int_", dash(int_)),
        ("level", dash(level)),
        ("mode", mode),
        ("pair", tup(pair, lambda p: f"({p[0]}, {p[1]})")),
        ("path", dash(path)),
        ("point", dash(point, lambda p: f"({p[0]}, {p[1]})")),
        ("port", dash(port)),
        ("ratio", dash(ratio, repr)),
        ("rest", tup(rest)),
        ("size", dash(size)),
        ("tag", tup(tag)),
        ("uuid", dash(uuid)),
        ("verbose", str(verbose)),
        ("when", dash(when, when_text)),
        ("words", tup(words)),
    ]
    for name, text in lines:
        click.echo(f"{name}={text}")


if __name__ == "__main__":
    show(prog_name="values")
