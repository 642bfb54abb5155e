#!/usr/bin/env python3
"""LLVM IR lines of zimerr-catalog by the source module that causes them.

    cargo rustc -p zimerr-catalog --lib -- --emit=llvm-ir \
        -C symbol-mangling-version=v0 -C codegen-units=1
    python3 ir_by_module.py target/debug/deps/zimerr_catalog-*.ll [N]

A function of the crate counts for its own module (`expand::code_enum`); a generic one
from std or a dependency counts as `generic<M>`, M the last module of the crate whose
type or closure it is instantiated with (`generic<suggest>`: a sort instantiated with a
closure of suggest.rs); `generic<none>` is instantiated with foreign types only.
`cargo llvm-lines` counts fewer lines (instructions only) but ranks alike.
"""
import collections
import re
import sys

PATH = re.compile(r'14zimerr_catalog((?:s[0-9A-Za-z]*_)?\d+_?[A-Za-z_]\w*(?:(?:s[0-9A-Za-z]*_)?\d+_?[A-Za-z_]\w*)*)')


def idents(s):
    out, i = [], 0
    while i < len(s):
        m = re.match(r's[0-9A-Za-z]*_', s[i:])
        if m and out:
            i += len(m.group(0))
            continue
        m = re.match(r'(\d+)_?', s[i:])
        if not m:
            break
        n, j = int(m.group(1)), i + len(m.group(0))
        if n == 0 or j + n > len(s):
            break
        out.append(s[j:j + n])
        i = j + n
    return out


def module(path):
    k = 2 if path and path[0] in ('expand', 'load', 'validate', 'model') else 1
    return '::'.join(path[:k])


per_module = collections.Counter()
total, symbol, count = 0, None, 0
for line in open(sys.argv[1]):
    if line.startswith('define '):
        symbol, count = re.search(r'@"?([^"( ]+)', line).group(1), 0
    elif symbol is not None:
        count += 1
        if line.rstrip('\n') == '}':
            total += count
            mods = [module(idents(m.group(1))) for m in PATH.finditer(symbol)]
            # The crate's own items name it near the start; instantiations of foreign
            # generics name their own crate first.
            own = mods and '14zimerr_catalog' in symbol[:80]
            key = mods[0] if own else 'generic<%s>' % (mods[-1] if mods else 'none')
            per_module[key] += count
            symbol = None
print('total', total)
for key, n in per_module.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 30):
    print('%7d  %s' % (n, key))
