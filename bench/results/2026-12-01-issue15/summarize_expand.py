#!/usr/bin/env python3
"""Summarizes run.sh's expand-<profile>.txt: per bench and size, before and after, the
median of the rounds' medians and the fastest sample, and after/before.

Usage: python3 summarize_expand.py expand-dev.txt [expand-release.txt ...]
"""
import re
import statistics
import sys
from collections import defaultdict

UNIT = {"ns": 1e-6, "µs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1e3}


def ms(text):
    value, unit = text.split()
    return float(value) * UNIT[unit]


def main():
    for path in sys.argv[1:]:
        medians = defaultdict(list)
        fastest = defaultdict(list)
        side = bench = None
        for line in open(path, encoding="utf-8"):
            head = re.match(r"--- (\S+) round (\d+) (before|after)", line)
            if head:
                side = head.group(3)
                continue
            group = re.match(r"^[├╰]─ (\w+)", line)
            if group:
                bench = group.group(1)
                continue
            row = re.match(r"^\s*│?\s*[├╰]─ (\d+)\s+(\S+ \S+)\s+│\s+(\S+ \S+)\s+│\s+(\S+ \S+)", line)
            if row and side and bench:
                size = int(row.group(1))
                medians[(bench, size, side)].append(ms(row.group(4)))
                fastest[(bench, size, side)].append(ms(row.group(2)))
        print(f"## {path}")
        print("| bench | N | before median / fastest (ms) | after median / fastest (ms) | after/before median / fastest |")
        print("|---|---:|---|---|---|")
        for bench, size in sorted({(b, n) for b, n, _ in medians}):
            b = (bench, size, "before")
            a = (bench, size, "after")
            if b not in medians or a not in medians:
                continue
            bm, bf = statistics.median(medians[b]), min(fastest[b])
            am, af = statistics.median(medians[a]), min(fastest[a])
            print(f"| {bench} | {size} | {bm:.2f} / {bf:.2f} | {am:.2f} / {af:.2f} | {am / bm:.2f}× / {af / bf:.2f}× |")


if __name__ == "__main__":
    main()
