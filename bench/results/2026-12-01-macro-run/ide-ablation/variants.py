#!/usr/bin/env python3
"""The leaves of the rust-analyzer ablation (docs/PERFORMANCE.md, section 7.5): from the
expansion of a catalog as token-stream text (`bench/ablate`'s `full.rs`, or
`zimerr_catalog::expand_source(..).to_string()`), writes into DIR
  full.rs     the expansion as is;
  noconst.rs  without the constants module (`pub mod codes { … }` and its doc);
  short.rs    noconst.rs with every doc comment cut to its first paragraph.
Each becomes the src/lib.rs of a leaf crate depending on zimerr, measured with
bench/ide_hover.py.

    variants.py FULL.rs DIR
"""
import re
import sys
from pathlib import Path

full = Path(sys.argv[1]).read_text()
out = Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
(out / "full.rs").write_text(full)

start = full.index("pub mod codes")
doc_start = full.rfind("# [doc", 0, start)
depth, at = 0, full.index("{", start)
while True:  # the module's closing brace, skipping string literals
    c = full[at]
    if c == "{":
        depth += 1
    elif c == "}":
        depth -= 1
        if depth == 0:
            break
    elif c == '"':
        at += 1
        while full[at] != '"':
            at += 2 if full[at] == "\\" else 1
    at += 1
noconst = full[:doc_start] + full[at + 1:]
(out / "noconst.rs").write_text(noconst)


def first_paragraph(m):
    body = m.group(1)
    cut = body.find("\\n\\n")
    return '# [doc = "' + (body if cut < 0 else body[:cut]) + '"]'


(out / "short.rs").write_text(re.sub(r'# \[doc = "((?:[^"\\]|\\.)*)"\]', first_paragraph, noconst))
