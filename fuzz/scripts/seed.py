#!/usr/bin/env python3
"""Write the seed corpus of each fuzz target from the conformance cases.

Every [[case]] of ../shared/conformance/cases/NAME.toml becomes one input
in fuzz/corpus/NAME/ in the harness's format (fields cut at NUL bytes:
`a` argument, `e` NAME=VALUE, `i` standard input; see src/harness.rs).
Run from the repository root: python3 fuzz/scripts/seed.py
"""
import pathlib
import sys
import tomllib

ROOT = pathlib.Path(__file__).resolve().parents[2]
CASES = ROOT.parent / "shared" / "conformance" / "cases"
TARGETS = sys.argv[1:] or ["greet", "values", "repo", "textpipe", "webapp", "shipit"]


def encode(case):
    fields = [b"a" + a.encode() for a in case.get("args", [])]
    fields += [b"e" + f"{k}={v}".encode() for k, v in case.get("env", {}).items()]
    if case.get("stdin"):
        fields.append(b"i" + case["stdin"].encode())
    return b"\0".join(fields)


for name in TARGETS:
    out = ROOT / "fuzz" / "corpus" / name
    out.mkdir(parents=True, exist_ok=True)
    cases = tomllib.loads((CASES / f"{name}.toml").read_text())["case"]
    for case in cases:
        (out / f"seed-{case['id']}").write_bytes(encode(case))
    print(f"{name}: {len(cases)} seeds")
