#!/usr/bin/env python3
"""Median CPU time (user+sys) of `zimerr scan` and `scan --lines` on LOG, for each binary,
run in turns (9 rounds): steadier than wall time on a shared machine.

Usage: scan_cpu.py LOG ZIMERR...
"""
import os, subprocess, sys, statistics
log = sys.argv[1]; bins = sys.argv[2:]
modes = [["scan", log], ["scan", "--lines", log]]
res = {(b, i): [] for b in bins for i in range(len(modes))}
for _ in range(9):
    for i, m in enumerate(modes):
        for b in bins:
            p = subprocess.Popen([b, *m], stdout=subprocess.DEVNULL)
            _, st, ru = os.wait4(p.pid, 0)
            res[(b, i)].append(ru.ru_utime + ru.ru_stime)
size = os.path.getsize(log)
for (b, i), t in res.items():
    m = statistics.median(t)
    print(f"{' '.join(modes[i][:-1]):14} {b}: median CPU {m:.3f} s = {size/m/1e6:.0f} MB/s of CPU time (min {min(t):.3f}, max {max(t):.3f}, 9 runs, in turns)")
