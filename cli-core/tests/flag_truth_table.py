#!/usr/bin/env python3
"""Check the flag truth-table model of flag_truth_table.rs against Click.

Run with click installed (target/conformance-venv/bin/python
cli-core/tests/flag_truth_table.py): it prints each row where Click and the
model differ and exits 1 if there is any. The model here is a line-by-line
port of `expected` in flag_truth_table.rs.
"""
import itertools
import sys

import click
from click.testing import CliRunner


def parse_bool(text):
    t = text.strip().lower()
    if t in ("1", "true", "t", "yes", "y", "on"):
        return True
    if t in ("0", "false", "f", "no", "n", "off", ""):
        return False
    return None


def expected(kind, default, on, env):
    if env == "":
        env = None
    if kind == "count":
        if on:
            return ("int", len(on))
        if env is not None:
            try:
                n = int(env.strip()) if env.strip().isdigit() or env.strip().lstrip("+").isdigit() else None
            except ValueError:
                n = None
            return ("int", n) if n is not None else "usage"
        return ("int", default if isinstance(default, int) and not isinstance(default, bool) else 0)
    if kind in ("pair", "single"):
        if on:
            return ("bool", on[-1])
        if env is not None:
            b = parse_bool(env)
            return "usage" if b is None else ("bool", b)
        return ("bool", default is True)
    if on:
        return ("text", "X")
    if env is not None:
        if env == "X" or parse_bool(env) is True:
            return ("text", "X")
        if parse_bool(env) is False:
            return ("text", "False")
    if default == "unset":
        return "nothing"
    if default is True:
        return ("text", "X")
    if default is False:
        return ("text", "False")
    return ("text", default)


def build(kind, default):
    kw = {} if default == "unset" else {"default": default}
    if kind == "pair":
        opt = click.option("--f/--no-f", "f", envvar="F", **kw)
    elif kind == "single":
        opt = click.option("--f", "f", is_flag=True, envvar="F", **kw)
    elif kind == "value":
        opt = click.option("--f", "f", flag_value="X", envvar="F", **kw)
    else:
        opt = click.option("-f", "--f", "f", count=True, envvar="F", **kw)

    @click.command()
    @opt
    def cmd(f):
        if f is None:
            click.echo("nothing")
        elif isinstance(f, bool):
            click.echo(f"bool {f}")
        elif isinstance(f, int):
            click.echo(f"int {f}")
        else:
            click.echo(f"text {f}")

    return cmd


def actual(kind, default, on, env):
    args = ["--f" if b else "--no-f" for b in on]
    res = CliRunner().invoke(build(kind, default), args, env={"F": env} if env is not None else {})
    if res.exit_code == 2:
        return "usage"
    tag, _, rest = res.output.strip().partition(" ")
    if tag == "nothing":
        return "nothing"
    if tag == "bool":
        return ("bool", rest == "True")
    if tag == "int":
        return ("int", int(rest))
    return ("text", rest)


ENVS = [None, "", "1", "0", "true", "false", "t", "f", "yes", "no", "y", "n", "on", "off",
        "TRUE", " Yes ", "oFf", "X", "x", "junk", "2", "17", "-1", " 3", "1.5", "  "]
GRID = {
    "pair": ["unset", True, False],
    "single": ["unset", True, False],
    "value": ["unset", True, False, "X", "Y"],
    "count": ["unset", 0, 2],
}
bad = 0
for kind, defaults in GRID.items():
    seqs = [[], [True], [False], [True, False], [False, True]] if kind == "pair" else [[], [True], [True] * 3]
    for default, on, env in itertools.product(defaults, seqs, ENVS):
        want, got = expected(kind, default, on, env), actual(kind, default, on, env)
        if want != got:
            bad += 1
            print(f"{kind} default={default!r} on={on} env={env!r}: model {want}, click {got}")

# Feature switches: --upper/--lower/--title share the target `case`.
SWITCHES = [("--upper", "upper"), ("--lower", "lower"), ("--title", "title")]


def switch_expected(default, given):
    if given:
        return SWITCHES[given[-1]][1]
    if isinstance(default, int):
        return SWITCHES[default][1]
    return "lower" if default == "text" else None


def switch_actual(default, given):
    opts = []
    for i, (flag, value) in enumerate(SWITCHES):
        kw = {}
        if default == i:
            kw["default"] = True
        if default == "text" and i == 0:
            kw["default"] = "lower"
        opts.append(click.option(flag, "case", flag_value=value, **kw))

    def cmd(case):
        click.echo(repr(case))

    for opt in reversed(opts):
        cmd = opt(cmd)
    res = CliRunner().invoke(click.command()(cmd), [SWITCHES[i][0] for i in given])
    out = res.output.strip()
    return None if out == "None" else out.strip("'")


for default in ["none", 0, 1, "text"]:
    for n in range(4):
        for given in itertools.product(range(3), repeat=n):
            want, got = switch_expected(default, list(given)), switch_actual(default, list(given))
            if want != got:
                bad += 1
                print(f"switch default={default!r} given={given}: model {want}, click {got}")

print(f"{bad} differences")
sys.exit(1 if bad else 0)
