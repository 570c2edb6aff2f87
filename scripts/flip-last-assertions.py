#!/usr/bin/env python3
"""Mutation check of the specification: copies features/ to OUT with the last
assertion of every scenario turned into its opposite (an expected code becomes
"FlippedCode" with HTTP status 599, an expected value becomes
"flipped-value", an expiry moves). Run against any target, every scenario of
the copy must fail: one that still passes has an assertion that cannot fail.

Usage: flip-last-assertions.py FEATURES_DIR OUT_DIR
"""
import pathlib
import re
import shutil
import sys

ASSERTION = re.compile(r"^\s*(Then|And|But) (the call|the response field|the error message|the credentials)")


def flip(line: str) -> str:
    if re.search(r"\b(Then|And|But) the call ", line):
        # Whatever the call was expected to do, no target answers this.
        return re.sub(r"the call .*$", 'the call fails with "FlippedCode" and HTTP status 599', line)
    if "expire in about" in line:
        return re.sub(r"about \S+ seconds", "about 5 seconds", line)
    if re.search(r'(is|matches|starts with|contains) "', line):
        return re.sub(r'(is|matches|starts with|contains) "(.*)"$', r'\1 "flipped-value"', line)
    raise SystemExit(f"do not know how to flip: {line.strip()}")


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    src, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(src, out)
    flipped = 0
    for feature in out.rglob("*.feature"):
        lines = feature.read_text().split("\n")
        last = None
        for i, line in enumerate(lines + ["Scenario: end"]):
            if re.match(r"\s*Background:", line):
                last = None
            if re.match(r"\s*(Scenario|Rule:|@)", line) and last is not None:
                lines[last] = flip(lines[last])
                flipped += 1
                last = None
            if i < len(lines) and ASSERTION.match(line):
                last = i
        feature.write_text("\n".join(lines))
    print(f"flipped the last assertion of {flipped} scenarios into {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
