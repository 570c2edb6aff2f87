#!/usr/bin/env python3
"""Checks the flipped-assertion runs: no scenario may pass, and every scenario must
be seen failing AT its flipped assertion on at least one target (a scenario that is
blocked, or fails earlier, everywhere has not shown that its last assertion can fail).

Usage: check-flipped.py REPORT.json [REPORT.json ...]
"""
import json
import sys

FLIPPED_MARKS = ('"FlippedCode"', '"flipped-value"', "about 5 seconds")


def main() -> int:
    reports = [json.load(open(path)) for path in sys.argv[1:]]
    if not reports:
        print(__doc__, file=sys.stderr)
        return 2
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
    unproven = sorted(seen - proven)
    for sid, targets in sorted(passed.items()):
        print(f"passes with its last assertion flipped ({', '.join(targets)}): {sid}")
    for sid in unproven:
        print(f"never reached its flipped assertion on any target: {sid}")
    if passed or unproven:
        return 1
    names = ", ".join(r["target"]["name"] for r in reports)
    print(f"all {len(seen)} scenarios fail at their flipped last assertion on at least one of: {names}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
