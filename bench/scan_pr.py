#!/usr/bin/env python3
"""Precision and recall of `zimerr scan` on a log whose true occurrences are marked.

Usage: scan_pr.py ZIMERR TRUTH -- ZIMERR_ARGS...   (the scan args, without --json,
--lines and --max-lines, which are added)

TRUTH is either the JSON of bench/gen_scan_corpus.py ({"true": [[line, code], ...],
"decoys": [...]}) or a TSV of `line<TAB>code` rows, one per true occurrence (the
held-out logs' format; they mark no decoys, so every other number reported is a false
positive).
"""
import json
import subprocess
import sys
from collections import Counter

zimerr, truth_path = sys.argv[1], sys.argv[2]
args = sys.argv[sys.argv.index("--") + 1:]
at = args.index("scan") + 1
cmd = [zimerr, "--json", *args[:at], "--lines", "--max-lines", "0", *args[at:]]
out = subprocess.run(cmd, capture_output=True, check=False)
found = Counter((loc["line"], rec["code"]) for rec in json.loads(out.stdout)
                for loc in rec["locations"])
if truth_path.endswith(".tsv"):
    rows = [l.split("\t") for l in open(truth_path, encoding="utf-8").read().splitlines()
            if l.strip() and not l.startswith("#")]
    true = Counter((int(line), int(code)) for line, code, *_ in rows)
    decoys = Counter()
else:
    truth = json.load(open(truth_path))
    true = Counter(tuple(x) for x in truth["true"])
    decoys = Counter(tuple(x) for x in truth["decoys"])
hits = sum((found & true).values())
reported, expected = sum(found.values()), sum(true.values())
print("$", " ".join(cmd[1:]))
print(f"true occurrences {expected}, decoys marked {sum(decoys.values())}; reported {reported}, "
      f"of them true {hits}, marked decoys {sum(((found - true) & decoys).values())}")
print(f"precision {hits / reported if reported else 1:.3f}, recall {hits / expected:.3f}")
for (line, code), n in sorted((found - true).items()):
    print(f"  false positive: line {line}: {code} x{n}")
for (line, code), n in sorted((true - found).items()):
    print(f"  missed: line {line}: {code} x{n}")
