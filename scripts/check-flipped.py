#!/usr/bin/env python3
"""Checks that every scenario can fail. With its last assertion flipped no scenario may
pass, and each must be seen failing: at its flipped assertion on at least one target, or
else (unflipped) at a When/Then step on a target that breaks its rule. A scenario only
ever blocked at a precondition, or failing earlier than its flipped assertion on every
target, has not shown that it can fail, and is listed.

Usage: check-flipped.py FLIPPED_REPORT.json... -- UNFLIPPED_REPORT.json...
"""
import json
import sys

FLIPPED_MARKS = ('"FlippedCode"', '"flipped-value"', "about 5 seconds")


def main() -> int:
    args = sys.argv[1:]
    if "--" not in args or args.index("--") == 0:
        print(__doc__, file=sys.stderr)
        return 2
    split = args.index("--")
    reports = [json.load(open(path)) for path in args[:split]]
    unflipped = [json.load(open(path)) for path in args[split + 1:]]
    passed, proven, seen = {}, set(), set()
    for report in reports:
        target = report["target"]["name"]
        for s in report["scenarios"]:
            if s["status"] == "na":
                continue
            seen.add(s["id"])
            if s["status"] == "pass":
                passed.setdefault(s["id"], []).append(target)
            step = (s.get("failure") or {}).get("step", "")
            if s["status"] == "fail" and any(mark in step for mark in FLIPPED_MARKS):
                proven.add(s["id"])
    at_flipped = len(proven)
    for report in unflipped:
        for s in report["scenarios"]:
            if s["status"] == "fail" and s["id"] in seen:
                proven.add(s["id"])
    unproven = sorted(seen - proven)
    for sid, targets in sorted(passed.items()):
        print(f"passes with its last assertion flipped ({', '.join(targets)}): {sid}")
    for sid in unproven:
        print(f"never reached its flipped assertion on any target: {sid}")
    if passed or unproven:
        return 1
    names = ", ".join(r["target"]["name"] for r in reports)
    print(
        f"all {len(seen)} scenarios can fail: {at_flipped} at their flipped last assertion on one of {names}, "
        f"the other {len(seen) - at_flipped} at a When/Then step on a target that breaks their rule"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
