#!/usr/bin/env python3
"""Reads cargo's --timings HTML (its embedded UNIT_DATA) and prints every unit by end time,
then the critical path: from the unit that ends last, back through the unit whose end
(or metadata, for pipelined units) unblocked each one, to the start.

usage: timings.py cargo-timing.html
"""
import json
import re
import sys

html = open(sys.argv[1]).read()
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", html, re.S).group(1))
by_index = {u["i"]: u for u in units}


def label(u):
    target = u["target"].strip()
    mode = " (run)" if u["mode"] == "run-custom-build" else ""
    return f"{u['name']}{' ' + target if target else ''}{mode}"


def end(u):
    return u["start"] + u["duration"]


print(f"{'unit':<40} {'start':>6} {'dur':>6} {'end':>6}")
for u in sorted(units, key=end):
    print(f"{label(u):<40} {u['start']:6.2f} {u['duration']:6.2f} {end(u):6.2f}")

# Who made whom ready, and when: `unblocked_units` at the end of a unit,
# `unblocked_rmeta_units` when its metadata was ready (the end of its frontend section;
# pipelined dependents start then). Each unit is listed by the dependency that was last.
def rmeta(u):
    for name, span in u.get("sections") or []:
        if name == "frontend":
            return u["start"] + span["end"]
    return end(u)


ready_by = {}
for u in units:
    for j in u.get("unblocked_units", []):
        ready_by[j] = (end(u), u["i"])
    for j in u.get("unblocked_rmeta_units", []):
        ready_by[j] = (rmeta(u), u["i"])

last = max(units, key=end)
path = [last]
while path[-1]["i"] in ready_by:
    path.append(by_index[ready_by[path[-1]["i"]][1]])
print()
print(f"critical path (ends {end(last):.2f} s; `waited` = ready, but both cores busy):")
for u in reversed(path):
    ready = ready_by.get(u["i"], (0.0, None))[0]
    wait = u["start"] - ready
    note = f"  (waited {wait:.2f} s)" if wait > 0.05 else ""
    print(f"  {label(u):<36} ready {ready:6.2f}  start {u['start']:6.2f}  end {end(u):6.2f}{note}")
busy = sum(u["duration"] for u in units)
print(f"sum of unit durations: {busy:.2f} s (on 2 cores: >= {busy / 2:.2f} s of wall time)")
