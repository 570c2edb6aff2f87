#!/usr/bin/env python3
"""Exits 1 unless two report.json files give every scenario the same verdict at
the same step (e.g. a clean run and one through the fault-injecting proxy).

Usage: same-verdicts.py CLEAN_REPORT.json OTHER_REPORT.json
"""
import json
import sys


def verdicts(path):
    report = json.load(open(path))
    return {s["id"]: (s["status"], (s.get("failure") or {}).get("step")) for s in report["scenarios"]}


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    clean, other = verdicts(sys.argv[1]), verdicts(sys.argv[2])
    differ = sorted(i for i in clean.keys() | other.keys() if clean.get(i) != other.get(i))
    for i in differ:
        print(f"{i}: {clean.get(i)} vs {other.get(i)}")
    if differ:
        return 1
    print(f"the same verdict, at the same step, for all {len(clean)} scenarios")
    return 0


if __name__ == "__main__":
    sys.exit(main())
